//! Automatic assignment of participants to parallel lessons.
//!
//! An event's open lessons and master classes are grouped into **time slots**:
//! sessions that overlap in time on the same day, directly or through a
//! chain of overlaps, share a slot. Within a slot every registered offline
//! participant is seated in at most one session's audience. Online
//! participants follow the broadcast, so they take no seat and are neither
//! placed nor reported as unplaced.
//!
//! The result, per slot, is the best one under [`Score`], compared in this
//! order:
//! 1. as many people seated as possible;
//! 2. then as many subject matches as possible (a chemistry teacher in the
//!    chemistry lesson), so a match always outweighs any amount of balance;
//! 3. then the most even spread: the k-th person in one room costs
//!    [`seat_cost`]`(k)`, which grows with k, so piling people into one room
//!    is dearer than spreading them.
//!
//! Hard rules: a room's capacity is never exceeded by what this module adds;
//! nobody is seated in a session that overlaps one where she teaches, is
//! responsible, observes, or already attends a non-lesson session (so a
//! teacher never sits in her own lesson's audience); pairs the user pinned
//! stay exactly as they are and take their seats first. Pins are not
//! second-guessed here: a pin that breaks a rule is the conflict checker's to
//! report, not this module's to undo.
//!
//! Each slot is solved exactly as a minimum-cost maximum flow
//! ([`super::flow`]). Participants with the same eligible sessions and the
//! same matching sessions are interchangeable for the score, so they share
//! one node; that keeps the graph a few dozen nodes even for a thousand
//! people. Among interchangeable people, the earlier registration gets the
//! seat.

use super::flow::{ArcId, MinCostFlow};
use super::ids::{PersonId, SessionId};
use super::model::{AttendanceMode, Event, Person, Session, SessionKind};
use std::cmp::{Ordering, Reverse};
use std::collections::{HashMap, HashSet};

/// What the assignment works from. `pinned` pairs are kept whatever else
/// happens; pairs naming a session that is not an open lesson or a master
/// class of `event` are ignored.
#[derive(Debug, Clone, Copy)]
pub struct AssignInput<'a> {
    pub event: &'a Event,
    pub people: &'a [Person],
    pub pinned: &'a [(PersonId, SessionId)],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnplacedReason {
    /// She could sit in at least one session of the slot, but all of those
    /// are full.
    NoSeatsLeft,
    /// She observes, presents at or attends this overlapping session.
    BusyElsewhere(SessionId),
    /// She teaches, or is responsible for, this session of the slot.
    TeachesInSlot(SessionId),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Unplaced {
    pub person: PersonId,
    pub reason: UnplacedReason,
}

/// The outcome for one time slot.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SlotResult {
    /// The slot's sessions, earliest first.
    pub sessions: Vec<SessionId>,
    /// Every seat taken in the slot, pinned ones included, grouped by
    /// session in the order of `sessions`.
    pub placed: Vec<(PersonId, SessionId)>,
    /// Offline participants left without a seat, in registration order.
    pub unplaced: Vec<Unplaced>,
    /// How many of `placed` sit in a lesson of one of their subjects.
    pub subject_matches: usize,
}

impl SlotResult {
    /// The audience this result gives one session.
    pub fn attendees_of(&self, session: SessionId) -> impl Iterator<Item = PersonId> + '_ {
        self.placed.iter().filter(move |(_, s)| *s == session).map(|(p, _)| *p)
    }

    pub fn score(&self) -> Score {
        let loads = self.sessions.iter().map(|&s| self.attendees_of(s).count() as u64);
        Score::new(self.placed.len(), self.subject_matches, loads)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Assignment {
    pub slots: Vec<SlotResult>,
}

/// How good a slot's seating is. Greater is better: more people seated,
/// then more subject matches, then less crowding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    pub placed: usize,
    pub subject_matches: usize,
    /// Sum over the slot's sessions of [`crowding`] of their audience size.
    pub crowding: u64,
}

impl Score {
    /// The objective itself: the solver is built to maximise it and the
    /// tests check it against every possible seating.
    pub fn new(placed: usize, subject_matches: usize, loads: impl IntoIterator<Item = u64>) -> Score {
        Score { placed, subject_matches, crowding: loads.into_iter().map(crowding).sum() }
    }

    fn key(&self) -> (usize, usize, Reverse<u64>) {
        (self.placed, self.subject_matches, Reverse(self.crowding))
    }
}

impl Ord for Score {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key().cmp(&other.key())
    }
}

