//! Feedback's words: methods, lights, means written the local way, and the
//! problems of an imported file.

use crate::domain::feedback::LightCounts;
use crate::domain::{Event, FeedbackMethod, FeedbackTarget, TrafficLight};
use crate::exchange::feedback_csv::{ReadError, RowProblem};
use crate::exchange::people_import::{PeopleProblem, PersonRow, RowOutcome};
use crate::exchange::table::{ListFileError, MAX_LIST_BYTES};
use crate::fl;

pub fn feedback_method_name(method: FeedbackMethod) -> String {
    match method {
        FeedbackMethod::Rating => fl!("feedback-method-rating"),
        FeedbackMethod::TwoStarsAndAWish => fl!("feedback-method-two-stars"),
        FeedbackMethod::Coins => fl!("feedback-method-coins"),
        FeedbackMethod::TrafficLight => fl!("feedback-method-traffic-light"),
        FeedbackMethod::Free => fl!("feedback-method-free"),
    }
}

pub fn light_name(light: TrafficLight) -> String {
    match light {
        TrafficLight::Green => fl!("feedback-light-green"),
        TrafficLight::Yellow => fl!("feedback-light-yellow"),
        TrafficLight::Red => fl!("feedback-light-red"),
    }
}

/// A mean rating with two decimals; Kazakh, Russian and Kyrgyz write a
/// decimal comma («4,25»).
pub fn format_mean(mean: f64) -> String {
    super::format_decimal(mean, 2)
}

/// The event as a whole, or a session by its number and title as the
/// programme shows it.
pub fn target_name(event: &Event, target: FeedbackTarget) -> String {
    match target {
        FeedbackTarget::Event => fl!("feedback-whole-event"),
        FeedbackTarget::Session(id) => match event.sessions.iter().position(|s| s.id == id) {
            Some(i) => format!("{}. {}", i + 1, event.sessions[i].title),
            None => id.to_string(),
        },
    }
}

pub fn describe_lights(lights: &LightCounts) -> String {
    fl!("summary-lights", green = lights.green, yellow = lights.yellow, red = lights.red)
}

pub fn describe_csv_read_error(error: &ReadError) -> String {
    match error {
        ReadError::Empty => fl!("csv-empty"),
        ReadError::Malformed { line } => fl!("csv-malformed", line = line),
    }
}

/// Why a list of people (or of anything) could not be read from `path`.
pub fn describe_list_file_error(error: &ListFileError, path: &std::path::Path) -> String {
    match error {
        ListFileError::TooLarge => {
            let megabytes: u64 = MAX_LIST_BYTES / (1024 * 1024);
            fl!("people-import-too-large", megabytes = megabytes)
        }
        ListFileError::Io(error) => super::describe_io(error, path),
        ListFileError::Workbook => fl!("people-import-workbook", kinds = "Excel / OpenDocument"),
        ListFileError::Text(error) => describe_csv_read_error(error),
    }
}

/// Why a row of a people list is not imported; empty for a good row.
pub fn describe_person_row(row: &PersonRow) -> String {
    match &row.outcome {
        RowOutcome::Bad(PeopleProblem::NoName) => fl!("people-problem-no-name", line = row.line),
        RowOutcome::Bad(PeopleProblem::BadEmail(value)) => {
            fl!("people-problem-email", line = row.line, value = value.as_str())
        }
        RowOutcome::Bad(PeopleProblem::UnknownMode(value)) => {
            fl!("people-problem-mode", line = row.line, value = value.as_str())
        }
        _ => String::new(),
    }
}

/// Everything wrong with one row, after its line number.
pub fn describe_row_problems(line: u64, problems: &[RowProblem]) -> String {
    let problems: Vec<String> = problems
        .iter()
        .map(|problem| match problem {
            RowProblem::BadCell { column, value, .. } => fl!(
                "csv-bad-cell",
                column = column.as_str(),
                value = value.as_str(),
                reason = fl!("csv-rating")
            ),
            RowProblem::UnknownPerson { name } => fl!("csv-unknown-person", name = name.as_str()),
            RowProblem::UnknownSession { value } => fl!("csv-unknown-session", value = value.as_str()),
            RowProblem::NothingToImport => fl!("csv-nothing"),
        })
        .collect();
    fl!("csv-line", line = line, problems = problems.join("; "))
}
