//! Registrations of the chosen event, and the check-in desk on the day: the
//! counts stay in sight, the list is searched as people type, and every
//! mark is its own undo step.

use super::EditAction;
use super::labels::Choice;
use crate::domain::registration::{self, CheckIn, RegistrationEdit};
use crate::domain::rules::{self, FieldError};
use crate::domain::{
    AttendanceMode, Edit, Event, EventFormat, EventId, ItemEdit, Person, PersonId, Project, Registration,
    SchoolId,
};
use crate::fl;
use crate::i18n::describe_field_error;
use crate::ui::theme::{self, NoticeKind};
use crate::ui::widget::{self, LIST_LIMIT};
use iced::keyboard::{Key, Modifiers, key};
use iced::widget::{
    Space, button, checkbox, column, container, operation, row, scrollable, text, text_input,
};
use iced::{Alignment, Element, Length, Task};

/// The field of the check-in desk, which keeps the focus.
pub const CHECK_IN_FIELD: &str = "reg-check-in";
pub const SEARCH_FIELD: &str = "reg-search";
pub const PEOPLE_FIELD: &str = "reg-people-search";
pub const QUICK_NAME_FIELD: &str = "reg-quick-name";
pub const QUICK_SUBJECT_FIELD: &str = "reg-quick-subject";

/// Switches the check-in desk on and off; shown on the screen.
const CHECK_IN_KEY: char = 'k';
const CHECK_IN_KEY_LABEL: &str = "Ctrl+K";

/// The people-to-register list is a pick list, not a browser: a few
/// screens of names, the search finds the rest.
const PEOPLE_LIMIT: usize = 50;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Panel {
    #[default]
    Closed,
    FromPeople,
    Quick,
}

/// A person who came unannounced: name, school, subject; the rest can be
/// filled in People after the event.
#[derive(Debug, Clone, Default)]
struct Quick {
    name: String,
    school: Option<SchoolId>,
    subject: String,
    error: Option<FieldError>,
    /// Sent to be added; the form is cleared once she is registered, so a
    /// refused edit keeps what was typed.
    pending: Option<PersonId>,
}

#[derive(Debug, Clone, Default)]
pub struct State {
    search: String,
    check_in: bool,
    /// What the last Enter at the desk did.
    desk: Option<(NoticeKind, String)>,
    panel: Panel,
    people_search: String,
    /// The mode new registrations get; `None` follows the event's format.
    new_mode: Option<AttendanceMode>,
    quick: Quick,
    /// A group being typed: saved on Enter, or with the next edit.
    group: Option<(PersonId, String)>,
    failure: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Search(String),
    ToggleCheckIn,
    /// Enter at the desk.
    CheckIn,
    /// Escape at the desk.
    ClearSearch,
    /// A letter typed at the desk after the field lost the focus.
    TypeAtDesk(String),
    SetAttended(PersonId, bool),
    SetMode(PersonId, AttendanceMode),
    GroupInput(PersonId, String),
    GroupSave,
    Remove(PersonId),
    ShowPanel(Panel),
    PeopleSearch(String),
    Register(PersonId),
    /// Enter in the people search: the first one listed.
    RegisterFirst,
    NewMode(Choice<AttendanceMode>),
    QuickName(String),
    QuickSchool(Choice<Option<SchoolId>>),
    QuickSubject(String),
    QuickAdd,
    /// An edit to hand to the project screen, sent after the focus is put
    /// back where the registrar types.
    Commit(Edit),
}

fn focus<M: Send + 'static>(id: &'static str) -> Task<M> {
    operation::focus(id).chain(operation::move_cursor_to_end(id))
}

/// The edit, then the focus back in `field`.
fn commit_and_focus(edit: Edit, field: &'static str) -> EditAction<Message> {
    EditAction::Task(Task::done(Message::Commit(edit)).chain(focus(field)))
}

fn registration_edit(event: EventId, change: RegistrationEdit) -> Edit {
    Edit::Registration { event, change: Box::new(change) }
}

