//! Planning conflicts of a programme: people and rooms in two places at
//! once, rooms too small, sessions outside the event, lessons missing what
//! makes them lessons. Conflicts are warnings, not load errors: a plan is
//! full of them while it is being made, so they are data that the panel and
//! `check` word in the user's language.
//!
//! Pairs are found by one sweep over the sessions in time order, keeping
//! only the sessions still running, so that the work grows with the number
//! of sessions that really overlap rather than with the square of a
//! district's eight years of programmes.

use super::ids::*;
use super::model::*;
use chrono::{NaiveDate, NaiveTime, TimeDelta};
use std::collections::HashSet;

/// What a person does in a session. When she does several things there, the
/// first of these is named, since it is the part hardest to hand to someone
/// else and the first thing the organiser has to move.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Teacher,
    Responsible,
    Observer,
    Attendee,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConflictKind {
    /// `other` starts no later than the session the conflict is reported on,
    /// so that each clash appears once, where the organiser meets it second
    /// when reading the programme from the top.
    PersonDoubleBooked {
        person: PersonId,
        role: Role,
        other: SessionId,
        other_role: Role,
    },
    RoomDoubleBooked {
        room: RoomId,
        other: SessionId,
    },
    /// The person goes to this session from `other`, held at another place,
    /// with `minutes` between them where the event allows `needed`.
    TooLittleTravel {
        person: PersonId,
        other: SessionId,
        minutes: u16,
        needed: u16,
    },
    /// `attendees` counts the people the room must seat; see
    /// [`seated_attendees`] for who they are.
    OverCapacity {
        room: RoomId,
        attendees: usize,
        capacity: u32,
    },
    OutsideEventDays,
    LessonWithoutTeacher,
    LessonWithoutTopic,
    ObserverInOwnLesson {
        person: PersonId,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Conflict {
    pub session: SessionId,
    pub kind: ConflictKind,
}

/// The conflicts within one event, in programme order: a session's own
/// problems first, then its clashes with sessions that began before it.
///
/// A person booked in another event of the same project at the same time is
/// not seen here, since one event does not know the others; see
/// [`project_conflicts`].
pub fn event_conflicts(event: &Event) -> Vec<Conflict> {
    let mut conflicts = Vec::new();
    detect(&[event], |_, conflict| conflicts.push(conflict));
    conflicts
}

/// The conflicts of every event, in time order across the project, each
/// with the event of the session it is reported on.
///
/// People are shared by all events of a project, and a district's events do
/// fall on the same day in different schools: a methodologist put down as an
/// observer in two of them at once is as double-booked as within one. So
/// persons are checked across events here, by the same sweep; the `other`
/// session of such a conflict belongs to another event. Rooms are not: each
/// event has rooms of its own, even when two events share a building.
pub fn project_conflicts(project: &Project) -> Vec<(EventId, Conflict)> {
    let events: Vec<&Event> = project.events.iter().collect();
    let mut conflicts = Vec::new();
    detect(&events, |e, conflict| conflicts.push((events[e].id, conflict)));
    conflicts
}

/// One session as the sweep sees it.
struct Slot<'a> {
    event: usize,
    session: &'a Session,
}

impl Slot<'_> {
    fn time(&self) -> (NaiveDate, NaiveTime, NaiveTime) {
        (self.session.day, self.session.start, self.session.end)
    }
}

