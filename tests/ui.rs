//! The real views driven headless: clicks and typing go through iced's
//! widgets, and the resulting messages through the app's own `update`.
//! Run with ICED_TEST_BACKEND=tiny-skia (no GPU, no display).

use adisker::fl;
use adisker::i18n::{self, Language};
use adisker::store::Library;
use adisker::ui::app::{Message, Screen, Shortcut};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::support;
use support::Harness;

#[test]
fn a_new_project_is_created_opened_and_listed() {
    let mut h = Harness::new();
    h.click(fl!("library-new").as_str());
    h.type_into("project-title", "Желілік қоғамдастық семинары");
    h.type_into("project-organizer", "№84 мектеп");
    h.click(fl!("action-ok").as_str());

    assert_eq!(h.project().title, "Желілік қоғамдастық семинары");
    assert_eq!(h.project().organizer, "№84 мектеп");

    h.click(format!("← {}", fl!("nav-library")).as_str());
    assert!(h.shows("Желілік қоғамдастық семинары"), "the library lists the new project");
    assert!(h.shows("№84 мектеп"));
    let stored = std::fs::read_dir(h.dir.path().join("projects")).unwrap().count();
    assert_eq!(stored, 1);
}

#[test]
fn enter_in_a_dialog_field_confirms_it_and_escape_closes_it() {
    let mut h = Harness::new();
    h.click(fl!("library-new").as_str());
    h.type_and_press("project-title", "Әдіскерлер семинары", &[iced::keyboard::Key::Named(Named::Escape)]);
    assert!(!h.shows(&fl!("action-ok")), "Esc closed the dialog");
    h.click(fl!("library-new").as_str());
    h.type_and_press("project-title", "Әдіскерлер семинары", &[iced::keyboard::Key::Named(Named::Enter)]);
    assert_eq!(h.project().title, "Әдіскерлер семинары", "Enter made the project and opened it");

    h.click(format!("← {}", fl!("nav-library")).as_str());
    h.click(fl!("action-rename").as_str());
    h.type_and_press("project-title", " 2027", &[iced::keyboard::Key::Named(Named::Enter)]);
    assert!(h.shows("Әдіскерлер семинары 2027"), "Enter renamed it");
}

#[test]
fn an_empty_title_is_refused_beside_the_field() {
    let mut h = Harness::new();
    h.click(fl!("library-new").as_str());
    h.click(fl!("action-ok").as_str());
    assert!(h.shows(&fl!("field-required")));
    assert!(matches!(h.app.screen(), Screen::Library(_)));
}

#[test]
fn switching_to_kazakh_changes_every_label_live() {
    let mut h = Harness::new();
    let english = fl!("library-new");
    h.click(fl!("nav-settings").as_str());
    h.click(Language::Kk.endonym());
    assert_eq!(i18n::current_language(), Language::Kk);
    let kazakh = fl!("library-new");
    assert_ne!(kazakh, english);
    assert!(kazakh.chars().all(|c| !c.is_ascii_alphabetic()), "no Latin letters in «{kazakh}»");
    h.click(fl!("action-back").as_str());
    assert!(h.shows(&kazakh), "the library shows «{kazakh}»");
    assert!(!h.shows(&english));
    let saved = std::fs::read_to_string(h.dir.path().join("settings.json")).unwrap();
    assert!(saved.contains("\"kk\""), "the choice is kept: {saved}");
    i18n::set_language(Language::En);
}

#[test]
fn editing_a_person_is_undone_redone_and_saved() {
    let mut h = Harness::new();
    h.click(fl!("library-add-sample").as_str());
    let person = h.project().people.iter().find(|p| p.full_name.contains("Қожабекова")).unwrap().clone();

    h.open_people();
    h.click(person.full_name.as_str());
    h.type_into("person-FullName", " (өзгертілді)");
    h.click(fl!("action-save").as_str());

    let edited = format!("{} (өзгертілді)", person.full_name);
    assert_eq!(h.project().person(person.id).unwrap().full_name, edited);
    assert!(h.shows(&edited));

    h.click(fl!("action-undo").as_str());
    assert_eq!(h.project().person(person.id).unwrap().full_name, person.full_name);
    assert!(h.shows(&person.full_name));
    assert!(!h.shows(&edited));

    h.send(Message::Shortcut(Shortcut::Redo));
    assert_eq!(h.project().person(person.id).unwrap().full_name, edited);

    h.let_autosave_run();
    let id = h.project().id.to_string();
    let on_disk =
        std::fs::read_to_string(h.dir.path().join("projects").join(id).join("project.json")).unwrap();
    assert!(on_disk.contains(&edited), "the autosave wrote the edit");
}

#[test]
fn a_wrong_email_is_shown_at_the_field_and_nothing_is_saved() {
    let mut h = Harness::new();
    h.click(fl!("library-add-sample").as_str());
    h.open_people();
    h.click(fl!("people-new").as_str());
    h.type_into("person-FullName", "Бадырақова Мақпал");
    h.type_into("person-Email", "makpal.school84");
    let before = h.project().people.len();
    h.click(fl!("action-save").as_str());
    assert!(h.shows(&fl!("field-bad-email")));
    assert_eq!(h.project().people.len(), before);
}

#[test]
fn the_keys_map_to_shortcuts() {
    use adisker::ui::app::shortcut_of;
    use iced::keyboard::{Event as Key, Modifiers, key};
    use iced::{Event, event, window};
    let press = |c: &str, modifiers| {
        Event::Keyboard(Key::KeyPressed {
            key: iced::keyboard::Key::Character(c.into()),
            modified_key: iced::keyboard::Key::Character(c.into()),
            physical_key: key::Physical::Unidentified(key::NativeCode::Unidentified),
            location: iced::keyboard::Location::Standard,
            modifiers,
            text: None,
            repeat: false,
        })
    };
    let id = window::Id::unique();
    // A field with typing of its own to undo takes Ctrl+Z and Ctrl+Y.
    let captured = |e| shortcut_of(e, event::Status::Captured, id);
    assert_eq!(captured(press("z", Modifiers::CTRL)), None);
    assert_eq!(captured(press("y", Modifiers::CTRL)), None);
    assert_eq!(captured(press("s", Modifiers::CTRL)), Some(Shortcut::Save), "Ctrl+S saves from any field");
    let of = |e| shortcut_of(e, event::Status::Ignored, id);
    assert_eq!(of(press("z", Modifiers::CTRL)), Some(Shortcut::Undo));
    assert_eq!(of(press("z", Modifiers::CTRL | Modifiers::SHIFT)), Some(Shortcut::Redo));
    assert_eq!(of(press("y", Modifiers::CTRL)), Some(Shortcut::Redo));
    assert_eq!(of(press("s", Modifiers::CTRL)), Some(Shortcut::Save));
    assert_eq!(captured(press("z", Modifiers::empty())), None);
}

#[test]
fn a_damaged_project_offers_its_backup_and_opens_it() {
    let mut h = Harness::with(|library| {
        let now = chrono::Utc::now();
        let mut project =
            library.create("Шамшырақ қоғамдастығы", "Жетісу аудандық білім бөлімі", now).unwrap();
        project.title = "Шамшырақ қоғамдастығы, 2019".into();
        library.add(&project).unwrap();
        // A person without a name: the file is JSON, but not a project any
        // more, as after a hand edit gone wrong.
        let path = library.project_file(&project.id.to_string());
        let mut json: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        json["people"] = serde_json::json!([{ "id": 5 }]);
        std::fs::write(&path, serde_json::to_vec(&json).unwrap()).unwrap();
    });
    h.click(fl!("action-open").as_str());
    assert!(matches!(h.app.screen(), Screen::Library(_)), "a damaged file does not open");
    assert!(h.shows("Шамшырақ қоғамдастығы, 2019"), "the library still lists it");
    h.click(fl!("library-restore-backup").as_str());
    assert_eq!(h.project().title, "Шамшырақ қоғамдастығы", "the backup is the previous version");
    let folder = std::fs::read_dir(h.dir.path().join("projects")).unwrap().next().unwrap().unwrap().path();
    let kept = std::fs::read_dir(folder)
        .unwrap()
        .filter_map(|e| e.ok())
        .any(|e| e.file_name().to_string_lossy().starts_with("project.json.damaged"));
    assert!(kept, "the damaged file is kept beside the restored one");
}

