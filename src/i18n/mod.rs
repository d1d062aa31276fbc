//! Languages: the Fluent loader, the `fl!` macro, and the words that depend
//! on a language but are not plain messages (dates, domain problems).
//!
//! The loader is global because every view, printed document and command
//! line message reads from it; switching the language in Settings swaps its
//! bundles, and the next `view` shows the new words.

mod calendar;
mod conflicts;
mod dates;
mod document;
mod errors;
mod export;
mod feedback;
mod names;
mod observation;
mod problems;

pub use calendar::CalendarText;
pub use conflicts::describe_conflict;
pub use dates::{format_date_long, format_date_long_in, format_date_short, format_timestamp};
pub use document::{
    default_wording_in, document_loader, is_placeholder_title, lesson_title_in, wording_dear_in,
    wording_deed_in, wording_event_kind_in,
};
pub use errors::{
    describe_bundle_error, describe_io, describe_load_error, describe_merge, describe_read_error,
    describe_store_error, describe_update_error,
};
pub use export::{ExportText, export_name};
pub use feedback::{
    describe_csv_read_error, describe_lights, describe_list_file_error, describe_person_row,
    describe_row_problems, feedback_method_name, format_mean, light_name, target_name,
};
pub use names::{
    activity_kind_name, activity_kind_name_in, attendance_mode_name, award_kind_name, event_kind_name_in,
    format_name_in, level_name_in, month_name, month_name_in, observation_status_name, pair_status_name,
    pair_status_name_in, plan_form_name, plan_form_name_in, session_kind_name, session_kind_name_in,
};
pub use observation::{default_template, format_level_mean, level_name, scale_name};
pub use problems::{describe_edit_error, describe_field_error, describe_problem};

use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use i18n_embed::{LanguageLoader, LanguageRequester};
use rust_embed::RustEmbed;
use std::sync::LazyLock;

#[derive(RustEmbed)]
#[folder = "locales/"]
struct Localizations;

pub static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    loader.load_fallback_language(&Localizations).expect("the English messages are embedded in the binary");
    // Unicode isolation marks around arguments show as boxes in some fonts
    // and end up in printed documents; our arguments are names and numbers
    // that need no bidirectional isolation.
    loader.set_use_isolating(false);
    loader
});

/// Looks up a message in the current language; keys are checked against
/// `locales/en/adisker.ftl` at compile time.
#[macro_export]
macro_rules! fl {
    ($id:literal) => {{ i18n_embed_fl::fl!($crate::i18n::LOADER, $id) }};
    ($id:literal, $($args:tt)*) => {{ i18n_embed_fl::fl!($crate::i18n::LOADER, $id, $($args)*) }};
}

pub use crate::domain::Language;

/// The first of the system's preferred languages that we speak.
pub fn system_language() -> Language {
    i18n_embed::DesktopLanguageRequester::new()
        .requested_languages()
        .iter()
        .find_map(|id| Language::from_code(id.language.as_str()))
        .unwrap_or_default()
}

/// The language the user chose in the settings, or the system's.
pub fn language_of(settings: &crate::store::Settings) -> Language {
    settings.language.unwrap_or_else(system_language)
}

/// Switches every message to `language`.
pub fn set_language(language: Language) {
    let id: unic_langid::LanguageIdentifier =
        language.code().parse().expect("our language codes are valid identifiers");
    // The embedded files of all four languages are checked by tests; a
    // failure here could only leave the fallback in place, never crash.
    if let Err(error) = i18n_embed::select(&*LOADER, &Localizations, &[id]) {
        tracing::warn!(%error, "could not switch language");
    }
    // Loading bundles makes new ones, which isolate arguments again.
    LOADER.set_use_isolating(false);
}

pub fn current_language() -> Language {
    Language::from_code(LOADER.current_language().language.as_str()).unwrap_or_default()
}

/// The language an event's documents are printed in: its first, or the
/// window's when it names none.
pub fn event_language(event: Option<&crate::domain::Event>) -> Language {
    event
        .and_then(|e| e.languages.first())
        .and_then(|code| Language::from_code(code))
        .unwrap_or_else(current_language)
}

/// Every message key and value of one language, for the locale tests.
pub fn messages_of(language: Language) -> Vec<(String, String)> {
    let path = format!("{}/adisker.ftl", language.code());
    let file = Localizations::get(&path).expect("every language has a message file");
    let text = String::from_utf8_lossy(&file.data).into_owned();
    let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(resource, _)| resource);
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => {
                let value = m.value.as_ref().map(pattern_text).unwrap_or_default();
                Some((m.id.name.to_owned(), value))
            }
            _ => None,
        })
        .collect()
}

fn pattern_text(pattern: &fluent_syntax::ast::Pattern<&str>) -> String {
    use fluent_syntax::ast::PatternElement;
    pattern
        .elements
        .iter()
        .map(|e| match e {
            PatternElement::TextElement { value } => (*value).to_owned(),
            PatternElement::Placeable { .. } => "{}".to_owned(),
        })
        .collect()
}

/// A number with a fixed count of decimals, with the decimal comma that
/// Kazakh, Russian and Kyrgyz write.
pub fn format_decimal(value: f64, digits: usize) -> String {
    format_decimal_in(&LOADER, value, digits)
}

/// [`format_decimal`] in the language of `loader`: a document's, which
/// need not be the window's.
pub fn format_decimal_in(loader: &FluentLanguageLoader, value: f64, digits: usize) -> String {
    format!("{value:.digits$}").replace('.', &loader.get("decimal-separator"))
}
