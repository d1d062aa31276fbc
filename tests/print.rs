//! Printed documents: every document compiles in every language, the PDF's
//! text holds the right words in the right order, fonts are embedded, no
//! glyph is missing, and certificate numbers never repeat.

use adisker::domain::awards::AwardsEdit;
use adisker::domain::*;
use adisker::i18n::Language;
use adisker::print::{self, Document, PeopleSet, PrintError, Request, Templates};
use adisker::sample;

use std::collections::HashSet;

use crate::printing;
use crate::seeds;

use printing::*;

#[test]
fn every_document_compiles_in_every_language_from_the_small_sample() {
    let project = small();
    for document in Document::ALL {
        for language in Language::ALL {
            let (typeset, _) = typeset(&project, &request(&project, document, language));
            assert!(typeset.pdf().unwrap().starts_with(b"%PDF"));
        }
    }
    // A filled observation sheet, too.
    let mut filled = request(&project, Document::ObservationSheet, Language::Kk);
    filled.observation = Some(project.events[0].observations[0].id);
    let (typeset, _) = typeset(&project, &filled);
    assert_eq!(typeset.page_count(), 1);
}

#[test]
fn every_document_compiles_in_every_language_from_the_seed_projects() {
    for project in [seeds::shymkent(now()), seeds::karaganda(now())] {
        for document in Document::ALL {
            for language in Language::ALL {
                let mut request = request(&project, document, language);
                if document == Document::Certificates {
                    request.people = PeopleSet::All;
                }
                if document == Document::Letters && project.programmes.is_empty() {
                    request.people = PeopleSet::Teachers;
                } else if document == Document::Letters {
                    request.people = PeopleSet::Mentors;
                }
                match (document, print::prepare(&project, &request)) {
                    // Karaganda's hearing gave no nomination and issued nothing yet.
                    (Document::Diplomas, Err(PrintError::NoNominations { .. }))
                    | (Document::Register, Err(PrintError::NoAwards { .. })) => {
                        assert!(project.awards.iter().all(|a| a.kind != AwardKind::Nomination));
                        continue;
                    }
                    _ => {}
                }
                let (typeset, _) = typeset(&project, &request);
                assert!(typeset.pdf().unwrap().starts_with(b"%PDF"), "{}: {document:?}", project.title);
            }
        }
    }
}

#[test]
fn the_seminar_in_shymkent_prints_its_lessons_its_nomination_and_its_letters() {
    let project = seeds::shymkent(now());
    let programme = pdf_text(&request(&project, Document::Programme, Language::Kk), &project);
    // A time that spans its parallel lessons is extracted beside their
    // middle, so the order is checked on the topics and the times apart.
    assert_in_order(
        &programme,
        &[
            "Семинардың ашылуы",
            "Квадрат теңдеулерді шешу",
            "Holidays",
            "Майлықожа",
            "Шегіртке мен құмырсқа",
            "Марапаттау",
        ],
    );
    assert!(programme.contains("10:00–10:45") && programme.contains("11:00–11:45"), "{programme}");
    // The nomination is a diploma of its own, not a line on a certificate.
    let diplomas = pdf_text(&request(&project, Document::Diplomas, Language::Kk), &project);
    assert_in_order(&diplomas, &["ДИПЛОМ", "«Ең үздік шебер сынып»", "Құрбан Жанат", "84-2016/Н1"]);
    let mut certificates = request(&project, Document::Certificates, Language::Kk);
    certificates.people = PeopleSet::Teachers;
    let text = pdf_text(&certificates, &project);
    assert!(!text.contains("Ең үздік шебер сынып"), "{text}");
    let letters = pdf_text(&request(&project, Document::Letters, Language::Ru), &project);
    for number in ["84-2016/001", "84-2016/002", "84-2016/003", "84-2016/005", "84-2016/006"] {
        assert!(letters.contains(number), "{number} is printed on its letter");
    }
}

#[test]
fn letters_for_the_mentors_of_the_leading_school() {
    let project = seeds::karaganda(now());
    let mut letters = request(&project, Document::Letters, Language::Kk);
    letters.people = PeopleSet::Mentors;
    let (typeset, prepared) = typeset(&project, &letters);
    let mentors: Vec<_> = project.programmes.iter().flat_map(|p| &p.mentors).collect();
    assert_eq!(typeset.page_count(), mentors.len());
    let text = pdf_text(&letters, &project);
    for mentor in &mentors {
        // A letter greets her by first name and patronymic.
        let name = adisker::domain::wording::addressed(&project.person(mentor.person).unwrap().full_name);
        assert!(text.contains(&name), "{name} in {text}");
    }
    let numbers: HashSet<&str> = prepared.new_awards.iter().map(|a| a.number.as_str()).collect();
    assert_eq!(numbers.len(), mentors.len());
}

