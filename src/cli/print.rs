//! `adisker print`: a document of an event, or of a programme, pair,
//! course or year plan, as PDF.
//!
//! New certificate and letter numbers are recorded in the project (one
//! atomic save) before the PDF is written. A PDF that fails or is never
//! written then leaves numbers that the same people get again on the
//! reprint; the other order could hand one number to two people.

use super::output::{printable, say, warn};
use super::{choose_event, fail, load_to_read};
use crate::domain::awards::AwardsEdit;
use crate::domain::{Edit, EventId, FeedbackMethod, Orientation, Project, SignatoryId};
use crate::fl;
use crate::i18n::{self, Language};
use crate::print::{
    self, Document, PeopleSet, Prepared, PrintError, Request, Subject, SubjectKind, Templates,
};
use crate::store::{ReadOnlyReason, atomic, project_file};
use chrono::{Local, Utc};
use std::path::Path;
use std::process::ExitCode;

/// The options of `adisker print`, gathered.
pub struct Options<'a> {
    pub doc: &'a str,
    pub event: Option<&'a str>,
    pub languages: Vec<Language>,
    pub people: Option<&'a str>,
    pub series: Option<&'a str>,
    pub observation: Option<&'a str>,
    pub method: Option<&'a str>,
    pub date: Option<&'a str>,
    pub blank_rows: Option<usize>,
    pub school_column: bool,
    pub master_classes: bool,
    pub city: Option<&'a str>,
    pub signatory: Option<&'a str>,
    pub orientation: Option<&'a str>,
    /// The programme, pair, course or year plan of a network document.
    pub of: Option<&'a str>,
    pub templates: Templates,
}

/// What the options ask for, before the project is read.
struct Asked {
    document: Document,
    people: PeopleSet,
    method: Option<FeedbackMethod>,
}

fn read_options(options: &Options) -> Result<Asked, ExitCode> {
    let documents = || {
        Document::ALL.into_iter().chain(Document::NETWORK).map(|d| d.code()).collect::<Vec<_>>().join(", ")
    };
    let Some(document) = Document::from_code(options.doc) else {
        return Err(fail(&fl!("print-unknown-document", name = options.doc, choices = documents())));
    };
    let people = match options.people {
        None => PeopleSet::default_for(document),
        Some(code) => match PeopleSet::from_code(code.trim()) {
            Some(set) => set,
            None => {
                let choices = "all, teachers, mentors, present";
                return Err(fail(&fl!("print-unknown-people", name = code, choices = choices)));
            }
        },
    };
    let method = match options.method {
        None => None,
        Some(code) => match FeedbackMethod::from_code(code.trim()) {
            Some(method) => Some(method),
            None => {
                let choices = FeedbackMethod::ALL.map(|m| m.code()).join(", ");
                return Err(fail(&fl!("print-unknown-method", name = code, choices = choices)));
            }
        },
    };
    Ok(Asked { document, people, method })
}

