//! What the print tests share: the sample, a request of it, and a
//! document typeset and read back as text.

#![allow(dead_code)]

use adisker::domain::*;
use adisker::i18n::Language;
use adisker::print::{self, Document, Request, Templates};
use adisker::sample;
use chrono::{DateTime, NaiveDate, Utc};

pub fn now() -> DateTime<Utc> {
    sample::REFERENCE_TIME.parse().unwrap()
}

pub fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2019, 2, 1).unwrap()
}

pub fn small() -> Project {
    sample::small(now())
}

pub fn request(project: &Project, document: Document, language: Language) -> Request {
    Request::new(document, project.events[0].id, language, day())
}

/// Typesets and checks what every document must be: no Typst warning, no
/// character without a glyph, at least one page.
pub fn typeset(project: &Project, request: &Request) -> (print::Typeset, print::Prepared) {
    let prepared = print::prepare(project, request).unwrap_or_else(|e| panic!("{request:?}: {e:?}"));
    let typeset = print::typeset(&prepared, &Templates::bundled().load(request.document))
        .unwrap_or_else(|e| panic!("{:?} {:?}: {e}", request.document, request.languages));
    assert!(typeset.warnings.is_empty(), "{:?}: {:?}", request.document, typeset.warnings);
    assert!(
        typeset.missing_glyphs.is_empty(),
        "{:?}: no glyph for {:?}",
        request.document,
        typeset.missing_glyphs
    );
    assert!(typeset.page_count() > 0);
    (typeset, prepared)
}

pub fn pdf_text(request: &Request, project: &Project) -> String {
    let (typeset, _) = typeset(project, request);
    let pdf = typeset.pdf().unwrap();
    pdf_extract::extract_text_from_mem(&pdf).unwrap()
}

/// Each of `words` is found after the one before it.
pub fn assert_in_order(text: &str, words: &[&str]) {
    let mut from = 0;
    for word in words {
        match text[from..].find(word) {
            Some(at) => from += at + word.len(),
            None => panic!("{word:?} not found after byte {from} in:\n{text}"),
        }
    }
}

/// The text of a document in every language, each with its loader.
pub fn in_every_language(
    project: &Project,
    document: Document,
    adjust: impl Fn(&mut Request),
) -> Vec<(Language, String)> {
    Language::ALL
        .iter()
        .map(|language| {
            let mut request = request(project, document, *language);
            adjust(&mut request);
            (*language, pdf_text(&request, project))
        })
        .collect()
}

pub fn words(loader: Language, key: &str) -> String {
    adisker::i18n::document_loader(loader).get(key)
}
