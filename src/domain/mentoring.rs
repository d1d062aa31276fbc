//! A mentorship programme (тәлімгерлік, наставничество, «Устат-шакирт»):
//! mentors approved per direction for a term, pairs of a mentor and her
//! mentees, each pair's individual plan and the log of what they did.
//!
//! Progress is always computed from the plan and the log, never stored,
//! so that it cannot disagree with them.

use super::ids::*;
use super::model::{Extra, Mentorship, Project};
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A pair with no contact for longer than this is flagged: a month, as
/// methodologists check their pairs.
pub const STALE_AFTER_DAYS: i64 = 30;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MentoringProgramme {
    pub id: ProgrammeId,
    pub title: String,
    #[serde(default)]
    pub organiser: String,
    /// The order that approved the mentors; the annex prints it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<Order>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    #[serde(default)]
    pub directions: Vec<Direction>,
    #[serde(default)]
    pub mentors: Vec<ApprovedMentor>,
    #[serde(default)]
    pub pairs: Vec<Pair>,
    /// The programme's own events: the hearing, open-door days.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<EventId>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Order {
    pub number: String,
    pub date: NaiveDate,
}

impl Order {
    /// The number without a «№» typed into it: the sign is written before
    /// it wherever it is shown, and must not appear twice.
    pub fn bare_number(&self) -> &str {
        self.number.trim().trim_start_matches('№').trim_start()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Direction {
    pub id: DirectionId,
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsible: Vec<PersonId>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ApprovedMentor {
    pub person: PersonId,
    pub direction: DirectionId,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PairStatus {
    #[default]
    Active,
    Completed,
    EndedEarly,
}

impl PairStatus {
    pub const ALL: [PairStatus; 3] = [Self::Active, Self::Completed, Self::EndedEarly];
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Pair {
    pub id: PairId,
    pub mentor: PersonId,
    #[serde(default)]
    pub mentees: Vec<PersonId>,
    pub direction: DirectionId,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    #[serde(default)]
    pub status: PairStatus,
    /// Why a pair ended early: the mentee moved, went on leave.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub end_reason: String,
    #[serde(default)]
    pub plan: Vec<PlanTask>,
    #[serde(default)]
    pub activities: Vec<Activity>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PlanTask {
    pub id: PlanTaskId,
    pub task: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub done: bool,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    #[default]
    Meeting,
    Consultation,
    /// The mentor visited the mentee's lesson.
    MenteeLessonVisited,
    /// The mentee visited the mentor's lesson.
    MentorLessonVisited,
    Other,
}

impl ActivityKind {
    pub const ALL: [ActivityKind; 5] = [
        Self::Meeting,
        Self::Consultation,
        Self::MenteeLessonVisited,
        Self::MentorLessonVisited,
        Self::Other,
    ];

    pub fn is_visit(self) -> bool {
        matches!(self, Self::MenteeLessonVisited | Self::MentorLessonVisited)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Activity {
    pub id: ActivityId,
    pub date: NaiveDate,
    #[serde(default)]
    pub kind: ActivityKind,
    /// Academic hours, halves allowed.
    #[serde(default)]
    pub hours: f64,
    #[serde(default)]
    pub notes: String,
    /// The observation recorded at a visited lesson: its sheet serves the
    /// pair's portfolio and the teacher's history alike.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observation: Option<ObservationId>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl MentoringProgramme {
    pub fn new(title: impl Into<String>, starts_on: NaiveDate, ends_on: NaiveDate) -> Self {
        MentoringProgramme {
            id: ProgrammeId::new(),
            title: title.into(),
            organiser: String::new(),
            order: None,
            starts_on,
            ends_on,
            directions: Vec::new(),
            mentors: Vec::new(),
            pairs: Vec::new(),
            events: Vec::new(),
            extra: Extra::new(),
        }
    }

    pub fn direction(&self, id: DirectionId) -> Option<&Direction> {
        self.directions.iter().find(|d| d.id == id)
    }

    pub fn pair(&self, id: PairId) -> Option<&Pair> {
        self.pairs.iter().find(|p| p.id == id)
    }

    pub fn pair_mut(&mut self, id: PairId) -> Option<&mut Pair> {
        self.pairs.iter_mut().find(|p| p.id == id)
    }

    /// The approval of this person in this programme, if she is a mentor.
    pub fn mentor(&self, person: PersonId) -> Option<&ApprovedMentor> {
        self.mentors.iter().find(|m| m.person == person)
    }

    /// Approves a mentor for a direction over the programme's term; a
    /// second approval of the same person moves her to the new direction.
    pub fn approve(&mut self, person: PersonId, direction: DirectionId) {
        match self.mentors.iter_mut().find(|m| m.person == person) {
            Some(mentor) => mentor.direction = direction,
            None => self.mentors.push(ApprovedMentor {
                person,
                direction,
                starts_on: self.starts_on,
                ends_on: self.ends_on,
                extra: Extra::new(),
            }),
        }
    }

    /// Pairs an approved mentor with mentees, in her direction and term.
    /// `None` when the person is not approved in this programme.
    pub fn pair_up(&mut self, mentor: PersonId, mentees: Vec<PersonId>) -> Option<PairId> {
        let approval = self.mentor(mentor)?;
        let pair = Pair {
            id: PairId::new(),
            mentor,
            mentees,
            direction: approval.direction,
            starts_on: approval.starts_on,
            ends_on: approval.ends_on,
            status: PairStatus::Active,
            end_reason: String::new(),
            plan: Vec::new(),
            activities: Vec::new(),
            extra: Extra::new(),
        };
        let id = pair.id;
        self.pairs.push(pair);
        Some(id)
    }

    /// Everyone the programme names, for the check that a person in use is
    /// not deleted.
    pub fn people(&self) -> impl Iterator<Item = PersonId> + '_ {
        self.directions
            .iter()
            .flat_map(|d| d.responsible.iter().copied())
            .chain(self.mentors.iter().map(|m| m.person))
            .chain(self.pairs.iter().flat_map(|p| std::iter::once(p.mentor).chain(p.mentees.iter().copied())))
    }
}

impl Pair {
    pub fn new_task(task: impl Into<String>, due: Option<NaiveDate>) -> PlanTask {
        PlanTask { id: PlanTaskId::new(), task: task.into(), due, done: false, extra: Extra::new() }
    }

    pub fn new_activity(
        date: NaiveDate,
        kind: ActivityKind,
        hours: f64,
        notes: impl Into<String>,
    ) -> Activity {
        Activity {
            id: ActivityId::new(),
            date,
            kind,
            hours,
            notes: notes.into(),
            observation: None,
            extra: Extra::new(),
        }
    }

    /// The plan and the log in the order they are read: by date, undated
    /// tasks last.
    pub fn sort(&mut self) {
        self.plan.sort_by_key(|t| (t.due.is_none(), t.due));
        self.activities.sort_by_key(|a| a.date);
    }

    pub fn progress(&self, today: NaiveDate) -> Progress {
        let mut progress = Progress {
            tasks: self.plan.len(),
            tasks_done: self.plan.iter().filter(|t| t.done).count(),
            tasks_overdue: self
                .plan
                .iter()
                .filter(|t| !t.done && t.due.is_some_and(|due| due < today))
                .count(),
            activities: self.activities.len(),
            visits: self.activities.iter().filter(|a| a.kind.is_visit()).count(),
            hours: self.activities.iter().map(|a| a.hours.max(0.0)).sum(),
            last_contact: self.activities.iter().map(|a| a.date).filter(|d| *d <= today).max(),
            pairs: 1,
            stale: 0,
        };
        progress.stale = usize::from(self.is_stale(progress.last_contact, today));
        progress
    }

    /// An active pair that has not met for a month, counted from its start
    /// when it has not met at all. A pair not started yet is not late.
    fn is_stale(&self, last_contact: Option<NaiveDate>, today: NaiveDate) -> bool {
        if self.status != PairStatus::Active || self.starts_on > today || self.ends_on < today {
            return false;
        }
        let since = last_contact.unwrap_or(self.starts_on);
        (today - since).num_days() > STALE_AFTER_DAYS
    }
}

/// What a pair, a direction or a programme has done.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Progress {
    pub pairs: usize,
    pub tasks: usize,
    pub tasks_done: usize,
    pub tasks_overdue: usize,
    pub activities: usize,
    pub visits: usize,
    pub hours: f64,
    pub last_contact: Option<NaiveDate>,
    /// Pairs with no contact for a month.
    pub stale: usize,
}

impl Progress {
    pub fn add(&mut self, other: &Progress) {
        self.pairs += other.pairs;
        self.tasks += other.tasks;
        self.tasks_done += other.tasks_done;
        self.tasks_overdue += other.tasks_overdue;
        self.activities += other.activities;
        self.visits += other.visits;
        self.hours += other.hours;
        self.last_contact = self.last_contact.max(other.last_contact);
        self.stale += other.stale;
    }

    /// Done tasks in whole percent; a plan with no tasks is at 0.
    pub fn percent_done(&self) -> u32 {
        (self.tasks_done * 100).checked_div(self.tasks).unwrap_or(0) as u32
    }
}

/// Progress per direction, in the programme's order of directions, then
/// the whole programme's.
pub fn progress_by_direction(
    programme: &MentoringProgramme,
    today: NaiveDate,
) -> (Vec<(DirectionId, Progress)>, Progress) {
    let mut by_direction: Vec<(DirectionId, Progress)> =
        programme.directions.iter().map(|d| (d.id, Progress::default())).collect();
    let mut total = Progress::default();
    for pair in &programme.pairs {
        let progress = pair.progress(today);
        if let Some((_, sum)) = by_direction.iter_mut().find(|(d, _)| *d == pair.direction) {
            sum.add(&progress);
        }
        total.add(&progress);
    }
    (by_direction, total)
}

/// Every pair's progress at once, for the programme's table and its report.
pub fn all_progress(programme: &MentoringProgramme, today: NaiveDate) -> Vec<(PairId, Progress)> {
    programme.pairs.iter().map(|p| (p.id, p.progress(today))).collect()
}

/// The mentorships of files written before programmes existed, folded into
/// one programme so that nothing recorded in them is lost: each becomes a
/// pair, its direction a direction, its visits the pair's activities.
pub fn fold_mentorships(project: &mut Project, title: &str) {
    if project.mentorships.is_empty() {
        return;
    }
    let mentorships = std::mem::take(&mut project.mentorships);
    let starts_on = mentorships.iter().map(|m| m.starts_on).min().unwrap_or_default();
    let ends_on = mentorships.iter().map(|m| m.ends_on).max().unwrap_or_default();
    let mut programme = MentoringProgramme::new(title, starts_on, ends_on);
    programme.organiser = project.organizer.clone();
    for mentorship in mentorships {
        let direction = direction_named(&mut programme, &mentorship.direction);
        programme.mentors.retain(|m| m.person != mentorship.mentor);
        programme.mentors.push(ApprovedMentor {
            person: mentorship.mentor,
            direction,
            starts_on: mentorship.starts_on,
            ends_on: mentorship.ends_on,
            extra: Extra::new(),
        });
        programme.pairs.push(pair_of(mentorship, direction));
    }
    project.programmes.push(programme);
}

fn direction_named(programme: &mut MentoringProgramme, name: &str) -> DirectionId {
    let name = name.trim();
    if let Some(direction) = programme.directions.iter().find(|d| d.name == name) {
        return direction.id;
    }
    let direction = Direction {
        id: DirectionId::new(),
        name: name.to_owned(),
        responsible: Vec::new(),
        extra: Extra::new(),
    };
    let id = direction.id;
    programme.directions.push(direction);
    id
}

fn pair_of(mentorship: Mentorship, direction: DirectionId) -> Pair {
    let plan = (!mentorship.goals.trim().is_empty())
        .then(|| Pair::new_task(mentorship.goals.trim(), None))
        .into_iter()
        .collect();
    let activities = mentorship
        .visits
        .into_iter()
        .map(|visit| {
            let notes = [visit.topic.trim(), visit.notes.trim()]
                .into_iter()
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join(". ");
            Pair::new_activity(visit.date, ActivityKind::MenteeLessonVisited, 0.0, notes)
        })
        .collect();
    Pair {
        // The old id is kept, so that two copies folded apart still merge.
        id: PairId(mentorship.id.0),
        mentor: mentorship.mentor,
        mentees: mentorship.mentees,
        direction,
        starts_on: mentorship.starts_on,
        ends_on: mentorship.ends_on,
        status: PairStatus::Active,
        end_reason: String::new(),
        plan,
        activities,
        extra: mentorship.extra,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, m, d).unwrap()
    }

    fn programme() -> (MentoringProgramme, PersonId, PairId) {
        let mut programme = MentoringProgramme::new("Устат-шакирт", day(1, 10), day(12, 31));
        let direction = Direction {
            id: DirectionId::new(),
            name: "Жаратылыстану".into(),
            responsible: vec![],
            extra: Extra::new(),
        };
        let direction_id = direction.id;
        programme.directions.push(direction);
        let mentor = PersonId::new();
        assert!(programme.pair_up(mentor, vec![PersonId::new()]).is_none(), "not approved yet");
        programme.approve(mentor, direction_id);
        let pair = programme.pair_up(mentor, vec![PersonId::new()]).unwrap();
        (programme, mentor, pair)
    }

    #[test]
    fn an_order_number_typed_with_its_sign_is_shown_with_one() {
        for typed in ["№214", " № 214", "214"] {
            assert_eq!(Order { number: typed.into(), date: day(8, 27) }.bare_number(), "214", "{typed:?}");
        }
    }

    #[test]
    fn a_pair_takes_its_mentors_direction_and_term() {
        let (programme, mentor, pair) = programme();
        let pair = programme.pair(pair).unwrap();
        let approval = programme.mentor(mentor).unwrap();
        assert_eq!(pair.direction, approval.direction);
        assert_eq!((pair.starts_on, pair.ends_on), (day(1, 10), day(12, 31)));
    }

    #[test]
    fn progress_counts_the_plan_and_the_log() {
        let (mut programme, _, pair_id) = programme();
        let pair = programme.pair_mut(pair_id).unwrap();
        pair.plan.push(Pair::new_task("ҚМЖ құру", Some(day(2, 1))));
        pair.plan.push(Pair::new_task("Критериалды бағалау", Some(day(3, 1))));
        pair.plan.push(Pair::new_task("Өзара сабаққа қатысу", None));
        pair.plan[0].done = true;
        pair.activities.push(Pair::new_activity(day(1, 20), ActivityKind::Meeting, 1.0, ""));
        pair.activities.push(Pair::new_activity(day(2, 5), ActivityKind::MenteeLessonVisited, 1.5, ""));
        // Planned ahead, not yet a contact.
        pair.activities.push(Pair::new_activity(day(4, 1), ActivityKind::Consultation, 1.0, ""));
        let progress = pair.progress(day(3, 10));
        assert_eq!((progress.tasks, progress.tasks_done, progress.tasks_overdue), (3, 1, 1));
        assert_eq!((progress.activities, progress.visits), (3, 1));
        assert!((progress.hours - 3.5).abs() < 1e-9);
        assert_eq!(progress.last_contact, Some(day(2, 5)));
        assert_eq!(progress.stale, 1, "no contact since 5 February on 10 March");
        assert_eq!(progress.percent_done(), 33);
        assert_eq!(pair.progress(day(3, 6)).stale, 0, "29 days is within a month");
    }

    #[test]
    fn finished_and_future_pairs_are_never_stale() {
        let (mut programme, _, pair_id) = programme();
        let pair = programme.pair_mut(pair_id).unwrap();
        assert_eq!(pair.progress(day(1, 5)).stale, 0, "before it starts");
        assert_eq!(pair.progress(day(3, 1)).stale, 1, "never met since 10 January");
        pair.status = PairStatus::EndedEarly;
        assert_eq!(pair.progress(day(3, 1)).stale, 0);
    }

    #[test]
    fn directions_add_up_to_the_programme() {
        let (mut programme, mentor, pair_id) = programme();
        let second = Direction {
            id: DirectionId::new(),
            name: "Гуманитарлық".into(),
            responsible: vec![],
            extra: Extra::new(),
        };
        let second_id = second.id;
        programme.directions.push(second);
        let other = PersonId::new();
        programme.approve(other, second_id);
        let other_pair = programme.pair_up(other, vec![PersonId::new(), PersonId::new()]).unwrap();
        programme.pair_mut(pair_id).unwrap().activities.push(Pair::new_activity(
            day(2, 1),
            ActivityKind::Meeting,
            2.0,
            "",
        ));
        programme.pair_mut(other_pair).unwrap().activities.push(Pair::new_activity(
            day(2, 2),
            ActivityKind::Meeting,
            1.0,
            "",
        ));
        programme.pair_mut(other_pair).unwrap().activities.push(Pair::new_activity(
            day(2, 3),
            ActivityKind::Meeting,
            1.0,
            "",
        ));
        let (by_direction, total) = progress_by_direction(&programme, day(2, 10));
        assert_eq!(by_direction.len(), 2);
        assert_eq!(by_direction[0].1.activities, 1);
        assert_eq!(by_direction[1].1.activities, 2);
        assert_eq!(total.activities, 3);
        assert_eq!(total.pairs, 2);
        assert!((total.hours - 4.0).abs() < 1e-9);
        assert_eq!(programme.mentor(mentor).unwrap().direction, programme.directions[0].id);
    }

    #[test]
    fn old_mentorships_fold_into_a_programme_without_loss() {
        let mut project = Project::new("Тәлімгерлік", "№57 мектеп", chrono::Utc::now());
        let mentor = PersonId::new();
        let mentee = PersonId::new();
        project.mentorships.push(Mentorship {
            id: MentorshipId::new(),
            mentor,
            mentees: vec![mentee],
            direction: "Бастауыш сынып".into(),
            starts_on: day(9, 1),
            ends_on: day(12, 31),
            goals: "ҚМЖ құруды үйрету".into(),
            visits: vec![super::super::model::MentorVisit {
                date: day(10, 3),
                session: None,
                topic: "Ана тілі".into(),
                notes: "Кері байланыс берілді".into(),
                extra: Extra::new(),
            }],
            extra: Extra::new(),
        });
        let id = project.mentorships[0].id;
        fold_mentorships(&mut project, "Тәлімгерлік");
        assert!(project.mentorships.is_empty());
        let programme = &project.programmes[0];
        assert_eq!(programme.directions[0].name, "Бастауыш сынып");
        let pair = &programme.pairs[0];
        assert_eq!(pair.id.0, id.0);
        assert_eq!((pair.mentor, pair.mentees.clone()), (mentor, vec![mentee]));
        assert_eq!(pair.plan[0].task, "ҚМЖ құруды үйрету");
        assert_eq!(pair.activities[0].notes, "Ана тілі. Кері байланыс берілді");
        assert_eq!(programme.mentor(mentor).unwrap().direction, programme.directions[0].id);
    }
}
