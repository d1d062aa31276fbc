//! A mentoring programme made in the window as a district methodologist
//! makes it: the programme and two directions, three mentors approved and
//! paired, a pair's plan ticked and undone, a lesson visit logged with the
//! observation recorded at it, the pairs gone quiet flagged, and the
//! order's annex printed in Kyrgyz.

use adisker::domain::mentoring::{ActivityKind, PairStatus};
use adisker::domain::{DirectionId, ObservationId, PersonId, Project};
use adisker::fl;
use adisker::i18n::Language;
use adisker::print::{self, Document, Subject, Templates};
use adisker::ui::app::Message;
use adisker::ui::screen::labels::Choice;
use adisker::ui::screen::mentoring::{self, End, details, mentors, pairs};
use adisker::ui::screen::project::{self, Section};
use chrono::{Duration, NaiveDate};
use iced::keyboard::{Key, key::Named};

use crate::support;
use support::Harness;

/// A person and her name as typed into the picker.
type Someone = (PersonId, String);

fn send(h: &mut Harness, message: mentoring::Message) {
    h.send(Message::Project(project::Message::Mentoring(message)));
}

fn date(day: NaiveDate) -> String {
    day.format("%d.%m.%Y").to_string()
}

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// A lesson of the sample that was observed: its teacher and the
/// observation, for a visit to point to.
fn observed_lesson(project: &Project) -> (PersonId, ObservationId) {
    project
        .events
        .iter()
        .flat_map(|e| e.observations.iter().map(move |o| (e, o)))
        .find_map(|(event, observation)| {
            let session = event.sessions.iter().find(|s| s.id == observation.session)?;
            Some((*session.lesson.as_ref()?.teachers.first()?, observation.id))
        })
        .expect("the sample has an observed lesson")
}

/// People whose whole name no one else's begins with: typed in full into
/// the picker, Enter takes them and nobody else.
fn distinct_people(project: &Project, skip: &[PersonId], count: usize) -> Vec<Someone> {
    project
        .people
        .iter()
        .filter(|p| !skip.contains(&p.id))
        .filter(|p| !project.people.iter().any(|o| o.id != p.id && o.full_name.starts_with(&p.full_name)))
        .take(count)
        .map(|p| (p.id, p.full_name.clone()))
        .collect()
}

fn enter() -> [Key; 1] {
    [Key::Named(Named::Enter)]
}

/// A programme begun three months ago with two directions, through the
/// window, with its wrong dates refused on the way.
fn programme_with_two_directions() -> Harness {
    let mut h = Harness::with_sample();
    h.send(Message::Project(project::Message::Navigate(Section::Mentoring)));
    assert!(h.shows(&fl!("mentoring-none")));
    h.click(&fl!("mentoring-new"));
    // A day that does not exist, and an end before the start: each is
    // told at its field, and nothing is saved.
    h.type_into("mentoring-order-date", "31.02.2025");
    let starts_on = today() - Duration::days(90);
    send(&mut h, term(End::From, starts_on));
    send(&mut h, term(End::To, starts_on - Duration::days(1)));
    h.click(&fl!("action-save"));
    assert!(h.project().programmes.is_empty());
    assert!(h.shows(&fl!("field-bad-date")));
    assert!(h.shows(&fl!("field-ends-before-start")));
    send(&mut h, order_date("29.08.2025"));
    fill_programme(
        &mut h,
        "Устат-шакирт мектеби",
        starts_on,
        &["Табигый-математикалык багыт", "Гуманитардык багыт"],
    );
    let programme = &h.project().programmes[0];
    assert_eq!(programme.title, "Устат-шакирт мектеби");
    assert_eq!((programme.starts_on, programme.ends_on), (starts_on, starts_on + Duration::days(730)));
    let order = programme.order.as_ref().unwrap();
    assert_eq!((order.number.as_str(), order.date), ("112-б", NaiveDate::from_ymd_opt(2025, 8, 29).unwrap()));
    let names: Vec<String> = programme.directions.iter().map(|d| d.name.clone()).collect();
    assert_eq!(names, ["Табигый-математикалык багыт", "Гуманитардык багыт"]);
    h
}

fn term(end: End, day: NaiveDate) -> mentoring::Message {
    mentoring::Message::Details(details::Message::Term(end, date(day)))
}

fn order_date(typed: &str) -> mentoring::Message {
    mentoring::Message::Details(details::Message::Input(mentoring::ProgrammeField::OrderDate, typed.into()))
}

