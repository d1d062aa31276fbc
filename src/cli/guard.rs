//! Where the command line may write. A document written over the project
//! it was made from, over that project's backup, or into a folder of the
//! library would replace someone's work with a PDF.

use crate::store::DataDir;
use crate::store::atomic::backup_path;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The output is the input file or its backup.
    SameFile,
    /// The output is inside the library's projects folder.
    InLibrary,
}

/// The path as the file system will resolve it: links and `..` followed,
/// also for a file that does not exist yet (its folder is resolved).
fn resolved(path: &Path) -> PathBuf {
    if let Ok(real) = path.canonicalize() {
        return real;
    }
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    match (absolute.parent(), absolute.file_name()) {
        (Some(parent), Some(name)) => resolved(parent).join(name),
        _ => absolute,
    }
}

/// Whether the command may write `out`, made from `input`.
pub fn check_output(out: &Path, input: &Path, dirs: &DataDir) -> Result<(), Refusal> {
    let out = resolved(out);
    let input = resolved(input);
    if out == input || out == backup_path(&input) {
        return Err(Refusal::SameFile);
    }
    if in_library(&out, dirs) {
        return Err(Refusal::InLibrary);
    }
    Ok(())
}

/// Whether `path` is inside the library's projects folder, which only the
/// library itself writes.
pub fn in_library(path: &Path, dirs: &DataDir) -> bool {
    resolved(path).starts_with(resolved(&dirs.projects()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_input_its_backup_and_the_library_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let dirs = DataDir::at(dir.path().join("data"));
        std::fs::create_dir_all(dirs.projects().join("x")).unwrap();
        let input = dir.path().join("p.json");
        std::fs::write(&input, b"{}").unwrap();
        assert_eq!(check_output(&input, &input, &dirs), Err(Refusal::SameFile));
        let roundabout = dir.path().join("sub").join("..").join("p.json");
        std::fs::create_dir_all(dir.path().join("sub")).unwrap();
        assert_eq!(check_output(&roundabout, &input, &dirs), Err(Refusal::SameFile));
        assert_eq!(check_output(&dir.path().join("p.json.bak"), &input, &dirs), Err(Refusal::SameFile));
        assert_eq!(
            check_output(&dirs.projects().join("x").join("out.pdf"), &input, &dirs),
            Err(Refusal::InLibrary)
        );
        assert_eq!(check_output(&dir.path().join("out.pdf"), &input, &dirs), Ok(()));
        #[cfg(unix)]
        {
            let link = dir.path().join("link.pdf");
            std::os::unix::fs::symlink(&input, &link).unwrap();
            assert_eq!(check_output(&link, &input, &dirs), Err(Refusal::SameFile));
        }
    }
}
