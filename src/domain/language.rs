//! The languages the app speaks and prints in. An event's languages and a
//! user's choice are data like any other; the words of each language live
//! in `i18n`.

use serde::{Deserialize, Serialize};

/// The languages the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Kk,
    Ru,
    Ky,
    #[default]
    En,
}

impl Language {
    pub const ALL: [Language; 4] = [Language::Kk, Language::Ru, Language::Ky, Language::En];

    pub fn code(self) -> &'static str {
        match self {
            Language::Kk => "kk",
            Language::Ru => "ru",
            Language::Ky => "ky",
            Language::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Each language's name in itself, the same whatever the UI language,
    /// so a user who cannot read the current one still finds her own.
    pub fn endonym(self) -> &'static str {
        match self {
            Language::Kk => "Қазақша",
            Language::Ru => "Русский",
            Language::Ky => "Кыргызча",
            Language::En => "English",
        }
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.endonym())
    }
}