#[test]
fn a_deleted_project_comes_back_with_undo_and_from_the_trash() {
    let mut h = Harness::with(|library| {
        library.create("Устат-шакирт мектеби", "Аймактык методикалык борбор", chrono::Utc::now()).unwrap();
    });
    h.click(fl!("action-delete").as_str());
    assert!(!h.shows(&fl!("action-open")), "the project left the list");
    h.click(fl!("action-undo").as_str());
    assert!(h.shows("Устат-шакирт мектеби"), "undo brings it back");

    h.click(fl!("action-delete").as_str());
    h.click(fl!("library-trash-count", count = 1).as_str());
    assert!(h.shows("Устат-шакирт мектеби"), "the trash lists it");
    h.click(fl!("library-restore").as_str());
    h.click(fl!("library-back-to-projects").as_str());
    assert!(h.shows("Устат-шакирт мектеби"));
    assert_eq!(std::fs::read_dir(h.dir.path().join("trash")).unwrap().count(), 0);
}

#[test]
fn a_project_open_elsewhere_opens_read_only() {
    let held = std::sync::Arc::new(Mutex::new(None));
    let holder = held.clone();
    let mut h = Harness::with(move |library| {
        let project = library.create("Әдістемелік десант", "№1 тірек мектебі", chrono::Utc::now()).unwrap();
        let dir = library.dirs.project_dir(&project.id.to_string());
        *holder.lock().unwrap() = adisker::store::ProjectLock::try_acquire(&dir).unwrap();
    });
    assert!(held.lock().unwrap().is_some(), "the other window holds the lock");
    h.click(fl!("action-open").as_str());
    assert!(h.shows(&fl!("read-only-locked")));
    assert!(h.shows(&fl!("save-read-only")));
    let before = h.project().clone();
    h.type_into("project-title", " (өзгеріс)");
    h.click(fl!("action-save").as_str());
    assert_eq!(h.project(), &before, "nothing changes in a read-only project");
}

#[test]
fn closing_the_window_writes_the_last_edit_first() {
    let mut h = Harness::new();
    h.click(fl!("library-add-sample").as_str());
    h.type_into("project-organizer", " және Жетісу ауданы");
    h.click(fl!("action-save").as_str());
    let organizer = h.project().organizer.clone();
    assert!(organizer.contains(" және Жетісу ауданы"));
    let path = h.dir.path().join("projects").join(h.project().id.to_string()).join("project.json");
    assert!(!std::fs::read_to_string(&path).unwrap().contains(&organizer), "not saved yet: the delay runs");

    h.send(Message::CloseRequested(iced::window::Id::unique()));
    assert!(std::fs::read_to_string(&path).unwrap().contains(&organizer), "saved before the window closed");
}

#[test]
fn going_back_to_the_library_writes_the_last_edit_first() {
    let mut h = Harness::new();
    h.click(fl!("library-add-sample").as_str());
    let id = h.project().id.to_string();
    h.type_into("project-title", " (2-нұсқа)");
    h.click(fl!("action-save").as_str());
    let title = h.project().title.clone();
    h.click(format!("← {}", fl!("nav-library")).as_str());
    assert!(matches!(h.app.screen(), Screen::Library(_)));
    let on_disk =
        std::fs::read_to_string(h.dir.path().join("projects").join(id).join("project.json")).unwrap();
    assert!(on_disk.contains(&title), "saved before leaving");
    assert!(h.shows(&title), "the library shows the new title");
}

#[test]
fn a_failed_save_is_shown_keeps_the_edit_and_can_be_retried() {
    let mut h = Harness::new();
    h.click(fl!("library-add-sample").as_str());
    let folder = h.dir.path().join("projects").join(h.project().id.to_string());
    let file = folder.join("project.json");
    // Something in the way of the file, as a full or broken disk would be:
    // the save cannot complete.
    std::fs::remove_file(&file).unwrap();
    std::fs::create_dir(&file).unwrap();
    std::fs::write(file.join("blocker"), b"").unwrap();

    h.type_into("project-title", " (түзету)");
    h.click(fl!("action-save").as_str());
    let title = h.project().title.clone();
    h.let_autosave_run();
    assert!(h.shows(&fl!("save-retry")), "the sidebar says the save failed and offers to retry");

    h.click(format!("← {}", fl!("nav-library")).as_str());
    assert!(matches!(h.app.screen(), Screen::Project(_)), "leaving is refused while the edit is not on disk");
    assert_eq!(h.project().title, title, "the edit is kept in the window");

    std::fs::remove_dir_all(&file).unwrap();
    h.click(fl!("save-retry").as_str());
    assert!(std::fs::read_to_string(&file).unwrap().contains(&title), "the retry wrote it");
}

#[test]
fn an_event_with_a_wrong_date_or_an_end_before_its_start_is_refused_at_the_field() {
    let mut h = Harness::with(|library| {
        library.create("Желілік қоғамдастық", "№84 мектеп", chrono::Utc::now()).unwrap();
    });
    h.click(fl!("action-open").as_str());
    h.click(format!("{}  0", fl!("nav-events")).as_str());
    h.click(fl!("events-new").as_str());
    h.type_into("event-Title", "Желілік қоғамдастық – нәтижеге бағытталған іс-әрекет");
    h.type_into("event-StartsOn", "x");
    h.click(fl!("action-save").as_str());
    assert!(h.shows(&fl!("field-bad-date")));
    assert!(h.project().events.is_empty(), "nothing saved");

    // A first day later than the last day.
    h.send(Message::Project(adisker::ui::screen::project::Message::Events(
        adisker::ui::screen::events::Message::Input(
            adisker::ui::screen::events::Field::StartsOn,
            "09.12.2026".into(),
        ),
    )));
    h.send(Message::Project(adisker::ui::screen::project::Message::Events(
        adisker::ui::screen::events::Message::Input(
            adisker::ui::screen::events::Field::EndsOn,
            "08.12.2026".into(),
        ),
    )));
    h.click(fl!("action-save").as_str());
    assert!(h.shows(&fl!("field-ends-before-start")));
    assert!(h.project().events.is_empty());

    h.send(Message::Project(adisker::ui::screen::project::Message::Events(
        adisker::ui::screen::events::Message::Input(
            adisker::ui::screen::events::Field::EndsOn,
            "09.12.2026".into(),
        ),
    )));
    h.click(fl!("action-save").as_str());
    assert_eq!(h.project().events.len(), 1);
    assert_eq!(h.project().events[0].starts_on, chrono::NaiveDate::from_ymd_opt(2026, 12, 9).unwrap());
}

/// A project with one event on the day of the Almaty practice site, two
/// classrooms, and the teachers and participants the tests plan with.
fn planning_project(library: &Library, lessons: bool) {
    use adisker::domain::*;
    let day = chrono::NaiveDate::from_ymd_opt(2019, 2, 1).unwrap();
    let mut project = Project::new("Практика алаңы", "№ 159 мектеп-гимназия", chrono::Utc::now());
    let mut event = Event::new("Практика алаңы", day);
    for (name, seats) in [("12 кабинет", 30), ("14 кабинет", 30)] {
        event.rooms.push(Room {
            id: RoomId::new(),
            name: name.into(),
            capacity: Some(seats),
            ..Room::default()
        });
    }
    let person = |name: &str, subject: &str| Person {
        id: PersonId::new(),
        full_name: name.into(),
        subjects: vec![subject.into()],
        ..Person::default()
    };
    let teachers = [person("Сәуле Қасымова", "Математика"), person("Ерлан Омаров", "Физика")];
    let participants = [
        person("Айгүл Сейітова", "Математика"),
        person("Бақыт Нұрланов", "Физика"),
        person("Гүлнар Әбенова", "Математика"),
        person("Данияр Жақсылықов", "Физика"),
    ];
    if lessons {
        for (i, (teacher, subject)) in teachers.iter().zip(["Математика", "Физика"]).enumerate()
        {
            let start = chrono::NaiveTime::from_hms_opt(10, 0, 0).unwrap();
            let end = chrono::NaiveTime::from_hms_opt(10, 40, 0).unwrap();
            let mut session =
                Session::new(day, start, end, SessionKind::OpenLesson, format!("{subject} сабағы"));
            session.room = Some(event.rooms[i].id);
            session.lesson = Some(Lesson {
                subject: subject.into(),
                grade: 7,
                topic: "Жаңартылған білім мазмұны".into(),
                teachers: vec![teacher.id],
                ..Lesson::default()
            });
            event.sessions.push(session);
        }
        for p in &participants {
            event.registrations.push(Registration { person: p.id, ..Registration::default() });
        }
    }
    project.people.extend(teachers);
    project.people.extend(participants);
    project.events.push(event);
    library.add(&project).unwrap();
}

