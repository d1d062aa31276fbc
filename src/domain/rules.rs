//! Field rules shared by every form and importer, so a date or an email is
//! judged the same way wherever it is typed.

use chrono::{NaiveDate, NaiveTime};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldError {
    Required,
    /// Not a date in any of the accepted forms, or a day that does not exist.
    BadDate,
    BadEmail,
    BadPhone,
    /// Not a whole number, or out of range.
    BadNumber,
    EndsBeforeStart,
    /// Not a time of day (`9:30`, `09.30`, `930`).
    BadTime,
}

/// The longest name, title or other one-line text a form takes. Real
/// titles of republican seminars stay under 300 letters; a longer one is a
/// paste gone wrong, and would only stretch every printed page.
pub const MAX_LINE_CHARS: usize = 500;
/// The longest note, goal or comment: several printed pages.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// Dates a form or a file may hold; anything else is a typing slip.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// `value` cut to at most `limit` characters, at a character boundary:
/// what a text field keeps of a paste that is too long.
pub fn at_most(value: &str, limit: usize) -> &str {
    match value.char_indices().nth(limit) {
        Some((end, _)) => &value[..end],
        None => value,
    }
}

pub fn required(value: &str) -> Result<String, FieldError> {
    let value = value.trim();
    if value.is_empty() { Err(FieldError::Required) } else { Ok(value.to_owned()) }
}

/// An optional text field: empty means none.
pub fn optional(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

/// A number typed with the Kazakh keyboard layout on: its number row
/// types «ә і ң ғ» for 2 to 5 and «ү ұ қ» for 8, 9 and 0, and a teacher
/// typing a time or a count should not have to switch layouts for it.
/// Every other character is left as it is.
pub fn keyboard_digits(value: &str) -> std::borrow::Cow<'_, str> {
    let digit = |c: char| match c {
        'ә' | 'Ә' => Some('2'),
        'і' | 'І' => Some('3'),
        'ң' | 'Ң' => Some('4'),
        'ғ' | 'Ғ' => Some('5'),
        'ү' | 'Ү' => Some('8'),
        'ұ' | 'Ұ' => Some('9'),
        'қ' | 'Қ' => Some('0'),
        _ => None,
    };
    if value.chars().all(|c| digit(c).is_none()) {
        return std::borrow::Cow::Borrowed(value);
    }
    std::borrow::Cow::Owned(value.chars().map(|c| digit(c).unwrap_or(c)).collect())
}

/// Dates as people in Kazakhstan and Kyrgyzstan type them (`01.02.2019`,
/// `1.2.2019`) and as ISO (`2019-02-01`).
pub fn parse_date(value: &str) -> Result<NaiveDate, FieldError> {
    let value = keyboard_digits(value.trim());
    let value = value.as_ref();
    if value.is_empty() {
        return Err(FieldError::Required);
    }
    let parse = |pattern| NaiveDate::parse_from_str(value, pattern).ok();
    parse("%d.%m.%Y")
        .or_else(|| parse("%Y-%m-%d"))
        .or_else(|| parse("%d/%m/%Y"))
        .filter(|d| YEARS.contains(&chrono::Datelike::year(d)))
        .ok_or(FieldError::BadDate)
}

/// The form in which a date is shown in an input field.
pub fn format_date_input(date: NaiveDate) -> String {
    date.format("%d.%m.%Y").to_string()
}

/// Times as they are written in programmes: `9:30`, `09.30`, `9-30`, and
/// `930` typed without the separator.
pub fn parse_time(value: &str) -> Result<NaiveTime, FieldError> {
    let value = keyboard_digits(value.trim());
    let value = value.as_ref();
    if value.is_empty() {
        return Err(FieldError::Required);
    }
    // Digits only from here on: every split below falls between ASCII
    // characters, never inside a letter of two bytes.
    if !value.chars().all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '-' | ' ')) {
        return Err(FieldError::BadTime);
    }
    let (hours, minutes) = match value.find([':', '.', '-', ' ']) {
        Some(at) => (&value[..at], &value[at + 1..]),
        None if value.len() > 2 => value.split_at(value.len() - 2),
        None => (value, "0"),
    };
    let number = |part: &str| part.trim().parse::<u32>().map_err(|_| FieldError::BadTime);
    NaiveTime::from_hms_opt(number(hours)?, number(minutes)?, 0).ok_or(FieldError::BadTime)
}

