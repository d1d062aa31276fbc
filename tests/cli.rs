//! The command line exactly as scripts and later checks call it.

use std::path::Path;
use std::process::{Command, Output};

fn adisker(data: &Path, args: &[&str]) -> Output {
    std::fs::write(data.join("settings.json"), r#"{"language":"en"}"#).unwrap();
    Command::new(env!("CARGO_BIN_EXE_adisker")).arg("--data-dir").arg(data).args(args).output().unwrap()
}

fn text(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr)
}

fn small_sample(dir: &Path) -> std::path::PathBuf {
    let file = dir.join("small.json");
    let out = adisker(dir, &["sample", "--size", "small", "--out", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    file
}

#[test]
fn check_accepts_the_example_and_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    let file = small_sample(dir.path());
    let out = adisker(dir.path(), &["check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("Жетісу"), "{}", text(&out));
}

#[test]
fn check_names_the_line_of_a_damaged_file_and_exits_one() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.json");
    std::fs::write(&file, "{\n  \"format\": \"adisker-project\",\n  \"title\": oops\n}").unwrap();
    let out = adisker(dir.path(), &["check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("line 3"), "{}", text(&out));
}

#[test]
fn check_lists_each_dangling_reference_and_exits_one() {
    let dir = tempfile::tempdir().unwrap();
    let file = small_sample(dir.path());
    let mut json: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let people = json["people"].as_array_mut().unwrap();
    let removed = people.len();
    people.clear();
    std::fs::write(&file, serde_json::to_vec(&json).unwrap()).unwrap();
    let out = adisker(dir.path(), &["check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let lines = text(&out).lines().filter(|l| l.starts_with("Error:")).count();
    assert!(lines >= removed, "one line per dangling reference: {lines} for {removed} people");
}

#[test]
fn check_warns_of_conflicts_but_still_accepts_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = small_sample(dir.path());
    let mut json: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    // Both open lessons in the room of the first one: the room is booked twice.
    let sessions = json["events"][0]["sessions"].as_array_mut().unwrap();
    let lessons: Vec<usize> = (0..sessions.len()).filter(|&i| sessions[i]["kind"] == "open_lesson").collect();
    assert!(lessons.len() >= 2);
    let room = sessions[lessons[0]]["room"].clone();
    sessions[lessons[1]]["room"] = room;
    std::fs::write(&file, serde_json::to_vec(&json).unwrap()).unwrap();
    let out = adisker(dir.path(), &["check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("Warning: The room"), "{}", text(&out));
}

#[test]
fn usage_errors_exit_two() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(adisker(dir.path(), &["check"]).status.code(), Some(2));
    assert_eq!(adisker(dir.path(), &["sample", "--size", "huge", "--out", "x"]).status.code(), Some(2));
}

#[test]
fn import_prints_the_id_and_list_shows_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = small_sample(dir.path());
    let out = adisker(dir.path(), &["import", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    let id = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    assert!(uuid::Uuid::parse_str(&id).is_ok(), "an id: {id}");
    assert!(dir.path().join("projects").join(&id).join("project.json").exists());

    let again = adisker(dir.path(), &["import", file.to_str().unwrap()]);
    let second = String::from_utf8(again.stdout).unwrap().trim().to_owned();
    assert_ne!(id, second, "a second import never replaces the first");

    let list = String::from_utf8(adisker(dir.path(), &["list"]).stdout).unwrap();
    assert_eq!(list.lines().count(), 2);
    assert!(list.lines().any(|l| l.starts_with(&id) && l.contains("тәжірибелік алаң")), "{list}");
}

#[test]
fn the_large_sample_is_the_same_for_the_same_seed() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.json");
    let b = dir.path().join("b.json");
    for file in [&a, &b] {
        let out = adisker(
            dir.path(),
            &["sample", "--size", "large", "--seed", "7", "--out", file.to_str().unwrap()],
        );
        assert!(out.status.success());
    }
    let (a, b) = (std::fs::read(a).unwrap(), std::fs::read(b).unwrap());
    assert!(a.len() > 10_000_000, "district scale");
    assert!(a == b, "deterministic");
}
