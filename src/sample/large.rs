//! A district's methodological work from 2019 to 2026, generated: 45 schools,
//! 2,000 people, 200 events of 10 sessions each, 5,000 observations and
//! 50,000 feedback entries. Big enough to show where the app slows down,
//! shaped like the real thing so that what is slow is what users will do.
//!
//! Every choice is drawn from one seeded generator in a fixed order, so a
//! seed always gives the same project; nothing iterates a hash map.

use super::names::{self, pick};
use super::templates::{self, LESSON_CRITERIA, VISIT_CRITERIA};
use super::topics::{self, PROFILES, Profile};
use super::{date, local_to_utc, time, uuid};
use crate::domain::*;
use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeDelta, Timelike, Utc, Weekday};
use rand::seq::index;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::{BTreeMap, HashMap, HashSet};

const SCHOOLS: usize = 45;
const PEOPLE: usize = 2_000;
const METHODOLOGISTS: usize = 20;
const EVENTS: usize = 200;
const SESSIONS_PER_EVENT: usize = 10;
const OBSERVATIONS: usize = 5_000;
const FEEDBACK_PER_EVENT: usize = 250;
const MENTORSHIPS: usize = 60;
const FIRST_YEAR: i32 = 2019;
const LAST_YEAR: i32 = 2026;

struct District {
    name: &'static str,
    region: &'static str,
    /// The district centre first; its schools are the big ones.
    localities: &'static [&'static str],
    streets: &'static [&'static str],
}

const DISTRICTS: [District; 3] = [
    District {
        name: "Қарасай ауданы",
        region: "Алматы облысы",
        localities: &[
            "Қаскелең қаласы",
            "Шамалған ауылы",
            "Жандосов ауылы",
            "Ақжар ауылы",
            "Райымбек ауылы",
            "Қайрат ауылы",
            "Әйтей ауылы",
            "Береке ауылы",
        ],
        streets: &["Абай", "Тәуелсіздік", "Жібек жолы", "Наурызбай батыр", "Бейбітшілік", "Мектеп"],
    },
    District {
        name: "Сайрам ауданы",
        region: "Түркістан облысы",
        localities: &[
            "Ақсу ауылы",
            "Қарабұлақ ауылы",
            "Манкент ауылы",
            "Қарамұрт ауылы",
            "Ақбұлақ ауылы",
            "Көлкент ауылы",
            "Жібек жолы ауылы",
            "Сайрам ауылы",
        ],
        streets: &["Әл-Фараби", "Төле би", "Абылай хан", "Ғ.Мұратбаев", "Достық", "Мектеп"],
    },
    District {
        name: "Бұқар жырау ауданы",
        region: "Қарағанды облысы",
        localities: &[
            "Ботақара кенті",
            "Ғабиден Мұстафин кенті",
            "Үштөбе ауылы",
            "Доскей ауылы",
            "Ақтас кенті",
            "Көкпекті ауылы",
            "Ростовка ауылы",
            "Белағаш ауылы",
        ],
        streets: &["Бұқар жырау", "Орталық", "Бейбітшілік", "Жастар", "Школьная", "Мектеп"],
    },
];

/// People whose names schools bear, as school signs abbreviate them.
const NAMESAKES: &[&str] = &[
    "Абай",
    "Ы.Алтынсарин",
    "М.Әуезов",
    "Ш.Уәлиханов",
    "Ж.Жабаев",
    "С.Сейфуллин",
    "М.Жұмабаев",
    "Б.Момышұлы",
    "Қ.Сәтбаев",
    "Ә.Молдағұлова",
    "Ә.Бөкейханов",
    "Т.Айбергенов",
];

/// Months with school in them; summers are for holidays, not seminars.
const SCHOOL_MONTHS: [u32; 9] = [1, 2, 3, 4, 5, 9, 10, 11, 12];

const CLASS_LETTERS: [&str; 5] = ["А", "Ә", "Б", "В", "Г"];

pub fn large(seed: u64, now: DateTime<Utc>) -> Project {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let district = &DISTRICTS[rng.random_range(0..DISTRICTS.len())];
    let mut project = Project::new(
        format!("{}: әдістемелік іс-шаралар, {FIRST_YEAR}–{LAST_YEAR}", district.name),
        format!("{} {} білім бөлімінің әдістемелік кабинеті", district.region, district.name),
        now,
    );
    project.id = ProjectId(uuid(&mut rng));

    let mut g = Generator { rng, district, today: now.date_naive(), staff: Vec::new(), schools: Vec::new() };
    project.schools = g.schools();
    project.people = g.people();
    project.observation_templates = g.templates();

    let mut plans = Vec::with_capacity(EVENTS);
    project.events = g.dates().into_iter().map(|(start, days)| g.event(start, days, &mut plans)).collect();
    g.observe(&mut project.events, &plans, &project.observation_templates);
    project.awards = g.awards(&project.events, &plans);
    project.programmes = vec![g.programme()];
    project
}

/// What the generator remembers about a person to make later choices fit:
/// who works where and teaches what.
struct Staff {
    id: PersonId,
    school: Option<usize>,
    profile: Option<&'static Profile>,
    qualification: usize,
}

struct SchoolInfo {
    id: SchoolId,
    number: String,
    address: String,
    director: usize,
    deputy: usize,
    teachers: Vec<usize>,
}

/// The lessons and master classes of an event, by session index, and who
/// taught them; kept so observations and awards can follow.
struct Plan {
    host: usize,
    lessons: Vec<(usize, Vec<usize>)>,
    template: usize,
}

struct Generator {
    rng: ChaCha8Rng,
    district: &'static District,
    today: NaiveDate,
    staff: Vec<Staff>,
    schools: Vec<SchoolInfo>,
}

impl Generator {
    fn percent(&mut self, p: u32) -> bool {
        self.rng.random_range(0..100) < p
    }