fn detect(events: &[&Event], mut report: impl FnMut(usize, Conflict)) {
    let mut slots: Vec<Slot> = events
        .iter()
        .enumerate()
        .flat_map(|(event, e)| e.sessions.iter().map(move |session| Slot { event, session }))
        .collect();
    // Stable, so sessions at the same time keep the order of the events and
    // of each programme, and the output is the same on every run.
    slots.sort_by_key(Slot::time);

    // Built on first use: most sessions overlap nothing, and sorting their
    // audiences would cost more than the whole sweep.
    let mut people: Vec<Option<Vec<(PersonId, Role)>>> = vec![None; slots.len()];
    let mut online: Vec<Option<HashSet<PersonId>>> = vec![None; events.len()];
    let mut active: Vec<usize> = Vec::new();
    let longest_way =
        TimeDelta::minutes(events.iter().map(|e| i64::from(e.travel_time())).max().unwrap_or_default());

    for later in 0..slots.len() {
        let slot = &slots[later];
        let (event, session) = (events[slot.event], slot.session);
        let mut own = |kind| report(slot.event, Conflict { session: session.id, kind });
        session_checks(event, session, &mut online[slot.event], &mut own);

        // A session that ends before it starts is a typing slip the
        // validator reports at the field; guessing which of its times is
        // wrong would only add conflicts that vanish once it is fixed.
        if session.end < session.start {
            continue;
        }
        // Sorted by day and start, a session that has ended by now (and
        // longer ago than the way from anywhere) has ended for every
        // session still to come.
        active.retain(|&a| {
            let earlier = slots[a].session;
            earlier.day == session.day && session.start.signed_duration_since(earlier.end) < longest_way
        });
        for &earlier_index in &active {
            let earlier_slot = &slots[earlier_index];
            let earlier = earlier_slot.session;
            if earlier.end <= session.start {
                travel_checks(events, &slots, &mut people, earlier_index, later, &mut own);
                continue;
            }
            // The earlier one starts no later, so this fails only for a
            // session of no length starting with it, which overlaps nothing.
            if earlier.start >= session.end {
                continue;
            }
            if earlier_slot.event == slot.event
                && let Some(room) = session.room
                && earlier.room == Some(room)
            {
                own(ConflictKind::RoomDoubleBooked { room, other: earlier.id });
            }
            let (theirs, ours) = audiences(&slots, &mut people, earlier_index, later);
            for_common(ours, theirs, |person, role, other_role| {
                own(ConflictKind::PersonDoubleBooked { person, role, other: earlier.id, other_role })
            });
        }
        active.push(later);
    }
}

/// People who leave `earlier` for `later` at another place with less time
/// between them than the way takes. Only `later`'s event's travel time is
/// asked: it is the one the people are late for.
fn travel_checks(
    events: &[&Event],
    slots: &[Slot],
    people: &mut [Option<Vec<(PersonId, Role)>>],
    earlier_index: usize,
    later_index: usize,
    own: &mut impl FnMut(ConflictKind),
) {
    let (earlier, later) = (&slots[earlier_index], &slots[later_index]);
    let (earlier_event, later_event) = (events[earlier.event], events[later.event]);
    let needed = later_event.travel_time();
    let minutes = (later.session.start - earlier.session.end).num_minutes();
    if minutes >= i64::from(needed)
        || earlier_event.place_of(earlier.session) == later_event.place_of(later.session)
    {
        return;
    }
    let (theirs, ours) = audiences(slots, people, earlier_index, later_index);
    let minutes = u16::try_from(minutes.max(0)).unwrap_or(u16::MAX);
    for_common(ours, theirs, |person, _, _| {
        own(ConflictKind::TooLittleTravel { person, other: earlier.session.id, minutes, needed })
    });
}

/// Everyone in a session with the role that names her, as [`people_of`]
/// gives them.
type Audience = [(PersonId, Role)];

/// The people of two sessions, each built on first use.
fn audiences<'p>(
    slots: &[Slot],
    people: &'p mut [Option<Vec<(PersonId, Role)>>],
    earlier: usize,
    later: usize,
) -> (&'p Audience, &'p Audience) {
    for index in [earlier, later] {
        if people[index].is_none() {
            people[index] = Some(people_of(slots[index].session));
        }
    }
    (people[earlier].as_deref().unwrap_or_default(), people[later].as_deref().unwrap_or_default())
}

/// What can be seen in one session without looking at any other.
fn session_checks(
    event: &Event,
    session: &Session,
    online: &mut Option<HashSet<PersonId>>,
    report: &mut impl FnMut(ConflictKind),
) {
    if session.day < event.starts_on || session.day > event.ends_on {
        report(ConflictKind::OutsideEventDays);
    }
    if matches!(session.kind, SessionKind::OpenLesson | SessionKind::MasterClass) {
        let lesson = session.lesson.as_ref();
        if lesson.is_none_or(|l| l.teachers.is_empty()) {
            report(ConflictKind::LessonWithoutTeacher);
        }
        if lesson.is_none_or(|l| l.topic.trim().is_empty()) {
            report(ConflictKind::LessonWithoutTopic);
        }
    }
    if let Some(lesson) = &session.lesson {
        for (i, &person) in session.observers.iter().enumerate() {
            if lesson.teachers.contains(&person) && !session.observers[..i].contains(&person) {
                report(ConflictKind::ObserverInOwnLesson { person });
            }
        }
    }
    if let Some(room) = session.room
        && let Some(capacity) = event.rooms.iter().find(|r| r.id == room).and_then(|r| r.capacity)
        // Nobody can be seated twice or from home, so a list no longer
        // than the room needs no closer look.
        && session.attendees.len() > capacity as usize
    {
        let online = online.get_or_insert_with(|| {
            event
                .registrations
                .iter()
                .filter(|r| r.mode == AttendanceMode::Online)
                .map(|r| r.person)
                .collect()
        });
        let attendees = seated_attendees(session, online);
        if attendees > capacity as usize {
            report(ConflictKind::OverCapacity { room, attendees, capacity });
        }
    }
}

