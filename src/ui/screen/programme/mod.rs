//! The programme of one event: a day grid with time going down and rooms
//! across, the form of the selected session beside it, and the conflicts
//! of the plan, live.
//!
//! Everything the mouse does here the keyboard does too: arrows pick the
//! session, Alt+arrows move it in time and between rooms, Shift+arrows
//! change its length, Ctrl+D duplicates, Delete removes, Ctrl+N adds.

pub mod form;
mod grid;
mod template;

use super::EditAction;
use crate::domain::conflicts::{Conflict, ConflictKind};
use crate::domain::programme::{self, STEP_MINUTES};
use crate::domain::{Edit, Event, EventId, ItemEdit, Project, Session, SessionId, project_conflicts};
use crate::fl;
use crate::i18n;
use crate::ui::theme::{self, NoticeKind};
use crate::ui::widget;
use crate::ui::widget::save_target::{self, SaveTarget};
use chrono::NaiveDate;
use form::SessionForm;
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::{Space, button, column, container, row, scrollable, text};
use iced::{Alignment, Element, Length};
use std::collections::HashSet;
use template::TemplateForm;

/// The side panel shows at most this many conflicts; the rest are counted.
const CONFLICTS_SHOWN: usize = 60;

#[derive(Debug, Default)]
pub struct State {
    day: Option<NaiveDate>,
    selected: Option<SessionId>,
    form: Option<SessionForm>,
    template: Option<TemplateForm>,
    /// How many conflicts the event has; only the first few are put in
    /// words below.
    conflict_count: usize,
    /// The event's conflicts in words, with the session each is about,
    /// worked out after every edit rather than on every frame.
    conflicts: Vec<(SessionId, String)>,
    conflicted: std::collections::HashSet<SessionId>,
    failure: Option<String>,
    /// The list of conflicts is open; closed it is only a count in the
    /// toolbar, and the grid has the width.
    show_conflicts: bool,
    /// The sessions of the event at the last reload, to notice one that
    /// comes back.
    known: HashSet<SessionId>,
    known_event: Option<EventId>,
    /// Where the programme's calendar for phones is saved.
    calendar: SaveTarget,
    calendar_notice: Option<(NoticeKind, String)>,
}

pub const CALENDAR_PATH_FIELD: &str = "calendar-path";

#[derive(Debug, Clone)]
pub enum Message {
    Day(NaiveDate),
    Select(SessionId),
    Deselect,
    New,
    Duplicate,
    Delete,
    /// Move the selected session by this many minutes.
    Shift(i64),
    /// Lengthen (or with a negative number shorten) the selected session.
    Resize(i64),
    /// Move the selected session to the next (+1) or previous (-1) room.
    ChangeRoom(i32),
    /// Select the session beside this one at the same time, to the right
    /// (+1) or the left (-1).
    Sideways(i32),
    /// Select the next (+1) or previous (-1) session of the day.
    Step(i32),
    Form(form::Message),
    OpenTemplate,
    /// Opens or closes the list of conflicts.
    ToggleConflicts,
    Template(template::Message),
    /// Save the programme as a calendar file for the participants' phones.
    Calendar,
    CalendarTarget(save_target::Message),
    CalendarWritten(Result<String, String>),
    DismissCalendar,
}

