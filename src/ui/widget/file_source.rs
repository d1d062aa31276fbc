//! The file an import reads: a full path typed (Enter or «Read» reads
//! it), or picked in the system's dialog where there is one. Feedback and
//! people lists are brought in the same way.

use crate::fl;
use crate::ui::tasks::{dialogs_available, pick_file};
use iced::widget::{container, row};
use iced::{Alignment, Element, Length, Task};
use std::path::PathBuf;

#[derive(Debug, Clone, Default)]
pub struct FileSource {
    path: String,
}

#[derive(Debug, Clone)]
pub enum Message {
    Choose,
    Picked(Option<PathBuf>),
    Path(String),
    Read,
}

/// What the import does after a message of its file.
pub enum Step {
    None,
    /// The dialog is open.
    Task(Task<Message>),
    /// The path was changed by typing: an earlier error is stale.
    Typed,
    /// Read this file now.
    Read(PathBuf),
}

impl FileSource {
    /// `kind` names the files the dialog offers, with their `extensions`.
    pub fn update(&mut self, message: Message, kind: String, extensions: &'static [&'static str]) -> Step {
        match message {
            Message::Choose => Step::Task(Task::perform(pick_file(kind, extensions), Message::Picked)),
            Message::Picked(None) => Step::None,
            Message::Picked(Some(path)) => {
                self.path = path.display().to_string();
                Step::Read(path)
            }
            Message::Path(path) => {
                self.path = path;
                Step::Typed
            }
            Message::Read => Step::Read(PathBuf::from(self.path.trim())),
        }
    }

    /// The path field with its buttons, and `more` after them.
    pub fn view<'a, M: Clone + 'a>(
        &'a self,
        id: &'static str,
        label: String,
        wrap: fn(Message) -> M,
        more: Vec<Element<'a, M>>,
    ) -> Element<'a, M> {
        let mut file = row![
            container(super::submitting_field(
                id,
                label,
                &self.path,
                None,
                move |path| wrap(Message::Path(path)),
                wrap(Message::Read)
            ))
            .width(Length::Fill),
            super::primary(
                fl!("feedback-import-read"),
                (!self.path.trim().is_empty()).then(|| wrap(Message::Read))
            ),
        ]
        .spacing(8)
        .align_y(Alignment::End);
        if dialogs_available() {
            file = file.push(super::secondary(fl!("feedback-import-choose"), Some(wrap(Message::Choose))));
        }
        file.extend(more).into()
    }
}
