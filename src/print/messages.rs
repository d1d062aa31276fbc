//! Printing's errors in the window's language, for the print screen and
//! the command line.

use super::sandbox::Limit;
use super::{PeopleSet, PrintError};
use crate::fl;

pub fn people_set_name(set: &PeopleSet) -> String {
    match set {
        PeopleSet::All => fl!("print-people-all"),
        PeopleSet::Teachers => fl!("print-people-teachers"),
        PeopleSet::Mentors => fl!("print-mentor-people"),
        PeopleSet::Present => fl!("print-people-present"),
        PeopleSet::Chosen(_) => fl!("print-people-chosen"),
    }
}

pub fn describe_print_error(error: &PrintError) -> String {
    match error {
        PrintError::NoEvent => fl!("print-error-no-event"),
        PrintError::NoSessions { event } => fl!("print-error-no-sessions", event = event.as_str()),
        PrintError::NoRegistrations { event } => fl!("print-error-no-registrations", event = event.as_str()),
        PrintError::Nobody { event, people } => {
            fl!("print-error-nobody", event = event.as_str(), group = people_set_name(people))
        }
        PrintError::NoObservationTemplate => fl!("print-error-no-sheet"),
        PrintError::NoObservation => fl!("print-error-no-observation"),
        PrintError::NoNominations { event } => fl!("print-error-no-nominations", event = event.as_str()),
        PrintError::NoAwards { event } => fl!("print-error-no-awards", event = event.as_str()),
        PrintError::NoSubject(kind) => fl!("print-network-no-subject", what = kind.code()),
        PrintError::NobodyToCertify { kind, title } => {
            let what = if *kind == super::SubjectKind::Course { "passed" } else { "mentors" };
            fl!("print-network-nobody", what = what, title = title.as_str())
        }
        PrintError::NoWordCopy { document } => {
            fl!("print-error-no-word", document = document.as_str(), pdf = ".pdf", app = "Word")
        }
        PrintError::Template { file, line, column, message, user } => {
            let text = fl!(
                "print-error-template",
                file = file.as_str(),
                line = line.to_string(),
                column = column.to_string(),
                error = message.as_str()
            );
            if *user { format!("{text} {}", fl!("print-error-template-user")) } else { text }
        }
        PrintError::Pdf(error) => fl!("print-error-pdf", error = error.as_str()),
        PrintError::TemplateLimit { file, limit } => {
            let seconds = super::sandbox::TIME_LIMIT.as_secs();
            let text = match limit {
                Limit::Time => fl!("print-limit-time", file = file.as_str(), seconds = seconds),
                Limit::Memory => {
                    let megabytes = super::sandbox::MEMORY_LIMIT / (1024 * 1024);
                    fl!("print-limit-memory", file = file.as_str(), megabytes = megabytes)
                }
                Limit::Pages(pages) => {
                    let (pages, limit) = (*pages, super::sandbox::PAGE_LIMIT);
                    fl!("print-limit-pages", file = file.as_str(), pages = pages, limit = limit)
                }
                Limit::Failed => fl!("print-limit-failed", file = file.as_str()),
            };
            format!("{text} {}", fl!("print-error-template-user"))
        }
        PrintError::Crashed(reason) => fl!("app-work-crashed", reason = reason.as_str()),
    }
}