/// The new programme's form filled in and saved, and its directions
/// added one by one with Enter.
fn fill_programme(h: &mut Harness, title: &str, starts_on: NaiveDate, directions: &[&str]) {
    h.type_into(mentoring::TITLE_FIELD, title);
    h.type_into("mentoring-order-number", "112-б");
    send(h, order_date("29.08.2025"));
    send(h, term(End::From, starts_on));
    send(h, term(End::To, starts_on + Duration::days(730)));
    h.click(&fl!("action-save"));
    for direction in directions {
        h.type_and_press(mentoring::DIRECTION_FIELD, direction, &enter());
    }
}

fn directions(h: &Harness) -> Vec<DirectionId> {
    h.project().programmes[0].directions.iter().map(|d| d.id).collect()
}

#[test]
fn a_programme_is_made_paired_and_logged_and_its_annex_printed_in_kyrgyz() {
    let mut h = programme_with_two_directions();
    let (teacher, observation) = observed_lesson(h.project());
    let people = distinct_people(h.project(), &[teacher], 6);
    let (mentors, mentees) = people.split_at(3);

    // Three mentors: two in the first direction, one in the second,
    // each chosen by her name as people are chosen everywhere.
    h.click(&fl!("mentoring-tab-mentors"));
    let direction_ids = directions(&h);
    for (i, (_, name)) in mentors.iter().enumerate() {
        if i == 2 {
            let second = Choice { value: direction_ids[1], label: String::new() };
            send(&mut h, mentoring::Message::Mentors(mentors::Message::Direction(second)));
        }
        h.type_and_press(mentoring::MENTOR_FIELD, name, &enter());
    }
    let programme = &h.project().programmes[0];
    let approved: Vec<(PersonId, DirectionId)> =
        programme.mentors.iter().map(|m| (m.person, m.direction)).collect();
    assert_eq!(
        approved,
        [
            (mentors[0].0, direction_ids[0]),
            (mentors[1].0, direction_ids[0]),
            (mentors[2].0, direction_ids[1])
        ]
    );
    assert!(h.shows(&mentors[2].1));

    // Each mentor paired: the first with the teacher whose lesson was
    // observed, the second with two mentees.
    let pairings: [(&Someone, Vec<Someone>); 3] = [
        (&mentors[0], vec![(teacher, h.project().person(teacher).unwrap().full_name.clone())]),
        (&mentors[1], vec![mentees[0].clone(), mentees[1].clone()]),
        (&mentors[2], vec![mentees[2].clone()]),
    ];
    for (mentor, its_mentees) in &pairings {
        send(&mut h, mentoring::Message::Mentors(mentors::Message::Pair(mentor.0)));
        for (_, name) in its_mentees {
            h.type_and_press(mentoring::MENTEE_FIELD, name, &enter());
        }
        h.click(&fl!("mentoring-pair-create"));
    }
    let programme = h.project().programmes[0].clone();
    assert_eq!(programme.pairs.len(), 3);
    for ((mentor, its_mentees), pair) in pairings.iter().zip(&programme.pairs) {
        assert_eq!(pair.mentor, mentor.0);
        assert_eq!(pair.mentees, its_mentees.iter().map(|m| m.0).collect::<Vec<_>>());
        let approval = programme.mentor(mentor.0).unwrap();
        assert_eq!(
            (pair.direction, pair.starts_on, pair.ends_on),
            (approval.direction, approval.starts_on, approval.ends_on)
        );
        assert_eq!(pair.status, PairStatus::Active);
    }

    // The first pair, not met since the programme began three months
    // ago, is flagged; a visit logged today takes the flag away.
    let first = programme.pairs[0].id;
    send(&mut h, mentoring::Message::Pairs(pairs::Message::Select(first)));
    let quiet = fl!("mentoring-stale", days = 90, limit = adisker::domain::mentoring::STALE_AFTER_DAYS);
    assert!(h.shows(&quiet), "no contact for 90 days is said");
    // The day is today's unless another is typed.
    let visit = ActivityKind::MenteeLessonVisited;
    send(
        &mut h,
        mentoring::Message::Pairs(pairs::Message::ActivityKind(Choice {
            value: visit,
            label: String::new(),
        })),
    );
    h.type_into(mentoring::ACTIVITY_HOURS, "1,5");
    h.type_into(mentoring::ACTIVITY_NOTES, "Кері байланыс берілді");
    // The observation recorded at the mentee's lesson.
    let observed = Choice { value: Some(observation), label: String::new() };
    send(&mut h, mentoring::Message::Pairs(pairs::Message::Observation(observed)));
    h.click(&fl!("mentoring-log-add"));
    let pair = h.project().programmes[0].pair(first).unwrap().clone();
    assert_eq!(pair.activities.len(), 1);
    let logged = &pair.activities[0];
    assert_eq!((logged.kind, logged.date, logged.observation), (visit, today(), Some(observation)));
    assert!((logged.hours - 1.5).abs() < 1e-9, "«1,5» is an hour and a half");
    assert!(!h.shows(&quiet), "met today");
    assert_eq!(pair.progress(today()).stale, 0);

    // The programme's progress: two pairs of three still quiet.
    h.click(&fl!("mentoring-tab-progress"));
    assert!(h.shows(&fl!("mentoring-stale-count", count = 2)));

    // The order's annex, in Kyrgyz: each mentor under her direction.
    let annex = Document::MentorAnnex;
    let mut request = print::Request::new(annex, h.project().events[0].id, Language::Ky, today());
    request.subject = Some(Subject::Programme(h.project().programmes[0].id));
    let prepared = print::prepare(h.project(), &request).unwrap();
    let typeset = print::typeset(&prepared, &Templates::bundled().load(annex)).unwrap();
    let text = pdf_extract::extract_text_from_mem(&typeset.pdf().unwrap()).unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for (_, name) in mentors {
        assert!(text.contains(name.as_str()), "{name} in {text}");
    }
    for name in ["Табигый-математикалык багыт", "Гуманитардык багыт", "112-б"]
    {
        assert!(text.contains(name), "{name} in {text}");
    }
}