fn programme(h: &mut Harness, message: adisker::ui::screen::programme::Message) {
    h.send(Message::Project(adisker::ui::screen::project::Message::Programme(message)));
}

fn session_form(h: &mut Harness, message: adisker::ui::screen::programme::form::Message) {
    programme(h, adisker::ui::screen::programme::Message::Form(message));
}

/// Types a new open lesson in the first room through the session form.
fn add_lesson(h: &mut Harness, title: &str, start: &str, end: &str) {
    use adisker::ui::screen::labels::{self, Choice};
    use adisker::ui::screen::programme::form::{Field, Message as Form};
    h.click(fl!("programme-add").as_str());
    session_form(h, Form::Input(Field::Title, title.into()));
    session_form(
        h,
        Form::Kind(labels::choice(adisker::domain::SessionKind::OpenLesson, i18n::session_kind_name)),
    );
    let room = h.project().events[0].rooms[0].id;
    session_form(h, Form::Room(Choice { value: Some(room), label: String::new() }));
    session_form(h, Form::Input(Field::Start, start.into()));
    session_form(h, Form::Input(Field::End, end.into()));
    h.click(fl!("action-save").as_str());
}

#[test]
fn a_new_lesson_is_titled_by_its_subject_and_grade_until_it_is_named() {
    use adisker::ui::screen::labels;
    use adisker::ui::screen::programme::form::Message as Form;
    let mut h = Harness::with(|library| planning_project(library, false));
    h.click(fl!("action-open").as_str());
    h.click(fl!("nav-programme").as_str());
    h.click(fl!("programme-add").as_str());
    session_form(
        &mut h,
        Form::Kind(labels::choice(adisker::domain::SessionKind::OpenLesson, i18n::session_kind_name)),
    );
    h.type_into("session-Subject", "Математика");
    h.type_into("session-Grade", "9");
    h.click(fl!("action-save").as_str());
    let title = |h: &Harness| h.project().events[0].sessions[0].title.clone();
    let auto = i18n::lesson_title_in(
        i18n::document_loader(i18n::current_language()),
        &adisker::domain::Lesson { subject: "Математика".into(), grade: 9, ..Default::default() },
    )
    .unwrap();
    assert_eq!(title(&h), auto, "the title follows the subject and the grade");

    // A title of her own stays when the grade changes.
    h.type_into("session-Title", " (жаңартылған)");
    session_form(&mut h, Form::Input(adisker::ui::screen::programme::form::Field::Grade, "10".into()));
    h.click(fl!("action-save").as_str());
    assert_eq!(title(&h), format!("{auto} (жаңартылған)"));
    assert_eq!(h.project().events[0].sessions[0].lesson.as_ref().unwrap().grade, 10);
}

#[test]
fn a_second_lesson_in_the_same_room_at_the_same_time_is_shown_as_a_conflict() {
    use adisker::domain::{ConflictKind, event_conflicts};
    let mut h = Harness::with(|library| planning_project(library, false));
    h.click(fl!("action-open").as_str());
    h.click(fl!("nav-programme").as_str());
    assert!(h.shows(&fl!("programme-empty")));

    add_lesson(&mut h, "Математика: бөлшектер", "10:00", "10:45");
    assert_eq!(h.project().events[0].sessions.len(), 1);
    // Alone in its room, the lesson only lacks a teacher and a topic.
    let alone = event_conflicts(&h.project().events[0]);
    assert!(alone.iter().all(|c| !matches!(c.kind, ConflictKind::RoomDoubleBooked { .. })));
    assert!(h.shows(&fl!("programme-conflicts", count = alone.len())));

    // An end before the start is refused at the field, and nothing is added.
    add_lesson(&mut h, "Физика: қысым", "10:30", "10:15");
    assert!(h.shows(&fl!("field-ends-before-start")));
    assert_eq!(h.project().events[0].sessions.len(), 1);

    session_form(
        &mut h,
        adisker::ui::screen::programme::form::Message::Input(
            adisker::ui::screen::programme::form::Field::End,
            "11:15".into(),
        ),
    );
    h.click(fl!("action-save").as_str());
    let event = &h.project().events[0];
    assert_eq!(event.sessions.len(), 2);
    let conflicts = event_conflicts(event);
    let clash = conflicts
        .iter()
        .find(|c| matches!(c.kind, ConflictKind::RoomDoubleBooked { .. }))
        .unwrap_or_else(|| panic!("the plan holds a double booking: {conflicts:?}"));
    let words = i18n::describe_conflict(h.project(), event, clash);
    assert!(words.contains("12 кабинет"), "{words}");
    assert!(h.shows(&fl!("programme-conflicts", count = conflicts.len())));
    // Closed, the conflicts are a count in the toolbar: the grid has the
    // width. The count opens the list.
    assert!(!h.shows(&words), "the list waits to be asked for");
    h.click(&fl!("programme-conflicts", count = conflicts.len()));
    assert!(h.shows(&words), "the panel names the clash: {words}");

    // A click on the conflict jumps to the session: it is selected, and
    // the keys that move it now work on it.
    programme(&mut h, adisker::ui::screen::programme::Message::Deselect);
    assert!(!h.shows(&fl!("programme-earlier")));
    let words = words.clone();
    h.click(&words);
    assert!(h.shows(&fl!("programme-earlier")));
    let clashing = clash.session;
    h.click(fl!("programme-later").as_str());
    let moved = h.project().events[0].sessions.iter().find(|s| s.id == clashing).unwrap();
    assert_eq!(moved.start.format("%H:%M").to_string(), "10:35");

    // Undo puts it back.
    h.send(Message::Shortcut(Shortcut::Undo));
    let back = h.project().events[0].sessions.iter().find(|s| s.id == clashing).unwrap();
    assert_eq!(back.start.format("%H:%M").to_string(), "10:30");
}

#[test]
fn the_automatic_assignment_seats_participants_under_each_lesson() {
    let mut h = Harness::with(|library| planning_project(library, true));
    h.click(fl!("action-open").as_str());
    h.click(fl!("nav-lessons").as_str());
    h.click(fl!("lessons-distribute").as_str());

    let project = h.project().clone();
    let event = &project.events[0];
    let subject_of = |id| project.person(id).unwrap().subjects[0].clone();
    for session in &event.sessions {
        let lesson = session.lesson.as_ref().unwrap();
        assert_eq!(session.attendees.len(), 2, "two in each of two rooms");
        for person in &session.attendees {
            assert_eq!(subject_of(*person), lesson.subject, "each sits in the lesson of her subject");
        }
        let names: Vec<&str> =
            session.attendees.iter().map(|id| project.person(*id).unwrap().full_name.as_str()).collect();
        let line = format!("{}: {}", fl!("session-attendees", count = 2), names.join(", "));
        assert!(h.shows(&line), "the lesson lists its audience: {line}");
    }
    assert!(h.shows(&fl!("lessons-outcome", placed = 4, matches = 4, undo = "Ctrl+Z")));

    // One step undoes the whole seating, and the panel says so.
    h.send(Message::Shortcut(Shortcut::Undo));
    assert!(h.project().events[0].sessions.iter().all(|s| s.attendees.is_empty()));
    assert!(!h.shows(&fl!("lessons-outcome", placed = 4, matches = 4, undo = "Ctrl+Z")));
    assert!(h.shows(&fl!("lessons-outcome-undone")));
    h.send(Message::Shortcut(Shortcut::Redo));
    assert!(
        h.shows(&fl!("lessons-outcome", placed = 4, matches = 4, undo = "Ctrl+Z")),
        "redo seats them again"
    );
}

