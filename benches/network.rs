//! Mentoring, year plan and course views and reports on the large network
//! sample (45 schools, 300 plan rows, 500 pairs, 5,000 log entries).
//! Targets: the progress of all pairs ≤ 20 ms, the year report PDF
//! ≤ 200 ms, every view ≤ 8 ms: a view is built on every frame the screen
//! is touched, so it must leave the frame time to drawing.

use adisker::domain::mentoring::{all_progress, progress_by_direction};
use adisker::domain::year_plan::{per_month, per_school};
use adisker::i18n::Language;
use adisker::print::{self, Document, Request, Subject, Templates};
use adisker::sample;
use adisker::ui::screen::{courses, mentoring, year_plan};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn network(c: &mut Criterion) {
    adisker::i18n::set_language(Language::Kk);
    let now = sample::REFERENCE_TIME.parse().expect("a valid timestamp");
    let project = sample::large_network(1, now);
    let today = now.date_naive();
    let programme = &project.programmes[0];
    let plan = &project.year_plans[0];
    eprintln!(
        "{} schools, {} plan rows ({} events), {} pairs, {} log entries, {} course participants",
        project.schools.len(),
        plan.rows.len(),
        project.events.len(),
        programme.pairs.len(),
        programme.pairs.iter().map(|p| p.activities.len()).sum::<usize>(),
        project.courses[0].participants.len(),
    );

    let mut group = c.benchmark_group("progress");
    group.bench_function("all pairs", |b| b.iter(|| black_box(all_progress(black_box(programme), today))));
    group.bench_function("by direction", |b| {
        b.iter(|| black_box(progress_by_direction(black_box(programme), today)))
    });
    group.finish();

    let mut group = c.benchmark_group("year plan");
    group
        .bench_function("per school", |b| b.iter(|| black_box(per_school(black_box(plan), &project, today))));
    group.bench_function("per month", |b| b.iter(|| black_box(per_month(black_box(plan), &project, today))));
    group.finish();

    let templates = Templates::bundled();
    // The event is not read for a network's documents.
    let mut report = Request::new(Document::YearReport, project.events[0].id, Language::Kk, today);
    report.subject = Some(Subject::Plan(plan.id));
    let mut group = c.benchmark_group("print");
    group.sample_size(20);
    group.bench_function("year report pdf", |b| {
        b.iter(|| {
            typst::comemo::evict(0);
            black_box(print::print_pdf(&project, &report, &templates).expect("prints"))
        })
    });
    group.finish();

    let mut group = c.benchmark_group("view");
    let mut state = mentoring::State::default();
    state.reload(&project);
    for tab in [
        mentoring::Tab::Programme,
        mentoring::Tab::Mentors,
        mentoring::Tab::Pairs,
        mentoring::Tab::Progress,
        mentoring::Tab::Events,
    ] {
        let _ = state.update(&project, mentoring::Message::Tab(tab), today);
        group.bench_function(format!("mentoring {tab:?}"), |b| {
            b.iter(|| black_box(state.view(black_box(&project), false)))
        });
    }
    let busiest = programme.pairs.iter().max_by_key(|p| p.activities.len() + p.plan.len()).expect("pairs");
    let _ = state.update(&project, mentoring::Message::Tab(mentoring::Tab::Pairs), today);
    let _ = state.update(
        &project,
        mentoring::Message::Pairs(mentoring::pairs::Message::Select(busiest.id)),
        today,
    );
    group.bench_function("mentoring pair open", |b| {
        b.iter(|| black_box(state.view(black_box(&project), false)))
    });

    let mut plan_state = year_plan::State::default();
    plan_state.reload(&project);
    group.bench_function("year plan", |b| b.iter(|| black_box(plan_state.view(black_box(&project), false))));

    let mut course_state = courses::State::default();
    course_state.reload(&project);
    group.bench_function("courses", |b| b.iter(|| black_box(course_state.view(black_box(&project), false))));
    let _ = course_state.update(&project, courses::Message::Select(project.courses[0].id), today);
    group.bench_function("course open", |b| {
        b.iter(|| black_box(course_state.view(black_box(&project), false)))
    });
    group.finish();
}

criterion_group!(benches, network);
criterion_main!(benches);
