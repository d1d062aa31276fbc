//! `adisker sample --example network` and the summary of a network's year,
//! checked against figures counted from the written file itself.

use adisker::domain::mentoring::progress_by_direction;
use adisker::domain::year_plan::row_state;
use adisker::domain::{self, PairStatus, Project};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn adisker(data: &Path, args: &[&str]) -> Output {
    std::fs::write(data.join("settings.json"), r#"{"language":"en"}"#).unwrap();
    Command::new(env!("CARGO_BIN_EXE_adisker")).arg("--data-dir").arg(data).args(args).output().unwrap()
}

fn text(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr)
}

fn network_sample(dir: &Path) -> (PathBuf, Project) {
    let file = dir.join("network.json");
    let out = adisker(dir, &["sample", "--example", "network", "--out", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    let project: Project = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    (file, project)
}

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// The line of the output that names `title`.
fn line_of<'a>(output: &'a str, title: &str) -> &'a str {
    output.lines().find(|l| l.contains(title)).unwrap_or_else(|| panic!("no line for {title} in\n{output}"))
}

#[test]
fn the_network_example_is_written_and_valid() {
    let dir = tempfile::tempdir().unwrap();
    let (file, project) = network_sample(dir.path());
    assert_eq!(domain::validate(&project), vec![]);
    let out = adisker(dir.path(), &["check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));

    let network = &project.networks[0];
    assert_eq!(network.schools().count(), 8, "the leading school and seven magnet schools");
    assert!(project.schools.iter().any(|s| s.name == "Қ.Шыңғысов атындағы №5 ЖББОМ"));
    let plan = &project.year_plans[0];
    assert!((18..=22).contains(&plan.rows.len()));
    let held = plan.rows.iter().filter(|r| r.event.is_some()).count();
    assert!(held >= 5, "{held} rows are events");
    let programme = &project.programmes[0];
    assert_eq!(programme.directions.len(), 4);
    assert!((18..=22).contains(&programme.pairs.len()));
    assert!(programme.pairs.iter().any(|p| p.status == PairStatus::EndedEarly && !p.end_reason.is_empty()));
    let course = &project.courses[0];
    assert_eq!(course.hours, 72);
    assert!(course.passed().count() > course.participants.len() / 2);
}

#[test]
fn the_size_small_stays_the_almaty_example() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("small.json");
    let out = adisker(dir.path(), &["sample", "--size", "small", "--out", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    let project: Project = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert!(project.title.contains("Жетісу"));
    assert!(project.programmes.is_empty() && project.year_plans.is_empty());

    let both = adisker(
        dir.path(),
        &["sample", "--size", "small", "--example", "network", "--out", file.to_str().unwrap()],
    );
    assert!(!both.status.success(), "a size and an example at once are refused");
}

#[test]
fn the_summary_tells_programmes_plans_and_courses() {
    let dir = tempfile::tempdir().unwrap();
    let (file, project) = network_sample(dir.path());
    let out = adisker(dir.path(), &["summary", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    let output = text(&out);

    let programme = &project.programmes[0];
    let (by_direction, total) = progress_by_direction(programme, today());
    assert!(total.stale > 0, "the example has quiet pairs");
    let line = line_of(&output, &programme.title);
    assert!(line.contains(&format!("pairs {}", programme.pairs.len())), "{line}");
    assert!(line.contains(&format!("mentors {}", programme.mentors.len())), "{line}");
    assert!(output.contains(&format!("{} of {} ({}%)", total.tasks_done, total.tasks, total.percent_done())));
    assert!(output.contains(&format!("log entries: {}", total.activities)), "{output}");
    assert!(output.contains(&format!("pairs with no contact for a month: {}", total.stale)), "{output}");
    for (id, progress) in &by_direction {
        let line = line_of(&output, &programme.direction(*id).unwrap().name);
        assert!(
            line.contains(&format!("tasks done {} of {}", progress.tasks_done, progress.tasks)),
            "{line}"
        );
    }

    let plan = &project.year_plans[0];
    let states: Vec<_> = plan.rows.iter().map(|r| row_state(plan, r, &project, today())).collect();
    let line = line_of(&output, &plan.title);
    assert!(line.contains(&format!("rows {}", plan.rows.len())), "{line}");
    assert!(line.contains(&format!("held {}", states.iter().filter(|s| s.done).count())), "{line}");
    assert!(line.contains(&format!("late {}", states.iter().filter(|s| s.late).count())), "{line}");
    let line = line_of(&output, &format!("Network “{}”", project.networks[0].title));
    assert!(line.ends_with("schools 8"), "{line}");

    let course = &project.courses[0];
    let line = line_of(&output, &course.title);
    assert!(line.contains("72 hours"), "{line}");
    assert!(line.contains(&format!("participants {}", course.participants.len())), "{line}");
    assert!(line.contains(&format!("passed {}", course.passed().count())), "{line}");
}

#[test]
fn the_summary_as_json_counts_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let (file, project) = network_sample(dir.path());
    let out = adisker(dir.path(), &["summary", file.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", text(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();

    let programme = &project.programmes[0];
    let (by_direction, total) = progress_by_direction(programme, today());
    let found = &json["programmes"][0];
    assert_eq!(found["pairs"], total.pairs);
    assert_eq!(found["mentors"], programme.mentors.len());
    assert_eq!(found["tasks_done"], total.tasks_done);
    assert_eq!(found["activities"], total.activities);
    assert_eq!(found["stale"], total.stale);
    assert!((found["hours"].as_f64().unwrap() - total.hours).abs() < 1e-9);
    assert_eq!(found["directions"].as_array().unwrap().len(), by_direction.len());

    let plan = &project.year_plans[0];
    let late = plan.rows.iter().filter(|r| row_state(plan, r, &project, today()).late).count();
    assert_eq!(json["year_plans"][0]["rows"], plan.rows.len());
    assert_eq!(json["year_plans"][0]["late"], late);
    assert_eq!(json["networks"][0]["schools"], 8);
    let course = &project.courses[0];
    assert_eq!(json["courses"][0]["passed"], course.passed().count());
    assert_eq!(json["courses"][0]["hours"], 72);
    assert_eq!(json["events"].as_array().unwrap().len(), project.events.len());
}
