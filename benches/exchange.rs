//! Exchange speed on the generated district-scale project (targets: a
//! people list of 10,000 rows previewed ≤ 300 ms; the registrations of the
//! large sample exported ≤ 300 ms; two large copies merged ≤ 500 ms).

use adisker::domain::merge::{merge_edit, plan, preview as merge_preview};
use adisker::exchange::export::{What, export};
use adisker::exchange::people_import::{PeopleMapping, preview};
use adisker::exchange::spreadsheet::FileKind;
use adisker::exchange::table::read;
use adisker::i18n::{self, ExportText, Language};
use adisker::sample;
use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use std::collections::HashSet;
use std::hint::black_box;
use std::time::Duration;

/// An online form's export of 10,000 rows, a tenth of them people the
/// project already has.
fn form_export(project: &adisker::domain::Project) -> Vec<u8> {
    let mut csv = String::from("Отметка времени;ФИО;Организация;Должность;Эл. почта;Форма участия\n");
    for n in 0..10_000 {
        let name = match project.people.get(n * 10) {
            Some(person) if n % 10 == 0 => person.full_name.clone(),
            _ => format!("Қатысушы {n} Тестқызы"),
        };
        csv.push_str(&format!("03.03.2020 10:00;{name};№ {} мектеп;мұғалім;u{n}@mail.kz;онлайн\n", n % 90));
    }
    csv.into_bytes()
}

fn exchange(c: &mut Criterion) {
    i18n::set_language(Language::Kk);
    let project = sample::large(1, Utc::now());
    let event = project.events.iter().max_by_key(|e| e.registrations.len()).unwrap();
    eprintln!(
        "large sample: {} people, {} registrations in its largest event",
        project.people.len(),
        event.registrations.len()
    );
    let mut group = c.benchmark_group("exchange");
    group.sample_size(10).measurement_time(Duration::from_secs(8));

    let bytes = form_export(&project);
    group.bench_function("people list of 10,000 rows: read, guess, preview", |b| {
        b.iter(|| {
            let table = read(black_box(&bytes)).unwrap();
            let mapping = PeopleMapping::guess(&table);
            black_box(preview(&table, &mapping, &project))
        })
    });

    group.bench_function("registrations of the largest event to .xlsx", |b| {
        b.iter(|| {
            let list = export(&project, Some(event), What::Registrations, &ExportText);
            black_box(list.to_bytes(FileKind::Xlsx).unwrap())
        })
    });

    group.bench_function("the project's 2,000 people to .xlsx", |b| {
        b.iter(|| {
            let list = export(&project, None, What::People, &ExportText);
            black_box(list.to_bytes(FileKind::Xlsx).unwrap())
        })
    });

    // Two copies of the large project, each with a thousand things of its
    // own: feedback forms and people added on two PCs.
    let mut ours = project.clone();
    let mut theirs = project.clone();
    for n in 0..1_000 {
        for (copy, side) in [(&mut ours, "A"), (&mut theirs, "B")] {
            copy.people
                .push(adisker::domain::Person { full_name: format!("{side} {n}"), ..Default::default() });
            let mut form = adisker::domain::Feedback::blank(
                adisker::domain::FeedbackTarget::Event,
                adisker::domain::FeedbackMethod::Coins,
                Utc::now(),
            );
            form.coins = Some(3);
            copy.events[0].feedback.push(form);
        }
    }
    // What `adisker merge` does: one pass gives the edit and its report.
    group.bench_function("two large copies: the merge's edit and report in one pass", |b| {
        b.iter(|| black_box(plan(&ours, &theirs, &HashSet::new())))
    });
    group.bench_function("two large copies: preview and merge edit", |b| {
        b.iter(|| {
            black_box(merge_preview(&ours, &theirs));
            black_box(merge_edit(&ours, &theirs, &HashSet::new()).unwrap())
        })
    });
    group.finish();
}

criterion_group!(benches, exchange);
criterion_main!(benches);
