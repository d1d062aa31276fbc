//! Daily use on a school PC, driven headless at 1024×768: one current event
//! for every section, the picker of people, the keys of the programme.
//! Run with ICED_TEST_BACKEND=tiny-skia.

use crate::support;

use adisker::domain::*;
use adisker::fl;
use adisker::store::Library;
use adisker::ui::app::Message;
use adisker::ui::screen::programme::{self, form};
use adisker::ui::screen::project::{self as project_screen, Section};
use iced::keyboard::{Key, key::Named};
use support::Harness;

fn navigate(h: &mut Harness, section: Section) {
    h.send(Message::Project(project_screen::Message::Navigate(section)));
}

/// A school's year: three events, the next one on 10 December 2026.
fn year(library: &Library) {
    let day = |d, m, y| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let mut project = Project::new("Әдістемелік кабинеттің жылдық жоспары", "№84 мектеп", chrono::Utc::now());
    for (title, date) in [
        ("Әдістемелік десант", day(10, 9, 2026)),
        ("Педагогикалық форум «Ізденіс»", day(10, 12, 2030)),
        ("Дөңгелек үстел: бағалау", day(20, 3, 2031)),
    ] {
        let mut event = Event::new(title, date);
        event.sessions.push(Session::new(
            date,
            chrono::NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
            chrono::NaiveTime::from_hms_opt(11, 0, 0).unwrap(),
            SessionKind::Speech,
            format!("{title}: ашылуы"),
        ));
        project.events.push(event);
    }
    library.add(&project).unwrap();
}

#[test]
fn one_current_event_serves_every_section_and_is_kept_across_restarts() {
    let mut h = Harness::with(year);
    h.click(fl!("action-open").as_str());
    navigate(&mut h, Section::Programme);
    // The next event is the one at hand.
    assert!(h.shows("Педагогикалық форум «Ізденіс»"));
    h.click(fl!("event-choose-other").as_str());
    // The chooser lists the coming events first and finds by any word.
    h.type_and_press(project_screen::EVENT_SEARCH, "бағалау", &[Key::Named(Named::Enter)]);
    for section in [
        Section::Programme,
        Section::Registrations,
        Section::Lessons,
        Section::Feedback,
        Section::Observations,
        Section::Print,
    ] {
        navigate(&mut h, section);
        assert!(h.shows("Дөңгелек үстел: бағалау"), "{section:?} shows the chosen event");
        assert!(!h.shows("Педагогикалық форум «Ізденіс»"), "{section:?}");
    }
    navigate(&mut h, Section::Programme);
    assert!(h.shows("Дөңгелек үстел: бағалау: ашылуы"), "the programme is the chosen event's");

    let mut h = h.reboot();
    h.click(fl!("action-open").as_str());
    navigate(&mut h, Section::Feedback);
    assert!(h.shows("Дөңгелек үстел: бағалау"), "the choice is kept across restarts");
}

/// A project whose people have Kazakh names that an ASCII-only filter
/// would not tell apart.
fn people(library: &Library) {
    let day = chrono::NaiveDate::from_ymd_opt(2030, 2, 1).unwrap();
    let mut project = Project::new("Тәжірибелік алаң", "№57 мектеп", chrono::Utc::now());
    for name in ["Ахметов Ерлан", "Ғабдуллина Айгүл", "Смағұлова Әсел", "Жанатова Әсел", "Әлиева Гүлнар"]
    {
        project.people.push(Person { full_name: name.into(), ..Person::default() });
    }
    let mut event = Event::new("Тәжірибелік алаң", day);
    event.sessions.push(Session::new(
        day,
        chrono::NaiveTime::from_hms_opt(11, 0, 0).unwrap(),
        chrono::NaiveTime::from_hms_opt(11, 45, 0).unwrap(),
        SessionKind::OpenLesson,
        "Ашық сабақ".into(),
    ));
    project.events.push(event);
    library.add(&project).unwrap();
}

