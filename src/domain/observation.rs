//! Lesson observations: the sheets observers fill in (templates and their
//! versions), the observations themselves, a lesson's summary over all its
//! observers, and a teacher's history across events and projects.

use super::edit::{Edit, EditError, ItemEdit, Keyed, apply_item};
use super::ids::*;
use super::model::*;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

/// The criteria of the default sheet, in its order: what the updated
/// curriculum asks an observer to look at in a lesson. Their titles and
/// descriptors are words of the user's language, so the i18n layer fills
/// them in.
pub const DEFAULT_CRITERIA: [&str; 8] = [
    "objectives",
    "differentiation",
    "assessment",
    "engagement",
    "time",
    "resources",
    "climate",
    "reflection",
];

impl Keyed for Observation {
    type Key = ObservationId;
    fn key(&self) -> ObservationId {
        self.id
    }
}

impl Keyed for ObservationTemplate {
    type Key = TemplateId;
    fn key(&self) -> TemplateId {
        self.id
    }
}

impl Scale {
    pub const ALL: [Scale; 2] = [Scale::FourLevels, Scale::YesPartlyNo];

    /// The highest level; levels run from 1 up to it (for yes/partly/no:
    /// 1 no, 2 partly, 3 yes).
    pub fn top(self) -> u8 {
        match self {
            Scale::FourLevels => 4,
            Scale::YesPartlyNo => 3,
        }
    }
}

impl Project {
    pub fn template(&self, id: TemplateId) -> Option<&ObservationTemplate> {
        self.observation_templates.iter().find(|t| t.id == id)
    }

    /// Does any observation point at this template?
    pub fn template_in_use(&self, id: TemplateId) -> bool {
        self.events.iter().any(|e| e.observations.iter().any(|o| o.template == id))
    }

    /// The newest version of the template `id` grew into: the one whose
    /// chain of `previous` leads back to it.
    pub fn latest_template(&self, id: TemplateId) -> Option<&ObservationTemplate> {
        let mut current = self.template(id)?;
        // A damaged file could make the chain a loop; a chain is never
        // longer than the list.
        for _ in 0..self.observation_templates.len() {
            match self.observation_templates.iter().find(|t| t.previous == Some(current.id)) {
                Some(next) => current = next,
                None => break,
            }
        }
        Some(current)
    }

    /// Templates a user picks from: the newest version of each.
    pub fn current_templates(&self) -> impl Iterator<Item = &ObservationTemplate> {
        self.observation_templates
            .iter()
            .filter(|t| !self.observation_templates.iter().any(|n| n.previous == Some(t.id)))
    }

    /// Changes a template; one in use by observations is never changed in
    /// place, so an observation always shows the criteria it was made
    /// against.
    pub(crate) fn apply_template(
        &mut self,
        change: ItemEdit<ObservationTemplate>,
    ) -> Result<ItemEdit<ObservationTemplate>, EditError> {
        match &change {
            ItemEdit::Put(template) => {
                if let Some(old) = self.template(template.id)
                    && old != template
                    && self.template_in_use(template.id)
                {
                    return Err(EditError::TemplateInUse);
                }
            }
            ItemEdit::Remove(id) => {
                if self.template_in_use(*id) {
                    return Err(EditError::TemplateInUse);
                }
            }
            ItemEdit::Insert(..) => {}
        }
        apply_item(&mut self.observation_templates, change)
    }

    pub(crate) fn apply_observation(
        &mut self,
        event: EventId,
        change: ItemEdit<Observation>,
    ) -> Result<ItemEdit<Observation>, EditError> {
        if let ItemEdit::Put(observation) | ItemEdit::Insert(_, observation) = &change {
            self.template(observation.template).ok_or(EditError::NotFound)?;
        }
        let event = self.events.iter_mut().find(|e| e.id == event).ok_or(EditError::NotFound)?;
        if let ItemEdit::Put(observation) | ItemEdit::Insert(_, observation) = &change
            && !event.sessions.iter().any(|s| s.id == observation.session)
        {
            return Err(EditError::NotFound);
        }
        apply_item(&mut event.observations, change)
    }
}

