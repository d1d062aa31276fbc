//! The documents of a mentoring programme, a course and a network's year,
//! printed from the network example and read back from their PDFs in every
//! language: the order's annex, mentor and course certificates with their
//! particulars and numbers never given twice, a pair's plan and log, the
//! year plan and the year report.

use adisker::domain::awards::AwardsEdit;
use adisker::domain::year_plan::{per_school, row_state};
use adisker::domain::*;
use adisker::i18n::{Language, document_loader, format_date_long_in, format_date_short};
use adisker::print::{self, Document, PeopleSet, PrintError, Request, Subject, SubjectKind};
use adisker::sample;
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

use crate::printing::*;

/// The day the documents are printed: the middle of the example's year.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 14).unwrap()
}

fn network() -> Project {
    sample::network(today())
}

/// Runs of spaces and line ends as one space, and a word broken after its
/// hyphen at a line's end as one: a PDF's text breaks where the page did.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").replace("- ", "-")
}

fn network_request(document: Document, language: Language) -> Request {
    // The event is not read for these documents.
    Request::new(document, EventId::new(), language, today())
}

fn text_of(project: &Project, request: &Request) -> String {
    flat(&pdf_text(request, project))
}

/// The text of `document` in each language.
fn texts(project: &Project, document: Document) -> Vec<(Language, String)> {
    Language::ALL.iter().map(|l| (*l, text_of(project, &network_request(document, *l)))).collect()
}

fn name(project: &Project, id: PersonId) -> String {
    flat(&project.person(id).unwrap().full_name)
}

/// Who signs `document` first, as the project chose.
fn first_signatory(project: &Project, document: Document) -> String {
    flat(&print::chosen_signatories(project, document)[0].name)
}

fn term(language: Language, from: NaiveDate, to: NaiveDate) -> String {
    let loader = document_loader(language);
    flat(&format!("{} – {}", format_date_long_in(loader, from), format_date_long_in(loader, to)))
}

#[test]
fn every_new_document_compiles_in_every_language() {
    let project = network();
    for document in Document::NETWORK {
        for language in Language::ALL {
            let (typeset, _) = typeset(&project, &network_request(document, language));
            assert!(typeset.pdf().unwrap().starts_with(b"%PDF"), "{document:?} {language:?}");
        }
        // Two languages, the first leading.
        let mut bilingual = network_request(document, Language::Kk);
        bilingual.languages.push(Language::Ru);
        typeset(&project, &bilingual);
    }
}

#[test]
fn a_course_certificate_shows_its_hours_dates_and_issuers() {
    let project = network();
    let course = &project.courses[0];
    let signatory = first_signatory(&project, Document::CourseCertificates);
    for (language, text) in texts(&project, Document::CourseCertificates) {
        let loader = document_loader(language);
        let pages = text.matches(&words(language, "print-certificate").to_uppercase()).count();
        assert_eq!(pages, course.passed().count(), "{language:?}: one page for each who passed");
        let hours = flat(&loader.get_args("print-course-hours", HashMap::from([("hours", course.hours)])));
        assert!(hours.contains(&course.hours.to_string()));
        assert_eq!(text.matches(&hours).count(), pages, "{language:?}: {hours}");
        assert_eq!(text.matches(&term(language, course.starts_on, course.ends_on)).count(), pages);
        assert!(text.contains(&flat(&course.partner.to_uppercase())), "{language:?}: the partner");
        assert_eq!(text.matches(&signatory).count(), pages, "{language:?}: who signs");
    }
    // In two languages, each page says both.
    let mut bilingual = network_request(Document::CourseCertificates, Language::Ky);
    bilingual.languages.push(Language::Ru);
    let text = text_of(&project, &bilingual);
    for language in [Language::Ky, Language::Ru] {
        let dates = term(language, course.starts_on, course.ends_on);
        assert_eq!(text.matches(&dates).count(), course.passed().count(), "{language:?}");
    }
}

