//! One open project: the side navigation, the editing sections, undo and
//! redo, and the autosave that keeps every edit on disk within a second.

use super::{
    EditAction, awards, courses, events, export, feedback, lessons, mentoring, observations, overview,
    people, print, programme, registrations, schools, year_plan,
};
use crate::domain::{AwardKind, Edit, EditError, Event, EventId, History, Project, schedule};
use crate::fl;
use crate::i18n::{self, describe_problem};
use crate::print::Document;
use crate::store::drafts::{self, Drafts};
use crate::store::project_file::{self, FileStamp, Saved};
use crate::store::{Editing, Library, Loaded, ProjectLock, ReadOnlyReason, atomic};
use crate::ui::tasks::{self, Recover, blocking};
use crate::ui::theme::{self, NoticeKind};
use crate::ui::widget;
use chrono::Utc;
use iced::keyboard::Key;
use iced::widget::{button, column, container, row, text, text_input};
use iced::{Alignment, Element, Length, Task};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The chooser's search box, focused when it opens.
pub const EVENT_SEARCH: &str = "event-search";

/// Edits are written this long after the last one, so typing in bursts
/// makes one save, not one per keystroke, and nothing waits more than a
/// second.
pub const SAVE_DELAY: Duration = Duration::from_millis(600);
/// Someone typing without a pause still has her words on disk within a
/// second: the save does not wait for the pause past this.
pub const SAVE_AT_LATEST: Duration = Duration::from_millis(700);
/// How often the file is checked for changes made by another program.
const WATCH_EVERY: Duration = Duration::from_secs(2);
const RETRY_AFTER: Duration = Duration::from_secs(5);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Section {
    #[default]
    Overview,
    Events,
    Programme,
    Lessons,
    Registrations,
    People,
    Schools,
    Feedback,
    Observations,
    Awards,
    Mentoring,
    YearPlan,
    Courses,
    Print,
    Export,
}

/// A project read from disk, ready to edit.
#[derive(Debug, Clone)]
pub struct Opened {
    pub id: String,
    pub path: PathBuf,
    pub project: Arc<Project>,
    pub problems: Vec<String>,
    pub read_only: Option<ReadOnlyReason>,
    pub lock: Option<Arc<ProjectLock>>,
    /// What was last read from or written to the file.
    pub stamp: Option<FileStamp>,
    /// Form text a crash left unsaved, to offer back.
    pub drafts: Option<Drafts>,
    /// The folder of the school's own print templates.
    pub templates: Option<PathBuf>,
}

/// Why a project did not open, and whether its backup could be opened
/// instead.
#[derive(Debug, Clone)]
pub struct OpenError {
    pub message: String,
    /// The project's id, when a readable `.bak` is there to fall back on.
    pub backup_of: Option<String>,
}

impl Recover for Result<Opened, OpenError> {
    fn crashed(crash: crate::crash::Crash) -> Self {
        Err(OpenError { message: tasks::crash_text(&crash), backup_of: None })
    }
}

/// Reads a project off the UI thread and takes its lock.
pub fn open(library: Library, id: String) -> impl std::future::Future<Output = Result<Opened, OpenError>> {
    blocking(move || {
        let editing = library.open_for_editing(&id).map_err(|e| {
            let backup = atomic::backup_path(&library.project_file(&id));
            OpenError {
                message: i18n::describe_store_error(&e),
                backup_of: project_file::load(&backup).is_ok().then(|| id.clone()),
            }
        })?;
        let Editing { path, loaded, lock, drafts } = editing;
        let templates = library.dirs.templates_for(&path);
        let mut opened = Opened::new(id, path, loaded, lock.map(Arc::new), drafts);
        opened.templates = Some(templates);
        Ok(opened)
    })
}

impl Opened {
    fn new(
        id: String,
        path: PathBuf,
        loaded: Loaded,
        lock: Option<Arc<ProjectLock>>,
        drafts: Option<Drafts>,
    ) -> Opened {
        let Loaded { project, problems, read_only, stamp } = loaded;
        let read_only = read_only.or_else(|| lock.is_none().then_some(ReadOnlyReason::LockedElsewhere));
        Opened {
            id,
            path,
            project: Arc::new(project),
            problems: problems.iter().map(describe_problem).collect(),
            read_only,
            lock,
            stamp,
            drafts,
            templates: None,
        }
    }
}

