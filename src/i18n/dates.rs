//! Dates written the way each language writes them: «2019 жылғы 1 ақпан»,
//! «1 февраля 2019 г.», «2019-жылдын 1-февралы», «1 February 2019».

use crate::fl;
use chrono::{DateTime, Datelike, Local, NaiveDate, Utc};

pub fn format_date_long(date: NaiveDate) -> String {
    fl!(
        "date-long",
        year = date.year().to_string(),
        day = date.day().to_string(),
        month = month_genitive(date.month())
    )
}

/// The numeric form used in tables and input fields in all four countries'
/// paperwork.
pub fn format_date_short(date: NaiveDate) -> String {
    date.format("%d.%m.%Y").to_string()
}

/// A file's last change, in the user's local time.
pub fn format_timestamp(at: DateTime<Utc>) -> String {
    let local = at.with_timezone(&Local);
    format!("{} {}", format_date_short(local.date_naive()), local.format("%H:%M"))
}

fn month_genitive(month: u32) -> String {
    match month {
        1 => fl!("month-1"),
        2 => fl!("month-2"),
        3 => fl!("month-3"),
        4 => fl!("month-4"),
        5 => fl!("month-5"),
        6 => fl!("month-6"),
        7 => fl!("month-7"),
        8 => fl!("month-8"),
        9 => fl!("month-9"),
        10 => fl!("month-10"),
        11 => fl!("month-11"),
        _ => fl!("month-12"),
    }
}
