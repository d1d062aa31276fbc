//! Checks a loaded project for what serde cannot see: ids used twice,
//! references to things that are not there, periods that end before they
//! start. Problems are data, not text, so every front end can word them in
//! the user's language.

use super::ids::*;
use super::model::*;
use super::rules::{MAX_LINE_CHARS, MAX_TEXT_CHARS, YEARS};
use chrono::{Datelike, NaiveDate};
use std::collections::{HashMap, HashSet};
use std::hash::Hash;

/// What kind of thing an id names, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Entity {
    School,
    Person,
    Event,
    Room,
    Session,
    Observation,
    Feedback,
    Mentorship,
    Award,
    Template,
    Signatory,
    Programme,
    Direction,
    Network,
    YearPlan,
    Course,
}

/// Where in the project a problem was found: a human path such as
/// `events[2].sessions[5].room`, also understood by developers.
pub type Location = String;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    WrongFormat {
        found: String,
    },
    DuplicateId {
        entity: Entity,
        id: String,
        at: Location,
    },
    Dangling {
        entity: Entity,
        id: String,
        at: Location,
    },
    EndsBeforeStart {
        at: Location,
    },
    EmptyName {
        at: Location,
    },
    /// A date before 1900 or after 2200: no calendar or form takes it.
    DateOutOfRange {
        at: Location,
        year: i32,
    },
    /// Two awards with one number: a register would list two people.
    DuplicateNumber {
        number: String,
        at: Location,
    },
    /// A warning: a text far longer than any form takes. It is kept, and
    /// cut with an ellipsis where it is printed.
    TooLong {
        at: Location,
        chars: usize,
        limit: usize,
    },
}

impl Problem {
    /// Warnings are reported but leave the project editable.
    pub fn is_warning(&self) -> bool {
        matches!(self, Problem::TooLong { .. })
    }
}

