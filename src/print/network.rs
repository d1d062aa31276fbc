//! The documents of a mentoring programme, a course and a network's year:
//! the order's annex with the approved mentors, mentor and course
//! certificates, a pair's plan and log, the year plan and the year report.
//!
//! They are printed for a programme, a pair, a course or a year plan, not
//! for an event; the first of the project's is taken when none is asked.
//! Tables stay summarised (per direction, per school, per month, per form):
//! a network of forty-five schools logs thousands of activities, and its
//! report must remain a few pages that print at once.

use super::awards::{orientation_of, place_and_date, signatory_value, signing};
use super::data::{emblem_file, labels};
use super::{Document, PeopleSet, Prepared, PrintError, Request};
use crate::domain::awards::Series;
use crate::domain::collate;
use crate::domain::course::{Course, course_certificates, mentor_certificates};
use crate::domain::mentoring::{
    ApprovedMentor, Direction, MentoringProgramme, Order, Pair, PairStatus, Progress, progress_by_direction,
};
use crate::domain::year_plan::{PlanForm, YearPlan, per_month, per_school, row_state};
use crate::domain::*;
use crate::i18n::{Language, document_loader, format_date_long_in, format_date_short, format_name_in};
use chrono::{Datelike, NaiveDate};
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashSet};

/// What kind of thing a document of [`Document::NETWORK`] is printed for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SubjectKind {
    Programme,
    Pair,
    Course,
    Plan,
}

impl SubjectKind {
    pub fn code(self) -> &'static str {
        match self {
            SubjectKind::Programme => "programme",
            SubjectKind::Pair => "pair",
            SubjectKind::Course => "course",
            SubjectKind::Plan => "plan",
        }
    }
}

/// The programme, pair, course or year plan a document is printed for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Subject {
    Programme(ProgrammeId),
    Pair(PairId),
    Course(CourseId),
    Plan(YearPlanId),
}

impl Subject {
    /// The subject of `kind` with the id `text`, whether or not the project
    /// holds it.
    pub fn parse(kind: SubjectKind, text: &str) -> Option<Subject> {
        let text = text.trim();
        Some(match kind {
            SubjectKind::Programme => Subject::Programme(text.parse().ok()?),
            SubjectKind::Pair => Subject::Pair(text.parse().ok()?),
            SubjectKind::Course => Subject::Course(text.parse().ok()?),
            SubjectKind::Plan => Subject::Plan(text.parse().ok()?),
        })
    }

    pub fn id(self) -> String {
        match self {
            Subject::Programme(id) => id.to_string(),
            Subject::Pair(id) => id.to_string(),
            Subject::Course(id) => id.to_string(),
            Subject::Plan(id) => id.to_string(),
        }
    }
}

/// The project's subjects of `kind` with a line that names each, in the
/// project's order: for the command line's list and the print screen's
/// choice.
pub fn subjects(project: &Project, kind: SubjectKind) -> Vec<(Subject, String)> {
    match kind {
        SubjectKind::Programme => {
            project.programmes.iter().map(|p| (Subject::Programme(p.id), p.title.clone())).collect()
        }
        SubjectKind::Pair => project
            .programmes
            .iter()
            .flat_map(|programme| {
                programme.pairs.iter().map(move |pair| (Subject::Pair(pair.id), pair_name(project, pair)))
            })
            .collect(),
        SubjectKind::Course => {
            project.courses.iter().map(|c| (Subject::Course(c.id), c.title.clone())).collect()
        }
        SubjectKind::Plan => {
            project.year_plans.iter().map(|p| (Subject::Plan(p.id), p.title.clone())).collect()
        }
    }
}

/// «Mentor — mentee, mentee»: a pair as a list names it.
fn pair_name(project: &Project, pair: &Pair) -> String {
    let name = |id: PersonId| project.person(id).map(|p| p.full_name.clone()).unwrap_or_default();
    let mentees: Vec<String> = pair.mentees.iter().map(|id| name(*id)).collect();
    format!("{} — {}", name(pair.mentor), mentees.join(", "))
}

