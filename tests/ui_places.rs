//! Organisations of every kind and a meeting's participants report, as a
//! user does them in the window.

use crate::support;
use adisker::domain::OrganisationKind;
use adisker::fl;
use adisker::ui::app::Message;
use adisker::ui::screen::project;
use support::Harness;

#[test]
fn an_organisation_is_given_its_kind() {
    let mut h = Harness::with_sample();
    let label = format!("{}  {}", fl!("nav-schools"), h.project().schools.len());
    h.click(label.as_str());
    h.click(fl!("schools-new").as_str());
    h.type_into("school-name", "«Мирас» бөбекжай-бақшасы");
    h.send(Message::Project(project::Message::Schools(adisker::ui::screen::schools::Message::Kind(
        adisker::ui::screen::labels::Choice {
            value: OrganisationKind::Kindergarten,
            label: fl!("organisation-kind-kindergarten"),
        },
    ))));
    h.click(fl!("action-save").as_str());
    let saved = h.project().schools.iter().find(|s| s.name == "«Мирас» бөбекжай-бақшасы").expect("saved");
    assert_eq!(saved.kind, OrganisationKind::Kindergarten);
    let subtitle = format!("{} · {}", fl!("organisation-kind-kindergarten"), fl!("school-role-member"));
    assert!(h.shows(&subtitle), "the list says what it is: {subtitle}");
}

#[test]
fn a_session_is_moved_to_another_place_and_the_panel_warns_of_the_way() {
    use adisker::domain::conflicts::ConflictKind;
    use adisker::ui::screen::labels::Choice;
    use adisker::ui::screen::programme::{self, form};
    let mut h = Harness::with_sample();
    h.send(Message::Project(project::Message::Navigate(project::Section::Programme)));
    let sessions = &h.project().events[0].sessions;
    // The last session of the day, and one responsible person of the one
    // before it made responsible for it too: she has to get there.
    let mut ordered: Vec<_> = sessions.iter().collect();
    ordered.sort_by_key(|s| (s.day, s.start));
    let (before, last) = (ordered[ordered.len() - 2].clone(), ordered[ordered.len() - 1].clone());
    let school = h.project().schools[1].clone();
    h.send(Message::Project(project::Message::Programme(programme::Message::Select(last.id))));
    let to_form = |m| Message::Project(project::Message::Programme(programme::Message::Form(m)));
    h.send(to_form(form::Message::Place(Choice { value: Some(school.id), label: school.name.clone() })));
    h.type_into("session-PlaceAddress", "Абай көшесі, 12");
    h.click(fl!("action-save").as_str());
    let saved = h.project().events[0].sessions.iter().find(|s| s.id == last.id).unwrap().clone();
    let place = saved.place.clone().expect("the place is saved");
    assert_eq!((place.organisation, place.address.as_str()), (Some(school.id), "Абай көшесі, 12"));
    let gap = (saved.start - before.end).num_minutes();
    let shares =
        saved.responsible.iter().any(|p| before.responsible.contains(p) || before.attendees.contains(p));
    let warned = adisker::domain::project_conflicts(h.project())
        .into_iter()
        .any(|(_, c)| matches!(c.kind, ConflictKind::TooLittleTravel { .. }));
    assert!(shares && (0..30).contains(&gap), "the sample's last two sessions share people back to back");
    assert!(warned, "{gap} minutes to another place is too little, and the conflicts say so");
    h.send(Message::Shortcut(adisker::ui::app::Shortcut::Undo));
    let undone = h.project().events[0].sessions.iter().find(|s| s.id == last.id).unwrap();
    assert!(undone.place.is_none(), "one Ctrl+Z takes the place back");
}
