//! Feedback from a CSV file, inside the Feedback section: pick the file,
//! say what each column holds, see every row's problems with its line
//! number, and import only on confirmation.

use super::labels::Choice;
use crate::domain::{Event, Feedback, FeedbackMethod, Project};
use crate::exchange::feedback_csv::{self, ColumnUse, Encoding, Mapping, Table};
use crate::fl;
use crate::i18n;
use crate::ui::tasks::blocking;
use crate::ui::widget::file_source::{self, FileSource, Step};
use crate::ui::{theme, widget};
use chrono::Utc;
use iced::widget::{checkbox, column, container, row, text};
use iced::{Alignment, Element, Length, Task};
use std::path::PathBuf;
use std::sync::Arc;

/// Rows with problems listed at once; the count says how many more.
const PROBLEMS_SHOWN: usize = 20;

pub const PATH_FIELD: &str = "feedback-import-path";

#[derive(Debug, Clone, Default)]
pub struct State {
    file: FileSource,
    table: Option<Arc<Table>>,
    mapping: Option<Mapping>,
    skip_bad: bool,
    error: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    File(file_source::Message),
    Loaded(Result<Arc<Table>, String>),
    Column(usize, Choice<ColumnUse>),
    SkipBad(bool),
    Confirm,
    Cancel,
}

pub enum Outcome {
    None,
    Task(Task<Message>),
    Import(Vec<Feedback>),
    Close,
}

impl State {
    pub fn update(
        &mut self,
        project: &Project,
        event: &Event,
        method: FeedbackMethod,
        message: Message,
    ) -> Outcome {
        match message {
            Message::File(message) => {
                match self.file.update(message, fl!("file-kind-csv"), &["csv", "txt"]) {
                    Step::None => {}
                    Step::Task(task) => return Outcome::Task(task.map(Message::File)),
                    Step::Typed => self.error = None,
                    Step::Read(path) => return Self::read(path),
                }
            }
            Message::Loaded(Ok(table)) => {
                self.mapping = Some(Mapping::guess(&table, event));
                self.table = Some(table);
                self.error = None;
            }
            Message::Loaded(Err(error)) => {
                self.table = None;
                self.mapping = None;
                self.error = Some(error);
            }
            Message::Column(column, choice) => {
                if let Some(use_) = self.mapping.as_mut().and_then(|m| m.columns.get_mut(column)) {
                    *use_ = choice.value;
                }
                self.error = None;
            }
            Message::SkipBad(skip) => {
                self.skip_bad = skip;
                self.error = None;
            }
            Message::Confirm => {
                let (Some(table), Some(mapping)) = (&self.table, &self.mapping) else { return Outcome::None };
                let mapping = Mapping { method, ..mapping.clone() };
                let preview = feedback_csv::preview(table, &mapping, project, event, Utc::now());
                match preview.entries(self.skip_bad) {
                    Ok(entries) => return Outcome::Import(entries),
                    Err(lines) => {
                        let lines = lines.iter().map(u64::to_string).collect::<Vec<_>>().join(", ");
                        self.error = Some(fl!("feedback-import-refused", lines = lines));
                    }
                }
            }
            Message::Cancel => return Outcome::Close,
        }
        Outcome::None
    }

    fn read(path: PathBuf) -> Outcome {
        Outcome::Task(Task::perform(
            blocking(move || {
                let bytes = std::fs::read(&path).map_err(|e| i18n::describe_io(&e, &path))?;
                feedback_csv::read(&bytes).map(Arc::new).map_err(|e| i18n::describe_csv_read_error(&e))
            }),
            Message::Loaded,
        ))
    }

    pub fn view<'a>(&'a self, project: &'a Project, event: &'a Event) -> Element<'a, Message> {
        let cancel = widget::secondary(fl!("action-cancel"), Some(Message::Cancel));
        let file = self.file.view(PATH_FIELD, fl!("feedback-import-path"), Message::File, vec![cancel]);
        let mut content =
            column![text(fl!("feedback-import")).size(18).font(crate::ui::FONT_BOLD_FACE), file].spacing(10);
        if let (Some(table), Some(mapping)) = (&self.table, &self.mapping) {
            if table.encoding == Encoding::Windows1251 {
                content = content.push(text(fl!("feedback-import-windows-1251")).style(theme::error_text));
            }
            let uses = column_uses(event);
            for (column, header) in table.headers.iter().enumerate() {
                let current =
                    mapping.columns.get(column).and_then(|u| uses.iter().find(|c| c.value == *u)).cloned();
                let example =
                    table.rows.first().and_then(|r| r.cells.get(column)).cloned().unwrap_or_default();
                content =
                    content.push(widget::column_choice(header, uses.clone(), current, example, move |c| {
                        Message::Column(column, c)
                    }));
            }
            let preview = feedback_csv::preview(table, mapping, project, event, Utc::now());
            let bad: Vec<_> = preview.bad().collect();
            content =
                content.push(text(fl!("feedback-import-ready", good = preview.good(), bad = bad.len())));
            for row in bad.iter().take(PROBLEMS_SHOWN) {
                if let Err(problems) = &row.outcome {
                    let line = i18n::describe_row_problems(row.line, problems);
                    content = content.push(text(line).size(13).style(theme::error_text));
                }
            }
            if bad.len() > PROBLEMS_SHOWN {
                content = content.push(text(format!("… +{}", bad.len() - PROBLEMS_SHOWN)).size(13));
            }
            content = content.push(
                row![
                    checkbox(self.skip_bad).label(fl!("feedback-import-skip")).on_toggle(Message::SkipBad),
                    widget::primary(
                        fl!("feedback-import-confirm"),
                        (preview.good() > 0).then_some(Message::Confirm)
                    ),
                ]
                .spacing(12)
                .align_y(Alignment::Center),
            );
        }
        if let Some(error) = &self.error {
            content = content.push(text(error.clone()).style(theme::error_text));
        }
        container(content).padding(16).style(theme::card).width(Length::Fill).into()
    }
}

/// What a column can be said to hold, named as the grid names its fields.
fn column_uses(event: &Event) -> Vec<Choice<ColumnUse>> {
    let mut uses = vec![
        Choice { value: ColumnUse::Ignore, label: fl!("feedback-import-ignore") },
        Choice { value: ColumnUse::Respondent, label: fl!("feedback-respondent") },
        Choice { value: ColumnUse::Session, label: fl!("feedback-target") },
    ];
    uses.extend(event.feedback_questions.iter().enumerate().map(|(i, q)| Choice {
        value: ColumnUse::Question(q.key.clone()),
        label: format!("{}. {}", i + 1, q.text),
    }));
    uses.extend([
        Choice { value: ColumnUse::Star, label: fl!("feedback-star") },
        Choice { value: ColumnUse::Wish, label: fl!("feedback-wish") },
        Choice { value: ColumnUse::Comment, label: fl!("feedback-comment") },
        Choice { value: ColumnUse::Coins, label: fl!("feedback-coins") },
        Choice { value: ColumnUse::Light, label: fl!("feedback-light") },
    ]);
    uses
}
