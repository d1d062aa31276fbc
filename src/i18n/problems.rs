//! Domain problems and field errors in the user's language.

use crate::domain::rules::FieldError;
use crate::domain::{EditError, Entity, Problem};
use crate::fl;

pub fn describe_problem(problem: &Problem) -> String {
    match problem {
        Problem::WrongFormat { found } => fl!("problem-wrong-format", found = found.as_str()),
        Problem::DuplicateId { entity, id, at } => {
            fl!("problem-duplicate-id", entity = entity_name(*entity), id = id.as_str(), at = at.as_str())
        }
        Problem::Dangling { entity, id, at } => {
            fl!("problem-dangling", entity = entity_name(*entity), id = id.as_str(), at = at.as_str())
        }
        Problem::EndsBeforeStart { at } => fl!("problem-ends-before-start", at = at.as_str()),
        Problem::EmptyName { at } => fl!("problem-empty-name", at = at.as_str()),
        Problem::DateOutOfRange { at, year } => {
            let year = year.to_string();
            fl!("problem-date-out-of-range", at = at.as_str(), year = year)
        }
        Problem::DuplicateNumber { number, at } => {
            fl!("problem-duplicate-number", number = number.as_str(), at = at.as_str())
        }
        Problem::TooLong { at, chars, limit } => {
            let (chars, limit): (usize, usize) = (*chars, *limit);
            fl!("problem-too-long", at = at.as_str(), chars = chars, limit = limit)
        }
    }
}

pub fn entity_name(entity: Entity) -> String {
    match entity {
        Entity::School => fl!("entity-school"),
        Entity::Person => fl!("entity-person"),
        Entity::Event => fl!("entity-event"),
        Entity::Room => fl!("entity-room"),
        Entity::Session => fl!("entity-session"),
        Entity::Observation => fl!("entity-observation"),
        Entity::Feedback => fl!("entity-feedback"),
        Entity::Mentorship => fl!("entity-mentorship"),
        Entity::Award => fl!("entity-award"),
        Entity::Template => fl!("entity-template"),
        Entity::Signatory => fl!("entity-signatory"),
        Entity::Programme => fl!("entity-programme"),
        Entity::Direction => fl!("entity-direction"),
        Entity::Network => fl!("entity-network"),
        Entity::YearPlan => fl!("entity-year-plan"),
        Entity::Course => fl!("entity-course"),
    }
}

pub fn describe_field_error(error: FieldError) -> String {
    match error {
        FieldError::Required => fl!("field-required"),
        FieldError::BadDate => fl!("field-bad-date"),
        FieldError::BadEmail => fl!("field-bad-email"),
        FieldError::BadPhone => fl!("field-bad-phone"),
        FieldError::BadNumber => fl!("field-bad-number"),
        FieldError::EndsBeforeStart => fl!("field-ends-before-start"),
        FieldError::BadTime => fl!("field-bad-time"),
    }
}

/// Why an edit was refused.
pub fn describe_edit_error(error: &EditError) -> String {
    match error {
        EditError::NotFound => fl!("edit-not-found"),
        EditError::SchoolInUse { people, events } => {
            let (people, events): (usize, usize) = (*people, *events);
            fl!("edit-school-in-use", people = people, events = events)
        }
        EditError::PersonInUse { uses } => {
            let uses: usize = *uses;
            fl!("edit-person-in-use", uses = uses)
        }
        EditError::RoomInUse { sessions, .. } => {
            let sessions: usize = *sessions;
            fl!("event-room-in-use", sessions = sessions)
        }
        EditError::ReadOnly => fl!("save-read-only"),
        EditError::AlreadyRegistered => fl!("edit-already-registered"),
        EditError::EndsBeforeStart => fl!("field-ends-before-start"),
        EditError::InvalidFeedback => fl!("feedback-invalid"),
        EditError::TemplateInUse => fl!("obs-template-in-use"),
        EditError::NumberTaken { number } => fl!("print-number-taken", number = number.as_str()),
        EditError::SignatoryInUse => fl!("edit-signatory-in-use"),
    }
}
