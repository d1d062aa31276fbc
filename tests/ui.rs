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

#[test]
fn the_print_screen_previews_pages_and_saves_certificates_with_their_numbers_recorded() {
    use adisker::print::{self, Document, PeopleSet, Request, Templates};
    use adisker::ui::screen::{labels::Choice, print as print_screen, project};

    let mut h = Harness::new();
    h.click(fl!("library-add-sample").as_str());
    h.click(fl!("nav-print").as_str());
    assert!(h.shows(&fl!("print-preview-hint")));

    h.click(fl!("print-preview").as_str());
    let event = &h.project().events[0];
    let expected = Request::new(Document::Programme, event.id, Language::Kk, event.starts_on);
    let prepared = print::prepare(h.project(), &expected).unwrap();
    let pages =
        print::typeset(&prepared, &Templates::bundled().load(Document::Programme)).unwrap().page_count();
    assert!(h.shows(&fl!("print-page-of", page = 1, count = pages)), "the first page is previewed");

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
