//! Who a certificate or letter is printed for.

use super::Document;
use crate::domain::collate::alphabetical_key;
use crate::domain::{Event, PersonId, Project, SessionKind};
use std::collections::HashSet;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum PeopleSet {
    /// Everyone registered.
    All,
    /// The teachers of open lessons and those who led master classes.
    #[default]
    Teachers,
    /// The mentors approved in the project's programmes.
    Mentors,
    /// Everyone marked present, in the hall or online.
    Present,
    /// A hand-picked list, in the order given.
    Chosen(Vec<PersonId>),
}

impl PeopleSet {
    pub fn default_for(document: Document) -> PeopleSet {
        match document {
            Document::Letters => PeopleSet::Teachers,
            _ => PeopleSet::Present,
        }
    }

    pub fn from_code(code: &str) -> Option<PeopleSet> {
        match code {
            "all" => Some(PeopleSet::All),
            "teachers" => Some(PeopleSet::Teachers),
            "mentors" => Some(PeopleSet::Mentors),
            "present" => Some(PeopleSet::Present),
            _ => None,
        }
    }
}

/// The people of `set`, each once: teachers in the programme's order, the
/// others alphabetically, as a list of names is read.
pub fn choose_people(project: &Project, event: &Event, set: &PeopleSet) -> Vec<PersonId> {
    let mut seen = HashSet::new();
    let mut people: Vec<PersonId> = match set {
        PeopleSet::Chosen(ids) => return ids.iter().copied().filter(|id| seen.insert(*id)).collect(),
        PeopleSet::Teachers => {
            let mut sessions: Vec<_> = event.sessions.iter().collect();
            sessions.sort_by_key(|s| (s.day, s.start));
            return sessions
                .into_iter()
                .flat_map(|s| match (&s.lesson, s.kind) {
                    (Some(lesson), _) => lesson.teachers.clone(),
                    (None, SessionKind::MasterClass) => s.responsible.clone(),
                    _ => Vec::new(),
                })
                .filter(|id| seen.insert(*id))
                .collect();
        }
        PeopleSet::Mentors => {
            project.programmes.iter().flat_map(|p| p.mentors.iter().map(|m| m.person)).collect()
        }
        PeopleSet::All => event.registrations.iter().map(|r| r.person).collect(),
        PeopleSet::Present => {
            event.registrations.iter().filter(|r| r.attended == Some(true)).map(|r| r.person).collect()
        }
    };
    people.retain(|id| seen.insert(*id));
    people.sort_by_cached_key(|id| {
        project.person(*id).map(|p| alphabetical_key(&p.full_name).collect::<Vec<_>>()).unwrap_or_default()
    });
    people
}
