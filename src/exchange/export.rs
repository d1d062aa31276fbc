//! What the app knows, as tables for Excel: people, an event's
//! registrations and sign-in list, its feedback and observations, the
//! awards register.
//!
//! Each list is built here once and written as .xlsx or .csv by
//! [`spreadsheet`](super::spreadsheet); the words around the user's data
//! (headers, sheet names, «online», «yes») are the caller's, in the user's
//! language ([`ExportWords`]).

use super::spreadsheet::{Cell, FileKind, Sheet, to_csv, to_xlsx};
use crate::domain::awards::register;
use crate::domain::collate::alphabetical;
use crate::domain::feedback::results;
use crate::domain::observation::lesson_summary;
use crate::domain::{
    AttendanceMode, AwardKind, AwardStatus, Event, FeedbackTarget, ObservationStatus, Person, PersonId,
    PlanForm, Project, SessionId, TrafficLight, YearPlan,
};
use chrono::NaiveDate;
use std::collections::HashMap;

/// The lists there are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum What {
    People,
    Registrations,
    SignIn,
    Feedback,
    Observations,
    Awards,
    /// The project's year plans, one sheet each.
    YearPlan,
}

impl What {
    pub const ALL: [What; 7] = [
        What::People,
        What::Registrations,
        What::SignIn,
        What::Feedback,
        What::Observations,
        What::Awards,
        What::YearPlan,
    ];

    /// The word of the command line.
    pub fn code(self) -> &'static str {
        match self {
            What::People => "people",
            What::Registrations => "registrations",
            What::SignIn => "sign-in",
            What::Feedback => "feedback",
            What::Observations => "observations",
            What::Awards => "awards",
            What::YearPlan => "year-plan",
        }
    }

    pub fn from_code(code: &str) -> Option<What> {
        What::ALL.into_iter().find(|what| what.code() == code.trim())
    }

    /// Everything but the project's people and its plans belongs to one
    /// event.
    pub fn needs_event(self) -> bool {
        !matches!(self, What::People | What::YearPlan)
    }
}

/// A sheet of an export, for its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    People,
    Registrations,
    SignIn,
    FeedbackQuestions,
    FeedbackForms,
    ObservationCriteria,
    ObservationLevels,
    Awards,
    YearPlan,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Number,
    FullName,
    Organisation,
    Position,
    Subjects,
    Qualification,
    Email,
    Phone,
    Region,
    Mode,
    Group,
    Attended,
    Signature,
    Question,
    Answers,
    Mean,
    /// How many gave this rating, 1 to 5.
    Rated(u8),
    Entered,
    Respondent,
    About,
    Stars,
    Wish,
    Comment,
    Coins,
    Light,
    Day,
    Start,
    Lesson,
    Teacher,
    Observer,
    Observers,
    Criterion,
    Level,
    Top,
    Status,
    Strengths,
    Improvements,
    Recommendation,
    AwardNumber,
    AwardKind,
    WhatFor,
    IssuedOn,
    PlanTitle,
    Form,
    Host,
    When,
    Responsible,
    Target,
    Planned,
    Actual,
    Product,
    Done,
}

/// The words of an export that are not the user's data.
pub trait ExportWords {
    fn part(&self, part: Part) -> String;
    fn column(&self, column: Column) -> String;
    fn mode(&self, mode: AttendanceMode) -> String;
    fn yes_no(&self, yes: bool) -> String;
    /// What a feedback form about the whole event says it is about.
    fn whole_event(&self) -> String;
    fn light(&self, light: TrafficLight) -> String;
    fn observation_status(&self, status: ObservationStatus) -> String;
    fn award_kind(&self, kind: AwardKind) -> String;
    fn award_status(&self, status: AwardStatus) -> String;
    fn plan_form(&self, form: PlanForm) -> String;
    /// A month's name as a plan's row gives it when its day is not known.
    fn month(&self, month: u32) -> String;
    /// The day the plan's rows are judged at: held, late.
    fn today(&self) -> NaiveDate;
}

/// The sheets of one export and which of them a CSV file, which holds
/// one, carries: the rows as entered rather than their sums.
#[derive(Debug, Clone, PartialEq)]
pub struct Export {
    pub sheets: Vec<Sheet>,
    pub csv_sheet: usize,
}

impl Export {
    fn one(sheet: Sheet) -> Export {
        Export { sheets: vec![sheet], csv_sheet: 0 }
    }

