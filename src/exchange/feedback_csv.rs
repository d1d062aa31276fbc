//! Feedback from a CSV file, such as an online form's export or a sheet an
//! organiser filled in Excel: read the columns, let the user say which
//! column answers which question, preview every row with its problems, and
//! only then make entries.
//!
//! The file is read as [`super::table`] reads any spreadsheet's export.

use crate::domain::feedback::{parse_light, parse_rating};
use crate::domain::rules::FieldError;
use crate::domain::{Event, Feedback, FeedbackMethod, FeedbackTarget, PersonId, Project};
use chrono::{DateTime, Utc};
use std::collections::HashMap;

pub use super::table::{Encoding, ReadError, Row, Table, read};

/// What one column of the file holds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum ColumnUse {
    #[default]
    Ignore,
    /// Ratings 1 to 5 for the question with this key.
    Question(String),
    /// The respondent's full name; empty cells are anonymous.
    Respondent,
    /// The session the row is about, by its number in the programme or
    /// its title; empty cells are about the event.
    Session,
    Star,
    Wish,
    Comment,
    Coins,
    Light,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mapping {
    /// One use per column of the file.
    pub columns: Vec<ColumnUse>,
    pub method: FeedbackMethod,
}

impl Mapping {
    /// Columns headed by a question's text answer that question, as an
    /// online form exports them; everything else is left for the user.
    pub fn guess(table: &Table, event: &Event) -> Mapping {
        let normal = |s: &str| s.trim().to_lowercase();
        let columns = table
            .headers
            .iter()
            .map(|header| {
                event
                    .feedback_questions
                    .iter()
                    .find(|q| normal(&q.text) == normal(header))
                    .map(|q| ColumnUse::Question(q.key.clone()))
                    .unwrap_or_default()
            })
            .collect();
        Mapping { columns, method: FeedbackMethod::Rating }
    }
}

/// Why a row cannot become an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowProblem {
    /// The cell under `column` (its header) does not hold what the column
    /// is said to hold.
    BadCell {
        column: String,
        value: String,
        error: FieldError,
    },
    UnknownPerson {
        name: String,
    },
    UnknownSession {
        value: String,
    },
    /// Nothing in the columns chosen for import.
    NothingToImport,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RowResult {
    pub line: u64,
    pub outcome: Result<Feedback, Vec<RowProblem>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    pub rows: Vec<RowResult>,
}

impl Preview {
    pub fn good(&self) -> usize {
        self.rows.iter().filter(|r| r.outcome.is_ok()).count()
    }

    pub fn bad(&self) -> impl Iterator<Item = &RowResult> {
        self.rows.iter().filter(|r| r.outcome.is_err())
    }

    /// The entries to import. Bad rows are left out only when the user
    /// said so; otherwise nothing is imported and their lines are given.
    pub fn entries(&self, skip_bad: bool) -> Result<Vec<Feedback>, Vec<u64>> {
        let bad: Vec<u64> = self.bad().map(|r| r.line).collect();
        if !bad.is_empty() && !skip_bad {
            return Err(bad);
        }
        Ok(self.rows.iter().filter_map(|r| r.outcome.as_ref().ok().cloned()).collect())
    }
}

/// Every row as it would be imported into `event`, stamped `now`.
pub fn preview(
    table: &Table,
    mapping: &Mapping,
    project: &Project,
    event: &Event,
    now: DateTime<Utc>,
) -> Preview {
    let people: HashMap<String, PersonId> =
        project.people.iter().map(|p| (name_key(&p.full_name), p.id)).collect();
    let rows = table
        .rows
        .iter()
        .map(|row| RowResult { line: row.line, outcome: entry(table, row, mapping, &people, event, now) })
        .collect();
    Preview { rows }
}

/// Names typed into forms differ in case and spacing from the list.
fn name_key(name: &str) -> String {
    name.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>().join(" ")
}

