//! The awards as a secretary looks after them, driven through the real
//! views: a nomination recorded and its diploma previewed, a number
//! cancelled and brought back, the register saved for Excel, who signs
//! added once and chosen per document, a document's wording corrected.

use adisker::domain::wording::WordingKind;
use adisker::domain::{AwardKind, AwardStatus};
use adisker::fl;
use adisker::print::{self, Document, Templates};
use adisker::ui::app::{Message, Screen};
use adisker::ui::screen::{
    awards, awards_batch, export, labels::Choice, overview, print as print_screen, print_people,
    print_signing, project, signatories,
};
use iced::keyboard::{Key, key::Named};

use crate::support;
use support::Harness;

fn open_awards() -> Harness {
    let mut h = Harness::new();
    h.click(fl!("library-add-sample").as_str());
    h.click(fl!("nav-awards").as_str());
    h
}

fn print_request(h: &Harness) -> print::Request {
    let Screen::Project(screen) = h.app.screen() else { panic!("the project is open") };
    screen.print_state().request(h.project()).expect("an event to print")
}

fn choose_document(h: &mut Harness, document: Document) {
    let choose = print_screen::Message::Document(Choice {
        value: document,
        label: print_screen::document_name(document),
    });
    h.send(Message::Project(project::Message::Print(choose)));
}

#[test]
fn a_nomination_is_recorded_and_its_diploma_previewed() {
    let mut h = open_awards();
    let before = h.project().awards.len();
    h.click(fl!("awards-new-nomination").as_str());
    // Chosen as every person is chosen: a part of the name, then Enter.
    h.type_and_press(awards::PERSON_FIELD, "Дружинина", &[Key::Named(Named::Enter)]);
    h.type_into(awards::NOMINATION_FIELD, "Ең үздік дауыс");
    h.type_and_press(
        "award-reason",
        "Ашылу салтанатындағы «Туған жер» әні үшін",
        &[Key::Named(Named::Enter)],
    );
    let awards = &h.project().awards;
    assert_eq!(awards.len(), before + 1, "Enter saves the nomination");
    let nomination = awards.last().unwrap().clone();
    assert_eq!(nomination.kind, AwardKind::Nomination);
    assert_eq!(nomination.title, "Ең үздік дауыс");
    assert_eq!(h.project().person(nomination.person).unwrap().full_name, "Дружинина Полина");
    assert!(!awards[..before].iter().any(|a| a.number == nomination.number), "a number nobody holds");

    // Its diploma, printed again with its number, is previewed at once.
    h.click(fl!("awards-print-again").as_str());
    let request = print_request(&h);
    assert_eq!(request.document, Document::Diplomas);
    assert!(h.shows(&fl!("print-page-of", page = 1, count = 1)), "one diploma: hers");
    let prepared = print::prepare(h.project(), &request).unwrap();
    let typeset = print::typeset(&prepared, &Templates::bundled().load(Document::Diplomas)).unwrap();
    let text = pdf_extract::extract_text_from_mem(&typeset.pdf().unwrap()).unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("«Ең үздік дауыс»") && text.contains("Дружинина Полина"), "{text}");
    assert!(text.contains(&nomination.number), "{text}");

    // Recording it was one step.
    h.click(fl!("action-undo").as_str());
    assert_eq!(h.project().awards.len(), before);
}

#[test]
fn a_nomination_needs_a_person_a_name_and_a_free_number() {
    let mut h = open_awards();
    let before = h.project().awards.len();
    let taken = h.project().awards[0].number.clone();
    h.click(fl!("awards-new-nomination").as_str());
    h.click(fl!("action-save").as_str());
    assert!(h.shows(&fl!("awards-error-person")));
    assert_eq!(h.project().awards.len(), before, "nothing is recorded");
    h.type_and_press(awards::PERSON_FIELD, "Дружинина", &[Key::Named(Named::Enter)]);
    h.type_into(awards::NOMINATION_FIELD, "Ең үздік дауыс");
    // A number already given to someone else is refused at its field.
    let typed = awards::Message::Number(taken.clone());
    h.send(Message::Project(project::Message::Awards(typed)));
    h.click(fl!("action-save").as_str());
    assert!(h.shows(&fl!("print-number-taken", number = taken.as_str())));
    assert_eq!(h.project().awards.len(), before);
}

