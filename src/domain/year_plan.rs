//! A network of schools (желілік қоғамдастық: a leading school and its
//! magnet schools) and its year plan: rows a methodologist fills in
//! September, each turned into an event of the project when its time comes.
//!
//! A row's actual number and its done mark follow its event once the event
//! is held: they are read from the event's attendance, not copied into the
//! row, so that marking one more teacher present changes the plan too.

use super::ids::*;
use super::model::{Event, EventKind, Extra, Project, SchoolRole};
use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Network {
    pub id: NetworkId,
    pub title: String,
    pub leading: SchoolId,
    #[serde(default)]
    pub members: Vec<NetworkMember>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct NetworkMember {
    pub organisation: SchoolId,
    /// Magnet or supporting; the leading school is the network's own field.
    #[serde(default)]
    pub role: SchoolRole,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinator: Option<PersonId>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Network {
    /// The leading school first, then the members in their order.
    pub fn schools(&self) -> impl Iterator<Item = SchoolId> + '_ {
        std::iter::once(self.leading)
            .chain(self.members.iter().map(|m| m.organisation).filter(|s| *s != self.leading))
    }
}

/// The forms a plan row takes, as the plans of leading schools name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PlanForm {
    #[default]
    Seminar,
    /// «Әдістемелік десант»: the leading school's teachers go to a magnet
    /// school for a day.
    MethodicalLanding,
    Forum,
    OpenLesson,
    RoundTable,
    Course,
    Hearing,
    OpenDoors,
    MasterClass,
    Other,
}

impl PlanForm {
    pub const ALL: [PlanForm; 10] = [
        Self::Seminar,
        Self::MethodicalLanding,
        Self::Forum,
        Self::OpenLesson,
        Self::RoundTable,
        Self::Course,
        Self::Hearing,
        Self::OpenDoors,
        Self::MasterClass,
        Self::Other,
    ];

