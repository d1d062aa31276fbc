//! Loaders for printed documents. A document has its own language (a
//! Kyrgyz report printed from a Russian window), so it cannot use the
//! window's loader, whose language the user switches at will.

use super::{Language, Localizations};
use i18n_embed::LanguageLoader;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use std::sync::LazyLock;

fn load(language: Language) -> FluentLanguageLoader {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    let id: unic_langid::LanguageIdentifier =
        language.code().parse().expect("our language codes are valid identifiers");
    // Selecting a language loads English under it too; loading English
    // first as well would read its hundred kilobytes twice on every print
    // from the command line. All four message files are embedded and
    // checked by the locale tests; a failure could only leave English.
    if let Err(error) = i18n_embed::select(&loader, &Localizations, &[id]) {
        tracing::warn!(%error, "could not load a document language");
        loader
            .load_fallback_language(&Localizations)
            .expect("the English messages are embedded in the binary");
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

/// «Математика, 9-сынып»: the title a lesson goes by until its author
/// gives it one of her own. `None` without a subject, which says nothing.
pub fn lesson_title_in(loader: &FluentLanguageLoader, lesson: &crate::domain::Lesson) -> Option<String> {
    let subject = lesson.subject.trim();
    if subject.is_empty() {
        return None;
    }
    if lesson.grade == 0 {
        return Some(subject.to_owned());
    }
    Some(match lesson.class_letter.as_deref().map(str::trim) {
        Some(letter) if !letter.is_empty() => {
            i18n_embed_fl::fl!(
                loader,
                "lesson-auto-title-letter",
                subject = subject,
                grade = lesson.grade,
                letter = letter
            )
        }
        _ => i18n_embed_fl::fl!(loader, "lesson-auto-title", subject = subject, grade = lesson.grade),
    })
}

/// Whether `title` is only what a new session was called before anyone
/// named it («Ашық сабақ 3», «Жаңа бөлім»), in any of the four languages:
/// such a title must not reach a printed page.
pub fn is_placeholder_title(title: &str) -> bool {
    let title = title.trim();
    Language::ALL.iter().map(|l| document_loader(*l)).any(|loader| {
        let numbered = |key: &str| {
            let word = loader.get(key);
            title.strip_prefix(word.as_str()).is_some_and(|rest| {
                let number = rest.trim_start();
                rest.len() > number.len() && !number.is_empty() && number.chars().all(|c| c.is_ascii_digit())
            })
        };
        title == loader.get("programme-new-session") || numbered("template-open-lesson")
    })
}

/// A language's own wording of `kind`, its places written `{event}` as a
/// user edits them.
pub fn default_wording_in(
    loader: &FluentLanguageLoader,
    kind: crate::domain::wording::WordingKind,
) -> String {
    use crate::domain::wording::{Place, WordingKind};
    let args: std::collections::HashMap<&str, String> =
        Place::ALL.iter().map(|p| (p.code(), format!("{{{}}}", p.code()))).collect();
    let key = match kind {
        WordingKind::Participation => "wording-participation",
        WordingKind::OpenLesson => "wording-open-lesson",
        WordingKind::MasterClass => "wording-master-class",
        WordingKind::Letter => "wording-letter",
        WordingKind::Nomination => "wording-nomination",
    };
    loader.get_args(key, args)
}

/// The kind of event in the form the language's wordings put it: «семинар»
/// in «… атты семинар жұмысына», «семинара» in «в работе семинара».
pub fn wording_event_kind_in(loader: &FluentLanguageLoader, kind: crate::domain::EventKind) -> String {
    let code =
        serde_json::to_value(kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
    i18n_embed_fl::fl!(loader, "wording-kind", kind = code)
}

/// «Уважаемая» or «Уважаемый» where the language greets by gender.
pub fn wording_dear_in(
    loader: &FluentLanguageLoader,
    gender: Option<crate::domain::wording::Gender>,
) -> String {
    use crate::domain::wording::Gender;
    let gender = match gender {
        Some(Gender::Female) => "female",
        Some(Gender::Male) => "male",
        None => "other",
    };
    i18n_embed_fl::fl!(loader, "wording-dear", gender = gender)
}

/// What a person did at the event, as a letter of thanks says it to her.
pub fn wording_deed_in(loader: &FluentLanguageLoader, deed: &crate::domain::wording::Deed) -> String {
    use crate::domain::wording::Deed;
    match deed {
        Deed::Participation => i18n_embed_fl::fl!(loader, "wording-deed-participation"),
        Deed::OpenLesson { topic } => {
            i18n_embed_fl::fl!(loader, "wording-deed-open-lesson", topic = topic.as_str())
        }
        Deed::MasterClass { title } => {
            i18n_embed_fl::fl!(loader, "wording-deed-master-class", title = title.as_str())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_numbered_titles_of_the_template_are_placeholders_in_every_language() {
        assert!(is_placeholder_title("Ашық сабақ 1"));
        assert!(is_placeholder_title("Открытый урок 12"));
        assert!(is_placeholder_title(&document_loader(Language::Ky).get("programme-new-session")));
        assert!(!is_placeholder_title("Ашық сабақ: қазақ тілі, 5-сынып"));
        assert!(!is_placeholder_title("Ашық сабақ"), "the kind alone is a fair title");
        assert!(!is_placeholder_title("Ашық сабақ1 және басқалар"));
    }

    #[test]
    fn a_lesson_is_titled_by_its_subject_and_grade() {
        let lesson = crate::domain::Lesson {
            subject: "Математика".into(),
            grade: 9,
            class_letter: Some("Ә".into()),
            ..Default::default()
        };
        assert_eq!(
            lesson_title_in(document_loader(Language::Kk), &lesson).unwrap(),
            "Математика, 9 «Ә» сынып"
        );
        let plain = crate::domain::Lesson { class_letter: None, ..lesson };
        assert_eq!(lesson_title_in(document_loader(Language::Ru), &plain).unwrap(), "Математика, 9 класс");
        let no_subject = crate::domain::Lesson { grade: 9, ..Default::default() };
        assert_eq!(lesson_title_in(document_loader(Language::Kk), &no_subject), None);
    }
}
