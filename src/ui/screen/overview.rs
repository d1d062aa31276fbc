//! The project's own details and what the loader found wrong with it.

use super::EditAction;
use super::signatories;
use crate::domain::rules;
use crate::domain::{Edit, Project};
use crate::fl;
use crate::i18n::describe_field_error;
use crate::ui::{theme, widget};
use iced::widget::{column, text};
use iced::{Element, Length};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default)]
pub struct State {
    title: String,
    organizer: String,
    city: String,
    title_error: Option<String>,
    /// The project's title, organizer and city when the fields were filled.
    base: (String, String, String),
    signatories: signatories::State,
}

/// What was typed into the fields and not saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Draft {
    title: String,
    organizer: String,
    #[serde(default)]
    city: String,
}

#[derive(Debug, Clone)]
pub enum Message {
    Title(String),
    Organizer(String),
    City(String),
    Save,
    Signatories(signatories::Message),
}

impl State {
    pub fn of(project: &Project) -> State {
        State {
            title: project.title.clone(),
            organizer: project.organizer.clone(),
            city: project.city.clone(),
            title_error: None,
            base: (project.title.clone(), project.organizer.clone(), project.city.clone()),
            signatories: signatories::State::default(),
        }
    }

    fn typed(&self) -> bool {
        (&self.title, &self.organizer, &self.city) != (&self.base.0, &self.base.1, &self.base.2)
    }

    /// After an edit, undo or redo: the project's details, unless text
    /// typed here and not saved would be lost by it (the edit was
    /// elsewhere and the details are as the fields found them).
    pub fn reload(&mut self, project: &Project) {
        let unchanged =
            (&project.title, &project.organizer, &project.city) == (&self.base.0, &self.base.1, &self.base.2);
        self.signatories.reload(project);
        if !(unchanged && self.typed()) {
            let signatories = std::mem::take(&mut self.signatories);
            *self = State { signatories, ..State::of(project) };
        }
    }

    pub fn draft(&self) -> Option<serde_json::Value> {
        let draft =
            Draft { title: self.title.clone(), organizer: self.organizer.clone(), city: self.city.clone() };
        self.typed().then(|| serde_json::to_value(draft).ok()).flatten()
    }

    pub fn restore(&mut self, draft: serde_json::Value) {
        if let Ok(draft) = serde_json::from_value::<Draft>(draft) {
            self.title = draft.title;
            self.organizer = draft.organizer;
            self.city = draft.city;
        }
    }

    pub fn update(&mut self, project: &Project, message: Message) -> EditAction<Message> {
        match message {
            Message::Title(title) => {
                self.title = title;
                self.title_error = None;
            }
            Message::Organizer(organizer) => self.organizer = organizer,
            Message::City(city) => self.city = city,
            Message::Signatories(message) => {
                return self.signatories.update(project, message).map(Message::Signatories);
            }
            Message::Save => match rules::required(&self.title) {
                Ok(title) => {
                    return EditAction::Edit(Edit::Details {
                        title,
                        organizer: self.organizer.trim().to_owned(),
                        city: self.city.trim().to_owned(),
                    });
                }
                Err(error) => self.title_error = Some(describe_field_error(error)),
            },
        }
        EditAction::None
    }

    pub fn view<'a>(
        &'a self,
        project: &'a Project,
        problems: &'a [String],
        read_only: bool,
    ) -> Element<'a, Message> {
        let sessions: usize = project.events.iter().map(|e| e.sessions.len()).sum();
        let mut page = column![
            widget::field(
                "project-title",
                fl!("project-title"),
                &self.title,
                self.title_error.clone(),
                Message::Title
            ),
            widget::field(
                "project-organizer",
                fl!("project-organizer"),
                &self.organizer,
                None,
                Message::Organizer
            ),
            widget::field("project-city", fl!("project-city"), &self.city, None, Message::City),
            widget::form_buttons((!read_only).then_some(Message::Save), None, None),
            text(fl!(
                "overview-counts",
                events = project.events.len(),
                sessions = sessions,
                people = project.people.len(),
                schools = project.schools.len()
            )),
        ]
        .spacing(12)
        .max_width(720);
        page = page.push(self.signatories.view(project, read_only).map(Message::Signatories));
        if !problems.is_empty() {
            page = page.push(text(fl!("overview-problems", count = problems.len())).size(18));
            for problem in problems.iter().take(100) {
                page = page.push(text(problem.as_str()).style(theme::error_text));
            }
        }
        iced::widget::scrollable(page.width(Length::Fill)).into()
    }
}