#[test]
fn a_mentor_certificate_shows_the_direction_term_and_order() {
    let project = network();
    let programme = &project.programmes[0];
    let order = programme.order.as_ref().unwrap();
    let number = order.number.trim_start_matches('№').trim();
    for (language, text) in texts(&project, Document::MentorCertificates) {
        let order_date = flat(&format_date_long_in(document_loader(language), order.date));
        // Each page is one mentor's: her name, her direction, her term and
        // the order, before the next mentor's name.
        let mut from = 0;
        for mentor in &programme.mentors {
            let direction = flat(&programme.direction(mentor.direction).unwrap().name);
            let term = term(language, mentor.starts_on, mentor.ends_on);
            let page = &text[from..];
            let at = page.find(&name(&project, mentor.person)).expect("her page");
            let end = page[at..]
                .find(&words(language, "print-certificate").to_uppercase())
                .unwrap_or(page.len() - at);
            let own = &page[at..at + end];
            for part in [direction.as_str(), term.as_str(), number, order_date.as_str()] {
                assert!(own.contains(part), "{language:?}: {part} in {own}");
            }
            assert!(!own.contains("№ №"), "{language:?}: {own}");
            from += at + end;
        }
    }
}

#[test]
fn no_certificate_number_is_given_twice_and_a_reprint_keeps_them() {
    let mut project = network();
    let printed = |project: &Project, document: Document| {
        let prepared = print::prepare(project, &network_request(document, Language::Ky)).unwrap();
        let numbers: Vec<String> = prepared.data["body"]["awards"]
            .as_array()
            .unwrap()
            .iter()
            .map(|page| page["number"].as_str().unwrap().to_owned())
            .collect();
        (numbers, prepared.new_awards)
    };
    let (mentors, new_mentors) = printed(&project, Document::MentorCertificates);
    let (courses, new_courses) = printed(&project, Document::CourseCertificates);
    assert_eq!(mentors.len(), project.programmes[0].mentors.len());
    assert_eq!(courses.len(), project.courses[0].passed().count());
    let all: Vec<&String> = mentors.iter().chain(&courses).collect();
    assert_eq!(all.iter().collect::<HashSet<_>>().len(), all.len(), "{all:?}");
    // The example issued them already: a reprint gives nothing new.
    assert!(new_mentors.is_empty() && new_courses.is_empty());

    // One more passes the course: she gets a number nobody holds, recorded
    // once, and the others keep theirs.
    let course = &mut project.courses[0];
    let late = course.participants.iter_mut().find(|p| !p.passed).unwrap();
    late.passed = true;
    let late = late.person;
    let (again, new) = printed(&project, Document::CourseCertificates);
    assert_eq!(new.len(), 1);
    assert_eq!(new[0].person, late);
    let taken: HashSet<&str> = project.awards.iter().map(|a| a.number.as_str()).collect();
    assert!(!taken.contains(new[0].number.as_str()), "{} is new", new[0].number);
    assert!(courses.iter().all(|n| again.contains(n)), "the others keep their numbers");
    project.apply(Edit::Awards(Box::new(AwardsEdit::Issue(new.clone())))).unwrap();
    let (reprint, none) = printed(&project, Document::CourseCertificates);
    assert!(none.is_empty());
    assert_eq!(reprint, again);
}

#[test]
fn a_hand_picked_mentor_gets_only_her_certificate() {
    let mut project = network();
    // Without the example's numbers, her certificate is numbered now.
    project.awards.retain(|a| a.programme.is_none());
    let mentor = project.programmes[0].mentors[1].person;
    let mut request = network_request(Document::MentorCertificates, Language::Kk);
    request.people = PeopleSet::Chosen(vec![mentor]);
    let prepared = print::prepare(&project, &request).unwrap();
    assert_eq!(prepared.new_awards.iter().map(|a| a.person).collect::<Vec<_>>(), [mentor]);
    assert_eq!(prepared.new_awards[0].programme, Some(project.programmes[0].id));
}

