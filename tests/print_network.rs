//! The documents of a mentoring programme, a course and a network's year,
//! read back from their PDFs in every language: the order's annex, mentor
//! and course certificates with their particulars and numbers never given
//! twice, a pair's plan and log, the year plan and the year report.

use adisker::domain::awards::AwardsEdit;
use adisker::domain::course::Course;
use adisker::domain::mentoring::{ActivityKind, Direction, MentoringProgramme, Order, Pair};
use adisker::domain::year_plan::{Network, NetworkMember, PlanForm, PlanRow, YearPlan};
use adisker::domain::*;
use adisker::i18n::{Language, document_loader, format_date_long_in};
use adisker::print::{self, Document, PeopleSet, PrintError, Request, Subject, SubjectKind};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

use crate::printing::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The day the documents are printed: the middle of the school year.
fn today() -> NaiveDate {
    date(2025, 3, 14)
}

/// Runs of spaces and line ends as one space, and a word broken after its
/// hyphen at a line's end as one: a PDF's text breaks where the page did.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").replace("- ", "-")
}

fn add_person(project: &mut Project, name: &str, school: SchoolId, position: &str) -> PersonId {
    let person = Person {
        full_name: name.into(),
        school: Some(school),
        position: position.into(),
        ..Person::default()
    };
    let id = person.id;
    project.people.push(person);
    id
}

fn add_school(project: &mut Project, name: &str, role: SchoolRole) -> SchoolId {
    let school = School { id: SchoolId::new(), name: name.into(), role, ..School::default() };
    let id = school.id;
    project.schools.push(school);
    id
}

fn direction(name: &str, responsible: Vec<PersonId>) -> Direction {
    Direction { id: DirectionId::new(), name: name.into(), responsible, extra: Default::default() }
}

