//! A batch of certificates lays out what its pages share (the organiser,
//! the heading, the wording, the signatures, the stamp's place) once, and
//! on each page only what is the person's own: that is how 300
//! certificates print in a tenth of a second (benches/print.rs). A
//! paragraph, a grid or a `context` put among the shared parts of a
//! template would be laid out again on every page. This counts what Typst
//! lays out for batches of two sizes and fails when a page costs more.
//!
//! A program of its own: Typst's counter is one for the whole process, and
//! another test printing at the same time would be counted too.

use adisker::domain::{EventId, PersonId, Project};
use adisker::i18n::Language;
use adisker::print::{self, Document, PeopleSet, Request, Subject, Templates};
use adisker::sample;
use std::collections::HashMap;
use std::sync::Mutex;

/// One count at a time: the two tests run side by side.
static COUNTING: Mutex<()> = Mutex::new(());

/// What Typst laid out while `request` was typeset: lines of text set
/// («prepare», one per piece of text laid out) and grids.
fn laid_out(project: &Project, request: &Request) -> (usize, HashMap<String, usize>) {
    let prepared = print::prepare(project, request).expect("prepares");
    let template = Templates::bundled().load(request.document);
    let _alone = COUNTING.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    typst::comemo::evict(0);
    typst_timing::clear();
    typst_timing::enable();
    let typeset = print::typeset(&prepared, &template).expect("typesets");
    typst_timing::disable();
    let mut json = Vec::new();
    typst_timing::export_json(&mut json, |_| (String::new(), 0)).expect("the timings are written");
    let events: Vec<serde_json::Value> = serde_json::from_slice(&json).expect("the timings read back");
    let mut counts = HashMap::new();
    for event in events.iter().filter(|e| e["ph"] == "B") {
        *counts.entry(event["name"].as_str().unwrap_or_default().to_owned()).or_insert(0) += 1;
    }
    (typeset.page_count(), counts)
}

/// How much more Typst lays out for each page the larger batch has.
fn per_page(
    small: (usize, HashMap<String, usize>),
    large: (usize, HashMap<String, usize>),
) -> HashMap<String, f64> {
    assert!(large.0 > small.0, "the second batch has more pages ({} and {})", small.0, large.0);
    let pages = (large.0 - small.0) as f64;
    let names: Vec<&String> = large.1.keys().chain(small.1.keys()).collect();
    names
        .into_iter()
        .map(|name| {
            let more = *large.1.get(name).unwrap_or(&0) as f64 - *small.1.get(name).unwrap_or(&0) as f64;
            (name.clone(), more / pages)
        })
        .collect()
}

/// A page sets its person's name (measured, then set), her position and
/// school, and its number; everything else comes from the first page.
fn assert_shared_once(document: &str, cost: &HashMap<String, f64>) {
    let lines = cost.get("prepare").copied().unwrap_or(0.0);
    let grids = cost.get("layout_grid").copied().unwrap_or(0.0);
    assert!(
        lines <= 5.0,
        "{document}: {lines:.1} pieces of text set on each page; the shared ones are set again"
    );
    assert!(grids <= 1.0, "{document}: {grids:.1} grids laid out on each page");
}

fn now() -> chrono::DateTime<chrono::Utc> {
    sample::REFERENCE_TIME.parse().expect("a valid timestamp")
}

#[test]
fn a_batch_of_certificates_and_letters_lays_out_its_shared_parts_once() {
    let project = sample::crowded(60, now());
    let event = &project.events[0];
    let present: Vec<PersonId> =
        event.registrations.iter().filter(|r| r.attended == Some(true)).map(|r| r.person).collect();
    for document in [Document::Certificates, Document::Letters] {
        let batch = |count: usize| {
            let mut request = Request::new(document, event.id, Language::Kk, event.ends_on);
            request.people = PeopleSet::Chosen(present[..count].to_vec());
            laid_out(&project, &request)
        };
        let cost = per_page(batch(10), batch(40));
        assert_shared_once(document.code(), &cost);
    }
}

#[test]
fn course_and_mentor_certificates_lay_out_their_shared_parts_once() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 5, 20).expect("a real day");
    let network = sample::network(today);
    let course = network.courses[0].id;
    let programme = network.programmes[0].id;
    let course_batch = |passed: usize| {
        let mut project = network.clone();
        for (i, participant) in project.courses[0].participants.iter_mut().enumerate() {
            participant.passed = i < passed;
        }
        let mut request = Request::new(Document::CourseCertificates, EventId::new(), Language::Kk, today);
        request.subject = Some(Subject::Course(course));
        laid_out(&project, &request)
    };
    assert_shared_once("course-certificates", &per_page(course_batch(8), course_batch(30)));
    let mentor_batch = |mentors: usize| {
        let mut project = network.clone();
        project.programmes[0].mentors.truncate(mentors);
        let mut request = Request::new(Document::MentorCertificates, EventId::new(), Language::Kk, today);
        request.subject = Some(Subject::Programme(programme));
        laid_out(&project, &request)
    };
    assert_shared_once("mentor-certificates", &per_page(mentor_batch(5), mentor_batch(20)));
}