impl PartialOrd for Score {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Cost of the `k`-th person (from 1) in the same audience. Strictly
/// increasing, so the total is convex in the audience size and an even
/// spread is the cheapest. It rises by a constant step, so one rising arc of
/// the flow carries it exactly; a curve that is not a straight line would
/// need one unit arc per seat instead.
pub fn seat_cost(k: u64) -> u64 {
    k
}

/// Cost of an audience of `load` people.
pub fn crowding(load: u64) -> u64 {
    (1..=load).map(seat_cost).sum()
}

/// Whether a person's subject and a lesson's subject are the same, as
/// people type them: case and surrounding spaces do not count.
pub fn same_subject(a: &str, b: &str) -> bool {
    let a = subject_key(a);
    !a.is_empty() && a == subject_key(b)
}

fn subject_key(s: &str) -> String {
    s.trim().to_lowercase()
}

/// Sessions whose audience the assignment fills.
pub fn is_parallel_kind(kind: SessionKind) -> bool {
    matches!(kind, SessionKind::OpenLesson | SessionKind::MasterClass)
}

/// Whether one person could not be in both sessions. A session always
/// clashes with itself, even an empty one, so a teacher of a zero-length
/// lesson still cannot sit in it.
fn clash(a: &Session, b: &Session) -> bool {
    a.id == b.id || (a.day == b.day && a.start < b.end && b.start < a.end)
}

/// The event's time slots, as indices into `event.sessions`, earliest first.
fn slot_indices(event: &Event) -> Vec<Vec<usize>> {
    let sessions = &event.sessions;
    let mut order: Vec<usize> = (0..sessions.len()).filter(|&i| is_parallel_kind(sessions[i].kind)).collect();
    order.sort_by_key(|&i| (sessions[i].day, sessions[i].start, sessions[i].end, i));
    let mut slots: Vec<Vec<usize>> = Vec::new();
    let mut reach = None;
    for i in order {
        let s = &sessions[i];
        match (slots.last_mut(), reach) {
            (Some(slot), Some((day, end))) if s.day == day && s.start < end => {
                slot.push(i);
                reach = Some((day, end.max(s.end)));
            }
            _ => {
                slots.push(vec![i]);
                reach = Some((s.day, s.end));
            }
        }
    }
    slots
}

/// The event's time slots: open lessons and master classes that overlap,
/// directly or through a chain, earliest first.
pub fn parallel_slots(event: &Event) -> Vec<Vec<SessionId>> {
    slot_indices(event).into_iter().map(|slot| slot.iter().map(|&i| event.sessions[i].id).collect()).collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Teacher of the lesson or responsible for the session.
    Leads,
    Observes,
    /// Attends a session whose audience this module does not rewrite.
    Attends,
}

/// What the whole event contributes to every slot, computed once.
struct Context<'a> {
    event: &'a Event,
    /// Normalised subjects of each known person.
    subjects: HashMap<PersonId, Vec<String>>,
    /// Each person's other duties in the event, as (session index, role).
    duties: HashMap<PersonId, Vec<(usize, Role)>>,
    /// Offline participants, each once, in registration order.
    offline: Vec<PersonId>,
    pinned: &'a [(PersonId, SessionId)],
}

impl<'a> Context<'a> {
    fn new(input: &AssignInput<'a>) -> Self {
        let event = input.event;
        let subjects = input
            .people
            .iter()
            .map(|p| {
                let keys = p.subjects.iter().map(|s| subject_key(s)).filter(|s| !s.is_empty()).collect();
                (p.id, keys)
            })
            .collect();
        let mut duties: HashMap<PersonId, Vec<(usize, Role)>> = HashMap::new();
        for (i, s) in event.sessions.iter().enumerate() {
            let teachers = s.lesson.iter().flat_map(|l| &l.teachers);
            for &p in s.responsible.iter().chain(teachers) {
                duties.entry(p).or_default().push((i, Role::Leads));
            }
            for &p in &s.observers {
                duties.entry(p).or_default().push((i, Role::Observes));
            }
            // The audiences of lessons are what gets rewritten, so they bind
            // nobody; only the audiences of other sessions do.
            if !is_parallel_kind(s.kind) {
                for &p in &s.attendees {
                    duties.entry(p).or_default().push((i, Role::Attends));
                }
            }
        }
        let mut seen = HashSet::new();
        let offline = event
            .registrations
            .iter()
            .filter(|r| r.mode == AttendanceMode::Offline)
            .map(|r| r.person)
            .filter(|&p| seen.insert(p))
            .collect();
        Context { event, subjects, duties, offline, pinned: input.pinned }
    }

    fn matches(&self, person: PersonId, subject: Option<&str>) -> bool {
        match (subject, self.subjects.get(&person)) {
            (Some(subject), Some(keys)) => keys.iter().any(|k| k == subject),
            _ => false,
        }
    }

    /// Why `person` cannot sit in `session`, if she cannot.
    fn blocker(&self, person: PersonId, session: &Session) -> Option<UnplacedReason> {
        let mut found = None;
        for &(i, role) in self.duties.get(&person).map(Vec::as_slice).unwrap_or_default() {
            let other = &self.event.sessions[i];
            if !clash(other, session) {
                continue;
            }
            // A clashing lesson is in the same slot, so leading it is
            // "teaching in this slot", the more telling reason.
            if role == Role::Leads && is_parallel_kind(other.kind) {
                return Some(UnplacedReason::TeachesInSlot(other.id));
            }
            found.get_or_insert(UnplacedReason::BusyElsewhere(other.id));
        }
        found
    }
}

/// Participants with the same options, seated as a block.
struct Profile {
    /// Per slot session: may they sit there at all.
    allowed: Vec<bool>,
    /// Per slot session: is it a lesson of one of their subjects.
    matching: Vec<bool>,
    /// Indices into the slot's candidates, in registration order.
    members: Vec<usize>,
}

