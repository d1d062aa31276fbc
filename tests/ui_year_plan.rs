//! A network's year and its courses, driven through the real views: a
//! year plan typed row by row with the keyboard and a row made an event
//! (and undone), a 72-hour course with its participants, who passed and
//! their numbered certificates. The pictures for the README are taken by
//! hand: `ADISKER_SHOTS_DIR=docs cargo test --test integration
//! ui_year_plan -- --ignored`.

use crate::support;

use adisker::domain::year_plan::{PlanForm, PlanRow, YearPlan, row_to_event};
use adisker::domain::{
    AttendanceMode, Course, Extra, Person, PersonId, PlanRowId, Project, Registration, School, SchoolId,
    SchoolRole,
};
use adisker::fl;
use adisker::i18n::Language;
use adisker::store::Library;
use adisker::ui::app::Message;
use adisker::ui::screen::project::{self, Section};
use adisker::ui::screen::year_plan::{Column, cell_id};
use adisker::ui::screen::{courses, people_import, print_people, settings};
use chrono::{Datelike, NaiveDate};
use iced::keyboard::{Key, key::Named};
use std::collections::HashSet;
use support::Harness;

/// The Karaganda leading school and the magnet schools its order names.
const SCHOOLS: [(&str, SchoolRole); 8] = [
    ("№28 ЖББОМ", SchoolRole::Leading),
    ("№2 ЖББОМ", SchoolRole::Magnet),
    ("Қ.Шыңғысов атындағы №5 ЖББОМ", SchoolRole::Magnet),
    ("№6 ЖББОМ", SchoolRole::Magnet),
    ("№9 тірек (ресурстық) ЖББОМ", SchoolRole::Supporting),
    ("№14 ЖББОМ", SchoolRole::Magnet),
    ("№21 ЖББОМ", SchoolRole::Magnet),
    ("№133 НББМ", SchoolRole::Magnet),
];

const TEACHERS: [&str; 16] = [
    "Бекова Асель Маратқызы",
    "Жұмабаева Гүлнар Серікқызы",
    "Омарова Динара Қайратқызы",
    "Сейітова Айгүл Бауыржанқызы",
    "Ахметов Ерлан Сапарұлы",
    "Қасымова Жанар Әбілқызы",
    "Нұрланова Мадина Ержанқызы",
    "Тоқтарова Сәуле Мұратқызы",
    "Ибраева Ләззат Төлеуқызы",
    "Смағұлова Әсем Болатқызы",
    "Есенова Айнұр Қанатқызы",
    "Мұқанова Гүлмира Асқарқызы",
    "Оспанова Ботагөз Жомартқызы",
    "Рахымова Назгүл Еркінқызы",
    "Сәрсенова Аружан Дәуренқызы",
    "Төлегенова Шынар Бекболатқызы",
];

/// Eight schools of the network, two teachers in each.
fn network_project() -> Project {
    let mut project = Project::new("«Жарқын белес» желілік қоғамдастығы", "№28 ЖББОМ", chrono::Utc::now());
    for (name, role) in SCHOOLS {
        project.schools.push(School { name: name.into(), role, ..School::default() });
    }
    for (i, name) in TEACHERS.iter().enumerate() {
        let school = project.schools[i / 2].id;
        project.people.push(Person { full_name: (*name).into(), school: Some(school), ..Person::default() });
    }
    project
}

fn school(project: &Project, name: &str) -> SchoolId {
    project.schools.iter().find(|s| s.name == name).unwrap().id
}

fn open(setup: fn(&Library), section: Section) -> Harness {
    let mut h = Harness::with(setup);
    h.click(fl!("action-open").as_str());
    h.send(Message::Project(project::Message::Navigate(section)));
    h
}

/// The field of a cell, as the window names it.
fn cell(index: usize, column: Column) -> &'static str {
    Box::leak(cell_id(index, column).into_boxed_str())
}

fn plan(h: &Harness) -> &YearPlan {
    h.project().year_plans.first().expect("a year plan")
}