fn entry(
    table: &Table,
    row: &Row,
    mapping: &Mapping,
    people: &HashMap<String, PersonId>,
    event: &Event,
    now: DateTime<Utc>,
) -> Result<Feedback, Vec<RowProblem>> {
    let mut entry = Feedback::blank(FeedbackTarget::Event, mapping.method, now);
    let mut problems = Vec::new();
    let mut anything = false;
    for (column, use_) in mapping.columns.iter().enumerate() {
        let value = row.cells.get(column).map(String::as_str).unwrap_or_default();
        if value.is_empty() || *use_ == ColumnUse::Ignore {
            continue;
        }
        let mut bad = |error| {
            let column = table.headers.get(column).cloned().unwrap_or_default();
            problems.push(RowProblem::BadCell { column, value: value.to_owned(), error });
        };
        match use_ {
            ColumnUse::Ignore => {}
            ColumnUse::Question(key) => match parse_rating(value) {
                Ok(rating) => {
                    anything = true;
                    entry.ratings.extend(rating.map(|r| (key.clone(), r)));
                }
                Err(error) => bad(error),
            },
            ColumnUse::Respondent => match people.get(&name_key(value)) {
                Some(&person) => entry.respondent = Some(person),
                None => problems.push(RowProblem::UnknownPerson { name: value.to_owned() }),
            },
            ColumnUse::Session => match find_session(event, value) {
                Some(target) => entry.target = target,
                None => problems.push(RowProblem::UnknownSession { value: value.to_owned() }),
            },
            ColumnUse::Star => {
                anything = true;
                entry.stars.push(value.to_owned());
            }
            ColumnUse::Wish => {
                anything = true;
                entry.wish = value.to_owned();
            }
            ColumnUse::Comment => {
                anything = true;
                entry.comment = value.to_owned();
            }
            ColumnUse::Coins => match value.parse::<u32>() {
                Ok(coins) if coins > 0 => {
                    anything = true;
                    entry.coins = Some(coins);
                }
                _ => bad(FieldError::BadNumber),
            },
            ColumnUse::Light => match parse_light(value) {
                Ok(light) => {
                    anything = true;
                    entry.light = light;
                }
                Err(error) => bad(error),
            },
        }
    }
    if !anything && problems.is_empty() {
        problems.push(RowProblem::NothingToImport);
    }
    if problems.is_empty() { Ok(entry) } else { Err(problems) }
}