#[test]
fn a_number_is_cancelled_kept_in_the_register_and_brought_back() {
    let mut h = open_awards();
    let letter = h.project().awards.iter().find(|a| a.kind == AwardKind::LetterOfThanks).unwrap().clone();
    let name = h.project().person(letter.person).unwrap().full_name.clone();
    h.click(format!("{} · {name}", letter.number).as_str());
    h.click(fl!("awards-cancel").as_str());
    let find = |h: &Harness| h.project().awards.iter().find(|a| a.id == letter.id).unwrap().status;
    assert_eq!(find(&h), AwardStatus::Cancelled);
    assert!(h.shows(&fl!("awards-cancelled-note")));
    assert!(!h.shows(&fl!("awards-print-again")), "a cancelled number is not printed again");
    h.click(fl!("awards-restore").as_str());
    assert_eq!(find(&h), AwardStatus::Issued);
    h.click(fl!("action-undo").as_str());
    assert_eq!(find(&h), AwardStatus::Cancelled, "each change is undone alone");
}

#[test]
fn the_register_is_saved_for_excel_and_printed() {
    let mut h = open_awards();
    // SAFETY: the harness holds the lock that serialises these tests, and
    // nothing else in this process reads the variable concurrently.
    unsafe { std::env::set_var("ADISKER_NO_FILE_DIALOG", "1") };
    h.click(fl!("awards-export", format = "Excel").as_str());
    // Export opens with the register chosen.
    h.click(fl!("export-save-csv", format = "CSV").as_str());
    let out = h.dir.path().join("тіркеу.csv");
    h.type_and_press(export::PATH_FIELD, out.to_str().unwrap(), &[Key::Named(Named::Enter)]);
    let bytes = std::fs::read(&out).expect("the register is written");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    for award in &h.project().awards {
        assert_eq!(text.matches(&format!("{};", award.number)).count(), 1, "{} once", award.number);
    }
    let count = h.project().awards.len();
    assert!(h.shows(&fl!("export-written", count = count, path = out.display().to_string())));
    h.send(Message::Project(project::Message::Navigate(project::Section::Awards)));
    h.click(fl!("awards-print-register").as_str());
    assert_eq!(print_request(&h).document, Document::Register);
}

#[test]
fn who_signs_is_added_once_and_chosen_per_document() {
    let mut h = Harness::new();
    h.click(fl!("library-add-sample").as_str());
    h.click(fl!("nav-overview").as_str());
    let before = h.project().signatories.len();
    h.click(fl!("signatories-new").as_str());
    h.type_into(signatories::NAME_FIELD, "Б. Ж. Ахметова");
    h.type_and_press("signatory-position", "Әдістемелік кабинеттің меңгерушісі", &[Key::Named(Named::Enter)]);
    assert_eq!(h.project().signatories.len(), before + 1);
    let added = h.project().signatories.last().unwrap().clone();
    assert_eq!(added.name, "Б. Ж. Ахметова");
    // The city is a detail of the project.
    h.type_into("project-city", " ауданы");
    h.send(Message::Project(project::Message::Overview(overview::Message::Save)));
    assert_eq!(h.project().city, "Алматы қ. ауданы");

    h.click(fl!("nav-print").as_str());
    choose_document(&mut h, Document::Certificates);
    assert!(h.shows(&fl!("print-signatory-first")));
    let pick =
        print_signing::Message::Signatory(0, Choice { value: Some(added.id), label: added.name.clone() });
    h.send(Message::Project(project::Message::Print(print_screen::Message::Signing(pick))));
    assert_eq!(h.project().documents["certificates"].signatories[0], added.id);
    let request = print_request(&h);
    let prepared = print::prepare(h.project(), &request).unwrap();
    let signing = prepared.data["body"]["signatories"].as_array().unwrap();
    assert_eq!(signing[0]["name"], "Б. Ж. Ахметова");
    // Letters keep their own choice.
    assert_ne!(h.project().documents["letters"].signatories[0], added.id);
    // Taking her away lets go of her in the documents, in one undoable step.
    h.click(fl!("nav-overview").as_str());
    let delete = signatories::Message::Delete(added.id);
    h.send(Message::Project(project::Message::Overview(overview::Message::Signatories(delete))));
    assert!(h.project().signatory(added.id).is_none());
    assert!(h.project().documents.get("certificates").is_none_or(|d| !d.signatories.contains(&added.id)));
    h.click(fl!("action-undo").as_str());
    assert_eq!(h.project().documents["certificates"].signatories[0], added.id);
}