/// What a look at a file that changed on disk found.
#[derive(Debug, Clone)]
pub enum Outside {
    /// Its time changed, its bytes did not.
    Touched(FileStamp),
    /// Another program wrote a new version, now open here; ours, when it
    /// held edits the other one had not seen, is kept under this name.
    Replaced(Box<Opened>, Option<PathBuf>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    Saved,
    /// Every edit is saved, but a form holds typed text not saved yet
    /// (kept on disk as a draft).
    FormOpen,
    Pending,
    Saving,
    Failed(String),
}

#[derive(Debug)]
pub struct State {
    pub opened: Opened,
    history: History,
    section: Section,
    overview: overview::State,
    people: people::State,
    schools: schools::State,
    events: events::State,
    /// The project's current event, which every section shows.
    event: Option<EventId>,
    /// The chooser of the current event is open, with what was typed.
    event_chooser: Option<String>,
    programme: programme::State,
    lessons: lessons::State,
    registrations: registrations::State,
    feedback: feedback::State,
    awards: awards::State,
    observations: observations::State,
    print: print::State,
    export: export::State,
    mentoring: mentoring::State,
    year_plan: year_plan::State,
    courses: courses::State,
    /// Bumped by every edit; the file holds `saved_generation`.
    generation: u64,
    saved_generation: u64,
    saving: bool,
    last_edit: Instant,
    /// The first edit not yet on disk, or `None` when everything is saved.
    unsaved_since: Option<Instant>,
    last_watch: Instant,
    save_error: Option<(String, Instant)>,
    notice: Option<(NoticeKind, String)>,
    /// Messages to send once the edit of their generation is on disk.
    after_save: Vec<(u64, Message, Section)>,
    /// Form text a crash left, offered back until the user decides.
    offered_drafts: Option<Drafts>,
    /// A form may have changed since the drafts were last looked at.
    drafts_touched: bool,
    /// The CRC-32 of the drafts on disk; `None` for none.
    drafts_written: Option<u32>,
    /// Some form holds text not saved.
    has_drafts: bool,
    /// Ctrl+S was pressed: once the save lands, the status says so.
    save_requested: bool,
    /// When a requested save was confirmed, to say «Saved» for a moment.
    save_announced: Option<Instant>,
}

/// How long the status line says «Saved» after Ctrl+S.
const SAVE_ANNOUNCED_FOR: std::time::Duration = std::time::Duration::from_secs(3);

#[derive(Debug, Clone)]
pub enum Message {
    Navigate(Section),
    Overview(overview::Message),
    People(people::Message),
    Schools(schools::Message),
    Events(events::Message),
    /// Opens the chooser of the current event.
    OpenEventChooser,
    EventSearch(String),
    /// Enter in the search: the first event found.
    EventSubmit,
    ChooseEvent(EventId),
    CloseEventChooser,
    Programme(programme::Message),
    Lessons(lessons::Message),
    Registrations(registrations::Message),
    /// A key no text field took, for the section's own keys.
    Key(iced::keyboard::Key, iced::keyboard::Modifiers),
    Feedback(feedback::Message),
    Awards(awards::Message),
    Observations(observations::Message),
    Print(print::Message),
    Export(export::Message),
    Mentoring(mentoring::Message),
    YearPlan(year_plan::Message),
    Courses(courses::Message),
    Undo,
    Redo,
    SaveNow,
    Saved(u64, Result<Saved, String>),
    Tick(Instant),
    Watched(Option<FileStamp>),
    Outside(Result<Outside, String>),
    DismissNotice,
    RestoreDrafts,
    DiscardDrafts,
    DraftsWritten(Result<Option<u32>, String>),
    Close,
    OpenSettings,
    OpenHelp,
}

pub enum Action {
    None,
    Task(Task<Message>),
    /// The user chose the event the sections show, to remember it.
    CurrentEvent(EventId),
    Close,
    OpenSettings,
    OpenHelp,
}

impl State {
    pub fn new(opened: Opened) -> State {
        let notice = opened.read_only.as_ref().map(|reason| (NoticeKind::Warning, read_only_text(reason)));
        let now = Instant::now();
        let mut opened = opened;
        let left = opened.drafts.take();
        // A file left by the last session is not one this one wrote: no
        // digest of ours matches it, so the first look replaces or removes it.
        let drafts_written = left.as_ref().map(|_| 0);
        let offered_drafts = left.filter(|_| opened.read_only.is_none());
        let mut state = State {
            offered_drafts,
            drafts_touched: false,
            drafts_written,
            has_drafts: false,
            overview: overview::State::of(&opened.project),
            print: print::State::new(&opened.project, opened.templates.clone())
                .with_files(crate::store::files::files_beside(&opened.path)),
            opened,
            history: History::default(),
            section: Section::default(),
            people: people::State::default(),
            schools: schools::State::default(),
            events: events::State::default(),
            event: None,
            event_chooser: None,
            programme: programme::State::default(),
            lessons: lessons::State::default(),
            registrations: registrations::State::default(),
            feedback: feedback::State::default(),
            awards: awards::State::default(),
            observations: observations::State::default(),
            export: export::State::default(),
            mentoring: mentoring::State::default(),
            year_plan: year_plan::State::default(),
            courses: courses::State::default(),
            generation: 0,
            saved_generation: 0,
            saving: false,
            last_edit: now,
            unsaved_since: None,
            last_watch: now,
            save_error: None,
            notice,
            after_save: Vec::new(),
            save_requested: false,
            save_announced: None,
        };
        let today = chrono::Local::now().date_naive();
        if let Some(id) = schedule::default_event(&state.opened.project, today).map(|e| e.id) {
            state.set_current_event(id);
        }
        state
    }

    /// Makes `id` the event every section shows.
    pub fn set_current_event(&mut self, id: EventId) {
        self.event = Some(id);
        self.feedback.set_event(id);
        self.print.set_event(id);
        self.observations.set_event(id);
        self.reload_planning();
    }

    pub fn project(&self) -> &Project {
        &self.opened.project
    }

    pub fn section(&self) -> Section {
        self.section
    }

    /// The event every section shows: the one chosen, or else the one the
    /// project opened on.
    /// The print section as it stands: its choices make the next document.
    pub fn print_state(&self) -> &print::State {
        &self.print
    }

    pub fn overview_state(&self) -> &overview::State {
        &self.overview
    }

    /// The work a project starts with when it is opened or its overview
    /// shown: its emblem decoded for the window.
    pub fn opening_task(&self) -> Task<Message> {
        self.overview.load_emblem(&self.opened.project, &self.opened.path).map(Message::Overview)
    }

    pub fn current_event(&self) -> Option<&Event> {
        let project = self.project();
        self.event
            .and_then(|id| project.event(id))
            .or_else(|| schedule::default_event(project, chrono::Local::now().date_naive()))
    }

    pub fn title(&self) -> &str {
        &self.opened.project.title
    }

    pub fn is_dirty(&self) -> bool {
        self.generation != self.saved_generation
    }

    pub fn is_read_only(&self) -> bool {
        self.opened.read_only.is_some()
    }

