//! Lists out to Excel: the user picks a list, then «Excel» or «CSV», then
//! where to save it. Below, the whole project as one file for another PC.

use super::{EditAction, merge};
use crate::domain::awards::register;
use crate::domain::{Event, Project};
use crate::exchange::export::{Export, What, export};
use crate::exchange::spreadsheet::FileKind;
use crate::fl;
use crate::i18n::{self, ExportText, export_name};
use crate::store::bundle;
use crate::store::paths::has_templates;
use crate::ui::tasks::blocking;
use crate::ui::theme;
use crate::ui::theme::NoticeKind;
use crate::ui::widget;
use crate::ui::widget::save_target::{self, SaveTarget};
use iced::widget::{button, column, container, row, scrollable, text};
use iced::{Element, Length, Task};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub const PATH_FIELD: &str = "export-path";
pub const BUNDLE_PATH_FIELD: &str = "bundle-path";

/// Where the project is kept, for its bundle.
pub struct Stored<'a> {
    pub file: &'a Path,
    /// The print templates it is printed with.
    pub templates: Option<&'a Path>,
}

#[derive(Debug, Default)]
pub struct State {
    what: Option<What>,
    kind: Option<FileKind>,
    target: SaveTarget,
    bundle_target: SaveTarget,
    merge: merge::State,
    writing: bool,
    notice: Option<(NoticeKind, String)>,
}

#[derive(Debug, Clone)]
pub enum Message {
    What(What),
    SaveAs(FileKind),
    Target(save_target::Message),
    Written(Result<(PathBuf, usize), String>),
    SaveBundle,
    BundleTarget(save_target::Message),
    BundleWritten(Result<PathBuf, String>),
    Merge(merge::Message),
    DismissNotice,
}

impl State {
    fn chosen(&self, event: Option<&Event>) -> What {
        self.what.unwrap_or(if event.is_some() { What::Registrations } else { What::People })
    }

    /// Opens with `what` chosen (the register, from Awards).
    pub fn choose(&mut self, what: What) {
        self.what = Some(what);
        self.target.done();
    }

    pub fn update(
        &mut self,
        project: &Arc<Project>,
        stored: Stored<'_>,
        event: Option<&Event>,
        message: Message,
    ) -> EditAction<Message> {
        match message {
            Message::What(what) => {
                self.what = Some(what);
                self.target.done();
            }
            Message::SaveAs(kind) => {
                let what = self.chosen(event);
                self.kind = Some(kind);
                let (files, extension) = match kind {
                    FileKind::Xlsx => (fl!("export-files-xlsx", format = "Excel"), &["xlsx"]),
                    FileKind::Csv => (fl!("export-files-csv", format = "CSV"), &["csv"]),
                };
                let title = event.map_or(project.title.as_str(), |e| e.title.as_str());
                let name =
                    crate::ui::screen::library::file_stem_for(&format!("{title} {}", export_name(what)));
                let task = self.target.ask(PATH_FIELD, files, extension, &name);
                return EditAction::Task(task.map(Message::Target));
            }
            Message::Target(message) => {
                if let Some(path) = self.target.update(message) {
                    return self.write(project, event, path);
                }
            }
            Message::Written(Ok((path, rows))) => {
                self.writing = false;
                self.target.done();
                let path = path.display().to_string();
                self.notice = Some((NoticeKind::Info, fl!("export-written", count = rows, path = path)));
            }
            Message::Written(Err(error)) => {
                self.writing = false;
                self.notice = Some((NoticeKind::Error, error));
            }
            Message::SaveBundle => {
                let task = self.bundle_target.ask(
                    BUNDLE_PATH_FIELD,
                    fl!("bundle-files"),
                    &[bundle::EXTENSION],
                    &crate::ui::screen::library::file_stem_for(&project.title),
                );
                return EditAction::Task(task.map(Message::BundleTarget));
            }
            Message::BundleTarget(message) => {
                if let Some(path) = self.bundle_target.update(message) {
                    return self.write_bundle(project, stored, path);
                }
            }
            Message::BundleWritten(Ok(path)) => {
                self.writing = false;
                self.bundle_target.done();
                self.notice =
                    Some((NoticeKind::Info, fl!("bundle-written", path = path.display().to_string())));
            }
            Message::BundleWritten(Err(error)) => {
                self.writing = false;
                self.notice = Some((NoticeKind::Error, error));
            }
            Message::Merge(message) => return self.merge.update(project, message).map(Message::Merge),
            Message::DismissNotice => self.notice = None,
        }
        EditAction::None
    }

    /// The list is made here, from the version on screen; the file is
    /// packed and written off the window's thread.
    fn write(&mut self, project: &Project, event: Option<&Event>, path: PathBuf) -> EditAction<Message> {
        let what = self.chosen(event);
        let kind = FileKind::of(&path);
        let list: Export = export(project, event, what, &ExportText);
        self.writing = true;
        self.notice = None;
        let failed = fl!("export-failed");
        EditAction::Task(Task::perform(
            blocking(move || -> Result<(PathBuf, usize), String> {
                let bytes = list.to_bytes(kind).map_err(|error| format!("{failed} ({error})"))?;
                crate::store::atomic::write_atomic(&path, &bytes, false)
                    .map_err(|error| i18n::describe_io(&error, &path))?;
                Ok((path, list.rows()))
            }),
            Message::Written,
        ))
    }

