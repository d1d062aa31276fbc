//! Registrations of the chosen event, and the check-in desk on the day: the
//! counts stay in sight, the list is searched as people type, and every
//! mark is its own undo step.

use super::EditAction;
use super::labels::Choice;
use crate::domain::registration::{self, CheckIn, RegistrationEdit};
use crate::domain::rules::{self, FieldError, MAX_LINE_CHARS};
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
/// The group of the one registration being typed in.
pub const GROUP_FIELD: &str = "reg-group";

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
    MeetingReport,
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
    /// The event shown: what was typed for one is not applied to another.
    event: Option<EventId>,
    /// Which registrations are listed and searched: the hall's, the online
    /// ones, or (`None`) all.
    mode: Option<AttendanceMode>,
    /// The last one the desk marked, to say so when Ctrl+Z takes it back.
    last_marked: Option<PersonId>,
    meeting_report: super::meeting_report::State,
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
    /// Opens the group of one registration for typing.
    EditGroup(PersonId),
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
    /// List the hall's, the online or (`None`) all registrations.
    Mode(Option<AttendanceMode>),
    /// Everyone listed online and not marked yet joined, in one step.
    MarkAllJoined,
    MeetingReport(super::meeting_report::Message),
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
        if self.event != Some(event_id) {
            self.reload(project, event_id);
        }
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
                // The desk stands in the hall: it looks among the hall's
                // registrations unless the event is only online.
                if self.check_in {
                    self.mode = Some(match event.format {
                        EventFormat::Online => AttendanceMode::Online,
                        EventFormat::Offline | EventFormat::Hybrid => AttendanceMode::Offline,
                    });
                }
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
            Message::EditGroup(person) => {
                let current = event.registrations.iter().find(|r| r.person == person);
                let typed = current.and_then(|r| r.group.clone()).unwrap_or_default();
                let previous = self.take_group(event);
                self.group = Some((person, typed));
                return match previous {
                    Some(edit) => commit_and_focus(edit, GROUP_FIELD),
                    None => EditAction::Task(focus(GROUP_FIELD)),
                };
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
                    Panel::MeetingReport => {
                        return EditAction::Task(focus(super::meeting_report::PATH_FIELD));
                    }
                    Panel::Closed => {}
                }
            }
            Message::PeopleSearch(search) => self.people_search = search,
            Message::Register(person) => return self.register(event, person),
            Message::RegisterFirst => {
                let first = registration::unregistered(project, event, &self.people_search, 1)
                    .shown
                    .first()
                    .map(|p| p.id);
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
            Message::Mode(mode) => {
                self.mode = mode;
                self.desk = None;
            }
            Message::MeetingReport(message) => {
                use super::meeting_report::Outcome;
                match self.meeting_report.update(project, event, message) {
                    Outcome::None => {}
                    Outcome::Task(task) => return EditAction::Task(task.map(Message::MeetingReport)),
                    Outcome::Mark(edit, count) => {
                        self.panel = Panel::Closed;
                        self.desk =
                            Some((NoticeKind::Info, fl!("reg-all-joined", count = count, undo = "Ctrl+Z")));
                        return self.edit(event, edit);
                    }
                }
            }
            Message::MarkAllJoined => {
                let edits: Vec<Edit> = event
                    .registrations
                    .iter()
                    .filter(|r| r.mode == AttendanceMode::Online && r.attended != Some(true))
                    .map(|r| registration_edit(event.id, RegistrationEdit::SetAttended(r.person, Some(true))))
                    .collect();
                if !edits.is_empty() {
                    let count = edits.len();
                    self.desk =
                        Some((NoticeKind::Info, fl!("reg-all-joined", count = count, undo = "Ctrl+Z")));
                    return self.edit(event, Edit::Batch(edits));
                }
            }
        }
        EditAction::None
    }

    /// Enter at the desk: the first match is marked present, and the field
    /// is emptied for the next person.
    fn check_in(&mut self, project: &Project, event: &Event) -> EditAction<Message> {
        let (kind, said, edit) = match registration::check_in_among(project, event, &self.search, self.mode) {
            CheckIn::Blank => (NoticeKind::Warning, fl!("reg-type-a-name"), None),
            CheckIn::NoMatch => {
                (NoticeKind::Error, fl!("reg-no-match", typed = self.search.trim().to_owned()), None)
            }
            CheckIn::AlreadyPresent(person) => {
                (NoticeKind::Warning, fl!("reg-already-present", name = person.full_name.clone()), None)
            }
            CheckIn::Mark(person) => {
                self.last_marked = Some(person.id);
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
        let Some(event) = project.event(event_id).filter(|_| self.event.is_none_or(|e| e == event_id)) else {
            // Another event: only the desk stays open.
            *self = State { check_in: self.check_in, event: Some(event_id), ..State::default() };
            return;
        };
        self.event = Some(event_id);
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
        // Ctrl+Z after a mark: the desk says whose mark was taken back.
        if let Some(marked) = self.last_marked {
            let present = event.registrations.iter().any(|r| r.person == marked && r.attended == Some(true));
            if !present {
                self.last_marked = None;
                let name = project.person(marked).map(|p| p.full_name.clone()).unwrap_or_default();
                self.desk = Some((NoticeKind::Warning, fl!("reg-mark-undone", name = name)));
            }
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

    /// Where Ctrl+F types: the desk's field while checking in.
    pub fn search_field(&self) -> &'static str {
        if self.check_in { CHECK_IN_FIELD } else { SEARCH_FIELD }
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
            // Who Enter will mark, before it marks her: a namesake is seen
            // in time.
            let next = match registration::check_in_among(project, event, &self.search, self.mode) {
                CheckIn::Mark(person) => Some(fl!(
                    "reg-enter-marks",
                    enter = "Enter",
                    name = person.full_name.clone(),
                    about = in_brackets(&describe(project, person))
                )),
                CheckIn::AlreadyPresent(person) => {
                    Some(fl!("reg-already-present", name = person.full_name.clone()))
                }
                CheckIn::NoMatch => Some(fl!("reg-no-match", typed = self.search.trim().to_owned())),
                CheckIn::Blank => None,
            };
            if let Some(next) = next {
                content = content.push(text(next).size(15).font(crate::ui::FONT_BOLD_FACE));
            }
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
            // What a bulk mark did, with its undo, is said off the desk too.
            if let Some((kind, said)) = &self.desk {
                content = content.push(widget::notice(*kind, said.clone(), Vec::new()));
            }
        }
        match self.panel {
            Panel::Closed => {}
            Panel::FromPeople if editable => content = content.push(self.people_panel(project, event)),
            Panel::Quick if editable => content = content.push(self.quick_form(project, event)),
            Panel::MeetingReport if editable => {
                content = content.push(self.meeting_report.view().map(Message::MeetingReport))
            }
            _ => {}
        }
        if let Some(failure) = &self.failure {
            content = content.push(text(failure).style(theme::error_text));
        }
        content.push(self.mode_filter(event, editable)).push(self.list(project, event, editable)).into()
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

    /// In the hall, online, or everyone; online people can be marked as
    /// joined all at once from the meeting's list.
    fn mode_filter<'a>(&self, event: &Event, editable: bool) -> Element<'a, Message> {
        let counts = registration::counts(event);
        let choice = |label: String, mode: Option<AttendanceMode>| -> Element<'a, Message> {
            let style = if self.mode == mode { button::primary } else { button::text };
            button(text(label).size(13)).on_press(Message::Mode(mode)).style(style).padding([4, 10]).into()
        };
        let mut bar = row![
            choice(fl!("reg-filter-hall", count = counts.offline), Some(AttendanceMode::Offline)),
            choice(fl!("reg-filter-online", count = counts.online), Some(AttendanceMode::Online)),
            choice(fl!("reg-filter-all", count = counts.registered), None),
        ]
        .spacing(4)
        .align_y(Alignment::Center);
        let waiting = counts.online - counts.present_online;
        if editable && self.mode == Some(AttendanceMode::Online) && waiting > 0 {
            bar = bar
                .push(Space::new().width(Length::Fill))
                .push(widget::secondary(
                    fl!("reg-from-meeting-report"),
                    Some(Message::ShowPanel(Panel::MeetingReport)),
                ))
                .push(widget::secondary(
                    fl!("reg-mark-all-joined", count = waiting),
                    Some(Message::MarkAllJoined),
                ));
        }
        bar.into()
    }

    fn mode_choices() -> Vec<Choice<AttendanceMode>> {
        super::labels::choices(&[AttendanceMode::Offline, AttendanceMode::Online], mode_label)
    }

    fn mode_picker<'a>(&self, event: &Event) -> Element<'a, Message> {
        let current = super::labels::choice(self.new_mode(event), mode_label);
        widget::choice(fl!("reg-new-mode"), Self::mode_choices(), Some(current), Message::NewMode)
    }

    fn people_panel<'a>(&'a self, project: &'a Project, event: &'a Event) -> Element<'a, Message> {
        let found = registration::unregistered(project, event, &self.people_search, PEOPLE_LIMIT);
        let mut list = column![].spacing(2);
        if found.shown.is_empty() {
            list = list.push(text(fl!("list-empty")).style(theme::muted_text));
        }
        for person in found.shown {
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
        list = more(list, found.total.saturating_sub(PEOPLE_LIMIT));
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
                .on_input(widget::capped(MAX_LINE_CHARS, Message::QuickName))
                .on_submit(Message::QuickAdd)
                .padding(6)
                .into(),
            quick.error.map(describe_field_error),
        );
        let subject = widget::labelled(
            fl!("reg-quick-subject"),
            text_input(&fl!("reg-quick-subject"), &quick.subject)
                .id(QUICK_SUBJECT_FIELD)
                .on_input(widget::capped(MAX_LINE_CHARS, Message::QuickSubject))
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
        let listed = registration::listing_in(project, event, &self.search, LIST_LIMIT, self.mode);
        let mut rows = column![].spacing(2);
        if listed.shown.is_empty() {
            let empty = if event.registrations.is_empty() { fl!("reg-empty") } else { fl!("list-empty") };
            rows = rows.push(text(empty).style(theme::muted_text));
        }
        // Looked up once, not once per row: a row is drawn for each of
        // hundreds of people on every key typed at the desk.
        let labels = RowLabels {
            offline: mode_label(AttendanceMode::Offline),
            online: mode_label(AttendanceMode::Online),
            group: fl!("reg-group"),
            present: fl!("reg-present"),
            joined: fl!("reg-joined"),
            remove: fl!("reg-remove"),
        };
        for (registration, person) in listed.shown {
            rows = rows.push(self.row(project, registration, person, &labels, editable));
        }
        rows = more(rows, listed.total.saturating_sub(LIST_LIMIT));
        scrollable(rows.padding([0, 12])).height(Length::Fill).into()
    }

    fn row<'a>(
        &'a self,
        project: &'a Project,
        registration: &'a Registration,
        person: &'a Person,
        labels: &RowLabels,
        editable: bool,
    ) -> Element<'a, Message> {
        let id = person.id;
        let present = registration.attended == Some(true);
        let (mode, other_mode) = match registration.mode {
            AttendanceMode::Offline => (&labels.offline, AttendanceMode::Online),
            AttendanceMode::Online => (&labels.online, AttendanceMode::Offline),
        };
        // One text field at a time: a field in each of hundreds of rows
        // would make every redraw slow.
        let group: Element<'a, Message> = match &self.group {
            Some((editing, typed)) if *editing == id && editable => text_input(&labels.group, typed)
                .id(GROUP_FIELD)
                .on_input(widget::capped(MAX_LINE_CHARS, move |v| Message::GroupInput(id, v)))
                .on_submit(Message::GroupSave)
                .padding(4)
                .width(100)
                .into(),
            _ => {
                let shown = match registration.group.as_deref() {
                    Some(group) => text(group),
                    None => text(labels.group.clone()).style(theme::muted_text),
                };
                button(shown.size(13))
                    .on_press_maybe(editable.then_some(Message::EditGroup(id)))
                    .style(button::text)
                    .padding([4, 8])
                    .width(100)
                    .into()
            }
        };
        let name = text(&person.full_name);
        let name = if present { name.font(crate::ui::FONT_BOLD_FACE) } else { name };
        container(
            row![
                column![name, text(describe(project, person)).size(12).style(theme::muted_text)]
                    .width(Length::Fill),
                button(text(mode.clone()).size(13))
                    .on_press_maybe(editable.then_some(Message::SetMode(id, other_mode)))
                    .style(button::secondary)
                    .padding([4, 8])
                    .width(110),
                group,
                checkbox(present)
                    .label(if registration.mode == AttendanceMode::Online {
                        labels.joined.clone()
                    } else {
                        labels.present.clone()
                    })
                    .on_toggle_maybe(editable.then_some(move |on| Message::SetAttended(id, on))),
                button(text(labels.remove.clone()).size(13))
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

/// The words every row repeats.
struct RowLabels {
    offline: String,
    online: String,
    group: String,
    present: String,
    /// «Present» of someone online: she joined the meeting.
    joined: String,
    remove: String,
}

/// «N more»: the rows a list left out, which the search narrows down.
fn more(list: iced::widget::Column<'_, Message>, hidden: usize) -> iced::widget::Column<'_, Message> {
    if hidden == 0 {
        return list;
    }
    list.push(text(fl!("list-more", count = hidden)).size(13).style(theme::muted_text))
}

pub use crate::i18n::attendance_mode_name as mode_label;

/// School and subjects, as a registrar tells two namesakes apart.
/// « (school · subjects)» after a name, or nothing when nothing is known.
fn in_brackets(about: &str) -> String {
    if about.is_empty() { String::new() } else { format!(" ({about})") }
}

fn describe(project: &Project, person: &Person) -> String {
    let school = person.school.and_then(|id| project.school(id)).map(|s| s.name.as_str());
    let subjects = person.subjects.join(", ");
    match (school, subjects.is_empty()) {
        (Some(school), false) => format!("{school} · {subjects}"),
        (Some(school), true) => school.to_owned(),
        (None, _) => subjects,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AttendanceMode, Project};
    use chrono::{DateTime, NaiveDate};

    /// A project with one event and two people registered for it.
    fn desk() -> (Project, EventId, [PersonId; 2]) {
        let mut project = Project::new("Жоба", "", DateTime::from_timestamp(1_600_000_000, 0).unwrap());
        let mut event = Event::new("Семинар", NaiveDate::from_ymd_opt(2023, 3, 14).unwrap());
        let people = [
            registration::quick_person("Қожабекова Гүлнар", None, ""),
            registration::quick_person("Әлиева Алёна", None, ""),
        ];
        let ids = [people[0].id, people[1].id];
        for person in people {
            event.registrations.push(Registration { person: person.id, ..Registration::default() });
            project.people.push(person);
        }
        let id = event.id;
        project.events.push(event);
        (project, id, ids)
    }

    fn edit_of(action: EditAction<Message>) -> Option<Edit> {
        match action {
            EditAction::Edit(edit) => Some(edit),
            _ => None,
        }
    }

    #[test]
    fn the_desk_keys() {
        let mut state = State::default();
        let ctrl_k = state.key(Key::Character("k".into()), Modifiers::CTRL);
        assert!(matches!(ctrl_k, Some(Message::ToggleCheckIn)));
        assert!(
            state.key(Key::Named(key::Named::Enter), Modifiers::empty()).is_none(),
            "the list has no desk"
        );
        assert!(state.key(Key::Character("а".into()), Modifiers::empty()).is_none());
        state.check_in = true;
        assert!(matches!(
            state.key(Key::Named(key::Named::Enter), Modifiers::empty()),
            Some(Message::CheckIn)
        ));
        assert!(matches!(
            state.key(Key::Named(key::Named::Escape), Modifiers::empty()),
            Some(Message::ClearSearch)
        ));
        assert!(matches!(
            state.key(Key::Character("қ".into()), Modifiers::SHIFT),
            Some(Message::TypeAtDesk(typed)) if typed == "қ"
        ));
        assert!(state.key(Key::Character("c".into()), Modifiers::CTRL).is_none());
    }

    #[test]
    fn a_group_being_typed_is_saved_with_the_next_edit() {
        let (project, event, [first, second]) = desk();
        let mut state = State::default();
        assert!(edit_of(state.update(&project, event, Message::GroupInput(first, " 5А ".into()))).is_none());
        let set_group = registration_edit(event, RegistrationEdit::SetGroup(first, Some("5А".into())));
        let mark = registration_edit(event, RegistrationEdit::SetAttended(second, Some(true)));
        assert_eq!(
            edit_of(state.update(&project, event, Message::SetAttended(second, true))),
            Some(Edit::Batch(vec![set_group.clone(), mark.clone()]))
        );
        // Saved once: the next edit goes alone.
        assert_eq!(edit_of(state.update(&project, event, Message::SetAttended(second, true))), Some(mark));
        // Typing in another row saves the first one's.
        let _ = state.update(&project, event, Message::GroupInput(first, "5А".into()));
        assert_eq!(
            edit_of(state.update(&project, event, Message::GroupInput(second, "1".into()))),
            Some(set_group)
        );
        // A group typed back to what it was is no edit.
        let _ = state.update(&project, event, Message::GroupInput(second, "".into()));
        assert!(edit_of(state.update(&project, event, Message::GroupSave)).is_none());
    }

    #[test]
    fn a_quick_add_without_a_name_is_refused_at_the_field() {
        let (project, event, _) = desk();
        let mut state = State::default();
        let _ = state.update(&project, event, Message::QuickName("   ".into()));
        assert!(edit_of(state.update(&project, event, Message::QuickAdd)).is_none());
        assert_eq!(state.quick.error, Some(FieldError::Required));
        let _ = state.update(&project, event, Message::QuickName("Бадырақова Мақпал".into()));
        assert_eq!(state.quick.error, None, "typing clears the message");
        assert_eq!(state.new_mode(project.event(event).unwrap()), AttendanceMode::Offline);
    }
}