    pub fn save_status(&self) -> SaveStatus {
        if self.saving {
            SaveStatus::Saving
        } else if let Some((error, _)) = &self.save_error {
            SaveStatus::Failed(error.clone())
        } else if self.is_dirty() {
            SaveStatus::Pending
        } else if self.has_drafts {
            SaveStatus::FormOpen
        } else {
            SaveStatus::Saved
        }
    }

    pub fn is_saving(&self) -> bool {
        self.saving
    }

    /// Did the last save fail (and no later one succeed)?
    pub fn save_failed(&self) -> bool {
        self.save_error.is_some()
    }

    pub fn update(&mut self, message: Message) -> Action {
        let form = matches!(
            message,
            Message::Overview(_)
                | Message::People(_)
                | Message::Schools(_)
                | Message::Events(_)
                | Message::Programme(_)
        );
        let action = self.update_inner(message);
        if form {
            // The status line must never say «saved» over a form's text.
            self.drafts_touched = true;
            self.has_drafts = self.forms_hold_text();
        }
        action
    }

    fn forms_hold_text(&self) -> bool {
        self.overview.draft().is_some()
            || self.people.list().draft().is_some()
            || self.schools.list().draft().is_some()
            || self.events.list().draft().is_some()
            || self.programme.draft().is_some()
            || self.feedback.draft().is_some()
    }