impl State {
    pub fn update(&mut self, project: &Project, event_id: EventId, message: Message) -> EditAction<Message> {
        let Some(event) = project.event(event_id) else { return EditAction::None };
        self.failure = None;
        let day = self.day(event);
        let put =
            |session: Session| Edit::Session { event: event_id, change: Box::new(ItemEdit::Put(session)) };
        match message {
            Message::Day(day) => {
                self.day = Some(day);
                self.select(event, None);
            }
            Message::Select(id) => {
                if let Some(session) = find(event, id) {
                    self.day = Some(session.day);
                }
                self.template = None;
                self.select(event, Some(id));
                return EditAction::Task(panel_to_top());
            }
            Message::Sideways(step) => {
                if let Some(id) = self.selected.and_then(|id| programme::parallel_neighbour(event, id, step))
                {
                    self.select(event, Some(id));
                    return EditAction::Task(panel_to_top());
                }
            }
            Message::Deselect => {
                self.template = None;
                self.select(event, None);
            }
            Message::New => {
                let previous = self.selected.and_then(|id| find(event, id));
                let session = programme::new_after(previous, day, fl!("programme-new-session"));
                self.template = None;
                self.selected = Some(session.id);
                self.form = Some(SessionForm::new(event, session));
            }
            Message::Duplicate => {
                if let Some(session) = self.selected.and_then(|id| find(event, id)) {
                    let copy = programme::duplicate(session);
                    self.selected = Some(copy.id);
                    // The copy gets a form of its own when it is in the
                    // event; the original's form, typed in or not, must not
                    // be taken for the copy's.
                    self.form = None;
                    return EditAction::Edit(put(copy));
                }
            }
            Message::Delete => {
                if let Some(id) = self.selected {
                    if find(event, id).is_none() {
                        // A new session not saved yet: only its form goes.
                        self.select(event, None);
                        return EditAction::None;
                    }
                    self.step_after_delete(event, id);
                    return EditAction::Edit(Edit::Session {
                        event: event_id,
                        change: Box::new(ItemEdit::Remove(id)),
                    });
                }
            }
            Message::Shift(minutes) => {
                if let Some(session) = self.selected.and_then(|id| find(event, id)) {
                    match programme::moved(session, minutes) {
                        Some(moved) => return EditAction::Edit(put(moved)),
                        None => self.failure = Some(fl!("programme-stays-in-day")),
                    }
                }
            }
            Message::Resize(minutes) => {
                if let Some(session) = self.selected.and_then(|id| find(event, id)) {
                    match programme::resized(session, minutes) {
                        Some(resized) => return EditAction::Edit(put(resized)),
                        None => self.failure = Some(fl!("programme-too-short")),
                    }
                }
            }
            Message::ChangeRoom(step) => {
                if let Some(session) = self.selected.and_then(|id| find(event, id)) {
                    if event.rooms.is_empty() {
                        self.failure = Some(fl!("programme-no-rooms"));
                        return EditAction::None;
                    }
                    // «No room» sits before the first room.
                    let rooms: Vec<_> =
                        std::iter::once(None).chain(event.rooms.iter().map(|r| Some(r.id))).collect();
                    let at = rooms.iter().position(|r| *r == session.room).unwrap_or(0) as i32;
                    let to = (at + step).clamp(0, rooms.len() as i32 - 1) as usize;
                    if rooms[to] != session.room {
                        return EditAction::Edit(put(Session { room: rooms[to], ..session.clone() }));
                    }
                }
            }
            Message::Step(step) => {
                let day_sessions = programme::sessions_of_day(event, day);
                if day_sessions.is_empty() {
                    return EditAction::None;
                }
                let at = self.selected.and_then(|id| day_sessions.iter().position(|s| s.id == id));
                let to = match at {
                    Some(at) => (at as i32 + step).clamp(0, day_sessions.len() as i32 - 1) as usize,
                    None if step > 0 => 0,
                    None => day_sessions.len() - 1,
                };
                let id = day_sessions[to].id;
                self.select(event, Some(id));
                return EditAction::Task(panel_to_top());
            }
            Message::Form(message) => {
                let Some(form) = &mut self.form else { return EditAction::None };
                return match form.update(project, message) {
                    form::Outcome::None => EditAction::None,
                    form::Outcome::Edit(edit) => EditAction::Edit(edit),
                    form::Outcome::Close => {
                        self.select(event, None);
                        EditAction::None
                    }
                };
            }
            Message::ToggleConflicts => self.show_conflicts = !self.show_conflicts,
            Message::Calendar => {
                let name = crate::ui::screen::library::file_stem_for(&event.title);
                let task =
                    self.calendar.ask(CALENDAR_PATH_FIELD, fl!("programme-calendar-files"), &["ics"], &name);
                return EditAction::Task(task.map(Message::CalendarTarget));
            }
            Message::CalendarTarget(message) => {
                if let Some(path) = self.calendar.update(message) {
                    let ics = crate::exchange::event_to_ics(
                        project,
                        event,
                        chrono::Utc::now(),
                        &i18n::CalendarText,
                    );
                    let said = fl!(
                        "ics-written",
                        title = event.title.as_str(),
                        path = path.display().to_string(),
                        count = event.sessions.len()
                    );
                    return EditAction::Task(iced::Task::perform(
                        crate::ui::tasks::blocking(move || {
                            crate::store::atomic::write_atomic(&path, ics.as_bytes(), false)
                                .map(|()| said)
                                .map_err(|error| i18n::describe_io(&error, &path))
                        }),
                        Message::CalendarWritten,
                    ));
                }
            }
            Message::CalendarWritten(Ok(said)) => {
                self.calendar.done();
                self.calendar_notice = Some((NoticeKind::Info, said));
            }
            Message::CalendarWritten(Err(error)) => self.calendar_notice = Some((NoticeKind::Error, error)),
            Message::DismissCalendar => self.calendar_notice = None,
            Message::OpenTemplate => {
                self.select(event, None);
                self.template = Some(TemplateForm::new(event, day));
            }
            Message::Template(message) => {
                let Some(template) = &mut self.template else { return EditAction::None };
                match template.update(event, message) {
                    template::Outcome::None => {}
                    template::Outcome::Close => self.template = None,
                    template::Outcome::LayOut(sessions) => {
                        self.template = None;
                        if let Some(first) = sessions.first() {
                            self.day = Some(first.day);
                        }
                        return EditAction::Edit(Edit::Batch(sessions.into_iter().map(put).collect()));
                    }
                }
            }
        }
        EditAction::None
    }

