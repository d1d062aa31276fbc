//! The command line: the same library and checks as the window, for scripts
//! and for people who manage many schools' files at once.

use crate::domain::{Event, FeedbackTarget, Project, feedback, project_conflicts, registration};
use crate::exchange;
use crate::fl;
use crate::i18n::{self, describe_problem};
use crate::sample::{self, Size};
use crate::store::{self, DataDir, Library, Settings};
use chrono::Utc;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Әдіскер: plan, record and print methodology seminars, offline.
///
/// Without a command, opens the window.
#[derive(Debug, Parser)]
#[command(name = "adisker", version)]
pub struct Cli {
    /// Keep projects and settings in DIR instead of the user's data folder
    /// (also set by the ADISKER_DATA_DIR environment variable).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load and validate a project file; print each problem on its own line.
    /// Exits 0 when the file loads, 1 when it has errors.
    Check {
        /// The project file (project.json or an exported copy).
        file: PathBuf,
    },
    /// Write an example project: `small` is the Almaty practice site of
    /// 1 February 2019, `large` a generated district-scale project.
    Sample {
        #[arg(long, value_enum)]
        size: SampleSize,
        /// Seed of the generated `large` project; the same seed gives the
        /// same project.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Copy a project file into the library and print the new project's id.
    Import { file: PathBuf },
    /// One line per project in the library: id, title, last change.
    List,
    /// Write an event's programme as an iCalendar file, one calendar entry
    /// per session, for the participants' phones and calendar programs.
    ExportIcs {
        /// The project file.
        file: PathBuf,
        /// The id of the event; may be left out when the project has only
        /// one event.
        #[arg(long, value_name = "ID")]
        event: Option<String>,
        /// The calendar file to write (OUT.ics).
        #[arg(short = 'o', long = "out", value_name = "OUT")]
        out: PathBuf,
    },
    /// Counts of registrations, lesson observations and feedback, and the
    /// mean rating of each feedback question, for every event or one.
    Summary {
        /// The project file.
        file: PathBuf,
        /// Only the event with this id.
        #[arg(long, value_name = "ID")]
        event: Option<String>,
        /// The same figures as JSON, for scripts and spreadsheets.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SampleSize {
    Small,
    Large,
}

pub fn run(command: Command, data_dir: Option<PathBuf>) -> ExitCode {
    let dirs = DataDir::resolve(data_dir);
    i18n::set_language(Settings::load(&dirs.settings_file()).language());
    match command {
        Command::Check { file } => check(&file),
        Command::Sample { size, seed, out } => {
            let size = match size {
                SampleSize::Small => Size::Small,
                SampleSize::Large => Size::Large,
            };
            // A generated project is a benchmark and test fixture: the same
            // seed must give the same bytes, so its clock is fixed too.
            let now = match size {
                Size::Small => Utc::now(),
                Size::Large => sample::REFERENCE_TIME.parse().expect("a valid timestamp"),
            };
            write_project(&sample::generate(size, seed, now), &out)
        }
        Command::Import { file } => match Library::new(dirs).import(&file) {
            Ok(project) => {
                println!("{}", project.id);
                ExitCode::SUCCESS
            }
            Err(error) => fail(&i18n::describe_store_error(&error)),
        },
        Command::List => match Library::new(dirs).list() {
            Ok(mut projects) => {
                projects.sort_by_key(|p| std::cmp::Reverse(p.modified));
                for p in projects {
                    let modified = p.modified.map(i18n::format_timestamp).unwrap_or_else(|| "—".into());
                    println!("{}\t{}\t{}", p.id, p.title, modified);
                }
                ExitCode::SUCCESS
            }
            Err(error) => fail(&i18n::describe_store_error(&error)),
        },
        Command::ExportIcs { file, event, out } => export_ics(&file, event.as_deref(), &out),
        Command::Summary { file, event, json } => summary(&file, event.as_deref(), json),
    }
}

fn check(file: &Path) -> ExitCode {
    match store::project_file::load(file) {
        Ok(loaded) => {
            for problem in &loaded.problems {
                println!("{}: {}", fl!("cli-error"), describe_problem(problem));
            }
            if loaded.problems.is_empty() {
                // Conflicts are warnings: the plan is still being made.
                let project = &loaded.project;
                for (event_id, conflict) in project_conflicts(project) {
                    if let Some(event) = project.event(event_id) {
                        println!(
                            "{}: {}",
                            fl!("cli-warning"),
                            i18n::describe_conflict(project, event, &conflict)
                        );
                    }
                }
                println!("{}", fl!("cli-check-ok", title = loaded.project.title.as_str()));
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(error) => {
            println!("{}: {}", fl!("cli-error"), i18n::describe_load_error(&error));
            ExitCode::from(1)
        }
    }
}

fn export_ics(file: &Path, event: Option<&str>, out: &Path) -> ExitCode {
    let project = match store::project_file::load(file) {
        Ok(loaded) => loaded.project,
        Err(error) => return fail(&i18n::describe_load_error(&error)),
    };
    let event = match (event, project.events.as_slice()) {
        (_, []) => return fail(&fl!("ics-no-events", title = project.title.as_str())),
        (None, [only]) => only,
        (None, events) => {
            let code = fail(&fl!("ics-choose-event", count = events.len(), option = "--event"));
            list_events(events);
            return code;
        }
        // A malformed id is as unknown as a well-formed one that matches
        // nothing; both get the list of ids to copy from.
        (Some(id), events) => match id.trim().parse().ok().and_then(|id| project.event(id)) {
            Some(event) => event,
            None => {
                let code = fail(&fl!("ics-unknown-event", id = id));
                list_events(events);
                return code;
            }
        },
    };
    let ics = exchange::event_to_ics(&project, event, Utc::now());
    match store::atomic::write_atomic(out, ics.as_bytes(), false) {
        Ok(()) => {
            println!(
                "{}",
                fl!(
                    "ics-written",
                    title = event.title.as_str(),
                    path = out.display().to_string(),
                    count = event.sessions.len()
                )
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            fail(&fl!("error-write-file", path = out.display().to_string(), reason = error.to_string()))
        }
    }
}

fn summary(file: &Path, event: Option<&str>, json: bool) -> ExitCode {
    let project = match store::project_file::load(file) {
        Ok(loaded) => loaded.project,
        Err(error) => return fail(&i18n::describe_load_error(&error)),
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
        let events: Vec<serde_json::Value> = events.iter().copied().map(event_summary_json).collect();
        let summary = serde_json::json!({ "project": project.title, "events": events });
        println!("{}", serde_json::to_string_pretty(&summary).unwrap_or_default());
        return ExitCode::SUCCESS;
    }
    if events.is_empty() {
        println!("{}", fl!("summary-no-events", title = project.title.as_str()));
    }
    for (i, event) in events.iter().enumerate() {
        if i > 0 {
            println!();
        }
        print_event_summary(event);
    }
    ExitCode::SUCCESS
}

fn print_event_summary(event: &Event) {
    let registrations = registration::counts(event);
    let results = feedback::results(event);
    println!("{} ({}) {}", event.title, i18n::format_date_long(event.starts_on), event.id);
    println!(
        "  {}",
        fl!("summary-registrations", count = registrations.registered, present = registrations.present)
    );
    println!("  {}", fl!("summary-observations", count = event.observations.len()));
    println!("  {}", fl!("summary-feedback", count = results.entries, anonymous = results.anonymous));
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
        println!("    {line}");
    }
    if results.coins() > 0 {
        println!("  {}", fl!("summary-coins", count = results.coins()));
        for tally in results.tallies.iter().filter(|t| t.coins > 0) {
            println!("    {}: {}", i18n::target_name(event, tally.target), tally.coins);
        }
    }
    if results.lights().total() > 0 {
        println!("  {}", i18n::describe_lights(&results.lights()));
        for tally in results.tallies.iter().filter(|t| t.lights.total() > 0) {
            println!(
                "    {}: {}",
                i18n::target_name(event, tally.target),
                i18n::describe_lights(&tally.lights)
            );
        }
    }
}

fn event_summary_json(event: &Event) -> serde_json::Value {
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

/// Ids and titles, one event a line, for the user to copy an id from.
fn list_events(events: &[Event]) {
    for event in events {
        eprintln!("  {}\t{}", event.id, event.title);
    }
}

fn write_project(project: &Project, out: &Path) -> ExitCode {
    match store::project_file::save(out, project) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            fail(&fl!("error-write-file", path = out.display().to_string(), reason = error.to_string()))
        }
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("{}: {message}", fl!("cli-error"));
    ExitCode::from(1)
}