    /// The data rows written, for the user's notice.
    pub fn rows(&self) -> usize {
        self.sheets.get(self.csv_sheet).map_or(0, |s| s.rows.len())
    }

    pub fn to_bytes(&self, kind: FileKind) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
        match kind {
            FileKind::Xlsx => to_xlsx(&self.sheets),
            FileKind::Csv => Ok(self.sheets.get(self.csv_sheet).map(to_csv).unwrap_or_default()),
        }
    }
}

/// The list `what`; `event` is needed by all but the people.
pub fn export(project: &Project, event: Option<&Event>, what: What, words: &dyn ExportWords) -> Export {
    let lists = Lists::new(project, words);
    match (what, event) {
        (What::People, _) => Export::one(lists.people()),
        (What::YearPlan, _) => Export { sheets: lists.year_plans(), csv_sheet: 0 },
        (_, None) => Export::one(Sheet::default()),
        (What::Registrations, Some(event)) => Export::one(lists.registrations(event)),
        (What::SignIn, Some(event)) => Export::one(lists.sign_in(event)),
        (What::Feedback, Some(event)) => Export {
            sheets: vec![lists.feedback_questions(event), lists.feedback_forms(event)],
            csv_sheet: 1,
        },
        (What::Observations, Some(event)) => Export {
            sheets: vec![lists.observation_criteria(event), lists.observation_levels(event)],
            csv_sheet: 1,
        },
        (What::Awards, Some(event)) => Export::one(lists.awards(event)),
    }
}

struct Lists<'a> {
    project: &'a Project,
    words: &'a dyn ExportWords,
    people: HashMap<PersonId, &'a Person>,
}

impl<'a> Lists<'a> {
    fn new(project: &'a Project, words: &'a dyn ExportWords) -> Self {
        Lists { project, words, people: project.people.iter().map(|p| (p.id, p)).collect() }
    }

    fn sheet(&self, part: Part, columns: &[Column], rows: Vec<Vec<Cell>>) -> Sheet {
        Sheet {
            name: self.words.part(part),
            headers: columns.iter().map(|c| self.words.column(*c)).collect(),
            rows,
        }
    }

    fn name(&self, id: PersonId) -> String {
        self.people.get(&id).map(|p| p.full_name.clone()).unwrap_or_default()
    }

    fn names(&self, ids: &[PersonId]) -> String {
        ids.iter().map(|id| self.name(*id)).filter(|n| !n.is_empty()).collect::<Vec<_>>().join(", ")
    }

    fn organisation(&self, person: &Person) -> String {
        person.school.and_then(|id| self.project.school(id)).map(|s| s.name.clone()).unwrap_or_default()
    }

    /// People of `ids` known to the project, by name as a list is read.
    fn alphabetical<T>(&self, items: impl Iterator<Item = (PersonId, T)>) -> Vec<(&'a Person, T)> {
        let mut known: Vec<(&Person, T)> =
            items.filter_map(|(id, item)| Some((*self.people.get(&id)?, item))).collect();
        known.sort_by(|a, b| alphabetical(&a.0.full_name, &b.0.full_name));
        known
    }

    fn people(&self) -> Sheet {
        use Column::*;
        let people = self.alphabetical(self.project.people.iter().map(|p| (p.id, ())));
        let rows = people
            .iter()
            .zip(1usize..)
            .map(|((person, ()), number)| {
                vec![
                    number.into(),
                    person.full_name.as_str().into(),
                    self.organisation(person).into(),
                    person.position.as_str().into(),
                    person.subjects.join(", ").into(),
                    person.qualification.clone().into(),
                    person.email.clone().into(),
                    person.phone.clone().into(),
                    person.region.clone().into(),
                ]
            })
            .collect();
        self.sheet(
            Part::People,
            &[Number, FullName, Organisation, Position, Subjects, Qualification, Email, Phone, Region],
            rows,
        )
    }

    fn registrations(&self, event: &Event) -> Sheet {
        use Column::*;
        let rows = self.registered(event, |person, registration| {
            vec![
                person.email.clone().into(),
                person.phone.clone().into(),
                self.words.mode(registration.mode).into(),
                registration.group.clone().into(),
                registration.attended.map(|yes| self.words.yes_no(yes)).into(),
            ]
        });
        self.sheet(
            Part::Registrations,
            &[Number, FullName, Organisation, Position, Email, Phone, Mode, Group, Attended],
            rows,
        )
    }