#[test]
fn a_document_s_wording_is_corrected_and_set_back() {
    let mut h = Harness::new();
    h.click(fl!("library-add-sample").as_str());
    h.click(fl!("nav-print").as_str());
    choose_document(&mut h, Document::Letters);
    h.click(fl!("print-wording-show").as_str());
    // The greeting and the thanks have a field each; the thanks field
    // lies below the fold of the scrolled choices, so its typing is sent
    // as the field sends it.
    assert!(h.shows(&fl!("print-wording-thanks")));
    let loader = adisker::i18n::document_loader(adisker::i18n::Language::Kk);
    let body = adisker::i18n::default_wording_in(loader, WordingKind::Letter);
    let thanks = body.split_once('\n').unwrap().1.to_owned() + " Сізге зор денсаулық тілейміз!";
    let typed = print_signing::Message::Wording(WordingKind::Letter, 1, thanks);
    h.send(Message::Project(project::Message::Print(print_screen::Message::Signing(typed))));
    assert_eq!(h.project().wording(WordingKind::Letter, "kk"), None, "nothing is saved while typing");
    // Below the fold of the scrolled choices: sent as the button sends it.
    let signing =
        |message| Message::Project(project::Message::Print(print_screen::Message::Signing(message)));
    h.send(signing(print_signing::Message::SaveWording(WordingKind::Letter)));
    let own = h.project().wording(WordingKind::Letter, "kk").expect("the project's own wording").to_owned();
    assert!(own.ends_with("Сізге зор денсаулық тілейміз!"), "{own}");
    let request = print_request(&h);
    let prepared = print::prepare(h.project(), &request).unwrap();
    let page = prepared.data["body"]["awards"][0]["paragraphs"].to_string();
    assert!(page.contains("зор денсаулық"), "{page}");
    h.send(signing(print_signing::Message::DefaultWording(WordingKind::Letter)));
    assert_eq!(h.project().wording(WordingKind::Letter, "kk"), None);
    h.click(fl!("action-undo").as_str());
    assert!(h.project().wording(WordingKind::Letter, "kk").is_some(), "undone like any edit");
}