    /// The keys of the grid, for when no text field has the focus.
    pub fn key(&self, key: Key, modifiers: Modifiers) -> Option<Message> {
        let selected = self.selected.is_some();
        let message = match key.as_ref() {
            Key::Named(Named::ArrowUp) if modifiers.alt() => Message::Shift(-STEP_MINUTES),
            Key::Named(Named::ArrowDown) if modifiers.alt() => Message::Shift(STEP_MINUTES),
            Key::Named(Named::ArrowLeft) if modifiers.alt() => Message::ChangeRoom(-1),
            Key::Named(Named::ArrowRight) if modifiers.alt() => Message::ChangeRoom(1),
            Key::Named(Named::ArrowUp) if modifiers.shift() => Message::Resize(-STEP_MINUTES),
            Key::Named(Named::ArrowDown) if modifiers.shift() => Message::Resize(STEP_MINUTES),
            Key::Named(Named::ArrowUp) => Message::Step(-1),
            Key::Named(Named::ArrowDown) => Message::Step(1),
            Key::Named(Named::ArrowLeft) if selected && modifiers.is_empty() => Message::Sideways(-1),
            Key::Named(Named::ArrowRight) if selected && modifiers.is_empty() => Message::Sideways(1),
            Key::Named(Named::Delete) if selected => Message::Delete,
            Key::Named(Named::Insert) => Message::New,
            Key::Named(Named::Escape) => Message::Deselect,
            Key::Character("d") if modifiers.command() => Message::Duplicate,
            Key::Character("n") if modifiers.command() => Message::New,
            _ => return None,
        };
        Some(message)
    }

    /// The session form's unsaved text, if any.
    pub fn draft(&self) -> Option<serde_json::Value> {
        serde_json::to_value(self.form.as_ref()?.draft()?).ok()
    }

