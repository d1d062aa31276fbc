//! Any text typed into a field: times, dates, counts, grades, ratings,
//! lights, a certificate series, e-mail and phone. Each parser answers
//! with a value or an error and never panics, and what it accepts is in
//! range and reads back the same from its own text.

#![no_main]

use adisker::domain::awards::Series;
use adisker::domain::feedback::{parse_light, parse_rating};
use adisker::domain::rules;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (first, second) = text.split_at(text.char_indices().nth(text.chars().count() / 2).map_or(0, |(i, _)| i));
    if let Ok(time) = rules::parse_time(text) {
        assert_eq!(rules::parse_time(&rules::format_time(time)), Ok(time));
    }
    if let Ok(date) = rules::parse_date(text) {
        assert!(rules::YEARS.contains(&date.format("%Y").to_string().parse::<i32>().unwrap_or(0)));
        assert_eq!(rules::parse_date(&rules::format_date_input(date)), Ok(date));
    }
    let _ = rules::parse_time_span(first, second);
    let _ = rules::parse_period(first, second);
    let _ = rules::optional_count(text);
    if let Ok(grade) = rules::parse_grade(text) {
        assert!(grade <= 12);
    }
    let _ = rules::count_up_to(text, 40);
    let _ = rules::optional_email(text);
    let _ = rules::optional_phone(text);
    let _ = rules::split_list(text);
    if let Ok(Some(rating)) = parse_rating(text) {
        assert!((1..=5).contains(&rating));
    }
    let _ = parse_light(text);
    let series = Series::parse(text);
    let _ = series.number(u32::MAX);
    let cut = rules::at_most(text, 7);
    assert!(text.starts_with(cut));
    let safe = adisker::cli::printable(text, false);
    assert!(!safe.chars().any(char::is_control));
});
