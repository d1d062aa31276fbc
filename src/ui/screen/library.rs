//! The first screen: every project in the library, the trash, and the ways
//! projects come in and go out (new, example, import, export).

use crate::domain::collate::alphabetical;
use crate::domain::{Project, ProjectId};
use crate::fl;
use crate::i18n;
use crate::sample;
use crate::store::bundle;
use crate::store::library::BundleOpen;
use crate::store::{Access, Library, StoreError, Summary};
use crate::ui::tasks::{blocking, dialogs_available, pick_file, save_file};
use crate::ui::theme::{self, NoticeKind};
use crate::ui::widget;
use chrono::Utc;
use iced::widget::{button, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length, Task};
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Changed,
    Title,
    EventDate,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Dialog {
    New {
        title: String,
        organizer: String,
        error: Option<String>,
    },
    Rename {
        id: String,
        title: String,
        error: Option<String>,
    },
    /// Typing a path where the system file dialog cannot open.
    Path {
        purpose: PathPurpose,
        value: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathPurpose {
    Import,
    Export(String),
}

#[derive(Debug, Clone)]
pub struct State {
    library: Library,
    projects: Vec<Summary>,
    trash: Vec<Summary>,
    loaded: bool,
    search: String,
    sort: Sort,
    showing_trash: bool,
    dialog: Option<Dialog>,
    notice: Option<(NoticeKind, String, Option<String>)>,
    /// A bundle of a project the library has, and its title: update that
    /// project or keep both, as the user says.
    known_bundle: Option<(PathBuf, String)>,
    offer_sample: bool,
}

/// The library's search box, which Ctrl+F goes to.
pub const SEARCH_FIELD: &str = "library-search";
/// The first field of the new-project and rename dialogs, focused when they open.
pub const DIALOG_FIELD: &str = "project-title";

#[derive(Debug, Clone)]
pub enum Message {
    Listed(Result<(Vec<Summary>, Vec<Summary>), String>),
    Search(String),
    SortBy(Sort),
    ShowTrash(bool),
    New,
    NewTitle(String),
    NewOrganizer(String),
    Rename(String),
    RenameTitle(String),
    Confirm,
    Cancel,
    Open(String),
    Duplicate(String),
    Delete(String),
    UndoDelete(String),
    Restore(String),
    Purge(String),
    RestoreBackup(String),
    AddSample(sample::Example),
    DeclineSample,
    Import,
    /// The answer about a bundle of a project the library has.
    OpenBundle(PathBuf, BundleOpen),
    Export(String),
    TypePath(PathPurpose),
    PathInput(String),
    Picked(PathPurpose, Option<PathBuf>),
    /// A background operation ended; the text is shown as a notice.
    Done(Result<Outcome, String>),
    DismissNotice,
    OpenSettings,
    OpenHelp,
}

#[derive(Debug, Clone)]
pub enum Outcome {
    Created(String),
    Trashed(String),
    Changed,
    Exported(PathBuf),
    Imported(String),
    /// The bundle at the path holds the project of this title, already in
    /// the library.
    KnownBundle(PathBuf, String),
}

pub enum Action {
    None,
    Task(Task<Message>),
    Open(String),
    /// The example project was added or declined: it is not offered again.
    SampleSettled(Task<Message>),
    OpenSettings,
    OpenHelp,
}

impl State {
    pub fn new(library: Library, offer_sample: bool) -> (State, Task<Message>) {
        let state = State {
            library,
            projects: Vec::new(),
            trash: Vec::new(),
            loaded: false,
            search: String::new(),
            sort: Sort::default(),
            showing_trash: false,
            dialog: None,
            notice: None,
            known_bundle: None,
            offer_sample,
        };
        let task = state.refresh();
        (state, task)
    }

    pub fn refresh(&self) -> Task<Message> {
        let library = self.library.clone();
        Task::perform(
            blocking(move || {
                let projects = library.list().map_err(|e| i18n::describe_store_error(&e))?;
                Ok((projects, library.list_trash()))
            }),
            Message::Listed,
        )
    }

    fn run(&self, work: impl FnOnce(Library) -> Result<Outcome, String> + Send + 'static) -> Action {
        let library = self.library.clone();
        Action::Task(Task::perform(blocking(move || work(library)), Message::Done))
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Listed(Ok((projects, trash))) => {
                self.projects = projects;
                self.trash = trash;
                self.loaded = true;
                // Someone with projects already knows the app.
                if self.offer_sample && !self.projects.is_empty() {
                    self.offer_sample = false;
                }
            }
            Message::Listed(Err(error)) => {
                self.loaded = true;
                self.notice = Some((NoticeKind::Error, error, None));
            }
            Message::Search(search) => self.search = search,
            Message::SortBy(sort) => self.sort = sort,
            Message::ShowTrash(show) => self.showing_trash = show,
            Message::New => {
                self.dialog =
                    Some(Dialog::New { title: String::new(), organizer: String::new(), error: None });
                return Action::Task(iced::widget::operation::focus(DIALOG_FIELD));
            }
            Message::NewTitle(value) => {
                if let Some(Dialog::New { title, error, .. }) = &mut self.dialog {
                    *title = value;
                    *error = None;
                }
            }
            Message::NewOrganizer(value) => {
                if let Some(Dialog::New { organizer, .. }) = &mut self.dialog {
                    *organizer = value;
                }
            }
            Message::Rename(id) => {
                let title = self.projects.iter().find(|p| p.id == id).map(|p| p.title.clone());
                self.dialog = Some(Dialog::Rename { id, title: title.unwrap_or_default(), error: None });
                return Action::Task(
                    iced::widget::operation::focus(DIALOG_FIELD)
                        .chain(iced::widget::operation::move_cursor_to_end(DIALOG_FIELD)),
                );
            }
            Message::RenameTitle(value) => {
                if let Some(Dialog::Rename { title, error, .. }) = &mut self.dialog {
                    *title = value;
                    *error = None;
                }
            }
            Message::Confirm => return self.confirm(),
            Message::Cancel => self.dialog = None,
            Message::Open(id) => return Action::Open(id),
            Message::Duplicate(id) => {
                let title = self.projects.iter().find(|p| p.id == id).map(|p| p.title.clone());
                let title = fl!("library-copy-of", title = title.unwrap_or_default());
                return self.run(move |lib| {
                    lib.duplicate(&id, &title, Utc::now())
                        .map(|p| Outcome::Created(p.id.to_string()))
                        .map_err(|e| i18n::describe_store_error(&e))
                });
            }
            Message::Delete(id) => {
                return self.run(move |lib| {
                    lib.trash(&id).map(|()| Outcome::Trashed(id)).map_err(|e| i18n::describe_store_error(&e))
                });
            }
            Message::UndoDelete(id) | Message::Restore(id) => {
                self.notice = None;
                return self.run(move |lib| {
                    lib.restore(&id).map(|()| Outcome::Changed).map_err(|e| i18n::describe_store_error(&e))
                });
            }
            Message::Purge(id) => {
                return self.run(move |lib| {
                    lib.purge(&id).map(|()| Outcome::Changed).map_err(|e| i18n::describe_store_error(&e))
                });
            }
            Message::RestoreBackup(id) => {
                return self.run(move |lib| {
                    lib.restore_backup(&id)
                        .map(|()| Outcome::Changed)
                        .map_err(|e| i18n::describe_store_error(&e))
                });
            }
            Message::AddSample(example) => {
                self.offer_sample = false;
                // The example is built the same every time, id included; a
                // fresh id keeps a second copy from replacing an edited one.
                let project = Project { id: ProjectId::new(), ..example.build(Utc::now()) };
                let add = self.run(move |lib| {
                    lib.add(&project)
                        .and_then(|file| {
                            for (name, bytes) in sample::files_of(&project) {
                                crate::store::files::put_file(&file, name, bytes).map_err(|source| {
                                    StoreError::Io { path: file.clone(), access: Access::Write, source }
                                })?;
                            }
                            Ok(())
                        })
                        .map(|_| Outcome::Created(project.id.to_string()))
                        .map_err(|e| i18n::describe_store_error(&e))
                });
                return match add {
                    Action::Task(task) => Action::SampleSettled(task),
                    other => other,
                };
            }
            Message::DeclineSample => {
                self.offer_sample = false;
                return Action::SampleSettled(Task::none());
            }
            Message::Import => {
                if !dialogs_available() {
                    return self.update(Message::TypePath(PathPurpose::Import));
                }
                return Action::Task(Task::perform(
                    pick_file(fl!("file-kind-project"), &["json", bundle::EXTENSION]),
                    |path| Message::Picked(PathPurpose::Import, path),
                ));
            }
            Message::OpenBundle(path, how) => {
                self.known_bundle = None;
                return self.run(move |lib| {
                    let bundle = lib.read_bundle(&path).map_err(|e| i18n::describe_store_error(&e))?;
                    let Some(bundle) = bundle else { return Err(fl!("bundle-not-a-bundle")) };
                    lib.add_bundle(bundle, how, Utc::now())
                        .map(|p| Outcome::Imported(p.id.to_string()))
                        .map_err(|e| i18n::describe_store_error(&e))
                });
            }
            Message::Export(id) => {
                if !dialogs_available() {
                    return self.update(Message::TypePath(PathPurpose::Export(id)));
                }
                let name = self
                    .projects
                    .iter()
                    .find(|p| p.id == id)
                    .map_or_else(|| "project.json".into(), |p| file_name_for(&p.title));
                return Action::Task(Task::perform(
                    save_file(fl!("file-kind-project"), &["json"], name),
                    move |path| Message::Picked(PathPurpose::Export(id.clone()), path),
                ));
            }
            Message::TypePath(purpose) => {
                self.dialog = Some(Dialog::Path { purpose, value: String::new() });
                self.notice = Some((NoticeKind::Info, fl!("library-no-file-dialog"), None));
            }
            Message::PathInput(input) => {
                if let Some(Dialog::Path { value, .. }) = &mut self.dialog {
                    *value = input;
                }
            }
            Message::Picked(_, None) => {}
            Message::Picked(purpose, Some(path)) => return self.transfer(purpose, path),
            Message::Done(Ok(outcome)) => {
                self.notice = match &outcome {
                    Outcome::Trashed(id) => {
                        let title = self.projects.iter().find(|p| &p.id == id).map(|p| p.title.clone());
                        Some((
                            NoticeKind::Info,
                            fl!("library-deleted", title = title.unwrap_or_default()),
                            Some(id.clone()),
                        ))
                    }
                    Outcome::Exported(path) => Some((
                        NoticeKind::Info,
                        fl!("library-exported", path = path.display().to_string()),
                        None,
                    )),
                    Outcome::Imported(_) => Some((NoticeKind::Info, fl!("library-imported"), None)),
                    Outcome::KnownBundle(path, title) => {
                        self.known_bundle = Some((path.clone(), title.clone()));
                        None
                    }
                    Outcome::Created(_) | Outcome::Changed => self.notice.take(),
                };
                let refresh = self.refresh();
                return match outcome {
                    Outcome::Created(id) => Action::Task(refresh.chain(Task::done(Message::Open(id)))),
                    _ => Action::Task(refresh),
                };
            }
            Message::Done(Err(error)) => self.notice = Some((NoticeKind::Error, error, None)),
            Message::DismissNotice => {
                self.notice = None;
                self.known_bundle = None;
            }
            Message::OpenSettings => return Action::OpenSettings,
            Message::OpenHelp => return Action::OpenHelp,
        }
        Action::None
    }

    fn confirm(&mut self) -> Action {
        match self.dialog.take() {
            Some(Dialog::New { title, organizer, .. }) if title.trim().is_empty() => {
                self.dialog = Some(Dialog::New { title, organizer, error: Some(fl!("field-required")) });
                Action::None
            }
            Some(Dialog::New { title, organizer, .. }) => self.run(move |lib| {
                lib.create(&title, &organizer, Utc::now())
                    .map(|p| Outcome::Created(p.id.to_string()))
                    .map_err(|e| i18n::describe_store_error(&e))
            }),
            Some(Dialog::Rename { id, title, .. }) if title.trim().is_empty() => {
                self.dialog = Some(Dialog::Rename { id, title, error: Some(fl!("field-required")) });
                Action::None
            }
            Some(Dialog::Rename { id, title, .. }) => self.run(move |lib| {
                lib.rename(&id, &title, Utc::now())
                    .map(|()| Outcome::Changed)
                    .map_err(|e| i18n::describe_store_error(&e))
            }),
            Some(Dialog::Path { purpose, value }) if value.trim().is_empty() => {
                self.dialog = Some(Dialog::Path { purpose, value });
                Action::None
            }
            Some(Dialog::Path { purpose, value }) => {
                self.notice = None;
                self.transfer(purpose, PathBuf::from(value.trim()))
            }
            None => Action::None,
        }
    }

    fn transfer(&mut self, purpose: PathPurpose, path: PathBuf) -> Action {
        match purpose {
            PathPurpose::Import => self.run(move |lib| {
                let describe = |e: StoreError| i18n::describe_store_error(&e);
                // A bundle of a project that is here already waits for the
                // user to say whether it updates it.
                if let Some(bundle) = lib.read_bundle(&path).map_err(describe)? {
                    let project = &bundle.loaded.project;
                    if lib.has(project.id) {
                        return Ok(Outcome::KnownBundle(path, project.title.clone()));
                    }
                    return lib
                        .add_bundle(bundle, BundleOpen::NewCopy, Utc::now())
                        .map(|p| Outcome::Imported(p.id.to_string()))
                        .map_err(describe);
                }
                lib.import(&path).map(|p| Outcome::Imported(p.id.to_string())).map_err(describe)
            }),
            PathPurpose::Export(id) => self.run(move |lib| {
                lib.export(&id, &path)
                    .map(|()| Outcome::Exported(path))
                    .map_err(|e| i18n::describe_store_error(&e))
            }),
        }
    }

    /// The projects to show: the search applied, in the chosen order.
    pub fn visible(&self) -> Vec<&Summary> {
        let needle = self.search.trim().to_lowercase();
        let source = if self.showing_trash { &self.trash } else { &self.projects };
        let mut shown: Vec<&Summary> = source
            .iter()
            .filter(|p| {
                needle.is_empty()
                    || p.title.to_lowercase().contains(&needle)
                    || p.organizer.to_lowercase().contains(&needle)
            })
            .collect();
        match self.sort {
            Sort::Changed => shown.sort_by_key(|p| std::cmp::Reverse(p.modified)),
            Sort::Title => shown.sort_by(|a, b| alphabetical(&a.title, &b.title)),
            Sort::EventDate => shown.sort_by_key(|p| std::cmp::Reverse(p.first_event)),
        }
        shown
    }

    pub fn view(&self) -> Element<'_, Message> {
        let title = if self.showing_trash { fl!("library-trash") } else { fl!("library-title") };
        let actions = if self.showing_trash {
            vec![widget::secondary(fl!("library-back-to-projects"), Some(Message::ShowTrash(false)))]
        } else {
            vec![
                widget::secondary(
                    fl!("library-trash-count", count = self.trash.len()),
                    Some(Message::ShowTrash(true)),
                ),
                widget::secondary(fl!("library-import"), Some(Message::Import)),
                widget::secondary(
                    fl!("library-add-sample"),
                    Some(Message::AddSample(sample::Example::Almaty)),
                ),
                widget::secondary(
                    fl!("library-example-network"),
                    Some(Message::AddSample(sample::Example::Network)),
                ),
                widget::secondary(fl!("nav-settings"), Some(Message::OpenSettings)),
                widget::secondary(fl!("help-button"), Some(Message::OpenHelp)),
                widget::primary(fl!("library-new"), Some(Message::New)),
            ]
        };
        let mut page = column![widget::header(title, actions)].spacing(12);

        if let Some((kind, message, undo)) = &self.notice {
            let mut buttons = Vec::new();
            if let Some(id) = undo {
                buttons.push((fl!("action-undo"), Message::UndoDelete(id.clone())));
            }
            buttons.push((fl!("action-dismiss"), Message::DismissNotice));
            page = page.push(widget::notice(*kind, message.clone(), buttons));
        }
        if let Some((path, title)) = &self.known_bundle {
            page = page.push(widget::notice(
                NoticeKind::Info,
                fl!("library-bundle-known", title = title.as_str()),
                vec![
                    (fl!("library-bundle-update"), Message::OpenBundle(path.clone(), BundleOpen::Update)),
                    (fl!("library-bundle-keep-both"), Message::OpenBundle(path.clone(), BundleOpen::NewCopy)),
                    (fl!("action-cancel"), Message::DismissNotice),
                ],
            ));
        }
        if self.offer_sample && self.loaded && !self.showing_trash {
            page = page.push(self.sample_offer());
        }
        if let Some(dialog) = &self.dialog {
            page = page.push(self.dialog_view(dialog));
        }

        let sorts = [
            (Sort::Changed, fl!("library-sort-changed")),
            (Sort::Title, fl!("library-sort-title")),
            (Sort::EventDate, fl!("library-sort-date")),
        ];
        let mut sorting =
            row![text(fl!("library-sort")).style(theme::muted_text)].spacing(8).align_y(Alignment::Center);
        for (sort, label) in sorts {
            let style = if self.sort == sort { button::primary } else { button::text };
            sorting = sorting.push(button(text(label)).on_press(Message::SortBy(sort)).style(style));
        }
        let tools = row![
            text_input(&fl!("library-search"), &self.search)
                .id(SEARCH_FIELD)
                .on_input(Message::Search)
                .padding(6)
                .width(Length::FillPortion(2)),
            container(sorting.wrap().align_x(Alignment::End)).width(Length::FillPortion(3)),
        ]
        .spacing(8)
        .align_y(Alignment::Center);
        page = page.push(tools);

        let shown = self.visible();
        let list: Element<'_, Message> = if !self.loaded {
            text(fl!("library-loading")).into()
        } else if shown.is_empty() {
            let empty = if self.showing_trash {
                fl!("library-trash-empty")
            } else if self.search.trim().is_empty() {
                fl!("library-empty")
            } else {
                fl!("library-nothing-found")
            };
            text(empty).style(theme::muted_text).into()
        } else {
            scrollable(column(shown.into_iter().map(|p| self.row(p))).spacing(6).padding([0, 12])).into()
        };
        page.push(list).padding(20).height(Length::Fill).into()
    }

    fn row<'a>(&'a self, project: &'a Summary) -> Element<'a, Message> {
        let date =
            project.first_event.map(i18n::format_date_long).unwrap_or_else(|| fl!("library-no-events"));
        let changed = project.modified.map(i18n::format_timestamp).unwrap_or_default();
        let mut info = column![
            text(&project.title).size(18).font(crate::ui::FONT_BOLD_FACE),
            text(if project.organizer.is_empty() { "—" } else { &project.organizer })
                .style(theme::muted_text),
            text(fl!("library-row-details", date = date, changed = changed, people = project.people))
                .size(13),
        ]
        .spacing(2)
        .width(Length::Fill);
        if let Some(damage) = &project.damage {
            info = info.push(text(fl!("library-damaged", detail = damage.as_str())).style(theme::error_text));
        }
        if !project.conflicts.is_empty() {
            info = info.push(
                text(fl!(
                    "library-conflicts",
                    files = project.conflicts.join(", "),
                    section = fl!("nav-export")
                ))
                .style(theme::error_text),
            );
        }
        let id = project.id.clone();
        let buttons: Element<'_, Message> = if self.showing_trash {
            row![
                widget::secondary(fl!("library-restore"), Some(Message::Restore(id.clone()))),
                widget::danger(fl!("library-purge"), Some(Message::Purge(id))),
            ]
            .spacing(6)
            .into()
        } else if project.damage.is_some() {
            row![
                widget::primary(fl!("library-restore-backup"), Some(Message::RestoreBackup(id.clone()))),
                widget::danger(fl!("action-delete"), Some(Message::Delete(id))),
            ]
            .spacing(6)
            .into()
        } else {
            row![
                widget::primary(fl!("action-open"), Some(Message::Open(id.clone()))),
                button(text(fl!("action-rename"))).on_press(Message::Rename(id.clone())).style(button::text),
                button(text(fl!("action-duplicate")))
                    .on_press(Message::Duplicate(id.clone()))
                    .style(button::text),
                button(text(fl!("library-export"))).on_press(Message::Export(id.clone())).style(button::text),
                button(text(fl!("action-delete"))).on_press(Message::Delete(id)).style(button::text),
            ]
            .spacing(4)
            .wrap()
            .vertical_spacing(4)
            .align_x(Alignment::End)
            .into()
        };
        // The actions take what the details leave, and wrap in it.
        let buttons = container(buttons).width(Length::FillPortion(2));
        container(row![info.width(Length::FillPortion(3)), buttons].spacing(12).align_y(Alignment::Center))
            .padding(12)
            .style(theme::card)
            .width(Length::Fill)
            .into()
    }

    fn sample_offer(&self) -> Element<'_, Message> {
        container(
            column![
                text(fl!("sample-offer-title")).size(18).font(crate::ui::FONT_BOLD_FACE),
                text(fl!("sample-offer-body")),
                text(fl!("library-example-network-body")),
                row![
                    widget::primary(
                        fl!("sample-offer-open"),
                        Some(Message::AddSample(sample::Example::Almaty))
                    ),
                    widget::secondary(
                        fl!("library-example-network-open"),
                        Some(Message::AddSample(sample::Example::Network)),
                    ),
                    widget::secondary(fl!("sample-offer-decline"), Some(Message::DeclineSample)),
                ]
                .spacing(8)
                .wrap()
                .vertical_spacing(8),
            ]
            .spacing(8),
        )
        .padding(16)
        .style(theme::card)
        .width(Length::Fill)
        .into()
    }

    fn dialog_view<'a>(&'a self, dialog: &'a Dialog) -> Element<'a, Message> {
        let (heading, fields): (String, Element<'a, Message>) = match dialog {
            Dialog::New { title, organizer, error } => (
                fl!("library-new"),
                row![
                    widget::submitting_field(
                        DIALOG_FIELD,
                        fl!("project-title"),
                        title,
                        error.clone(),
                        Message::NewTitle,
                        Message::Confirm,
                    ),
                    widget::submitting_field(
                        "project-organizer",
                        fl!("project-organizer"),
                        organizer,
                        None,
                        Message::NewOrganizer,
                        Message::Confirm,
                    ),
                ]
                .spacing(12)
                .into(),
            ),
            Dialog::Rename { title, error, .. } => (
                fl!("action-rename"),
                widget::submitting_field(
                    DIALOG_FIELD,
                    fl!("project-title"),
                    title,
                    error.clone(),
                    Message::RenameTitle,
                    Message::Confirm,
                ),
            ),
            Dialog::Path { purpose, value } => (
                match purpose {
                    PathPurpose::Import => fl!("library-import"),
                    PathPurpose::Export(_) => fl!("library-export"),
                },
                widget::submitting_field(
                    "path",
                    fl!("library-path"),
                    value,
                    None,
                    Message::PathInput,
                    Message::Confirm,
                ),
            ),
        };
        let dialog = container(
            column![
                text(heading).size(18).font(crate::ui::FONT_BOLD_FACE),
                fields,
                row![
                    widget::primary(fl!("action-ok"), Some(Message::Confirm)),
                    widget::secondary(fl!("action-cancel"), Some(Message::Cancel)),
                ]
                .spacing(8),
            ]
            .spacing(10),
        )
        .padding(16)
        .style(theme::card)
        .width(Length::Fill);
        // Esc closes the dialog, as Enter in its fields confirms it.
        widget::on_escape(dialog, Message::Cancel).into()
    }
}

/// A file name made from a project title, keeping Kazakh letters, which
/// every current file system accepts.
pub fn file_name_for(title: &str) -> String {
    format!("{}.json", file_stem_for(title))
}

/// The name of a file made from a title, before its extension.
pub fn file_stem_for(title: &str) -> String {
    let cleaned: String =
        title.chars().map(|c| if c.is_alphanumeric() || c == ' ' || c == '-' { c } else { '_' }).collect();
    let cleaned = cleaned.trim();
    if cleaned.is_empty() { "project".to_owned() } else { cleaned.to_owned() }
}