    /// Opens the session form as a draft left it; the event whose
    /// programme it belongs to is returned, for the project to show.
    pub fn restore(&mut self, project: &Project, draft: serde_json::Value) -> Option<EventId> {
        let draft: form::SessionDraft = serde_json::from_value(draft).ok()?;
        let event = project.event(draft.event)?;
        self.selected = Some(draft.session());
        self.day = Some(draft.day());
        let id = event.id;
        self.form = Some(SessionForm::from_draft(event, draft));
        Some(id)
    }

    pub fn reload(&mut self, project: &Project, event_id: EventId) {
        let Some(event) = project.event(event_id) else { return };
        // One session that was not there before (a deletion undone, a copy
        // made) is the one the user is working on: it is selected.
        let now: HashSet<SessionId> = event.sessions.iter().map(|s| s.id).collect();
        let mut appeared = now.iter().filter(|id| !self.known.contains(id));
        if let (Some(&id), None, true) =
            (appeared.next(), appeared.next(), self.known_event == Some(event_id))
        {
            if let Some(session) = find(event, id) {
                self.day = Some(session.day);
            }
            self.selected = Some(id);
            self.form = find(event, id).map(|s| SessionForm::of(event, s));
        }
        self.known = now;
        self.known_event = Some(event_id);
        let mut conflicts: Vec<Conflict> =
            project_conflicts(project).into_iter().filter(|(e, _)| *e == event_id).map(|(_, c)| c).collect();
        // Clashes first: a room or a person in two places spoils the day,
        // a topic not typed yet does not. The sort is stable, so each group
        // keeps programme order.
        conflicts.sort_by_key(|c| severity(&c.kind));
        self.conflicted = conflicts.iter().map(|c| c.session).collect();
        self.conflict_count = conflicts.len();
        self.conflicts = conflicts
            .iter()
            .take(CONFLICTS_SHOWN)
            .map(|c| (c.session, i18n::describe_conflict(project, event, c)))
            .collect();
        if let Some(day) = self.day
            && !programme::days(event).contains(&day)
        {
            self.day = None;
        }
        match (&mut self.form, self.selected) {
            (Some(form), Some(id)) => match find(event, id) {
                Some(session) => form.reload(session),
                // Deleted, or undone away: a form of a session not saved
                // yet stays as typed.
                None if form.is_new() => {}
                None => {
                    self.form = None;
                    self.selected = None;
                }
            },
            (None, Some(id)) => {
                if let Some(session) = find(event, id) {
                    self.form = Some(SessionForm::of(event, session));
                }
            }
            _ => {}
        }
    }

    pub fn failed(&mut self, message: String) {
        match &mut self.form {
            Some(form) => form.fail(message),
            None => self.failure = Some(message),
        }
    }

    fn day(&self, event: &Event) -> NaiveDate {
        self.day.unwrap_or_else(|| programme::days(event).first().copied().unwrap_or(event.starts_on))
    }

    fn select(&mut self, event: &Event, id: Option<SessionId>) {
        self.selected = id;
        self.form = id.and_then(|id| find(event, id)).map(|s| SessionForm::of(event, s));
    }

    /// After a delete the session before it is selected (the first one
    /// when the first was deleted): the user sees where the removed one
    /// stood, and Ctrl+Z brings it back there.
    fn step_after_delete(&mut self, event: &Event, id: SessionId) {
        let day_sessions = programme::sessions_of_day(event, self.day(event));
        let at = day_sessions.iter().position(|s| s.id == id);
        let next = at.and_then(|at| {
            at.checked_sub(1).and_then(|p| day_sessions.get(p)).or_else(|| day_sessions.get(at + 1))
        });
        self.selected = next.map(|s| s.id);
        self.form = None;
    }

