//! The «typical seminar» template: a whole day's programme laid out from a
//! start time, the number of open lessons and the rooms, for the organiser to
//! edit afterwards rather than type from nothing.
//!
//! The shape is the one district and city seminars in Kazakhstan and
//! Kyrgyzstan keep to (the Almaty practice site of 2019, the Shymkent network
//! seminar with six open lessons): everyone meets in the hall, splits up for
//! the open lessons, and meets again for the master class, the feedback round
//! and the awards.

use super::ids::RoomId;
use super::model::{Lesson, Session, SessionKind};
use chrono::{NaiveDate, NaiveTime, TimeDelta, Timelike};
use thiserror::Error;

/// Guests come from all over the district or city, and the first of them
/// arrive well before the rest; half an hour at the desk lets the latecomers
/// in without holding up the opening.
pub const REGISTRATION_MINUTES: u32 = 30;
/// The host's welcome, usually framed by the school's own ensemble; together
/// with [`PERFORMANCE_MINUTES`] it makes the quarter of an hour a ceremonial
/// opening takes (in Almaty: the dombra ensemble's küi with the welcome, then
/// one song).
pub const OPENING_MINUTES: u32 = 10;
/// One number by pupils, sung or played, as the opening's close.
pub const PERFORMANCE_MINUTES: u32 = 5;
/// The education department and the methodology centre each say a few words
/// before the lessons; two or three short speeches fill twenty minutes.
pub const SPEECHES_MINUTES: u32 = 20;
/// Between rounds of parallel lessons the guests cross the building to the
/// next classrooms and the next classes of pupils take their seats.
pub const ROOM_CHANGE_MINUTES: u32 = 10;
/// A tea break between the lessons and the afternoon's plenary part; a school
/// break is about as long, so the building is used to it.
pub const BREAK_MINUTES: u32 = 15;
/// A master class (шеберлік сағаты) is shorter than a lesson: a teacher shows
/// one method to colleagues, without a class of pupils to take through it.
pub const MASTER_CLASS_MINUTES: u32 = 40;
/// The feedback round («Теңге алу», two stars and a wish) has every guest
/// give a word or a coin, which takes about twenty minutes with a full hall.
pub const FEEDBACK_MINUTES: u32 = 20;
/// Letters of thanks and nominations to the teachers who gave lessons, and
/// the closing word.
pub const AWARDS_MINUTES: u32 = 15;

/// What the organiser chooses before the template is laid out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypicalSeminar {
    pub day: NaiveDate,
    pub start: NaiveTime,
    /// Open lessons held in parallel, as many at a time as there are rooms.
    pub open_lessons: usize,
    /// Classrooms for the open lessons, from the event's rooms.
    pub lesson_rooms: Vec<RoomId>,
    /// The assembly hall for the plenary parts.
    pub hall: Option<RoomId>,
    /// 40 or 45, as the host school's timetable has it.
    pub lesson_minutes: u32,
    pub with_master_class: bool,
    pub titles: TemplateTitles,
}

/// Session titles in the user's language. The domain knows no language, so
/// the caller supplies them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TemplateTitles {
    pub registration: String,
    pub opening: String,
    pub performance: String,
    pub speeches: String,
    /// Numbered after it: «Ашық сабақ 1», «Ашық сабақ 2».
    pub open_lesson: String,
    pub master_class: String,
    pub break_: String,
    pub feedback: String,
    pub awards: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum TemplateError {
    #[error("a seminar needs at least one open lesson or a master class")]
    NothingToShow,
    #[error("no rooms are chosen for the open lessons")]
    NoLessonRooms,
    #[error("the programme would run past midnight")]
    PastMidnight,
}

