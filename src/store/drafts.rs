//! What was typed into a project's forms and not saved yet, kept on disk
//! within a second so that a power cut or a kill does not lose it: the
//! next opening offers it back, as editors' «hot exit» does. The file is
//! `drafts.json` beside the project; it is removed when no form holds
//! unsaved text.

use super::atomic;
use serde_json::{Map, Value};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub const DRAFTS_FILE: &str = "drafts.json";

/// Drafts by the name of the form that holds them.
pub type Drafts = Map<String, Value>;

pub fn path_in(dir: &Path) -> PathBuf {
    dir.join(DRAFTS_FILE)
}

/// The drafts left in `dir`, if any. A damaged file is no draft: what it
/// held is lost already, and the project itself is untouched.
pub fn load(dir: &Path) -> Option<Drafts> {
    let bytes = fs::read(path_in(dir)).ok()?;
    // Drafts are a few forms' worth of text; a large file is not ours.
    if bytes.len() > 4 * 1024 * 1024 {
        return None;
    }
    serde_json::from_slice::<Drafts>(&bytes).ok().filter(|d| !d.is_empty())
}

/// Writes `drafts`, or removes the file when there are none.
pub fn save(dir: &Path, drafts: &Drafts) -> io::Result<()> {
    let path = path_in(dir);
    if drafts.is_empty() {
        return match fs::remove_file(&path) {
            Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error),
            _ => Ok(()),
        };
    }
    let bytes = serde_json::to_vec(drafts).map_err(io::Error::other)?;
    atomic::write_atomic(&path, &bytes, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_are_kept_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(load(dir.path()), None);
        let mut drafts = Drafts::new();
        drafts.insert("overview".into(), serde_json::json!({ "title": "Жаңа атау" }));
        save(dir.path(), &drafts).unwrap();
        assert_eq!(load(dir.path()), Some(drafts));
        save(dir.path(), &Drafts::new()).unwrap();
        assert!(!path_in(dir.path()).exists());
        save(dir.path(), &Drafts::new()).unwrap();
        fs::write(path_in(dir.path()), b"{ broken").unwrap();
        assert_eq!(load(dir.path()), None);
    }
}
