//! The command line: the same library and checks as the window, for scripts
//! and for people who manage many schools' files at once.
//!
//! It keeps the window's rules: a file of a newer format or with errors is
//! never rewritten, a project open in a window is left to it, a document is
//! never written over a project, and text from a project reaches the
//! terminal with its control characters escaped.

mod guard;
mod output;
mod people;
mod print;
mod summary;

pub use output::printable;

use crate::domain::{Event, FORMAT_VERSION, Project, project_conflicts};
use crate::exchange;
use crate::fl;
use crate::i18n::{self, Language, describe_problem};
use crate::sample::{self, Size};
use crate::store::{self, DataDir, Library, Loaded, ReadOnlyReason, Settings, atomic};
use chrono::Utc;
use clap::{Parser, Subcommand, ValueEnum};
use output::{say, say_fields, warn};
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

    /// The language of messages and documents: kk, ru, ky or en; the
    /// settings' language when left out. `print` takes a second one for a
    /// bilingual programme, e.g. `kk,ru`.
    #[arg(long, global = true, value_name = "LANG[,SECOND]")]
    pub lang: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

// Parsed once per process: the print command's many options cost nothing
// worth boxing for.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load and validate a project file; print each problem on its own line.
    /// Exits 0 when the file loads, 1 when it has errors.
    Check {
        /// The project file (project.json or an exported copy).
        file: PathBuf,
    },
    /// Write an example project: `--size small` is the Almaty practice site
    /// of 1 February 2019, `--size large` a generated district-scale
    /// project, `--example network` the Karaganda leading school with its
    /// magnet schools, year plan, mentoring pairs and course.
    Sample {
        #[arg(long, value_enum, required_unless_present = "example", conflicts_with = "example")]
        size: Option<SampleSize>,
        #[arg(long, value_enum)]
        example: Option<SampleExample>,
        /// Seed of the generated `large` project; the same seed gives the
        /// same project.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Copy a project file into the library and print the new project's id.
    Import { file: PathBuf },
    /// Save a project as one file (OUT.adisker) with its emblem and print
    /// templates, to open on another PC.
    Bundle {
        /// The project file.
        file: PathBuf,
        #[arg(short = 'o', long = "out", value_name = "OUT")]
        out: PathBuf,
    },
    /// Open a project saved as one file into the library and print its id:
    /// a new copy, or with --update the library's own project replaced by
    /// it (what that held is kept beside it as a conflict copy).
    Open {
        file: PathBuf,
        #[arg(long)]
        update: bool,
    },
    /// Merge another copy of the project (a colleague's, or a conflict copy
    /// a synchronised folder left) into FILE: what is new is added, what is
    /// the same is skipped, and what both changed is listed and kept as
    /// FILE has it (the window lets the other be chosen).
    Merge {
        /// The project file to merge into.
        file: PathBuf,
        /// The other copy: a project file or a bundle (.adisker).
        other: PathBuf,
        /// Say what would be merged, and change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// People lists from spreadsheets.
    People {
        #[command(subcommand)]
        action: PeopleAction,
    },
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
    /// Write a list as an Excel workbook (OUT.xlsx) or CSV (OUT.csv), with
    /// headers in the chosen language: people, registrations, sign-in,
    /// feedback, observations or awards.
    Export {
        /// people | registrations | sign-in | feedback | observations | awards
        what: String,
        /// The project file.
        file: PathBuf,
        /// The id of the event; may be left out when the project has only
        /// one event.
        #[arg(long, value_name = "ID")]
        event: Option<String>,
        /// The file to write; .csv gives CSV, anything else a workbook.
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
    /// New certificate and letter numbers are recorded in the project file
    /// before the PDF is written, so no number is ever given twice.
    Print {
        /// programme | sign-in | certificates | letters | diplomas | register |
        /// observation-sheet | feedback-form | report | mentor-annex |
        /// mentor-certificates | course-certificates | pair-plan | year-plan |
        /// year-report
        doc: String,
        /// The project file.
        file: PathBuf,
        /// The id of the event; may be left out when the project has only
        /// one event.
        #[arg(long, value_name = "ID")]
        event: Option<String>,
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
        /// The issue date of new certificates and letters (01.02.2019 or
        /// 2019-02-01); by default the event's last day.
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// Numbered empty rows at the end of the sign-in sheet (by default
        /// enough to reach the expected number of participants, at least 5).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16))]
        blank_rows: Option<u16>,
        /// The sign-in sheet as one list by name with a school column,
        /// instead of a heading per school.
        #[arg(long)]
        school_column: bool,
        /// Blank observation sheets for master classes too, not only for
        /// open lessons.
        #[arg(long)]
        master_classes: bool,
        /// The city printed beside the issue date; by default the project's.
        #[arg(long, value_name = "TEXT")]
        city: Option<String>,
        /// Who signs (one or two signatory ids, comma-separated); by default
        /// the document's choice in the project.
        #[arg(long, value_name = "ID[,ID]")]
        signatory: Option<String>,
        /// portrait | landscape, for certificates, letters and diplomas; by
        /// default the project's choice (letters upright, the others across).
        #[arg(long, value_name = "ORIENTATION")]
        orientation: Option<String>,
        /// The programme (mentor-annex, mentor-certificates), pair
        /// (pair-plan), course (course-certificates) or year plan
        /// (year-plan, year-report) to print, by id; the project's first by
        /// default.
        #[arg(long, value_name = "ID")]
        of: Option<String>,
        /// Use the bundled templates even where the data folder holds the
        /// school's own.
        #[arg(long)]
        bundled: bool,
        /// The PDF file to write.
        #[arg(short = 'o', long = "out", value_name = "OUT")]
        out: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum PeopleAction {
    /// Add the people of a CSV file or workbook (.xlsx, .xls, .ods) to a
    /// project, and with --event register them for the event. Columns are
    /// guessed from their headers; a person already in the project is not
    /// added twice. Prints what was found, row by row where it matters.
    Import {
        /// The list: CSV (UTF-8 or Windows-1251; comma, semicolon or tab) or a workbook.
        list: PathBuf,
        /// The project file.
        project: PathBuf,
        /// Register the people for the event with this id.
        #[arg(long, value_name = "ID")]
        event: Option<String>,
        /// Enrol the people on the course with this id.
        #[arg(long, value_name = "ID")]
        course: Option<String>,
        /// The sheet of a workbook; by default the first.
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
        /// How the people attend where the list does not say.
        #[arg(long, value_enum)]
        mode: Option<people::Mode>,
        /// The use of a column, by header or number: `--map "ФИО=name"`.
        /// Uses: name, surname, given-name, patronymic, organisation,
        /// position, subjects, email, phone, region, mode, group, ignore.
        #[arg(long = "map", value_name = "COLUMN=FIELD")]
        map: Vec<String>,
        /// Say what would be imported, and change nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SampleSize {
    Small,
    Large,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SampleExample {
    /// The Almaty practice site, as `--size small`.
    Almaty,
    /// The Karaganda leading school's network.
    Network,
}

/// The languages `--lang` names, or the settings' language.
fn languages(lang: Option<&str>, settings: &Settings) -> Result<Vec<Language>, ExitCode> {
    let mut languages = Vec::new();
    for code in lang.unwrap_or_default().split(',').map(str::trim).filter(|c| !c.is_empty()) {
        match Language::from_code(code) {
            Some(language) => languages.push(language),
            None => {
                i18n::set_language(i18n::language_of(settings));
                let choices = Language::ALL.map(|l| l.code()).join(", ");
                return Err(fail(&fl!("print-unknown-language", name = code, choices = choices)));
            }
        }
    }
    if languages.is_empty() {
        languages.push(i18n::language_of(settings));
    }
    Ok(languages)
}

pub fn run(cli: Cli) -> ExitCode {
    let Some(command) = cli.command else { return ExitCode::SUCCESS };
    let dirs = DataDir::resolve(cli.data_dir);
    let settings = Settings::load(&dirs.settings_file());
    let languages = match languages(cli.lang.as_deref(), &settings) {
        Ok(languages) => languages,
        Err(code) => return code,
    };
    i18n::set_language(languages[0]);
    match command {
        Command::Check { file } => {
            clean_beside(&file);
            check(&file)
        }
        Command::Sample { size, example, seed, out } => {
            if guard::in_library(&out, &dirs) {
                return fail(&fl!("cli-output-in-library", out = out.display().to_string()));
            }
            let project = match (size, example) {
                (_, Some(SampleExample::Network)) => sample::Example::Network.build(Utc::now()),
                (Some(SampleSize::Small), _) | (None, _) => sample::generate(Size::Small, seed, Utc::now()),
                // A generated project is a benchmark and test fixture: the
                // same seed must give the same bytes, so its clock is fixed too.
                (Some(SampleSize::Large), _) => sample::generate(
                    Size::Large,
                    seed,
                    sample::REFERENCE_TIME.parse().expect("a valid timestamp"),
                ),
            };
            clean_beside(&out);
            for (name, bytes) in sample::files_of(&project) {
                if let Err(error) = crate::store::files::put_file(&out, name, bytes) {
                    return fail(&crate::i18n::describe_io(&error, &out));
                }
            }
            write_project(&project, &out)
        }
        Command::Import { file } => {
            let library = Library::new(dirs);
            library.remove_stale_temps();
            match library.import(&file) {
                Ok(project) => {
                    say(&project.id.to_string());
                    ExitCode::SUCCESS
                }
                Err(error) => fail(&i18n::describe_store_error(&error)),
            }
        }
        Command::Bundle { file, out } => {
            if let Err(code) = refuse_output(&out, &file, &dirs) {
                return code;
            }
            clean_beside(&out);
            let project = match load_to_read(&file) {
                Ok(loaded) => loaded.project,
                Err(code) => return code,
            };
            let templates = dirs.templates_for(&file);
            let templates = crate::store::paths::has_templates(&templates).then_some(templates.as_path());
            let files = crate::store::files::files_beside(&file);
            let bytes = match crate::store::bundle::pack(&project, &files, templates) {
                Ok(bytes) => bytes,
                Err(error) => return fail(&i18n::describe_read_error(&error, &files)),
            };
            match atomic::write_atomic(&out, &bytes, false) {
                Ok(()) => {
                    say(&fl!("bundle-written", path = out.display().to_string()));
                    ExitCode::SUCCESS
                }
                Err(error) => fail(&i18n::describe_io(&error, &out)),
            }
        }
        Command::Open { file, update } => {
            use crate::store::library::BundleOpen;
            let library = Library::new(dirs);
            library.remove_stale_temps();
            let how = if update { BundleOpen::Update } else { BundleOpen::NewCopy };
            let opened = match library.read_bundle(&file) {
                Ok(Some(bundle)) => library.add_bundle(bundle, how, Utc::now()),
                // A project file opens as the library's Import takes it.
                Ok(None) => library.import(&file),
                Err(error) => Err(error),
            };
            match opened {
                Ok(project) => {
                    say(&project.id.to_string());
                    ExitCode::SUCCESS
                }
                Err(error) => fail(&i18n::describe_store_error(&error)),
            }
        }
        Command::Merge { file, other, dry_run } => {
            clean_beside(&file);
            merge(&file, &other, dry_run)
        }
        Command::People {
            action: PeopleAction::Import { list, project, event, course, sheet, mode, map, dry_run },
        } => {
            clean_beside(&project);
            people::import(people::Import {
                list: &list,
                project: &project,
                event: event.as_deref(),
                course: course.as_deref(),
                sheet: sheet.as_deref(),
                mode,
                map: &map,
                dry_run,
            })
        }
        Command::List => {
            let library = Library::new(dirs);
            library.remove_stale_temps();
            match library.list() {
                Ok(mut projects) => {
                    projects.sort_by_key(|p| std::cmp::Reverse(p.modified));
                    for p in projects {
                        let modified = p.modified.map(i18n::format_timestamp).unwrap_or_else(|| "—".into());
                        say_fields(&[&p.id, &p.title, &modified]);
                    }
                    ExitCode::SUCCESS
                }
                Err(error) => fail(&i18n::describe_store_error(&error)),
            }
        }
        Command::Export { what, file, event, out } => {
            if let Err(code) = refuse_output(&out, &file, &dirs) {
                return code;
            }
            clean_beside(&out);
            export_list(&what, &file, event.as_deref(), &out)
        }
        Command::ExportIcs { file, event, out } => {
            if let Err(code) = refuse_output(&out, &file, &dirs) {
                return code;
            }
            clean_beside(&file);
            clean_beside(&out);
            export_ics(&file, event.as_deref(), &out)
        }
        Command::Summary { file, event, json } => {
            clean_beside(&file);
            summary::run(&file, event.as_deref(), json)
        }
        Command::Print {
            doc,
            file,
            event,
            people,
            series,
            observation,
            method,
            date,
            blank_rows,
            school_column,
            master_classes,
            city,
            signatory,
            orientation,
            of,
            bundled,
            out,
        } => {
            if let Err(code) = refuse_output(&out, &file, &dirs) {
                return code;
            }
            clean_beside(&file);
            clean_beside(&out);
            let templates = if bundled {
                crate::print::Templates::bundled()
            } else {
                crate::print::Templates::with_user_dir(dirs.templates_for(&file))
            };
            let options = print::Options {
                doc: &doc,
                event: event.as_deref(),
                languages,
                people: people.as_deref(),
                series: series.as_deref(),
                observation: observation.as_deref(),
                method: method.as_deref(),
                date: date.as_deref(),
                blank_rows: blank_rows.map(usize::from),
                school_column,
                master_classes,
                city: city.as_deref(),
                signatory: signatory.as_deref(),
                orientation: orientation.as_deref(),
                of: of.as_deref(),
                templates,
            };
            print::run(&file, &options, &out)
        }
    }
}

/// Removes what saves killed earlier left beside `file` (their locks are
/// gone; a save under way keeps its own).
fn clean_beside(file: &Path) {
    atomic::remove_stale_temps(atomic::folder_of(file));
}

fn refuse_output(out: &Path, input: &Path, dirs: &DataDir) -> Result<(), ExitCode> {
    let out_text = out.display().to_string();
    match guard::check_output(out, input, dirs) {
        Ok(()) => Ok(()),
        Err(guard::Refusal::SameFile) => Err(fail(&fl!("cli-same-file", out = out_text))),
        Err(guard::Refusal::InLibrary) => Err(fail(&fl!("cli-output-in-library", out = out_text))),
    }
}

fn check(file: &Path) -> ExitCode {
    let loaded = match store::project_file::load(file) {
        Ok(loaded) => loaded,
        Err(error) => {
            say(&format!("{}: {}", fl!("cli-error"), i18n::describe_load_error(&error)));
            return ExitCode::from(1);
        }
    };
    let errors: Vec<_> = loaded.errors().collect();
    for problem in &errors {
        say(&format!("{}: {}", fl!("cli-error"), describe_problem(problem)));
    }
    for problem in loaded.problems.iter().filter(|p| p.is_warning()) {
        say(&format!("{}: {}", fl!("cli-warning"), describe_problem(problem)));
    }
    if !errors.is_empty() {
        return ExitCode::from(1);
    }
    // Conflicts are warnings: the plan is still being made.
    let project = &loaded.project;
    for (event_id, conflict) in project_conflicts(project) {
        if let Some(event) = project.event(event_id) {
            say(&format!("{}: {}", fl!("cli-warning"), i18n::describe_conflict(project, event, &conflict)));
        }
    }
    let title = project.title.as_str();
    match loaded.read_only {
        Some(ReadOnlyReason::NewerVersion(version)) if version > FORMAT_VERSION => {
            say(&fl!("cli-check-newer", title = title, version = version))
        }
        _ => say(&fl!("cli-check-ok", title = title)),
    }
    ExitCode::SUCCESS
}

/// Loads a project to read from: a file with errors is refused, since
/// what is made from it could be wrong; a newer format is read as it is.
fn load_to_read(file: &Path) -> Result<Loaded, ExitCode> {
    let loaded = store::project_file::load(file).map_err(|e| fail(&i18n::describe_load_error(&e)))?;
    if loaded.errors().next().is_some() {
        return Err(fail(&fl!("cli-has-errors-read", command = "adisker check FILE")));
    }
    Ok(loaded)
}

fn export_ics(file: &Path, event: Option<&str>, out: &Path) -> ExitCode {
    let project = match load_to_read(file) {
        Ok(loaded) => loaded.project,
        Err(code) => return code,
    };
    let event = match choose_event(&project, event, || fl!("ics-no-events", title = project.title.as_str())) {
        Ok(event) => event,
        Err(code) => return code,
    };
    let ics = exchange::event_to_ics(&project, event, Utc::now(), &i18n::CalendarText);
    match atomic::write_atomic(out, ics.as_bytes(), false) {
        Ok(()) => {
            say(&fl!(
                "ics-written",
                title = event.title.as_str(),
                path = out.display().to_string(),
                count = event.sessions.len()
            ));
            ExitCode::SUCCESS
        }
        Err(error) => fail(&i18n::describe_io(&error, out)),
    }
}

fn export_list(what: &str, file: &Path, event: Option<&str>, out: &Path) -> ExitCode {
    use crate::exchange::export::{What, export};
    use crate::exchange::spreadsheet::FileKind;
    let Some(what) = What::from_code(what) else {
        let lists: Vec<&str> = What::ALL.iter().map(|w| w.code()).collect();
        return fail(&fl!("export-unknown-what", what = printable(what, false), lists = lists.join(", ")));
    };
    let project = match load_to_read(file) {
        Ok(loaded) => loaded.project,
        Err(code) => return code,
    };
    let event = if what.needs_event() {
        match choose_event(&project, event, || fl!("export-no-events", title = project.title.as_str())) {
            Ok(event) => Some(event),
            Err(code) => return code,
        }
    } else {
        None
    };
    let list = export(&project, event, what, &i18n::ExportText);
    let bytes = match list.to_bytes(FileKind::of(out)) {
        Ok(bytes) => bytes,
        Err(error) => return fail(&format!("{} ({error})", fl!("export-failed"))),
    };
    match atomic::write_atomic(out, &bytes, false) {
        Ok(()) => {
            say(&fl!("export-written", count = list.rows(), path = out.display().to_string()));
            ExitCode::SUCCESS
        }
        Err(error) => fail(&i18n::describe_io(&error, out)),
    }
}

fn merge(file: &Path, other: &Path, dry_run: bool) -> ExitCode {
    use crate::domain::merge::plan;
    let theirs = match crate::store::library::read_copy(other) {
        Ok(project) => project,
        Err(error) => return fail(&i18n::describe_store_error(&error)),
    };
    let none = std::collections::HashSet::new();
    let ours = match load_to_read(file) {
        Ok(loaded) => loaded.project,
        Err(code) => return code,
    };
    let (edit, mut report) = plan(&ours, &theirs, &none);
    if !dry_run && edit.is_some() {
        // Made again on the version on disk when it changed meanwhile.
        let merged = store::project_file::update(file, |project| {
            let (edit, now) = plan(project, &theirs, &none);
            report = now;
            project.apply(edit?).ok().map(|_| true)
        });
        match merged {
            Ok(true) => {}
            Ok(false) => return fail(&fl!("merge-refused")),
            Err(error) => return fail(&i18n::describe_update_error(&error)),
        }
    }
    for line in i18n::describe_merge(&report) {
        say(&printable(&line, false));
    }
    if dry_run {
        say(&fl!("merge-dry-run", option = "--dry-run"));
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

/// Ids and titles, one event a line, for the user to copy an id from.
fn list_events(events: &[Event]) {
    for event in events {
        warn(&format!("  {}\t{}", event.id, printable(&event.title, false)));
    }
}

fn write_project(project: &Project, out: &Path) -> ExitCode {
    match store::project_file::save(out, project) {
        Ok(_) => ExitCode::SUCCESS,
        Err(error) => fail(&i18n::describe_io(&error, out)),
    }
}

fn fail(message: &str) -> ExitCode {
    warn(&format!("{}: {message}", fl!("cli-error")));
    ExitCode::from(1)
}