/// The edit that saves `edited`: in place while no observation uses the
/// template, otherwise as its next version, with a new id that points back
/// at the one it replaces.
pub fn save_template(project: &Project, mut edited: ObservationTemplate) -> Edit {
    if let Some(old) = project.template(edited.id)
        && *old != edited
        && project.template_in_use(edited.id)
    {
        edited.previous = Some(old.id);
        edited.version = old.version + 1;
        edited.id = TemplateId::new();
    }
    Edit::Template(Box::new(ItemEdit::Put(edited)))
}

/// A template of the user's own, starting from another: she edits the copy
/// and the original stays as it was.
pub fn copy_template(template: &ObservationTemplate, name: String) -> ObservationTemplate {
    ObservationTemplate { id: TemplateId::new(), name, version: 1, previous: None, ..template.clone() }
}

/// Adds a criterion at the end and returns its key, one no other criterion
/// of the template has, so ratings of different criteria never mix.
pub fn add_criterion(template: &mut ObservationTemplate, title: String) -> String {
    let key = (template.criteria.len() + 1..)
        .map(|n| format!("criterion-{n}"))
        .find(|k| !template.criteria.iter().any(|c| &c.key == k))
        .expect("an unbounded range has a free key");
    template.criteria.push(Criterion { key: key.clone(), title, ..Criterion::default() });
    key
}

pub fn remove_criterion(template: &mut ObservationTemplate, index: usize) {
    if index < template.criteria.len() {
        template.criteria.remove(index);
    }
}

/// Moves a criterion one place up (`up`) or down; at the edge, nothing.
pub fn move_criterion(template: &mut ObservationTemplate, index: usize, up: bool) {
    super::move_item(&mut template.criteria, index, up);
}

/// Sessions in which a lesson is shown and can be observed.
pub fn observable_sessions(event: &Event) -> impl Iterator<Item = &Session> {
    event.sessions.iter().filter(|s| s.lesson.is_some())
}

/// A level pressed on the sheet; pressing the level a criterion already
/// has takes it away again, so a slip of the finger is undone by the same
/// key.
pub fn set_level(observation: &mut Observation, scale: Scale, key: &str, level: u8) -> bool {
    if level == 0 || level > scale.top() {
        return false;
    }
    if observation.ratings.get(key) == Some(&level) {
        observation.ratings.remove(key);
    } else {
        observation.ratings.insert(key.to_owned(), level);
    }
    true
}

/// A new, empty sheet for one observer of one lesson.
pub fn new_observation(
    session: SessionId,
    observer: PersonId,
    template: TemplateId,
    now: chrono::DateTime<chrono::Utc>,
) -> Observation {
    Observation {
        id: ObservationId::new(),
        session,
        observer,
        template,
        ratings: BTreeMap::new(),
        notes: Vec::new(),
        strengths: String::new(),
        improvements: String::new(),
        recommendation: String::new(),
        status: ObservationStatus::Draft,
        modified: now,
        extra: Extra::new(),
    }
}

/// Seconds into the lesson at `now`: from its planned start while the
/// lesson is on; otherwise (a lesson moved, or watched later on video)
/// from where the notes written so far end.
pub fn lesson_clock(session: &Session, now: NaiveDateTime, notes: &[ObservationNote]) -> u32 {
    let start = session.day.and_time(session.start);
    let end = session.day.and_time(session.end) + TimeDelta::hours(1);
    if (start..=end).contains(&now) {
        u32::try_from((now - start).num_seconds()).unwrap_or(0)
    } else {
        notes.iter().map(|n| n.at).max().unwrap_or(0)
    }
}

/// One criterion of a lesson's summary: the level each observer gave, in
/// the order of [`LessonSummary::observers`], and their mean.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryRow {
    pub key: String,
    pub title: String,
    pub top: u8,
    pub levels: Vec<Option<u8>>,
    pub mean: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SummaryNote {
    pub at: u32,
    pub observer: PersonId,
    pub text: String,
}

