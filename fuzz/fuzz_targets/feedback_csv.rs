//! Any bytes as a feedback CSV file (an online form's export, a sheet
//! saved from Excel): read, its columns put to every use, previewed and
//! turned into entries. It must answer, never crash, and every entry it
//! makes must be one the project can hold.

#![no_main]

use adisker::domain::Project;
use adisker::exchange::feedback_csv::{self, ColumnUse, Mapping};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static PROJECT: LazyLock<Project> =
    LazyLock::new(|| adisker::sample::small(adisker::sample::REFERENCE_TIME.parse().unwrap()));

fuzz_target!(|data: &[u8]| {
    let project = &*PROJECT;
    let event = &project.events[0];
    let Ok(table) = feedback_csv::read(data) else { return };
    let uses = [
        ColumnUse::Respondent,
        ColumnUse::Session,
        ColumnUse::Question("q1".into()),
        ColumnUse::Coins,
        ColumnUse::Light,
        ColumnUse::Star,
        ColumnUse::Wish,
        ColumnUse::Comment,
        ColumnUse::Ignore,
    ];
    // The first byte chooses how the columns are used, so the fuzzer
    // reaches every mapping.
    let shift = data.first().copied().unwrap_or(0) as usize;
    let mut mapping = Mapping::guess(&table, event);
    for (i, column) in mapping.columns.iter_mut().enumerate() {
        *column = uses[(i + shift) % uses.len()].clone();
    }
    let now = adisker::sample::REFERENCE_TIME.parse().unwrap();
    let preview = feedback_csv::preview(&table, &mapping, project, event, now);
    if let Ok(entries) = preview.entries(true) {
        let mut changed = project.clone();
        let mut all = event.feedback.clone();
        all.extend(entries);
        let edit = adisker::domain::Edit::Feedback {
            event: event.id,
            change: Box::new(adisker::domain::feedback::FeedbackEdit::Entries(all)),
        };
        let _ = changed.apply(edit);
        assert!(adisker::domain::validate(&changed).iter().all(|p| p.is_warning()), "an import broke the project");
    }
});
