//! Storage errors in the user's language: what happened, to which file, and
//! what to do about it. The system's own text is never shown: it is English
//! on Linux and in the system's language on Windows («Ошибка при
//! обращении…»), and a user can act on neither.

use crate::fl;
use crate::store::bundle::BundleError;
use crate::store::{Access, LoadError, ParseFault, ShapeFault, StoreError, UpdateError};
use std::io;
use std::path::Path;

pub fn describe_load_error(error: &LoadError) -> String {
    let path = error.path().display().to_string();
    match error {
        LoadError::Io { source, .. } => describe_read_error(source, error.path()),
        LoadError::Empty { .. } => fl!("load-empty", path = path),
        LoadError::TooLarge { bytes, .. } => {
            let megabytes: u64 = *bytes / (1024 * 1024);
            fl!("load-too-large", path = path, megabytes = megabytes)
        }
        LoadError::TooComplex { needed, .. } => {
            let megabytes: u64 = *needed / (1024 * 1024);
            fl!("load-too-complex", path = path, megabytes = megabytes)
        }
        LoadError::NotAProject { .. } => fl!("load-not-a-project", path = path),
        LoadError::Spreadsheet { .. } => fl!("load-spreadsheet", path = path),
        LoadError::Parse { line, column, fault, about, .. } => {
            let (line, column) = (*line, *column);
            match fault {
                ParseFault::Truncated => fl!("load-truncated", path = path, line = line, column = column),
                ParseFault::Syntax => fl!("load-syntax", path = path, line = line, column = column),
                ParseFault::Shape => {
                    let what = match &about.shape {
                        Some(ShapeFault::Missing(name)) => fl!("load-shape-missing", name = name.as_str()),
                        Some(ShapeFault::WrongType) => fl!("load-shape-type"),
                        Some(ShapeFault::UnknownValue(value)) => {
                            fl!("load-shape-unknown", value = value.as_str())
                        }
                        Some(ShapeFault::Unreadable) | None => fl!("load-shape-unreadable"),
                    };
                    let field = about.field.as_deref().unwrap_or("—");
                    fl!("load-shape", path = path, line = line, column = column, field = field, detail = what)
                }
            }
        }
    }
}

pub fn describe_store_error(error: &StoreError) -> String {
    match error {
        StoreError::Io { path, access: Access::Read, source } => describe_read_error(source, path),
        StoreError::Io { path, access: Access::Write, source } => describe_io(source, path),
        StoreError::Load(load) => describe_load_error(load),
        StoreError::Locked => fl!("store-locked"),
        StoreError::NotFound(id) => fl!("store-not-found", id = id.as_str()),
        StoreError::AlreadyExists(id) => fl!("store-already-exists", id = id.as_str()),
        StoreError::Bundle(bundle) => describe_bundle_error(bundle),
        StoreError::NewerCopy(version) => {
            let version: u32 = *version;
            fl!("merge-newer-copy", version = version)
        }
        StoreError::DamagedCopy => fl!("merge-damaged-copy", command = "adisker check FILE"),
    }
}

pub fn describe_bundle_error(error: &BundleError) -> String {
    match error {
        BundleError::NotABundle => fl!("bundle-not-a-bundle"),
        BundleError::Damaged => fl!("bundle-damaged"),
        BundleError::Unsafe(name) => fl!("bundle-unsafe", name = name.as_str()),
        BundleError::TooLarge => fl!("bundle-too-large"),
        BundleError::Encrypted => fl!("bundle-encrypted"),
        BundleError::Project(load) => describe_load_error(load),
    }
}

/// Why the command line left a project file as it was.
pub fn describe_update_error(error: &UpdateError) -> String {
    match error {
        UpdateError::Load(load) => describe_load_error(load),
        UpdateError::Io { path, source } => describe_io(source, path),
        UpdateError::Locked => fl!("cli-project-locked"),
        UpdateError::ReadOnly(crate::store::ReadOnlyReason::NewerVersion(version)) => {
            let version: u32 = *version;
            fl!("cli-newer-version", version = version)
        }
        UpdateError::ReadOnly(_) => fl!("cli-has-problems", command = "adisker check FILE"),
        UpdateError::Busy => fl!("cli-file-busy"),
    }
}

