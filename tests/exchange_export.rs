//! Lists out to Excel and back: every export of the example seminar read
//! by `calamine` with its types checked and no formula anywhere, hostile
//! names kept as text, a people list exported and imported into another
//! project, the same list after LibreOffice has saved it, and an online
//! form's export in Windows-1251 with semicolons.

use adisker::domain::{AttendanceMode, Project};
use adisker::exchange::export::{What, export};
use adisker::exchange::people_import::{PeopleColumn, PeopleMapping, RowOutcome, preview};
use adisker::exchange::spreadsheet::FileKind;
use adisker::exchange::table::{Encoding, read, read_workbook};
use adisker::i18n::{self, ExportText, Language};
use adisker::{fl, sample};
use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;

const HOSTILE: &str = "=HYPERLINK(\"http://example.com/x\",\"Ахметова\")";

/// The example seminar, one of its present participants renamed by a
/// hostile hand.
fn seminar() -> Project {
    i18n::set_language(Language::Kk);
    let mut project = sample::small(chrono::Utc::now());
    let present = project.events[0].registrations.iter().find(|r| r.attended == Some(true)).unwrap().person;
    project.people.iter_mut().find(|p| p.id == present).unwrap().full_name = HOSTILE.to_owned();
    project
}

fn workbook(project: &Project, what: What) -> Xlsx<Cursor<Vec<u8>>> {
    let list = export(project, Some(&project.events[0]), what, &ExportText);
    Xlsx::new(Cursor::new(list.to_bytes(FileKind::Xlsx).unwrap())).unwrap()
}

/// The day of an Excel date, counted as Excel counts from 30 December 1899.
fn excel_day(cell: &calamine::ExcelDateTime) -> chrono::NaiveDate {
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap();
    epoch + chrono::Days::new(cell.as_f64().floor() as u64)
}

fn text(cell: Option<&Data>) -> String {
    match cell {
        Some(Data::String(text)) => text.clone(),
        other => panic!("not a text cell: {other:?}"),
    }
}

#[test]
fn every_list_opens_in_excel_with_headers_in_the_language_and_no_formula() {
    let project = seminar();
    for what in What::ALL {
        let mut book = workbook(&project, what);
        let names = book.sheet_names();
        assert!(!names.is_empty(), "{what:?}");
        for name in &names {
            let formulas = book.worksheet_formula(name).unwrap();
            assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()), "{what:?}: a formula in «{name}»");
            let range = book.worksheet_range(name).unwrap();
            // Every header is a word, none left empty.
            let headers: Vec<String> = range.rows().next().unwrap().iter().map(|c| c.to_string()).collect();
            assert!(headers.iter().all(|h| !h.trim().is_empty()), "{what:?}: {headers:?}");
        }
    }
    let mut book = workbook(&project, What::Registrations);
    let range = book.worksheet_range(&fl!("export-part-registrations")).unwrap();
    let headers: Vec<String> = range.rows().next().unwrap().iter().map(|c| c.to_string()).collect();
    assert_eq!(headers[..2], [fl!("export-col-number"), fl!("export-col-full-name")]);
    let event = &project.events[0];
    assert_eq!(range.height() - 1, event.registrations.len());
    // Numbers are numbers, counted from 1.
    for (line, row) in range.rows().skip(1).enumerate() {
        assert_eq!(row[0], Data::Float(line as f64 + 1.0));
    }
    // «Took part» says yes for exactly those marked present.
    let attended = headers.iter().position(|h| *h == fl!("export-col-attended")).unwrap();
    let yes = range.rows().skip(1).filter(|r| r[attended] == Data::String(fl!("export-yes"))).count();
    assert_eq!(yes, event.registrations.iter().filter(|r| r.attended == Some(true)).count());
    // The hostile name is there, as text.
    let names: Vec<String> = range.rows().skip(1).map(|r| text(Some(&r[1]))).collect();
    assert!(names.contains(&HOSTILE.to_owned()));
    // Alphabetical in Kazakh: Ә after А, before Б.
    let first_letters: String =
        names.iter().filter_map(|n| n.chars().next()).filter(|c| "АӘБ".contains(*c)).collect();
    assert!(first_letters.find('Ә').unwrap() > first_letters.rfind('А').unwrap(), "{first_letters}");
    assert!(first_letters.find('Б').unwrap() > first_letters.rfind('Ә').unwrap(), "{first_letters}");
}

