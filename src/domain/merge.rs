//! Two copies of one project brought together by ids: what a colleague
//! recorded on her laptop (observations, notes, feedback forms,
//! registrations) joins what the organiser has, and a synchronised folder's
//! conflict copy is reconciled instead of left aside.
//!
//! Nothing is lost: an item only one copy has is kept or added, one that
//! is the same in both is left as it is, and one changed in both is listed
//! with the fields that differ, for the user to choose which to keep (ours
//! unless she says otherwise). Merging never deletes.

use super::edit::{Edit, ItemEdit};
use super::ids::*;
use super::model::*;
use std::collections::{HashMap, HashSet};
use std::hash::Hash;

/// Something both copies have, changed in both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Item {
    Details,
    School(SchoolId),
    Person(PersonId),
    /// The event's own fields: title, dates, place, rooms, questions.
    Event(EventId),
    Session(EventId, SessionId),
    Registration(EventId, PersonId),
    Observation(EventId, ObservationId),
    Feedback(EventId, FeedbackId),
    Template(TemplateId),
    Award(AwardId),
    Signatory(SignatoryId),
    Mentorship(MentorshipId),
    Programme(ProgrammeId),
    Network(NetworkId),
    YearPlan(YearPlanId),
    Course(CourseId),
}

/// A field that differs, as each copy has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    pub field: String,
    pub ours: String,
    pub theirs: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub item: Item,
    /// What the item is called: a name, a title.
    pub label: String,
    pub differences: Vec<Difference>,
}

/// What a merge adds, per kind of item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Added {
    pub people: usize,
    pub schools: usize,
    pub events: usize,
    pub sessions: usize,
    pub registrations: usize,
    pub observations: usize,
    pub feedback: usize,
    pub awards: usize,
    pub other: usize,
}

impl Added {
    pub fn total(&self) -> usize {
        self.people
            + self.schools
            + self.events
            + self.sessions
            + self.registrations
            + self.observations
            + self.feedback
            + self.awards
            + self.other
    }
}

/// What merging another copy into ours would do.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Report {
    pub added: Added,
    /// Items both copies have alike.
    pub same: usize,
    pub conflicts: Vec<Conflict>,
    /// Their awards whose numbers ours gives to someone else: the same
    /// number issued on two PCs. They are not added; the numbers are named
    /// for the secretary to sort out.
    pub numbers_taken: Vec<String>,
}

/// The merged project: ours, with what theirs adds, and for each conflict
/// in `theirs_chosen` their version.
pub fn merge(ours: &Project, theirs: &Project, theirs_chosen: &HashSet<Item>) -> (Project, Report) {
    let mut merger = Merger { chosen: theirs_chosen, report: Report::default() };
    let merged = merger.project(ours, theirs);
    (merged, merger.report)
}

/// What merging would do, before anything is chosen.
pub fn preview(ours: &Project, theirs: &Project) -> Report {
    merge(ours, theirs, &HashSet::new()).1
}

/// The merge as one edit of ours, undone in one step; `None` when it
/// changes nothing.
pub fn merge_edit(ours: &Project, theirs: &Project, theirs_chosen: &HashSet<Item>) -> Option<Edit> {
    plan(ours, theirs, theirs_chosen).0
}

/// The merge's edit with what it does, from one pass over both copies.
pub fn plan(ours: &Project, theirs: &Project, theirs_chosen: &HashSet<Item>) -> (Option<Edit>, Report) {
    let (merged, report) = merge(ours, theirs, theirs_chosen);
    (edit_to(ours, &merged), report)
}

