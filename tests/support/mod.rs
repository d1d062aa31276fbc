//! The window driven headless, shared by the test files that drive it:
//! clicks and typing go through iced's widgets, and the resulting messages
//! through the app's own `update`, as the runtime would send them.

#![allow(dead_code)]

use adisker::fl;
use adisker::store::{DataDir, Library};
use adisker::ui::app::{App, Message, Screen};
use iced::Task;
use iced_test::Simulator;
use iced_test::futures::futures::{StreamExt, executor};
use iced_test::runtime::{Action, task};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The language is global to the process; tests that look at words must
/// not run at the same time.
static SERIAL: Mutex<()> = Mutex::new(());

/// A test module's path as the test program names its tests: without the
/// program's own name («integration::store» → «store»).
pub fn test_module(path: &str) -> &str {
    path.split_once("::").map_or(path, |(_, module)| module)
}

/// The data folder a test's window works in; a temporary one is removed
/// with the harness.
pub struct Folder {
    path: std::path::PathBuf,
    _temp: Option<tempfile::TempDir>,
}

impl Folder {
    pub fn path(&self) -> &std::path::Path {
        &self.path
    }
}

pub struct Harness {
    pub app: App,
    /// The window's size: 1024×768, the screen our users have, unless a
    /// test needs to see more at once.
    pub size: (f32, f32),
    pub dir: Folder,
    _serial: std::sync::MutexGuard<'static, ()>,
}

impl Harness {
    pub fn new() -> Harness {
        Harness::with(|_| {})
    }

