//! Print: choose the document, its language(s) and people, look at the
//! pages, then save a PDF or open it in the system's viewer to print.
//!
//! Typesetting runs on its own thread and reports each stage, so a batch
//! of hundreds of certificates shows where it is and can be cancelled; the
//! window never waits for it.

use super::EditAction;
use super::labels::Choice;
use super::print_people;
use super::print_signing;
use crate::crash::Crash;
use crate::domain::awards::AwardsEdit;
use crate::domain::feedback::usual_method;
use crate::domain::rules::{self, FieldError};
use crate::domain::{Edit, EventId, FeedbackMethod, ObservationId, PersonId, Project};
use crate::fl;
use crate::i18n::{self, Language};
use crate::print::{
    self, Document, PeopleSet, Prepared, PrintError, Request, Subject, SubjectKind, Templates, Typeset,
};
use crate::store::ReadOnlyReason;
use crate::ui::tasks::{Recover, blocking, dialogs_available, save_file};
use crate::ui::theme::{self, NoticeKind};
use crate::ui::widget;
use iced::futures::channel::mpsc;
use iced::keyboard::{Key, Modifiers, key};
use iced::widget::{Space, button, checkbox, column, container, image, row, scrollable, text};
use iced::{Alignment, Element, Length, Task};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

pub const PATH_FIELD: &str = "print-path";
pub const SERIES_FIELD: &str = "print-series";
/// The field of the sign-in sheet's empty rows.
pub const BLANK_ROWS_FIELD: &str = "print-blank-rows";
/// Preview pixels per typographic point: a page about 480 pixels wide,
/// sharp enough to read a name and quick to draw.
const PREVIEW_SCALE: f32 = 0.8;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Preparing,
    Typesetting,
    Writing,
}

/// Where a saved PDF goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    File(PathBuf),
    /// A copy in the temporary folder, opened in the system's viewer.
    Viewer,
}

#[derive(Debug, Clone)]
pub struct Page {
    pub index: usize,
    pub image: image::Handle,
    /// The page's width in points (1/72 inch), for the zoom.
    pub width_pt: f32,
}

#[derive(Debug, Clone)]
pub struct Previewed {
    typeset: Arc<Typeset>,
    first: Page,
}

#[derive(Debug, Clone)]
pub struct Written {
    path: PathBuf,
    pages: usize,
    /// Numbers printed without being recorded: the project is of a newer
    /// format and is not changed.
    unrecorded: usize,
    open: bool,
    /// A Word copy, which has no pages of its own to count.
    word: bool,
}

/// A path ending in .docx asks for the Word copy.
fn is_word(path: &std::path::Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("docx"))
}

/// Why a document was not written, and whether the bundled template is
/// worth offering (the school's own one failed).
#[derive(Debug, Clone)]
pub struct Failure {
    message: String,
    offer_bundled: bool,
}

impl<T> Recover for Result<T, PrintError> {
    fn crashed(crash: Crash) -> Self {
        Err(PrintError::Crashed(crash.message))
    }
}

impl<T> Recover for Result<T, Failure> {
    fn crashed(crash: Crash) -> Self {
        Err(PrintError::Crashed(crash.message).into())
    }
}