/// The day a document of `request` is dated by default: the last day of
/// its programme, pair, course or plan, or `today` when that is still
/// ahead (a certificate of a course that ended in March is dated in
/// March, a running programme's annex today).
pub fn natural_date(project: &Project, request: &Request, today: NaiveDate) -> NaiveDate {
    let ends = match request.document {
        Document::MentorAnnex | Document::MentorCertificates => {
            programme_of(project, request).ok().map(|p| p.ends_on)
        }
        Document::PairPlan => pair_of(project, request).ok().map(|(_, pair)| pair.ends_on),
        Document::CourseCertificates => course_of(project, request).ok().map(|c| c.ends_on),
        Document::YearPlan | Document::YearReport => plan_of(project, request).ok().map(YearPlan::ends_on),
        _ => None,
    };
    ends.map_or(today, |ends| ends.min(today))
}

fn programme_of<'p>(project: &'p Project, request: &Request) -> Result<&'p MentoringProgramme, PrintError> {
    let found = match request.subject {
        Some(Subject::Programme(id)) => project.programmes.iter().find(|p| p.id == id),
        Some(Subject::Pair(id)) => project.programmes.iter().find(|p| p.pair(id).is_some()),
        _ => project.programmes.first(),
    };
    found.ok_or(PrintError::NoSubject(SubjectKind::Programme))
}

fn pair_of<'p>(
    project: &'p Project,
    request: &Request,
) -> Result<(&'p MentoringProgramme, &'p Pair), PrintError> {
    let mut pairs = project.programmes.iter().flat_map(|p| p.pairs.iter().map(move |pair| (p, pair)));
    let found = match request.subject {
        Some(Subject::Pair(id)) => pairs.find(|(_, pair)| pair.id == id),
        Some(Subject::Programme(id)) => pairs.find(|(p, _)| p.id == id),
        _ => pairs.next(),
    };
    found.ok_or(PrintError::NoSubject(SubjectKind::Pair))
}

fn course_of<'p>(project: &'p Project, request: &Request) -> Result<&'p Course, PrintError> {
    let found = match request.subject {
        Some(Subject::Course(id)) => project.courses.iter().find(|c| c.id == id),
        _ => project.courses.first(),
    };
    found.ok_or(PrintError::NoSubject(SubjectKind::Course))
}

/// A plan asked by its id, or the plan of the programme asked: a year
/// report «of a programme» is its plan's.
fn plan_of<'p>(project: &'p Project, request: &Request) -> Result<&'p YearPlan, PrintError> {
    let plans = &project.year_plans;
    let found = match request.subject {
        Some(Subject::Plan(id)) => plans.iter().find(|p| p.id == id),
        Some(Subject::Programme(id)) => plans.iter().find(|p| p.programme == Some(id)),
        _ => plans.first(),
    };
    found.ok_or(PrintError::NoSubject(SubjectKind::Plan))
}

pub(super) fn prepare(
    project: &Project,
    request: &Request,
    languages: &[Language],
) -> Result<Prepared, PrintError> {
    let loaders: Vec<&'static FluentLanguageLoader> = languages.iter().map(|l| document_loader(*l)).collect();
    let sheet = Sheet { project, request, loaders: &loaders };
    let mut new_awards = Vec::new();
    let (title, body) = match request.document {
        Document::MentorAnnex => sheet.annex()?,
        Document::MentorCertificates | Document::CourseCertificates => {
            let (title, body, issued) = sheet.certificates()?;
            new_awards = issued;
            (title, body)
        }
        Document::PairPlan => sheet.pair_plan()?,
        Document::YearPlan => sheet.year_plan()?,
        _ => sheet.year_report()?,
    };
    let mut data = json!({
        "document": request.document.code(),
        "lang": languages[0].code(),
        "langs": loaders.iter().map(|l| json!({ "labels": sheet_labels(l) })).collect::<Vec<_>>(),
        "project": { "title": project.title, "organizer": project.organizer, "emblem": emblem_file(project, request) },
        // The shared styles title the PDF after the event; here it is the
        // programme's, course's or plan's title.
        "event": { "title": title },
        "body": body,
    });
    super::bound::bound_texts(&mut data);
    Ok(Prepared { document: request.document, data, new_awards, files: request.files.clone() })
}

