//! The form of one session: its time, kind, title and room, who is
//! responsible, and for lessons and master classes the teachers, subject,
//! grade, topic, observers and audience.

use crate::domain::assign::is_parallel_kind;
use crate::domain::registration::quick_person;
use crate::domain::rules::{self, FieldError};
use crate::domain::{
    Edit, Event, EventId, ItemEdit, Lesson, Person, PersonId, Place, Project, RoomId, SchoolId, Session,
    SessionId, SessionKind,
};
use crate::fl;
use crate::i18n::{self, describe_field_error};
use crate::ui::screen::labels::{self, Choice};
use crate::ui::widget;
use crate::ui::widget::person_picker::{self as picker, Offer, PersonPicker};
use chrono::NaiveDate;
use iced::widget::{button, column, row, text};
use iced::{Alignment, Element, Length};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    TitleAlt,
    PlaceAddress,
    Start,
    End,
    Subject,
    Grade,
    ClassLetter,
    Topic,
    Objectives,
    Notes,
}

/// The people lists of a session that the form edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Responsible,
    Teacher,
    Observer,
    Attendee,
}

const ROLES: [Role; 4] = [Role::Responsible, Role::Teacher, Role::Observer, Role::Attendee];

/// The id of a role's picker field, for the focus and for tests.
pub fn picker_id(role: Role) -> &'static str {
    match role {
        Role::Responsible => "session-pick-responsible",
        Role::Teacher => "session-pick-teacher",
        Role::Observer => "session-pick-observer",
        Role::Attendee => "session-pick-attendee",
    }
}

#[derive(Debug)]
pub struct SessionForm {
    event: EventId,
    session: Session,
    is_new: bool,
    /// Typed and not saved: a move made meanwhile changes only the time
    /// and room, and keeps what was typed.
    dirty: bool,
    title: String,
    /// The title is made from the subject and grade as they are typed,
    /// until the user types a title of her own.
    title_follows: bool,
    title_alt: String,
    kind: SessionKind,
    day: NaiveDate,
    start: String,
    end: String,
    room: Option<RoomId>,
    place: Option<SchoolId>,
    place_address: String,
    subject: String,
    grade: String,
    class_letter: String,
    topic: String,
    objectives: String,
    notes: String,
    people: [Vec<PersonId>; 4],
    /// People added on the spot, saved with the session in one step.
    new_people: Vec<Person>,
    pickers: [PersonPicker; 4],
    errors: Vec<(Field, FieldError)>,
    failure: Option<String>,
}

/// What the form holds that is not saved, kept on disk as a draft.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SessionDraft {
    pub event: EventId,
    session: Session,
    is_new: bool,
    title: String,
    #[serde(default)]
    title_alt: String,
    kind: SessionKind,
    day: NaiveDate,
    start: String,
    end: String,
    room: Option<RoomId>,
    #[serde(default)]
    place: Option<SchoolId>,
    #[serde(default)]
    place_address: String,
    subject: String,
    grade: String,
    class_letter: String,
    topic: String,
    objectives: String,
    notes: String,
    people: [Vec<PersonId>; 4],
    new_people: Vec<Person>,
}

impl SessionDraft {
    pub fn session(&self) -> SessionId {
        self.session.id
    }

    pub fn day(&self) -> NaiveDate {
        self.day
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Input(Field, String),
    Kind(Choice<SessionKind>),
    Day(Choice<NaiveDate>),
    Room(Choice<Option<RoomId>>),
    Place(Choice<Option<SchoolId>>),
    Picker(Role, picker::Message),
    Remove(Role, PersonId),
    Save,
    Close,
}

pub enum Outcome {
    None,
    Edit(Edit),
    Close,
}

impl SessionForm {
    /// The form of a session that is in the event.
    pub fn of(event: &Event, session: &Session) -> SessionForm {
        Self::with(event, session.clone(), false)
    }

    /// The form of a session not saved yet.
    pub fn new(event: &Event, session: Session) -> SessionForm {
        Self::with(event, session, true)
    }