    fn schools(&mut self) -> Vec<School> {
        let localities = self.district.localities;
        (0..SCHOOLS)
            .map(|i| {
                let number = i + 1;
                // The district centre has the gymnasiums and lyceums; the
                // villages have ordinary and small rural schools.
                let in_centre = i < 12;
                let locality =
                    if in_centre { localities[0] } else { localities[1 + i % (localities.len() - 1)] };
                let roll = self.rng.random_range(0..100);
                let name = match (in_centre, roll) {
                    (true, 0..=24) => format!("№{number} мектеп-гимназия"),
                    (true, 25..=39) => format!("№{number} мектеп-лицей"),
                    (_, 40..=59) => {
                        format!(
                            "{} атындағы №{number} жалпы білім беретін мектеп",
                            pick(&mut self.rng, NAMESAKES)
                        )
                    }
                    (false, 0..=14) => format!("№{number} шағын жинақты мектеп"),
                    (false, 15..=24) => format!("№{number} негізгі орта мектеп"),
                    _ => format!("№{number} жалпы білім беретін мектеп"),
                };
                let role = match i {
                    0 => SchoolRole::Leading,
                    1..=5 => SchoolRole::Magnet,
                    _ => SchoolRole::Member,
                };
                let street = pick(&mut self.rng, self.district.streets);
                let house = self.rng.random_range(1..120);
                let id = SchoolId(uuid(&mut self.rng));
                self.schools.push(SchoolInfo {
                    id,
                    number: number.to_string(),
                    address: format!("{}, {locality}, {street} көшесі, {house}", self.district.region),
                    director: 0,
                    deputy: 0,
                    teachers: Vec::new(),
                });
                School {
                    id,
                    name,
                    number: Some(format!("№{number}")),
                    locality: format!("{}, {locality}", self.district.name),
                    role,
                    kind: OrganisationKind::School,
                    extra: Extra::new(),
                }
            })
            .collect()
    }

    fn people(&mut self) -> Vec<Person> {
        let mut people = Vec::with_capacity(PEOPLE);
        let mut taken = HashSet::with_capacity(PEOPLE);
        for s in 0..SCHOOLS {
            let director = self.person(&mut people, &mut taken, Some(s), "Мектеп директоры", 3..5);
            let deputy = self.person(
                &mut people,
                &mut taken,
                Some(s),
                "Директордың оқу ісі жөніндегі орынбасары",
                2..5,
            );
            self.schools[s].director = director;
            self.schools[s].deputy = deputy;
        }
        for _ in 0..METHODOLOGISTS {
            self.person(&mut people, &mut taken, None, "Аудандық білім бөлімінің әдіскері", 2..5);
        }

        // Big schools in the centre, small ones in the villages, and every
        // school large enough to host an event with lessons.
        let weights: Vec<u32> = (0..SCHOOLS)
            .map(|i| if i < 12 { self.rng.random_range(55..90) } else { self.rng.random_range(12..45) })
            .collect();
        let total: u32 = weights.iter().sum();
        let teachers = PEOPLE - people.len();
        let mut counts: Vec<usize> =
            weights.iter().map(|&w| teachers * w as usize / total as usize).collect();
        let short = teachers - counts.iter().sum::<usize>();
        for count in counts.iter_mut().take(short) {
            *count += 1;
        }
        for (s, count) in counts.into_iter().enumerate() {
            for _ in 0..count {
                let profile = self.profile();
                let t = self.person(&mut people, &mut taken, Some(s), profile.position, 0..5);
                self.staff[t].profile = Some(profile);
                people[t].subjects = profile.subjects.iter().map(|&s| s.to_owned()).collect();
                self.schools[s].teachers.push(t);
            }
        }
        debug_assert_eq!(people.len(), PEOPLE);
        people
    }