pub fn validate(project: &Project) -> Vec<Problem> {
    let mut v = Validator::default();
    if project.format != FORMAT_TAG {
        v.problems.push(Problem::WrongFormat { found: project.format.clone() });
    }

    let schools = v.unique(Entity::School, "schools", project.schools.iter().map(|s| s.id));
    let people = v.unique(Entity::Person, "people", project.people.iter().map(|p| p.id));
    let events = v.unique(Entity::Event, "events", project.events.iter().map(|e| e.id));
    let templates = v.unique(
        Entity::Template,
        "observation_templates",
        project.observation_templates.iter().map(|t| t.id),
    );
    v.unique(Entity::Mentorship, "mentorships", project.mentorships.iter().map(|m| m.id));
    v.unique(Entity::Award, "awards", project.awards.iter().map(|a| a.id));

    v.line(&project.title, || "title".into());
    v.line(&project.organizer, || "organizer".into());
    v.line(&project.city, || "city".into());
    let signatories = v.unique(Entity::Signatory, "signatories", project.signatories.iter().map(|s| s.id));
    for (i, signatory) in project.signatories.iter().enumerate() {
        v.named(&signatory.name, || format!("signatories[{i}].name"));
        v.optional(Entity::Person, &people, signatory.person, || format!("signatories[{i}].person"));
        v.line(&signatory.name, || format!("signatories[{i}].name"));
        v.line(&signatory.position, || format!("signatories[{i}].position"));
        v.line(&signatory.organisation, || format!("signatories[{i}].organisation"));
    }
    for (code, settings) in &project.documents {
        v.all(
            Entity::Signatory,
            &signatories,
            &settings.signatories,
            &format!("documents.{code}.signatories"),
        );
        for (wording, languages) in &settings.wording {
            for (language, text) in languages {
                v.text(text, || format!("documents.{code}.wording.{wording}.{language}"));
            }
        }
    }
    for (i, school) in project.schools.iter().enumerate() {
        v.named(&school.name, || format!("schools[{i}].name"));
        v.line(&school.name, || format!("schools[{i}].name"));
        v.line(&school.locality, || format!("schools[{i}].locality"));
        v.line_opt(&school.number, || format!("schools[{i}].number"));
    }
    for (i, person) in project.people.iter().enumerate() {
        v.named(&person.full_name, || format!("people[{i}].full_name"));
        v.optional(Entity::School, &schools, person.school, || format!("people[{i}].school"));
        v.line(&person.full_name, || format!("people[{i}].full_name"));
        v.line(&person.position, || format!("people[{i}].position"));
        for (k, subject) in person.subjects.iter().enumerate() {
            v.line(subject, || format!("people[{i}].subjects[{k}]"));
        }
        v.line_opt(&person.qualification, || format!("people[{i}].qualification"));
        v.line_opt(&person.region, || format!("people[{i}].region"));
        v.line_opt(&person.email, || format!("people[{i}].email"));
        v.line_opt(&person.phone, || format!("people[{i}].phone"));
        v.text_opt(&person.note, || format!("people[{i}].note"));
    }
    for (t, template) in project.observation_templates.iter().enumerate() {
        v.line(&template.name, || format!("observation_templates[{t}].name"));
        for (c, criterion) in template.criteria.iter().enumerate() {
            v.line(&criterion.title, || format!("observation_templates[{t}].criteria[{c}].title"));
            v.text(&criterion.descriptor, || format!("observation_templates[{t}].criteria[{c}].descriptor"));
        }
    }

    // Sessions and observations are unique across the whole project, since
    // feedback and mentorship visits may point at any of them.
    let all_sessions = v.unique(
        Entity::Session,
        "events[].sessions",
        project.events.iter().flat_map(|e| e.sessions.iter().map(|s| s.id)),
    );
    v.unique(
        Entity::Observation,
        "events[].observations",
        project.events.iter().flat_map(|e| e.observations.iter().map(|o| o.id)),
    );
    v.unique(
        Entity::Feedback,
        "events[].feedback",
        project.events.iter().flat_map(|e| e.feedback.iter().map(|f| f.id)),
    );

    for (e, event) in project.events.iter().enumerate() {
        let at = format!("events[{e}]");
        v.named(&event.title, || format!("{at}.title"));
        v.line(&event.title, || format!("{at}.title"));
        v.text(&event.theme, || format!("{at}.theme"));
        v.text(&event.goal, || format!("{at}.goal"));
        v.text(&event.audience, || format!("{at}.audience"));
        v.line(&event.venue.address, || format!("{at}.venue.address"));
        v.line_opt(&event.online_link, || format!("{at}.online_link"));
        for (k, objective) in event.objectives.iter().enumerate() {
            v.text(objective, || format!("{at}.objectives[{k}]"));
        }
        for (k, room) in event.rooms.iter().enumerate() {
            v.line(&room.name, || format!("{at}.rooms[{k}].name"));
        }
        for (k, question) in event.feedback_questions.iter().enumerate() {
            v.line(&question.text, || format!("{at}.feedback_questions[{k}].text"));
        }
        v.date(event.starts_on, || format!("{at}.starts_on"));
        v.date(event.ends_on, || format!("{at}.ends_on"));
        if event.ends_on < event.starts_on {
            v.problems.push(Problem::EndsBeforeStart { at: at.clone() });
        }
        v.optional(Entity::School, &schools, event.venue.school, || format!("{at}.venue.school"));
        let rooms = v.unique(Entity::Room, &format!("{at}.rooms"), event.rooms.iter().map(|r| r.id));
        let sessions: HashSet<SessionId> = event.sessions.iter().map(|s| s.id).collect();

        for (s, session) in event.sessions.iter().enumerate() {
            let at = format!("{at}.sessions[{s}]");
            v.date(session.day, || format!("{at}.day"));
            v.line(&session.title, || format!("{at}.title"));
            v.text(&session.notes, || format!("{at}.notes"));
            if session.end < session.start {
                v.problems.push(Problem::EndsBeforeStart { at: at.clone() });
            }
            v.optional(Entity::Room, &rooms, session.room, || format!("{at}.room"));
            v.line_opt(&session.title_alt, || format!("{at}.title_alt"));
            if let Some(place) = &session.place {
                v.optional(Entity::School, &schools, place.organisation, || {
                    format!("{at}.place.organisation")
                });
                v.line(&place.address, || format!("{at}.place.address"));
            }
            v.all(Entity::Person, &people, &session.responsible, &format!("{at}.responsible"));
            v.all(Entity::Person, &people, &session.observers, &format!("{at}.observers"));
            v.all(Entity::Person, &people, &session.attendees, &format!("{at}.attendees"));
            v.all(Entity::Person, &people, &session.pinned, &format!("{at}.pinned"));
            if let Some(lesson) = &session.lesson {
                v.all(Entity::Person, &people, &lesson.teachers, &format!("{at}.lesson.teachers"));
                v.line(&lesson.subject, || format!("{at}.lesson.subject"));
                v.line(&lesson.topic, || format!("{at}.lesson.topic"));
                v.line_opt(&lesson.class_letter, || format!("{at}.lesson.class_letter"));
                v.text(&lesson.objectives, || format!("{at}.lesson.objectives"));
            }
        }
        for (r, registration) in event.registrations.iter().enumerate() {
            v.required(Entity::Person, &people, registration.person, || {
                format!("{at}.registrations[{r}].person")
            });
            v.line_opt(&registration.group, || format!("{at}.registrations[{r}].group"));
        }
        for (o, observation) in event.observations.iter().enumerate() {
            let at = format!("{at}.observations[{o}]");
            v.required(Entity::Session, &sessions, observation.session, || format!("{at}.session"));
            v.required(Entity::Person, &people, observation.observer, || format!("{at}.observer"));
            v.required(Entity::Template, &templates, observation.template, || format!("{at}.template"));
            for (n, note) in observation.notes.iter().enumerate() {
                v.text(&note.text, || format!("{at}.notes[{n}].text"));
            }
            v.text(&observation.strengths, || format!("{at}.strengths"));
            v.text(&observation.improvements, || format!("{at}.improvements"));
            v.text(&observation.recommendation, || format!("{at}.recommendation"));
        }
        for (f, feedback) in event.feedback.iter().enumerate() {
            if let FeedbackTarget::Session(id) = feedback.target {
                v.required(Entity::Session, &sessions, id, || format!("{at}.feedback[{f}].target"));
            }
            v.optional(Entity::Person, &people, feedback.respondent, || {
                format!("{at}.feedback[{f}].respondent")
            });
            for (k, star) in feedback.stars.iter().enumerate() {
                v.text(star, || format!("{at}.feedback[{f}].stars[{k}]"));
            }
            v.text(&feedback.wish, || format!("{at}.feedback[{f}].wish"));
            v.text(&feedback.comment, || format!("{at}.feedback[{f}].comment"));
        }
    }

    for (m, mentorship) in project.mentorships.iter().enumerate() {
        let at = format!("mentorships[{m}]");
        v.required(Entity::Person, &people, mentorship.mentor, || format!("{at}.mentor"));
        v.all(Entity::Person, &people, &mentorship.mentees, &format!("{at}.mentees"));
        v.date(mentorship.starts_on, || format!("{at}.starts_on"));
        v.date(mentorship.ends_on, || format!("{at}.ends_on"));
        v.line(&mentorship.direction, || format!("{at}.direction"));
        v.text(&mentorship.goals, || format!("{at}.goals"));
        if mentorship.ends_on < mentorship.starts_on {
            v.problems.push(Problem::EndsBeforeStart { at: at.clone() });
        }
        for (i, visit) in mentorship.visits.iter().enumerate() {
            v.optional(Entity::Session, &all_sessions, visit.session, || format!("{at}.visits[{i}].session"));
            v.date(visit.date, || format!("{at}.visits[{i}].date"));
            v.line(&visit.topic, || format!("{at}.visits[{i}].topic"));
            v.text(&visit.notes, || format!("{at}.visits[{i}].notes"));
        }
    }
    let observations: HashSet<ObservationId> =
        project.events.iter().flat_map(|e| e.observations.iter().map(|o| o.id)).collect();
    let programmes = programmes(&mut v, project, &people, &events, &observations);
    let courses = courses(&mut v, project, &people);
    networks(&mut v, project, &schools, &people, &events, &programmes);
    let mut numbers: HashMap<&str, usize> = HashMap::new();
    for (a, award) in project.awards.iter().enumerate() {
        v.required(Entity::Person, &people, award.person, || format!("awards[{a}].person"));
        v.optional(Entity::Event, &events, award.event, || format!("awards[{a}].event"));
        v.date(award.issued_on, || format!("awards[{a}].issued_on"));
        v.line(&award.title, || format!("awards[{a}].title"));
        v.line(&award.number, || format!("awards[{a}].number"));
        v.text(&award.reason, || format!("awards[{a}].reason"));
        v.optional(Entity::Course, &courses, award.course, || format!("awards[{a}].course"));
        v.optional(Entity::Programme, &programmes, award.programme, || format!("awards[{a}].programme"));
        let number = award.number.trim();
        if !number.is_empty() && numbers.insert(number, a).is_some() {
            v.problems
                .push(Problem::DuplicateNumber { number: number.to_owned(), at: format!("awards[{a}]") });
        }
    }
    v.problems
}

