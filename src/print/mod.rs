//! Printed documents (DESIGN section 5): the project's data as JSON, a
//! Typst template and the bundled fonts make a PDF, or PNG pages for the
//! preview.
//!
//! Typst is used as a library: it typesets Cyrillic with proper kerning
//! and line breaking, compiles a programme in milliseconds, embeds font
//! subsets in the PDF and renders the same pages for the preview, and its
//! templates are plain text a school can edit to add its emblem and
//! signatories without a new build of the app.

mod awards;
mod bound;
mod data;
mod messages;
mod network;
mod people;
pub mod sandbox;
pub mod summary;
mod templates;
mod word;
mod world;

pub use awards::{MAX_SIGNATORIES, chosen_signatories, document_orientation, orientation_of};
pub use data::default_series;
pub use messages::{describe_print_error, people_set_name};
pub use network::{Subject, SubjectKind, natural_date, subjects};
pub use people::{PeopleSet, choose_people};
pub use templates::{Template, Templates};
pub use word::{has_word_copy, word, workbook};

use crate::domain::{Award, EventId, FeedbackMethod, ObservationId, Orientation, Project, SignatoryId};
use crate::i18n::Language;
use chrono::NaiveDate;
use std::path::PathBuf;
use thiserror::Error;
use typst::diag::{Severity, SourceDiagnostic};
use typst::layout::{Frame, FrameItem, PagedDocument};
use world::DocumentWorld;

/// The documents an event needs on paper, and those of a mentoring
/// programme, a course and a network's year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Document {
    Programme,
    SignIn,
    Certificates,
    Letters,
    /// Nomination diplomas: «ДИПЛОМ», the nomination as its heading line.
    Diplomas,
    /// The register of issued numbers.
    Register,
    ObservationSheet,
    FeedbackForm,
    Report,
    /// The order's annex: the approved mentors by direction.
    MentorAnnex,
    MentorCertificates,
    CourseCertificates,
    /// A pair's individual plan and its activity log.
    PairPlan,
    YearPlan,
    YearReport,
}

impl Document {
    /// An event's documents.
    pub const ALL: [Document; 9] = [
        Document::Programme,
        Document::SignIn,
        Document::Certificates,
        Document::Letters,
        Document::Diplomas,
        Document::Register,
        Document::ObservationSheet,
        Document::FeedbackForm,
        Document::Report,
    ];

    /// The documents of a programme, a pair, a course or a year plan:
    /// printed without an event.
    pub const NETWORK: [Document; 6] = [
        Document::MentorAnnex,
        Document::MentorCertificates,
        Document::CourseCertificates,
        Document::PairPlan,
        Document::YearPlan,
        Document::YearReport,
    ];

    /// The name on the command line and of the template file.
    pub fn code(self) -> &'static str {
        match self {
            Document::Programme => "programme",
            Document::SignIn => "sign-in",
            Document::Certificates => "certificates",
            Document::Letters => "letters",
            Document::Diplomas => "diplomas",
            Document::Register => "register",
            Document::ObservationSheet => "observation-sheet",
            Document::FeedbackForm => "feedback-form",
            Document::Report => "report",
            Document::MentorAnnex => "mentor-annex",
            Document::MentorCertificates => "mentor-certificates",
            Document::CourseCertificates => "course-certificates",
            Document::PairPlan => "pair-plan",
            Document::YearPlan => "year-plan",
            Document::YearReport => "year-report",
        }
    }

    pub fn from_code(code: &str) -> Option<Document> {
        Document::ALL.into_iter().chain(Document::NETWORK).find(|d| d.code() == code)
    }

    /// What a document of [`Document::NETWORK`] is printed for; `None` for
    /// an event's documents.
    pub fn subject_kind(self) -> Option<SubjectKind> {
        match self {
            Document::MentorAnnex | Document::MentorCertificates => Some(SubjectKind::Programme),
            Document::PairPlan => Some(SubjectKind::Pair),
            Document::CourseCertificates => Some(SubjectKind::Course),
            Document::YearPlan | Document::YearReport => Some(SubjectKind::Plan),
            _ => None,
        }
    }

    /// Documents printed for a chosen set of people.
    pub fn is_for_people(self) -> bool {
        matches!(self, Document::Certificates | Document::Letters)
    }

    /// A page for each person: certificates, letters and diplomas, printed
    /// by the hundred and handed out on paper.
    pub fn is_batch(self) -> bool {
        matches!(
            self,
            Document::Certificates
                | Document::Letters
                | Document::Diplomas
                | Document::MentorCertificates
                | Document::CourseCertificates
        )
    }
}

