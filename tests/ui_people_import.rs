//! A list of people brought in from a spreadsheet through the People
//! section, as an organiser does with an online form's export.

use adisker::fl;
use adisker::ui::app::{Message, Screen};
use adisker::ui::screen::{people, people_import, project};
use iced::keyboard::{Key, key::Named};

use crate::support;
use support::Harness;

#[test]
fn an_online_form_s_list_is_imported_registered_and_undone_in_one_step() {
    let mut h = Harness::new();
    h.click(fl!("library-add-sample").as_str());
    let before = h.project().clone();
    let known = before.events[0].registrations[0].person;
    let known = before.person(known).unwrap().clone();
    let school = before.school(known.school.unwrap()).unwrap().name.clone();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("тіркелу.csv");
    // As Google Forms exports it: a time column, comma-separated, one of
    // the project's people typed with Russian letters, a namesake of hers
    // from a kindergarten, two new people and a bad row.
    let csv = format!(
        "Отметка времени,Аты-жөні,Ұйым,Электрондық пошта,Қатысу түрі\n\
         01.02.2019 9:00,{},{school},,залда\n\
         01.02.2019 9:01,{},«Мирас» бөбекжайы,,онлайн\n\
         01.02.2019 9:02,Сейтова Раушан Асылбекқызы,«Мирас» бөбекжайы,r.seitova@mail.kz,онлайн\n\
         01.02.2019 9:03,Омарова Дина,Әдістемелік орталық,,онлайн\n\
         01.02.2019 9:04,,Әдістемелік орталық,,онлайн\n",
        known.full_name.replace('Қ', "К").replace('қ', "к").replace('ә', "а"),
        known.full_name,
    );
    std::fs::write(&file, format!("\u{feff}{csv}")).unwrap();

    h.send(Message::Project(project::Message::Navigate(project::Section::People)));
    h.click(fl!("people-import").as_str());
    h.type_and_press(people_import::PATH_FIELD, file.to_str().unwrap(), &[Key::Named(Named::Enter)]);
    assert!(
        h.shows(&fl!(
            "people-import-summary",
            new = 2,
            same = 1,
            doubtful = 1,
            repeated = 0,
            bad = 1,
            organisations = 2
        )),
        "what becomes of each row is told before anything changes"
    );
    assert!(h.shows(&fl!("people-problem-no-name", line = 6)));
    assert!(h.project() == &before, "nothing changes before the import");
    h.click(fl!("people-import-confirm").as_str());

    let after = h.project();
    assert_eq!(after.people.len(), before.people.len() + 3, "two new, and the namesake not ticked");
    assert_eq!(after.schools.len(), before.schools.len() + 2);
    let seitova = after.people.iter().find(|p| p.full_name == "Сейтова Раушан Асылбекқызы").unwrap();
    assert_eq!(seitova.email.as_deref(), Some("r.seitova@mail.kz"));
    let event = &after.events[0];
    let registration = event.registrations.iter().find(|r| r.person == seitova.id).expect("registered");
    assert_eq!(registration.mode, adisker::domain::AttendanceMode::Online);
    assert_eq!(
        event.registrations.iter().filter(|r| r.person == known.id).count(),
        1,
        "the one already registered is not registered twice"
    );

    h.click(fl!("action-undo").as_str());
    let undone = h.project();
    assert!(
        undone.people == before.people && undone.schools == before.schools && undone.events == before.events,
        "the whole import is one step"
    );
}

#[test]
fn a_namesake_ticked_as_the_same_person_is_not_added() {
    let mut h = Harness::new();
    h.click(fl!("library-add-sample").as_str());
    let before = h.project().people.len();
    let known = h.project().people[20].clone();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("list.csv");
    std::fs::write(&file, format!("ФИО;Организация\n{};Другая школа\n", known.full_name)).unwrap();
    h.send(Message::Project(project::Message::Navigate(project::Section::People)));
    h.click(fl!("people-import").as_str());
    h.type_and_press(people_import::PATH_FIELD, file.to_str().unwrap(), &[Key::Named(Named::Enter)]);
    let send =
        |h: &mut Harness, m| h.send(Message::Project(project::Message::People(people::Message::Import(m))));
    send(&mut h, people_import::Message::Same(2, true));
    h.click(fl!("people-import-confirm").as_str());
    assert_eq!(h.project().people.len(), before, "she is the project's person");
    // Her school was unknown to the project; the file's is kept only as a
    // new organisation, her own place is not changed.
    let Screen::Project(_) = h.app.screen() else { panic!("the project stays open") };
    assert_eq!(h.project().people[20].school, known.school);
}
