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
/// The scrollable sheet, scrolled to keep the chosen criterion in sight.
pub const SHEET: &str = "observe-sheet";
/// The notes show in a strip this high under their field.
const NOTES_HEIGHT: f32 = 110.0;
/// About the height of one criterion's row, to scroll it into view.
const CRITERION_ROW: f32 = 76.0;

/// Each note typed is its own run of typing, undone as one step.
static NOTE_RUNS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

fn new_run() -> u64 {
    NOTE_RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

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
    /// The run of typing of the open note.
    note_run: u64,
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
    /// Esc in the note field: the keys of the sheet work again.
    LeaveNote,
    /// A note written earlier, back in the field to be corrected.
    EditNote(usize),
    DeleteNote(usize),
    /// The lesson began late: its clock starts now.
    StartClock,
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
            note_run: new_run(),
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
            Message::Key(Key::Previous) => {
                self.current = self.current.saturating_sub(1);
                return self.scroll_to_current();
            }
            Message::Key(Key::Next) => {
                self.current = (self.current + 1).min(self.criteria.len().saturating_sub(1));
                return self.scroll_to_current();
            }
            Message::Key(Key::Level(level)) => return self.set_level(level),
            Message::Key(Key::Note) => return EditAction::Task(iced::widget::operation::focus(NOTE_FIELD)),
            Message::Note(text) => {
                self.note = text;
                return self.write_note();
            }
            Message::AddNote | Message::LeaveNote => {
                // The note is saved already; Enter only starts the next one,
                // and gives the keys back to the sheet (N, digits, arrows).
                self.note.clear();
                self.open_note = None;
                self.note_run = new_run();
                return EditAction::Task(iced::advanced::widget::operate(
                    iced::advanced::widget::operation::focusable::unfocus(),
                ));
            }
            Message::EditNote(index) => {
                if let Some(note) = self.observation.notes.get(index) {
                    self.note = note.text.clone();
                    self.open_note = Some(index);
                    self.note_run = new_run();
                    return EditAction::Task(
                        iced::widget::operation::focus(NOTE_FIELD)
                            .chain(iced::widget::operation::move_cursor_to_end(NOTE_FIELD)),
                    );
                }
            }
            Message::DeleteNote(index) => {
                if index < self.observation.notes.len() {
                    self.observation.notes.remove(index);
                    // The note open in the field keeps its place in the list.
                    self.open_note = match self.open_note {
                        Some(open) if open == index => {
                            self.note.clear();
                            None
                        }
                        Some(open) if open > index => Some(open - 1),
                        other => other,
                    };
                    self.note_run = new_run();
                    return self.edit();
                }
            }
            Message::StartClock => {
                self.offset = 0;
                self.began = Instant::now();
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
            // A note corrected keeps the time it was first written at.
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
        self.observation.modified = chrono::Utc::now();
        EditAction::Typing(self.put(), self.note_run)
    }

    fn put(&self) -> Edit {
        Edit::Observation { event: self.event, change: Box::new(ItemEdit::Put(self.observation.clone())) }
    }

    fn scroll_to_current(&self) -> EditAction<Message> {
        let y = (self.current as f32 * CRITERION_ROW - CRITERION_ROW).max(0.0);
        EditAction::Task(iced::widget::operation::scroll_to(SHEET, scrollable::AbsoluteOffset { x: 0.0, y }))
    }

    fn edit(&mut self) -> EditAction<Message> {
        self.observation.modified = chrono::Utc::now();
        EditAction::Edit(self.put())
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
        let status = i18n::observation_status_name(self.observation.status);
        let start = (!read_only).then_some(Message::StartClock);
        let heading = row![
            text(format!("{}: {observer}", fl!("obs-observer"))).width(Length::Fill),
            text(fl!("obs-minute", minutes = elapsed)).size(18).font(crate::ui::FONT_BOLD_FACE),
            widget::tip(
                button(text(fl!("obs-start-clock")).size(13)).on_press_maybe(start).style(button::text),
                fl!("obs-start-clock-hint")
            ),
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
        for (index, written) in self.observation.notes.iter().enumerate() {
            let open = self.open_note == Some(index);
            let mut line = row![
                text(clock(written.at)).style(theme::muted_text).width(56),
                text(&written.text).width(Length::Fill),
            ]
            .spacing(8)
            .align_y(Alignment::Center);
            if !read_only && !open {
                line = line
                    .push(widget::tip(
                        button(text("✎").size(13)).on_press(Message::EditNote(index)).style(button::text),
                        fl!("obs-note-edit"),
                    ))
                    .push(widget::tip(
                        button(text("×").size(13)).on_press(Message::DeleteNote(index)).style(button::text),
                        fl!("action-delete"),
                    ));
            }
            notes = notes.push(line);
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
            widget::labelled(fl!("obs-note"), widget::on_escape(note, Message::LeaveNote).into(), None),
            // The notes under the field that writes them, the newest in
            // sight: a few lines, not a list that pushes the sheet away.
            iced::widget::container(scrollable(notes).anchor_bottom().spacing(4)).max_height(NOTES_HEIGHT),
            scrollable(
                column![
                    sheet,
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
            .id(SHEET)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Person, SessionKind};

    fn observing() -> State {
        let day = chrono::NaiveDate::from_ymd_opt(2030, 3, 3).unwrap();
        let at = |h, m| chrono::NaiveTime::from_hms_opt(h, m, 0).unwrap();
        let session = Session::new(day, at(11, 5), at(11, 50), SessionKind::OpenLesson, "Математика".into());
        let template = crate::i18n::default_template();
        let observer = Person::default();
        let sheet = observation::new_observation(session.id, observer.id, template.id, chrono::Utc::now());
        State::new(EventId::new(), &session, &template, sheet, day.and_time(at(11, 25)))
    }

    #[test]
    fn a_note_counts_from_the_lesson_start_in_the_programme_or_from_start_pressed() {
        let mut state = observing();
        assert!(matches!(state.update(Message::Note("Топтық жұмыс".into())), EditAction::Typing(..)));
        assert_eq!(clock(state.observation.notes[0].at), "20:00", "11:25 in a lesson of 11:05");
        assert!(matches!(state.update(Message::AddNote), EditAction::Task(_)), "the focus leaves the note");
        state.update(Message::StartClock);
        state.update(Message::Note("Кеш басталды".into()));
        assert!(state.observation.notes[1].at < 5, "counted from «Start»");
    }
}
