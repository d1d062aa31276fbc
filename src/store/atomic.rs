//! Whole-file atomic replacement. Whatever instant the process dies at, the
//! target path holds either the old complete file or the new complete file,
//! and the previous version is kept beside it as `.bak`.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Prefix of our temporary files; they are hidden so that file-sync tools
/// and users browsing the folder are not confused by them.
const TEMP_PREFIX: &str = ".tmp-";

pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Writes `bytes` to `path` atomically, keeping the file it replaces as
/// `path.bak` when `keep_backup` is set.
pub fn write_atomic(path: &Path, bytes: &[u8], keep_backup: bool) -> io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().ok_or_else(|| io::Error::other("a file path is needed"))?;
    let temp = dir.join(format!(
        "{TEMP_PREFIX}{}-{}-{}",
        name.to_string_lossy(),
        std::process::id(),
        uuid::Uuid::new_v4().simple()
    ));

    let result = (|| {
        let mut file = OpenOptions::new().write(true).create_new(true).open(&temp)?;
        file.write_all(bytes)?;
        // The data and its length are what must reach the disk; the name
        // is made durable by syncing the folder after the rename. Syncing
        // timestamps too (sync_all) costs several times more on old disks.
        file.sync_data()?;
        drop(file);

        if keep_backup && path.exists() {
            keep_previous(path)?;
        }
        fs::rename(&temp, path)?;
        sync_dir(dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Makes `path.bak` a copy of `path` without a moment where either is
/// missing or half-written: the copy goes to a temporary name first.
fn keep_previous(path: &Path) -> io::Result<()> {
    let backup = backup_path(path);
    let staging = backup.with_file_name(format!(
        "{TEMP_PREFIX}{}-{}",
        backup.file_name().unwrap_or_default().to_string_lossy(),
        uuid::Uuid::new_v4().simple()
    ));
    // A hard link costs nothing; FAT-formatted USB sticks cannot make one,
    // so fall back to a real copy there.
    if fs::hard_link(path, &staging).is_err() {
        fs::copy(path, &staging)?;
        File::open(&staging)?.sync_data()?;
    }
    fs::rename(&staging, &backup).inspect_err(|_| {
        let _ = fs::remove_file(&staging);
    })
}

/// Makes the renames in `dir` durable. Windows has no directory handles to
/// sync; its renames are journaled by NTFS.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Removes temporary files left by a process that died while saving.
pub fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_and_keeps_the_previous_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("project.json");
        write_atomic(&path, b"one", true).unwrap();
        assert!(!backup_path(&path).exists());
        write_atomic(&path, b"two", true).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"one");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 2, "no temporary files left behind: {names:?}");
    }

    #[test]
    fn stale_temps_are_cleaned() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(".tmp-project.json-1-x"), b"half").unwrap();
        fs::write(dir.path().join("project.json"), b"{}").unwrap();
        remove_stale_temps(dir.path());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
