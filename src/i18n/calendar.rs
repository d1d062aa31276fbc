//! The words of a calendar export, in the user's language.

use crate::domain::SessionKind;
use crate::exchange::CalendarWords;
use crate::fl;

/// The calendar's words from the current language's messages.
pub struct CalendarText;

impl CalendarWords for CalendarText {
    fn lesson_summary(&self, title: &str, subject: &str, grade: u8) -> String {
        fl!("ics-lesson-summary", title = title, subject = subject, grade = grade)
    }

    fn topic(&self, topic: &str) -> String {
        fl!("ics-topic", topic = topic)
    }

    fn teachers(&self, names: &[String]) -> String {
        fl!("ics-teachers", count = names.len(), names = names.join(", "))
    }

    fn responsible(&self, names: &[String]) -> String {
        fl!("ics-responsible", count = names.len(), names = names.join(", "))
    }

    fn category(&self, kind: SessionKind) -> String {
        super::session_kind_name(kind)
    }
}
