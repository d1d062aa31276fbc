//! Whole-file atomic replacement. Whatever instant the process dies at, the
//! target path holds either the old complete file or the new complete file,
//! and the previous version is kept beside it as `.bak`.
//!
//! A temporary file is held under an OS lock while it is written, so the
//! temporary files of a process that died can be told from those of one
//! still writing: nobody holds their lock. Every start of the window or the
//! command line removes them ([`remove_stale_temps`]).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Prefix of our temporary files; they are hidden so that file-sync tools
/// and users browsing the folder are not confused by them.
pub const TEMP_PREFIX: &str = ".tmp-";

pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// The folder a path lives in; a bare file name lives in the current one.
pub fn folder_of(path: &Path) -> &Path {
    path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."))
}

fn temp_beside(path: &Path) -> io::Result<PathBuf> {
    let name = path.file_name().ok_or_else(|| io::Error::other("a file path is needed"))?;
    Ok(folder_of(path).join(format!(
        "{TEMP_PREFIX}{}-{}-{}",
        name.to_string_lossy(),
        std::process::id(),
        uuid::Uuid::new_v4().simple()
    )))
}

/// Creates a new temporary file and takes its lock before anything else
/// can see it half-written.
fn create_locked(temp: &Path) -> io::Result<File> {
    let file = OpenOptions::new().write(true).create_new(true).open(temp)?;
    // A file system without locks (some network shares) still saves; its
    // temporary files are then left for the user, never taken from a writer.
    let _ = file.try_lock();
    Ok(file)
}

/// Writes `bytes` to `path` atomically, keeping the file it replaces as
/// `path.bak` when `keep_backup` is set.
pub fn write_atomic(path: &Path, bytes: &[u8], keep_backup: bool) -> io::Result<()> {
    write_atomic_then(path, bytes, keep_backup, || Ok(()))
}

/// As [`write_atomic`], calling `before_replace` when the new file is
/// complete on disk and is about to take the old one's place: the last
/// moment to look at what it replaces, and the shortest time in which
/// another program writing the same file could go unseen.
pub fn write_atomic_then(
    path: &Path,
    bytes: &[u8],
    keep_backup: bool,
    before_replace: impl FnOnce() -> io::Result<()>,
) -> io::Result<()> {
    let dir = folder_of(path);
    let temp = temp_beside(path)?;
    let result = (|| {
        let mut file = create_locked(&temp)?;
        file.write_all(bytes)?;
        // The data and its length are what must reach the disk; the name
        // is made durable by syncing the folder after the rename. Syncing
        // timestamps too (sync_all) costs several times more on old disks.
        file.sync_data()?;
        // Windows locks byte ranges for readers too: the file is let go
        // before it takes the project's name.
        drop(file);

        before_replace()?;
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
    let staging = temp_beside(&backup)?;
    // A hard link costs nothing; FAT-formatted USB sticks cannot make one,
    // so fall back to a real copy there.
    let held = match fs::hard_link(path, &staging) {
        Ok(()) => {
            let link = File::open(&staging)?;
            let _ = link.try_lock();
            link
        }
        Err(_) => {
            let mut copy = create_locked(&staging)?;
            io::copy(&mut File::open(path)?, &mut copy)?;
            copy.sync_data()?;
            copy
        }
    };
    drop(held);
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

/// Removes the temporary files in `dir` left by a process that died while
/// saving; those of a save under way are locked by it and stay. Returns
/// how many were removed.
pub fn remove_stale_temps(dir: &Path) -> usize {
    let Ok(entries) = fs::read_dir(dir) else { return 0 };
    let mut removed = 0;
    for entry in entries.flatten() {
        if !entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX) {
            continue;
        }
        let path = entry.path();
        // A link or a folder of that name is not ours to remove.
        if !entry.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        let Ok(file) = File::open(&path) else { continue };
        if file.try_lock().is_ok() {
            drop(file);
            if fs::remove_file(&path).is_ok() {
                removed += 1;
            }
        }
    }
    removed
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
    fn stale_temps_are_cleaned_and_live_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(".tmp-project.json-1-x"), b"half").unwrap();
        fs::write(dir.path().join("project.json"), b"{}").unwrap();
        // Another writer, still at work: its lock is held.
        let live = dir.path().join(".tmp-project.json-2-y");
        let writer = create_locked(&live).unwrap();
        assert_eq!(remove_stale_temps(dir.path()), 1);
        assert!(live.exists(), "a save under way keeps its temporary file");
        assert!(dir.path().join("project.json").exists());
        drop(writer);
        assert_eq!(remove_stale_temps(dir.path()), 1);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
