//! Checks a loaded project for what serde cannot see: ids used twice,
//! references to things that are not there, periods that end before they
//! start. Problems are data, not text, so every front end can word them in
//! the user's language.

use super::ids::*;
use super::model::*;
use std::collections::HashSet;
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
}

/// Where in the project a problem was found: a human path such as
/// `events[2].sessions[5].room`, also understood by developers.
pub type Location = String;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    WrongFormat { found: String },
    DuplicateId { entity: Entity, id: String, at: Location },
    Dangling { entity: Entity, id: String, at: Location },
    EndsBeforeStart { at: Location },
    EmptyName { at: Location },
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

    for (i, school) in project.schools.iter().enumerate() {
        v.named(&school.name, || format!("schools[{i}].name"));
    }
    for (i, person) in project.people.iter().enumerate() {
        v.named(&person.full_name, || format!("people[{i}].full_name"));
        v.optional(Entity::School, &schools, person.school, || format!("people[{i}].school"));
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
        if event.ends_on < event.starts_on {
            v.problems.push(Problem::EndsBeforeStart { at: at.clone() });
        }
        v.optional(Entity::School, &schools, event.venue.school, || format!("{at}.venue.school"));
        let rooms = v.unique(Entity::Room, &format!("{at}.rooms"), event.rooms.iter().map(|r| r.id));
        let sessions: HashSet<SessionId> = event.sessions.iter().map(|s| s.id).collect();

        for (s, session) in event.sessions.iter().enumerate() {
            let at = format!("{at}.sessions[{s}]");
            if session.end < session.start {
                v.problems.push(Problem::EndsBeforeStart { at: at.clone() });
            }
            v.optional(Entity::Room, &rooms, session.room, || format!("{at}.room"));
            v.all(Entity::Person, &people, &session.responsible, &format!("{at}.responsible"));
            v.all(Entity::Person, &people, &session.observers, &format!("{at}.observers"));
            v.all(Entity::Person, &people, &session.attendees, &format!("{at}.attendees"));
            v.all(Entity::Person, &people, &session.pinned, &format!("{at}.pinned"));
            if let Some(lesson) = &session.lesson {
                v.all(Entity::Person, &people, &lesson.teachers, &format!("{at}.lesson.teachers"));
            }
        }
        for (r, registration) in event.registrations.iter().enumerate() {
            v.required(Entity::Person, &people, registration.person, || {
                format!("{at}.registrations[{r}].person")
            });
        }
        for (o, observation) in event.observations.iter().enumerate() {
            let at = format!("{at}.observations[{o}]");
            v.required(Entity::Session, &sessions, observation.session, || format!("{at}.session"));
            v.required(Entity::Person, &people, observation.observer, || format!("{at}.observer"));
            v.required(Entity::Template, &templates, observation.template, || format!("{at}.template"));
        }
        for (f, feedback) in event.feedback.iter().enumerate() {
            if let FeedbackTarget::Session(id) = feedback.target {
                v.required(Entity::Session, &sessions, id, || format!("{at}.feedback[{f}].target"));
            }
            v.optional(Entity::Person, &people, feedback.respondent, || {
                format!("{at}.feedback[{f}].respondent")
            });
        }
    }

    for (m, mentorship) in project.mentorships.iter().enumerate() {
        let at = format!("mentorships[{m}]");
        v.required(Entity::Person, &people, mentorship.mentor, || format!("{at}.mentor"));
        v.all(Entity::Person, &people, &mentorship.mentees, &format!("{at}.mentees"));
        if mentorship.ends_on < mentorship.starts_on {
            v.problems.push(Problem::EndsBeforeStart { at: at.clone() });
        }
        for (i, visit) in mentorship.visits.iter().enumerate() {
            v.optional(Entity::Session, &all_sessions, visit.session, || format!("{at}.visits[{i}].session"));
        }
    }
    for (a, award) in project.awards.iter().enumerate() {
        v.required(Entity::Person, &people, award.person, || format!("awards[{a}].person"));
        v.optional(Entity::Event, &events, award.event, || format!("awards[{a}].event"));
    }
    v.problems
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

    fn named(&mut self, name: &str, at: impl FnOnce() -> String) {
        if name.trim().is_empty() {
            self.problems.push(Problem::EmptyName { at: at() });
        }
    }
}