    fn with(event: &Event, session: Session, is_new: bool) -> SessionForm {
        let pickers = ROLES.map(|role| PersonPicker::new(picker_id(role)));
        let mut form = SessionForm {
            event: event.id,
            session: session.clone(),
            is_new,
            dirty: is_new,
            title: String::new(),
            title_follows: false,
            title_alt: String::new(),
            kind: session.kind,
            day: session.day,
            start: String::new(),
            end: String::new(),
            room: None,
            place: None,
            place_address: String::new(),
            subject: String::new(),
            grade: String::new(),
            class_letter: String::new(),
            topic: String::new(),
            objectives: String::new(),
            notes: String::new(),
            people: Default::default(),
            new_people: Vec::new(),
            pickers,
            errors: Vec::new(),
            failure: None,
        };
        form.fill(&session);
        form
    }

    fn fill(&mut self, session: &Session) {
        let lesson = session.lesson.clone().unwrap_or_default();
        self.session = session.clone();
        self.title = session.title.clone();
        self.title_alt = session.title_alt.clone().unwrap_or_default();
        self.place = session.place.as_ref().and_then(|p| p.organisation);
        self.place_address = session.place.as_ref().map(|p| p.address.clone()).unwrap_or_default();
        self.kind = session.kind;
        self.notes = session.notes.clone();
        self.subject = lesson.subject.clone();
        self.grade = if lesson.grade > 0 { lesson.grade.to_string() } else { String::new() };
        self.class_letter = lesson.class_letter.clone().unwrap_or_default();
        self.topic = lesson.topic.clone();
        self.objectives = lesson.objectives.clone();
        self.title_follows = self.title.trim().is_empty()
            || i18n::is_placeholder_title(&self.title)
            || session.lesson.as_ref().and_then(auto_title).is_some_and(|auto| auto == self.title);
        self.people = [
            session.responsible.clone(),
            lesson.teachers.clone(),
            session.observers.clone(),
            session.attendees.clone(),
        ];
        self.fill_time(session);
    }

    fn fill_time(&mut self, session: &Session) {
        self.day = session.day;
        self.start = rules::format_time(session.start);
        self.end = rules::format_time(session.end);
        self.room = session.room;
        self.session.day = session.day;
        self.session.start = session.start;
        self.session.end = session.end;
        self.session.room = session.room;
    }

    pub fn is_new(&self) -> bool {
        self.is_new
    }

    /// What was typed and not saved, if anything.
    pub fn draft(&self) -> Option<SessionDraft> {
        self.dirty.then(|| SessionDraft {
            event: self.event,
            session: self.session.clone(),
            is_new: self.is_new,
            title: self.title.clone(),
            title_alt: self.title_alt.clone(),
            kind: self.kind,
            day: self.day,
            start: self.start.clone(),
            end: self.end.clone(),
            room: self.room,
            place: self.place,
            place_address: self.place_address.clone(),
            subject: self.subject.clone(),
            grade: self.grade.clone(),
            class_letter: self.class_letter.clone(),
            topic: self.topic.clone(),
            objectives: self.objectives.clone(),
            notes: self.notes.clone(),
            people: self.people.clone(),
            new_people: self.new_people.clone(),
        })
    }

    /// The form as a draft left it.
    pub fn from_draft(event: &Event, draft: SessionDraft) -> SessionForm {
        let mut form = Self::with(event, draft.session, draft.is_new);
        form.dirty = true;
        form.title = draft.title;
        form.title_alt = draft.title_alt;
        form.place = draft.place;
        form.place_address = draft.place_address;
        form.kind = draft.kind;
        form.day = draft.day;
        form.start = draft.start;
        form.end = draft.end;
        form.room = draft.room;
        form.subject = draft.subject;
        form.grade = draft.grade;
        form.class_letter = draft.class_letter;
        form.topic = draft.topic;
        form.objectives = draft.objectives;
        form.notes = draft.notes;
        form.title_follows = form.title.trim().is_empty() || i18n::is_placeholder_title(&form.title);
        form.people = draft.people;
        form.new_people = draft.new_people;
        form
    }

    /// After an edit or an undo: show what the event now holds.
    pub fn reload(&mut self, session: &Session) {
        self.is_new = false;
        self.new_people.clear();
        if self.dirty {
            self.fill_time(session);
        } else {
            self.fill(session);
        }
        self.errors.clear();
    }

