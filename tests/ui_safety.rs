//! The window keeps its promise not to lose work, driven headless: text
//! typed and not saved survives a crash, a version another program writes
//! is never written over, an edit refused late is explained where it was
//! made, and numbers are on disk before they are on paper.
//! Run with ICED_TEST_BACKEND=tiny-skia.

use crate::support;

use adisker::fl;
use adisker::store::project_file;
use adisker::ui::app::{Message, Screen};
use adisker::ui::screen::project;
use rand::{Rng, SeedableRng};
use std::fs;
use std::time::{Duration, Instant};
use support::Harness;

fn project_message(message: project::Message) -> Message {
    Message::Project(message)
}

#[test]
fn text_typed_in_a_form_is_on_disk_within_a_second_and_offered_back_after_a_crash() {
    let mut h = Harness::with_sample();
    let dir = h.project_dir();
    h.type_into("project-title", " — жаңа атауы");
    // Not saved with the button: the project still has its old title…
    assert!(!h.project().title.ends_with("жаңа атауы"));
    // …and the status must not say everything is saved.
    assert!(!h.shows(&fl!("save-saved")), "«saved» while a form holds unsaved text");
    assert!(h.shows(&fl!("save-form-open")));
    h.send(Message::Tick(Instant::now()));
    let drafts = fs::read_to_string(dir.join("drafts.json")).expect("the draft is on disk");
    let drafts: serde_json::Value = serde_json::from_str(&drafts).unwrap();
    let typed = drafts["overview"]["title"].as_str().unwrap().to_owned();
    assert!(typed.contains("жаңа атауы"), "{drafts}");

    // The power goes.
    let mut h = h.reboot();
    h.click(fl!("action-open").as_str());
    assert!(h.shows(&fl!("drafts-found")), "the typed text is offered back");
    h.click(fl!("drafts-restore").as_str());
    let mut ui = h.simulator();
    assert!(ui.find(typed.as_str()).is_ok(), "the title field holds what was typed");
    drop(ui);
    h.click(fl!("action-save").as_str());
    assert_eq!(h.project().title, typed);
    h.send(Message::Tick(Instant::now() + Duration::from_secs(2)));
    assert!(!dir.join("drafts.json").exists(), "a saved form leaves no draft");
    assert!(h.shows(&fl!("save-saved")));
}

#[test]
fn a_draft_refused_is_gone_and_the_project_is_unchanged() {
    let mut h = Harness::with_sample();
    let dir = h.project_dir();
    let title = h.project().title.clone();
    h.click(format!("{}  {}", fl!("nav-people"), h.project().people.len()).as_str());
    h.click(fl!("people-new").as_str());
    h.type_into("person-FullName", "Сәрсенбаева Ләззат");
    h.send(Message::Tick(Instant::now()));
    assert!(fs::read_to_string(dir.join("drafts.json")).unwrap().contains("Ләззат"));
    let mut h = h.reboot();
    h.click(fl!("action-open").as_str());
    h.click(fl!("drafts-discard").as_str());
    h.send(Message::Tick(Instant::now()));
    assert!(!dir.join("drafts.json").exists());
    assert_eq!(h.project().title, title);
    assert!(!h.project().people.iter().any(|p| p.full_name == "Сәрсенбаева Ләззат"));
}

#[test]
fn an_unsaved_person_form_survives_an_undo_elsewhere() {
    let mut h = Harness::with_sample();
    h.type_into("project-organizer", " және");
    h.click(fl!("action-save").as_str());
    h.click(format!("{}  {}", fl!("nav-people"), h.project().people.len()).as_str());
    h.click(fl!("people-new").as_str());
    h.type_into("person-FullName", "Жақсыбаева Гүлмира");
    // Ctrl+Z undoes the organizer: the form keeps what was typed.
    h.send(project_message(project::Message::Undo));
    assert!(h.simulator().find("Жақсыбаева Гүлмира").is_ok(), "typed text kept");
}

/// A different version of the project, as a synchronised folder would
/// bring it: the same project with another title.
fn outside_version(path: &std::path::Path, n: usize) -> Vec<u8> {
    let mut theirs = project_file::load(path).unwrap().project;
    theirs.title = format!("Әріптестің нұсқасы {n}");
    project_file::to_bytes(&theirs)
}

fn conflict_copies(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with("project.conflict-"))
        .collect()
}

