//! Every message exists in every language, and none is left in English.

use adisker::i18n::{self, Language};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::sync::Mutex;

static SERIAL: Mutex<()> = Mutex::new(());

/// Words that really are the same in every language.
const SAME_EVERYWHERE: &[&str] = &["app-title", "io-other"];

fn table(language: Language) -> BTreeMap<String, String> {
    i18n::messages_of(language).into_iter().collect()
}

#[test]
fn every_language_has_every_message() {
    let english = table(Language::En);
    assert!(english.len() > 100, "the English file is read");
    for language in [Language::Kk, Language::Ru, Language::Ky] {
        let other = table(language);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", language.code());
        assert!(extra.is_empty(), "{} has unknown {extra:?}", language.code());
    }
}

#[test]
fn no_message_is_left_in_english() {
    let english = table(Language::En);
    for language in [Language::Kk, Language::Ru, Language::Ky] {
        let untranslated: Vec<_> = table(language)
            .into_iter()
            .filter(|(key, value)| {
                !SAME_EVERYWHERE.contains(&key.as_str())
                    && english
                        .get(key)
                        .is_some_and(|en| en == value && en.chars().any(|c| c.is_ascii_alphabetic()))
            })
            .map(|(key, _)| key)
            .collect();
        assert!(untranslated.is_empty(), "{} still in English: {untranslated:?}", language.code());
    }
}

#[test]
fn kazakh_and_kyrgyz_hold_no_latin_words() {
    for language in [Language::Kk, Language::Ky] {
        for (key, value) in table(language) {
            let latin_word = value
                .split(|c: char| !c.is_alphabetic())
                .any(|word| word.len() >= 3 && word.chars().all(|c| c.is_ascii_alphabetic()));
            assert!(!latin_word, "{}: {key} = {value}", language.code());
        }
    }
}

#[test]
fn dates_are_written_the_local_way() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let day = NaiveDate::from_ymd_opt(2019, 2, 1).unwrap();
    let expected = [
        (Language::Kk, "2019 жылғы 1 ақпан"),
        (Language::Ru, "1 февраля 2019 г."),
        (Language::Ky, "2019-жылдын 1-февралы"),
        (Language::En, "1 February 2019"),
    ];
    for (language, text) in expected {
        i18n::set_language(language);
        assert_eq!(i18n::format_date_long(day), text);
    }
    i18n::set_language(Language::En);
}

#[test]
fn language_codes_follow_the_system_form() {
    assert_eq!(Language::from_code("kk-KZ"), Some(Language::Kk));
    assert_eq!(Language::from_code("ru_RU"), Some(Language::Ru));
    assert_eq!(Language::from_code("ky"), Some(Language::Ky));
    assert_eq!(Language::from_code("de-DE"), None);
}
