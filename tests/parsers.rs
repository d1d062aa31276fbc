//! Every parser of what a user types or a file brings, fed any string: it
//! answers with a value or an error, and never panics. Strings are drawn
//! from all of Unicode and, more often, from the characters our users
//! actually type: Kazakh and Kyrgyz letters (two bytes each in UTF-8, the
//! usual cause of a split inside a character), digits and separators.

use adisker::cli::printable;
use adisker::domain::awards::Series;
use adisker::domain::feedback::{parse_light, parse_rating};
use adisker::domain::{collate, registration, rules};
use adisker::exchange::feedback_csv::{self, Mapping};
use adisker::sample;
use proptest::prelude::*;

/// Text as typed on a school PC: Cyrillic with the Kazakh and Kyrgyz
/// letters, digits, the separators of dates and times, spaces, and now
/// and then anything at all.
fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[0-9әіңғүұқөһӘІҢҒҮҰҚӨҺа-яА-ЯёЁ:.,;/ \\-+@()\t\"']{0,24}",
        1 => any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn times_dates_and_numbers(value in typed(), other in typed()) {
        let _ = rules::parse_time(&value);
        let _ = rules::parse_time_span(&value, &other);
        let _ = rules::parse_date(&value);
        let _ = rules::parse_period(&value, &other);
        let _ = rules::optional_count(&value);
        let _ = rules::count_up_to(&value, 40);
        let _ = rules::parse_grade(&value);
        let _ = rules::optional_email(&value);
        let _ = rules::optional_phone(&value);
        let _ = rules::split_list(&value);
        let _ = rules::required(&value);
        let _ = parse_rating(&value);
        let _ = parse_light(&value);
        let series = Series::parse(&value);
        let _ = series.number(u32::MAX);
    }

    #[test]
    fn what_a_parser_accepts_is_in_range(value in typed()) {
        if let Ok(time) = rules::parse_time(&value) {
            // A time read back from its own text is itself.
            prop_assert_eq!(rules::parse_time(&rules::format_time(time)), Ok(time));
        }
        if let Ok(date) = rules::parse_date(&value) {
            prop_assert!(rules::YEARS.contains(&chrono::Datelike::year(&date)));
            prop_assert_eq!(rules::parse_date(&rules::format_date_input(date)), Ok(date));
        }
        if let Ok(Some(rating)) = parse_rating(&value) {
            prop_assert!((1..=5).contains(&rating));
        }
        if let Ok(grade) = rules::parse_grade(&value) {
            prop_assert!(grade <= 12);
        }
    }

    #[test]
    fn cutting_a_text_keeps_whole_letters(value in typed(), limit in 0usize..30) {
        let cut = rules::at_most(&value, limit);
        prop_assert!(value.starts_with(cut));
        prop_assert!(cut.chars().count() <= limit);
    }

    #[test]
    fn names_are_compared_and_searched(a in typed(), b in typed()) {
        let _ = collate::alphabetical(&a, &b);
        let _ = collate::alphabetical_key(&a).count();
        let _ = registration::quick_person(&a, None, &b);
    }

    #[test]
    fn terminal_text(value in any::<String>()) {
        let safe = printable(&value, false);
        prop_assert!(!safe.chars().any(char::is_control));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// A CSV file of any bytes, then its columns used every way: read,
    /// mapped, previewed and turned into entries.
    #[test]
    fn feedback_csv_of_any_content(bytes in prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..400),
        "[a-zа-яәіңғүұқө0-9,;\t\"\n\r ]{0,300}".prop_map(String::into_bytes),
    ]) {
        let project = sample::small(sample::REFERENCE_TIME.parse().unwrap());
        let event = &project.events[0];
        if let Ok(table) = feedback_csv::read(&bytes) {
            let mut mapping = Mapping::guess(&table, event);
            let uses = [
                feedback_csv::ColumnUse::Respondent,
                feedback_csv::ColumnUse::Session,
                feedback_csv::ColumnUse::Coins,
                feedback_csv::ColumnUse::Light,
                feedback_csv::ColumnUse::Question("q1".into()),
                feedback_csv::ColumnUse::Comment,
            ];
            for (i, column) in mapping.columns.iter_mut().enumerate() {
                *column = uses[i % uses.len()].clone();
            }
            let now = sample::REFERENCE_TIME.parse().unwrap();
            let preview = feedback_csv::preview(&table, &mapping, &project, event, now);
            let _ = preview.entries(true);
            let _ = preview.entries(false);
        }
    }
}
