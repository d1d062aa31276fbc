//! Domain problems and field errors in the user's language.

use crate::domain::rules::FieldError;
use crate::domain::{Entity, Problem};
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
