//! The typed cells of a plan row: what each shows of the row, and how the
//! text typed in it changes the row. A cell that cannot be read keeps its
//! text and says why under it; the row keeps what it had.

use crate::domain::names::{find_people, match_key, mentions};
use crate::domain::rules::{self, FieldError};
use crate::domain::year_plan::{PlanForm, PlanRow, YearPlan};
use crate::domain::{Project, School, SchoolId};
use crate::fl;
use crate::i18n::{describe_field_error, format_date_short};
use chrono::Datelike;

/// The typed columns, in the order Enter visits them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Title,
    Form,
    Host,
    When,
    Responsible,
    Target,
    Planned,
    Actual,
    Product,
}

impl Column {
    pub const ALL: [Column; 9] = [
        Column::Title,
        Column::Form,
        Column::Host,
        Column::When,
        Column::Responsible,
        Column::Target,
        Column::Planned,
        Column::Actual,
        Column::Product,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Column::Title => "title",
            Column::Form => "form",
            Column::Host => "host",
            Column::When => "when",
            Column::Responsible => "responsible",
            Column::Target => "target",
            Column::Planned => "planned",
            Column::Actual => "actual",
            Column::Product => "product",
        }
    }

    pub fn label(self) -> String {
        match self {
            Column::Title => fl!("year-plan-col-title"),
            Column::Form => fl!("year-plan-col-form"),
            Column::Host => fl!("year-plan-col-host"),
            Column::When => fl!("year-plan-col-when"),
            Column::Responsible => fl!("year-plan-col-responsible"),
            Column::Target => fl!("year-plan-col-target"),
            Column::Planned => fl!("year-plan-col-planned"),
            Column::Actual => fl!("year-plan-col-actual"),
            Column::Product => fl!("year-plan-col-product"),
        }
    }

    /// The width of the cell; a row takes two lines, so the plan fits a
    /// window of 1024 points without scrolling sideways.
    pub fn width(self) -> f32 {
        match self {
            Column::Title => 230.0,
            Column::Form => 120.0,
            Column::Host => 140.0,
            Column::When => 96.0,
            Column::Responsible => 150.0,
            Column::Target => 130.0,
            Column::Planned | Column::Actual => 56.0,
            Column::Product => 140.0,
        }
    }

    /// Whether the cell is on the row's first line.
    pub fn first_line(self) -> bool {
        matches!(self, Column::Title | Column::Form | Column::Host | Column::When)
    }

    pub fn next(self) -> Option<Column> {
        let at = Column::ALL.iter().position(|c| *c == self)?;
        Column::ALL.get(at + 1).copied()
    }
}

pub use crate::i18n::{month_name, plan_form_name as form_name};

/// How an organisation is named in a cell: its name, which holds its number.
pub fn school_name(project: &Project, school: Option<SchoolId>) -> String {
    school.and_then(|id| project.school(id)).map(|s| s.name.clone()).unwrap_or_default()
}

