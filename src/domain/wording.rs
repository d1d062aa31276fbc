//! The words of certificates, letters and diplomas: a text per kind of
//! award, with places such as `{event}` that each person's page fills in.
//! The defaults live with the languages; a project may keep its own
//! wording per kind and language.

use super::model::Project;

/// What a page says, by what the person did or got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WordingKind {
    /// A certificate of taking part.
    Participation,
    /// A certificate for an open lesson given.
    OpenLesson,
    /// A certificate for a master class given.
    MasterClass,
    /// A letter of thanks: a greeting line, then the thanks.
    Letter,
    /// A nomination diploma.
    Nomination,
}

impl WordingKind {
    pub const ALL: [WordingKind; 5] = [
        WordingKind::Participation,
        WordingKind::OpenLesson,
        WordingKind::MasterClass,
        WordingKind::Letter,
        WordingKind::Nomination,
    ];

    /// The key in the project file.
    pub fn code(self) -> &'static str {
        match self {
            WordingKind::Participation => "participation",
            WordingKind::OpenLesson => "open_lesson",
            WordingKind::MasterClass => "master_class",
            WordingKind::Letter => "letter",
            WordingKind::Nomination => "nomination",
        }
    }

    /// The document whose settings keep this wording.
    pub fn document_code(self) -> &'static str {
        match self {
            WordingKind::Participation | WordingKind::OpenLesson | WordingKind::MasterClass => "certificates",
            WordingKind::Letter => "letters",
            WordingKind::Nomination => "diplomas",
        }
    }

    /// The places this wording can name; others are printed as typed.
    pub fn places(self) -> &'static [Place] {
        use Place::*;
        match self {
            WordingKind::Participation => &[Event, Kind, Theme],
            WordingKind::OpenLesson => &[Event, Kind, Theme, Topic, Lesson],
            WordingKind::MasterClass => &[Event, Kind, Theme, Session],
            WordingKind::Letter => &[Event, Kind, Theme, Addressed, Dear, Deed],
            WordingKind::Nomination => &[Event, Kind, Theme, Nomination],
        }
    }
}

/// A place in a wording, written `{code}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Place {
    /// The event's title.
    Event,
    /// The kind of event, in the form the language's wording needs.
    Kind,
    Theme,
    /// The open lesson's topic.
    Topic,
    /// Subject, grade and class of the open lesson.
    Lesson,
    /// The master class's title.
    Session,
    /// The name a letter greets: first name and patronymic.
    Addressed,
    /// The greeting word where a language writes it by the person's gender.
    Dear,
    /// What the person did, as a letter thanks her for it.
    Deed,
    Nomination,
}

impl Place {
    pub const ALL: [Place; 10] = [
        Place::Event,
        Place::Kind,
        Place::Theme,
        Place::Topic,
        Place::Lesson,
        Place::Session,
        Place::Addressed,
        Place::Dear,
        Place::Deed,
        Place::Nomination,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Place::Event => "event",
            Place::Kind => "kind",
            Place::Theme => "theme",
            Place::Topic => "topic",
            Place::Lesson => "lesson",
            Place::Session => "session",
            Place::Addressed => "addressed",
            Place::Dear => "dear",
            Place::Deed => "deed",
            Place::Nomination => "nomination",
        }
    }

    fn from_code(code: &str) -> Option<Place> {
        Place::ALL.into_iter().find(|p| p.code() == code)
    }
}

impl Project {
    /// The project's own wording of `kind` in `language`, if it has one.
    pub fn wording(&self, kind: WordingKind, language: &str) -> Option<&str> {
        self.documents
            .get(kind.document_code())?
            .wording
            .get(kind.code())?
            .get(language)
            .map(String::as_str)
            .filter(|text| !text.trim().is_empty())
    }
}

