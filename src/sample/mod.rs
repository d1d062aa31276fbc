//! Example projects, built in memory.
//!
//! [`small`] is the Almaty practice site of 1 February 2019 told as fully as
//! its report allows: the project a newcomer opens first, and the one every
//! screen and printed document is shown on. [`large`] is a district's eight
//! years of methodological work, generated from a seed, for benchmarks and
//! for trying the app at scale.
//!
//! Both are pure: no files, no clock, no system randomness. Ids come from a
//! seeded generator, so the same call always gives the same project, down to
//! its ids. A caller that adds an example to a library that may already hold
//! one gives it a fresh [`crate::domain::ProjectId`] first.

mod large;
mod large_network;
mod names;
mod network;
mod small;
mod templates;
mod topics;

/// The clock of the generated `large` project, so that one seed always
/// gives the same file.
pub const REFERENCE_TIME: &str = "2026-06-01T09:00:00Z";

pub use large::large;
pub use large_network::large_network;
pub use network::network;
pub use small::{crowded, small};

/// The example school's emblem, drawn for it (no state symbol): the
/// example project names it, and whoever stores the project writes it into
/// the project's files.
pub const EMBLEM_NAME: &str = "emblem-57.svg";
pub const EMBLEM: &[u8] = include_bytes!("../../assets/sample/emblem.svg");

/// The files a generated project names, as (name, bytes).
pub fn files_of(project: &crate::domain::Project) -> Vec<(&'static str, &'static [u8])> {
    if project.emblem.as_deref() == Some(EMBLEM_NAME) { vec![(EMBLEM_NAME, EMBLEM)] } else { Vec::new() }
}

use chrono::{DateTime, NaiveDate, NaiveTime, TimeDelta, Utc};
use rand::RngCore;
use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Size {
    /// The Almaty practice site: one event, about a hundred people.
    #[default]
    Small,
    /// A district over eight years: 200 events, 50,000 feedback entries.
    Large,
}

impl Size {
    pub const ALL: [Size; 2] = [Size::Small, Size::Large];

    pub fn as_str(self) -> &'static str {
        match self {
            Size::Small => "small",
            Size::Large => "large",
        }
    }
}

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown sample size «{0}»: use «small» or «large»")]
pub struct UnknownSize(pub String);

impl FromStr for Size {
    type Err = UnknownSize;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "small" => Ok(Size::Small),
            "large" => Ok(Size::Large),
            _ => Err(UnknownSize(s.to_owned())),
        }
    }
}

/// The examples the library offers and `adisker sample --example` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Example {
    /// The Almaty practice site: one event told fully ([`small`]).
    Almaty,
    /// The Karaganda leading school's network: a year plan, mentoring
    /// pairs and a course ([`network`]).
    Network,
}

impl Example {
    pub const ALL: [Example; 2] = [Example::Almaty, Example::Network];

    /// The example as of `now`; the network's year is placed around the
    /// local day, so that its held and late rows are so today.
    pub fn build(self, now: DateTime<Utc>) -> crate::domain::Project {
        match self {
            Example::Almaty => small(now),
            Example::Network => crate::domain::Project {
                created: now,
                modified: now,
                ..network(now.with_timezone(&chrono::Local).date_naive())
            },
        }
    }
}

/// The small example ignores `seed`: it tells one real event, which has
/// exactly one telling.
pub fn generate(size: Size, seed: u64, now: DateTime<Utc>) -> crate::domain::Project {
    match size {
        Size::Small => small(now),
        Size::Large => large(seed, now),
    }
}

/// A version 4 UUID drawn from `rng`, so that ids are as reproducible as the
/// rest of the example.
fn uuid(rng: &mut impl RngCore) -> Uuid {
    let mut bytes = [0u8; 16];
    rng.fill_bytes(&mut bytes);
    uuid::Builder::from_random_bytes(bytes).into_uuid()
}

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("sample dates are real days")
}

fn time(hour: u32, minute: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(hour, minute, 0).expect("sample times are real times")
}

/// The working day on or after `day`.
fn weekday(day: NaiveDate) -> NaiveDate {
    match chrono::Datelike::weekday(&day) {
        chrono::Weekday::Sat => day + TimeDelta::days(2),
        chrono::Weekday::Sun => day + TimeDelta::days(1),
        _ => day,
    }
}