/// Seats the event's offline participants in the parallel sessions of each
/// time slot. Pure: the event is not changed; see [`apply`].
pub fn assign(input: &AssignInput) -> Assignment {
    let ctx = Context::new(input);
    Assignment { slots: slot_indices(input.event).iter().map(|slot| assign_slot(&ctx, slot)).collect() }
}

fn assign_slot(ctx: &Context, slot: &[usize]) -> SlotResult {
    let sessions: Vec<&Session> = slot.iter().map(|&i| &ctx.event.sessions[i]).collect();
    let local: HashMap<SessionId, usize> = sessions.iter().enumerate().map(|(j, s)| (s.id, j)).collect();
    let k = sessions.len();

    let mut pinned: Vec<Vec<PersonId>> = vec![Vec::new(); k];
    let mut pinned_people = HashSet::new();
    let mut seen_pairs = HashSet::new();
    for &(p, s) in ctx.pinned {
        if let Some(&j) = local.get(&s)
            && seen_pairs.insert((p, s))
        {
            pinned[j].push(p);
            pinned_people.insert(p);
        }
    }

    let capacity: Vec<Option<u64>> = sessions
        .iter()
        .map(|s| {
            let room = s.room.and_then(|id| ctx.event.rooms.iter().find(|r| r.id == id));
            room.and_then(|r| r.capacity).map(u64::from)
        })
        .collect();
    let subject: Vec<Option<String>> = sessions
        .iter()
        .map(|s| s.lesson.as_ref().map(|l| subject_key(&l.subject)).filter(|k| !k.is_empty()))
        .collect();

    // Candidates, by registration order; `unplaced` is keyed by that order too.
    let candidates: Vec<PersonId> =
        ctx.offline.iter().copied().filter(|p| !pinned_people.contains(p)).collect();
    let mut unplaced: Vec<(usize, Unplaced)> = Vec::new();
    let mut profiles: Vec<Profile> = Vec::new();
    let mut by_options: HashMap<(Vec<bool>, Vec<bool>), usize> = HashMap::new();
    for (c, &person) in candidates.iter().enumerate() {
        let mut allowed = vec![true; k];
        let mut reason = None;
        if ctx.duties.contains_key(&person) {
            for (j, s) in sessions.iter().enumerate() {
                if let Some(why) = ctx.blocker(person, s) {
                    allowed[j] = false;
                    reason = match (reason, why) {
                        (None, _)
                        | (Some(UnplacedReason::BusyElsewhere(_)), UnplacedReason::TeachesInSlot(_)) => {
                            Some(why)
                        }
                        (kept, _) => kept,
                    };
                }
            }
        }
        if !allowed.contains(&true) {
            let reason = reason.unwrap_or(UnplacedReason::NoSeatsLeft);
            unplaced.push((c, Unplaced { person, reason }));
            continue;
        }
        let matching: Vec<bool> =
            (0..k).map(|j| allowed[j] && ctx.matches(person, subject[j].as_deref())).collect();
        let options = (allowed, matching);
        let index = match by_options.get(&options) {
            Some(&index) => index,
            None => {
                profiles.push(Profile {
                    allowed: options.0.clone(),
                    matching: options.1.clone(),
                    members: Vec::new(),
                });
                by_options.insert(options, profiles.len() - 1);
                profiles.len() - 1
            }
        };
        profiles[index].members.push(c);
    }

    let mut seated: Vec<Vec<usize>> = vec![Vec::new(); k];
    if !profiles.is_empty() {
        let total = (candidates.len() + pinned.iter().map(Vec::len).sum::<usize>()) as u64;
        // One mismatch must cost more than any difference in crowding
        // between two seatings, so that matches always come first. Every
        // crowding term is at most the crowding of everyone in one room.
        let mismatch = to_cost(crowding(total) + 1);
        let (source, sink) = (0, 1);
        let first_session = 2 + profiles.len();
        let mut graph = MinCostFlow::new(first_session + k);
        let mut choice_arcs: Vec<(usize, usize, ArcId)> = Vec::new();
        let mut eligible = vec![0u64; k];
        for (pi, profile) in profiles.iter().enumerate() {
            let count = profile.members.len() as i64;
            graph.add_arc(source, 2 + pi, count, 0);
            for j in (0..k).filter(|&j| profile.allowed[j]) {
                let cost = if profile.matching[j] { 0 } else { mismatch };
                choice_arcs.push((pi, j, graph.add_arc(2 + pi, first_session + j, count, cost)));
                eligible[j] += count as u64;
            }
        }
        for j in 0..k {
            let already = pinned[j].len() as u64;
            let free = capacity[j].map_or(u64::MAX, |c| c.saturating_sub(already));
            let first = seat_cost(already + 1);
            let step = seat_cost(already + 2) - first;
            let seats = i64::try_from(free.min(eligible[j])).unwrap_or(i64::MAX);
            graph.add_rising_arc(first_session + j, sink, seats, to_cost(first), to_cost(step));
        }
        graph.run(source, sink);
        let mut next = vec![0usize; profiles.len()];
        for (pi, j, arc) in choice_arcs {
            let flow = graph.flow(arc) as usize;
            let members = &profiles[pi].members;
            seated[j].extend_from_slice(&members[next[pi]..next[pi] + flow]);
            next[pi] += flow;
        }
        for (profile, &taken) in profiles.iter().zip(&next) {
            for &c in &profile.members[taken..] {
                unplaced.push((c, Unplaced { person: candidates[c], reason: UnplacedReason::NoSeatsLeft }));
            }
        }
    }

    let mut placed = Vec::new();
    let mut subject_matches = 0;
    for (j, session) in sessions.iter().enumerate() {
        seated[j].sort_unstable();
        let people = pinned[j].iter().copied().chain(seated[j].iter().map(|&c| candidates[c]));
        for person in people {
            subject_matches += usize::from(ctx.matches(person, subject[j].as_deref()));
            placed.push((person, session.id));
        }
    }
    unplaced.sort_by_key(|&(c, _)| c);
    SlotResult {
        sessions: sessions.iter().map(|s| s.id).collect(),
        placed,
        unplaced: unplaced.into_iter().map(|(_, u)| u).collect(),
        subject_matches,
    }
}