#[test]
fn every_document_compiles_from_the_generated_district_project() {
    let project = sample::large(3, now());
    let event =
        project.events.iter().find(|e| !e.sessions.is_empty() && !e.registrations.is_empty()).unwrap();
    for document in Document::ALL {
        let mut request = Request::new(document, event.id, Language::Ru, event.starts_on);
        request.people = PeopleSet::All;
        match print::prepare(&project, &request) {
            // The generated events have no observation sheet of their own.
            Err(PrintError::NoObservationTemplate) => assert_eq!(document, Document::ObservationSheet),
            Err(PrintError::NoNominations { .. }) => assert_eq!(document, Document::Diplomas),
            _ => {
                typeset(&project, &request);
            }
        }
    }
}

#[test]
fn the_programme_lists_times_and_topics_in_the_order_of_the_day() {
    let project = small();
    let text = pdf_text(&request(&project, Document::Programme, Language::Kk), &project);
    // The two parallel lessons follow their rooms' order on the grid.
    let event = &project.events[0];
    let room_of = |topic: &str| {
        let session = event.sessions.iter().find(|s| s.title.contains(topic)).unwrap();
        event.rooms.iter().position(|r| Some(r.id) == session.room).unwrap()
    };
    let mut parallel = ["Менің тәуелсіз Қазақстаным", "Саяхат"];
    parallel.sort_by_key(|topic| room_of(topic));
    assert_in_order(
        &text,
        &[
            "БАҒДАРЛАМА",
            "09:30",
            "Қатысушыларды тіркеу",
            "10:00",
            "Салтанатты ашылу",
            "10:45",
            "Шеберлік сағаты",
            parallel[0],
            parallel[1],
            "12:20",
            "Үзіліс",
        ],
    );
    // A time that spans its parallel lessons is extracted beside their
    // middle: it is checked apart from the order.
    assert!(text.contains("11:35–12:20") && text.contains("Қатар өтетін сабақтар"), "{text}");
    assert!(text.contains("Қожабекова"), "{text}");
}

#[test]
fn a_lesson_nobody_named_prints_under_its_subject_and_grade() {
    let mut project = small();
    let event = &mut project.events[0];
    let lesson = event.sessions.iter_mut().find(|s| s.lesson.is_some()).unwrap();
    lesson.title = "Ашық сабақ 1".into();
    let lesson = lesson.lesson.as_mut().unwrap();
    lesson.subject = "Математика".into();
    lesson.grade = 9;
    lesson.class_letter = None;
    let text = pdf_text(&request(&project, Document::Programme, Language::Kk), &project);
    assert!(!text.contains("Ашық сабақ 1"), "{text}");
    assert!(text.contains("Математика, 9-сынып"), "{text}");
}

#[test]
fn a_bilingual_programme_speaks_both_languages() {
    let project = small();
    let mut request = request(&project, Document::Programme, Language::Kk);
    request.languages = vec![Language::Kk, Language::Ru];
    let text = pdf_text(&request, &project);
    assert!(text.contains("БАҒДАРЛАМА / ПРОГРАММА"), "{text}");
    assert!(
        text.contains("Ашық сабақ / Открытый урок") || text.contains("АШЫҚ САБАҚ / ОТКРЫТЫЙ УРОК"),
        "{text}"
    );
    assert!(text.contains("1 февраля 2019"), "{text}");
    assert!(text.contains("2019 жылғы 1 ақпан"), "{text}");
}

#[test]
fn the_sign_in_sheet_numbers_everyone_registered_by_school() {
    let project = small();
    let event = &project.events[0];
    let text = pdf_text(&request(&project, Document::SignIn, Language::Ru), &project);
    let count = event.registrations.len();
    // The last number is the number of registrations, and it is there once.
    assert!(text.contains(&format!("\n{count}")) || text.contains(&format!("{count} ")), "{text}");
    let some = project.person(event.registrations[0].person).unwrap();
    assert!(text.contains(&some.full_name), "{} missing", some.full_name);
    assert!(text.contains("Подпись"));
}

#[test]
fn the_sign_in_sheet_follows_the_kazakh_alphabet_and_school_numbers() {
    let mut project = small();
    let event = &mut project.events[0];
    event.registrations.clear();
    for (school, names) in [
        ("№105 мектеп", ["Янова Ә.", "Әбдірахманова Г.", "Ахметова А."]),
        ("№12 мектеп", ["Іскакова Д.", "Қасымова С.", "Кузнецова Е."]),
    ] {
        let school = School { id: SchoolId::new(), name: school.into(), ..School::default() };
        for name in names {
            let person = Person { full_name: name.into(), school: Some(school.id), ..Person::default() };
            event.registrations.push(Registration { person: person.id, ..Registration::default() });
            project.people.push(person);
        }
        project.schools.push(school);
    }
    let text = pdf_text(&request(&project, Document::SignIn, Language::Kk), &project);
    assert_in_order(
        &text,
        &[
            "№12 мектеп",
            "Кузнецова Е.",
            "Қасымова С.",
            "Іскакова Д.",
            "№105 мектеп",
            "Ахметова А.",
            "Әбдірахманова Г.",
            "Янова Ә.",
        ],
    );
}