/// A session by its number in the programme (1 is the first) or by its
/// title, ignoring case.
fn find_session(event: &Event, value: &str) -> Option<FeedbackTarget> {
    let session = match value.parse::<usize>() {
        Ok(n) => n.checked_sub(1).and_then(|i| event.sessions.get(i)),
        Err(_) => event.sessions.iter().find(|s| s.title.trim().to_lowercase() == value.to_lowercase()),
    };
    session.map(|s| FeedbackTarget::Session(s.id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Extra, FeedbackQuestion, TrafficLight};
    use crate::sample;

    fn almaty() -> Project {
        let mut project = sample::small(sample::REFERENCE_TIME.parse().unwrap());
        project.events[0].feedback_questions = [
            ("useful", "Семинар жұмысыңызға пайдалы болды ма?"),
            ("organized", "Семинар қалай ұйымдастырылды?"),
        ]
        .iter()
        .map(|&(key, text)| FeedbackQuestion { key: key.into(), text: text.into(), extra: Extra::new() })
        .collect();
        project
    }

    fn now() -> DateTime<Utc> {
        sample::REFERENCE_TIME.parse().unwrap()
    }

    fn import(csv: &[u8], skip_bad: bool) -> (Preview, Result<Vec<Feedback>, Vec<u64>>) {
        let project = almaty();
        let event = &project.events[0];
        let table = read(csv).unwrap();
        let mut mapping = Mapping::guess(&table, event);
        for (column, header) in table.headers.iter().enumerate() {
            match header.as_str() {
                "Аты-жөні" => mapping.columns[column] = ColumnUse::Respondent,
                "Пікір" => mapping.columns[column] = ColumnUse::Comment,
                "Бөлім" => mapping.columns[column] = ColumnUse::Session,
                "Бағдаршам" => mapping.columns[column] = ColumnUse::Light,
                _ => {}
            }
        }
        let preview = preview(&table, &mapping, &project, event, now());
        let entries = preview.entries(skip_bad);
        (preview, entries)
    }

    const GOOD: &str = "\u{feff}Уақыт белгісі,Семинар жұмысыңызға пайдалы болды ма?,Семинар қалай ұйымдастырылды?,Пікір\n\
        01.02.2019 15:01,5,4,\"Өте пайдалы, рақмет!\"\n\
        01.02.2019 15:02,4,4,\n\
        01.02.2019 15:03,5,,\"Сабақ жоспарларын\nалдын ала жіберсе\"\n";

    #[test]
    fn a_good_file_with_a_byte_order_mark_is_read_whole() {
        let (preview, entries) = import(GOOD.as_bytes(), false);
        let entries = entries.unwrap();
        assert_eq!(entries.len(), 3);
        assert_eq!(preview.rows.iter().map(|r| r.line).collect::<Vec<_>>(), vec![2, 3, 4]);
        assert_eq!(entries[0].ratings["useful"], 5);
        assert_eq!(entries[0].ratings["organized"], 4);
        assert_eq!(entries[0].comment, "Өте пайдалы, рақмет!");
        assert!(!entries[2].ratings.contains_key("organized"), "a blank is no answer");
        assert_eq!(entries[2].comment, "Сабақ жоспарларын\nалдын ала жіберсе");
        assert!(entries.iter().all(|e| e.respondent.is_none() && e.target == FeedbackTarget::Event));
    }

    #[test]
    fn a_partly_bad_file_names_its_lines_and_imports_only_when_told() {
        let csv = "Аты-жөні;Семинар жұмысыңызға пайдалы болды ма?;Бөлім;Бағдаршам\n\
                   қожабекова  г.;5;1;G\n\
                   Белгісіз Адам;4;;\n\
                   ;7;;R\n\
                   ;3;99;y\n\
                   ;;;к\n";
        let project = almaty();
        let kozhabekova = project.people.iter().find(|p| p.full_name == "Қожабекова Г.").unwrap().id;
        let (preview, refused) = import(csv.as_bytes(), false);
        assert_eq!(refused, Err(vec![3, 4, 5]), "nothing is imported while bad rows remain");
        let problems: Vec<&Vec<RowProblem>> =
            preview.bad().map(|r| r.outcome.as_ref().unwrap_err()).collect();
        assert_eq!(problems[0], &vec![RowProblem::UnknownPerson { name: "Белгісіз Адам".into() }]);
        assert!(matches!(&problems[1][0], RowProblem::BadCell { value, .. } if value == "7"));
        assert_eq!(problems[2], &vec![RowProblem::UnknownSession { value: "99".into() }]);

        let (_, entries) = import(csv.as_bytes(), true);
        let entries = entries.unwrap();
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].respondent, Some(kozhabekova), "a name found whatever its case and spacing");
        assert_eq!(entries[0].target, FeedbackTarget::Session(project.events[0].sessions[0].id));
        assert_eq!(entries[0].light, Some(TrafficLight::Green));
        assert_eq!(entries[1].light, Some(TrafficLight::Red), "«к» is the R key on a Cyrillic layout");
    }

    #[test]
    fn a_wholly_bad_file_imports_nothing() {
        let csv = "Семинар жұмысыңызға пайдалы болды ма?,Пікір\nжақсы,\nөте жақсы,\n0,\n";
        let (preview, entries) = import(csv.as_bytes(), true);
        assert_eq!(preview.good(), 0);
        assert_eq!(preview.bad().count(), 3);
        assert_eq!(entries, Ok(Vec::new()));
        assert_eq!(read(b""), Err(ReadError::Empty));
        assert_eq!(read("Пікір\n\n".as_bytes()), Err(ReadError::Empty));
    }

    #[test]
    fn an_old_excel_file_in_windows_1251_is_decoded() {
        let text = "Отзыв;Оценка организации\r\nОчень полезно;5\r\n";
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(text);
        assert!(!unmappable);
        let table = read(&bytes).unwrap();
        assert_eq!(table.headers, vec!["Отзыв", "Оценка организации"]);
        assert_eq!(table.encoding, Encoding::Windows1251);
        assert_eq!(table.rows[0].cells[0], "Очень полезно");
        assert_eq!(table.rows[0].cells[1], "5");
    }
}