/// What to print.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub document: Document,
    pub event: EventId,
    /// One language, or two for a bilingual programme; the first leads.
    pub languages: Vec<Language>,
    pub people: PeopleSet,
    /// The numbering series of new certificates and letters, e.g.
    /// `57-2019/001`.
    pub series: String,
    pub issued_on: NaiveDate,
    /// A filled observation sheet; blank sheets when absent.
    pub observation: Option<ObservationId>,
    /// The method of a blank feedback form; the event's usual one when
    /// absent.
    pub method: Option<FeedbackMethod>,
    /// Numbered empty rows at the end of the sign-in sheet for those who
    /// come unregistered; when absent, enough to reach the expected
    /// number of participants, and never fewer than [`MIN_BLANK_ROWS`].
    pub blank_rows: Option<usize>,
    /// The sign-in sheet as one alphabetical list with a school column,
    /// instead of a sub-heading per school.
    pub school_column: bool,
    /// Blank observation sheets for master classes too, not only for
    /// open lessons.
    pub master_classes: bool,
    /// The city beside the issue date; the project's when absent.
    pub city: Option<String>,
    /// Who signs; the document's choice in the project when absent.
    pub signatories: Option<Vec<SignatoryId>>,
    /// The project's `files/` folder, for its emblem; no emblem is printed
    /// without it.
    pub files: Option<PathBuf>,
    /// Upright or across; the document's choice in the project when absent.
    pub orientation: Option<Orientation>,
    /// The programme, pair, course or year plan a document of
    /// [`Document::NETWORK`] is printed for; the project's first when
    /// absent. The event is not read for these.
    pub subject: Option<Subject>,
}

/// The empty rows of a sign-in sheet when nothing else says how many.
pub const MIN_BLANK_ROWS: usize = 5;

/// At most this many empty rows: a typo of 50000 must not print a book.
pub const MAX_BLANK_ROWS: usize = 500;

impl Request {
    pub fn new(document: Document, event: EventId, language: Language, issued_on: NaiveDate) -> Request {
        Request {
            document,
            event,
            languages: vec![language],
            people: PeopleSet::default_for(document),
            series: String::new(),
            issued_on,
            observation: None,
            method: None,
            blank_rows: None,
            school_column: false,
            master_classes: false,
            city: None,
            signatories: None,
            files: None,
            orientation: None,
            subject: None,
        }
    }