fn period(v: &mut Validator, starts_on: NaiveDate, ends_on: NaiveDate, at: &str) {
    v.date(starts_on, || format!("{at}.starts_on"));
    v.date(ends_on, || format!("{at}.ends_on"));
    if ends_on < starts_on {
        v.problems.push(Problem::EndsBeforeStart { at: at.to_owned() });
    }
}

fn programmes(
    v: &mut Validator,
    project: &Project,
    people: &HashSet<PersonId>,
    events: &HashSet<EventId>,
    observations: &HashSet<ObservationId>,
) -> HashSet<ProgrammeId> {
    let ids = v.unique(Entity::Programme, "programmes", project.programmes.iter().map(|p| p.id));
    v.unique(
        Entity::Mentorship,
        "programmes[].pairs",
        project.programmes.iter().flat_map(|p| p.pairs.iter().map(|x| x.id)),
    );
    for (p, programme) in project.programmes.iter().enumerate() {
        let at = format!("programmes[{p}]");
        v.named(&programme.title, || format!("{at}.title"));
        v.line(&programme.title, || format!("{at}.title"));
        v.line(&programme.organiser, || format!("{at}.organiser"));
        period(v, programme.starts_on, programme.ends_on, &at);
        if let Some(order) = &programme.order {
            v.line(&order.number, || format!("{at}.order.number"));
            v.date(order.date, || format!("{at}.order.date"));
        }
        let directions = v.unique(
            Entity::Direction,
            &format!("{at}.directions"),
            programme.directions.iter().map(|d| d.id),
        );
        for (d, direction) in programme.directions.iter().enumerate() {
            v.named(&direction.name, || format!("{at}.directions[{d}].name"));
            v.line(&direction.name, || format!("{at}.directions[{d}].name"));
            v.all(
                Entity::Person,
                people,
                &direction.responsible,
                &format!("{at}.directions[{d}].responsible"),
            );
        }
        for (m, mentor) in programme.mentors.iter().enumerate() {
            let at = format!("{at}.mentors[{m}]");
            v.required(Entity::Person, people, mentor.person, || format!("{at}.person"));
            v.required(Entity::Direction, &directions, mentor.direction, || format!("{at}.direction"));
            period(v, mentor.starts_on, mentor.ends_on, &at);
        }
        for (i, pair) in programme.pairs.iter().enumerate() {
            let at = format!("{at}.pairs[{i}]");
            v.required(Entity::Person, people, pair.mentor, || format!("{at}.mentor"));
            v.all(Entity::Person, people, &pair.mentees, &format!("{at}.mentees"));
            v.required(Entity::Direction, &directions, pair.direction, || format!("{at}.direction"));
            period(v, pair.starts_on, pair.ends_on, &at);
            v.text(&pair.end_reason, || format!("{at}.end_reason"));
            for (t, task) in pair.plan.iter().enumerate() {
                v.text(&task.task, || format!("{at}.plan[{t}].task"));
                if let Some(due) = task.due {
                    v.date(due, || format!("{at}.plan[{t}].due"));
                }
            }
            for (a, activity) in pair.activities.iter().enumerate() {
                v.date(activity.date, || format!("{at}.activities[{a}].date"));
                v.text(&activity.notes, || format!("{at}.activities[{a}].notes"));
                v.optional(Entity::Observation, observations, activity.observation, || {
                    format!("{at}.activities[{a}].observation")
                });
            }
        }
        v.all(Entity::Event, events, &programme.events, &format!("{at}.events"));
    }
    ids
}