impl From<PrintError> for Failure {
    fn from(error: PrintError) -> Failure {
        Failure {
            offer_bundled: matches!(error, PrintError::Template { user: true, .. }),
            message: print::describe_print_error(&error),
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Document(Choice<Document>),
    Language(Choice<Language>),
    Second(Choice<Option<Language>>),
    People(Choice<PeopleSet>),
    Picker(print_people::Message),
    Signing(print_signing::Message),
    /// A filled observation sheet, or blank ones (`None`).
    Observation(Choice<Option<ObservationId>>),
    /// The method of a blank feedback form.
    Method(Choice<FeedbackMethod>),
    /// The programme, pair, course or plan of a network document.
    Subject(Choice<Subject>),
    Series(String),
    BlankRows(String),
    SchoolColumn(bool),
    MasterClasses(bool),
    Preview,
    Stage(u64, Stage),
    Previewed(u64, Result<Previewed, PrintError>),
    Turn(usize),
    Turned(u64, Option<Page>),
    Save,
    /// Save the Word copy of the programme, the sign-in sheet or the report.
    SaveWord,
    Open,
    Picked(Option<PathBuf>),
    PathInput(String),
    SaveToPath,
    /// The document's data, numbered, is ready; new numbers wait to be
    /// recorded before the PDF is made.
    ReadyToWrite(u64, Result<(Box<Prepared>, Destination), Failure>),
    /// The new numbers are on disk: the PDF may be made.
    Numbered(u64),
    Written(u64, Result<Written, Failure>),
    Cancel,
    UseBundled,
    DismissNotice,
    /// The preview's size: `None` fits the page to the panel's width.
    Zoom(Option<u16>),
}

/// The zoom steps of the preview, in per cent of the page's printed size.
const ZOOMS: [u16; 7] = [50, 75, 100, 125, 150, 200, 300];

/// The step after (or before) `now`; «fit width» steps as from 100 %.
fn zoom_step(now: Option<u16>, bigger: bool) -> u16 {
    let now = now.unwrap_or(100);
    if bigger {
        ZOOMS.iter().copied().find(|z| *z > now).unwrap_or(ZOOMS[ZOOMS.len() - 1])
    } else {
        ZOOMS.iter().rev().copied().find(|z| *z < now).unwrap_or(ZOOMS[0])
    }
}

#[derive(Debug, Default)]
enum Work {
    #[default]
    Idle,
    Busy {
        stage: Stage,
        cancel: Arc<AtomicBool>,
        handle: Option<iced::task::Handle>,
    },
}

#[derive(Debug)]
pub struct State {
    /// A document whose new numbers are being recorded.
    numbered: Option<(Box<Prepared>, Destination)>,
    document: Document,
    event: Option<EventId>,
    language: Language,
    second: Option<Language>,
    people: PeopleSet,
    picker: print_people::State,
    signing: print_signing::State,
    observation: Option<ObservationId>,
    /// Chosen for the feedback form; otherwise the event's usual one.
    method: Option<FeedbackMethod>,
    /// Chosen for a network document; otherwise the project's first.
    subject: Option<Subject>,
    series: String,
    /// Empty rows of the sign-in sheet as typed; empty for the default.
    blank_rows: String,
    school_column: bool,
    master_classes: bool,
    templates: Templates,
    /// The project's `files/` folder, where its emblem is.
    files: Option<PathBuf>,
    /// Set after a school's template failed and the user chose ours.
    bundled_only: bool,
    /// Bumped by every change of the choices and by Cancel, so a result
    /// that arrives late for old choices is dropped.
    generation: u64,
    work: Work,
    preview: Option<Previewed>,
    page: Option<Page>,
    /// The path typed when the system has no file dialog.
    path: Option<String>,
    notice: Option<(NoticeKind, String)>,
    template_failed: bool,
    /// Per cent of the printed size, or `None` to fit the panel's width.
    zoom: Option<u16>,
}

impl State {
    /// `templates_dir` is the data folder's `templates/`.
    pub fn new(project: &Project, templates_dir: Option<PathBuf>) -> State {
        let event = project.events.first();
        let language = i18n::event_language(event);
        State {
            numbered: None,
            document: Document::Programme,
            event: event.map(|e| e.id),
            language,
            second: None,
            people: PeopleSet::default_for(Document::Programme),
            picker: print_people::State::default(),
            signing: print_signing::State::default(),
            observation: None,
            method: None,
            subject: None,
            series: String::new(),
            blank_rows: String::new(),
            school_column: false,
            master_classes: false,
            templates: Templates { user_dir: templates_dir },
            files: None,
            bundled_only: false,
            generation: 0,
            work: Work::Idle,
            preview: None,
            page: None,
            zoom: None,
            path: None,
            notice: None,
            template_failed: false,
        }
    }

    /// The project's files (its emblem) are read from `files`.
    pub fn with_files(self, files: PathBuf) -> State {
        State { files: Some(files), ..self }
    }

    /// Prints for this event, the project's current one. The document and
    /// the people chosen stay.
    pub fn set_event(&mut self, event: EventId) {
        if self.event != Some(event) {
            self.event = Some(event);
            self.observation = None;
            self.method = None;
            self.changed();
        }
    }

    /// After an edit, undo or redo, and after each choice: the wording
    /// fields show the project's words.
    pub fn reload(&mut self, project: &Project) {
        self.signing.reload(project, self.document, self.language);
    }

    /// Another screen asks for a document, for these people when given:
    /// a certificate printed again, the register.
    pub fn show(&mut self, document: Document, people: Option<Vec<PersonId>>) {
        self.document = document;
        self.people = match people {
            Some(people) => {
                self.picker.choose(people.clone());
                PeopleSet::Chosen(people)
            }
            None => PeopleSet::default_for(document),
        };
        self.changed();
    }

    pub fn failed(&mut self, message: String) {
        // What waited for the edit that failed is not printed.
        self.numbered = None;
        self.work = Work::Idle;
        self.notice = Some((NoticeKind::Error, message));
    }

    pub fn is_busy(&self) -> bool {
        matches!(self.work, Work::Busy { .. })
    }

    /// The screen's keys, when no field has them: Ctrl+P prints (opens
    /// the PDF in the system's viewer), F5 shows the pages again, Page Up
    /// and Page Down or the arrows turn them, Esc stops a long batch.
    /// The search Ctrl+F goes to: the one among people, when they are
    /// being chosen by hand.
    pub fn search_field(&self) -> Option<&'static str> {
        matches!(self.people, PeopleSet::Chosen(_)).then_some(print_people::SEARCH_FIELD)
    }

    pub fn key(&self, key: Key, modifiers: Modifiers) -> Option<Message> {
        let turn = |forward: bool| {
            let page = self.page.as_ref()?.index;
            let count = self.preview.as_ref()?.typeset.page_count();
            if forward { (page + 1 < count).then_some(page + 1) } else { page.checked_sub(1) }
                .map(Message::Turn)
        };
        match key.as_ref() {
            Key::Character(c) if modifiers.command() && c.eq_ignore_ascii_case("p") => Some(Message::Open),
            _ if modifiers.command() || modifiers.alt() => None,
            Key::Named(key::Named::F5) => Some(Message::Preview),
            Key::Named(key::Named::Escape) if self.is_busy() => Some(Message::Cancel),
            Key::Named(key::Named::PageDown | key::Named::ArrowRight) => turn(true),
            Key::Named(key::Named::PageUp | key::Named::ArrowLeft) => turn(false),
            Key::Character("+" | "=") if self.page.is_some() => {
                Some(Message::Zoom(Some(zoom_step(self.zoom, true))))
            }
            Key::Character("-") if self.page.is_some() => {
                Some(Message::Zoom(Some(zoom_step(self.zoom, false))))
            }
            Key::Character("0") if self.page.is_some() => Some(Message::Zoom(None)),
            _ => None,
        }
    }

    /// What would be printed with the choices made.
    pub fn request(&self, project: &Project) -> Option<Request> {
        if self.document.subject_kind().is_some() {
            return Some(self.network_request(project));
        }
        let event =
            self.event.filter(|id| project.event(*id).is_some()).or(project.events.first().map(|e| e.id))?;
        // Issued on the event's last day, not the day of printing, unless
        // another date is typed (a wrong one is shown at the field).
        let issued_on = self.signing.date().ok().flatten().unwrap_or(project.event(event)?.ends_on);
        let mut request = Request::new(self.document, event, self.language, issued_on);
        if let Some(second) = self.second.filter(|s| *s != self.language) {
            request.languages.push(second);
        }
        request.people = self.people.clone();
        request.series = self.series.clone();
        request.files = self.files.clone();
        if self.document == Document::SignIn {
            // A wrong figure is shown at the field; the sheet keeps its default.
            request.blank_rows = self.blank_rows_typed().ok().flatten();
            request.school_column = self.school_column;
        }
        request.observation = self.observation.filter(|_| self.document == Document::ObservationSheet);
        request.master_classes = self.master_classes && self.document == Document::ObservationSheet;
        request.method = self.method.filter(|_| self.document == Document::FeedbackForm);
        Some(request)
    }

    /// A programme's, pair's, course's or plan's document: no event is
    /// read, and it is dated as typed or on its subject's last day.
    fn network_request(&self, project: &Project) -> Request {
        let today = chrono::Local::now().date_naive();
        let event = self.event.unwrap_or_default();
        let mut request = Request::new(self.document, event, self.language, today);
        request.subject = self.subject;
        request.issued_on = self
            .signing
            .date()
            .ok()
            .flatten()
            .unwrap_or_else(|| print::natural_date(project, &request, today));
        if let Some(second) = self.second.filter(|s| *s != self.language) {
            request.languages.push(second);
        }
        request.series = self.series.clone();
        request.files = self.files.clone();
        request
    }

    /// The choice of programme, pair, course or plan, the first few
    /// hundred of them: a network's five hundred pairs are many for one
    /// list.
    fn subject_choice<'a>(&self, project: &'a Project, kind: SubjectKind) -> Element<'a, Message> {
        let mut subjects = print::subjects(project, kind);
        subjects.truncate(widget::LIST_LIMIT);
        let choices: Vec<Choice<Subject>> =
            subjects.into_iter().map(|(value, label)| Choice { value, label }).collect();
        let current = choices.iter().find(|c| Some(c.value) == self.subject).or(choices.first()).cloned();
        widget::choice(fl!("print-network-of", what = kind.code()), choices, current, Message::Subject)
    }

    fn templates(&self) -> Templates {
        if self.bundled_only { Templates::bundled() } else { self.templates.clone() }
    }

    /// Forgets the pages of the old choices and any work still running.
    fn blank_rows_typed(&self) -> Result<Option<usize>, FieldError> {
        match rules::optional_count(&self.blank_rows)? {
            Some(rows) if rows as usize > print::MAX_BLANK_ROWS => Err(FieldError::BadNumber),
            rows => Ok(rows.map(|r| r as usize)),
        }
    }

    fn changed(&mut self) {
        self.cancel();
        self.preview = None;
        self.page = None;
        self.template_failed = false;
    }

    fn cancel(&mut self) {
        self.generation += 1;
        if let Work::Busy { cancel, handle, .. } = std::mem::take(&mut self.work) {
            cancel.store(true, Ordering::Relaxed);
            if let Some(handle) = handle {
                handle.abort();
            }
        }
    }

    fn show_error(&mut self, error: &PrintError) {
        self.template_failed = matches!(error, PrintError::Template { user: true, .. });
        self.notice = Some((NoticeKind::Error, print::describe_print_error(error)));
    }

    /// Blank sheets for every lesson, or one observer's filled sheet.
    fn observation_choice<'a>(&self, project: &'a Project) -> Element<'a, Message> {
        let blank = Choice { value: None, label: fl!("print-sheet-blank") };
        let mut choices = vec![blank.clone()];
        if let Some(event) = self.event.and_then(|id| project.event(id)) {
            choices.extend(event.observations.iter().map(|o| {
                let session =
                    event.sessions.iter().find(|s| s.id == o.session).map_or("", |s| s.title.as_str());
                let observer = project.person(o.observer).map_or("", |p| p.full_name.as_str());
                Choice { value: Some(o.id), label: format!("{session} — {observer}") }
            }));
        }
        let current = choices.iter().find(|c| c.value == self.observation).cloned().unwrap_or(blank);
        widget::choice(fl!("print-sheet-which"), choices, Some(current), Message::Observation)
    }

    /// `read_only` is why the project may not change, if it may not: new
    /// numbers are then printed only for a file of a newer format, and the
    /// user is told they were not recorded.
    pub fn update(
        &mut self,
        project: &Project,
        read_only: Option<&ReadOnlyReason>,
        message: Message,
    ) -> EditAction<Message> {
        match message {
            Message::Document(choice) => {
                if self.document.subject_kind() != choice.value.subject_kind() {
                    self.subject = None;
                }
                self.document = choice.value;
                self.people = PeopleSet::default_for(choice.value);
                self.changed();
            }
            Message::Subject(choice) => {
                self.subject = Some(choice.value);
                self.changed();
            }

            Message::Method(choice) => {
                self.method = Some(choice.value);
                self.changed();
            }
            Message::Language(choice) => {
                self.language = choice.value;
                self.changed();
            }
            Message::Second(choice) => {
                self.second = choice.value;
                self.changed();
            }
            Message::People(choice) => {
                self.people = match choice.value {
                    PeopleSet::Chosen(_) => PeopleSet::Chosen(self.picker.chosen().to_vec()),
                    set => set,
                };
                self.changed();
            }
            Message::Picker(message) => {
                let ticked = !matches!(message, print_people::Message::Search(_));
                let event = self.event.and_then(|id| project.event(id));
                self.picker.update(project, event, message);
                if ticked && matches!(self.people, PeopleSet::Chosen(_)) {
                    self.people = PeopleSet::Chosen(self.picker.chosen().to_vec());
                    self.changed();
                }
            }
            Message::Observation(choice) => {
                self.observation = choice.value;
                self.changed();
            }
            Message::SchoolColumn(on) => {
                self.school_column = on;
                self.changed();
            }
            Message::MasterClasses(on) => {
                self.master_classes = on;
                self.changed();
            }
            Message::Signing(message) => {
                // Typing a wording changes nothing printed until it is saved.
                let keeps_pages =
                    matches!(message, print_signing::Message::Wording(..) | print_signing::Message::Toggle);
                let action = self.signing.update(project, self.document, self.language, message);
                if !keeps_pages {
                    self.changed();
                }
                return action.map(Message::Signing);
            }
            Message::Series(series) => {
                self.series = series;
                self.changed();
            }
            Message::BlankRows(rows) => {
                self.blank_rows = rows;
                self.changed();
            }
            Message::Preview => return self.preview(project),
            Message::Stage(generation, stage) => {
                if let Work::Busy { stage: current, .. } = &mut self.work
                    && generation == self.generation
                {
                    *current = stage;
                }
            }
            Message::Previewed(generation, result) if generation == self.generation => {
                self.work = Work::Idle;
                match result {
                    Ok(previewed) => {
                        self.notice = None;
                        self.page = Some(previewed.first.clone());
                        self.preview = Some(previewed);
                    }
                    Err(error) => self.show_error(&error),
                }
            }
            Message::Previewed(..) => {}
            Message::Turn(index) => {
                let Some(preview) = &self.preview else { return EditAction::None };
                let typeset = Arc::clone(&preview.typeset);
                let generation = self.generation;
                let scale = render_scale(self.zoom);
                return EditAction::Task(Task::perform(
                    blocking(move || render(&typeset, index, scale)),
                    move |page| Message::Turned(generation, page),
                ));
            }
            Message::Turned(generation, Some(page)) if generation == self.generation => {
                self.page = Some(page)
            }
            Message::Turned(..) => {}
            Message::Save => {
                if !dialogs_available() {
                    self.path = Some(self.path.take().unwrap_or_default());
                    self.notice = Some((NoticeKind::Info, fl!("library-no-file-dialog")));
                    return EditAction::None;
                }
                let name = format!("{}.pdf", self.document.code());
                return EditAction::Task(Task::perform(
                    save_file(fl!("print-file-kind"), &["pdf"], name),
                    Message::Picked,
                ));
            }
            Message::SaveWord => {
                if !dialogs_available() {
                    self.path = Some(self.path.take().unwrap_or_default());
                    self.notice = Some((NoticeKind::Info, fl!("print-word-path", ext = ".docx")));
                    return EditAction::None;
                }
                let name = format!("{}.docx", self.document.code());
                return EditAction::Task(Task::perform(
                    save_file("Word".to_owned(), &["docx"], name),
                    Message::Picked,
                ));
            }
            Message::PathInput(path) => self.path = Some(path),
            Message::SaveToPath => {
                let typed = self.path.clone().unwrap_or_default();
                if typed.trim().is_empty() {
                    return EditAction::None;
                }
                let mut path = PathBuf::from(typed.trim());
                if path.extension().is_none() {
                    path.set_extension("pdf");
                }
                return self.save_to(project, path);
            }
            Message::Picked(None) => {}
            Message::Picked(Some(path)) => return self.save_to(project, path),
            Message::Open => return self.prepare(project, Destination::Viewer),
            Message::ReadyToWrite(generation, result) if generation == self.generation => {
                let (prepared, destination) = match result {
                    Ok(ready) => ready,
                    Err(failure) => {
                        self.work = Work::Idle;
                        self.template_failed = failure.offer_bundled;
                        self.notice = Some((NoticeKind::Error, failure.message));
                        return EditAction::None;
                    }
                };
                if prepared.new_awards.is_empty() {
                    return self.write(*prepared, destination, 0);
                }
                match read_only {
                    None => {
                        // The numbers are the project's before they are on
                        // paper, so a PDF that fails never leaves a number
                        // that the next batch gives to someone else.
                        let edit = Edit::Awards(Box::new(AwardsEdit::Issue(prepared.new_awards.clone())));
                        self.numbered = Some((prepared, destination));
                        return EditAction::EditThen(edit, Message::Numbered(generation));
                    }
                    Some(ReadOnlyReason::NewerVersion(_)) => {
                        let count = prepared.new_awards.len();
                        return self.write(*prepared, destination, count);
                    }
                    Some(reason) => {
                        self.work = Work::Idle;
                        self.notice = Some((NoticeKind::Error, super::project::read_only_text(reason)));
                    }
                }
            }
            Message::ReadyToWrite(..) => {}
            Message::Numbered(generation) if generation == self.generation => {
                if let Some((prepared, destination)) = self.numbered.take() {
                    return self.write(*prepared, destination, 0);
                }
            }
            Message::Numbered(_) => self.numbered = None,
            Message::Written(generation, result) if generation == self.generation => {
                self.work = Work::Idle;
                match result {
                    Ok(written) => {
                        self.path = None;
                        let path = written.path.display().to_string();
                        let mut text = if written.word {
                            fl!("print-written-word", path = path)
                        } else {
                            fl!("print-written", path = path, pages = written.pages)
                        };
                        if written.open
                            && let Err(error) = open::that_detached(&written.path)
                        {
                            text = fl!(
                                "print-open-failed",
                                path = written.path.display().to_string(),
                                reason = i18n::describe_read_error(&error, &written.path)
                            );
                        }
                        let kind = if written.unrecorded > 0 {
                            text = format!(
                                "{text} {}",
                                fl!("print-numbers-not-recorded", count = written.unrecorded)
                            );
                            NoticeKind::Warning
                        } else {
                            NoticeKind::Info
                        };
                        self.notice = Some((kind, text));
                    }
                    Err(failure) => {
                        self.template_failed = failure.offer_bundled;
                        self.notice = Some((NoticeKind::Error, failure.message));
                    }
                }
            }
            Message::Written(..) => {}
            Message::Cancel => self.cancel(),
            Message::UseBundled => {
                self.bundled_only = true;
                self.notice = None;
                return self.preview(project);
            }
            Message::DismissNotice => self.notice = None,
            Message::Zoom(zoom) => {
                self.zoom = zoom;
                // The page is drawn again as sharp as it is now shown.
                if let Some(page) = &self.page {
                    return self.update(project, read_only, Message::Turn(page.index));
                }
            }
        }
        EditAction::None
    }

    /// Starts `work` on its own thread; it reports its stages and its
    /// result through a channel that the task turns into messages.
    fn start<T, F>(&mut self, work: F, done: fn(u64, T) -> Message) -> EditAction<Message>
    where
        T: Recover + Send + 'static,
        F: FnOnce(&dyn Fn(Stage) -> bool) -> T + Send + 'static,
    {
        self.cancel();
        let generation = self.generation;
        let cancel = Arc::new(AtomicBool::new(false));
        let (sender, receiver) = mpsc::unbounded::<Message>();
        let stop = Arc::clone(&cancel);
        std::thread::spawn(move || {
            let report = |stage: Stage| {
                let _ = sender.unbounded_send(Message::Stage(generation, stage));
                !stop.load(Ordering::Relaxed)
            };
            let result = crate::crash::guarded(|| work(&report)).unwrap_or_else(T::crashed);
            let _ = sender.unbounded_send(done(generation, result));
        });
        let (task, handle) = Task::run(receiver, |m| m).abortable();
        self.work = Work::Busy { stage: Stage::Preparing, cancel, handle: Some(handle.abort_on_drop()) };
        EditAction::Task(task)
    }

    fn preview(&mut self, project: &Project) -> EditAction<Message> {
        let Some(request) = self.request(project) else { return EditAction::None };
        let project = project.clone();
        let templates = self.templates();
        let scale = render_scale(self.zoom);
        self.preview = None;
        self.page = None;
        self.start(
            move |report| {
                report(Stage::Preparing);
                let prepared = print::prepare(&project, &request)?;
                if !report(Stage::Typesetting) {
                    return Err(PrintError::Pdf(String::new()));
                }
                let typeset = print::typeset(&prepared, &templates.load(request.document))?;
                report(Stage::Writing);
                let first = render(&typeset, 0, scale).ok_or_else(|| PrintError::Pdf(String::new()))?;
                Ok(Previewed { typeset: Arc::new(typeset), first })
            },
            Message::Previewed,
        )
    }

    /// Numbers and gathers the document to write.
    fn prepare(&mut self, project: &Project, destination: Destination) -> EditAction<Message> {
        let Some(request) = self.request(project) else { return EditAction::None };
        let project = project.clone();
        self.numbered = None;
        self.start(
            move |report| {
                report(Stage::Preparing);
                let prepared = print::prepare(&project, &request)?;
                Ok((Box::new(prepared), destination))
            },
            Message::ReadyToWrite,
        )
    }

    /// Typesets and writes a document whose numbers are recorded (or, for
    /// a file of a newer format, `unrecorded`).
    /// Saves to `path`: the Word copy when its name ends in .docx, refused
    /// before any number is recorded for a document that has none.
    fn save_to(&mut self, project: &Project, path: PathBuf) -> EditAction<Message> {
        if is_word(&path) && !print::has_word_copy(self.document) {
            let error = PrintError::NoWordCopy { document: document_name(self.document) };
            self.notice = Some((NoticeKind::Error, print::describe_print_error(&error)));
            return EditAction::None;
        }
        self.prepare(project, Destination::File(path))
    }

    fn write(
        &mut self,
        prepared: Prepared,
        destination: Destination,
        unrecorded: usize,
    ) -> EditAction<Message> {
        let templates = self.templates();
        self.start(
            move |report| {
                let cancelled = || Failure { message: String::new(), offer_bundled: false };
                if let Destination::File(path) = &destination
                    && is_word(path)
                {
                    let bytes = print::word(&prepared)?;
                    crate::store::atomic::write_atomic(path, &bytes, false).map_err(|e| Failure {
                        message: i18n::describe_io(&e, path),
                        offer_bundled: false,
                    })?;
                    return Ok(Written { path: path.clone(), pages: 0, unrecorded, open: false, word: true });
                }
                if !report(Stage::Typesetting) {
                    return Err(cancelled());
                }
                let typeset = print::typeset(&prepared, &templates.load(prepared.document))?;
                if !report(Stage::Writing) {
                    return Err(cancelled());
                }
                let pdf = typeset.pdf()?;
                let (path, open) = match destination {
                    Destination::File(path) => {
                        crate::store::atomic::write_atomic(&path, &pdf, false).map_err(|e| Failure {
                            message: i18n::describe_io(&e, &path),
                            offer_bundled: false,
                        })?;
                        (path, false)
                    }
                    Destination::Viewer => (write_for_viewer(prepared.document.code(), &pdf)?, true),
                };
                Ok(Written { path, pages: typeset.page_count(), unrecorded, open, word: false })
            },
            Message::Written,
        )
    }

    pub fn view<'a>(&'a self, project: &'a Project, read_only: bool) -> Element<'a, Message> {
        let network =
            !(project.programmes.is_empty() && project.courses.is_empty() && project.year_plans.is_empty());
        if project.events.is_empty() && !network {
            return column![widget::header(fl!("print-title"), vec![]), text(fl!("print-no-events"))]
                .spacing(12)
                .into();
        }
        let documents: Vec<Choice<Document>> = Document::ALL
            .into_iter()
            .chain(Document::NETWORK.into_iter().filter(|_| network))
            .map(|d| Choice { value: d, label: document_name(d) })
            .collect();
        let languages: Vec<Choice<Language>> =
            Language::ALL.iter().map(|&l| Choice { value: l, label: l.endonym().to_owned() }).collect();
        let seconds: Vec<Choice<Option<Language>>> =
            std::iter::once(Choice { value: None, label: fl!("print-one-language") })
                .chain(
                    Language::ALL
                        .iter()
                        .filter(|l| **l != self.language)
                        .map(|&l| Choice { value: Some(l), label: l.endonym().to_owned() }),
                )
                .collect();
        let mut choices = column![
            widget::choice(
                fl!("print-document"),
                documents,
                Some(Choice { value: self.document, label: document_name(self.document) }),
                Message::Document
            ),
            row![
                widget::choice(
                    fl!("print-language"),
                    languages,
                    Some(Choice { value: self.language, label: self.language.endonym().to_owned() }),
                    Message::Language
                ),
                widget::choice(
                    fl!("print-second-language"),
                    seconds,
                    Some(Choice {
                        value: self.second,
                        label: self
                            .second
                            .map(|l| l.endonym().to_owned())
                            .unwrap_or_else(|| fl!("print-one-language"))
                    }),
                    Message::Second
                ),
            ]
            .spacing(12),
        ]
        .spacing(10);
        if self.document.is_for_people() {
            let sets: Vec<Choice<PeopleSet>> = [
                PeopleSet::Teachers,
                PeopleSet::Present,
                PeopleSet::All,
                PeopleSet::Mentors,
                PeopleSet::Chosen(Vec::new()),
            ]
            .into_iter()
            .map(|s| Choice { label: print::people_set_name(&s), value: s })
            .collect();
            let current = Choice { label: print::people_set_name(&self.people), value: self.people.clone() };
            choices = choices.push(widget::choice(fl!("print-people"), sets, Some(current), Message::People));
            if matches!(self.people, PeopleSet::Chosen(_)) {
                let event = self.event.and_then(|id| project.event(id));
                choices = choices.push(self.picker.view(project, event).map(Message::Picker));
            }
        }
        if let Some(kind) = self.document.subject_kind() {
            choices = choices.push(self.subject_choice(project, kind));
        }
        // Certificates and letters numbered anew, an event's or a
        // programme's and a course's.
        if self.document.is_for_people()
            || matches!(self.document, Document::MentorCertificates | Document::CourseCertificates)
        {
            choices = choices.push(widget::field(
                SERIES_FIELD,
                fl!("print-series"),
                &self.series,
                None,
                Message::Series,
            ));
        }
        if self.document.is_batch() {
            // Who signs and on which day: a programme's or a course's
            // documents by their own dates, an event's by its last day.
            let dated = match self.document.subject_kind() {
                Some(_) => Some(self.network_request(project).issued_on),
                None => {
                    self.event.and_then(|id| project.event(id)).or(project.events.first()).map(|e| e.ends_on)
                }
            };
            if let Some(dated) = dated {
                choices = choices.push(
                    self.signing
                        .view(project, self.document, self.language, dated, read_only)
                        .map(Message::Signing),
                );
            }
        }
        if self.document == Document::Programme {
            choices = choices.push(self.signing.approval_view(project, read_only).map(Message::Signing));
        }
        if self.document == Document::SignIn {
            choices = choices.push(widget::field(
                BLANK_ROWS_FIELD,
                fl!("print-blank-rows", default = print::MIN_BLANK_ROWS),
                &self.blank_rows,
                self.blank_rows_typed()
                    .err()
                    .map(|_| fl!("print-blank-rows-bad", most = print::MAX_BLANK_ROWS)),
                Message::BlankRows,
            ));
            choices = choices.push(
                checkbox(self.school_column)
                    .label(fl!("print-school-column"))
                    .on_toggle(Message::SchoolColumn),
            );
        }
        if self.document == Document::ObservationSheet {
            choices = choices.push(self.observation_choice(project));
            // A filled sheet is one lesson's; the choice is for blank ones.
            if self.observation.is_none() {
                choices = choices.push(
                    checkbox(self.master_classes)
                        .label(fl!("print-master-classes-too"))
                        .on_toggle(Message::MasterClasses),
                );
            }
        }
        if self.document == Document::FeedbackForm
            && let Some(event) = self.event.and_then(|id| project.event(id)).or(project.events.first())
        {
            let method = self.method.unwrap_or_else(|| usual_method(event));
            let methods =
                FeedbackMethod::ALL.map(|m| Choice { value: m, label: i18n::feedback_method_name(m) });
            let current = Choice { value: method, label: i18n::feedback_method_name(method) };
            choices = choices.push(widget::choice(
                fl!("feedback-method"),
                methods.to_vec(),
                Some(current),
                Message::Method,
            ));
        }

        let busy = self.is_busy();
        let mut actions = row![
            widget::primary(fl!("print-preview"), (!busy).then_some(Message::Preview)),
            widget::secondary(fl!("print-save"), (!busy).then_some(Message::Save)),
            widget::secondary(fl!("print-open"), (!busy).then_some(Message::Open)),
        ]
        .spacing(8)
        .align_y(Alignment::Center);
        if print::has_word_copy(self.document) {
            actions = actions.push(widget::secondary(
                fl!("print-save-word", app = "Word"),
                (!busy).then_some(Message::SaveWord),
            ));
        }
        if let Work::Busy { stage, .. } = &self.work {
            actions = actions.push(text(stage_text(*stage)).style(theme::muted_text));
            actions = actions.push(widget::danger(fl!("print-cancel"), Some(Message::Cancel)));
        }

        // The buttons wrap rather than squeeze: Kazakh labels are long.
        // They come first, with what they answer, so that the choices of a
        // certificate (who signs, the wording) never push them out of
        // sight on a small screen.
        let mut side = column![actions.wrap().vertical_spacing(8)].spacing(14).width(Length::Fill);
        if let Some((kind, message)) = &self.notice {
            let mut buttons = vec![(fl!("action-dismiss"), Message::DismissNotice)];
            if self.template_failed {
                buttons.insert(0, (fl!("print-use-bundled"), Message::UseBundled));
            }
            side = side.push(widget::notice(*kind, message.clone(), buttons));
        }
        if let Some(path) = &self.path {
            side = side.push(
                row![
                    iced::widget::text_input(&fl!("library-path"), path)
                        .id(PATH_FIELD)
                        .on_input(Message::PathInput)
                        .on_submit(Message::SaveToPath)
                        .padding(6),
                    widget::primary(fl!("print-save"), Some(Message::SaveToPath)),
                ]
                .spacing(8),
            );
        }
        side = side.push(choices);

        let preview: Element<'_, Message> = match (&self.preview, &self.page) {
            (Some(preview), Some(page)) => {
                let count = preview.typeset.page_count();
                let turn = |to: Option<usize>, label: &str| {
                    button(text(label.to_owned())).on_press_maybe(to.map(Message::Turn)).style(button::text)
                };
                column![
                    row![
                        turn(page.index.checked_sub(1), "‹"),
                        text(fl!("print-page-of", page = (page.index + 1), count = count)),
                        turn((page.index + 1 < count).then_some(page.index + 1), "›"),
                        Space::new().width(Length::Fill),
                        widget::tip(
                            button(text("−")).on_press(Message::Zoom(Some(zoom_step(self.zoom, false)))),
                            format!("{} (−)", fl!("print-zoom-out"))
                        ),
                        text(match self.zoom {
                            Some(zoom) => format!("{zoom} %"),
                            None => fl!("print-zoom-fit"),
                        })
                        .size(13),
                        widget::tip(
                            button(text("+")).on_press(Message::Zoom(Some(zoom_step(self.zoom, true)))),
                            format!("{} (+)", fl!("print-zoom-in"))
                        ),
                        widget::tip(
                            button(text(fl!("print-zoom-fit")).size(13))
                                .on_press_maybe(self.zoom.is_some().then_some(Message::Zoom(None)))
                                .style(button::secondary),
                            format!("{} (0)", fl!("print-zoom-fit"))
                        ),
                    ]
                    .spacing(8)
                    .align_y(Alignment::Center),
                    {
                        // At a zoom the page keeps its size and the panel
                        // scrolls both ways; fitted, it takes the width.
                        let page_image = match self.zoom {
                            Some(zoom) => {
                                image(page.image.clone()).width(page.width_pt * f32::from(zoom) / 100.0)
                            }
                            None => image(page.image.clone()).width(Length::Fill),
                        };
                        scrollable(container(page_image).style(theme::sidebar).padding(8)).direction(
                            iced::widget::scrollable::Direction::Both {
                                vertical: Default::default(),
                                horizontal: Default::default(),
                            },
                        )
                    },
                ]
                .spacing(8)
                .into()
            }
            _ => container(text(fl!("print-preview-hint")).style(theme::muted_text))
                .center(Length::Fill)
                .into(),
        };
        column![
            widget::header(fl!("print-title"), vec![]),
            row![
                // A small screen scrolls the choices rather than hide the buttons.
                scrollable(side).spacing(6).width(Length::FillPortion(2)),
                Space::new().width(16),
                container(preview).width(Length::FillPortion(3))
            ]
            .height(Length::Fill),
        ]
        .spacing(12)
        .into()
    }
}

