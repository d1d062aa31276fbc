//! Organisations: the host, the leading and magnet schools, and the
//! kindergartens, colleges, centres and departments people come from.

use super::labels::{self, Choice};
use super::list_editor::ListEditor;
use super::{EditAction, ItemForm};
use crate::domain::rules::{self, FieldError};
use crate::domain::{Edit, ItemEdit, OrganisationKind, Project, School, SchoolId, SchoolRole};
use crate::fl;
use crate::i18n::describe_field_error;
use crate::ui::widget::{self, ListItem};
use iced::Element;
use iced::widget::{column, row, text};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    Name,
    Number,
    Locality,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Form {
    school: School,
    is_new: bool,
    name: String,
    number: String,
    locality: String,
    role: SchoolRole,
    #[serde(default)]
    kind: OrganisationKind,
    #[serde(skip)]
    name_error: Option<FieldError>,
    #[serde(skip)]
    failure: Option<String>,
}

impl Form {
    fn of(school: &School, is_new: bool) -> Form {
        Form {
            school: school.clone(),
            is_new,
            name: school.name.clone(),
            number: school.number.clone().unwrap_or_default(),
            locality: school.locality.clone(),
            role: school.role,
            kind: school.kind,
            name_error: None,
            failure: None,
        }
    }
}

impl ItemForm for Form {
    type Item = School;
    type Id = SchoolId;

    fn of(item: &School, is_new: bool) -> Form {
        Form::of(item, is_new)
    }

    fn item(&self) -> &School {
        &self.school
    }

    fn id(&self) -> SchoolId {
        self.school.id
    }

    fn is_new(&self) -> bool {
        self.is_new
    }

    fn find(project: &Project, id: SchoolId) -> Option<&School> {
        project.school(id)
    }

    fn fail(&mut self, message: String) {
        self.failure = Some(message);
    }
}

#[derive(Debug, Clone, Default)]
pub struct State {
    list: ListEditor<Form>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Search(String),
    Select(SchoolId),
    New,
    Input(Field, String),
    Role(Choice<SchoolRole>),
    Kind(Choice<OrganisationKind>),
    Save,
    Delete,
}

impl State {
    pub fn update(&mut self, project: &Project, message: Message) -> EditAction<Message> {
        match message {
            Message::Search(search) => self.list.search = search,
            Message::Select(id) => self.list.select(project, id),
            Message::New => self.list.start_new(School { id: SchoolId::new(), ..School::default() }),
            Message::Input(field, value) => {
                if let Some(form) = &mut self.list.form {
                    form.failure = None;
                    match field {
                        Field::Name => {
                            form.name = value;
                            form.name_error = None;
                        }
                        Field::Number => form.number = value,
                        Field::Locality => form.locality = value,
                    }
                }
            }
            Message::Role(role) => {
                if let Some(form) = &mut self.list.form {
                    form.role = role.value;
                }
            }
            Message::Kind(kind) => {
                if let Some(form) = &mut self.list.form {
                    form.kind = kind.value;
                }
            }
            Message::Save => {
                if let Some(form) = &mut self.list.form {
                    match rules::required(&form.name) {
                        Ok(name) => {
                            let school = School {
                                name,
                                number: rules::optional(&form.number),
                                locality: form.locality.trim().to_owned(),
                                role: form.role,
                                kind: form.kind,
                                ..form.school.clone()
                            };
                            return EditAction::Edit(Edit::School(Box::new(ItemEdit::Put(school))));
                        }
                        Err(error) => form.name_error = Some(error),
                    }
                }
            }
            Message::Delete => {
                if let Some(form) = &self.list.form {
                    return EditAction::Edit(Edit::School(Box::new(ItemEdit::Remove(form.school.id))));
                }
            }
        }
        EditAction::None
    }

    pub fn reload(&mut self, project: &Project) {
        self.list.reload(project);
    }

    pub fn failed(&mut self, message: String) {
        self.list.failed(message);
    }

    pub fn list(&self) -> &ListEditor<Form> {
        &self.list
    }

    pub fn list_mut(&mut self) -> &mut ListEditor<Form> {
        &mut self.list
    }

    pub fn view<'a>(&'a self, project: &'a Project, read_only: bool) -> Element<'a, Message> {
        let selected = self.list.selected();
        let items = project
            .schools
            .iter()
            .filter(|s| {
                widget::matches(&self.list.search, &[&s.name, &s.locality, s.number.as_deref().unwrap_or("")])
            })
            .map(|s| ListItem {
                title: s.name.clone(),
                subtitle: [
                    s.locality.as_str(),
                    &labels::organisation_kind(s.kind),
                    &labels::school_role(s.role),
                ]
                .iter()
                .filter(|t| !t.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join(" · "),
                selected: selected == Some(s.id),
                on_press: Message::Select(s.id),
            });
        let list = widget::searchable_list(
            &self.list.search,
            Message::Search,
            items,
            fl!("schools-new"),
            (!read_only).then_some(Message::New),
        );
        let detail: Element<'a, Message> = match &self.list.form {
            Some(form) => column![
                text(if form.is_new { fl!("schools-new") } else { form.name.clone() }).size(20),
                widget::field(
                    "school-name",
                    fl!("school-name"),
                    &form.name,
                    form.name_error.map(describe_field_error),
                    |v| { Message::Input(Field::Name, v) }
                ),
                row![
                    widget::field("school-number", fl!("school-number"), &form.number, None, |v| {
                        Message::Input(Field::Number, v)
                    }),
                    widget::field("school-locality", fl!("school-locality"), &form.locality, None, |v| {
                        Message::Input(Field::Locality, v)
                    }),
                ]
                .spacing(12),
                row![
                    widget::choice(
                        fl!("school-kind"),
                        labels::choices(&OrganisationKind::ALL, labels::organisation_kind),
                        Some(labels::choice(form.kind, labels::organisation_kind)),
                        Message::Kind,
                    ),
                    widget::choice(
                        fl!("school-role"),
                        labels::choices(&labels::SCHOOL_ROLES, labels::school_role),
                        Some(labels::choice(form.role, labels::school_role)),
                        Message::Role,
                    ),
                ]
                .spacing(12),
                widget::form_buttons(
                    (!read_only).then_some(Message::Save),
                    (!read_only && !form.is_new).then_some(Message::Delete),
                    form.failure.clone(),
                ),
            ]
            .spacing(10)
            .padding([0, 16])
            .into(),
            None => text(fl!("schools-hint")).into(),
        };
        widget::list_and_detail(list, detail)
    }
}
