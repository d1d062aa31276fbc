//! Printing on the generated district project (targets: a programme
//! ≤ 100 ms, 500 certificates ≤ 5 s, the first preview page ≤ 300 ms), and
//! the day's heaviest job: 300 certificates of a one-event project, with
//! its emblem (≤ 100 ms for the whole `adisker print certificates`
//! process). An organiser prints at the desk with people waiting.
//!
//! Typst remembers layouts between compiles; every iteration starts with
//! that memory cleared, so the figures are those of a document printed
//! for the first time.

use adisker::domain::{Event, PersonId};
use adisker::i18n::Language;
use adisker::print::{self, Document, PeopleSet, Request, Templates};
use adisker::sample;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

// As the program itself allocates (src/main.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The event with the longest programme.
fn longest(events: &[Event]) -> &Event {
    events.iter().max_by_key(|e| e.sessions.len()).expect("the large sample has events")
}

fn printing(c: &mut Criterion) {
    let project = sample::large(1, sample::REFERENCE_TIME.parse().expect("a valid timestamp"));
    let event = longest(&project.events);
    let templates = Templates::bundled();
    let programme = Request::new(Document::Programme, event.id, Language::Kk, event.starts_on);
    println!("programme of {} sessions", event.sessions.len());

    c.bench_function("programme_pdf", |b| {
        b.iter(|| {
            typst::comemo::evict(0);
            black_box(print::print_pdf(&project, &programme, &templates).expect("prints"))
        })
    });

    c.bench_function("programme_first_preview_page", |b| {
        b.iter(|| {
            typst::comemo::evict(0);
            let prepared = print::prepare(&project, &programme).expect("prepares");
            let typeset = print::typeset(&prepared, &templates.load(Document::Programme)).expect("compiles");
            black_box(typeset.page_rgba(0, 1.0).expect("a first page"))
        })
    });

    // 500 people of the district, each with a certificate of their own.
    let people: Vec<PersonId> = project.people.iter().take(500).map(|p| p.id).collect();
    assert_eq!(people.len(), 500, "the large sample has 500 people");
    let mut certificates = Request::new(Document::Certificates, event.id, Language::Kk, event.starts_on);
    certificates.people = PeopleSet::Chosen(people);
    certificates.series = "57-2026/001".into();
    let mut group = c.benchmark_group("batch");
    group.sample_size(10).measurement_time(Duration::from_secs(30));
    group.bench_function("certificates_500_pdf", |b| {
        b.iter(|| {
            typst::comemo::evict(0);
            black_box(print::print_pdf(&project, &certificates, &templates).expect("prints"))
        })
    });

    // The Almaty practice site filled as a republican seminar is: 300 in
    // the hall, the emblem on every certificate.
    let crowded = sample::crowded(300, sample::REFERENCE_TIME.parse().expect("a valid timestamp"));
    let files = tempfile::tempdir().expect("a temporary folder");
    for (name, bytes) in sample::files_of(&crowded) {
        std::fs::write(files.path().join(name), bytes).expect("the emblem is written");
    }
    let day = &crowded.events[0];
    let mut batch = Request::new(Document::Certificates, day.id, Language::Kk, day.ends_on);
    batch.people = PeopleSet::Present;
    batch.files = Some(files.path().to_path_buf());
    let pages = print::print_pdf(&crowded, &batch, &templates).expect("prints").pages;
    assert_eq!(pages, 300, "a certificate for each of the 300 present");
    group.bench_function("certificates_300_pdf", |b| {
        b.iter(|| {
            typst::comemo::evict(0);
            black_box(print::print_pdf(&crowded, &batch, &templates).expect("prints"))
        })
    });
    group.finish();
}

criterion_group!(benches, printing);
criterion_main!(benches);
