//! Two copies of one project merged: what each trainer recorded on her own
//! laptop joins the organiser's, a change made on both sides is listed
//! with its fields and taken from the side chosen, a number issued on two
//! PCs is not given twice, and any two copies merge the same way round and
//! only once.

use adisker::domain::merge::{Item, merge, merge_edit, preview};
use adisker::domain::*;
use adisker::sample;
use chrono::{TimeZone, Utc};
use proptest::prelude::*;
use std::collections::{BTreeMap, HashSet};

fn base() -> Project {
    sample::small(Utc.with_ymd_and_hms(2019, 2, 1, 8, 0, 0).unwrap())
}

/// A trainer's observation of the event's first observed lesson.
fn observation(project: &Project, observer: usize) -> Observation {
    let event = &project.events[0];
    let template = &project.observation_templates[0];
    let session = event.observations[0].session;
    let mut ratings = BTreeMap::new();
    for criterion in &template.criteria {
        ratings.insert(criterion.key.clone(), 3);
    }
    Observation {
        id: ObservationId::new(),
        session,
        observer: project.people[observer].id,
        template: template.id,
        ratings,
        notes: vec![ObservationNote {
            at: 600,
            text: "Топтық жұмыс жақсы ұйымдастырылды".into(),
            extra: Extra::new(),
        }],
        strengths: "Уақтылы кері байланыс".into(),
        improvements: String::new(),
        recommendation: String::new(),
        status: ObservationStatus::Final,
        modified: Utc.with_ymd_and_hms(2019, 2, 1, 11, 0, 0).unwrap(),
        extra: Extra::new(),
    }
}

fn apply(project: &mut Project, edit: Option<Edit>) {
    if let Some(edit) = edit {
        project.apply(edit).expect("the merge applies");
    }
}

#[test]
fn two_trainers_observations_join_the_organisers_in_one_step() {
    let organiser = base();
    let mut first = organiser.clone();
    let mut second = organiser.clone();
    let two = [observation(&first, 3), observation(&first, 3)];
    first.events[0].observations.extend(two.clone());
    // She saw one online participant join whom the desk did not mark.
    let unmarked = first.events[0].registrations.iter().position(|r| r.attended.is_none());
    if let Some(index) = unmarked {
        first.events[0].registrations[index].attended = Some(true);
    }
    let third = observation(&second, 4);
    second.events[0].observations.push(third.clone());

    let mut project = organiser.clone();
    let report = preview(&project, &first);
    assert_eq!(report.added.observations, 2);
    assert!(report.conflicts.is_empty(), "{:?}", report.conflicts);
    let mut history = History::default();
    let edit = merge_edit(&project, &first, &HashSet::new()).unwrap();
    history.apply(&mut project, edit).unwrap();
    let edit = merge_edit(&project, &second, &HashSet::new()).unwrap();
    history.apply(&mut project, edit).unwrap();
    let ids: HashSet<ObservationId> = project.events[0].observations.iter().map(|o| o.id).collect();
    for added in two.iter().chain([&third]) {
        assert!(ids.contains(&added.id));
    }
    assert_eq!(project.events[0].observations.len(), organiser.events[0].observations.len() + 3);
    if let Some(index) = unmarked {
        assert_eq!(project.events[0].registrations[index].attended, Some(true));
    }
    // Merged again, nothing changes; each merge is one undo step.
    assert!(merge_edit(&project, &first, &HashSet::new()).is_none());
    history.undo(&mut project);
    assert_eq!(project.events[0].observations.len(), organiser.events[0].observations.len() + 2);
    history.undo(&mut project);
    assert_eq!(project.events, organiser.events);
}

#[test]
fn a_change_on_both_sides_is_listed_and_taken_from_the_side_chosen() {
    let organiser = {
        let mut p = base();
        p.people[0].position = "директордың орынбасары".into();
        p
    };
    let mut colleague = base();
    colleague.people[0].position = "әдіскер".into();
    colleague.people[0].phone = Some("+7 701 000 00 00".into());
    let report = preview(&organiser, &colleague);
    assert_eq!(report.conflicts.len(), 1);
    let conflict = &report.conflicts[0];
    assert_eq!(conflict.item, Item::Person(organiser.people[0].id));
    assert_eq!(conflict.label, organiser.people[0].full_name);
    let fields: Vec<&str> = conflict.differences.iter().map(|d| d.field.as_str()).collect();
    assert_eq!(fields, ["phone", "position"]);
    assert_eq!(conflict.differences[1].ours, "директордың орынбасары");
    assert_eq!(conflict.differences[1].theirs, "әдіскер");

    // Unchosen, ours stays; chosen, theirs is taken whole.
    assert!(merge_edit(&organiser, &colleague, &HashSet::new()).is_none());
    let chosen = HashSet::from([conflict.item]);
    let mut project = organiser.clone();
    apply(&mut project, merge_edit(&organiser, &colleague, &chosen));
    assert_eq!(project.people[0], colleague.people[0]);
}

