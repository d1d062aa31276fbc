//! A project as one file to send by messenger or on a USB stick: a zip
//! (`.adisker`) of its `project.json`, its `files/` (the emblem) and its
//! own print templates.
//!
//! A bundle comes from another PC and is opened as untrusted: only the
//! three kinds of entry are taken, each a plain name in its folder (no
//! path that climbs out, no drive, no link, no hidden name), the entries
//! are counted and every byte unpacked is counted against a cap whatever
//! the archive claims its sizes are, and anything else refuses the whole
//! bundle with what was wrong, before a byte is written to the library.

use super::project_file::{self, LoadError, Loaded};
use crate::domain::Project;
use std::io::{self, Read, Seek, Write};
use std::path::Path;

pub const EXTENSION: &str = "adisker";
/// The project inside a bundle.
const PROJECT_ENTRY: &str = "project.json";
const FILES_PREFIX: &str = "files/";
const TEMPLATES_PREFIX: &str = "templates/";
/// What a bundle may unpack to in all: a district's project with its
/// emblems is a few megabytes; an archive that claims less and inflates to
/// gigabytes (a «zip bomb») stops here.
pub const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;
/// A project has one emblem or a few, and a dozen templates at most.
pub const MAX_ENTRIES: usize = 1_000;
const MAX_NAME_CHARS: usize = 200;

/// A bundle read and checked, not yet written anywhere.
#[derive(Debug)]
pub struct Bundle {
    pub loaded: Loaded,
    /// `files/` by name.
    pub files: Vec<(String, Vec<u8>)>,
    /// Print templates by file name (`programme.typ`).
    pub templates: Vec<(String, Vec<u8>)>,
}

#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    /// Not a zip, or a zip without a project: a photo archive, a Word file.
    #[error("not a project bundle")]
    NotABundle,
    /// The archive breaks off or its parts do not fit together.
    #[error("the bundle is damaged")]
    Damaged,
    /// An entry that would land outside the project's folder, a link, or a
    /// name a project never has.
    #[error("the bundle holds «{0}», which a project never has")]
    Unsafe(String),
    #[error("the bundle unpacks to more than a project can be")]
    TooLarge,
    #[error("the bundle is locked with a password")]
    Encrypted,
    /// The project inside cannot be read.
    #[error(transparent)]
    Project(#[from] LoadError),
}

/// Whether `bytes` look like a bundle rather than a project file: a zip
/// whose entries include a project.
pub fn is_bundle(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
        && zip::ZipArchive::new(io::Cursor::new(bytes))
            .is_ok_and(|archive| archive.file_names().any(|name| name.is_ok_and(|n| n == PROJECT_ENTRY)))
}

/// The bundle of `project`, with the files and templates of its folders.
pub fn pack(project: &Project, files: &Path, templates: Option<&Path>) -> io::Result<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let mut put = |name: &str, bytes: &[u8]| -> io::Result<()> {
        zip.start_file(name, options).map_err(io::Error::other)?;
        zip.write_all(bytes)
    };
    put(PROJECT_ENTRY, &project_file::to_bytes(project))?;
    for (folder, prefix) in [(Some(files), FILES_PREFIX), (templates, TEMPLATES_PREFIX)] {
        let Some(folder) = folder else { continue };
        for (name, bytes) in plain_files(folder)? {
            put(&format!("{prefix}{name}"), &bytes)?;
        }
    }
    Ok(zip.finish().map_err(io::Error::other)?.into_inner())
}

/// The regular files directly in `folder`, by name; none when there is no
/// folder. Links and subfolders are not the project's.
fn plain_files(folder: &Path) -> io::Result<Vec<(String, Vec<u8>)>> {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => return Err(error),
    };
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry?;
        if !entry.file_type()?.is_file() {
            continue;
        }
        let Some(name) = entry.file_name().to_str().map(str::to_owned) else { continue };
        // Temporary files of an interrupted save are not the project's.
        if safe_name(&name) && !name.ends_with(".tmp") {
            files.push((name, std::fs::read(entry.path())?));
        }
    }
    files.sort();
    Ok(files)
}

/// A name that stays in its folder on every system.
fn safe_name(name: &str) -> bool {
    !name.is_empty()
        && name.chars().count() <= MAX_NAME_CHARS
        && !name.starts_with('.')
        && !name.ends_with(['.', ' '])
        && !name.chars().any(|c| c.is_control() || "/\\:*?\"<>|".contains(c))
}

enum Entry {
    Project,
    File(String),
    Template(String),
    /// A folder's own entry (`files/`), which some zip programs write.
    Folder,
}