    pub fn fail(&mut self, message: String) {
        self.failure = Some(message);
    }

    pub fn update(&mut self, project: &Project, message: Message) -> Outcome {
        self.failure = None;
        match message {
            Message::Input(field, value) => {
                *self.value_mut(field) = value;
                self.errors.retain(|(f, _)| *f != field);
                self.dirty = true;
                match field {
                    // Emptied, the title follows the subject again.
                    Field::Title => self.title_follows = self.title.trim().is_empty(),
                    Field::Subject | Field::Grade | Field::ClassLetter if self.title_follows => {
                        if let Some(title) = self.typed_lesson().as_ref().and_then(auto_title) {
                            self.title = title;
                            self.errors.retain(|(f, _)| *f != Field::Title);
                        }
                    }
                    _ => {}
                }
            }
            Message::Kind(choice) => {
                self.kind = choice.value;
                self.dirty = true;
            }
            Message::Day(choice) => {
                self.day = choice.value;
                self.dirty = true;
            }
            Message::Room(choice) => {
                self.room = choice.value;
                self.dirty = true;
            }
            Message::Place(choice) => {
                self.place = choice.value;
                self.dirty = true;
            }
            Message::Picker(role, message) => {
                let excluded = self.people[role as usize].clone();
                let offer = Offer { project, excluded: &excluded, allow_new: true };
                match self.pickers[role as usize].update(&offer, message) {
                    picker::Outcome::None => {}
                    picker::Outcome::Picked(id) => self.add(role, id),
                    picker::Outcome::New(name) => {
                        let person = quick_person(&name, None, &self.subject);
                        let id = person.id;
                        self.new_people.push(person);
                        self.add(role, id);
                    }
                }
            }
            Message::Remove(role, id) => {
                self.people[role as usize].retain(|p| *p != id);
                self.new_people.retain(|p| p.id != id || self.people.iter().any(|list| list.contains(&id)));
                self.dirty = true;
            }
            Message::Close => return Outcome::Close,
            Message::Save => {
                let Some(session) = self.build() else { return Outcome::None };
                let put = Edit::Session { event: self.event, change: Box::new(ItemEdit::Put(session)) };
                self.dirty = false;
                if self.new_people.is_empty() {
                    return Outcome::Edit(put);
                }
                let mut edits: Vec<Edit> =
                    self.new_people.drain(..).map(|p| Edit::Person(Box::new(ItemEdit::Put(p)))).collect();
                edits.push(put);
                return Outcome::Edit(Edit::Batch(edits));
            }
        }
        Outcome::None
    }

    /// The lesson as typed so far, for its title; `None` while the grade
    /// is not a number yet.
    fn typed_lesson(&self) -> Option<Lesson> {
        Some(Lesson {
            subject: self.subject.trim().to_owned(),
            grade: rules::parse_grade(&self.grade).ok()?,
            class_letter: rules::optional(&self.class_letter),
            ..Lesson::default()
        })
    }

    fn add(&mut self, role: Role, id: PersonId) {
        let list = &mut self.people[role as usize];
        if !list.contains(&id) {
            list.push(id);
        }
        self.dirty = true;
    }

    fn value_mut(&mut self, field: Field) -> &mut String {
        match field {
            Field::Title => &mut self.title,
            Field::TitleAlt => &mut self.title_alt,
            Field::PlaceAddress => &mut self.place_address,
            Field::Start => &mut self.start,
            Field::End => &mut self.end,
            Field::Subject => &mut self.subject,
            Field::Grade => &mut self.grade,
            Field::ClassLetter => &mut self.class_letter,
            Field::Topic => &mut self.topic,
            Field::Objectives => &mut self.objectives,
            Field::Notes => &mut self.notes,
        }
    }

    fn error(&self, field: Field) -> Option<String> {
        self.errors.iter().find(|(f, _)| *f == field).map(|(_, e)| describe_field_error(*e))
    }

    fn is_lesson(&self) -> bool {
        is_parallel_kind(self.kind) || self.session.lesson.is_some()
    }

