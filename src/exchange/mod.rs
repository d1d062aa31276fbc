//! Files other programs read: an event's programme as a calendar for the
//! participants' phones. Reads the model, never changes it.

pub mod feedback_csv;
pub mod ics;

pub use ics::{CalendarWords, event_to_ics};