/// A leading school and three magnet schools, a mentoring programme of two
/// directions with its order, a year plan of the network with a row held as
/// an event, and a 72-hour course.
fn network_project() -> Project {
    let mut project = Project::new("Желілік қоғамдастық", "Қарағанды облысы білім басқармасы", now());
    project.city = "Қарағанды қ.".into();
    let leading = add_school(&mut project, "№ 1 көшбасшы мектеп", SchoolRole::Leading);
    let magnets: Vec<SchoolId> = ["№ 12 мектеп", "№ 27 мектеп", "№ 45 мектеп"]
        .into_iter()
        .map(|name| add_school(&mut project, name, SchoolRole::Magnet))
        .collect();
    let head = add_person(&mut project, "Серікбаева Гүлнар Асқарқызы", leading, "директор");
    project.signatories.push(Signatory {
        id: SignatoryId::new(),
        person: Some(head),
        name: "Г. А. Серікбаева".into(),
        position: "Директор".into(),
        organisation: "№ 1 көшбасшы мектеп".into(),
        extra: Default::default(),
    });
    let teachers: Vec<PersonId> = (0..12)
        .map(|i| {
            let school = if i < 4 { leading } else { magnets[i % 3] };
            add_person(&mut project, &format!("Мұғалім{i} Айгүл Серікқызы"), school, "мұғалім")
        })
        .collect();

    let mut programme = MentoringProgramme::new("Устат-шакирт мектеби", date(2024, 9, 1), date(2026, 5, 31));
    programme.organiser = "Қарағанды қаласы білім бөлімі".into();
    programme.order = Some(Order { number: "148-н".into(), date: date(2024, 8, 28) });
    let sciences = direction("Жаратылыстану-математикалық пәндер", vec![head]);
    let humanities = direction("Гуманитарлық пәндер", vec![]);
    let (sciences_id, humanities_id) = (sciences.id, humanities.id);
    programme.directions = vec![sciences, humanities];
    for (i, mentor) in teachers[..3].iter().enumerate() {
        programme.approve(*mentor, if i == 2 { humanities_id } else { sciences_id });
    }
    for (i, mentor) in teachers[..3].iter().enumerate() {
        let pair = programme.pair_up(*mentor, vec![teachers[4 + i]]).unwrap();
        let pair = programme.pair_mut(pair).unwrap();
        pair.plan.push(Pair::new_task("ҚМЖ құру", Some(date(2024, 10, 15))));
        pair.plan.push(Pair::new_task("Критериалды бағалау", Some(date(2025, 1, 20))));
        pair.plan[0].done = true;
        pair.activities.push(Pair::new_activity(date(2024, 10, 3), ActivityKind::Meeting, 1.0, "Танысу"));
        pair.activities.push(Pair::new_activity(
            date(2025, 2, 12),
            ActivityKind::MenteeLessonVisited,
            1.5,
            "Сабаққа қатысу",
        ));
    }
    project.programmes.push(programme.clone());

    let network = Network {
        id: NetworkId::new(),
        title: "Қарағанды желілік қоғамдастығы".into(),
        leading,
        members: magnets
            .iter()
            .enumerate()
            .map(|(i, school)| NetworkMember {
                organisation: *school,
                role: SchoolRole::Magnet,
                coordinator: Some(teachers[4 + i]),
                extra: Default::default(),
            })
            .collect(),
        extra: Default::default(),
    };
    let mut plan = YearPlan::for_year_of("Желілік қоғамдастықтың жұмыс жоспары", today());
    plan.network = Some(network.id);
    plan.programme = Some(programme.id);
    let rows = [
        ("Тәлімгерлерді тыңдау", PlanForm::Hearing, leading, 10, "Тыңдау хаттамасы"),
        ("Әдістемелік десант", PlanForm::MethodicalLanding, magnets[0], 11, "Әдістемелік ұсынымдар"),
        ("Ашық есік күні", PlanForm::OpenDoors, magnets[1], 2, "Бейнежазба"),
        ("Желілік форум", PlanForm::Forum, leading, 5, "Жинақ"),
    ];
    for (title, form, host, month, product) in rows {
        plan.rows.push(PlanRow {
            id: PlanRowId::new(),
            title: title.into(),
            form,
            host: Some(host),
            month: Some(month),
            responsible: vec![head],
            target: "мұғалімдер".into(),
            planned_count: Some(25),
            product: product.into(),
            ..PlanRow::default()
        });
    }
    project.networks.push(network);
    project.year_plans.push(plan.clone());
    // The hearing was held with attendance: its row is done.
    let (edit, event) = adisker::domain::year_plan::row_to_event(&plan, plan.rows[0].id).unwrap();
    project.apply(edit).unwrap();
    let event = project.events.iter_mut().find(|e| e.id == event).unwrap();
    for person in &teachers[..8] {
        event.registrations.push(Registration {
            person: *person,
            mode: AttendanceMode::Offline,
            attended: Some(true),
            group: None,
            extra: Default::default(),
        });
    }

    let mut course = Course::new("Цифрлық сауаттылық", 72, date(2025, 1, 13), date(2025, 2, 7));
    course.organiser = "«Өрлеу» біліктілікті арттыру орталығы".into();
    course.partner = "№ 1 көшбасшы мектеп".into();
    course.enrol(teachers.iter().copied());
    for participant in course.participants.iter_mut().take(9) {
        participant.passed = true;
    }
    project.courses.push(course);
    project
}

fn network_request(document: Document, language: Language) -> Request {
    // The event is not read for these documents.
    Request::new(document, EventId::new(), language, today())
}

/// The text of `document` in each language.
fn texts(project: &Project, document: Document) -> Vec<(Language, String)> {
    Language::ALL
        .iter()
        .map(|language| (*language, flat(&pdf_text(&network_request(document, *language), project))))
        .collect()
}

#[test]
fn every_new_document_compiles_in_every_language() {
    let project = network_project();
    for document in Document::NETWORK {
        for language in Language::ALL {
            let (typeset, prepared) = typeset(&project, &network_request(document, language));
            assert!(typeset.pdf().unwrap().starts_with(b"%PDF"), "{document:?} {language:?}");
            let certificates =
                matches!(document, Document::MentorCertificates | Document::CourseCertificates);
            assert_eq!(!prepared.new_awards.is_empty(), certificates, "{document:?}");
        }
        // Two languages, the first leading.
        let mut bilingual = network_request(document, Language::Kk);
        bilingual.languages.push(Language::Ru);
        typeset(&project, &bilingual);
    }
}