#[test]
fn a_ticked_task_is_undone_in_one_step() {
    let mut h = programme_with_two_directions();
    let people = distinct_people(h.project(), &[], 2);
    h.click(&fl!("mentoring-tab-mentors"));
    h.type_and_press(mentoring::MENTOR_FIELD, &people[0].1, &enter());
    send(&mut h, mentoring::Message::Mentors(mentors::Message::Pair(people[0].0)));
    h.type_and_press(mentoring::MENTEE_FIELD, &people[1].1, &enter());
    h.click(&fl!("mentoring-pair-create"));
    h.click(&fl!("mentoring-plan"));
    // A due date that does not exist is refused at its field.
    h.type_into(mentoring::TASK_FIELD, "ҚМЖ құру");
    h.type_and_press(mentoring::TASK_DUE, "30.02.2026", &enter());
    assert!(h.project().programmes[0].pairs[0].plan.is_empty());
    assert!(h.shows(&fl!("field-bad-date")));
    let due = today() + Duration::days(14);
    send(&mut h, mentoring::Message::Pairs(pairs::Message::TaskDue(date(due))));
    h.click(&fl!("mentoring-add"));
    let task = &h.project().programmes[0].pairs[0].plan[0];
    assert_eq!((task.task.as_str(), task.due, task.done), ("ҚМЖ құру", Some(due), false));

    h.click("ҚМЖ құру");
    assert!(h.project().programmes[0].pairs[0].plan[0].done, "the box ticks the task");
    assert!(h.shows(&fl!(
        "mentoring-progress-line",
        done = 1,
        tasks = 1,
        activities = 0,
        hours = "0",
        last = fl!("mentoring-never")
    )));
    h.click(&fl!("action-undo"));
    let pair = &h.project().programmes[0].pairs[0];
    assert_eq!(pair.plan.len(), 1, "the undo takes back the tick, not the task");
    assert!(!pair.plan[0].done);
    h.click(&fl!("action-undo"));
    assert!(h.project().programmes[0].pairs[0].plan.is_empty());

    // Ended early: not without its reason, and then no longer flagged.
    h.click(&fl!("mentoring-part-pair"));
    let quiet = fl!("mentoring-stale", days = 90, limit = adisker::domain::mentoring::STALE_AFTER_DAYS);
    assert!(h.shows(&quiet));
    let early = Choice { value: PairStatus::EndedEarly, label: String::new() };
    send(&mut h, mentoring::Message::Pairs(pairs::Message::Status(early)));
    h.click(&fl!("action-save"));
    assert!(h.shows(&fl!("field-required")));
    assert_eq!(h.project().programmes[0].pairs[0].status, PairStatus::Active);
    h.type_and_press("mentoring-pair-reason", "Декреттік демалысқа шықты", &enter());
    let pair = &h.project().programmes[0].pairs[0];
    assert_eq!(
        (pair.status, pair.end_reason.as_str()),
        (PairStatus::EndedEarly, "Декреттік демалысқа шықты")
    );
    assert!(!h.shows(&quiet), "a pair that ended is not waited for");

    // The project's event ticked as one of the programme's, and let go.
    h.click(&fl!("mentoring-tab-events"));
    let event = &h.project().events[0];
    let (id, label) = (event.id, format!("{} · {}", date(event.starts_on), event.title));
    h.click(&label);
    assert_eq!(h.project().programmes[0].events, [id]);
    h.click(&label);
    assert!(h.project().programmes[0].events.is_empty());
}