#[test]
fn fonts_are_embedded_as_subsets() {
    let project = small();
    let (typeset, _) = typeset(&project, &request(&project, Document::Programme, Language::Kk));
    let pdf = typeset.pdf().unwrap();
    let has = |needle: &[u8]| pdf.windows(needle.len()).any(|w| w == needle);
    assert!(has(b"/FontFile2") || has(b"/FontFile3"), "no embedded font program");
    assert!(has(b"PTSerif"), "PT Serif is not in the PDF");
    assert!(has(b"PTSans"), "PT Sans is not in the PDF");
    // A subset, not the whole 300 KB font.
    assert!(pdf.len() < 250_000, "{} bytes", pdf.len());
}

#[test]
fn a_character_no_font_holds_is_caught() {
    let mut project = small();
    let event = &mut project.events[0];
    event.title.push_str(" 漢字");
    let prepared = print::prepare(&project, &request(&project, Document::Programme, Language::Kk)).unwrap();
    let typeset = print::typeset(&prepared, &Templates::bundled().load(Document::Programme)).unwrap();
    assert!(typeset.missing_glyphs.contains('漢'), "{:?}", typeset.missing_glyphs);
}

#[test]
fn letters_of_thanks_keep_the_numbers_they_were_issued_with() {
    let project = small();
    let mut request = request(&project, Document::Letters, Language::Kk);
    request.people = PeopleSet::Teachers;
    let (_, prepared) = typeset(&project, &request);
    let text = pdf_text(&request, &project);
    // The sample's letters were numbered 57-2019/001 to 005 at the event;
    // the teachers among their holders get the same numbers again.
    let teachers = print::choose_people(&project, &project.events[0], &PeopleSet::Teachers);
    let kept: Vec<&Award> = project
        .awards
        .iter()
        .filter(|a| a.kind == AwardKind::LetterOfThanks && teachers.contains(&a.person))
        .collect();
    assert!(!kept.is_empty(), "the sample thanks some of its teachers");
    for award in kept {
        let teacher = project.person(award.person).unwrap();
        assert!(text.contains(&award.number), "{} missing for {}", award.number, teacher.full_name);
    }
    assert!(prepared.new_awards.iter().all(|a| !project.awards.iter().any(|b| b.number == a.number)));
    assert!(text.contains("АЛҒЫС ХАТ"));
}

#[test]
fn certificate_numbers_never_repeat_across_batches() {
    let mut project = small();
    let mut present = request(&project, Document::Certificates, Language::Kk);
    present.people = PeopleSet::Present;
    present.series = "57-2019/001".into();
    let (first_batch, prepared) = typeset(&project, &present);
    let people = print::choose_people(&project, &project.events[0], &PeopleSet::Present);
    assert_eq!(first_batch.page_count(), people.len(), "one page per person");
    let first: Vec<String> = prepared.new_awards.iter().map(|a| a.number.clone()).collect();
    assert_eq!(first.len(), people.len());
    project.apply(Edit::Awards(Box::new(AwardsEdit::Issue(prepared.new_awards)))).unwrap();

    // Everyone registered now: those present keep theirs, the rest get new
    // ones, and no number is held twice.
    let mut all = request(&project, Document::Certificates, Language::Kk);
    all.people = PeopleSet::All;
    all.series = "57-2019/001".into();
    let (_, again) = typeset(&project, &all);
    project.apply(Edit::Awards(Box::new(AwardsEdit::Issue(again.new_awards.clone())))).unwrap();
    let numbers: Vec<&str> = project.awards.iter().map(|a| a.number.as_str()).collect();
    let unique: HashSet<&str> = numbers.iter().copied().collect();
    assert_eq!(unique.len(), numbers.len());
    assert_eq!(again.new_awards.len(), project.events[0].registrations.len() - people.len());
    let text = pdf_text(&all, &project);
    for number in first.iter().take(3) {
        assert_eq!(text.matches(number.as_str()).count(), 1, "{number}");
    }
}

#[test]
fn a_very_long_name_still_fits_its_certificate() {
    let mut project = small();
    let long = "Құсайынова-Мадалимова-Тәуекелова Салтанат-Гүлнәр-Айгерім Амангелдіқызы-Нұрсұлтанқызы";
    let person = Person { full_name: long.into(), ..Person::default() };
    let id = person.id;
    project.people.push(person);
    let mut request = request(&project, Document::Certificates, Language::Kk);
    request.people = PeopleSet::Chosen(vec![id, project.events[0].registrations[0].person]);
    let (typeset, _) = typeset(&project, &request);
    assert_eq!(typeset.page_count(), 2);
    let text = pdf_text(&request, &project);
    assert!(text.contains("Амангелдіқызы-Нұрсұлтанқызы"), "{text}");
}