    /// The version on screen, saved or not, with the files beside the
    /// project's file, packed and written off the window's thread.
    fn write_bundle(
        &mut self,
        project: &Arc<Project>,
        stored: Stored<'_>,
        path: PathBuf,
    ) -> EditAction<Message> {
        let project = Arc::clone(project);
        let files = crate::store::files::files_beside(stored.file);
        let templates = stored.templates.filter(|t| has_templates(t)).map(Path::to_owned);
        self.writing = true;
        self.notice = None;
        EditAction::Task(Task::perform(
            blocking(move || -> Result<PathBuf, String> {
                let bytes = bundle::pack(&project, &files, templates.as_deref())
                    .map_err(|error| i18n::describe_read_error(&error, &files))?;
                crate::store::atomic::write_atomic(&path, &bytes, false)
                    .map_err(|error| i18n::describe_io(&error, &path))?;
                Ok(path)
            }),
            Message::BundleWritten,
        ))
    }

    pub fn view<'a>(
        &'a self,
        project: &'a Project,
        event: Option<&'a Event>,
        read_only: bool,
    ) -> Element<'a, Message> {
        if self.merge.is_previewing() {
            return scrollable(self.merge.view(read_only).map(Message::Merge)).height(Length::Fill).into();
        }
        let chosen = self.chosen(event);
        let count = |what: What| -> usize {
            match (what, event) {
                (What::People, _) => project.people.len(),
                (What::YearPlan, _) => project.year_plans.iter().map(|p| p.rows.len()).sum(),
                (_, None) => 0,
                (What::Registrations | What::SignIn, Some(e)) => e.registrations.len(),
                (What::Feedback, Some(e)) => e.feedback.len(),
                (What::Observations, Some(e)) => e.observations.len(),
                (What::Awards, Some(e)) => register(project, e.id).len(),
            }
        };
        let mut choices = column![].spacing(2);
        for what in What::ALL {
            if what.needs_event() && event.is_none() {
                continue;
            }
            // A project with no plan has nothing to offer here.
            if what == What::YearPlan && project.year_plans.is_empty() {
                continue;
            }
            let label = fl!("export-choice", what = export_name(what), count = count(what));
            choices = choices.push(
                button(text(label))
                    .on_press(Message::What(what))
                    .style(theme::list_row(what == chosen))
                    .width(Length::Fixed(420.0))
                    .padding([6, 10]),
            );
        }
        let busy = self.writing;
        let mut page = column![
            text(fl!("export-heading")).size(20),
            text(fl!("export-hint", excel = "Excel", csv = "CSV")).size(13).style(theme::muted_text),
            choices,
            row![
                widget::primary(
                    fl!("export-save-xlsx", format = "Excel"),
                    (!busy).then_some(Message::SaveAs(FileKind::Xlsx))
                ),
                widget::secondary(
                    fl!("export-save-csv", format = "CSV"),
                    (!busy).then_some(Message::SaveAs(FileKind::Csv))
                ),
            ]
            .spacing(8),
        ]
        .spacing(12);
        let extension = match self.kind {
            Some(FileKind::Csv) => ".csv",
            _ => ".xlsx",
        };
        if let Some(field) = self.target.view(
            PATH_FIELD,
            fl!("export-path", ext = extension),
            fl!("export-save"),
            Message::Target,
        ) {
            page = page.push(field);
        }
        page = page.push(
            column![
                text(fl!("bundle-heading")).size(20),
                text(fl!("bundle-hint")).size(13).style(theme::muted_text),
                widget::secondary(fl!("bundle-save"), (!busy).then_some(Message::SaveBundle)),
            ]
            .spacing(8)
            .padding(iced::Padding { top: 16.0, ..iced::Padding::ZERO }),
        );
        if let Some(field) = self.bundle_target.view(
            BUNDLE_PATH_FIELD,
            fl!("bundle-path", ext = ".adisker"),
            fl!("export-save"),
            Message::BundleTarget,
        ) {
            page = page.push(field);
        }
        if busy {
            page = page.push(text(fl!("export-writing")).style(theme::muted_text));
        }
        if let Some((kind, message)) = &self.notice {
            page = page.push(widget::notice(
                *kind,
                message.clone(),
                vec![(fl!("action-dismiss"), Message::DismissNotice)],
            ));
        }
        page = page.push(
            container(self.merge.view(read_only).map(Message::Merge))
                .padding(iced::Padding { top: 16.0, ..iced::Padding::ZERO }),
        );
        scrollable(page.padding(iced::Padding { right: 16.0, ..iced::Padding::ZERO }))
            .height(Length::Fill)
            .into()
    }
}
