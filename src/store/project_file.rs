//! Reading and writing one project file.
//!
//! Every read remembers what it saw ([`FileStamp`]: time, size and a digest
//! of the bytes), and every save compares the file on disk with it first:
//! a version written meanwhile by another program (a file-sync engine, the
//! command line) is never written over unseen.

use super::atomic;
use super::lock::ProjectLock;
use crate::domain::{FORMAT_TAG, FORMAT_VERSION, Problem, Project, validate};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use thiserror::Error;

/// Larger than any real project (a district's generated year is ~30 MB);
/// anything bigger is not ours and would only exhaust an old PC's memory.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// The most memory reading one file may need. A school PC has 2 to 4 GB;
/// the district-scale sample needs about a third of this.
pub const MEMORY_BUDGET: u64 = 1024 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseFault {
    /// The text is not JSON at all (or not text).
    Syntax,
    /// The file stops in the middle: usually a copy that did not finish.
    Truncated,
    /// JSON, but a value has the wrong shape for a project.
    Shape,
}

/// More about a file that does not parse: kept apart, as errors are
/// passed around far more often than they are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseAbout {
    /// Where in the project, e.g. `events[0].starts_on`, when known.
    pub field: Option<String>,
    pub shape: Option<ShapeFault>,
    /// serde's text, for the log and for developers.
    pub detail: String,
}

/// What is wrong with a value of the wrong shape, in terms a message in
/// any language can be made of (serde's own text is English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShapeFault {
    /// A field every project has is not there.
    Missing(String),
    /// A text where a number belongs, a list where a text belongs…
    WrongType,
    /// A word this version does not know, e.g. a kind of session.
    UnknownValue(String),
    /// A date, time or id that cannot be read.
    Unreadable,
}

#[derive(Debug, Error)]
pub enum LoadError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("{path}: the file is empty")]
    Empty { path: PathBuf },
    #[error("{path}: {bytes} bytes is too large for a project file")]
    TooLarge { path: PathBuf, bytes: u64 },
    /// Small enough on disk, but shaped so that reading it would need more
    /// memory than the PC can spare (millions of tiny values).
    #[error("{path}: reading it would need about {needed} bytes of memory")]
    TooComplex { path: PathBuf, needed: u64 },
    #[error("{path}:{line}:{column}: {}", about.detail)]
    Parse { path: PathBuf, line: usize, column: usize, fault: ParseFault, about: Box<ParseAbout> },
    #[error("{path}: not a project file")]
    NotAProject { path: PathBuf },
    /// A table (CSV, Excel, OpenDocument) given where a project was asked
    /// for: its people are imported inside a project, not as one.
    #[error("{path}: a spreadsheet, not a project file")]
    Spreadsheet { path: PathBuf },
}

impl LoadError {
    pub fn path(&self) -> &Path {
        match self {
            LoadError::Io { path, .. }
            | LoadError::Empty { path }
            | LoadError::TooLarge { path, .. }
            | LoadError::TooComplex { path, .. }
            | LoadError::Parse { path, .. }
            | LoadError::NotAProject { path }
            | LoadError::Spreadsheet { path } => path,
        }
    }
}

/// Why a project that loaded may be looked at but not changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadOnlyReason {
    /// Written by a newer version of the app; saving could drop its meaning.
    NewerVersion(u32),
    /// Another window or computer is editing it.
    LockedElsewhere,
    /// References or ids are broken; editing could make it worse.
    HasProblems,
}

/// What a read or a write of the file left on disk: enough to tell later
/// whether anyone else has written it since.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStamp {
    pub modified: Option<std::time::SystemTime>,
    pub len: u64,
    /// CRC-32 of the bytes; `None` when only the metadata was looked at.
    pub digest: Option<u32>,
}

impl FileStamp {
    fn of(bytes: &[u8], modified: Option<std::time::SystemTime>) -> FileStamp {
        FileStamp { modified, len: bytes.len() as u64, digest: Some(crc32fast::hash(bytes)) }
    }

    /// Whether the metadata alone says the file is still this one: the
    /// cheap look the window takes every few seconds.
    pub fn same_metadata(&self, other: &FileStamp) -> bool {
        self.modified == other.modified && self.len == other.len
    }
}

#[derive(Debug)]
pub struct Loaded {
    pub project: Project,
    /// Errors first would make it read-only; warnings only inform.
    pub problems: Vec<Problem>,
    pub read_only: Option<ReadOnlyReason>,
    /// What was read, to notice a later change by someone else.
    pub stamp: Option<FileStamp>,
}

