//! Tables for spreadsheet programs, written as .xlsx or as .csv.
//!
//! A department asks for its list in Excel, and what it gets must work
//! there as if typed by hand: a date is a date Excel can sort and count
//! days with, a mean is a number it can average, the header row stays on
//! screen while scrolling, and the columns are wide enough to read.
//!
//! No cell becomes a formula. A participant who typed her name as
//! «=HYPERLINK(…)» in an online form must not run anything on the
//! methodologist's PC: in .xlsx every text is a text cell, and a text a
//! spreadsheet would take for a formula when edited (it starts with = + - @,
//! a tab or a return) carries Excel's own «quote prefix»; in .csv, which has
//! no types, it gets the apostrophe OWASP advises.
//!
//! CSV is UTF-8 with a byte order mark (without it Excel in a Kazakh or
//! Russian Windows reads the letters as Windows-1251), «;» between fields
//! and a decimal comma, as Excel in these locales expects.

use chrono::{NaiveDate, NaiveDateTime};
use rust_xlsxwriter::{Format, FormatBorder, Workbook, XlsxError};
use std::path::Path;

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Date(NaiveDate),
    DateTime(NaiveDateTime),
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        if text.is_empty() { Cell::Empty } else { Cell::Text(text.to_owned()) }
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        if text.is_empty() { Cell::Empty } else { Cell::Text(text) }
    }
}

impl From<u32> for Cell {
    fn from(number: u32) -> Cell {
        Cell::Number(f64::from(number))
    }
}

impl From<usize> for Cell {
    fn from(number: usize) -> Cell {
        // Counts of people and rows: far below where f64 loses integers.
        Cell::Number(number as f64)
    }
}

impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(value: Option<T>) -> Cell {
        value.map_or(Cell::Empty, Into::into)
    }
}

/// One sheet: a header row, then the rows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Sheet {
    pub name: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Xlsx,
    Csv,
}

impl FileKind {
    /// By the file's extension; anything but .csv is a workbook, the
    /// format that keeps types and several sheets.
    pub fn of(path: &Path) -> FileKind {
        let extension = path.extension().and_then(|e| e.to_str()).unwrap_or_default();
        if extension.eq_ignore_ascii_case("csv") { FileKind::Csv } else { FileKind::Xlsx }
    }
}

/// Excel refuses longer texts in a cell; a pasted essay is cut there.
const MAX_CELL_CHARS: usize = 32_767;
/// Excel's limit on a sheet's name, in UTF-16 units.
const MAX_SHEET_NAME_UNITS: usize = 31;
/// Column widths in characters: room for a date or a number at least, and
/// no column so wide a comment pushes the others off the screen.
const MIN_WIDTH: usize = 6;
const MAX_WIDTH: usize = 60;

