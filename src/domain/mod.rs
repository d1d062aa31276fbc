//! The model and its rules: no user interface, no files, no clock.

pub mod assign;
pub mod awards;
pub mod collate;
pub mod conflicts;
pub mod course;
pub mod edit;
pub mod feedback;
pub mod flow;
pub mod ids;
pub mod language;
pub mod mentoring;
pub mod merge;
pub mod model;
pub mod names;
pub mod observation;
pub mod programme;
pub mod registration;
pub mod rules;
pub mod schedule;
pub mod template;
pub mod validate;
pub mod wording;
pub mod year_plan;

pub use conflicts::{Conflict, ConflictKind, event_conflicts, project_conflicts};
pub use edit::{Edit, EditError, History, ItemEdit};
pub use ids::*;
pub use language::Language;
pub use model::*;
pub use validate::{Entity, Problem, validate};

/// Swaps the item at `index` with its neighbour above or below. At an edge,
/// or past the end, nothing changes: a button pressed on a list that has
/// just shrunk must not panic.
pub fn move_item<T>(items: &mut [T], index: usize, up: bool) {
    let target = if up { index.checked_sub(1) } else { index.checked_add(1) };
    if let Some(target) = target.filter(|t| *t < items.len())
        && index < items.len()
    {
        items.swap(index, target);
    }
}
