//! One editor per project. The lock is an OS file lock on `lock` in the
//! project's folder: it disappears with the process, so a crash never leaves
//! a project locked for good.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

#[derive(Debug)]
pub struct ProjectLock {
    _file: File,
}

pub const LOCK_FILE: &str = "lock";

impl ProjectLock {
    /// Takes the lock of the project in `dir`, or returns `None` when
    /// another process holds it.
    pub fn try_acquire(dir: &Path) -> io::Result<Option<ProjectLock>> {
        let mut file =
            OpenOptions::new().create(true).truncate(false).write(true).open(dir.join(LOCK_FILE))?;
        match file.try_lock() {
            Ok(()) => {
                // Who holds it, for a person looking at the folder; the lock
                // itself is the OS lock, not this text.
                let _ = file.set_len(0);
                let _ = writeln!(file, "{}", std::process::id());
                Ok(Some(ProjectLock { _file: file }))
            }
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(error)) => Err(error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_holder_is_refused_until_the_first_lets_go() {
        let dir = tempfile::tempdir().unwrap();
        let first = ProjectLock::try_acquire(dir.path()).unwrap();
        assert!(first.is_some());
        assert!(ProjectLock::try_acquire(dir.path()).unwrap().is_none());
        drop(first);
        assert!(ProjectLock::try_acquire(dir.path()).unwrap().is_some());
    }
}