impl State {
    pub fn update(&mut self, project: &Project, event_id: EventId, message: Message) -> EditAction<Message> {
        let Some(event) = project.event(event_id) else { return EditAction::None };
        if !matches!(message, Message::Commit(_)) {
            self.failure = None;
        }
        match message {
            Message::Search(search) => {
                self.search = search;
                self.desk = None;
            }
            Message::ToggleCheckIn => {
                self.check_in = !self.check_in;
                self.desk = None;
                let field = if self.check_in { CHECK_IN_FIELD } else { SEARCH_FIELD };
                return EditAction::Task(focus(field));
            }
            Message::CheckIn => return self.check_in(project, event),
            Message::ClearSearch => {
                self.search.clear();
                self.desk = None;
                return EditAction::Task(focus(if self.check_in { CHECK_IN_FIELD } else { SEARCH_FIELD }));
            }
            Message::TypeAtDesk(typed) => {
                self.search.push_str(&typed);
                self.desk = None;
                return EditAction::Task(focus(CHECK_IN_FIELD));
            }
            Message::SetAttended(person, present) => {
                let change = RegistrationEdit::SetAttended(person, present.then_some(true));
                return self.edit(event, registration_edit(event.id, change));
            }
            Message::SetMode(person, mode) => {
                return self
                    .edit(event, registration_edit(event.id, RegistrationEdit::SetMode(person, mode)));
            }
            Message::GroupInput(person, value) => {
                let previous = match &self.group {
                    Some((other, _)) if *other != person => self.take_group(event),
                    _ => None,
                };
                self.group = Some((person, value));
                if let Some(edit) = previous {
                    return EditAction::Edit(edit);
                }
            }
            Message::GroupSave => {
                if let Some(edit) = self.take_group(event) {
                    return EditAction::Edit(edit);
                }
            }
            Message::Remove(person) => {
                if self.group.as_ref().is_some_and(|(p, _)| *p == person) {
                    self.group = None;
                }
                return self.edit(event, registration_edit(event.id, RegistrationEdit::Remove(person)));
            }
            Message::ShowPanel(panel) => {
                self.panel = if self.panel == panel { Panel::Closed } else { panel };
                match self.panel {
                    Panel::FromPeople => return EditAction::Task(focus(PEOPLE_FIELD)),
                    Panel::Quick => return EditAction::Task(focus(QUICK_NAME_FIELD)),
                    Panel::Closed => {}
                }
            }
            Message::PeopleSearch(search) => self.people_search = search,
            Message::Register(person) => return self.register(event, person),
            Message::RegisterFirst => {
                let first =
                    registration::unregistered(project, event, &self.people_search).first().map(|p| p.id);
                if let Some(person) = first {
                    self.people_search.clear();
                    return match self.register(event, person) {
                        EditAction::Edit(edit) => commit_and_focus(edit, PEOPLE_FIELD),
                        other => other,
                    };
                }
            }
            Message::NewMode(choice) => self.new_mode = Some(choice.value),
            Message::QuickName(name) => {
                self.quick.name = name;
                self.quick.error = None;
            }
            Message::QuickSchool(choice) => self.quick.school = choice.value,
            Message::QuickSubject(subject) => self.quick.subject = subject,
            Message::QuickAdd => return self.quick_add(event),
            Message::Commit(edit) => return EditAction::Edit(edit),
        }
        EditAction::None
    }

    /// Enter at the desk: the first match is marked present, and the field
    /// is emptied for the next person.
    fn check_in(&mut self, project: &Project, event: &Event) -> EditAction<Message> {
        let (kind, said, edit) = match registration::check_in(project, event, &self.search) {
            CheckIn::Blank => (NoticeKind::Warning, fl!("reg-type-a-name"), None),
            CheckIn::NoMatch => {
                (NoticeKind::Error, fl!("reg-no-match", typed = self.search.trim().to_owned()), None)
            }
            CheckIn::AlreadyPresent(person) => {
                (NoticeKind::Warning, fl!("reg-already-present", name = person.full_name.clone()), None)
            }
            CheckIn::Mark(person) => {
                let change = RegistrationEdit::SetAttended(person.id, Some(true));
                let undo = fl!("reg-undo-hint", keys = "Ctrl+Z");
                let said = format!("✓ {} {undo}", fl!("reg-marked", name = person.full_name.clone()));
                (NoticeKind::Info, said, Some(self.with_group(event, registration_edit(event.id, change))))
            }
        };
        self.desk = Some((kind, said));
        match edit {
            Some(edit) => {
                self.search.clear();
                commit_and_focus(edit, CHECK_IN_FIELD)
            }
            None => EditAction::Task(focus(CHECK_IN_FIELD)),
        }
    }

    fn register(&mut self, event: &Event, person: PersonId) -> EditAction<Message> {
        let registration = Registration { person, mode: self.new_mode(event), ..Registration::default() };
        self.edit(event, registration_edit(event.id, RegistrationEdit::Add(registration)))
    }

