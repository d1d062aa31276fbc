//! Conflict detection on the generated district project (targets: the
//! busiest event ≤ 10 ms, all 200 events with persons checked across events
//! ≤ 100 ms). The panel reruns it on every edit, so it has to stay well
//! under a frame.

use adisker::domain::{Event, event_conflicts, project_conflicts};
use adisker::sample;
use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

/// The event whose programme names the most people, counting each role in
/// each session: the one the sweep has the most to compare in.
fn busiest(events: &[Event]) -> &Event {
    let load = |e: &Event| -> usize {
        e.sessions
            .iter()
            .map(|s| {
                let teachers = s.lesson.as_ref().map_or(0, |l| l.teachers.len());
                teachers + s.responsible.len() + s.observers.len() + s.attendees.len()
            })
            .sum()
    };
    events.iter().max_by_key(|e| load(e)).expect("the large sample has events")
}

fn conflicts(c: &mut Criterion) {
    let project = sample::large(1, Utc::now());
    let event = busiest(&project.events);
    let sessions: usize = project.events.iter().map(|e| e.sessions.len()).sum();
    eprintln!(
        "busiest event: {} sessions, {} conflicts; project: {} events, {sessions} sessions, {} conflicts",
        event.sessions.len(),
        event_conflicts(event).len(),
        project.events.len(),
        project_conflicts(&project).len(),
    );

    let mut group = c.benchmark_group("conflicts");
    group.bench_function("busiest event", |b| b.iter(|| black_box(event_conflicts(black_box(event)))));
    group.bench_function("whole large project", |b| {
        b.iter(|| black_box(project_conflicts(black_box(&project))))
    });
    group.finish();
}

criterion_group!(benches, conflicts);
criterion_main!(benches);
