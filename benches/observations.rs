//! Lesson observations on the generated district project. Targets: a
//! teacher's history across 2,000 projects' worth of observations ≤ 100 ms,
//! and ≤ 200 ms from the click with the library's 2,000 files on disk;
//! observe mode's `view` ≤ 8 ms on the large project, and a keystroke in
//! the note field (edit, undo step, view) well under a frame, since typing
//! never waits on a save.

use adisker::domain::observation::{lesson_summary, teacher_history};
use adisker::domain::{Event, PersonId, Project};
use adisker::sample;
use adisker::ui::screen::project::{self, Opened};
use adisker::ui::screen::{observations, observe};
use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use std::collections::HashMap;
use std::hint::black_box;
use std::sync::Arc;

/// The teacher whose lessons were observed most often.
fn most_observed_teacher(project: &Project) -> PersonId {
    let mut counts: HashMap<PersonId, usize> = HashMap::new();
    for event in &project.events {
        for observation in &event.observations {
            let session = event.sessions.iter().find(|s| s.id == observation.session);
            for teacher in session.and_then(|s| s.lesson.as_ref()).into_iter().flat_map(|l| &l.teachers) {
                *counts.entry(*teacher).or_default() += 1;
            }
        }
    }
    counts.into_iter().max_by_key(|(_, n)| *n).map(|(id, _)| id).expect("the large sample has observations")
}

/// 2,000 projects of one event each, the district's 200 events over and
/// over, each with only the people it names: what a library of school
/// projects over many years holds.
fn library_of(large: &Project, count: usize) -> Vec<Project> {
    (0..count)
        .map(|i| {
            let event = large.events[i % large.events.len()].clone();
            let named: std::collections::HashSet<PersonId> = event
                .sessions
                .iter()
                .flat_map(|s| s.lesson.iter().flat_map(|l| l.teachers.iter()).chain(&s.observers))
                .copied()
                .collect();
            let mut project = Project::new(format!("{} ({i})", event.title), "", large.created);
            project.people = large.people.iter().filter(|p| named.contains(&p.id)).cloned().collect();
            project.observation_templates = large.observation_templates.clone();
            project.events = vec![event];
            project
        })
        .collect()
}

fn most_observed_lesson(project: &Project) -> (&Event, adisker::domain::SessionId) {
    project
        .events
        .iter()
        .flat_map(|e| e.sessions.iter().map(move |s| (e, s.id)))
        .max_by_key(|(e, s)| e.observations.iter().filter(|o| o.session == *s).count())
        .expect("the large sample has lessons")
}

fn observations_bench(c: &mut Criterion) {
    let large = sample::large(1, Utc::now());
    let teacher = most_observed_teacher(&large);
    let name = large.person(teacher).unwrap().full_name.clone();
    let library = library_of(&large, 2_000);
    let observations: usize = library.iter().map(|p| p.events[0].observations.len()).sum();
    let found = teacher_history(&library, &name).entries.len();
    eprintln!("library: {} projects, {observations} observations; {found} of «{name}»", library.len());

    let mut group = c.benchmark_group("observations");
    group.bench_function("teacher history, 2000 projects", |b| {
        b.iter(|| black_box(teacher_history(black_box(&library), &name)))
    });
    // The whole path of a click on «Teacher's history» in a library of
    // 2,000 project files: the index read, every file's time looked at,
    // the history drawn up. The index is written once before, as the
    // first history of the library does.
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = adisker::store::Library::new(adisker::store::DataDir::at(folder.path()));
    for project in &library {
        store.add(project).expect("the library folder takes the projects");
    }
    let open = store.project_file(&library[0].id.to_string());
    let primed = adisker::store::library::other_observed_lessons(&open, &name).len();
    eprintln!("history index: {primed} observed lessons of «{name}» in the other projects");
    group.bench_function("teacher history from the library index, 2000 project files", |b| {
        b.iter(|| {
            let mut lessons = adisker::domain::observation::observed_lessons(&library[0]);
            lessons.extend(adisker::store::library::other_observed_lessons(black_box(&open), &name));
            black_box(adisker::domain::observation::teacher_history_in(&lessons, &name))
        })
    });
    let (event, session) = most_observed_lesson(&large);
    group.bench_function("lesson summary, most observed lesson", |b| {
        b.iter(|| black_box(lesson_summary(&large, event, session)))
    });
    group.bench_function("all lesson summaries of the project", |b| {
        b.iter(|| {
            for event in &large.events {
                for session in &event.sessions {
                    black_box(lesson_summary(&large, event, session.id));
                }
            }
        })
    });

    // Observe mode open on the most observed lesson of the large project,
    // as the project screen holds it.
    let (event_id, session) = (event.id, session);
    let opened = Opened {
        id: large.id.to_string(),
        path: std::env::temp_dir().join("adisker-bench-observations").join("project.json"),
        project: Arc::new(large.clone()),
        problems: Vec::new(),
        read_only: None,
        lock: None,
        stamp: None,
        drafts: None,
        templates: None,
    };
    let mut screen = project::State::new(opened);
    let send = |screen: &mut project::State, message: observations::Message| {
        let _ = screen.update(project::Message::Observations(message));
    };
    screen.update(project::Message::Navigate(project::Section::Observations));
    send(&mut screen, observations::Message::Select(event_id, session));
    send(&mut screen, observations::Message::Observe);
    group.bench_function("observe view, large project", |b| {
        b.iter(|| {
            let view = screen.view();
            black_box(iced_test::Simulator::with_settings(adisker::ui::test_settings(), view));
        })
    });
    let mut note = String::new();
    group.bench_function("keystroke in the note field, large project", |b| {
        b.iter(|| {
            note.push('а');
            if note.len() > 200 {
                note.clear();
                note.push('а');
            }
            send(&mut screen, observations::Message::Observing(observe::Message::Note(note.clone())));
            let view = screen.view();
            black_box(iced_test::Simulator::with_settings(adisker::ui::test_settings(), view));
        })
    });
    group.finish();
}

criterion_group!(benches, observations_bench);
criterion_main!(benches);
