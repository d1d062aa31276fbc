//! Storage errors in the user's language: what happened, to which file, and
//! what to do about it.

use crate::fl;
use crate::store::{LoadError, ParseFault, StoreError};
use std::io;
use std::path::Path;

pub fn describe_load_error(error: &LoadError) -> String {
    let path = error.path().display().to_string();
    match error {
        LoadError::Io { source, .. } => describe_io(source, error.path()),
        LoadError::Empty { .. } => fl!("load-empty", path = path),
        LoadError::TooLarge { bytes, .. } => {
            let megabytes: u64 = *bytes / (1024 * 1024);
            fl!("load-too-large", path = path, megabytes = megabytes)
        }
        LoadError::NotAProject { .. } => fl!("load-not-a-project", path = path),
        LoadError::Parse { line, column, fault, detail, .. } => {
            let (line, column) = (*line, *column);
            match fault {
                ParseFault::Truncated => fl!("load-truncated", path = path, line = line, column = column),
                ParseFault::Syntax => fl!("load-syntax", path = path, line = line, column = column),
                ParseFault::Shape => {
                    fl!("load-shape", path = path, line = line, column = column, detail = detail.as_str())
                }
            }
        }
    }
}

pub fn describe_store_error(error: &StoreError) -> String {
    match error {
        StoreError::Io { path, source } => describe_io(source, path),
        StoreError::Load(load) => describe_load_error(load),
        StoreError::Locked => fl!("store-locked"),
        StoreError::NotFound(id) => fl!("store-not-found", id = id.as_str()),
        StoreError::AlreadyExists(id) => fl!("store-already-exists", id = id.as_str()),
    }
}

/// The kinds of failure a user can act on get their own words; the rest
/// show the system's text.
pub fn describe_io(error: &io::Error, path: &Path) -> String {
    let path = path.display().to_string();
    match error.kind() {
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => fl!("io-disk-full", path = path),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
            fl!("io-permission", path = path)
        }
        io::ErrorKind::NotFound => fl!("io-not-found", path = path),
        _ => fl!("io-other", path = path, reason = error.to_string()),
    }
}