fn courses(v: &mut Validator, project: &Project, people: &HashSet<PersonId>) -> HashSet<CourseId> {
    let ids = v.unique(Entity::Course, "courses", project.courses.iter().map(|c| c.id));
    for (c, course) in project.courses.iter().enumerate() {
        let at = format!("courses[{c}]");
        v.named(&course.title, || format!("{at}.title"));
        v.line(&course.title, || format!("{at}.title"));
        v.line(&course.organiser, || format!("{at}.organiser"));
        v.line(&course.partner, || format!("{at}.partner"));
        period(v, course.starts_on, course.ends_on, &at);
        for (i, participant) in course.participants.iter().enumerate() {
            v.required(Entity::Person, people, participant.person, || {
                format!("{at}.participants[{i}].person")
            });
        }
    }
    ids
}

fn networks(
    v: &mut Validator,
    project: &Project,
    schools: &HashSet<SchoolId>,
    people: &HashSet<PersonId>,
    events: &HashSet<EventId>,
    programmes: &HashSet<ProgrammeId>,
) {
    let networks = v.unique(Entity::Network, "networks", project.networks.iter().map(|n| n.id));
    for (n, network) in project.networks.iter().enumerate() {
        let at = format!("networks[{n}]");
        v.named(&network.title, || format!("{at}.title"));
        v.line(&network.title, || format!("{at}.title"));
        v.required(Entity::School, schools, network.leading, || format!("{at}.leading"));
        for (m, member) in network.members.iter().enumerate() {
            v.required(Entity::School, schools, member.organisation, || {
                format!("{at}.members[{m}].organisation")
            });
            v.optional(Entity::Person, people, member.coordinator, || {
                format!("{at}.members[{m}].coordinator")
            });
        }
    }
    v.unique(Entity::YearPlan, "year_plans", project.year_plans.iter().map(|p| p.id));
    for (p, plan) in project.year_plans.iter().enumerate() {
        let at = format!("year_plans[{p}]");
        v.line(&plan.title, || format!("{at}.title"));
        v.date(plan.starts_on, || format!("{at}.starts_on"));
        v.optional(Entity::Network, &networks, plan.network, || format!("{at}.network"));
        v.optional(Entity::Programme, programmes, plan.programme, || format!("{at}.programme"));
        v.unique(Entity::YearPlan, &format!("{at}.rows"), plan.rows.iter().map(|r| r.id));
        for (r, row) in plan.rows.iter().enumerate() {
            let at = format!("{at}.rows[{r}]");
            v.text(&row.title, || format!("{at}.title"));
            v.optional(Entity::School, schools, row.host, || format!("{at}.host"));
            if let Some(day) = row.planned_on {
                v.date(day, || format!("{at}.planned_on"));
            }
            v.all(Entity::Person, people, &row.responsible, &format!("{at}.responsible"));
            v.text(&row.target, || format!("{at}.target"));
            v.text(&row.product, || format!("{at}.product"));
            v.optional(Entity::Event, events, row.event, || format!("{at}.event"));
        }
    }
}