    fn update_inner(&mut self, message: Message) -> Action {
        match message {
            Message::Navigate(section) => {
                self.section = section;
                if section == Section::Overview {
                    return Action::Task(self.opening_task());
                }
                if section == Section::Export {
                    let copies = super::merge::State::find_copies(&self.opened.path);
                    return Action::Task(copies.map(|m| Message::Export(export::Message::Merge(m))));
                }
            }
            Message::Overview(message) => {
                let action = self.overview.update(&self.opened.project, &self.opened.path, message);
                return self.handle(action, Message::Overview, Section::Overview);
            }
            Message::People(people::Message::History(name)) => {
                // A teacher's history lives with the observations; People
                // only opens it there.
                self.section = Section::Observations;
                return self.update(Message::Observations(observations::Message::History(name)));
            }
            Message::People(message) => {
                let project = Arc::clone(&self.opened.project);
                let event = self.current_event().map(|e| e.id).and_then(|id| project.event(id));
                let action = self.people.update(&project, event, message);
                return self.handle(action, Message::People, Section::People);
            }
            Message::Schools(message) => {
                let action = self.schools.update(&self.opened.project, message);
                return self.handle(action, Message::Schools, Section::Schools);
            }
            Message::Mentoring(mentoring::Message::PrintAnnex(id)) => {
                return self.print_subject(Document::MentorAnnex, crate::print::Subject::Programme(id));
            }
            Message::Mentoring(mentoring::Message::PrintPair(_, pair)) => {
                return self.print_subject(Document::PairPlan, crate::print::Subject::Pair(pair));
            }
            Message::YearPlan(year_plan::Message::OpenEvent(id)) => {
                self.section = Section::Programme;
                return self.update(Message::ChooseEvent(id));
            }
            Message::Mentoring(message) => {
                let today = chrono::Local::now().date_naive();
                let action = self.mentoring.update(&self.opened.project, message, today);
                return self.handle(action, Message::Mentoring, Section::Mentoring);
            }
            Message::YearPlan(message) => {
                let today = chrono::Local::now().date_naive();
                let action = self.year_plan.update(&self.opened.project, message, today);
                return self.handle(action, Message::YearPlan, Section::YearPlan);
            }
            Message::Courses(message) => {
                let today = chrono::Local::now().date_naive();
                let action = self.courses.update(&self.opened.project, message, today);
                return self.handle(action, Message::Courses, Section::Courses);
            }
            Message::Events(message) => {
                let action = self.events.update(&self.opened.project, message, Utc::now().date_naive());
                return self.handle(action, Message::Events, Section::Events);
            }
            Message::OpenEventChooser => {
                self.event_chooser = Some(String::new());
                return Action::Task(iced::widget::operation::focus(EVENT_SEARCH));
            }
            Message::EventSearch(typed) => self.event_chooser = Some(typed),
            Message::EventSubmit => {
                let today = chrono::Local::now().date_naive();
                let typed = self.event_chooser.clone().unwrap_or_default();
                if let Some(first) =
                    schedule::upcoming_first(self.project(), today, &typed).first().map(|e| e.id)
                {
                    return self.update(Message::ChooseEvent(first));
                }
            }
            Message::ChooseEvent(id) => {
                self.event_chooser = None;
                if self.project().event(id).is_some() {
                    self.set_current_event(id);
                    return Action::CurrentEvent(id);
                }
            }
            Message::CloseEventChooser => self.event_chooser = None,
            Message::Programme(message) => {
                let Some(event) = self.current_event().map(|e| e.id) else { return Action::None };
                let action = self.programme.update(&self.opened.project, event, message);
                return self.handle(action, Message::Programme, Section::Programme);
            }
            Message::Lessons(message) => {
                let Some(event) = self.current_event().map(|e| e.id) else { return Action::None };
                let action = self.lessons.update(&self.opened.project, event, message);
                return self.handle(action, Message::Lessons, Section::Lessons);
            }
            Message::Registrations(message) => {
                let Some(event) = self.current_event().map(|e| e.id) else { return Action::None };
                let action = self.registrations.update(&self.opened.project, event, message);
                return self.handle(action, Message::Registrations, Section::Registrations);
            }
            Message::Key(key, modifiers)
                if modifiers.command()
                    && matches!(key.as_ref(), Key::Character(c) if c.eq_ignore_ascii_case("f")) =>
            {
                if let Some(field) = self.search_field() {
                    let focus = iced::widget::operation::focus(field)
                        .chain(iced::widget::operation::select_all(field));
                    return Action::Task(focus);
                }
            }
            Message::Key(key, modifiers) => {
                let message = match self.section {
                    Section::Programme => self.programme.key(key, modifiers).map(Message::Programme),
                    Section::Registrations => {
                        self.registrations.key(key, modifiers).map(Message::Registrations)
                    }
                    Section::Print => self.print.key(key, modifiers).map(Message::Print),
                    // Ctrl+P anywhere else leads to the print screen.
                    _ if modifiers.command()
                        && matches!(key.as_ref(), Key::Character(c) if c.eq_ignore_ascii_case("p")) =>
                    {
                        Some(Message::Navigate(Section::Print))
                    }
                    _ => None,
                };
                if let Some(message) = message {
                    return self.update(message);
                }
            }
            Message::Feedback(message) => {
                let action = self.feedback.update(&self.opened.project, message);
                return self.handle(action, Message::Feedback, Section::Feedback);
            }
            Message::Awards(awards::Message::PrintAgain(id)) => {
                let Some(award) = self.project().awards.iter().find(|a| a.id == id) else {
                    return Action::None;
                };
                let document = match award.kind {
                    AwardKind::LetterOfThanks => Document::Letters,
                    AwardKind::Nomination => Document::Diplomas,
                    _ => Document::Certificates,
                };
                let person = award.person;
                self.print.show(document, Some(vec![person]));
                self.section = Section::Print;
                return self.update(Message::Print(print::Message::Preview));
            }
            Message::Awards(awards::Message::PrintRegister) => {
                self.print.show(Document::Register, None);
                self.section = Section::Print;
                return self.update(Message::Print(print::Message::Preview));
            }
            Message::Awards(awards::Message::Export) => {
                self.export.choose(crate::exchange::export::What::Awards);
                self.section = Section::Export;
            }
            Message::Export(message) => {
                let project = Arc::clone(&self.opened.project);
                let event = self.current_event().map(|e| e.id).and_then(|id| project.event(id));
                let stored =
                    export::Stored { file: &self.opened.path, templates: self.opened.templates.as_deref() };
                let action = self.export.update(&project, stored, event, message);
                return self.handle(action, Message::Export, Section::Export);
            }
            Message::Awards(message) => {
                let project = Arc::clone(&self.opened.project);
                let Some(event) = self.current_event().map(|e| e.id).and_then(|id| project.event(id)) else {
                    return Action::None;
                };
                let action = self.awards.update(&project, event, message);
                return self.handle(action, Message::Awards, Section::Awards);
            }
            Message::Observations(message) => {
                let visible = self.section == Section::Observations;
                let action = self.observations.update(&self.opened, message, visible);
                return self.handle(action, Message::Observations, Section::Observations);
            }
            Message::Print(message) => {
                let action = self.print.update(&self.opened.project, self.opened.read_only.as_ref(), message);
                let action = self.handle(action, Message::Print, Section::Print);
                self.print.reload(&self.opened.project);
                return action;
            }
            Message::Undo | Message::Redo if self.is_read_only() => {}
            Message::Undo => {
                let project = Arc::make_mut(&mut self.opened.project);
                if self.history.undo(project) {
                    self.edited();
                }
            }
            Message::Redo => {
                let project = Arc::make_mut(&mut self.opened.project);
                if self.history.redo(project) {
                    self.edited();
                }
            }
            Message::SaveNow => {
                // Pressed by habit: say that everything is on disk, whether
                // or not there was anything left to write.
                self.save_requested = true;
                if !self.saving && !self.is_dirty() {
                    self.save_requested = false;
                    self.save_announced = Some(Instant::now());
                }
                return self.save();
            }
            Message::Saved(generation, result) => {
                self.saving = false;
                match result {
                    Ok(saved) => {
                        self.saved_generation = self.saved_generation.max(generation);
                        if !self.is_dirty() {
                            self.unsaved_since = None;
                        }
                        self.opened.stamp = Some(saved.stamp);
                        self.save_error = None;
                        if self.save_requested && !self.is_dirty() {
                            self.save_requested = false;
                            self.save_announced = Some(Instant::now());
                        }
                        if let Some(conflict) = saved.conflict {
                            self.notice = Some((NoticeKind::Warning, conflict_kept_text(&conflict)));
                        }
                        return self.saved_for_waiting(Ok(()));
                    }
                    Err(error) => {
                        self.save_requested = false;
                        let action = self.saved_for_waiting(Err(&error));
                        self.save_error = Some((error, Instant::now()));
                        return action;
                    }
                }
            }
            Message::Tick(now) => return self.tick(now),
            Message::Watched(stamp) => return self.watched(stamp),
            Message::Outside(Ok(Outside::Touched(stamp))) => self.opened.stamp = Some(stamp),
            Message::Outside(Ok(Outside::Replaced(opened, ours_kept))) => {
                if self.is_dirty() || self.saving {
                    // An edit came in while the file was read: it is saved
                    // over the new version, which is kept as a copy then.
                    return Action::None;
                }
                let section = self.section;
                *self = State::new(*opened);
                self.section = section;
                self.notice = Some(match ours_kept {
                    Some(path) => {
                        (NoticeKind::Warning, fl!("project-reloaded-ours-kept", file = file_name(&path)))
                    }
                    None => (NoticeKind::Info, fl!("project-reloaded")),
                });
            }
            Message::Outside(Err(error)) => self.notice = Some((NoticeKind::Error, error)),
            Message::DismissNotice => self.notice = None,
            Message::RestoreDrafts => {
                if let Some(drafts) = self.offered_drafts.take() {
                    self.restore_drafts(drafts);
                }
                self.drafts_touched = true;
            }
            Message::DiscardDrafts => {
                self.offered_drafts = None;
                self.drafts_touched = true;
            }
            Message::DraftsWritten(Ok(written)) => self.drafts_written = written,
            Message::DraftsWritten(Err(error)) => {
                self.drafts_written = None;
                self.notice = Some((NoticeKind::Error, error));
            }
            Message::Close => return Action::Close,
            Message::OpenSettings => return Action::OpenSettings,
            Message::OpenHelp => return Action::OpenHelp,
        }
        Action::None
    }

