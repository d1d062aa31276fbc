//! Every change to a project is an [`Edit`]. Applying one returns its
//! inverse, which is what makes undo and redo exact for every edit, however
//! large the project: no snapshots are kept.

use super::awards::AwardsEdit;
use super::feedback::FeedbackEdit;
use super::ids::*;
use super::model::*;
use super::programme;
use super::registration::{self, RegistrationEdit};
use std::collections::VecDeque;
use thiserror::Error;

/// Something stored in a list of the project and found by its id.
pub trait Keyed {
    type Key: Copy + Eq + std::fmt::Debug;
    fn key(&self) -> Self::Key;
}

impl Keyed for School {
    type Key = SchoolId;
    fn key(&self) -> SchoolId {
        self.id
    }
}

impl Keyed for Person {
    type Key = PersonId;
    fn key(&self) -> PersonId {
        self.id
    }
}

impl Keyed for Signatory {
    type Key = SignatoryId;
    fn key(&self) -> SignatoryId {
        self.id
    }
}

impl Keyed for Event {
    type Key = EventId;
    fn key(&self) -> EventId {
        self.id
    }
}

macro_rules! keyed {
    ($($item:ty => $key:ty),* $(,)?) => {$(
        impl Keyed for $item {
            type Key = $key;
            fn key(&self) -> $key {
                self.id
            }
        }
    )*};
}

keyed!(
    MentoringProgramme => ProgrammeId,
    Network => NetworkId,
    YearPlan => YearPlanId,
    Course => CourseId,
);

