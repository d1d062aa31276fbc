//! Daily use on a school PC, driven headless at 1024×768: one current event
//! for every section, the picker of people, the keys of the programme.
//! Run with ICED_TEST_BACKEND=tiny-skia.

mod support;

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
