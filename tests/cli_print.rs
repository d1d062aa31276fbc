//! `adisker print`: documents written from the command line, the numbers
//! of certificates kept in the project file, and wrong options refused
//! with the choices there are.

use serde_json::Value;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn adisker(data: &Path, args: &[&str]) -> Output {
    std::fs::write(data.join("settings.json"), r#"{"language":"en"}"#).unwrap();
    Command::new(env!("CARGO_BIN_EXE_adisker")).arg("--data-dir").arg(data).args(args).output().unwrap()
}

fn text(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr)
}

fn sample(dir: &Path) -> PathBuf {
    let file = dir.join("small.json");
    let out = adisker(dir, &["sample", "--size", "small", "--out", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    file
}

fn project(file: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap()
}

fn pdf_text(path: &Path) -> String {
    let text = pdf_extract::extract_text_from_mem(&std::fs::read(path).unwrap()).unwrap();
    // Justified lines come out with wider spaces.
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_programme_is_written_in_the_languages_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let file = sample(dir.path());
    let pdf = dir.path().join("programme.pdf");
    let out = adisker(
        dir.path(),
        &["print", "programme", file.to_str().unwrap(), "--lang", "kk,ru", "-o", pdf.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", text(&out));
    // The first language asked for is also the language of the messages.
    assert!(text(&out).contains("programme.pdf жазылды"), "{}", text(&out));
    let printed = pdf_text(&pdf);
    let event = &project(&file)["events"][0];
    let title: String =
        event["title"].as_str().unwrap().split_whitespace().take(3).collect::<Vec<_>>().join(" ");
    assert!(printed.contains(&title), "{title:?} in {printed}");
    assert!(printed.contains("БАҒДАРЛАМА") && printed.contains("ПРОГРАММА"), "{printed}");
}

#[test]
fn certificate_numbers_are_kept_in_the_file_and_a_reprint_or_a_later_batch_never_repeats_one() {
    let dir = tempfile::tempdir().unwrap();
    let file = sample(dir.path());
    let numbers = || -> Vec<String> {
        let awards = project(&file)["awards"].as_array().cloned().unwrap_or_default();
        awards.iter().map(|a| a["number"].as_str().unwrap().to_owned()).collect()
    };
    let print = |people: &str, name: &str| {
        let pdf = dir.path().join(name);
        let args = [
            "print",
            "certificates",
            file.to_str().unwrap(),
            "--people",
            people,
            "--series",
            "57-2026/001",
            "-o",
            pdf.to_str().unwrap(),
        ];
        let out = adisker(dir.path(), &args);
        assert!(out.status.success(), "{}", text(&out));
        pdf_text(&pdf)
    };
    let before = numbers();
    let teachers = print("teachers", "teachers.pdf");
    let after_teachers = numbers();
    assert!(after_teachers.len() > before.len(), "the numbers are recorded");
    let first_new = &after_teachers[before.len()];
    assert!(teachers.contains(first_new.as_str()), "{first_new} is printed");

    // A reprint keeps each person's number.
    let reprint = print("teachers", "reprint.pdf");
    assert_eq!(numbers(), after_teachers);
    assert!(reprint.contains(first_new.as_str()));

    // Everyone present: the teachers keep theirs, the others get new ones.
    let present = print("present", "present.pdf");
    let all = numbers();
    assert!(all.len() > after_teachers.len());
    let distinct: HashSet<&String> = all.iter().collect();
    assert_eq!(distinct.len(), all.len(), "no number is issued twice: {all:?}");
    let newest = all.last().unwrap();
    assert!(present.contains(newest.as_str()) && !teachers.contains(newest.as_str()));
}

#[test]
fn a_blank_feedback_form_is_printed_for_the_method_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let file = sample(dir.path());
    let form = |method: &str| {
        let pdf = dir.path().join(format!("{method}.pdf"));
        let args = [
            "print",
            "feedback-form",
            file.to_str().unwrap(),
            "--lang",
            "en",
            "--method",
            method,
            "-o",
            pdf.to_str().unwrap(),
        ];
        let out = adisker(dir.path(), &args);
        assert!(out.status.success(), "{}", text(&out));
        pdf_text(&pdf)
    };
    let coins = form("coins");
    assert!(coins.contains("Give your coins"), "{coins}");
    let lights = form("traffic-light");
    assert!(lights.contains("after each session"), "{lights}");
    assert!(!lights.contains("Give your coins"));
    // One row for each session to rate, the breaks left out.
    let event = &project(&file)["events"][0];
    for session in event["sessions"].as_array().unwrap() {
        let kind = session["kind"].as_str().unwrap_or("");
        let start = &session["start"].as_str().unwrap()[..5];
        if !["registration", "break", "feedback"].contains(&kind) {
            assert!(lights.contains(start), "{start} has its row: {lights}");
        }
    }
    assert!(lights.contains("Your name (if you wish)"));
}

#[test]
fn a_wrong_method_or_document_is_refused_with_the_choices() {
    let dir = tempfile::tempdir().unwrap();
    let file = sample(dir.path());
    let pdf = dir.path().join("never.pdf");
    let out = adisker(
        dir.path(),
        &["print", "feedback-form", file.to_str().unwrap(), "--method", "stars", "-o", pdf.to_str().unwrap()],
    );
    assert!(!out.status.success());
    assert!(text(&out).contains("“stars”") && text(&out).contains("two-stars, coins"), "{}", text(&out));
    let out = adisker(dir.path(), &["print", "diploma", file.to_str().unwrap(), "-o", pdf.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(text(&out).contains("feedback-form"), "{}", text(&out));
    assert!(!pdf.exists(), "nothing is written");
}

#[test]
fn new_certificates_carry_the_event_s_last_day_or_the_date_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let file = sample(dir.path());
    let before = project(&file)["awards"].as_array().map_or(0, Vec::len);
    let last_day = project(&file)["events"][0]["ends_on"].as_str().unwrap().to_owned();
    let pdf = dir.path().join("all.pdf");
    let f = file.to_str().unwrap();
    let out = adisker(
        dir.path(),
        &["print", "certificates", f, "--people", "teachers", "-o", pdf.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", text(&out));
    let awards = project(&file)["awards"].as_array().cloned().unwrap();
    assert!(awards.len() > before);
    for award in &awards[before..] {
        assert_eq!(award["issued_on"].as_str(), Some(last_day.as_str()), "not the day of printing: {award}");
    }

    let count = awards.len();
    let out = adisker(
        dir.path(),
        &["print", "certificates", f, "--people", "all", "--date", "05.02.2019", "-o", pdf.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", text(&out));
    let awards = project(&file)["awards"].as_array().cloned().unwrap();
    assert!(awards.len() > count);
    assert!(awards[count..].iter().all(|a| a["issued_on"] == "2019-02-05"));
    assert!(pdf_text(&pdf).contains("5 February 2019"));

    let out = adisker(
        dir.path(),
        &["print", "certificates", f, "--date", "32.13.2019", "-o", pdf.to_str().unwrap()],
    );
    assert!(!out.status.success());
    assert!(text(&out).contains("«32.13.2019» is not a date"), "{}", text(&out));
    assert!(!text(&out).contains("panicked"));
}

#[test]
fn diplomas_and_the_register_are_printed_with_the_city_and_signatory_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let file = sample(dir.path());
    let saved = project(&file);
    let head = &saved["signatories"][0];
    let director = &saved["signatories"][1];
    let pdf = dir.path().join("diplomas.pdf");
    let out = adisker(
        dir.path(),
        &[
            "print",
            "diplomas",
            file.to_str().unwrap(),
            "--lang",
            "ru",
            "--city",
            "Шымкент қ.",
            "--signatory",
            director["id"].as_str().unwrap(),
            "--date",
            "05.03.2019",
            "-o",
            pdf.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    let printed = pdf_text(&pdf);
    assert!(printed.contains("ДИПЛОМ") && printed.contains("«Ең үздік шебер сынып»"), "{printed}");
    assert!(
        printed.contains("Шымкент қ., 1 февраля 2019 г."),
        "a recorded diploma keeps its date: {printed}"
    );
    assert!(printed.contains(director["name"].as_str().unwrap()), "{printed}");
    assert!(!printed.contains(head["name"].as_str().unwrap()), "only the signatory asked for: {printed}");

    let register = dir.path().join("register.pdf");
    let out =
        adisker(dir.path(), &["print", "register", file.to_str().unwrap(), "-o", register.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    let printed = pdf_text(&register);
    for award in saved["awards"].as_array().unwrap() {
        assert!(printed.contains(award["number"].as_str().unwrap()), "{printed}");
    }

    // A signatory the project does not know is refused with those it does.
    let out = adisker(
        dir.path(),
        &["print", "letters", file.to_str().unwrap(), "--signatory", "nobody", "-o", pdf.to_str().unwrap()],
    );
    assert!(!out.status.success());
    assert!(
        text(&out).contains("nobody") && text(&out).contains(head["name"].as_str().unwrap()),
        "{}",
        text(&out)
    );
}

#[test]
fn a_name_ending_in_docx_writes_a_word_copy_and_is_refused_for_certificates_before_numbering() {
    let dir = tempfile::tempdir().unwrap();
    let file = sample(dir.path());
    let docx = dir.path().join("есеп.docx");
    let out = adisker(dir.path(), &["print", "report", file.to_str().unwrap(), "-o", docx.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    let bytes = std::fs::read(&docx).unwrap();
    assert!(bytes.starts_with(b"PK"), "a .docx is a zip");
    let before = std::fs::read(&file).unwrap();
    let letters = dir.path().join("letters.docx");
    let out = adisker(
        dir.path(),
        &["print", "certificates", file.to_str().unwrap(), "-o", letters.to_str().unwrap()],
    );
    assert!(!out.status.success());
    assert!(text(&out).contains("Word"), "{}", text(&out));
    assert!(!letters.exists());
    assert_eq!(std::fs::read(&file).unwrap(), before, "no number is recorded for a copy never written");
}