/// Everything the observers of one lesson wrote, side by side.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LessonSummary {
    pub observers: Vec<PersonId>,
    pub observations: Vec<ObservationId>,
    pub rows: Vec<SummaryRow>,
    /// Every observer's notes, in the order of the lesson's time.
    pub notes: Vec<SummaryNote>,
}

pub fn lesson_summary(project: &Project, event: &Event, session: SessionId) -> LessonSummary {
    let observations: Vec<&Observation> =
        event.observations.iter().filter(|o| o.session == session).collect();
    let mut rows: Vec<SummaryRow> = Vec::new();
    // Observers may have used different versions of a sheet: a criterion
    // is one row wherever it comes from, in the order it first appears.
    for observation in &observations {
        let Some(template) = project.template(observation.template) else { continue };
        for criterion in &template.criteria {
            if !rows.iter().any(|r| r.key == criterion.key) {
                rows.push(SummaryRow {
                    key: criterion.key.clone(),
                    title: criterion.title.clone(),
                    top: template.scale.top(),
                    levels: Vec::new(),
                    mean: None,
                });
            }
        }
    }
    for row in &mut rows {
        row.levels = observations.iter().map(|o| o.ratings.get(&row.key).copied()).collect();
        row.mean = mean(row.levels.iter().flatten().copied());
    }
    let mut notes: Vec<SummaryNote> = observations
        .iter()
        .flat_map(|o| {
            o.notes.iter().map(|n| SummaryNote { at: n.at, observer: o.observer, text: n.text.clone() })
        })
        .collect();
    // Stable, so two notes of the same second keep their observers' order.
    notes.sort_by_key(|n| n.at);
    LessonSummary {
        observers: observations.iter().map(|o| o.observer).collect(),
        observations: observations.iter().map(|o| o.id).collect(),
        rows,
        notes,
    }
}

fn mean(levels: impl Iterator<Item = u8>) -> Option<f64> {
    let (sum, count) = levels.fold((0u32, 0u32), |(s, c), l| (s + u32::from(l), c + 1));
    (count > 0).then(|| f64::from(sum) / f64::from(count))
}

/// Are these two names the same person's, as typed in two projects? Case
/// and runs of spaces differ between files; letters do not.
pub fn same_name(a: &str, b: &str) -> bool {
    NameMatcher::new(a).matches(b)
}

/// A test of names against `name`, made ready once for many names.
pub fn name_is(name: &str) -> impl Fn(&str) -> bool {
    let matcher = NameMatcher::new(name);
    move |other| matcher.matches(other)
}

/// A name made ready to compare with many others: its words lowercased
/// once, not again for every person of every project.
struct NameMatcher {
    words: Vec<String>,
}

impl NameMatcher {
    fn new(name: &str) -> NameMatcher {
        NameMatcher { words: name.split_whitespace().map(str::to_lowercase).collect() }
    }

    fn matches(&self, name: &str) -> bool {
        let mut words = name.split_whitespace();
        for expected in &self.words {
            let Some(word) = words.next() else { return false };
            // Most names are typed alike: compare bytes before letters.
            if word != expected && !word.chars().flat_map(char::to_lowercase).eq(expected.chars()) {
                return false;
            }
        }
        words.next().is_none()
    }
}

/// One observation of the teacher's lesson.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub day: NaiveDate,
    pub start: NaiveTime,
    pub project: String,
    pub event: String,
    pub subject: String,
    pub grade: u8,
    pub topic: String,
    pub observer: String,
    pub top: u8,
    pub levels: BTreeMap<String, u8>,
}

/// Every observation of one teacher's lessons, oldest first, and the
/// criteria they were judged by.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TeacherHistory {
    pub entries: Vec<HistoryEntry>,
    /// Key and title of every criterion met, in the order first met.
    pub criteria: Vec<(String, String)>,
}