#[test]
fn a_course_certificate_shows_its_hours_dates_and_issuers() {
    let project = network_project();
    let course = &project.courses[0];
    for (language, text) in texts(&project, Document::CourseCertificates) {
        let loader = document_loader(language);
        let pages = text.matches(&words(language, "print-certificate").to_uppercase()).count();
        assert_eq!(pages, course.passed().count(), "{language:?}: one page for each who passed");
        let hours = flat(&loader.get_args("print-course-hours", HashMap::from([("hours", course.hours)])));
        assert_eq!(text.matches(&hours).count(), pages, "{language:?}: {hours} in {text}");
        for day in [course.starts_on, course.ends_on] {
            let written = flat(&format_date_long_in(loader, day));
            assert!(text.contains(&written), "{language:?}: {written} in {text}");
        }
        assert!(text.contains("«ӨРЛЕУ» БІЛІКТІЛІКТІ АРТТЫРУ ОРТАЛЫҒЫ"), "{language:?}: the organiser");
        assert!(text.contains("Г. А. Серікбаева"), "{language:?}: who signs");
    }
}

#[test]
fn a_mentor_certificate_shows_the_direction_term_and_order() {
    let project = network_project();
    let programme = &project.programmes[0];
    for (language, text) in texts(&project, Document::MentorCertificates) {
        let loader = document_loader(language);
        for mentor in &programme.mentors {
            let name = &project.person(mentor.person).unwrap().full_name;
            let direction = &programme.direction(mentor.direction).unwrap().name;
            let term = flat(&format!(
                "{} – {}",
                format_date_long_in(loader, mentor.starts_on),
                format_date_long_in(loader, mentor.ends_on)
            ));
            assert_in_order(&text, &[name, direction, &term, "148-н"]);
        }
        assert!(text.contains("Устат-шакирт мектеби"), "{language:?}: the programme in {text}");
    }
}

#[test]
fn no_certificate_number_is_given_twice_and_a_reprint_keeps_them() {
    let mut project = network_project();
    let mut numbers: Vec<String> = Vec::new();
    for document in [Document::MentorCertificates, Document::CourseCertificates] {
        let prepared = print::prepare(&project, &network_request(document, Language::Ky)).unwrap();
        numbers.extend(prepared.new_awards.iter().map(|a| a.number.clone()));
        project.apply(Edit::Awards(Box::new(AwardsEdit::Issue(prepared.new_awards)))).unwrap();
    }
    let unique: HashSet<&String> = numbers.iter().collect();
    assert_eq!(unique.len(), numbers.len(), "{numbers:?}");
    assert_eq!(numbers.len(), project.programmes[0].mentors.len() + project.courses[0].passed().count());
    // Printed again, nothing new is issued and each page keeps its number.
    for document in [Document::MentorCertificates, Document::CourseCertificates] {
        let request = network_request(document, Language::Ru);
        let prepared = print::prepare(&project, &request).unwrap();
        assert!(prepared.new_awards.is_empty(), "{document:?}");
        let text = pdf_text(&request, &project);
        let awards = project.awards.iter().filter(|a| match document {
            Document::MentorCertificates => a.programme.is_some(),
            _ => a.course.is_some(),
        });
        for award in awards {
            assert!(text.contains(&award.number), "{} on its reprint", award.number);
        }
    }
}

#[test]
fn a_hand_picked_mentor_gets_only_her_certificate() {
    let project = network_project();
    let mentor = project.programmes[0].mentors[1].person;
    let mut request = network_request(Document::MentorCertificates, Language::Kk);
    request.people = PeopleSet::Chosen(vec![mentor]);
    let prepared = print::prepare(&project, &request).unwrap();
    assert_eq!(prepared.new_awards.iter().map(|a| a.person).collect::<Vec<_>>(), [mentor]);
}

#[test]
fn the_annex_lists_the_mentors_by_direction_with_their_mentees() {
    let project = network_project();
    let programme = &project.programmes[0];
    let name = |id: PersonId| project.person(id).unwrap().full_name.clone();
    for (language, text) in texts(&project, Document::MentorAnnex) {
        let mut expected = vec![words(language, "print-annex-of-order")];
        for direction in &programme.directions {
            expected.push(direction.name.clone());
            for mentor in programme.mentors.iter().filter(|m| m.direction == direction.id) {
                expected.push(name(mentor.person));
                let pair = programme.pairs.iter().find(|p| p.mentor == mentor.person).unwrap();
                expected.push(name(pair.mentees[0]));
            }
        }
        expected.push("Г. А. Серікбаева".into());
        assert_in_order(&text, &expected.iter().map(String::as_str).collect::<Vec<_>>());
        assert!(text.contains("148-н"), "{language:?}: the order's number in {text}");
    }
    let kyrgyz = flat(&pdf_text(&network_request(Document::MentorAnnex, Language::Ky), &project));
    assert!(kyrgyz.contains("Насаатчы") && kyrgyz.contains("Шакирт"), "{kyrgyz}");
    assert!(!kyrgyz.to_lowercase().contains("устаттар"), "{kyrgyz}");
}