fn selected_session_people(h: &Harness, role: impl Fn(&Session) -> Vec<PersonId>) -> Vec<String> {
    let session = &h.project().events[0].sessions[0];
    role(session).iter().map(|id| h.project().person(*id).unwrap().full_name.clone()).collect()
}

#[test]
fn the_picker_filters_kazakh_names_as_typed_chooses_with_the_keys_and_clears_itself() {
    let mut h = Harness::with(people);
    // Tall enough to see the whole session form without scrolling it.
    h.size = (1024.0, 1600.0);
    h.click(fl!("action-open").as_str());
    navigate(&mut h, Section::Programme);
    let session = h.project().events[0].sessions[0].id;
    h.send(Message::Project(project_screen::Message::Programme(programme::Message::Select(session))));
    let field = form::picker_id(form::Role::Observer);

    h.type_and_press(field, "Ғабдул", &[]);
    assert!(h.shows("Ғабдуллина Айгүл"));
    assert!(!h.shows("Ахметов Ерлан"), "only the names typed are offered");
    h.type_and_press(field, "", &[Key::Named(Named::Escape)]);
    assert!(!h.shows("Ғабдуллина Айгүл"), "Esc empties the field");
    // Typed on a Russian layout, the same name.
    h.type_and_press(field, "габдул", &[]);
    assert!(h.shows("Ғабдуллина Айгүл"));
    h.type_and_press(field, "", &[Key::Named(Named::Escape)]);
    h.type_and_press(field, "әсел", &[Key::Named(Named::ArrowDown), Key::Named(Named::Enter)]);
    // «Жанатова» before «Смағұлова»: the second one, chosen with ↓.
    h.click(fl!("action-save").as_str());
    assert_eq!(selected_session_people(&h, |s| s.observers.clone()), ["Смағұлова Әсел"]);
    assert!(!h.shows("Жанатова Әсел"), "the field is empty after a choice, its list gone");

    // A name nobody has: Enter adds her as a new person.
    h.type_and_press(field, "Бекова Дана", &[Key::Named(Named::Enter)]);
    h.click(fl!("action-save").as_str());
    assert_eq!(selected_session_people(&h, |s| s.observers.clone()), ["Смағұлова Әсел", "Бекова Дана"]);
    assert!(h.project().people.iter().any(|p| p.full_name == "Бекова Дана"));
}

/// A hybrid seminar: two namesakes, one in the hall and one online, and
/// two more online.
fn hybrid(library: &Library) {
    let day = chrono::NaiveDate::from_ymd_opt(2030, 3, 3).unwrap();
    let mut project = Project::new("Облыстық гибридті семинар", "Әдістемелік орталық", chrono::Utc::now());
    let mut event = Event::new("Функционалдық сауаттылық", day);
    event.format = EventFormat::Hybrid;
    for (name, mode) in [
        ("Жақсыбаева Гүлнар", AttendanceMode::Online),
        ("Жақсыбаева Гүлмира", AttendanceMode::Offline),
        ("Омарова Сәуле", AttendanceMode::Online),
        ("Нұрланова Әсем", AttendanceMode::Online),
    ] {
        let person = registration::quick_person(name, None, "");
        event.registrations.push(Registration {
            person: person.id,
            mode,
            attended: None,
            group: None,
            extra: Default::default(),
        });
        project.people.push(person);
    }
    project.events.push(event);
    library.add(&project).unwrap();
}

fn attended(h: &Harness, name: &str) -> Option<bool> {
    let person = h.project().people.iter().find(|p| p.full_name == name).unwrap().id;
    h.project().events[0].registrations.iter().find(|r| r.person == person).unwrap().attended
}

