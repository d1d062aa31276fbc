//! The user's preferences, kept in `settings.json`.

use super::atomic::write_atomic;
use crate::domain::Language;
use serde::{Deserialize, Serialize};
use std::io;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThemeChoice {
    #[default]
    Light,
    Dark,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Settings {
    /// None until the user chooses; until then the system's language is
    /// used (`i18n::language_of`).
    #[serde(default)]
    pub language: Option<Language>,
    #[serde(default)]
    pub theme: ThemeChoice,
    /// Whether the example project was offered already.
    #[serde(default)]
    pub sample_offered: bool,
}

impl Settings {
    /// Missing or unreadable settings fall back to defaults: losing a
    /// preference is better than refusing to start.
    pub fn load(path: &Path) -> Settings {
        std::fs::read(path).ok().and_then(|bytes| serde_json::from_slice(&bytes).ok()).unwrap_or_default()
    }

    pub fn save(&self, path: &Path) -> io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let bytes = serde_json::to_vec_pretty(self).map_err(io::Error::other)?;
        write_atomic(path, &bytes, false)
    }
}
