//! The command line: the same library and checks as the window, for scripts
//! and for people who manage many schools' files at once.

use crate::domain::awards::AwardsEdit;
use crate::domain::{
    Edit, Event, FeedbackMethod, FeedbackTarget, Project, feedback, project_conflicts, registration,
};
use crate::exchange;
use crate::fl;
use crate::i18n::{self, describe_problem};
use crate::print;
use crate::sample::{self, Size};
use crate::store::{self, DataDir, Library, Settings};
use chrono::{Local, Utc};
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
    /// Print a document of an event as PDF: programme, sign-in,
    /// certificates, letters, observation-sheet, feedback-form or report.
    /// New certificate and letter numbers are recorded in the project file.
    Print {
        /// programme | sign-in | certificates | letters | observation-sheet |
        /// feedback-form | report
        doc: String,
        /// The project file.
        file: PathBuf,
        /// The id of the event; may be left out when the project has only
        /// one event.
        #[arg(long, value_name = "ID")]
        event: Option<String>,
        /// The document's language, and a second one for a bilingual
        /// programme: kk, ru, ky or en, e.g. `kk,ru`.
        #[arg(long, value_name = "LANG[,SECOND]")]
        lang: Option<String>,
        /// Who certificates and letters are for: all, teachers, mentors or
        /// present.
        #[arg(long, value_name = "SET")]
        people: Option<String>,
        /// The numbering series of new certificates and letters, e.g.
        /// `57-2019/001`.
        #[arg(long, value_name = "FIRST")]
        series: Option<String>,
        /// Fill the observation sheet from this observation.
        #[arg(long, value_name = "ID")]
        observation: Option<String>,
        /// The method of a blank feedback form: rating, two-stars, coins,
        /// traffic-light or free; by default the one the event's feedback
        /// uses.
        #[arg(long, value_name = "METHOD")]
        method: Option<String>,
        /// Use the bundled templates even where the data folder holds the
        /// school's own.
        #[arg(long)]
        bundled: bool,
        /// The PDF file to write.
        #[arg(short = 'o', long = "out", value_name = "OUT")]
        out: PathBuf,
    },
}

/// The options of `adisker print`, gathered.
struct PrintOptions<'a> {
    doc: &'a str,
    event: Option<&'a str>,
    lang: Option<&'a str>,
    people: Option<&'a str>,
    series: Option<&'a str>,
    observation: Option<&'a str>,
    method: Option<&'a str>,
    templates: print::Templates,
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
        Command::Print { doc, file, event, lang, people, series, observation, method, bundled, out } => {
            let templates = if bundled {
                print::Templates::bundled()
            } else {
                print::Templates::with_user_dir(print::user_templates_dir(&dirs))
            };
            let options = PrintOptions {
                doc: &doc,
                event: event.as_deref(),
                lang: lang.as_deref(),
                people: people.as_deref(),
                series: series.as_deref(),
                observation: observation.as_deref(),
                method: method.as_deref(),
                templates,
            };
            print_document(&file, &options, &out)
        }
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
    let event = match choose_event(&project, event, || fl!("ics-no-events", title = project.title.as_str())) {
        Ok(event) => event,
        Err(code) => return code,
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

/// The event named by `--event`, or the only one; otherwise the user is
/// told which ids there are.
fn choose_event<'p>(
    project: &'p Project,
    event: Option<&str>,
    no_events: impl FnOnce() -> String,
) -> Result<&'p Event, ExitCode> {
    match (event, project.events.as_slice()) {
        (_, []) => Err(fail(&no_events())),
        (None, [only]) => Ok(only),
        (None, events) => {
            let code = fail(&fl!("ics-choose-event", count = events.len(), option = "--event"));
            list_events(events);
            Err(code)
        }
        // A malformed id is as unknown as a well-formed one that matches
        // nothing; both get the list of ids to copy from.
        (Some(id), events) => match id.trim().parse().ok().and_then(|id| project.event(id)) {
            Some(event) => Ok(event),
            None => {
                let code = fail(&fl!("ics-unknown-event", id = id));
                list_events(events);
                Err(code)
            }
        },
    }
}

fn print_document(file: &Path, options: &PrintOptions, out: &Path) -> ExitCode {
    let documents = || print::Document::ALL.map(|d| d.code()).join(", ");
    let Some(document) = print::Document::from_code(options.doc) else {
        return fail(&fl!("print-unknown-document", name = options.doc, choices = documents()));
    };
    let mut languages = Vec::new();
    for code in options.lang.unwrap_or_default().split(',').map(str::trim).filter(|c| !c.is_empty()) {
        match i18n::Language::from_code(code) {
            Some(language) => languages.push(language),
            None => {
                let choices = i18n::Language::ALL.map(|l| l.code()).join(", ");
                return fail(&fl!("print-unknown-language", name = code, choices = choices));
            }
        }
    }
    if languages.is_empty() {
        languages.push(i18n::current_language());
    }
    let people = match options.people {
        None => print::PeopleSet::default_for(document),
        Some(code) => match print::PeopleSet::from_code(code.trim()) {
            Some(set) => set,
            None => {
                let choices = "all, teachers, mentors, present";
                return fail(&fl!("print-unknown-people", name = code, choices = choices));
            }
        },
    };
    let method = match options.method {
        None => None,
        Some(code) => match FeedbackMethod::from_code(code.trim()) {
            Some(method) => Some(method),
            None => {
                let choices = FeedbackMethod::ALL.map(|m| m.code()).join(", ");
                return fail(&fl!("print-unknown-method", name = code, choices = choices));
            }
        },
    };
    let mut project = match store::project_file::load(file) {
        Ok(loaded) => loaded.project,
        Err(error) => return fail(&i18n::describe_load_error(&error)),
    };
    let event = match choose_event(&project, options.event, || fl!("print-error-no-event")) {
        Ok(event) => event,
        Err(code) => return code,
    };
    let observation = match options.observation {
        None => None,
        Some(id) => match id.trim().parse() {
            Ok(id) => Some(id),
            Err(_) => return fail(&fl!("print-error-no-observation")),
        },
    };
    let request = print::Request {
        document,
        event: event.id,
        languages,
        people,
        series: options.series.unwrap_or_default().to_owned(),
        issued_on: Local::now().date_naive(),
        observation,
        method,
    };
    let printed = match print::print_pdf(&project, &request, &options.templates) {
        Ok(printed) => printed,
        Err(error) => return fail(&print::describe_print_error(&error)),
    };
    if let Err(error) = store::atomic::write_atomic(out, &printed.pdf, false) {
        return fail(&fl!("error-write-file", path = out.display().to_string(), reason = error.to_string()));
    }
    println!("{}", fl!("print-written", path = out.display().to_string(), pages = printed.pages));
    if !printed.new_awards.is_empty() {
        // Numbers handed out on paper are kept, so the next batch never
        // repeats them.
        let count = printed.new_awards.len();
        let recorded = project.apply(Edit::Awards(Box::new(AwardsEdit::Issue(printed.new_awards))));
        if let Err(error) = recorded {
            return fail(&error.to_string());
        }
        if let Err(error) = store::project_file::save(file, &project) {
            return fail(&fl!(
                "error-write-file",
                path = file.display().to_string(),
                reason = error.to_string()
            ));
        }
        println!("{}", fl!("print-awards-recorded", count = count));
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