#[test]
fn missing_data_is_said_not_printed_as_an_empty_page() {
    let mut project = small();
    let mut empty = Event::new("Жаңа семинар", day());
    empty.registrations.clear();
    project.events.push(empty.clone());
    let mut programme = request(&project, Document::Programme, Language::Kk);
    programme.event = empty.id;
    assert!(matches!(print::prepare(&project, &programme), Err(PrintError::NoSessions { .. })));
    let mut sign_in = programme.clone();
    sign_in.document = Document::SignIn;
    assert!(matches!(print::prepare(&project, &sign_in), Err(PrintError::NoRegistrations { .. })));
    let mut certificates = programme.clone();
    certificates.document = Document::Certificates;
    certificates.people = PeopleSet::Present;
    let error = print::prepare(&project, &certificates).unwrap_err();
    assert!(matches!(error, PrintError::Nobody { .. }));
    adisker::i18n::set_language(Language::Kk);
    let message = print::describe_print_error(&error);
    assert!(message.contains("Жаңа семинар") && message.contains("қатысқандардың бәрі"), "{message}");
}

#[test]
fn a_broken_user_template_is_named_with_its_line_and_the_bundled_one_still_works() {
    let project = small();
    let dir = tempfile::tempdir().unwrap();
    let broken = "#import \"common.typ\": *\n#show: page-setup\n\n#table(columns: 2, body.nothing_here)\n";
    std::fs::write(dir.path().join("programme.typ"), broken).unwrap();
    let templates = Templates::with_user_dir(dir.path());
    let request = request(&project, Document::Programme, Language::En);
    let prepared = print::prepare(&project, &request).unwrap();
    let template = templates.load(Document::Programme);
    assert!(template.is_user());
    match print::typeset(&prepared, &template) {
        Err(PrintError::Template { file, line, user, message, .. }) => {
            assert!(file.ends_with("programme.typ"), "{file}");
            assert_eq!(line, 4, "{message}");
            assert!(user);
        }
        other => panic!("{other:?}"),
    }
    // The bundled template prints the same data.
    print::typeset(&prepared, &Templates::bundled().load(Document::Programme)).unwrap();
    // A school's own template that works is the one used.
    let own = "#import \"common.typ\": *\n#show: page-setup\n= Мектеп №57 бағдарламасы\n#event.title\n";
    std::fs::write(dir.path().join("programme.typ"), own).unwrap();
    let typeset = print::typeset(&prepared, &templates.load(Document::Programme)).unwrap();
    let text = pdf_extract::extract_text_from_mem(&typeset.pdf().unwrap()).unwrap();
    assert!(text.contains("Мектеп №57 бағдарламасы"), "{text}");
}

#[test]
fn the_report_tells_who_came_what_was_taught_and_what_was_found() {
    let project = small();
    let event = &project.events[0];
    let text = pdf_text(&request(&project, Document::Report, Language::Kk), &project);
    let offline = event
        .registrations
        .iter()
        .filter(|r| r.attended == Some(true) && r.mode == AttendanceMode::Offline)
        .count();
    assert!(text.contains(&offline.to_string()));
    assert_in_order(
        &text,
        &["ІС-ШАРА ТУРАЛЫ ЕСЕП", "Қатысушылар", "Менің тәуелсіз Қазақстаным", "Саяхат", "Марапаттар"],
    );
    assert!(text.contains("57-2019/001"), "{text}");
    assert!(!text.contains(".;"), "observers' sentences run on without a semicolon after a full stop");
    // Justified lines come out of the PDF with wider spaces.
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for observation in event.observations.iter().filter(|o| !o.strengths.is_empty()) {
        let opening: String = observation.strengths.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
        assert!(words.contains(&opening), "{opening:?} of the strengths is in the report");
    }
}

#[test]
fn a_section_title_of_the_report_is_never_left_alone_at_the_foot_of_a_page() {
    let project = small();
    let event = &project.events[0];
    let request = request(&project, Document::Report, Language::Kk);
    let (typeset, _) = typeset(&project, &request);
    let pages = pdf_extract::extract_text_from_mem_by_pages(&typeset.pdf().unwrap()).unwrap();
    let heading = adisker::i18n::document_loader(Language::Kk).get("print-findings");
    let criteria: Vec<String> = event
        .observations
        .iter()
        .flat_map(|o| adisker::domain::observation::lesson_summary(&project, event, o.session).rows)
        .map(|row| row.title)
        .collect();
    let page = pages.iter().find(|p| p.contains(&heading)).expect("the report has the observers' findings");
    assert!(
        criteria.iter().any(|c| page.contains(c)),
        "the findings' title is followed by a finding on its page:\n{page}"
    );
}