    pub fn view<'a>(
        &'a self,
        project: &'a Project,
        event: &'a Event,
        read_only: bool,
    ) -> Element<'a, Message> {
        let day = self.day(event);
        let days = programme::days(event);
        let days_count = days.len();
        // A course of many days lists them on a line of their own, which
        // wraps; a one-day event names its day beside the tools.
        let mut day_buttons = row![].spacing(6).align_y(Alignment::Center);
        let mut toolbar = row![].spacing(6).align_y(Alignment::Center);
        if days_count > 1 {
            for d in days {
                let label = i18n::format_date_short(d);
                day_buttons = day_buttons.push(
                    button(text(label).size(13))
                        .on_press(Message::Day(d))
                        .style(theme::list_row(d == day))
                        .padding([4, 10]),
                );
            }
        } else {
            toolbar = toolbar.push(text(i18n::format_date_long(day)).size(15));
        }
        let conflicts: Element<'a, Message> = if self.conflict_count == 0 {
            text(fl!("programme-no-conflicts")).size(13).style(theme::muted_text).into()
        } else {
            let label = fl!("programme-conflicts", count = self.conflict_count);
            let style = if self.show_conflicts { button::primary } else { button::danger };
            button(text(label).size(13))
                .on_press(Message::ToggleConflicts)
                .style(style)
                .padding([4, 10])
                .into()
        };
        let toolbar =
            toolbar.push(Space::new().width(12)).push(conflicts).push(Space::new().width(Length::Fill)).push(
                widget::tip(
                    widget::secondary(fl!("programme-calendar"), Some(Message::Calendar)),
                    fl!("programme-calendar-tip"),
                ),
            );
        let toolbar = toolbar.push(widget::secondary(
            fl!("programme-from-template"),
            (!read_only).then_some(Message::OpenTemplate),
        ));
        let toolbar =
            toolbar.push(widget::primary(fl!("programme-add"), (!read_only).then_some(Message::New)));
        let toolbar: Element<'a, Message> = if days_count > 1 {
            column![day_buttons.wrap().vertical_spacing(6), toolbar].spacing(8).into()
        } else {
            toolbar.into()
        };

        let layout = programme::layout(event, day);
        let grid = grid::view(project, event, layout, self.selected, &self.conflicted);
        let form: Option<Element<'a, Message>> = match (&self.template, &self.form) {
            (Some(template), _) => Some(template.view(event).map(Message::Template)),
            (None, Some(form)) => Some(form.view(project, event, read_only).map(Message::Form)),
            (None, None) => None,
        };
        // The conflicts come first, so that they stay in sight while the
        // plan is being changed; the form of the session follows. With
        // neither, the grid has the whole width.
        let mut side_panel = column![].spacing(12);
        if self.show_conflicts && self.conflict_count > 0 {
            side_panel = side_panel.push(self.conflicts_view());
        }
        if let Some(failure) = &self.failure {
            side_panel = side_panel.push(text(failure.clone()).size(13).style(theme::error_text));
        }
        if self.selected.and_then(|id| find(event, id)).is_some() && !read_only {
            side_panel = side_panel.push(move_buttons());
        }
        let has_side =
            form.is_some() || (self.show_conflicts && self.conflict_count > 0) || self.failure.is_some();
        if let Some(form) = form {
            side_panel = side_panel.push(form);
        }
        let body: Element<'a, Message> = if has_side {
            row![
                container(grid).width(Length::Fill).height(Length::Fill),
                scrollable(side_panel.padding([0, 12]))
                    .id(SIDE_PANEL)
                    .height(Length::Fill)
                    .width(Length::Fixed(SIDE_WIDTH)),
            ]
            .spacing(12)
            .into()
        } else {
            container(grid).width(Length::Fill).height(Length::Fill).into()
        };

        let mut saving = column![].spacing(6);
        if let Some(field) = self.calendar.view(
            CALENDAR_PATH_FIELD,
            fl!("programme-calendar-path", ext = ".ics"),
            fl!("export-save"),
            Message::CalendarTarget,
        ) {
            saving = saving.push(field);
        }
        if let Some((kind, said)) = &self.calendar_notice {
            saving = saving.push(widget::notice(
                *kind,
                said.clone(),
                vec![(fl!("action-dismiss"), Message::DismissCalendar)],
            ));
        }
        column![
            toolbar,
            saving,
            body,
            text(fl!(
                "programme-keys",
                choose = "↑ ↓",
                shift = "Alt+↑ ↓",
                room = "Alt+← →",
                length = "Shift+↑ ↓",
                duplicate = "Ctrl+D",
                delete = "Delete",
                add = "Ctrl+N",
                close = "Esc"
            ))
            .size(12)
            .style(theme::muted_text),
        ]
        .spacing(10)
        .into()
    }

    fn conflicts_view(&self) -> Element<'_, Message> {
        let title = if self.conflict_count == 0 {
            fl!("programme-no-conflicts")
        } else {
            fl!("programme-conflicts", count = self.conflict_count)
        };
        let mut list = column![text(title).size(15).font(crate::ui::FONT_BOLD_FACE)].spacing(4);
        for (session, description) in &self.conflicts {
            list = list.push(
                button(text(description.clone()).size(13))
                    .on_press(Message::Select(*session))
                    .style(theme::list_row(self.selected == Some(*session)))
                    .width(Length::Fill)
                    .padding([4, 8]),
            );
        }
        let hidden = self.conflict_count - self.conflicts.len();
        if hidden > 0 {
            list = list.push(text(fl!("list-more", count = hidden)).size(13).style(theme::muted_text));
        }
        container(scrollable(list).height(Length::Shrink))
            .max_height(220)
            .padding(10)
            .width(Length::Fill)
            .style(theme::card)
            .into()
    }
}

