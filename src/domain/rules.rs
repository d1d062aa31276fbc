//! Field rules shared by every form and importer, so a date or an email is
//! judged the same way wherever it is typed.

use chrono::NaiveDate;

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

/// Dates as people in Kazakhstan and Kyrgyzstan type them (`01.02.2019`,
/// `1.2.2019`) and as ISO (`2019-02-01`).
pub fn parse_date(value: &str) -> Result<NaiveDate, FieldError> {
    let value = value.trim();
    if value.is_empty() {
        return Err(FieldError::Required);
    }
    let parse = |pattern| NaiveDate::parse_from_str(value, pattern).ok();
    parse("%d.%m.%Y")
        .or_else(|| parse("%Y-%m-%d"))
        .or_else(|| parse("%d/%m/%Y"))
        .filter(|d| (1900..=2200).contains(&chrono::Datelike::year(d)))
        .ok_or(FieldError::BadDate)
}

/// The form in which a date is shown in an input field.
pub fn format_date_input(date: NaiveDate) -> String {
    date.format("%d.%m.%Y").to_string()
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
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    value.parse::<u32>().map(Some).map_err(|_| FieldError::BadNumber)
}

/// A comma- or semicolon-separated list, as subjects are typed.
pub fn split_list(value: &str) -> Vec<String> {
    value.split([',', ';']).filter_map(optional).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_local_and_iso_form() {
        let day = NaiveDate::from_ymd_opt(2019, 2, 1).unwrap();
        assert_eq!(parse_date("01.02.2019"), Ok(day));
        assert_eq!(parse_date(" 1.2.2019 "), Ok(day));
        assert_eq!(parse_date("2019-02-01"), Ok(day));
        assert_eq!(parse_date("30.02.2019"), Err(FieldError::BadDate));
        assert_eq!(parse_date("ертең"), Err(FieldError::BadDate));
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
        assert_eq!(required("  "), Err(FieldError::Required));
    }
}