#[test]
fn the_annex_lists_the_mentors_by_direction_with_their_mentees() {
    let project = network();
    let programme = &project.programmes[0];
    let signatory = first_signatory(&project, Document::MentorAnnex);
    for (language, text) in texts(&project, Document::MentorAnnex) {
        let heading = |d: &adisker::domain::mentoring::Direction| {
            text.find(&flat(&format!("{}: {}", words(language, "print-network-direction"), d.name))).unwrap()
        };
        let starts: Vec<usize> = programme.directions.iter().map(heading).collect();
        assert!(starts.windows(2).all(|w| w[0] < w[1]), "{language:?}: directions in order");
        for mentor in &programme.mentors {
            let index = programme.directions.iter().position(|d| d.id == mentor.direction).unwrap();
            let (from, to) = (starts[index], starts.get(index + 1).copied().unwrap_or(text.len()));
            let at = from + text[from..to].find(&name(&project, mentor.person)).expect("under her direction");
            for pair in programme.pairs.iter().filter(|p| p.mentor == mentor.person) {
                for mentee in &pair.mentees {
                    assert!(text[at..].contains(&name(&project, *mentee)), "{language:?}: her mentee");
                }
            }
        }
        let count = document_loader(language)
            .get_args("print-annex-count", HashMap::from([("count", programme.mentors.len())]));
        assert_in_order(&text, &[&words(language, "print-annex-of-order"), &flat(&count), &signatory]);
    }
    let kyrgyz = text_of(&project, &network_request(Document::MentorAnnex, Language::Ky));
    assert!(kyrgyz.contains("Насаатчы") && kyrgyz.contains("Шакирттер"), "{kyrgyz}");
    assert!(!kyrgyz.to_lowercase().contains("устат"), "{kyrgyz}");
}

#[test]
fn a_pairs_plan_and_log_with_its_progress() {
    let project = network();
    let pair = project.programmes[0].pairs.iter().max_by_key(|p| p.activities.len() + p.plan.len()).unwrap();
    let mut request = network_request(Document::PairPlan, Language::Kk);
    request.subject = Some(Subject::Pair(pair.id));
    let text = text_of(&project, &request);
    let mut sorted = pair.clone();
    sorted.sort();
    let mut expected = vec![name(&project, pair.mentor)];
    expected.extend(sorted.plan.iter().map(|t| flat(&t.task)));
    expected.extend(sorted.activities.iter().map(|a| format_date_short(a.date)));
    assert_in_order(&text, &expected.iter().map(String::as_str).collect::<Vec<_>>());
    let progress = pair.progress(today());
    assert!(text.contains(&format!("{} / {}", progress.tasks_done, progress.tasks)), "{text}");
    let hours = adisker::i18n::format_decimal_in(document_loader(Language::Kk), progress.hours, 1);
    let hours = hours.trim_end_matches(",0");
    assert!(text.contains(hours), "the hours summed, written the Kazakh way: {hours} in {text}");
    // Both sign it: the mentor and each mentee.
    let mentee = name(&project, pair.mentees[0]);
    assert!(text.matches(&mentee).count() >= 2, "{text}");
}

#[test]
fn the_year_plan_is_approved_and_lists_its_rows_by_month() {
    let project = network();
    let plan = &project.year_plans[0];
    for (language, text) in texts(&project, Document::YearPlan) {
        let mut expected =
            vec![words(language, "print-approve"), first_signatory(&project, Document::YearPlan)];
        let mut month = None;
        for row in plan.by_month() {
            let this = plan.when(row).map(|d| chrono::Datelike::month(&d));
            if this != month
                && let Some(m) = this
            {
                let loader = document_loader(language);
                expected.push(adisker::i18n::month_name_in(loader, m).to_uppercase());
            }
            month = this;
            expected.push(flat(&row.title));
        }
        assert_in_order(&text, &expected.iter().map(String::as_str).collect::<Vec<_>>());
    }
    let (typeset, _) = typeset(&project, &network_request(Document::YearPlan, Language::Ru));
    let png = typeset.page_png(0, 0.2).unwrap();
    let size = image_size(&png);
    assert!(size.0 > size.1, "across the page: {size:?}");
}

/// The width and height of a PNG, from its header.
fn image_size(png: &[u8]) -> (u32, u32) {
    let number = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
    (number(16), number(20))
}