#[test]
fn the_filled_observation_sheet_holds_what_the_observer_wrote() {
    let project = small();
    let observation = project.events[0].observations.iter().find(|o| !o.strengths.is_empty()).unwrap();
    let mut request = request(&project, Document::ObservationSheet, Language::Kk);
    request.observation = Some(observation.id);
    let text = pdf_text(&request, &project);
    let observer = project.person(observation.observer).unwrap();
    let first_words: String = observation.strengths.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
    assert!(text.contains(&observer.full_name), "{text}");
    assert!(text.contains(&first_words), "{first_words} in {text}");
}

#[test]
fn parallel_lessons_are_never_split_from_their_time_across_pages() {
    let base = small();
    let event = &base.events[0];
    let parallel: Vec<&Session> = event
        .sessions
        .iter()
        .filter(|s| s.lesson.is_some() && s.start.to_string().starts_with("11:35"))
        .collect();
    assert_eq!(parallel.len(), 2, "the sample has two lessons at 11:35");
    let time = "11:35–12:20";
    let mut moved_to_a_later_page = 0;
    // Each short item before them pushes the pair further down the first
    // page, until it meets the page's foot.
    for fillers in 0..14 {
        let mut project = base.clone();
        let day = project.events[0].starts_on;
        for i in 0..fillers {
            let start = chrono::NaiveTime::from_hms_opt(7, i, 0).unwrap();
            let end = start + chrono::Duration::minutes(1);
            let session = Session::new(day, start, end, SessionKind::Speech, format!("Сөз №{i}"));
            project.events[0].sessions.push(session);
        }
        let request = request(&project, Document::Programme, Language::Kk);
        let (typeset, _) = typeset(&project, &request);
        let pages = pdf_extract::extract_text_from_mem_by_pages(&typeset.pdf().unwrap()).unwrap();
        // Their rooms are short words that no line break cuts, and no
        // other session is held there.
        let room = |s: &Session| event.rooms.iter().find(|r| Some(r.id) == s.room).unwrap().name.clone();
        for page in pages.iter() {
            let holds = parallel.iter().filter(|s| page.contains(&room(s))).count();
            if holds > 0 {
                assert!(
                    page.contains(time),
                    "{fillers} items before: a page holds a parallel lesson without its time"
                );
                assert_eq!(holds, parallel.len(), "{fillers} items before: the parallel lessons are split");
            }
        }
        if pages.len() > 1 && !pages[0].contains(time) {
            moved_to_a_later_page += 1;
        }
    }
    assert!(moved_to_a_later_page > 0, "some layouts reach the foot of the first page");
}

#[test]
fn every_page_of_the_sign_in_sheet_names_the_school_of_the_people_on_it() {
    let project = small();
    let request = request(&project, Document::SignIn, Language::Kk);
    let (typeset, prepared) = typeset(&project, &request);
    let pages = pdf_extract::extract_text_from_mem_by_pages(&typeset.pdf().unwrap()).unwrap();
    assert!(pages.len() > 1, "the sample's sheet runs over several pages");
    let groups = prepared.data["body"]["groups"].as_array().unwrap();
    let mut continued = 0;
    for group in groups {
        let school = group["school"].as_str().unwrap();
        let names: Vec<&str> =
            group["rows"].as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap()).collect();
        for (index, page) in pages.iter().enumerate() {
            if names.iter().any(|name| page.contains(name)) {
                assert!(
                    page.contains(school),
                    "page {} lists people of {school} without its name",
                    index + 1
                );
                if !page.contains(names[0]) {
                    continued += 1;
                }
            }
        }
    }
    assert!(continued > 0, "some school's list goes on over a page break");
}

#[test]
fn a_day_of_the_programme_heads_every_page_it_runs_over() {
    let mut project = small();
    let event = &mut project.events[0];
    let second_day = event.starts_on.succ_opt().unwrap();
    event.ends_on = second_day;
    let half = event.sessions.len() / 2;
    for session in event.sessions.iter_mut().skip(half) {
        session.day = second_day;
    }
    let start = |s: &Session| s.start.format("%H:%M").to_string();
    let first_day: Vec<String> = event.sessions.iter().take(half).map(start).collect();
    let moved: Vec<String> =
        event.sessions.iter().skip(half).map(start).filter(|time| !first_day.contains(time)).collect();
    let request = request(&project, Document::Programme, Language::Kk);
    let (typeset, _) = typeset(&project, &request);
    let pages = pdf_extract::extract_text_from_mem_by_pages(&typeset.pdf().unwrap()).unwrap();
    let heading =
        adisker::i18n::format_date_long_in(adisker::i18n::document_loader(Language::Kk), second_day);
    let mut pages_of_the_second_day = 0;
    for (index, page) in pages.iter().enumerate() {
        if moved.iter().any(|time| page.contains(&format!("{time}–"))) {
            pages_of_the_second_day += 1;
            assert!(page.contains(&heading), "page {} has sessions of {heading} without the day", index + 1);
        }
    }
    assert!(pages_of_the_second_day > 1, "the second day runs over a page break");
}