/// The edit that makes `ours` into `merged`.
fn edit_to(ours: &Project, merged: &Project) -> Option<Edit> {
    let mut edits = Vec::new();
    if (&merged.title, &merged.organizer, &merged.city) != (&ours.title, &ours.organizer, &ours.city) {
        edits.push(Edit::Details {
            title: merged.title.clone(),
            organizer: merged.organizer.clone(),
            city: merged.city.clone(),
        });
    }
    // Schools before the people at them, people before the events that
    // name them.
    puts(&ours.schools, &merged.schools, |s| s.id, |s| Edit::School(Box::new(ItemEdit::Put(s))), &mut edits);
    puts(&ours.people, &merged.people, |p| p.id, |p| Edit::Person(Box::new(ItemEdit::Put(p))), &mut edits);
    puts(
        &ours.observation_templates,
        &merged.observation_templates,
        |t| t.id,
        |t| Edit::Template(Box::new(ItemEdit::Put(t))),
        &mut edits,
    );
    puts(
        &ours.signatories,
        &merged.signatories,
        |s| s.id,
        |s| Edit::Signatory(Box::new(ItemEdit::Put(s))),
        &mut edits,
    );
    puts(&ours.events, &merged.events, |e| e.id, |e| Edit::Event(Box::new(ItemEdit::Put(e))), &mut edits);
    // After the people and events they name.
    puts(
        &ours.networks,
        &merged.networks,
        |n| n.id,
        |n| Edit::Network(Box::new(ItemEdit::Put(n))),
        &mut edits,
    );
    puts(
        &ours.programmes,
        &merged.programmes,
        |p| p.id,
        |p| Edit::Programme(Box::new(ItemEdit::Put(p))),
        &mut edits,
    );
    puts(
        &ours.year_plans,
        &merged.year_plans,
        |p| p.id,
        |p| Edit::YearPlan(Box::new(ItemEdit::Put(p))),
        &mut edits,
    );
    puts(&ours.courses, &merged.courses, |c| c.id, |c| Edit::Course(Box::new(ItemEdit::Put(c))), &mut edits);
    let mut new_awards = Vec::new();
    for award in &merged.awards {
        match ours.awards.iter().find(|a| a.id == award.id) {
            None => new_awards.push(award.clone()),
            Some(old) if old != award => {
                edits.push(Edit::Awards(Box::new(super::awards::AwardsEdit::Put(award.clone()))));
            }
            Some(_) => {}
        }
    }
    if !new_awards.is_empty() {
        edits.push(Edit::Awards(Box::new(super::awards::AwardsEdit::Issue(new_awards))));
    }
    if merged.mentorships != ours.mentorships {
        edits.push(Edit::Mentorships(merged.mentorships.clone()));
    }
    (!edits.is_empty()).then_some(Edit::Batch(edits))
}

/// A put for every item of `merged` that `ours` lacks or has otherwise.
fn puts<T: Clone + PartialEq, K: Eq + Hash>(
    ours: &[T],
    merged: &[T],
    key: impl Fn(&T) -> K,
    put: impl Fn(T) -> Edit,
    edits: &mut Vec<Edit>,
) {
    let ours: HashMap<K, &T> = ours.iter().map(|item| (key(item), item)).collect();
    for item in merged {
        if ours.get(&key(item)).is_none_or(|old| *old != item) {
            edits.push(put(item.clone()));
        }
    }
}

struct Merger<'c> {
    chosen: &'c HashSet<Item>,
    report: Report,
}

