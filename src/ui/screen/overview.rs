//! The project's own details and what the loader found wrong with it.

use super::EditAction;
use super::signatories;
use crate::domain::rules;
use crate::domain::{Edit, Project};
use crate::fl;
use crate::i18n::describe_field_error;
use crate::store::files::{EmblemError, MAX_EMBLEM_BYTES, files_beside, import_emblem};
use crate::ui::tasks::{blocking, dialogs_available, pick_file};
use crate::ui::{theme, widget};
use iced::widget::{column, image, row, text};
use iced::{Alignment, Element, Length, Task};
use std::path::{Path, PathBuf};

pub const EMBLEM_PATH_FIELD: &str = "emblem-path";
/// The names of the pictures an emblem may be, the same in every language.
const PICTURE_FORMATS: &str = "PNG, JPEG, SVG";
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default)]
pub struct State {
    title: String,
    organizer: String,
    city: String,
    title_error: Option<String>,
    /// The project's title, organizer and city when the fields were filled.
    base: (String, String, String),
    signatories: signatories::State,
    /// The path typed when the system has no file dialog; `Some` while the
    /// field is shown.
    emblem_path: Option<String>,
    emblem_error: Option<String>,
    /// The emblem as it prints, by its name in the project's files.
    emblem_preview: Option<(String, image::Handle)>,
}

/// A picture's pixels: width, height, RGBA.
type Pixels = (u32, u32, Vec<u8>);

/// How high the emblem is shown, in points (at two pixels each).
const PREVIEW_HEIGHT: f64 = 40.0;

/// What was typed into the fields and not saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Draft {
    title: String,
    organizer: String,
    #[serde(default)]
    city: String,
}

#[derive(Debug, Clone)]
pub enum Message {
    Title(String),
    Organizer(String),
    City(String),
    Save,
    Signatories(signatories::Message),
    ChooseEmblem,
    EmblemPath(String),
    /// Enter in the path field: the picture at the path typed.
    EmblemPathSubmit,
    EmblemPicked(Option<PathBuf>),
    /// The picture copied into the project's files, by its name there.
    EmblemCopied(Result<(String, Option<Pixels>), String>),
    /// The emblem `name` decoded for the window, or `None` if it is not.
    EmblemPreview(String, Option<Pixels>),
    RemoveEmblem,
}

impl State {
    pub fn of(project: &Project) -> State {
        State {
            title: project.title.clone(),
            organizer: project.organizer.clone(),
            city: project.city.clone(),
            title_error: None,
            base: (project.title.clone(), project.organizer.clone(), project.city.clone()),
            signatories: signatories::State::default(),
            emblem_path: None,
            emblem_error: None,
            emblem_preview: None,
        }
    }

    /// Decodes the project's emblem for the window, off its thread, when it
    /// is not the one shown.
    pub fn load_emblem(&self, project: &Project, project_file: &Path) -> Task<Message> {
        let Some(name) = project.emblem.clone() else { return Task::none() };
        if self.shown_emblem() == Some(name.as_str()) {
            return Task::none();
        }
        let files = files_beside(project_file);
        let decoded = name.clone();
        Task::perform(
            blocking(move || crate::print::picture_preview(&files, &decoded, PREVIEW_HEIGHT).ok()),
            move |pixels| Message::EmblemPreview(name, pixels),
        )
    }

    /// The name of the emblem whose picture is shown.
    pub fn shown_emblem(&self) -> Option<&str> {
        self.emblem_preview.as_ref().map(|(name, _)| name.as_str())
    }

    fn typed(&self) -> bool {
        (&self.title, &self.organizer, &self.city) != (&self.base.0, &self.base.1, &self.base.2)
    }