    /// The sheet people sign at the door, with an empty column to sign in.
    fn sign_in(&self, event: &Event) -> Sheet {
        use Column::*;
        let rows = self.registered(event, |_, registration| {
            vec![self.words.mode(registration.mode).into(), Cell::Empty]
        });
        self.sheet(Part::SignIn, &[Number, FullName, Organisation, Position, Mode, Signature], rows)
    }

    /// The registered by name, numbered, with name, organisation and
    /// position, then the cells `more` gives each.
    fn registered(
        &self,
        event: &Event,
        more: impl Fn(&Person, &crate::domain::Registration) -> Vec<Cell>,
    ) -> Vec<Vec<Cell>> {
        let registered = self.alphabetical(event.registrations.iter().map(|r| (r.person, r)));
        registered
            .iter()
            .zip(1usize..)
            .map(|((person, registration), number)| {
                let mut row = vec![
                    number.into(),
                    person.full_name.as_str().into(),
                    self.organisation(person).into(),
                    person.position.as_str().into(),
                ];
                row.extend(more(person, registration));
                row
            })
            .collect()
    }

    fn feedback_questions(&self, event: &Event) -> Sheet {
        use Column::*;
        let rows = results(event)
            .questions
            .iter()
            .zip(1usize..)
            .map(|(question, number)| {
                let mut row = vec![
                    number.into(),
                    question.text.as_str().into(),
                    question.answers.into(),
                    question.mean.map_or(Cell::Empty, |m| Cell::Number(round2(m))),
                ];
                row.extend(question.counts.iter().map(|n| Cell::from(*n)));
                row
            })
            .collect();
        let mut columns = vec![Number, Question, Answers, Mean];
        columns.extend((1..=crate::domain::feedback::MAX_RATING).map(Rated));
        self.sheet(Part::FeedbackQuestions, &columns, rows)
    }

    /// One row per form as it was entered, a column per question.
    fn feedback_forms(&self, event: &Event) -> Sheet {
        let sessions: HashMap<SessionId, &str> =
            event.sessions.iter().map(|s| (s.id, s.title.as_str())).collect();
        let mut forms: Vec<_> = event.feedback.iter().collect();
        forms.sort_by_key(|f| f.entered);
        let rows = forms
            .iter()
            .zip(1usize..)
            .map(|(form, number)| {
                let respondent = match form.respondent {
                    Some(id) => self.name(id),
                    None => form.respondent_name.clone(),
                };
                let about = match form.target {
                    FeedbackTarget::Event => self.words.whole_event(),
                    FeedbackTarget::Session(id) => {
                        sessions.get(&id).map(|t| (*t).to_owned()).unwrap_or_default()
                    }
                };
                let mut row: Vec<Cell> = vec![
                    number.into(),
                    Cell::DateTime(form.entered.with_timezone(&chrono::Local).naive_local()),
                    respondent.into(),
                    about.into(),
                ];
                row.extend(
                    event
                        .feedback_questions
                        .iter()
                        .map(|q| form.ratings.get(&q.key).map(|r| u32::from(*r)).into()),
                );
                row.extend([
                    form.stars.join("\n").into(),
                    form.wish.as_str().into(),
                    form.comment.as_str().into(),
                    form.coins.into(),
                    form.light.map(|l| self.words.light(l)).into(),
                ]);
                row
            })
            .collect();
        let word = |c: Column| self.words.column(c);
        let mut headers =
            vec![word(Column::Number), word(Column::Entered), word(Column::Respondent), word(Column::About)];
        headers.extend(event.feedback_questions.iter().map(|q| q.text.clone()));
        headers
            .extend([Column::Stars, Column::Wish, Column::Comment, Column::Coins, Column::Light].map(word));
        Sheet { name: self.words.part(Part::FeedbackForms), headers, rows }
    }

    /// For each observed lesson, each criterion's mean over its observers.
    fn observation_criteria(&self, event: &Event) -> Sheet {
        use Column::*;
        let mut rows = Vec::new();
        for session in self.observed_sessions(event) {
            let summary = lesson_summary(self.project, event, session.id);
            for row in &summary.rows {
                rows.push(vec![
                    Cell::Date(session.day),
                    session.start.format("%H:%M").to_string().into(),
                    session.title.as_str().into(),
                    self.teachers(session).into(),
                    row.title.as_str().into(),
                    row.levels.iter().flatten().count().into(),
                    row.mean.map_or(Cell::Empty, |m| Cell::Number(round2(m))),
                    u32::from(row.top).into(),
                ]);
            }
        }
        self.sheet(
            Part::ObservationCriteria,
            &[Day, Start, Lesson, Teacher, Criterion, Observers, Mean, Top],
            rows,
        )
    }

