//! A project carried to another PC as one file: packed with its emblem and
//! templates, opened into a second library as a new copy, opened again as
//! a second copy, and as an update that keeps what the library held.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn adisker(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_adisker")).arg("--data-dir").arg(data).args(args).output().unwrap()
}

fn said(output: &Output) -> String {
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

fn project_dirs(data: &Path) -> Vec<std::path::PathBuf> {
    let mut dirs: Vec<_> = fs::read_dir(data.join("projects")).unwrap().flatten().map(|e| e.path()).collect();
    dirs.sort();
    dirs
}

#[test]
fn a_project_travels_whole_and_updates_only_when_asked() {
    let here = tempfile::tempdir().unwrap();
    let there = tempfile::tempdir().unwrap();
    let file = here.path().join("seminar").join("project.json");
    fs::create_dir_all(file.parent().unwrap()).unwrap();
    said(&adisker(here.path(), &["sample", "--size", "small", "--out", file.to_str().unwrap()]));
    // The school's own programme template goes with it.
    fs::create_dir_all(here.path().join("templates")).unwrap();
    fs::write(here.path().join("templates").join("programme.typ"), "= Біздің бағдарлама").unwrap();
    let bundle = here.path().join("семинар.adisker");
    said(&adisker(
        here.path(),
        &["--lang", "kk", "bundle", file.to_str().unwrap(), "-o", bundle.to_str().unwrap()],
    ));

    let id = said(&adisker(there.path(), &["open", bundle.to_str().unwrap()]));
    let dir = there.path().join("projects").join(&id);
    let sent: serde_json::Value = serde_json::from_slice(&fs::read(&file).unwrap()).unwrap();
    let opened: serde_json::Value =
        serde_json::from_slice(&fs::read(dir.join("project.json")).unwrap()).unwrap();
    assert_eq!(opened, sent, "the project arrives as it was sent");
    let emblem = sent["emblem"].as_str().expect("the example has an emblem");
    assert_eq!(
        fs::read(dir.join("files").join(emblem)).unwrap(),
        fs::read(here.path().join("seminar/files").join(emblem)).unwrap()
    );
    assert_eq!(fs::read_to_string(dir.join("templates/programme.typ")).unwrap(), "= Біздің бағдарлама");

    // Opened again: a second copy beside the first, nothing replaced.
    let second = said(&adisker(there.path(), &["open", bundle.to_str().unwrap()]));
    assert_ne!(second, id);
    assert_eq!(project_dirs(there.path()).len(), 2);

    // Changed there, then updated from the bundle: the change is kept aside.
    let there_file = dir.join("project.json");
    let mut changed = opened.clone();
    changed["title"] = "Өзгертілген атауы".into();
    fs::write(&there_file, serde_json::to_vec(&changed).unwrap()).unwrap();
    let updated = said(&adisker(there.path(), &["open", "--update", bundle.to_str().unwrap()]));
    assert_eq!(updated, id);
    let now: serde_json::Value = serde_json::from_slice(&fs::read(&there_file).unwrap()).unwrap();
    assert_eq!(now["title"], sent["title"]);
    let kept: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".conflict-"))
        .collect();
    assert_eq!(kept.len(), 1);
    let aside: serde_json::Value = serde_json::from_slice(&fs::read(kept[0].path()).unwrap()).unwrap();
    assert_eq!(aside["title"], "Өзгертілген атауы");
    assert_eq!(project_dirs(there.path()).len(), 2);
}

/// The project of a library as JSON, changed by `change` as another PC's
/// window would have.
fn edit_json(path: &Path, change: impl FnOnce(&mut serde_json::Value)) {
    let mut json: serde_json::Value = serde_json::from_slice(&fs::read(path).unwrap()).unwrap();
    change(&mut json);
    fs::write(path, serde_json::to_vec(&json).unwrap()).unwrap();
}

fn ids(path: &Path, list: &str) -> Vec<String> {
    let json: serde_json::Value = serde_json::from_slice(&fs::read(path).unwrap()).unwrap();
    let mut ids: Vec<String> = json["events"][0][list]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap().to_owned())
        .collect();
    ids.sort();
    ids
}

#[test]
fn two_data_folders_edit_one_project_apart_and_merge_without_loss() {
    let office = tempfile::tempdir().unwrap();
    let laptop = tempfile::tempdir().unwrap();
    let sample = office.path().join("sample.json");
    said(&adisker(office.path(), &["sample", "--size", "small", "--out", sample.to_str().unwrap()]));
    let id = said(&adisker(office.path(), &["import", sample.to_str().unwrap()]));
    let office_file = office.path().join("projects").join(&id).join("project.json");
    let bundle = office.path().join("бақылаушыға.adisker");
    said(&adisker(office.path(), &["bundle", office_file.to_str().unwrap(), "-o", bundle.to_str().unwrap()]));
    let laptop_id = said(&adisker(laptop.path(), &["open", bundle.to_str().unwrap()]));
    assert_eq!(laptop_id, id, "the same project, under its own id");
    let laptop_file = laptop.path().join("projects").join(&id).join("project.json");

    // The trainer observes a lesson on her laptop; the office enters a
    // feedback form meanwhile.
    edit_json(&laptop_file, |p| {
        let mut observation = p["events"][0]["observations"][0].clone();
        observation["id"] = "6f1d3c52-6a5e-4c1b-9d8e-000000000001".into();
        observation["strengths"] = "Топтық жұмыс".into();
        p["events"][0]["observations"].as_array_mut().unwrap().push(observation);
    });
    edit_json(&office_file, |p| {
        let mut form = p["events"][0]["feedback"][0].clone();
        form["id"] = "6f1d3c52-6a5e-4c1b-9d8e-000000000002".into();
        form["comment"] = "Өте пайдалы".into();
        p["events"][0]["feedback"].as_array_mut().unwrap().push(form);
    });
    let observations = [ids(&office_file, "observations"), ids(&laptop_file, "observations")].concat();
    let feedback = [ids(&office_file, "feedback"), ids(&laptop_file, "feedback")].concat();

    let back = laptop.path().join("назад.adisker");
    said(&adisker(laptop.path(), &["bundle", laptop_file.to_str().unwrap(), "-o", back.to_str().unwrap()]));
    let dry = said(&adisker(
        office.path(),
        &["--lang", "en", "merge", office_file.to_str().unwrap(), back.to_str().unwrap(), "--dry-run"],
    ));
    assert!(dry.contains("observations 1"), "{dry}");
    assert_eq!(ids(&office_file, "observations").len() + 1, {
        let mut all = observations.clone();
        all.sort();
        all.dedup();
        all.len()
    });
    said(&adisker(office.path(), &["merge", office_file.to_str().unwrap(), back.to_str().unwrap()]));
    // Everything either PC recorded is in the office's copy, once.
    let mut expected_observations = observations;
    expected_observations.sort();
    expected_observations.dedup();
    let mut expected_feedback = feedback;
    expected_feedback.sort();
    expected_feedback.dedup();
    assert_eq!(ids(&office_file, "observations"), expected_observations);
    assert_eq!(ids(&office_file, "feedback"), expected_feedback);
    // Merged again, nothing more comes.
    let again = said(&adisker(
        office.path(),
        &["--lang", "en", "merge", office_file.to_str().unwrap(), back.to_str().unwrap()],
    ));
    assert!(!again.contains("Added"), "{again}");
}
