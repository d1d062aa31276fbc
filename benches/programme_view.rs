//! Building the programme view of the busiest event of the generated
//! district project (target ≤ 8 ms): `view` runs on every frame the grid
//! is touched, so it must leave the frame time to drawing.

use adisker::domain::{Event, programme};
use adisker::sample;
use adisker::ui::screen::{lessons, programme as screen};
use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

/// The event with the most sessions on one day: the fullest grid.
fn busiest(events: &[Event]) -> (&Event, chrono::NaiveDate) {
    events
        .iter()
        .flat_map(|e| programme::days(e).into_iter().map(move |d| (e, d)))
        .max_by_key(|(e, d)| e.sessions.iter().filter(|s| s.day == *d).count())
        .expect("the large sample has events")
}

fn programme_view(c: &mut Criterion) {
    adisker::i18n::set_language(adisker::i18n::Language::Kk);
    let project = sample::large(1, Utc::now());
    let (event, day) = busiest(&project.events);
    eprintln!(
        "busiest day: {} sessions of {} in the event, {} rooms",
        event.sessions.iter().filter(|s| s.day == day).count(),
        event.sessions.len(),
        event.rooms.len()
    );
    let mut state = screen::State::default();
    let _ = state.update(&project, event.id, screen::Message::Day(day));
    state.reload(&project, event.id);
    let first = event.sessions.iter().find(|s| s.day == day).map(|s| s.id).expect("a session that day");
    let _ = state.update(&project, event.id, screen::Message::Select(first));

    let mut group = c.benchmark_group("view");
    group.bench_function("programme of the busiest event", |b| {
        b.iter(|| black_box(state.view(black_box(&project), event, false)))
    });
    let lessons = lessons::State::default();
    group.bench_function("lessons of the busiest event", |b| {
        b.iter(|| black_box(lessons.view(black_box(&project), event, false)))
    });
    group.finish();
}

criterion_group!(benches, programme_view);
criterion_main!(benches);