#[test]
fn an_emblem_is_added_and_previewed_on_a_letter() {
    let mut h = Harness::new();
    h.click(fl!("library-add-sample").as_str());
    h.click(fl!("nav-overview").as_str());
    h.click(fl!("overview-emblem-remove").as_str());
    assert_eq!(h.project().emblem, None);
    // A file that is not a picture is refused and nothing changes.
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("эмблема.png");
    std::fs::write(&notes, "бұл сурет емес").unwrap();
    // SAFETY: the harness holds the lock that serialises these tests, and
    // nothing else in this process reads the variable concurrently.
    unsafe { std::env::set_var("ADISKER_NO_FILE_DIALOG", "1") };
    h.click(fl!("overview-emblem-choose").as_str());
    h.type_and_press(overview::EMBLEM_PATH_FIELD, notes.to_str().unwrap(), &[Key::Named(Named::Enter)]);
    assert!(h.shows(&fl!("overview-emblem-not-picture", formats = "PNG, JPEG, SVG")));
    assert_eq!(h.project().emblem, None);
    // A picture is copied into the project's own files.
    let picture = dir.path().join("мектеп.svg");
    std::fs::write(&picture, adisker::sample::EMBLEM).unwrap();
    let send = |h: &mut Harness, message| h.send(Message::Project(project::Message::Overview(message)));
    send(&mut h, overview::Message::EmblemPath(picture.to_str().unwrap().to_owned()));
    send(&mut h, overview::Message::EmblemPicked(Some(picture.clone())));
    let name = h.project().emblem.clone().expect("the emblem is set");
    let copied = h.project_dir().join("files").join(&name);
    assert!(copied.is_file(), "copied into the project: {}", copied.display());
    let shown = |h: &Harness| {
        let Screen::Project(screen) = h.app.screen() else { panic!("the project is open") };
        screen.overview_state().shown_emblem().map(str::to_owned)
    };
    assert_eq!(shown(&h).as_deref(), Some(name.as_str()), "the overview shows the picture chosen");
    std::fs::remove_file(&picture).unwrap();

    h.click(fl!("nav-print").as_str());
    choose_document(&mut h, Document::Letters);
    h.click(fl!("print-preview").as_str());
    assert!(h.shows(&fl!("print-page-of", page = 1, count = 4)));
    let request = print_request(&h);
    let prepared = print::prepare(h.project(), &request).unwrap();
    assert_eq!(prepared.data["project"]["emblem"], format!("files/{name}"));
    let typeset = print::typeset(&prepared, &Templates::bundled().load(Document::Letters)).unwrap();
    let (width, _, pixels) = typeset.page_rgba(0, 1.0).unwrap();
    let gold = pixels[..(width * 150 * 4) as usize]
        .chunks(4)
        .filter(|p| {
            (p[0] as i32 - 0xc8).abs() < 24
                && (p[1] as i32 - 0xa2).abs() < 24
                && (p[2] as i32 - 0x4a).abs() < 32
        })
        .count();
    assert!(gold > 20, "the emblem heads the letter even with the original gone: {gold}");
    h.click(fl!("action-undo").as_str());
    assert_eq!(h.project().emblem, None, "choosing it is undone like any edit");
    h.click(fl!("action-redo").as_str());
    h.click(fl!("nav-overview").as_str());
    assert_eq!(shown(&h).as_deref(), Some(name.as_str()), "shown again from the project's own copy");
}

#[test]
fn the_example_s_emblem_is_shown_in_the_overview_when_the_project_opens() {
    let mut h = Harness::new();
    h.click(fl!("library-add-sample").as_str());
    let Screen::Project(screen) = h.app.screen() else { panic!("the project is open") };
    let emblem = h.project().emblem.clone().expect("the example has an emblem");
    assert_eq!(screen.overview_state().shown_emblem(), Some(emblem.as_str()));
}

#[test]
fn the_report_is_saved_for_word_from_the_print_screen_and_certificates_are_not() {
    let mut h = Harness::new();
    h.click(fl!("library-add-sample").as_str());
    h.click(fl!("nav-print").as_str());
    choose_document(&mut h, Document::Report);
    // SAFETY: the harness holds the lock that serialises these tests, and
    // nothing else in this process reads the variable concurrently.
    unsafe { std::env::set_var("ADISKER_NO_FILE_DIALOG", "1") };
    h.click(fl!("print-save-word", app = "Word").as_str());
    assert!(h.shows(&fl!("print-word-path", ext = ".docx")));
    let out = h.dir.path().join("есеп.docx");
    h.type_and_press(print_screen::PATH_FIELD, out.to_str().unwrap(), &[Key::Named(Named::Enter)]);
    let bytes = std::fs::read(&out).expect("the Word copy is written");
    assert!(bytes.starts_with(b"PK"));
    assert!(h.shows(&fl!("print-written-word", path = out.display().to_string())));

    // Certificates have no Word copy: refused before a number is recorded.
    choose_document(&mut h, Document::Certificates);
    assert!(!h.shows(&fl!("print-save-word", app = "Word")), "no Word button for certificates");
    let before = h.project().awards.len();
    let path = h.dir.path().join("certificates.docx");
    let typed = print_screen::Message::PathInput(path.to_str().unwrap().to_owned());
    h.send(Message::Project(project::Message::Print(typed)));
    h.send(Message::Project(project::Message::Print(print_screen::Message::SaveToPath)));
    assert!(!path.exists());
    assert_eq!(h.project().awards.len(), before, "no number recorded");
}

fn batch(message: awards_batch::Message) -> Message {
    Message::Project(project::Message::Awards(awards::Message::Batch(message)))
}

