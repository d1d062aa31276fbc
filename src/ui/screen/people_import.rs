//! A list of people from a spreadsheet, inside People: pick the file, see
//! what each column was taken for and correct it, see what becomes of
//! every row (new, already here, a namesake to decide, a problem with its
//! line), and import on confirmation as one step.

use super::labels::Choice;
use crate::domain::{CourseId, Edit, Event, PersonId, Project};
use crate::exchange::people_import::{self, PeopleColumn, PeopleMapping, PersonRow, RowOutcome};
use crate::exchange::table::{self, Encoding, Table};
use crate::fl;
use crate::i18n;
use crate::ui::tasks::blocking;
use crate::ui::widget::file_source::{self, FileSource, Step};
use crate::ui::{theme, widget};
use iced::widget::{checkbox, column, text};
use iced::{Element, Task};
use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;

/// Rows with problems, and namesakes, listed at once.
const SHOWN: usize = 20;
pub const PATH_FIELD: &str = "people-import-path";
/// A list of a thousand people is well under a megabyte; a file far
/// larger is not a list and is not read into memory.

#[derive(Debug, Clone)]
pub struct State {
    file: FileSource,
    /// The file's sheets by name; a CSV file is one sheet without one.
    sheets: Vec<(String, Arc<Table>)>,
    table: Option<Arc<Table>>,
    mapping: Option<PeopleMapping>,
    /// Lines of doubtful rows the user says are the project's person.
    same: HashSet<u64>,
    register: bool,
    /// The course the list is for: everyone on it is enrolled, and no
    /// event registration is offered.
    course: Option<CourseId>,
    error: Option<String>,
}

impl Default for State {
    fn default() -> State {
        State {
            file: FileSource::default(),
            sheets: Vec::new(),
            table: None,
            mapping: None,
            same: HashSet::new(),
            register: true,
            course: None,
            error: None,
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    File(file_source::Message),
    Loaded(Result<Vec<(String, Arc<Table>)>, String>),
    Sheet(Choice<usize>),
    Column(usize, Choice<PeopleColumn>),
    Same(u64, bool),
    Register(bool),
    Confirm,
    Cancel,
}

pub enum Outcome {
    None,
    Task(Task<Message>),
    Import(Edit),
    Close,
}

impl State {
    /// A list whose people are enrolled on `course`: a training centre's
    /// list of a course's participants.
    pub fn for_course(course: CourseId) -> State {
        State { course: Some(course), register: false, ..State::default() }
    }

    pub fn update(&mut self, project: &Project, event: Option<&Event>, message: Message) -> Outcome {
        match message {
            Message::File(message) => {
                let kind = fl!("file-kind-lists", formats = "CSV, Excel, OpenDocument");
                match self.file.update(message, kind, &["csv", "txt", "tsv", "xlsx", "xls", "ods"]) {
                    Step::None => {}
                    Step::Task(task) => return Outcome::Task(task.map(Message::File)),
                    Step::Typed => self.error = None,
                    Step::Read(path) => return Self::read(path),
                }
            }
            Message::Loaded(Ok(sheets)) => {
                self.sheets = sheets;
                self.choose_sheet(0);
            }
            Message::Sheet(choice) => self.choose_sheet(choice.value),
            Message::Loaded(Err(error)) => {
                self.sheets.clear();
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
            Message::Same(line, same) => {
                if same {
                    self.same.insert(line);
                } else {
                    self.same.remove(&line);
                }
            }
            Message::Register(register) => self.register = register,
            Message::Confirm => {
                let (Some(table), Some(mapping)) = (&self.table, &self.mapping) else { return Outcome::None };
                if !mapping.names_people() {
                    self.error = Some(fl!("people-import-no-names"));
                    return Outcome::None;
                }
                let preview = people_import::preview(table, mapping, project);
                let event = event.filter(|_| self.register && self.course.is_none()).map(|e| e.id);
                match preview.edit_into(project, event, self.course, &self.same) {
                    Some(edit) => return Outcome::Import(edit),
                    None => self.error = Some(fl!("people-import-nothing")),
                }
            }
            Message::Cancel => return Outcome::Close,
        }
        Outcome::None
    }

    fn choose_sheet(&mut self, index: usize) {
        let Some((_, table)) = self.sheets.get(index) else { return };
        self.mapping = Some(PeopleMapping::guess(table));
        self.table = Some(Arc::clone(table));
        self.same.clear();
        self.error = None;
    }

    fn read(path: PathBuf) -> Outcome {
        Outcome::Task(Task::perform(
            blocking(move || match table::read_list_file(&path) {
                Ok(sheets) => Ok(sheets.into_iter().map(|(name, t)| (name, Arc::new(t))).collect()),
                Err(error) => Err(i18n::describe_list_file_error(&error, &path)),
            }),
            Message::Loaded,
        ))
    }

    pub fn view<'a>(&'a self, project: &'a Project, event: Option<&'a Event>) -> Element<'a, Message> {
        let cancel = widget::secondary(fl!("action-cancel"), Some(Message::Cancel));
        let file = self.file.view(PATH_FIELD, fl!("people-import-path"), Message::File, vec![cancel]);
        let mut content = column![
            text(fl!("people-import").trim_end_matches('…').to_owned()).size(20),
            text(fl!("people-import-hint", formats = "CSV, XLSX, XLS, ODS", excel = "Excel"))
                .size(13)
                .style(theme::muted_text),
            file
        ]
        .spacing(10);
        if let Some(error) = &self.error {
            content = content.push(text(error.clone()).style(theme::error_text));
        }
        if let (Some(table), Some(mapping)) = (&self.table, &self.mapping) {
            content = self.preview_view(content, table, mapping, project, event);
        }
        widget::on_escape(iced::widget::scrollable(content.padding([0, 16])), Message::Cancel).into()
    }

    /// What becomes of the rows and the button to import them first, in
    /// sight; then the rows' problems, the namesakes and the columns.
    fn preview_view<'a>(
        &'a self,
        mut content: iced::widget::Column<'a, Message>,
        table: &'a Table,
        mapping: &'a PeopleMapping,
        project: &'a Project,
        event: Option<&'a Event>,
    ) -> iced::widget::Column<'a, Message> {
        if self.sheets.len() > 1 {
            let sheets: Vec<Choice<usize>> = self
                .sheets
                .iter()
                .enumerate()
                .map(|(i, (name, _))| Choice { value: i, label: name.clone() })
                .collect();
            let current = self
                .sheets
                .iter()
                .position(|(_, t)| std::ptr::eq(t.as_ref(), table))
                .and_then(|i| sheets.get(i).cloned());
            content =
                content.push(widget::choice(fl!("people-import-sheet"), sheets, current, Message::Sheet));
        }
        if table.encoding == Encoding::Windows1251 {
            content = content.push(text(fl!("feedback-import-windows-1251")).style(theme::error_text));
        }
        if !mapping.names_people() {
            content = content.push(text(fl!("people-import-no-names")).style(theme::error_text));
            return columns(content, table, mapping);
        }
        let preview = people_import::preview(table, mapping, project);
        content = content.push(text(fl!(
            "people-import-summary",
            new = preview.count(|o| matches!(o, RowOutcome::New)),
            same = preview.count(|o| matches!(o, RowOutcome::Same(_))),
            doubtful = preview.count(|o| matches!(o, RowOutcome::Doubtful(_))),
            repeated = preview.count(|o| matches!(o, RowOutcome::Repeated { .. })),
            bad = preview.count(|o| matches!(o, RowOutcome::Bad(_))),
            organisations = preview.new_organisations.len()
        )));
        if let Some(event) = event.filter(|_| self.course.is_none()) {
            content = content.push(
                checkbox(self.register)
                    .label(fl!("people-import-register", event = event.title.as_str()))
                    .on_toggle(Message::Register),
            );
        }
        content = content.push(widget::primary(fl!("people-import-confirm"), Some(Message::Confirm)));
        for row in preview.bad().take(SHOWN) {
            content = content.push(text(i18n::describe_person_row(row)).size(13).style(theme::error_text));
        }
        let doubtful: Vec<(&PersonRow, PersonId)> = preview.doubtful().collect();
        if !doubtful.is_empty() {
            content = content.push(text(fl!("people-import-doubtful-hint")).size(13));
        }
        for (row, id) in doubtful.into_iter().take(SHOWN) {
            let known_place = project
                .person(id)
                .and_then(|p| p.school)
                .and_then(|s| project.school(s))
                .map_or_else(|| fl!("choice-none"), |s| s.name.clone());
            let line = row.line;
            content = content.push(
                checkbox(self.same.contains(&line))
                    .label(fl!(
                        "people-import-same",
                        line = line,
                        name = row.name.as_str(),
                        organisation = row.organisation.as_str(),
                        known = known_place
                    ))
                    .on_toggle(move |same| Message::Same(line, same))
                    .size(16),
            );
        }
        columns(content, table, mapping)
    }
}