/// A text a spreadsheet would run as a formula once its cell is edited.
pub fn looks_like_formula(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// A cell of a CSV file, made plain text if it looks like a formula.
pub fn as_text(cell: &str) -> String {
    if looks_like_formula(cell) { format!("'{cell}") } else { cell.to_owned() }
}

/// The sheets as one workbook.
pub fn to_xlsx(sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let header = Format::new().set_bold().set_text_wrap().set_border_bottom(FormatBorder::Thin);
    let quoted = Format::new().set_quote_prefix();
    let date = Format::new().set_num_format("dd.mm.yyyy");
    let date_time = Format::new().set_num_format("dd.mm.yyyy hh:mm");
    let mut used_names: Vec<String> = Vec::new();
    for sheet in sheets {
        let worksheet = workbook.add_worksheet();
        worksheet.set_name(sheet_name(&sheet.name, &used_names))?;
        used_names.push(worksheet.name());
        for (column, title) in sheet.headers.iter().enumerate() {
            worksheet.write_string_with_format(0, column_index(column)?, clip(title), &header)?;
        }
        for (index, row) in sheet.rows.iter().enumerate() {
            let line = u32::try_from(index + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
            for (column, cell) in row.iter().enumerate() {
                let column = column_index(column)?;
                match cell {
                    Cell::Empty => {}
                    Cell::Text(text) if looks_like_formula(text) => {
                        worksheet.write_string_with_format(line, column, clip(text), &quoted)?;
                    }
                    Cell::Text(text) => {
                        worksheet.write_string(line, column, clip(text))?;
                    }
                    Cell::Number(number) => {
                        worksheet.write_number(line, column, *number)?;
                    }
                    Cell::Date(day) => {
                        worksheet.write_datetime_with_format(line, column, day, &date)?;
                    }
                    Cell::DateTime(moment) => {
                        worksheet.write_datetime_with_format(line, column, moment, &date_time)?;
                    }
                }
            }
        }
        for (column, width) in widths(sheet).into_iter().enumerate() {
            worksheet.set_column_width(column_index(column)?, width as f64 + 2.0)?;
        }
        worksheet.set_freeze_panes(1, 0)?;
    }
    workbook.save_to_buffer()
}

/// One sheet as CSV text for Excel in Kazakhstan and Kyrgyzstan.
pub fn to_csv(sheet: &Sheet) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new().delimiter(b';').from_writer(b"\xEF\xBB\xBF".to_vec());
    // Writing to memory cannot fail; a record that did would only be missing.
    let _ = writer.write_record(sheet.headers.iter().map(|h| as_text(h)));
    for row in &sheet.rows {
        let _ = writer.write_record(row.iter().map(csv_text));
    }
    writer.into_inner().unwrap_or_default()
}

fn csv_text(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(text) => as_text(text),
        Cell::Number(number) => number.to_string().replace('.', ","),
        Cell::Date(day) => day.format("%d.%m.%Y").to_string(),
        Cell::DateTime(moment) => moment.format("%d.%m.%Y %H:%M").to_string(),
    }
}

fn column_index(column: usize) -> Result<u16, XlsxError> {
    u16::try_from(column).map_err(|_| XlsxError::RowColumnLimitError)
}

fn clip(text: &str) -> &str {
    match text.char_indices().nth(MAX_CELL_CHARS) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

/// A name Excel accepts: none of []:*?/\, not blank, no apostrophe at
/// either end, at most 31 UTF-16 units, and not one an earlier sheet of
/// the book already has.
fn sheet_name(wanted: &str, used: &[String]) -> String {
    let clean: String =
        wanted.chars().map(|c| if "[]:*?/\\".contains(c) || c.is_control() { ' ' } else { c }).collect();
    let fit = |text: &str, units: usize| -> String {
        let mut taken = 0;
        let head: String = text
            .chars()
            .take_while(|c| {
                taken += c.len_utf16();
                taken <= units
            })
            .collect();
        head.trim_matches(|c: char| c == '\'' || c.is_whitespace()).to_owned()
    };
    let mut base = fit(&clean, MAX_SHEET_NAME_UNITS);
    if base.is_empty() {
        base = "1".to_owned();
    }
    let taken = |name: &str| used.iter().any(|u| u.to_lowercase() == name.to_lowercase());
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| {
            let suffix = format!(" {n}");
            format!("{}{suffix}", fit(&base, MAX_SHEET_NAME_UNITS - suffix.len()))
        })
        .find(|name| !taken(name))
        .unwrap_or(base)
}

