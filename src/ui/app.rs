//! The root of the window: which screen is shown, the shortcuts, the
//! autosave clock, and the settings.

use super::screen::{library, observations, observe, project, settings};
use crate::fl;
use crate::i18n;
use crate::store::{DataDir, Library, Settings, WindowGeometry};
use crate::ui::tasks::blocking;
use crate::ui::theme::{self, NoticeKind};
use crate::ui::widget;
use iced::keyboard::{self, Key, key};
use iced::widget::{column, container, text};
use iced::{Element, Event, Length, Subscription, Task, Theme, event, window};
use std::time::{Duration, Instant};

pub enum Screen {
    Library(Box<library::State>),
    Opening,
    Project(Box<project::State>),
}

pub struct App {
    library: Library,
    settings: Settings,
    screen: Screen,
    settings_open: bool,
    /// The page of keys (F1) is shown over the screen.
    help_open: bool,
    /// Set when the user leaves the project (for the library, or by closing
    /// the window) with edits not yet written: she leaves once they are.
    leaving: Option<Leave>,
    notice: Option<Notice>,
    /// Bumped by every move and resize; the last one is saved.
    geometry_changes: u64,
}

/// An error shown above every screen; a project that could not be opened
/// offers its backup.
#[derive(Debug, Clone)]
struct Notice {
    message: String,
    backup_of: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Leave {
    ToLibrary,
    Quit,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shortcut {
    Undo,
    Redo,
    Save,
    NextField,
    PreviousField,
    /// Any other key that no text field took: the open section may have a
    /// use for it (arrows in the programme grid, Enter at the check-in).
    Key(Key, keyboard::Modifiers),
    /// A key that observe mode uses, read by its place on the keyboard;
    /// other sections get it as a plain key.
    Observe(observe::Key, Key, keyboard::Modifiers),
}

#[derive(Debug, Clone)]
pub enum Message {
    Library(library::Message),
    Project(project::Message),
    Settings(settings::Message),
    Opened(Result<project::Opened, project::OpenError>),
    RestoreBackup(String),
    BackupRestored(String, Result<(), String>),
    Shortcut(Shortcut),
    Tick(Instant),
    CloseRequested(window::Id),
    SettingsSaved(Result<(), String>),
    DismissNotice,
    /// Shows or hides the page of keys.
    Help(bool),
    /// The screen the window opened on, to fit the window to it.
    Monitor(window::Id, Option<iced::Size>),
    /// The user moved or resized the window.
    Window(window::Event),
    /// The window has kept its place a moment: it is remembered.
    KeepGeometry(u64),
}

impl App {
    /// Reading `settings.json` happens before the first frame: it is a few
    /// bytes, and the language must be known to draw anything.
    pub fn boot(dirs: DataDir) -> (App, Task<Message>) {
        let settings = Settings::load(&dirs.settings_file());
        i18n::set_language(i18n::language_of(&settings));
        let library = Library::new(dirs);
        let (state, task) = library::State::new(library.clone(), !settings.sample_offered);
        let app = App {
            library,
            settings,
            screen: Screen::Library(Box::new(state)),
            settings_open: false,
            help_open: false,
            leaving: None,
            notice: None,
            geometry_changes: 0,
        };
        let fit = window::oldest().then(|id| match id {
            Some(id) => window::monitor_size(id).map(move |size| Message::Monitor(id, size)),
            None => Task::none(),
        });
        (app, Task::batch([task.map(Message::Library), fit]))
    }

    pub fn title(&self) -> String {
        match &self.screen {
            Screen::Project(project) => format!("{} — {}", project.title(), fl!("app-title")),
            _ => fl!("app-title"),
        }
    }

    pub fn theme(&self) -> Theme {
        theme::theme(self.settings.theme)
    }

    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Library(message) => {
                let Screen::Library(state) = &mut self.screen else { return Task::none() };
                match state.update(message) {
                    library::Action::None => Task::none(),
                    library::Action::Task(task) => task.map(Message::Library),
                    library::Action::Open(id) => self.open(id),
                    library::Action::OpenHelp => {
                        self.help_open = true;
                        Task::none()
                    }
                    library::Action::OpenSettings => {
                        self.settings_open = true;
                        Task::none()
                    }
                    library::Action::SampleSettled(task) => {
                        let settings = Settings { sample_offered: true, ..self.settings.clone() };
                        Task::batch([task.map(Message::Library), self.change_settings(settings)])
                    }
                }
            }
            Message::Opened(Ok(opened)) => {
                let remembered = self.settings.current_events.get(&opened.id).and_then(|id| id.parse().ok());
                let mut state = project::State::new(opened);
                if let Some(event) = remembered.filter(|id| state.project().event(*id).is_some()) {
                    state.set_current_event(event);
                }
                let task = state.opening_task().map(Message::Project);
                self.screen = Screen::Project(Box::new(state));
                task
            }
            Message::Opened(Err(error)) => {
                self.notice = Some(Notice { message: error.message, backup_of: error.backup_of });
                self.back_to_library()
            }
            Message::RestoreBackup(id) => {
                self.notice = None;
                let library = self.library.clone();
                let restored = id.clone();
                Task::perform(
                    blocking(move || library.restore_backup(&id).map_err(|e| i18n::describe_store_error(&e))),
                    move |result| Message::BackupRestored(restored.clone(), result),
                )
            }
            Message::BackupRestored(id, Ok(())) => self.open(id),
            Message::BackupRestored(_, Err(error)) => {
                self.notice = Some(Notice { message: error, backup_of: None });
                Task::none()
            }
            Message::Project(message) => {
                let Screen::Project(state) = &mut self.screen else { return Task::none() };
                let task = match state.update(message) {
                    project::Action::None => Task::none(),
                    project::Action::Task(task) => task.map(Message::Project),
                    project::Action::OpenHelp => {
                        self.help_open = true;
                        Task::none()
                    }
                    project::Action::OpenSettings => {
                        self.settings_open = true;
                        Task::none()
                    }
                    project::Action::Close => return self.leave(Leave::ToLibrary),
                    project::Action::CurrentEvent(event) => {
                        let mut settings = self.settings.clone();
                        settings.current_events.insert(state.opened.id.clone(), event.to_string());
                        self.change_settings(settings)
                    }
                };
                Task::batch([task, self.continue_leaving()])
            }
            Message::Settings(message) => match settings::update(&self.settings, message) {
                settings::Action::None => Task::none(),
                settings::Action::Close => {
                    self.settings_open = false;
                    Task::none()
                }
                settings::Action::Changed(settings) => self.change_settings(settings),
            },
            Message::SettingsSaved(Ok(())) => Task::none(),
            Message::SettingsSaved(Err(error)) => {
                self.notice = Some(Notice { message: error, backup_of: None });
                Task::none()
            }
            Message::Shortcut(shortcut) => self.shortcut(shortcut),
            Message::Tick(now) => self.forward(project::Message::Tick(now)),
            // A second close while the last save fails means: close anyway.
            Message::CloseRequested(_) if self.leaving == Some(Leave::Quit) => iced::exit(),
            Message::CloseRequested(_) => self.leave(Leave::Quit),
            Message::Help(open) => {
                self.help_open = open;
                Task::none()
            }
            Message::DismissNotice => {
                self.notice = None;
                Task::none()
            }
            Message::Monitor(id, Some(monitor)) => {
                let placed = super::window::fitted(self.settings.window.as_ref(), monitor);
                let resize = window::resize(id, placed.size);
                match placed.position {
                    Some(at) => Task::batch([resize, window::move_to(id, at)]),
                    None => resize,
                }
            }
            Message::Monitor(_, None) => Task::none(),
            Message::Window(event) => {
                let mut geometry = self.settings.window.unwrap_or(WindowGeometry {
                    width: super::window::FIRST.width,
                    height: super::window::FIRST.height,
                    x: None,
                    y: None,
                });
                match event {
                    window::Event::Resized(size) => {
                        (geometry.width, geometry.height) = (size.width, size.height)
                    }
                    window::Event::Moved(at) => (geometry.x, geometry.y) = (Some(at.x), Some(at.y)),
                    _ => return Task::none(),
                }
                self.settings.window = Some(geometry);
                self.geometry_changes += 1;
                let change = self.geometry_changes;
                // Dragging makes a move a frame; one save once it rests.
                Task::perform(tokio::time::sleep(Duration::from_millis(800)), move |()| {
                    Message::KeepGeometry(change)
                })
            }
            Message::KeepGeometry(change) if change == self.geometry_changes => {
                let settings = self.settings.clone();
                self.change_settings(settings)
            }
            Message::KeepGeometry(_) => Task::none(),
        }
    }