#[test]
fn three_rows_are_typed_with_the_keyboard_and_one_becomes_an_event() {
    let mut h = open(|library| drop(library.add(&network_project())), Section::YearPlan);
    // Three rows of two lines each and the blank one under them, in sight.
    h.size = (1024.0, 1200.0);
    h.click(fl!("year-plan-new").as_str());
    h.click(fl!("network-new").as_str());
    let project = h.project().clone();
    let network = &project.networks[0];
    assert_eq!(network.leading, school(&project, "№28 ЖББОМ"), "the leading school leads");
    assert_eq!(network.members.len(), 7, "its magnet and supporting schools join");
    assert_eq!(plan(&h).network, Some(network.id), "the plan is the network's");
    let year = plan(&h).starts_on.year();
    assert_eq!(plan(&h).starts_on, NaiveDate::from_ymd_opt(year, 9, 1).unwrap());

    // Each cell typed and left with Enter, as a methodologist fills a
    // paper plan in: part of a form's or a school's name is enough.
    let november = format!("14.11.{year}");
    let rows: [[&str; 9]; 3] = [
        [
            "«Әдістемелік десант»: критериалды бағалау",
            "Methodical",
            "№2",
            "10",
            "Бекова",
            "Жас мамандар",
            "30",
            "",
            "Әдістемелік жинақ",
        ],
        ["«Тәжірибедегі рефлексия» көшбасшылар форумы", "For", "№28", &november, "", "", "120", "", ""],
        [
            "«Сәуір кездесулері»",
            "Round",
            "Шыңғысов",
            "April",
            "Омарова, Жұмабаева",
            "Бастауыш сынып мұғалімдері",
            "40",
            "",
            "Бейнесабақтар",
        ],
    ];
    for (index, values) in rows.iter().enumerate() {
        for (column, value) in Column::ALL.into_iter().zip(values) {
            if value.is_empty() {
                continue;
            }
            if column == Column::Form {
                // A new row is a seminar until its form is typed over.
                h.type_and_press(cell(index, column), "", &vec![Key::Named(Named::Backspace); 12]);
            }
            h.type_and_press(cell(index, column), value, &[Key::Named(Named::Enter)]);
        }
    }
    let project = h.project().clone();
    let typed = &plan(&h).rows;
    assert_eq!(typed.len(), 3, "three rows, the blank line under them typed into three times");
    assert_eq!(typed[0].title, rows[0][0]);
    assert_eq!(
        [typed[0].form, typed[1].form, typed[2].form],
        [PlanForm::MethodicalLanding, PlanForm::Forum, PlanForm::RoundTable]
    );
    assert_eq!(typed[0].host, Some(school(&project, "№2 ЖББОМ")));
    assert_eq!(typed[2].host, Some(school(&project, "Қ.Шыңғысов атындағы №5 ЖББОМ")));
    assert_eq!((typed[0].month, typed[2].month), (Some(10), Some(4)));
    assert_eq!(typed[1].planned_on, NaiveDate::from_ymd_opt(year, 11, 14));
    let person = |name: &str| project.people.iter().find(|p| p.full_name.starts_with(name)).unwrap().id;
    assert_eq!(typed[0].responsible, [person("Бекова")]);
    assert_eq!(typed[2].responsible, [person("Омарова"), person("Жұмабаева")]);
    assert_eq!(typed.iter().map(|r| r.planned_count).collect::<Vec<_>>(), [Some(30), Some(120), Some(40)]);

    // A month that is none is refused at its cell; the row keeps April.
    h.type_into(cell(2, Column::When), "13");
    assert!(h.shows(&fl!("year-plan-bad-when")), "the cell says why");
    assert_eq!(plan(&h).rows[2].month, Some(4));

    // The first row made an event: its title, kind and host, linked.
    h.click(fl!("year-plan-to-event").as_str());
    let row = plan(&h).rows[0].clone();
    let event_id = row.event.expect("the row links its event");
    let event = h.project().event(event_id).expect("the event is in the project").clone();
    assert_eq!(event.title, row.title);
    assert_eq!(event.kind, PlanForm::MethodicalLanding.event_kind());
    assert_eq!(event.venue.school, row.host);
    assert_eq!(event.expected_participants, Some(30));
    // Its programme opens to be planned; back in the plan, the row offers
    // the event it has.
    assert!(h.shows(&event.title), "the new event's programme is open");
    h.send(Message::Project(project::Message::Navigate(Section::YearPlan)));
    assert!(h.shows(&fl!("year-plan-open-event")), "the row offers its event");

    // One undo takes back the event and the link together.
    h.click(fl!("action-undo").as_str());
    assert!(h.project().event(event_id).is_none(), "the event is gone");
    assert_eq!(plan(&h).rows[0].event, None, "and the row is a plan again");
    assert_eq!(plan(&h).rows.len(), 3);
    // The next takes back the last cell typed, all of it, and nothing else.
    h.click(fl!("action-undo").as_str());
    assert_eq!(plan(&h).rows[2].product, "");
    assert_eq!(plan(&h).rows[2].planned_count, Some(40));

    // Made for the wrong year: moved to the next one, days and all.
    let before = plan(&h).clone();
    let year = before.starts_on.year();
    h.click(&format!("{}–{} →", year + 1, year + 2));
    let moved = plan(&h).clone();
    assert_eq!(moved.starts_on, before.starts_on.with_year(before.starts_on.year() + 1).unwrap());
    for (was, now) in before.rows.iter().zip(&moved.rows) {
        assert_eq!(now.planned_on, was.planned_on.map(|d| d.with_year(d.year() + 1).unwrap()));
    }
    h.click(fl!("action-undo").as_str());
    assert_eq!(plan(&h), &before);
}