#[test]
fn the_desk_looks_in_the_hall_says_whom_enter_marks_and_says_when_a_mark_is_undone() {
    use adisker::ui::screen::registrations as reg_screen;
    let mut h = Harness::with(hybrid);
    h.click(fl!("action-open").as_str());
    navigate(&mut h, Section::Registrations);
    h.click(fl!("reg-check-in").as_str());
    assert!(h.shows(&fl!("reg-filter-hall", count = 1)), "the desk lists the hall's registrations");

    h.type_into(reg_screen::CHECK_IN_FIELD, "Жақсыбаева");
    let next = fl!("reg-enter-marks", enter = "Enter", name = "Жақсыбаева Гүлмира", about = "");
    assert!(h.shows(&next), "the desk names the one Enter marks: {next}");
    h.type_and_press(reg_screen::CHECK_IN_FIELD, "", &[Key::Named(Named::Enter)]);
    assert_eq!(attended(&h, "Жақсыбаева Гүлмира"), Some(true), "the one in the hall is marked");
    assert_eq!(attended(&h, "Жақсыбаева Гүлнар"), None, "her online namesake is not");

    h.send(Message::Shortcut(adisker::ui::app::Shortcut::Undo));
    assert_eq!(attended(&h, "Жақсыбаева Гүлмира"), None);
    assert!(
        h.shows(&fl!("reg-mark-undone", name = "Жақсыбаева Гүлмира")),
        "the banner says the mark was undone"
    );

    // Online people join, and can be marked all at once.
    h.click(&fl!("reg-filter-online", count = 3));
    assert!(!h.shows("Жақсыбаева Гүлмира"), "the hall is not listed among the online ones");
    h.click(&fl!("reg-mark-all-joined", count = 3));
    for name in ["Жақсыбаева Гүлнар", "Омарова Сәуле", "Нұрланова Әсем"]
    {
        assert_eq!(attended(&h, name), Some(true), "{name} joined");
    }
    assert_eq!(attended(&h, "Жақсыбаева Гүлмира"), None, "the bulk mark leaves the hall alone");
    assert!(h.shows(&fl!("reg-joined")), "online people are «joined», not «came»");
    h.send(Message::Shortcut(adisker::ui::app::Shortcut::Undo));
    assert_eq!(attended(&h, "Омарова Сәуле"), None, "one Ctrl+Z takes the bulk mark back");
}

fn section_of(h: &Harness) -> &project_screen::State {
    match h.app.screen() {
        adisker::ui::app::Screen::Project(state) => state,
        _ => panic!("no project is open"),
    }
}

#[test]
fn ctrl_s_says_saved_f1_lists_the_keys_and_ctrl_f_has_a_search_box_to_go_to() {
    use adisker::ui::app::Shortcut;
    let mut h = Harness::with(year);
    h.click(fl!("action-open").as_str());
    let saved = format!("✓ {}", fl!("save-done"));
    assert!(!h.shows(&saved));
    // Nothing to write: Ctrl+S still says that all is on disk.
    h.send(Message::Shortcut(Shortcut::Save));
    assert!(h.shows(&saved), "Ctrl+S pressed by habit is answered");

    // An edit, then Ctrl+S before the autosave: on disk, and said.
    navigate(&mut h, Section::Overview);
    h.type_into("project-title", " 2030");
    h.click(fl!("action-save").as_str());
    h.send(Message::Shortcut(Shortcut::Save));
    let on_disk = std::fs::read_to_string(h.project_dir().join("project.json")).unwrap();
    assert!(on_disk.contains("жоспары 2030"), "Ctrl+S wrote the edit");
    assert!(h.shows(&saved));

    // F1 in the programme: its keys first, then those of every section.
    navigate(&mut h, Section::Programme);
    h.send(Message::Shortcut(Shortcut::Key(Key::Named(Named::F1), Default::default())));
    assert!(h.shows(&fl!("help-title")));
    assert!(h.shows(&fl!("help-programme-sideways")));
    assert!(h.shows(&fl!("help-save")));
    assert!(h.shows(&fl!("help-registrations-mark")));
    h.send(Message::Shortcut(Shortcut::Key(Key::Named(Named::Escape), Default::default())));
    assert!(!h.shows(&fl!("help-title")), "Esc closes the page");
    h.click(&fl!("help-button"));
    assert!(h.shows(&fl!("help-programme-sideways")), "the button opens it too");
    h.click(&fl!("action-back"));
    assert!(!h.shows(&fl!("help-title")));

    // Ctrl+F goes to a search box that is on the screen of each section.
    for section in [Section::People, Section::Schools, Section::Events, Section::Registrations] {
        navigate(&mut h, section);
        let field = section_of(&h).search_field().unwrap_or_else(|| panic!("{section:?} has a search"));
        assert!(
            h.simulator().find(iced::advanced::widget::Id::new(field)).is_ok(),
            "{section:?}: the search box {field} is on screen"
        );
    }
}

