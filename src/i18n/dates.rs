//! Dates written the way each language writes them: «2019 жылғы 1 ақпан»,
//! «1 февраля 2019 г.», «2019-жылдын 1-февралы», «1 February 2019».

use chrono::{DateTime, Datelike, Local, NaiveDate, Utc};
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

pub fn format_date_long(date: NaiveDate) -> String {
    format_date_long_in(&super::LOADER, date)
}

/// A date in the language of `loader`: printed documents have their own
/// language, whatever the window speaks.
pub fn format_date_long_in(loader: &FluentLanguageLoader, date: NaiveDate) -> String {
    fl!(
        loader,
        "date-long",
        year = date.year().to_string(),
        day = date.day().to_string(),
        month = month_genitive(loader, date.month())
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

fn month_genitive(loader: &FluentLanguageLoader, month: u32) -> String {
    match month {
        1 => fl!(loader, "month-1"),
        2 => fl!(loader, "month-2"),
        3 => fl!(loader, "month-3"),
        4 => fl!(loader, "month-4"),
        5 => fl!(loader, "month-5"),
        6 => fl!(loader, "month-6"),
        7 => fl!(loader, "month-7"),
        8 => fl!(loader, "month-8"),
        9 => fl!(loader, "month-9"),
        10 => fl!(loader, "month-10"),
        11 => fl!(loader, "month-11"),
        _ => fl!(loader, "month-12"),
    }
}