/// The picture of the README: a programme in Kazakh with one pair open,
/// its plan begun and its log. Taken by hand:
/// `ADISKER_SHOTS_DIR=docs cargo test --test integration ui_mentoring -- --ignored`.
#[test]
#[ignore = "writes the README's picture; run by hand"]
fn the_readme_picture_in_kazakh() {
    let Some(dir) = std::env::var_os("ADISKER_SHOTS_DIR") else { return };
    let mut h = Harness::with_settings(r#"{"language":"kk","sample_offered":true}"#);
    h.click(&fl!("library-add-sample"));
    h.send(Message::Project(project::Message::Navigate(Section::Mentoring)));
    h.click(&fl!("mentoring-new"));
    let directions_named = ["Жаратылыстану-математика бағыты", "Гуманитарлық бағыт", "Бастауыш сынып"];
    fill_programme(&mut h, "Тәлімгерлік мектебі", today() - Duration::days(75), &directions_named);
    let (teacher, observation) = observed_lesson(h.project());
    let people = distinct_people(h.project(), &[teacher], 10);
    let direction_ids = directions(&h);
    h.click(&fl!("mentoring-tab-mentors"));
    for (i, (_, name)) in people.iter().take(5).enumerate() {
        let direction = Choice { value: direction_ids[i % 3], label: String::new() };
        send(&mut h, mentoring::Message::Mentors(mentors::Message::Direction(direction)));
        h.type_and_press(mentoring::MENTOR_FIELD, name, &enter());
    }
    let teacher_name = h.project().person(teacher).unwrap().full_name.clone();
    for (i, (mentor, _)) in people.iter().take(5).enumerate() {
        send(&mut h, mentoring::Message::Mentors(mentors::Message::Pair(*mentor)));
        let mentee = if i == 0 { teacher_name.clone() } else { people[5 + i - 1].1.clone() };
        h.type_and_press(mentoring::MENTEE_FIELD, &mentee, &enter());
        h.click(&fl!("mentoring-pair-create"));
    }
    let first = h.project().programmes[0].pairs[0].id;
    send(&mut h, mentoring::Message::Pairs(pairs::Message::Select(first)));
    let pair_message = |m: pairs::Message| mentoring::Message::Pairs(m);
    for (task, days) in
        [("ҚМЖ құру", -40), ("Критериалды бағалау тапсырмалары", -10), ("Өзара сабаққа қатысу", 20)]
    {
        send(&mut h, pair_message(pairs::Message::TaskText(task.into())));
        send(&mut h, pair_message(pairs::Message::TaskDue(date(today() + Duration::days(days)))));
        send(&mut h, pair_message(pairs::Message::AddTask));
    }
    let done = h.project().programmes[0].pairs[0].plan[0].id;
    send(&mut h, pair_message(pairs::Message::ToggleTask(done, true)));
    let log = [
        (-60, ActivityKind::Meeting, "1", "Жеке жоспар құрылды", None),
        (-35, ActivityKind::Consultation, "1", "ҚМЖ талқыланды", None),
        (
            -12,
            ActivityKind::MenteeLessonVisited,
            "1,5",
            "Сабаққа қатысып, кері байланыс берілді",
            Some(observation),
        ),
    ];
    for (days, kind, hours, notes, observed) in log {
        let input = |field, value: String| pair_message(pairs::Message::ActivityInput(field, value));
        send(&mut h, input(mentoring::ActivityField::Date, date(today() + Duration::days(days))));
        send(
            &mut h,
            pair_message(pairs::Message::ActivityKind(Choice { value: kind, label: String::new() })),
        );
        send(&mut h, input(mentoring::ActivityField::Hours, hours.into()));
        send(&mut h, input(mentoring::ActivityField::Notes, notes.into()));
        let observed = Choice { value: observed, label: String::new() };
        send(&mut h, pair_message(pairs::Message::Observation(observed)));
        send(&mut h, pair_message(pairs::Message::AddActivity));
    }
    assert_eq!(h.project().programmes[0].pairs[0].activities.len(), 3);
    h.snapshot((1024.0, 768.0), &std::path::PathBuf::from(dir).join("mentoring-kk"));
}
