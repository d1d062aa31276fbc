//! `adisker export-ics` as a user runs it: the built binary, real files,
//! exit codes.

use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A data folder of its own, with the language fixed, so that the user's
/// settings and system language cannot change what the commands print.
struct Workspace {
    dir: tempfile::TempDir,
}

impl Workspace {
    fn new(language: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("settings.json"), format!(r#"{{"language":"{language}"}}"#)).unwrap();
        Workspace { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_adisker"))
            .arg("--data-dir")
            .arg(self.dir.path())
            .args(args)
            .env_remove("ADISKER_DATA_DIR")
            .output()
            .unwrap()
    }

    fn sample(&self) -> PathBuf {
        let file = self.path("small.json");
        let output = self.run(&["sample", "--size", "small", "--out", s(&file)]);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        file
    }
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// As many as the example project's programme has.
fn sessions_in_sample() -> usize {
    adisker::sample::small(chrono::Utc::now()).events[0].sessions.len()
}

fn unfold(ics: &str) -> String {
    ics.replace("\r\n ", "")
}

/// The sample project with a second event, a copy of the first.
fn two_events(ws: &Workspace) -> (PathBuf, Vec<(String, String)>) {
    let mut project: Value = serde_json::from_slice(&fs::read(ws.sample()).unwrap()).unwrap();
    let events = project["events"].as_array_mut().unwrap();
    let mut second = events[0].clone();
    second["id"] = Value::from("6f1c2a9e-0d43-4b8e-9a52-3c7e1f0b2d11");
    second["title"] = Value::from("Екінші кездесу");
    // A copy of an event is a new event: its sessions get ids of their own,
    // and what was observed and said at the first one stays there.
    for (i, session) in second["sessions"].as_array_mut().unwrap().iter_mut().enumerate() {
        session["id"] = Value::from(format!("6f1c2a9e-0d43-4b8e-9a52-{i:012}"));
    }
    second["observations"] = Value::Array(Vec::new());
    second["feedback"] = Value::Array(Vec::new());
    events.push(second);
    let listed = events
        .iter()
        .map(|e| (e["id"].as_str().unwrap().to_owned(), e["title"].as_str().unwrap().to_owned()))
        .collect();
    let file = ws.path("two.json");
    fs::write(&file, serde_json::to_vec_pretty(&project).unwrap()).unwrap();
    (file, listed)
}

#[test]
fn exports_the_only_event_without_being_told_which() {
    let ws = Workspace::new("en");
    let project = ws.sample();
    let out = ws.path("programme.ics");
    let output = ws.run(&["export-ics", s(&project), "-o", s(&out)]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("programme.ics"), "{}", stdout(&output));
    let sessions = sessions_in_sample();
    assert!(stdout(&output).contains(&format!("{sessions} sessions")), "{}", stdout(&output));

    let ics = fs::read_to_string(&out).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Adisker//Adisker//KK\r\n"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(ics.lines().all(|line| line.len() <= 75), "no line over 75 octets");
    let unfolded = unfold(&ics);
    assert_eq!(unfolded.matches("BEGIN:VEVENT\r\n").count(), sessions);
    assert!(unfolded.contains("DTSTART:20190201T093000\r\n"));
    assert!(unfolded.contains("«Саяхат»"));
    assert!(unfolded.contains("\r\nCATEGORIES:Open lesson\r\n"));
    assert!(unfolded.contains("Құрманқұлова Г."));
    assert!(!out.with_extension("ics.bak").exists(), "an export keeps no backup");
}

#[test]
fn the_chosen_event_is_exported() {
    let ws = Workspace::new("en");
    let (project, events) = two_events(&ws);
    let out = ws.path("second.ics");
    let output = ws.run(&["export-ics", s(&project), "--event", &events[1].0, "-o", s(&out)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let ics = unfold(&fs::read_to_string(&out).unwrap());
    assert!(ics.contains("X-WR-CALNAME:Екінші кездесу\r\n"));
}

#[test]
fn several_events_and_no_choice_lists_them() {
    let ws = Workspace::new("en");
    let (project, events) = two_events(&ws);
    let out = ws.path("none.ics");
    let output = ws.run(&["export-ics", s(&project), "-o", s(&out)]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("--event"), "{err}");
    for (id, title) in &events {
        assert!(err.contains(&format!("{id}\t{title}")), "{err}");
    }
    assert!(!out.exists());
}

#[test]
fn an_unknown_event_is_refused_with_the_list() {
    let ws = Workspace::new("en");
    let (project, events) = two_events(&ws);
    let out = ws.path("none.ics");
    for id in ["00000000-0000-0000-0000-000000000000", "seminar"] {
        let output = ws.run(&["export-ics", s(&project), "--event", id, "-o", s(&out)]);
        assert_eq!(output.status.code(), Some(1), "{id}");
        let err = stderr(&output);
        assert!(err.contains(id), "{err}");
        assert!(err.contains(&events[0].0), "{err}");
    }
    assert!(!out.exists());
}

#[test]
fn a_project_without_events_is_refused() {
    let ws = Workspace::new("en");
    let mut project: Value = serde_json::from_slice(&fs::read(ws.sample()).unwrap()).unwrap();
    project["events"] = Value::Array(Vec::new());
    project["awards"] = Value::Array(Vec::new());
    let file = ws.path("empty.json");
    fs::write(&file, serde_json::to_vec(&project).unwrap()).unwrap();
    let out = ws.path("none.ics");
    let output = ws.run(&["export-ics", s(&file), "-o", s(&out)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(!stderr(&output).is_empty());
    assert!(!out.exists());
}

#[test]
fn a_missing_project_file_is_refused() {
    let ws = Workspace::new("en");
    let out = ws.path("none.ics");
    let output = ws.run(&["export-ics", s(&ws.path("nowhere.json")), "-o", s(&out)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(!out.exists());
}

#[test]
fn messages_and_calendar_words_follow_the_language() {
    let ws = Workspace::new("kk");
    let (project, _) = two_events(&ws);
    let out = ws.path("kk.ics");
    let output = ws.run(&["export-ics", s(&project), "-o", s(&out)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("Жобада 2 іс-шара бар"), "{}", stderr(&output));

    let output = ws.run(&["export-ics", s(&ws.sample()), "-o", s(&out)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let written = format!("файлына жазылды: {} тармақ", sessions_in_sample());
    assert!(stdout(&output).contains(&written), "{}", stdout(&output));
    let ics = unfold(&fs::read_to_string(&out).unwrap());
    assert!(ics.contains("\r\nCATEGORIES:Ашық сабақ\r\n"));
    assert!(ics.contains("1-сынып\r\n"), "the lesson's summary ends with its grade");
}
