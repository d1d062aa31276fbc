//! All open lessons and master classes of the event in one table, sortable
//! by time, room, subject and teacher, with their observers and audience;
//! and the automatic seating of the participants in parallel lessons.

use super::EditAction;
use crate::domain::assign::{self, AssignInput, UnplacedReason, is_parallel_kind};
use crate::domain::{Edit, Event, EventId, ItemEdit, PersonId, Project, Session, SessionId};
use crate::fl;
use crate::ui::{icons, theme, widget};
use iced::widget::{button, column, container, row, scrollable, text};
use iced::{Alignment, Element, Length};

/// Names shown under a lesson before «and N more».
const NAMES_SHOWN: usize = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    #[default]
    Time,
    Room,
    Subject,
    Teacher,
}

#[derive(Debug, Clone, Default)]
pub struct State {
    sort: SortBy,
    descending: bool,
    /// What the last automatic assignment did, in words.
    outcome: Option<Outcome>,
    failure: Option<String>,
}

#[derive(Debug, Clone)]
struct Outcome {
    /// The audiences of the event's sessions before and after the seating,
    /// to tell whether what is said here still holds (an undo, a redo, a
    /// hand edit may have changed them since).
    before: Vec<(SessionId, Vec<PersonId>)>,
    after: Vec<(SessionId, Vec<PersonId>)>,
    placed: usize,
    subject_matches: usize,
    unplaced: Vec<String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Sort(SortBy),
    Distribute,
    DismissOutcome,
}

impl State {
    pub fn update(&mut self, project: &Project, event_id: EventId, message: Message) -> EditAction<Message> {
        self.failure = None;
        match message {
            Message::Sort(sort) => {
                self.descending = self.sort == sort && !self.descending;
                self.sort = sort;
            }
            Message::DismissOutcome => self.outcome = None,
            Message::Distribute => {
                let Some(event) = project.event(event_id) else { return EditAction::None };
                return self.distribute(project, event);
            }
        }
        EditAction::None
    }

    fn distribute(&mut self, project: &Project, event: &Event) -> EditAction<Message> {
        if assign::parallel_slots(event).is_empty() {
            self.failure = Some(fl!("lessons-nothing-to-distribute"));
            return EditAction::None;
        }
        let pinned: Vec<(PersonId, SessionId)> =
            event.sessions.iter().flat_map(|s| s.pinned.iter().map(move |p| (*p, s.id))).collect();
        let assignment = assign::assign(&AssignInput { event, people: &project.people, pinned: &pinned });
        let mut seated = event.clone();
        assign::apply(&mut seated, &assignment);
        let edits: Vec<Edit> = seated
            .sessions
            .iter()
            .cloned()
            .zip(&event.sessions)
            .filter(|(after, before)| after.attendees != before.attendees)
            .map(|(after, _)| Edit::Session { event: event.id, change: Box::new(ItemEdit::Put(after)) })
            .collect();
        let title = |id: SessionId| event.sessions.iter().find(|s| s.id == id).map(|s| s.title.clone());
        let name = |id: PersonId| project.person(id).map(|p| p.full_name.clone()).unwrap_or_default();
        self.outcome = Some(Outcome {
            before: audiences(event),
            after: audiences(&seated),
            placed: assignment.slots.iter().map(|s| s.placed.len()).sum(),
            subject_matches: assignment.slots.iter().map(|s| s.subject_matches).sum(),
            unplaced: assignment
                .slots
                .iter()
                .flat_map(|slot| &slot.unplaced)
                .map(|u| {
                    let reason = match u.reason {
                        UnplacedReason::NoSeatsLeft => fl!("lessons-unplaced-full"),
                        UnplacedReason::BusyElsewhere(s) => {
                            fl!("lessons-unplaced-busy", session = title(s).unwrap_or_default())
                        }
                        UnplacedReason::TeachesInSlot(s) => {
                            fl!("lessons-unplaced-teaches", session = title(s).unwrap_or_default())
                        }
                    };
                    format!("{} — {reason}", name(u.person))
                })
                .collect(),
        });
        if edits.is_empty() { EditAction::None } else { EditAction::Edit(Edit::Batch(edits)) }
    }

    pub fn failed(&mut self, message: String) {
        self.failure = Some(message);
    }