#[test]
fn someone_typing_without_a_pause_is_still_saved_within_a_second() {
    let mut h = Harness::new();
    h.click(fl!("library-add-sample").as_str());
    let path = h.dir.path().join("projects").join(h.project().id.to_string()).join("project.json");
    let first_edit = Instant::now();
    h.type_into("project-organizer", " және");
    h.click(fl!("action-save").as_str());
    // Still typing: no pause long enough for the usual delay…
    std::thread::sleep(Duration::from_millis(300));
    h.type_into("project-organizer", " Жетісу ауданы");
    h.click(fl!("action-save").as_str());
    let organizer = h.project().organizer.clone();
    h.send(Message::Tick(Instant::now()));
    assert!(!std::fs::read_to_string(&path).unwrap().contains(&organizer), "typing goes on, not saved yet");
    // …but once the first unsaved edit is this old, the save starts.
    h.send(Message::Tick(first_edit + Duration::from_millis(900)));
    assert!(std::fs::read_to_string(&path).unwrap().contains(&organizer), "saved while typing went on");
}

// Registrations and the check-in desk.

use adisker::domain::registration;
use adisker::ui::screen::registrations as reg_screen;
use iced::keyboard::key::Named;

impl Harness {
    /// Clicks into the field with `id` and presses `key` there.
    fn press_in(&mut self, id: &'static str, key: Named) {
        let messages: Vec<Message> = {
            let mut ui = self.simulator();
            ui.click(iced::advanced::widget::Id::new(id)).unwrap_or_else(|e| panic!("no field {id}: {e:?}"));
            ui.tap_key(key);
            ui.into_messages().collect()
        };
        for message in messages {
            self.send(message);
        }
    }

    /// The sample project opened at the registrations of its event.
    fn registrations_of_the_sample() -> Harness {
        let mut h = Harness::new();
        h.click(fl!("library-add-sample").as_str());
        h.click(fl!("nav-registrations").as_str());
        h
    }

    fn event(&self) -> &adisker::domain::Event {
        self.project().events.iter().max_by_key(|e| e.starts_on).expect("the sample has an event")
    }

    fn present(&self) -> u32 {
        registration::counts(self.event()).present
    }
}

#[test]
fn the_check_in_desk_marks_the_typed_person_present_and_says_so() {
    let mut h = Harness::registrations_of_the_sample();
    let absent = h.event().registrations.iter().find(|r| r.attended != Some(true)).unwrap().person;
    let name = h.project().person(absent).unwrap().full_name.clone();
    let before = h.present();
    assert!(h.shows(&fl!("reg-count-present", count = before)), "the counts are in sight");

    h.send(Message::Shortcut(Shortcut::Key(
        iced::keyboard::Key::Character("k".into()),
        iced::keyboard::Modifiers::CTRL,
    )));
    assert!(h.shows(&fl!("reg-check-in-off")), "Ctrl+K opens the desk");
    // Part of the name, typed on a Russian layout (no Kazakh letters): the
    // shortest start of it that finds her first.
    let russian: String = name
        .chars()
        .map(|c| match c.to_lowercase().next().unwrap() {
            'қ' => 'к',
            'ә' => 'а',
            'ү' | 'ұ' => 'у',
            'ө' => 'о',
            'ғ' => 'г',
            'ң' => 'н',
            'і' => 'и',
            other => other,
        })
        .collect();
    let typed = (3..=russian.chars().count())
        .map(|n| russian.chars().take(n).collect::<String>())
        .find(|typed| {
            matches!(registration::check_in(h.project(), h.event(), typed),
                registration::CheckIn::Mark(p) if p.id == absent)
        })
        .expect("some start of the name finds her");
    assert!(typed.chars().count() < russian.chars().count() || !typed.contains(' '), "{typed}");
    h.type_into(reg_screen::CHECK_IN_FIELD, &typed);
    h.press_in(reg_screen::CHECK_IN_FIELD, Named::Enter);

    let after: u32 = before + 1;
    assert_eq!(h.present(), after);
    let marked = h.event().registrations.iter().find(|r| r.person == absent).unwrap();
    assert_eq!(marked.attended, Some(true));
    assert!(h.shows(&fl!("reg-count-present", count = after)), "the count grew at once");
    let said =
        format!("✓ {} {}", fl!("reg-marked", name = name.clone()), fl!("reg-undo-hint", keys = "Ctrl+Z"));
    assert!(h.shows(&said), "the desk says whom it marked");

    // Enter again on the same person does not unmark her.
    h.type_into(reg_screen::CHECK_IN_FIELD, &name);
    h.press_in(reg_screen::CHECK_IN_FIELD, Named::Enter);
    assert_eq!(h.present(), after);
    assert!(h.shows(&fl!("reg-already-present", name = name.clone())));

    // A name nobody has.
    h.press_in(reg_screen::CHECK_IN_FIELD, Named::Escape);
    h.type_into(reg_screen::CHECK_IN_FIELD, "Жоқболатов");
    h.press_in(reg_screen::CHECK_IN_FIELD, Named::Enter);
    assert!(h.shows(&fl!("reg-no-match", typed = "Жоқболатов")));
    assert_eq!(h.present(), after);

    // Escape clears the field: the typed name leaves the screen.
    h.press_in(reg_screen::CHECK_IN_FIELD, Named::Escape);
    assert!(!h.shows("Жоқболатов"));

    h.send(Message::Shortcut(Shortcut::Undo));
    assert_eq!(h.present(), before, "Ctrl+Z undoes the mark");
    assert!(h.shows(&fl!("reg-count-present", count = before)));
}

#[test]
fn a_person_who_came_unannounced_is_added_in_one_undoable_step() {
    let mut h = Harness::registrations_of_the_sample();
    let people = h.project().people.len();
    let registered = h.event().registrations.len();
    h.click(fl!("reg-quick-add").as_str());

    h.click(fl!("reg-quick-submit").as_str());
    assert!(h.shows(&fl!("field-required")), "a name is required, said at the field");
    assert_eq!(h.project().people.len(), people);

    h.type_into(reg_screen::QUICK_NAME_FIELD, "  Бадырақова   Мақпал ");
    h.type_into(reg_screen::QUICK_SUBJECT_FIELD, "химия");
    h.press_in(reg_screen::QUICK_SUBJECT_FIELD, Named::Enter);

    let person =
        h.project().people.iter().find(|p| p.full_name == "Бадырақова Мақпал").expect("in People").clone();
    assert_eq!(person.subjects, ["химия"]);
    assert_eq!(h.event().registrations.len(), registered + 1);
    assert!(h.event().registrations.iter().any(|r| r.person == person.id));
    assert!(h.shows("Бадырақова Мақпал"), "in the list");
    assert!(!h.shows(&fl!("field-required")));

    h.open_people();
    assert!(h.shows("Бадырақова Мақпал"), "and in People");

    h.send(Message::Shortcut(Shortcut::Undo));
    assert_eq!(h.project().people.len(), people, "one undo takes both away");
    assert_eq!(h.event().registrations.len(), registered);
}

#[test]
fn a_person_of_the_project_is_registered_from_people() {
    let mut h = Harness::registrations_of_the_sample();
    // Someone of the project not registered yet: the sample's own, or one
    // added in People for the test.
    let event = h.event().id;
    let waiting =
        registration::unregistered(h.project(), h.event(), "", 1).shown.first().map(|p| p.full_name.clone());
    let name = match waiting {
        Some(name) => name,
        None => {
            h.open_people();
            h.click(fl!("people-new").as_str());
            h.type_into("person-FullName", "Төлеубаева Жанар");
            h.click(fl!("action-save").as_str());
            h.click(fl!("nav-registrations").as_str());
            "Төлеубаева Жанар".to_owned()
        }
    };
    let person = h.project().people.iter().find(|p| p.full_name == name).unwrap().id;
    let registered = h.event().registrations.len();

    h.click(fl!("reg-add-from-people").as_str());
    let first_word = name.split_whitespace().next().unwrap().to_owned();
    h.type_into(reg_screen::PEOPLE_FIELD, &first_word);
    h.click(name.as_str());

    assert_eq!(h.project().event(event).unwrap().registrations.len(), registered + 1);
    let added = h.event().registrations.iter().find(|r| r.person == person).expect("registered");
    assert_eq!(added.attended, None, "registered, not yet marked");
    assert!(
        registration::unregistered(h.project(), h.event(), "", usize::MAX)
            .shown
            .iter()
            .all(|p| p.id != person),
        "no longer offered"
    );
}

