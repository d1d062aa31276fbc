//! A table of cells from a CSV file, as online forms and Excel export
//! them: the rows of feedback and the lists of people are read the same
//! way.
//!
//! Read with the `csv` crate, which knows the quoting rules of every
//! spreadsheet's export (line breaks inside a comment, doubled quotes).
//! Old Excel in a Russian or Kazakh Windows saves CSV in Windows-1251 and
//! separates fields with «;»: such a file is decoded with `encoding_rs` and
//! its separator found from the header line, and the preview says which
//! encoding was read, so a wrong guess is seen before anything is imported.

/// How the bytes of the file were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// Not valid UTF-8, so read as the Cyrillic code page of old Excel.
    Windows1251,
}

/// The cells of a file, rows numbered by the line of the file they start
/// on, as a spreadsheet shows them.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
    pub encoding: Encoding,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub line: u64,
    pub cells: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// No header line, or nothing but headers.
    Empty,
    /// Quoting broken beyond repair at this line.
    Malformed { line: u64 },
}

pub fn read(bytes: &[u8]) -> Result<Table, ReadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let (text, encoding) = match std::str::from_utf8(bytes) {
        Ok(text) => (std::borrow::Cow::Borrowed(text), Encoding::Utf8),
        Err(_) => (encoding_rs::WINDOWS_1251.decode_without_bom_handling(bytes).0, Encoding::Windows1251),
    };
    let header_line = text.lines().find(|l| !l.trim().is_empty()).ok_or(ReadError::Empty)?;
    let lines = LineStarts::of(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(header_line))
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let malformed = |error: csv::Error| ReadError::Malformed {
        line: error.position().map_or(0, |p| lines.line_at(p.byte())),
    };
    let headers: Vec<String> =
        reader.headers().map_err(malformed)?.iter().map(|h| h.trim().to_owned()).collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(malformed)?;
        let line = record.position().map_or(0, |p| lines.line_at(p.byte()));
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_owned()).collect();
        if cells.iter().any(|c| !c.is_empty()) {
            rows.push(Row { line, cells });
        }
    }
    if headers.iter().all(String::is_empty) || rows.is_empty() {
        return Err(ReadError::Empty);
    }
    Ok(Table { headers, rows, encoding })
}

/// Where each line of a text begins, to tell a row's line as an editor or
/// Excel numbers it. The reader's own count skips blank lines, and a list
/// saved with blank lines between its groups would send the user to the
/// wrong row.
struct LineStarts<'t> {
    text: &'t [u8],
    starts: Vec<u64>,
}

impl<'t> LineStarts<'t> {
    fn of(text: &'t str) -> LineStarts<'t> {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for (i, &byte) in bytes.iter().enumerate() {
            // «\r\n» is one line end, a lone «\r» (old Mac files) another.
            if byte == b'\n' || (byte == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                starts.push(i as u64 + 1);
            }
        }
        LineStarts { text: bytes, starts }
    }

    /// The line, counted from 1, of the record starting at `offset`: the
    /// reader starts a record where the last one ended, so blank lines
    /// before it are skipped here.
    fn line_at(&self, offset: u64) -> u64 {
        let mut offset = offset;
        while matches!(self.text.get(offset as usize), Some(b'\r' | b'\n')) {
            offset += 1;
        }
        self.starts.partition_point(|&start| start <= offset) as u64
    }
}

/// The character that splits the header line into the most fields.
fn separator(header: &str) -> u8 {
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|&c| header.bytes().filter(|&b| b == c).count())
        .unwrap_or(b',')
}

/// A workbook's sheets by name, each read as a table; sheets with no
/// header and rows are left out.
pub struct Workbook {
    pub sheets: Vec<(String, Table)>,
}

/// Whether `bytes` are an Excel (.xlsx, .xls) or OpenDocument (.ods)
/// workbook rather than text.
pub fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
}

/// Reads every sheet of a workbook with `calamine`. A broken or foreign
/// archive is [`ReadError::Empty`]: nothing in it can be read as a list.
pub fn read_workbook(bytes: &[u8]) -> Result<Workbook, ReadError> {
    use calamine::Reader;
    let mut workbook =
        calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).map_err(|_| ReadError::Empty)?;
    let mut sheets = Vec::new();
    for name in workbook.sheet_names() {
        let Ok(range) = workbook.worksheet_range(&name) else { continue };
        let first_line = range.start().map_or(1, |(row, _)| u64::from(row) + 1);
        let mut lines = range.rows().enumerate().map(|(i, cells)| {
            let cells: Vec<String> = cells.iter().map(|c| c.to_string().trim().to_owned()).collect();
            (first_line + i as u64, cells)
        });
        let Some((_, headers)) = lines.find(|(_, cells)| cells.iter().any(|c| !c.is_empty())) else {
            continue;
        };
        let rows: Vec<Row> = lines
            .filter(|(_, cells)| cells.iter().any(|c| !c.is_empty()))
            .map(|(line, cells)| Row { line, cells })
            .collect();
        if !rows.is_empty() {
            sheets.push((name, Table { headers, rows, encoding: Encoding::Utf8 }));
        }
    }
    if sheets.is_empty() { Err(ReadError::Empty) } else { Ok(Workbook { sheets }) }
}