impl TeacherHistory {
    /// The level of one criterion in each lesson, as a share of its scale's
    /// top, so four-level and yes/partly/no sheets draw on one axis. Two
    /// observers of one lesson are one point, their mean: a trend is drawn
    /// between lessons, not between colleagues who disagree.
    pub fn series(&self, key: &str) -> Vec<Option<f32>> {
        type Lesson<'a> = (NaiveDate, NaiveTime, &'a str, &'a str, &'a str);
        let mut lessons: Vec<(Lesson<'_>, f32, u32)> = Vec::new();
        for e in &self.entries {
            let lesson = (e.day, e.start, e.project.as_str(), e.event.as_str(), e.topic.as_str());
            // Entries come sorted by time: a lesson's sheets are near each
            // other, so the search from the end is short.
            let index = match lessons.iter().rposition(|(l, ..)| *l == lesson) {
                Some(index) => index,
                None => {
                    lessons.push((lesson, 0.0, 0));
                    lessons.len() - 1
                }
            };
            if let Some(level) = e.levels.get(key) {
                lessons[index].1 += f32::from(*level) / f32::from(e.top.max(1));
                lessons[index].2 += 1;
            }
        }
        lessons.into_iter().map(|(_, sum, count)| (count > 0).then(|| sum / count as f32)).collect()
    }
}

/// One observation of a lesson as a teacher's history needs it, without
/// the rest of its project: the library keeps these in its index, so that
/// the history need not read every project of the library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ObservedLesson {
    /// The full names of the lesson's teachers.
    pub teachers: Vec<String>,
    pub entry: HistoryEntry,
    /// Key and title of the criteria of the observation's sheet.
    pub criteria: Vec<(String, String)>,
}

/// Every observation of a lesson in `project`.
pub fn observed_lessons(project: &Project) -> Vec<ObservedLesson> {
    let mut found = Vec::new();
    for event in &project.events {
        for observation in &event.observations {
            let Some(session) = event.sessions.iter().find(|s| s.id == observation.session) else { continue };
            let Some(lesson) = &session.lesson else { continue };
            let template = project.template(observation.template);
            found.push(ObservedLesson {
                teachers: lesson
                    .teachers
                    .iter()
                    .filter_map(|t| project.person(*t))
                    .map(|p| p.full_name.clone())
                    .collect(),
                entry: HistoryEntry {
                    day: session.day,
                    start: session.start,
                    project: project.title.clone(),
                    event: event.title.clone(),
                    subject: lesson.subject.clone(),
                    grade: lesson.grade,
                    topic: lesson.topic.clone(),
                    observer: project
                        .person(observation.observer)
                        .map(|p| p.full_name.clone())
                        .unwrap_or_default(),
                    top: template.map_or(Scale::default(), |t| t.scale).top(),
                    levels: observation.ratings.clone(),
                },
                criteria: template
                    .map(|t| t.criteria.iter().map(|c| (c.key.clone(), c.title.clone())).collect())
                    .unwrap_or_default(),
            });
        }
    }
    found
}

/// The history of the teacher named `name` across `projects`: people are
/// matched by name, because each project has its own ids for the same
/// teacher.
pub fn teacher_history<'a>(projects: impl IntoIterator<Item = &'a Project>, name: &str) -> TeacherHistory {
    let matcher = NameMatcher::new(name);
    // Only the projects she is in are looked at closer.
    let lessons: Vec<ObservedLesson> = projects
        .into_iter()
        .filter(|project| project.people.iter().any(|p| matcher.matches(&p.full_name)))
        .flat_map(observed_lessons)
        .collect();
    history_of(&lessons, &matcher)
}

/// The history of the teacher named `name` in the observed lessons.
pub fn teacher_history_in<'a>(
    lessons: impl IntoIterator<Item = &'a ObservedLesson>,
    name: &str,
) -> TeacherHistory {
    history_of(lessons, &NameMatcher::new(name))
}

