//! Observe mode: one observer's sheet for one open lesson, made for the
//! back of a classroom. Every change is an edit at once, so the autosave
//! keeps what was typed; the keyboard alone is enough (arrows between
//! criteria, digits for levels, N for a note, Enter to add it).

use super::EditAction;
use crate::domain::observation::{self, lesson_clock};
use crate::domain::rules::MAX_TEXT_CHARS;
use crate::domain::{
    Criterion, Edit, EventId, ItemEdit, Observation, ObservationStatus, ObservationTemplate, Project, Scale,
    Session,
};
use crate::fl;
use crate::i18n;
use crate::ui::theme;
use crate::ui::widget;
use iced::widget::{Space, button, column, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length};
use std::time::Instant;

pub const NOTE_FIELD: &str = "observe-note";

/// The keys of observe mode, read while no text field holds the focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Previous,
    Next,
    Level(u8),
    Note,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Strengths,
    Improvements,
    Recommendation,
}

#[derive(Debug, Clone)]
pub struct State {
    event: EventId,
    observation: Observation,
    scale: Scale,
    criteria: Vec<Criterion>,
    /// The criterion the arrows and digits act on.
    current: usize,
    /// The note being typed; it is already in the observation, so a crash
    /// mid-sentence loses nothing.
    note: String,
    open_note: Option<usize>,
    /// The lesson's clock: `offset` seconds in when `began`.
    began: Instant,
    offset: u32,
}

#[derive(Debug, Clone)]
pub enum Message {
    Level(usize, u8),
    Select(usize),
    Key(Key),
    Note(String),
    AddNote,
    Text(Field, String),
    Finish,
}

impl State {
    pub fn new(
        event: EventId,
        session: &Session,
        template: &ObservationTemplate,
        observation: Observation,
        now: chrono::NaiveDateTime,
    ) -> State {
        let offset = lesson_clock(session, now, &observation.notes);
        State {
            event,
            scale: template.scale,
            criteria: template.criteria.clone(),
            current: 0,
            note: String::new(),
            open_note: None,
            began: Instant::now(),
            offset,
            observation,
        }
    }

    pub fn observation(&self) -> &Observation {
        &self.observation
    }

    fn elapsed(&self) -> u32 {
        self.offset.saturating_add(u32::try_from(self.began.elapsed().as_secs()).unwrap_or(u32::MAX))
    }

    pub fn update(&mut self, message: Message) -> EditAction<Message> {
        match message {
            Message::Level(index, level) => {
                self.current = index.min(self.criteria.len().saturating_sub(1));
                return self.set_level(level);
            }
            Message::Select(index) => self.current = index.min(self.criteria.len().saturating_sub(1)),
            Message::Key(Key::Previous) => self.current = self.current.saturating_sub(1),
            Message::Key(Key::Next) => {
                self.current = (self.current + 1).min(self.criteria.len().saturating_sub(1));
            }
            Message::Key(Key::Level(level)) => return self.set_level(level),
            Message::Key(Key::Note) => return EditAction::Task(iced::widget::operation::focus(NOTE_FIELD)),
            Message::Note(text) => {
                self.note = text;
                return self.write_note();
            }
            Message::AddNote => {
                // The note is saved already; Enter only starts the next one.
                self.note.clear();
                self.open_note = None;
            }
            Message::Text(field, value) => {
                let target = match field {
                    Field::Strengths => &mut self.observation.strengths,
                    Field::Improvements => &mut self.observation.improvements,
                    Field::Recommendation => &mut self.observation.recommendation,
                };
                *target = value;
                return self.edit();
            }
            Message::Finish => {
                self.observation.status = ObservationStatus::Final;
                return self.edit();
            }
        }
        EditAction::None
    }

    fn set_level(&mut self, level: u8) -> EditAction<Message> {
        let Some(criterion) = self.criteria.get(self.current) else { return EditAction::None };
        if observation::set_level(&mut self.observation, self.scale, &criterion.key, level) {
            self.edit()
        } else {
            EditAction::None
        }
    }

    /// The first letter of a note stamps it with the lesson's clock: the
    /// moment the observer saw what she writes about.
    fn write_note(&mut self) -> EditAction<Message> {
        let now = self.elapsed();
        let notes = &mut self.observation.notes;
        match self.open_note.filter(|i| *i < notes.len()) {
            Some(index) if self.note.trim().is_empty() => {
                notes.remove(index);
                self.open_note = None;
            }
            Some(index) => notes[index].text = self.note.clone(),
            None if self.note.trim().is_empty() => return EditAction::None,
            None => {
                notes.push(crate::domain::ObservationNote {
                    at: now,
                    text: self.note.clone(),
                    extra: Default::default(),
                });
                self.open_note = Some(notes.len() - 1);
            }
        }
        self.edit()
    }

    fn edit(&mut self) -> EditAction<Message> {
        self.observation.modified = chrono::Utc::now();
        EditAction::Edit(Edit::Observation {
            event: self.event,
            change: Box::new(ItemEdit::Put(self.observation.clone())),
        })
    }