pub fn format_time(time: NaiveTime) -> String {
    time.format("%H:%M").to_string()
}

/// A start and an end typed as times; the end must come after the start.
pub fn parse_time_span(
    start: &str,
    end: &str,
) -> Result<(NaiveTime, NaiveTime), (Option<FieldError>, Option<FieldError>)> {
    match (parse_time(start), parse_time(end)) {
        (Ok(s), Ok(e)) if e <= s => Err((None, Some(FieldError::EndsBeforeStart))),
        (Ok(s), Ok(e)) => Ok((s, e)),
        (s, e) => Err((s.err(), e.err())),
    }
}

pub fn parse_period(
    start: &str,
    end: &str,
) -> Result<(NaiveDate, NaiveDate), (Option<FieldError>, Option<FieldError>)> {
    match (parse_date(start), parse_date(end)) {
        (Ok(s), Ok(e)) if e < s => Err((None, Some(FieldError::EndsBeforeStart))),
        (Ok(s), Ok(e)) => Ok((s, e)),
        (s, e) => Err((s.err(), e.err())),
    }
}

pub fn optional_email(value: &str) -> Result<Option<String>, FieldError> {
    let Some(value) = optional(value) else { return Ok(None) };
    let valid = match value.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !value.contains(char::is_whitespace)
                && !domain.contains('@')
        }
        None => false,
    };
    if valid { Ok(Some(value)) } else { Err(FieldError::BadEmail) }
}

/// Phone numbers are kept as typed, but must hold 5 to 15 digits and only
/// the characters people put between them.
pub fn optional_phone(value: &str) -> Result<Option<String>, FieldError> {
    let Some(value) = optional(value) else { return Ok(None) };
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let allowed = value.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c));
    if allowed && (5..=15).contains(&digits) { Ok(Some(value)) } else { Err(FieldError::BadPhone) }
}

pub fn optional_count(value: &str) -> Result<Option<u32>, FieldError> {
    let value = keyboard_digits(value.trim());
    if value.is_empty() {
        return Ok(None);
    }
    value.parse::<u32>().map(Some).map_err(|_| FieldError::BadNumber)
}

/// A whole number from 0 to `max`, as a count of lessons is typed.
pub fn count_up_to(value: &str, max: u32) -> Result<u32, FieldError> {
    match optional_count(value)? {
        Some(count) if count <= max => Ok(count),
        Some(_) => Err(FieldError::BadNumber),
        None => Err(FieldError::Required),
    }
}

/// A school grade, 1 to 12, or 0 for a pre-school group; empty is 0 (a
/// master class for teachers has no grade).
pub fn parse_grade(value: &str) -> Result<u8, FieldError> {
    match optional_count(value)? {
        None => Ok(0),
        Some(grade) if grade <= 12 => Ok(grade as u8),
        Some(_) => Err(FieldError::BadNumber),
    }
}