impl Merger<'_> {
    fn project(&mut self, ours: &Project, theirs: &Project) -> Project {
        let mut merged = ours.clone();
        let details = |p: &Project| (p.title.clone(), p.organizer.clone(), p.city.clone());
        if details(ours) != details(theirs) {
            self.conflict(Item::Details, ours.title.clone(), &details_of(ours), &details_of(theirs));
            if self.chosen.contains(&Item::Details) {
                (merged.title, merged.organizer, merged.city) = details(theirs);
            }
        }
        merged.schools = self.list(
            &ours.schools,
            &theirs.schools,
            |s| s.id,
            Item::School,
            |s| s.name.clone(),
            |a| a.schools += 1,
        );
        merged.people = self.list(
            &ours.people,
            &theirs.people,
            |p| p.id,
            Item::Person,
            |p| p.full_name.clone(),
            |a| a.people += 1,
        );
        merged.observation_templates = self.list(
            &ours.observation_templates,
            &theirs.observation_templates,
            |t| t.id,
            Item::Template,
            |t| t.name.clone(),
            |a| a.other += 1,
        );
        merged.signatories = self.list(
            &ours.signatories,
            &theirs.signatories,
            |s| s.id,
            Item::Signatory,
            |s| s.name.clone(),
            |a| a.other += 1,
        );
        merged.mentorships = self.list(
            &ours.mentorships,
            &theirs.mentorships,
            |m| m.id,
            Item::Mentorship,
            |m| m.direction.clone(),
            |a| a.other += 1,
        );
        merged.programmes = self.list(
            &ours.programmes,
            &theirs.programmes,
            |p| p.id,
            Item::Programme,
            |p| p.title.clone(),
            |a| a.other += 1,
        );
        merged.networks = self.list(
            &ours.networks,
            &theirs.networks,
            |n| n.id,
            Item::Network,
            |n| n.title.clone(),
            |a| a.other += 1,
        );
        merged.year_plans = self.list(
            &ours.year_plans,
            &theirs.year_plans,
            |p| p.id,
            Item::YearPlan,
            |p| p.title.clone(),
            |a| a.other += 1,
        );
        merged.courses = self.list(
            &ours.courses,
            &theirs.courses,
            |c| c.id,
            Item::Course,
            |c| c.title.clone(),
            |a| a.other += 1,
        );
        merged.events = self.events(ours, theirs);
        merged.awards = self.awards(&ours.awards, &theirs.awards);
        merged
    }

    fn conflict<T: serde::Serialize>(&mut self, item: Item, label: String, ours: &T, theirs: &T) {
        self.report.conflicts.push(Conflict { item, label, differences: differences(ours, theirs) });
    }

    /// Ours in their order, each replaced by theirs where chosen, then
    /// what only theirs has, in their order.
    fn list<T, K>(
        &mut self,
        ours: &[T],
        theirs: &[T],
        key: impl Fn(&T) -> K,
        item: impl Fn(K) -> Item,
        label: impl Fn(&T) -> String,
        count: impl Fn(&mut Added),
    ) -> Vec<T>
    where
        T: Clone + PartialEq + serde::Serialize,
        K: Eq + Hash + Copy,
    {
        let their_items: HashMap<K, &T> = theirs.iter().map(|t| (key(t), t)).collect();
        let our_keys: HashSet<K> = ours.iter().map(&key).collect();
        let mut merged = Vec::with_capacity(ours.len() + theirs.len());
        for mine in ours {
            match their_items.get(&key(mine)) {
                None => merged.push(mine.clone()),
                Some(other) if *other == mine => {
                    self.report.same += 1;
                    merged.push(mine.clone());
                }
                Some(other) => {
                    let item = item(key(mine));
                    self.conflict(item, label(mine), mine, *other);
                    merged.push(if self.chosen.contains(&item) { (*other).clone() } else { mine.clone() });
                }
            }
        }
        for other in theirs.iter().filter(|t| !our_keys.contains(&key(t))) {
            count(&mut self.report.added);
            merged.push(other.clone());
        }
        merged
    }

    fn events(&mut self, ours: &Project, theirs: &Project) -> Vec<Event> {
        let their_events: HashMap<EventId, &Event> = theirs.events.iter().map(|e| (e.id, e)).collect();
        let mut merged = Vec::new();
        for mine in &ours.events {
            match their_events.get(&mine.id) {
                None => merged.push(mine.clone()),
                Some(other) => merged.push(self.event(mine, other)),
            }
        }
        for other in theirs.events.iter().filter(|t| ours.event(t.id).is_none()) {
            self.report.added.events += 1;
            merged.push(other.clone());
        }
        merged
    }

    fn event(&mut self, ours: &Event, theirs: &Event) -> Event {
        let id = ours.id;
        let (our_own, their_own) = (own_fields(ours), own_fields(theirs));
        let mut merged = if our_own == their_own {
            self.report.same += 1;
            our_own
        } else {
            let item = Item::Event(id);
            self.conflict(item, ours.title.clone(), &our_own, &their_own);
            if self.chosen.contains(&item) { their_own } else { our_own }
        };
        merged.sessions = self.list(
            &ours.sessions,
            &theirs.sessions,
            |s| s.id,
            |s| Item::Session(id, s),
            |s| s.title.clone(),
            |a| a.sessions += 1,
        );
        // A mark of attendance made on one PC only is news, not a
        // conflict: the organiser's desk did not see her arrive online.
        let mut our_registrations = ours.registrations.clone();
        let mut their_registrations = theirs.registrations.clone();
        let theirs_by_person: HashMap<PersonId, usize> =
            their_registrations.iter().enumerate().map(|(i, r)| (r.person, i)).collect();
        for mine in &mut our_registrations {
            let Some(&index) = theirs_by_person.get(&mine.person) else { continue };
            let other = &mut their_registrations[index];
            if only_one_marked(mine, other) {
                let mark = mine.attended.or(other.attended);
                (mine.attended, other.attended) = (mark, mark);
            }
        }
        merged.registrations = self.list(
            &our_registrations,
            &their_registrations,
            |r| r.person,
            |p| Item::Registration(id, p),
            |r| r.person.to_string(),
            |a| a.registrations += 1,
        );
        merged.observations = self.list(
            &ours.observations,
            &theirs.observations,
            |o| o.id,
            |o| Item::Observation(id, o),
            |o| o.id.to_string(),
            |a| a.observations += 1,
        );
        merged.feedback = self.list(
            &ours.feedback,
            &theirs.feedback,
            |f| f.id,
            |f| Item::Feedback(id, f),
            |f| f.id.to_string(),
            |a| a.feedback += 1,
        );
        merged
    }

    /// Awards as any list, except that a new award whose number someone
    /// else here holds is not added: a number is given once.
    fn awards(&mut self, ours: &[Award], theirs: &[Award]) -> Vec<Award> {
        let held: HashMap<&str, AwardId> = ours.iter().map(|a| (a.number.as_str(), a.id)).collect();
        let (taken, addable): (Vec<&Award>, Vec<&Award>) =
            theirs.iter().partition(|a| held.get(a.number.as_str()).is_some_and(|id| *id != a.id));
        self.report.numbers_taken.extend(taken.iter().map(|a| a.number.clone()));
        let addable: Vec<Award> = addable.into_iter().cloned().collect();
        self.list(ours, &addable, |a| a.id, Item::Award, |a| a.number.clone(), |a| a.awards += 1)
    }
}