/// An event whose 45 paper forms each carry a comment.
fn many_comments(library: &Library) {
    let day = chrono::NaiveDate::from_ymd_opt(2030, 3, 3).unwrap();
    let mut project = Project::new("Кері байланыс", "№12 мектеп", chrono::Utc::now());
    let mut event = Event::new("Аудандық семинар", day);
    for n in 1..=45 {
        let mut entry =
            Feedback::blank(FeedbackTarget::Event, FeedbackMethod::TwoStarsAndAWish, chrono::Utc::now());
        entry.comment = if n == 37 {
            "Қызықты әдістер, рақмет".to_owned()
        } else {
            format!("Пікір №{n}")
        };
        event.feedback.push(entry);
    }
    project.events.push(event);
    library.add(&project).unwrap();
}

#[test]
fn every_written_comment_can_be_read_a_page_at_a_time_or_found() {
    let mut h = Harness::with(many_comments);
    h.click(fl!("action-open").as_str());
    navigate(&mut h, Section::Feedback);
    let field = section_of(&h).search_field().expect("Ctrl+F has a search box to go to");
    assert!(h.simulator().find(iced::advanced::widget::Id::new(field)).is_ok());
    assert!(h.shows("— Пікір №1"));
    assert!(!h.shows("— Пікір №21"), "a page holds twenty");
    assert!(h.shows(&fl!("feedback-written-shown", from = 1, to = 20, count = 45)));
    h.click("→");
    h.click("→");
    assert!(h.shows("— Пікір №45"), "the last page holds the last comment");
    assert!(h.shows(&fl!("feedback-written-shown", from = 41, to = 45, count = 45)));
    // Typed on a Russian layout, the start of a word.
    h.type_into(adisker::ui::screen::feedback::COMMENT_SEARCH, "кызык");
    assert!(h.shows("— Қызықты әдістер, рақмет"));
    assert!(h.shows(&fl!("feedback-written-shown", from = 1, to = 1, count = 1)));
    assert!(!h.shows("— Пікір №45"));
}

/// The sample opened at observe mode for a lesson, by an observer who has
/// no sheet for it yet.
fn observing_the_sample() -> (Harness, PersonId) {
    use adisker::ui::screen::labels::Choice;
    use adisker::ui::screen::observations;
    let mut h = Harness::with_sample();
    let project = h.project().clone();
    let event = &project.events[0];
    let lesson = event.sessions.iter().find(|s| s.lesson.is_some()).expect("the sample has a lesson");
    let newcomer = project.people.iter().find(|p| !lesson.observers.contains(&p.id)).unwrap().clone();
    navigate(&mut h, Section::Observations);
    h.click(lesson.title.as_str());
    h.send(Message::Project(project_screen::Message::Observations(observations::Message::Observer(
        Choice { value: newcomer.id, label: newcomer.full_name.clone() },
    ))));
    h.click(fl!("obs-start").as_str());
    (h, newcomer.id)
}

fn sheet(h: &Harness, observer: PersonId) -> Option<&Observation> {
    h.project().events[0].observations.iter().find(|o| o.observer == observer)
}

fn notes(h: &Harness, observer: PersonId) -> Vec<String> {
    sheet(h, observer).map(|o| o.notes.iter().map(|n| n.text.clone()).collect()).unwrap_or_default()
}