#[test]
fn dates_are_excel_dates_and_means_are_numbers() {
    let project = seminar();
    let event = &project.events[0];
    let mut book = workbook(&project, What::Awards);
    let range = book.worksheet_range(&fl!("export-part-awards")).unwrap();
    assert_eq!(range.height() - 1, project.awards.iter().filter(|a| a.event == Some(event.id)).count());
    for row in range.rows().skip(1) {
        let award = project.awards.iter().find(|a| Data::String(a.number.clone()) == row[0]).unwrap();
        let Data::DateTime(day) = &row[4] else { panic!("not a date: {:?}", row[4]) };
        assert_eq!(excel_day(day), award.issued_on);
    }

    let mut book = workbook(&project, What::Observations);
    let criteria = book.worksheet_range(&fl!("export-part-observation-criteria")).unwrap();
    let levels = book.worksheet_range(&fl!("export-part-observation-levels")).unwrap();
    // One row per observer and criterion, as the observations hold them.
    let rated: usize =
        event.observations.iter().map(|o| project.template(o.template).map_or(0, |t| t.criteria.len())).sum();
    assert_eq!(levels.height() - 1, rated);
    // Each lesson's mean of a criterion is the mean of its observers' levels.
    for row in criteria.rows().skip(1) {
        let Data::DateTime(day) = &row[0] else { panic!("not a date: {:?}", row[0]) };
        assert_eq!(excel_day(day), event.starts_on);
        let given: Vec<f64> = levels
            .rows()
            .skip(1)
            .filter(|l| l[2] == row[2] && l[6] == row[4])
            .filter_map(|l| if let Data::Float(level) = l[7] { Some(level) } else { None })
            .collect();
        let mean = given.iter().sum::<f64>() / given.len() as f64;
        let Data::Float(exported) = row[6] else { panic!("not a number: {:?}", row[6]) };
        assert!((exported - mean).abs() < 0.006, "{exported} vs {mean}");
        assert_eq!(row[5], Data::Float(given.len() as f64));
    }
}

#[test]
fn the_year_plan_goes_to_excel_as_it_stands() {
    i18n::set_language(Language::Ru);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
    let mut project = sample::network(today);
    project.year_plans[0].rows[0].title = HOSTILE.to_owned();
    let plan = &project.year_plans[0];
    let list = export(&project, None, What::YearPlan, &ExportText);
    let mut book = Xlsx::new(Cursor::new(list.to_bytes(FileKind::Xlsx).unwrap())).unwrap();
    let range = book.worksheet_range(&fl!("nav-year-plan")).unwrap();
    let headers: Vec<String> = range.rows().next().unwrap().iter().map(|c| c.to_string()).collect();
    assert_eq!(headers[1], fl!("export-col-plan-title"));
    assert_eq!(range.height() - 1, plan.rows.len());
    assert!(
        book.worksheet_formula(&fl!("nav-year-plan")).unwrap().used_cells().all(|(_, _, f)| f.is_empty())
    );
    let actual = headers.iter().position(|h| *h == fl!("export-col-actual")).unwrap();
    let done = headers.iter().position(|h| *h == fl!("export-col-done")).unwrap();
    let mut held = 0;
    for row in range.rows().skip(1) {
        let title = text(Some(&row[1]));
        let planned = plan.rows.iter().find(|r| r.title == title).unwrap();
        // A row held as an event counts those marked present there.
        if let Some(event) = planned.event.and_then(|id| project.event(id)) {
            let present = event.registrations.iter().filter(|r| r.attended == Some(true)).count();
            if present > 0 && event.ends_on < chrono::Local::now().date_naive() {
                assert_eq!(row[actual], Data::Float(present as f64), "{title}");
                assert_eq!(row[done], Data::String(fl!("export-yes")), "{title}");
                held += 1;
            }
        }
    }
    assert!(held > 0, "the example holds some of its plan");
    // In the order of the school year, September first, as the plan reads.
    let exported: Vec<String> = range.rows().skip(1).map(|r| text(Some(&r[1]))).collect();
    let ordered: Vec<String> = plan.by_month().iter().map(|r| r.title.clone()).collect();
    assert_eq!(exported, ordered);
}

#[test]
fn a_csv_is_for_excel_here_and_keeps_formulas_out() {
    let project = seminar();
    let list = export(&project, Some(&project.events[0]), What::SignIn, &ExportText);
    let bytes = list.to_bytes(FileKind::Csv).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "Excel reads UTF-8 by its mark");
    let table = read(&bytes).unwrap();
    assert_eq!(table.encoding, Encoding::Utf8);
    assert_eq!(table.headers.last(), Some(&fl!("export-col-signature")));
    assert_eq!(table.rows.len(), project.events[0].registrations.len());
    assert!(table.rows.iter().any(|r| r.cells[1] == format!("'{HOSTILE}")), "the apostrophe keeps it text");
    assert!(table.rows.iter().all(|r| !r.cells.iter().any(|c| c.starts_with('='))));
}

/// The people of one seminar brought into another project through a
/// workbook: the headers we write are the headers we read.
fn people_through(bytes: &[u8], into: &Project) -> adisker::exchange::people_import::PeoplePreview {
    let book = read_workbook(bytes).unwrap();
    let (_, table) = &book.sheets[0];
    let mapping = PeopleMapping::guess(table);
    for wanted in
        [PeopleColumn::FullName, PeopleColumn::Organisation, PeopleColumn::Position, PeopleColumn::Email]
    {
        assert!(mapping.columns.contains(&wanted), "{wanted:?} in {:?}", table.headers);
    }
    preview(table, &mapping, into)
}