/// The people who need a seat in the room: the attendees, each once, less
/// those registered to follow online (a hybrid seminar may list hundreds of
/// them under a session held for twenty in the hall).
///
/// Teachers, observers and the people responsible are not counted. The
/// automatic assignment fills a room up to its capacity with attendees; if
/// the staff counted here too, a room it had just filled would show up as a
/// conflict. A capacity is read as the seats there are for guests: the
/// teacher and her class, who are in the room anyway, are not guests.
fn seated_attendees(session: &Session, online: &HashSet<PersonId>) -> usize {
    let mut seen = HashSet::with_capacity(session.attendees.len());
    session.attendees.iter().filter(|p| !online.contains(p) && seen.insert(**p)).count()
}

/// Everyone in a session once, with the role that names her, sorted by id
/// so that two sessions are compared in one pass.
fn people_of(session: &Session) -> Vec<(PersonId, Role)> {
    let teachers = session.lesson.iter().flat_map(|l| &l.teachers);
    let mut people: Vec<(PersonId, Role)> = teachers
        .map(|&p| (p, Role::Teacher))
        .chain(session.responsible.iter().map(|&p| (p, Role::Responsible)))
        .chain(session.observers.iter().map(|&p| (p, Role::Observer)))
        .chain(session.attendees.iter().map(|&p| (p, Role::Attendee)))
        .collect();
    // Roles sort in order of weight, so the first of a person's entries is
    // the one that names her.
    people.sort_unstable();
    people.dedup_by_key(|(p, _)| *p);
    people
}