/// The typical seminar's sessions, in programme order, with fresh ids.
///
/// Registration and the break get no room: the desk stands in the lobby and
/// tea is served in the canteen, and a room there would only keep the hall
/// from being shown as free. Every other plenary part is in the hall.
///
/// When there are more lessons than rooms they run in rounds of parallel
/// lessons, [`ROOM_CHANGE_MINUTES`] apart. The rounds are as even as they can
/// be (seven lessons in three rooms make 3, 2 and 2, not 3, 3 and 1), so that
/// no round leaves the whole audience crowding into one classroom.
pub fn typical_seminar(spec: &TypicalSeminar) -> Result<Vec<Session>, TemplateError> {
    if spec.open_lessons == 0 && !spec.with_master_class {
        return Err(TemplateError::NothingToShow);
    }
    // A room picked twice still holds one class at a time.
    let mut rooms: Vec<RoomId> = Vec::with_capacity(spec.lesson_rooms.len());
    for &room in &spec.lesson_rooms {
        if !rooms.contains(&room) {
            rooms.push(room);
        }
    }
    if spec.open_lessons > 0 && rooms.is_empty() {
        return Err(TemplateError::NoLessonRooms);
    }
    let rounds = if spec.open_lessons == 0 { 0 } else { spec.open_lessons.div_ceil(rooms.len()) };

    // Checked before anything is built, so that an absurd number of lessons
    // is refused without allocating them first.
    let seconds = u64::from(spec.start.num_seconds_from_midnight())
        .saturating_add(programme_minutes(spec, rounds).saturating_mul(60));
    // An end of 24:00 cannot be told from 00:00 of the same day.
    if seconds >= 24 * 60 * 60 {
        return Err(TemplateError::PastMidnight);
    }

    use SessionKind as K;
    let titles = &spec.titles;
    let hall = spec.hall;
    let mut sessions = Vec::with_capacity(8 + spec.open_lessons);
    let mut clock = spec.start;
    let plenary = |clock: &mut NaiveTime, minutes, kind, title: &str, room| {
        let session = session(spec.day, *clock, minutes, kind, title.to_owned(), room);
        *clock = session.end;
        session
    };

    sessions.push(plenary(&mut clock, REGISTRATION_MINUTES, K::Registration, &titles.registration, None));
    sessions.push(plenary(&mut clock, OPENING_MINUTES, K::Opening, &titles.opening, hall));
    sessions.push(plenary(&mut clock, PERFORMANCE_MINUTES, K::Performance, &titles.performance, hall));
    sessions.push(plenary(&mut clock, SPEECHES_MINUTES, K::Speech, &titles.speeches, hall));

    let mut number = 0;
    for round in 0..rounds {
        if round > 0 {
            clock += minutes(ROOM_CHANGE_MINUTES);
        }
        let in_round = spec.open_lessons / rounds + usize::from(round < spec.open_lessons % rounds);
        for &room in &rooms[..in_round] {
            number += 1;
            let title = format!("{} {number}", titles.open_lesson);
            let mut lesson = session(spec.day, clock, spec.lesson_minutes, K::OpenLesson, title, Some(room));
            // Subject, grade, topic and teacher are left blank for the
            // organiser; the conflict panel lists each blank until it is
            // filled, which is the reminder she needs.
            lesson.lesson = Some(Lesson::default());
            sessions.push(lesson);
        }
        clock += minutes(spec.lesson_minutes);
    }

    sessions.push(plenary(&mut clock, BREAK_MINUTES, K::Break, &titles.break_, None));
    if spec.with_master_class {
        let mut master_class =
            plenary(&mut clock, MASTER_CLASS_MINUTES, K::MasterClass, &titles.master_class, hall);
        // A master class has a presenter and a topic just as a lesson has.
        master_class.lesson = Some(Lesson::default());
        sessions.push(master_class);
    }
    sessions.push(plenary(&mut clock, FEEDBACK_MINUTES, K::Feedback, &titles.feedback, hall));
    sessions.push(plenary(&mut clock, AWARDS_MINUTES, K::Awards, &titles.awards, hall));
    Ok(sessions)
}

/// How long the whole programme runs, start to close.
fn programme_minutes(spec: &TypicalSeminar, rounds: usize) -> u64 {
    let fixed = REGISTRATION_MINUTES
        + OPENING_MINUTES
        + PERFORMANCE_MINUTES
        + SPEECHES_MINUTES
        + BREAK_MINUTES
        + if spec.with_master_class { MASTER_CLASS_MINUTES } else { 0 }
        + FEEDBACK_MINUTES
        + AWARDS_MINUTES;
    let rounds = rounds as u64;
    let lessons = rounds
        .saturating_mul(u64::from(spec.lesson_minutes))
        .saturating_add(rounds.saturating_sub(1).saturating_mul(u64::from(ROOM_CHANGE_MINUTES)));
    u64::from(fixed).saturating_add(lessons)
}

fn minutes(minutes: u32) -> TimeDelta {
    TimeDelta::minutes(i64::from(minutes))
}

