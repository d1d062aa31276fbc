//! The model and its rules: no user interface, no files, no clock.

pub mod assign;
pub mod awards;
pub mod conflicts;
pub mod edit;
pub mod flow;
pub mod ids;
pub mod model;
pub mod registration;
pub mod rules;
pub mod template;
pub mod validate;

pub use conflicts::{Conflict, ConflictKind, event_conflicts, project_conflicts};
pub use edit::{Edit, EditError, History, ItemEdit};
pub use ids::*;
pub use model::*;
pub use validate::{Entity, Problem, validate};