#[test]
fn a_pairs_plan_and_log_with_its_progress() {
    let project = network_project();
    let pair = &project.programmes[0].pairs[1];
    let mut request = network_request(Document::PairPlan, Language::Kk);
    request.subject = Some(Subject::Pair(pair.id));
    let text = flat(&pdf_text(&request, &project));
    let mentor = &project.person(pair.mentor).unwrap().full_name;
    assert_in_order(
        &text,
        &[mentor, "ҚМЖ құру", "15.10.2024", "Критериалды бағалау", "03.10.2024", "Танысу"],
    );
    let progress = pair.progress(today());
    assert_eq!((progress.tasks_done, progress.tasks), (1, 2));
    assert!(text.contains("1 / 2"), "{text}");
    assert!(text.contains("2,5"), "the hours summed, written the Kazakh way: {text}");
}

#[test]
fn the_year_plan_is_approved_and_lists_its_rows_by_month() {
    let project = network_project();
    for (language, text) in texts(&project, Document::YearPlan) {
        let approve = words(language, "print-approve");
        let month = |m: u32| {
            document_loader(language)
                .get_args("print-network-month", HashMap::from([("month", m)]))
                .to_uppercase()
        };
        assert_in_order(
            &text,
            &[
                &approve,
                "Г. А. Серікбаева",
                &month(10),
                "Тәлімгерлерді тыңдау",
                &month(11),
                "Әдістемелік десант",
                &month(2),
                "Ашық есік күні",
                &month(5),
                "Желілік форум",
            ],
        );
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
    let project = network_project();
    let request = network_request(Document::YearReport, Language::Ru);
    let prepared = print::prepare(&project, &request).unwrap();
    let body = &prepared.data["body"];
    assert_eq!(body["counts"]["planned"], 4);
    assert_eq!(body["counts"]["held"], 1, "the hearing, held with attendance");
    assert_eq!(body["counts"]["present"], 8);
    // November and February are past on 14 March: the landing and the
    // open doors are late.
    assert_eq!(body["counts"]["late"], 2);
    let leading = &body["schools"][0];
    assert_eq!((leading["hosted"].as_u64(), leading["teachers"].as_u64()), (Some(1), Some(4)));
    assert_eq!(body["courses"][0]["passed"], 9);
    assert_eq!(body["programmes"][0]["total"]["pairs"], 3);
    let text = flat(&pdf_text(&request, &project));
    assert_in_order(&text, &["Тыңдау хаттамасы", "Г. А. Серікбаева"]);
    assert!(!text.contains("Әдістемелік ұсынымдар"), "a product of a row not held is not reported");
}

#[test]
fn a_project_without_a_course_says_so() {
    let mut project = network_project();
    project.courses.clear();
    let request = network_request(Document::CourseCertificates, Language::Kk);
    assert_eq!(print::prepare(&project, &request).unwrap_err(), PrintError::NoSubject(SubjectKind::Course));
    let mut request = network_request(Document::YearPlan, Language::Kk);
    request.subject = Some(Subject::Plan(YearPlanId::new()));
    assert_eq!(print::prepare(&project, &request).unwrap_err(), PrintError::NoSubject(SubjectKind::Plan));
}

#[test]
fn letters_for_the_mentors_go_to_the_programmes_mentors() {
    let mut project = network_project();
    let event = project.events[0].id;
    let mut request = Request::new(Document::Letters, event, Language::Ky, today());
    request.people = PeopleSet::Mentors;
    let prepared = print::prepare(&project, &request).unwrap();
    let people: HashSet<PersonId> = prepared.new_awards.iter().map(|a| a.person).collect();
    let mentors: HashSet<PersonId> = project.programmes[0].mentors.iter().map(|m| m.person).collect();
    assert_eq!(people, mentors);
    project.programmes.clear();
    assert!(matches!(print::prepare(&project, &request), Err(PrintError::Nobody { .. })));
}