/// A new file only this user may read, in the temporary folder, for the
/// system's viewer. A fixed name there could be a link another account of
/// a shared PC planted.
fn write_for_viewer(name: &str, pdf: &[u8]) -> Result<PathBuf, Failure> {
    let temp = std::env::temp_dir();
    let failed =
        |error: std::io::Error| Failure { message: i18n::describe_io(&error, &temp), offer_bundled: false };
    let mut file = tempfile::Builder::new()
        .prefix(&format!("adisker-{name}-"))
        .suffix(".pdf")
        .tempfile()
        .map_err(failed)?;
    std::io::Write::write_all(&mut file, pdf).map_err(failed)?;
    // The viewer opens it after this function returns; the system's
    // cleaning of its temporary folder removes it later.
    file.into_temp_path().keep().map_err(|e| failed(e.error))
}

/// Pixels per point for a page shown at `zoom`: enough to be sharp, not
/// more, since a page of pixels is kept in memory.
fn render_scale(zoom: Option<u16>) -> f32 {
    zoom.map_or(PREVIEW_SCALE, |z| (f32::from(z) / 100.0).clamp(PREVIEW_SCALE, 3.0))
}

fn render(typeset: &Typeset, index: usize, scale: f32) -> Option<Page> {
    let (width, height, pixels) = typeset.page_rgba(index, scale)?;
    let width_pt = width as f32 / scale;
    Some(Page { index, image: image::Handle::from_rgba(width, height, pixels), width_pt })
}

