//! Word copies of the programme, the sign-in sheet and the report, for
//! departments that compile district reports in Word and secretaries who
//! adjust a programme by hand.
//!
//! Written with `docx-rs` from the same prepared data as the PDF, so the
//! words are the same: real Word tables, headings in Word's heading styles
//! (a department's table of contents finds them), the fonts of the PDF
//! named (PT Serif, PT Sans; Word falls back to its own where they are not
//! installed).

use super::{Document, Prepared, PrintError};
use docx_rs::{
    AlignmentType, Docx, Paragraph, Run, RunFonts, Shading, Style, StyleType, Table, TableCell, TableRow,
    WidthType,
};
use serde_json::Value;

const SERIF: &str = "PT Serif";
const SANS: &str = "PT Sans";
const ACCENT: &str = "1F4E79";
const MUTED: &str = "555555";

/// Whether `document` has a Word copy.
pub fn has_word_copy(document: Document) -> bool {
    matches!(document, Document::Programme | Document::SignIn | Document::Report | Document::YearReport)
}

/// The document as a .docx file.
pub fn word(prepared: &Prepared) -> Result<Vec<u8>, PrintError> {
    let data = &prepared.data;
    let mut doc = styled();
    doc = match prepared.document {
        Document::Programme => programme(doc, data),
        Document::SignIn => sign_in(doc, data),
        Document::Report => report(doc, data),
        Document::YearReport => year_report(doc, data),
        other => return Err(PrintError::NoWordCopy { document: other.code().to_owned() }),
    };
    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut bytes).map_err(|e| PrintError::Pdf(e.to_string()))?;
    Ok(bytes.into_inner())
}

/// Word's own heading styles, so that headings are headings to Word.
fn styled() -> Docx {
    let heading = |id: &str, name: &str, size: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .bold()
            .size(size)
            .color(ACCENT)
            .fonts(RunFonts::new().ascii(SANS).hi_ansi(SANS).cs(SANS))
    };
    Docx::new()
        .default_fonts(RunFonts::new().ascii(SERIF).hi_ansi(SERIF).cs(SERIF))
        .default_size(22)
        .add_style(heading("Heading1", "heading 1", 30).align(AlignmentType::Center))
        .add_style(heading("Heading2", "heading 2", 24))
}

