//! Where a file the app writes goes: the system's save dialog where there
//! is one, otherwise a full path typed into a field. Exports and project
//! bundles are saved this way.

use crate::ui::tasks::{dialogs_available, save_file};
use iced::widget::row;
use iced::{Alignment, Element, Task};
use std::path::PathBuf;

#[derive(Debug, Clone, Default)]
pub struct SaveTarget {
    /// The typed path, while the field is shown.
    typed: Option<String>,
    extension: &'static str,
}

#[derive(Debug, Clone)]
pub enum Message {
    Picked(Option<PathBuf>),
    Path(String),
    Save,
}

impl SaveTarget {
    /// Asks where to save a file of `kind` (its name for the user) with
    /// one of `extensions`, proposing `name` with the first.
    pub fn ask(
        &mut self,
        field: &'static str,
        kind: String,
        extensions: &'static [&'static str],
        name: &str,
    ) -> Task<Message> {
        let extension = extensions.first().copied().unwrap_or_default();
        self.extension = extension;
        let name = format!("{name}.{extension}");
        if !dialogs_available() {
            self.typed = Some(String::new());
            return iced::widget::operation::focus(field);
        }
        self.typed = None;
        Task::perform(save_file(kind, extensions, name), Message::Picked)
    }

    /// The file to write, once the user has said.
    pub fn update(&mut self, message: Message) -> Option<PathBuf> {
        match message {
            Message::Picked(path) => path,
            Message::Path(path) => {
                self.typed = Some(path);
                None
            }
            Message::Save => {
                let typed = self.typed.as_deref().map(str::trim).filter(|p| !p.is_empty())?;
                let mut path = PathBuf::from(typed);
                // «D:\Тізім» means the list, not a file without a type
                // Excel would not open by a double click.
                if path.extension().is_none() {
                    path.set_extension(self.extension);
                }
                Some(path)
            }
        }
    }

    /// The file is written: the field goes.
    pub fn done(&mut self) {
        self.typed = None;
    }

    pub fn is_asking(&self) -> bool {
        self.typed.is_some()
    }

    /// The path field and its button, while a path is to be typed.
    pub fn view<'a, M: Clone + 'a>(
        &'a self,
        field: &'static str,
        label: String,
        save: String,
        wrap: fn(Message) -> M,
    ) -> Option<Element<'a, M>> {
        let typed = self.typed.as_deref()?;
        Some(
            row![
                super::submitting_field(
                    field,
                    label,
                    typed,
                    None,
                    move |p| wrap(Message::Path(p)),
                    wrap(Message::Save)
                ),
                super::primary(save, (!typed.trim().is_empty()).then(|| wrap(Message::Save))),
            ]
            .spacing(8)
            .align_y(Alignment::End)
            .into(),
        )
    }
}
