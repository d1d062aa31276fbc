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