    /// Everything on screen is drawn this much larger (Settings' zoom).
    pub fn scale_factor(&self) -> f32 {
        self.settings.zoom_factor()
    }

    fn forward(&mut self, message: project::Message) -> Task<Message> {
        match &self.screen {
            Screen::Project(_) => self.update(Message::Project(message)),
            _ => Task::none(),
        }
    }

    fn shortcut(&mut self, shortcut: Shortcut) -> Task<Message> {
        match &shortcut {
            Shortcut::Key(Key::Named(key::Named::F1), _)
            | Shortcut::Observe(_, Key::Named(key::Named::F1), _) => {
                self.help_open = !self.help_open;
                return Task::none();
            }
            Shortcut::Key(Key::Named(key::Named::Escape), _) if self.help_open => {
                self.help_open = false;
                return Task::none();
            }
            Shortcut::Key(Key::Character(c), modifiers)
                if modifiers.command()
                    && c.eq_ignore_ascii_case("f")
                    && matches!(self.screen, Screen::Library(_)) =>
            {
                return iced::widget::operation::focus(library::SEARCH_FIELD);
            }
            _ => {}
        }
        match shortcut {
            Shortcut::Undo => self.forward(project::Message::Undo),
            Shortcut::Redo => self.forward(project::Message::Redo),
            Shortcut::Save => self.forward(project::Message::SaveNow),
            Shortcut::NextField => iced::widget::operation::focus_next(),
            Shortcut::PreviousField => iced::widget::operation::focus_previous(),
            Shortcut::Key(key, modifiers) => self.forward(project::Message::Key(key, modifiers)),
            Shortcut::Observe(observe_key, key, modifiers) => {
                let observing = matches!(&self.screen, Screen::Project(p) if p.section() == project::Section::Observations);
                if observing {
                    self.forward(project::Message::Observations(observations::Message::Key(observe_key)))
                } else {
                    self.forward(project::Message::Key(key, modifiers))
                }
            }
        }
    }

