//! A region's network of schools over one year, generated: 45 schools, a
//! year plan of 300 rows (those past held as events with attendance), a
//! mentoring programme of 500 pairs with 5,000 entries in their logs, and a
//! 72-hour course for 191 teachers. Big enough to show where the mentoring,
//! year plan and course screens and the year report slow down.
//!
//! Every choice is drawn from one seeded generator in a fixed order, so a
//! seed always gives the same project.

use super::names;
use super::network::{DIRECTIONS, TASKS, activity, months_after};
use super::{date, network_year, uuid, weekday};
use crate::domain::year_plan::event_for_row;
use crate::domain::*;
use chrono::{DateTime, Datelike, NaiveDate, TimeDelta, Utc};
use rand::seq::index;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::HashSet;

const SCHOOLS: usize = 45;
const TEACHERS_PER_SCHOOL: usize = 24;
/// Of each school's teachers, the first guide and the last are young.
const MENTORS_PER_SCHOOL: usize = 6;
const YOUNG_PER_SCHOOL: usize = 12;
const ROWS: usize = 300;
const PAIRS: usize = 500;
const ACTIVITIES_PER_PAIR: usize = 10;
const TASKS_PER_PAIR: usize = 6;
const COURSE_PARTICIPANTS: usize = 191;

const LOCALITIES: [&str; 6] =
    ["Қарағанды қаласы", "Теміртау қаласы", "Саран қаласы", "Шахтинск қаласы", "Абай қаласы", "Топар кенті"];

const TOPICS: [&str; 15] = [
    "ҚМЖ құру және сабақтың мақсатын анықтау",
    "Критериалды бағалау: дескриптор құрастыру",
    "Функционалдық сауаттылықты дамыту",
    "Дарынды балалармен жұмыс",
    "Сындарлы оқыту және топтық жұмыс",
    "Іс-әрекеттегі зерттеу",
    "Оқу сауаттылығын дамыту",
    "Цифрлық ресурстарды сабақта қолдану",
    "Инклюзивті білім беру",
    "Жас маманды бейімдеу",
    "Lesson Study: сабақты бірлесіп зерттеу",
    "Жиынтық бағалауды модерациялау",
    "Тәрбие жұмысындағы жаңа тәсілдер",
    "Сабақта STEM элементтері",
    "Үштілді білім беру",
];

/// The forms of the plan, with the word its title begins with.
const FORMS: [(PlanForm, &str); 9] = [
    (PlanForm::Seminar, "Семинар"),
    (PlanForm::MethodicalLanding, "«Әдістемелік десант»"),
    (PlanForm::OpenLesson, "Ашық сабақтар"),
    (PlanForm::RoundTable, "Дөңгелек үстел"),
    (PlanForm::MasterClass, "Шеберлік сыныбы"),
    (PlanForm::OpenDoors, "Ашық есік күні"),
    (PlanForm::Forum, "Форум"),
    (PlanForm::Hearing, "Тәлімгерлерді тыңдау"),
    (PlanForm::Course, "Курс"),
];

/// Months with school in them, in the order of the school year.
const MONTHS: [u32; 9] = [9, 10, 11, 12, 1, 2, 3, 4, 5];

pub fn large_network(seed: u64, now: DateTime<Utc>) -> Project {
    let today = now.date_naive();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let start = network_year(today);
    let mut project = Project::new(
        format!("Қарағанды облысының мектептер желісі, {}–{} оқу жылы", start.year(), start.year() + 1),
        "Қарағанды облысы білім басқармасының әдістемелік орталығы",
        now,
    );
    project.id = ProjectId(uuid(&mut rng));
    project.city = "Қарағанды қ.".to_owned();
    let mut g = Generator { rng, today, start, names: HashSet::new(), teachers: Vec::new() };
    let coordinators = g.schools(&mut project);
    let network = g.network(&project, &coordinators);
    let programme = g.programme();
    let mut plan = YearPlan {
        id: YearPlanId(uuid(&mut g.rng)),
        title: format!(
            "Желілік қоғамдастықтың {}–{} оқу жылына арналған жоспары",
            start.year(),
            start.year() + 1
        ),
        network: Some(network.id),
        programme: Some(programme.id),
        starts_on: start,
        rows: Vec::new(),
        extra: Extra::new(),
    };
    g.plan(&mut plan, &mut project, &coordinators);
    let course = g.course();
    project.networks.push(network);
    project.year_plans.push(plan);
    project.programmes.push(programme);
    project.courses.push(course);
    g.awards(&mut project);
    project
}

struct Generator {
    rng: ChaCha8Rng,
    today: NaiveDate,
    start: NaiveDate,
    names: HashSet<String>,
    /// Per school, its teachers in order: mentors first, young ones last.
    teachers: Vec<Vec<PersonId>>,
}

impl Generator {
    fn name(&mut self) -> String {
        loop {
            let female = self.rng.random_range(0..10) < 8;
            let name = names::kazakh(&mut self.rng, female);
            if self.names.insert(name.clone()) {
                return name;
            }
        }
    }