/// A change to one list.
#[derive(Debug, Clone, PartialEq)]
pub enum ItemEdit<T: Keyed> {
    /// Replace the item with the same id, or append it when there is none.
    Put(T),
    /// Put an item back where it was; the inverse of `Remove`.
    Insert(usize, T),
    Remove(T::Key),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Details {
        title: String,
        organizer: String,
        city: String,
    },
    // Boxed so that an edit stays small wherever it is passed and stored:
    // an event is large, and the undo stack holds hundreds of edits.
    School(Box<ItemEdit<School>>),
    Person(Box<ItemEdit<Person>>),
    Event(Box<ItemEdit<Event>>),
    // The desk marks hundreds of people present, and each mark is undone
    // alone: an edit of one registration, not a copy of the whole event.
    Registration {
        event: EventId,
        change: Box<RegistrationEdit>,
    },
    /// One session of an event: the grid moves, resizes and edits sessions
    /// one at a time, and each step is undone alone.
    Session {
        event: EventId,
        change: Box<ItemEdit<Session>>,
    },
    /// Several edits made as one step, such as a template laid out or an
    /// automatic assignment: undone together, and applied all or none.
    Batch(Vec<Edit>),
    /// One feedback entry or the event's questions (domain/feedback.rs).
    Feedback {
        event: EventId,
        change: Box<FeedbackEdit>,
    },
    Template(Box<ItemEdit<ObservationTemplate>>),
    Observation {
        event: EventId,
        change: Box<ItemEdit<Observation>>,
    },
    /// Certificates and letters recorded when they are printed.
    Awards(Box<AwardsEdit>),
    Signatory(Box<ItemEdit<Signatory>>),
    /// The emblem's file in the project's `files/` folder, or none.
    Emblem(Option<String>),
    /// The project's mentorships as a whole, as a merge brings them.
    Mentorships(Vec<Mentorship>),
    /// A mentoring programme as a whole: its directions, mentors, pairs,
    /// plans and logs. A programme is a few hundred kilobytes at most, and
    /// one copy per step keeps every change to it exactly undoable.
    Programme(Box<ItemEdit<MentoringProgramme>>),
    Network(Box<ItemEdit<Network>>),
    YearPlan(Box<ItemEdit<YearPlan>>),
    Course(Box<ItemEdit<Course>>),
    /// The project's choices for one document (`code` as
    /// [`crate::print::Document::code`]); default settings remove the entry.
    Document {
        code: String,
        settings: Box<DocumentSettings>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EditError {
    #[error("nothing with this id")]
    NotFound,
    /// The school is still the school of people or the venue of events.
    #[error("school in use by {people} people and {events} events")]
    SchoolInUse { people: usize, events: usize },
    /// The person is still named in sessions, registrations, observations,
    /// mentorships or awards.
    #[error("person in use in {uses} places")]
    PersonInUse { uses: usize },
    /// A room was taken away from an event while sessions still use it.
    #[error("room {room} still used by {sessions} sessions")]
    RoomInUse { room: String, sessions: usize },
    /// The person is already registered for the event.
    #[error("already registered")]
    AlreadyRegistered,
    #[error("the project is read-only")]
    ReadOnly,
    #[error("ends before it starts")]
    EndsBeforeStart,
    /// A rating outside 1 to 5, no coins, or a question without a text or
    /// with the key of another.
    #[error("feedback that cannot be counted")]
    InvalidFeedback,
    /// Observations use the template; an edit makes a new version instead.
    #[error("template in use by observations")]
    TemplateInUse,
    /// An award number is already held by another award.
    #[error("award number {number} already issued")]
    NumberTaken { number: String },
    /// A document still names the signatory.
    #[error("signatory chosen for a document")]
    SignatoryInUse,
}

impl Project {
    /// Applies `edit` and returns the edit that undoes it.
    pub fn apply(&mut self, edit: Edit) -> Result<Edit, EditError> {
        match edit {
            Edit::Details { title, organizer, city } => {
                let old_title = std::mem::replace(&mut self.title, title);
                let old_organizer = std::mem::replace(&mut self.organizer, organizer);
                let old_city = std::mem::replace(&mut self.city, city);
                Ok(Edit::Details { title: old_title, organizer: old_organizer, city: old_city })
            }
            Edit::School(change) => {
                if let ItemEdit::Remove(id) = &*change {
                    let people = self.people.iter().filter(|p| p.school == Some(*id)).count();
                    // A visit there counts as the event held there: either
                    // would point at nothing once it is gone.
                    let events = self
                        .events
                        .iter()
                        .filter(|e| {
                            e.venue.school == Some(*id)
                                || e.sessions
                                    .iter()
                                    .any(|s| s.place.as_ref().is_some_and(|p| p.organisation == Some(*id)))
                        })
                        .count()
                        + self.networks.iter().filter(|n| n.schools().any(|s| s == *id)).count()
                        + self
                            .year_plans
                            .iter()
                            .flat_map(|p| &p.rows)
                            .filter(|r| r.host == Some(*id))
                            .count();
                    if people + events > 0 {
                        return Err(EditError::SchoolInUse { people, events });
                    }
                }
                apply_item(&mut self.schools, *change).map(|c| Edit::School(Box::new(c)))
            }
            Edit::Person(change) => {
                if let ItemEdit::Remove(id) = &*change {
                    let uses = self.uses_of_person(*id);
                    if uses > 0 {
                        return Err(EditError::PersonInUse { uses });
                    }
                }
                apply_item(&mut self.people, *change).map(|c| Edit::Person(Box::new(c)))
            }
            Edit::Event(change) => {
                if let ItemEdit::Put(event) = &*change {
                    check_rooms(event)?;
                }
                apply_item(&mut self.events, *change).map(|c| Edit::Event(Box::new(c)))
            }
            Edit::Registration { event, change } => registration::apply(self, event, *change)
                .map(|c| Edit::Registration { event, change: Box::new(c) }),
            Edit::Session { event, change } => {
                programme::apply(self, event, *change).map(|c| Edit::Session { event, change: Box::new(c) })
            }
            Edit::Batch(edits) => {
                let mut inverses = Vec::with_capacity(edits.len());
                for edit in edits {
                    match self.apply(edit) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(error) => {
                            // Roll back what was applied, newest first, so
                            // the batch leaves no half of itself behind.
                            for inverse in inverses.into_iter().rev() {
                                let _ = self.apply(inverse);
                            }
                            return Err(error);
                        }
                    }
                }
                inverses.reverse();
                Ok(Edit::Batch(inverses))
            }
            Edit::Feedback { event, change } => self.apply_feedback(event, *change),
            Edit::Template(change) => self.apply_template(*change).map(|c| Edit::Template(Box::new(c))),
            Edit::Observation { event, change } => self
                .apply_observation(event, *change)
                .map(|c| Edit::Observation { event, change: Box::new(c) }),
            Edit::Awards(change) => self.apply_awards(*change).map(|c| Edit::Awards(Box::new(c))),
            Edit::Signatory(change) => {
                if let ItemEdit::Remove(id) = &*change
                    && self.documents.values().any(|d| d.signatories.contains(id))
                {
                    // The documents let go of her first, in the same batch,
                    // so that undo brings both back.
                    return Err(EditError::SignatoryInUse);
                }
                apply_item(&mut self.signatories, *change).map(|c| Edit::Signatory(Box::new(c)))
            }
            Edit::Emblem(emblem) => Ok(Edit::Emblem(std::mem::replace(&mut self.emblem, emblem))),
            Edit::Mentorships(mentorships) => {
                Ok(Edit::Mentorships(std::mem::replace(&mut self.mentorships, mentorships)))
            }
            Edit::Programme(change) => {
                if let ItemEdit::Put(programme) | ItemEdit::Insert(_, programme) = &*change {
                    check_programme(programme)?;
                }
                apply_item(&mut self.programmes, *change).map(|c| Edit::Programme(Box::new(c)))
            }
            Edit::Network(change) => {
                apply_item(&mut self.networks, *change).map(|c| Edit::Network(Box::new(c)))
            }
            Edit::YearPlan(change) => {
                apply_item(&mut self.year_plans, *change).map(|c| Edit::YearPlan(Box::new(c)))
            }
            Edit::Course(change) => {
                if let ItemEdit::Put(course) | ItemEdit::Insert(_, course) = &*change
                    && course.ends_on < course.starts_on
                {
                    return Err(EditError::EndsBeforeStart);
                }
                apply_item(&mut self.courses, *change).map(|c| Edit::Course(Box::new(c)))
            }
            Edit::Document { code, settings } => {
                let old = if *settings == DocumentSettings::default() {
                    self.documents.remove(&code)
                } else {
                    self.documents.insert(code.clone(), *settings)
                };
                Ok(Edit::Document { code, settings: Box::new(old.unwrap_or_default()) })
            }
        }
    }

    /// How many places name this person; a person who is named anywhere
    /// cannot be deleted without losing part of the plan.
    pub fn uses_of_person(&self, id: PersonId) -> usize {
        let mut uses = 0;
        for event in &self.events {
            for session in &event.sessions {
                uses += session.responsible.iter().filter(|p| **p == id).count();
                uses += session.observers.iter().filter(|p| **p == id).count();
                uses += session.attendees.iter().filter(|p| **p == id).count();
                if let Some(lesson) = &session.lesson {
                    uses += lesson.teachers.iter().filter(|p| **p == id).count();
                }
            }
            uses += event.registrations.iter().filter(|r| r.person == id).count();
            uses += event.observations.iter().filter(|o| o.observer == id).count();
            uses += event.feedback.iter().filter(|f| f.respondent == Some(id)).count();
        }
        for mentorship in &self.mentorships {
            uses += usize::from(mentorship.mentor == id);
            uses += mentorship.mentees.iter().filter(|p| **p == id).count();
        }
        for programme in &self.programmes {
            uses += programme.people().filter(|p| *p == id).count();
        }
        for course in &self.courses {
            uses += course.participants.iter().filter(|p| p.person == id).count();
        }
        for network in &self.networks {
            uses += network.members.iter().filter(|m| m.coordinator == Some(id)).count();
        }
        for plan in &self.year_plans {
            uses += plan.rows.iter().flat_map(|r| &r.responsible).filter(|p| **p == id).count();
        }
        uses += self.awards.iter().filter(|a| a.person == id).count();
        uses
    }
}

/// A programme, each approval and each pair runs forwards in time.
fn check_programme(programme: &MentoringProgramme) -> Result<(), EditError> {
    let periods = std::iter::once((programme.starts_on, programme.ends_on))
        .chain(programme.mentors.iter().map(|m| (m.starts_on, m.ends_on)))
        .chain(programme.pairs.iter().map(|p| (p.starts_on, p.ends_on)));
    for (starts_on, ends_on) in periods {
        if ends_on < starts_on {
            return Err(EditError::EndsBeforeStart);
        }
    }
    Ok(())
}

fn check_rooms(event: &Event) -> Result<(), EditError> {
    for session in &event.sessions {
        if let Some(room) = session.room
            && !event.rooms.iter().any(|r| r.id == room)
        {
            let sessions = event.sessions.iter().filter(|s| s.room == Some(room)).count();
            return Err(EditError::RoomInUse { room: room.to_string(), sessions });
        }
    }
    Ok(())
}

/// Taking a signatory away: the documents that chose her let go of her in
/// the same step, so that one undo brings both back.
pub fn signatory_removal(project: &Project, id: SignatoryId) -> Edit {
    let mut edits: Vec<Edit> = project
        .documents
        .iter()
        .filter(|(_, settings)| settings.signatories.contains(&id))
        .map(|(code, settings)| {
            let mut settings = settings.clone();
            settings.signatories.retain(|s| *s != id);
            Edit::Document { code: code.clone(), settings: Box::new(settings) }
        })
        .collect();
    edits.push(Edit::Signatory(Box::new(ItemEdit::Remove(id))));
    Edit::Batch(edits)
}

pub(crate) fn apply_item<T: Keyed>(
    items: &mut Vec<T>,
    change: ItemEdit<T>,
) -> Result<ItemEdit<T>, EditError> {
    match change {
        ItemEdit::Put(item) => match items.iter().position(|i| i.key() == item.key()) {
            Some(index) => Ok(ItemEdit::Put(std::mem::replace(&mut items[index], item))),
            None => {
                let key = item.key();
                items.push(item);
                Ok(ItemEdit::Remove(key))
            }
        },
        ItemEdit::Insert(index, item) => {
            let key = item.key();
            items.insert(index.min(items.len()), item);
            Ok(ItemEdit::Remove(key))
        }
        ItemEdit::Remove(key) => {
            let index = items.iter().position(|i| i.key() == key).ok_or(EditError::NotFound)?;
            Ok(ItemEdit::Insert(index, items.remove(index)))
        }
    }
}

/// Undo and redo stacks of inverse edits.
#[derive(Debug, Clone)]
pub struct History {
    undo: VecDeque<Edit>,
    redo: Vec<Edit>,
    limit: usize,
    /// The run of typing the last step belongs to: its further letters
    /// join that step, so that one undo takes back the whole run.
    run: Option<u64>,
}

impl Default for History {
    fn default() -> Self {
        Self::with_limit(Self::DEFAULT_LIMIT)
    }
}

impl History {
    /// More than the hundred steps users were promised; inverse edits are
    /// small, so this costs little memory.
    pub const DEFAULT_LIMIT: usize = 500;

