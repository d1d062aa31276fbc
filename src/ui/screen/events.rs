//! Events: the main data of each event of the project. The programme and
//! the lessons are planned on their own screens.

use super::labels::{self, Choice};
use super::list_editor::ListEditor;
use super::{EditAction, ItemForm};
use crate::domain::rules::{self, FieldError, MAX_LINE_CHARS};
use crate::domain::{
    DEFAULT_TRAVEL_MINUTES, Edit, Event, EventFormat, EventId, EventKind, ItemEdit, Level, Project, Room,
    RoomId, SchoolId,
};
use crate::fl;
use crate::i18n::{self, describe_field_error};
use crate::ui::widget::{self, ListItem};
use chrono::NaiveDate;
use iced::widget::{button, column, row, text, text_input};
use iced::{Alignment, Element};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    Title,
    Theme,
    OnlineLink,
    StartsOn,
    EndsOn,
    Address,
    Goal,
    Audience,
    Expected,
    Travel,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct RoomRow {
    id: RoomId,
    name: String,
    capacity: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Form {
    event: Event,
    is_new: bool,
    title: String,
    theme: String,
    kind: EventKind,
    level: Level,
    format: EventFormat,
    online_link: String,
    starts_on: String,
    ends_on: String,
    venue_school: Option<SchoolId>,
    address: String,
    rooms: Vec<RoomRow>,
    goal: String,
    audience: String,
    expected: String,
    #[serde(default)]
    travel: String,
    #[serde(skip)]
    errors: Vec<(Field, FieldError)>,
    #[serde(skip)]
    room_error: Option<String>,
    #[serde(skip)]
    failure: Option<String>,
}

impl Form {
    fn of(event: &Event, is_new: bool) -> Form {
        Form {
            event: event.clone(),
            is_new,
            title: event.title.clone(),
            theme: event.theme.clone(),
            kind: event.kind,
            level: event.level,
            format: event.format,
            online_link: event.online_link.clone().unwrap_or_default(),
            starts_on: rules::format_date_input(event.starts_on),
            ends_on: rules::format_date_input(event.ends_on),
            venue_school: event.venue.school,
            address: event.venue.address.clone(),
            rooms: event
                .rooms
                .iter()
                .map(|r| RoomRow {
                    id: r.id,
                    name: r.name.clone(),
                    capacity: r.capacity.map(|c| c.to_string()).unwrap_or_default(),
                })
                .collect(),
            goal: event.goal.clone(),
            audience: event.audience.clone(),
            expected: event.expected_participants.map(|n| n.to_string()).unwrap_or_default(),
            travel: event.travel_minutes.map(|n| n.to_string()).unwrap_or_default(),
            errors: Vec::new(),
            room_error: None,
            failure: None,
        }
    }

    fn value_mut(&mut self, field: Field) -> &mut String {
        match field {
            Field::Title => &mut self.title,
            Field::Theme => &mut self.theme,
            Field::OnlineLink => &mut self.online_link,
            Field::StartsOn => &mut self.starts_on,
            Field::EndsOn => &mut self.ends_on,
            Field::Address => &mut self.address,
            Field::Goal => &mut self.goal,
            Field::Audience => &mut self.audience,
            Field::Expected => &mut self.expected,
            Field::Travel => &mut self.travel,
        }
    }

    fn error(&self, field: Field) -> Option<String> {
        self.errors.iter().find(|(f, _)| *f == field).map(|(_, e)| describe_field_error(*e))
    }

    fn build(&mut self) -> Option<Event> {
        let mut errors = Vec::new();
        let title = rules::required(&self.title).map_err(|e| errors.push((Field::Title, e))).ok();
        let period = match rules::parse_period(&self.starts_on, &self.ends_on) {
            Ok(period) => Some(period),
            Err((start, end)) => {
                errors.extend(start.map(|e| (Field::StartsOn, e)));
                errors.extend(end.map(|e| (Field::EndsOn, e)));
                None
            }
        };
        let expected =
            rules::optional_count(&self.expected).map_err(|e| errors.push((Field::Expected, e))).ok();
        // A day has fewer minutes than this; more is a typing slip.
        let travel = rules::optional_count(&self.travel)
            .and_then(|minutes| match minutes {
                Some(m) if m > 600 => Err(FieldError::BadNumber),
                minutes => Ok(minutes.map(|m| m as u16)),
            })
            .map_err(|e| errors.push((Field::Travel, e)))
            .ok();
        let mut rooms = Vec::new();
        self.room_error = None;
        for row in &self.rooms {
            let Some(name) = rules::optional(&row.name) else {
                self.room_error = Some(fl!("event-room-needs-name"));
                continue;
            };
            match rules::optional_count(&row.capacity) {
                Ok(capacity) => rooms.push(Room { id: row.id, name, capacity, ..Room::default() }),
                Err(e) => self.room_error = Some(describe_field_error(e)),
            }
        }
        self.errors = errors;
        let (title, (starts_on, ends_on), expected, travel) = (title?, period?, expected?, travel?);
        if self.room_error.is_some() {
            return None;
        }
        let mut event = self.event.clone();
        event.title = title;
        event.theme = self.theme.trim().to_owned();
        event.kind = self.kind;
        event.level = self.level;
        event.format = self.format;
        event.online_link = rules::optional(&self.online_link);
        event.starts_on = starts_on;
        event.ends_on = ends_on;
        event.venue.school = self.venue_school;
        event.venue.address = self.address.trim().to_owned();
        event.rooms = rooms;
        event.goal = self.goal.trim().to_owned();
        event.audience = self.audience.trim().to_owned();
        event.expected_participants = expected;
        event.travel_minutes = travel;
        Some(event)
    }
}

impl ItemForm for Form {
    type Item = Event;
    type Id = EventId;

    fn of(item: &Event, is_new: bool) -> Form {
        Form::of(item, is_new)
    }

    fn item(&self) -> &Event {
        &self.event
    }

    fn id(&self) -> EventId {
        self.event.id
    }

    fn is_new(&self) -> bool {
        self.is_new
    }

    fn find(project: &Project, id: EventId) -> Option<&Event> {
        project.event(id)
    }

    fn fail(&mut self, message: String) {
        self.failure = Some(message);
    }
}

#[derive(Debug, Clone, Default)]
pub struct State {
    list: ListEditor<Form>,
}

/// The name field of the form's room number `index`.
pub fn room_field(index: usize) -> iced::widget::Id {
    iced::widget::Id::from(format!("event-room-{index}"))
}

#[derive(Debug, Clone)]
pub enum Message {
    Search(String),
    Select(EventId),
    New,
    Input(Field, String),
    Kind(Choice<EventKind>),
    Level(Choice<Level>),
    Format(Choice<EventFormat>),
    Venue(Choice<Option<SchoolId>>),
    AddRoom,
    RoomName(usize, String),
    RoomCapacity(usize, String),
    RemoveRoom(usize),
    Save,
    Delete,
}

impl State {
    pub fn update(&mut self, project: &Project, message: Message, today: NaiveDate) -> EditAction<Message> {
        if let Message::Select(id) = message {
            self.list.select(project, id);
            return EditAction::None;
        }
        if let Message::Search(search) = message {
            self.list.search = search;
            return EditAction::None;
        }
        if let Message::New = message {
            self.list.start_new(Event::new(String::new(), today));
            return EditAction::None;
        }
        let Some(form) = &mut self.list.form else { return EditAction::None };
        form.failure = None;
        match message {
            Message::Input(field, value) => {
                *form.value_mut(field) = value;
                form.errors.retain(|(f, _)| *f != field);
            }
            Message::Kind(choice) => form.kind = choice.value,
            Message::Level(choice) => form.level = choice.value,
            Message::Format(choice) => form.format = choice.value,
            Message::Venue(choice) => form.venue_school = choice.value,
            Message::AddRoom => {
                form.rooms.push(RoomRow { id: RoomId::new(), name: String::new(), capacity: String::new() });
                // The new room is named next, so the cursor goes there.
                return EditAction::Task(iced::widget::operation::focus(room_field(form.rooms.len() - 1)));
            }
            Message::RoomName(i, name) => {
                if let Some(room) = form.rooms.get_mut(i) {
                    room.name = name;
                }
            }
            Message::RoomCapacity(i, capacity) => {
                if let Some(room) = form.rooms.get_mut(i) {
                    room.capacity = capacity;
                }
            }
            Message::RemoveRoom(i) => {
                if i < form.rooms.len() {
                    let room = form.rooms[i].id;
                    let used = form.event.sessions.iter().filter(|s| s.room == Some(room)).count();
                    if used > 0 {
                        form.room_error = Some(fl!("event-room-in-use", sessions = used));
                    } else {
                        form.rooms.remove(i);
                    }
                }
            }
            Message::Save => {
                if let Some(event) = form.build() {
                    return EditAction::Edit(Edit::Event(Box::new(ItemEdit::Put(event))));
                }
            }
            Message::Delete => {
                return EditAction::Edit(Edit::Event(Box::new(ItemEdit::Remove(form.event.id))));
            }
            Message::Select(_) | Message::Search(_) | Message::New => {}
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
        let mut events: Vec<&Event> = project
            .events
            .iter()
            .filter(|e| widget::matches(&self.list.search, &[&e.title, &e.theme]))
            .collect();
        events.sort_by_key(|e| std::cmp::Reverse(e.starts_on));
        let items = events.into_iter().map(|e| ListItem {
            title: e.title.clone(),
            subtitle: format!("{} · {}", i18n::format_date_long(e.starts_on), labels::event_kind(e.kind)),
            selected: selected == Some(e.id),
            on_press: Message::Select(e.id),
        });
        let list = widget::searchable_list(
            &self.list.search,
            Message::Search,
            items,
            fl!("events-new"),
            (!read_only).then_some(Message::New),
        );
        let detail: Element<'a, Message> = match &self.list.form {
            Some(form) => self.form_view(project, form, read_only),
            None => text(fl!("events-hint")).into(),
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
            let id = format!("event-{field:?}");
            let on_input = move |v| Message::Input(field, v);
            match field {
                Field::Theme | Field::Goal | Field::Audience => {
                    widget::long_field(id, label, value, form.error(field), on_input)
                }
                _ => widget::field(id, label, value, form.error(field), on_input),
            }
        };
        let mut venues = vec![Choice { value: None, label: fl!("choice-none") }];
        venues.extend(project.schools.iter().map(|s| Choice { value: Some(s.id), label: s.name.clone() }));
        let venue = venues.iter().find(|c| c.value == form.venue_school).cloned();

        let mut rooms = column![text(fl!("event-rooms")).size(13)].spacing(4);
        for (i, room) in form.rooms.iter().enumerate() {
            rooms = rooms.push(
                row![
                    widget::undoable(
                        text_input(&fl!("event-room-name"), &room.name).id(room_field(i)).padding(6),
                        &room.name,
                        widget::capped(MAX_LINE_CHARS, move |v| Message::RoomName(i, v)),
                    ),
                    text_input(&fl!("event-room-capacity"), &room.capacity)
                        .on_input(move |v| Message::RoomCapacity(i, v))
                        .padding(6)
                        .width(120),
                    widget::tip(
                        button(text("×")).on_press(Message::RemoveRoom(i)).style(button::text),
                        fl!("action-delete")
                    ),
                ]
                .spacing(6)
                .align_y(Alignment::Center),
            );
        }
        if let Some(error) = &form.room_error {
            rooms = rooms.push(text(error.clone()).size(13).style(crate::ui::theme::error_text));
        }
        rooms =
            rooms.push(widget::secondary(fl!("event-add-room"), (!read_only).then_some(Message::AddRoom)));

        column![
            text(if form.is_new { fl!("events-new") } else { form.title.clone() }).size(20),
            input(Field::Title, fl!("event-title"), &form.title),
            input(Field::Theme, fl!("event-theme"), &form.theme),
            row![
                widget::choice(
                    fl!("event-kind"),
                    labels::choices(&EventKind::ALL, labels::event_kind),
                    Some(labels::choice(form.kind, labels::event_kind)),
                    Message::Kind,
                ),
                widget::choice(
                    fl!("event-level"),
                    labels::choices(&Level::ALL, labels::level),
                    Some(labels::choice(form.level, labels::level)),
                    Message::Level,
                ),
                widget::choice(
                    fl!("event-format"),
                    labels::choices(&EventFormat::ALL, labels::event_format),
                    Some(labels::choice(form.format, labels::event_format)),
                    Message::Format,
                ),
            ]
            .spacing(12),
            row![
                input(Field::StartsOn, fl!("event-starts-on"), &form.starts_on),
                input(Field::EndsOn, fl!("event-ends-on"), &form.ends_on),
                input(Field::Expected, fl!("event-expected"), &form.expected),
            ]
            .spacing(12),
            row![
                widget::choice(fl!("event-venue-school"), venues, venue, Message::Venue),
                input(Field::Address, fl!("event-address"), &form.address),
            ]
            .spacing(12),
            row![
                input(Field::OnlineLink, fl!("event-online-link"), &form.online_link),
                input(
                    Field::Travel,
                    fl!("event-travel-minutes", minutes = DEFAULT_TRAVEL_MINUTES),
                    &form.travel
                ),
            ]
            .spacing(12),
            rooms,
            input(Field::Goal, fl!("event-goal"), &form.goal),
            input(Field::Audience, fl!("event-audience"), &form.audience),
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