/// What the cell shows of the row as stored.
pub fn shown(project: &Project, row: &PlanRow, column: Column) -> String {
    let count = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
    match column {
        Column::Title => row.title.clone(),
        Column::Form => form_name(row.form),
        Column::Host => school_name(project, row.host),
        Column::When => match (row.planned_on, row.month) {
            (Some(day), _) => format_date_short(day),
            (None, Some(month)) => month_name(month),
            (None, None) => String::new(),
        },
        Column::Responsible => row
            .responsible
            .iter()
            .filter_map(|id| project.person(*id))
            .map(|p| p.full_name.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        Column::Target => row.target.clone(),
        Column::Planned => count(row.planned_count),
        Column::Actual => count(row.actual_count),
        Column::Product => row.product.clone(),
    }
}

/// Reads `typed` into the row's field of `column`, or says why it cannot.
pub fn read(
    project: &Project,
    plan: &YearPlan,
    row: &mut PlanRow,
    column: Column,
    typed: &str,
) -> Result<(), String> {
    let count = |typed: &str| rules::optional_count(typed).map_err(describe_field_error);
    match column {
        Column::Title => row.title = typed.trim().to_owned(),
        Column::Form => row.form = read_form(typed)?,
        Column::Host => row.host = read_school(project, typed)?,
        Column::When => {
            let (day, month) = read_when(plan, typed)?;
            row.planned_on = day;
            row.month = month;
        }
        Column::Responsible => {
            let mut people = Vec::new();
            for name in rules::split_list(typed) {
                let id = read_person(project, &name)?;
                if !people.contains(&id) {
                    people.push(id);
                }
            }
            row.responsible = people;
        }
        Column::Target => row.target = typed.trim().to_owned(),
        Column::Planned => row.planned_count = count(typed)?,
        Column::Actual => row.actual_count = count(typed)?,
        Column::Product => row.product = typed.trim().to_owned(),
    }
    Ok(())
}

/// The form whose name starts with what is typed (or holds it): «дес»
/// is enough for «Әдістемелік десант».
fn read_form(typed: &str) -> Result<PlanForm, String> {
    if typed.trim().is_empty() {
        return Ok(PlanForm::default());
    }
    let wanted = match_key(typed);
    let named = |form: &PlanForm| match_key(&form_name(*form));
    PlanForm::ALL
        .iter()
        .find(|f| named(f).starts_with(&wanted))
        .or_else(|| PlanForm::ALL.iter().find(|f| mentions(typed, &form_name(**f))))
        .copied()
        .ok_or_else(|| {
            let forms = PlanForm::ALL.iter().map(|f| form_name(*f)).collect::<Vec<_>>().join(", ");
            fl!("year-plan-unknown-form", forms = forms)
        })
}

/// The organisation named exactly, or the only one whose name or number
/// the typed words start.
pub fn read_school(project: &Project, typed: &str) -> Result<Option<SchoolId>, String> {
    if typed.trim().is_empty() {
        return Ok(None);
    }
    let wanted = match_key(typed);
    if let Some(school) = project.schools.iter().find(|s| match_key(&s.name) == wanted) {
        return Ok(Some(school.id));
    }
    let mut found: Vec<&School> = project
        .schools
        .iter()
        .filter(|s| mentions(typed, &s.name) || s.number.as_deref().is_some_and(|n| mentions(typed, n)))
        .collect();
    // «№2» is school №2, not №21 or №28: whole words win over starts.
    if found.len() > 1 {
        let words: Vec<String> = wanted.split(' ').map(str::to_owned).collect();
        let whole = |s: &&School| {
            let name = match_key(&s.name);
            let number = s.number.as_deref().map(match_key).unwrap_or_default();
            words.iter().all(|w| name.split(' ').any(|n| n == w) || number == *w)
        };
        if found.iter().filter(|s| whole(s)).count() == 1 {
            found.retain(whole);
        }
    }
    found.truncate(4);
    match found.as_slice() {
        [] => Err(fl!("year-plan-unknown-school", name = typed.trim().to_owned())),
        [one] => Ok(Some(one.id)),
        several => Err(fl!(
            "year-plan-several",
            names = several.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join("; ")
        )),
    }
}

fn read_person(project: &Project, name: &str) -> Result<crate::domain::PersonId, String> {
    let wanted = match_key(name);
    if let Some(person) = project.people.iter().find(|p| match_key(&p.full_name) == wanted) {
        return Ok(person.id);
    }
    match find_people(project, name, 4, |_| true).as_slice() {
        [] => Err(fl!("year-plan-unknown-person", name = name.to_owned())),
        [one] => Ok(one.id),
        several => Err(fl!(
            "year-plan-several",
            names = several.iter().map(|p| p.full_name.as_str()).collect::<Vec<_>>().join("; ")
        )),
    }
}

/// A day of the plan's year (`15.10.2025`), or a month by its number or
/// the start of its name (`10`, `қаз`).
fn read_when(plan: &YearPlan, typed: &str) -> Result<(Option<chrono::NaiveDate>, Option<u32>), String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok((None, None));
    }
    match rules::parse_date(typed) {
        Ok(day) if day < plan.starts_on || day > plan.ends_on() => {
            return Err(fl!(
                "year-plan-outside-year",
                from = format_date_short(plan.starts_on),
                to = format_date_short(plan.ends_on())
            ));
        }
        Ok(day) => return Ok((Some(day), None)),
        Err(FieldError::BadDate) if typed.contains(['.', '-', '/']) => {
            return Err(describe_field_error(FieldError::BadDate));
        }
        Err(_) => {}
    }
    if let Ok(Some(month)) = rules::optional_count(typed) {
        return if (1..=12).contains(&month) {
            Ok((None, Some(month)))
        } else {
            Err(fl!("year-plan-bad-when"))
        };
    }
    let wanted = match_key(typed);
    // The months of the plan's year, September first.
    (0..12)
        .map(|i| (plan.starts_on.month() - 1 + i) % 12 + 1)
        .find(|m| match_key(&month_name(*m)).starts_with(&wanted))
        .map(|m| (None, Some(m)))
        .ok_or_else(|| fl!("year-plan-bad-when"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Person, PlanRowId};

    fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_day_outside_the_plan_or_a_month_that_is_none_is_refused() {
        let plan = YearPlan::for_year_of("Жоспар", day(2025, 10, 1));
        assert_eq!(read_when(&plan, "15.10.2025"), Ok((Some(day(2025, 10, 15)), None)));
        assert_eq!(read_when(&plan, "3"), Ok((None, Some(3))));
        assert!(read_when(&plan, "15.10.2027").is_err());
        assert!(read_when(&plan, "13").is_err());
        assert!(read_when(&plan, "31.02.2026").is_err());
        assert_eq!(read_when(&plan, ""), Ok((None, None)));
    }

    #[test]
    fn names_are_read_from_their_first_letters() {
        let mut project = Project::new("Желі", "", chrono::Utc::now());
        for name in ["Бекова Асель", "Бекқызы Мадина"] {
            project.people.push(Person { full_name: name.into(), ..Person::default() });
        }
        let plan = YearPlan::for_year_of("Жоспар", day(2025, 10, 1));
        let mut row = PlanRow { id: PlanRowId::new(), ..PlanRow::default() };
        assert!(read(&project, &plan, &mut row, Column::Responsible, "Бек").is_err(), "two fit");
        read(&project, &plan, &mut row, Column::Responsible, "Бекова, Мадина").unwrap();
        assert_eq!(row.responsible, [project.people[0].id, project.people[1].id]);
        assert!(read(&project, &plan, &mut row, Column::Planned, "тридцать").is_err());
        assert_eq!(row.responsible.len(), 2, "a refused cell leaves the row as it was");
    }

    #[test]
    fn a_school_is_found_by_its_number_as_a_whole_word() {
        let mut project = Project::new("Желі", "", chrono::Utc::now());
        for name in ["№2 ЖББОМ", "№21 ЖББОМ", "№28 ЖББОМ", "Қ.Шыңғысов атындағы №5 ЖББОМ"]
        {
            project.schools.push(School { name: name.into(), ..School::default() });
        }
        let id = |i: usize| Some(project.schools[i].id);
        assert_eq!(read_school(&project, "№2"), Ok(id(0)));
        assert_eq!(read_school(&project, "№28 жббом"), Ok(id(2)));
        assert_eq!(read_school(&project, "Шыңғысов"), Ok(id(3)));
        assert!(read_school(&project, "ЖББОМ").is_err(), "all four fit");
        assert!(read_school(&project, "Гимназия").is_err());
    }
}