fn entry_of(name: &str) -> Option<Entry> {
    if name == PROJECT_ENTRY {
        return Some(Entry::Project);
    }
    if name == FILES_PREFIX || name == TEMPLATES_PREFIX {
        return Some(Entry::Folder);
    }
    if let Some(file) = name.strip_prefix(FILES_PREFIX) {
        return safe_name(file).then(|| Entry::File(file.to_owned()));
    }
    let template = name.strip_prefix(TEMPLATES_PREFIX)?;
    (safe_name(template) && template.ends_with(".typ")).then(|| Entry::Template(template.to_owned()))
}

/// Reads and checks a bundle; `path` is only for messages.
pub fn unpack(bytes: &[u8], path: &Path) -> Result<Bundle, BundleError> {
    if !bytes.starts_with(b"PK\x03\x04") {
        return Err(BundleError::NotABundle);
    }
    let mut archive = zip::ZipArchive::new(io::Cursor::new(bytes)).map_err(|_| BundleError::Damaged)?;
    if !archive.file_names().any(|name| name.is_ok_and(|n| n == PROJECT_ENTRY)) {
        return Err(BundleError::NotABundle);
    }
    if archive.len() > MAX_ENTRIES {
        return Err(BundleError::TooLarge);
    }
    let mut budget = MAX_UNPACKED_BYTES;
    let mut project = None;
    let mut files = Vec::new();
    let mut templates = Vec::new();
    for index in 0..archive.len() {
        let (entry, contents) = read_entry(&mut archive, index, &mut budget)?;
        match entry {
            Entry::Project => project = Some(contents),
            Entry::File(name) => files.push((name, contents)),
            Entry::Template(name) => templates.push((name, contents)),
            Entry::Folder => {}
        }
    }
    let project = project.ok_or(BundleError::NotABundle)?;
    if project.len() as u64 > project_file::MAX_FILE_BYTES {
        return Err(BundleError::TooLarge);
    }
    let loaded = project_file::parse(&project, &path.join(PROJECT_ENTRY))?;
    // Two entries of one name: the archive was made to overwrite a file.
    let mut names: Vec<&str> = files.iter().chain(&templates).map(|(n, _)| n.as_str()).collect();
    names.sort_unstable();
    if let Some(twice) = names.windows(2).find(|w| w[0].eq_ignore_ascii_case(w[1])) {
        return Err(BundleError::Unsafe(twice[0].to_owned()));
    }
    Ok(Bundle { loaded, files, templates })
}

fn read_entry<R: Read + Seek>(
    archive: &mut zip::ZipArchive<R>,
    index: usize,
    budget: &mut u64,
) -> Result<(Entry, Vec<u8>), BundleError> {
    let mut file = archive.by_index(index).map_err(|error| match error {
        zip::result::ZipError::UnsupportedArchive(message) if message.contains("assword") => {
            BundleError::Encrypted
        }
        _ => BundleError::Damaged,
    })?;
    let name = file.name().map_err(|_| BundleError::Damaged)?.into_owned();
    if file.encrypted() {
        return Err(BundleError::Encrypted);
    }
    let entry = entry_of(&name).ok_or_else(|| BundleError::Unsafe(printable(&name)))?;
    if file.is_symlink() || (file.is_dir() && !matches!(entry, Entry::Folder)) {
        return Err(BundleError::Unsafe(printable(&name)));
    }
    // The sizes an archive states are not believed: what comes out is
    // counted, and one byte past the budget stops it.
    let mut contents = Vec::new();
    (&mut file).take(*budget + 1).read_to_end(&mut contents).map_err(|_| BundleError::Damaged)?;
    if contents.len() as u64 > *budget {
        return Err(BundleError::TooLarge);
    }
    *budget -= contents.len() as u64;
    Ok((entry, contents))
}

