//! People: everyone a project names, with school, position, subjects and
//! contacts.

use super::labels::Choice;
use super::list_editor::ListEditor;
use super::people_import;
use super::{EditAction, ItemForm};
use crate::domain::rules::{self, FieldError};
use crate::domain::{Edit, Event, ItemEdit, Person, PersonId, Project, SchoolId};
use crate::fl;
use crate::i18n::describe_field_error;
use crate::ui::widget::{self, ListItem};
use iced::Element;
use iced::widget::{column, row, text};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Field {
    FullName,
    Position,
    Subjects,
    Qualification,
    Email,
    Phone,
    Region,
    Note,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Form {
    person: Person,
    is_new: bool,
    full_name: String,
    school: Option<SchoolId>,
    position: String,
    subjects: String,
    qualification: String,
    email: String,
    phone: String,
    #[serde(default)]
    region: String,
    note: String,
    #[serde(skip)]
    errors: Vec<(Field, FieldError)>,
    #[serde(skip)]
    failure: Option<String>,
}

impl Form {
    fn of(person: &Person, is_new: bool) -> Form {
        Form {
            person: person.clone(),
            is_new,
            full_name: person.full_name.clone(),
            school: person.school,
            position: person.position.clone(),
            subjects: person.subjects.join(", "),
            qualification: person.qualification.clone().unwrap_or_default(),
            email: person.email.clone().unwrap_or_default(),
            phone: person.phone.clone().unwrap_or_default(),
            region: person.region.clone().unwrap_or_default(),
            note: person.note.clone().unwrap_or_default(),
            errors: Vec::new(),
            failure: None,
        }
    }

    fn value_mut(&mut self, field: Field) -> &mut String {
        match field {
            Field::FullName => &mut self.full_name,
            Field::Position => &mut self.position,
            Field::Subjects => &mut self.subjects,
            Field::Qualification => &mut self.qualification,
            Field::Email => &mut self.email,
            Field::Phone => &mut self.phone,
            Field::Region => &mut self.region,
            Field::Note => &mut self.note,
        }
    }

    fn error(&self, field: Field) -> Option<String> {
        self.errors.iter().find(|(f, _)| *f == field).map(|(_, e)| describe_field_error(*e))
    }

    /// The person the form describes, or the fields that are wrong.
    fn build(&self) -> Result<Person, Vec<(Field, FieldError)>> {
        let mut errors = Vec::new();
        let mut check = |field, result: Result<Option<String>, FieldError>| {
            result.unwrap_or_else(|e| {
                errors.push((field, e));
                None
            })
        };
        let full_name = check(Field::FullName, rules::required(&self.full_name).map(Some));
        let email = check(Field::Email, rules::optional_email(&self.email));
        let phone = check(Field::Phone, rules::optional_phone(&self.phone));
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Person {
            full_name: full_name.unwrap_or_default(),
            school: self.school,
            position: self.position.trim().to_owned(),
            subjects: rules::split_list(&self.subjects),
            qualification: rules::optional(&self.qualification),
            email,
            phone,
            region: rules::optional(&self.region),
            note: rules::optional(&self.note),
            ..self.person.clone()
        })
    }
}

impl ItemForm for Form {
    type Item = Person;
    type Id = PersonId;

    fn of(item: &Person, is_new: bool) -> Form {
        Form::of(item, is_new)
    }

    fn item(&self) -> &Person {
        &self.person
    }

    fn id(&self) -> PersonId {
        self.person.id
    }

    fn is_new(&self) -> bool {
        self.is_new
    }

    fn find(project: &Project, id: PersonId) -> Option<&Person> {
        project.person(id)
    }

    fn fail(&mut self, message: String) {
        self.failure = Some(message);
    }
}

#[derive(Debug, Clone, Default)]
pub struct State {
    list: ListEditor<Form>,
    /// A list being brought in from a spreadsheet.
    import: Option<people_import::State>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Search(String),
    Select(PersonId),
    New,
    Input(Field, String),
    School(Choice<Option<SchoolId>>),
    Save,
    Delete,
    /// Every observation of this person's lessons, across the library.
    History(String),
    OpenImport,
    Import(people_import::Message),
}