impl Loaded {
    /// The problems that make the file read-only, not the warnings.
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| !p.is_warning())
    }
}

/// Reads, parses and validates a project file.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    let io_error = |source| LoadError::Io { path: path.to_owned(), source };
    let meta = fs::metadata(path).map_err(io_error)?;
    if meta.is_dir() {
        return Err(io_error(io::Error::from(io::ErrorKind::IsADirectory)));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { path: path.to_owned(), bytes: meta.len() });
    }
    let data = fs::read(path).map_err(io_error)?;
    let mut loaded = parse(&data, path)?;
    loaded.stamp = Some(FileStamp::of(&data, meta.modified().ok()));
    Ok(loaded)
}

/// Parses project bytes; `path` is only for messages.
pub fn parse(data: &[u8], path: &Path) -> Result<Loaded, LoadError> {
    // Notepad on Windows starts a UTF-8 file it saved with a byte-order mark;
    // a project looked at and saved there is still ours.
    let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    if data.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty { path: path.to_owned() });
    }
    if is_spreadsheet(data, path) {
        return Err(LoadError::Spreadsheet { path: path.to_owned() });
    }
    // Any other archive (a Word file, a zip of photos) is not ours either,
    // not a project «damaged at line 1».
    if data.starts_with(ZIP) {
        return Err(LoadError::NotAProject { path: path.to_owned() });
    }
    let needed = memory_needed(data);
    if needed > MEMORY_BUDGET {
        return Err(LoadError::TooComplex { path: path.to_owned(), needed });
    }
    let project: Project = match serde_json::from_slice(data) {
        Ok(project) => project,
        Err(error) => return Err(explain(data, path, error)),
    };
    if project.format != FORMAT_TAG {
        return Err(LoadError::NotAProject { path: path.to_owned() });
    }
    let problems = validate(&project);
    let read_only = if project.version > FORMAT_VERSION {
        Some(ReadOnlyReason::NewerVersion(project.version))
    } else if problems.iter().any(|p| !p.is_warning()) {
        Some(ReadOnlyReason::HasProblems)
    } else {
        None
    };
    let mut project = project;
    if read_only.is_none() {
        // Checked as written, then carried forward: the next save writes
        // them as a programme.
        let title = project.title.clone();
        crate::domain::mentoring::fold_mentorships(&mut project, &title);
    }
    Ok(Loaded { project, problems, read_only, stamp: None })
}

/// An upper estimate of the memory parsing `data` takes, from how many
/// values, members and objects it holds; measured on real and hostile
/// files (an object with members costs about a kilobyte in an unknown
/// field, a number in a list about 70 bytes). One quick pass, no
/// allocation.
pub fn memory_needed(data: &[u8]) -> u64 {
    let (mut objects, mut members, mut items) = (0u64, 0u64, 0u64);
    // Counting in chunks keeps the counters in registers and lets the
    // compiler use vector instructions.
    for chunk in data.chunks(1 << 16) {
        let mut counts = [0u32; 3];
        for &byte in chunk {
            counts[0] += u32::from(byte == b'{');
            counts[1] += u32::from(byte == b':');
            counts[2] += u32::from(byte == b',') + u32::from(byte == b'[');
        }
        objects += u64::from(counts[0]);
        members += u64::from(counts[1]);
        items += u64::from(counts[2]);
    }
    3 * data.len() as u64 + 910 * objects + 56 * members + 66 * items
}

/// Turns a serde error into a message about the file, telling apart a file
/// that is not ours from one of ours that is damaged.
/// The first bytes of a zip archive: Excel, OpenDocument and Word files.
const ZIP: &[u8] = b"PK\x03\x04";

/// Whether `data` is a table rather than a project: an Excel or
/// OpenDocument workbook by its first bytes, or text that does not open
/// as JSON does, named .csv or with a separator on its first line. A
/// project damaged inside still opens with «{» and is told as damaged.
fn is_spreadsheet(data: &[u8], path: &Path) -> bool {
    const OLE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    let head = &data[..data.len().min(64 * 1024)];
    let contains = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
    if data.starts_with(ZIP) {
        return contains(b"xl/") || contains(b"opendocument.spreadsheet");
    }
    if data.starts_with(OLE) {
        return true;
    }
    let first = data.iter().position(|b| !b.is_ascii_whitespace()).map(|i| data[i]);
    if matches!(first, Some(b'{' | b'[')) {
        return false;
    }
    let named = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["csv", "tsv", "xlsx", "xls", "ods"].iter().any(|x| e.eq_ignore_ascii_case(x)));
    named || looks_like_table(data)
}