/// The fixed words of every document, and those of these ones.
fn sheet_labels(l: &FluentLanguageLoader) -> Value {
    let mut all = labels(l);
    let Value::Object(map) = &mut all else { return all };
    let mut put = |key: &str, text: String| {
        map.insert(key.to_owned(), Value::String(text));
    };
    put("direction", fl!(l, "print-network-direction"));
    put("term", fl!(l, "print-network-term"));
    put("programme_name", fl!(l, "print-network-programme"));
    put("mentor", fl!(l, "print-network-mentor"));
    put("mentee", fl!(l, "print-network-mentee"));
    put("mentees", fl!(l, "print-network-mentees"));
    put("done", fl!(l, "print-network-done"));
    put("total", fl!(l, "print-network-total"));
    put("hours", fl!(l, "print-network-hours"));
    put("annex_of_order", fl!(l, "print-annex-of-order"));
    put("annex_heading", fl!(l, "print-annex-heading"));
    put("order", fl!(l, "print-mentor-order"));
    put("course_dates", fl!(l, "print-course-dates"));
    put("partner", fl!(l, "print-course-partner"));
    put("pair_plan", fl!(l, "print-pair-plan"));
    put("pair_log", fl!(l, "print-pair-log"));
    put("task", fl!(l, "print-pair-task"));
    put("due", fl!(l, "print-pair-due"));
    put("status", fl!(l, "print-pair-status-label"));
    put("reason", fl!(l, "print-pair-reason"));
    put("no_tasks", fl!(l, "print-pair-no-tasks"));
    put("done_what", fl!(l, "print-pair-notes"));
    put("audience_group", fl!(l, "print-year-audience"));
    put("month", fl!(l, "print-year-month-label"));
    put("no_activities", fl!(l, "print-pair-no-activities"));
    put("year_plan", fl!(l, "print-year-plan"));
    put("year_report", fl!(l, "print-year-report"));
    put("network", fl!(l, "print-year-network"));
    put("event", fl!(l, "print-year-event"));
    put("form", fl!(l, "print-year-form"));
    put("host", fl!(l, "print-year-host"));
    put("when", fl!(l, "print-year-when"));
    put("target", fl!(l, "print-year-target"));
    put("planned", fl!(l, "print-year-planned"));
    put("actual", fl!(l, "print-year-actual"));
    put("product", fl!(l, "print-year-product"));
    put("late", fl!(l, "print-year-late"));
    put("summary", fl!(l, "print-year-summary"));
    put("held", fl!(l, "print-year-held"));
    put("overdue", fl!(l, "print-year-overdue"));
    put("by_form", fl!(l, "print-year-by-form"));
    put("by_month", fl!(l, "print-year-by-month"));
    put("by_school", fl!(l, "print-year-by-school"));
    put("hosted", fl!(l, "print-year-hosted"));
    put("attended", fl!(l, "print-year-attended"));
    put("teachers", fl!(l, "print-year-teachers"));
    put("products", fl!(l, "print-year-products"));
    put("courses", fl!(l, "print-year-courses"));
    put("passed", fl!(l, "print-year-passed"));
    put("certificates", fl!(l, "print-year-certificates"));
    put("mentoring", fl!(l, "print-year-mentoring"));
    put("pairs", fl!(l, "print-year-pairs"));
    put("tasks_done", fl!(l, "print-year-tasks-done"));
    put("activities", fl!(l, "print-year-activities"));
    put("visits", fl!(l, "print-year-visits"));
    put("stale", fl!(l, "print-year-stale"));
    put("period", fl!(l, "print-year-period"));
    all
}

/// «1 September 2024 – 31 May 2026», as the language writes dates.
fn term_in(l: &FluentLanguageLoader, from: NaiveDate, to: NaiveDate) -> String {
    if from == to {
        format_date_long_in(l, from)
    } else {
        format!("{} – {}", format_date_long_in(l, from), format_date_long_in(l, to))
    }
}

/// «№ 214, 2025 жылғы 27 тамыз»: a number typed with its own «№» gets
/// no second one.
fn order_line(l: &FluentLanguageLoader, order: &Order) -> String {
    fl!(l, "print-annex-order-line", number = order.bare_number(), date = format_date_long_in(l, order.date))
}

