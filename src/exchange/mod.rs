//! Files other programs read: an event's programme as a calendar for the
//! participants' phones, the register of numbers for Excel. Reads the model, never changes it.

pub mod feedback_csv;
pub mod ics;
pub mod register_csv;

pub use ics::{CalendarWords, event_to_ics};
