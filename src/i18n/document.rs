//! Loaders for printed documents. A document has its own language (a
//! Kyrgyz report printed from a Russian window), so it cannot use the
//! window's loader, whose language the user switches at will.

use super::{Language, Localizations};
use i18n_embed::LanguageLoader;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use std::sync::LazyLock;

fn load(language: Language) -> FluentLanguageLoader {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    loader.load_fallback_language(&Localizations).expect("the English messages are embedded in the binary");
    let id: unic_langid::LanguageIdentifier =
        language.code().parse().expect("our language codes are valid identifiers");
    // All four message files are embedded and checked by the locale tests;
    // a failure could only leave English in place.
    if let Err(error) = i18n_embed::select(&loader, &Localizations, &[id]) {
        tracing::warn!(%error, "could not load a document language");
    }
    // Isolation marks would be printed as boxes around every name.
    loader.set_use_isolating(false);
    loader
}

static LOADERS: [LazyLock<FluentLanguageLoader>; 4] = [
    LazyLock::new(|| load(Language::Kk)),
    LazyLock::new(|| load(Language::Ru)),
    LazyLock::new(|| load(Language::Ky)),
    LazyLock::new(|| load(Language::En)),
];

/// The messages of one language, loaded once and kept.
pub fn document_loader(language: Language) -> &'static FluentLanguageLoader {
    let index = Language::ALL.iter().position(|l| *l == language).unwrap_or(3);
    &LOADERS[index]
}