/// The same registration, marked present or absent in one copy only.
fn only_one_marked(ours: &Registration, theirs: &Registration) -> bool {
    ours.attended.is_none() != theirs.attended.is_none()
        && Registration { attended: None, ..ours.clone() }
            == Registration { attended: None, ..theirs.clone() }
}

/// An event without the lists merged item by item.
fn own_fields(event: &Event) -> Event {
    Event {
        sessions: Vec::new(),
        registrations: Vec::new(),
        observations: Vec::new(),
        feedback: Vec::new(),
        ..event.clone()
    }
}

#[derive(serde::Serialize)]
struct Details<'a> {
    title: &'a str,
    organizer: &'a str,
    city: &'a str,
}

fn details_of(project: &Project) -> Details<'_> {
    Details { title: &project.title, organizer: &project.organizer, city: &project.city }
}

/// The top-level fields whose values differ, each shown briefly.
fn differences<T: serde::Serialize>(ours: &T, theirs: &T) -> Vec<Difference> {
    let (Ok(serde_json::Value::Object(ours)), Ok(serde_json::Value::Object(theirs))) =
        (serde_json::to_value(ours), serde_json::to_value(theirs))
    else {
        return Vec::new();
    };
    let mut fields: Vec<&String> = ours.keys().chain(theirs.keys()).collect();
    fields.sort();
    fields.dedup();
    fields
        .into_iter()
        .filter(|field| ours.get(*field) != theirs.get(*field))
        .map(|field| Difference {
            field: field.clone(),
            ours: brief(ours.get(field)),
            theirs: brief(theirs.get(field)),
        })
        .collect()
}

fn brief(value: Option<&serde_json::Value>) -> String {
    const MAX: usize = 120;
    let text = match value {
        None | Some(serde_json::Value::Null) => String::new(),
        Some(serde_json::Value::String(text)) => text.clone(),
        Some(other) => other.to_string(),
    };
    if text.chars().count() > MAX {
        format!("{}…", text.chars().take(MAX).collect::<String>())
    } else {
        text
    }
}
