//! Automatic assignment of 1,000 offline participants to 40 parallel lessons
//! in 5 time slots (target ≤ 100 ms). The event is built from a fixed seed so
//! every run measures the same problem.

use adisker::domain::assign::{AssignInput, assign};
use adisker::domain::{
    AttendanceMode, Event, Lesson, Person, PersonId, Registration, Room, RoomId, Session, SessionId,
    SessionKind,
};
use chrono::{NaiveDate, NaiveTime};
use criterion::{Criterion, criterion_group, criterion_main};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::hint::black_box;

const SUBJECTS: [&str; 12] = [
    "Математика",
    "Физика",
    "Химия",
    "Биология",
    "География",
    "Тарих",
    "Қазақ тілі мен әдебиеті",
    "Орыс тілі мен әдебиеті",
    "Ағылшын тілі",
    "Информатика",
    "Бастауыш сынып",
    "Дене шынықтыру",
];
const PEOPLE: usize = 1000;
const SLOTS: usize = 5;
const LESSONS_PER_SLOT: usize = 8;

/// The event, its people, and a few hand-fixed seats. With `rooms` false
/// the lessons have no capacity, the largest graphs the solver can meet.
fn build(rooms: bool) -> (Event, Vec<Person>, Vec<(PersonId, SessionId)>) {
    let mut rng = ChaCha8Rng::seed_from_u64(57);
    let day = NaiveDate::from_ymd_opt(2019, 2, 1).unwrap();
    let people: Vec<Person> = (0..PEOPLE)
        .map(|i| {
            let count = rng.random_range(1..=2);
            let subjects =
                (0..count).map(|_| SUBJECTS[rng.random_range(0..SUBJECTS.len())].to_owned()).collect();
            Person { full_name: format!("Мұғалім {i}"), subjects, ..Person::default() }
        })
        .collect();
    let mut event = Event::new("Қалалық тәжірибелік алаң", day);
    let mut teacher = 0;
    for slot in 0..SLOTS {
        let start = NaiveTime::from_hms_opt(9 + slot as u32, 0, 0).unwrap();
        let end = start + chrono::Duration::minutes(45);
        for i in 0..LESSONS_PER_SLOT {
            let room = Room {
                id: RoomId::new(),
                name: format!("{} кабинет", 100 * (slot + 1) + i),
                capacity: rooms.then(|| rng.random_range(26..=34)),
                ..Room::default()
            };
            let subject = SUBJECTS[(slot * 5 + i) % SUBJECTS.len()];
            teacher += 1;
            let observers = (0..2).map(|_| people[rng.random_range(0..PEOPLE)].id).collect();
            event.sessions.push(Session {
                id: SessionId::new(),
                day,
                start,
                end,
                kind: SessionKind::OpenLesson,
                title: format!("{subject}, {} сынып", 5 + i % 6),
                title_alt: None,
                room: Some(room.id),
                place: None,
                responsible: Vec::new(),
                lesson: Some(Lesson {
                    subject: subject.to_owned(),
                    grade: 5 + (i % 6) as u8,
                    topic: "Ашық сабақ".to_owned(),
                    teachers: vec![people[teacher * 23 % PEOPLE].id],
                    ..Lesson::default()
                }),
                observers,
                attendees: Vec::new(),
                pinned: Vec::new(),
                notes: String::new(),
                extra: Default::default(),
            });
            event.rooms.push(room);
        }
    }
    event.registrations = people
        .iter()
        .map(|p| Registration { person: p.id, mode: AttendanceMode::Offline, ..Registration::default() })
        .collect();
    let pinned = (0..20).map(|i| (people[i * 7].id, event.sessions[i].id)).collect();
    (event, people, pinned)
}

fn assignment(c: &mut Criterion) {
    let mut group = c.benchmark_group("assign");
    for (name, rooms) in [("1000 people, 40 lessons, 5 slots", true), ("same, rooms without capacity", false)]
    {
        let (event, people, pinned) = build(rooms);
        let input = AssignInput { event: &event, people: &people, pinned: &pinned };
        let result = assign(&input);
        let placed: usize = result.slots.iter().map(|s| s.placed.len()).sum();
        let matched: usize = result.slots.iter().map(|s| s.subject_matches).sum();
        let unplaced: usize = result.slots.iter().map(|s| s.unplaced.len()).sum();
        eprintln!(
            "{name}: {} slots, {placed} seats, {matched} subject matches, {unplaced} unplaced",
            result.slots.len()
        );
        group.bench_function(name, |b| b.iter(|| black_box(assign(black_box(&input)))));
    }
    group.finish();
}

criterion_group!(benches, assignment);
criterion_main!(benches);