    fn sorted<'a>(&self, project: &Project, event: &'a Event) -> Vec<&'a Session> {
        let mut lessons: Vec<&Session> =
            event.sessions.iter().filter(|s| s.lesson.is_some() || is_parallel_kind(s.kind)).collect();
        let room_name = |s: &Session| {
            s.room.and_then(|r| event.rooms.iter().find(|x| x.id == r)).map(|r| r.name.to_lowercase())
        };
        let subject = |s: &Session| s.lesson.as_ref().map(|l| l.subject.to_lowercase()).unwrap_or_default();
        let teacher = |s: &Session| {
            s.lesson
                .as_ref()
                .and_then(|l| l.teachers.first())
                .and_then(|t| project.person(*t))
                .map(|p| p.full_name.to_lowercase())
                .unwrap_or_default()
        };
        let time = |s: &Session| (s.day, s.start, s.end);
        match self.sort {
            SortBy::Time => lessons.sort_by_key(|s| (time(s), room_name(s))),
            SortBy::Room => lessons.sort_by_key(|s| (room_name(s), time(s))),
            SortBy::Subject => lessons.sort_by_key(|s| (subject(s), time(s))),
            SortBy::Teacher => lessons.sort_by_key(|s| (teacher(s), time(s))),
        }
        if self.descending {
            lessons.reverse();
        }
        lessons
    }

    pub fn view<'a>(
        &'a self,
        project: &'a Project,
        event: &'a Event,
        read_only: bool,
    ) -> Element<'a, Message> {
        let sort_button = |sort: SortBy, label: String| {
            let arrow = match (self.sort == sort, self.descending) {
                (false, _) => "",
                (true, false) => " ↓",
                (true, true) => " ↑",
            };
            button(text(format!("{label}{arrow}")).size(13))
                .on_press(Message::Sort(sort))
                .style(theme::list_row(self.sort == sort))
                .padding([4, 10])
        };
        let toolbar = row![
            text(fl!("lessons-sort")).size(13).style(theme::muted_text),
            sort_button(SortBy::Time, fl!("lessons-by-time")),
            sort_button(SortBy::Room, fl!("lessons-by-room")),
            sort_button(SortBy::Subject, fl!("lessons-by-subject")),
            sort_button(SortBy::Teacher, fl!("lessons-by-teacher")),
            iced::widget::Space::new().width(Length::Fill),
            widget::primary(fl!("lessons-distribute"), (!read_only).then_some(Message::Distribute)),
        ]
        .spacing(6)
        .align_y(Alignment::Center);

        let mut page = column![toolbar].spacing(10);
        if let Some(failure) = &self.failure {
            page = page.push(text(failure.clone()).style(theme::error_text));
        }
        if let Some(outcome) = &self.outcome {
            let now = audiences(event);
            if now == outcome.after {
                page = page.push(outcome_view(outcome));
            } else if now == outcome.before {
                page = page.push(notice_card(column![dismissable(fl!("lessons-outcome-undone"))]));
            }
        }
        let lessons = self.sorted(project, event);
        if lessons.is_empty() {
            page = page.push(text(fl!("lessons-none")).style(theme::muted_text));
        }
        let mut list = column![].spacing(8);
        for session in lessons.into_iter().take(widget::LIST_LIMIT) {
            list = list.push(lesson_view(project, event, session));
        }
        page.push(scrollable(list).height(Length::Fill)).into()
    }
}

/// Who sits in which session, in the event's order.
fn audiences(event: &Event) -> Vec<(SessionId, Vec<PersonId>)> {
    event.sessions.iter().map(|s| (s.id, s.attendees.clone())).collect()
}

/// A line of the seating panel with its «Dismiss» beside it.
fn dismissable<'a>(words: String) -> iced::widget::Row<'a, Message> {
    row![
        text(words).width(Length::Fill),
        button(text(fl!("action-dismiss")).size(13)).on_press(Message::DismissOutcome).style(button::text),
    ]
    .align_y(Alignment::Center)
}

fn notice_card<'a>(lines: iced::widget::Column<'a, Message>) -> Element<'a, Message> {
    container(lines).padding(10).width(Length::Fill).style(theme::card).into()
}

fn outcome_view(outcome: &Outcome) -> Element<'_, Message> {
    let mut lines = column![dismissable(fl!(
        "lessons-outcome",
        placed = outcome.placed,
        matches = outcome.subject_matches,
        undo = "Ctrl+Z"
    ))]
    .spacing(4);
    if !outcome.unplaced.is_empty() {
        lines = lines.push(text(fl!("lessons-unplaced", count = outcome.unplaced.len())).size(13));
        for line in outcome.unplaced.iter().take(NAMES_SHOWN * 2) {
            lines = lines.push(text(line.clone()).size(13).style(theme::muted_text));
        }
    }
    notice_card(lines)
}

fn lesson_view<'a>(project: &'a Project, event: &'a Event, session: &'a Session) -> Element<'a, Message> {
    let names = |ids: &[PersonId]| -> String {
        let mut names: Vec<&str> = ids
            .iter()
            .take(NAMES_SHOWN)
            .filter_map(|id| project.person(*id))
            .map(|p| p.full_name.as_str())
            .collect();
        if names.is_empty() {
            names.push("—");
        }
        let mut line = names.join(", ");
        if ids.len() > NAMES_SHOWN {
            let more: usize = ids.len() - NAMES_SHOWN;
            line.push_str(&format!(" {}", fl!("lessons-and-more", count = more)));
        }
        line
    };
    let lesson = session.lesson.clone().unwrap_or_default();
    let room = session.room.and_then(|r| event.rooms.iter().find(|x| x.id == r)).map(|r| r.name.as_str());
    let mut class = String::new();
    if lesson.grade > 0 {
        class = fl!(
            "lessons-grade",
            grade = format!("{}{}", lesson.grade, lesson.class_letter.unwrap_or_default())
        );
    }
    let heading = [lesson.subject.as_str(), class.as_str(), lesson.topic.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    let heading = if heading.is_empty() { session.title.clone() } else { heading };
    let when = format!(
        "{} {}–{} · {}",
        session.day.format("%d.%m"),
        session.start.format("%H:%M"),
        session.end.format("%H:%M"),
        room.map(str::to_owned).unwrap_or_else(|| fl!("programme-no-room"))
    );
    container(
        column![
            row![
                icons::session_kind(session.kind, 18.0),
                text(heading).size(15).font(crate::ui::FONT_BOLD_FACE)
            ]
            .spacing(8)
            .align_y(Alignment::Center),
            text(format!("{when} · {}", names(&lesson.teachers))).size(13),
            text(format!("{}: {}", fl!("session-observers"), names(&session.observers))).size(13),
            text(format!(
                "{}: {}",
                fl!("session-attendees", count = session.attendees.len()),
                names(&session.attendees)
            ))
            .size(13),
        ]
        .spacing(3),
    )
    .padding(10)
    .width(Length::Fill)
    .style(theme::card)
    .into()
}
