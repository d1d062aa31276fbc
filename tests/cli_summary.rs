//! `adisker summary`: the figures an organiser reads out at the closing,
//! checked against counts made by hand from the file itself.

use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn adisker(data: &Path, args: &[&str]) -> Output {
    std::fs::write(data.join("settings.json"), r#"{"language":"en"}"#).unwrap();
    Command::new(env!("CARGO_BIN_EXE_adisker")).arg("--data-dir").arg(data).args(args).output().unwrap()
}

fn text(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr)
}

/// The Almaty example with two questions and three rated paper forms:
/// «useful» 5, 4, 4 (mean 4.33), «organized» 5, 4 (mean 4.50).
fn rated_sample(dir: &Path) -> (PathBuf, Value) {
    let file = dir.join("small.json");
    let out = adisker(dir, &["sample", "--size", "small", "--out", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    let mut project: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let event = &mut project["events"][0];
    event["feedback_questions"] = json!([
        { "key": "useful", "text": "Семинар жұмысыңызға пайдалы болды ма?" },
        { "key": "organized", "text": "Семинар қалай ұйымдастырылды?" },
    ]);
    let forms = [
        json!({ "useful": 5, "organized": 5 }),
        json!({ "useful": 4 }),
        json!({ "useful": 4, "organized": 4 }),
    ];
    for (i, ratings) in forms.into_iter().enumerate() {
        event["feedback"].as_array_mut().unwrap().push(json!({
            "id": format!("00000000-0000-4000-8000-00000000000{i}"),
            "target": "event",
            "method": "rating",
            "ratings": ratings,
            "entered": "2019-02-01T11:00:00Z",
        }));
    }
    std::fs::write(&file, serde_json::to_vec(&project).unwrap()).unwrap();
    (file, project)
}

#[test]
fn summary_counts_registrations_observations_feedback_and_means() {
    let dir = tempfile::tempdir().unwrap();
    let (file, project) = rated_sample(dir.path());
    let event = &project["events"][0];
    let out = adisker(dir.path(), &["summary", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    let printed = text(&out);
    let registered = event["registrations"].as_array().unwrap().len();
    let present = event["registrations"].as_array().unwrap().iter().filter(|r| r["attended"] == true).count();
    let observations = event["observations"].as_array().unwrap().len();
    let entries = event["feedback"].as_array().unwrap().len();
    assert!(printed.contains(&format!("Registrations: {registered} (present: {present})")), "{printed}");
    assert!(printed.contains(&format!("Lesson observations: {observations}")), "{printed}");
    assert!(printed.contains(&format!("Feedback entries: {entries} ")), "{printed}");
    assert!(printed.contains("Семинар жұмысыңызға пайдалы болды ма?: mean 4.33 from 3 answers"), "{printed}");
    assert!(printed.contains("Семинар қалай ұйымдастырылды?: mean 4.50 from 2 answers"), "{printed}");
    assert!(printed.contains("Coins: 282"), "{printed}");
}

#[test]
fn summary_as_json_for_one_event() {
    let dir = tempfile::tempdir().unwrap();
    let (file, project) = rated_sample(dir.path());
    let id = project["events"][0]["id"].as_str().unwrap();
    let out = adisker(dir.path(), &["summary", file.to_str().unwrap(), "--event", id, "--json"]);
    assert!(out.status.success(), "{}", text(&out));
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    let event = &summary["events"][0];
    assert_eq!(event["id"], id);
    assert_eq!(event["questions"][0]["counts"], json!([0, 0, 0, 2, 1]));
    assert!((event["questions"][0]["mean"].as_f64().unwrap() - 13.0 / 3.0).abs() < 1e-9);
    assert_eq!(event["questions"][1]["mean"], 4.5);
    let coins: u64 = event["coins"].as_array().unwrap().iter().map(|c| c["coins"].as_u64().unwrap()).sum();
    assert_eq!(coins, 282, "94 teachers in the hall, three coins each");
    assert_eq!(event["observations"], project["events"][0]["observations"].as_array().unwrap().len());
}

#[test]
fn summary_of_an_unknown_event_lists_the_ids_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let (file, project) = rated_sample(dir.path());
    let out = adisker(dir.path(), &["summary", file.to_str().unwrap(), "--event", "2019"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains(project["events"][0]["id"].as_str().unwrap()), "{}", text(&out));
    let missing = adisker(dir.path(), &["summary", dir.path().join("none.json").to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(1));
}