    /// The schools, each with a coordinator and its teachers; returns the
    /// coordinators.
    fn schools(&mut self, project: &mut Project) -> Vec<PersonId> {
        let mut coordinators = Vec::with_capacity(SCHOOLS);
        for s in 0..SCHOOLS {
            let number = if s == 0 { 1 } else { 2 + s * 3 + self.rng.random_range(0..3) };
            let id = SchoolId(uuid(&mut self.rng));
            project.schools.push(School {
                id,
                name: format!("№{number} жалпы білім беретін орта мектеп"),
                number: Some(format!("№{number}")),
                locality: LOCALITIES[s % LOCALITIES.len()].to_owned(),
                role: match s {
                    0 => SchoolRole::Leading,
                    _ if s % 5 == 0 => SchoolRole::Supporting,
                    _ => SchoolRole::Magnet,
                },
                kind: OrganisationKind::School,
                extra: Extra::new(),
            });
            let coordinator = PersonId(uuid(&mut self.rng));
            project.people.push(Person {
                id: coordinator,
                full_name: self.name(),
                school: Some(id),
                position: "Директордың оқу ісі жөніндегі орынбасары".to_owned(),
                ..Person::default()
            });
            coordinators.push(coordinator);
            let mut teachers = Vec::with_capacity(TEACHERS_PER_SCHOOL);
            for t in 0..TEACHERS_PER_SCHOOL {
                let direction = &DIRECTIONS[t % DIRECTIONS.len()];
                let (subject, position, _, _) = direction.subjects[t % direction.subjects.len()];
                let person = PersonId(uuid(&mut self.rng));
                project.people.push(Person {
                    id: person,
                    full_name: self.name(),
                    school: Some(id),
                    position: position.to_owned(),
                    subjects: vec![subject.to_owned()],
                    qualification: Some(
                        match t {
                            _ if t < MENTORS_PER_SCHOOL => "педагог-зерттеуші",
                            _ if t >= TEACHERS_PER_SCHOOL - YOUNG_PER_SCHOOL => "педагог",
                            _ => "педагог-модератор",
                        }
                        .to_owned(),
                    ),
                    ..Person::default()
                });
                teachers.push(person);
            }
            self.teachers.push(teachers);
        }
        coordinators
    }

    fn network(&mut self, project: &Project, coordinators: &[PersonId]) -> Network {
        Network {
            id: NetworkId(uuid(&mut self.rng)),
            title: "Облыстық желілік қоғамдастық".to_owned(),
            leading: project.schools[0].id,
            members: project.schools[1..]
                .iter()
                .zip(&coordinators[1..])
                .map(|(school, coordinator)| NetworkMember {
                    organisation: school.id,
                    role: school.role,
                    coordinator: Some(*coordinator),
                    extra: Extra::new(),
                })
                .collect(),
            extra: Extra::new(),
        }
    }