    /// The person and her registration are one step: undone together, and
    /// nobody is left in People by a refused registration.
    fn quick_add(&mut self, event: &Event) -> EditAction<Message> {
        let name = match rules::required(&self.quick.name) {
            Ok(name) => name,
            Err(error) => {
                self.quick.error = Some(error);
                return EditAction::Task(focus(QUICK_NAME_FIELD));
            }
        };
        let person = registration::quick_person(&name, self.quick.school, &self.quick.subject);
        self.quick.pending = Some(person.id);
        let registration =
            Registration { person: person.id, mode: self.new_mode(event), ..Registration::default() };
        let edit = Edit::Batch(vec![
            Edit::Person(Box::new(ItemEdit::Put(person))),
            registration_edit(event.id, RegistrationEdit::Add(registration)),
        ]);
        commit_and_focus(self.with_group(event, edit), QUICK_NAME_FIELD)
    }

    fn new_mode(&self, event: &Event) -> AttendanceMode {
        self.new_mode.unwrap_or(match event.format {
            EventFormat::Online => AttendanceMode::Online,
            EventFormat::Offline | EventFormat::Hybrid => AttendanceMode::Offline,
        })
    }

    fn edit(&mut self, event: &Event, edit: Edit) -> EditAction<Message> {
        EditAction::Edit(self.with_group(event, edit))
    }

    /// `edit`, together with the group still being typed, so that clicking
    /// elsewhere never loses it.
    fn with_group(&mut self, event: &Event, edit: Edit) -> Edit {
        match self.take_group(event) {
            Some(group) => Edit::Batch(vec![group, edit]),
            None => edit,
        }
    }

    /// The edit that saves the group being typed, if it changed anything.
    fn take_group(&mut self, event: &Event) -> Option<Edit> {
        let (person, typed) = self.group.take()?;
        let group = rules::optional(&typed);
        let current = event.registrations.iter().find(|r| r.person == person)?;
        (current.group != group)
            .then(|| registration_edit(event.id, RegistrationEdit::SetGroup(person, group)))
    }

    /// After an edit, undo or redo.
    pub fn reload(&mut self, project: &Project, event_id: EventId) {
        let Some(event) = project.event(event_id) else {
            *self = State { check_in: self.check_in, ..State::default() };
            return;
        };
        let registered = |person: PersonId| event.registrations.iter().any(|r| r.person == person);
        if let Some(pending) = self.quick.pending
            && registered(pending)
        {
            // The school stays: people who come unannounced come together.
            self.quick = Quick { school: self.quick.school, ..Quick::default() };
        }
        if self.group.as_ref().is_some_and(|(person, _)| !registered(*person)) {
            self.group = None;
        }
        if self.quick.school.is_some_and(|id| project.school(id).is_none()) {
            self.quick.school = None;
        }
    }

    pub fn failed(&mut self, message: String) {
        self.quick.pending = None;
        if self.check_in {
            self.desk = Some((NoticeKind::Error, message.clone()));
        }
        self.failure = Some(message);
    }

    pub fn key(&self, key: Key, modifiers: Modifiers) -> Option<Message> {
        match key.as_ref() {
            Key::Character(c) if modifiers.command() && c.eq_ignore_ascii_case(&CHECK_IN_KEY.to_string()) => {
                Some(Message::ToggleCheckIn)
            }
            _ if !self.check_in => None,
            Key::Named(key::Named::Enter) => Some(Message::CheckIn),
            Key::Named(key::Named::Escape) => Some(Message::ClearSearch),
            Key::Character(c) if !modifiers.command() && !modifiers.alt() => {
                Some(Message::TypeAtDesk(c.to_owned()))
            }
            _ => None,
        }
    }