    pub fn language(&self) -> Language {
        self.languages.first().copied().unwrap_or_default()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PrintError {
    #[error("no event with this id")]
    NoEvent,
    #[error("the event has no sessions")]
    NoSessions { event: String },
    #[error("nobody is registered")]
    NoRegistrations { event: String },
    #[error("nobody in the chosen group")]
    Nobody { event: String, people: PeopleSet },
    #[error("no observation sheet")]
    NoObservationTemplate,
    #[error("no such observation")]
    NoObservation,
    #[error("no nominations")]
    NoNominations { event: String },
    #[error("no awards")]
    NoAwards { event: String },
    /// No programme, pair, course or year plan to print (or none with the
    /// id asked).
    #[error("nothing to print for")]
    NoSubject(SubjectKind),
    /// A programme without approved mentors, a course nobody passed.
    #[error("nobody to certify")]
    NobodyToCertify { kind: SubjectKind, title: String },
    /// Only the programme, the sign-in sheet and the report are written
    /// for Word.
    #[error("no Word copy of {document}")]
    NoWordCopy { document: String },
    /// A template that does not compile; `user` when it is the school's own
    /// override, for which the bundled one can be used instead.
    #[error("{file}:{line}:{column}: {message}")]
    Template { file: String, line: usize, column: usize, message: String, user: bool },
    #[error("pdf: {0}")]
    Pdf(String),
    /// A school's template went past a limit of its trial run.
    #[error("{file}: {limit:?}")]
    TemplateLimit { file: String, limit: sandbox::Limit },
    /// The work stopped on an error of ours (a panic), caught.
    #[error("crashed: {0}")]
    Crashed(String),
}

/// The data of a document, ready to typeset, and the awards it issues.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub document: Document,
    pub data: serde_json::Value,
    /// Certificates and letters numbered for the first time; the caller
    /// records them (`Edit::Awards`) so their numbers are never reused.
    pub new_awards: Vec<Award>,
    /// The project's `files/` folder, where its emblem is read from.
    pub files: Option<PathBuf>,
}

/// Gathers what `request` prints from `project`.
pub fn prepare(project: &Project, request: &Request) -> Result<Prepared, PrintError> {
    data::prepare(project, request)
}

/// A typeset document: its pages, for a PDF or the preview.
pub struct Typeset {
    document: PagedDocument,
    /// Whether the PDF carries the tags a screen reader reads it by
    /// (headings, paragraphs, tables); see [`Typeset::pdf`].
    tagged: bool,
    /// Typst's warnings, as `line:column: message`.
    pub warnings: Vec<String>,
    /// Characters no bundled font could show; printed they would be boxes.
    pub missing_glyphs: String,
}

impl std::fmt::Debug for Typeset {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Typeset")
            .field("pages", &self.page_count())
            .field("warnings", &self.warnings)
            .finish()
    }
}

/// How many compiles a memoized layout survives without being reused.
const KEEP_CACHED_COMPILES: usize = 10;

/// Compiles `prepared` with `template`. A school's own template is first
/// tried in a separate process with limits on time, memory and pages
/// ([`sandbox`]): it is a file from outside, and a loop of 10^10 steps or
/// a hundred thousand pages must not freeze or exhaust the PC.
pub fn typeset(prepared: &Prepared, template: &Template) -> Result<Typeset, PrintError> {
    let first = typeset_once(prepared, template)?;
    // Set a fifth smaller, a programme gains a fifth of a page at most: one
    // that fills more of its second page breaks as it is, tried no more.
    if prepared.document != Document::Programme || first.page_count() != 2 || first.filled(1) > 0.2 {
        return Ok(first);
    }
    // A programme that spills onto a second page is set smaller if that
    // brings it onto one: the smallest size first, so that one too long
    // for any costs a single try, then the largest size that still fits.
    let at = |step: u64| {
        let mut tighter = prepared.clone();
        tighter.data["body"]["fit"] = step.into();
        typeset_once(&tighter, template)
    };
    let smallest = at(PROGRAMME_STEPS - 1)?;
    if smallest.page_count() != 1 {
        return Ok(first);
    }
    for step in 1..PROGRAMME_STEPS - 1 {
        let fitted = at(step)?;
        if fitted.page_count() == 1 {
            return Ok(fitted);
        }
    }
    Ok(smallest)
}

/// The sizes `programme.typ` can be set at (its `steps`).
const PROGRAMME_STEPS: u64 = 4;