    fn profile(&mut self) -> &'static Profile {
        let total: u32 = PROFILES.iter().map(|p| p.weight).sum();
        let mut roll = self.rng.random_range(0..total);
        for profile in PROFILES {
            if roll < profile.weight {
                return profile;
            }
            roll -= profile.weight;
        }
        &PROFILES[0]
    }

    /// Adds a person with a name no one else in the district has, so that
    /// lists and sign-in sheets can be told apart at a glance.
    fn person(
        &mut self,
        people: &mut Vec<Person>,
        taken: &mut HashSet<String>,
        school: Option<usize>,
        position: &str,
        qualifications: std::ops::Range<usize>,
    ) -> usize {
        let russian_share = PROFILES.iter().find(|p| p.position == position).map_or(12, |p| p.russian);
        let female_share = PROFILES.iter().find(|p| p.position == position).map_or(75, topics::female_share);
        let full_name = loop {
            let female = self.percent(female_share);
            let name = if self.percent(russian_share) {
                names::russian(&mut self.rng, female)
            } else {
                names::kazakh(&mut self.rng, female)
            };
            if taken.insert(name.clone()) {
                break name;
            }
        };
        let qualification = self.rng.random_range(qualifications);
        let id = PersonId(uuid(&mut self.rng));
        people.push(Person {
            id,
            full_name,
            school: school.map(|s| self.schools[s].id),
            position: position.to_owned(),
            subjects: Vec::new(),
            qualification: Some(topics::QUALIFICATIONS[qualification].to_owned()),
            ..Person::default()
        });
        self.staff.push(Staff { id, school, profile: None, qualification });
        people.len() - 1
    }

    /// The district revised its sheet in 2022, adding differentiation and
    /// climate; observations keep pointing at the version they used.
    fn templates(&mut self) -> Vec<ObservationTemplate> {
        let first = TemplateId(uuid(&mut self.rng));
        let older: Vec<_> = LESSON_CRITERIA
            .iter()
            .copied()
            .filter(|(key, _, _)| !matches!(*key, "differentiation" | "climate"))
            .collect();
        vec![
            templates::sheet(first, "Сабақты бақылау парағы", 1, None, Scale::FourLevels, &older),
            templates::sheet(
                TemplateId(uuid(&mut self.rng)),
                "Сабақты бақылау парағы",
                2,
                Some(first),
                Scale::FourLevels,
                &LESSON_CRITERIA,
            ),
            templates::sheet(
                TemplateId(uuid(&mut self.rng)),
                "Сабаққа қысқа бару парағы",
                1,
                None,
                Scale::YesPartlyNo,
                &VISIT_CRITERIA,
            ),
        ]
    }

    /// First days and lengths of all events, in order: as many each year,
    /// on school days of school months.
    fn dates(&mut self) -> Vec<(NaiveDate, i64)> {
        let years = (LAST_YEAR - FIRST_YEAR + 1) as usize;
        let mut dates: Vec<(NaiveDate, i64)> = (0..EVENTS)
            .map(|i| {
                let year = FIRST_YEAR + (i * years / EVENTS) as i32;
                let month = *pick(&mut self.rng, &SCHOOL_MONTHS);
                let day = weekday(date(year, month, self.rng.random_range(1..=28)));
                let days = match self.rng.random_range(0..100) {
                    0..=79 => 1,
                    80..=94 => 2,
                    _ => 3,
                };
                (day, days)
            })
            .collect();
        dates.sort();
        dates
    }

    fn event(&mut self, starts_on: NaiveDate, days: i64, plans: &mut Vec<Plan>) -> Event {
        let kind = self.kind(days);
        let level = self.level(kind);
        let theme = *pick(&mut self.rng, topics::THEMES);
        let title = format!("{}: {}", kind_title(kind, level), quoted(theme));
        let ends_on = starts_on + TimeDelta::days(days - 1);
        let host =
            if self.percent(20) { self.rng.random_range(0..6) } else { self.rng.random_range(0..SCHOOLS) };

        let mut event = Event::new(title, starts_on);
        event.id = EventId(uuid(&mut self.rng));
        event.ends_on = ends_on;
        event.theme = theme.to_owned();
        event.kind = kind;
        event.level = level;
        event.format = self.format(starts_on);
        if event.format != EventFormat::Offline {
            event.online_link = Some(self.meeting_link());
        }
        event.venue = Venue {
            school: Some(self.schools[host].id),
            address: self.schools[host].address.clone(),
            extra: Extra::new(),
        };
        event.goal = format!(
            "{} бағыты бойынша мұғалімдердің тәжірибе алмасуын ұйымдастыру, тиімді әдіс-тәсілдерді \
             анықтап, аудан мектептеріне тарату.",
            quoted(theme)
        );
        let first_objective = self.rng.random_range(0..topics::OBJECTIVES.len());
        event.objectives = (0..3)
            .map(|k| topics::OBJECTIVES[(first_objective + k * 3) % topics::OBJECTIVES.len()].to_owned())
            .collect();
        event.audience =
            format!("{} мектептерінің {}", self.district.name, pick(&mut self.rng, topics::AUDIENCES));
        event.languages = match self.rng.random_range(0..10) {
            0..=6 => vec!["kk".into()],
            7 | 8 => vec!["kk".into(), "ru".into()],
            _ => vec!["ru".into()],
        };
        event.rooms = self.rooms();

        // Never fewer than 60, so that the 250 feedback entries fit without
        // anyone rating the same thing twice.
        let registered = if level == Level::School {
            self.rng.random_range(60..=90)
        } else {
            self.rng.random_range(80..=180)
        };
        event.expected_participants = Some((registered as u32).div_ceil(10) * 10);
        event.registrations = self.registrations(&event, host, registered);

        let template = match (kind, starts_on < date(2022, 9, 1)) {
            (EventKind::Visit | EventKind::OpenDoors, _) => 2,
            (_, true) => 0,
            (_, false) => 1,
        };
        let mut plan = Plan { host, lessons: Vec::new(), template };
        event.sessions = self.sessions(&event, host, theme, &mut plan);
        event.feedback = self.feedback(&mut event);
        plans.push(plan);
        event
    }

    fn kind(&mut self, days: i64) -> EventKind {
        if days > 1 {
            return if self.percent(60) { EventKind::Training } else { EventKind::Conference };
        }
        const WEIGHTED: [(EventKind, u32); 10] = [
            (EventKind::Seminar, 32),
            (EventKind::PracticeSite, 12),
            (EventKind::MasterClass, 12),
            (EventKind::RoundTable, 9),
            (EventKind::Hearing, 5),
            (EventKind::OpenDoors, 7),
            (EventKind::MethodicalLanding, 10),
            (EventKind::Training, 5),
            (EventKind::Visit, 5),
            (EventKind::Other, 3),
        ];
        let mut roll = self.rng.random_range(0..100);
        for (kind, weight) in WEIGHTED {
            if roll < weight {
                return kind;
            }
            roll -= weight;
        }
        EventKind::Seminar
    }

    fn level(&mut self, kind: EventKind) -> Level {
        let roll = self.rng.random_range(0..100);
        match (kind, roll) {
            (EventKind::Conference, 0..=59) => Level::Regional,
            (EventKind::Conference, 60..=79) => Level::Republican,
            (EventKind::Conference, _) => Level::District,
            (_, 0..=34) => Level::School,
            (_, 35..=89) => Level::District,
            (_, 90..=97) => Level::Regional,
            _ => Level::Republican,
        }
    }

    /// Online from the spring of 2020 to the spring of 2021, as schools were;
    /// hybrid has stayed common since.
    fn format(&mut self, day: NaiveDate) -> EventFormat {
        let lockdown = day >= date(2020, 4, 1) && day < date(2021, 6, 1);
        let roll = self.rng.random_range(0..100);
        match (lockdown, roll) {
            (true, 0..=69) => EventFormat::Online,
            (true, _) => EventFormat::Hybrid,
            (false, 0..=74) => EventFormat::Offline,
            (false, 75..=84) => EventFormat::Online,
            (false, _) => EventFormat::Hybrid,
        }
    }

    fn meeting_link(&mut self) -> String {
        let mut letters = |n: usize| -> String {
            (0..n).map(|_| char::from(b'a' + self.rng.random_range(0..26u8))).collect()
        };
        let (a, b, c) = (letters(3), letters(4), letters(3));
        format!("https://meet.google.com/{a}-{b}-{c}")
    }

    /// The hall first, then at least two classrooms, so that parallel open
    /// lessons always have rooms of their own.
    fn rooms(&mut self) -> Vec<Room> {
        let hall = if self.percent(60) { "Акт залы" } else { "Мәжіліс залы" };
        let mut rooms = vec![(hall.to_owned(), self.rng.random_range(8..=30) * 10)];
        let classrooms = self.rng.random_range(2..=4);
        let floor = self.rng.random_range(1..=3) * 100;
        for k in 0..classrooms {
            let number = floor + k * 4 + self.rng.random_range(1..=4);
            rooms.push((format!("№{number} кабинет"), self.rng.random_range(25..=40)));
        }
        if self.percent(30) {
            rooms.push(("Кітапхана".to_owned(), 40));
        }
        rooms
            .into_iter()
            .map(|(name, capacity)| Room {
                id: RoomId(uuid(&mut self.rng)),
                name,
                capacity: Some(capacity),
                extra: Extra::new(),
            })
            .collect()
    }

    /// A school's own seminar is mostly its staff with a few guests; wider
    /// events draw on the whole district, the host's teachers among them.
    fn participants(&mut self, level: Level, host: usize, count: usize) -> Vec<usize> {
        let share = if level == Level::School { 4 * count / 5 } else { count / 8 };
        let school = &self.schools[host];
        let staff: Vec<usize> =
            [school.director, school.deputy].into_iter().chain(school.teachers.iter().copied()).collect();
        let own = staff.len().min(share);
        let mut chosen: Vec<usize> =
            index::sample(&mut self.rng, staff.len(), own).into_iter().map(|k| staff[k]).collect();
        let mut taken: HashSet<usize> = chosen.iter().copied().collect();
        while chosen.len() < count {
            let guest = self.rng.random_range(0..PEOPLE);
            if taken.insert(guest) {
                chosen.push(guest);
            }
        }
        chosen
    }

    fn registrations(&mut self, event: &Event, host: usize, count: usize) -> Vec<Registration> {
        let past = event.ends_on < self.today;
        let people = self.participants(event.level, host, count);
        let mut offline = 0;
        people
            .into_iter()
            .map(|p| {
                let online = match event.format {
                    EventFormat::Offline => false,
                    EventFormat::Online => true,
                    EventFormat::Hybrid => self.percent(60),
                };
                let group = (!online).then(|| {
                    offline += 1;
                    format!("{}-топ", 2 - offline % 2)
                });
                Registration {
                    person: self.staff[p].id,
                    mode: if online { AttendanceMode::Online } else { AttendanceMode::Offline },
                    attended: past.then(|| self.percent(93)),
                    group,
                    extra: Extra::new(),
                }
            })
            .collect()
    }

    fn sessions(&mut self, event: &Event, host: usize, theme: &str, plan: &mut Plan) -> Vec<Session> {
        use SessionKind as K;
        // (kind, minutes, runs alongside the one before)
        let steps: [(SessionKind, i64, bool); SESSIONS_PER_EVENT] = match event.kind {
            EventKind::PracticeSite
            | EventKind::OpenDoors
            | EventKind::MethodicalLanding
            | EventKind::Visit => [
                (K::Registration, 30, false),
                (if event.kind == EventKind::Visit { K::Visit } else { K::Opening }, 15, false),
                (K::OpenLesson, 45, false),
                (K::OpenLesson, 45, true),
                (K::Break, 10, false),
                (K::OpenLesson, 45, false),
                (K::OpenLesson, 45, true),
                (K::MasterClass, 40, false),
                (K::Discussion, 30, false),
                (K::Feedback, 20, false),
            ],
            EventKind::Conference | EventKind::RoundTable | EventKind::Hearing => [
                (K::Registration, 30, false),
                (K::Opening, 15, false),
                (K::Speech, 20, false),
                (K::Speech, 20, false),
                (K::Speech, 20, false),
                (K::Break, 20, false),
                (K::MasterClass, 40, false),
                (K::MasterClass, 40, true),
                (K::RoundTable, 45, false),
                (K::Feedback, 20, false),
            ],
            EventKind::Training | EventKind::MasterClass | EventKind::Other => [
                (K::Registration, 20, false),
                (K::Opening, 10, false),
                (K::MasterClass, 50, false),
                (K::Break, 15, false),
                (K::MasterClass, 50, false),
                (K::OpenLesson, 45, false),
                (K::OpenLesson, 45, true),
                (K::Discussion, 30, false),
                (K::Feedback, 20, false),
                (K::Awards, 15, false),
            ],
            EventKind::Seminar => [
                (K::Registration, 30, false),
                (K::Opening, 15, false),
                (K::Speech, 20, false),
                (K::OpenLesson, 45, false),
                (K::OpenLesson, 45, true),
                (K::Break, 15, false),
                (K::MasterClass, 40, false),
                (K::Discussion, 30, false),
                (K::Feedback, 20, false),
                (K::Awards, 15, false),
            ],
        };

        let days = (event.ends_on - event.starts_on).num_days() + 1;
        let came = |r: &&Registration| r.mode == AttendanceMode::Offline && r.attended != Some(false);
        let everyone: Vec<PersonId> = event.registrations.iter().filter(came).map(|r| r.person).collect();
        let group = |name: &str| -> Vec<PersonId> {
            event
                .registrations
                .iter()
                .filter(came)
                .filter(|r| r.group.as_deref() == Some(name))
                .map(|r| r.person)
                .collect()
        };
        let groups = [group("1-топ"), group("2-топ")];
        let hall = event.rooms[0].id;
        let classrooms = [event.rooms[1].id, event.rooms[2].id];
        let school = &self.schools[host];
        let (director, deputy) = (self.staff[school.director].id, self.staff[school.deputy].id);

        let mut sessions: Vec<Session> = Vec::with_capacity(SESSIONS_PER_EVENT);
        let mut day_index = 0;
        let mut clock = 9 * 60;
        let mut used_teachers = Vec::new();
        for (i, &(kind, minutes, parallel)) in steps.iter().enumerate() {
            let (start, day) = if parallel {
                let previous = &sessions[i - 1];
                (minutes_of(previous.start), previous.day)
            } else {
                let wanted = (i as i64 * days / SESSIONS_PER_EVENT as i64).max(day_index);
                if wanted != day_index {
                    day_index = wanted;
                    clock = 9 * 60;
                }
                (clock, event.starts_on + TimeDelta::days(day_index))
            };
            let end = start + minutes;
            clock = clock.max(end);
            let second_of_pair = parallel;
            let first_of_pair = steps.get(i + 1).is_some_and(|next| next.2);
            let room = match kind {
                K::Registration | K::Break => None,
                K::OpenLesson if second_of_pair => Some(classrooms[1]),
                K::OpenLesson => Some(classrooms[0]),
                K::MasterClass if second_of_pair => Some(classrooms[0]),
                _ => Some(hall),
            };
            let attendees = match kind {
                K::OpenLesson | K::MasterClass if first_of_pair => groups[0].clone(),
                K::OpenLesson | K::MasterClass if second_of_pair => groups[1].clone(),
                K::OpenLesson | K::MasterClass | K::Feedback => everyone.clone(),
                _ => Vec::new(),
            };

            let mut session = Session {
                id: SessionId(uuid(&mut self.rng)),
                day,
                start: clock_time(start),
                end: clock_time(end),
                kind,
                title: String::new(),
                title_alt: None,
                room,
                place: None,
                responsible: Vec::new(),
                lesson: None,
                observers: Vec::new(),
                attendees,
                pinned: Vec::new(),
                notes: String::new(),
                extra: Extra::new(),
            };
            let methodologist = self.methodologist();
            match kind {
                K::Registration => {
                    session.title = "Қатысушыларды тіркеу".into();
                    session.responsible = vec![deputy];
                }
                K::Opening => {
                    session.title = "Ашылу. Құттықтау сөз".into();
                    session.responsible = vec![director];
                }
                K::Visit => {
                    session.title = "Мектеппен танысу: оқу кабинеттері мен мектеп мұражайы".into();
                    session.responsible = vec![director];
                }
                K::Speech => {
                    let speech = *pick(&mut self.rng, topics::SPEECHES);
                    session.title = format!("Баяндама: {}", quoted(speech));
                    session.responsible = vec![methodologist];
                }
                K::OpenLesson | K::MasterClass => {
                    let teachers = self.lesson_teachers(host, kind == K::MasterClass, &mut used_teachers);
                    let lesson = self.lesson(kind, &teachers);
                    session.title = match kind {
                        K::MasterClass => format!("Шеберлік сағаты: {}", quoted(&lesson.topic)),
                        _ => format!(
                            "Ашық сабақ: {}, {}-сынып, {}",
                            lesson.subject,
                            lesson.grade,
                            quoted(&lesson.topic)
                        ),
                    };
                    session.responsible = lesson.teachers.clone();
                    session.lesson = Some(lesson);
                    plan.lessons.push((i, teachers));
                }
                K::Break => session.title = "Үзіліс".into(),
                K::Discussion => {
                    session.title = "Ашық сабақтарды талдау".into();
                    session.responsible = vec![methodologist];
                }
                K::RoundTable => {
                    session.title = format!("Дөңгелек үстел: {}", quoted(theme));
                    session.responsible = vec![methodologist];
                }
                K::Feedback => {
                    session.title = "Кері байланыс".into();
                    session.responsible = vec![deputy];
                }
                K::Awards => {
                    session.title = "Марапаттау. Қорытынды".into();
                    session.responsible = vec![director];
                }
                K::Performance | K::Other => session.title = "Мәдени бағдарлама".into(),
            }
            sessions.push(session);
        }
        sessions
    }

    fn methodologist(&mut self) -> PersonId {
        let first = SCHOOLS * 2;
        self.staff[self.rng.random_range(first..first + METHODOLOGISTS)].id
    }

    /// Open lessons are given by the host school's teachers, one each, now
    /// and then two teaching together; master classes sometimes come from
    /// a colleague of another school.
    fn lesson_teachers(&mut self, host: usize, master: bool, used: &mut Vec<usize>) -> Vec<usize> {
        let school = if master && self.percent(40) { self.rng.random_range(0..SCHOOLS) } else { host };
        let teachers = &self.schools[school].teachers;
        let mut first = teachers[self.rng.random_range(0..teachers.len())];
        for _ in 0..4 {
            if !used.contains(&first) {
                break;
            }
            first = teachers[self.rng.random_range(0..teachers.len())];
        }
        used.push(first);
        let mut chosen = vec![first];
        let co_teaching = !master && self.rng.random_range(0..100) < 12;
        if co_teaching {
            let profile = self.staff[first].profile.map(|p| p.position);
            if let Some(&partner) =
                teachers.iter().find(|&&t| t != first && self.staff[t].profile.map(|p| p.position) == profile)
            {
                chosen.push(partner);
            }
        }
        chosen
    }

    fn lesson(&mut self, kind: SessionKind, teachers: &[usize]) -> Lesson {
        let profile = self.staff[teachers[0]].profile.unwrap_or(&PROFILES[0]);
        let subject_name = *pick(&mut self.rng, profile.subjects);
        let subject = topics::subject(subject_name);
        let (low, high) = profile.grades;
        let fits = subject.topics.iter().filter(|(grade, _)| (low..=high).contains(grade)).count();
        let (grade, topic) = if fits == 0 {
            *pick(&mut self.rng, subject.topics)
        } else {
            let nth = self.rng.random_range(0..fits);
            *subject
                .topics
                .iter()
                .filter(|(grade, _)| (low..=high).contains(grade))
                .nth(nth)
                .unwrap_or(&subject.topics[0])
        };
        let (topic, objectives) = if kind == SessionKind::MasterClass {
            let technique = *pick(&mut self.rng, topics::TECHNIQUES);
            (
                technique.to_owned(),
                format!("Әріптестер {} тәсілін өз сабағында қолдануды үйренеді.", quoted(technique)),
            )
        } else {
            let objectives = match self.rng.random_range(0..3) {
                0 => {
                    format!("Оқушылар {} тақырыбы бойынша негізгі ұғымдарды түсіндіре алады.", quoted(topic))
                }
                1 => {
                    format!("{} тақырыбы бойынша білімін практикалық тапсырмаларда қолданады.", quoted(topic))
                }
                _ => format!("{} тақырыбын талдап, өз ойын дәлелдермен жеткізеді.", quoted(topic)),
            };
            (topic.to_owned(), objectives)
        };
        Lesson {
            subject: subject.name.to_owned(),
            grade,
            class_letter: Some(pick(&mut self.rng, &CLASS_LETTERS).to_string()),
            topic,
            objectives,
            teachers: teachers.iter().map(|&t| self.staff[t].id).collect(),
            extra: Extra::new(),
        }
    }

    /// One method per event, as an organiser picks one for the closing
    /// round. Each respondent gives at most one entry per target, so the
    /// 250 entries cycle through the registrations and shift the target on
    /// every pass.
    fn feedback(&mut self, event: &mut Event) -> Vec<Feedback> {
        let method = match self.rng.random_range(0..100) {
            0..=29 => FeedbackMethod::Coins,
            30..=49 => FeedbackMethod::TwoStarsAndAWish,
            50..=64 => FeedbackMethod::TrafficLight,
            65..=89 => FeedbackMethod::Rating,
            _ => FeedbackMethod::Free,
        };
        if method == FeedbackMethod::Rating {
            event.feedback_questions = [
                ("usefulness", "Іс-шара сіздің жұмысыңызға қаншалықты пайдалы болды?"),
                ("organization", "Іс-шара қалай ұйымдастырылды?"),
                ("lessons", "Ашық сабақтар мен шеберлік сағаттарының деңгейі"),
                ("materials", "Таратылған материалдардың сапасы"),
            ]
            .iter()
            .map(|&(key, text)| FeedbackQuestion { key: key.into(), text: text.into(), extra: Extra::new() })
            .collect();
        }
        let event_first = matches!(
            method,
            FeedbackMethod::Rating | FeedbackMethod::Free | FeedbackMethod::TwoStarsAndAWish
        );
        let targets: Vec<SessionId> = event
            .sessions
            .iter()
            .filter(|s| !matches!(s.kind, SessionKind::Registration | SessionKind::Break))
            .map(|s| s.id)
            .collect();
        let respondents = event.registrations.len();
        let passes = FEEDBACK_PER_EVENT.div_ceil(respondents) + usize::from(event_first);
        assert!(passes <= targets.len(), "every pass needs a target of its own");
        let start = local_to_utc(event.ends_on, time(17, 0));

        (0..FEEDBACK_PER_EVENT)
            .map(|j| {
                let (r, pass) = (j % respondents, j / respondents);
                let target = if event_first && pass == 0 {
                    FeedbackTarget::Event
                } else {
                    FeedbackTarget::Session(targets[(pass - usize::from(event_first) + r) % targets.len()])
                };
                let mut entry = Feedback {
                    id: FeedbackId(uuid(&mut self.rng)),
                    target,
                    respondent: Some(event.registrations[r].person),
                    respondent_name: String::new(),
                    method,
                    ratings: BTreeMap::new(),
                    stars: Vec::new(),
                    wish: String::new(),
                    comment: String::new(),
                    coins: None,
                    light: None,
                    entered: start + TimeDelta::seconds(20 * j as i64),
                    extra: Extra::new(),
                };
                match method {
                    FeedbackMethod::Coins => entry.coins = Some(self.rng.random_range(1..=3)),
                    FeedbackMethod::TwoStarsAndAWish => {
                        let first = self.rng.random_range(0..topics::STARS.len());
                        let second =
                            (first + self.rng.random_range(1..topics::STARS.len())) % topics::STARS.len();
                        entry.stars = vec![topics::STARS[first].into(), topics::STARS[second].into()];
                        entry.wish = pick(&mut self.rng, topics::WISHES).to_string();
                    }
                    FeedbackMethod::TrafficLight => {
                        // Lights are dropped in a box, unsigned.
                        entry.respondent = None;
                        entry.light = Some(match self.rng.random_range(0..100) {
                            0..=71 => TrafficLight::Green,
                            72..=94 => TrafficLight::Yellow,
                            _ => TrafficLight::Red,
                        });
                    }
                    FeedbackMethod::Rating => {
                        entry.ratings = event
                            .feedback_questions
                            .iter()
                            .map(|q| (q.key.clone(), *pick(&mut self.rng, &[3u8, 4, 4, 5, 5, 5])))
                            .collect();
                    }
                    FeedbackMethod::Free => entry.comment = pick(&mut self.rng, topics::COMMENTS).to_string(),
                }
                if self.percent(3) && entry.comment.is_empty() {
                    entry.comment = pick(&mut self.rng, topics::COMMENTS).to_string();
                }
                entry
            })
            .collect()
    }

    /// Spreads the 5,000 observations over every lesson and master class of
    /// every event, a few more on some than others, each by a different
    /// observer sitting in that session.
    fn observe(&mut self, events: &mut [Event], plans: &[Plan], templates: &[ObservationTemplate]) {
        let lessons: usize = plans.iter().map(|p| p.lessons.len()).sum();
        let (each, extra) = (OBSERVATIONS / lessons, OBSERVATIONS % lessons);
        let first_methodologist = SCHOOLS * 2;
        let mut nth = 0;
        for (event, plan) in events.iter_mut().zip(plans) {
            let template = &templates[plan.template];
            let past = event.ends_on < self.today;
            let host = &self.schools[plan.host];
            let pool: Vec<usize> = (first_methodologist..first_methodologist + METHODOLOGISTS)
                .chain([host.director, host.deputy])
                .chain(host.teachers.iter().copied())
                .collect();
            for (s, teachers) in &plan.lessons {
                let count = each + usize::from(nth < extra);
                nth += 1;
                let candidates: Vec<usize> = pool.iter().copied().filter(|p| !teachers.contains(p)).collect();
                let session = &mut event.sessions[*s];
                let observers: Vec<usize> = index::sample(&mut self.rng, candidates.len(), count)
                    .into_iter()
                    .map(|k| candidates[k])
                    .collect();
                session.observers = observers.iter().map(|&o| self.staff[o].id).collect();
                let (session_id, day, length) =
                    (session.id, session.day, (session.end - session.start).num_seconds() as u32);
                for (k, &observer) in observers.iter().enumerate() {
                    let modified = local_to_utc(day, time(16, 0)) + TimeDelta::minutes(7 * k as i64);
                    let observation =
                        self.observation(session_id, observer, template, past, length, modified);
                    event.observations.push(observation);
                }
            }
        }
    }

    fn observation(
        &mut self,
        session: SessionId,
        observer: usize,
        template: &ObservationTemplate,
        past: bool,
        length: u32,
        modified: DateTime<Utc>,
    ) -> Observation {
        let levels: &[u8] = match template.scale {
            Scale::FourLevels => &[2, 3, 3, 3, 4, 4, 4],
            Scale::YesPartlyNo => &[2, 3, 3, 3],
        };
        let ratings =
            template.criteria.iter().map(|c| (c.key.clone(), *pick(&mut self.rng, levels))).collect();
        let count = self.rng.random_range(2..=4u32);
        let first_note = self.rng.random_range(0..topics::NOTES.len());
        let notes = (0..count)
            .map(|k| ObservationNote {
                at: length * (k + 1) / (count + 1) + self.rng.random_range(0..60),
                text: topics::NOTES[(first_note + 3 * k as usize) % topics::NOTES.len()].to_owned(),
                extra: Extra::new(),
            })
            .collect();
        let strengths = if self.percent(50) {
            let first = self.rng.random_range(0..topics::STRENGTHS.len());
            let second =
                (first + 1 + self.rng.random_range(0..topics::STRENGTHS.len() - 1)) % topics::STRENGTHS.len();
            format!("{} {}", topics::STRENGTHS[first], topics::STRENGTHS[second])
        } else {
            pick(&mut self.rng, topics::STRENGTHS).to_string()
        };
        let finished = past && self.percent(94);
        Observation {
            id: ObservationId(uuid(&mut self.rng)),
            session,
            observer: self.staff[observer].id,
            template: template.id,
            ratings,
            notes,
            strengths,
            improvements: pick(&mut self.rng, topics::IMPROVEMENTS).to_string(),
            recommendation: pick(&mut self.rng, topics::RECOMMENDATIONS).to_string(),
            status: if finished { ObservationStatus::Final } else { ObservationStatus::Draft },
            modified,
            extra: Extra::new(),
        }
    }

    /// Letters of thanks for open lessons, certificates for master classes,
    /// now and then a nomination, numbered per host school and year as
    /// school offices number them.
    fn awards(&mut self, events: &[Event], plans: &[Plan]) -> Vec<Award> {
        let mut numbers: HashMap<(usize, i32), u32> = HashMap::new();
        let mut awards = Vec::new();
        for (event, plan) in events.iter().zip(plans) {
            if event.ends_on >= self.today {
                continue;
            }
            let nominated = self.percent(30).then(|| self.rng.random_range(0..plan.lessons.len()));
            for (k, (s, teachers)) in plan.lessons.iter().enumerate() {
                let session = &event.sessions[*s];
                let master = session.kind == SessionKind::MasterClass;
                for &teacher in teachers {
                    let (kind, title) = if nominated == Some(k) {
                        (AwardKind::Nomination, "«Үздік шебер сынып» номинациясы".to_owned())
                    } else if master {
                        (
                            AwardKind::Certificate,
                            format!("{} іс-шарасында шеберлік сағатын өткізгені үшін", quoted(&event.theme)),
                        )
                    } else {
                        (
                            AwardKind::LetterOfThanks,
                            format!("{} іс-шарасында ашық сабақ өткізгені үшін", quoted(&event.theme)),
                        )
                    };
                    let year = event.ends_on.year();
                    let seq = numbers.entry((plan.host, year)).or_insert(0);
                    *seq += 1;
                    awards.push(Award {
                        id: AwardId(uuid(&mut self.rng)),
                        person: self.staff[teacher].id,
                        kind,
                        title,
                        event: Some(event.id),
                        number: format!("{}-{year}/{:03}", self.schools[plan.host].number, seq),
                        issued_on: event.ends_on,
                        status: AwardStatus::Issued,
                        reason: String::new(),
                        course: None,
                        programme: None,
                        extra: Extra::new(),
                    });
                }
            }
        }
        awards
    }

    /// Experienced teachers paired for two school years with young
    /// colleagues of their own school, as the «Устат-шакирт» schools do.
    fn programme(&mut self) -> MentoringProgramme {
        const VISITS: [(u32, u32, ActivityKind, &str); 4] = [
            (10, 15, ActivityKind::Meeting, "Сабақты бірлесіп жоспарлау"),
            (12, 10, ActivityKind::MentorLessonVisited, "Тәлімгердің сабағына қатысу және талдау"),
            (2, 12, ActivityKind::MenteeLessonVisited, "Жас маманның сабағын бақылау"),
            (4, 20, ActivityKind::Consultation, "Қалыптастырушы бағалау парағын бірлесіп құрастыру"),
        ];
        let mut programme =
            MentoringProgramme::new("Тәлімгерлік мектебі", date(FIRST_YEAR, 9, 1), date(LAST_YEAR, 5, 31));
        programme.id = ProgrammeId(uuid(&mut self.rng));
        programme.organiser = "Аудандық білім бөлімі".into();
        let first_teacher = SCHOOLS * 2 + METHODOLOGISTS;
        while programme.pairs.len() < MENTORSHIPS {
            let mentor = self.rng.random_range(first_teacher..PEOPLE);
            let Some(school) = self.staff[mentor].school else { continue };
            if self.staff[mentor].qualification < 2 {
                continue;
            }
            let colleagues = &self.schools[school].teachers;
            let wanted = self.rng.random_range(1..=3).min(colleagues.len() - 1);
            let mentees: Vec<PersonId> = index::sample(&mut self.rng, colleagues.len(), wanted + 1)
                .into_iter()
                .map(|k| colleagues[k])
                .filter(|&t| t != mentor)
                .take(wanted)
                .map(|t| self.staff[t].id)
                .collect();
            let year = self.rng.random_range(FIRST_YEAR..=LAST_YEAR - 2);
            let name = self.staff[mentor]
                .profile
                .and_then(|p| p.subjects.first())
                .map_or("Жас маманды қолдау".to_owned(), |s| {
                    format!("{s} пәнін оқыту әдістемесі")
                });
            let direction = match programme.directions.iter().find(|d| d.name == name) {
                Some(direction) => direction.id,
                None => {
                    let id = DirectionId(uuid(&mut self.rng));
                    programme.directions.push(Direction {
                        id,
                        name,
                        responsible: Vec::new(),
                        extra: Extra::new(),
                    });
                    id
                }
            };
            let person = self.staff[mentor].id;
            if programme.mentor(person).is_some() {
                continue;
            }
            let (starts_on, ends_on) = (date(year, 9, 1), date(year + 2, 5, 31));
            programme.mentors.push(ApprovedMentor {
                person,
                direction,
                starts_on,
                ends_on,
                extra: Extra::new(),
            });
            let activities = VISITS
                .iter()
                .map(|&(month, day, kind, topic)| Activity {
                    id: ActivityId(uuid(&mut self.rng)),
                    date: weekday(date(if month >= 9 { year } else { year + 1 }, month, day)),
                    kind,
                    hours: 1.0,
                    notes: format!("{topic}. {}", pick(&mut self.rng, topics::RECOMMENDATIONS)),
                    observation: None,
                    extra: Extra::new(),
                })
                .collect();
            let plan = vec![PlanTask {
                id: PlanTaskId(uuid(&mut self.rng)),
                task: "Жас маманның сабақ жоспарлау, сыныпты басқару және қалыптастырушы бағалау дағдыларын \
                       дамыту; екі жылдың соңында аудандық деңгейде ашық сабақ өткізу."
                    .into(),
                due: Some(ends_on),
                done: false,
                extra: Extra::new(),
            }];
            programme.pairs.push(Pair {
                id: PairId(uuid(&mut self.rng)),
                mentor: person,
                mentees,
                direction,
                starts_on,
                ends_on,
                status: PairStatus::Active,
                end_reason: String::new(),
                plan,
                activities,
                extra: Extra::new(),
            });
        }
        programme
    }
}