#[test]
fn a_group_is_typed_in_its_row_and_saved_with_enter() {
    use adisker::ui::screen::project as project_screen;
    let mut h = Harness::registrations_of_the_sample();
    // The first row, in sight without scrolling.
    let registration = registration::listing(h.project(), h.event(), "", 1).shown[0].0.clone();
    let before = registration.group.clone().unwrap_or_default();
    h.send(Message::Project(project_screen::Message::Registrations(reg_screen::Message::EditGroup(
        registration.person,
    ))));
    h.type_into(reg_screen::GROUP_FIELD, " (2)");
    h.press_in(reg_screen::GROUP_FIELD, Named::Enter);
    let group = |h: &Harness| {
        h.event().registrations.iter().find(|r| r.person == registration.person).unwrap().group.clone()
    };
    assert_eq!(group(&h), Some(format!("{before} (2)")));
    assert!(h.shows(&format!("{before} (2)")), "the row shows the new group");
    h.send(Message::Shortcut(Shortcut::Undo));
    assert_eq!(group(&h), registration.group);
}

impl Harness {
    /// Types `text` into the field with `id` and presses Enter there, as
    /// someone typing in a pile of paper forms does.
    fn type_and_enter(&mut self, id: &'static str, text: &str) {
        let messages: Vec<Message> = {
            let mut ui = self.simulator();
            ui.click(iced::advanced::widget::Id::new(id)).unwrap_or_else(|e| panic!("no field {id}: {e:?}"));
            ui.typewrite(text);
            ui.tap_key(iced::keyboard::key::Named::Enter);
            ui.into_messages().collect()
        };
        for message in messages {
            self.send(message);
        }
    }

    /// The Almaty example open at Feedback, with two questions set.
    fn feedback_with_two_questions() -> Harness {
        let mut h = Harness::new();
        h.click(fl!("library-add-sample").as_str());
        h.click(fl!("nav-feedback").as_str());
        h.click(fl!("feedback-question-new").as_str());
        h.click(fl!("feedback-question-new").as_str());
        h.type_into("feedback-question-0", "Семинар жұмысыңызға пайдалы болды ма?");
        h.click(fl!("feedback-question-new").as_str());
        h.type_into("feedback-question-1", "Семинар қалай ұйымдастырылды?");
        h.click(fl!("feedback-questions-save").as_str());
        assert_eq!(h.project().events[0].feedback_questions.len(), 2);
        h
    }
}

#[test]
fn two_paper_forms_typed_in_the_grid_give_the_new_mean() {
    let mut h = Harness::feedback_with_two_questions();
    let before = h.project().events[0].feedback.len();
    let mean = |mean: &str, answers: usize| {
        format!("{}: {mean}   {}: {answers}", fl!("feedback-mean"), fl!("feedback-answers"))
    };
    assert!(h.shows(&format!(
        "{}: {}   {}: 0",
        fl!("feedback-mean"),
        fl!("feedback-no-answers"),
        fl!("feedback-answers")
    )));

    // The first form with the button, the second with Enter in its last field.
    h.type_into("feedback-rating-0", "5");
    h.type_into("feedback-rating-1", "4");
    h.click(fl!("feedback-add").as_str());
    assert!(h.shows(&mean("5.00", 1)));
    h.type_into("feedback-rating-0", "2");
    h.type_into("feedback-rating-1", "4");
    h.type_and_enter("feedback-comment", "Рақмет, өте пайдалы болды!");

    let feedback = &h.project().events[0].feedback;
    assert_eq!(feedback.len(), before + 2);
    assert_eq!(feedback.last().unwrap().comment, "Рақмет, өте пайдалы болды!");
    assert!(h.shows(&mean("3.50", 2)), "(5 + 2) / 2 for the first question");
    assert!(h.shows(&mean("4.00", 2)));

    h.click(fl!("action-undo").as_str());
    assert_eq!(h.project().events[0].feedback.len(), before + 1);
    assert!(h.shows(&mean("5.00", 1)), "each form is undone alone");
}

#[test]
fn a_respondent_is_found_as_at_the_check_in_and_the_session_stays_only_when_asked() {
    use adisker::domain::FeedbackTarget;
    let mut h = Harness::feedback_with_two_questions();
    let before = h.project().events[0].feedback.len();
    let id_of = |h: &Harness, name: &str| h.project().people.iter().find(|p| p.full_name == name).unwrap().id;
    let bagashar = id_of(&h, "Бағашар Жадыра");

    // A part of the name typed on a Russian layout names her before the form is added.
    h.type_into("feedback-target", "1");
    h.type_into("feedback-rating-0", "5");
    h.type_into("feedback-respondent", "Багашар");
    assert!(h.shows(&fl!("feedback-respondent-is", name = "Бағашар Жадыра")));
    h.click(fl!("feedback-add").as_str());
    let entry = h.project().events[0].feedback.last().unwrap().clone();
    assert_eq!(entry.respondent, Some(bagashar));
    assert!(entry.respondent_name.is_empty());
    assert_eq!(h.project().events[0].feedback.len(), before + 1);

    // The session number was not kept for the next form.
    h.type_into("feedback-rating-0", "4");
    h.type_into("feedback-respondent", "Жаңа Қонақ");
    assert!(h.shows(&fl!("feedback-respondent-guest", name = "Жаңа Қонақ")));
    h.click(fl!("feedback-add").as_str());
    let entry = h.project().events[0].feedback.last().unwrap().clone();
    assert_eq!(entry.target, FeedbackTarget::Event, "the first form's session is not carried over");
    assert_eq!(entry.respondent, None);
    assert_eq!(entry.respondent_name, "Жаңа Қонақ", "an unknown name is kept as written");

    // Two people fit «Г»: nothing is added until the name is clear.
    h.type_into("feedback-rating-0", "3");
    h.type_into("feedback-respondent", "Г");
    h.click(fl!("feedback-add").as_str());
    assert_eq!(h.project().events[0].feedback.len(), before + 2, "an unclear name adds nothing");
    let fitting = adisker::domain::names::find_people(h.project(), "Г", 3, |_| true);
    assert!(fitting.len() > 1);
    let fitting: Vec<String> = fitting.iter().map(|p| p.full_name.clone()).collect();
    assert!(h.shows(&fl!("feedback-several-people", names = fitting.join(", "))), "the user is told why");
    h.type_into("feedback-respondent", " Сәрсен");
    h.click(fl!("feedback-add").as_str());
    let entry = h.project().events[0].feedback.last().unwrap().clone();
    assert_eq!(entry.respondent, Some(id_of(&h, "Сәрсенбаева Гүлнар Бақытқызы")));

    // Pinned, the session number stays for the pile of forms about it.
    h.click(fl!("feedback-keep-target").as_str());
    h.type_into("feedback-target", "1");
    h.type_into("feedback-rating-0", "5");
    h.click(fl!("feedback-add").as_str());
    h.type_into("feedback-rating-0", "4");
    h.click(fl!("feedback-add").as_str());
    let feedback = &h.project().events[0].feedback;
    let pinned = feedback[feedback.len() - 2].target;
    assert!(matches!(pinned, FeedbackTarget::Session(_)), "the first form is about session 1");
    assert_eq!(feedback.last().unwrap().target, pinned, "the pinned session is kept");
}

#[test]
fn ctrl_z_in_a_field_takes_back_its_typing_before_the_last_edit() {
    let mut h = Harness::feedback_with_two_questions();
    let before = h.project().events[0].feedback.len();

    // The last word typed goes; the questions saved before stay.
    h.type_into("feedback-rating-0", "5");
    h.type_and_ctrl("feedback-comment", "Өте пайдалы", 'z');
    assert_eq!(h.project().events[0].feedback_questions.len(), 2, "the project's edit is not undone");
    h.click(fl!("feedback-add").as_str());
    let feedback = &h.project().events[0].feedback;
    assert_eq!(feedback.len(), before + 1);
    assert_eq!(feedback.last().unwrap().comment.trim(), "Өте");

    // What was typed earlier stays: the key takes back the newest word.
    h.type_into("feedback-rating-0", "4");
    h.type_into("feedback-comment", "Жақсы");
    h.type_and_ctrl("feedback-comment", " ұйымдастырылды", 'z');
    assert!(h.shows("Жақсы"), "only the word typed since is taken back, with its space");
    h.click(fl!("feedback-add").as_str());
    assert_eq!(h.project().events[0].feedback.last().unwrap().comment.trim(), "Жақсы");

    // A field with nothing of its own to undo passes the key on.
    h.type_and_ctrl("feedback-comment", "", 'z');
    assert_eq!(h.project().events[0].feedback.len(), before + 1, "then the last form is undone");
}