/// What each column of the file was taken for, with its first value, to
/// correct.
fn columns<'a>(
    mut content: iced::widget::Column<'a, Message>,
    table: &'a Table,
    mapping: &'a PeopleMapping,
) -> iced::widget::Column<'a, Message> {
    let uses: Vec<Choice<PeopleColumn>> =
        PeopleColumn::ALL.iter().map(|&c| Choice { value: c, label: column_name(c) }).collect();
    for (column, header) in table.headers.iter().enumerate() {
        let current = mapping.columns.get(column).map(|&c| Choice { value: c, label: column_name(c) });
        let example = table.rows.first().and_then(|r| r.cells.get(column)).cloned().unwrap_or_default();
        content = content.push(widget::column_choice(header, uses.clone(), current, example, move |c| {
            Message::Column(column, c)
        }));
    }
    content
}

pub fn column_name(column: PeopleColumn) -> String {
    match column {
        PeopleColumn::Ignore => fl!("feedback-import-ignore"),
        PeopleColumn::FullName => fl!("person-full-name"),
        PeopleColumn::Surname => fl!("people-column-surname"),
        PeopleColumn::GivenName => fl!("people-column-given-name"),
        PeopleColumn::Patronymic => fl!("people-column-patronymic"),
        PeopleColumn::Organisation => fl!("person-school"),
        PeopleColumn::Position => fl!("person-position"),
        PeopleColumn::Subjects => fl!("person-subjects"),
        PeopleColumn::Email => fl!("person-email"),
        PeopleColumn::Phone => fl!("person-phone"),
        PeopleColumn::Region => fl!("person-region"),
        PeopleColumn::Mode => fl!("people-column-mode"),
        PeopleColumn::Group => fl!("people-column-group"),
    }
}
