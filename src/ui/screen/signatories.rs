//! The people who sign the project's documents: the director, the head of
//! the department. Kept once here, chosen per document in Print.

use super::EditAction;
use crate::domain::rules;
use crate::domain::{Edit, ItemEdit, Project, Signatory, SignatoryId};
use crate::fl;
use crate::i18n::describe_field_error;
use crate::ui::{theme, widget};
use iced::widget::{button, column, container, row, text};
use iced::{Alignment, Element, Length};

pub const NAME_FIELD: &str = "signatory-name";

#[derive(Debug, Clone, Default)]
pub struct State {
    form: Option<Form>,
}

#[derive(Debug, Clone)]
struct Form {
    signatory: Signatory,
    is_new: bool,
    name: String,
    position: String,
    organisation: String,
    name_error: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    New,
    Edit(SignatoryId),
    Name(String),
    Position(String),
    Organisation(String),
    Save,
    Close,
    Delete(SignatoryId),
}

impl State {
    /// After an edit, undo or redo: a form of a signatory that is gone
    /// closes; one being typed stays.
    pub fn reload(&mut self, project: &Project) {
        if self.form.as_ref().is_some_and(|f| !f.is_new && project.signatory(f.signatory.id).is_none()) {
            self.form = None;
        }
    }

    pub fn update(&mut self, project: &Project, message: Message) -> EditAction<Message> {
        match message {
            Message::New => {
                let signatory = Signatory { organisation: project.organizer.clone(), ..Signatory::default() };
                self.form = Some(Form::of(signatory, true));
                return EditAction::Task(iced::widget::operation::focus(NAME_FIELD));
            }
            Message::Edit(id) => {
                if let Some(signatory) = project.signatory(id) {
                    self.form = Some(Form::of(signatory.clone(), false));
                    return EditAction::Task(iced::widget::operation::focus(NAME_FIELD));
                }
            }
            Message::Name(name) => {
                if let Some(form) = &mut self.form {
                    form.name = name;
                    form.name_error = None;
                }
            }
            Message::Position(position) => {
                if let Some(form) = &mut self.form {
                    form.position = position;
                }
            }
            Message::Organisation(organisation) => {
                if let Some(form) = &mut self.form {
                    form.organisation = organisation;
                }
            }
            Message::Save => {
                if let Some(form) = &mut self.form {
                    match rules::required(&form.name) {
                        Ok(name) => {
                            let signatory = Signatory {
                                name,
                                position: form.position.trim().to_owned(),
                                organisation: form.organisation.trim().to_owned(),
                                ..form.signatory.clone()
                            };
                            self.form = None;
                            return EditAction::Edit(Edit::Signatory(Box::new(ItemEdit::Put(signatory))));
                        }
                        Err(error) => form.name_error = Some(describe_field_error(error)),
                    }
                }
            }
            Message::Close => self.form = None,
            Message::Delete(id) => {
                self.form = None;
                return EditAction::Edit(crate::domain::edit::signatory_removal(project, id));
            }
        }
        EditAction::None
    }

    pub fn view<'a>(&'a self, project: &'a Project, read_only: bool) -> Element<'a, Message> {
        let mut list = column![
            row![
                text(fl!("signatories-title")).size(18).width(Length::Fill),
                widget::secondary(
                    fl!("signatories-new"),
                    (!read_only && self.form.is_none()).then_some(Message::New)
                ),
            ]
            .align_y(Alignment::Center),
            text(fl!("signatories-hint")).size(13).style(theme::muted_text),
        ]
        .spacing(6);
        if project.signatories.is_empty() && self.form.is_none() {
            list = list.push(text(fl!("signatories-none")).style(theme::muted_text));
        }
        for signatory in &project.signatories {
            let details = [signatory.position.as_str(), signatory.organisation.as_str()]
                .into_iter()
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            let mut line = row![
                button(column![
                    text(signatory.name.as_str()),
                    text(details).size(12).style(theme::muted_text)
                ])
                .on_press_maybe((!read_only).then_some(Message::Edit(signatory.id)))
                .style(button::text)
                .width(Length::Fill),
            ]
            .spacing(6)
            .align_y(Alignment::Center);
            if !read_only {
                line = line.push(widget::danger(fl!("action-delete"), Some(Message::Delete(signatory.id))));
            }
            list = list.push(line);
        }
        if let Some(form) = &self.form {
            list = list.push(form.view());
        }
        list.into()
    }
}

impl Form {
    fn of(signatory: Signatory, is_new: bool) -> Form {
        Form {
            name: signatory.name.clone(),
            position: signatory.position.clone(),
            organisation: signatory.organisation.clone(),
            signatory,
            is_new,
            name_error: None,
        }
    }

    fn view(&self) -> Element<'_, Message> {
        let fields = column![
            widget::submitting_field(
                NAME_FIELD,
                fl!("signatory-name"),
                &self.name,
                self.name_error.clone(),
                Message::Name,
                Message::Save
            ),
            row![
                widget::submitting_field(
                    "signatory-position",
                    fl!("signatory-position"),
                    &self.position,
                    None,
                    Message::Position,
                    Message::Save
                ),
                widget::submitting_field(
                    "signatory-organisation",
                    fl!("signatory-organisation"),
                    &self.organisation,
                    None,
                    Message::Organisation,
                    Message::Save
                ),
            ]
            .spacing(12),
            row![
                widget::primary(fl!("action-save"), Some(Message::Save)),
                widget::secondary(fl!("action-cancel"), Some(Message::Close)),
            ]
            .spacing(8),
        ]
        .spacing(8);
        container(widget::on_escape(fields, Message::Close)).padding(10).style(theme::card).into()
    }
}
