//! Feedback on the generated district-scale project (200 events, 50,000
//! entries). Targets: the whole project's results ≤ 50 ms; the Feedback
//! section's `view` ≤ 8 ms, so typing a form in the grid never waits.

use adisker::domain::feedback::{self, FeedbackEdit};
use adisker::domain::{Edit, Feedback, FeedbackMethod, FeedbackTarget, ItemEdit, Project};
use adisker::sample;
use adisker::ui::screen::feedback::{Field, Message, State};
use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn large() -> Project {
    sample::large(1, sample::REFERENCE_TIME.parse().unwrap())
}

fn results(c: &mut Criterion) {
    let project = large();
    let entries: usize = project.events.iter().map(|e| e.feedback.len()).sum();
    eprintln!("{} events, {entries} feedback entries", project.events.len());
    c.bench_function("feedback results of the whole project", |b| {
        b.iter(|| {
            for event in &project.events {
                black_box(feedback::results(black_box(event)));
            }
        })
    });
}

/// The screen on the event with the most to show: rating questions.
fn screen_on_rated_event(project: &Project) -> State {
    let event = project.events.iter().find(|e| !e.feedback_questions.is_empty()).expect("a rated event");
    let mut state = State::default();
    state.set_event(event.id);
    state
}

fn grid(c: &mut Criterion) {
    let mut project = large();
    let mut state = screen_on_rated_event(&project);
    c.bench_function("feedback view (large project)", |b| b.iter(|| black_box(state.view(&project, false))));
    c.bench_function("feedback keystroke: update and view", |b| {
        b.iter(|| {
            let _ = state.update(&project, Message::Input(Field::Comment, "Рақмет".into()));
            black_box(state.view(&project, false));
        })
    });
    let event = project.events.iter().find(|e| !e.feedback_questions.is_empty()).unwrap().id;
    c.bench_function("feedback form added and undone (large project)", |b| {
        b.iter(|| {
            let mut entry = Feedback::blank(FeedbackTarget::Event, FeedbackMethod::Rating, Utc::now());
            entry.comment = "Рақмет".into();
            let add = Edit::Feedback { event, change: Box::new(FeedbackEdit::Entry(ItemEdit::Put(entry))) };
            let undo = project.apply(add).unwrap();
            project.apply(undo).unwrap();
        })
    });
}

criterion_group!(benches, results, grid);
criterion_main!(benches);