/// An event's name as the programme heads it: seminars and conferences say
/// whose they are.
fn kind_title(kind: EventKind, level: Level) -> &'static str {
    match (kind, level) {
        (EventKind::Seminar, Level::School) => "Мектепішілік семинар",
        (EventKind::Seminar, Level::District) => "Аудандық семинар",
        (EventKind::Seminar, Level::City) => "Қалалық семинар",
        (EventKind::Seminar, Level::Regional) => "Облыстық семинар",
        (EventKind::Seminar, Level::Republican) => "Республикалық семинар",
        (EventKind::Seminar, Level::International) => "Халықаралық семинар",
        (EventKind::Conference, Level::Regional) => "Облыстық ғылыми-практикалық конференция",
        (EventKind::Conference, Level::Republican) => "Республикалық ғылыми-практикалық конференция",
        (EventKind::Conference, _) => "Ғылыми-практикалық конференция",
        (kind, _) => kind_name(kind),
    }
}

fn kind_name(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Seminar => "Семинар",
        EventKind::PracticeSite => "Тәжірибелік алаң",
        EventKind::MasterClass => "Шеберлік сағаттарының фестивалі",
        EventKind::RoundTable => "Дөңгелек үстел",
        EventKind::Conference => "Конференция",
        EventKind::Hearing => "Тыңдалым",
        EventKind::OpenDoors => "Ашық есік күні",
        EventKind::MethodicalLanding => "Әдістемелік десант",
        EventKind::Training => "Біліктілікті арттыру семинар-тренингі",
        EventKind::Visit => "Тәжірибе алмасу сапары",
        EventKind::Other => "Педагогикалық шеберлік апталығы",
    }
}

/// Wraps text in «» unless it holds quotes of its own: a topic such as
/// «Ер Төстік» ертегісі reads badly inside a second pair.
fn quoted(text: &str) -> String {
    if text.contains('«') { text.to_owned() } else { format!("«{text}»") }
}

/// Moves a weekend day to the Monday after it.
fn weekday(day: NaiveDate) -> NaiveDate {
    match day.weekday() {
        Weekday::Sat => day + TimeDelta::days(2),
        Weekday::Sun => day + TimeDelta::days(1),
        _ => day,
    }
}

fn minutes_of(at: NaiveTime) -> i64 {
    i64::from(at.num_seconds_from_midnight() / 60)
}

fn clock_time(minutes: i64) -> NaiveTime {
    time((minutes / 60) as u32, (minutes % 60) as u32)
}
