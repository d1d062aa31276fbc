//! Courses with hours: participants, who passed, and their certificates.

use super::EditAction;
use crate::domain::Project;
use crate::fl;
use iced::Element;
use iced::widget::{column, text};

#[derive(Debug, Clone, Default)]
pub struct State {
    error: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Message {}

impl State {
    /// After an edit, undo or redo.
    pub fn reload(&mut self, _project: &Project) {}

    /// Shows why the last edit was refused.
    pub fn failed(&mut self, text: String) {
        self.error = Some(text);
    }

    pub fn update(
        &mut self,
        _project: &Project,
        message: Message,
        _today: chrono::NaiveDate,
    ) -> EditAction<Message> {
        match message {}
    }

    pub fn view<'a>(&'a self, _project: &'a Project, _read_only: bool) -> Element<'a, Message> {
        column![text(fl!("nav-courses"))].into()
    }
}
