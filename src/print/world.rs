//! The Typst world a document is compiled in: the bundled fonts, one
//! template as the main file and the data as `/data.json`. Nothing is read
//! from the system, so a document prints the same on every school's PC.

use super::templates::{COMMON, COMMON_FILE};
use std::path::{Component, Path, PathBuf};
use std::sync::LazyLock;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, Source, VirtualPath};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// PT Serif and PT Sans (ParaType, free licence in assets/fonts/) hold every
/// letter of Kazakh and Kyrgyz Cyrillic; the binary carries them so that a
/// PC without them still prints correctly.
static FONT_FILES: [&[u8]; 7] = [
    include_bytes!("../../assets/fonts/PTSerif-Regular.ttf"),
    include_bytes!("../../assets/fonts/PTSerif-Bold.ttf"),
    include_bytes!("../../assets/fonts/PTSerif-Italic.ttf"),
    include_bytes!("../../assets/fonts/PTSerif-BoldItalic.ttf"),
    include_bytes!("../../assets/fonts/PTSans-Regular.ttf"),
    include_bytes!("../../assets/fonts/PTSans-Bold.ttf"),
    include_bytes!("../../assets/fonts/PTSans-Italic.ttf"),
];

struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES.iter().flat_map(|data| Font::iter(Bytes::new(*data))).collect();
    Fonts { book: LazyHash::new(FontBook::from_fonts(&fonts)), fonts }
});

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

pub const DATA_FILE: &str = "data.json";
/// Where a template finds the project's own files: `files/emblem.png`.
pub const FILES_FOLDER: &str = "files";

pub struct DocumentWorld {
    main: Source,
    data: Bytes,
    /// The folder of a user's template, whose emblem and other images the
    /// template may use; bundled templates use nothing beside themselves.
    beside: Option<PathBuf>,
    /// The project's `files/` folder, read as `files/NAME` (its emblem).
    files: Option<PathBuf>,
}

impl DocumentWorld {
    pub fn new(
        template_name: &str,
        template: String,
        data: Vec<u8>,
        beside: Option<PathBuf>,
        files: Option<PathBuf>,
    ) -> Self {
        let id = FileId::new(None, VirtualPath::new(template_name));
        DocumentWorld { main: Source::new(id, template), data: Bytes::new(data), beside, files }
    }

    /// Line and column (from 1) of a byte offset in the template.
    pub fn line_column(&self, offset: usize) -> Option<(usize, usize)> {
        self.main.lines().byte_to_line_column(offset).map(|(l, c)| (l + 1, c + 1))
    }

    pub fn main_source(&self) -> &Source {
        &self.main
    }
}

/// The largest file a template may read beside itself: an emblem or a
/// photo, never more.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// Reads `name` in `dir` when, with every link followed, it is a regular
/// file inside `dir`: a link planted in a colleague's template folder must
/// not print `/etc/passwd` or a teacher's documents. `None` when there is
/// no such file.
pub fn read_inside(dir: &Path, name: &Path) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::{Error, ErrorKind};
    let Ok(folder) = dir.canonicalize() else { return Ok(None) };
    let real = match folder.join(name).canonicalize() {
        Ok(real) => real,
        Err(error) if error.kind() == ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(error),
    };
    if !real.starts_with(&folder) {
        return Err(Error::from(ErrorKind::PermissionDenied));
    }
    let meta = std::fs::metadata(&real)?;
    if !meta.is_file() {
        return Err(Error::from(ErrorKind::PermissionDenied));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Error::from(ErrorKind::FileTooLarge));
    }
    std::fs::read(&real).map(Some)
}

impl World for DocumentWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            let bytes = self.file(id)?;
            let text = std::str::from_utf8(&bytes).map_err(|_| FileError::InvalidUtf8)?;
            Ok(Source::new(id, text.to_owned()))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        let path = id.vpath().as_rootless_path();
        if path == Path::new(DATA_FILE) {
            return Ok(self.data.clone());
        }
        let not_found = || FileError::NotFound(path.to_owned());
        // Only plain names below the templates folder: a template is data
        // from a user and must not read the rest of the disk.
        let plain = path.components().all(|c| matches!(c, Component::Normal(_)));
        if let (Some(dir), Ok(name), true) = (&self.files, path.strip_prefix(FILES_FOLDER), plain) {
            return match read_inside(dir, name) {
                Ok(Some(bytes)) => Ok(Bytes::new(bytes)),
                Ok(None) => Err(not_found()),
                Err(error) => Err(FileError::from_io(error, path)),
            };
        }
        if let Some(dir) = self.beside.as_ref().filter(|_| plain) {
            match read_inside(dir, path) {
                Ok(Some(bytes)) => return Ok(Bytes::new(bytes)),
                Ok(None) => {}
                Err(error) => return Err(FileError::from_io(error, path)),
            }
        }
        if path == Path::new(COMMON_FILE) {
            return Ok(Bytes::new(COMMON.as_bytes()));
        }
        Err(not_found())
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<i64>) -> Option<Datetime> {
        // Documents carry their dates in the data; a template that asks for
        // today would print differently each day.
        None
    }
}