impl State {
    pub fn update(
        &mut self,
        project: &Project,
        event: Option<&Event>,
        message: Message,
    ) -> EditAction<Message> {
        match message {
            Message::Search(search) => self.list.search = search,
            Message::OpenImport => self.import = Some(people_import::State::default()),
            Message::Import(message) => {
                let Some(import) = &mut self.import else { return EditAction::None };
                match import.update(project, event, message) {
                    people_import::Outcome::None => {}
                    people_import::Outcome::Task(task) => return EditAction::Task(task.map(Message::Import)),
                    people_import::Outcome::Close => self.import = None,
                    people_import::Outcome::Import(edit) => {
                        self.import = None;
                        return EditAction::Edit(edit);
                    }
                }
            }
            Message::Select(id) => {
                self.import = None;
                self.list.select(project, id);
            }
            Message::New => self.list.start_new(Person { id: PersonId::new(), ..Person::default() }),
            Message::Input(field, value) => {
                if let Some(form) = &mut self.list.form {
                    *form.value_mut(field) = value;
                    form.errors.retain(|(f, _)| *f != field);
                    form.failure = None;
                }
            }
            Message::School(choice) => {
                if let Some(form) = &mut self.list.form {
                    form.school = choice.value;
                }
            }
            Message::Save => {
                if let Some(form) = &mut self.list.form {
                    match form.build() {
                        Ok(person) => return EditAction::Edit(Edit::Person(Box::new(ItemEdit::Put(person)))),
                        Err(errors) => form.errors = errors,
                    }
                }
            }
            Message::Delete => {
                if let Some(form) = &self.list.form {
                    return EditAction::Edit(Edit::Person(Box::new(ItemEdit::Remove(form.person.id))));
                }
            }
            // The project screen opens the history in Observations.
            Message::History(_) => {}
        }
        EditAction::None
    }

    /// After an edit, undo or redo: show what the project now holds.
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

    pub fn view<'a>(
        &'a self,
        project: &'a Project,
        event: Option<&'a Event>,
        read_only: bool,
    ) -> Element<'a, Message> {
        let selected = self.list.selected();
        let items = project
            .people
            .iter()
            .filter(|p| {
                widget::matches(&self.list.search, &[&p.full_name, &p.position, &p.subjects.join(" ")])
            })
            .map(|p| ListItem {
                title: p.full_name.clone(),
                subtitle: school_name(project, p.school),
                selected: selected == Some(p.id),
                on_press: Message::Select(p.id),
            });
        let list = widget::searchable_list(
            &self.list.search,
            Message::Search,
            items,
            fl!("people-new"),
            (!read_only).then_some(Message::New),
        );
        let detail: Element<'a, Message> = match (&self.import, &self.list.form) {
            (Some(import), _) => import.view(project, event).map(Message::Import),
            (None, Some(form)) => self.form_view(project, form, read_only),
            (None, None) => column![
                text(fl!("people-hint")),
                widget::secondary(fl!("people-import"), (!read_only).then_some(Message::OpenImport)),
            ]
            .spacing(12)
            .padding([0, 16])
            .into(),
        };
        widget::list_and_detail(list, detail)
    }

    fn form_view<'a>(
        &'a self,
        project: &'a Project,
        form: &'a Form,
        read_only: bool,
    ) -> Element<'a, Message> {
        let input = |field: Field, label: String, value: &'a str| {
            let id = format!("person-{field:?}");
            let on_input = move |v| Message::Input(field, v);
            match field {
                Field::Note => widget::long_field(id, label, value, form.error(field), on_input),
                _ => widget::field(id, label, value, form.error(field), on_input),
            }
        };
        let mut schools = vec![Choice { value: None, label: fl!("choice-none") }];
        schools.extend(project.schools.iter().map(|s| Choice { value: Some(s.id), label: s.name.clone() }));
        let current = schools.iter().find(|c| c.value == form.school).cloned();
        column![
            text(if form.is_new { fl!("people-new") } else { form.full_name.clone() }).size(20),
            input(Field::FullName, fl!("person-full-name"), &form.full_name),
            widget::choice(fl!("person-school"), schools, current, Message::School),
            row![
                input(Field::Position, fl!("person-position"), &form.position),
                input(Field::Qualification, fl!("person-qualification"), &form.qualification),
            ]
            .spacing(12),
            row![
                input(Field::Subjects, fl!("person-subjects"), &form.subjects),
                input(Field::Region, fl!("person-region"), &form.region),
            ]
            .spacing(12),
            row![
                input(Field::Email, fl!("person-email"), &form.email),
                input(Field::Phone, fl!("person-phone"), &form.phone),
            ]
            .spacing(12),
            input(Field::Note, fl!("person-note"), &form.note),
            widget::secondary(
                fl!("obs-history"),
                (!form.is_new).then(|| Message::History(
                    project
                        .person(form.person.id)
                        .map_or_else(|| form.full_name.trim().to_owned(), |p| p.full_name.clone())
                )),
            ),
            widget::form_buttons(
                (!read_only).then_some(Message::Save),
                (!read_only && !form.is_new).then_some(Message::Delete),
                form.failure.clone(),
            ),
        ]
        .spacing(10)
        .padding([0, 16])
        .into()
    }
}

fn school_name(project: &Project, school: Option<SchoolId>) -> String {
    school.and_then(|id| project.school(id)).map(|s| s.name.clone()).unwrap_or_default()
}
