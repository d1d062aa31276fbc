//! Lists out to Excel as a methodologist saves them: a list chosen, a
//! workbook saved where she types, its rows read back; a folder that is
//! not there gets a sentence, not a lost window.

use adisker::exchange::export::What;
use adisker::fl;
use adisker::i18n::export_name;
use adisker::ui::screen::export;
use calamine::{Data, Reader, Xlsx};
use iced::keyboard::{Key, key::Named};

use crate::support;
use support::Harness;

fn open_export() -> Harness {
    let mut h = Harness::new();
    // SAFETY: the harness holds the lock that serialises these tests, and
    // nothing else in this process reads the variable concurrently.
    unsafe { std::env::set_var("ADISKER_NO_FILE_DIALOG", "1") };
    h.click(fl!("library-add-sample").as_str());
    h.click(fl!("nav-export").as_str());
    h
}

fn choice(h: &Harness, what: What) -> String {
    let event = &h.project().events[0];
    let count = match what {
        What::People => h.project().people.len(),
        What::Observations => event.observations.len(),
        What::Feedback => event.feedback.len(),
        _ => event.registrations.len(),
    };
    fl!("export-choice", what = export_name(what), count = count)
}

#[test]
fn observations_are_saved_as_a_workbook_with_a_row_per_level() {
    let mut h = open_export();
    let label = choice(&h, What::Observations);
    h.click(label.as_str());
    h.click(fl!("export-save-xlsx", format = "Excel").as_str());
    // Typed without its extension: the workbook gets it.
    let out = h.dir.path().join("бақылау");
    h.type_and_press(export::PATH_FIELD, out.to_str().unwrap(), &[Key::Named(Named::Enter)]);
    let out = out.with_extension("xlsx");
    let bytes = std::fs::read(&out).expect("the workbook is written");
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let levels = book.worksheet_range(&fl!("export-part-observation-levels")).unwrap();
    let project = h.project();
    let expected: usize = project.events[0]
        .observations
        .iter()
        .map(|o| project.template(o.template).map_or(0, |t| t.criteria.len()))
        .sum();
    assert_eq!(levels.height() - 1, expected);
    let observer = project.person(project.events[0].observations[0].observer).unwrap();
    assert!(levels.rows().any(|r| r[4] == Data::String(observer.full_name.clone())));
    assert!(h.shows(&fl!("export-written", count = expected, path = out.display().to_string())));
}

#[test]
fn people_are_saved_as_csv_and_a_missing_folder_is_said_plainly() {
    let mut h = open_export();
    let label = choice(&h, What::People);
    h.click(label.as_str());
    h.click(fl!("export-save-csv", format = "CSV").as_str());
    let missing = h.dir.path().join("жоқ-бума").join("адамдар.csv");
    h.type_and_press(export::PATH_FIELD, missing.to_str().unwrap(), &[Key::Named(Named::Enter)]);
    assert!(!missing.exists());
    let said = adisker::i18n::describe_io(&std::io::Error::from(std::io::ErrorKind::NotFound), &missing);
    assert!(h.shows(&said), "{said}");
    assert!(!h.shows(&fl!(
        "export-written",
        count = h.project().people.len(),
        path = missing.display().to_string()
    )));
    // The path stays to be corrected.
    let out = h.dir.path().join("адамдар.csv");
    h.type_and_press(export::PATH_FIELD, "", &[]);
    h.send(adisker::ui::app::Message::Project(adisker::ui::screen::project::Message::Export(
        export::Message::Target(adisker::ui::widget::save_target::Message::Path(out.display().to_string())),
    )));
    h.click(fl!("export-save").as_str());
    let text = std::fs::read_to_string(&out).expect("the list is written");
    assert_eq!(text.lines().count(), h.project().people.len() + 1);
    assert!(text.starts_with(&format!(
        "\u{feff}{};{}",
        fl!("export-col-number"),
        fl!("export-col-full-name")
    )));
}

