//! Certificates, letters of thanks, nomination diplomas and the register,
//! read back from their PDFs in every language: the wording of each kind,
//! the city and date, who signs, and numbers that are never given twice.

use adisker::domain::awards::AwardsEdit;
use adisker::domain::wording::WordingKind;
use adisker::domain::*;
use adisker::i18n::{Language, document_loader};
use adisker::print::{self, Document, PeopleSet};

use crate::printing;
use crate::seeds;

use printing::*;

/// Runs of spaces and line ends as one space: a PDF's text breaks where
/// the page did.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words of `key` that do not depend on a place: «алғыс білдіреміз» of
/// the letter, «беріледі» of a certificate.
fn fixed_tail(language: Language, key: &str) -> String {
    let text = adisker::i18n::default_wording_in(document_loader(language), kind_of(key));
    let tail = text.rsplit('}').next().unwrap_or_default();
    tail.trim_start_matches(['»', '”', ')', ' ', ',', '.']).trim().trim_end_matches('.').to_owned()
}

fn kind_of(key: &str) -> WordingKind {
    WordingKind::ALL.into_iter().find(|k| k.code() == key).unwrap()
}

#[test]
fn a_certificate_is_worded_for_what_its_holder_did_with_the_city_and_who_signs() {
    let project = small();
    let director = &project.signatories[1];
    let event = &project.events[0];
    for (language, text) in
        in_every_language(&project, Document::Certificates, |r| r.people = PeopleSet::Teachers)
    {
        let text = flat(&text);
        assert!(text.contains(&flat(&director.name)), "{language:?}: the signatory's name in {text}");
        assert!(text.contains("Алматы қ.,"), "{language:?}: the city beside the date");
        // The default wordings end with «… беріледі» / «… берилет»; the
        // Russian and English ones begin with the deed.
        let open_lesson =
            adisker::i18n::default_wording_in(document_loader(language), WordingKind::OpenLesson);
        let opening: String = open_lesson.split('{').next().unwrap().trim().to_owned();
        if !opening.is_empty() && !opening.starts_with('«') {
            assert!(text.contains(&opening), "{language:?}: {opening}");
        }
        if matches!(language, Language::Kk | Language::Ky) {
            // «Сертификат … беріледі»: the last word of the wording, on
            // every page.
            let tail = fixed_tail(language, "open_lesson");
            let verb = tail.split_whitespace().last().unwrap();
            let pages = text.matches(&words(language, "print-certificate").to_uppercase()).count();
            assert_eq!(text.matches(verb).count(), pages, "{language:?}: {verb}");
        }
        // Each page names the event once, in its wording, not again below it.
        let pages = text.matches(&words(language, "print-certificate").to_uppercase()).count();
        assert_eq!(text.matches(&flat(&event.title)).count(), pages, "{language:?}: the title once a page");
        for old in ["Осы сертификатпен марапатталады", "Настоящим сертификатом награждается"]
        {
            assert!(!text.contains(old), "{language:?}: {old}");
        }
    }
}

#[test]
fn a_letter_of_thanks_greets_its_reader_and_thanks_her() {
    let project = small();
    let letters = &project.documents["letters"].signatories;
    let greetings = [
        (Language::Kk, "Құрметті Қожабекова Г.!"),
        (Language::Ru, "Уважаемая Қожабекова Г.!"),
        (Language::Ky, "Урматтуу Қожабекова Г.!"),
        (Language::En, "Dear Қожабекова Г.,"),
    ];
    for (language, text) in in_every_language(&project, Document::Letters, |_| {}) {
        let text = flat(&text);
        let greeting = greetings.iter().find(|(l, _)| *l == language).unwrap().1;
        assert!(text.contains(greeting), "{language:?}: {greeting} in {text}");
        let thanks = ["алғыс білдіреміз", "благодарность", "ыраазычылык билдиребиз", "thank you"];
        assert!(thanks.iter().any(|t| text.contains(t)), "{language:?}: the thanks in {text}");
        for id in letters {
            let name = flat(&project.signatory(*id).unwrap().name);
            assert!(text.contains(&name), "{language:?}: {name} signs the letters");
        }
        // A master class is thanked for as a master class.
        let master = ["шеберлік сағатын", "мастер-класса", "чеберчилик сабагын", "master class"];
        assert!(master.iter().any(|m| text.contains(m)), "{language:?}: {text}");
    }
}