#[test]
fn one_ctrl_z_takes_back_one_whole_note_and_notes_can_be_corrected_or_deleted() {
    use adisker::ui::app::Shortcut;
    use adisker::ui::screen::observe::NOTE_FIELD;
    let (mut h, observer) = observing_the_sample();
    h.type_and_press(NOTE_FIELD, "Топтық жұмыс", &[Key::Named(Named::Enter)]);
    h.type_and_press(NOTE_FIELD, "Сергіту сәті", &[Key::Named(Named::Enter)]);
    assert_eq!(notes(&h, observer), ["Топтық жұмыс", "Сергіту сәті"]);

    h.send(Message::Shortcut(Shortcut::Undo));
    assert_eq!(notes(&h, observer), ["Топтық жұмыс"], "one Ctrl+Z, one note, all its letters");
    h.send(Message::Shortcut(Shortcut::Undo));
    assert!(notes(&h, observer).is_empty(), "the next Ctrl+Z the note before, never half of it");
    h.send(Message::Shortcut(Shortcut::Redo));
    h.send(Message::Shortcut(Shortcut::Redo));
    assert_eq!(notes(&h, observer), ["Топтық жұмыс", "Сергіту сәті"]);

    // Corrected: back in the field, its time kept.
    let time = |h: &Harness| sheet(h, observer).unwrap().notes[0].at;
    let written_at = time(&h);
    h.click("✎");
    h.type_and_press(NOTE_FIELD, ", бәрі қатысты", &[Key::Named(Named::Enter)]);
    assert_eq!(notes(&h, observer), ["Топтық жұмыс, бәрі қатысты", "Сергіту сәті"]);
    assert_eq!(time(&h), written_at, "a corrected note keeps the moment it was written");
    h.send(Message::Shortcut(Shortcut::Undo));
    assert_eq!(notes(&h, observer), ["Топтық жұмыс", "Сергіту сәті"], "the correction is one step");

    h.click("×");
    assert_eq!(notes(&h, observer), ["Сергіту сәті"], "deleted");
    h.send(Message::Shortcut(Shortcut::Undo));
    assert_eq!(notes(&h, observer).len(), 2, "and the deletion undone");
}

#[test]
fn the_meeting_report_marks_the_online_people_it_finds_in_one_step() {
    use adisker::ui::screen::meeting_report;
    unsafe { std::env::set_var("ADISKER_NO_FILE_DIALOG", "1") };
    let mut h = Harness::with(hybrid);
    let report = h.dir.path().join("participants.csv");
    std::fs::write(
        &report,
        "Meeting ID,Topic\n812 3456,Функционалдық сауаттылық\n\n\
         Name (Original Name),User Email,Duration (Minutes)\n\
         Гүлнар Жақсыбаева,,85\n\
         Омарова Сәуле (Сәуле),,40\n\
         Омарова Сәуле (Сәуле),,30\n\
         Белгісіз Қонақ,,12\n",
    )
    .unwrap();
    h.click(fl!("action-open").as_str());
    navigate(&mut h, Section::Registrations);
    h.click(&fl!("reg-filter-online", count = 3));
    h.click(&fl!("reg-from-meeting-report"));
    h.type_and_press(meeting_report::PATH_FIELD, &report.display().to_string(), &[Key::Named(Named::Enter)]);
    let found = fl!(
        "meeting-report-found",
        participants = 3,
        marking = 2,
        already = 0,
        unregistered = 0,
        unknown = 1
    );
    assert!(h.shows(&found), "{found}");
    assert!(h.shows(&fl!("meeting-report-unknown", line = 8, name = "Белгісіз Қонақ")));
    assert_eq!(attended(&h, "Жақсыбаева Гүлнар"), None, "nothing is marked before the user says so");
    h.click(&fl!("meeting-report-mark", count = 2));
    assert_eq!(attended(&h, "Жақсыбаева Гүлнар"), Some(true));
    assert_eq!(attended(&h, "Омарова Сәуле"), Some(true));
    assert_eq!(attended(&h, "Нұрланова Әсем"), None, "not in the report, not marked");
    assert!(h.shows(&fl!("reg-all-joined", count = 2, undo = "Ctrl+Z")));
    h.send(Message::Shortcut(adisker::ui::app::Shortcut::Undo));
    assert_eq!(attended(&h, "Омарова Сәуле"), None, "one Ctrl+Z takes the report's marks back");
}