    /// The kind of event a row of this form becomes.
    pub fn event_kind(self) -> EventKind {
        match self {
            Self::Seminar => EventKind::Seminar,
            Self::MethodicalLanding => EventKind::MethodicalLanding,
            Self::Forum => EventKind::Conference,
            Self::OpenLesson | Self::MasterClass => EventKind::MasterClass,
            Self::RoundTable => EventKind::RoundTable,
            Self::Course => EventKind::Training,
            Self::Hearing => EventKind::Hearing,
            Self::OpenDoors => EventKind::OpenDoors,
            Self::Other => EventKind::Other,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct YearPlan {
    pub id: YearPlanId,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network: Option<NetworkId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme: Option<ProgrammeId>,
    /// The first day of the school year, 1 September by default.
    pub starts_on: NaiveDate,
    #[serde(default)]
    pub rows: Vec<PlanRow>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct PlanRow {
    pub id: PlanRowId,
    pub title: String,
    #[serde(default)]
    pub form: PlanForm,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<SchoolId>,
    /// The day when it is known; otherwise only the month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_on: Option<NaiveDate>,
    /// 1 to 12; ignored when `planned_on` is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsible: Vec<PersonId>,
    /// Who it is for: «жас мамандар», «бастауыш сынып мұғалімдері».
    #[serde(default)]
    pub target: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_count: Option<u32>,
    /// Entered by hand for a row held without an event of the project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual_count: Option<u32>,
    /// The expected result or product: a collection, a video lesson.
    #[serde(default)]
    pub product: String,
    #[serde(default)]
    pub done: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<EventId>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl YearPlan {
    /// A plan for the school year that contains `day`: from 1 September.
    pub fn for_year_of(title: impl Into<String>, day: NaiveDate) -> Self {
        let year = if day.month() >= 9 { day.year() } else { day.year() - 1 };
        YearPlan {
            id: YearPlanId::new(),
            title: title.into(),
            network: None,
            programme: None,
            starts_on: NaiveDate::from_ymd_opt(year, 9, 1).unwrap_or(day),
            rows: Vec::new(),
            extra: Extra::new(),
        }
    }

    /// The last day of the plan's year: 31 August.
    pub fn ends_on(&self) -> NaiveDate {
        self.starts_on
            .checked_add_months(chrono::Months::new(12))
            .and_then(|d| d.pred_opt())
            .unwrap_or(self.starts_on)
    }

    pub fn row(&self, id: PlanRowId) -> Option<&PlanRow> {
        self.rows.iter().find(|r| r.id == id)
    }

    /// The date a month of the plan stands for: its first day in the plan's
    /// year (September of the first year to August of the next).
    pub fn month_start(&self, month: u32) -> Option<NaiveDate> {
        let month = month.clamp(1, 12);
        let year =
            if month >= self.starts_on.month() { self.starts_on.year() } else { self.starts_on.year() + 1 };
        NaiveDate::from_ymd_opt(year, month, 1)
    }

    /// When the row takes place, as far as it is known: its day, or the
    /// first of its month.
    pub fn when(&self, row: &PlanRow) -> Option<NaiveDate> {
        row.planned_on.or_else(|| row.month.and_then(|m| self.month_start(m)))
    }

    /// The last day by which the row should have been held.
    pub fn deadline(&self, row: &PlanRow) -> Option<NaiveDate> {
        row.planned_on.or_else(|| {
            let start = self.month_start(row.month?)?;
            start.checked_add_months(chrono::Months::new(1))?.pred_opt()
        })
    }

    /// Rows in the order of the year, rows with no date last; ties keep
    /// their order.
    pub fn by_month(&self) -> Vec<&PlanRow> {
        let mut rows: Vec<&PlanRow> = self.rows.iter().collect();
        rows.sort_by_key(|r| (self.when(r).is_none(), self.when(r)));
        rows
    }
}

/// A row as it stands: its own marks, or what its event says once held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowState {
    pub actual_count: Option<u32>,
    pub done: bool,
    /// Not done, and its day or month is past.
    pub late: bool,
}

pub fn row_state(plan: &YearPlan, row: &PlanRow, project: &Project, today: NaiveDate) -> RowState {
    let event = row.event.and_then(|id| project.event(id));
    let present = event.map(present_count).filter(|n| *n > 0);
    let held = event.is_some_and(|e| e.ends_on < today && present.is_some());
    let done = row.done || held;
    RowState {
        actual_count: present.or(row.actual_count),
        done,
        late: !done && plan.deadline(row).is_some_and(|d| d < today),
    }
}

/// Those marked present at the event.
pub fn present_count(event: &Event) -> u32 {
    event.registrations.iter().filter(|r| r.attended == Some(true)).count() as u32
}

/// The event a row becomes: its title, kind, host, day and expected number;
/// the user plans its programme as for any event.
pub fn event_for_row(plan: &YearPlan, row: &PlanRow) -> Event {
    let day = plan.when(row).unwrap_or(plan.starts_on);
    let mut event = Event::new(row.title.trim(), day);
    event.kind = row.form.event_kind();
    event.venue.school = row.host;
    event.audience = row.target.clone();
    event.expected_participants = row.planned_count;
    event
}

/// The edit that turns a row into an event and links them, as one step.
/// `None` when the row is gone or already has its event.
pub fn row_to_event(plan: &YearPlan, row: PlanRowId) -> Option<(super::edit::Edit, EventId)> {
    use super::edit::{Edit, ItemEdit};
    let found = plan.row(row).filter(|r| r.event.is_none())?;
    let event = event_for_row(plan, found);
    let id = event.id;
    let mut linked = plan.clone();
    if let Some(r) = linked.rows.iter_mut().find(|r| r.id == row) {
        r.event = Some(id);
        if r.planned_on.is_none() {
            r.planned_on = Some(event.starts_on);
        }
    }
    let edit = Edit::Batch(vec![
        Edit::Event(Box::new(ItemEdit::Put(event))),
        Edit::YearPlan(Box::new(ItemEdit::Put(linked))),
    ]);
    Some((edit, id))
}

/// What one school did in the plan's year.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SchoolYear {
    pub school: Option<SchoolId>,
    /// Rows it hosts, and of them those held.
    pub planned: usize,
    pub hosted: usize,
    /// Events of the plan its teachers were present at.
    pub attended: usize,
    /// Its different teachers present at any event of the plan.
    pub teachers: usize,
    pub products: Vec<String>,
}

/// Per school of the network (or every host of the plan when it has no
/// network): rows hosted, events attended, teachers who took part,
/// products.
pub fn per_school(plan: &YearPlan, project: &Project, today: NaiveDate) -> Vec<SchoolYear> {
    let school_of: HashMap<PersonId, SchoolId> =
        project.people.iter().filter_map(|p| Some((p.id, p.school?))).collect();
    let mut schools: Vec<SchoolId> =
        match plan.network.and_then(|n| project.networks.iter().find(|x| x.id == n)) {
            Some(network) => network.schools().collect(),
            None => Vec::new(),
        };
    for host in plan.rows.iter().filter_map(|r| r.host) {
        if !schools.contains(&host) {
            schools.push(host);
        }
    }
    let mut years: Vec<SchoolYear> =
        schools.iter().map(|s| SchoolYear { school: Some(*s), ..SchoolYear::default() }).collect();
    let index: HashMap<SchoolId, usize> = schools.iter().enumerate().map(|(i, s)| (*s, i)).collect();
    let mut teachers: Vec<HashSet<PersonId>> = vec![HashSet::new(); schools.len()];
    for row in &plan.rows {
        let state = row_state(plan, row, project, today);
        if let Some(&i) = row.host.as_ref().and_then(|h| index.get(h)) {
            years[i].planned += 1;
            if state.done {
                years[i].hosted += 1;
                if !row.product.trim().is_empty() {
                    years[i].products.push(row.product.trim().to_owned());
                }
            }
        }
        let Some(event) = row.event.and_then(|id| project.event(id)) else { continue };
        let mut attended_here: HashSet<usize> = HashSet::new();
        for registration in event.registrations.iter().filter(|r| r.attended == Some(true)) {
            if let Some(&i) = school_of.get(&registration.person).and_then(|s| index.get(s)) {
                attended_here.insert(i);
                teachers[i].insert(registration.person);
            }
        }
        for i in attended_here {
            years[i].attended += 1;
        }
    }
    for (year, teachers) in years.iter_mut().zip(teachers) {
        year.teachers = teachers.len();
    }
    years
}

/// Per month of the plan's year (September first): rows planned, held
/// and late.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MonthYear {
    pub month: u32,
    pub planned: usize,
    pub done: usize,
    pub late: usize,
}

pub fn per_month(plan: &YearPlan, project: &Project, today: NaiveDate) -> Vec<MonthYear> {
    let first = plan.starts_on.month();
    let mut months: BTreeMap<u32, MonthYear> = BTreeMap::new();
    for row in &plan.rows {
        let Some(when) = plan.when(row) else { continue };
        let state = row_state(plan, row, project, today);
        // Ordered from the plan's first month, so September comes first.
        let order = (when.month() + 12 - first) % 12;
        let month = months.entry(order).or_insert(MonthYear { month: when.month(), ..MonthYear::default() });
        month.planned += 1;
        month.done += usize::from(state.done);
        month.late += usize::from(state.late);
    }
    months.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{AttendanceMode, Person, Registration};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn row(title: &str, month: u32, host: Option<SchoolId>) -> PlanRow {
        PlanRow { id: PlanRowId::new(), title: title.into(), month: Some(month), host, ..PlanRow::default() }
    }

    #[test]
    fn a_plan_runs_from_september_to_august() {
        let plan = YearPlan::for_year_of("Жоспар", day(2025, 3, 10));
        assert_eq!(plan.starts_on, day(2024, 9, 1));
        assert_eq!(plan.ends_on(), day(2025, 8, 31));
        assert_eq!(plan.month_start(11), Some(day(2024, 11, 1)));
        assert_eq!(plan.month_start(2), Some(day(2025, 2, 1)));
        let february = row("Форум", 2, None);
        assert_eq!(plan.deadline(&february), Some(day(2025, 2, 28)));
        assert_eq!(YearPlan::for_year_of("", day(2025, 9, 1)).starts_on, day(2025, 9, 1));
    }

    #[test]
    fn rows_sort_by_the_school_year_not_the_calendar() {
        let mut plan = YearPlan::for_year_of("Жоспар", day(2025, 10, 1));
        plan.rows = vec![row("Ақпан", 2, None), row("Күнсіз", 0, None), row("Қазан", 10, None)];
        plan.rows[1].month = None;
        let titles: Vec<&str> = plan.by_month().iter().map(|r| r.title.as_str()).collect();
        assert_eq!(titles, ["Қазан", "Ақпан", "Күнсіз"]);
    }

    #[test]
    fn plan_to_event_to_held_updates_the_row() {
        let mut project = Project::new("Желі", "№1 мектеп", chrono::Utc::now());
        let host = SchoolId::new();
        let mut plan = YearPlan::for_year_of("Жоспар", day(2025, 9, 1));
        let mut seminar = row("Әдістемелік десант", 11, Some(host));
        seminar.form = PlanForm::MethodicalLanding;
        seminar.planned_count = Some(30);
        seminar.product = "Әдістемелік жинақ".into();
        let row_id = seminar.id;
        plan.rows.push(seminar);
        project.year_plans.push(plan.clone());

        let today = day(2025, 12, 5);
        let before = row_state(&plan, &plan.rows[0], &project, today);
        assert!(before.late && !before.done, "November is past and nothing was held");

        let (edit, event_id) = row_to_event(&plan, row_id).unwrap();
        let undo = project.apply(edit).unwrap();
        let event = project.event(event_id).unwrap();
        assert_eq!(event.kind, EventKind::MethodicalLanding);
        assert_eq!(event.venue.school, Some(host));
        assert_eq!(event.starts_on, day(2025, 11, 1));
        assert_eq!(event.expected_participants, Some(30));
        let plan = project.year_plans[0].clone();
        assert_eq!(plan.rows[0].event, Some(event_id));
        assert!(row_to_event(&plan, row_id).is_none(), "a row has one event");

        // Held: three present, one absent.
        let teacher = Person {
            full_name: "Айгүл Серікқызы".into(), school: Some(host), ..Person::default()
        };
        let teacher_id = teacher.id;
        project.people.push(teacher);
        let event = project.events.iter_mut().find(|e| e.id == event_id).unwrap();
        for (person, attended) in
            [(teacher_id, true), (PersonId::new(), true), (PersonId::new(), true), (PersonId::new(), false)]
        {
            event.registrations.push(Registration {
                person,
                mode: AttendanceMode::Offline,
                attended: Some(attended),
                group: None,
                extra: Extra::new(),
            });
        }
        let state = row_state(&plan, &plan.rows[0], &project, today);
        assert_eq!(state, RowState { actual_count: Some(3), done: true, late: false });
        let schools = per_school(&plan, &project, today);
        assert_eq!(schools.len(), 1);
        assert_eq!(
            (schools[0].planned, schools[0].hosted, schools[0].attended, schools[0].teachers),
            (1, 1, 1, 1)
        );
        assert_eq!(schools[0].products, ["Әдістемелік жинақ"]);
        let months = per_month(&plan, &project, today);
        assert_eq!(months, [MonthYear { month: 11, planned: 1, done: 1, late: 0 }]);

        // One undo takes back both the event and the link.
        project.apply(undo).unwrap();
        assert!(project.event(event_id).is_none());
        assert_eq!(project.year_plans[0].rows[0].event, None);
    }

    #[test]
    fn an_event_not_yet_over_leaves_the_row_open() {
        let mut project = Project::new("Желі", "", chrono::Utc::now());
        let mut plan = YearPlan::for_year_of("Жоспар", day(2025, 9, 1));
        plan.rows.push(row("Форум", 12, None));
        let (edit, event_id) = row_to_event(&plan, plan.rows[0].id).unwrap();
        project.year_plans.push(plan);
        project.apply(edit).unwrap();
        let event = project.events.iter_mut().find(|e| e.id == event_id).unwrap();
        event.registrations.push(Registration {
            person: PersonId::new(),
            attended: Some(true),
            ..Registration::default()
        });
        let plan = &project.year_plans[0];
        let on_the_day = row_state(plan, &plan.rows[0], &project, day(2025, 12, 1));
        assert!(!on_the_day.done);
        assert_eq!(on_the_day.actual_count, Some(1));
    }
}