fn typeset_once(prepared: &Prepared, template: &Template) -> Result<Typeset, PrintError> {
    let data = serde_json::to_vec(&prepared.data).map_err(|e| PrintError::Pdf(e.to_string()))?;
    if template.is_user() {
        sandbox::trial(template, &data, prepared.files.as_deref())?;
    }
    let files = prepared.files.clone();
    let (document, warnings) =
        compile(&template.file_name(), template.text.clone(), data, template.folder(), files)
            .map_err(|failure| failure.into_error(template))?;
    let mut missing = String::new();
    for page in &document.pages {
        missing_glyphs(&page.frame, &mut missing);
    }
    let tagged = !prepared.document.is_batch();
    Ok(Typeset { document, tagged, warnings, missing_glyphs: missing })
}

/// Where and why a template did not compile.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct CompileFailure {
    line: usize,
    column: usize,
    message: String,
}

impl CompileFailure {
    fn into_error(self, template: &Template) -> PrintError {
        PrintError::Template {
            file: template.display_path(),
            line: self.line,
            column: self.column,
            message: self.message,
            user: template.is_user(),
        }
    }
}

/// Typst's compile of one template with its data, and its warnings.
pub(crate) fn compile(
    name: &str,
    text: String,
    data: Vec<u8>,
    folder: Option<PathBuf>,
    files: Option<PathBuf>,
) -> Result<(PagedDocument, Vec<String>), CompileFailure> {
    let world = DocumentWorld::new(name, text, data, folder, files);
    let warned = typst::compile::<PagedDocument>(&world);
    // Typst memoizes layouts for the whole process. The app runs all day on
    // PCs with little memory, so results not reused by the last few
    // documents are dropped.
    typst::comemo::evict(KEEP_CACHED_COMPILES);
    let warnings: Vec<String> = warned.warnings.iter().map(|w| describe(&world, w)).collect();
    for warning in &warnings {
        tracing::warn!(template = %name, %warning, "typst");
    }
    match warned.output {
        Ok(document) => Ok((document, warnings)),
        Err(errors) => {
            let first = errors.iter().find(|e| e.severity == Severity::Error).or(errors.first());
            let (line, column) = first
                .and_then(|e| e.span.range().or_else(|| world.main_source().range(e.span)))
                .and_then(|range| world.line_column(range.start))
                .unwrap_or((1, 1));
            let message = first.map(|e| e.message.to_string()).unwrap_or_default();
            Err(CompileFailure { line, column, message })
        }
    }
}

fn describe(world: &DocumentWorld, diagnostic: &SourceDiagnostic) -> String {
    let at = diagnostic
        .span
        .range()
        .or_else(|| world.main_source().range(diagnostic.span))
        .and_then(|r| world.line_column(r.start));
    match at {
        Some((line, column)) => format!("{line}:{column}: {}", diagnostic.message),
        None => diagnostic.message.to_string(),
    }
}

/// Typst draws a character no font holds as an empty box and says nothing;
/// glyph 0 (`.notdef`) is that box.
fn missing_glyphs(frame: &Frame, missing: &mut String) {
    for (_, item) in frame.items() {
        match item {
            FrameItem::Group(group) => missing_glyphs(&group.frame, missing),
            FrameItem::Text(text) => {
                for glyph in text.glyphs.iter().filter(|g| g.id == 0) {
                    if let Some(chars) = text.text.get(glyph.range()) {
                        missing.push_str(chars);
                    }
                }
            }
            _ => {}
        }
    }
}

impl Typeset {
    pub fn page_count(&self) -> usize {
        self.document.pages.len()
    }

    /// How far down page `index` anything is printed, as a share of the
    /// page's height.
    fn filled(&self, index: usize) -> f64 {
        fn lowest(frame: &Frame, top: f64) -> f64 {
            frame
                .items()
                .map(|(at, item)| match item {
                    FrameItem::Group(group) => lowest(&group.frame, top + at.y.to_pt()),
                    _ => top + at.y.to_pt(),
                })
                .fold(top, f64::max)
        }
        let Some(page) = self.document.pages.get(index) else { return 0.0 };
        let height = page.frame.height().to_pt();
        if height > 0.0 { lowest(&page.frame, 0.0) / height } else { 0.0 }
    }

