//! Placeholder until the section is built.

use super::EditAction;
use crate::domain::{Event, EventId, Project};
use iced::Element;
use iced::keyboard::{Key, Modifiers};
use iced::widget::text;

#[derive(Debug, Clone, Default)]
pub struct State {}

#[derive(Debug, Clone)]
pub enum Message {}

impl State {
    pub fn update(&mut self, _project: &Project, _event: EventId, message: Message) -> EditAction<Message> {
        match message {}
    }

    pub fn reload(&mut self, _project: &Project, _event: EventId) {}

    pub fn failed(&mut self, _message: String) {}

    pub fn key(&self, _key: Key, _modifiers: Modifiers) -> Option<Message> {
        None
    }

    pub fn view<'a>(
        &'a self,
        _project: &'a Project,
        event: &'a Event,
        _read_only: bool,
    ) -> Element<'a, Message> {
        text(&event.title).into()
    }
}