/// A failure to write (or create, or move) `path`. The kinds a user can
/// act on get their own words; the rest say that it failed, with the
/// system's error number for whoever helps her.
pub fn describe_io(error: &io::Error, path: &Path) -> String {
    describe(error, path, Access::Write)
}

/// A failure to read `path`.
pub fn describe_read_error(error: &io::Error, path: &Path) -> String {
    describe(error, path, Access::Read)
}

fn describe(error: &io::Error, path: &Path, access: Access) -> String {
    let path = path.display().to_string();
    let code = error.raw_os_error();
    match (error.kind(), access) {
        (io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded, _) => fl!("io-disk-full", path = path),
        (io::ErrorKind::FileTooLarge, _) => fl!("io-file-too-large", path = path),
        (io::ErrorKind::PermissionDenied, Access::Read) => fl!("io-permission-read", path = path),
        (io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem, _) => {
            fl!("io-permission", path = path)
        }
        (io::ErrorKind::NotFound, _) => fl!("io-not-found", path = path),
        (io::ErrorKind::IsADirectory, _) => fl!("io-is-a-folder", path = path),
        (io::ErrorKind::NotADirectory, _) => fl!("io-not-a-folder", path = path),
        (io::ErrorKind::InvalidFilename, _) => fl!("io-bad-name", path = path),
        (io::ErrorKind::ResourceBusy | io::ErrorKind::WouldBlock, _) => fl!("io-busy", path = path),
        // Windows' «used by another process» (ERROR_SHARING_VIOLATION,
        // ERROR_LOCK_VIOLATION) has no kind of its own.
        _ if cfg!(windows) && matches!(code, Some(32 | 33)) => fl!("io-busy", path = path),
        (_, access) => {
            let code = code.map(|c| c.to_string()).unwrap_or_else(|| "—".to_owned());
            match access {
                Access::Read => fl!("io-read-failed", path = path, code = code),
                Access::Write => fl!("io-write-failed", path = path, code = code),
            }
        }
    }
}

/// What a merge added, skipped and found changed on both sides, a line
/// each, the conflicts one per field.
pub fn describe_merge(report: &crate::domain::merge::Report) -> Vec<String> {
    let added = &report.added;
    if added.total() == 0 && report.conflicts.is_empty() && report.numbers_taken.is_empty() {
        return vec![fl!("merge-nothing")];
    }
    let counts = [
        ("people", added.people),
        ("schools", added.schools),
        ("events", added.events),
        ("sessions", added.sessions),
        ("registrations", added.registrations),
        ("observations", added.observations),
        ("feedback", added.feedback),
        ("awards", added.awards),
        ("other", added.other),
    ];
    let list: Vec<String> = counts
        .iter()
        .filter(|(_, count)| *count > 0)
        .map(|(kind, count)| {
            let kind: &str = kind;
            format!("{} {count}", fl!("merge-kind", kind = kind))
        })
        .collect();
    let mut lines = Vec::new();
    if !list.is_empty() {
        lines.push(fl!("merge-added", list = list.join(", ")));
    }
    lines.push(fl!("merge-same", count = report.same));
    if !report.conflicts.is_empty() {
        lines.push(fl!("merge-conflicts", count = report.conflicts.len()));
        for conflict in &report.conflicts {
            for difference in &conflict.differences {
                lines.push(fl!(
                    "merge-conflict-line",
                    label = conflict.label.as_str(),
                    field = fl!("merge-field", field = difference.field.as_str()),
                    ours = difference.ours.as_str(),
                    theirs = difference.theirs.as_str()
                ));
            }
        }
    }
    if !report.numbers_taken.is_empty() {
        lines.push(fl!("merge-numbers-taken", numbers = report.numbers_taken.join(", ")));
    }
    lines
}
