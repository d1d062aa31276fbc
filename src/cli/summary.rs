//! `adisker summary`: the figures of each event, and of the project's
//! mentoring programmes, networks with their year plans and courses, as
//! lines or as JSON.

use super::output::{say, say_raw};
use super::{fail, list_events, load_to_read};
use crate::domain::mentoring::{MentoringProgramme, Progress, progress_by_direction};
use crate::domain::year_plan::{YearPlan, row_state};
use crate::domain::{Course, Event, FeedbackTarget, Network, Project, feedback, registration};
use crate::fl;
use crate::i18n;
use chrono::NaiveDate;
use std::path::Path;
use std::process::ExitCode;

pub fn run(file: &Path, event: Option<&str>, json: bool) -> ExitCode {
    let project = match load_to_read(file) {
        Ok(loaded) => loaded.project,
        Err(code) => return code,
    };
    let events: Vec<&Event> = match event {
        None => project.events.iter().collect(),
        Some(id) => match id.trim().parse().ok().and_then(|id| project.event(id)) {
            Some(event) => vec![event],
            None => {
                let code = fail(&fl!("ics-unknown-event", id = id));
                list_events(&project.events);
                return code;
            }
        },
    };
    // Programmes, plans and courses belong to the project, not to one event.
    let whole = event.is_none();
    let today = chrono::Local::now().date_naive();
    if json {
        let events: Vec<serde_json::Value> = events.iter().copied().map(event_json).collect();
        let mut summary = serde_json::json!({ "project": project.title, "events": events });
        if whole {
            summary["programmes"] =
                project.programmes.iter().map(|p| programme_json(p, today)).collect::<Vec<_>>().into();
            summary["networks"] = project.networks.iter().map(network_json).collect::<Vec<_>>().into();
            summary["year_plans"] = project
                .year_plans
                .iter()
                .map(|p| plan_json(&plan_figures(p, &project, today)))
                .collect::<Vec<_>>()
                .into();
            summary["courses"] = project.courses.iter().map(course_json).collect::<Vec<_>>().into();
        }
        say_raw(&serde_json::to_string_pretty(&summary).unwrap_or_default());
        return ExitCode::SUCCESS;
    }
    if events.is_empty() {
        say(&fl!("summary-no-events", title = project.title.as_str()));
    }
    for (i, event) in events.iter().enumerate() {
        if i > 0 {
            say("");
        }
        print_event(event);
    }
    if whole {
        print_network_work(&project, today);
    }
    ExitCode::SUCCESS
}

/// The programmes, networks with their plans, and courses, each after a
/// blank line.
fn print_network_work(project: &Project, today: NaiveDate) {
    for programme in &project.programmes {
        say("");
        let (by_direction, total) = progress_by_direction(programme, today);
        say(&fl!(
            "summary-programme",
            title = programme.title.as_str(),
            pairs = total.pairs,
            mentors = programme.mentors.len()
        ));
        say(&format!(
            "  {}",
            fl!(
                "summary-programme-progress",
                done = total.tasks_done,
                tasks = total.tasks,
                percent = total.percent_done(),
                activities = total.activities,
                hours = format_hours(total.hours),
                stale = total.stale
            )
        ));
        for (direction, progress) in &by_direction {
            let name = programme.direction(*direction).map(|d| d.name.as_str()).unwrap_or_default();
            say(&format!(
                "    {}",
                fl!(
                    "summary-direction",
                    direction = name,
                    pairs = progress.pairs,
                    done = progress.tasks_done,
                    tasks = progress.tasks
                )
            ));
        }
    }
    for network in &project.networks {
        say("");
        say(&fl!("summary-network", title = network.title.as_str(), schools = network.schools().count()));
    }
    for plan in &project.year_plans {
        let figures = plan_figures(plan, project, today);
        say(&fl!(
            "summary-year-plan",
            title = plan.title.as_str(),
            rows = figures.rows,
            held = figures.held,
            late = figures.late
        ));
    }
    for course in &project.courses {
        say("");
        say(&fl!(
            "summary-course",
            title = course.title.as_str(),
            hours = course.hours,
            from = i18n::format_date_long(course.starts_on),
            to = i18n::format_date_long(course.ends_on),
            participants = course.participants.len(),
            passed = course.passed().count()
        ));
    }
}

/// Whole hours as they are, halves with a decimal comma where the
/// language writes one.
fn format_hours(hours: f64) -> String {
    if hours.fract() == 0.0 { format!("{hours:.0}") } else { i18n::format_decimal(hours, 1) }
}

struct PlanFigures<'a> {
    plan: &'a YearPlan,
    rows: usize,
    held: usize,
    late: usize,
}

fn plan_figures<'a>(plan: &'a YearPlan, project: &Project, today: NaiveDate) -> PlanFigures<'a> {
    let states: Vec<_> = plan.rows.iter().map(|row| row_state(plan, row, project, today)).collect();
    PlanFigures {
        plan,
        rows: plan.rows.len(),
        held: states.iter().filter(|s| s.done).count(),
        late: states.iter().filter(|s| s.late).count(),
    }
}