#[test]
fn the_year_report_counts_what_was_held_per_school_and_the_pairs() {
    let project = network();
    let plan = &project.year_plans[0];
    let request = network_request(Document::YearReport, Language::Ru);
    let prepared = print::prepare(&project, &request).unwrap();
    let body = &prepared.data["body"];
    let states: Vec<_> = plan.rows.iter().map(|r| (r, row_state(plan, r, &project, today()))).collect();
    let held = states.iter().filter(|(_, s)| s.done).count();
    let late = states.iter().filter(|(_, s)| s.late).count();
    assert!(held > 0 && held < plan.rows.len() && late > 0, "the example's year is half held");
    assert_eq!(body["counts"]["planned"], plan.rows.len());
    assert_eq!(body["counts"]["held"], held);
    assert_eq!(body["counts"]["late"], late);
    let schools = per_school(plan, &project, today());
    let hosted: Vec<u64> =
        body["schools"].as_array().unwrap().iter().map(|s| s["hosted"].as_u64().unwrap()).collect();
    assert_eq!(hosted, schools.iter().map(|s| s.hosted as u64).collect::<Vec<_>>());
    assert_eq!(body["courses"][0]["passed"], project.courses[0].passed().count());
    assert_eq!(body["programmes"][0]["total"]["pairs"], project.programmes[0].pairs.len());

    let text = text_of(&project, &request);
    let done: HashSet<&str> = states
        .iter()
        .filter(|(_, s)| s.done)
        .map(|(r, _)| r.product.trim())
        .filter(|p| !p.is_empty())
        .collect();
    for product in &done {
        assert!(text.contains(&flat(product)), "{product}");
    }
    let undone = states.iter().map(|(r, _)| r.product.trim()).find(|p| !p.is_empty() && !done.contains(p));
    if let Some(product) = undone {
        assert!(!text.contains(&flat(product)), "a product of a row not held is not reported: {product}");
    }
    assert!(text.contains(&first_signatory(&project, Document::YearReport)), "who prepared it");
}

#[test]
fn a_project_without_a_course_says_so() {
    let mut project = network();
    project.courses.clear();
    let request = network_request(Document::CourseCertificates, Language::Kk);
    assert_eq!(print::prepare(&project, &request).unwrap_err(), PrintError::NoSubject(SubjectKind::Course));
    let mut request = network_request(Document::YearPlan, Language::Kk);
    request.subject = Some(Subject::Plan(YearPlanId::new()));
    assert_eq!(print::prepare(&project, &request).unwrap_err(), PrintError::NoSubject(SubjectKind::Plan));
}