pub fn run(file: &Path, options: &Options, out: &Path) -> ExitCode {
    let asked = match read_options(options) {
        Ok(asked) => asked,
        Err(code) => return code,
    };
    let workbook = out.extension().is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    if (is_word(out) && !print::has_word_copy(asked.document))
        || (workbook && asked.document != Document::YearReport)
    {
        let error = PrintError::NoWordCopy { document: asked.document.code().to_owned() };
        return fail(&print::describe_print_error(&error));
    }
    // `RUST_LOG=adisker=debug` shows where a slow print spends its time.
    let started = std::time::Instant::now();
    let loaded = match load_to_read(file) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let (event, subject) = match asked.document.subject_kind() {
        // A programme's, course's or plan's document needs no event.
        Some(kind) => match choose_subject(&loaded.project, kind, options.of) {
            Ok(subject) => (EventId::new(), subject),
            Err(code) => return code,
        },
        None => match choose_event(&loaded.project, options.event, || fl!("print-error-no-event")) {
            Ok(event) => (event.id, None),
            Err(code) => return code,
        },
    };
    let mut dated = Request::new(asked.document, event, Language::default(), Local::now().date_naive());
    dated.subject = subject;
    // A certificate of a March 2020 hearing is dated in March 2020, not on
    // the day it happens to be printed; a course's on its last day.
    let last_day = match loaded.project.event(event) {
        Some(event) => event.ends_on,
        None => print::natural_date(&loaded.project, &dated, dated.issued_on),
    };
    let issued_on = match options.date.map(crate::domain::rules::parse_date) {
        None => last_day,
        Some(Ok(date)) => date,
        Some(Err(_)) => return fail(&fl!("print-error-bad-date", date = options.date.unwrap_or_default())),
    };
    let observation = match options.observation {
        None => None,
        Some(id) => match id.trim().parse() {
            Ok(id) => Some(id),
            Err(_) => return fail(&fl!("print-error-no-observation")),
        },
    };
    let orientation = match options.orientation.map(|o| Orientation::from_code(o.trim())) {
        None => None,
        Some(Some(orientation)) => Some(orientation),
        Some(None) => {
            let name = options.orientation.unwrap_or_default();
            return fail(&fl!("print-unknown-orientation", name = name, choices = "portrait, landscape"));
        }
    };
    let signatories = match options.signatory.map(|ids| signatories_named(&loaded.project, ids)) {
        None => None,
        Some(Ok(ids)) => Some(ids),
        Some(Err(unknown)) => {
            let known = loaded
                .project
                .signatories
                .iter()
                .map(|s| format!("{} ({})", s.id, s.name))
                .collect::<Vec<_>>()
                .join(", ");
            let known = if known.is_empty() { "—".to_owned() } else { known };
            return fail(&fl!("print-unknown-signatory", id = unknown, choices = known));
        }
    };
    let request = Request {
        document: asked.document,
        event,
        languages: options.languages.clone(),
        people: asked.people,
        series: options.series.unwrap_or_default().to_owned(),
        issued_on,
        observation,
        method: asked.method,
        blank_rows: options.blank_rows,
        school_column: options.school_column,
        master_classes: options.master_classes,
        city: options.city.map(str::to_owned),
        signatories,
        files: Some(crate::store::files::files_beside(file)),
        orientation,
        subject,
    };
    let prepared = match print::prepare(&loaded.project, &request) {
        Ok(prepared) => prepared,
        Err(error) => return fail(&print::describe_print_error(&error)),
    };
    tracing::debug!(ms = started.elapsed().as_millis(), "loaded and prepared");
    let (prepared, recorded, unrecorded) = if prepared.new_awards.is_empty() {
        (prepared, 0, 0)
    } else if matches!(loaded.read_only, Some(ReadOnlyReason::NewerVersion(_))) {
        // The newer format is never rewritten; the user is told the
        // numbers are hers to keep track of.
        let count = prepared.new_awards.len();
        (prepared, 0, count)
    } else {
        match record(file, &request) {
            Ok((prepared, count)) => (prepared, count, 0),
            Err(code) => return code,
        }
    };
    if is_word(out) || workbook {
        // The year report's summaries go to Excel as they go to Word.
        let written = if workbook { print::workbook(&prepared) } else { print::word(&prepared) };
        let bytes = match written {
            Ok(bytes) => bytes,
            Err(error) => return fail(&print::describe_print_error(&error)),
        };
        if let Err(error) = atomic::write_atomic(out, &bytes, false) {
            return fail(&i18n::describe_io(&error, out));
        }
        say(&fl!("print-written-word", path = out.display().to_string()));
        return ExitCode::SUCCESS;
    }
    let typeset = print::typeset(&prepared, &options.templates.load(request.document)).and_then(|t| {
        tracing::debug!(ms = started.elapsed().as_millis(), "typeset");
        print::forget_layouts();
        let pdf = t.pdf()?;
        tracing::debug!(ms = started.elapsed().as_millis(), "pdf made");
        Ok((pdf, t.page_count()))
    });
    let (pdf, pages) = match typeset {
        Ok(done) => done,
        Err(error) => return fail(&print::describe_print_error(&error)),
    };
    if let Err(error) = atomic::write_atomic(out, &pdf, false) {
        return fail(&i18n::describe_io(&error, out));
    }
    tracing::debug!(ms = started.elapsed().as_millis(), "pdf written");
    say(&fl!("print-written", path = out.display().to_string(), pages = pages));
    if recorded > 0 {
        say(&fl!("print-awards-recorded", count = recorded));
    }
    if unrecorded > 0 {
        warn(&fl!("print-numbers-not-recorded", count = unrecorded));
    }
    ExitCode::SUCCESS
}

/// The programme, pair, course or plan `of` names, or none for the
/// project's first; an id the project does not hold is refused with the
/// list of those it does.
fn choose_subject(
    project: &Project,
    kind: SubjectKind,
    of: Option<&str>,
) -> Result<Option<Subject>, ExitCode> {
    let Some(id) = of else { return Ok(None) };
    let known = print::subjects(project, kind);
    match Subject::parse(kind, id) {
        Some(subject) if known.iter().any(|(s, _)| *s == subject) => Ok(Some(subject)),
        _ => {
            let code = fail(&fl!("cli-print-unknown-subject", id = id, what = kind.code()));
            for (subject, name) in &known {
                warn(&format!("  {}\t{}", subject.id(), printable(name, false)));
            }
            Err(code)
        }
    }
}

/// A name ending in .docx asks for a Word copy.
fn is_word(out: &Path) -> bool {
    out.extension().is_some_and(|e| e.eq_ignore_ascii_case("docx"))
}

/// The signatories `ids` names (comma-separated), or the first id the
/// project does not know.
fn signatories_named(project: &crate::domain::Project, ids: &str) -> Result<Vec<SignatoryId>, String> {
    ids.split(',')
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(|id| match id.parse::<SignatoryId>() {
            Ok(parsed) if project.signatory(parsed).is_some() => Ok(parsed),
            _ => Err(id.to_owned()),
        })
        .collect()
}

/// Numbers the documents against the file as it is now and records the
/// new numbers in it. Returns what to print and how many were recorded.
fn record(file: &Path, request: &Request) -> Result<(Prepared, usize), ExitCode> {
    let mut outcome: Option<Result<Prepared, String>> = None;
    let recorded = project_file::update(file, |project| {
        let prepared = match print::prepare(project, request) {
            Ok(prepared) => prepared,
            Err(error) => {
                outcome = Some(Err(print::describe_print_error(&error)));
                return None;
            }
        };
        let count = prepared.new_awards.len();
        let awards = prepared.new_awards.clone();
        outcome = Some(Ok(prepared));
        if count == 0 {
            return None;
        }
        if let Err(error) = project.apply(Edit::Awards(Box::new(AwardsEdit::Issue(awards)))) {
            outcome = Some(Err(i18n::describe_edit_error(&error)));
            return None;
        }
        project.modified = Utc::now();
        Some(count)
    });
    let count = recorded.map_err(|error| fail(&i18n::describe_update_error(&error)))?;
    match outcome {
        Some(Ok(prepared)) => Ok((prepared, count)),
        Some(Err(message)) => Err(fail(&message)),
        None => Err(fail(&print::describe_print_error(&PrintError::NoEvent))),
    }
}