/// A title set inside the sentence's «…»: quotation marks of its own
/// become the inner „…“, as a quote within a quote is written.
fn nested(title: &str) -> String {
    title.trim().replace('«', "„").replace('»', "“")
}

fn short_term(from: NaiveDate, to: NaiveDate) -> String {
    format!("{} – {}", format_date_short(from), format_date_short(to))
}

/// Hours as they are counted: 2, or 1,5 with the language's separator.
fn hours_in(l: &FluentLanguageLoader, hours: f64) -> String {
    let digits = if hours.fract().abs() < 1e-9 { 0 } else { 1 };
    crate::i18n::format_decimal_in(l, hours, digits)
}

/// The year a series of numbers starts with when none is typed:
/// `2025/001`. Numbers already given anywhere in the project are passed
/// over, so two kinds of certificate of one year never share a number.
fn series_of(request: &Request, year: i32) -> Series {
    if request.series.trim().is_empty() {
        Series { prefix: format!("{year}/"), width: 3, first: 1 }
    } else {
        Series::parse(&request.series)
    }
}

struct Sheet<'a> {
    project: &'a Project,
    request: &'a Request,
    loaders: &'a [&'static FluentLanguageLoader],
}

impl Sheet<'_> {
    fn lead(&self) -> &'static FluentLanguageLoader {
        self.loaders[0]
    }

    fn each(&self, words: impl Fn(&FluentLanguageLoader) -> String) -> Value {
        Value::from(self.loaders.iter().map(|l| words(l)).collect::<Vec<_>>())
    }

    fn name(&self, id: PersonId) -> String {
        self.project.person(id).map(|p| p.full_name.clone()).unwrap_or_default()
    }

    fn names(&self, ids: &[PersonId]) -> String {
        ids.iter().map(|id| self.name(*id)).filter(|n| !n.is_empty()).collect::<Vec<_>>().join(", ")
    }

    fn school_name(&self, id: Option<SchoolId>) -> String {
        id.and_then(|id| self.project.school(id)).map(|s| s.name.clone()).unwrap_or_default()
    }

    /// A person as a table lists her: name, position, school.
    fn person(&self, id: PersonId) -> Value {
        let person = self.project.person(id);
        json!({
            "name": self.name(id),
            "position": person.map(|p| p.position.clone()).unwrap_or_default(),
            "school": self.school_name(person.and_then(|p| p.school)),
        })
    }

    fn signatories(&self) -> Vec<Value> {
        signing(self.project, self.request).into_iter().map(signatory_value).collect()
    }

    fn issued(&self, date: NaiveDate) -> String {
        place_and_date(self.project, self.request, self.lead(), date)
    }

    /// The head who approves a plan: the one chosen for it, or the
    /// project's first signatory; none leaves lines to fill by hand.
    fn approval(&self) -> Value {
        signing(self.project, self.request).first().map_or(Value::Null, |s| signatory_value(s))
    }

    fn chosen(&self) -> Option<&Vec<PersonId>> {
        match &self.request.people {
            PeopleSet::Chosen(ids) => Some(ids),
            _ => None,
        }
    }

    fn annex(&self) -> Result<(String, Value), PrintError> {
        let programme = programme_of(self.project, self.request)?;
        if programme.mentors.is_empty() {
            return Err(PrintError::NobodyToCertify {
                kind: SubjectKind::Programme,
                title: programme.title.clone(),
            });
        }
        let l = self.lead();
        let order = programme.order.as_ref().map(|o| order_line(l, o));
        // Mentors of a direction since removed are listed last, under no
        // heading, rather than dropped from the order.
        let mut groups: Vec<(Option<&Direction>, Vec<&ApprovedMentor>)> =
            programme.directions.iter().map(|d| (Some(d), Vec::new())).collect();
        let mut orphans = Vec::new();
        for mentor in &programme.mentors {
            match groups.iter_mut().find(|(d, _)| d.is_some_and(|d| d.id == mentor.direction)) {
                Some((_, mentors)) => mentors.push(mentor),
                None => orphans.push(mentor),
            }
        }
        groups.push((None, orphans));
        let mut number = 0;
        let directions: Vec<Value> = groups
            .into_iter()
            .filter(|(_, mentors)| !mentors.is_empty())
            .map(|(direction, mut mentors)| {
                mentors.sort_by_cached_key(|m| {
                    collate::alphabetical_key(&self.name(m.person)).collect::<Vec<_>>()
                });
                let rows: Vec<Value> = mentors
                    .iter()
                    .map(|mentor| {
                        number += 1;
                        let mut seen = HashSet::new();
                        let mentees: Vec<Value> = programme
                            .pairs
                            .iter()
                            .filter(|p| p.mentor == mentor.person)
                            .flat_map(|p| p.mentees.iter().copied())
                            .filter(|id| seen.insert(*id))
                            .map(|id| self.person(id))
                            .collect();
                        json!({
                            "n": number,
                            "mentor": self.person(mentor.person),
                            "mentees": mentees,
                            "term": short_term(mentor.starts_on, mentor.ends_on),
                        })
                    })
                    .collect();
                json!({
                    "name": direction.map(|d| d.name.clone()).unwrap_or_default(),
                    "responsible": direction.map(|d| self.names(&d.responsible)).unwrap_or_default(),
                    "mentors": rows,
                })
            })
            .collect();
        let body = json!({
            "order": order,
            "title": programme.title,
            "organiser": programme.organiser,
            "term": term_in(l, programme.starts_on, programme.ends_on),
            "directions": directions,
            "count": fl!(l, "print-annex-count", count = programme.mentors.len()),
            "signatories": self.signatories(),
            "issued": self.issued(self.request.issued_on),
        });
        Ok((programme.title.clone(), body))
    }

    /// Mentor or course certificates, numbered once in the awards
    /// register; a hand-picked list prints only its own.
    fn certificates(&self) -> Result<(String, Value, Vec<Award>), PrintError> {
        let issued_on = self.request.issued_on;
        let (title, issuers, awards, new, kind) = if self.request.document == Document::MentorCertificates {
            let mut programme = programme_of(self.project, self.request)?.clone();
            if let Some(ids) = self.chosen() {
                programme.mentors.retain(|m| ids.contains(&m.person));
            }
            if programme.mentors.is_empty() {
                return Err(PrintError::NobodyToCertify {
                    kind: SubjectKind::Programme,
                    title: programme.title.clone(),
                });
            }
            let series = series_of(self.request, programme.ends_on.year());
            let (awards, new) = mentor_certificates(self.project, &programme, &series, issued_on);
            let issuers = vec![programme.organiser.clone()];
            (programme.title.clone(), issuers, awards, new, SubjectKind::Programme)
        } else {
            let mut course = course_of(self.project, self.request)?.clone();
            if let Some(ids) = self.chosen() {
                course.participants.retain(|p| ids.contains(&p.person));
            }
            if course.passed().next().is_none() {
                return Err(PrintError::NobodyToCertify { kind: SubjectKind::Course, title: course.title });
            }
            let series = series_of(self.request, course.ends_on.year());
            let (awards, new) = course_certificates(self.project, &course, &series, issued_on);
            let issuers = vec![course.organiser.clone(), course.partner.clone()];
            (course.title.clone(), issuers, awards, new, SubjectKind::Course)
        };
        let pages: Vec<Value> = awards.iter().map(|award| self.certificate_page(award, kind)).collect();
        let issuers: Vec<String> =
            issuers.into_iter().map(|i| i.trim().to_owned()).filter(|i| !i.is_empty()).collect();
        let body = json!({
            "kind": kind.code(),
            "heading": self.each(|l| fl!(l, "print-certificate")),
            "issuers": issuers,
            "orientation": orientation_of(self.project, self.request).code(),
            "signatories": self.signatories(),
            "awards": pages,
        });
        Ok((title, body, new))
    }

    /// One certificate: who holds it and, in each language, what it
    /// confirms with its particulars.
    fn certificate_page(&self, award: &Award, kind: SubjectKind) -> Value {
        let texts: Vec<Value> = self
            .loaders
            .iter()
            .map(|l| match kind {
                SubjectKind::Course => self.course_text(l, award),
                _ => self.mentor_text(l, award),
            })
            .collect();
        let mut page = self.person(award.person);
        page["texts"] = Value::from(texts);
        page["number"] = fl!(self.lead(), "print-number", number = award.number.as_str()).into();
        page["issued"] = self.issued(award.issued_on).into();
        page
    }

    fn mentor_text(&self, l: &FluentLanguageLoader, award: &Award) -> Value {
        let programme = award.programme.and_then(|id| self.project.programmes.iter().find(|p| p.id == id));
        let Some(programme) = programme else { return json!({ "text": award.title, "lines": [] }) };
        let line = |label: String, value: String| json!({ "label": label, "value": value });
        let mut lines = Vec::new();
        if let Some(mentor) = programme.mentor(award.person) {
            if let Some(direction) = programme.direction(mentor.direction) {
                lines.push(line(fl!(l, "print-network-direction"), direction.name.clone()));
            }
            lines.push(line(fl!(l, "print-network-term"), term_in(l, mentor.starts_on, mentor.ends_on)));
        }
        if let Some(order) = &programme.order {
            lines.push(line(fl!(l, "print-mentor-order"), order_line(l, order)));
        }
        json!({
            "text": fl!(l, "print-mentor-text", programme = nested(&programme.title)),
            "lines": lines,
        })
    }

    fn course_text(&self, l: &FluentLanguageLoader, award: &Award) -> Value {
        let course = award.course.and_then(|id| self.project.courses.iter().find(|c| c.id == id));
        let Some(course) = course else { return json!({ "text": award.title, "lines": [] }) };
        json!({
            "text": fl!(l, "print-course-text", course = nested(&course.title)),
            "hours": fl!(l, "print-course-hours", hours = course.hours),
            "lines": [
                { "label": fl!(l, "print-course-dates"), "value": term_in(l, course.starts_on, course.ends_on) },
                { "label": fl!(l, "print-format"), "value": format_name_in(l, course.format) },
            ],
        })
    }

    fn pair_plan(&self) -> Result<(String, Value), PrintError> {
        let (programme, pair) = pair_of(self.project, self.request)?;
        let l = self.lead();
        let mut pair = pair.clone();
        pair.sort();
        let progress = pair.progress(self.request.issued_on);
        let tasks: Vec<Value> = pair
            .plan
            .iter()
            .enumerate()
            .map(|(i, task)| {
                json!({
                    "n": i + 1,
                    "task": task.task,
                    "due": task.due.map(format_date_short).unwrap_or_default(),
                    "done": task.done,
                })
            })
            .collect();
        let activities: Vec<Value> = pair
            .activities
            .iter()
            .enumerate()
            .map(|(i, a)| {
                json!({
                    "n": i + 1,
                    "date": format_date_short(a.date),
                    "kind": crate::i18n::activity_kind_name_in(l, a.kind),
                    "hours": hours_in(l, a.hours),
                    "notes": a.notes,
                    "observation": a.observation.is_some().then(|| fl!(l, "print-pair-observation")),
                })
            })
            .collect();
        let direction = programme.direction(pair.direction);
        let body = json!({
            "programme": programme.title,
            "organiser": programme.organiser,
            "direction": direction.map(|d| d.name.clone()).unwrap_or_default(),
            "responsible": direction.map(|d| self.names(&d.responsible)).unwrap_or_default(),
            "mentor": self.person(pair.mentor),
            "mentees": pair.mentees.iter().map(|id| self.person(*id)).collect::<Vec<_>>(),
            "term": term_in(l, pair.starts_on, pair.ends_on),
            "status": crate::i18n::pair_status_name_in(l, pair.status),
            "reason": (pair.status == PairStatus::EndedEarly).then(|| pair.end_reason.trim().to_owned()),
            "tasks": tasks,
            "activities": activities,
            "hours": hours_in(l, progress.hours),
            "progress": self.progress_line(&progress),
            "issued": self.issued(self.request.issued_on),
        });
        Ok((pair_name(self.project, &pair), body))
    }

    fn progress_line(&self, progress: &Progress) -> String {
        let l = self.lead();
        fl!(
            l,
            "print-pair-progress",
            done = progress.tasks_done,
            tasks = progress.tasks,
            activities = progress.activities,
            hours = hours_in(l, progress.hours),
            last = progress.last_contact.map(format_date_short).unwrap_or_else(|| "—".to_owned())
        )
    }

    /// «2024–2025 оқу жылы» and the network the plan is of.
    fn plan_heading(&self, plan: &YearPlan) -> Value {
        let l = self.lead();
        let network = plan.network.and_then(|id| self.project.networks.iter().find(|n| n.id == id));
        let programme = plan.programme.and_then(|id| self.project.programmes.iter().find(|p| p.id == id));
        json!({
            "title": plan.title,
            "network": network.map(|n| n.title.clone()),
            "leading": network.map(|n| self.school_name(Some(n.leading))),
            "programme": programme.map(|p| p.title.clone()),
            "year": fl!(
                l,
                "print-year-school-year",
                from = plan.starts_on.year().to_string(),
                to = plan.ends_on().year().to_string()
            ),
            "period": term_in(l, plan.starts_on, plan.ends_on()),
        })
    }

    fn year_plan(&self) -> Result<(String, Value), PrintError> {
        let plan = plan_of(self.project, self.request)?;
        let l = self.lead();
        let today = self.request.issued_on;
        let mut month = None;
        let mut rows = Vec::new();
        for (i, row) in plan.by_month().into_iter().enumerate() {
            let when = plan.when(row);
            // Each month heads its rows; rows with no date come last,
            // under no heading.
            let this_month = when.map(|d| d.month());
            if this_month != month || i == 0 {
                month = this_month;
                rows.push(json!({ "month": this_month.map(|m| crate::i18n::month_name_in(l, m)).unwrap_or_default() }));
            }
            let state = row_state(plan, row, self.project, today);
            let when = match (row.planned_on, this_month) {
                (Some(day), _) => format_date_short(day),
                (None, Some(m)) => crate::i18n::month_name_in(l, m),
                (None, None) => String::new(),
            };
            rows.push(json!({
                "n": i + 1,
                "title": row.title,
                "form": crate::i18n::plan_form_name_in(l, row.form),
                "host": self.school_name(row.host),
                "when": when,
                "responsible": self.names(&row.responsible),
                "target": row.target,
                "planned": row.planned_count,
                "actual": state.actual_count,
                "product": row.product,
                "done": state.done,
                "late": state.late,
            }));
        }
        let mut body = self.plan_heading(plan);
        body["rows"] = Value::from(rows);
        body["approval"] = self.approval();
        Ok((plan.title.clone(), body))
    }

    fn year_report(&self) -> Result<(String, Value), PrintError> {
        let plan = plan_of(self.project, self.request)?;
        let l = self.lead();
        let today = self.request.issued_on;
        let states: Vec<_> =
            plan.rows.iter().map(|row| (row, row_state(plan, row, self.project, today))).collect();
        let mut by_form: BTreeMap<usize, [u64; 4]> = BTreeMap::new();
        for (row, state) in &states {
            let order = PlanForm::ALL.iter().position(|f| *f == row.form).unwrap_or(usize::MAX);
            let sums = by_form.entry(order).or_default();
            sums[0] += 1;
            sums[1] += u64::from(state.done);
            sums[2] += u64::from(row.planned_count.unwrap_or(0));
            sums[3] += u64::from(state.actual_count.filter(|_| state.done).unwrap_or(0));
        }
        let forms: Vec<Value> = by_form
            .into_iter()
            .map(|(order, [planned, held, expected, present])| {
                let form = PlanForm::ALL.get(order).copied().unwrap_or(PlanForm::Other);
                json!({ "form": crate::i18n::plan_form_name_in(l, form), "planned": planned, "held": held, "expected": expected, "present": present })
            })
            .collect();
        let months: Vec<Value> = per_month(plan, self.project, today)
            .into_iter()
            .map(|m| json!({ "month": crate::i18n::month_name_in(l, m.month), "planned": m.planned, "held": m.done, "late": m.late }))
            .collect();
        let network = plan.network.and_then(|id| self.project.networks.iter().find(|n| n.id == id));
        let schools: Vec<Value> = per_school(plan, self.project, today)
            .into_iter()
            .map(|s| {
                let coordinator = network
                    .and_then(|n| n.members.iter().find(|m| Some(m.organisation) == s.school))
                    .and_then(|m| m.coordinator)
                    .map(|id| self.name(id))
                    .unwrap_or_default();
                json!({
                    "school": self.school_name(s.school),
                    "coordinator": coordinator,
                    "planned": s.planned,
                    "hosted": s.hosted,
                    "attended": s.attended,
                    "teachers": s.teachers,
                    "products": s.products.len(),
                })
            })
            .collect();
        let mut seen = HashSet::new();
        let products: Vec<Value> = states
            .iter()
            .filter(|(row, state)| state.done && !row.product.trim().is_empty())
            .filter(|(row, _)| seen.insert(row.product.trim()))
            .map(|(row, _)| json!({ "product": row.product.trim(), "school": self.school_name(row.host) }))
            .collect();
        let held = states.iter().filter(|(_, s)| s.done).count();
        let late = states.iter().filter(|(_, s)| s.late).count();
        let present: u64 =
            states.iter().filter(|(_, s)| s.done).map(|(_, s)| u64::from(s.actual_count.unwrap_or(0))).sum();
        let mut body = self.plan_heading(plan);
        body["counts"] =
            json!({ "planned": plan.rows.len(), "held": held, "late": late, "present": present });
        body["forms"] = Value::from(forms);
        body["months"] = Value::from(months);
        body["schools"] = Value::from(schools);
        body["courses"] = Value::from(self.year_courses(plan));
        body["programmes"] = Value::from(self.year_mentoring(plan));
        body["products"] = Value::from(products);
        body["prepared_by"] = self.approval();
        body["prepared_on"] = format_date_long_in(l, today).into();
        Ok((plan.title.clone(), body))
    }

    /// The courses held within the plan's year, with who passed and how
    /// many certificates were issued.
    fn year_courses(&self, plan: &YearPlan) -> Vec<Value> {
        let (from, to) = (plan.starts_on, plan.ends_on());
        self.project
            .courses
            .iter()
            .filter(|c| c.starts_on <= to && c.ends_on >= from)
            .map(|course| {
                let certificates = self
                    .project
                    .awards
                    .iter()
                    .filter(|a| {
                        a.course == Some(course.id)
                            && a.kind == AwardKind::CourseCertificate
                            && a.status == AwardStatus::Issued
                    })
                    .count();
                json!({
                    "title": course.title,
                    "hours": course.hours,
                    "dates": short_term(course.starts_on, course.ends_on),
                    "participants": course.participants.len(),
                    "passed": course.passed().count(),
                    "certificates": certificates,
                })
            })
            .collect()
    }

    /// The plan's programme, or every programme running in its year: pairs
    /// and their progress per direction.
    fn year_mentoring(&self, plan: &YearPlan) -> Vec<Value> {
        let l = self.lead();
        let today = self.request.issued_on;
        let (from, to) = (plan.starts_on, plan.ends_on());
        self.project
            .programmes
            .iter()
            .filter(|p| match plan.programme {
                Some(id) => p.id == id,
                None => p.starts_on <= to && p.ends_on >= from,
            })
            .map(|programme| {
                let (directions, total) = progress_by_direction(programme, today);
                let row = |name: String, p: &Progress| {
                    json!({
                        "name": name,
                        "pairs": p.pairs,
                        "tasks": format!("{} / {} ({}%)", p.tasks_done, p.tasks, p.percent_done()),
                        "activities": p.activities,
                        "visits": p.visits,
                        "hours": hours_in(l, p.hours),
                        "stale": p.stale,
                    })
                };
                let rows: Vec<Value> = directions
                    .iter()
                    .filter_map(|(id, p)| Some(row(programme.direction(*id)?.name.clone(), p)))
                    .collect();
                json!({
                    "title": programme.title,
                    "term": short_term(programme.starts_on, programme.ends_on),
                    "mentors": fl!(l, "print-annex-count", count = programme.mentors.len()),
                    "directions": rows,
                    "total": row(fl!(l, "print-network-total"), &total),
                })
            })
            .collect()
    }
}