#[test]
fn a_course_of_72_hours_numbers_the_certificates_of_those_who_passed() {
    let mut h = open(|library| drop(library.add(&network_project())), Section::Courses);
    h.click(fl!("course-new").as_str());
    h.type_into(courses::TITLE_FIELD, "Компьютерлік сауаттылық");
    h.type_into(courses::HOURS_FIELD, "72");
    h.type_into(courses::PARTNER_FIELD, "«Өрлеу» БАҰО");
    // An end before the start is refused where it is typed.
    h.type_into(courses::TO_FIELD, "03.02.2024");
    h.type_into(courses::FROM_FIELD, "15.02.2024");
    assert!(h.shows(&fl!("field-ends-before-start")));
    h.click(fl!("action-save").as_str());
    assert!(h.project().courses.is_empty(), "nothing is saved with the dates wrong");
    h.type_and_press(courses::FROM_FIELD, "", &vec![Key::Named(Named::Backspace); 10]);
    h.type_into(courses::FROM_FIELD, "15.01.2024");
    assert!(!h.shows(&fl!("field-ends-before-start")));
    h.click(fl!("action-save").as_str());
    let course = h.project().courses.first().expect("the course is saved").clone();
    assert_eq!((course.title.as_str(), course.hours), ("Компьютерлік сауаттылық", 72));
    assert_eq!((course.starts_on, course.ends_on), (day(2024, 1, 15), day(2024, 2, 3)));

    // Participants ticked from the project's people: a school's teachers,
    // found by its number.
    h.click(fl!("course-add-participants").as_str());
    h.type_into(print_people::SEARCH_FIELD, "ЖББОМ");
    h.click(fl!("print-select-all").as_str());
    let teachers: Vec<PersonId> = {
        let project = h.project();
        let in_schools: HashSet<SchoolId> =
            project.schools.iter().filter(|s| s.name.contains("ЖББОМ")).map(|s| s.id).collect();
        project
            .people
            .iter()
            .filter(|p| p.school.is_some_and(|s| in_schools.contains(&s)))
            .map(|p| p.id)
            .collect()
    };
    assert_eq!(teachers.len(), 14);
    h.click(fl!("course-add-chosen", count = teachers.len()).as_str());
    let course = h.project().courses[0].clone();
    let enrolled: HashSet<PersonId> = course.participants.iter().map(|p| p.person).collect();
    assert_eq!(enrolled, teachers.iter().copied().collect(), "each ticked teacher, once");

    // The training centre's list of two more, one already in the project:
    // both are enrolled, the newcomer added to the people, one undo step.
    let known = h.project().people.iter().find(|p| !enrolled.contains(&p.id)).unwrap().clone();
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("курс.csv");
    std::fs::write(
        &list,
        format!("Аты-жөні;Мекеме\n{};\nЖаңабаева Әсел Қанатқызы;№2 ЖББОМ\n", known.full_name),
    )
    .unwrap();
    h.click(fl!("course-import-list").as_str());
    h.type_and_press(people_import::PATH_FIELD, list.to_str().unwrap(), &[Key::Named(Named::Enter)]);
    h.click(fl!("people-import-confirm").as_str());
    let listed: Vec<PersonId> =
        h.project().courses[0].participants[teachers.len()..].iter().map(|p| p.person).collect();
    let newcomer = h.project().people.iter().find(|p| p.full_name == "Жаңабаева Әсел Қанатқызы").unwrap().id;
    assert_eq!(listed, [known.id, newcomer]);
    h.click(fl!("action-undo").as_str());
    assert_eq!(h.project().courses[0].participants.len(), teachers.len());
    assert!(h.project().people.iter().all(|p| p.id != newcomer), "the newcomer goes with the same step");

    // All passed but one.
    h.click(fl!("course-all-passed").as_str());
    h.type_into(courses::PARTICIPANT_SEARCH, "Омарова");
    h.click(fl!("course-none-passed").as_str());
    let passed: Vec<PersonId> = h.project().courses[0].passed().collect();
    assert_eq!(passed.len(), 13);

    h.type_into(courses::SERIES_FIELD, "К-2024/001");
    h.click(fl!("course-issue", count = passed.len()).as_str());
    let awards: Vec<_> = h.project().awards.iter().filter(|a| a.course == Some(course.id)).cloned().collect();
    assert_eq!(awards.len(), 13, "a certificate for each who passed");
    let numbers: HashSet<&str> = awards.iter().map(|a| a.number.as_str()).collect();
    assert_eq!(numbers.len(), 13, "no number twice");
    assert!(numbers.contains("К-2024/001") && numbers.contains("К-2024/013"), "{numbers:?}");
    assert_eq!(awards.iter().map(|a| a.person).collect::<HashSet<_>>(), passed.iter().copied().collect());
    assert!(h.shows(&fl!("course-issue", count = 0)), "nobody is numbered twice");

    // Each step undoes: the numbers, then the one not passed.
    h.click(fl!("action-undo").as_str());
    assert!(h.project().awards.iter().all(|a| a.course != Some(course.id)));
    h.click(fl!("action-undo").as_str());
    assert_eq!(h.project().courses[0].passed().count(), 14);
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The network of the project's schools as they are marked, its plan the
/// first one.
fn join_the_network(project: &mut Project) {
    let network = adisker::domain::year_plan::Network {
        id: adisker::domain::NetworkId::new(),
        title: "«Жарқын белес» желілік қоғамдастығы".into(),
        leading: project.schools[0].id,
        members: project.schools[1..]
            .iter()
            .map(|s| adisker::domain::year_plan::NetworkMember {
                organisation: s.id,
                role: s.role,
                coordinator: None,
                extra: Extra::new(),
            })
            .collect(),
        extra: Extra::new(),
    };
    project.year_plans[0].network = Some(network.id);
    project.networks.push(network);
}

/// A plan of the current school year, half of it held, and the
/// computer course: what the README shows.
fn a_network_year(library: &Library) {
    let mut project = network_project();
    let today = chrono::Local::now().date_naive();
    let mut plan = YearPlan::for_year_of("2026–2027 оқу жылының жоспары", today);
    let rows = [
        ("Желілік қоғамдастықтың жылдық жоспарын бекіту", PlanForm::Seminar, 0, 9, "Жоспар"),
        (
            "«Әдістемелік десант»: критериалды бағалау",
            PlanForm::MethodicalLanding,
            1,
            10,
            "Әдістемелік жинақ",
        ),
        ("ҚМЖ құру: ашық сабақтар", PlanForm::OpenLesson, 2, 10, "Бейнесабақтар"),
        ("«Тәжірибедегі рефлексия» көшбасшылар форумы", PlanForm::Forum, 0, 11, "Форум қарары"),
        ("Жас мамандарға арналған дөңгелек үстел", PlanForm::RoundTable, 3, 12, ""),
        ("Тәлімгерлердің есебін тыңдау", PlanForm::Hearing, 4, 1, "Хаттама"),
        ("«Сәуір кездесулері»", PlanForm::Seminar, 0, 4, "Мақалалар жинағы"),
        ("Ашық есік күні", PlanForm::OpenDoors, 5, 3, ""),
        ("Дарынды балалармен жұмыс: шеберлік сағаты", PlanForm::MasterClass, 6, 2, "Әдістемелік құрал"),
        ("Жыл қорытындысы", PlanForm::Seminar, 0, 5, "Жылдық есеп"),
    ];
    for (title, form, host, month, product) in rows {
        plan.rows.push(PlanRow {
            id: PlanRowId::new(),
            title: title.into(),
            form,
            host: Some(project.schools[host].id),
            month: Some(month),
            responsible: vec![project.people[host * 2].id],
            target: "Желі мектептерінің мұғалімдері".into(),
            planned_count: Some(25 + 5 * host as u32),
            product: product.into(),
            ..PlanRow::default()
        });
    }
    project.year_plans.push(plan);
    // The first three were held, with most of the network present.
    for i in 0..3 {
        let plan = project.year_plans[0].clone();
        let (edit, event) = row_to_event(&plan, plan.rows[i].id).unwrap();
        project.apply(edit).unwrap();
        let event = project.events.iter_mut().find(|e| e.id == event).unwrap();
        for person in project.people.iter().skip(i).step_by(2) {
            event.registrations.push(Registration {
                person: person.id,
                mode: AttendanceMode::Offline,
                attended: Some(true),
                group: None,
                extra: Extra::new(),
            });
        }
    }
    join_the_network(&mut project);
    let mut course = Course::new("Компьютерлік сауаттылық", 72, day(2024, 1, 15), day(2024, 2, 3));
    course.organiser = "Қарағанды облысының білім басқармасы".into();
    course.partner = "«Өрлеу» БАҰО".into();
    course.enrol(project.people.iter().map(|p| p.id));
    for participant in course.participants.iter_mut().skip(2) {
        participant.passed = true;
    }
    project.courses.push(course);
    library.add(&project).unwrap();
}

#[test]
#[ignore = "writes the README's pictures; run by hand"]
fn pictures_of_a_network_year_in_kazakh() {
    let Some(dir) = std::env::var_os("ADISKER_SHOTS_DIR") else { return };
    let dir = std::path::PathBuf::from(dir);
    let mut h = open(a_network_year, Section::YearPlan);
    h.send(Message::Settings(settings::Message::Language(Language::Kk)));
    h.snapshot((1024.0, 768.0), &dir.join("year-plan-kk"));
    h.send(Message::Project(project::Message::Navigate(Section::Courses)));
    let course = h.project().courses[0].id;
    h.send(Message::Project(project::Message::Courses(courses::Message::Select(course))));
    h.snapshot((1024.0, 768.0), &dir.join("courses-kk"));
}

/// A district's plan of three hundred rows, each with its host.
fn a_long_plan(library: &Library) {
    let mut project = network_project();
    let mut plan = YearPlan::for_year_of("Аудандық жоспар", chrono::Local::now().date_naive());
    for i in 0..300u32 {
        plan.rows.push(PlanRow {
            id: PlanRowId::new(),
            title: format!("Әдістемелік семинар {}", i + 1),
            host: Some(project.schools[i as usize % SCHOOLS.len()].id),
            month: Some(i % 12 + 1),
            planned_count: Some(20 + i % 30),
            ..PlanRow::default()
        });
    }
    project.year_plans.push(plan);
    join_the_network(&mut project);
    library.add(&project).unwrap();
}

#[test]
fn three_hundred_rows_are_read_a_page_at_a_time() {
    let mut h = open(a_long_plan, Section::YearPlan);
    let page = |from: usize, to: usize| fl!("year-plan-rows-shown", from = from, to = to, count = 300);
    assert!(h.shows(&page(1, 20)));
    let started = std::time::Instant::now();
    let mut ui = h.simulator();
    let drawn = started.elapsed();
    assert!(ui.find(iced::advanced::widget::Id::new(cell(19, Column::Title))).is_ok());
    assert!(
        ui.find(iced::advanced::widget::Id::new(cell(20, Column::Title))).is_err(),
        "the next page waits"
    );
    drop(ui);
    eprintln!("a page of a 300-row plan, built and laid out in {drawn:?}");
    h.click("→");
    assert!(h.shows(&page(21, 40)));
    // Sorted by school, the leading school's rows come first.
    let by_school = adisker::ui::screen::year_plan::Message::Sort(adisker::ui::screen::labels::Choice {
        value: adisker::ui::screen::year_plan::Sort::School,
        label: String::new(),
    });
    h.send(Message::Project(project::Message::YearPlan(by_school)));
    assert!(h.shows(&page(1, 20)), "a new order starts at its first page");
    let leading = school(h.project(), "№28 ЖББОМ");
    let rows = &plan(&h).rows;
    let first_shown = {
        let mut ui = h.simulator();
        let target = ui.find(iced::advanced::widget::Id::new(cell(0, Column::Title))).unwrap();
        format!("{target:?}")
    };
    let first =
        rows.iter().find(|r| first_shown.contains(&format!("\"{}\"", r.title))).expect("a row's title");
    assert_eq!(first.host, Some(leading), "{first_shown}");
}

#[test]
fn the_network_gets_its_coordinators_and_roles_each_change_undone() {
    use adisker::ui::screen::labels::Choice;
    use adisker::ui::screen::year_plan::{self, network};
    let mut h = open(a_network_year, Section::YearPlan);
    h.click(fl!("network-edit").as_str());
    let send = |h: &mut Harness, message: network::Message| {
        h.send(Message::Project(project::Message::YearPlan(year_plan::Message::Network(message))));
    };
    let project = h.project().clone();
    let (second, sixth) = (school(&project, "№2 ЖББОМ"), school(&project, "№6 ЖББОМ"));
    let teacher = project.people.iter().find(|p| p.school == Some(second)).unwrap().id;
    send(
        &mut h,
        network::Message::Coordinator(second, Choice { value: Some(teacher), label: String::new() }),
    );
    send(
        &mut h,
        network::Message::Role(sixth, Choice { value: SchoolRole::Supporting, label: String::new() }),
    );
    let member = |h: &Harness, school: SchoolId| {
        h.project().networks[0].members.iter().find(|m| m.organisation == school).cloned()
    };
    assert_eq!(member(&h, second).unwrap().coordinator, Some(teacher));
    assert_eq!(member(&h, sixth).unwrap().role, SchoolRole::Supporting);
    let summary = fl!(
        "network-summary",
        title = h.project().networks[0].title.clone(),
        leading = "№28 ЖББОМ",
        magnet = 5,
        supporting = 2
    );
    assert!(h.shows(&summary), "the line above the plan counts the roles");

    // The title typed is one step, as every other change.
    h.type_into(network::TITLE_FIELD, " (Қарағанды)");
    assert_eq!(h.project().networks[0].title, "«Жарқын белес» желілік қоғамдастығы (Қарағанды)");
    h.click(fl!("action-undo").as_str());
    assert_eq!(h.project().networks[0].title, "«Жарқын белес» желілік қоғамдастығы");
    send(&mut h, network::Message::Remove(sixth));
    assert!(member(&h, sixth).is_none());
    h.click(fl!("action-undo").as_str());
    assert_eq!(member(&h, sixth).unwrap().role, SchoolRole::Supporting, "back with its role");
    h.click(fl!("action-undo").as_str());
    assert_eq!(member(&h, sixth).unwrap().role, SchoolRole::Magnet);
}
