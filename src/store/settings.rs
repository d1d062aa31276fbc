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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// Where the window was, to open it there again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window: Option<WindowGeometry>,
    /// The size of everything on screen, in percent: larger for older eyes
    /// and low-resolution screens.
    #[serde(default = "hundred")]
    pub zoom: u16,
    /// The event each project was last working on, by the project's id.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub current_events: std::collections::BTreeMap<String, String>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            language: None,
            theme: ThemeChoice::default(),
            sample_offered: false,
            window: None,
            zoom: hundred(),
            current_events: Default::default(),
        }
    }
}

fn hundred() -> u16 {
    100
}

/// The zooms the settings offer.
pub const ZOOMS: [u16; 6] = [90, 100, 110, 125, 140, 150];

/// The window's size and place on the screen, in logical pixels.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct WindowGeometry {
    pub width: f32,
    pub height: f32,
    #[serde(default)]
    pub x: Option<f32>,
    #[serde(default)]
    pub y: Option<f32>,
}

impl Settings {
    /// Missing or unreadable settings fall back to defaults: losing a
    /// preference is better than refusing to start.
    pub fn load(path: &Path) -> Settings {
        std::fs::read(path).ok().and_then(|bytes| serde_json::from_slice(&bytes).ok()).unwrap_or_default()
    }

    /// The zoom as a factor, kept within what the settings offer.
    pub fn zoom_factor(&self) -> f32 {
        f32::from(self.zoom.clamp(ZOOMS[0], ZOOMS[ZOOMS.len() - 1])) / 100.0
    }

    pub fn save(&self, path: &Path) -> io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let bytes = serde_json::to_vec_pretty(self).map_err(io::Error::other)?;
        write_atomic(path, &bytes, false)
    }
}