#[test]
fn a_lesson_without_a_grade_prints_no_grade_in_any_language() {
    let mut project = small();
    let master = project.events[0].sessions.iter_mut().find(|s| s.kind == SessionKind::MasterClass).unwrap();
    let lesson = master.lesson.get_or_insert_with(Lesson::default);
    lesson.grade = 0;
    lesson.subject = "Қазақ тілі".into();
    for (language, text) in in_every_language(&project, Document::Programme, |_| {}) {
        for zero in ["0-сынып", "0 класс", "0-класс", "grade 0"] {
            assert!(!text.contains(zero), "{language:?}: {zero} in {text}");
        }
    }
}

#[test]
fn an_observation_sheet_has_one_title_labels_its_lesson_and_keys_its_levels() {
    let project = small();
    for (language, text) in in_every_language(&project, Document::ObservationSheet, |_| {}) {
        let heading = words(language, "print-observation-sheet");
        let first_page = text.split(&heading.to_uppercase()).nth(1).unwrap_or_default();
        assert!(
            !first_page.to_lowercase().contains(&heading.to_lowercase()),
            "{language:?}: the title twice in {first_page}"
        );
        let lesson = format!("{}:", words(language, "print-lesson"));
        assert!(first_page.replace(" :", ":").contains(&lesson), "{language:?}: {lesson} in {first_page}");
        let key = words(language, "print-level-key-four");
        let start: String = key.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
        assert!(
            first_page.split_whitespace().collect::<Vec<_>>().join(" ").contains(&start),
            "{language:?}: {start}"
        );
    }
}

#[test]
fn new_certificates_are_dated_on_the_event_s_last_day() {
    let mut project = small();
    let event = &mut project.events[0];
    event.ends_on = event.starts_on + chrono::Duration::days(2);
    let last = event.ends_on;
    project.awards.clear();
    let issued = |project: &Project| {
        let request = adisker::ui::screen::print::State::new(project, None).request(project).unwrap();
        request.issued_on
    };
    assert_eq!(issued(&project), last, "the print screen dates them on the last day");
    for (language, text) in in_every_language(&project, Document::Certificates, |r| {
        r.people = PeopleSet::All;
        r.issued_on = last;
    }) {
        let date = adisker::i18n::format_date_long_in(adisker::i18n::document_loader(language), last);
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(&date), "{language:?}: {date} in {flat}");
    }
}

#[test]
fn the_report_writes_decimals_as_each_language_does() {
    let mut project = small();
    let event = &mut project.events[0];
    event.feedback_questions.push(FeedbackQuestion {
        key: "useful".into(),
        text: "Семинар пайдалы болды ма?".into(),
        extra: Default::default(),
    });
    for rating in [4, 5] {
        let mut entry = Feedback::blank(FeedbackTarget::Event, FeedbackMethod::Rating, now());
        entry.ratings.insert("useful".into(), rating);
        event.feedback.push(entry);
    }
    let summary = print::summary::summarize(&project, &project.events[0]);
    // Two decimals are always written: «4,00» has its separator too.
    let rating = summary.ratings.first().expect("the sample has rated questions");
    let level =
        summary.lessons.iter().flat_map(|l| &l.criteria).find(|c| (c.mean * 10.0).round() % 10.0 != 0.0);
    for (language, text) in in_every_language(&project, Document::Report, |_| {}) {
        let separator = if language == Language::En { "." } else { "," };
        let written = format!("{:.2}", rating.mean).replace('.', separator);
        assert!(text.contains(&written), "{language:?}: {written} in {text}");
        if let Some(level) = level {
            let written = format!("{:.1}", level.mean).replace('.', separator);
            assert!(text.contains(&written), "{language:?}: {written}");
        }
    }
}

