//! `adisker people import`: a list of people from a spreadsheet into a
//! project, with the same guessing, matching and checks as the window.

use super::output::{printable, say};
use super::{choose_event, fail, load_to_read};
use crate::domain::{AttendanceMode, CourseId, EventId};
use crate::exchange::people_import::{self, PeopleColumn, PeopleMapping, RowOutcome};
use crate::exchange::table;
use crate::fl;
use crate::i18n;
use crate::store;
use clap::ValueEnum;
use std::collections::HashSet;
use std::path::Path;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Mode {
    Offline,
    Online,
}

pub struct Import<'a> {
    pub list: &'a Path,
    pub project: &'a Path,
    pub event: Option<&'a str>,
    pub course: Option<&'a str>,
    pub sheet: Option<&'a str>,
    pub mode: Option<Mode>,
    pub map: &'a [String],
    pub dry_run: bool,
}

pub fn import(options: Import) -> ExitCode {
    let mut sheets = match table::read_list_file(options.list) {
        Ok(sheets) => sheets,
        Err(error) => return fail(&i18n::describe_list_file_error(&error, options.list)),
    };
    let index = match options.sheet {
        None => 0,
        Some(name) => match sheets.iter().position(|(n, _)| n.trim() == name.trim()) {
            Some(index) => index,
            None => {
                let names: Vec<&str> = sheets.iter().map(|(n, _)| n.as_str()).collect();
                let names = names.join(", ");
                return fail(&fl!(
                    "cli-people-no-sheet",
                    sheet = printable(name, false),
                    sheets = printable(&names, false)
                ));
            }
        },
    };
    if index >= sheets.len() {
        return fail(&fl!("csv-empty"));
    }
    let (_, table) = sheets.swap_remove(index);
    let mut mapping = PeopleMapping::guess(&table);
    for pair in options.map {
        let Some((column, field)) = pair.rsplit_once('=') else {
            return fail(&fl!("cli-people-bad-map", map = printable(pair, false), example = "ФИО=name"));
        };
        let Some(to) = PeopleColumn::from_code(field) else {
            let fields: Vec<&str> = PeopleColumn::ALL.iter().map(|c| c.code()).collect();
            return fail(&fl!(
                "cli-people-unknown-field",
                field = printable(field, false),
                fields = fields.join(", ")
            ));
        };
        if !mapping.set(&table, column, to) {
            let columns = table.headers.join(" | ");
            return fail(&fl!(
                "cli-people-unknown-column",
                column = printable(column, false),
                columns = printable(&columns, false)
            ));
        }
    }
    if !mapping.names_people() {
        return fail(&fl!("people-import-no-names"));
    }
    let project = match load_to_read(options.project) {
        Ok(loaded) => loaded.project,
        Err(code) => return code,
    };
    let event: Option<EventId> = match options.event {
        None => None,
        Some(id) => {
            match choose_event(&project, Some(id), || fl!("export-no-events", title = project.title.as_str()))
            {
                Ok(event) => Some(event.id),
                Err(code) => return code,
            }
        }
    };
    let course: Option<CourseId> = match options.course {
        None => None,
        Some(typed) => match project.courses.iter().find(|c| c.id.to_string() == typed.trim()) {
            Some(course) => Some(course.id),
            None => {
                let known: Vec<String> =
                    project.courses.iter().map(|c| format!("{} ({})", c.id, c.title)).collect();
                return fail(&printable(
                    &fl!("cli-people-no-course", id = typed, courses = known.join(", ")),
                    false,
                ));
            }
        },
    };
    let mut preview = people_import::preview(&table, &mapping, &project);
    if let Some(mode) = options.mode {
        let mode = match mode {
            Mode::Offline => AttendanceMode::Offline,
            Mode::Online => AttendanceMode::Online,
        };
        for row in &mut preview.rows {
            row.mode.get_or_insert(mode);
        }
    }
    let count = |wanted: fn(&RowOutcome) -> bool| preview.count(wanted);
    let (new, same, doubtful, repeated, bad) = (
        count(|o| matches!(o, RowOutcome::New)),
        count(|o| matches!(o, RowOutcome::Same(_))),
        count(|o| matches!(o, RowOutcome::Doubtful(_))),
        count(|o| matches!(o, RowOutcome::Repeated { .. })),
        count(|o| matches!(o, RowOutcome::Bad(_))),
    );
    for row in preview.bad() {
        say(&printable(&i18n::describe_person_row(row), false));
    }
    for (row, id) in preview.doubtful() {
        let known = project.person(id).map(|p| p.full_name.as_str()).unwrap_or_default();
        say(&printable(
            &fl!("cli-people-doubtful", line = row.line, name = row.name.as_str(), known = known),
            false,
        ));
    }
    say(&fl!(
        "cli-people-summary",
        new = new,
        same = same,
        doubtful = doubtful,
        repeated = repeated,
        bad = bad,
        organisations = preview.new_organisations.len()
    ));
    if options.dry_run {
        say(&fl!("merge-dry-run", option = "--dry-run"));
        return ExitCode::SUCCESS;
    }
    // Doubtful rows become new people, as in the window when none is
    // ticked: two people of one name are common, one person twice is
    // merged by hand in a minute.
    let none = HashSet::new();
    let imported = store::project_file::update(options.project, |project| {
        let preview = {
            let mut again = people_import::preview(&table, &mapping, project);
            for (row, before) in again.rows.iter_mut().zip(&preview.rows) {
                row.mode = before.mode;
            }
            again
        };
        let edit = preview.edit_into(project, event, course, &none)?;
        project.apply(edit).ok().map(|_| true)
    });
    match imported {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => {
            say(&fl!("people-import-nothing"));
            ExitCode::SUCCESS
        }
        Err(error) => fail(&i18n::describe_update_error(&error)),
    }
}
