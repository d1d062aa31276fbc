//! One module per screen; each owns its `State`, `Message`, `update` and
//! `view`, and answers its parent with an `Action`.

pub mod events;
pub mod labels;
pub mod library;
pub mod overview;
pub mod people;
pub mod project;
pub mod schools;
pub mod settings;

use crate::domain::Edit;
use iced::Task;

/// What an editing section asks of the project screen.
pub enum EditAction<Message> {
    None,
    /// Apply this edit through the undo history and save.
    Edit(Edit),
    Task(Task<Message>),
}