#[test]
fn a_number_issued_on_both_pcs_is_not_given_twice() {
    let organiser = base();
    let mut colleague = organiser.clone();
    let mut twin = organiser.awards[0].clone();
    twin.id = AwardId::new();
    twin.person = organiser.people[5].id;
    colleague.awards.push(twin.clone());
    let report = preview(&organiser, &colleague);
    assert_eq!(report.numbers_taken, [twin.number.clone()]);
    assert_eq!(report.added.awards, 0);
    let mut project = organiser.clone();
    apply(&mut project, merge_edit(&organiser, &colleague, &HashSet::new()));
    assert_eq!(project.awards.iter().filter(|a| a.number == twin.number).count(), 1);
}

/// Something a copy can be given on its own PC.
#[derive(Debug, Clone)]
enum Change {
    Person(u8),
    Feedback(u8),
    Mark(u8),
    Observation(u8),
    Session(u8),
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        any::<u8>().prop_map(Change::Person),
        any::<u8>().prop_map(Change::Feedback),
        any::<u8>().prop_map(Change::Mark),
        any::<u8>().prop_map(Change::Observation),
        any::<u8>().prop_map(Change::Session),
    ]
}

fn changed(mut project: Project, changes: &[Change], side: &str) -> Project {
    for change in changes {
        match *change {
            Change::Person(n) => {
                project.people.push(Person { full_name: format!("{side} {n}"), ..Person::default() });
            }
            Change::Feedback(n) => {
                let mut entry = Feedback::blank(FeedbackTarget::Event, FeedbackMethod::Coins, Utc::now());
                entry.coins = Some(u32::from(n % 5) + 1);
                project.events[0].feedback.push(entry);
            }
            Change::Mark(n) => {
                let registrations = &mut project.events[0].registrations;
                let index = usize::from(n) % registrations.len();
                // Marks are made only where the other side has none, as at
                // two desks that each saw different people.
                if registrations[index].attended.is_none() && (side == "A") == index.is_multiple_of(2) {
                    registrations[index].attended = Some(true);
                }
            }
            Change::Observation(n) => {
                let observer = usize::from(n) % project.people.len();
                let observation = observation(&project, observer);
                project.events[0].observations.push(observation);
            }
            Change::Session(n) => {
                let day = project.events[0].starts_on;
                let start = chrono::NaiveTime::from_hms_opt(17, u32::from(n % 60), 0).unwrap();
                let end = chrono::NaiveTime::from_hms_opt(18, 0, 0).unwrap();
                let title = format!("{side}: дөңгелек үстел {n}");
                project.events[0].sessions.push(Session::new(
                    day,
                    start,
                    end,
                    SessionKind::RoundTable,
                    title,
                ));
            }
        }
    }
    project
}

/// The project with every list in the order of its ids, and without the
/// time of its last change: what a merge must agree on either way round.
fn normalised(mut project: Project) -> Project {
    project.modified = Utc.timestamp_opt(0, 0).unwrap();
    project.people.sort_by_key(|p| p.id);
    for event in &mut project.events {
        event.sessions.sort_by_key(|s| s.id);
        event.registrations.sort_by_key(|r| r.person);
        event.observations.sort_by_key(|o| o.id);
        event.feedback.sort_by_key(|f| f.id);
    }
    project
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn merging_either_way_round_gives_the_same_project_and_twice_changes_nothing(
        ours in proptest::collection::vec(change(), 0..8),
        theirs in proptest::collection::vec(change(), 0..8),
    ) {
        let a = changed(base(), &ours, "A");
        let b = changed(base(), &theirs, "B");
        let none = HashSet::new();
        let (a_b, report) = merge(&a, &b, &none);
        let (b_a, _) = merge(&b, &a, &none);
        prop_assert!(report.conflicts.is_empty(), "{:?}", report.conflicts);
        prop_assert_eq!(normalised(a_b.clone()), normalised(b_a));
        let (again, _) = merge(&a_b, &b, &none);
        prop_assert_eq!(&again, &a_b);
        prop_assert!(merge_edit(&a_b, &b, &none).is_none());
        // The edit does what the merge says.
        let mut edited = a.clone();
        apply(&mut edited, merge_edit(&a, &b, &none));
        prop_assert_eq!(normalised(edited), normalised(a_b));
    }
}
