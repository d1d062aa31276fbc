//! Reading and writing one project file.

use super::atomic;
use crate::domain::{FORMAT_TAG, FORMAT_VERSION, Problem, Project, validate};
use serde::Deserialize;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use thiserror::Error;

/// Larger than any real project (a district's generated year is ~30 MB);
/// anything bigger is not ours and would only exhaust an old PC's memory.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseFault {
    /// The text is not JSON at all (or not text).
    Syntax,
    /// The file stops in the middle: usually a copy that did not finish.
    Truncated,
    /// JSON, but a value has the wrong shape for a project.
    Shape,
}

#[derive(Debug, Error)]
pub enum LoadError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("{path}: the file is empty")]
    Empty { path: PathBuf },
    #[error("{path}: {bytes} bytes is too large for a project file")]
    TooLarge { path: PathBuf, bytes: u64 },
    #[error("{path}:{line}:{column}: {detail}")]
    Parse { path: PathBuf, line: usize, column: usize, fault: ParseFault, detail: String },
    #[error("{path}: not a project file")]
    NotAProject { path: PathBuf },
}

impl LoadError {
    pub fn path(&self) -> &Path {
        match self {
            LoadError::Io { path, .. }
            | LoadError::Empty { path }
            | LoadError::TooLarge { path, .. }
            | LoadError::Parse { path, .. }
            | LoadError::NotAProject { path } => path,
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

#[derive(Debug)]
pub struct Loaded {
    pub project: Project,
    pub problems: Vec<Problem>,
    pub read_only: Option<ReadOnlyReason>,
}

/// Reads, parses and validates a project file.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    let io_error = |source| LoadError::Io { path: path.to_owned(), source };
    let bytes = fs::metadata(path).map_err(io_error)?.len();
    if bytes > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { path: path.to_owned(), bytes });
    }
    let data = fs::read(path).map_err(io_error)?;
    parse(&data, path)
}

/// Parses project bytes; `path` is only for messages.
pub fn parse(data: &[u8], path: &Path) -> Result<Loaded, LoadError> {
    // Notepad on Windows starts a UTF-8 file it saved with a byte-order mark;
    // a project looked at and saved there is still ours.
    let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    if data.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty { path: path.to_owned() });
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
    } else if !problems.is_empty() {
        Some(ReadOnlyReason::HasProblems)
    } else {
        None
    };
    Ok(Loaded { project, problems, read_only })
}

/// Turns a serde error into a message about the file, telling apart a file
/// that is not ours from one of ours that is damaged.
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
    if fault == ParseFault::Shape {
        let ours = serde_json::from_slice::<Header>(data)
            .ok()
            .and_then(|h| h.format)
            .is_some_and(|f| f == FORMAT_TAG);
        if !ours {
            return LoadError::NotAProject { path: path.to_owned() };
        }
    }
    LoadError::Parse {
        path: path.to_owned(),
        line: error.line(),
        column: error.column(),
        fault,
        detail: error.to_string(),
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

/// Saves atomically, keeping the previous version as `.bak`.
pub fn save(path: &Path, project: &Project) -> io::Result<()> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    atomic::write_atomic(path, &to_bytes(project), true)
}

/// When and how big the file was last written, to notice changes made by
/// another program (a file-sync engine, a second computer on a share).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStamp {
    pub modified: Option<std::time::SystemTime>,
    pub len: u64,
}

pub fn stamp(path: &Path) -> Option<FileStamp> {
    let meta = fs::metadata(path).ok()?;
    Some(FileStamp { modified: meta.modified().ok(), len: meta.len() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let project = Project::new("Ашық сабақтар апталығы", "№12 гимназия", Utc::now());
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend(to_bytes(&project));
        let loaded = parse(&bytes, Path::new("project.json")).unwrap();
        assert_eq!(loaded.project, project);
    }
}