    /// Every observer's level on every criterion, one per row.
    fn observation_levels(&self, event: &Event) -> Sheet {
        use Column::*;
        let mut rows = Vec::new();
        for session in self.observed_sessions(event) {
            for observation in event.observations.iter().filter(|o| o.session == session.id) {
                let Some(template) = self.project.template(observation.template) else { continue };
                for criterion in &template.criteria {
                    rows.push(vec![
                        Cell::Date(session.day),
                        session.start.format("%H:%M").to_string().into(),
                        session.title.as_str().into(),
                        self.teachers(session).into(),
                        self.name(observation.observer).into(),
                        self.words.observation_status(observation.status).into(),
                        criterion.title.as_str().into(),
                        observation.ratings.get(&criterion.key).map(|l| u32::from(*l)).into(),
                        u32::from(template.scale.top()).into(),
                        observation.strengths.as_str().into(),
                        observation.improvements.as_str().into(),
                        observation.recommendation.as_str().into(),
                    ]);
                }
            }
        }
        self.sheet(
            Part::ObservationLevels,
            &[
                Day,
                Start,
                Lesson,
                Teacher,
                Observer,
                Status,
                Criterion,
                Level,
                Top,
                Strengths,
                Improvements,
                Recommendation,
            ],
            rows,
        )
    }

    fn observed_sessions<'e>(&self, event: &'e Event) -> Vec<&'e crate::domain::Session> {
        let mut sessions: Vec<_> =
            event.sessions.iter().filter(|s| event.observations.iter().any(|o| o.session == s.id)).collect();
        sessions.sort_by_key(|s| (s.day, s.start));
        sessions
    }

    fn teachers(&self, session: &crate::domain::Session) -> String {
        match &session.lesson {
            Some(lesson) => self.names(&lesson.teachers),
            None => self.names(&session.responsible),
        }
    }

    fn awards(&self, event: &Event) -> Sheet {
        use Column::*;
        let rows = register(self.project, event.id)
            .into_iter()
            .map(|award| {
                vec![
                    award.number.as_str().into(),
                    self.name(award.person).into(),
                    self.words.award_kind(award.kind).into(),
                    award.what_for().into(),
                    Cell::Date(award.issued_on),
                    self.words.award_status(award.status).into(),
                ]
            })
            .collect();
        self.sheet(Part::Awards, &[AwardNumber, FullName, AwardKind, WhatFor, IssuedOn, Status], rows)
    }
}

impl Lists<'_> {
    /// One sheet per plan, rows in the order of the school year, each as it
    /// stands: a held event's attendance is its actual number.
    fn year_plans(&self) -> Vec<Sheet> {
        let plans = &self.project.year_plans;
        if plans.is_empty() {
            // The headers alone, as every other empty list is written.
            return vec![self.year_plan(&YearPlan::for_year_of("", self.words.today()))];
        }
        plans
            .iter()
            .enumerate()
            .map(|(index, plan)| {
                let mut sheet = self.year_plan(plan);
                if plans.len() > 1 {
                    sheet.name = format!("{} {}", sheet.name, index + 1);
                }
                sheet
            })
            .collect()
    }

    fn year_plan(&self, plan: &YearPlan) -> Sheet {
        use Column::*;
        let today = self.words.today();
        let rows = plan
            .by_month()
            .into_iter()
            .zip(1usize..)
            .map(|(row, number)| {
                let state = crate::domain::year_plan::row_state(plan, row, self.project, today);
                let when = match (row.planned_on, row.month) {
                    (Some(day), _) => Cell::Date(day),
                    (None, Some(month)) => self.words.month(month).into(),
                    (None, None) => Cell::Empty,
                };
                let host = row.host.and_then(|id| self.project.school(id)).map(|s| s.name.as_str());
                vec![
                    number.into(),
                    row.title.as_str().into(),
                    self.words.plan_form(row.form).into(),
                    host.unwrap_or_default().into(),
                    when,
                    self.names(&row.responsible).into(),
                    row.target.as_str().into(),
                    row.planned_count.into(),
                    state.actual_count.into(),
                    row.product.as_str().into(),
                    self.words.yes_no(state.done).into(),
                ]
            })
            .collect();
        self.sheet(
            Part::YearPlan,
            &[Number, PlanTitle, Form, Host, When, Responsible, Target, Planned, Actual, Product, Done],
            rows,
        )
    }
}

/// Means to two places, as the report prints them.
fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}
