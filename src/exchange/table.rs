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
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(header_line))
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> =
        reader.headers().map_err(|e| malformed(&e))?.iter().map(|h| h.trim().to_owned()).collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| malformed(&e))?;
        let line = record.position().map_or(0, |p| p.line());
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

fn malformed(error: &csv::Error) -> ReadError {
    ReadError::Malformed { line: error.position().map_or(0, |p| p.line()) }
}

/// The character that splits the header line into the most fields.
fn separator(header: &str) -> u8 {
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|&c| header.bytes().filter(|&b| b == c).count())
        .unwrap_or(b',')
}