/// `wording` with each known `{place}` replaced by its value. A place
/// left empty takes with it the brackets or quotes that were only around
/// it, so a lesson with no subject prints no «()». Unknown places and
/// lone braces are printed as typed: the wording is the user's text.
pub fn fill(wording: &str, value: impl Fn(Place) -> String) -> String {
    let mut out = String::with_capacity(wording.len() + 64);
    let mut rest = wording;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').map(|close| (close, Place::from_code(after[..close].trim()))) {
            Some((close, Some(place))) => {
                out.push_str(&value(place));
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    tidy(&out)
}

/// Takes away what an empty place leaves behind: empty brackets and
/// quotes, doubled spaces, a space before a comma or a stop.
fn tidy(text: &str) -> String {
    text.lines()
        .map(|line| {
            let mut line = line.to_owned();
            for empty in ["()", "«»", "“”", "\"\""] {
                line = line.replace(empty, "");
            }
            let mut words = line.split_whitespace().collect::<Vec<_>>().join(" ");
            for mark in [",", ".", "!", ";", ":"] {
                words = words.replace(&format!(" {mark}"), mark);
            }
            words
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The part of a full name a letter greets: «Жанат Серікұлы» of «Құрбан
/// Жанат Серікұлы». Names are written surname first in our schools; a
/// name of one or two words is greeted whole.
pub fn addressed(full_name: &str) -> String {
    let words: Vec<&str> = full_name.split_whitespace().collect();
    if words.len() >= 3 { words[1..].join(" ") } else { words.join(" ") }
}

/// What a person did at the event, which decides her certificate's
/// wording and what her letter thanks her for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Deed {
    Participation,
    OpenLesson { topic: String },
    MasterClass { title: String },
}

impl Deed {
    pub fn wording(&self) -> WordingKind {
        match self {
            Deed::Participation => WordingKind::Participation,
            Deed::OpenLesson { .. } => WordingKind::OpenLesson,
            Deed::MasterClass { .. } => WordingKind::MasterClass,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

/// The gender a Russian greeting needs, read from the patronymic
/// (-вна, -қызы / -ович, -ұлы, -уулу) or else the surname (-ова / -ов);
/// `None` when the name does not tell.
pub fn gender_of(full_name: &str) -> Option<Gender> {
    let lower = full_name.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let last = words.last()?;
    const FEMALE_ENDS: [&str; 6] = ["вна", "чна", "қызы", "кызы", "гызы", "кизи"];
    const MALE_ENDS: [&str; 6] = ["вич", "ьич", "ұлы", "улы", "уулу", "оглы"];
    if words.len() >= 2 {
        if FEMALE_ENDS.iter().any(|e| last.ends_with(e)) {
            return Some(Gender::Female);
        }
        if MALE_ENDS.iter().any(|e| last.ends_with(e)) {
            return Some(Gender::Male);
        }
    }
    let surname = words.first()?;
    if ["ова", "ева", "ина", "ская"].iter().any(|e| surname.ends_with(e)) {
        Some(Gender::Female)
    } else if ["ов", "ев", "ин", "ский"].iter().any(|e| surname.ends_with(e)) {
        Some(Gender::Male)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn values(place: Place) -> String {
        match place {
            Place::Event => "Шамшырақ".into(),
            Place::Lesson => String::new(),
            Place::Topic => "Бөлшектер".into(),
            _ => String::new(),
        }
    }

    #[test]
    fn places_are_filled_and_what_an_empty_one_leaves_is_taken_away() {
        let filled =
            fill("«{event}» аясында «{topic}» тақырыбында ашық сабақ ({lesson}) өткізгені үшін.", values);
        assert_eq!(filled, "«Шамшырақ» аясында «Бөлшектер» тақырыбында ашық сабақ өткізгені үшін.");
    }

    #[test]
    fn unknown_places_and_lone_braces_stay_as_typed() {
        assert_eq!(fill("{ event } {мекен} {", values), "Шамшырақ {мекен} {");
        assert_eq!(fill("}{}{{event}", values), "}{}{Шамшырақ");
    }

    #[test]
    fn lines_stay_lines() {
        assert_eq!(fill("Құрметті {addressed}!\nРақмет", |_| "Айгүл".into()), "Құрметті Айгүл!\nРақмет");
    }

    #[test]
    fn a_letter_greets_the_first_name_and_patronymic() {
        assert_eq!(addressed("Құрбан Жанат Серікұлы"), "Жанат Серікұлы");
        assert_eq!(addressed("  Асанова   Айгүл Серік қызы "), "Айгүл Серік қызы");
        assert_eq!(addressed("Құрбан Жанат"), "Құрбан Жанат");
    }

    #[test]
    fn gender_is_read_from_the_patronymic_or_the_surname() {
        assert_eq!(gender_of("Иванова Анна Сергеевна"), Some(Gender::Female));
        assert_eq!(gender_of("Құрбан Жанат Серікұлы"), Some(Gender::Male));
        assert_eq!(gender_of("Асанова Айгүл Серік қызы"), Some(Gender::Female));
        assert_eq!(gender_of("Петров Иван"), Some(Gender::Male));
        assert_eq!(gender_of("Құрбан Жанат"), None);
        assert_eq!(gender_of(""), None);
    }

    proptest! {
        #[test]
        fn any_wording_fills_without_panic(wording in any::<String>(), name in any::<String>()) {
            let _ = fill(&wording, |_| name.clone());
            let _ = addressed(&name);
            let _ = gender_of(&name);
        }
    }
}