    /// The PDF. A programme or a report is tagged, so that a screen reader
    /// reads it in order; a batch of certificates is printed and handed out
    /// on paper, and its tags would double both the file and the time it
    /// takes to write.
    pub fn pdf(&self) -> Result<Vec<u8>, PrintError> {
        let options = typst_pdf::PdfOptions { tagged: self.tagged, ..Default::default() };
        typst_pdf::pdf(&self.document, &options).map_err(|errors| {
            PrintError::Pdf(errors.iter().map(|e| e.message.as_str()).collect::<Vec<_>>().join("; "))
        })
    }

    /// One page as a PNG, `pixels_per_point` wide per typographic point
    /// (1 ≈ 72 dpi).
    pub fn page_png(&self, index: usize, pixels_per_point: f32) -> Option<Vec<u8>> {
        let page = self.document.pages.get(index)?;
        typst_render::render(page, pixels_per_point).encode_png().ok()
    }

    /// One page as RGBA pixels, with its width and height, for a preview
    /// that shows them without encoding a PNG first.
    pub fn page_rgba(&self, index: usize, pixels_per_point: f32) -> Option<(u32, u32, Vec<u8>)> {
        let page = self.document.pages.get(index)?;
        let pixmap = typst_render::render(page, pixels_per_point);
        Some((pixmap.width(), pixmap.height(), pixmap.take()))
    }
}

/// Drops every layout Typst remembers. The command line prints one
/// document and exits: freed before the PDF is written, that memory is
/// reused for it instead of being asked of the system again, which on a
/// batch of certificates is a good part of the time.
pub fn forget_layouts() {
    typst::comemo::evict(0);
}

/// A document ready to save, and what printing it issued.
#[derive(Debug, Clone)]
pub struct Printed {
    pub pdf: Vec<u8>,
    pub pages: usize,
    pub new_awards: Vec<Award>,
}

/// Prepares, typesets and writes a PDF in one go (the command line and
/// Save in the print screen).
pub fn print_pdf(project: &Project, request: &Request, templates: &Templates) -> Result<Printed, PrintError> {
    let prepared = prepare(project, request)?;
    let template = templates.load(request.document);
    let typeset = typeset(&prepared, &template)?;
    Ok(Printed { pdf: typeset.pdf()?, pages: typeset.page_count(), new_awards: prepared.new_awards })
}

/// The picture `name` in the project's `files` folder as RGBA pixels
/// (width, height, pixels) `height` points high, decoded as it prints,
/// for the window to show it; or why it does not print. Its first bytes
/// may say PNG and the rest be broken, and a broken emblem would stop
/// every document: Typst itself decodes it, so what shows here prints.
pub fn picture_preview(
    files: &std::path::Path,
    name: &str,
    height: f64,
) -> Result<(u32, u32, Vec<u8>), String> {
    let document = picture_page(files, name, height)?;
    let page = document.pages.first().ok_or_else(String::new)?;
    let pixmap = typst_render::render(page, 2.0);
    Ok((pixmap.width(), pixmap.height(), pixmap.take()))
}

/// A page just the size of the picture.
fn picture_page(files: &std::path::Path, name: &str, height: f64) -> Result<PagedDocument, String> {
    let text = format!(
        "#set page(width: auto, height: auto, margin: 0pt)\n#image(\"{}/{}\", height: {height}pt)",
        world::FILES_FOLDER,
        name.replace(['"', '\\'], "")
    );
    compile("check.typ", text, b"{}".to_vec(), None, Some(files.to_path_buf()))
        .map(|(document, _)| document)
        .map_err(|failure| failure.message)
}

/// Where a user's own templates are looked for.
pub fn user_templates_dir(data_dir: &crate::store::DataDir) -> PathBuf {
    data_dir.templates()
}