fn stage_text(stage: Stage) -> String {
    match stage {
        Stage::Preparing => fl!("print-stage-preparing"),
        Stage::Typesetting => fl!("print-stage-typesetting"),
        Stage::Writing => fl!("print-stage-writing"),
    }
}

pub fn document_name(document: Document) -> String {
    match document {
        Document::Programme => fl!("print-doc-programme"),
        Document::SignIn => fl!("print-doc-sign-in"),
        Document::Certificates => fl!("print-doc-certificates"),
        Document::Letters => fl!("print-doc-letters"),
        Document::Diplomas => fl!("print-doc-diplomas"),
        Document::Register => fl!("print-doc-register"),
        Document::ObservationSheet => fl!("print-doc-observation-sheet"),
        Document::FeedbackForm => fl!("print-doc-feedback-form"),
        Document::Report => fl!("print-doc-report"),
        document => fl!("print-network-doc", doc = document.code()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_pdf_for_the_viewer_is_a_new_private_file() {
        let first = write_for_viewer("programme", b"%PDF-1.7 one").unwrap();
        let second = write_for_viewer("programme", b"%PDF-1.7 two").unwrap();
        assert_ne!(first, second, "a fixed name could be a link planted by another account");
        assert_eq!(std::fs::read(&first).unwrap(), b"%PDF-1.7 one");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&first).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "only its owner may read it");
        }
        let _ = std::fs::remove_file(first);
        let _ = std::fs::remove_file(second);
    }
}
