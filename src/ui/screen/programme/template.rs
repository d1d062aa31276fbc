//! «Typical seminar»: the whole programme of a methodology seminar laid out
//! from a start time, the number of open lessons and the rooms, to be
//! edited freely afterwards.

use crate::domain::rules::{self, FieldError};
use crate::domain::template::{TemplateError, TemplateTitles, TypicalSeminar, typical_seminar};
use crate::domain::{Event, RoomId, Session};
use crate::fl;
use crate::i18n::{self, describe_field_error};
use crate::ui::screen::labels::Choice;
use crate::ui::{theme, widget};
use chrono::NaiveDate;
use iced::widget::{checkbox, column, row, text};
use iced::{Element, Length};

#[derive(Debug, Clone)]
pub struct TemplateForm {
    day: NaiveDate,
    start: String,
    lessons: String,
    lesson_minutes: u32,
    lesson_rooms: Vec<RoomId>,
    hall: Option<RoomId>,
    master_class: bool,
    start_error: Option<FieldError>,
    lessons_error: Option<FieldError>,
    failure: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Day(Choice<NaiveDate>),
    Start(String),
    Lessons(String),
    Minutes(Choice<u32>),
    Room(RoomId, bool),
    Hall(Choice<Option<RoomId>>),
    MasterClass(bool),
    LayOut,
    Cancel,
}

pub enum Outcome {
    None,
    Close,
    LayOut(Vec<Session>),
}

impl TemplateForm {
    pub fn new(event: &Event, day: NaiveDate) -> TemplateForm {
        // The first room is usually the assembly hall; the others are
        // classrooms.
        let hall = event.rooms.first().map(|r| r.id);
        let lesson_rooms: Vec<RoomId> = event.rooms.iter().skip(1).map(|r| r.id).collect();
        TemplateForm {
            day,
            start: "09:30".to_owned(),
            lessons: lesson_rooms.len().max(2).to_string(),
            lesson_minutes: 40,
            lesson_rooms,
            hall,
            master_class: true,
            start_error: None,
            lessons_error: None,
            failure: None,
        }
    }

    pub fn update(&mut self, event: &Event, message: Message) -> Outcome {
        self.failure = None;
        match message {
            Message::Day(choice) => self.day = choice.value,
            Message::Start(value) => {
                self.start = value;
                self.start_error = None;
            }
            Message::Lessons(value) => {
                self.lessons = value;
                self.lessons_error = None;
            }
            Message::Minutes(choice) => self.lesson_minutes = choice.value,
            Message::Room(room, on) => {
                self.lesson_rooms.retain(|r| *r != room);
                if on {
                    self.lesson_rooms.push(room);
                }
                // Keep the event's order of rooms, which is the order of
                // the grid's columns.
                self.lesson_rooms.sort_by_key(|r| event.rooms.iter().position(|x| x.id == *r));
            }
            Message::Hall(choice) => self.hall = choice.value,
            Message::MasterClass(on) => self.master_class = on,
            Message::Cancel => return Outcome::Close,
            Message::LayOut => {
                let start = rules::parse_time(&self.start).map_err(|e| self.start_error = Some(e)).ok();
                let lessons = match rules::count_up_to(&self.lessons, 40) {
                    Ok(n) => Some(n as usize),
                    Err(error) => {
                        self.lessons_error = Some(error);
                        None
                    }
                };
                let (Some(start), Some(open_lessons)) = (start, lessons) else { return Outcome::None };
                let spec = TypicalSeminar {
                    day: self.day,
                    start,
                    open_lessons,
                    lesson_rooms: self.lesson_rooms.clone(),
                    hall: self.hall,
                    lesson_minutes: self.lesson_minutes,
                    with_master_class: self.master_class,
                    titles: titles(),
                };
                match typical_seminar(&spec) {
                    Ok(sessions) => return Outcome::LayOut(sessions),
                    Err(error) => self.failure = Some(template_error_text(error)),
                }
            }
        }
        Outcome::None
    }

    pub fn view<'a>(&'a self, event: &'a Event) -> Element<'a, Message> {
        let days: Vec<Choice<NaiveDate>> = crate::domain::programme::days(event)
            .into_iter()
            .map(|d| Choice { value: d, label: i18n::format_date_short(d) })
            .collect();
        let day = days.iter().find(|c| c.value == self.day).cloned();
        let minutes: Vec<Choice<u32>> = [40, 45]
            .into_iter()
            .map(|m| Choice { value: m, label: fl!("template-minutes", minutes = m) })
            .collect();
        let chosen_minutes = minutes.iter().find(|c| c.value == self.lesson_minutes).cloned();
        let mut halls = vec![Choice { value: None, label: fl!("programme-no-room") }];
        halls.extend(event.rooms.iter().map(|r| Choice { value: Some(r.id), label: r.name.clone() }));
        let hall = halls.iter().find(|c| c.value == self.hall).cloned();

        let mut rooms = column![].spacing(4);
        if event.rooms.is_empty() {
            rooms = rooms.push(text(fl!("template-add-rooms-first")).size(13).style(theme::muted_text));
        }
        for room in &event.rooms {
            let id = room.id;
            rooms = rooms.push(
                checkbox(self.lesson_rooms.contains(&id))
                    .label(room.name.clone())
                    .on_toggle(move |on| Message::Room(id, on)),
            );
        }
        let mut form = column![
            text(fl!("template-title")).size(18).font(crate::ui::FONT_BOLD_FACE),
            text(fl!("template-explained")).size(13).style(theme::muted_text),
            row![
                widget::choice(fl!("session-day"), days, day, Message::Day),
                widget::field(
                    "template-start",
                    fl!("template-start"),
                    &self.start,
                    self.start_error.map(describe_field_error),
                    Message::Start
                ),
            ]
            .spacing(8),
            row![
                widget::field(
                    "template-lessons",
                    fl!("template-lessons"),
                    &self.lessons,
                    self.lessons_error.map(describe_field_error),
                    Message::Lessons
                ),
                widget::choice(fl!("template-lesson-length"), minutes, chosen_minutes, Message::Minutes),
            ]
            .spacing(8),
            widget::labelled(fl!("template-lesson-rooms"), rooms.into(), None),
            widget::choice(fl!("template-hall"), halls, hall, Message::Hall),
            checkbox(self.master_class).label(fl!("template-master-class")).on_toggle(Message::MasterClass),
            row![
                widget::primary(fl!("template-lay-out"), Some(Message::LayOut)),
                widget::secondary(fl!("action-cancel"), Some(Message::Cancel)),
            ]
            .spacing(8),
        ]
        .spacing(10)
        .width(Length::Fill);
        if let Some(failure) = &self.failure {
            form = form.push(text(failure.clone()).style(theme::error_text));
        }
        form.into()
    }
}

fn titles() -> TemplateTitles {
    TemplateTitles {
        registration: fl!("template-registration"),
        opening: fl!("template-opening"),
        performance: fl!("template-performance"),
        speeches: fl!("template-speeches"),
        open_lesson: fl!("template-open-lesson"),
        master_class: fl!("template-master-class-title"),
        break_: fl!("template-break"),
        feedback: fl!("template-feedback"),
        awards: fl!("template-awards"),
    }
}

fn template_error_text(error: TemplateError) -> String {
    match error {
        TemplateError::NothingToShow => fl!("template-nothing"),
        TemplateError::NoLessonRooms => fl!("template-no-rooms"),
        TemplateError::PastMidnight => fl!("template-past-midnight"),
    }
}