    /// Boots the app on a data folder prepared by `setup`.
    pub fn with(setup: impl FnOnce(&Library)) -> Harness {
        Harness::with_settings_and(r#"{"language":"en","sample_offered":true}"#, setup)
    }

    /// Boots the app with these settings (JSON) on an empty data folder.
    pub fn with_settings(settings: &str) -> Harness {
        Harness::with_settings_and(settings, |_| {})
    }

    fn with_settings_and(settings: &str, setup: impl FnOnce(&Library)) -> Harness {
        let serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
        let temp = tempfile::tempdir().unwrap();
        std::fs::write(temp.path().join("settings.json"), settings).unwrap();
        setup(&Library::new(DataDir::at(temp.path())));
        let (app, boot) = App::boot(DataDir::at(temp.path()));
        let dir = Folder { path: temp.path().to_owned(), _temp: Some(temp) };
        let mut harness = Harness { app, dir, _serial: serial, size: (1024.0, 768.0) };
        harness.run(boot);
        harness
    }

    /// The window on a data folder that is already there (a child process
    /// of a test, told where by its parent).
    pub fn at(dir: std::path::PathBuf) -> Harness {
        let serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
        std::fs::write(dir.join("settings.json"), r#"{"language":"en","sample_offered":true}"#).unwrap();
        let (app, boot) = App::boot(DataDir::at(&dir));
        let mut harness =
            Harness { app, dir: Folder { path: dir, _temp: None }, _serial: serial, size: (1024.0, 768.0) };
        harness.run(boot);
        harness
    }

    /// The window killed and started again on the same data folder: no
    /// save, no cleaning up, as after a power cut.
    pub fn reboot(self) -> Harness {
        let Harness { app, dir, _serial, size } = self;
        // Forgetting the app runs none of its code: only the OS lock goes,
        // as the process's would.
        drop(app);
        let (app, boot) = App::boot(DataDir::at(dir.path()));
        let mut harness = Harness { app, dir, _serial, size };
        harness.run(boot);
        harness
    }

    /// The sample project, added to the library and opened.
    pub fn with_sample() -> Harness {
        let mut h = Harness::new();
        h.click(fl!("library-add-sample").as_str());
        h
    }

    /// The folder of the open project.
    pub fn project_dir(&self) -> std::path::PathBuf {
        self.dir.path().join("projects").join(self.project().id.to_string())
    }

    /// Runs a task to the end, feeding every message it produces back
    /// into the app, as the runtime would.
    pub fn run(&mut self, task: Task<Message>) {
        let mut pending = vec![task];
        while let Some(task) = pending.pop() {
            let Some(mut stream) = task::into_stream(task) else { continue };
            let messages: Vec<Message> = executor::block_on(async {
                let mut messages = Vec::new();
                while let Some(action) = stream.next().await {
                    // What asks the window itself (its size, its screen)
                    // is dropped unanswered: there is no window here, and
                    // a task waiting for its answer then ends.
                    if let Action::Output(message) = action {
                        messages.push(message);
                    }
                }
                messages
            });
            for message in messages {
                pending.push(self.app.update(message));
            }
        }
    }

    pub fn send(&mut self, message: Message) {
        let task = self.app.update(message);
        self.run(task);
    }

    pub fn simulator(&self) -> Simulator<'_, Message> {
        Simulator::with_size(adisker::ui::test_settings(), self.size, self.app.view())
    }

    /// The window drawn at `size`, as a PNG at `path` (twice the pixels,
    /// as a snapshot is taken).
    pub fn snapshot(&self, size: (f32, f32), path: &std::path::Path) {
        let _ = std::fs::remove_file(path.with_extension("png"));
        let mut ui = Simulator::with_size(adisker::ui::test_settings(), size, self.app.view());
        let snapshot = ui.snapshot(&self.app.theme()).expect("the window draws");
        snapshot.matches_image(path).expect("the snapshot is written");
    }

    /// Clicks into the field `id`, types `text` and then presses `keys`,
    /// all while the field has the focus; the keys no widget takes go to
    /// the app's shortcuts, as in the window.
    pub fn type_and_press(&mut self, id: &'static str, text: &str, keys: &[iced::keyboard::Key]) {
        use iced::keyboard::Key;
        let (messages, shortcuts) = {
            let mut ui = self.simulator();
            ui.click(iced::advanced::widget::Id::new(id)).unwrap_or_else(|e| panic!("no field {id}: {e:?}"));
            // The click puts the cursor where it lands, inside a text
            // longer than half the field: typing goes on at the end.
            ui.tap_key(iced::keyboard::Key::Named(iced::keyboard::key::Named::End));
            ui.typewrite(text);
            let mut shortcuts = Vec::new();
            for key in keys {
                let typed = match key {
                    Key::Character(c) => Some(c.clone()),
                    _ => None,
                };
                let press = iced_test::simulator::press_key(key.clone(), typed);
                let status = ui.simulate([press.clone(), iced_test::simulator::release_key(key.clone())]);
                shortcuts.extend(adisker::ui::app::shortcut_of(press, status[0], iced::window::Id::unique()));
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

    /// Clicks into the field `id`, types `text`, then presses Ctrl and the
    /// key at the place of `latin` on the keyboard (as with the Kazakh
    /// layout on, which types «я» there); the app's shortcuts get the key
    /// when no widget takes it, as in the window.
    pub fn type_and_ctrl(&mut self, id: &'static str, text: &str, latin: char) {
        use iced::keyboard::{self, Key, key};
        let code = match latin {
            'z' => key::Code::KeyZ,
            'y' => key::Code::KeyY,
            's' => key::Code::KeyS,
            other => panic!("no key for {other}"),
        };
        let press = iced::Event::Keyboard(keyboard::Event::KeyPressed {
            key: Key::Character("я".into()),
            modified_key: Key::Character("я".into()),
            physical_key: key::Physical::Code(code),
            location: keyboard::Location::Standard,
            modifiers: keyboard::Modifiers::CTRL,
            repeat: false,
            text: None,
        });
        let (messages, shortcut) = {
            let mut ui = self.simulator();
            ui.click(iced::advanced::widget::Id::new(id)).unwrap_or_else(|e| panic!("no field {id}: {e:?}"));
            // The click puts the cursor where it lands, inside a text
            // longer than half the field: typing goes on at the end.
            ui.tap_key(iced::keyboard::Key::Named(iced::keyboard::key::Named::End));
            ui.typewrite(text);
            let status = ui.simulate([press.clone()]);
            let shortcut = adisker::ui::app::shortcut_of(press, status[0], iced::window::Id::unique());
            (ui.into_messages().collect::<Vec<_>>(), shortcut)
        };
        for message in messages {
            self.send(message);
        }
        if let Some(shortcut) = shortcut {
            self.send(Message::Shortcut(shortcut));
        }
    }

    /// Clicks the widget that shows `label`.
    pub fn click(&mut self, label: &str) {
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
    pub fn type_into(&mut self, id: &'static str, text: &str) {
        let messages: Vec<Message> = {
            let mut ui = self.simulator();
            ui.click(iced::advanced::widget::Id::new(id)).unwrap_or_else(|e| panic!("no field {id}: {e:?}"));
            // The click puts the cursor where it lands, inside a text
            // longer than half the field: typing goes on at the end.
            ui.tap_key(iced::keyboard::Key::Named(iced::keyboard::key::Named::End));
            ui.typewrite(text);
            ui.into_messages().collect()
        };
        for message in messages {
            self.send(message);
        }
    }

    pub fn shows(&self, text: &str) -> bool {
        self.simulator().find(text).is_ok()
    }

    pub fn project(&self) -> &adisker::domain::Project {
        match self.app.screen() {
            Screen::Project(state) => state.project(),
            _ => panic!("no project is open"),
        }
    }

    pub fn open_people(&mut self) {
        let label = format!("{}  {}", fl!("nav-people"), self.project().people.len());
        self.click(label.as_str());
    }

    /// Lets the autosave clock run past its delay.
    pub fn let_autosave_run(&mut self) {
        self.send(Message::Tick(Instant::now() + Duration::from_secs(2)));
    }
}