#[test]
fn the_present_get_their_certificate_numbers_at_once_and_print_with_them() {
    let mut h = open_awards();
    let before = h.project().awards.clone();
    let event = h.project().events[0].clone();
    let present: Vec<_> =
        event.registrations.iter().filter(|r| r.attended == Some(true)).map(|r| r.person).collect();
    assert!(present.len() > 50, "the example has its hall");
    h.click(fl!("awards-issue-several").as_str());
    assert!(h.shows(&fl!("awards-batch-count", count = present.len(), held = 0)));
    h.click(fl!("awards-batch-issue", count = present.len()).as_str());

    let issued: Vec<_> = h.project().awards[before.len()..].to_vec();
    assert_eq!(issued.len(), present.len(), "one certificate for each present");
    assert!(issued.iter().all(|a| a.kind == AwardKind::Certificate && a.event == Some(event.id)));
    let mut holders: Vec<_> = issued.iter().map(|a| a.person).collect();
    holders.sort();
    let mut expected = present.clone();
    expected.sort();
    assert_eq!(holders, expected);
    let mut numbers: Vec<&str> = h.project().awards.iter().map(|a| a.number.as_str()).collect();
    numbers.sort();
    numbers.dedup();
    assert_eq!(numbers.len(), h.project().awards.len(), "no number given twice");
    // The register says what it was for, as the page does.
    assert!(issued.iter().all(|a| a.title.contains(&event.title)), "{}", issued[0].title);
    let (first, last) = (&issued[0].number, &issued.last().unwrap().number);
    assert!(h.shows(&fl!(
        "awards-batch-issued",
        count = issued.len(),
        first = first.as_str(),
        last = last.as_str()
    )));

    // Printing them later records nothing new and shows these numbers.
    let mut request =
        print::Request::new(Document::Certificates, event.id, adisker::domain::Language::Kk, event.ends_on);
    request.people = print::PeopleSet::Present;
    let prepared = print::prepare(h.project(), &request).unwrap();
    assert!(prepared.new_awards.is_empty(), "every page has its number already");
    let pages = prepared.data["body"]["awards"].as_array().unwrap();
    assert!(pages.iter().any(|p| p["number"].as_str().unwrap().contains(first.as_str())));

    // Asked again, nobody is left without a number.
    h.click(fl!("awards-issue-several").as_str());
    assert!(h.shows(&fl!("awards-batch-count", count = present.len(), held = present.len())));
    h.send(batch(awards_batch::Message::Issue));
    assert!(h.shows(&fl!("awards-batch-none")));
    assert_eq!(h.project().awards.len(), before.len() + present.len());

    // All of them were one step.
    h.click(fl!("action-undo").as_str());
    assert_eq!(h.project().awards, before);
}

#[test]
fn letters_of_thanks_go_to_a_ticked_list_found_by_a_search() {
    let mut h = open_awards();
    let before = h.project().awards.len();
    h.click(fl!("awards-issue-several").as_str());
    h.send(batch(awards_batch::Message::Kind(Choice {
        value: AwardKind::LetterOfThanks,
        label: awards::award_kind_label(AwardKind::LetterOfThanks),
    })));
    let chosen = print::PeopleSet::Chosen(Vec::new());
    h.send(batch(awards_batch::Message::People(Choice {
        label: print::people_set_name(&chosen),
        value: chosen,
    })));
    let mut namesakes: Vec<String> = h
        .project()
        .people
        .iter()
        .map(|p| p.full_name.clone())
        .filter(|n| n.starts_with("Нұрғалиева"))
        .collect();
    namesakes.sort();
    assert!(namesakes.len() > 1, "the example has namesakes");
    h.type_into(print_people::SEARCH_FIELD, "Нұрғалиева");
    h.click(fl!("print-select-all").as_str());
    assert!(h.shows(&fl!("print-chosen-count", count = namesakes.len())), "all found are ticked");
    assert!(h.shows(&fl!("awards-batch-count", count = namesakes.len(), held = 0)));
    h.click(fl!("awards-batch-issue", count = namesakes.len()).as_str());
    let issued = &h.project().awards[before..];
    let mut names: Vec<String> =
        issued.iter().map(|a| h.project().person(a.person).unwrap().full_name.clone()).collect();
    names.sort();
    assert_eq!(names, namesakes);
    assert!(issued.iter().all(|a| a.kind == AwardKind::LetterOfThanks));
}
