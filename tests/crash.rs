//! Processes killed at random moments, as a power cut or a task manager
//! would: the command line while it prints numbered certificates, and the
//! window while it autosaves what is typed. After every kill the project
//! loads, no saved edit is lost, and no number on paper is missing from
//! the project (where the next batch would give it to someone else).
//!
//! The window's rounds re-run this test binary as a child with
//! `--exact <child test> --ignored`; the child test does nothing when run
//! without its environment variable.

use crate::support;

use adisker::domain::Project;
use adisker::fl;
use adisker::store::project_file;
use adisker::ui::app::Message;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::HashSet;
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn adisker(data: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_adisker"));
    command.arg("--data-dir").arg(data).env_remove("ADISKER_DATA_DIR");
    command
}

fn temps_in(dir: &Path) -> usize {
    fs::read_dir(dir)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().starts_with(".tmp-"))
        .count()
}

fn numbers(project: &Project) -> HashSet<String> {
    project.awards.iter().map(|a| a.number.clone()).collect()
}

#[test]
fn killing_the_command_line_while_it_prints_certificates_never_loses_a_number() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("settings.json"), r#"{"language":"en"}"#).unwrap();
    let file = dir.path().join("p.json");
    // The example and a district's worth of people: its save takes long
    // enough for kills to land inside it.
    let mut project = adisker::sample::small(chrono::Utc::now());
    project.people.push(padding(24));
    project_file::save(&file, &project).unwrap();
    let mut rng = ChaCha8Rng::seed_from_u64(0x2019_0201);
    // How long one print takes here, to aim the kills inside it.
    let started = Instant::now();
    let timing = dir.path().join("timing.pdf");
    let run = adisker(dir.path())
        .args(["print", "certificates"])
        .arg(&file)
        .args(["--people", "all", "--series", "Т-001", "-o"])
        .arg(&timing)
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let span = started.elapsed().as_micros() as u64 * 2;

    let rounds = 60;
    let (mut recorded_without_pdf, mut in_a_write, mut finished) = (0, 0, 0);
    // What the kills found so far: the latest moment at which nothing was
    // written yet, and the earliest at which the numbers were on disk.
    // Half the kills are aimed between the two, where the writes are.
    let (mut nothing_yet, mut recorded_by) = (0u64, span);
    for round in 0..rounds {
        // Each round five more people register, and their certificates
        // are numbered in the round's own series; the others keep theirs.
        let mut project = project_file::load(&file).unwrap().project;
        for i in 0..5 {
            let person = adisker::domain::Person {
                full_name: format!("Жаңа қатысушы {round}-{i}"),
                ..adisker::domain::Person::default()
            };
            project.events[0].registrations.push(adisker::domain::Registration {
                person: person.id,
                ..adisker::domain::Registration::default()
            });
            project.people.push(person);
        }
        project_file::save(&file, &project).unwrap();
        let series = format!("К{round}-2019/001");
        let pdf = dir.path().join(format!("round-{round}.pdf"));
        let mut child = adisker(dir.path())
            .args(["print", "certificates"])
            .arg(&file)
            .args(["--people", "all", "--series", &series, "-o"])
            .arg(&pdf)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let aimed = round % 2 == 1 && nothing_yet < recorded_by;
        let pause =
            if aimed { rng.random_range(nothing_yet..=recorded_by) } else { rng.random_range(0..span) };
        std::thread::sleep(Duration::from_micros(pause));
        let _ = child.kill();
        let status = child.wait().unwrap();
        finished += usize::from(status.success());
        let temps = temps_in(dir.path());
        in_a_write += usize::from(temps > 0);

        let loaded = project_file::load(&file).unwrap_or_else(|e| panic!("round {round}: {e}"));
        assert_eq!(loaded.errors().count(), 0, "round {round}: {:?}", loaded.problems);
        let held = numbers(&loaded.project);
        let ours: Vec<&String> = held.iter().filter(|n| n.starts_with(&format!("К{round}-"))).collect();
        if ours.is_empty() && temps == 0 {
            nothing_yet = nothing_yet.max(pause);
        } else if !ours.is_empty() {
            recorded_by = recorded_by.min(pause);
        }
        if pdf.exists() {
            let text = pdf_extract::extract_text(&pdf).unwrap();
            let printed: Vec<&str> =
                text.split_whitespace().filter(|w| w.starts_with(&format!("К{round}-"))).collect();
            // Five new people, and those of a round killed before its
            // numbers were recorded.
            assert!(printed.len() >= 5, "round {round}: the new numbers are on paper");
            assert_eq!(printed.len(), ours.len(), "round {round}");
            for number in printed {
                assert!(held.contains(number), "round {round}: {number} is on paper but not in the project");
            }
        } else {
            recorded_without_pdf += usize::from(!ours.is_empty());
        }
        // The next start of the command line removes what the kill left.
        let _ = adisker(dir.path()).arg("check").arg(&file).output().unwrap();
        assert_eq!(temps_in(dir.path()), 0, "round {round}: temporary files stay");
    }
    eprintln!(
        "{rounds} kills: {finished} prints finished, {recorded_without_pdf} killed between recording and the PDF, \
         {in_a_write} in the middle of a write"
    );
    assert!(finished < rounds, "no kill landed inside a print");
    assert!(finished > 0, "no print was let finish");
    // Most of a print is reading and typesetting: one kill in twenty
    // inside a write shows the writes were hit.
    assert!(in_a_write * 20 >= rounds, "only {in_a_write} of {rounds} kills landed inside a write");
}