#[test]
fn the_project_saved_as_one_file_comes_back_through_import_as_asked() {
    let mut h = open_export();
    h.click(fl!("bundle-save").as_str());
    let out = h.dir.path().join("семинар.adisker");
    h.type_and_press(export::BUNDLE_PATH_FIELD, out.to_str().unwrap(), &[Key::Named(Named::Enter)]);
    assert!(h.shows(&fl!("bundle-written", path = out.display().to_string())));
    let id = h.project().id;
    let title = h.project().title.clone();

    h.click(format!("← {}", fl!("nav-library")).as_str());
    let import = |h: &mut Harness| {
        h.click(fl!("library-import").as_str());
        h.type_and_press("path", out.to_str().unwrap(), &[Key::Named(Named::Enter)]);
    };
    import(&mut h);
    // The library has this project: it asks before anything is written.
    assert!(h.shows(&fl!("library-bundle-known", title = title.as_str())));
    let projects = |h: &Harness| std::fs::read_dir(h.dir.path().join("projects")).unwrap().count();
    assert_eq!(projects(&h), 1);
    h.click(fl!("library-bundle-keep-both").as_str());
    assert_eq!(projects(&h), 2);
    assert!(h.shows(&fl!("library-imported")));

    import(&mut h);
    h.click(fl!("library-bundle-update").as_str());
    assert_eq!(projects(&h), 2, "the update replaces, beside a copy of what was");
    let dir = h.dir.path().join("projects").join(id.to_string());
    let copies = std::fs::read_dir(&dir).unwrap().flatten();
    assert_eq!(copies.filter(|e| e.file_name().to_string_lossy().contains(".conflict-")).count(), 1);
}

/// The open project's file, and a copy of its project changed by `change`.
fn copy_of(h: &Harness, change: impl FnOnce(&mut adisker::domain::Project)) -> adisker::domain::Project {
    let mut copy = h.project().clone();
    change(&mut copy);
    copy
}

fn new_observation(project: &adisker::domain::Project) -> adisker::domain::Observation {
    let mut observation = project.events[0].observations[0].clone();
    observation.id = adisker::domain::ObservationId::new();
    observation.strengths = "Уақтылы кері байланыс".into();
    observation
}

#[test]
fn a_conflict_copy_beside_the_project_is_merged_in_one_step() {
    let mut h = open_export();
    let copy = copy_of(&h, |p| {
        let observation = new_observation(p);
        p.events[0].observations.push(observation);
    });
    let beside = h.project_dir().join("project.conflict-20261203-101010.json");
    adisker::store::project_file::save(&beside, &copy).unwrap();
    let before = h.project().events[0].observations.len();
    // The copies are looked for when Export is shown.
    h.click(fl!("nav-overview").as_str());
    h.click(fl!("nav-export").as_str());
    h.click(fl!("merge-copy", file = "project.conflict-20261203-101010.json").as_str());
    let kind = fl!("merge-kind", kind = "observations");
    assert!(h.shows(&fl!("merge-added", list = format!("{kind} 1"))));
    h.click(fl!("merge-apply").as_str());
    assert_eq!(h.project().events[0].observations.len(), before + 1);
    assert!(h.shows(&fl!("merge-merged", undo = "Ctrl+Z")));
    h.click(fl!("action-undo").as_str());
    assert_eq!(h.project().events[0].observations.len(), before);
}

#[test]
fn a_colleagues_copy_with_a_change_on_both_sides_takes_the_side_chosen() {
    let mut h = open_export();
    let mine = h.project().people[0].position.clone();
    let copy = copy_of(&h, |p| {
        p.people[0].position = "әдіскер".into();
        p.people[1].position = "тәлімгер".into();
    });
    let file = h.dir.path().join("әріптес.json");
    adisker::store::project_file::save(&file, &copy).unwrap();
    h.type_and_press(
        adisker::ui::screen::merge::PATH_FIELD,
        file.to_str().unwrap(),
        &[Key::Named(Named::Enter)],
    );
    assert!(h.shows(&fl!("merge-conflicts", count = 2)));
    let second = h.project().people[1].position.clone();
    assert!(h.shows("әдіскер") && h.shows(&mine) && h.shows("тәлімгер"));
    // The first is taken from the copy; the second stays as here.
    let first = h.project().people[0].id;
    h.send(adisker::ui::app::Message::Project(adisker::ui::screen::project::Message::Export(
        export::Message::Merge(adisker::ui::screen::merge::Message::Choose(
            adisker::domain::merge::Item::Person(first),
            true,
        )),
    )));
    h.click(fl!("merge-apply").as_str());
    assert_eq!(h.project().people[0].position, "әдіскер");
    assert_eq!(h.project().people[1].position, second);
}

#[test]
fn the_programme_is_saved_as_a_calendar_from_its_own_section() {
    let mut h = open_export();
    h.click(fl!("nav-programme").as_str());
    h.click(fl!("programme-calendar").as_str());
    let out = h.dir.path().join("бағдарлама");
    h.type_and_press(
        adisker::ui::screen::programme::CALENDAR_PATH_FIELD,
        out.to_str().unwrap(),
        &[Key::Named(Named::Enter)],
    );
    let out = out.with_extension("ics");
    let ics = std::fs::read_to_string(&out).expect("the calendar is written");
    let event = &h.project().events[0];
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), event.sessions.len());
    let said = fl!(
        "ics-written",
        title = event.title.as_str(),
        path = out.display().to_string(),
        count = event.sessions.len()
    );
    assert!(h.shows(&said));
}
