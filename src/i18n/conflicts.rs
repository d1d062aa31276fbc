//! Planning conflicts in words: which session, who or which room, and
//! what clashes with what.

use crate::domain::conflicts::{Conflict, ConflictKind};
use crate::domain::{Event, PersonId, Project, RoomId, SessionId};
use crate::fl;

pub fn describe_conflict(project: &Project, event: &Event, conflict: &Conflict) -> String {
    let session = session_title(project, conflict.session);
    match &conflict.kind {
        ConflictKind::PersonDoubleBooked { person, other, .. } => fl!(
            "conflict-person",
            person = person_name(project, *person),
            session = session,
            other = session_title(project, *other)
        ),
        ConflictKind::RoomDoubleBooked { room, other } => fl!(
            "conflict-room",
            room = room_name(event, *room),
            session = session,
            other = session_title(project, *other)
        ),
        ConflictKind::TooLittleTravel { person, other, minutes, needed } => {
            let (minutes, needed): (u16, u16) = (*minutes, *needed);
            fl!(
                "conflict-travel",
                person = person_name(project, *person),
                session = session,
                other = session_title(project, *other),
                minutes = minutes,
                needed = needed
            )
        }
        ConflictKind::OverCapacity { room, attendees, capacity } => {
            let (attendees, capacity): (usize, u32) = (*attendees, *capacity);
            fl!(
                "conflict-capacity",
                session = session,
                attendees = attendees,
                room = room_name(event, *room),
                capacity = capacity
            )
        }
        ConflictKind::OutsideEventDays => fl!("conflict-outside-days", session = session),
        ConflictKind::LessonWithoutTeacher => fl!("conflict-no-teacher", session = session),
        ConflictKind::LessonWithoutTopic => fl!("conflict-no-topic", session = session),
        ConflictKind::ObserverInOwnLesson { person } => {
            fl!("conflict-observer-own-lesson", person = person_name(project, *person), session = session)
        }
    }
}

/// A session as people find it in the printed programme: its time and title.
fn session_title(project: &Project, id: SessionId) -> String {
    project
        .events
        .iter()
        .flat_map(|e| &e.sessions)
        .find(|s| s.id == id)
        .map(|s| {
            format!(
                "{} {}–{} {}",
                s.day.format("%d.%m"),
                s.start.format("%H:%M"),
                s.end.format("%H:%M"),
                s.title
            )
        })
        .unwrap_or_else(|| id.to_string())
}

fn person_name(project: &Project, id: PersonId) -> String {
    project.person(id).map(|p| p.full_name.clone()).unwrap_or_else(|| id.to_string())
}

fn room_name(event: &Event, id: RoomId) -> String {
    event.rooms.iter().find(|r| r.id == id).map(|r| r.name.clone()).unwrap_or_else(|| id.to_string())
}