/// 1 September of the school year a network example tells on `today`: the
/// one four months back, so that at least its autumn is over and held, its
/// late rows are late now and its quiet pairs quiet now.
fn network_year(today: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    let back = today.checked_sub_months(chrono::Months::new(4)).unwrap_or(today);
    let year = if back.month() >= 9 { back.year() } else { back.year() - 1 };
    date(year, 9, 1)
}

/// Local time in Kazakhstan to UTC. The country moved from UTC+6 to a single
/// UTC+5 zone on 1 March 2024, and the examples span both sides.
/// The certificates of the project's first course and first programme,
/// numbered as the app numbers them from the training's and the
/// programme's own series of `year`, with ids from `rng` so that an example
/// is the same every time it is made.
fn issue_network_certificates(
    project: &mut crate::domain::Project,
    year: i32,
    mentors_on: NaiveDate,
    rng: &mut impl RngCore,
) {
    use crate::domain::awards::Series;
    use crate::domain::course::{course_certificates, mentor_certificates};
    let course = project.courses[0].clone();
    let (_, new) =
        course_certificates(project, &course, &Series::parse(&format!("ЦС-{year}/001")), course.ends_on);
    project.awards.extend(new);
    let programme = project.programmes[0].clone();
    let (_, new) =
        mentor_certificates(project, &programme, &Series::parse(&format!("ТМ-{year}/001")), mentors_on);
    project.awards.extend(new);
    for award in &mut project.awards {
        award.id = crate::domain::AwardId(uuid(rng));
    }
}