#[test]
fn people_exported_are_imported_elsewhere_and_known_here() {
    let project = seminar();
    let list = export(&project, None, What::People, &ExportText);
    let bytes = list.to_bytes(FileKind::Xlsx).unwrap();
    let elsewhere = Project::new("Басқа семинар", "", chrono::Utc::now());
    let read = people_through(&bytes, &elsewhere);
    assert_eq!(read.count(|o| *o == RowOutcome::New), project.people.len());
    let mut organisations: Vec<&str> = project.schools.iter().map(|s| s.name.as_str()).collect();
    organisations.retain(|name| {
        project
            .people
            .iter()
            .any(|p| p.school.and_then(|id| project.school(id)).is_some_and(|s| s.name == *name))
    });
    assert_eq!(read.new_organisations.len(), organisations.len());
    // Brought back into the same project, nobody is new.
    let again = people_through(&bytes, &project);
    assert_eq!(again.count(|o| matches!(o, RowOutcome::Same(_))), project.people.len());
}

#[test]
fn a_list_saved_again_by_libreoffice_reads_the_same() {
    let Some(soffice) = ["soffice", "libreoffice"]
        .into_iter()
        .find(|p| std::process::Command::new(p).arg("--version").output().is_ok_and(|o| o.status.success()))
    else {
        eprintln!("LibreOffice is not installed: this test is skipped");
        return;
    };
    let project = seminar();
    let list = export(&project, Some(&project.events[0]), What::Registrations, &ExportText);
    let dir = tempfile::tempdir().unwrap();
    let ours = dir.path().join("ours");
    std::fs::create_dir(&ours).unwrap();
    std::fs::write(ours.join("тізім.xlsx"), list.to_bytes(FileKind::Xlsx).unwrap()).unwrap();
    let resaved = dir.path().join("resaved");
    let status = std::process::Command::new(soffice)
        .arg(format!("-env:UserInstallation=file://{}", dir.path().join("profile").display()))
        .args(["--headless", "--calc", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir"])
        .arg(&resaved)
        .arg(ours.join("тізім.xlsx"))
        .output()
        .unwrap();
    let Ok(bytes) = std::fs::read(resaved.join("тізім.xlsx")) else {
        eprintln!("LibreOffice could not convert ({status:?}): this test is skipped");
        return;
    };
    let read = people_through(&bytes, &Project::new("Басқа", "", chrono::Utc::now()));
    assert_eq!(read.count(|o| *o == RowOutcome::New), project.events[0].registrations.len());
    let online = read.rows.iter().filter(|r| r.mode == Some(AttendanceMode::Online)).count();
    let expected =
        project.events[0].registrations.iter().filter(|r| r.mode == AttendanceMode::Online).count();
    assert_eq!(online, expected, "the mode reads back from its own word");
}

#[test]
fn an_online_form_of_300_in_windows_1251_with_semicolons_is_read_whole() {
    i18n::set_language(Language::Ru);
    let surnames = ["Иванова", "Ахметова", "Сейткали", "Нурланова", "Бекова", "Садыкова"];
    let names = ["Айгуль", "Гульнар", "Алия", "Динара", "Жанна"];
    let mut csv = String::from("Отметка времени;ФИО;Организация;Должность;Эл. почта;Форма участия\r\n");
    for n in 0..300 {
        let name = format!("{} {} {}", surnames[n % 6], names[n % 5], ["Маратовна", "Ериковна"][n % 2]);
        let mode = if n % 15 == 0 { "очно" } else { "онлайн" };
        csv.push_str(&format!(
            "03.03.2020 10:{:02};{name};КГУ «Школа-лицей № {}»;учитель;u{n}@mail.kz;{mode}\r\n",
            n % 60,
            n % 7 + 1
        ));
    }
    // A row as hostile as a form lets one be.
    csv.push_str("03.03.2020 11:00;=1+1;;;not-an-email;онлайн\r\n");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(&csv);
    assert!(!unmappable);
    let table = read(&bytes).unwrap();
    assert_eq!(table.encoding, Encoding::Windows1251);
    let mapping = PeopleMapping::guess(&table);
    let read = preview(&table, &mapping, &Project::new("Семинар", "", chrono::Utc::now()));
    // 6 × 5 × 2 = 60 distinct names, each at up to 7 schools: some repeat.
    let new = read.count(|o| *o == RowOutcome::New);
    let repeated = read.count(|o| matches!(o, RowOutcome::Repeated { .. }));
    assert_eq!(new + repeated, 300);
    assert!(new > 60, "namesakes at other schools are other people: {new}");
    let bad: Vec<_> = read.bad().collect();
    assert_eq!(bad.len(), 1);
    assert_eq!(bad[0].line, 302);
    assert_eq!(read.rows.iter().filter(|r| r.mode == Some(AttendanceMode::Offline)).count(), 20);
    assert_eq!(read.new_organisations.len(), 7);
}