#[test]
fn the_sign_in_sheet_ends_with_numbered_rows_for_walk_ins() {
    let mut project = small();
    let registered = project.events[0].registrations.len();
    project.events[0].expected_participants = Some(registered as u32 + 12);
    for (language, text) in in_every_language(&project, Document::SignIn, |_| {}) {
        let heading = words(language, "print-walk-ins");
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let after =
            flat.split(&heading).nth(1).unwrap_or_else(|| panic!("{language:?}: {heading} in {flat}"));
        let numbers: Vec<usize> = after.split_whitespace().filter_map(|w| w.parse().ok()).collect();
        let expected: Vec<usize> = (registered + 1..=registered + 12).collect();
        assert!(numbers.starts_with(&expected), "{language:?}: rows up to the expected number: {numbers:?}");
    }
    // As many as asked for, and a few even when nobody is expected.
    project.events[0].expected_participants = None;
    let text = pdf_text(&request(&project, Document::SignIn, Language::Kk), &project);
    let after = text.split(&words(Language::Kk, "print-walk-ins")).nth(1).unwrap().to_owned();
    let numbers: Vec<usize> = after.split_whitespace().filter_map(|w| w.parse().ok()).collect();
    assert_eq!(numbers, (registered + 1..=registered + print::MIN_BLANK_ROWS).collect::<Vec<_>>());
    let mut asked = request(&project, Document::SignIn, Language::Kk);
    asked.blank_rows = Some(2);
    let text = pdf_text(&asked, &project);
    let after = text.split(&words(Language::Kk, "print-walk-ins")).nth(1).unwrap().to_owned();
    let numbers: Vec<usize> = after.split_whitespace().filter_map(|w| w.parse().ok()).collect();
    assert_eq!(numbers, [registered + 1, registered + 2]);
}

#[test]
fn a_programme_a_few_rows_too_long_is_tightened_onto_one_page() {
    let fitted = Templates::bundled().load(Document::Programme);
    let mut unfitted = fitted.clone();
    unfitted.text = fitted.text.replace(
        r#"#programme(steps.at(calc.clamp(body.at("fit", default: 0), 0, steps.len() - 1)))"#,
        "#programme(steps.first())",
    );
    assert_ne!(unfitted.text, fitted.text, "the template still chooses its size");
    let full = small();
    let mut sessions = full.events[0].sessions.clone();
    sessions.sort_by_key(|s| (s.day, s.start));
    let mut tightened = false;
    for keep in 1..=sessions.len() {
        let mut project = full.clone();
        project.events[0].sessions = sessions[..keep].to_vec();
        let request = request(&project, Document::Programme, Language::Kk);
        let prepared = print::prepare(&project, &request).unwrap();
        let plain = print::typeset(&prepared, &unfitted).unwrap().page_count();
        let tight = print::typeset(&prepared, &fitted).unwrap().page_count();
        assert!(tight <= plain, "{keep} sessions: {tight} pages against {plain}");
        tightened |= plain == 2 && tight == 1;
    }
    assert!(tightened, "some programme that spilled onto a second page fits on one");
}

#[test]
fn the_programme_is_approved_by_the_head_chosen_for_it_in_every_language() {
    let mut project = small();
    let head = project.signatories[0].clone();
    let marks = [
        (Language::Kk, "БЕКІТЕМІН"),
        (Language::Ru, "УТВЕРЖДАЮ"),
        (Language::Ky, "БЕКИТЕМ"),
        (Language::En, "APPROVED"),
    ];
    for (language, text) in in_every_language(&project, Document::Programme, |_| {}) {
        let mark = marks.iter().find(|(l, _)| *l == language).unwrap().1;
        assert!(!text.contains(mark), "{language:?}: no approval block unless one is chosen");
    }
    let settings = DocumentSettings { signatories: vec![head.id], ..DocumentSettings::default() };
    project.apply(Edit::Document { code: "programme".into(), settings: Box::new(settings) }).unwrap();
    for (language, text) in in_every_language(&project, Document::Programme, |_| {}) {
        let mark = marks.iter().find(|(l, _)| *l == language).unwrap().1;
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_in_order(
            &flat,
            &[mark, &head.position, &head.name, words(language, "print-programme").to_uppercase().as_str()],
        );
    }
}

#[test]
fn a_short_feedback_form_prints_twice_on_a_sheet_and_a_long_one_once() {
    let project = small();
    for method in [FeedbackMethod::TwoStarsAndAWish, FeedbackMethod::Free] {
        for (language, text) in
            in_every_language(&project, Document::FeedbackForm, |r| r.method = Some(method))
        {
            let title = words(language, "print-feedback-form").to_uppercase();
            assert_eq!(text.matches(&title).count(), 2, "{language:?} {method:?}: two forms on the sheet");
            let mut request = request(&project, Document::FeedbackForm, language);
            request.method = Some(method);
            assert_eq!(typeset(&project, &request).0.page_count(), 1, "{language:?} {method:?}");
        }
    }
    // A form that lists every session of a long day takes its sheet alone.
    let mut long = small();
    let sessions = long.events[0].sessions.clone();
    for copy in 0..3 {
        long.events[0].sessions.extend(sessions.iter().map(|s| Session {
            id: SessionId::new(),
            day: s.day + chrono::Duration::days(copy + 1),
            ..s.clone()
        }));
    }
    let mut request = request(&long, Document::FeedbackForm, Language::Kk);
    request.method = Some(FeedbackMethod::Coins);
    let text = pdf_text(&request, &long);
    assert_eq!(text.matches(&words(Language::Kk, "print-feedback-form").to_uppercase()).count(), 1);
}