    /// Print with its document and subject chosen, previewed at once.
    fn print_subject(&mut self, document: Document, subject: crate::print::Subject) -> Action {
        self.print.show(document, None);
        self.section = Section::Print;
        let subject = super::labels::Choice { value: subject, label: String::new() };
        let _ = self.update(Message::Print(print::Message::Subject(subject)));
        self.update(Message::Print(print::Message::Preview))
    }

    /// Carries out what a section asked for. An edit that is refused is
    /// explained in the section that sent it, whichever is shown now: an
    /// edit can arrive late, from work that ran in the background.
    fn handle<M>(&mut self, action: EditAction<M>, wrap: fn(M) -> Message, origin: Section) -> Action
    where
        M: Send + 'static,
    {
        match action {
            EditAction::None => Action::None,
            EditAction::Task(task) => Action::Task(task.map(wrap)),
            EditAction::Edit(edit) => {
                if let Err(error) = self.apply(edit) {
                    self.fail_in(origin, edit_error_text(&error));
                }
                Action::None
            }
            EditAction::Typing(edit, run) => {
                if let Err(error) = self.apply_typing(edit, run) {
                    self.fail_in(origin, edit_error_text(&error));
                }
                Action::None
            }
            EditAction::EditThen(edit, then) => {
                if let Err(error) = self.apply(edit) {
                    self.fail_in(origin, edit_error_text(&error));
                    return Action::None;
                }
                self.after_save.push((self.generation, wrap(then), origin));
                // A save under way holds an older version; the tick saves
                // this one as soon as it ends.
                self.save()
            }
        }
    }

    fn fail_in(&mut self, section: Section, text: String) {
        match section {
            Section::People => self.people.failed(text),
            Section::Schools => self.schools.failed(text),
            Section::Events => self.events.failed(text),
            Section::Print => self.print.failed(text),
            Section::Programme => self.programme.failed(text),
            Section::Lessons => self.lessons.failed(text),
            Section::Registrations => self.registrations.failed(text),
            Section::Feedback => self.feedback.failed(text),
            Section::Awards => self.awards.failed(text),
            Section::Observations => self.observations.failed(text),
            Section::Mentoring => self.mentoring.failed(text),
            Section::YearPlan => self.year_plan.failed(text),
            Section::Courses => self.courses.failed(text),
            Section::Overview | Section::Export => self.notice = Some((NoticeKind::Error, text)),
        }
    }

    /// The messages waiting for a save that has now ended.
    fn saved_for_waiting(&mut self, result: Result<(), &str>) -> Action {
        let saved = self.saved_generation;
        let (ready, waiting): (Vec<_>, Vec<_>) = std::mem::take(&mut self.after_save)
            .into_iter()
            .partition(|(g, ..)| *g <= saved || result.is_err());
        self.after_save = waiting;
        let mut messages = Vec::new();
        for (_, message, origin) in ready {
            match result {
                Ok(()) => messages.push(message),
                Err(reason) => self.fail_in(origin, fl!("save-failed", reason = reason)),
            }
        }
        if messages.is_empty() {
            Action::None
        } else {
            Action::Task(Task::batch(messages.into_iter().map(Task::done)))
        }
    }