/// A text of the data, or the same words in each of the document's
/// languages joined as the PDF joins them.
fn words(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Array(items) => items.iter().map(words).collect::<Vec<_>>().join(" / "),
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

fn label(data: &Value, key: &str) -> String {
    let languages = data["langs"].as_array().map(Vec::as_slice).unwrap_or_default();
    let all: Vec<String> =
        languages.iter().map(|l| words(&l["labels"][key])).filter(|w| !w.is_empty()).collect();
    all.join(" / ")
}

fn lead(data: &Value, key: &str) -> String {
    words(&data["langs"][0]["labels"][key])
}

fn run(text: &str) -> Run {
    Run::new().add_text(text)
}

fn para(text: &str) -> Paragraph {
    Paragraph::new().add_run(run(text))
}

fn heading(text: &str, level: usize) -> Paragraph {
    Paragraph::new().style(if level == 1 { "Heading1" } else { "Heading2" }).add_run(run(text))
}

fn small(text: &str) -> Run {
    run(text).size(18).color(MUTED).fonts(RunFonts::new().ascii(SANS).hi_ansi(SANS).cs(SANS))
}

fn cell(text: &str) -> TableCell {
    let mut cell = TableCell::new();
    for line in text.lines() {
        cell = cell.add_paragraph(para(line));
    }
    if text.is_empty() {
        cell = cell.add_paragraph(Paragraph::new());
    }
    cell
}

fn header_cell(text: &str) -> TableCell {
    TableCell::new().add_paragraph(
        Paragraph::new()
            .add_run(run(text).bold().size(19).fonts(RunFonts::new().ascii(SANS).hi_ansi(SANS).cs(SANS))),
    )
}

/// A row across the whole table: a day of the programme, a school.
fn spanning_row(text: &str, columns: usize) -> TableRow {
    TableRow::new(vec![
        TableCell::new()
            .grid_span(columns)
            .shading(Shading::new().fill("E8EEF4"))
            .add_paragraph(Paragraph::new().add_run(run(text).bold())),
    ])
    .cant_split()
}

/// A table whose first row names its columns; `widths` in twentieths of a
/// point.
fn table(headers: &[String], widths: &[usize], rows: Vec<TableRow>) -> Table {
    let head = TableRow::new(headers.iter().map(|h| header_cell(h)).collect()).cant_split();
    let total = widths.iter().sum();
    std::iter::once(head)
        .chain(rows)
        .fold(Table::new(Vec::new()), Table::add_row)
        .set_grid(widths.to_vec())
        .width(total, WidthType::Dxa)
}

fn row(cells: Vec<TableCell>) -> TableRow {
    TableRow::new(cells).cant_split()
}

/// The organiser, the document's name, the event and its particulars.
fn event_heading(mut doc: Docx, data: &Value, title_key: &str) -> Docx {
    let organizer = words(&data["project"]["organizer"]);
    if !organizer.is_empty() {
        doc = doc.add_paragraph(
            Paragraph::new().align(AlignmentType::Center).add_run(small(&organizer.to_uppercase())),
        );
    }
    doc = doc.add_paragraph(heading(&label(data, title_key).to_uppercase(), 1));
    let event = &data["event"];
    doc = doc.add_paragraph(
        Paragraph::new().align(AlignmentType::Center).add_run(run(&words(&event["title"])).bold().size(26)),
    );
    let theme = words(&event["theme"]);
    if !theme.is_empty() {
        doc = doc.add_paragraph(Paragraph::new().align(AlignmentType::Center).add_run(run(&theme).italic()));
    }
    let languages = data["langs"].as_array().map(Vec::as_slice).unwrap_or_default();
    let kinds: Vec<String> = languages
        .iter()
        .map(|l| format!("{}, {}", words(&l["kind"]), words(&l["level"]).to_lowercase()))
        .collect();
    let mut dates: Vec<String> = languages.iter().map(|l| words(&l["dates"])).collect();
    dates.dedup();
    let mut particulars = format!("{} · {}", kinds.join(" / "), dates.join(" / "));
    let venue = words(&event["venue"]);
    if !venue.is_empty() {
        particulars = format!("{particulars} · {venue}");
    }
    doc.add_paragraph(Paragraph::new().align(AlignmentType::Center).add_run(small(&particulars)))
}

/// The items of a list in the data.
fn items(value: &Value) -> &[Value] {
    value.as_array().map(Vec::as_slice).unwrap_or_default()
}

/// One of the year report's summaries: its title, its columns with their
/// widths in Word (twentieths of a point) and its rows, as the Word copy
/// and the workbook both set them.
pub(super) struct Summary {
    pub title: String,
    pub headers: Vec<String>,
    widths: Vec<usize>,
    pub rows: Vec<Vec<Value>>,
}

/// The year report's tables from its prepared data: the counts, by form,
/// by month, by school, the courses, each programme's directions and the
/// products.
pub(super) fn year_summaries(data: &Value) -> Vec<Summary> {
    let body = &data["body"];
    let labelled = |keys: &[&str]| keys.iter().map(|k| lead(data, k)).collect::<Vec<_>>();
    let both =
        |planned: &str| format!("{} ({})", lead(data, "participants"), lead(data, planned).to_lowercase());
    let fields = |list: &Value, fields: &[&str]| -> Vec<Vec<Value>> {
        items(list).iter().map(|item| fields.iter().map(|f| item[*f].clone()).collect()).collect()
    };
    let mut summaries = vec![
        Summary {
            title: lead(data, "summary"),
            headers: labelled(&["planned", "held", "overdue", "participants"]),
            widths: vec![2400; 4],
            rows: fields(&Value::from(vec![body["counts"].clone()]), &["planned", "held", "late", "present"]),
        },
        Summary {
            title: lead(data, "by_form"),
            headers: [labelled(&["form", "planned", "held"]), vec![both("planned"), both("actual")]].concat(),
            widths: vec![3400, 1300, 1300, 1900, 1900],
            rows: fields(&body["forms"], &["form", "planned", "held", "expected", "present"]),
        },
        Summary {
            title: lead(data, "by_month"),
            headers: labelled(&["month", "planned", "held", "overdue"]),
            widths: vec![3000, 2000, 2000, 2000],
            rows: fields(&body["months"], &["month", "planned", "held", "late"]),
        },
        Summary {
            title: lead(data, "by_school"),
            headers: labelled(&["school", "planned", "hosted", "attended", "teachers", "products"]),
            widths: vec![3800, 1100, 1100, 1100, 1300, 1200],
            rows: fields(
                &body["schools"],
                &["school", "planned", "hosted", "attended", "teachers", "products"],
            ),
        },
        Summary {
            title: lead(data, "courses"),
            headers: labelled(&[
                "courses",
                "hours",
                "course_dates",
                "participants",
                "passed",
                "certificates",
            ]),
            widths: vec![3000, 800, 2200, 1300, 1200, 1300],
            rows: fields(
                &body["courses"],
                &["title", "hours", "dates", "participants", "passed", "certificates"],
            ),
        },
    ];
    for programme in items(&body["programmes"]) {
        let all = Value::from(
            items(&programme["directions"]).iter().chain([&programme["total"]]).cloned().collect::<Vec<_>>(),
        );
        summaries.push(Summary {
            title: format!("{}: {}", lead(data, "mentoring"), words(&programme["title"])),
            headers: labelled(&[
                "direction",
                "pairs",
                "tasks_done",
                "activities",
                "visits",
                "hours",
                "stale",
            ]),
            widths: vec![2800, 900, 1500, 1200, 1200, 900, 1300],
            rows: fields(&all, &["name", "pairs", "tasks", "activities", "visits", "hours", "stale"]),
        });
    }
    summaries.push(Summary {
        title: lead(data, "products"),
        headers: labelled(&["number_sign", "products", "school"]),
        widths: vec![600, 5400, 3600],
        rows: items(&body["products"])
            .iter()
            .enumerate()
            .map(|(i, p)| vec![Value::from(i + 1), p["product"].clone(), p["school"].clone()])
            .collect(),
    });
    summaries.retain(|s| !s.rows.is_empty());
    summaries
}

/// The year report of a network or programme, with the same summaries as
/// its PDF.
fn year_report(mut doc: Docx, data: &Value) -> Docx {
    let body = &data["body"];
    let organizer = words(&data["project"]["organizer"]);
    if !organizer.is_empty() {
        doc = doc.add_paragraph(
            Paragraph::new().align(AlignmentType::Center).add_run(small(&organizer.to_uppercase())),
        );
    }
    doc = doc.add_paragraph(heading(&lead(data, "year_report").to_uppercase(), 1));
    doc = doc.add_paragraph(
        Paragraph::new().align(AlignmentType::Center).add_run(run(&words(&body["title"])).bold().size(26)),
    );
    let network = words(&body["network"]);
    let network = (!network.is_empty()).then(|| format!("{}: {network}", lead(data, "network")));
    let particulars: Vec<String> = [network, Some(words(&body["programme"])), Some(words(&body["year"]))]
        .into_iter()
        .flatten()
        .filter(|w| !w.is_empty())
        .collect();
    doc = doc.add_paragraph(
        Paragraph::new().align(AlignmentType::Center).add_run(small(&particulars.join(" · "))),
    );
    for summary in year_summaries(data) {
        doc = doc.add_paragraph(heading(&summary.title, 2));
        let rows = summary.rows.iter().map(|r| row(r.iter().map(|v| cell(&words(v))).collect())).collect();
        doc = doc.add_table(table(&summary.headers, &summary.widths, rows));
    }
    let by = &body["prepared_by"];
    let who = [words(&by["position"]), words(&by["organisation"])]
        .into_iter()
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    doc = doc.add_paragraph(Paragraph::new().add_run(run(&format!("{}:", lead(data, "prepared_by"))).bold()));
    doc = doc.add_paragraph(para(&format!("{who} ____________ {}", words(&by["name"]))));
    doc.add_paragraph(Paragraph::new().add_run(small(&words(&body["prepared_on"]))))
}

/// The year report as a workbook: a sheet for each of its summaries.
pub fn workbook(prepared: &Prepared) -> Result<Vec<u8>, PrintError> {
    use crate::exchange::spreadsheet::{Cell, Sheet, to_xlsx};
    if prepared.document != Document::YearReport {
        return Err(PrintError::NoWordCopy { document: prepared.document.code().to_owned() });
    }
    let cell = |value: &Value| match value {
        Value::Number(n) => n.as_f64().map_or(Cell::Empty, Cell::Number),
        other => Cell::from(words(other)),
    };
    let sheets: Vec<Sheet> = year_summaries(&prepared.data)
        .into_iter()
        .map(|s| Sheet {
            name: s.title,
            headers: s.headers,
            rows: s.rows.iter().map(|r| r.iter().map(cell).collect()).collect(),
        })
        .collect();
    to_xlsx(&sheets).map_err(|e| PrintError::Pdf(e.to_string()))
}

fn programme(mut doc: Docx, data: &Value) -> Docx {
    let body = &data["body"];
    if let Some(approval) = body["approval"].as_object() {
        let who = [words(&approval["position"]), words(&approval["organisation"])]
            .into_iter()
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        for (text, bold) in [
            (lead(data, "approve"), true),
            (who, false),
            (format!("____________ {}", words(&approval["name"])), false),
            (lead(data, "date_line"), false),
        ] {
            let run = if bold { run(&text).bold() } else { run(&text) };
            doc = doc.add_paragraph(Paragraph::new().align(AlignmentType::Right).add_run(run));
        }
    }
    doc = event_heading(doc, data, "programme");
    for (key, field) in [("goal", "goal"), ("audience", "audience")] {
        let text = words(&data["event"][field]);
        if !text.is_empty() {
            doc = doc.add_paragraph(
                Paragraph::new().add_run(run(&format!("{}: ", label(data, key))).bold()).add_run(run(&text)),
            );
        }
    }
    let mut rows = Vec::new();
    for slot in body["slots"].as_array().map(Vec::as_slice).unwrap_or_default() {
        if !slot["day"].is_null() {
            rows.push(spanning_row(&words(&slot["day"]), 4));
        }
        for item in slot["items"].as_array().map(Vec::as_slice).unwrap_or_default() {
            let mut session = vec![words(&item["kind"]).to_uppercase(), words(&item["title"])];
            session.extend(
                [words(&item["lesson"]), words(&item["teachers"])].into_iter().filter(|w| !w.is_empty()),
            );
            rows.push(row(vec![
                cell(&words(&slot["time"])),
                cell(&session.join("\n")),
                cell(&words(&item["room"])),
                cell(&words(&item["responsible"])),
            ]));
        }
    }
    let headers = ["time", "session", "room", "responsible"].map(|k| label(data, k));
    doc.add_table(table(&headers, &[1600, 4600, 1600, 2200], rows))
}

fn sign_in(mut doc: Docx, data: &Value) -> Docx {
    doc = event_heading(doc, data, "sign_in");
    let body = &data["body"];
    // One list by name with a school column, or a heading per school.
    let by_name = body["school_column"].as_bool() == Some(true);
    let columns = if by_name { 5 } else { 4 };
    let mut rows = Vec::new();
    for group in body["groups"].as_array().map(Vec::as_slice).unwrap_or_default() {
        if !by_name {
            let school = words(&group["school"]);
            let school = if school.is_empty() { lead(data, "no_school") } else { school };
            rows.push(spanning_row(&school, columns));
        }
        for person in group["rows"].as_array().map(Vec::as_slice).unwrap_or_default() {
            let mut name = words(&person["name"]);
            if person["online"].as_bool() == Some(true) {
                name = format!("{name} ({})", lead(data, "online"));
            }
            let mut cells = vec![cell(&words(&person["n"])), cell(&name)];
            if by_name {
                cells.push(cell(&words(&person["school"])));
            }
            cells.extend([cell(&words(&person["position"])), cell("")]);
            rows.push(row(cells));
        }
    }
    let blank = body["blank"].as_array().map(Vec::as_slice).unwrap_or_default();
    if !blank.is_empty() {
        rows.push(spanning_row(&lead(data, "walk_ins"), columns));
        for n in blank {
            rows.push(row(std::iter::once(cell(&words(n))).chain((1..columns).map(|_| cell(""))).collect()));
        }
    }
    if by_name {
        let headers = ["number_sign", "full_name", "school", "position", "signature"].map(|k| label(data, k));
        doc.add_table(table(&headers, &[600, 3300, 2400, 2000, 1400], rows))
    } else {
        let headers = ["number_sign", "full_name", "position", "signature"].map(|k| label(data, k));
        doc.add_table(table(&headers, &[600, 4200, 2800, 2000], rows))
    }
}

fn report(mut doc: Docx, data: &Value) -> Docx {
    doc = event_heading(doc, data, "report");
    let body = &data["body"];
    let lead_block = &data["langs"][0];
    doc = doc.add_paragraph(heading(&lead(data, "about"), 2));
    let kind = format!(
        "{}, {}, {}",
        words(&lead_block["kind"]),
        words(&lead_block["level"]).to_lowercase(),
        words(&lead_block["format"]).to_lowercase()
    );
    for (key, value) in [
        ("kind", kind),
        ("date", words(&lead_block["dates"])),
        ("venue", words(&data["event"]["venue"])),
        ("organizer", words(&body["organizer"])),
        ("goal", words(&data["event"]["goal"])),
        ("audience", words(&data["event"]["audience"])),
    ] {
        if !value.is_empty() {
            doc = doc.add_paragraph(
                Paragraph::new().add_run(run(&format!("{}: ", lead(data, key))).bold()).add_run(run(&value)),
            );
        }
    }
    let counts = &body["counts"];
    doc = doc.add_paragraph(heading(&lead(data, "participants"), 2));
    let headers = ["registered_offline", "present_offline", "registered_online", "present_online"]
        .map(|k| lead(data, k));
    let figures =
        ["registered_offline", "offline", "registered_online", "online"].map(|k| cell(&words(&counts[k])));
    doc = doc.add_table(table(&headers, &[2400; 4], vec![row(figures.to_vec())]));

    let lessons = body["lessons"].as_array().map(Vec::as_slice).unwrap_or_default();
    if !lessons.is_empty() {
        doc = doc.add_paragraph(heading(&lead(data, "programme_held"), 2));
        let rows = lessons
            .iter()
            .map(|l| {
                let mut session = vec![words(&l["kind"]).to_uppercase(), words(&l["title"])];
                session.extend(Some(words(&l["lesson"])).filter(|w| !w.is_empty()));
                row(vec![
                    cell(&words(&l["time"])),
                    cell(&session.join("\n")),
                    cell(&words(&l["teacher"])),
                    cell(&words(&l["responsible"])),
                ])
            })
            .collect();
        let headers = ["time", "session", "speaker", "responsible"].map(|k| lead(data, k));
        doc = doc.add_table(table(&headers, &[1750, 4050, 2000, 2000], rows));
    }

    let findings = body["findings"].as_array().map(Vec::as_slice).unwrap_or_default();
    if !findings.is_empty() {
        doc = doc.add_paragraph(heading(&lead(data, "findings"), 2));
        for finding in findings {
            doc = doc.add_paragraph(Paragraph::new().add_run(run(&words(&finding["title"])).bold()));
            let rows = finding["criteria"]
                .as_array()
                .map(Vec::as_slice)
                .unwrap_or_default()
                .iter()
                .map(|c| row(vec![cell(&words(&c["title"])), cell(&words(&c["mean_text"]))]))
                .collect();
            let headers = [lead(data, "criterion"), lead(data, "mean_level")];
            doc = doc.add_table(table(&headers, &[7400, 2000], rows));
            for (key, field) in [
                ("strengths", "strengths"),
                ("improvements", "improvements"),
                ("recommendation", "recommendations"),
            ] {
                let items: Vec<String> = finding[field]
                    .as_array()
                    .map(Vec::as_slice)
                    .unwrap_or_default()
                    .iter()
                    .map(words)
                    .collect();
                if !items.is_empty() {
                    doc = doc.add_paragraph(
                        Paragraph::new()
                            .add_run(run(&format!("{}: ", lead(data, key))).bold())
                            .add_run(run(&items.join(" "))),
                    );
                }
            }
        }
    }

    let ratings = body["ratings"].as_array().map(Vec::as_slice).unwrap_or_default();
    let coins = body["coins"].as_array().map(Vec::as_slice).unwrap_or_default();
    if !ratings.is_empty() || !coins.is_empty() {
        let title = format!(
            "{} ({}: {})",
            lead(data, "feedback_results"),
            lead(data, "responses"),
            words(&counts["responses"])
        );
        doc = doc.add_paragraph(heading(&title, 2));
        if !ratings.is_empty() {
            let rows = ratings
                .iter()
                .map(|r| row(vec![cell(&words(&r["title"])), cell(&words(&r["mean_text"]))]))
                .collect();
            doc = doc.add_table(table(&[lead(data, "question"), lead(data, "mean")], &[7400, 2000], rows));
        }
        if !coins.is_empty() {
            let rows = coins
                .iter()
                .map(|c| row(vec![cell(&words(&c["title"])), cell(&words(&c["count"]))]))
                .collect();
            doc = doc.add_table(table(&[lead(data, "session"), lead(data, "coins")], &[7400, 2000], rows));
        }
    }
    for (key, field) in [("star", "stars"), ("wish", "wishes"), ("comment", "comments")] {
        let items = body[field].as_array().map(Vec::as_slice).unwrap_or_default();
        if !items.is_empty() {
            doc = doc.add_paragraph(Paragraph::new().add_run(run(&lead(data, key)).bold()));
            for item in items {
                doc = doc.add_paragraph(para(&format!("• {}", words(item))));
            }
        }
    }

    let groups = body["award_groups"].as_array().map(Vec::as_slice).unwrap_or_default();
    if !groups.is_empty() {
        doc = doc.add_paragraph(heading(&lead(data, "awards"), 2));
        for group in groups {
            doc = doc.add_paragraph(
                Paragraph::new()
                    .add_run(run(&format!("{} — {}", words(&group["kind"]), words(&group["count"]))).bold()),
            );
            let rows = group["awards"]
                .as_array()
                .map(Vec::as_slice)
                .unwrap_or_default()
                .iter()
                .map(|a| {
                    row(vec![cell(&words(&a["number"])), cell(&words(&a["name"])), cell(&words(&a["title"]))])
                })
                .collect();
            let headers = [lead(data, "number_sign"), lead(data, "full_name"), lead(data, "awards")];
            doc = doc.add_table(table(&headers, &[1800, 3200, 4400], rows));
        }
    }

    doc = doc.add_paragraph(Paragraph::new());
    let prepared_on = words(&body["prepared_on"]);
    match body["prepared_by"].as_object() {
        Some(p) => {
            let who = [words(&p["position"]), words(&p["organisation"])]
                .into_iter()
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            doc.add_paragraph(
                Paragraph::new().add_run(run(&format!("{}:", lead(data, "prepared_by"))).bold()),
            )
            .add_paragraph(para(&format!("{who}  ____________  {}", words(&p["name"]))))
            .add_paragraph(Paragraph::new().add_run(small(&prepared_on)))
        }
        None => doc
            .add_paragraph(para(&format!("{}  ____________", lead(data, "prepared_by"))))
            .add_paragraph(Paragraph::new().add_run(small(&prepared_on))),
    }
}