    /// After an edit, undo or redo: the project's details, unless text
    /// typed here and not saved would be lost by it (the edit was
    /// elsewhere and the details are as the fields found them).
    pub fn reload(&mut self, project: &Project) {
        let unchanged =
            (&project.title, &project.organizer, &project.city) == (&self.base.0, &self.base.1, &self.base.2);
        self.signatories.reload(project);
        if !(unchanged && self.typed()) {
            let signatories = std::mem::take(&mut self.signatories);
            let emblem_preview = self.emblem_preview.take();
            *self = State { signatories, emblem_preview, ..State::of(project) };
        }
    }

    pub fn draft(&self) -> Option<serde_json::Value> {
        let draft =
            Draft { title: self.title.clone(), organizer: self.organizer.clone(), city: self.city.clone() };
        self.typed().then(|| serde_json::to_value(draft).ok()).flatten()
    }

    pub fn restore(&mut self, draft: serde_json::Value) {
        if let Ok(draft) = serde_json::from_value::<Draft>(draft) {
            self.title = draft.title;
            self.organizer = draft.organizer;
            self.city = draft.city;
        }
    }

    pub fn update(
        &mut self,
        project: &Project,
        project_file: &Path,
        message: Message,
    ) -> EditAction<Message> {
        match message {
            Message::Title(title) => {
                self.title = title;
                self.title_error = None;
            }
            Message::Organizer(organizer) => self.organizer = organizer,
            Message::City(city) => self.city = city,
            Message::Signatories(message) => {
                return self.signatories.update(project, message).map(Message::Signatories);
            }
            Message::ChooseEmblem => {
                self.emblem_error = None;
                if !dialogs_available() {
                    self.emblem_path = Some(String::new());
                    return EditAction::Task(iced::widget::operation::focus(EMBLEM_PATH_FIELD));
                }
                return EditAction::Task(Task::perform(
                    pick_file(fl!("overview-emblem-files"), &["png", "jpg", "jpeg", "svg"]),
                    Message::EmblemPicked,
                ));
            }
            Message::EmblemPath(path) => self.emblem_path = Some(path),
            Message::EmblemPathSubmit => {
                let typed = self.emblem_path.as_deref().map(str::trim).unwrap_or_default();
                if !typed.is_empty() {
                    let source = PathBuf::from(typed);
                    return self.update(project, project_file, Message::EmblemPicked(Some(source)));
                }
            }
            Message::EmblemPicked(None) => {}
            Message::EmblemPicked(Some(source)) => {
                let project_file = project_file.to_owned();
                return EditAction::Task(Task::perform(
                    blocking(move || copy_emblem(&project_file, &source)),
                    Message::EmblemCopied,
                ));
            }
            Message::EmblemCopied(Ok((name, pixels))) => {
                self.emblem_path = None;
                self.show_emblem(name.clone(), pixels);
                return EditAction::Edit(Edit::Emblem(Some(name)));
            }
            Message::EmblemPreview(name, pixels) => self.show_emblem(name, pixels),
            Message::EmblemCopied(Err(error)) => self.emblem_error = Some(error),
            Message::RemoveEmblem => return EditAction::Edit(Edit::Emblem(None)),
            Message::Save => match rules::required(&self.title) {
                Ok(title) => {
                    return EditAction::Edit(Edit::Details {
                        title,
                        organizer: self.organizer.trim().to_owned(),
                        city: self.city.trim().to_owned(),
                    });
                }
                Err(error) => self.title_error = Some(describe_field_error(error)),
            },
        }
        EditAction::None
    }

    fn show_emblem(&mut self, name: String, pixels: Option<Pixels>) {
        self.emblem_preview =
            pixels.map(|(width, height, rgba)| (name, image::Handle::from_rgba(width, height, rgba)));
    }

