//! The real views driven headless: clicks and typing go through iced's
//! widgets, and the resulting messages through the app's own `update`.
//! Run with ICED_TEST_BACKEND=tiny-skia (no GPU, no display).

use adisker::fl;
use adisker::i18n::{self, Language};
use adisker::store::{DataDir, Library};
use adisker::ui::app::{App, Message, Screen, Shortcut};
use iced::Task;
use iced_test::Simulator;
use iced_test::futures::futures::{StreamExt, executor};
use iced_test::runtime::{Action, task};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The language is global to the process; tests that look at words must
/// not run at the same time.
static SERIAL: Mutex<()> = Mutex::new(());

struct Harness {
    app: App,
    dir: tempfile::TempDir,
    _serial: std::sync::MutexGuard<'static, ()>,
}

impl Harness {
    fn new() -> Harness {
        Harness::with(|_| {})
    }

    /// Boots the app on a data folder prepared by `setup`.
    fn with(setup: impl FnOnce(&Library)) -> Harness {
        let serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("settings.json"), r#"{"language":"en","sample_offered":true}"#)
            .unwrap();
        setup(&Library::new(DataDir::at(dir.path())));
        let (app, boot) = App::boot(DataDir::at(dir.path()));
        let mut harness = Harness { app, dir, _serial: serial };
        harness.run(boot);
        harness
    }

    /// Runs a task to the end, feeding every message it produces back
    /// into the app, as the runtime would.
    fn run(&mut self, task: Task<Message>) {
        let mut pending = vec![task];
        while let Some(task) = pending.pop() {
            let Some(stream) = task::into_stream(task) else { continue };
            let actions: Vec<Action<Message>> = executor::block_on(stream.collect());
            for action in actions {
                if let Action::Output(message) = action {
                    pending.push(self.app.update(message));
                }
            }
        }
    }

    fn send(&mut self, message: Message) {
        let task = self.app.update(message);
        self.run(task);
    }

    fn simulator(&self) -> Simulator<'_, Message> {
        Simulator::with_settings(adisker::ui::test_settings(), self.app.view())
    }

    /// Clicks the widget that shows `label`.
    fn click(&mut self, label: &str) {
        let messages: Vec<Message> = {
            let mut ui = self.simulator();
            if let Err(error) = ui.click(label) {
                panic!("cannot click «{label}»: {error:?}");
            }
            ui.into_messages().collect()
        };
        for message in messages {
            self.send(message);
        }
    }

    /// Clicks into the field with `id` and types `text` at its end.
    fn type_into(&mut self, id: &'static str, text: &str) {
        let messages: Vec<Message> = {
            let mut ui = self.simulator();
            ui.click(iced::advanced::widget::Id::new(id)).unwrap_or_else(|e| panic!("no field {id}: {e:?}"));
            ui.typewrite(text);
            ui.into_messages().collect()
        };
        for message in messages {
            self.send(message);
        }
    }

    fn shows(&self, text: &str) -> bool {
        self.simulator().find(text).is_ok()
    }

    fn project(&self) -> &adisker::domain::Project {
        match self.app.screen() {
            Screen::Project(state) => state.project(),
            _ => panic!("no project is open"),
        }
    }

    fn open_people(&mut self) {
        let label = format!("{}  {}", fl!("nav-people"), self.project().people.len());
        self.click(label.as_str());
    }

    /// Lets the autosave clock run past its delay.
    fn let_autosave_run(&mut self) {
        self.send(Message::Tick(Instant::now() + Duration::from_secs(2)));
    }
}

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
    let of = |e| shortcut_of(e, event::Status::Captured, id);
    assert_eq!(of(press("z", Modifiers::CTRL)), Some(Shortcut::Undo));
    assert_eq!(of(press("z", Modifiers::CTRL | Modifiers::SHIFT)), Some(Shortcut::Redo));
    assert_eq!(of(press("y", Modifiers::CTRL)), Some(Shortcut::Redo));
    assert_eq!(of(press("s", Modifiers::CTRL)), Some(Shortcut::Save));
    assert_eq!(of(press("z", Modifiers::empty())), None);
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

impl Harness {
    /// Keys pressed with no field focused, as the window delivers them:
    /// the widgets see each first, then the app's shortcuts.
    fn press(&mut self, keys: &[iced::keyboard::Key]) {
        self.press_in(None, keys);
    }

    /// Clicks into the field `id` (if any), then presses `keys` one by one;
    /// a key the field takes never reaches the shortcuts.
    fn press_in(&mut self, id: Option<&'static str>, keys: &[iced::keyboard::Key]) {
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
    h.press_in(Some("observe-note"), &[char_key("5"), char_key("ж"), named_key(Named::Enter)]);

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
        let shown = adisker::i18n::format_mean(mean);
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