fn local_to_utc(day: NaiveDate, at: NaiveTime) -> DateTime<Utc> {
    let offset = if day < date(2024, 3, 1) { 6 } else { 5 };
    (day.and_time(at) - TimeDelta::hours(offset)).and_utc()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        self, AttendanceMode, EventFormat, EventKind, FeedbackMethod, FeedbackTarget, Level,
        ObservationStatus, Project, SessionKind,
    };
    use std::collections::HashSet;

    fn now() -> DateTime<Utc> {
        date(2026, 3, 2).and_hms_opt(9, 0, 0).unwrap().and_utc()
    }

    #[test]
    fn small_is_valid() {
        let p = small(now());
        assert_eq!(domain::validate(&p), vec![]);
    }

    #[test]
    fn small_tells_the_seed() {
        let p = small(now());
        let has_person = |part: &str| p.people.iter().any(|x| x.full_name.contains(part));
        for name in [
            "Құсайынова Салтанат Амангелдіқызы",
            "Мадалимова",
            "Бағашар",
            "Тәуекелова",
            "Қожабекова",
            "Қалығұлова",
            "Байқаожаева",
            "Құрманқұлова",
            "Дружинина Полина",
        ] {
            assert!(has_person(name), "{name} is missing");
        }
        assert!(p.schools.iter().any(|s| s.number.as_deref() == Some("№57")));
        assert!(p.schools.len() >= 16);

        assert_eq!(p.events.len(), 1);
        let e = &p.events[0];
        assert_eq!(e.starts_on, date(2019, 2, 1));
        assert_eq!(e.ends_on, e.starts_on);
        assert_eq!((e.kind, e.level, e.format), (EventKind::PracticeSite, Level::City, EventFormat::Offline));
        assert!(e.title.contains("тәжірибелік алаңы"));
        assert!(e.goal.contains("функционалдық сауаттылық"));
        assert_eq!(e.languages, vec!["kk".to_owned()]);

        let lesson = |topic: &str| {
            e.sessions.iter().find(|s| s.lesson.as_ref().is_some_and(|l| l.topic.contains(topic))).unwrap()
        };
        let first = lesson("Саяхат");
        assert_eq!((first.kind, first.lesson.as_ref().unwrap().grade), (SessionKind::OpenLesson, 1));
        let fifth = lesson("Менің тәуелсіз Қазақстаным");
        assert_eq!(fifth.lesson.as_ref().unwrap().grade, 5);
        assert_eq!(fifth.lesson.as_ref().unwrap().teachers.len(), 2);
        // The two open lessons ran at the same time in different rooms.
        assert_eq!(first.start, fifth.start);
        assert_ne!(first.room, fifth.room);
        let master = lesson("қалыптастырушы бағалаудың тиімділігі");
        assert_eq!(master.kind, SessionKind::MasterClass);
        assert!(e.sessions.iter().any(|s| s.title.contains("Жетісу жауһарлары")));
        assert!(e.sessions.iter().any(|s| s.title.contains("Туған жер")));

        let online = e.registrations.iter().filter(|r| r.mode == AttendanceMode::Online).count();
        assert!((95..=115).contains(&e.registrations.len()), "{}", e.registrations.len());
        assert!((3..=8).contains(&online));
        assert!(e.registrations.iter().any(|r| r.attended == Some(false)));

        assert!(e.observations.len() >= 6);
        assert!(e.observations.iter().all(|o| o.status == ObservationStatus::Final && !o.notes.is_empty()));
        for o in &e.observations {
            let session = e.sessions.iter().find(|s| s.id == o.session).unwrap();
            assert!(session.observers.contains(&o.observer));
        }

        let coins: u32 = e
            .feedback
            .iter()
            .filter(|f| f.method == FeedbackMethod::Coins && matches!(f.target, FeedbackTarget::Session(_)))
            .filter_map(|f| f.coins)
            .sum();
        assert!(coins > 0);
        assert!(e.feedback.iter().any(|f| f.method == FeedbackMethod::Free && !f.comment.is_empty()));

        assert!(p.awards.len() >= 4);
        assert!(p.awards.iter().any(|a| a.number == "57-2019/001"));
    }

    #[test]
    fn small_does_not_depend_on_the_seed_or_the_clock_beyond_timestamps() {
        assert_eq!(generate(Size::Small, 1, now()), generate(Size::Small, 2, now()));
    }

    fn counts(p: &Project) -> [usize; 6] {
        let events = &p.events;
        [
            p.schools.len(),
            p.people.len(),
            events.len(),
            events.iter().map(|e| e.sessions.len()).sum(),
            events.iter().map(|e| e.observations.len()).sum(),
            events.iter().map(|e| e.feedback.len()).sum(),
        ]
    }

    #[test]
    fn large_has_the_promised_size_and_is_valid() {
        let p = large(7, now());
        assert_eq!(counts(&p), [45, 2_000, 200, 2_000, 5_000, 50_000]);
        assert!(p.events.iter().all(|e| e.sessions.len() == 10));
        assert_eq!(domain::validate(&p), vec![]);
    }

    #[test]
    fn large_is_reproducible() {
        let a = large(7, now());
        assert_eq!(a, large(7, now()));
        let b = large(8, now());
        assert_ne!(a, b);
        assert_ne!(a.id, b.id);
    }

    #[test]
    fn large_is_plausible() {
        let p = large(3, now());
        let years: HashSet<i32> = p.events.iter().map(|e| chrono::Datelike::year(&e.starts_on)).collect();
        assert_eq!(years, (2019..=2026).collect());
        for e in &p.events {
            assert!(e.ends_on >= e.starts_on);
            let rooms: HashSet<_> = e.rooms.iter().map(|r| r.id).collect();
            let sessions: HashSet<_> = e.sessions.iter().map(|s| s.id).collect();
            for s in &e.sessions {
                assert!(s.end > s.start, "{}", s.title);
                assert!(s.day >= e.starts_on && s.day <= e.ends_on);
                assert!(s.room.is_none_or(|r| rooms.contains(&r)));
            }
            for o in &e.observations {
                assert!(sessions.contains(&o.session));
                let session = e.sessions.iter().find(|s| s.id == o.session).unwrap();
                assert!(session.lesson.is_some());
                assert!(session.observers.contains(&o.observer));
            }
            assert!(!e.title.trim().is_empty());
        }
        let names: HashSet<&str> = p.people.iter().map(|x| x.full_name.as_str()).collect();
        assert_eq!(names.len(), p.people.len(), "full names are unique");
        assert!(p.people.iter().any(|x| x.full_name.ends_with("қызы")));
        assert!(p.people.iter().any(|x| x.full_name.ends_with("овна") || x.full_name.ends_with("евна")));
        let ids: HashSet<_> = p.people.iter().map(|x| x.id.0.get_version_num()).collect();
        assert_eq!(ids, HashSet::from([4]));
    }

    #[test]
    fn sizes_parse() {
        assert_eq!("Large".parse::<Size>(), Ok(Size::Large));
        assert_eq!(Size::Small.to_string().parse::<Size>(), Ok(Size::Small));
        assert!("huge".parse::<Size>().is_err());
    }
}