    pub fn with_limit(limit: usize) -> Self {
        History { undo: VecDeque::new(), redo: Vec::new(), limit: limit.max(1), run: None }
    }

    /// Applies `edit`; returns false when it changed nothing (a form saved
    /// as it was), which leaves no step to undo.
    pub fn apply(&mut self, project: &mut Project, edit: Edit) -> Result<bool, EditError> {
        self.run = None;
        self.push(project, edit)
    }

    /// Applies `edit` as part of the run of typing `run` (one note, one
    /// field): the first edit of a run is a step of its own, and the
    /// following ones join it, so one undo takes back all that was typed
    /// in the run and nothing before it.
    pub fn apply_typing(&mut self, project: &mut Project, edit: Edit, run: u64) -> Result<bool, EditError> {
        if self.run != Some(run) || self.undo.is_empty() {
            let changed = self.push(project, edit)?;
            self.run = changed.then_some(run);
            return Ok(changed);
        }
        // The run's first inverse already restores what was there before
        // it; this one is not needed.
        let requested = edit.clone();
        let inverse = project.apply(edit)?;
        if inverse != requested {
            self.redo.clear();
        }
        Ok(inverse != requested)
    }

    fn push(&mut self, project: &mut Project, edit: Edit) -> Result<bool, EditError> {
        let requested = edit.clone();
        let inverse = project.apply(edit)?;
        if inverse == requested {
            return Ok(false);
        }
        if self.undo.len() == self.limit {
            self.undo.pop_front();
        }
        self.undo.push_back(inverse);
        self.redo.clear();
        Ok(true)
    }