fn history_of<'a>(
    lessons: impl IntoIterator<Item = &'a ObservedLesson>,
    matcher: &NameMatcher,
) -> TeacherHistory {
    let mut history = TeacherHistory::default();
    let mut seen_criteria = HashSet::new();
    for lesson in lessons {
        if !lesson.teachers.iter().any(|t| matcher.matches(t)) {
            continue;
        }
        for (key, title) in &lesson.criteria {
            if seen_criteria.insert(key.as_str()) {
                history.criteria.push((key.clone(), title.clone()));
            }
        }
        history.entries.push(lesson.entry.clone());
    }
    history.entries.sort_by_key(|e| (e.day, e.start));
    history
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::History;
    use chrono::{TimeZone, Utc};

    fn now() -> chrono::DateTime<Utc> {
        Utc.with_ymd_and_hms(2019, 2, 1, 9, 0, 0).unwrap()
    }

    fn sample() -> Project {
        crate::sample::small(now())
    }

    fn first_observed(project: &Project) -> (EventId, SessionId) {
        let event = &project.events[0];
        (event.id, event.observations[0].session)
    }

    #[test]
    fn an_unused_template_is_edited_in_place() {
        let mut project = sample();
        let mut template = copy_template(&project.observation_templates[0], "Өз парағым".into());
        let id = template.id;
        project.apply(Edit::Template(Box::new(ItemEdit::Put(template.clone())))).unwrap();
        template.scale = Scale::YesPartlyNo;
        project.apply(save_template(&project, template)).unwrap();
        assert_eq!(project.observation_templates.len(), 2);
        let saved = project.template(id).unwrap();
        assert_eq!((saved.version, saved.scale, saved.previous), (1, Scale::YesPartlyNo, None));
    }

    #[test]
    fn a_template_in_use_gets_a_new_version_and_its_observations_keep_the_old() {
        let mut project = sample();
        let used = project.observation_templates[0].clone();
        assert!(project.template_in_use(used.id));
        let mut edited = used.clone();
        remove_criterion(&mut edited, 1);
        add_criterion(&mut edited, "Жаңа критерий".into());
        let mut history = History::default();
        let edit = save_template(&project, edited);
        history.apply(&mut project, edit).unwrap();

        assert_eq!(project.template(used.id), Some(&used), "the old version is untouched");
        let latest = project.latest_template(used.id).unwrap();
        assert_eq!((latest.version, latest.previous), (2, Some(used.id)));
        assert_ne!(latest.id, used.id);
        assert_eq!(latest.criteria.len(), used.criteria.len());
        assert!(!latest.criteria.iter().any(|c| c.key == "differentiation"));
        assert!(project.events[0].observations.iter().all(|o| o.template == used.id));
        assert_eq!(project.current_templates().map(|t| t.id).collect::<Vec<_>>(), vec![latest.id]);

        assert!(history.undo(&mut project));
        assert_eq!(project.observation_templates, vec![used]);
    }

    #[test]
    fn a_template_in_use_cannot_be_changed_or_removed_directly() {
        let mut project = sample();
        let mut used = project.observation_templates[0].clone();
        let remove = Edit::Template(Box::new(ItemEdit::Remove(used.id)));
        assert_eq!(project.apply(remove), Err(EditError::TemplateInUse));
        used.name = "Басқа атау".into();
        let put = Edit::Template(Box::new(ItemEdit::Put(used)));
        assert_eq!(project.apply(put), Err(EditError::TemplateInUse));
    }

    #[test]
    fn criteria_are_added_with_fresh_keys_moved_and_removed() {
        let mut template = sample().observation_templates[0].clone();
        let keys = |t: &ObservationTemplate| t.criteria.iter().map(|c| c.key.clone()).collect::<Vec<_>>();
        let first = add_criterion(&mut template, "Бір".into());
        let second = add_criterion(&mut template, "Екі".into());
        assert_ne!(first, second);
        assert!(!DEFAULT_CRITERIA.contains(&first.as_str()));
        move_criterion(&mut template, 0, false);
        assert_eq!(keys(&template)[..2], ["differentiation", "objectives"]);
        move_criterion(&mut template, 0, true);
        assert_eq!(keys(&template)[0], "differentiation", "the first cannot move up");
        let last = template.criteria.len() - 1;
        move_criterion(&mut template, last, false);
        assert_eq!(keys(&template)[last], second, "the last cannot move down");
        remove_criterion(&mut template, last);
        remove_criterion(&mut template, 99);
        assert_eq!(keys(&template).last(), Some(&first));
        // After a removal a new criterion must not take a key still used.
        let third = add_criterion(&mut template, "Үш".into());
        assert_eq!(keys(&template).iter().filter(|k| **k == third).count(), 1);
    }

    #[test]
    fn a_level_outside_the_scale_is_refused_and_the_same_level_clears() {
        let mut observation = new_observation(SessionId::new(), PersonId::new(), TemplateId::new(), now());
        assert!(!set_level(&mut observation, Scale::YesPartlyNo, "time", 4));
        assert!(!set_level(&mut observation, Scale::FourLevels, "time", 0));
        assert!(set_level(&mut observation, Scale::FourLevels, "time", 4));
        assert_eq!(observation.ratings.get("time"), Some(&4));
        assert!(set_level(&mut observation, Scale::FourLevels, "time", 4));
        assert_eq!(observation.ratings.get("time"), None);
    }

    #[test]
    fn an_observation_is_added_edited_and_undone() {
        let mut project = sample();
        let (event, session) = first_observed(&project);
        let template = project.observation_templates[0].id;
        let observer = project.people[0].id;
        let mut observation = new_observation(session, observer, template, now());
        let mut history = History::default();
        let put = |o: &Observation| Edit::Observation { event, change: Box::new(ItemEdit::Put(o.clone())) };
        history.apply(&mut project, put(&observation)).unwrap();
        set_level(&mut observation, Scale::FourLevels, "time", 3);
        history.apply(&mut project, put(&observation)).unwrap();
        let stored = |p: &Project| p.events[0].observations.iter().find(|o| o.id == observation.id).cloned();
        assert_eq!(stored(&project).unwrap().ratings.get("time"), Some(&3));
        history.undo(&mut project);
        assert!(stored(&project).unwrap().ratings.is_empty());
        history.undo(&mut project);
        assert_eq!(stored(&project), None);

        let lost = Observation { session: SessionId::new(), ..observation };
        assert_eq!(project.apply(put(&lost)), Err(EditError::NotFound));
    }

    #[test]
    fn the_summary_lists_each_observers_levels_their_mean_and_all_notes_in_time_order() {
        let project = sample();
        let event = &project.events[0];
        // The master class, observed by three methodologists.
        let session = event.observations[0].session;
        let summary = lesson_summary(&project, event, session);
        let sheets: Vec<&Observation> = event.observations.iter().filter(|o| o.session == session).collect();
        assert_eq!(summary.observers.len(), 3);
        assert_eq!(summary.rows.len(), 8);
        let objectives = &summary.rows[0];
        assert_eq!(objectives.key, "objectives");
        let given: Vec<u8> = sheets.iter().map(|o| o.ratings["objectives"]).collect();
        assert_eq!(objectives.levels, given.iter().map(|l| Some(*l)).collect::<Vec<_>>());
        let by_hand = f64::from(given.iter().map(|l| u32::from(*l)).sum::<u32>()) / 3.0;
        assert!((objectives.mean.unwrap() - by_hand).abs() < 1e-9);
        let total: usize = sheets.iter().map(|o| o.notes.len()).sum();
        assert_eq!(summary.notes.len(), total);
        assert!(summary.notes.windows(2).all(|w| w[0].at <= w[1].at));
    }

    #[test]
    fn a_missing_level_does_not_count_in_the_mean() {
        let mut project = sample();
        let session = project.events[0].observations[0].session;
        for observation in project.events[0].observations.iter_mut().filter(|o| o.session == session).skip(1)
        {
            observation.ratings.remove("time");
        }
        let event = &project.events[0];
        let summary = lesson_summary(&project, event, session);
        let time = summary.rows.iter().find(|r| r.key == "time").unwrap();
        assert_eq!(time.levels.iter().flatten().count(), 1);
        assert_eq!(time.mean, time.levels[0].map(f64::from));
    }

    #[test]
    fn the_lesson_clock_runs_from_the_planned_start_or_from_the_last_note() {
        let project = sample();
        let event = &project.events[0];
        let observation = &event.observations[0];
        let session = event.sessions.iter().find(|s| s.id == observation.session).unwrap();
        let start = session.day.and_time(session.start);
        let during = start + TimeDelta::minutes(12) + TimeDelta::seconds(5);
        assert_eq!(lesson_clock(session, during, &observation.notes), 725);
        let next_week = start + TimeDelta::days(7);
        let last = observation.notes.iter().map(|n| n.at).max().unwrap();
        assert_eq!(lesson_clock(session, next_week, &observation.notes), last);
        assert_eq!(lesson_clock(session, next_week, &[]), 0);
    }

    #[test]
    fn names_match_across_case_and_spacing_but_not_across_letters() {
        assert!(same_name("Қожабекова  Гүлнар", "ҚОЖАБЕКОВА гүлнар"));
        assert!(!same_name("Қожабекова Гүлнар", "Қожабекова Гүлназ"));
        assert!(!same_name("Қожабекова", "Қожабекова Гүлнар"));
    }

    #[test]
    fn a_teachers_history_spans_projects_in_time_order() {
        let this_year = sample();
        let event = &this_year.events[0];
        let lesson = event.sessions.iter().find(|s| s.id == event.observations[0].session).unwrap();
        let teacher =
            this_year.person(lesson.lesson.as_ref().unwrap().teachers[0]).unwrap().full_name.clone();
        let observed = event.observations.iter().filter(|o| o.session == lesson.id).count();

        // The same teacher a year earlier, in another project with its own ids.
        let mut last_year = sample();
        last_year.title = "2018".into();
        let old_ids: Vec<PersonId> = last_year.people.iter().map(|p| p.id).collect();
        for person in &mut last_year.people {
            person.id = PersonId::new();
        }
        let new_id =
            |id: &mut PersonId| *id = last_year.people[old_ids.iter().position(|o| o == id).unwrap()].id;
        let mut event = last_year.events.remove(0);
        for session in &mut event.sessions {
            session.day -= chrono::TimeDelta::days(365);
            session.lesson.iter_mut().flat_map(|l| l.teachers.iter_mut()).for_each(new_id);
        }
        event.observations.iter_mut().for_each(|o| new_id(&mut o.observer));
        last_year.events.push(event);

        let history = teacher_history([&this_year, &last_year], &teacher.to_uppercase());
        assert_eq!(history.entries.len(), 2 * observed);
        assert!(history.entries[..observed].iter().all(|e| e.project == "2018"));
        assert!(history.entries.windows(2).all(|w| w[0].day <= w[1].day));
        assert!(history.entries.iter().all(|e| !e.observer.is_empty()));
        assert_eq!(history.criteria.len(), 8);
        let series = history.series("objectives");
        let lessons: HashSet<_> =
            history.entries.iter().map(|e| (e.day, e.start, e.project.clone())).collect();
        assert_eq!(series.len(), lessons.len(), "one point per lesson, however many observed it");
        assert!(series.len() < history.entries.len(), "the sample has lessons with two observers");
        assert!(series.iter().flatten().all(|v| (0.0..=1.0).contains(v)));

        assert!(teacher_history([&this_year], "Мүлде басқа адам").entries.is_empty());
    }

    #[test]
    fn two_observers_of_one_lesson_are_one_point_their_mean() {
        let entry = |day: u32, level: u8| HistoryEntry {
            day: NaiveDate::from_ymd_opt(2019, 2, day).unwrap(),
            start: NaiveTime::from_hms_opt(11, 35, 0).unwrap(),
            project: "Семинар".into(),
            event: "Тәжірибелік алаң".into(),
            subject: "Қазақ тілі".into(),
            grade: 5,
            topic: "Менің тәуелсіз Қазақстаным".into(),
            observer: format!("Бақылаушы {level}"),
            top: 4,
            levels: BTreeMap::from([("objectives".to_owned(), level)]),
        };
        let history =
            TeacherHistory { entries: vec![entry(1, 4), entry(1, 2), entry(8, 3)], criteria: Vec::new() };
        assert_eq!(history.series("objectives"), [Some(0.75), Some(0.75)]);
        assert_eq!(history.series("time"), [None, None], "a criterion nobody rated is a gap per lesson");
    }
}
