//! Storage speed on the generated district-scale project and on a library
//! of 2,000 projects (targets: load and save ≤ 250 ms, one-event project
//! ≤ 5 ms, library list ≤ 200 ms).

use adisker::sample;
use adisker::store::{DataDir, Library, project_file};
use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

fn large_project(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("project.json");
    let project = sample::large(1, Utc::now());
    project_file::save(&path, &project).unwrap();
    let bytes = std::fs::metadata(&path).unwrap().len();
    eprintln!("large project file: {:.1} MB", bytes as f64 / 1e6);

    let mut group = c.benchmark_group("large");
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    group.bench_function("load (read, parse, validate)", |b| {
        b.iter(|| black_box(project_file::load(&path).unwrap()))
    });
    group.bench_function("save (serialize, write, fsync, rename)", |b| {
        b.iter(|| project_file::save(&path, black_box(&project)).unwrap())
    });
    // What the window's autosave does: the same, after comparing the file
    // on disk with what it last wrote.
    let mut last = project_file::save(&path, &project).unwrap();
    group.bench_function("checked save (as the autosave: compare, then save)", |b| {
        b.iter(|| {
            let saved = project_file::save_over(&path, black_box(&project), Some(&last), Utc::now()).unwrap();
            assert!(saved.conflict.is_none());
            last = saved.stamp;
        })
    });
    group.finish();
}

fn typical_project(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("project.json");
    let project = sample::small(Utc::now());
    project_file::save(&path, &project).unwrap();
    let mut group = c.benchmark_group("one event");
    group.bench_function("load", |b| b.iter(|| black_box(project_file::load(&path).unwrap())));
    group.bench_function("save", |b| b.iter(|| project_file::save(&path, black_box(&project)).unwrap()));
    let mut last = project_file::save(&path, &project).unwrap();
    group.bench_function("checked save", |b| {
        b.iter(|| {
            last =
                project_file::save_over(&path, black_box(&project), Some(&last), Utc::now()).unwrap().stamp;
        })
    });
    group.finish();
}

fn library_list(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let library = Library::new(DataDir::at(dir.path()));
    let now = Utc::now();
    for i in 0..2000 {
        library.create(&format!("Семинар №{i}"), "Әдістемелік кабинет", now).unwrap();
    }
    // The first listing builds the index, as the first start after an
    // update would; every later start reads it.
    library.list().unwrap();
    let mut group = c.benchmark_group("library");
    group.sample_size(20);
    group.bench_function("list 2000 projects", |b| b.iter(|| black_box(library.list().unwrap())));
    group.finish();
}

criterion_group!(benches, large_project, typical_project, library_list);
criterion_main!(benches);