#[test]
fn the_report_counts_each_mode_names_who_prepared_it_and_leaves_out_cancelled_numbers() {
    let mut project = small();
    let cancelled = project.awards[0].clone();
    project.awards[0].status = AwardStatus::Cancelled;
    let event = &project.events[0];
    let online = event.registrations.iter().filter(|r| r.mode == AttendanceMode::Online).count();
    let offline = event.registrations.len() - online;
    let head = project.signatories[0].clone();
    for (language, text) in in_every_language(&project, Document::Report, |_| {}) {
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for key in [
            "print-registered-offline",
            "print-present-offline",
            "print-registered-online",
            "print-present-online",
        ] {
            assert!(flat.contains(&words(language, key)), "{language:?}: {key}");
        }
        assert!(
            flat.contains(&format!("{offline} ")) && flat.contains(&format!(" {online} ")),
            "{language:?}"
        );
        assert_in_order(&flat, &[&words(language, "print-prepared-by"), &head.name]);
        assert!(flat.contains("10:00–10:10"), "{language:?}: a time on one line");
        assert!(!flat.contains(&cancelled.number), "{language:?}: a cancelled number is not reported");
    }
}

#[test]
fn the_report_lists_each_kind_s_numbers_as_their_counters_go() {
    let mut project = small();
    let letters: Vec<usize> =
        (0..project.awards.len()).filter(|i| project.awards[*i].kind == AwardKind::LetterOfThanks).collect();
    // As text «/10» would come before «/9».
    project.awards[letters[0]].number = "57-2019/10".into();
    project.awards[letters[1]].number = "57-2019/9".into();
    let text = pdf_text(&request(&project, Document::Report, Language::Kk), &project);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_in_order(&flat, &["57-2019/9", "57-2019/10"]);
}

#[test]
fn the_sign_in_sheet_lists_by_name_with_a_school_column_when_asked() {
    let project = small();
    let event = &project.events[0];
    let mut people: Vec<&Person> =
        event.registrations.iter().filter_map(|r| project.person(r.person)).collect();
    people.sort_by(|a, b| collate::alphabetical(&a.full_name, &b.full_name));
    let with_school = people.iter().find(|p| p.school.is_some()).unwrap();
    let school = &project.school(with_school.school.unwrap()).unwrap().name;
    for (language, text) in in_every_language(&project, Document::SignIn, |r| r.school_column = true) {
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_in_order(
            &flat,
            &[
                &words(language, "print-full-name"),
                &words(language, "print-school"),
                &words(language, "print-position"),
            ],
        );
        // Alphabetical across schools: the first names of the list in order.
        let first: Vec<&str> = people.iter().take(4).map(|p| p.full_name.as_str()).collect();
        assert_in_order(&flat, &first);
        assert!(
            flat.contains(school.split_whitespace().next().unwrap()),
            "{language:?}: the school's column"
        );
        assert!(!flat.contains(&words(language, "print-no-school")), "{language:?}: no school headings");
    }
    // By default each school has its heading, as before.
    let text = pdf_text(&request(&project, Document::SignIn, Language::Kk), &project);
    assert!(!text.split_whitespace().collect::<Vec<_>>().join(" ").contains(&format!(
        "{} {}",
        words(Language::Kk, "print-full-name"),
        words(Language::Kk, "print-school")
    )));
}

#[test]
fn blank_observation_sheets_are_for_open_lessons_and_for_master_classes_when_asked() {
    let project = small();
    let event = &project.events[0];
    let title = |kind: SessionKind| event.sessions.iter().find(|s| s.kind == kind).unwrap();
    let (lesson, master_class) = (title(SessionKind::OpenLesson), title(SessionKind::MasterClass));
    let open_lessons = event.sessions.iter().filter(|s| s.kind == SessionKind::OpenLesson).count();
    let pages = |master_classes: bool| {
        let mut request = request(&project, Document::ObservationSheet, Language::Kk);
        request.master_classes = master_classes;
        let (typeset, prepared) = typeset(&project, &request);
        (
            typeset.page_count(),
            prepared.data["body"]["sheets"].as_array().unwrap().len(),
            pdf_text(&request, &project),
        )
    };
    let (_, sheets, text) = pages(false);
    assert_eq!(sheets, open_lessons, "a sheet for each open lesson only");
    let topic = |s: &Session| s.lesson.as_ref().unwrap().topic.clone();
    assert!(text.contains(&topic(lesson)), "{text}");
    assert!(!text.contains(&topic(master_class)), "no master class unless asked");
    let (_, sheets, text) = pages(true);
    assert_eq!(sheets, open_lessons + 1);
    assert!(text.contains(&topic(master_class)));
}