    fn build(&mut self) -> Option<Session> {
        let mut errors = Vec::new();
        let title = rules::required(&self.title).map_err(|e| errors.push((Field::Title, e))).ok();
        let span = match rules::parse_time_span(&self.start, &self.end) {
            Ok(span) => Some(span),
            Err((start, end)) => {
                errors.extend(start.map(|e| (Field::Start, e)));
                errors.extend(end.map(|e| (Field::End, e)));
                None
            }
        };
        let grade = rules::parse_grade(&self.grade).map_err(|e| errors.push((Field::Grade, e))).ok();
        self.errors = errors;
        let (title, (start, end), grade) = (title?, span?, grade?);
        let [responsible, teachers, observers, attendees] = self.people.clone();
        let mut session = self.session.clone();
        session.title = title;
        session.kind = self.kind;
        session.day = self.day;
        session.start = start;
        session.end = end;
        session.room = self.room;
        session.title_alt = rules::optional(&self.title_alt);
        let address = self.place_address.trim();
        session.place = (self.place.is_some() || !address.is_empty()).then(|| Place {
            organisation: self.place,
            address: address.to_owned(),
            extra: self.session.place.as_ref().map(|p| p.extra.clone()).unwrap_or_default(),
        });
        session.responsible = responsible;
        session.observers = observers;
        // Whoever the organiser put in the audience here stays there when
        // the audience is distributed automatically.
        session.pinned.retain(|p| attendees.contains(p));
        for person in &attendees {
            if !self.session.attendees.contains(person) && !session.pinned.contains(person) {
                session.pinned.push(*person);
            }
        }
        session.attendees = attendees;
        session.notes = self.notes.trim().to_owned();
        session.lesson = self.is_lesson().then(|| Lesson {
            subject: self.subject.trim().to_owned(),
            grade,
            class_letter: rules::optional(&self.class_letter),
            topic: self.topic.trim().to_owned(),
            objectives: self.objectives.trim().to_owned(),
            teachers,
            extra: self.session.lesson.as_ref().map(|l| l.extra.clone()).unwrap_or_default(),
        });
        Some(session)
    }