    /// 500 pairs: in each school its mentors guide its young teachers, two
    /// each, every pair with ten entries in its log.
    fn programme(&mut self) -> MentoringProgramme {
        let ends_on = date(self.start.year() + 2, 5, 31);
        let mut programme = MentoringProgramme::new("Облыстық тәлімгерлік мектебі", self.start, ends_on);
        programme.id = ProgrammeId(uuid(&mut self.rng));
        programme.organiser = "Қарағанды облысы білім басқармасы".to_owned();
        programme.order =
            Some(Order { number: "№417".to_owned(), date: weekday(self.start - TimeDelta::days(5)) });
        programme.directions = DIRECTIONS
            .iter()
            .map(|spec| Direction {
                id: DirectionId(uuid(&mut self.rng)),
                name: spec.name.to_owned(),
                responsible: Vec::new(),
                extra: Extra::new(),
            })
            .collect();
        for (s, teachers) in self.teachers.iter().enumerate() {
            for (t, &person) in teachers.iter().take(MENTORS_PER_SCHOOL).enumerate() {
                let direction = programme.directions[(s + t) % DIRECTIONS.len()].id;
                programme.mentors.push(ApprovedMentor {
                    person,
                    direction,
                    starts_on: self.start,
                    ends_on,
                    extra: Extra::new(),
                });
            }
        }
        let days = (self.today.min(ends_on) - self.start).num_days().max(ACTIVITIES_PER_PAIR as i64 * 7);
        for k in 0..PAIRS {
            let (school, j) = (k % SCHOOLS, k / SCHOOLS);
            let mentor = self.teachers[school][j % MENTORS_PER_SCHOOL];
            let mentee = self.teachers[school][TEACHERS_PER_SCHOOL - YOUNG_PER_SCHOOL + j];
            let direction = programme.mentor(mentor).map(|m| m.direction).unwrap_or_default();
            let starts_on = weekday(self.start + TimeDelta::days(self.rng.random_range(14..28)));
            // Spread over the time the pair has had, some gone quiet.
            let span = days - (starts_on - self.start).num_days() - self.rng.random_range(0..40);
            let step = (span / ACTIVITIES_PER_PAIR as i64).max(1);
            let activities = (0..ACTIVITIES_PER_PAIR)
                .map(|n| {
                    let day = weekday(
                        starts_on + TimeDelta::days(step * n as i64 + self.rng.random_range(0..step)),
                    );
                    activity(&mut self.rng, n, day)
                })
                .collect();
            let plan = TASKS
                .iter()
                .take(TASKS_PER_PAIR)
                .map(|&(months, day, task)| {
                    let due = months_after(self.start, months, day);
                    PlanTask {
                        id: PlanTaskId(uuid(&mut self.rng)),
                        task: task.to_owned(),
                        due: Some(due),
                        done: due < self.today && self.rng.random_range(0..10) < 8,
                        extra: Extra::new(),
                    }
                })
                .collect();
            programme.pairs.push(Pair {
                id: PairId(uuid(&mut self.rng)),
                mentor,
                mentees: vec![mentee],
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

    /// 300 rows over the school year; of those past, four in five held as
    /// events with thirty or so teachers from the network.
    fn plan(&mut self, plan: &mut YearPlan, project: &mut Project, coordinators: &[PersonId]) {
        let everyone: Vec<PersonId> = self.teachers.iter().flatten().copied().collect();
        for r in 0..ROWS {
            let month = MONTHS[r * MONTHS.len() / ROWS];
            let year = if month >= 9 { self.start.year() } else { self.start.year() + 1 };
            let day = weekday(date(year, month, 1 + (r % 27) as u32));
            let host = r % SCHOOLS;
            let (form, word) = FORMS[r % FORMS.len()];
            let topic = TOPICS[(r / FORMS.len()) % TOPICS.len()];
            let mut row = PlanRow {
                id: PlanRowId(uuid(&mut self.rng)),
                title: format!("{word}: «{topic}»"),
                form,
                host: Some(project.schools[host].id),
                planned_on: None,
                month: Some(month),
                responsible: vec![coordinators[host]],
                target: "Желі мектептерінің мұғалімдері".to_owned(),
                planned_count: Some(self.rng.random_range(20..45)),
                actual_count: None,
                product: format!("«{topic}» бойынша әдістемелік ұсынымдар"),
                done: false,
                event: None,
                extra: Extra::new(),
            };
            if day < self.today && self.rng.random_range(0..5) != 0 {
                row.planned_on = Some(day);
                let mut event = event_for_row(plan, &row);
                event.id = EventId(uuid(&mut self.rng));
                event.level = Level::City;
                let wanted = self.rng.random_range(20..45);
                let mut chosen = index::sample(&mut self.rng, everyone.len(), wanted).into_vec();
                chosen.sort_unstable();
                event.registrations = chosen
                    .into_iter()
                    .map(|i| Registration {
                        person: everyone[i],
                        attended: Some(self.rng.random_range(0..10) != 0),
                        ..Registration::default()
                    })
                    .collect();
                row.event = Some(event.id);
                project.events.push(event);
            }
            plan.rows.push(row);
        }
    }

    fn course(&mut self) -> Course {
        let mut course = Course::new(
            "Цифрлық сауаттылық: мұғалімнің цифрлық құзыреттілігін дамыту",
            72,
            weekday(date(self.start.year(), 10, 20)),
            weekday(date(self.start.year(), 11, 14)),
        );
        course.id = CourseId(uuid(&mut self.rng));
        course.organiser = "Қарағанды облысы білім басқармасының әдістемелік орталығы".to_owned();
        course.partner = "«Цифрлық мектеп» оқу орталығы".to_owned();
        let people: Vec<PersonId> =
            self.teachers.iter().flatten().copied().step_by(5).take(COURSE_PARTICIPANTS).collect();
        course.enrol(people);
        for participant in &mut course.participants {
            participant.passed = self.rng.random_range(0..20) != 0;
        }
        course
    }

    fn awards(&mut self, project: &mut Project) {
        super::issue_network_certificates(project, self.start.year(), self.start, &mut self.rng);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        super::super::REFERENCE_TIME.parse().unwrap()
    }

    #[test]
    fn has_the_promised_size_and_is_valid() {
        let p = large_network(7, now());
        assert_eq!(p.schools.len(), SCHOOLS);
        assert_eq!(p.networks[0].schools().count(), SCHOOLS);
        assert_eq!(p.year_plans[0].rows.len(), ROWS);
        let programme = &p.programmes[0];
        assert_eq!(programme.pairs.len(), PAIRS);
        assert_eq!(programme.pairs.iter().map(|x| x.activities.len()).sum::<usize>(), 5_000);
        assert_eq!(p.courses[0].participants.len(), COURSE_PARTICIPANTS);
        assert!(p.events.len() > ROWS / 2, "{} events", p.events.len());
        assert_eq!(validate(&p), vec![]);
    }

    #[test]
    fn is_reproducible() {
        assert_eq!(large_network(7, now()), large_network(7, now()));
        assert_ne!(large_network(7, now()).id, large_network(8, now()).id);
    }
}
