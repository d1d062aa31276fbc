//! Organisations of every kind, sessions held at another place, a second
//! title for bilingual programmes, and the way between places: from the
//! file format through the conflicts panel, the calendar and the printed
//! programme.

use crate::printing;
use adisker::domain::conflicts::ConflictKind;
use adisker::domain::*;
use adisker::i18n::Language;
use adisker::print::Document;
use chrono::NaiveTime;

fn at(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

/// The small sample with a kindergarten, and the last session of its
/// first day moved there, starting `gap` minutes after the one before it,
/// with the people of that one responsible for it too.
fn with_a_visit(gap: i64) -> (Project, SessionId, SessionId, PersonId) {
    let mut project = printing::small();
    let kindergarten = School {
        id: SchoolId::new(),
        name: "«Мирас» бөбекжай-бақшасы".into(),
        kind: OrganisationKind::Kindergarten,
        ..School::default()
    };
    project.schools.push(kindergarten.clone());
    let event = &mut project.events[0];
    let person = project.people[0].id;
    let day = event.starts_on;
    let mut before =
        Session::new(day, at(15, 0), at(15, 45), SessionKind::RoundTable, "Дөңгелек үстел".into());
    before.responsible = vec![person];
    let start = at(15, 45) + chrono::TimeDelta::minutes(gap);
    let mut visit = Session::new(
        day,
        start,
        start + chrono::TimeDelta::minutes(60),
        SessionKind::Other,
        "Балабақшаға бару".into(),
    );
    visit.title_alt = Some("Посещение детского сада".into());
    visit.place = Some(Place {
        organisation: Some(kindergarten.id),
        address: "Абай көшесі, 12".into(),
        ..Place::default()
    });
    visit.responsible = vec![person];
    let ids = (before.id, visit.id);
    event.sessions.push(before);
    event.sessions.push(visit);
    (project, ids.0, ids.1, person)
}

fn travel_conflicts(project: &Project) -> Vec<ConflictKind> {
    project_conflicts(project)
        .into_iter()
        .map(|(_, c)| c.kind)
        .filter(|k| matches!(k, ConflictKind::TooLittleTravel { .. }))
        .collect()
}

#[test]
fn too_little_time_to_reach_another_place_is_a_conflict() {
    let (project, before, _, person) = with_a_visit(15);
    assert_eq!(
        travel_conflicts(&project),
        vec![ConflictKind::TooLittleTravel {
            person,
            other: before,
            minutes: 15,
            needed: DEFAULT_TRAVEL_MINUTES
        }]
    );
    // Time enough by the event's own measure, or by the clock: no warning.
    let mut near = project.clone();
    near.events[0].travel_minutes = Some(10);
    assert!(travel_conflicts(&near).is_empty());
    let (far, ..) = with_a_visit(40);
    assert!(travel_conflicts(&far).is_empty());
    // The same place needs no way at all.
    let mut same = project.clone();
    let visit = same.events[0].sessions.last_mut().unwrap();
    visit.place = None;
    assert!(travel_conflicts(&same).is_empty());
    let text = adisker::i18n::describe_conflict(
        &project,
        &project.events[0],
        &project_conflicts(&project)
            .into_iter()
            .find(|(_, c)| matches!(c.kind, ConflictKind::TooLittleTravel { .. }))
            .unwrap()
            .1,
    );
    assert!(text.contains("15") && text.contains("30"), "{text}");
}

#[test]
fn a_file_of_schools_only_is_written_back_as_it_was() {
    let project = printing::small();
    let json = serde_json::to_value(&project).unwrap();
    for school in json["schools"].as_array().unwrap() {
        assert!(school.get("kind").is_none(), "a school needs no kind in the file: {school}");
    }
    let (visit, ..) = with_a_visit(15);
    let json = serde_json::to_string(&visit).unwrap();
    assert!(json.contains(r#""kind":"kindergarten""#));
    let back: Project = serde_json::from_str(&json).unwrap();
    assert_eq!(back, visit);
    let session = back.events[0].sessions.last().unwrap();
    assert_eq!(session.place.as_ref().unwrap().address, "Абай көшесі, 12");
}

#[test]
fn a_place_that_is_not_in_the_project_is_a_load_error() {
    let (mut project, ..) = with_a_visit(15);
    let visit = project.events[0].sessions.last_mut().unwrap();
    visit.place.as_mut().unwrap().organisation = Some(SchoolId::new());
    let problems = validate::validate(&project);
    assert!(problems.iter().any(|p| format!("{p:?}").contains("place.organisation")), "{problems:?}");
}

#[test]
fn an_organisation_a_session_visits_cannot_be_deleted() {
    let (mut project, ..) = with_a_visit(15);
    let kindergarten = project.schools.last().unwrap().id;
    let refused = project.apply(Edit::School(Box::new(ItemEdit::Remove(kindergarten))));
    assert!(refused.is_err());
    assert!(project.school(kindergarten).is_some());
}

#[test]
fn the_calendar_sends_guests_to_the_place_of_the_visit() {
    let (project, _, visit, _) = with_a_visit(15);
    let ics = adisker::exchange::event_to_ics(
        &project,
        &project.events[0],
        printing::now(),
        &adisker::i18n::CalendarText,
    );
    let unfolded = ics.replace("\r\n ", "");
    let event = unfolded.split("BEGIN:VEVENT").find(|e| e.contains(&visit.to_string())).unwrap();
    let location = event.lines().find(|l| l.starts_with("LOCATION:")).unwrap();
    assert!(location.contains("«Мирас» бөбекжай-бақшасы") && location.contains("Абай көшесі"), "{location}");
}

#[test]
fn the_programme_prints_the_place_and_in_two_languages_both_titles() {
    let (project, ..) = with_a_visit(40);
    let mut request = printing::request(&project, Document::Programme, Language::Kk);
    let one = printing::pdf_text(&request, &project);
    printing::assert_in_order(&one, &["Балабақшаға бару", "«Мирас» бөбекжай-бақшасы, Абай көшесі, 12"]);
    assert!(!one.contains("Посещение детского сада"), "one language prints one title");
    request.languages = vec![Language::Kk, Language::Ru];
    let two = printing::pdf_text(&request, &project);
    printing::assert_in_order(&two, &["Балабақшаға бару", "Посещение детского сада", "«Мирас»"]);
}

#[test]
fn an_organisation_a_list_names_gets_the_kind_its_name_says() {
    for (name, kind) in [
        ("«Мирас» бөбекжай-бақшасы", OrganisationKind::Kindergarten),
        ("Детский сад №12 «Солнышко»", OrganisationKind::Kindergarten),
        ("Жетісу ауданының білім бөлімі", OrganisationKind::EducationDepartment),
        ("Қарағанды облыстық әдістемелік орталығы", OrganisationKind::MethodicalCentre),
        ("Е.А. Бөкетов атындағы Қарағанды университеті", OrganisationKind::University),
        ("Жоғары гуманитарлық колледж", OrganisationKind::College),
        ("№57 жалпы білім беретін мектеп", OrganisationKind::School),
        ("", OrganisationKind::School),
    ] {
        assert_eq!(OrganisationKind::guess(name), kind, "{name}");
    }
}