    /// Applies an edit through the history, so it can be undone.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        if self.is_read_only() {
            return Err(EditError::ReadOnly);
        }
        // Cheap unless a save still holds the previous version: then the
        // project is copied once and the save goes on with its own copy.
        let project = Arc::make_mut(&mut self.opened.project);
        if self.history.apply(project, edit)? {
            self.edited();
        }
        Ok(())
    }

    fn apply_typing(&mut self, edit: Edit, run: u64) -> Result<(), EditError> {
        if self.is_read_only() {
            return Err(EditError::ReadOnly);
        }
        let project = Arc::make_mut(&mut self.opened.project);
        if self.history.apply_typing(project, edit, run)? {
            self.edited();
        }
        Ok(())
    }

    fn edited(&mut self) {
        let project = Arc::make_mut(&mut self.opened.project);
        project.modified = Utc::now();
        self.generation += 1;
        self.last_edit = Instant::now();
        self.unsaved_since.get_or_insert(self.last_edit);
        self.people.reload(&self.opened.project);
        self.schools.reload(&self.opened.project);
        self.events.reload(&self.opened.project);
        self.feedback.reload(&self.opened.project);
        self.awards.reload(&self.opened.project);
        self.observations.reload(&self.opened.project);
        self.overview.reload(&self.opened.project);
        self.print.reload(&self.opened.project);
        self.mentoring.reload(&self.opened.project);
        self.year_plan.reload(&self.opened.project);
        self.courses.reload(&self.opened.project);
        self.drafts_touched = true;
        self.reload_planning();
    }

    fn reload_planning(&mut self) {
        let Some(event) = self.current_event().map(|e| e.id) else { return };
        let project = Arc::clone(&self.opened.project);
        self.programme.reload(&project, event);
        self.registrations.reload(&project, event);
    }

    /// Starts writing the current version, unless a save is under way (the
    /// next tick saves again when it ends).
    /// The search box Ctrl+F goes to in the open section.
    pub fn search_field(&self) -> Option<&'static str> {
        match self.section {
            Section::People | Section::Schools | Section::Events | Section::Awards | Section::Courses => {
                Some(widget::LIST_SEARCH)
            }
            Section::Registrations => Some(self.registrations.search_field()),
            Section::Print => self.print.search_field(),
            Section::Feedback => Some(feedback::COMMENT_SEARCH),
            Section::Overview
            | Section::Programme
            | Section::Lessons
            | Section::Observations
            | Section::Mentoring
            | Section::YearPlan
            | Section::Export => None,
        }
    }

    pub fn save(&mut self) -> Action {
        if self.saving || !self.is_dirty() || self.is_read_only() {
            return Action::None;
        }
        self.saving = true;
        let generation = self.generation;
        let project = Arc::clone(&self.opened.project);
        let path = self.opened.path.clone();
        let last = self.opened.stamp;
        Action::Task(Task::perform(
            blocking(move || {
                // What is on disk is compared with what we last read or
                // wrote, under our lock: a version another program wrote
                // meanwhile is kept beside ours, never written over.
                project_file::save_over(&path, &project, last.as_ref(), Utc::now())
                    .map_err(|e| i18n::describe_io(&e, &path))
            }),
            move |result| Message::Saved(generation, result),
        ))
    }

    /// Every form's text not saved, by form; with those offered back and
    /// not yet taken or refused, so that nothing of them is lost meanwhile.
    fn drafts(&self) -> Drafts {
        let mut drafts = self.offered_drafts.clone().unwrap_or_default();
        let forms = [
            ("overview", self.overview.draft()),
            ("people", self.people.list().draft()),
            ("schools", self.schools.list().draft()),
            ("events", self.events.list().draft()),
            ("programme", self.programme.draft()),
            ("feedback", self.feedback.draft()),
        ];
        for (name, draft) in forms {
            if let Some(draft) = draft {
                drafts.insert(name.to_owned(), draft);
            }
        }
        drafts
    }

    fn restore_drafts(&mut self, drafts: Drafts) {
        let mut first = None;
        for (name, draft) in drafts {
            let section = match name.as_str() {
                "overview" => {
                    self.overview.restore(draft);
                    Section::Overview
                }
                "people" => {
                    self.people.list_mut().restore(draft);
                    Section::People
                }
                "schools" => {
                    self.schools.list_mut().restore(draft);
                    Section::Schools
                }
                "events" => {
                    self.events.list_mut().restore(draft);
                    Section::Events
                }
                "feedback" => {
                    self.feedback.restore(draft);
                    Section::Feedback
                }
                "programme" => {
                    let project = Arc::clone(&self.opened.project);
                    let Some(event) = self.programme.restore(&project, draft) else { continue };
                    self.event = Some(event);
                    Section::Programme
                }
                _ => continue,
            };
            first.get_or_insert(section);
        }
        if let Some(section) = first {
            self.section = section;
        }
    }

    /// Writes the forms' unsaved text beside the project when it changed,
    /// so that a power cut loses none of it.
    fn keep_drafts(&mut self) -> Action {
        self.drafts_touched = false;
        let drafts = self.drafts();
        self.has_drafts = drafts.len() > self.offered_drafts.as_ref().map_or(0, |d| d.len());
        let bytes = serde_json::to_vec(&drafts).unwrap_or_default();
        let digest = (!drafts.is_empty()).then(|| crc32fast::hash(&bytes));
        if digest == self.drafts_written || self.opened.lock.is_none() {
            return Action::None;
        }
        let dir = atomic::folder_of(&self.opened.path).to_owned();
        Action::Task(Task::perform(
            blocking(move || {
                drafts::save(&dir, &drafts).map_err(|e| i18n::describe_io(&e, &drafts::path_in(&dir)))?;
                Ok(digest)
            }),
            Message::DraftsWritten,
        ))
    }

    fn tick(&mut self, now: Instant) -> Action {
        if self.drafts_touched
            && !self.is_read_only()
            && let Action::Task(task) = self.keep_drafts()
        {
            return Action::Task(Task::batch([task, Task::done(Message::Tick(now))]));
        }
        let retry_due = self.save_error.as_ref().is_none_or(|(_, at)| now.duration_since(*at) >= RETRY_AFTER);
        let quiet = now.duration_since(self.last_edit) >= SAVE_DELAY;
        let waited_long = self.unsaved_since.is_some_and(|since| now.duration_since(since) >= SAVE_AT_LATEST);
        if self.is_dirty() && (quiet || waited_long) && retry_due {
            return self.save();
        }
        if !self.saving && now.duration_since(self.last_watch) >= WATCH_EVERY {
            self.last_watch = now;
            let path = self.opened.path.clone();
            return Action::Task(Task::perform(
                blocking(move || project_file::stamp(&path)),
                Message::Watched,
            ));
        }
        Action::None
    }

    /// The file's metadata changed, and we did not write it: a file-sync
    /// engine or another computer may have.
    fn watched(&mut self, stamp: Option<FileStamp>) -> Action {
        let Some(stamp) = stamp else { return Action::None };
        if self.saving || self.opened.stamp.is_some_and(|s| s.same_metadata(&stamp)) {
            return Action::None;
        }
        if self.is_dirty() {
            // Our edits are saved over it at once, and the save keeps the
            // other version beside ours when its bytes differ.
            return self.save();
        }
        let id = self.opened.id.clone();
        let lock = self.opened.lock.clone();
        let path = self.opened.path.clone();
        let last = self.opened.stamp;
        let ours = Arc::clone(&self.opened.project);
        let templates = self.opened.templates.clone();
        Action::Task(Task::perform(
            blocking(move || {
                let loaded = project_file::load(&path).map_err(|e| i18n::describe_load_error(&e))?;
                let Some(theirs) = loaded.stamp else { return Err(String::new()) };
                if last.is_some_and(|last| last.len == theirs.len && last.digest == theirs.digest) {
                    return Ok(Outside::Touched(theirs));
                }
                // A version made without our last edits (an old copy brought
                // back by a sync) must not make them vanish: ours is kept.
                let ours_kept = if loaded.project.modified < ours.modified {
                    let bytes = project_file::to_bytes(&ours);
                    Some(
                        project_file::keep_conflict_copy(&path, &bytes, Utc::now())
                            .map_err(|e| i18n::describe_io(&e, &path))?,
                    )
                } else {
                    None
                };
                let mut opened = Opened::new(id, path, loaded, lock, None);
                opened.templates = templates;
                Ok(Outside::Replaced(Box::new(opened), ours_kept))
            }),
            Message::Outside,
        ))
    }

    pub fn view(&self) -> Element<'_, Message> {
        let read_only = self.is_read_only();
        let content: Element<'_, Message> = match (&self.event_chooser, self.section) {
            (Some(typed), _) => self.event_chooser_view(typed),
            (None, section) => self.section_view(section, read_only),
        };
        let mut main = column![].spacing(12).padding(20).width(Length::Fill);
        if self.offered_drafts.is_some() {
            main = main.push(widget::notice(
                NoticeKind::Warning,
                fl!("drafts-found"),
                vec![
                    (fl!("drafts-restore"), Message::RestoreDrafts),
                    (fl!("drafts-discard"), Message::DiscardDrafts),
                ],
            ));
        }
        if let Some((kind, message)) = &self.notice {
            main = main.push(widget::notice(
                *kind,
                message.clone(),
                vec![(fl!("action-dismiss"), Message::DismissNotice)],
            ));
        }
        main = main.push(content);
        row![self.sidebar(), main].into()
    }

    /// What a section shows; those of one event have its header above.
    fn section_view(&self, section: Section, read_only: bool) -> Element<'_, Message> {
        let project = self.project();
        match section {
            Section::Overview => {
                self.overview.view(project, &self.opened.problems, read_only).map(Message::Overview)
            }
            Section::Events => self.events.view(project, read_only).map(Message::Events),
            Section::People => {
                self.people.view(project, self.current_event(), read_only).map(Message::People)
            }
            Section::Schools => self.schools.view(project, read_only).map(Message::Schools),
            // The project's own, not an event's: no event header above.
            Section::Mentoring => self.mentoring.view(project, read_only).map(Message::Mentoring),
            Section::YearPlan => self.year_plan.view(project, read_only).map(Message::YearPlan),
            Section::Courses => self.courses.view(project, read_only).map(Message::Courses),
            Section::Export => {
                let body = self.export.view(project, self.current_event(), read_only).map(Message::Export);
                // People are the project's; the other lists are the
                // event's, named above them as in its other sections.
                match self.current_event() {
                    Some(event) => column![self.event_header(event), body].spacing(12).into(),
                    None => body,
                }
            }
            section => match self.current_event() {
                None => column![
                    text(fl!("planning-no-event")),
                    widget::primary(fl!("events-new"), Some(Message::Navigate(Section::Events))),
                ]
                .spacing(12)
                .into(),
                Some(event) => {
                    let body = match section {
                        Section::Programme => {
                            self.programme.view(project, event, read_only).map(Message::Programme)
                        }
                        Section::Lessons => {
                            self.lessons.view(project, event, read_only).map(Message::Lessons)
                        }
                        Section::Print => self.print.view(project, read_only).map(Message::Print),
                        Section::Feedback => self.feedback.view(project, read_only).map(Message::Feedback),
                        Section::Awards => self.awards.view(project, event, read_only).map(Message::Awards),
                        Section::Observations => {
                            self.observations.view(project, read_only).map(Message::Observations)
                        }
                        _ => self.registrations.view(project, event, read_only).map(Message::Registrations),
                    };
                    column![self.event_header(event), body].spacing(12).into()
                }
            },
        }
    }

    /// The current event's title and days above every section of it, and
    /// the way to choose another.
    fn event_header<'a>(&'a self, event: &'a Event) -> Element<'a, Message> {
        let dates = if event.ends_on == event.starts_on {
            i18n::format_date_long(event.starts_on)
        } else {
            format!(
                "{} – {}",
                i18n::format_date_short(event.starts_on),
                i18n::format_date_long(event.ends_on)
            )
        };
        let mut header = row![
            column![
                text(&event.title).size(20).font(crate::ui::FONT_BOLD_FACE),
                text(dates).size(13).style(theme::muted_text),
            ]
            .spacing(2)
            .width(Length::Fill),
        ]
        .spacing(12)
        .align_y(Alignment::Center);
        if self.project().events.len() > 1 {
            header =
                header.push(widget::secondary(fl!("event-choose-other"), Some(Message::OpenEventChooser)));
        }
        header.into()
    }

    /// Every event of the project, the coming ones first, with a search.
    fn event_chooser_view<'a>(&'a self, typed: &'a str) -> Element<'a, Message> {
        let project = self.project();
        let today = chrono::Local::now().date_naive();
        let found = schedule::upcoming_first(project, today, typed);
        let current = self.current_event().map(|e| e.id);
        let search = text_input(&fl!("event-choose-search"), typed)
            .id(EVENT_SEARCH)
            .on_input(Message::EventSearch)
            .on_submit(Message::EventSubmit)
            .padding(8);
        let mut list = column![].spacing(4);
        for event in found.iter().take(widget::LIST_LIMIT) {
            let when = i18n::format_date_long(event.starts_on);
            let past = event.ends_on < today;
            let line = column![
                text(&event.title).font(crate::ui::FONT_BOLD_FACE),
                text(if past { fl!("event-choose-past", date = when) } else { when })
                    .size(13)
                    .style(theme::muted_text),
            ]
            .spacing(2);
            list = list.push(
                button(line)
                    .on_press(Message::ChooseEvent(event.id))
                    .style(theme::list_row(current == Some(event.id)))
                    .width(Length::Fill)
                    .padding([6, 10]),
            );
        }
        if found.len() > widget::LIST_LIMIT {
            let more = found.len() - widget::LIST_LIMIT;
            list = list.push(text(fl!("list-more", count = more)).style(theme::muted_text));
        }
        let page = column![
            widget::header(
                fl!("event-choose-title"),
                vec![widget::secondary(fl!("action-cancel"), Some(Message::CloseEventChooser))]
            ),
            widget::on_escape(search, Message::CloseEventChooser),
            iced::widget::scrollable(list).height(Length::Fill),
        ]
        .spacing(12);
        page.into()
    }

    fn sidebar(&self) -> Element<'_, Message> {
        let project = self.project();
        let nav = |section: Section, label: String, count: Option<usize>| {
            let label = match count {
                Some(count) => format!("{label}  {count}"),
                None => label,
            };
            button(text(label))
                .on_press(Message::Navigate(section))
                .style(theme::list_row(self.section == section))
                .width(Length::Fill)
                .padding([5, 12])
        };
        let undo = button(text(fl!("action-undo")).size(13))
            .on_press_maybe((self.history.can_undo() && !self.is_read_only()).then_some(Message::Undo))
            .style(button::text);
        let redo = button(text(fl!("action-redo")).size(13))
            .on_press_maybe((self.history.can_redo() && !self.is_read_only()).then_some(Message::Redo))
            .style(button::text);
        let just_saved = self.save_announced.is_some_and(|at| at.elapsed() < SAVE_ANNOUNCED_FOR);
        let status: Element<'_, Message> = match self.save_status() {
            SaveStatus::Saved if just_saved => {
                text(format!("✓ {}", fl!("save-done"))).size(13).font(crate::ui::FONT_BOLD_FACE).into()
            }
            SaveStatus::Saved => text(fl!("save-saved")).size(13).style(theme::muted_text).into(),
            SaveStatus::Pending => text(fl!("save-pending")).size(13).style(theme::muted_text).into(),
            SaveStatus::FormOpen => text(fl!("save-form-open")).size(13).style(theme::muted_text).into(),
            SaveStatus::Saving => text(fl!("save-saving")).size(13).style(theme::muted_text).into(),
            SaveStatus::Failed(reason) => column![
                text(fl!("save-failed", reason = reason)).size(13).style(theme::error_text),
                button(text(fl!("save-retry")).size(13)).on_press(Message::SaveNow).style(button::text),
            ]
            .into(),
        };
        let status = if self.is_read_only() {
            text(fl!("save-read-only")).size(13).style(theme::error_text).into()
        } else {
            status
        };
        // Fifteen sections do not fit a 768-pixel screen with the title and
        // the status: the list scrolls, the status and undo stay in view.
        let sections = iced::widget::scrollable(
            column![
                nav(Section::Overview, fl!("nav-overview"), None),
                nav(Section::Events, fl!("nav-events"), Some(project.events.len())),
                nav(Section::Programme, fl!("nav-programme"), None),
                nav(Section::Lessons, fl!("nav-lessons"), None),
                nav(Section::Registrations, fl!("nav-registrations"), None),
                nav(Section::People, fl!("nav-people"), Some(project.people.len())),
                nav(Section::Schools, fl!("nav-schools"), Some(project.schools.len())),
                nav(Section::Feedback, fl!("nav-feedback"), None),
                nav(Section::Observations, fl!("nav-observations"), None),
                nav(Section::Awards, fl!("nav-awards"), None),
                nav(
                    Section::Mentoring,
                    fl!("nav-mentoring"),
                    Some(project.programmes.len()).filter(|n| *n > 0)
                ),
                nav(Section::YearPlan, fl!("nav-year-plan"), None),
                nav(Section::Courses, fl!("nav-courses"), Some(project.courses.len()).filter(|n| *n > 0)),
                nav(Section::Print, fl!("nav-print"), None),
                nav(Section::Export, fl!("nav-export"), None),
            ]
            .spacing(4),
        )
        // The scrollbar beside the buttons, not over them.
        .spacing(4)
        .height(Length::Fill);
        container(
            column![
                button(text(format!("← {}", fl!("nav-library"))))
                    .on_press(Message::Close)
                    .style(button::text),
                text(&project.title).size(18).font(crate::ui::FONT_BOLD_FACE),
                sections,
                row![widget::tip(undo, "Ctrl+Z".to_owned()), widget::tip(redo, "Ctrl+Y".to_owned())]
                    .spacing(4)
                    .align_y(Alignment::Center),
                status,
                row![
                    button(text(fl!("nav-settings")).size(13))
                        .on_press(Message::OpenSettings)
                        .style(button::text),
                    button(text(fl!("help-button")).size(13)).on_press(Message::OpenHelp).style(button::text),
                ]
                .wrap(),
            ]
            .spacing(6)
            .padding(12),
        )
        .width(240)
        .height(Length::Fill)
        .style(theme::sidebar)
        .into()
    }
}

fn file_name(path: &std::path::Path) -> String {
    path.file_name().unwrap_or_default().to_string_lossy().into_owned()
}

fn conflict_kept_text(path: &std::path::Path) -> String {
    fl!("project-conflict-kept", file = file_name(path))
}

pub fn read_only_text(reason: &ReadOnlyReason) -> String {
    match reason {
        ReadOnlyReason::NewerVersion(version) => {
            let version: u32 = *version;
            fl!("read-only-newer", version = version)
        }
        ReadOnlyReason::LockedElsewhere => fl!("read-only-locked"),
        ReadOnlyReason::HasProblems => fl!("read-only-problems"),
    }
}

pub fn edit_error_text(error: &EditError) -> String {
    i18n::describe_edit_error(error)
}
