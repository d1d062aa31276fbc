//! Files other programs write and read: an event's programme as a calendar
//! for the participants' phones, lists for Excel, and feedback and lists of
//! people from spreadsheets, previewed before they become edits of the
//! project.

pub mod export;
pub mod feedback_csv;
pub mod ics;
pub mod online_attendance;
pub mod people_import;
pub mod spreadsheet;
pub mod table;

pub use ics::{CalendarWords, event_to_ics};