    pub fn view<'a>(
        &'a self,
        project: &'a Project,
        event: &'a Event,
        read_only: bool,
    ) -> Element<'a, Message> {
        let input = |field: Field, label: String, value: &'a str| {
            let id = format!("session-{field:?}");
            let on_input = move |v| Message::Input(field, v);
            match field {
                Field::Objectives | Field::Notes => {
                    widget::long_field(id, label, value, self.error(field), on_input)
                }
                _ => widget::field(id, label, value, self.error(field), on_input),
            }
        };
        let days: Vec<Choice<NaiveDate>> = crate::domain::programme::days(event)
            .into_iter()
            .map(|d| Choice { value: d, label: i18n::format_date_short(d) })
            .collect();
        let day = days.iter().find(|c| c.value == self.day).cloned();
        let mut rooms = vec![Choice { value: None, label: fl!("programme-no-room") }];
        rooms.extend(
            event
                .rooms
                .iter()
                .map(|r| Choice { value: Some(r.id), label: super::grid::room_label(event, Some(r.id)) }),
        );
        let room = rooms.iter().find(|c| c.value == self.room).cloned();
        let mut places = vec![Choice { value: None, label: fl!("session-place-venue") }];
        places.extend(project.schools.iter().map(|s| Choice { value: Some(s.id), label: s.name.clone() }));
        let place = places.iter().find(|c| c.value == self.place).cloned();
        // Only a bilingual event, or a session that has one, needs a
        // second title: the form is long enough on a small screen.
        let second_title = event.languages.len() > 1 || !self.title_alt.is_empty();

        let title = if self.is_new { fl!("programme-new-session") } else { self.session.title.clone() };
        let mut form = column![
            // Save sits at the top: the form is long, and the panel beside
            // the grid is short.
            row![
                text(title).size(18).font(crate::ui::FONT_BOLD_FACE).width(Length::Fill),
                widget::primary(fl!("action-save"), (!read_only).then_some(Message::Save)),
                widget::tip(
                    button(text("×")).on_press(Message::Close).style(button::text),
                    format!("{} (Esc)", fl!("help-programme-close"))
                ),
            ]
            .spacing(6)
            .align_y(Alignment::Center),
            input(Field::Title, fl!("session-title"), &self.title),
        ]
        .spacing(8);
        if second_title {
            form = form.push(input(Field::TitleAlt, fl!("session-title-alt"), &self.title_alt));
        }
        form = form.push(
            column![
                row![
                    widget::choice(
                        fl!("session-kind"),
                        labels::choices(&SessionKind::ALL, i18n::session_kind_name),
                        Some(labels::choice(self.kind, i18n::session_kind_name)),
                        Message::Kind,
                    ),
                    widget::choice(fl!("session-room"), rooms, room, Message::Room),
                ]
                .spacing(8),
                row![
                    widget::choice(fl!("session-day"), days, day, Message::Day),
                    input(Field::Start, fl!("session-start"), &self.start),
                    input(Field::End, fl!("session-end"), &self.end),
                ]
                .spacing(8),
                row![
                    widget::choice(fl!("session-place"), places, place, Message::Place),
                    input(Field::PlaceAddress, fl!("session-place-address"), &self.place_address),
                ]
                .spacing(8),
            ]
            .spacing(8),
        );
        if let Some(failure) = &self.failure {
            form = form.push(text(failure.clone()).style(crate::ui::theme::error_text));
        }
        if self.is_lesson() {
            form = form
                .push(
                    row![
                        input(Field::Subject, fl!("session-subject"), &self.subject),
                        input(Field::Grade, fl!("session-grade"), &self.grade),
                        input(Field::ClassLetter, fl!("session-class-letter"), &self.class_letter),
                    ]
                    .spacing(8),
                )
                .push(input(Field::Topic, fl!("session-topic"), &self.topic))
                .push(input(Field::Objectives, fl!("session-objectives"), &self.objectives));
        }
        for role in ROLES {
            if matches!(role, Role::Teacher | Role::Observer | Role::Attendee) && !self.is_lesson() {
                continue;
            }
            form = form.push(self.people_view(project, role, read_only));
        }
        form = form.push(input(Field::Notes, fl!("session-notes"), &self.notes));
        form.push(widget::form_buttons((!read_only).then_some(Message::Save), None, self.failure.clone()))
            .into()
    }

    fn people_view<'a>(&'a self, project: &'a Project, role: Role, read_only: bool) -> Element<'a, Message> {
        let label = match role {
            Role::Responsible => fl!("session-responsible"),
            Role::Teacher => fl!("session-teachers"),
            Role::Observer => fl!("session-observers"),
            Role::Attendee => fl!("session-attendees", count = self.people[role as usize].len()),
        };
        let mut chips = column![].spacing(2);
        for id in self.people[role as usize].iter().take(widget::LIST_LIMIT) {
            let name = project
                .person(*id)
                .or_else(|| self.new_people.iter().find(|p| p.id == *id))
                .map(|p| p.full_name.clone())
                .unwrap_or_default();
            let pinned = role == Role::Attendee && self.session.pinned.contains(id);
            let name = if pinned { format!("{name} · {}", fl!("session-pinned")) } else { name };
            chips = chips.push(
                row![
                    text(name).size(13).width(Length::Fill),
                    widget::tip(
                        button(text("×").size(13))
                            .on_press_maybe((!read_only).then_some(Message::Remove(role, *id)))
                            .style(button::text)
                            .padding([0, 6]),
                        fl!("reg-remove")
                    ),
                ]
                .align_y(Alignment::Center),
            );
        }
        let offer = Offer { project, excluded: &self.people[role as usize], allow_new: true };
        let add = self.pickers[role as usize].view(offer, !read_only).map(move |m| Message::Picker(role, m));
        widget::labelled(label, column![chips, add].spacing(4).into(), None)
    }
}

/// The title a lesson goes by in the window's language until it is named.
fn auto_title(lesson: &Lesson) -> Option<String> {
    i18n::lesson_title_in(i18n::document_loader(i18n::current_language()), lesson)
}