#[derive(Default)]
struct Validator {
    problems: Vec<Problem>,
}

impl Validator {
    fn unique<T>(&mut self, entity: Entity, at: &str, ids: impl Iterator<Item = T>) -> HashSet<T>
    where
        T: Eq + Hash + Copy + std::fmt::Display,
    {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            if !seen.insert(id) {
                self.problems.push(Problem::DuplicateId {
                    entity,
                    id: id.to_string(),
                    at: format!("{at}[{i}]"),
                });
            }
        }
        seen
    }

    fn required<T>(&mut self, entity: Entity, known: &HashSet<T>, id: T, at: impl FnOnce() -> String)
    where
        T: Eq + Hash + std::fmt::Display,
    {
        if !known.contains(&id) {
            self.problems.push(Problem::Dangling { entity, id: id.to_string(), at: at() });
        }
    }

    fn optional<T>(&mut self, entity: Entity, known: &HashSet<T>, id: Option<T>, at: impl FnOnce() -> String)
    where
        T: Eq + Hash + std::fmt::Display,
    {
        if let Some(id) = id {
            self.required(entity, known, id, at);
        }
    }

    fn all<T>(&mut self, entity: Entity, known: &HashSet<T>, ids: &[T], at: &str)
    where
        T: Eq + Hash + Copy + std::fmt::Display,
    {
        for (i, id) in ids.iter().enumerate() {
            self.required(entity, known, *id, || format!("{at}[{i}]"));
        }
    }

    fn date(&mut self, date: NaiveDate, at: impl FnOnce() -> String) {
        if !YEARS.contains(&date.year()) {
            self.problems.push(Problem::DateOutOfRange { at: at(), year: date.year() });
        }
    }

    fn longer_than(&mut self, value: &str, limit: usize, at: impl FnOnce() -> String) {
        // Bytes first: most texts are far shorter, and counting characters
        // is only needed near the limit.
        if value.len() > limit {
            let chars = value.chars().count();
            if chars > limit {
                self.problems.push(Problem::TooLong { at: at(), chars, limit });
            }
        }
    }

    fn line(&mut self, value: &str, at: impl FnOnce() -> String) {
        self.longer_than(value, MAX_LINE_CHARS, at);
    }

    fn line_opt(&mut self, value: &Option<String>, at: impl FnOnce() -> String) {
        if let Some(value) = value {
            self.line(value, at);
        }
    }

    fn text(&mut self, value: &str, at: impl FnOnce() -> String) {
        self.longer_than(value, MAX_TEXT_CHARS, at);
    }

    fn text_opt(&mut self, value: &Option<String>, at: impl FnOnce() -> String) {
        if let Some(value) = value {
            self.text(value, at);
        }
    }

    fn named(&mut self, name: &str, at: impl FnOnce() -> String) {
        if name.trim().is_empty() {
            self.problems.push(Problem::EmptyName { at: at() });
        }
    }
}