fn for_common(
    ours: &[(PersonId, Role)],
    theirs: &[(PersonId, Role)],
    mut found: impl FnMut(PersonId, Role, Role),
) {
    let (mut i, mut j) = (0, 0);
    while i < ours.len() && j < theirs.len() {
        match ours[i].0.cmp(&theirs[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                found(ours[i].0, ours[i].1, theirs[j].1);
                i += 1;
                j += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, TimeDelta, Utc};
    use proptest::prelude::*;
    use uuid::Uuid;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2016, 12, d).unwrap()
    }

    fn at(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn room(name: &str, capacity: Option<u32>) -> Room {
        Room { id: RoomId::new(), name: name.into(), capacity, extra: Extra::new() }
    }

    fn session(kind: SessionKind, start: NaiveTime, end: NaiveTime, room: Option<&Room>) -> Session {
        Session { room: room.map(|r| r.id), ..Session::new(day(14), start, end, kind, String::new()) }
    }

    fn lesson(subject: &str, grade: u8, topic: &str, teachers: &[PersonId]) -> Lesson {
        Lesson {
            subject: subject.into(),
            grade,
            topic: topic.into(),
            teachers: teachers.to_vec(),
            ..Lesson::default()
        }
    }

    fn open_lesson(start: NaiveTime, end: NaiveTime, room: &Room, teacher: PersonId, topic: &str) -> Session {
        let mut s = session(SessionKind::OpenLesson, start, end, Some(room));
        s.lesson = Some(lesson("Математика", 9, topic, &[teacher]));
        s.responsible = vec![teacher];
        s
    }

    fn event(rooms: Vec<Room>, sessions: Vec<Session>) -> Event {
        let mut e = Event::new("Желілік қоғамдастық – нәтижеге бағытталған іс-әрекет", day(14));
        e.rooms = rooms;
        e.sessions = sessions;
        e
    }

    fn people(n: usize) -> Vec<PersonId> {
        (0..n).map(|_| PersonId::new()).collect()
    }

    fn kinds(event: &Event) -> Vec<(SessionId, ConflictKind)> {
        event_conflicts(event).into_iter().map(|c| (c.session, c.kind)).collect()
    }

    #[test]
    fn teacher_attending_a_parallel_lesson_is_double_booked_once() {
        let (r1, r2) = (room("№12 кабинет", Some(30)), room("№14 кабинет", Some(30)));
        let p = people(3);
        let mut first = open_lesson(at(10, 0), at(10, 45), &r1, p[0], "Квадрат теңдеулерді шешу");
        let mut second = open_lesson(at(10, 15), at(11, 0), &r2, p[1], "Атлант мұхиты. Тынық мұхиты");
        // As teacher, responsible and observer in the first and attendee
        // twice over in the second: still one clash between the two.
        first.observers = vec![p[2]];
        second.attendees = vec![p[0], p[0], p[2]];
        let (a, b) = (first.id, second.id);
        let e = event(vec![r1, r2], vec![second, first]);
        assert_eq!(
            kinds(&e),
            vec![
                (
                    b,
                    ConflictKind::PersonDoubleBooked {
                        person: p[0].min(p[2]),
                        role: Role::Attendee,
                        other: a,
                        other_role: if p[0] < p[2] { Role::Teacher } else { Role::Observer },
                    }
                ),
                (
                    b,
                    ConflictKind::PersonDoubleBooked {
                        person: p[0].max(p[2]),
                        role: Role::Attendee,
                        other: a,
                        other_role: if p[0] < p[2] { Role::Observer } else { Role::Teacher },
                    }
                ),
            ]
        );
    }

    #[test]
    fn same_start_is_reported_on_the_one_listed_later() {
        let (r1, r2) = (room("A", None), room("B", None));
        let p = people(1);
        let mut first = session(SessionKind::Speech, at(9, 0), at(9, 20), Some(&r1));
        let mut second = session(SessionKind::Discussion, at(9, 0), at(9, 20), Some(&r2));
        first.responsible = vec![p[0]];
        second.attendees = vec![p[0]];
        let (a, b) = (first.id, second.id);
        let e = event(vec![r1, r2], vec![first, second]);
        assert_eq!(
            kinds(&e),
            vec![(
                b,
                ConflictKind::PersonDoubleBooked {
                    person: p[0],
                    role: Role::Attendee,
                    other: a,
                    other_role: Role::Responsible
                }
            )]
        );
    }

    #[test]
    fn room_double_booked() {
        let hall = room("Мәжіліс залы", Some(150));
        let first = session(SessionKind::Speech, at(10, 15), at(10, 25), Some(&hall));
        let second = session(SessionKind::Performance, at(10, 20), at(10, 30), Some(&hall));
        let (a, b, r) = (first.id, second.id, hall.id);
        let e = event(vec![hall], vec![first, second]);
        assert_eq!(kinds(&e), vec![(b, ConflictKind::RoomDoubleBooked { room: r, other: a })]);
    }

    #[test]
    fn sessions_without_a_room_book_no_room() {
        let hall = room("Акт залы", None);
        let registration = session(SessionKind::Registration, at(9, 0), at(10, 0), None);
        let tea = session(SessionKind::Break, at(9, 30), at(10, 0), None);
        let opening = session(SessionKind::Opening, at(9, 45), at(10, 0), Some(&hall));
        assert_eq!(kinds(&event(vec![hall], vec![registration, tea, opening])), vec![]);
    }

    #[test]
    fn more_attendees_than_seats() {
        let class = room("5 «А» сыныбы", Some(3));
        let p = people(5);
        let mut s = open_lesson(at(11, 35), at(12, 20), &class, p[0], "Менің тәуелсіз Қазақстаным");
        // The teacher and the observer are not guests; a name entered twice
        // is one chair.
        s.observers = vec![p[1]];
        s.attendees = vec![p[2], p[3], p[4], p[2]];
        let (id, r) = (s.id, class.id);
        let mut e = event(vec![class], vec![s]);
        assert_eq!(kinds(&e), vec![]);
        e.sessions[0].attendees.push(p[1]);
        assert_eq!(kinds(&e), vec![(id, ConflictKind::OverCapacity { room: r, attendees: 4, capacity: 3 })]);
        // Following from home takes no chair.
        e.registrations.push(Registration {
            person: p[1],
            mode: AttendanceMode::Online,
            ..Default::default()
        });
        assert_eq!(kinds(&e), vec![]);
    }

    #[test]
    fn a_room_without_capacity_is_never_full() {
        let hall = room("Мәжіліс залы", None);
        let mut s = session(SessionKind::Feedback, at(12, 35), at(13, 5), Some(&hall));
        s.attendees = people(400);
        assert_eq!(kinds(&event(vec![hall], vec![s])), vec![]);
    }

    #[test]
    fn outside_the_event_days() {
        let mut before = session(SessionKind::Opening, at(10, 0), at(10, 10), None);
        before.day = day(13);
        let mut after = session(SessionKind::Awards, at(13, 0), at(13, 20), None);
        after.day = day(16);
        let mut inside = session(SessionKind::Awards, at(13, 0), at(13, 20), None);
        inside.day = day(15);
        let (b, a) = (before.id, after.id);
        let mut e = event(vec![], vec![after, inside, before]);
        e.ends_on = day(15);
        assert_eq!(kinds(&e), vec![(b, ConflictKind::OutsideEventDays), (a, ConflictKind::OutsideEventDays)]);
    }

    #[test]
    fn lessons_without_teacher_or_topic() {
        let class = room("№84 мектеп, 3-кабинет", None);
        let teacher = PersonId::new();
        let bare = session(SessionKind::OpenLesson, at(9, 0), at(9, 45), Some(&class));
        let mut no_teacher = open_lesson(at(10, 0), at(10, 45), &class, teacher, "Holidays");
        no_teacher.lesson.as_mut().unwrap().teachers.clear();
        let mut no_topic = session(SessionKind::MasterClass, at(11, 0), at(11, 40), Some(&class));
        no_topic.lesson = Some(lesson("Информатика", 5, "  ", &[teacher]));
        // A speech is not a lesson and needs neither.
        let speech = session(SessionKind::Speech, at(12, 0), at(12, 20), Some(&class));
        let (b, t, m) = (bare.id, no_teacher.id, no_topic.id);
        let e = event(vec![class], vec![speech, no_topic, no_teacher, bare]);
        assert_eq!(
            kinds(&e),
            vec![
                (b, ConflictKind::LessonWithoutTeacher),
                (b, ConflictKind::LessonWithoutTopic),
                (t, ConflictKind::LessonWithoutTeacher),
                (m, ConflictKind::LessonWithoutTopic),
            ]
        );
    }

    #[test]
    fn observer_in_her_own_lesson() {
        let class = room("1 «Ә» сыныбы", None);
        let p = people(3);
        let mut s = open_lesson(at(11, 35), at(12, 10), &class, p[0], "Саяхат");
        s.lesson.as_mut().unwrap().teachers.push(p[1]);
        s.observers = vec![p[2], p[1], p[1]];
        let id = s.id;
        let e = event(vec![class], vec![s]);
        assert_eq!(kinds(&e), vec![(id, ConflictKind::ObserverInOwnLesson { person: p[1] })]);
    }

    #[test]
    fn touching_sessions_do_not_conflict() {
        let hall = room("Мәжіліс залы", None);
        let p = people(1);
        let mut welcome = session(SessionKind::Speech, at(10, 15), at(10, 25), Some(&hall));
        let mut speech = session(SessionKind::Speech, at(10, 25), at(10, 35), Some(&hall));
        welcome.responsible = p.clone();
        speech.responsible = p.clone();
        // Nor does a moment with no length at the end of another.
        let mut photo = session(SessionKind::Other, at(10, 35), at(10, 35), Some(&hall));
        photo.attendees = p.clone();
        let e = event(vec![hall], vec![speech, photo, welcome]);
        assert_eq!(kinds(&e), vec![]);
    }

    #[test]
    fn a_session_never_conflicts_with_itself() {
        let hall = room("Акт залы", Some(10));
        let director = PersonId::new();
        let mut opening = session(SessionKind::Opening, at(10, 0), at(10, 15), Some(&hall));
        opening.responsible = vec![director];
        opening.attendees = vec![director];
        opening.observers = vec![director];
        assert_eq!(kinds(&event(vec![hall], vec![opening])), vec![]);
    }

    #[test]
    fn a_session_ending_before_it_starts_clashes_with_nothing() {
        let hall = room("Акт залы", None);
        let p = people(1);
        let mut slip = session(SessionKind::Speech, at(11, 0), at(10, 0), Some(&hall));
        let mut speech = session(SessionKind::Speech, at(10, 15), at(10, 45), Some(&hall));
        slip.responsible = p.clone();
        speech.responsible = p;
        assert_eq!(kinds(&event(vec![hall], vec![slip, speech])), vec![]);
    }

    /// The Shymkent network seminar: six open lessons at once in six
    /// classrooms, each trainer in one of them, the guests split into six
    /// groups, the teachers back in the hall for the awards. Nothing here is
    /// a mistake.
    #[test]
    fn six_parallel_open_lessons_in_six_rooms_are_a_normal_seminar() {
        let topics = [
            ("Математика", 9, "Квадрат теңдеулерді шешу"),
            ("География", 7, "Атлант мұхиты. Тынық мұхиты"),
            ("Ағылшын тілі", 6, "Holidays"),
            ("Қазақ әдебиеті", 10, "Майлықожа Сұлтанқожаұлы. Өмірі мен шығармашылығы"),
            ("Информатика", 5, "Компьютер құрылымы"),
            ("Әдебиеттік оқу", 3, "Шегіртке мен құмырсқа"),
        ];
        let rooms: Vec<Room> = (0..6).map(|i| room(&format!("№{} кабинет", 201 + i), Some(25))).collect();
        let teachers = people(6);
        let trainers = people(2);
        let director = PersonId::new();
        let guests = people(120);
        let hall = room("Акт залы", Some(200));

        let mut registration = session(SessionKind::Registration, at(9, 0), at(9, 30), None);
        registration.responsible = vec![director];
        let mut opening = session(SessionKind::Opening, at(9, 30), at(10, 0), Some(&hall));
        opening.responsible = vec![director];
        opening.attendees = guests.iter().chain(&trainers).chain([&director]).copied().collect();
        let mut sessions = vec![registration, opening];
        for (i, &(subject, grade, topic)) in topics.iter().enumerate() {
            let mut s = session(SessionKind::OpenLesson, at(10, 0), at(10, 45), Some(&rooms[i]));
            s.lesson = Some(lesson(subject, grade, topic, &[teachers[i]]));
            s.responsible = vec![teachers[i]];
            if i % 3 == 0 {
                s.observers = vec![trainers[i / 3]];
            }
            s.attendees = guests[i * 20..(i + 1) * 20].to_vec();
            sessions.push(s);
        }
        let mut awards = session(SessionKind::Awards, at(10, 45), at(11, 15), Some(&hall));
        awards.responsible = vec![director];
        awards.attendees = guests.iter().chain(&teachers).copied().collect();
        sessions.push(awards);
        let mut rooms = rooms;
        rooms.push(hall);
        assert_eq!(kinds(&event(rooms, sessions)), vec![]);
    }

    #[test]
    fn the_almaty_practice_site_is_conflict_free() {
        let project = crate::sample::small(DateTime::<Utc>::UNIX_EPOCH);
        assert_eq!(project_conflicts(&project), vec![]);
    }

    #[test]
    fn a_person_in_two_events_at_once_is_seen_across_the_project() {
        let methodologist = PersonId::new();
        let (r1, r2) = (room("Акт залы", None), room("Акт залы", None));
        let mut speech = session(SessionKind::Speech, at(10, 0), at(10, 30), Some(&r1));
        speech.responsible = vec![methodologist];
        let mut lesson = open_lesson(at(10, 15), at(11, 0), &r2, PersonId::new(), "Компьютер құрылымы");
        lesson.observers = vec![methodologist];
        let (a, b) = (speech.id, lesson.id);
        let first = event(vec![r1], vec![speech]);
        let second = event(vec![r2], vec![lesson]);
        assert_eq!(event_conflicts(&first), vec![]);
        assert_eq!(event_conflicts(&second), vec![]);

        let mut project = Project::new("Аудандық әдістемелік кабинет", "", DateTime::<Utc>::UNIX_EPOCH);
        let second_id = second.id;
        project.events = vec![first, second];
        assert_eq!(
            project_conflicts(&project),
            vec![(
                second_id,
                Conflict {
                    session: b,
                    kind: ConflictKind::PersonDoubleBooked {
                        person: methodologist,
                        role: Role::Observer,
                        other: a,
                        other_role: Role::Responsible,
                    },
                }
            )]
        );
    }

    // The same rules, checked pair by pair, as they read in the issue.

    fn overlap(a: &Session, b: &Session) -> bool {
        a.start <= a.end && b.start <= b.end && a.day == b.day && a.start < b.end && b.start < a.end
    }

    fn principal_role(s: &Session, person: PersonId) -> Option<Role> {
        let mut roles = Vec::new();
        if s.lesson.as_ref().is_some_and(|l| l.teachers.contains(&person)) {
            roles.push(Role::Teacher);
        }
        if s.responsible.contains(&person) {
            roles.push(Role::Responsible);
        }
        if s.observers.contains(&person) {
            roles.push(Role::Observer);
        }
        if s.attendees.contains(&person) {
            roles.push(Role::Attendee);
        }
        roles.into_iter().min()
    }

    fn everyone(s: &Session) -> HashSet<PersonId> {
        let teachers = s.lesson.iter().flat_map(|l| l.teachers.iter());
        teachers.chain(&s.responsible).chain(&s.observers).chain(&s.attendees).copied().collect()
    }

    fn naive_single(event: &Event, s: &Session) -> Vec<ConflictKind> {
        let mut found = Vec::new();
        if !(event.starts_on..=event.ends_on).contains(&s.day) {
            found.push(ConflictKind::OutsideEventDays);
        }
        if s.kind == SessionKind::OpenLesson || s.kind == SessionKind::MasterClass {
            match &s.lesson {
                None => found.extend([ConflictKind::LessonWithoutTeacher, ConflictKind::LessonWithoutTopic]),
                Some(l) => {
                    if l.teachers.is_empty() {
                        found.push(ConflictKind::LessonWithoutTeacher);
                    }
                    if l.topic.trim().is_empty() {
                        found.push(ConflictKind::LessonWithoutTopic);
                    }
                }
            }
        }
        for &person in &s.observers {
            if s.lesson.as_ref().is_some_and(|l| l.teachers.contains(&person)) {
                found.push(ConflictKind::ObserverInOwnLesson { person });
            }
        }
        let room = event.rooms.iter().find(|r| Some(r.id) == s.room);
        if let Some(Room { id, capacity: Some(capacity), .. }) = room {
            let online = |p: &PersonId| {
                event.registrations.iter().any(|r| r.person == *p && r.mode == AttendanceMode::Online)
            };
            let seated: HashSet<_> = s.attendees.iter().filter(|p| !online(p)).collect();
            if seated.len() > *capacity as usize {
                found.push(ConflictKind::OverCapacity {
                    room: *id,
                    attendees: seated.len(),
                    capacity: *capacity,
                });
            }
        }
        found
    }

    fn naive(events: &[&Event]) -> HashSet<(EventId, Conflict)> {
        let mut found = HashSet::new();
        let all: Vec<(usize, usize, &Session)> = events
            .iter()
            .enumerate()
            .flat_map(|(e, event)| event.sessions.iter().enumerate().map(move |(i, s)| (e, i, s)))
            .collect();
        for &(e, _, s) in &all {
            for kind in naive_single(events[e], s) {
                found.insert((events[e].id, Conflict { session: s.id, kind }));
            }
        }
        for (x, &(ea, ia, a)) in all.iter().enumerate() {
            for &(eb, ib, b) in &all[x + 1..] {
                if !overlap(a, b) {
                    continue;
                }
                let key = |e: usize, i: usize, s: &Session| (s.day, s.start, s.end, e, i);
                let ((e1, earlier), (e2, later)) =
                    if key(ea, ia, a) < key(eb, ib, b) { ((ea, a), (eb, b)) } else { ((eb, b), (ea, a)) };
                let event = events[e2].id;
                if e1 == e2
                    && let Some(room) = later.room
                    && earlier.room == Some(room)
                {
                    let kind = ConflictKind::RoomDoubleBooked { room, other: earlier.id };
                    found.insert((event, Conflict { session: later.id, kind }));
                }
                for &person in everyone(later).intersection(&everyone(earlier)) {
                    let kind = ConflictKind::PersonDoubleBooked {
                        person,
                        role: principal_role(later, person).unwrap(),
                        other: earlier.id,
                        other_role: principal_role(earlier, person).unwrap(),
                    };
                    found.insert((event, Conflict { session: later.id, kind }));
                }
            }
        }
        found
    }

    /// A session drawn on a coarse grid, so that overlaps, touching ends,
    /// sessions of no length and sessions that end before they start all
    /// come up often: (day, start, length, kind, room, lesson, responsible,
    /// observers, attendees), people and rooms by index.
    type Draft =
        (u32, u32, i32, usize, Option<usize>, Option<(bool, Vec<usize>)>, Vec<usize>, Vec<usize>, Vec<usize>);

    const KINDS: [SessionKind; 5] = [
        SessionKind::OpenLesson,
        SessionKind::MasterClass,
        SessionKind::Break,
        SessionKind::Opening,
        SessionKind::Speech,
    ];

    fn draft() -> impl Strategy<Value = Draft> {
        let few = || proptest::collection::vec(0..6usize, 0..3);
        (
            13..17u32,
            0..8u32,
            -1..5i32,
            0..KINDS.len(),
            proptest::option::of(0..4usize),
            proptest::option::of((any::<bool>(), few())),
            few(),
            few(),
            proptest::collection::vec(0..6usize, 0..5),
        )
    }

    /// Rooms by capacity, sessions, and who of the six follows online.
    type EventDraft = (Vec<Option<u32>>, Vec<Draft>, Vec<bool>);

    fn event_draft() -> impl Strategy<Value = EventDraft> {
        (
            proptest::collection::vec(proptest::option::of(0..4u32), 1..=4),
            proptest::collection::vec(draft(), 0..=12),
            proptest::collection::vec(any::<bool>(), 6),
        )
    }

    fn build(people: &[PersonId], (capacities, drafts, online): &EventDraft) -> Event {
        let rooms: Vec<Room> = capacities.iter().map(|&c| room("кабинет", c)).collect();
        let nine = at(9, 0);
        let sessions = drafts
            .iter()
            .map(|(d, start, length, kind, r, lesson_draft, responsible, observers, attendees)| {
                let start = nine + TimeDelta::minutes(15 * i64::from(*start));
                let end = start + TimeDelta::minutes(15 * i64::from(*length));
                let mut s = session(KINDS[*kind], start, end, r.map(|r| &rooms[r % rooms.len()]));
                s.day = day(*d);
                let who = |v: &Vec<usize>| v.iter().map(|&i| people[i]).collect::<Vec<_>>();
                s.lesson = lesson_draft.as_ref().map(|(topic, teachers)| {
                    lesson("Математика", 9, if *topic { "Бөлшектер" } else { "" }, &who(teachers))
                });
                s.responsible = who(responsible);
                s.observers = who(observers);
                s.attendees = who(attendees);
                s
            })
            .collect();
        let mut e = event(rooms, sessions);
        e.ends_on = day(15);
        e.registrations = people
            .iter()
            .zip(online)
            .map(|(&person, &online)| Registration {
                person,
                mode: if online { AttendanceMode::Online } else { AttendanceMode::Offline },
                ..Default::default()
            })
            .collect();
        e
    }

    fn fixed_people() -> Vec<PersonId> {
        (1..=6).map(|n| PersonId(Uuid::from_u128(n * 0x1234_5678_9abc_def0))).collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn the_sweep_finds_what_checking_every_pair_finds(draft in event_draft()) {
            let people = fixed_people();
            let e = build(&people, &draft);
            let swept = event_conflicts(&e);
            let set: HashSet<(EventId, Conflict)> = swept.iter().map(|&c| (e.id, c)).collect();
            prop_assert_eq!(set.len(), swept.len(), "reported twice: {:?}", swept);
            prop_assert_eq!(set, naive(&[&e]));
        }

        #[test]
        fn the_project_sweep_finds_what_checking_every_pair_finds(
            drafts in proptest::collection::vec(event_draft(), 1..=3)
        ) {
            let people = fixed_people();
            let mut project = Project::new("Аудан", "", DateTime::<Utc>::UNIX_EPOCH);
            project.events = drafts.iter().map(|d| build(&people, d)).collect();
            let swept = project_conflicts(&project);
            let set: HashSet<(EventId, Conflict)> = swept.iter().copied().collect();
            prop_assert_eq!(set.len(), swept.len(), "reported twice: {:?}", swept);
            let events: Vec<&Event> = project.events.iter().collect();
            prop_assert_eq!(&set, &naive(&events));

            // Within one event, the project sees exactly what the event sees.
            for e in &project.events {
                let sessions: HashSet<SessionId> = e.sessions.iter().map(|s| s.id).collect();
                let inside: HashSet<Conflict> = set
                    .iter()
                    .filter(|(id, c)| *id == e.id && match c.kind {
                        ConflictKind::PersonDoubleBooked { other, .. } => sessions.contains(&other),
                        _ => true,
                    })
                    .map(|&(_, c)| c)
                    .collect();
                prop_assert_eq!(inside, event_conflicts(e).into_iter().collect::<HashSet<_>>());
            }
        }
    }
}
