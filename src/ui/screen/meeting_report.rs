//! Marking the online audience from a video meeting's participants report:
//! the file is read off the UI thread, the matches are shown, and one
//! click marks those registered as joined, one undo step.

use crate::domain::{Edit, Event, Project};
use crate::exchange::online_attendance::{self, AttendanceReport, Joined};
use crate::exchange::table::{self, Table};
use crate::fl;
use crate::i18n;
use crate::ui::tasks::blocking;
use crate::ui::widget::file_source::{self, FileSource, Step};
use crate::ui::{theme, widget};
use iced::widget::{column, container, text};
use iced::{Element, Task};
use std::path::PathBuf;
use std::sync::Arc;

pub const PATH_FIELD: &str = "reg-meeting-report-path";
/// Names not found are listed up to this many; the rest are counted.
const UNKNOWN_SHOWN: usize = 12;

#[derive(Debug, Clone, Default)]
pub struct State {
    file: FileSource,
    table: Option<Arc<Table>>,
    report: Option<AttendanceReport>,
    error: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    File(file_source::Message),
    Loaded(Result<Arc<Table>, String>),
    Confirm,
}

pub enum Outcome {
    None,
    Task(Task<Message>),
    Mark(Edit, usize),
}

impl State {
    pub fn update(&mut self, project: &Project, event: &Event, message: Message) -> Outcome {
        match message {
            Message::File(message) => {
                let kind = fl!("file-kind-lists", formats = "CSV");
                match self.file.update(message, kind, &["csv", "txt"]) {
                    Step::None => {}
                    Step::Task(task) => return Outcome::Task(task.map(Message::File)),
                    Step::Typed => self.error = None,
                    Step::Read(path) => return Outcome::Task(read(path)),
                }
            }
            Message::Loaded(Ok(table)) => {
                self.report = online_attendance::read(&table, project, event);
                self.error = self.report.is_none().then(|| fl!("meeting-report-no-names"));
                self.table = Some(table);
            }
            Message::Loaded(Err(error)) => {
                self.error = Some(error);
                self.table = None;
                self.report = None;
            }
            Message::Confirm => {
                let Some(table) = &self.table else { return Outcome::None };
                // Made again on the project as it is now: the desk may have
                // marked someone since the file was read.
                let report = online_attendance::read(table, project, event);
                match report.as_ref().and_then(|r| r.edit(event)) {
                    Some(edit) => {
                        let count = report.map_or(0, |r| r.count(|j| matches!(j, Joined::Registered(_))));
                        self.table = None;
                        self.report = None;
                        return Outcome::Mark(edit, count);
                    }
                    None => self.error = Some(fl!("meeting-report-nothing")),
                }
            }
        }
        Outcome::None
    }

    pub fn view<'a>(&'a self) -> Element<'a, Message> {
        let mut content = column![
            text(fl!("meeting-report-hint", csv = "CSV", program = "Zoom")).size(13).style(theme::muted_text),
            self.file.view(PATH_FIELD, fl!("meeting-report-path"), Message::File, Vec::new()),
        ]
        .spacing(8);
        if let Some(error) = &self.error {
            content = content.push(text(error.clone()).style(theme::error_text));
        }
        if let Some(report) = &self.report {
            let count = |wanted: fn(&Joined) -> bool| report.count(wanted);
            let marking = count(|j| matches!(j, Joined::Registered(_)));
            content = content.push(text(fl!(
                "meeting-report-found",
                participants = report.participants.len(),
                marking = marking,
                already = count(|j| matches!(j, Joined::AlreadyMarked(_))),
                unregistered = count(|j| matches!(j, Joined::NotRegistered(_))),
                unknown = count(|j| matches!(j, Joined::Unknown))
            )));
            let unknown: Vec<String> = report
                .participants
                .iter()
                .filter(|p| matches!(p.joined, Joined::Unknown | Joined::NotRegistered(_)))
                .map(|p| match p.joined {
                    Joined::NotRegistered(_) => fl!("meeting-report-not-registered", name = p.name.as_str()),
                    _ => fl!("meeting-report-unknown", line = p.line, name = p.name.as_str()),
                })
                .collect();
            if !unknown.is_empty() {
                let mut list = column![].spacing(2);
                for line in unknown.iter().take(UNKNOWN_SHOWN) {
                    list = list.push(text(line.clone()).size(13));
                }
                if unknown.len() > UNKNOWN_SHOWN {
                    let more = unknown.len() - UNKNOWN_SHOWN;
                    list = list.push(text(fl!("list-more", count = more)).size(13).style(theme::muted_text));
                }
                content = content.push(list);
            }
            content = content.push(widget::primary(
                fl!("meeting-report-mark", count = marking),
                (marking > 0).then_some(Message::Confirm),
            ));
        }
        container(content).padding(10).style(theme::card).into()
    }
}

fn read(path: PathBuf) -> Task<Message> {
    Task::perform(
        blocking(move || match table::read_list_file(&path) {
            Ok(mut sheets) if !sheets.is_empty() => Ok(Arc::new(sheets.swap_remove(0).1)),
            Ok(_) => Err(fl!("csv-empty")),
            Err(error) => Err(i18n::describe_list_file_error(&error, &path)),
        }),
        Message::Loaded,
    )
}