/// Text whose first two lines hold the same number of one separator, as
/// an export's header and first row do; a sentence with a comma, or bytes
/// that are not text, do not.
fn looks_like_table(data: &[u8]) -> bool {
    let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    let mut lines =
        data.split(|b| *b == b'\n').map(|l| l.strip_suffix(b"\r").unwrap_or(l)).filter(|l| !l.is_empty());
    let (Some(header), Some(row)) = (lines.next(), lines.next()) else { return false };
    // Windows-1251 is text too; random bytes hold control characters.
    let text = |line: &[u8]| !line.iter().any(|b| *b < 0x20 && *b != b'\t');
    if !text(header) || !text(row) {
        return false;
    }
    [b';', b'\t', b','].iter().any(|sep| {
        let count = |line: &[u8]| line.iter().filter(|b| *b == sep).count();
        count(header) > 0 && count(header) == count(row)
    })
}

fn explain(data: &[u8], path: &Path, error: serde_json::Error) -> LoadError {
    #[derive(Deserialize)]
    struct Header {
        format: Option<String>,
    }
    let fault = match error.classify() {
        serde_json::error::Category::Eof => ParseFault::Truncated,
        serde_json::error::Category::Data => ParseFault::Shape,
        _ => ParseFault::Syntax,
    };
    let (mut field, mut shape) = (None, None);
    if fault == ParseFault::Shape {
        let ours = serde_json::from_slice::<Header>(data)
            .ok()
            .and_then(|h| h.format)
            .is_some_and(|f| f == FORMAT_TAG);
        if !ours {
            return LoadError::NotAProject { path: path.to_owned() };
        }
        // Read again, only on this rare path, to learn which field it was.
        let mut reader = serde_json::Deserializer::from_slice(data);
        if let Err(traced) = serde_path_to_error::deserialize::<_, Project>(&mut reader) {
            let at = traced.path().to_string();
            field = (!at.is_empty() && at != ".").then_some(at);
        }
        shape = Some(shape_fault(&error.to_string()));
    }
    LoadError::Parse {
        path: path.to_owned(),
        line: error.line(),
        column: error.column(),
        fault,
        about: Box::new(ParseAbout { field, shape, detail: error.to_string() }),
    }
}

/// Reads serde's English sentence for what a message needs to know.
fn shape_fault(detail: &str) -> ShapeFault {
    let quoted = |text: &str| text.split('`').nth(1).unwrap_or_default().to_owned();
    if let Some(rest) = detail.strip_prefix("missing field ") {
        ShapeFault::Missing(quoted(rest))
    } else if detail.starts_with("invalid type") || detail.starts_with("invalid length") {
        ShapeFault::WrongType
    } else if let Some(rest) = detail.strip_prefix("unknown variant ") {
        ShapeFault::UnknownValue(quoted(rest))
    } else {
        ShapeFault::Unreadable
    }
}

/// Serializes a project the way it is stored: compact JSON. Indented JSON
/// is half as large again, and on a district's project that made the
/// save slower than the quarter second an autosave may take; any JSON
/// viewer shows the compact form indented.
pub fn to_bytes(project: &Project) -> Vec<u8> {
    let mut bytes = serde_json::to_vec(project).expect("a project always serializes");
    bytes.push(b'\n');
    bytes
}

/// Saves atomically, keeping the previous version as `.bak`, whatever is
/// on disk: for a new file, or one nobody else can have written.
pub fn save(path: &Path, project: &Project) -> io::Result<FileStamp> {
    if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(dir)?;
    }
    write(path, &to_bytes(project))
}

fn write(path: &Path, bytes: &[u8]) -> io::Result<FileStamp> {
    write_then(path, bytes, || Ok(()))
}

fn write_then(
    path: &Path,
    bytes: &[u8],
    before_replace: impl FnOnce() -> io::Result<()>,
) -> io::Result<FileStamp> {
    atomic::write_atomic_then(path, bytes, true, before_replace)?;
    let modified = fs::metadata(path).ok().and_then(|m| m.modified().ok());
    Ok(FileStamp::of(bytes, modified))
}