#[test]
fn a_nomination_diploma_names_its_nomination_and_its_event() {
    let project = small();
    let nomination = project.awards.iter().find(|a| a.kind == AwardKind::Nomination).unwrap();
    let holder = project.person(nomination.person).unwrap();
    for (language, text) in in_every_language(&project, Document::Diplomas, |_| {}) {
        let text = flat(&text);
        let heading = words(language, "print-diploma").to_uppercase();
        assert_in_order(
            &text,
            &[&heading, &format!("«{}»", nomination.title), &holder.full_name, &nomination.number],
        );
        assert!(text.contains(&flat(&project.events[0].title)), "{language:?}: the event");
        assert!(text.contains(&flat(&nomination.reason)), "{language:?}: the jury's reason");
    }
    // Without a nomination there is nothing to print, and the user is told.
    let mut none = small();
    none.awards.retain(|a| a.kind != AwardKind::Nomination);
    let request = request(&none, Document::Diplomas, Language::Kk);
    assert!(matches!(print::prepare(&none, &request), Err(print::PrintError::NoNominations { .. })));
}

#[test]
fn the_register_lists_every_number_once_and_a_cancelled_number_is_never_reused() {
    let mut project = small();
    let mut certificates = request(&project, Document::Certificates, Language::Kk);
    certificates.people = PeopleSet::Teachers;
    let issued = print::prepare(&project, &certificates).unwrap().new_awards;
    assert!(!issued.is_empty());
    project.apply(Edit::Awards(Box::new(AwardsEdit::Issue(issued.clone())))).unwrap();
    // The first certificate is cancelled; printed again, its holder gets a
    // new number and the old one stays in the register, marked.
    let mut cancelled = issued[0].clone();
    cancelled.status = AwardStatus::Cancelled;
    project.apply(Edit::Awards(Box::new(AwardsEdit::Put(cancelled.clone())))).unwrap();
    let reissued = print::prepare(&project, &certificates).unwrap().new_awards;
    assert_eq!(reissued.len(), 1);
    assert_eq!(reissued[0].person, cancelled.person);
    assert_ne!(reissued[0].number, cancelled.number);
    project.apply(Edit::Awards(Box::new(AwardsEdit::Issue(reissued.clone())))).unwrap();
    let numbers: Vec<&str> = project.awards.iter().map(|a| a.number.as_str()).collect();
    for (language, text) in in_every_language(&project, Document::Register, |_| {}) {
        let text = flat(&text);
        for number in &numbers {
            assert_eq!(
                text.matches(&format!("{number} ")).count(),
                1,
                "{language:?}: {number} once in {text}"
            );
        }
        let mark = words(language, "print-cancelled");
        let row = text.split(&format!("{} ", cancelled.number)).nth(1).unwrap();
        let mut sorted = numbers.clone();
        sorted.sort_by(|a, b| adisker::domain::awards::number_order(a, b));
        let after = sorted[sorted.iter().position(|n| *n == cancelled.number).unwrap() + 1];
        let next_row = row.find(&format!("{after} ")).unwrap();
        assert!(row[..next_row].contains(&mark), "{language:?}: its row says it is cancelled: {row}");
    }
}

#[test]
fn a_project_s_own_wording_is_printed_in_its_language_only() {
    let mut project = small();
    let mut settings = project.documents.get("certificates").cloned().unwrap_or_default();
    settings
        .wording
        .entry("participation".into())
        .or_default()
        .insert("kk".into(), "«{event}» семинарының {белгісіз} тыңдаушысы болғаны үшін беріледі.".into());
    project.apply(Edit::Document { code: "certificates".into(), settings: Box::new(settings) }).unwrap();
    let mut kk = request(&project, Document::Certificates, Language::Kk);
    kk.people = PeopleSet::All;
    let text = flat(&pdf_text(&kk, &project));
    let own = format!(
        "«{}» семинарының {{белгісіз}} тыңдаушысы болғаны үшін беріледі.",
        flat(&project.events[0].title)
    );
    assert!(text.contains(&own), "{text}");
    let mut ru = kk.clone();
    ru.languages = vec![Language::Ru];
    let text = flat(&pdf_text(&ru, &project));
    assert!(text.contains("за активное участие в работе практической площадки"), "{text}");
}

#[test]
fn the_print_request_names_who_signs_and_where() {
    let project = small();
    let head = project.signatories[0].clone();
    let mut certificates = request(&project, Document::Certificates, Language::Ru);
    certificates.people = PeopleSet::Teachers;
    certificates.signatories = Some(vec![head.id]);
    certificates.city = Some("Шымкент қ.".into());
    let text = flat(&pdf_text(&certificates, &project));
    assert!(text.contains(&flat(&head.name)), "{text}");
    assert!(!text.contains(&flat(&project.signatories[1].name)), "only the one asked for signs");
    assert!(text.contains("Шымкент қ., 1 февраля 2019 г."), "{text}");
    // Nobody to sign: the role and its line, never a bare line.
    let mut nobody = small();
    let ids: Vec<SignatoryId> = nobody.signatories.iter().map(|s| s.id).collect();
    for id in ids {
        let removal = adisker::domain::edit::signatory_removal(&nobody, id);
        nobody.apply(removal).unwrap();
    }
    let text = flat(&pdf_text(&request(&nobody, Document::Letters, Language::Kk), &nobody));
    assert!(text.contains(&words(Language::Kk, "print-signatory")), "{text}");
}