    pub fn view<'a>(
        &'a self,
        project: &'a Project,
        event: &'a Event,
        read_only: bool,
    ) -> Element<'a, Message> {
        let editable = !read_only;
        let mut content = column![self.counts(event), self.toolbar(editable)].spacing(10);
        if self.check_in {
            let field = text_input(&fl!("reg-check-in-placeholder"), &self.search)
                .id(CHECK_IN_FIELD)
                .on_input(Message::Search)
                .on_submit_maybe(editable.then_some(Message::CheckIn))
                .size(26)
                .padding(12);
            content = content.push(widget::on_escape(field, Message::ClearSearch));
            content = content.push(match &self.desk {
                Some((kind, said)) => widget::notice(*kind, said.clone(), Vec::new()),
                None => text(fl!("reg-check-in-hint", enter = "Enter", escape = "Esc"))
                    .size(13)
                    .style(theme::muted_text)
                    .into(),
            });
        } else {
            content = content.push(
                text_input(&fl!("reg-search"), &self.search)
                    .id(SEARCH_FIELD)
                    .on_input(Message::Search)
                    .padding(6),
            );
        }
        match self.panel {
            Panel::Closed => {}
            Panel::FromPeople if editable => content = content.push(self.people_panel(project, event)),
            Panel::Quick if editable => content = content.push(self.quick_form(project, event)),
            _ => {}
        }
        if let Some(failure) = &self.failure {
            content = content.push(text(failure).style(theme::error_text));
        }
        content.push(self.list(project, event, editable)).into()
    }

    /// Always in sight: in a hybrid seminar the twenty people of the hall
    /// must not disappear among the hundreds online.
    fn counts<'a>(&self, event: &Event) -> Element<'a, Message> {
        let counts = registration::counts(event);
        let figure = |label: String| container(text(label).size(15)).padding([6, 12]).style(theme::card);
        let mut bar = row![].spacing(8).align_y(Alignment::Center);
        if let Some(expected) = counts.expected {
            bar = bar.push(figure(fl!("reg-count-expected", count = expected)));
        }
        bar.push(figure(fl!("reg-count-registered", count = counts.registered)))
            .push(
                container(
                    text(fl!("reg-count-present", count = counts.present))
                        .size(15)
                        .font(crate::ui::FONT_BOLD_FACE),
                )
                .padding([6, 12])
                .style(theme::card),
            )
            .push(figure(fl!("reg-count-offline", count = counts.offline, present = counts.present_offline)))
            .push(figure(fl!("reg-count-online", count = counts.online, present = counts.present_online)))
            .wrap()
            .into()
    }

    fn toolbar<'a>(&self, editable: bool) -> Element<'a, Message> {
        let toggle = |label: String, on: bool, message: Message| -> Element<'a, Message> {
            if on { widget::primary(label, Some(message)) } else { widget::secondary(label, Some(message)) }
        };
        let check_in_label = if self.check_in { fl!("reg-check-in-off") } else { fl!("reg-check-in") };
        let mut bar = row![toggle(check_in_label, self.check_in, Message::ToggleCheckIn)]
            .spacing(8)
            .align_y(Alignment::Center);
        if editable {
            bar = bar
                .push(toggle(
                    fl!("reg-add-from-people"),
                    self.panel == Panel::FromPeople,
                    Message::ShowPanel(Panel::FromPeople),
                ))
                .push(toggle(
                    fl!("reg-quick-add"),
                    self.panel == Panel::Quick,
                    Message::ShowPanel(Panel::Quick),
                ));
        }
        bar.push(Space::new().width(Length::Fill))
            .push(text(fl!("reg-check-in-key", keys = CHECK_IN_KEY_LABEL)).size(13).style(theme::muted_text))
            .into()
    }

    fn mode_choices() -> Vec<Choice<AttendanceMode>> {
        super::labels::choices(&[AttendanceMode::Offline, AttendanceMode::Online], mode_label)
    }

    fn mode_picker<'a>(&self, event: &Event) -> Element<'a, Message> {
        let current = super::labels::choice(self.new_mode(event), mode_label);
        widget::choice(fl!("reg-new-mode"), Self::mode_choices(), Some(current), Message::NewMode)
    }

    fn people_panel<'a>(&'a self, project: &'a Project, event: &'a Event) -> Element<'a, Message> {
        let found = registration::unregistered(project, event, &self.people_search);
        let mut list = column![].spacing(2);
        if found.is_empty() {
            list = list.push(text(fl!("list-empty")).style(theme::muted_text));
        }
        for person in found.iter().take(PEOPLE_LIMIT) {
            list = list.push(
                button(column![
                    text(&person.full_name),
                    text(describe(project, person)).size(12).style(theme::muted_text)
                ])
                .on_press(Message::Register(person.id))
                .style(theme::list_row(false))
                .width(Length::Fill)
                .padding([4, 10]),
            );
        }
        if found.len() > PEOPLE_LIMIT {
            let more: usize = found.len() - PEOPLE_LIMIT;
            list = list.push(text(fl!("list-more", count = more)).size(13).style(theme::muted_text));
        }
        let search = widget::labelled(
            fl!("reg-people-search"),
            text_input(&fl!("list-search"), &self.people_search)
                .id(PEOPLE_FIELD)
                .on_input(Message::PeopleSearch)
                .on_submit(Message::RegisterFirst)
                .padding(6)
                .into(),
            None,
        );
        container(
            column![
                row![search, container(self.mode_picker(event)).width(220)].spacing(12),
                scrollable(list).height(Length::Fixed(180.0)),
            ]
            .spacing(8),
        )
        .padding(12)
        .style(theme::card)
        .into()
    }

    fn quick_form<'a>(&'a self, project: &'a Project, event: &'a Event) -> Element<'a, Message> {
        let quick = &self.quick;
        let mut schools = vec![Choice { value: None, label: fl!("choice-none") }];
        schools.extend(project.schools.iter().map(|s| Choice { value: Some(s.id), label: s.name.clone() }));
        let current = schools.iter().find(|c| c.value == quick.school).cloned();
        let name = widget::labelled(
            fl!("reg-quick-name"),
            text_input(&fl!("reg-quick-name"), &quick.name)
                .id(QUICK_NAME_FIELD)
                .on_input(Message::QuickName)
                .on_submit(Message::QuickAdd)
                .padding(6)
                .into(),
            quick.error.map(describe_field_error),
        );
        let subject = widget::labelled(
            fl!("reg-quick-subject"),
            text_input(&fl!("reg-quick-subject"), &quick.subject)
                .id(QUICK_SUBJECT_FIELD)
                .on_input(Message::QuickSubject)
                .on_submit(Message::QuickAdd)
                .padding(6)
                .into(),
            None,
        );
        container(
            column![
                row![name, widget::choice(fl!("reg-quick-school"), schools, current, Message::QuickSchool)]
                    .spacing(12),
                row![subject, container(self.mode_picker(event)).width(220)].spacing(12),
                row![widget::primary(fl!("reg-quick-submit"), Some(Message::QuickAdd))],
            ]
            .spacing(8),
        )
        .padding(12)
        .style(theme::card)
        .into()
    }

    fn list<'a>(&'a self, project: &'a Project, event: &'a Event, editable: bool) -> Element<'a, Message> {
        let listed = registration::listing(project, event, &self.search);
        let mut rows = column![].spacing(2);
        if listed.is_empty() {
            let empty = if event.registrations.is_empty() { fl!("reg-empty") } else { fl!("list-empty") };
            rows = rows.push(text(empty).style(theme::muted_text));
        }
        for &(registration, person) in listed.iter().take(LIST_LIMIT) {
            rows = rows.push(self.row(project, registration, person, editable));
        }
        if listed.len() > LIST_LIMIT {
            let more: usize = listed.len() - LIST_LIMIT;
            rows = rows.push(text(fl!("list-more", count = more)).size(13).style(theme::muted_text));
        }
        scrollable(rows.padding([0, 12])).height(Length::Fill).into()
    }

    fn row<'a>(
        &'a self,
        project: &'a Project,
        registration: &'a Registration,
        person: &'a Person,
        editable: bool,
    ) -> Element<'a, Message> {
        let id = person.id;
        let present = registration.attended == Some(true);
        let other_mode = match registration.mode {
            AttendanceMode::Offline => AttendanceMode::Online,
            AttendanceMode::Online => AttendanceMode::Offline,
        };
        let group: &str = match &self.group {
            Some((editing, typed)) if *editing == id => typed,
            _ => registration.group.as_deref().unwrap_or_default(),
        };
        let mut group_field = text_input(&fl!("reg-group"), group).padding(4).width(100);
        if editable {
            group_field =
                group_field.on_input(move |v| Message::GroupInput(id, v)).on_submit(Message::GroupSave);
        }
        let name = if present {
            text(&person.full_name).font(crate::ui::FONT_BOLD_FACE)
        } else {
            text(&person.full_name)
        };
        container(
            row![
                column![name, text(describe(project, person)).size(12).style(theme::muted_text)]
                    .width(Length::Fill),
                button(text(mode_label(registration.mode)).size(13))
                    .on_press_maybe(editable.then_some(Message::SetMode(id, other_mode)))
                    .style(button::secondary)
                    .padding([4, 8])
                    .width(110),
                group_field,
                checkbox(present)
                    .label(fl!("reg-present"))
                    .on_toggle_maybe(editable.then_some(move |on| Message::SetAttended(id, on))),
                button(text(fl!("reg-remove")).size(13))
                    .on_press_maybe(editable.then_some(Message::Remove(id)))
                    .style(button::text),
            ]
            .spacing(10)
            .align_y(Alignment::Center),
        )
        .padding([4, 8])
        .into()
    }
}

pub fn mode_label(mode: AttendanceMode) -> String {
    match mode {
        AttendanceMode::Offline => fl!("reg-mode-offline"),
        AttendanceMode::Online => fl!("reg-mode-online"),
    }
}

/// School and subjects, as a registrar tells two namesakes apart.
fn describe(project: &Project, person: &Person) -> String {
    let school = person.school.and_then(|id| project.school(id)).map(|s| s.name.as_str());
    let subjects = person.subjects.join(", ");
    match (school, subjects.is_empty()) {
        (Some(school), false) => format!("{school} · {subjects}"),
        (Some(school), true) => school.to_owned(),
        (None, _) => subjects,
    }
}