/// What a checked save did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub stamp: FileStamp,
    /// The version someone else wrote since we last read or wrote the
    /// file, kept under this name before ours took its place.
    pub conflict: Option<PathBuf>,
}

/// Reads what is on disk now, when it differs from `last`.
fn changed_since(path: &Path, last: Option<&FileStamp>) -> io::Result<Option<Vec<u8>>> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        // Deleted meanwhile: nothing of anyone's to keep.
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(error),
    };
    let same = last.is_some_and(|last| {
        last.len == bytes.len() as u64 && last.digest.is_none_or(|d| d == crc32fast::hash(&bytes))
    });
    Ok((!same).then_some(bytes))
}

/// Saves `project` over the file last read or written as `last`. When the
/// file has changed since, the version on disk is first kept beside it as
/// `project.conflict-<time>.json`, which the library shows; nothing anyone
/// wrote is lost. The caller holds the project's lock.
pub fn save_over(
    path: &Path,
    project: &Project,
    last: Option<&FileStamp>,
    now: DateTime<Utc>,
) -> io::Result<Saved> {
    let bytes = to_bytes(project);
    let conflict = match changed_since(path, last)? {
        Some(theirs) => Some(keep_conflict_copy(path, &theirs, now)?),
        None => None,
    };
    Ok(Saved { stamp: write(path, &bytes)?, conflict })
}

/// Writes `bytes` as a conflict copy beside `path`, under a name no other
/// copy has.
pub fn keep_conflict_copy(path: &Path, bytes: &[u8], now: DateTime<Utc>) -> io::Result<PathBuf> {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
    let time = now.format("%Y%m%d-%H%M%S");
    let target = (0..)
        .map(|n| match n {
            0 => path.with_file_name(format!("{stem}.conflict-{time}.json")),
            n => path.with_file_name(format!("{stem}.conflict-{time}-{n}.json")),
        })
        .find(|candidate| !candidate.exists())
        .expect("some name is free");
    atomic::write_atomic(&target, bytes, false)?;
    Ok(target)
}

/// The file changed between our read and our write.
#[derive(Debug)]
struct Changed;

impl std::fmt::Display for Changed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("changed meanwhile")
    }
}

impl std::error::Error for Changed {}

/// Why the command line did not change a file.
#[derive(Debug, Error)]
pub enum UpdateError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    /// Open in the window, which will save its own version.
    #[error("the project is open in another window")]
    Locked,
    /// Newer format or errors in the file: it is never rewritten.
    #[error("the file is read-only")]
    ReadOnly(ReadOnlyReason),
    /// Someone kept writing the file while we tried; nothing was written.
    #[error("the file kept changing")]
    Busy,
}

/// Loads a project, lets `change` edit it and saves the result, for the
/// command line. The window's rules hold: a project open in a window is
/// left to it, a file of a newer format or with errors is never rewritten,
/// and a version written by anyone between our read and our write is
/// never written over: the change is made again on the newer version.
/// `change` returns `None` when there is nothing to write.
pub fn update<T>(path: &Path, mut change: impl FnMut(&mut Project) -> Option<T>) -> Result<T, UpdateError>
where
    T: Default,
{
    let io_error = |source| UpdateError::Io { path: path.to_owned(), source };
    // A project of the library is edited by one process at a time, as the
    // window does; a loose file has no window to share it with.
    let in_library_folder = path.file_name().is_some_and(|n| n == super::paths::PROJECT_FILE);
    let _lock = if in_library_folder {
        let folder = atomic::folder_of(path);
        Some(ProjectLock::try_acquire(folder).map_err(io_error)?.ok_or(UpdateError::Locked)?)
    } else {
        None
    };
    for _ in 0..5 {
        let mut loaded = load(path)?;
        if let Some(reason) = loaded.read_only.clone() {
            return Err(UpdateError::ReadOnly(reason));
        }
        let Some(result) = change(&mut loaded.project) else { return Ok(T::default()) };
        let bytes = to_bytes(&loaded.project);
        let last = loaded.stamp;
        let written = write_then(path, &bytes, || match changed_since(path, last.as_ref())? {
            // Written meanwhile: ours is dropped and made again on theirs.
            Some(_) => Err(io::Error::other(Changed)),
            None => Ok(()),
        });
        match written {
            Ok(_) => return Ok(result),
            Err(error) if error.get_ref().is_some_and(|e| e.is::<Changed>()) => continue,
            Err(error) => return Err(io_error(error)),
        }
    }
    Err(UpdateError::Busy)
}