/// Larger than any list of people a school keeps; a file this size is
/// something else, and reading it whole would stall an old PC.
pub const MAX_LIST_BYTES: u64 = 20 * 1024 * 1024;

/// Why a file of a list could not be read.
#[derive(Debug)]
pub enum ListFileError {
    TooLarge,
    Io(std::io::Error),
    /// A workbook calamine cannot open.
    Workbook,
    Text(ReadError),
}

/// The tables of a list file: every sheet of a workbook, by name, or the
/// one table of a CSV file (with an empty name).
pub fn read_list_file(path: &std::path::Path) -> Result<Vec<(String, Table)>, ListFileError> {
    if std::fs::metadata(path).is_ok_and(|m| m.len() > MAX_LIST_BYTES) {
        return Err(ListFileError::TooLarge);
    }
    let bytes = std::fs::read(path).map_err(ListFileError::Io)?;
    if is_workbook(&bytes) {
        return read_workbook(&bytes).map(|w| w.sheets).map_err(|_| ListFileError::Workbook);
    }
    read(&bytes).map(|table| vec![(String::new(), table)]).map_err(ListFileError::Text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// The smallest workbook Excel writes: one sheet, its cells as inline
    /// strings, the list starting on the sheet's third line.
    fn workbook(rows: &[&[&str]]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default();
        let mut put = |name: &str, text: &str| {
            zip.start_file(name, options).unwrap();
            zip.write_all(text.as_bytes()).unwrap();
        };
        put(
            "[Content_Types].xml",
            r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
        );
        put(
            "_rels/.rels",
            r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        );
        put(
            "xl/workbook.xml",
            r#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Тізім" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        );
        put(
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
        );
        let mut sheet = String::from(
            r#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
        );
        for (i, row) in rows.iter().enumerate() {
            let line = i + 3;
            sheet.push_str(&format!(r#"<row r="{line}">"#));
            for (j, cell) in row.iter().enumerate() {
                let column = (b'A' + j as u8) as char;
                match cell.parse::<f64>() {
                    Ok(number) => sheet.push_str(&format!(r#"<c r="{column}{line}"><v>{number}</v></c>"#)),
                    Err(_) => sheet.push_str(&format!(
                        r#"<c r="{column}{line}" t="inlineStr"><is><t>{cell}</t></is></c>"#
                    )),
                }
            }
            sheet.push_str("</row>");
        }
        sheet.push_str("</sheetData></worksheet>");
        put("xl/worksheets/sheet1.xml", &sheet);
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn lines_are_counted_as_an_editor_numbers_them_with_either_line_end() {
        for end in ["\n", "\r\n", "\r"] {
            let text = ["Аты-жөні;Мектеп", "Ахметова Айгүл;№ 5", "", "Бекова Дана;№ 7"].join(end);
            let table = read(text.as_bytes()).unwrap();
            let lines: Vec<u64> = table.rows.iter().map(|r| r.line).collect();
            assert_eq!(lines, [2, 4], "{end:?}");
        }
    }

    #[test]
    fn an_excel_list_is_read_with_its_lines_as_excel_numbers_them() {
        let bytes = workbook(&[
            &["Аты-жөні", "Ұйым", "Телефон"],
            &["Бекова Асель", "№12 гимназия", "77011234567"],
            &["", "", ""],
            &["Сейтова Раушан", "«Мирас» бөбекжайы", ""],
        ]);
        assert!(is_workbook(&bytes));
        let workbook = read_workbook(&bytes).unwrap();
        let (name, table) = &workbook.sheets[0];
        assert_eq!(name, "Тізім");
        assert_eq!(table.headers, ["Аты-жөні", "Ұйым", "Телефон"]);
        assert_eq!(table.rows.len(), 2, "the empty row is passed over");
        assert_eq!(table.rows[0].line, 4, "the header is on line 3");
        assert_eq!(table.rows[0].cells, ["Бекова Асель", "№12 гимназия", "77011234567"]);
        assert_eq!(table.rows[1].line, 6);
    }

    #[test]
    fn a_broken_or_foreign_archive_is_no_list() {
        assert_eq!(read_workbook(b"PK\x03\x04 broken").err(), Some(ReadError::Empty));
        let mut word = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        word.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).unwrap();
        word.write_all(b"<w:document/>").unwrap();
        assert_eq!(read_workbook(&word.finish().unwrap().into_inner()).err(), Some(ReadError::Empty));
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_are_read_or_refused_without_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..600)) {
            let mut archive = b"PK\x03\x04".to_vec();
            archive.extend(&bytes);
            let _ = read_workbook(&archive);
            let _ = read(&bytes);
        }
    }
}
