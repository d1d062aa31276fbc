//! Where things live on disk (DESIGN section 4).

use directories::ProjectDirs;
use std::path::{Path, PathBuf};

pub const DATA_DIR_VARIABLE: &str = "ADISKER_DATA_DIR";
pub const PROJECT_FILE: &str = "project.json";

/// The folders of one installation. Everything the app writes is under
/// `data`, except settings, which follow the platform's config folder unless
/// the data folder was chosen explicitly (a USB stick carries its settings).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    pub root: PathBuf,
    pub config: PathBuf,
}

impl DataDir {
    /// `explicit` (from `--data-dir`) wins over `ADISKER_DATA_DIR`, which
    /// wins over the platform's folder.
    pub fn resolve(explicit: Option<PathBuf>) -> DataDir {
        let chosen = explicit.or_else(|| std::env::var_os(DATA_DIR_VARIABLE).map(PathBuf::from));
        match chosen {
            Some(root) => DataDir::at(root),
            None => match ProjectDirs::from("kz", "Adisker", "adisker") {
                Some(dirs) => {
                    DataDir { root: dirs.data_dir().to_owned(), config: dirs.config_dir().to_owned() }
                }
                None => DataDir::at(PathBuf::from("adisker-data")),
            },
        }
    }

    /// A self-contained folder: data and settings together.
    pub fn at(root: impl Into<PathBuf>) -> DataDir {
        let root = root.into();
        DataDir { config: root.clone(), root }
    }

    pub fn projects(&self) -> PathBuf {
        self.root.join("projects")
    }

    pub fn trash(&self) -> PathBuf {
        self.root.join("trash")
    }

    pub fn templates(&self) -> PathBuf {
        self.root.join("templates")
    }

    /// The print templates a project is printed with: its own, when it
    /// came with them in a bundle, else the library's.
    pub fn templates_for(&self, project_file: &Path) -> PathBuf {
        let own = project_file.parent().map(|dir| dir.join(PROJECT_TEMPLATES));
        own.filter(|dir| has_templates(dir)).unwrap_or_else(|| self.templates())
    }

    pub fn index_file(&self) -> PathBuf {
        self.root.join("library-index.json")
    }

    /// The observed lessons of every project, for the teachers' histories.
    pub fn history_index_file(&self) -> PathBuf {
        self.root.join(HISTORY_INDEX)
    }

    pub fn settings_file(&self) -> PathBuf {
        self.config.join("settings.json")
    }

    pub fn project_dir(&self, id: &str) -> PathBuf {
        self.projects().join(id)
    }

    pub fn project_file(&self, id: &str) -> PathBuf {
        self.project_dir(id).join(PROJECT_FILE)
    }
}

const HISTORY_INDEX: &str = "history-index.json";

/// The history index of the library whose projects folder holds the
/// project folder `project_dir`.
pub fn history_index_beside(project_dir: &Path) -> Option<PathBuf> {
    Some(project_dir.parent()?.parent()?.join(HISTORY_INDEX))
}

/// The project file inside a project folder.
pub fn file_in(dir: &Path) -> PathBuf {
    dir.join(PROJECT_FILE)
}

/// The folder of a project's own print templates, beside its file.
pub const PROJECT_TEMPLATES: &str = "templates";

/// Whether `dir` holds a print template.
pub fn has_templates(dir: &Path) -> bool {
    std::fs::read_dir(dir)
        .is_ok_and(|entries| entries.flatten().any(|e| e.path().extension().is_some_and(|x| x == "typ")))
}
