//! `adisker summary`: the figures of each event, as lines or as JSON.

use super::output::{say, say_raw};
use super::{fail, list_events, load_to_read};
use crate::domain::{Event, FeedbackTarget, feedback, registration};
use crate::fl;
use crate::i18n;
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
    if json {
        let events: Vec<serde_json::Value> = events.iter().copied().map(event_json).collect();
        let summary = serde_json::json!({ "project": project.title, "events": events });
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
    ExitCode::SUCCESS
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