#[test]
fn letters_for_the_mentors_go_to_the_programmes_mentors() {
    let mut project = network();
    let event = project.events[0].id;
    let mut request = Request::new(Document::Letters, event, Language::Ky, today());
    request.people = PeopleSet::Mentors;
    let prepared = print::prepare(&project, &request).unwrap();
    let awards: Vec<PersonId> = prepared.data["body"]["awards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|page| page["name"].as_str().unwrap().to_owned())
        .map(|n| project.people.iter().find(|p| p.full_name == n).unwrap().id)
        .collect();
    let mentors: HashSet<PersonId> = project.programmes[0].mentors.iter().map(|m| m.person).collect();
    assert_eq!(awards.iter().copied().collect::<HashSet<_>>(), mentors);
    project.programmes.clear();
    assert!(matches!(print::prepare(&project, &request), Err(PrintError::Nobody { .. })));
}

/// The text of a .docx: its runs' words, one after another.
fn docx_text(docx: &[u8]) -> String {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a .docx is a zip");
    let mut xml = String::new();
    archive.by_name("word/document.xml").unwrap().read_to_string(&mut xml).unwrap();
    let words: Vec<&str> = xml
        .split("<w:t")
        .skip(1)
        .filter_map(|t| t.split_once('>'))
        .map(|(_, rest)| rest.split("</w:t>").next().unwrap_or_default())
        .collect();
    words.join(" ")
}

#[test]
fn the_year_report_in_word_has_the_same_summaries() {
    let project = network();
    for language in [Language::Kk, Language::Ky] {
        let request = network_request(Document::YearReport, language);
        let prepared = print::prepare(&project, &request).unwrap();
        let text = docx_text(&print::word(&prepared).unwrap());
        let body = &prepared.data["body"];
        let mut expected = vec![words(language, "print-year-report").to_uppercase()];
        for key in ["print-year-summary", "print-year-by-form", "print-year-by-month", "print-year-by-school"]
        {
            expected.push(words(language, key));
        }
        expected.extend(
            body["schools"].as_array().unwrap().iter().map(|s| s["school"].as_str().unwrap().to_owned()),
        );
        expected.push(project.courses[0].title.clone());
        expected.push(words(language, "print-year-products"));
        let expected: Vec<String> =
            expected.iter().map(|w| w.replace('&', "&amp;").replace('"', "&quot;")).collect();
        assert_in_order(&text, &expected.iter().map(String::as_str).collect::<Vec<_>>());
    }
    assert!(!print::has_word_copy(Document::YearPlan));
}

#[test]
fn the_year_report_as_a_workbook_has_a_sheet_for_each_summary_with_numbers() {
    use calamine::{Data, Reader, Xlsx};
    let project = network();
    let prepared = print::prepare(&project, &network_request(Document::YearReport, Language::Kk)).unwrap();
    let bytes = print::workbook(&prepared).unwrap();
    let mut workbook = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let names = workbook.sheet_names();
    let by_school = words(Language::Kk, "print-year-by-school");
    assert!(names.contains(&by_school), "{names:?}");
    assert!(names.iter().any(|n| n.starts_with(&words(Language::Kk, "print-year-mentoring"))), "{names:?}");
    let range = workbook.worksheet_range(&by_school).unwrap();
    let schools = per_school(&project.year_plans[0], &project, today());
    assert_eq!(range.height(), schools.len() + 1, "a header and a row for each school");
    for (row, school) in range.rows().skip(1).zip(&schools) {
        assert_eq!(row[2], Data::Float(school.hosted as f64), "hosted, as a number");
        assert_eq!(row[4], Data::Float(school.teachers as f64));
    }
    // The other documents have no workbook.
    let plan = print::prepare(&project, &network_request(Document::YearPlan, Language::Kk)).unwrap();
    assert!(print::workbook(&plan).is_err());
}

fn adisker(data: &std::path::Path, args: &[&str]) -> (bool, String) {
    std::fs::write(data.join("settings.json"), r#"{"language":"en"}"#).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_adisker"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

#[test]
fn the_command_line_prints_a_courses_certificates_once_and_chooses_by_id() {
    let dir = tempfile::tempdir().unwrap();
    let mut project = network();
    project.awards.retain(|a| a.course.is_none());
    let course = project.courses[0].clone();
    let file = dir.path().join("network.json");
    adisker::store::project_file::save(&file, &project).unwrap();
    let pdf = dir.path().join("course.pdf");
    let (path, out) = (file.to_str().unwrap(), pdf.to_str().unwrap());
    let id = course.id.to_string();
    let print = |args: &[&str]| adisker(dir.path(), &[&["print"], args].concat());
    let (ok, said) = print(&["course-certificates", path, "--of", &id, "--series", "ЦС-7/001", "-o", out]);
    assert!(ok, "{said}");
    let saved = adisker::store::project_file::load(&file).unwrap().project;
    let numbers: Vec<&str> =
        saved.awards.iter().filter(|a| a.course == Some(course.id)).map(|a| a.number.as_str()).collect();
    assert_eq!(numbers.len(), course.passed().count(), "{said}");
    assert_eq!(numbers.iter().collect::<HashSet<_>>().len(), numbers.len());
    assert!(numbers.contains(&"ЦС-7/001"));
    // Dated on the course's last day, not on the day it is printed.
    assert!(saved.awards.iter().filter(|a| a.course.is_some()).all(|a| a.issued_on == course.ends_on));
    let (ok, said) = print(&["course-certificates", path, "-o", out]);
    assert!(ok, "{said}");
    let again = adisker::store::project_file::load(&file).unwrap().project;
    assert_eq!(again.awards.len(), saved.awards.len(), "a reprint records nothing: {said}");

    let (ok, said) = print(&["year-report", path, "--of", &id, "-o", out]);
    assert!(!ok);
    assert!(said.contains(&project.year_plans[0].id.to_string()), "the plans to choose from: {said}");
    let xlsx = dir.path().join("report.xlsx");
    let (ok, said) = print(&["year-report", path, "-o", xlsx.to_str().unwrap()]);
    assert!(ok && xlsx.metadata().unwrap().len() > 0, "{said}");
}
