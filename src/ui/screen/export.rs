//! Lists out to Excel: the user picks a list, then «Excel» or «CSV», then
//! where to save it.

use super::EditAction;
use crate::domain::awards::register;
use crate::domain::{Event, Project};
use crate::exchange::export::{Export, What, export};
use crate::exchange::spreadsheet::FileKind;
use crate::fl;
use crate::i18n::{self, ExportText, export_name};
use crate::ui::tasks::blocking;
use crate::ui::theme;
use crate::ui::theme::NoticeKind;
use crate::ui::widget;
use crate::ui::widget::save_target::{self, SaveTarget};
use iced::widget::{button, column, row, text};
use iced::{Element, Length, Task};
use std::path::PathBuf;

pub const PATH_FIELD: &str = "export-path";

#[derive(Debug, Default)]
pub struct State {
    what: Option<What>,
    kind: Option<FileKind>,
    target: SaveTarget,
    writing: bool,
    notice: Option<(NoticeKind, String)>,
}

#[derive(Debug, Clone)]
pub enum Message {
    What(What),
    SaveAs(FileKind),
    Target(save_target::Message),
    Written(Result<(PathBuf, usize), String>),
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
        project: &Project,
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
                    FileKind::Xlsx => (fl!("export-files-xlsx", format = "Excel"), "xlsx"),
                    FileKind::Csv => (fl!("export-files-csv", format = "CSV"), "csv"),
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

    pub fn view<'a>(&'a self, project: &'a Project, event: Option<&'a Event>) -> Element<'a, Message> {
        let chosen = self.chosen(event);
        let count = |what: What| -> usize {
            match (what, event) {
                (What::People, _) => project.people.len(),
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
        page.into()
    }
}
