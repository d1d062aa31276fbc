//! Word copies of the programme, the sign-in sheet and the report: real
//! Word tables and heading styles with the same words as the PDF, opened
//! by LibreOffice as a department's PC would open them.

use adisker::i18n::Language;
use adisker::print::{self, Document, PrintError};
use std::io::Read;
use std::process::Command;

use crate::printing;
use printing::*;

/// The text of the document's body, as Word stores it.
fn document_xml(docx: &[u8]) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a .docx is a zip");
    let mut xml = String::new();
    archive.by_name("word/document.xml").expect("with its document").read_to_string(&mut xml).unwrap();
    xml
}

fn word_copy(document: Document, language: Language) -> Vec<u8> {
    let project = small();
    let request = request(&project, document, language);
    let prepared = print::prepare(&project, &request).unwrap();
    print::word(&prepared).unwrap()
}

/// What must be in each copy: the document's own name and words from its
/// body that the PDF prints too.
fn expected(document: Document, language: Language) -> Vec<String> {
    let project = small();
    let event = &project.events[0];
    let first_teacher = project.person(event.registrations[0].person).unwrap().full_name.clone();
    match document {
        Document::Programme => {
            vec![words(language, "print-programme").to_uppercase(), "Салтанатты ашылу".into()]
        }
        Document::SignIn => vec![words(language, "print-sign-in").to_uppercase(), first_teacher],
        _ => vec![words(language, "print-report").to_uppercase(), words(language, "print-prepared-by")],
    }
}

#[test]
fn each_word_copy_holds_real_tables_headings_and_the_words_of_its_pdf() {
    for document in [Document::Programme, Document::SignIn, Document::Report] {
        for language in [Language::Kk, Language::Ru, Language::Ky, Language::En] {
            let xml = document_xml(&word_copy(document, language));
            assert!(xml.contains("<w:tbl>"), "{document:?} {language:?}: a Word table");
            assert!(xml.contains(r#"w:val="Heading1""#), "{document:?}: Word's heading style");
            for words in expected(document, language) {
                let escaped = words
                    .replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('>', "&gt;")
                    .replace('"', "&quot;");
                assert!(xml.contains(&escaped), "{document:?} {language:?}: {words}");
            }
        }
    }
    // The fonts of the PDF are named in the styles the body refers to.
    let docx = word_copy(Document::Programme, Language::Kk);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut styles = String::new();
    archive.by_name("word/styles.xml").unwrap().read_to_string(&mut styles).unwrap();
    assert!(styles.contains("PT Serif") && styles.contains("PT Sans"));
}

#[test]
fn only_the_programme_the_sign_in_sheet_and_the_report_have_a_word_copy() {
    let project = small();
    for document in [Document::Certificates, Document::Letters, Document::ObservationSheet] {
        let mut request = request(&project, document, Language::Kk);
        request.people = print::PeopleSet::All;
        let prepared = print::prepare(&project, &request).unwrap();
        assert!(matches!(print::word(&prepared), Err(PrintError::NoWordCopy { .. })), "{document:?}");
    }
}

fn soffice() -> Option<&'static str> {
    ["soffice", "libreoffice"]
        .into_iter()
        .find(|program| Command::new(program).arg("--version").output().is_ok_and(|o| o.status.success()))
}

#[test]
fn libreoffice_opens_each_word_copy_with_its_words() {
    let Some(program) = soffice() else {
        eprintln!(
            "SKIPPED: LibreOffice (soffice) is not installed; `.ci/run` installs libreoffice-writer-nogui"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    for (document, language) in [
        (Document::Programme, Language::Kk),
        (Document::SignIn, Language::Ru),
        (Document::Report, Language::Kk),
        (Document::Report, Language::Ky),
    ] {
        let name = format!("{}-{}", document.code(), language.code());
        let docx = dir.path().join(format!("{name}.docx"));
        std::fs::write(&docx, word_copy(document, language)).unwrap();
        let out = Command::new(program)
            .arg(format!("-env:UserInstallation=file://{}", dir.path().join("profile").display()))
            .args(["--headless", "--convert-to", "pdf", "--outdir"])
            .arg(dir.path())
            .arg(&docx)
            .output()
            .unwrap();
        let pdf = dir.path().join(format!("{name}.pdf"));
        assert!(pdf.is_file(), "LibreOffice converts {name}: {}", String::from_utf8_lossy(&out.stderr));
        let text = pdf_extract::extract_text_from_mem(&std::fs::read(&pdf).unwrap()).unwrap();
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for words in expected(document, language) {
            assert!(flat.contains(&words), "{name}: {words} in {flat}");
        }
    }
}

#[test]
fn the_sign_in_sheet_s_word_copy_has_the_school_column_when_asked() {
    let project = small();
    let mut request = request(&project, Document::SignIn, Language::Kk);
    let headers = |xml: &str| xml.matches(&words(Language::Kk, "print-school")).count();
    let by_school = document_xml(&print::word(&print::prepare(&project, &request).unwrap()).unwrap());
    request.school_column = true;
    let by_name = document_xml(&print::word(&print::prepare(&project, &request).unwrap()).unwrap());
    assert_eq!(headers(&by_school), 0, "a heading per school, no column");
    assert_eq!(headers(&by_name), 1, "the column's header");
    // Each row has five cells under the five headers.
    let school = project.school(project.people.iter().find_map(|p| p.school).unwrap()).unwrap();
    assert!(by_name.contains(school.name.split_whitespace().next().unwrap()));
    assert!(by_name.matches("<w:tc>").count() > by_school.matches("<w:tc>").count());
}