fn to_cost(value: u64) -> i64 {
    i64::try_from(value).expect("assignment costs fit in i64 for any real event")
}

/// Writes the seating into the event: each slot session's audience becomes
/// exactly what the assignment placed there (pinned people included), so
/// earlier automatic choices are replaced. Sessions removed since the
/// assignment was made are skipped.
pub fn apply(event: &mut Event, assignment: &Assignment) {
    for slot in &assignment.slots {
        for &id in &slot.sessions {
            if let Some(session) = event.sessions.iter_mut().find(|s| s.id == id) {
                session.attendees = slot.attendees_of(id).collect();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::RoomId;
    use crate::domain::model::{Extra, Lesson, Registration, Room};
    use chrono::{NaiveDate, NaiveTime};
    use proptest::prelude::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2019, 2, 1).unwrap()
    }

    fn at(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn person(name: &str, subjects: &[&str]) -> Person {
        Person {
            full_name: name.to_owned(),
            subjects: subjects.iter().map(|s| (*s).to_owned()).collect(),
            ..Person::default()
        }
    }

    fn session(kind: SessionKind, subject: Option<&str>, start: NaiveTime, end: NaiveTime) -> Session {
        Session {
            id: SessionId::new(),
            day: day(),
            start,
            end,
            kind,
            title: subject.unwrap_or("Сөз").to_owned(),
            room: None,
            title_alt: None,
            place: None,
            responsible: Vec::new(),
            lesson: subject.map(|s| Lesson {
                subject: s.to_owned(),
                grade: 5,
                topic: "Тақырып".to_owned(),
                ..Lesson::default()
            }),
            observers: Vec::new(),
            attendees: Vec::new(),
            pinned: Vec::new(),
            notes: String::new(),
            extra: Extra::new(),
        }
    }

    /// Adds a lesson from 10:00 to 10:45, in a room of `capacity` if given.
    fn lesson(event: &mut Event, subject: &str, capacity: Option<u32>) -> SessionId {
        let mut s = session(SessionKind::OpenLesson, Some(subject), at(10, 0), at(10, 45));
        if let Some(capacity) = capacity {
            let room = Room {
                id: RoomId::new(),
                name: format!("{subject} кабинеті"),
                capacity: Some(capacity),
                ..Room::default()
            };
            s.room = Some(room.id);
            event.rooms.push(room);
        }
        let id = s.id;
        event.sessions.push(s);
        id
    }

    fn register(event: &mut Event, people: &[&Person], mode: AttendanceMode) {
        for p in people {
            event.registrations.push(Registration { person: p.id, mode, ..Registration::default() });
        }
    }

    fn session_mut(event: &mut Event, id: SessionId) -> &mut Session {
        event.sessions.iter_mut().find(|s| s.id == id).unwrap()
    }

    fn run(event: &Event, people: &[Person], pinned: &[(PersonId, SessionId)]) -> Assignment {
        assign(&AssignInput { event, people, pinned })
    }

    #[test]
    fn each_teacher_goes_to_the_lesson_of_her_subject() {
        let mut event = Event::new("Семинар", day());
        let chemistry = lesson(&mut event, "Химия", None);
        let maths = lesson(&mut event, "Математика", None);
        let aigul = person("Айгүл", &["  химия "]);
        let bolat = person("Болат", &["Математика", "Физика"]);
        let dana = person("Дана", &["ХИМИЯ"]);
        register(&mut event, &[&bolat, &aigul, &dana], AttendanceMode::Offline);
        let people = [aigul.clone(), bolat.clone(), dana.clone()];
        let result = run(&event, &people, &[]);
        assert_eq!(result.slots.len(), 1);
        let slot = &result.slots[0];
        assert_eq!(slot.attendees_of(chemistry).collect::<Vec<_>>(), [aigul.id, dana.id]);
        assert_eq!(slot.attendees_of(maths).collect::<Vec<_>>(), [bolat.id]);
        assert_eq!(slot.subject_matches, 3);
        assert!(slot.unplaced.is_empty());
    }

    #[test]
    fn room_capacity_is_respected_and_the_rest_is_explained() {
        let mut event = Event::new("Семинар", day());
        let chemistry = lesson(&mut event, "Химия", Some(2));
        let maths = lesson(&mut event, "Математика", Some(1));
        let people: Vec<Person> = (0..5).map(|i| person(&format!("Мұғалім {i}"), &["Химия"])).collect();
        register(&mut event, &people.iter().collect::<Vec<_>>(), AttendanceMode::Offline);
        let slot = &run(&event, &people, &[]).slots[0];
        assert_eq!(slot.attendees_of(chemistry).count(), 2);
        assert_eq!(slot.attendees_of(maths).count(), 1);
        assert_eq!(slot.subject_matches, 2);
        let unplaced: Vec<_> = slot.unplaced.iter().map(|u| (u.person, u.reason)).collect();
        // Earlier registrations get the seats among equals.
        assert_eq!(
            unplaced,
            [(people[3].id, UnplacedReason::NoSeatsLeft), (people[4].id, UnplacedReason::NoSeatsLeft)]
        );
    }

    #[test]
    fn pinned_pairs_stay_and_take_their_seats_first() {
        let mut event = Event::new("Семинар", day());
        let chemistry = lesson(&mut event, "Химия", Some(1));
        let maths = lesson(&mut event, "Математика", Some(1));
        let aigul = person("Айгүл", &["Химия"]);
        let bolat = person("Болат", &["Химия"]);
        register(&mut event, &[&aigul, &bolat], AttendanceMode::Offline);
        let people = [aigul.clone(), bolat.clone()];
        // Айгүл teaches chemistry but the director wants her in mathematics.
        let pinned = [(aigul.id, maths)];
        let slot = &run(&event, &people, &pinned).slots[0];
        assert_eq!(slot.attendees_of(maths).collect::<Vec<_>>(), [aigul.id]);
        assert_eq!(slot.attendees_of(chemistry).collect::<Vec<_>>(), [bolat.id]);

        // A pin fills the room: nobody else gets in.
        let pinned = [(aigul.id, chemistry)];
        let slot = &run(&event, &people, &pinned).slots[0];
        assert_eq!(slot.attendees_of(chemistry).collect::<Vec<_>>(), [aigul.id]);
        assert_eq!(slot.attendees_of(maths).collect::<Vec<_>>(), [bolat.id]);
    }

    #[test]
    fn a_teacher_is_never_in_her_own_lessons_audience() {
        let mut event = Event::new("Семинар", day());
        let chemistry = lesson(&mut event, "Химия", None);
        let aigul = person("Айгүл", &["Химия"]);
        session_mut(&mut event, chemistry).lesson.as_mut().unwrap().teachers.push(aigul.id);
        register(&mut event, &[&aigul], AttendanceMode::Offline);
        let slot = &run(&event, std::slice::from_ref(&aigul), &[]).slots[0];
        assert!(slot.placed.is_empty());
        assert_eq!(
            slot.unplaced,
            [Unplaced { person: aigul.id, reason: UnplacedReason::TeachesInSlot(chemistry) }]
        );
    }

    #[test]
    fn an_observer_in_the_slot_is_busy_and_told_where() {
        let mut event = Event::new("Семинар", day());
        let chemistry = lesson(&mut event, "Химия", None);
        lesson(&mut event, "Математика", None);
        let methodologist = person("Әдіскер", &["Химия"]);
        session_mut(&mut event, chemistry).observers.push(methodologist.id);
        register(&mut event, &[&methodologist], AttendanceMode::Offline);
        let slot = &run(&event, std::slice::from_ref(&methodologist), &[]).slots[0];
        assert!(slot.placed.is_empty());
        assert_eq!(
            slot.unplaced,
            [Unplaced { person: methodologist.id, reason: UnplacedReason::BusyElsewhere(chemistry) }]
        );
    }

    #[test]
    fn a_speaker_at_a_parallel_session_is_busy_there() {
        let mut event = Event::new("Семинар", day());
        lesson(&mut event, "Химия", None);
        let mut speech = session(SessionKind::Speech, None, at(10, 30), at(11, 0));
        let head = person("Бөлім басшысы", &["Химия"]);
        speech.responsible.push(head.id);
        let speech_id = speech.id;
        event.sessions.push(speech);
        register(&mut event, &[&head], AttendanceMode::Offline);
        let slot = &run(&event, std::slice::from_ref(&head), &[]).slots[0];
        assert_eq!(
            slot.unplaced,
            [Unplaced { person: head.id, reason: UnplacedReason::BusyElsewhere(speech_id) }]
        );
    }

    #[test]
    fn online_participants_take_no_seat() {
        let mut event = Event::new("Семинар", day());
        lesson(&mut event, "Химия", None);
        let remote = person("Онлайн", &["Химия"]);
        register(&mut event, &[&remote], AttendanceMode::Online);
        let slot = &run(&event, std::slice::from_ref(&remote), &[]).slots[0];
        assert!(slot.placed.is_empty());
        assert!(slot.unplaced.is_empty());
    }

    #[test]
    fn people_without_a_matching_lesson_are_spread_evenly() {
        let mut event = Event::new("Семинар", day());
        let lessons: Vec<_> =
            ["Химия", "Тарих", "Биология"].iter().map(|s| lesson(&mut event, s, None)).collect();
        let people: Vec<Person> = (0..7).map(|i| person(&format!("Мұғалім {i}"), &["Музыка"])).collect();
        register(&mut event, &people.iter().collect::<Vec<_>>(), AttendanceMode::Offline);
        let slot = &run(&event, &people, &[]).slots[0];
        let mut loads: Vec<usize> = lessons.iter().map(|&l| slot.attendees_of(l).count()).collect();
        loads.sort_unstable();
        assert_eq!(loads, [2, 2, 3]);
    }

    #[test]
    fn a_subject_match_outweighs_balance() {
        let mut event = Event::new("Семинар", day());
        let chemistry = lesson(&mut event, "Химия", None);
        let history = lesson(&mut event, "Тарих", None);
        let people: Vec<Person> = (0..6).map(|i| person(&format!("Химик {i}"), &["Химия"])).collect();
        register(&mut event, &people.iter().collect::<Vec<_>>(), AttendanceMode::Offline);
        let slot = &run(&event, &people, &[]).slots[0];
        assert_eq!(slot.attendees_of(chemistry).count(), 6);
        assert_eq!(slot.attendees_of(history).count(), 0);
    }

    #[test]
    fn slots_follow_days_and_chains_of_overlaps() {
        let mut event = Event::new("Семинар", day());
        let a = session(SessionKind::OpenLesson, Some("Химия"), at(9, 0), at(9, 45));
        let b = session(SessionKind::MasterClass, Some("Тарих"), at(9, 30), at(10, 15));
        let c = session(SessionKind::OpenLesson, Some("Физика"), at(10, 0), at(10, 45));
        let d = session(SessionKind::OpenLesson, Some("Химия"), at(10, 45), at(11, 30));
        let mut e = session(SessionKind::OpenLesson, Some("Химия"), at(9, 0), at(9, 45));
        e.day = day().succ_opt().unwrap();
        let opening = session(SessionKind::Opening, None, at(9, 0), at(12, 0));
        let ids: Vec<_> = [&a, &b, &c, &d, &e].iter().map(|s| s.id).collect();
        event.sessions = vec![e, d, c, opening, b, a];
        assert_eq!(parallel_slots(&event), [vec![ids[0], ids[1], ids[2]], vec![ids[3]], vec![ids[4]]]);
    }

    #[test]
    fn apply_replaces_earlier_audiences_and_keeps_pins() {
        let mut event = Event::new("Семинар", day());
        let chemistry = lesson(&mut event, "Химия", None);
        let maths = lesson(&mut event, "Математика", None);
        let aigul = person("Айгүл", &["Химия"]);
        let bolat = person("Болат", &["Математика"]);
        let gone = person("Кеткен", &[]);
        session_mut(&mut event, maths).attendees = vec![gone.id, aigul.id];
        register(&mut event, &[&aigul, &bolat], AttendanceMode::Offline);
        let people = [aigul.clone(), bolat.clone(), gone];
        let pinned = [(aigul.id, maths)];
        let result = run(&event, &people, &pinned);
        apply(&mut event, &result);
        assert_eq!(session_mut(&mut event, maths).attendees, [aigul.id, bolat.id]);
        assert!(session_mut(&mut event, chemistry).attendees.is_empty());
    }

    #[test]
    fn seat_cost_rises_by_a_constant_step() {
        let step = seat_cost(2) - seat_cost(1);
        assert!(step > 0);
        for k in 1..1000 {
            assert_eq!(seat_cost(k + 1) - seat_cost(k), step);
        }
    }

    #[test]
    fn score_prefers_seats_then_matches_then_balance() {
        let even = Score::new(4, 1, [2, 2]);
        let piled = Score::new(4, 1, [4, 0]);
        assert!(even > piled);
        assert!(Score::new(4, 2, [4, 0]) > even);
        assert!(Score::new(5, 0, [5, 0]) > Score::new(4, 4, [2, 2]));
    }

    // ---- Random small instances against brute force. ----

    const SUBJECTS: [&str; 3] = ["Химия", "Математика", "Тарих"];

    fn spelled(subject: usize, variant: usize) -> String {
        let base = SUBJECTS[subject];
        match variant {
            0 => base.to_owned(),
            1 => base.to_lowercase(),
            2 => format!("  {} ", base.to_uppercase()),
            _ => format!("{base}\t"),
        }
    }

    #[derive(Debug, Clone)]
    struct RawLesson {
        start: usize,
        subject: (usize, usize),
        capacity: Option<u32>,
        teacher: Option<usize>,
        observer: Option<usize>,
    }

    #[derive(Debug, Clone)]
    struct RawCase {
        subjects: Vec<Vec<(usize, usize)>>,
        /// 0: not registered, 1 and 2: offline, 3: online.
        registration: Vec<u8>,
        lessons: Vec<RawLesson>,
        /// A speech at one of the start times: (start, speaker, listener).
        speech: Option<(usize, Option<usize>, Option<usize>)>,
        pins: Vec<Option<usize>>,
    }

    fn raw_case() -> impl Strategy<Value = RawCase> {
        (1usize..=7, 1usize..=3).prop_flat_map(|(n, m)| {
            let subject = (0usize..3, 0usize..4);
            let lesson = (
                0usize..3,
                subject.clone(),
                prop::option::of(0u32..=3),
                prop::option::weighted(0.3, 0..n),
                prop::option::weighted(0.3, 0..n),
            )
                .prop_map(|(start, subject, capacity, teacher, observer)| RawLesson {
                    start,
                    subject,
                    capacity,
                    teacher,
                    observer,
                });
            (
                prop::collection::vec(prop::collection::vec(subject, 0..=2), n),
                prop::collection::vec(0u8..4, n),
                prop::collection::vec(lesson, m),
                prop::option::weighted(0.3, (0usize..3, prop::option::of(0..n), prop::option::of(0..n))),
                prop::collection::vec(prop::option::weighted(0.2, 0..m), n),
            )
                .prop_map(|(subjects, registration, lessons, speech, pins)| RawCase {
                    subjects,
                    registration,
                    lessons,
                    speech,
                    pins,
                })
        })
    }

    /// Starts 30 minutes apart, 45 minutes long: neighbours overlap, the
    /// first and last do not, which makes chained slots.
    fn start(slot: usize) -> NaiveTime {
        at(9, 0) + chrono::Duration::minutes(30 * slot as i64)
    }

    fn build(raw: &RawCase) -> (Event, Vec<Person>, Vec<(PersonId, SessionId)>) {
        let mut event = Event::new("Сынақ", day());
        let people: Vec<Person> = raw
            .subjects
            .iter()
            .enumerate()
            .map(|(i, subjects)| {
                let subjects: Vec<String> = subjects.iter().map(|&(s, v)| spelled(s, v)).collect();
                Person { full_name: format!("Қатысушы {i}"), subjects, ..Person::default() }
            })
            .collect();
        for l in &raw.lessons {
            let name = spelled(l.subject.0, l.subject.1);
            let mut s = session(
                SessionKind::OpenLesson,
                Some(&name),
                start(l.start),
                start(l.start) + chrono::Duration::minutes(45),
            );
            if let Some(capacity) = l.capacity {
                let room = Room {
                    id: RoomId::new(),
                    name: "Кабинет".to_owned(),
                    capacity: Some(capacity),
                    ..Room::default()
                };
                s.room = Some(room.id);
                event.rooms.push(room);
            }
            s.lesson.as_mut().unwrap().teachers.extend(l.teacher.map(|t| people[t].id));
            s.observers.extend(l.observer.map(|o| people[o].id));
            event.sessions.push(s);
        }
        if let Some((at_slot, speaker, listener)) = raw.speech {
            let mut s = session(
                SessionKind::Speech,
                None,
                start(at_slot),
                start(at_slot) + chrono::Duration::minutes(20),
            );
            s.responsible.extend(speaker.map(|p| people[p].id));
            s.attendees.extend(listener.map(|p| people[p].id));
            event.sessions.push(s);
        }
        for (p, &r) in raw.registration.iter().enumerate() {
            let mode = match r {
                0 => continue,
                3 => AttendanceMode::Online,
                _ => AttendanceMode::Offline,
            };
            event.registrations.push(Registration { person: people[p].id, mode, ..Registration::default() });
        }
        let pins = raw
            .pins
            .iter()
            .enumerate()
            .filter_map(|(p, l)| l.map(|l| (people[p].id, event.sessions[l].id)))
            .collect();
        (event, people, pins)
    }

    /// The rules, restated from the event alone, independently of the solver.
    struct Rules<'a> {
        event: &'a Event,
        people: &'a [Person],
    }

    impl Rules<'_> {
        fn session(&self, id: SessionId) -> &Session {
            self.event.sessions.iter().find(|s| s.id == id).unwrap()
        }

        fn overlap(a: &Session, b: &Session) -> bool {
            a.id == b.id || (a.day == b.day && a.start < b.end && b.start < a.end)
        }

        fn leads(s: &Session, p: PersonId) -> bool {
            s.responsible.contains(&p) || s.lesson.as_ref().is_some_and(|l| l.teachers.contains(&p))
        }

        fn duty(s: &Session, p: PersonId) -> bool {
            Self::leads(s, p)
                || s.observers.contains(&p)
                || (!matches!(s.kind, SessionKind::OpenLesson | SessionKind::MasterClass)
                    && s.attendees.contains(&p))
        }

        fn may_sit(&self, p: PersonId, s: &Session) -> bool {
            !self.event.sessions.iter().any(|o| Self::overlap(o, s) && Self::duty(o, p))
        }

        fn matches(&self, p: PersonId, s: &Session) -> bool {
            let Some(lesson) = &s.lesson else { return false };
            let wanted = lesson.subject.trim().to_lowercase();
            let person = self.people.iter().find(|x| x.id == p).unwrap();
            !wanted.is_empty() && person.subjects.iter().any(|x| x.trim().to_lowercase() == wanted)
        }

        fn capacity(&self, s: &Session) -> Option<usize> {
            let room = self.event.rooms.iter().find(|r| Some(r.id) == s.room)?;
            room.capacity.map(|c| c as usize)
        }
    }

    fn best_by_brute_force(
        rules: &Rules,
        slot: &[&Session],
        candidates: &[PersonId],
        loads: &mut Vec<usize>,
        next: usize,
        placed: usize,
        matched: usize,
    ) -> Score {
        if next == candidates.len() {
            return Score::new(placed, matched, loads.iter().map(|&l| l as u64));
        }
        let p = candidates[next];
        let mut best = best_by_brute_force(rules, slot, candidates, loads, next + 1, placed, matched);
        for (j, s) in slot.iter().enumerate() {
            if !rules.may_sit(p, s) || rules.capacity(s).is_some_and(|c| loads[j] >= c) {
                continue;
            }
            loads[j] += 1;
            let m = matched + usize::from(rules.matches(p, s));
            best = best.max(best_by_brute_force(rules, slot, candidates, loads, next + 1, placed + 1, m));
            loads[j] -= 1;
        }
        best
    }

    fn check_slot(
        rules: &Rules,
        pins: &[(PersonId, SessionId)],
        result: &SlotResult,
    ) -> Result<(), TestCaseError> {
        let slot: Vec<&Session> = result.sessions.iter().map(|&id| rules.session(id)).collect();
        let mut pinned: Vec<(PersonId, SessionId)> = Vec::new();
        for &pair in pins {
            if result.sessions.contains(&pair.1) && !pinned.contains(&pair) {
                pinned.push(pair);
            }
        }
        let mut candidates: Vec<PersonId> = Vec::new();
        for r in &rules.event.registrations {
            if r.mode == AttendanceMode::Offline
                && !candidates.contains(&r.person)
                && !pinned.iter().any(|&(p, _)| p == r.person)
            {
                candidates.push(r.person);
            }
        }

        for pair in &pinned {
            prop_assert!(result.placed.contains(pair), "pin {pair:?} lost");
        }
        let free: Vec<(PersonId, SessionId)> =
            result.placed.iter().copied().filter(|pair| !pinned.contains(pair)).collect();
        prop_assert_eq!(free.len() + pinned.len(), result.placed.len());
        let mut seen = HashSet::new();
        for &(p, s) in &free {
            prop_assert!(candidates.contains(&p), "{p} seated without an offline registration");
            prop_assert!(seen.insert(p), "{p} seated twice in one slot");
            prop_assert!(rules.may_sit(p, rules.session(s)), "{p} seated in {s} while busy");
        }
        let loads: Vec<usize> =
            slot.iter().map(|s| result.placed.iter().filter(|(_, x)| *x == s.id).count()).collect();
        for (j, s) in slot.iter().enumerate() {
            let added = free.iter().any(|&(_, x)| x == s.id);
            if let Some(c) = rules.capacity(s) {
                prop_assert!(!added || loads[j] <= c, "room of {} over capacity", s.id);
            }
        }
        for u in &result.unplaced {
            prop_assert!(candidates.contains(&u.person));
            prop_assert!(seen.insert(u.person), "{} both seated and unplaced", u.person);
            let open: Vec<usize> = (0..slot.len()).filter(|&j| rules.may_sit(u.person, slot[j])).collect();
            match u.reason {
                UnplacedReason::NoSeatsLeft => {
                    prop_assert!(!open.is_empty());
                    for j in open {
                        prop_assert!(
                            rules.capacity(slot[j]).is_some_and(|c| loads[j] >= c),
                            "free seat left"
                        );
                    }
                }
                UnplacedReason::BusyElsewhere(o) => {
                    prop_assert!(open.is_empty());
                    prop_assert!(Rules::duty(rules.session(o), u.person));
                }
                UnplacedReason::TeachesInSlot(o) => {
                    prop_assert!(open.is_empty());
                    prop_assert!(result.sessions.contains(&o));
                    prop_assert!(Rules::leads(rules.session(o), u.person));
                }
            }
        }
        prop_assert_eq!(seen.len(), candidates.len(), "someone neither seated nor explained");

        let matched = result.placed.iter().filter(|&&(p, s)| rules.matches(p, rules.session(s))).count();
        prop_assert_eq!(matched, result.subject_matches);
        let got = Score::new(result.placed.len(), matched, loads.iter().map(|&l| l as u64));
        prop_assert_eq!(got, result.score());

        let mut pinned_loads: Vec<usize> =
            slot.iter().map(|s| pinned.iter().filter(|(_, x)| *x == s.id).count()).collect();
        let pinned_matches = pinned.iter().filter(|&&(p, s)| rules.matches(p, rules.session(s))).count();
        let best = best_by_brute_force(
            rules,
            &slot,
            &candidates,
            &mut pinned_loads,
            0,
            pinned.len(),
            pinned_matches,
        );
        prop_assert_eq!(got, best);
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn assignment_is_feasible_and_optimal(raw in raw_case()) {
            let (event, people, pins) = build(&raw);
            let result = run(&event, &people, &pins);
            let rules = Rules { event: &event, people: &people };

            let lessons: Vec<&Session> =
                event.sessions.iter().filter(|s| is_parallel_kind(s.kind)).collect();
            let slot_of = |id: SessionId| result.slots.iter().position(|slot| slot.sessions.contains(&id));
            let listed: usize = result.slots.iter().map(|s| s.sessions.len()).sum();
            prop_assert_eq!(listed, lessons.len());
            for a in &lessons {
                prop_assert!(slot_of(a.id).is_some());
                for b in &lessons {
                    if Rules::overlap(a, b) {
                        prop_assert_eq!(slot_of(a.id), slot_of(b.id));
                    }
                }
            }
            for slot in &result.slots {
                check_slot(&rules, &pins, slot)?;
            }
        }
    }
}
