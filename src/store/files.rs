//! A project's own files beside its `project.json`: the emblem printed at
//! the head of its documents. A picture chosen by the user is copied in,
//! so the project keeps it when the original is moved or the project is
//! carried to another PC.

use std::io;
use std::path::{Path, PathBuf};

/// The folder of a project's files.
pub const FILES_FOLDER: &str = "files";

/// The largest emblem taken: a scanned stamp-sized picture is well under
/// a megabyte; a photo of 40 MB would slow every certificate.
pub const MAX_EMBLEM_BYTES: u64 = 5 * 1024 * 1024;

/// The files folder of the project stored in `project_file`.
pub fn files_beside(project_file: &Path) -> PathBuf {
    project_file.parent().unwrap_or(Path::new(".")).join(FILES_FOLDER)
}

#[derive(Debug)]
pub enum EmblemError {
    /// Not a PNG, JPEG or SVG picture.
    NotAPicture,
    TooLarge,
    Io(io::Error),
}

/// The kinds of picture a document can print, told by their first bytes,
/// not by a name's ending that anyone can change.
pub fn picture_extension(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some("png");
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Some("jpg");
    }
    let head = &bytes[..bytes.len().min(2048)];
    let head = String::from_utf8_lossy(head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head));
    let start = head.trim_start();
    if (start.starts_with("<?xml") || start.starts_with("<svg") || start.starts_with("<!--"))
        && head.contains("<svg")
    {
        return Some("svg");
    }
    None
}

/// Writes one of the project's files, as a generated project brings them.
pub fn put_file(project_file: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    let folder = files_beside(project_file);
    std::fs::create_dir_all(&folder)?;
    super::atomic::write_atomic(&folder.join(name), bytes, false)
}

/// Copies the picture at `source` into the files of the project stored in
/// `project_file`, under a name of its own (a new picture never overwrites
/// the one an undo would bring back). Returns that name.
pub fn import_emblem(project_file: &Path, source: &Path) -> Result<String, EmblemError> {
    let size = std::fs::metadata(source).map_err(EmblemError::Io)?.len();
    if size > MAX_EMBLEM_BYTES {
        return Err(EmblemError::TooLarge);
    }
    let bytes = std::fs::read(source).map_err(EmblemError::Io)?;
    let extension = picture_extension(&bytes).ok_or(EmblemError::NotAPicture)?;
    let folder = files_beside(project_file);
    std::fs::create_dir_all(&folder).map_err(EmblemError::Io)?;
    let id = uuid::Uuid::new_v4().simple().to_string();
    let name = format!("emblem-{}.{extension}", &id[..8]);
    super::atomic::write_atomic(&folder.join(&name), &bytes, false).map_err(EmblemError::Io)?;
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pictures_are_told_by_their_bytes() {
        assert_eq!(picture_extension(b"\x89PNG\r\n\x1a\n...."), Some("png"));
        assert_eq!(picture_extension(&[0xFF, 0xD8, 0xFF, 0xE0]), Some("jpg"));
        assert_eq!(
            picture_extension(b"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            Some("svg")
        );
        assert_eq!(picture_extension(b"\xEF\xBB\xBF  <svg></svg>"), Some("svg"));
        assert_eq!(picture_extension(b"<html><body>svg</body></html>"), None);
        assert_eq!(picture_extension(b"%PDF-1.7"), None);
        assert_eq!(picture_extension(b""), None);
    }

    #[test]
    fn an_emblem_is_copied_under_a_name_of_its_own_and_a_non_picture_refused() {
        let dir = tempfile::tempdir().unwrap();
        let project = dir.path().join("p").join("project.json");
        let source = dir.path().join("logo.svg");
        std::fs::write(&source, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>")
            .unwrap();
        let first = import_emblem(&project, &source).unwrap();
        let second = import_emblem(&project, &source).unwrap();
        assert_ne!(first, second);
        assert!(first.ends_with(".svg"));
        assert!(files_beside(&project).join(&first).is_file());
        let text = dir.path().join("notes.png");
        std::fs::write(&text, "not a picture").unwrap();
        assert!(matches!(import_emblem(&project, &text), Err(EmblemError::NotAPicture)));
        assert!(matches!(import_emblem(&project, &dir.path().join("gone.png")), Err(EmblemError::Io(_))));
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_are_told_without_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..4096)) {
            let _ = picture_extension(&bytes);
        }
    }
}