fn progress_json(progress: &Progress) -> serde_json::Value {
    serde_json::json!({
        "pairs": progress.pairs,
        "tasks": progress.tasks,
        "tasks_done": progress.tasks_done,
        "tasks_overdue": progress.tasks_overdue,
        "activities": progress.activities,
        "visits": progress.visits,
        "hours": progress.hours,
        "last_contact": progress.last_contact,
        "stale": progress.stale,
    })
}

fn programme_json(programme: &MentoringProgramme, today: NaiveDate) -> serde_json::Value {
    let (by_direction, total) = progress_by_direction(programme, today);
    let mut json = progress_json(&total);
    json["id"] = programme.id.to_string().into();
    json["title"] = programme.title.clone().into();
    json["mentors"] = programme.mentors.len().into();
    json["directions"] = by_direction
        .iter()
        .map(|(id, progress)| {
            let mut direction = progress_json(progress);
            direction["name"] = programme.direction(*id).map(|d| d.name.clone()).unwrap_or_default().into();
            direction
        })
        .collect::<Vec<_>>()
        .into();
    json
}

fn network_json(network: &Network) -> serde_json::Value {
    serde_json::json!({ "id": network.id, "title": network.title, "schools": network.schools().count() })
}

fn plan_json(figures: &PlanFigures) -> serde_json::Value {
    serde_json::json!({
        "id": figures.plan.id,
        "title": figures.plan.title,
        "network": figures.plan.network,
        "rows": figures.rows,
        "held": figures.held,
        "late": figures.late,
    })
}

fn course_json(course: &Course) -> serde_json::Value {
    serde_json::json!({
        "id": course.id,
        "title": course.title,
        "hours": course.hours,
        "starts_on": course.starts_on,
        "ends_on": course.ends_on,
        "participants": course.participants.len(),
        "passed": course.passed().count(),
    })
}

fn print_event(event: &Event) {
    let registrations = registration::counts(event);
    let results = feedback::results(event);
    say(&format!("{} ({}) {}", event.title, i18n::format_date_long(event.starts_on), event.id));
    say(&format!(
        "  {}",
        fl!("summary-registrations", count = registrations.registered, present = registrations.present)
    ));
    say(&format!("  {}", fl!("summary-observations", count = event.observations.len())));
    say(&format!("  {}", fl!("summary-feedback", count = results.entries, anonymous = results.anonymous)));
    for question in &results.questions {
        let line = match question.mean {
            Some(mean) => fl!(
                "summary-question",
                question = question.text.as_str(),
                mean = i18n::format_mean(mean),
                answers = question.answers
            ),
            None => format!("{}: {}", question.text, fl!("feedback-no-answers")),
        };
        say(&format!("    {line}"));
    }
    if results.coins() > 0 {
        say(&format!("  {}", fl!("summary-coins", count = results.coins())));
        for tally in results.tallies.iter().filter(|t| t.coins > 0) {
            say(&format!("    {}: {}", i18n::target_name(event, tally.target), tally.coins));
        }
    }
    if results.lights().total() > 0 {
        say(&format!("  {}", i18n::describe_lights(&results.lights())));
        for tally in results.tallies.iter().filter(|t| t.lights.total() > 0) {
            say(&format!(
                "    {}: {}",
                i18n::target_name(event, tally.target),
                i18n::describe_lights(&tally.lights)
            ));
        }
    }
}

fn event_json(event: &Event) -> serde_json::Value {
    let registrations = registration::counts(event);
    let results = feedback::results(event);
    let target = |target: FeedbackTarget| match target {
        FeedbackTarget::Event => serde_json::Value::Null,
        FeedbackTarget::Session(id) => serde_json::Value::String(id.to_string()),
    };
    serde_json::json!({
        "id": event.id,
        "title": event.title,
        "starts_on": event.starts_on,
        "registrations": registrations.registered,
        "present": registrations.present,
        "observations": event.observations.len(),
        "feedback": results.entries,
        "anonymous": results.anonymous,
        "questions": results.questions.iter().map(|q| serde_json::json!({
            "key": q.key,
            "text": q.text,
            "answers": q.answers,
            "counts": q.counts,
            "mean": q.mean,
        })).collect::<Vec<_>>(),
        "coins": results.tallies.iter().filter(|t| t.coins > 0).map(|t| serde_json::json!({
            "session": target(t.target),
            "coins": t.coins,
        })).collect::<Vec<_>>(),
        "lights": results.tallies.iter().filter(|t| t.lights.total() > 0).map(|t| serde_json::json!({
            "session": target(t.target),
            "green": t.lights.green,
            "yellow": t.lights.yellow,
            "red": t.lights.red,
        })).collect::<Vec<_>>(),
    })
}