/// A comma- or semicolon-separated list, as subjects are typed.
pub fn split_list(value: &str) -> Vec<String> {
    value.split([',', ';']).filter_map(optional).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn times_as_programmes_write_them() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert_eq!(parse_time("9:30"), Ok(t(9, 30)));
        assert_eq!(parse_time(" 09.05 "), Ok(t(9, 5)));
        assert_eq!(parse_time("1415"), Ok(t(14, 15)));
        assert_eq!(parse_time("8"), Ok(t(8, 0)));
        assert_eq!(parse_time(""), Err(FieldError::Required));
        assert_eq!(parse_time("25:00"), Err(FieldError::BadTime));
        assert_eq!(parse_time("9:75"), Err(FieldError::BadTime));
        assert_eq!(parse_time("таңертең"), Err(FieldError::BadTime));
        // Typed with the Kazakh layout on: «ә1» is the keys 2 and 1.
        assert_eq!(parse_time("ә1"), Ok(t(21, 0)));
        assert_eq!(parse_time("ұ:іқ"), Ok(t(9, 30)));
        assert_eq!(parse_time("ұәғ"), Ok(t(9, 25)));
        assert_eq!(parse_time("әә:ғқ"), Ok(t(22, 50)));
        assert_eq!(parse_time("1ғ"), Ok(t(15, 0)));
        assert_eq!(parse_time("ж1"), Err(FieldError::BadTime));
        assert_eq!(parse_time("1ж00"), Err(FieldError::BadTime));
        assert_eq!(parse_time_span("10:00", "9:15"), Err((None, Some(FieldError::EndsBeforeStart))));
        assert_eq!(parse_time_span("10:00", "10:00"), Err((None, Some(FieldError::EndsBeforeStart))));
        assert_eq!(parse_time_span("x", "10:00"), Err((Some(FieldError::BadTime), None)));
        assert_eq!(format_time(t(9, 5)), "09:05");
    }

    use super::*;

    #[test]
    fn dates_in_local_and_iso_form() {
        let day = NaiveDate::from_ymd_opt(2019, 2, 1).unwrap();
        assert_eq!(parse_date("01.02.2019"), Ok(day));
        assert_eq!(parse_date(" 1.2.2019 "), Ok(day));
        assert_eq!(parse_date("2019-02-01"), Ok(day));
        assert_eq!(parse_date("30.02.2019"), Err(FieldError::BadDate));
        assert_eq!(parse_date("ертең"), Err(FieldError::BadDate));
        assert_eq!(parse_date("қ1.қә.әқ1ұ"), Ok(day));
        assert_eq!(parse_date("01.01.0000"), Err(FieldError::BadDate));
        assert_eq!(parse_date(""), Err(FieldError::Required));
        assert_eq!(parse_date(&format_date_input(day)), Ok(day));
    }

    #[test]
    fn period_must_not_end_before_it_starts() {
        assert_eq!(parse_period("02.02.2019", "01.02.2019"), Err((None, Some(FieldError::EndsBeforeStart))));
        assert!(parse_period("01.02.2019", "01.02.2019").is_ok());
        assert_eq!(parse_period("x", "01.02.2019"), Err((Some(FieldError::BadDate), None)));
    }

    #[test]
    fn emails_and_phones() {
        assert_eq!(optional_email(""), Ok(None));
        assert!(optional_email("g.kozhabekova@school57.kz").unwrap().is_some());
        for bad in ["kozhabekova", "a@b", "@school.kz", "a b@school.kz", "a@.kz"] {
            assert_eq!(optional_email(bad), Err(FieldError::BadEmail), "{bad}");
        }
        assert!(optional_phone("+7 (727) 123-45-67").unwrap().is_some());
        assert_eq!(optional_phone("123"), Err(FieldError::BadPhone));
        assert_eq!(optional_phone("8 701 abc"), Err(FieldError::BadPhone));
    }

    #[test]
    fn lists_and_counts() {
        assert_eq!(split_list("Қазақ тілі, Қазақ әдебиеті;; "), vec!["Қазақ тілі", "Қазақ әдебиеті"]);
        assert_eq!(optional_count(" 120 "), Ok(Some(120)));
        assert_eq!(optional_count("-3"), Err(FieldError::BadNumber));
        assert_eq!(optional_count("1әқ"), Ok(Some(120)));
        assert_eq!(parse_grade(""), Ok(0));
        assert_eq!(parse_grade("ұ"), Ok(9));
        assert_eq!(parse_grade("13"), Err(FieldError::BadNumber));
        assert_eq!(count_up_to("ң", 40), Ok(4));
        assert_eq!(count_up_to("41", 40), Err(FieldError::BadNumber));
        assert_eq!(at_most("Әсел", 2), "Әс");
        assert_eq!(at_most("Әсел", 9), "Әсел");
        assert_eq!(required("  "), Err(FieldError::Required));
    }
}