    fn open(&mut self, id: String) -> Task<Message> {
        self.screen = Screen::Opening;
        Task::perform(project::open(self.library.clone(), id), Message::Opened)
    }

    /// Leaves the project once its last edits are on disk.
    fn leave(&mut self, leave: Leave) -> Task<Message> {
        self.leaving = Some(leave);
        // Asking to leave is also asking to try a failed save once more.
        if let Screen::Project(project) = &mut self.screen
            && let project::Action::Task(task) = project.save()
        {
            return task.map(Message::Project);
        }
        self.continue_leaving()
    }

    /// Takes the next step out of the project: wait for a save under way,
    /// start one for edits not yet written, or go. A failed save stops the
    /// leaving, so the user sees why before anything is lost.
    fn continue_leaving(&mut self) -> Task<Message> {
        let Some(leave) = self.leaving else { return Task::none() };
        let Screen::Project(project) = &mut self.screen else {
            self.leaving = None;
            return if leave == Leave::Quit { iced::exit() } else { Task::none() };
        };
        let unsaved = project.is_dirty() && !project.is_read_only();
        if project.is_saving() {
            return Task::none();
        }
        if unsaved && project.save_failed() {
            if leave == Leave::ToLibrary {
                self.leaving = None;
            }
            return Task::none();
        }
        if unsaved {
            return match project.save() {
                project::Action::Task(task) => task.map(Message::Project),
                _ => Task::none(),
            };
        }
        self.leaving = None;
        match leave {
            Leave::ToLibrary => self.back_to_library(),
            Leave::Quit => iced::exit(),
        }
    }

    fn back_to_library(&mut self) -> Task<Message> {
        let (state, task) = library::State::new(self.library.clone(), false);
        self.screen = Screen::Library(Box::new(state));
        task.map(Message::Library)
    }

    fn change_settings(&mut self, settings: Settings) -> Task<Message> {
        if settings.language != self.settings.language {
            i18n::set_language(i18n::language_of(&settings));
        }
        self.settings = settings.clone();
        let path = self.library.dirs.settings_file();
        Task::perform(
            blocking(move || settings.save(&path).map_err(|e| i18n::describe_io(&e, &path))),
            Message::SettingsSaved,
        )
    }