/// When and how big the file is now, from its metadata alone.
pub fn stamp(path: &Path) -> Option<FileStamp> {
    let meta = fs::metadata(path).ok()?;
    Some(FileStamp { modified: meta.modified().ok(), len: meta.len(), digest: None })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    #[test]
    fn a_spreadsheet_is_told_as_one_and_a_damaged_project_as_damaged() {
        let sheet = |bytes: &[u8], name: &str| {
            matches!(parse(bytes, Path::new(name)), Err(LoadError::Spreadsheet { .. }))
        };
        // An online form's export, with and without a byte order mark.
        assert!(sheet("Аты-жөні;Мектеп;E-mail\nБекова Асель;№12 гимназия;a@b.kz\n".as_bytes(), "тізім.txt"));
        assert!(sheet("\u{feff}ФИО,Организация\nИванова,ЦПМ\n".as_bytes(), "list"));
        assert!(sheet("Аты-жөні\nБекова Асель\n".as_bytes(), "тізім.CSV"));
        let (windows_1251, _, _) = encoding_rs::WINDOWS_1251.encode("ФИО;Школа\nИванова;№12\n");
        assert!(sheet(&windows_1251, "export"));
        // A sentence with a comma is no table.
        assert!(!sheet("Бұл жоба емес, жай мәтін.\n".as_bytes(), "note"));
        // Workbooks by their first bytes, whatever their name.
        assert!(sheet(b"PK\x03\x04\x14\x00[Content_Types].xml xl/workbook.xml", "project.json"));
        assert!(sheet(b"PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.spreadsheet", "a"));
        assert!(sheet(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", "old.xls"));
        // A Word file is no project and no spreadsheet.
        assert!(matches!(
            parse(b"PK\x03\x04word/document.xml", Path::new("a.docx")),
            Err(LoadError::NotAProject { .. })
        ));
        // A project cut short, even named .csv by mistake, is damaged.
        let mut cut = to_bytes(&Project::new("Семинар", "", Utc::now()));
        cut.truncate(cut.len() / 2);
        assert!(matches!(parse(&cut, Path::new("p.csv")), Err(LoadError::Parse { .. })));
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let project = Project::new("Ашық сабақтар апталығы", "№12 гимназия", Utc::now());
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend(to_bytes(&project));
        let loaded = parse(&bytes, Path::new("project.json")).unwrap();
        assert_eq!(loaded.project, project);
    }

    #[test]
    fn a_save_over_a_version_written_meanwhile_keeps_that_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("project.json");
        let mut ours = Project::new("Біздің нұсқа", "", Utc::now());
        let stamp = save(&path, &ours).unwrap();
        // Nobody else wrote: no copy.
        ours.title = "Біздің нұсқа 2".into();
        let saved = save_over(&path, &ours, Some(&stamp), Utc::now()).unwrap();
        assert_eq!(saved.conflict, None);

        // Same length, other letters: only the digest tells it apart.
        let theirs = to_bytes(&ours).iter().map(|&b| if b == b'2' { b'3' } else { b }).collect::<Vec<u8>>();
        fs::write(&path, &theirs).unwrap();
        ours.title = "Біздің нұсқа 4".into();
        let again = save_over(&path, &ours, Some(&saved.stamp), Utc::now()).unwrap();
        let copy = again.conflict.expect("their version is kept");
        assert_eq!(fs::read(&copy).unwrap(), theirs);
        assert_eq!(load(&path).unwrap().project.title, "Біздің нұсқа 4");
        assert!(copy.file_name().unwrap().to_string_lossy().starts_with("project.conflict-"));
    }

    #[test]
    fn millions_of_tiny_values_are_refused_before_parsing() {
        let project = to_bytes(&Project::new("Жоба", "", Utc::now()));
        let head = &project[..project.len() - 2];
        let mut hostile = head.to_vec();
        hostile.extend_from_slice(b",\"x_junk\":[");
        for i in 0..1_500_000 {
            if i > 0 {
                hostile.push(b',');
            }
            hostile.extend_from_slice(b"{\"a\":1}");
        }
        hostile.extend_from_slice(b"]}");
        let error = parse(&hostile, Path::new("project.json")).unwrap_err();
        assert!(matches!(error, LoadError::TooComplex { .. }), "{error:?}");
        // The same data as a few long texts is an ordinary file.
        assert!(memory_needed(&project) < MEMORY_BUDGET / 1000);
    }
}
