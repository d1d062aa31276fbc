//! One module per screen; each owns its `State`, `Message`, `update` and
//! `view`, and answers its parent with an `Action`.

pub mod awards;
pub mod awards_batch;
pub mod courses;
pub mod events;
pub mod export;
pub mod feedback;
pub mod feedback_import;
pub mod help;
pub mod labels;
pub mod lessons;
pub mod library;
pub mod list_editor;
pub mod meeting_report;
pub mod mentoring;
pub mod merge;
pub mod observations;
pub mod observe;
pub mod overview;
pub mod people;
pub mod people_import;
pub mod print;
pub mod print_people;
pub mod print_signing;
pub mod programme;
pub mod project;
pub mod registrations;
pub mod schools;
pub mod settings;
pub mod sheets;
pub mod signatories;
pub mod year_plan;

use crate::domain::{Edit, Project};
use iced::Task;

/// What an editing section asks of the project screen.
pub enum EditAction<Message> {
    None,
    /// Apply this edit through the undo history and save.
    Edit(Edit),
    /// Apply this edit, save it at once, and when it is on disk send the
    /// message back: what must be recorded before it is used (numbers on
    /// certificates) waits for its save.
    EditThen(Edit, Message),
    /// An edit made by typing in the run (a note, a field) with this key:
    /// the run's edits are undone as one step.
    Typing(Edit, u64),
    Task(Task<Message>),
}

impl<M: Send + 'static> EditAction<M> {
    /// The same action for the parent, whose message wraps this one.
    pub fn map<N: Send + 'static>(self, wrap: fn(M) -> N) -> EditAction<N> {
        match self {
            EditAction::None => EditAction::None,
            EditAction::Edit(edit) => EditAction::Edit(edit),
            EditAction::EditThen(edit, then) => EditAction::EditThen(edit, wrap(then)),
            EditAction::Typing(edit, run) => EditAction::Typing(edit, run),
            EditAction::Task(task) => EditAction::Task(task.map(wrap)),
        }
    }
}

/// The form of one item of a project's list (a person, a school, an
/// event), as the editing sections share it.
pub trait ItemForm: Sized {
    type Item: PartialEq;
    type Id: Copy + PartialEq;

    fn of(item: &Self::Item, is_new: bool) -> Self;
    /// The item as the project held it when the form was opened.
    fn item(&self) -> &Self::Item;
    fn id(&self) -> Self::Id;
    fn is_new(&self) -> bool;
    fn find(project: &Project, id: Self::Id) -> Option<&Self::Item>;
    /// Shows why the last save or delete was refused.
    fn fail(&mut self, message: String);
}