#[test]
fn a_wrong_rating_or_an_empty_form_is_refused_at_the_field() {
    let mut h = Harness::feedback_with_two_questions();
    let before = h.project().events[0].feedback.len();
    h.click(fl!("feedback-add").as_str());
    assert!(h.shows(&fl!("feedback-empty-form")));
    h.type_into("feedback-rating-0", "7");
    h.type_into("feedback-target", "99");
    h.click(fl!("feedback-add").as_str());
    assert!(h.shows(&fl!("field-bad-number")));
    assert!(h.shows(&fl!("feedback-unknown-session")));
    assert_eq!(h.project().events[0].feedback.len(), before, "nothing is added");
    assert!(h.shows("7"), "what was typed stays to be corrected");
}

#[test]
fn a_csv_file_is_previewed_refused_with_its_bad_line_then_imported_skipping_it() {
    let mut h = Harness::feedback_with_two_questions();
    let before = h.project().events[0].feedback.len();
    let file = h.dir.path().join("online-form.csv");
    std::fs::write(
        &file,
        "Уақыт белгісі,Семинар жұмысыңызға пайдалы болды ма?,Семинар қалай ұйымдастырылды?\n\
         01.02.2019 15:01,5,4\n\
         01.02.2019 15:02,4,5\n\
         01.02.2019 15:03,өте жақсы,5\n",
    )
    .unwrap();
    h.click(fl!("feedback-import").as_str());
    h.type_into(adisker::ui::screen::feedback_import::PATH_FIELD, file.to_str().unwrap());
    h.click(fl!("feedback-import-read").as_str());
    assert!(h.shows(&fl!("feedback-import-ready", good = 2, bad = 1)));

    h.click(fl!("feedback-import-confirm").as_str());
    assert!(h.shows(&fl!("feedback-import-refused", lines = "4")), "the bad row is named by its line");
    assert_eq!(h.project().events[0].feedback.len(), before, "nothing imported without consent");

    h.click(fl!("feedback-import-skip").as_str());
    h.click(fl!("feedback-import-confirm").as_str());
    assert_eq!(h.project().events[0].feedback.len(), before + 2);
    let mean = format!("{}: 4.50   {}: 2", fl!("feedback-mean"), fl!("feedback-answers"));
    assert!(h.shows(&mean), "(5 + 4) / 2, shown at once");
    h.click(fl!("action-undo").as_str());
    assert_eq!(h.project().events[0].feedback.len(), before, "the whole import is one step");
}

impl Harness {
    /// Keys pressed with no field focused, as the window delivers them:
    /// the widgets see each first, then the app's shortcuts.
    fn press(&mut self, keys: &[iced::keyboard::Key]) {
        self.press_keys_in(None, keys);
    }

    /// Clicks into the field `id` (if any), then presses `keys` one by one;
    /// a key the field takes never reaches the shortcuts.
    fn press_keys_in(&mut self, id: Option<&'static str>, keys: &[iced::keyboard::Key]) {
        use iced::keyboard::Key;
        let (messages, shortcuts) = {
            let mut ui = self.simulator();
            if let Some(id) = id {
                ui.click(iced::advanced::widget::Id::new(id))
                    .unwrap_or_else(|e| panic!("no field {id}: {e:?}"));
            }
            let mut shortcuts = Vec::new();
            for key in keys {
                let text = match key {
                    Key::Character(c) => Some(c.clone()),
                    _ => None,
                };
                let press = iced_test::simulator::press_key(key.clone(), text);
                let status = ui.simulate([press.clone(), iced_test::simulator::release_key(key.clone())]);
                let window = iced::window::Id::unique();
                shortcuts.extend(adisker::ui::app::shortcut_of(press, status[0], window));
            }
            (ui.into_messages().collect::<Vec<_>>(), shortcuts)
        };
        for message in messages {
            self.send(message);
        }
        for shortcut in shortcuts {
            self.send(Message::Shortcut(shortcut));
        }
    }
}

fn char_key(c: &str) -> iced::keyboard::Key {
    iced::keyboard::Key::Character(c.into())
}

fn named_key(named: iced::keyboard::key::Named) -> iced::keyboard::Key {
    iced::keyboard::Key::Named(named)
}

#[test]
fn three_criteria_rated_with_the_keyboard_show_in_the_lesson_summary() {
    use adisker::domain::observation::lesson_summary;
    use adisker::ui::screen::labels::Choice;
    use adisker::ui::screen::{observations, project};
    use iced::keyboard::key::Named;

    let mut h = Harness::new();
    h.click(fl!("library-add-sample").as_str());
    let project = h.project().clone();
    let event = &project.events[0];
    // The grade-five lesson: two observers have filled their sheets.
    let lesson = event
        .sessions
        .iter()
        .find(|s| s.lesson.is_some() && event.observations.iter().filter(|o| o.session == s.id).count() == 2)
        .expect("the sample has a lesson with two observers");
    let before = lesson_summary(&project, event, lesson.id);
    let newcomer = project
        .people
        .iter()
        .find(|p| !lesson.observers.contains(&p.id) && p.full_name.contains(' '))
        .unwrap()
        .clone();

    h.click(fl!("nav-observations").as_str());
    h.click(lesson.title.as_str());
    // A pick list's menu is an overlay the simulator does not open: the
    // choice is sent as the list sends it.
    h.send(Message::Project(project::Message::Observations(observations::Message::Observer(Choice {
        value: newcomer.id,
        label: newcomer.full_name.clone(),
    }))));
    h.click(fl!("obs-start").as_str());

    // 4 for the first criterion, 2 for the second, 3 for the third; a digit
    // typed into the note is text, not a level.
    h.press(&[char_key("4"), named_key(Named::ArrowDown), char_key("2")]);
    h.press(&[named_key(Named::ArrowDown), char_key("3")]);
    h.press_keys_in(Some("observe-note"), &[char_key("5"), char_key("ж"), named_key(Named::Enter)]);

    let stored = |h: &Harness| {
        h.project().events[0]
            .observations
            .iter()
            .find(|o| o.session == lesson.id && o.observer == newcomer.id)
            .cloned()
            .expect("the sheet is stored as it is filled")
    };
    let sheet = stored(&h);
    let levels: Vec<(&str, u8)> = sheet.ratings.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let keys: Vec<&str> = before.rows.iter().take(3).map(|r| r.key.as_str()).collect();
    let mut expected = vec![(keys[0], 4), (keys[1], 2), (keys[2], 3)];
    expected.sort();
    assert_eq!(levels, expected);
    assert_eq!(sheet.notes.len(), 1);
    assert_eq!(sheet.notes[0].text, "5ж");

    h.click(format!("← {}", fl!("obs-back")).as_str());
    let surname = newcomer.full_name.split_whitespace().next().unwrap();
    assert!(h.shows(surname), "the new observer has a column in the summary");
    assert!(h.shows("5ж"), "the note is among the lesson's notes");
    for (row, level) in before.rows.iter().zip([4u8, 2, 3]) {
        let given: Vec<u8> = row.levels.iter().flatten().copied().chain([level]).collect();
        let mean = f64::from(given.iter().map(|l| u32::from(*l)).sum::<u32>()) / given.len() as f64;
        let shown = adisker::i18n::format_level_mean(mean);
        assert!(h.shows(&shown), "the mean of «{}» is shown as {shown}", row.title);
    }

    h.let_autosave_run();
    let id = h.project().id.to_string();
    let on_disk =
        std::fs::read_to_string(h.dir.path().join("projects").join(id).join("project.json")).unwrap();
    assert!(on_disk.contains("5ж"), "the autosave wrote the sheet");
}