#[test]
fn the_shymkent_nominee_gets_her_diploma_in_every_language() {
    let project = seeds::shymkent(now());
    for (_, text) in in_every_language(&project, Document::Diplomas, |_| {}) {
        assert_in_order(&flat(&text), &["«Ең үздік шебер сынып»", "Құрбан Жанат"]);
    }
    // Karaganda's hearing gave no nomination: nothing to print, said so.
    let karaganda = seeds::karaganda(now());
    let request = request(&karaganda, Document::Diplomas, Language::Ky);
    assert!(matches!(print::prepare(&karaganda, &request), Err(print::PrintError::NoNominations { .. })));
}

/// Pixels of the emblem's gold on the top fifth of `page`, which nothing
/// else on a document is printed in.
fn gold_pixels(typeset: &print::Typeset, page: usize) -> usize {
    let (width, height, pixels) = typeset.page_rgba(page, 1.5).unwrap();
    let top = (width * height / 5) as usize;
    pixels[..top * 4]
        .chunks(4)
        .filter(|p| {
            (p[0] as i32 - 0xc8).abs() < 24
                && (p[1] as i32 - 0xa2).abs() < 24
                && (p[2] as i32 - 0x4a).abs() < 32
        })
        .count()
}

#[test]
fn the_emblem_heads_letters_certificates_diplomas_the_programme_and_the_report() {
    let project = small();
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in adisker::sample::files_of(&project) {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    for document in
        [Document::Letters, Document::Certificates, Document::Diplomas, Document::Programme, Document::Report]
    {
        let mut with = request(&project, document, Language::Kk);
        with.files = Some(dir.path().to_owned());
        let (pages, prepared) = typeset(&project, &with);
        assert_eq!(prepared.data["project"]["emblem"], "files/emblem-57.svg");
        assert!(gold_pixels(&pages, 0) > 50, "{document:?}: the emblem at the head");
        // Without its file (a project copied without its folder) the
        // documents print without it rather than fail.
        let without = request(&project, document, Language::Kk);
        let (pages, prepared) = typeset(&project, &without);
        assert!(prepared.data["project"]["emblem"].is_null());
        assert_eq!(gold_pixels(&pages, 0), 0, "{document:?}");
    }
}

#[test]
fn an_emblem_name_that_leaves_the_files_folder_is_never_read() {
    let mut project = small();
    let dir = tempfile::tempdir().unwrap();
    let files = dir.path().join("files");
    std::fs::create_dir_all(&files).unwrap();
    std::fs::write(dir.path().join("secret.svg"), adisker::sample::EMBLEM).unwrap();
    for name in ["../secret.svg", "/etc/passwd", "files/../../secret.svg"] {
        project.emblem = Some(name.into());
        let mut letters = request(&project, Document::Letters, Language::Kk);
        letters.files = Some(files.clone());
        let (pages, prepared) = typeset(&project, &letters);
        assert!(prepared.data["project"]["emblem"].is_null(), "{name}");
        assert_eq!(gold_pixels(&pages, 0), 0, "{name}");
    }
}

#[test]
fn an_emblem_is_decoded_for_the_window_as_it_prints_and_a_broken_one_is_told() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("emblem.svg"), adisker::sample::EMBLEM).unwrap();
    std::fs::write(dir.path().join("broken.png"), b"\x89PNG\r\n\x1a\nnot a picture").unwrap();
    let (width, height, pixels) = print::picture_preview(dir.path(), "emblem.svg", 40.0).unwrap();
    assert_eq!(height, 80, "40 points at two pixels each");
    assert!(width > 0 && pixels.len() == (width * height * 4) as usize);
    let gold = pixels
        .chunks(4)
        .filter(|p| (p[0] as i32 - 0xc8).abs() < 24 && (p[1] as i32 - 0xa2).abs() < 24)
        .count();
    assert!(gold > 20, "the sun of the example's emblem: {gold}");
    assert!(print::picture_preview(dir.path(), "broken.png", 40.0).is_err());
    let inner = dir.path().join("files");
    std::fs::create_dir(&inner).unwrap();
    assert!(print::picture_preview(&inner, "../emblem.svg", 40.0).is_err(), "never outside its folder");
}
