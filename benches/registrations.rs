//! The registrations screen of the generated district project (target:
//! drawing the view of the event with the most registrations ≤ 8 ms). The
//! view is rebuilt on every key typed at the check-in desk, so it has to
//! stay well under a frame however many people registered.

use adisker::domain::registration;
use adisker::sample;
use adisker::ui::screen::registrations::{Message, State};
use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn registrations(c: &mut Criterion) {
    let project = sample::large(1, Utc::now());
    let event =
        project.events.iter().max_by_key(|e| e.registrations.len()).expect("the large sample has events");
    let counts = registration::counts(event);
    eprintln!(
        "event with the most registrations: {} registered ({} in the hall, {} online); project: {} people",
        counts.registered,
        counts.offline,
        counts.online,
        project.people.len()
    );

    let mut group = c.benchmark_group("registrations view");
    let whole = State::default();
    group.bench_function("whole list", |b| b.iter(|| black_box(whole.view(&project, event, false))));

    let mut desk = State::default();
    let _ = desk.update(&project, event.id, Message::ToggleCheckIn);
    // A surname's first letters, as a registrar types them off a list.
    let typed: String =
        project.person(event.registrations[0].person).unwrap().full_name.chars().take(3).collect();
    let _ = desk.update(&project, event.id, Message::Search(typed));
    group.bench_function("check-in, three letters typed", |b| {
        b.iter(|| black_box(desk.view(&project, event, false)))
    });

    let mut adding = State::default();
    let _ = adding.update(
        &project,
        event.id,
        Message::ShowPanel(adisker::ui::screen::registrations::Panel::FromPeople),
    );
    group.bench_function("with the people to register", |b| {
        b.iter(|| black_box(adding.view(&project, event, false)))
    });
    group.finish();
}

criterion_group!(benches, registrations);
criterion_main!(benches);
