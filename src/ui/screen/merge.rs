//! Merge another copy of the project into this one: a colleague's file
//! or bundle, or a conflict copy a synchronised folder left beside the
//! project. What it adds is shown before anything changes; each item
//! changed on both sides is shown field by field, here and in the copy,
//! for the user to tick the copy's where it is the right one.

use super::EditAction;
use crate::domain::Project;
use crate::domain::merge::{Item, Report, merge_edit, preview};
use crate::fl;
use crate::i18n;
use crate::store::bundle;
use crate::ui::tasks::blocking;
use crate::ui::theme::{self, NoticeKind};
use crate::ui::widget::{self, file_source};
use iced::widget::{checkbox, column, container, row, text};
use iced::{Element, Length, Task};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub const PATH_FIELD: &str = "merge-path";

#[derive(Debug, Default)]
pub struct State {
    file: file_source::FileSource,
    /// Conflict copies beside the project's file.
    copies: Vec<PathBuf>,
    read: Option<(Arc<Project>, Report)>,
    chosen: HashSet<Item>,
    notice: Option<(NoticeKind, String)>,
}

#[derive(Debug, Clone)]
pub enum Message {
    File(file_source::Message),
    /// Merge this conflict copy.
    Copy(PathBuf),
    Copies(Vec<PathBuf>),
    Read(Result<Arc<Project>, String>),
    /// Take the copy's version of this item, or not.
    Choose(Item, bool),
    Merge,
    Cancel,
    DismissNotice,
}

impl State {
    /// Looks for conflict copies beside `file`, off the window's thread.
    pub fn find_copies(file: &Path) -> Task<Message> {
        let dir = file.parent().unwrap_or(Path::new(".")).to_owned();
        Task::perform(
            blocking(move || {
                let copies = crate::store::library::conflict_copies(&dir);
                Some(copies.into_iter().map(|name| dir.join(name)).collect())
            }),
            |copies| Message::Copies(copies.unwrap_or_default()),
        )
    }

    pub fn update(&mut self, project: &Project, message: Message) -> EditAction<Message> {
        match message {
            Message::File(message) => {
                let kind = fl!("bundle-files");
                match self.file.update(message, kind, &["json", bundle::EXTENSION]) {
                    file_source::Step::None => {}
                    file_source::Step::Task(task) => return EditAction::Task(task.map(Message::File)),
                    file_source::Step::Typed => self.notice = None,
                    file_source::Step::Read(path) => return self.read(path),
                }
            }
            Message::Copy(path) => return self.read(path),
            Message::Copies(copies) => self.copies = copies,
            Message::Read(Ok(theirs)) => {
                let report = preview(project, &theirs);
                self.chosen.clear();
                self.notice = None;
                self.read = Some((theirs, report));
            }
            Message::Read(Err(error)) => {
                self.read = None;
                self.notice = Some((NoticeKind::Error, error));
            }
            Message::Choose(item, theirs) => {
                if theirs {
                    self.chosen.insert(item);
                } else {
                    self.chosen.remove(&item);
                }
            }
            Message::Merge => {
                let Some((theirs, _)) = self.read.take() else { return EditAction::None };
                let chosen = std::mem::take(&mut self.chosen);
                return match merge_edit(project, &theirs, &chosen) {
                    Some(edit) => {
                        self.notice = Some((NoticeKind::Info, fl!("merge-merged", undo = "Ctrl+Z")));
                        EditAction::Edit(edit)
                    }
                    None => {
                        self.notice = Some((NoticeKind::Info, fl!("merge-nothing")));
                        EditAction::None
                    }
                };
            }
            Message::Cancel => {
                self.read = None;
                self.chosen.clear();
            }
            Message::DismissNotice => self.notice = None,
        }
        EditAction::None
    }

    fn read(&mut self, path: PathBuf) -> EditAction<Message> {
        self.notice = None;
        EditAction::Task(Task::perform(
            blocking(move || {
                crate::store::library::read_copy(&path)
                    .map(Arc::new)
                    .map_err(|error| i18n::describe_store_error(&error))
            }),
            Message::Read,
        ))
    }

    /// A copy is read and waits to be merged: its preview is the page.
    pub fn is_previewing(&self) -> bool {
        self.read.is_some()
    }

    pub fn view(&self, read_only: bool) -> Element<'_, Message> {
        let mut page = column![
            text(fl!("merge-heading")).size(20),
            text(fl!("merge-hint")).size(13).style(theme::muted_text),
        ]
        .spacing(8);
        for copy in &self.copies {
            let name = copy.file_name().unwrap_or_default().to_string_lossy().into_owned();
            page = page
                .push(widget::secondary(fl!("merge-copy", file = name), Some(Message::Copy(copy.clone()))));
        }
        page = page.push(self.file.view(
            PATH_FIELD,
            fl!("merge-path", ext = ".adisker"),
            Message::File,
            Vec::new(),
        ));
        if let Some((_, report)) = &self.read {
            // The buttons first: a long list of conflicts scrolls below.
            page = page.push(
                row![
                    widget::primary(fl!("merge-apply"), (!read_only).then_some(Message::Merge)),
                    widget::secondary(fl!("action-cancel"), Some(Message::Cancel)),
                ]
                .spacing(8),
            );
            let summary = Report { conflicts: Vec::new(), ..report.clone() };
            for line in i18n::describe_merge(&summary) {
                page = page.push(text(line));
            }
            if !report.conflicts.is_empty() {
                page = page.push(text(fl!("merge-conflicts", count = report.conflicts.len())));
            }
            for conflict in &report.conflicts {
                let take = self.chosen.contains(&conflict.item);
                let item = conflict.item;
                let mut fields = column![
                    row![
                        text(&conflict.label).font(crate::ui::FONT_BOLD_FACE).width(Length::Fill),
                        checkbox(take)
                            .label(fl!("merge-take-copy"))
                            .on_toggle(move |on| Message::Choose(item, on)),
                    ]
                    .spacing(8),
                    row![
                        text("").width(Length::FillPortion(1)),
                        text(fl!("merge-here")).style(theme::muted_text).width(Length::FillPortion(2)),
                        text(fl!("merge-in-copy")).style(theme::muted_text).width(Length::FillPortion(2)),
                    ]
                    .spacing(8),
                ]
                .spacing(4);
                for difference in &conflict.differences {
                    fields = fields.push(
                        row![
                            text(fl!("merge-field", field = difference.field.as_str()))
                                .width(Length::FillPortion(1)),
                            text(&difference.ours).width(Length::FillPortion(2)),
                            text(&difference.theirs).width(Length::FillPortion(2)),
                        ]
                        .spacing(8),
                    );
                }
                page = page.push(container(fields).padding(8).style(container::bordered_box));
            }
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