/// Another session chosen: its form starts at its top, not where the last
/// one was scrolled to (typing would land in the wrong fields).
fn panel_to_top<M>() -> iced::Task<M> {
    iced::widget::operation::snap_to(SIDE_PANEL, iced::widget::operation::RelativeOffset::START)
}

/// The session form's panel: wide enough for its fields in Kazakh, narrow
/// enough to leave a 1024-pixel screen three rooms of the grid.
const SIDE_WIDTH: f32 = 330.0;
/// The form's panel scrolls back to its top when another session is chosen.
pub const SIDE_PANEL: &str = "programme-side";

/// What the Alt- and Shift-arrows do, for the mouse.
fn move_buttons<'a>() -> Element<'a, Message> {
    let small = |label: String, message: Message| {
        button(text(label).size(13)).on_press(message).style(button::secondary).padding([4, 8])
    };
    row![
        small(fl!("programme-earlier"), Message::Shift(-STEP_MINUTES)),
        small(fl!("programme-later"), Message::Shift(STEP_MINUTES)),
        small(fl!("programme-shorter"), Message::Resize(-STEP_MINUTES)),
        small(fl!("programme-longer"), Message::Resize(STEP_MINUTES)),
        small(fl!("programme-room-previous"), Message::ChangeRoom(-1)),
        small(fl!("programme-room-next"), Message::ChangeRoom(1)),
        small(fl!("programme-duplicate"), Message::Duplicate),
        button(text(fl!("action-delete")).size(13))
            .on_press(Message::Delete)
            .style(button::danger)
            .padding([4, 8]),
    ]
    .spacing(4)
    .wrap()
    .into()
}

fn severity(kind: &ConflictKind) -> u8 {
    match kind {
        ConflictKind::RoomDoubleBooked { .. } => 0,
        ConflictKind::PersonDoubleBooked { .. } => 1,
        ConflictKind::OverCapacity { .. } | ConflictKind::TooLittleTravel { .. } => 2,
        ConflictKind::ObserverInOwnLesson { .. } => 3,
        ConflictKind::OutsideEventDays => 4,
        ConflictKind::LessonWithoutTeacher | ConflictKind::LessonWithoutTopic => 5,
    }
}

fn find(event: &Event, id: SessionId) -> Option<&Session> {
    event.sessions.iter().find(|s| s.id == id)
}