    /// After an edit, undo or redo: show the observation as the project
    /// holds it. One not stored yet (or undone away) stays as typed, and
    /// the next change stores it again.
    pub fn reload(&mut self, project: &Project) {
        let stored = project
            .event(self.event)
            .and_then(|e| e.observations.iter().find(|o| o.id == self.observation.id));
        if let Some(stored) = stored {
            self.observation = stored.clone();
        }
        match self.open_note.and_then(|i| self.observation.notes.get(i)) {
            Some(note) => self.note = note.text.clone(),
            None => {
                self.open_note = None;
                self.note.clear();
            }
        }
    }

    pub fn view<'a>(&'a self, project: &'a Project, read_only: bool) -> Element<'a, Message> {
        let observer = project.person(self.observation.observer).map(|p| p.full_name.as_str()).unwrap_or("");
        let elapsed = self.elapsed() / 60;
        let status = match self.observation.status {
            ObservationStatus::Draft => fl!("obs-status-draft"),
            ObservationStatus::Final => fl!("obs-status-final"),
        };
        let heading = row![
            text(format!("{}: {observer}", fl!("obs-observer"))).width(Length::Fill),
            text(fl!("obs-minute", minutes = elapsed)).size(18).font(crate::ui::FONT_BOLD_FACE),
            text(status).style(theme::muted_text),
        ]
        .spacing(16)
        .align_y(Alignment::Center);

        let mut sheet = column![].spacing(6);
        for (index, criterion) in self.criteria.iter().enumerate() {
            sheet = sheet.push(self.criterion_row(index, criterion, read_only));
        }

        let mut note = text_input(&fl!("obs-note-hint"), &self.note).id(NOTE_FIELD).padding(10).size(16);
        if !read_only {
            note = note.on_input(widget::capped(MAX_TEXT_CHARS, Message::Note)).on_submit(Message::AddNote);
        }
        let mut notes = column![].spacing(2);
        for written in &self.observation.notes {
            notes = notes.push(
                row![text(clock(written.at)).style(theme::muted_text).width(56), text(&written.text)]
                    .spacing(8),
            );
        }

        let field = |field: Field, id: &'static str, label: String, value: &'a str| {
            let input = text_input(&label, value).id(id).padding(8);
            let input = if read_only {
                input
            } else {
                input.on_input(widget::capped(MAX_TEXT_CHARS, move |v| Message::Text(field, v)))
            };
            widget::labelled(label, input.into(), None)
        };
        let finish =
            (!read_only && self.observation.status == ObservationStatus::Draft).then_some(Message::Finish);

        column![
            heading,
            text(fl!("obs-keys")).size(13).style(theme::muted_text),
            // Always in sight: a note is written the moment something
            // happens, wherever the sheet is scrolled.
            widget::labelled(fl!("obs-note"), note.into(), None),
            scrollable(
                column![
                    sheet,
                    notes,
                    field(
                        Field::Strengths,
                        "observe-strengths",
                        fl!("obs-strengths"),
                        &self.observation.strengths
                    ),
                    field(
                        Field::Improvements,
                        "observe-improvements",
                        fl!("obs-improvements"),
                        &self.observation.improvements
                    ),
                    field(
                        Field::Recommendation,
                        "observe-recommendation",
                        fl!("obs-recommendation"),
                        &self.observation.recommendation
                    ),
                    row![Space::new().width(Length::Fill), widget::primary(fl!("obs-finish"), finish)],
                ]
                .spacing(12)
                .padding([0, 12])
            )
            .height(Length::Fill),
        ]
        .spacing(10)
        .into()
    }

    fn criterion_row<'a>(
        &'a self,
        index: usize,
        criterion: &'a Criterion,
        read_only: bool,
    ) -> Element<'a, Message> {
        let given = self.observation.ratings.get(&criterion.key).copied();
        let mut levels = row![].spacing(6);
        for level in 1..=self.scale.top() {
            let style = if given == Some(level) { button::primary } else { button::secondary };
            levels = levels.push(
                button(text(i18n::level_name(self.scale, level)).size(20).center())
                    .on_press_maybe((!read_only).then_some(Message::Level(index, level)))
                    .style(style)
                    .padding([10, 18])
                    .width(Length::Shrink),
            );
        }
        let words = column![
            text(&criterion.title).font(crate::ui::FONT_BOLD_FACE),
            text(&criterion.descriptor).size(13).style(theme::muted_text),
        ]
        .spacing(2)
        .width(Length::Fill);
        let current = index == self.current;
        button(row![words, levels].spacing(12).align_y(Alignment::Center))
            .on_press(Message::Select(index))
            .style(theme::list_row(current))
            .padding([8, 10])
            .width(Length::Fill)
            .into()
    }
}

/// Minutes and seconds into the lesson, as a clock shows them.
pub fn clock(seconds: u32) -> String {
    format!("{:02}:{:02}", seconds / 60, seconds % 60)
}