/// Each column as wide as its longest line, within bounds.
fn widths(sheet: &Sheet) -> Vec<usize> {
    let columns = sheet.rows.iter().map(Vec::len).chain([sheet.headers.len()]).max().unwrap_or(0);
    let longest_line = |text: &str| text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    (0..columns)
        .map(|column| {
            // A header wraps, so a long one needs only its longest word.
            let header = sheet
                .headers
                .get(column)
                .map_or(0, |h| h.split_whitespace().map(|w| w.chars().count()).max().unwrap_or(0));
            let cells = sheet.rows.iter().filter_map(|row| row.get(column)).map(|cell| match cell {
                Cell::Empty => 0,
                Cell::Text(text) => longest_line(text),
                Cell::Number(number) => number.to_string().len(),
                Cell::Date(_) => 10,
                Cell::DateTime(_) => 16,
            });
            cells.chain([header]).max().unwrap_or(0).clamp(MIN_WIDTH, MAX_WIDTH)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{Data, Reader, Xlsx};
    use std::io::Cursor;

    fn hostile() -> Sheet {
        Sheet {
            name: "Қатысушылар: 1/2 [тізім]".into(),
            headers: vec!["№".into(), "Аты-жөні".into(), "Күні".into(), "Орташа".into()],
            rows: vec![
                vec![
                    Cell::Number(1.0),
                    Cell::Text("=HYPERLINK(\"http://x\",\"Сәлем\")".into()),
                    Cell::Date(NaiveDate::from_ymd_opt(2019, 2, 1).unwrap()),
                    Cell::Number(3.5),
                ],
                vec![
                    Cell::Number(2.0),
                    Cell::Text("Құрбан Жанат; «Ә»\u{1}".into()),
                    Cell::Empty,
                    Cell::Text("@SUM(A1)".into()),
                ],
            ],
        }
    }

    #[test]
    fn a_workbook_reads_back_with_its_types_and_no_formulas() {
        let bytes =
            to_xlsx(&[hostile(), Sheet { name: "Қатысушылар: 1/2 [тізім]".into(), ..hostile() }]).unwrap();
        let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
        let names = book.sheet_names();
        assert_eq!(names, ["Қатысушылар  1 2  тізім", "Қатысушылар  1 2  тізім 2"]);
        let range = book.worksheet_range(&names[0]).unwrap();
        assert_eq!(range.get((0, 1)), Some(&Data::String("Аты-жөні".into())));
        assert_eq!(range.get((1, 0)), Some(&Data::Float(1.0)));
        assert_eq!(range.get((1, 1)), Some(&Data::String("=HYPERLINK(\"http://x\",\"Сәлем\")".into())));
        let Some(Data::DateTime(day)) = range.get((1, 2)) else {
            panic!("not a date: {:?}", range.get((1, 2)))
        };
        // Excel counts days from 30 December 1899: 1 February 2019 is 43497.
        assert_eq!(day.as_f64(), 43497.0);
        assert_eq!(range.get((1, 3)), Some(&Data::Float(3.5)));
        assert_eq!(range.get((2, 1)), Some(&Data::String("Құрбан Жанат; «Ә»\u{1}".into())));
        // No cell of any sheet is a formula.
        for name in &names {
            let formulas = book.worksheet_formula(name).unwrap();
            assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()), "{name}");
        }
    }

    #[test]
    fn a_csv_has_its_byte_order_mark_semicolons_and_no_formulas() {
        let bytes = to_csv(&hostile());
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
        let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(&bytes[3..]);
        let rows: Vec<Vec<String>> =
            reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect();
        assert_eq!(rows[0], ["1", "'=HYPERLINK(\"http://x\",\"Сәлем\")", "01.02.2019", "3,5"]);
        assert_eq!(rows[1], ["2", "Құрбан Жанат; «Ә»\u{1}", "", "'@SUM(A1)"]);
    }

    #[test]
    fn columns_are_as_wide_as_their_longest_line_within_bounds() {
        let sheet = Sheet {
            name: "x".into(),
            headers: vec!["№".into(), "Тегі, аты, әкесінің аты".into(), "Пікір".into()],
            rows: vec![vec![Cell::Number(12.0), "Әбенова Гүлнар".into(), "ж".repeat(500).into()]],
        };
        assert_eq!(widths(&sheet), [MIN_WIDTH, 14, MAX_WIDTH]);
    }

    proptest::proptest! {
        #[test]
        fn no_csv_cell_starts_as_a_formula(cell in ".*") {
            let text = as_text(&cell);
            proptest::prop_assert!(!looks_like_formula(&text));
        }

        #[test]
        fn any_text_and_sheet_name_make_a_workbook(name in ".{0,40}", cell in ".{0,60}") {
            let sheet = Sheet { name: name.clone(), headers: vec![cell.clone()], rows: vec![vec![Cell::Text(cell)]] };
            proptest::prop_assert!(to_xlsx(&[sheet.clone(), sheet]).is_ok());
        }
    }
}