/// An edit waits for the autosave, another program replaces the file, and
/// then the autosave (or the watch) runs, after a random delay: both
/// versions are on disk afterwards, whichever came first.
#[test]
fn an_outside_write_before_the_autosave_is_kept_beside_our_version() {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(0x0057_2019);
    let mut h = Harness::with_sample();
    let dir = h.project_dir();
    let path = dir.join("project.json");
    let rounds = 200;
    for round in 0..rounds {
        for copy in conflict_copies(&dir) {
            fs::remove_file(copy).unwrap();
        }
        h.type_into("project-organizer", "ә");
        h.click(fl!("action-save").as_str());
        let ours = h.project().organizer.clone();
        let theirs = outside_version(&path, round);
        // Another program writes the file whole, as sync engines do.
        let temp = dir.join(format!("incoming-{round}"));
        fs::write(&temp, &theirs).unwrap();
        std::thread::sleep(Duration::from_micros(rng.random_range(0..2_000)));
        fs::rename(&temp, &path).unwrap();
        // The next thing the window does: the watch or the autosave.
        let later = Instant::now() + Duration::from_millis(rng.random_range(0..3_000));
        h.send(Message::Tick(later));
        h.send(Message::Tick(later + Duration::from_secs(3)));

        let on_disk = project_file::load(&path).unwrap().project;
        let copies: Vec<_> = conflict_copies(&dir).iter().map(|p| fs::read(p).unwrap()).collect();
        let theirs_kept = on_disk.title.starts_with("Әріптестің") || copies.contains(&theirs);
        let ours_kept = on_disk.organizer == ours
            || copies.iter().any(|c| project_file::parse(c, &path).unwrap().project.organizer == ours);
        assert!(theirs_kept, "round {round}: the other version was written over");
        assert!(ours_kept, "round {round}: our edit was lost");
        let Screen::Project(state) = h.app.screen() else { panic!("round {round}: the project closed") };
        assert!(!state.is_dirty(), "round {round}: the edit is saved");
    }
}

#[test]
fn a_refused_edit_is_explained_in_the_section_that_sent_it() {
    use adisker::print::{Document, Prepared};
    use adisker::ui::screen::print::{Destination, Message as PrintMessage};
    let mut h = Harness::with_sample();
    // Certificates numbered in the background, arriving after the user
    // went on to People, with a number the project already holds.
    let award = h.project().awards.first().cloned().expect("the sample has awards");
    let mut twin = award.clone();
    twin.id = adisker::domain::AwardId::new();
    let prepared = Prepared {
        document: Document::Letters,
        data: serde_json::Value::Null,
        new_awards: vec![twin],
        files: None,
    };
    h.click(format!("{}  {}", fl!("nav-people"), h.project().people.len()).as_str());
    let late = PrintMessage::ReadyToWrite(0, Ok((Box::new(prepared), Destination::Viewer)));
    h.send(project_message(project::Message::Print(late)));
    let taken = fl!("print-number-taken", number = award.number.as_str());
    assert!(!h.shows(&taken), "not in People, where the user is");
    h.click(fl!("nav-print").as_str());
    assert!(h.shows(&taken), "shown in Print, which sent it");
    assert_eq!(h.project().awards.iter().filter(|a| a.number == award.number).count(), 1);
}

#[test]
fn numbers_are_recorded_before_the_pdf_and_a_failed_pdf_gives_them_back_on_the_reprint() {
    use adisker::print::Document;
    use adisker::ui::screen::labels::Choice;
    use adisker::ui::screen::print::Message as PrintMessage;
    let mut h = Harness::with_sample();
    let file = h.project_dir().join("project.json");
    let before = h.project().awards.len();
    let print =
        |h: &mut Harness, message: PrintMessage| h.send(project_message(project::Message::Print(message)));
    h.click(fl!("nav-print").as_str());
    print(&mut h, PrintMessage::Document(Choice { value: Document::Certificates, label: String::new() }));
    print(&mut h, PrintMessage::Series("ТЕСТ-2026/001".into()));

    // A folder that is not there: the PDF cannot be written.
    let nowhere = h.dir.path().join("no-such-folder").join("certificates.pdf");
    print(&mut h, PrintMessage::Picked(Some(nowhere.clone())));
    assert!(!nowhere.exists());
    let on_disk = project_file::load(&file).unwrap().project;
    let issued: Vec<String> =
        on_disk.awards.iter().filter(|a| a.number.starts_with("ТЕСТ-")).map(|a| a.number.clone()).collect();
    assert!(!issued.is_empty(), "the numbers were recorded before the PDF was tried");
    assert_eq!(on_disk.awards.len(), before + issued.len());

    // The reprint gives the same people the same numbers, and no new ones.
    let pdf = h.dir.path().join("certificates.pdf");
    print(&mut h, PrintMessage::Picked(Some(pdf.clone())));
    assert!(pdf.exists(), "the reprint is written");
    let again = project_file::load(&file).unwrap().project;
    assert_eq!(again.awards.len(), on_disk.awards.len(), "no number issued twice");
    let text = pdf_extract::extract_text(&pdf).unwrap();
    for number in &issued {
        assert!(text.contains(number.as_str()), "{number} on paper");
    }
}