/// An entry's name as a message may show it: a hostile name may hold
/// anything.
fn printable(name: &str) -> String {
    let shown: String = name.chars().take(80).map(|c| if c.is_control() { '?' } else { c }).collect();
    if name.chars().count() > 80 { format!("{shown}…") } else { shown }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(io::Cursor::new(Vec::new()));
        for (name, bytes) in entries {
            zip.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    fn project_bytes() -> Vec<u8> {
        project_file::to_bytes(&Project::new("Шамшырақ", "№ 5 мектеп", Utc::now()))
    }

    #[test]
    fn a_project_with_its_emblem_and_template_travels_whole() {
        let dir = tempfile::tempdir().unwrap();
        let files = dir.path().join("files");
        let templates = dir.path().join("templates");
        std::fs::create_dir_all(&files).unwrap();
        std::fs::create_dir_all(&templates).unwrap();
        std::fs::write(files.join("emblem-1.svg"), b"<svg/>").unwrap();
        std::fs::write(files.join("emblem-1.svg.1234.tmp"), b"half").unwrap();
        std::fs::write(templates.join("programme.typ"), b"= Programme").unwrap();
        let mut project = Project::new("Шамшырақ", "№ 5 мектеп", Utc::now());
        project.emblem = Some("emblem-1.svg".into());
        let bytes = pack(&project, &files, Some(&templates)).unwrap();
        assert!(is_bundle(&bytes));
        let bundle = unpack(&bytes, Path::new("Шамшырақ.adisker")).unwrap();
        assert_eq!(bundle.loaded.project.id, project.id);
        assert_eq!(bundle.loaded.project.emblem.as_deref(), Some("emblem-1.svg"));
        assert_eq!(bundle.files, [("emblem-1.svg".to_owned(), b"<svg/>".to_vec())]);
        assert_eq!(bundle.templates, [("programme.typ".to_owned(), b"= Programme".to_vec())]);
    }

    #[test]
    fn entries_that_climb_out_or_are_not_a_projects_are_refused() {
        let project = project_bytes();
        for name in [
            "../evil.sh",
            "files/../../evil",
            "/etc/passwd",
            "files/sub/deep.png",
            "files/..",
            "files/.bashrc",
            "files/C:evil",
            "files\\..\\evil",
            "templates/programme.exe",
            "autorun.inf",
            "files/nul\u{0}.png",
        ] {
            let bytes = zip_of(&[("project.json", &project), (name, b"x")]);
            let error = unpack(&bytes, Path::new("b.adisker")).unwrap_err();
            assert!(matches!(error, BundleError::Unsafe(_)), "{name}: {error:?}");
        }
    }

    #[test]
    fn a_link_is_refused() {
        let mut zip = zip::ZipWriter::new(io::Cursor::new(Vec::new()));
        zip.start_file("project.json", zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(&project_bytes()).unwrap();
        zip.add_symlink("files/emblem.png", "/etc/passwd", zip::write::SimpleFileOptions::default()).unwrap();
        let bytes = zip.finish().unwrap().into_inner();
        assert!(matches!(unpack(&bytes, Path::new("b")), Err(BundleError::Unsafe(_))));
    }

    #[test]
    fn a_zip_bomb_stops_at_the_cap_whatever_it_claims() {
        // 300 MB of zeros deflate to a few hundred kilobytes.
        let mut zip = zip::ZipWriter::new(io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        zip.start_file("project.json", options).unwrap();
        zip.write_all(&project_bytes()).unwrap();
        zip.start_file("files/emblem.png", options).unwrap();
        let zeros = vec![0u8; 1024 * 1024];
        for _ in 0..300 {
            zip.write_all(&zeros).unwrap();
        }
        let bytes = zip.finish().unwrap().into_inner();
        assert!(bytes.len() < 2 * 1024 * 1024, "{}", bytes.len());
        assert!(matches!(unpack(&bytes, Path::new("b")), Err(BundleError::TooLarge)));
    }

    #[test]
    fn foreign_and_broken_archives_say_what_they_are() {
        let word = zip_of(&[("word/document.xml", b"<w:document/>")]);
        assert!(matches!(unpack(&word, Path::new("a.docx")), Err(BundleError::NotABundle)));
        assert!(!is_bundle(&word));
        assert!(matches!(unpack(b"{\"format\":1}", Path::new("p.json")), Err(BundleError::NotABundle)));
        let whole = zip_of(&[("project.json", &project_bytes())]);
        let cut = &whole[..whole.len() - 30];
        assert!(matches!(unpack(cut, Path::new("b")), Err(BundleError::Damaged | BundleError::NotABundle)));
        let broken = zip_of(&[("project.json", b"{ \"format\": ")]);
        assert!(matches!(unpack(&broken, Path::new("b")), Err(BundleError::Project(_))));
    }

    #[test]
    fn two_entries_of_one_name_are_refused() {
        let project = project_bytes();
        let bytes = zip_of(&[("project.json", &project), ("files/a.png", b"1"), ("files/A.png", b"2")]);
        assert!(matches!(unpack(&bytes, Path::new("b")), Err(BundleError::Unsafe(_))));
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_are_refused_or_read_without_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2048)) {
            let mut prefixed = b"PK\x03\x04".to_vec();
            prefixed.extend(&bytes);
            let _ = unpack(&bytes, Path::new("b"));
            let _ = unpack(&prefixed, Path::new("b"));
            let _ = is_bundle(&prefixed);
        }

        #[test]
        fn any_entry_name_is_judged_without_panic(name in ".{0,60}") {
            let _ = entry_of(&name);
        }
    }
}