fn session(
    day: NaiveDate,
    start: NaiveTime,
    length: u32,
    kind: SessionKind,
    title: String,
    room: Option<RoomId>,
) -> Session {
    Session { room, ..Session::new(day, start, start + minutes(length), kind, title) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::conflicts::{ConflictKind, event_conflicts};
    use crate::domain::ids::{PersonId, SessionId};
    use crate::domain::model::{Event, Extra, Room};
    use proptest::prelude::*;
    use std::collections::HashSet;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2016, 12, 14).unwrap()
    }

    fn at(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn titles() -> TemplateTitles {
        TemplateTitles {
            registration: "Қатысушыларды тіркеу".into(),
            opening: "Салтанатты ашылу".into(),
            performance: "Концерттік нөмір".into(),
            speeches: "Құттықтау сөздер".into(),
            open_lesson: "Ашық сабақ".into(),
            master_class: "Шеберлік сағаты".into(),
            break_: "Үзіліс".into(),
            feedback: "Кері байланыс".into(),
            awards: "Марапаттау және жабылу".into(),
        }
    }

    fn rooms(n: usize) -> Vec<Room> {
        (0..n)
            .map(|i| Room {
                id: RoomId::new(),
                name: format!("{}-кабинет", 10 + i),
                capacity: None,
                extra: Extra::new(),
            })
            .collect()
    }

    fn spec(
        start: NaiveTime,
        open_lessons: usize,
        lesson_rooms: &[Room],
        hall: Option<&Room>,
    ) -> TypicalSeminar {
        TypicalSeminar {
            day: day(),
            start,
            open_lessons,
            lesson_rooms: lesson_rooms.iter().map(|r| r.id).collect(),
            hall: hall.map(|h| h.id),
            lesson_minutes: 45,
            with_master_class: true,
            titles: titles(),
        }
    }

    fn is_plenary(s: &Session) -> bool {
        s.kind != SessionKind::OpenLesson
    }

    #[test]
    fn default_layout_from_half_past_nine() {
        let hall = &rooms(1)[0];
        let classrooms = rooms(2);
        let spec = spec(at(9, 30), 2, &classrooms, Some(hall));
        let sessions = typical_seminar(&spec).unwrap();

        use SessionKind as K;
        let lesson = spec.lesson_minutes;
        let (h, a, b) = (Some(hall.id), Some(classrooms[0].id), Some(classrooms[1].id));
        // (kind, minutes, room, starts with the one before, title)
        let steps = [
            (K::Registration, REGISTRATION_MINUTES, None, false, "Қатысушыларды тіркеу"),
            (K::Opening, OPENING_MINUTES, h, false, "Салтанатты ашылу"),
            (K::Performance, PERFORMANCE_MINUTES, h, false, "Концерттік нөмір"),
            (K::Speech, SPEECHES_MINUTES, h, false, "Құттықтау сөздер"),
            (K::OpenLesson, lesson, a, false, "Ашық сабақ 1"),
            (K::OpenLesson, lesson, b, true, "Ашық сабақ 2"),
            (K::Break, BREAK_MINUTES, None, false, "Үзіліс"),
            (K::MasterClass, MASTER_CLASS_MINUTES, h, false, "Шеберлік сағаты"),
            (K::Feedback, FEEDBACK_MINUTES, h, false, "Кері байланыс"),
            (K::Awards, AWARDS_MINUTES, h, false, "Марапаттау және жабылу"),
        ];
        assert_eq!(sessions.len(), steps.len());

        let mut clock = spec.start;
        let mut previous_start = clock;
        for (session, &(kind, length, room, parallel, title)) in sessions.iter().zip(&steps) {
            let start = if parallel { previous_start } else { clock };
            assert_eq!(session.kind, kind, "{title}");
            assert_eq!(session.title, title);
            assert_eq!(session.day, spec.day);
            assert_eq!(session.start, start, "{title}");
            assert_eq!(session.end, start + minutes(length), "{title}");
            assert_eq!(session.room, room, "{title}");
            let wants_lesson = matches!(kind, K::OpenLesson | K::MasterClass);
            assert_eq!(session.lesson.is_some(), wants_lesson, "{title}");
            if let Some(l) = &session.lesson {
                assert!(l.subject.is_empty() && l.topic.is_empty() && l.teachers.is_empty());
                assert_eq!(l.grade, 0);
            }
            previous_start = start;
            clock = clock.max(session.end);
        }

        let ids: HashSet<SessionId> = sessions.iter().map(|s| s.id).collect();
        assert_eq!(ids.len(), sessions.len());
        let again: HashSet<SessionId> = typical_seminar(&spec).unwrap().iter().map(|s| s.id).collect();
        assert!(ids.is_disjoint(&again), "every layout gets ids of its own");
    }

    #[test]
    fn without_hall_or_master_class() {
        let classrooms = rooms(1);
        let mut spec = spec(at(10, 0), 1, &classrooms, None);
        spec.with_master_class = false;
        let sessions = typical_seminar(&spec).unwrap();
        assert!(sessions.iter().all(|s| s.kind != SessionKind::MasterClass));
        assert!(sessions.iter().filter(|s| is_plenary(s)).all(|s| s.room.is_none()));
        let break_ = sessions.iter().position(|s| s.kind == SessionKind::Break).unwrap();
        assert_eq!(sessions[break_ + 1].kind, SessionKind::Feedback);
        assert_eq!(sessions[break_ + 1].start, sessions[break_].end);
    }

    #[test]
    fn master_class_alone_needs_no_classrooms() {
        let hall = &rooms(1)[0];
        let sessions = typical_seminar(&spec(at(9, 30), 0, &[], Some(hall))).unwrap();
        assert!(sessions.iter().all(|s| s.kind != SessionKind::OpenLesson));
        let speech = sessions.iter().find(|s| s.kind == SessionKind::Speech).unwrap();
        let break_ = sessions.iter().find(|s| s.kind == SessionKind::Break).unwrap();
        assert_eq!(break_.start, speech.end);
    }

    /// Everyone is in every plenary part, and the j-th guest also sits in the
    /// j-th lesson of each round, so that any two sessions of hers that
    /// touched in time would be reported.
    fn event_with_guests(sessions: Vec<Session>, hall: &Room, classrooms: &[Room]) -> Event {
        let mut event = Event::new("Желілік қоғамдастық – нәтижеге бағытталған іс-әрекет", day());
        event.rooms = std::iter::once(hall).chain(classrooms).cloned().collect();
        let guests: Vec<PersonId> = classrooms.iter().map(|_| PersonId::new()).collect();
        let director = PersonId::new();
        let mut round_start = None;
        let mut seat = 0;
        for mut session in sessions {
            if is_plenary(&session) {
                session.responsible = vec![director];
                session.attendees = guests.clone();
            } else {
                if round_start != Some(session.start) {
                    round_start = Some(session.start);
                    seat = 0;
                }
                session.attendees = vec![guests[seat]];
                seat += 1;
            }
            event.sessions.push(session);
        }
        event
    }

    fn clashes(event: &Event) -> Vec<ConflictKind> {
        event_conflicts(event)
            .into_iter()
            .map(|c| c.kind)
            .filter(|k| {
                matches!(k, ConflictKind::RoomDoubleBooked { .. } | ConflictKind::PersonDoubleBooked { .. })
            })
            .collect()
    }

    #[test]
    fn six_lessons_in_three_rooms_make_two_rounds() {
        let hall = &rooms(1)[0];
        let classrooms = rooms(3);
        let spec = spec(at(9, 30), 6, &classrooms, Some(hall));
        let sessions = typical_seminar(&spec).unwrap();

        let lessons: Vec<&Session> = sessions.iter().filter(|s| !is_plenary(s)).collect();
        assert_eq!(lessons.len(), 6);
        let titles: Vec<&str> = lessons.iter().map(|s| s.title.as_str()).collect();
        let expected: Vec<String> = (1..=6).map(|n| format!("Ашық сабақ {n}")).collect();
        assert_eq!(titles, expected);

        let (first, second) = lessons.split_at(3);
        let speech = sessions.iter().find(|s| s.kind == SessionKind::Speech).unwrap();
        for (round, start) in [(first, speech.end), (second, speech.end + minutes(45 + ROOM_CHANGE_MINUTES))]
        {
            let used: Vec<Option<RoomId>> = round.iter().map(|s| s.room).collect();
            let all: Vec<Option<RoomId>> = classrooms.iter().map(|r| Some(r.id)).collect();
            assert_eq!(used, all);
            assert!(round.iter().all(|s| s.start == start && s.end == start + minutes(45)));
        }
        let break_ = sessions.iter().find(|s| s.kind == SessionKind::Break).unwrap();
        assert_eq!(break_.start, second[0].end);
        let (first_round, second_start) = ((first[0].start, first[0].end), second[0].start);

        let event = event_with_guests(sessions, hall, &classrooms);
        assert_eq!(clashes(&event), vec![]);

        // The check above is able to see a clash: two rounds pushed
        // together put a room and a guest in two places.
        let mut squeezed = event.clone();
        for s in squeezed.sessions.iter_mut().filter(|s| s.start == second_start) {
            (s.start, s.end) = first_round;
        }
        assert!(!clashes(&squeezed).is_empty());
    }

    #[test]
    fn rounds_are_even() {
        let classrooms = rooms(3);
        let sessions = typical_seminar(&spec(at(9, 0), 7, &classrooms, None)).unwrap();
        let mut per_round: Vec<(NaiveTime, usize)> = Vec::new();
        for s in sessions.iter().filter(|s| !is_plenary(s)) {
            match per_round.last_mut() {
                Some((start, n)) if *start == s.start => *n += 1,
                _ => per_round.push((s.start, 1)),
            }
        }
        let sizes: Vec<usize> = per_round.iter().map(|&(_, n)| n).collect();
        assert_eq!(sizes, vec![3, 2, 2]);
    }

    #[test]
    fn a_room_chosen_twice_is_used_once_at_a_time() {
        let hall = &rooms(1)[0];
        let classrooms = rooms(2);
        let mut spec = spec(at(9, 30), 4, &classrooms, Some(hall));
        spec.lesson_rooms.push(classrooms[0].id);
        let sessions = typical_seminar(&spec).unwrap();
        let event = event_with_guests(sessions, hall, &classrooms);
        assert_eq!(clashes(&event), vec![]);
    }

    #[test]
    fn errors() {
        let hall = &rooms(1)[0];
        let classrooms = rooms(2);

        let mut nothing = spec(at(9, 30), 0, &classrooms, Some(hall));
        nothing.with_master_class = false;
        assert_eq!(typical_seminar(&nothing), Err(TemplateError::NothingToShow));

        assert_eq!(typical_seminar(&spec(at(9, 30), 2, &[], Some(hall))), Err(TemplateError::NoLessonRooms));

        assert_eq!(
            typical_seminar(&spec(at(22, 0), 2, &classrooms, Some(hall))),
            Err(TemplateError::PastMidnight)
        );

        let huge = spec(at(9, 30), usize::MAX, &classrooms[..1], Some(hall));
        assert_eq!(typical_seminar(&huge), Err(TemplateError::PastMidnight));
        let mut long = spec(at(9, 30), 1, &classrooms, Some(hall));
        long.lesson_minutes = u32::MAX;
        assert_eq!(typical_seminar(&long), Err(TemplateError::PastMidnight));
    }

    #[test]
    fn midnight_is_the_limit() {
        let classrooms = rooms(2);
        let length = {
            let s = typical_seminar(&spec(at(0, 0), 2, &classrooms, None)).unwrap();
            s.last().unwrap().end - s[0].start
        };
        let midnight = at(0, 0);
        let just_in = midnight - length - TimeDelta::minutes(1);
        let sessions = typical_seminar(&spec(just_in, 2, &classrooms, None)).unwrap();
        assert_eq!(sessions.last().unwrap().end, at(23, 59));
        let to_midnight = midnight - length;
        assert_eq!(
            typical_seminar(&spec(to_midnight, 2, &classrooms, None)),
            Err(TemplateError::PastMidnight)
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn layouts_hold_together(
            hour in 0u32..24,
            minute in 0u32..60,
            open_lessons in 1usize..12,
            room_count in 1usize..6,
            lesson_minutes in prop::sample::select(vec![40u32, 45]),
            with_master_class: bool,
            with_hall: bool,
        ) {
            let hall = &rooms(1)[0];
            let classrooms = rooms(room_count);
            let mut spec = spec(at(hour, minute), open_lessons, &classrooms, with_hall.then_some(hall));
            spec.lesson_minutes = lesson_minutes;
            spec.with_master_class = with_master_class;

            let sessions = match typical_seminar(&spec) {
                Ok(sessions) => sessions,
                Err(error) => {
                    prop_assert_eq!(error, TemplateError::PastMidnight);
                    // Eleven 45-minute lessons one after another still end
                    // well before midnight when the day starts by ten.
                    prop_assert!(spec.start >= at(10, 0));
                    return Ok(());
                }
            };

            prop_assert_eq!(sessions[0].start, spec.start);
            for pair in sessions.windows(2) {
                prop_assert!(pair[0].start <= pair[1].start);
            }
            for s in &sessions {
                prop_assert_eq!(s.day, spec.day);
                prop_assert!(s.start <= s.end, "{} ends the next day", s.title);
                if s.kind == SessionKind::OpenLesson {
                    prop_assert_eq!(s.end - s.start, minutes(lesson_minutes));
                }
            }
            let plenary: Vec<&Session> = sessions.iter().filter(|s| is_plenary(s)).collect();
            for pair in plenary.windows(2) {
                prop_assert!(pair[0].end <= pair[1].start);
            }
            let lessons: Vec<&Session> = sessions.iter().filter(|s| !is_plenary(s)).collect();
            prop_assert_eq!(lessons.len(), open_lessons);
            for (i, a) in lessons.iter().enumerate() {
                for b in &lessons[i + 1..] {
                    let overlap = a.start < b.end && b.start < a.end;
                    prop_assert!(!(overlap && a.room == b.room));
                }
                for p in &plenary {
                    prop_assert!(a.end <= p.start || p.end <= a.start);
                }
            }
        }
    }
}