    pub fn view(&self) -> Element<'_, Message> {
        static FIRST: std::sync::Once = std::sync::Once::new();
        FIRST.call_once(|| {
            if let Some(started) = super::STARTED.get() {
                tracing::info!(elapsed_ms = started.elapsed().as_millis() as u64, "first view");
            }
        });
        let body: Element<'_, Message> = if self.help_open {
            let section = match &self.screen {
                Screen::Project(state) => Some(state.section()),
                _ => None,
            };
            super::screen::help::view(section, Message::Help(false))
        } else if self.settings_open {
            settings::view(&self.settings).map(Message::Settings)
        } else {
            match &self.screen {
                Screen::Library(state) => state.view().map(Message::Library),
                Screen::Opening => container(text(fl!("project-opening"))).center(Length::Fill).into(),
                Screen::Project(state) => state.view().map(Message::Project),
            }
        };
        match &self.notice {
            Some(notice) => column![
                container(widget::notice(
                    NoticeKind::Error,
                    notice.message.clone(),
                    notice
                        .backup_of
                        .iter()
                        .map(|id| (fl!("library-restore-backup"), Message::RestoreBackup(id.clone())))
                        .chain([(fl!("action-dismiss"), Message::DismissNotice)])
                        .collect(),
                ))
                .padding([8, 20]),
                body
            ]
            .into(),
            None => body,
        }
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let keys = event::listen_with(shortcut_of).map(Message::Shortcut);
        let close = window::close_requests().map(Message::CloseRequested);
        let moves = window::events().map(|(_, event)| Message::Window(event));
        let ticks = match &self.screen {
            // Also while read-only: the file is watched for the other
            // window's saves.
            Screen::Project(_) => iced::time::every(Duration::from_millis(250)).map(Message::Tick),
            _ => Subscription::none(),
        };
        Subscription::batch([keys, close, moves, ticks])
    }
}

/// The keys that work everywhere. Undo, redo and save act even while a
/// text field has the focus, as in every desktop editor, once the field
/// has no typing of its own left to undo.
pub fn shortcut_of(event: Event, status: event::Status, _window: window::Id) -> Option<Shortcut> {
    let Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, physical_key, .. }) = event else {
        return None;
    };
    if modifiers.command() {
        return match key.to_latin(physical_key) {
            // A field with typing of its own to undo takes the key first.
            Some('z') if status == event::Status::Captured => None,
            Some('y') if status == event::Status::Captured => None,
            Some('z') if modifiers.shift() => Some(Shortcut::Redo),
            Some('z') => Some(Shortcut::Undo),
            Some('y') => Some(Shortcut::Redo),
            Some('s') => Some(Shortcut::Save),
            // Latin letters whatever the layout, so Ctrl+D works the same
            // with the Kazakh keyboard on.
            Some(letter) if status == event::Status::Ignored => {
                Some(Shortcut::Key(Key::Character(letter.to_string().into()), modifiers))
            }
            _ => None,
        };
    }
    match (key, status) {
        (Key::Named(key::Named::Tab), event::Status::Ignored) if modifiers.shift() => {
            Some(Shortcut::PreviousField)
        }
        (Key::Named(key::Named::Tab), event::Status::Ignored) => Some(Shortcut::NextField),
        (key, event::Status::Ignored) => match observe_key(&key, physical_key) {
            Some(observe_key) if !modifiers.alt() => Some(Shortcut::Observe(observe_key, key, modifiers)),
            _ => Some(Shortcut::Key(key, modifiers)),
        },
        _ => None,
    }
}

/// Keys of observe mode. Digits and N are read by their place on the
/// keyboard, so they work on a Kazakh or Russian layout too, where those
/// keys type «ә» or «т».
fn observe_key(key: &Key, physical_key: key::Physical) -> Option<observe::Key> {
    match key {
        Key::Named(key::Named::ArrowUp) => Some(observe::Key::Previous),
        Key::Named(key::Named::ArrowDown) => Some(observe::Key::Next),
        _ => match key.to_latin(physical_key)? {
            'n' | 'N' => Some(observe::Key::Note),
            digit @ '1'..='9' => Some(observe::Key::Level(digit as u8 - b'0')),
            _ => None,
        },
    }
}