#[test]
fn a_sheet_in_use_is_saved_as_its_next_version() {
    let mut h = Harness::new();
    h.click(fl!("library-add-sample").as_str());
    let used = h.project().observation_templates[0].clone();

    h.click(fl!("nav-observations").as_str());
    h.click(fl!("obs-templates").as_str());
    assert!(h.shows(&fl!("obs-template-in-use")), "the user is told before she edits");
    h.type_into("sheet-name", " (2020)");
    h.click(fl!("obs-criterion-add").as_str());
    h.click(fl!("action-save").as_str());

    let templates = &h.project().observation_templates;
    assert_eq!(templates.len(), 2);
    assert_eq!(templates[0], used, "the version in use is untouched");
    let next = &templates[1];
    assert_eq!((next.version, next.previous), (2, Some(used.id)));
    // The click puts the cursor mid-name, where the typing lands.
    assert!(next.name.contains(" (2020)") && next.name.len() == used.name.len() + " (2020)".len());
    assert_eq!(next.criteria.len(), used.criteria.len() + 1);
    assert!(h.shows(&fl!("obs-template-saved-as-version", version = 2)));

    // Further edits go to the new version, in place: nothing uses it yet.
    h.type_into("sheet-name", "!");
    h.click(fl!("action-save").as_str());
    assert_eq!(h.project().observation_templates.len(), 2);
    assert!(h.project().observation_templates[1].name.contains('!'));
    assert_eq!(h.project().observation_templates[1].version, 2);
}

#[test]
fn a_teachers_history_gathers_her_lessons_from_every_project_of_the_library() {
    let mut h = Harness::with(|library| {
        // The same practice site a year earlier, in a project of its own.
        let mut earlier = adisker::sample::small(chrono::Utc::now());
        earlier.id = adisker::domain::ProjectId::new();
        earlier.title = "Тәжірибелік алаң, 2018".into();
        for session in &mut earlier.events[0].sessions {
            session.day -= chrono::TimeDelta::days(365);
        }
        library.add(&earlier).unwrap();
    });
    h.click(fl!("library-add-sample").as_str());
    let project = h.project().clone();
    let event = &project.events[0];
    let lesson = event.sessions.iter().find(|s| s.id == event.observations[0].session).unwrap();
    let teacher = project.person(lesson.lesson.as_ref().unwrap().teachers[0]).unwrap().full_name.clone();

    h.click(fl!("nav-observations").as_str());
    h.click(lesson.title.as_str());
    h.click(format!("{}: {teacher}", fl!("obs-history")).as_str());

    assert!(h.shows(&fl!("obs-history-title", name = teacher.clone())));
    assert!(h.shows(&format!("Тәжірибелік алаң, 2018 · {}", event.title)), "last year's lessons are listed");
    assert!(h.shows(&format!("{} · {}", project.title, event.title)), "this year's too");
    let earlier_day = adisker::i18n::format_date_short(lesson.day - chrono::TimeDelta::days(365));
    assert!(h.shows(&earlier_day));
    assert!(!h.shows(&fl!("obs-history-empty")));
}

#[test]
fn a_teachers_history_opens_from_people_too() {
    let mut h = Harness::new();
    h.click(fl!("library-add-sample").as_str());
    let project = h.project().clone();
    let event = &project.events[0];
    let lesson = event.sessions.iter().find(|s| s.id == event.observations[0].session).unwrap();
    let teacher = project.person(lesson.lesson.as_ref().unwrap().teachers[0]).unwrap().full_name.clone();

    h.open_people();
    h.click(teacher.as_str());
    h.click(fl!("obs-history").as_str());

    assert!(h.shows(&fl!("obs-history-title", name = teacher.clone())));
    assert!(h.shows(&format!("{} · {}", project.title, event.title)), "her observed lesson is listed");
    h.click(format!("← {}", fl!("obs-back")).as_str());
    assert!(!h.shows(&fl!("obs-history-title", name = teacher)));
}

#[test]
fn feedback_questions_are_reordered_and_keep_their_answers() {
    let mut h = Harness::feedback_with_two_questions();
    h.type_into("feedback-rating-0", "5");
    h.type_into("feedback-rating-1", "2");
    h.click(fl!("feedback-add").as_str());
    let before = h.project().events[0].feedback_questions.clone();

    h.click(fl!("feedback-question-new").as_str());
    // The first question's «Down»; the last one has none to press.
    h.click(fl!("action-move-down").as_str());
    h.click(fl!("feedback-questions-save").as_str());

    let after = &h.project().events[0].feedback_questions;
    assert_eq!(after[0].key, before[1].key);
    assert_eq!(after[1].key, before[0].key);
    assert!(h.shows(&format!("1. {}", before[1].text)));
    let mean = |mean: &str| format!("{}: {mean}   {}: 1", fl!("feedback-mean"), fl!("feedback-answers"));
    let results = h.simulator().find(mean("2.00").as_str()).is_ok();
    assert!(results, "the moved question keeps its answer");

    h.click(fl!("action-undo").as_str());
    assert_eq!(h.project().events[0].feedback_questions[0].key, before[0].key);
}

#[test]
fn the_sign_in_sheet_gets_the_empty_rows_typed_in_the_print_screen() {
    use adisker::print::{Document, MAX_BLANK_ROWS, MIN_BLANK_ROWS};
    use adisker::ui::screen::{labels::Choice, print as print_screen, project};
    let mut h = Harness::new();
    h.click(fl!("library-add-sample").as_str());
    h.click(fl!("nav-print").as_str());
    let choose = print_screen::Message::Document(Choice {
        value: Document::SignIn,
        label: print_screen::document_name(Document::SignIn),
    });
    h.send(Message::Project(project::Message::Print(choose)));
    let request = |h: &Harness| {
        let Screen::Project(screen) = h.app.screen() else { panic!("the project is open") };
        screen.print_state().request(h.project()).unwrap()
    };
    assert_eq!(request(&h).blank_rows, None, "by default up to the expected number");
    assert!(h.shows(&fl!("print-blank-rows", default = MIN_BLANK_ROWS)));
    h.type_into(print_screen::BLANK_ROWS_FIELD, "12");
    assert_eq!(request(&h).blank_rows, Some(12));
    h.type_into(print_screen::BLANK_ROWS_FIELD, "000");
    assert!(h.shows(&fl!("print-blank-rows-bad", most = MAX_BLANK_ROWS)), "12000 is told at the field");
    assert_eq!(request(&h).blank_rows, None, "and the sheet keeps its default");

    // One list by name with the school in a column, ticked on the screen.
    assert!(!request(&h).school_column);
    h.click(fl!("print-school-column").as_str());
    assert!(request(&h).school_column);

    // Master classes get blank observation sheets only when asked.
    let choose = print_screen::Message::Document(Choice {
        value: Document::ObservationSheet,
        label: print_screen::document_name(Document::ObservationSheet),
    });
    h.send(Message::Project(project::Message::Print(choose)));
    assert!(!request(&h).master_classes);
    h.click(fl!("print-master-classes-too").as_str());
    assert!(request(&h).master_classes);
}

#[test]
fn the_print_screen_previews_pages_and_saves_certificates_with_their_numbers_recorded() {
    use adisker::print::{self, Document, PeopleSet, Templates};
    use adisker::ui::screen::{labels::Choice, print as print_screen, project};

    let mut h = Harness::new();
    h.click(fl!("library-add-sample").as_str());
    h.click(fl!("nav-print").as_str());
    assert!(h.shows(&fl!("print-preview-hint")));

    h.click(fl!("print-preview").as_str());
    let expected = {
        let Screen::Project(screen) = h.app.screen() else { panic!("the project is open") };
        screen.print_state().request(h.project()).unwrap()
    };
    assert_eq!(expected.document, Document::Programme);
    assert!(expected.files.is_some(), "the project's emblem is printed from its files");
    let prepared = print::prepare(h.project(), &expected).unwrap();
    let pages =
        print::typeset(&prepared, &Templates::bundled().load(Document::Programme)).unwrap().page_count();
    assert!(h.shows(&fl!("print-page-of", page = 1, count = pages)), "the first page is previewed");

    // The page is shown larger, then fitted to the panel again.
    h.click("+");
    assert!(h.shows("125 %"));
    h.click("+");
    assert!(h.shows("150 %"));
    h.click("−");
    assert!(h.shows("125 %"));
    assert!(h.shows(&fl!("print-page-of", page = 1, count = pages)), "the page is drawn again at its zoom");
    h.click(fl!("print-zoom-fit").as_str());
    assert!(!h.shows("125 %"));

    // Certificates for everyone present, saved where the user types, since
    // a bare test session has no file dialog.
    let choose = print_screen::Message::Document(Choice {
        value: Document::Certificates,
        label: print_screen::document_name(Document::Certificates),
    });
    h.send(Message::Project(project::Message::Print(choose)));
    assert!(h.shows(&fl!("print-series")));
    h.type_into(print_screen::SERIES_FIELD, "57-2019/101");
    let present = print::choose_people(h.project(), &h.project().events[0], &PeopleSet::Present).len();
    let before = h.project().awards.len();
    // SAFETY: the harness holds the lock that serialises these tests, and
    // nothing else in this process reads the variable concurrently.
    unsafe { std::env::set_var("ADISKER_NO_FILE_DIALOG", "1") };
    h.click(fl!("print-save").as_str());
    let out = h.dir.path().join("certificates.pdf");
    h.type_into(print_screen::PATH_FIELD, out.to_str().unwrap());
    h.send(Message::Project(project::Message::Print(print_screen::Message::SaveToPath)));

    let pdf = std::fs::read(&out).expect("the PDF is written");
    assert!(pdf.starts_with(b"%PDF"));
    assert!(h.shows(&fl!("print-written", path = out.display().to_string(), pages = present)));
    let awards = &h.project().awards;
    assert_eq!(awards.len(), before + present, "each certificate's number is recorded");
    assert!(awards.iter().any(|a| a.number == "57-2019/101"));
    let numbers: std::collections::HashSet<&str> = awards.iter().map(|a| a.number.as_str()).collect();
    assert_eq!(numbers.len(), awards.len());

    // Recording the numbers is an edit like any other.
    h.click(fl!("action-undo").as_str());
    assert_eq!(h.project().awards.len(), before);
}