    /// Returns false when there is nothing to undo.
    pub fn undo(&mut self, project: &mut Project) -> bool {
        self.run = None;
        let Some(edit) = self.undo.pop_back() else { return false };
        match project.apply(edit) {
            Ok(inverse) => {
                self.redo.push(inverse);
                true
            }
            // An inverse always applies to the state it was made from; if it
            // does not, the stacks no longer match the project.
            Err(_) => {
                self.clear();
                false
            }
        }
    }

    pub fn redo(&mut self, project: &mut Project) -> bool {
        self.run = None;
        let Some(edit) = self.redo.pop() else { return false };
        match project.apply(edit) {
            Ok(inverse) => {
                self.undo.push_back(inverse);
                true
            }
            Err(_) => {
                self.clear();
                false
            }
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn clear(&mut self) {
        self.run = None;
        self.undo.clear();
        self.redo.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    fn project_with_a_person() -> (Project, Person) {
        let mut project = Project::new("Шамшырақ", "Жетісу аудандық білім бөлімі", Utc::now());
        let person = Person { full_name: "Қожабекова Г.".into(), ..Person::default() };
        project.people.push(person.clone());
        (project, person)
    }

    #[test]
    fn an_edit_that_changes_nothing_leaves_no_step_to_undo() {
        let (mut project, person) = project_with_a_person();
        let mut history = History::default();
        let same = Edit::Person(Box::new(ItemEdit::Put(person.clone())));
        assert_eq!(history.apply(&mut project, same), Ok(false));
        assert!(!history.can_undo());
        let renamed = Person { full_name: "Қожабекова Гүлнар".into(), ..person };
        assert_eq!(history.apply(&mut project, Edit::Person(Box::new(ItemEdit::Put(renamed)))), Ok(true));
        assert!(history.undo(&mut project));
        assert_eq!(project.people[0].full_name, "Қожабекова Г.");
    }

    #[test]
    fn a_hundred_and_more_steps_are_undone_in_order() {
        let (mut project, person) = project_with_a_person();
        let mut history = History::default();
        for step in 1..=150 {
            let edit = Person { full_name: format!("Қожабекова Г. ({step})"), ..person.clone() };
            history.apply(&mut project, Edit::Person(Box::new(ItemEdit::Put(edit)))).unwrap();
        }
        for step in (1..150).rev() {
            assert!(history.undo(&mut project));
            assert_eq!(project.people[0].full_name, format!("Қожабекова Г. ({step})"));
        }
        assert!(history.undo(&mut project));
        assert_eq!(project.people[0].full_name, "Қожабекова Г.");
        assert!(!history.can_undo());
    }

    #[test]
    fn the_letters_of_one_run_are_undone_together_and_never_past_it() {
        let (mut project, person) = project_with_a_person();
        let mut history = History::default();
        let named = |name: &str| {
            Edit::Person(Box::new(ItemEdit::Put(Person { full_name: name.into(), ..person.clone() })))
        };
        history.apply(&mut project, named("Қожабекова")).unwrap();
        for typed in ["Қожабекова Г", "Қожабекова Гү", "Қожабекова Гүл"] {
            history.apply_typing(&mut project, named(typed), 1).unwrap();
        }
        for typed in ["Қожабекова Гүл (ағылшын", "Қожабекова Гүл (ағылшын)"]
        {
            history.apply_typing(&mut project, named(typed), 2).unwrap();
        }
        assert!(history.undo(&mut project), "the second run");
        assert_eq!(project.people[0].full_name, "Қожабекова Гүл");
        assert!(history.undo(&mut project), "the first run, whole");
        assert_eq!(project.people[0].full_name, "Қожабекова");
        assert!(history.redo(&mut project));
        assert_eq!(project.people[0].full_name, "Қожабекова Гүл");
        // After an undo, typing in the same run starts a new step.
        history.apply_typing(&mut project, named("Қожабекова Гүлн"), 1).unwrap();
        assert!(history.undo(&mut project));
        assert_eq!(project.people[0].full_name, "Қожабекова Гүл");
    }

    #[test]
    fn programmes_networks_plans_and_courses_undo_exactly() {
        use chrono::NaiveDate;
        let day = |m, d| NaiveDate::from_ymd_opt(2025, m, d).unwrap();
        let mut project = Project::new("Желі", "", chrono::Utc::now());
        let school = School { name: "№1 мектеп".into(), ..School::default() };
        let teacher =
            Person {
                full_name: "Айгүл Серікқызы".into(), school: Some(school.id), ..Person::default()
            };
        let (school_id, teacher_id) = (school.id, teacher.id);
        project.schools.push(school);
        project.people.push(teacher);
        let original = project.clone();
        let mut history = History::default();

        let mut programme = MentoringProgramme::new("Тәлімгерлік", day(9, 1), day(12, 31));
        programme.directions.push(Direction {
            id: DirectionId::new(),
            name: "Гуманитарлық".into(),
            responsible: vec![],
            extra: Extra::new(),
        });
        programme.approve(teacher_id, programme.directions[0].id);
        let mut course = Course::new("Цифрлық сауаттылық", 72, day(10, 1), day(10, 20));
        course.enrol([teacher_id]);
        let network = Network {
            id: NetworkId::new(),
            title: "Желі".into(),
            leading: school_id,
            members: vec![],
            extra: Extra::new(),
        };
        let mut plan = YearPlan::for_year_of("Жоспар", day(10, 1));
        plan.rows.push(PlanRow { title: "Форум".into(), host: Some(school_id), ..PlanRow::default() });
        for edit in [
            Edit::Programme(Box::new(ItemEdit::Put(programme.clone()))),
            Edit::Course(Box::new(ItemEdit::Put(course.clone()))),
            Edit::Network(Box::new(ItemEdit::Put(network))),
            Edit::YearPlan(Box::new(ItemEdit::Put(plan))),
        ] {
            assert!(history.apply(&mut project, edit).unwrap());
        }
        assert_eq!(project.uses_of_person(teacher_id), 2, "a mentor and a course participant");
        assert!(matches!(
            project.apply(Edit::School(Box::new(ItemEdit::Remove(school_id)))),
            Err(EditError::SchoolInUse { .. })
        ));

        // A task ticked is the programme put again; undo unticks it.
        let mut ticked = project.programmes[0].clone();
        let pair = ticked.pair_up(teacher_id, vec![]).unwrap();
        ticked.pair_mut(pair).unwrap().plan.push(crate::domain::mentoring::Pair::new_task("ҚМЖ құру", None));
        history.apply(&mut project, Edit::Programme(Box::new(ItemEdit::Put(ticked)))).unwrap();
        assert_eq!(project.programmes[0].pairs.len(), 1);
        assert!(history.undo(&mut project));
        assert_eq!(project.programmes[0], programme);

        // Periods that end before they start are refused, and change nothing.
        let backwards = Course { ends_on: day(9, 1), ..course };
        assert_eq!(
            history.apply(&mut project, Edit::Course(Box::new(ItemEdit::Put(backwards)))),
            Err(EditError::EndsBeforeStart)
        );
        let mut pair_backwards = programme.clone();
        let pair = pair_backwards.pair_up(teacher_id, vec![]).unwrap();
        pair_backwards.pair_mut(pair).unwrap().ends_on = day(8, 1);
        assert_eq!(
            history.apply(&mut project, Edit::Programme(Box::new(ItemEdit::Put(pair_backwards)))),
            Err(EditError::EndsBeforeStart)
        );

        while history.undo(&mut project) {}
        assert_eq!(project, original);
    }
}