    pub fn view<'a>(
        &'a self,
        project: &'a Project,
        problems: &'a [String],
        read_only: bool,
    ) -> Element<'a, Message> {
        let sessions: usize = project.events.iter().map(|e| e.sessions.len()).sum();
        let mut page = column![
            widget::field(
                "project-title",
                fl!("project-title"),
                &self.title,
                self.title_error.clone(),
                Message::Title
            ),
            widget::field(
                "project-organizer",
                fl!("project-organizer"),
                &self.organizer,
                None,
                Message::Organizer
            ),
            widget::field("project-city", fl!("project-city"), &self.city, None, Message::City),
            widget::form_buttons((!read_only).then_some(Message::Save), None, None),
            text(fl!(
                "overview-counts",
                events = project.events.len(),
                sessions = sessions,
                people = project.people.len(),
                schools = project.schools.len()
            )),
        ]
        .spacing(12)
        .max_width(720);
        page = page.push(self.emblem_view(project, read_only));
        page = page.push(self.signatories.view(project, read_only).map(Message::Signatories));
        if !problems.is_empty() {
            page = page.push(text(fl!("overview-problems", count = problems.len())).size(18));
            for problem in problems.iter().take(100) {
                page = page.push(text(problem.as_str()).style(theme::error_text));
            }
        }
        iced::widget::scrollable(page.width(Length::Fill)).into()
    }

    fn emblem_view<'a>(&'a self, project: &'a Project, read_only: bool) -> Element<'a, Message> {
        let current = match &project.emblem {
            Some(name) => fl!("overview-emblem-set", name = name.as_str()),
            None => fl!("overview-emblem-none"),
        };
        let mut actions = row![widget::secondary(
            fl!("overview-emblem-choose"),
            (!read_only).then_some(Message::ChooseEmblem)
        )]
        .spacing(8)
        .align_y(Alignment::Center);
        if project.emblem.is_some() {
            actions = actions.push(widget::secondary(
                fl!("overview-emblem-remove"),
                (!read_only).then_some(Message::RemoveEmblem),
            ));
        }
        let mut content = column![
            text(fl!("overview-emblem")).size(18),
            text(fl!("overview-emblem-hint", formats = PICTURE_FORMATS)).size(13).style(theme::muted_text),
        ]
        .spacing(6);
        // Shown only while it is the project's: an undone choice takes it away.
        let picture = self.emblem_preview.as_ref().filter(|(name, _)| project.emblem.as_ref() == Some(name));
        content = match picture {
            Some((_, handle)) => content.push(
                row![image(handle.clone()).height(PREVIEW_HEIGHT as f32), text(current)]
                    .spacing(12)
                    .align_y(Alignment::Center),
            ),
            None => content.push(text(current)),
        };
        content = content.push(actions);
        if let Some(path) = &self.emblem_path {
            let submit = Message::EmblemPathSubmit;
            content = content.push(widget::submitting_field(
                EMBLEM_PATH_FIELD,
                fl!("overview-emblem-path"),
                path,
                None,
                Message::EmblemPath,
                submit,
            ));
        }
        if let Some(error) = &self.emblem_error {
            content = content.push(text(error.as_str()).style(theme::error_text));
        }
        content.into()
    }
}

/// Copies the picture into the project's files and makes sure it prints;
/// a picture that does not is taken away again and the user told why.
fn copy_emblem(project_file: &Path, source: &Path) -> Result<(String, Option<Pixels>), String> {
    let name = import_emblem(project_file, source).map_err(|error| match error {
        EmblemError::NotAPicture => fl!("overview-emblem-not-picture", formats = PICTURE_FORMATS),
        EmblemError::TooLarge => {
            let megabytes: u64 = MAX_EMBLEM_BYTES / (1024 * 1024);
            fl!("overview-emblem-too-large", megabytes = megabytes)
        }
        EmblemError::Io(error) => crate::i18n::describe_io(&error, source),
    })?;
    let files = files_beside(project_file);
    match crate::print::picture_preview(&files, &name, PREVIEW_HEIGHT) {
        Ok(pixels) => Ok((name, Some(pixels))),
        Err(reason) => {
            let _ = std::fs::remove_file(files.join(&name));
            Err(fl!("overview-emblem-broken", reason = reason))
        }
    }
}