#[test]
fn certificates_for_hand_picked_people_and_a_filled_observation_sheet_are_previewed() {
    use adisker::print::{Document, PeopleSet};
    use adisker::ui::screen::{labels::Choice, print as print_screen, print_people, project};
    let print = |h: &mut Harness, message: print_screen::Message| {
        h.send(Message::Project(project::Message::Print(message)));
    };

    let mut h = Harness::new();
    h.click(fl!("library-add-sample").as_str());
    h.click(fl!("nav-print").as_str());
    let document = |value: Document| {
        print_screen::Message::Document(Choice { value, label: print_screen::document_name(value) })
    };
    print(&mut h, document(Document::Certificates));
    let chosen = PeopleSet::Chosen(Vec::new());
    print(
        &mut h,
        print_screen::Message::People(Choice {
            label: adisker::print::people_set_name(&chosen),
            value: chosen,
        }),
    );
    assert!(h.shows(&fl!("print-chosen-count", count = 0)));

    // A guest who is not registered, found by typing part of her name.
    let project = h.project().clone();
    let registered: Vec<_> = project.events[0].registrations.iter().map(|r| r.person).collect();
    let guest = project.people.iter().find(|p| !registered.contains(&p.id)).unwrap();
    let surname = guest.full_name.split_whitespace().next().unwrap().to_owned();
    h.type_into(print_people::SEARCH_FIELD, &surname);
    h.click(guest.full_name.as_str());
    assert!(h.shows(&fl!("print-chosen-count", count = 1)));
    let teacher = project.person(registered[0]).unwrap();
    // Part of the name: the field must not hold the very text clicked.
    let part: String = teacher.full_name.chars().take(teacher.full_name.chars().count() - 1).collect();
    print(&mut h, print_screen::Message::Picker(print_people::Message::Search(part)));
    h.click(teacher.full_name.as_str());
    assert!(h.shows(&fl!("print-chosen-count", count = 2)));

    h.click(fl!("print-preview").as_str());
    assert!(h.shows(&fl!("print-page-of", page = 1, count = 2)), "one certificate for each of the two");

    // One observer's filled sheet is a single page.
    print(&mut h, document(Document::ObservationSheet));
    let event = &project.events[0];
    let observation = &event.observations[0];
    let session = event.sessions.iter().find(|s| s.id == observation.session).unwrap();
    let observer = project.person(observation.observer).unwrap();
    print(
        &mut h,
        print_screen::Message::Observation(Choice {
            value: Some(observation.id),
            label: format!("{} — {}", session.title, observer.full_name),
        }),
    );
    h.click(fl!("print-preview").as_str());
    assert!(h.shows(&fl!("print-page-of", page = 1, count = 1)));
}

#[test]
fn the_print_screen_is_reached_and_its_pages_turned_with_the_keyboard() {
    use adisker::print::{self, Document, PeopleSet, Request, Templates};
    use adisker::ui::screen::{labels::Choice, print as print_screen, project};
    use iced::keyboard::{Modifiers, key::Named};

    let mut h = Harness::new();
    h.click(fl!("library-add-sample").as_str());
    assert!(!h.shows(&fl!("print-preview-hint")));
    h.send(Message::Shortcut(Shortcut::Key(char_key("p"), Modifiers::CTRL)));
    assert!(h.shows(&fl!("print-preview-hint")), "Ctrl+P leads to the print screen");

    h.send(Message::Project(project::Message::Print(print_screen::Message::Document(Choice {
        value: Document::Certificates,
        label: print_screen::document_name(Document::Certificates),
    }))));
    let mut expected = Request::new(
        Document::Certificates,
        h.project().events[0].id,
        Language::En,
        chrono::Local::now().date_naive(),
    );
    expected.people = PeopleSet::default_for(Document::Certificates);
    let prepared = print::prepare(h.project(), &expected).unwrap();
    let pages =
        print::typeset(&prepared, &Templates::bundled().load(Document::Certificates)).unwrap().page_count();
    assert!(pages >= 3, "the sample has enough people to turn pages");

    h.press(&[named_key(Named::F5)]);
    assert!(h.shows(&fl!("print-page-of", page = 1, count = pages)), "F5 shows the pages");
    h.press(&[named_key(Named::PageDown), named_key(Named::ArrowRight)]);
    assert!(h.shows(&fl!("print-page-of", page = 3, count = pages)));
    h.press(&[named_key(Named::PageUp)]);
    assert!(h.shows(&fl!("print-page-of", page = 2, count = pages)));
    h.press(&[named_key(Named::ArrowLeft), named_key(Named::ArrowLeft)]);
    assert!(h.shows(&fl!("print-page-of", page = 1, count = pages)), "there is no page before the first");
}

#[test]
fn a_blank_feedback_form_is_printed_for_the_method_chosen_on_the_print_screen() {
    use adisker::domain::FeedbackMethod;
    use adisker::domain::feedback::usual_method;
    use adisker::i18n::feedback_method_name;
    use adisker::print::Document;
    use adisker::ui::screen::{labels::Choice, print as print_screen, project};
    let print = |h: &mut Harness, message: print_screen::Message| {
        h.send(Message::Project(project::Message::Print(message)));
    };

    let mut h = Harness::new();
    h.click(fl!("library-add-sample").as_str());
    h.click(fl!("nav-print").as_str());
    assert!(!h.shows(&fl!("feedback-method")), "the method is asked for the feedback form only");
    print(
        &mut h,
        print_screen::Message::Document(Choice {
            value: Document::FeedbackForm,
            label: print_screen::document_name(Document::FeedbackForm),
        }),
    );
    assert!(h.shows(&fl!("feedback-method")));
    let usual = usual_method(&h.project().events[0]);

    let chosen = if usual == FeedbackMethod::TrafficLight {
        FeedbackMethod::Coins
    } else {
        FeedbackMethod::TrafficLight
    };
    // A pick list's menu is an overlay the simulator does not open.
    print(
        &mut h,
        print_screen::Message::Method(Choice { value: chosen, label: feedback_method_name(chosen) }),
    );

    // SAFETY: the harness holds the lock that serialises these tests, and
    // nothing else in this process reads the variable concurrently.
    unsafe { std::env::set_var("ADISKER_NO_FILE_DIALOG", "1") };
    h.click(fl!("print-save").as_str());
    let out = h.dir.path().join("form.pdf");
    h.type_into(print_screen::PATH_FIELD, out.to_str().unwrap());
    print(&mut h, print_screen::Message::SaveToPath);
    let text =
        pdf_extract::extract_text_from_mem(&std::fs::read(&out).expect("the form is written")).unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let help = match chosen {
        FeedbackMethod::TrafficLight => "print-light-help",
        _ => "print-coins-help",
    };
    // The print screen starts in the event's own language.
    let language = Language::from_code(&h.project().events[0].languages[0]).unwrap();
    let expected = adisker::i18n::document_loader(language).get(help);
    assert!(text.contains(&expected), "{expected:?} in {text}");
}