/// Bulk that makes a project's file a few megabytes, so that writing it
/// takes long enough for kills to land inside: a person whose note holds
/// years of minutes. Serializing a long text is quick, writing it is not.
fn padding(megabytes: usize) -> adisker::domain::Person {
    let minutes = "Әдістемелік кеңестің хаттамасы. ";
    adisker::domain::Person {
        full_name: "Хатшы Әсел Нұрланқызы".into(),
        note: Some(minutes.repeat(megabytes * 1024 * 1024 / minutes.len())),
        ..adisker::domain::Person::default()
    }
}

const WINDOW_CHILD_DIR: &str = "ADISKER_TEST_WINDOW_CHILD_DIR";
const SAVED: &str = "saved:";

/// The window typing and autosaving without end; after each save it says
/// on standard output what the file now holds.
#[test]
#[ignore = "a child process of killing_the_window_while_it_autosaves_loses_no_saved_edit"]
fn window_child_process() {
    let Some(dir) = std::env::var_os(WINDOW_CHILD_DIR) else { return };
    let mut h = support::Harness::at(PathBuf::from(dir));
    h.click(fl!("action-open").as_str());
    let mut out = std::io::stdout();
    for _ in 0.. {
        h.type_into("project-organizer", "ә");
        h.click(fl!("action-save").as_str());
        h.send(Message::Tick(Instant::now() + Duration::from_secs(2)));
        writeln!(out, "{SAVED}{}", h.project().organizer.chars().count()).unwrap();
        out.flush().unwrap();
    }
}

#[test]
fn killing_the_window_while_it_autosaves_loses_no_saved_edit() {
    let data = tempfile::tempdir().unwrap();
    let library = adisker::store::Library::new(adisker::store::DataDir::at(data.path()));
    let mut project = adisker::sample::small(chrono::Utc::now());
    project.people.push(padding(4));
    let start = project.organizer.chars().count();
    library.add(&project).unwrap();
    let file = library.project_file(&project.id.to_string());
    let folder = file.parent().unwrap().to_owned();
    let mut rng = ChaCha8Rng::seed_from_u64(0x0057);
    let rounds = 25;
    let (mut in_a_write, mut after_a_save) = (0, 0);
    for round in 0..rounds {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                &format!("{}::window_child_process", support::test_module(module_path!())),
                "--ignored",
                "--nocapture",
            ])
            .env(WINDOW_CHILD_DIR, data.path())
            .env("ICED_TEST_BACKEND", "tiny-skia")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap());
        let mut last_saved = None;
        // The first save comes after the window has started and opened the
        // project; the kill comes some saves later.
        let mut saves_to_wait = rng.random_range(2..6);
        let mut times = Vec::new();
        let mut line = String::new();
        while saves_to_wait > 0 {
            line.clear();
            if lines.read_line(&mut line).unwrap() == 0 {
                break;
            }
            if let Some(count) = line.trim().strip_prefix(SAVED) {
                last_saved = count.parse::<usize>().ok();
                saves_to_wait -= 1;
                times.push(Instant::now());
            }
        }
        after_a_save += usize::from(last_saved.is_some());
        // Somewhere in the next round of typing and saving.
        let round_trip = match times.as_slice() {
            [.., a, b] => (*b - *a).as_micros() as u64,
            _ => 10_000,
        };
        std::thread::sleep(Duration::from_micros(rng.random_range(0..round_trip.max(1))));
        child.kill().unwrap();
        child.wait().unwrap();
        let _ = lines.read_to_end(&mut Vec::new());
        in_a_write += usize::from(temps_in(&folder) > 0);

        let loaded = project_file::load(&file).unwrap_or_else(|e| panic!("round {round}: {e}"));
        let on_disk = loaded.project.organizer.chars().count();
        if let Some(saved) = last_saved {
            assert!(on_disk >= saved, "round {round}: {saved} letters were saved, the file holds {on_disk}");
        }
        assert!(on_disk >= start, "round {round}");
    }
    eprintln!(
        "{rounds} kills of the window, {after_a_save} after a save, {in_a_write} in the middle of a write"
    );
    assert_eq!(after_a_save, rounds, "every round saved before its kill");
    assert!(in_a_write * 10 >= rounds, "only {in_a_write} of {rounds} kills landed inside a write");
}
