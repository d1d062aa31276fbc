//! Registrations of an event and the check-in desk on the day: counts that
//! stay visible, a name search that forgives the keyboard, a quick add for
//! people who come unannounced, and undoable edits of the list.

use super::edit::EditError;
use super::ids::*;
use super::model::*;
use std::cmp::Ordering;
use std::hash::BuildHasherDefault;

/// The figures the check-in desk shows at all times. A hybrid event counts
/// the hall and the online audience apart: twenty people in the hall are
/// easily lost among three hundred online.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub expected: Option<u32>,
    pub registered: u32,
    pub present: u32,
    pub absent: u32,
    /// Not yet marked either way.
    pub unknown: u32,
    pub offline: u32,
    pub online: u32,
    pub present_offline: u32,
    pub present_online: u32,
}

pub fn counts(event: &Event) -> Counts {
    let mut counts = Counts { expected: event.expected_participants, ..Counts::default() };
    for registration in &event.registrations {
        counts.registered += 1;
        let online = registration.mode == AttendanceMode::Online;
        if online {
            counts.online += 1;
        } else {
            counts.offline += 1;
        }
        match registration.attended {
            Some(true) => {
                counts.present += 1;
                if online {
                    counts.present_online += 1;
                } else {
                    counts.present_offline += 1;
                }
            }
            Some(false) => counts.absent += 1,
            None => counts.unknown += 1,
        }
    }
    counts
}

use super::names::{IdHasher, IdMap, Query, sort_key};

struct Hit<'a> {
    /// 0: the name starts with the query; 1: the query's words start words
    /// of the name in another order; 2: some of them match only the school.
    rank: u8,
    person: &'a Person,
    registration: &'a Registration,
}

/// Registrations of `event` whose person's name, or school, matches what
/// was `typed`: every typed word must start a word of the name or of the
/// school's name and number, in any case and with Kazakh letters folded
/// (see [`fold`]). Names that start with the query come first, then other
/// matches of the name, then matches through the school; within each, by
/// name. At most `limit` are returned.
///
/// Blank input finds nobody: at the desk Enter marks the first match
/// present, and an empty field must not mark anyone.
pub fn search<'a>(
    project: &'a Project,
    event: &'a Event,
    typed: &str,
    limit: usize,
) -> Vec<&'a Registration> {
    search_in(project, event, typed, limit, None)
}

/// [`search`] among the registrations of one mode only (`None`: all): at
/// the desk in the hall, an online namesake is never the one marked.
pub fn search_in<'a>(
    project: &'a Project,
    event: &'a Event,
    typed: &str,
    limit: usize,
    mode: Option<AttendanceMode>,
) -> Vec<&'a Registration> {
    let query = Query::new(typed);
    if query.words.is_empty() || limit == 0 || event.registrations.is_empty() {
        return Vec::new();
    }
    let all = query.all();

    // People are looked up by id through one pass over the project's people,
    // so the cost stays linear however many people the project holds.
    let mut registered: IdMap<PersonId, &Registration> =
        IdMap::with_capacity_and_hasher(event.registrations.len(), Default::default());
    for registration in event.registrations.iter().filter(|r| mode.is_none_or(|m| r.mode == m)) {
        registered.entry(registration.person).or_insert(registration);
    }
    // A school is read once per search, not once per person in it.
    let mut schools: IdMap<SchoolId, u64> = IdMap::default();
    let mut progress = Vec::with_capacity(query.words.len());
    let mut hits = Vec::new();

    for person in &project.people {
        let Some(&registration) = registered.get(&person.id) else { continue };
        let (by_name, in_order) = query.scan(person.full_name.chars(), &mut progress);
        let rank = if in_order {
            0
        } else if by_name == all {
            1
        } else {
            let by_school = person.school.map_or(0, |id| {
                *schools.entry(id).or_insert_with(|| match project.school(id) {
                    Some(school) => {
                        let number = school.number.as_deref().unwrap_or_default();
                        query.scan(school.name.chars().chain([' ']).chain(number.chars()), &mut progress).0
                    }
                    None => 0,
                })
            });
            if by_name | by_school != all {
                continue;
            }
            2
        };
        hits.push(Hit { rank, person, registration });
    }

    let order = |a: &Hit, b: &Hit| -> Ordering {
        a.rank
            .cmp(&b.rank)
            .then_with(|| sort_key(&a.person.full_name).cmp(sort_key(&b.person.full_name)))
            .then_with(|| a.person.full_name.cmp(&b.person.full_name))
            .then_with(|| a.person.id.cmp(&b.person.id))
    };
    if hits.len() > limit {
        hits.select_nth_unstable_by(limit, order);
        hits.truncate(limit);
    }
    hits.sort_unstable_by(order);
    hits.into_iter().map(|hit| hit.registration).collect()
}

/// The first `limit` of what a list shows, and how many there were in all,
/// so the screen can say how many more the search would narrow down.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    pub shown: Vec<T>,
    pub total: usize,
}

/// The registrations of `event` as the desk lists them, each with its
/// person: everyone by name when nothing is typed, or else what [`search`]
/// finds, in its order. A registration whose person is missing from People
/// (a damaged file) is left out rather than shown without a name.
pub fn listing<'a>(
    project: &'a Project,
    event: &'a Event,
    typed: &str,
    limit: usize,
) -> Page<(&'a Registration, &'a Person)> {
    listing_in(project, event, typed, limit, None)
}

/// [`listing`] of one mode only (`None`: all).
pub fn listing_in<'a>(
    project: &'a Project,
    event: &'a Event,
    typed: &str,
    limit: usize,
    mode: Option<AttendanceMode>,
) -> Page<(&'a Registration, &'a Person)> {
    let mut people: IdMap<PersonId, &Person> =
        IdMap::with_capacity_and_hasher(project.people.len(), Default::default());
    for person in &project.people {
        people.entry(person.id).or_insert(person);
    }
    let with_person = |r: &'a Registration| people.get(&r.person).map(|&p| (r, p));
    if Query::new(typed).words.is_empty() {
        let all: Vec<_> = event
            .registrations
            .iter()
            .filter(|r| mode.is_none_or(|m| r.mode == m))
            .filter_map(with_person)
            .collect();
        first_by_name(all, limit, |&(_, p)| p)
    } else {
        let mut found: Vec<_> =
            search_in(project, event, typed, usize::MAX, mode).into_iter().filter_map(with_person).collect();
        let total = found.len();
        found.truncate(limit);
        Page { shown: found, total }
    }
}

/// People of the project not yet registered for `event` whose name has
/// every typed word at the start of one of its words (everyone when nothing
/// is typed), by name: the list to register people from.
pub fn unregistered<'a>(project: &'a Project, event: &Event, typed: &str, limit: usize) -> Page<&'a Person> {
    let query = Query::new(typed);
    let all = query.all();
    let registered: std::collections::HashSet<PersonId, BuildHasherDefault<IdHasher>> =
        event.registrations.iter().map(|r| r.person).collect();
    let mut progress = Vec::with_capacity(query.words.len());
    let found: Vec<&Person> = project
        .people
        .iter()
        .filter(|p| !registered.contains(&p.id))
        .filter(|p| query.words.is_empty() || query.scan(p.full_name.chars(), &mut progress).0 == all)
        .collect();
    first_by_name(found, limit, |&p| p)
}

/// The first `limit` items by their person's name. Each name is folded
/// once, not at every comparison, and only the first `limit` are sorted:
/// a district's two thousand people are listed while the registrar types.
fn first_by_name<'a, T>(items: Vec<T>, limit: usize, person: impl Fn(&T) -> &'a Person) -> Page<T> {
    let total = items.len();
    let mut keyed: Vec<(Vec<u32>, &'a str, PersonId, T)> = items
        .into_iter()
        .map(|item| {
            let p = person(&item);
            (sort_key(&p.full_name).collect(), p.full_name.as_str(), p.id, item)
        })
        .collect();
    let order = |a: &(Vec<u32>, &str, PersonId, T), b: &(Vec<u32>, &str, PersonId, T)| {
        (&a.0, a.1, a.2).cmp(&(&b.0, b.1, b.2))
    };
    if keyed.len() > limit && limit > 0 {
        keyed.select_nth_unstable_by(limit - 1, order);
    }
    keyed.truncate(limit);
    keyed.sort_unstable_by(order);
    Page { shown: keyed.into_iter().map(|(_, _, _, item)| item).collect(), total }
}

/// What Enter at the check-in desk does with what was typed.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckIn<'a> {
    /// Nothing typed: nobody is marked by accident.
    Blank,
    NoMatch,
    /// The first match was marked already; a second Enter must not unmark
    /// her.
    AlreadyPresent(&'a Person),
    Mark(&'a Person),
}

/// Enter marks the first match of [`search`] present.
pub fn check_in<'a>(project: &'a Project, event: &'a Event, typed: &str) -> CheckIn<'a> {
    check_in_among(project, event, typed, None)
}

/// [`check_in`] among the registrations of one mode (`None`: all).
pub fn check_in_among<'a>(
    project: &'a Project,
    event: &'a Event,
    typed: &str,
    mode: Option<AttendanceMode>,
) -> CheckIn<'a> {
    if Query::new(typed).words.is_empty() {
        return CheckIn::Blank;
    }
    let Some(first) = search_in(project, event, typed, 1, mode).into_iter().next() else {
        return CheckIn::NoMatch;
    };
    match project.person(first.person) {
        None => CheckIn::NoMatch,
        Some(person) if first.attended == Some(true) => CheckIn::AlreadyPresent(person),
        Some(person) => CheckIn::Mark(person),
    }
}

/// A person added at the desk from a name, a school and a subject; the rest
/// can be filled in after the event. Spaces are tidied because a name typed
/// in a hurry is later searched, sorted and printed on a certificate.
pub fn quick_person(full_name: &str, school: Option<SchoolId>, subject: &str) -> Person {
    let subject = subject.trim();
    Person {
        id: PersonId::new(),
        full_name: full_name.split_whitespace().collect::<Vec<_>>().join(" "),
        school,
        subjects: if subject.is_empty() { Vec::new() } else { vec![subject.to_owned()] },
        ..Person::default()
    }
}

/// A change to the registrations of one event; see [`super::edit::Edit`].
#[derive(Debug, Clone, PartialEq)]
pub enum RegistrationEdit {
    /// Register a person; appended at the end.
    Add(Registration),
    Remove(PersonId),
    SetAttended(PersonId, Option<bool>),
    SetMode(PersonId, AttendanceMode),
    SetGroup(PersonId, Option<String>),
    /// Put a registration back where it was; the inverse of `Remove`.
    Insert(usize, Registration),
}

/// Applies `change` to the registrations of `event` and returns its inverse.
/// On error the project is left as it was.
pub(super) fn apply(
    project: &mut Project,
    event: EventId,
    change: RegistrationEdit,
) -> Result<RegistrationEdit, EditError> {
    // A registration must name someone in People, or the file would not
    // load again.
    if let RegistrationEdit::Add(r) | RegistrationEdit::Insert(_, r) = &change
        && project.person(r.person).is_none()
    {
        return Err(EditError::NotFound);
    }
    let event = project.events.iter_mut().find(|e| e.id == event).ok_or(EditError::NotFound)?;
    let registrations = &mut event.registrations;
    let index_of = |registrations: &[Registration], person: PersonId| {
        registrations.iter().position(|r| r.person == person).ok_or(EditError::NotFound)
    };
    match change {
        RegistrationEdit::Add(registration) => {
            let index = registrations.len();
            insert(registrations, index, registration)
        }
        RegistrationEdit::Insert(index, registration) => insert(registrations, index, registration),
        RegistrationEdit::Remove(person) => {
            let index = index_of(registrations, person)?;
            Ok(RegistrationEdit::Insert(index, registrations.remove(index)))
        }
        RegistrationEdit::SetAttended(person, attended) => {
            let index = index_of(registrations, person)?;
            let old = std::mem::replace(&mut registrations[index].attended, attended);
            Ok(RegistrationEdit::SetAttended(person, old))
        }
        RegistrationEdit::SetMode(person, mode) => {
            let index = index_of(registrations, person)?;
            let old = std::mem::replace(&mut registrations[index].mode, mode);
            Ok(RegistrationEdit::SetMode(person, old))
        }
        RegistrationEdit::SetGroup(person, group) => {
            let index = index_of(registrations, person)?;
            let old = std::mem::replace(&mut registrations[index].group, group);
            Ok(RegistrationEdit::SetGroup(person, old))
        }
    }
}

fn insert(
    registrations: &mut Vec<Registration>,
    index: usize,
    registration: Registration,
) -> Result<RegistrationEdit, EditError> {
    // Counts, check-in and the assignment all take one registration to be
    // one person.
    if registrations.iter().any(|r| r.person == registration.person) {
        return Err(EditError::AlreadyRegistered);
    }
    let person = registration.person;
    registrations.insert(index.min(registrations.len()), registration);
    Ok(RegistrationEdit::Remove(person))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::edit::Edit;
    use chrono::{DateTime, NaiveDate, Utc};
    use proptest::prelude::*;

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(1_600_000_000, 0).unwrap()
    }

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2023, 3, 14).unwrap()
    }

    fn registration(person: PersonId, mode: AttendanceMode, attended: Option<bool>) -> Registration {
        Registration { person, mode, attended, ..Registration::default() }
    }

    fn school(name: &str, number: Option<&str>) -> School {
        School {
            id: SchoolId::new(),
            name: name.to_owned(),
            number: number.map(str::to_owned),
            ..School::default()
        }
    }

    /// A desk of a seminar: registered people from two schools, and one
    /// person of the project who is not registered for this event.
    struct Desk {
        project: Project,
        event: Event,
    }

    impl Desk {
        fn new(people: &[(&str, usize)]) -> Desk {
            let mut project = Project::new("Жоба", "", now());
            project.schools = vec![
                school("Мектеп-гимназия", Some("№57")),
                school("Абай атындағы орта мектеп", Some("12 ЖББМ")),
            ];
            let mut event = Event::new("Семинар", day());
            for &(name, s) in people {
                let person = quick_person(name, Some(project.schools[s].id), "");
                event.registrations.push(registration(person.id, AttendanceMode::Offline, None));
                project.people.push(person);
            }
            project.people.push(quick_person("Қожабаев Тіркелмеген", None, ""));
            Desk { project, event }
        }

        fn find(&self, typed: &str) -> Vec<&str> {
            search(&self.project, &self.event, typed, 10)
                .into_iter()
                .map(|r| self.project.person(r.person).unwrap().full_name.as_str())
                .collect()
        }
    }

    fn desk() -> Desk {
        Desk::new(&[
            ("Сейітова Айгерім Қожахметқызы", 1),
            ("Қожабекова Гүлнар", 0),
            ("Кожабеков Ерлан", 1),
            ("Мектепбаев Нұрлан", 1),
            ("Әлиева Алёна", 0),
            ("Үсенова Гүлзат", 1),
        ])
    }

    #[test]
    fn the_hall_desk_never_marks_an_online_namesake() {
        let mut desk = Desk::new(&[("Жақсыбаева Гүлмира", 0)]);
        let online = quick_person("Жақсыбаева Гүлнар", None, "");
        desk.event.registrations.insert(0, registration(online.id, AttendanceMode::Online, None));
        desk.project.people.insert(0, online);
        let hall = Some(AttendanceMode::Offline);
        let CheckIn::Mark(person) = check_in_among(&desk.project, &desk.event, "Жақсыбаева", hall)
        else {
            panic!("the hall's registration is found")
        };
        assert_eq!(person.full_name, "Жақсыбаева Гүлмира");
        let everyone = listing_in(&desk.project, &desk.event, "", 10, Some(AttendanceMode::Online));
        assert_eq!(everyone.total, 1);
    }

    #[test]
    fn counts_of_a_hybrid_event() {
        let mut event = Event::new("Облыстық семинар", day());
        event.format = EventFormat::Hybrid;
        event.expected_participants = Some(350);
        for i in 0..20 {
            let attended = match i {
                0..18 => Some(true),
                18 => Some(false),
                _ => None,
            };
            event.registrations.push(registration(PersonId::new(), AttendanceMode::Offline, attended));
        }
        for i in 0..300 {
            let attended = match i {
                0..250 => Some(true),
                250..260 => Some(false),
                _ => None,
            };
            event.registrations.push(registration(PersonId::new(), AttendanceMode::Online, attended));
        }
        assert_eq!(
            counts(&event),
            Counts {
                expected: Some(350),
                registered: 320,
                present: 268,
                absent: 11,
                unknown: 41,
                offline: 20,
                online: 300,
                present_offline: 18,
                present_online: 250,
            }
        );
        assert_eq!(counts(&Event::new("Бос", day())), Counts::default());
    }

    #[test]
    fn search_forgives_a_russian_keyboard() {
        let desk = desk();
        assert_eq!(desk.find("кожабекова"), ["Қожабекова Гүлнар"]);
        assert_eq!(desk.find("КОЖАБЕК"), ["Кожабеков Ерлан", "Қожабекова Гүлнар"]);
        assert_eq!(desk.find("алена"), ["Әлиева Алёна"]);
        assert_eq!(desk.find("усенова"), ["Үсенова Гүлзат"]);
        // And the other way round: a name typed without Kazakh letters is
        // found by a query typed with them.
        assert_eq!(desk.find("қожабеков е"), ["Кожабеков Ерлан"]);
    }

    #[test]
    fn search_by_a_later_word_and_by_several_words() {
        let desk = desk();
        assert_eq!(desk.find("гүлн"), ["Қожабекова Гүлнар"]);
        assert_eq!(desk.find("  айгерим "), ["Сейітова Айгерім Қожахметқызы"]);
        assert_eq!(desk.find("гулнар кож"), ["Қожабекова Гүлнар"]);
        assert_eq!(desk.find("қож гүл"), ["Қожабекова Гүлнар"]);
        // Not in the middle of a word: «бекова» would match half the list.
        assert!(desk.find("бекова").is_empty());
    }

    #[test]
    fn search_puts_prefixes_of_the_name_first() {
        let desk = desk();
        assert_eq!(
            desk.find("қож"),
            ["Кожабеков Ерлан", "Қожабекова Гүлнар", "Сейітова Айгерім Қожахметқызы"]
        );
        assert_eq!(
            desk.find("г"),
            // The second word of the name before the school «Мектеп-гимназия».
            ["Қожабекова Гүлнар", "Үсенова Гүлзат", "Әлиева Алёна"]
        );
    }

    #[test]
    fn search_by_school() {
        let desk = desk();
        assert_eq!(desk.find("гимназ"), ["Әлиева Алёна", "Қожабекова Гүлнар"]);
        assert_eq!(desk.find("№57"), ["Әлиева Алёна", "Қожабекова Гүлнар"]);
        // The surname that starts with the query comes before the people of
        // every school whose name has the word.
        assert_eq!(
            desk.find("мектеп"),
            [
                "Мектепбаев Нұрлан",
                "Әлиева Алёна",
                "Кожабеков Ерлан",
                "Қожабекова Гүлнар",
                "Сейітова Айгерім Қожахметқызы",
                "Үсенова Гүлзат"
            ]
        );
        // A name and a school together narrow the list.
        assert_eq!(desk.find("абай қож"), ["Кожабеков Ерлан", "Сейітова Айгерім Қожахметқызы"]);
    }

    #[test]
    fn search_respects_the_limit_and_ignores_blank_input() {
        let desk = desk();
        let found = search(&desk.project, &desk.event, "мектеп", 2);
        let names: Vec<_> = found.iter().map(|r| &desk.project.person(r.person).unwrap().full_name).collect();
        assert_eq!(names, ["Мектепбаев Нұрлан", "Әлиева Алёна"]);
        assert!(desk.find("").is_empty());
        assert!(desk.find(" -№ ").is_empty());
        assert!(search(&desk.project, &desk.event, "қож", 0).is_empty());
        assert!(desk.find("тиркел").is_empty(), "not registered for this event");
    }

    #[test]
    fn search_of_a_thousand_registrations() {
        let names = ["Қожабекова Гүлнар", "Сейітова Айгерім", "Әлиева Алёна", "Үсенова Гүлзат"];
        let people: Vec<(String, usize)> =
            (0..1000).map(|i| (format!("{} {i}", names[i % names.len()]), i % 2)).collect();
        let people: Vec<(&str, usize)> = people.iter().map(|(n, s)| (n.as_str(), *s)).collect();
        let desk = Desk::new(&people);
        assert_eq!(search(&desk.project, &desk.event, "кожабекова", usize::MAX).len(), 250);
        let found = desk.find("гул");
        assert_eq!(found.len(), 10);
        assert!(found.iter().all(|n| n.starts_with("Қожабекова Гүлнар")));
        assert_eq!(desk.find("гул 999"), ["Үсенова Гүлзат 999"]);
    }

    fn names<'a>(listed: impl IntoIterator<Item = &'a Person>) -> Vec<&'a str> {
        listed.into_iter().map(|p| p.full_name.as_str()).collect()
    }

    #[test]
    fn the_listing_is_everyone_by_name_or_what_the_search_finds() {
        let mut desk = desk();
        // A registration of someone People no longer holds.
        desk.event.registrations.push(registration(PersonId::new(), AttendanceMode::Online, None));
        let everyone = listing(&desk.project, &desk.event, "  ", usize::MAX);
        assert_eq!(everyone.total, 6);
        let everyone = everyone.shown;
        assert_eq!(
            names(everyone.iter().map(|&(_, p)| p)),
            [
                "Әлиева Алёна",
                "Кожабеков Ерлан",
                "Қожабекова Гүлнар",
                "Мектепбаев Нұрлан",
                "Сейітова Айгерім Қожахметқызы",
                "Үсенова Гүлзат"
            ]
        );
        assert!(everyone.iter().all(|(r, p)| r.person == p.id));
        let found = listing(&desk.project, &desk.event, "қож", usize::MAX).shown;
        assert_eq!(names(found.iter().map(|&(_, p)| p)), desk.find("қож"));
        // A page of the list: the first by name, and the count of them all.
        let page = listing(&desk.project, &desk.event, "", 2);
        assert_eq!(names(page.shown.iter().map(|&(_, p)| p)), ["Әлиева Алёна", "Кожабеков Ерлан"]);
        assert_eq!(page.total, 6);
        let page = listing(&desk.project, &desk.event, "қож", 1);
        assert_eq!((names(page.shown.iter().map(|&(_, p)| p)), page.total), (vec!["Кожабеков Ерлан"], 3));
    }

    #[test]
    fn unregistered_people_are_those_left_to_register() {
        let mut desk = desk();
        desk.project.people.push(quick_person("Әбенова Сәуле", None, ""));
        let find = |typed: &str, limit: usize| {
            let page = unregistered(&desk.project, &desk.event, typed, limit);
            (names(page.shown), page.total)
        };
        assert_eq!(find("", 10), (vec!["Әбенова Сәуле", "Қожабаев Тіркелмеген"], 2));
        assert_eq!(find("", 1), (vec!["Әбенова Сәуле"], 2));
        assert_eq!(find("кож", 10), (vec!["Қожабаев Тіркелмеген"], 1));
        assert_eq!(find("саул абен", 10), (vec!["Әбенова Сәуле"], 1));
        assert_eq!(find("гүлнар", 10), (vec![], 0), "registered already");
    }

    #[test]
    fn check_in_marks_the_first_match_and_never_unmarks() {
        let mut desk = desk();
        assert_eq!(check_in(&desk.project, &desk.event, " "), CheckIn::Blank);
        assert_eq!(check_in(&desk.project, &desk.event, "жоқадам"), CheckIn::NoMatch);
        assert_eq!(check_in(&desk.project, &desk.event, "тиркел"), CheckIn::NoMatch, "not registered");
        let CheckIn::Mark(first) = check_in(&desk.project, &desk.event, "кожаб") else {
            panic!("a match is marked")
        };
        assert_eq!(first.full_name, "Кожабеков Ерлан");
        let id = first.id;
        desk.event.registrations.iter_mut().find(|r| r.person == id).unwrap().attended = Some(true);
        match check_in(&desk.project, &desk.event, "кожаб") {
            CheckIn::AlreadyPresent(person) => assert_eq!(person.id, id),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn quick_person_is_tidy() {
        let school = SchoolId::new();
        let person = quick_person("  Қожабекова   Гүлнар \t", Some(school), " химия ");
        assert_eq!(person.full_name, "Қожабекова Гүлнар");
        assert_eq!(person.school, Some(school));
        assert_eq!(person.subjects, ["химия"]);
        assert!(quick_person("А", None, "  ").subjects.is_empty());
        assert_ne!(quick_person("А", None, "").id, quick_person("А", None, "").id);
    }

    fn project_with(people: usize) -> (Project, EventId) {
        let mut project = Project::new("Жоба", "", now());
        project.people = (0..people).map(|i| quick_person(&format!("Адам {i}"), None, "")).collect();
        project.events = vec![Event::new("Басқа", day()), Event::new("Семинар", day())];
        let event = project.events[1].id;
        (project, event)
    }

    fn edit(event: EventId, change: RegistrationEdit) -> Edit {
        Edit::Registration { event, change: Box::new(change) }
    }

    #[test]
    fn a_person_is_registered_once() {
        let (mut project, event) = project_with(1);
        let person = project.people[0].id;
        let add = edit(event, RegistrationEdit::Add(registration(person, AttendanceMode::Online, None)));
        let undo = project.apply(add.clone()).unwrap();
        assert_eq!(undo, edit(event, RegistrationEdit::Remove(person)));
        let before = project.clone();
        assert_eq!(project.apply(add), Err(EditError::AlreadyRegistered));
        let insert =
            edit(event, RegistrationEdit::Insert(0, registration(person, AttendanceMode::Offline, None)));
        assert_eq!(project.apply(insert), Err(EditError::AlreadyRegistered));
        assert_eq!(project, before);
    }

    #[test]
    fn edits_of_what_is_not_there() {
        let (mut project, event) = project_with(1);
        let person = project.people[0].id;
        let stranger = registration(PersonId::new(), AttendanceMode::Offline, None);
        let before = project.clone();
        for change in [
            edit(event, RegistrationEdit::Add(stranger)),
            edit(event, RegistrationEdit::Remove(person)),
            edit(event, RegistrationEdit::SetAttended(person, Some(true))),
            edit(EventId::new(), RegistrationEdit::Add(registration(person, AttendanceMode::Offline, None))),
        ] {
            assert_eq!(project.apply(change), Err(EditError::NotFound));
        }
        assert_eq!(project, before);
    }

    #[test]
    fn a_removed_registration_returns_to_its_place() {
        let (mut project, event) = project_with(3);
        let ids: Vec<PersonId> = project.people.iter().map(|p| p.id).collect();
        for &id in &ids {
            project
                .apply(edit(event, RegistrationEdit::Add(registration(id, AttendanceMode::Offline, None))))
                .unwrap();
        }
        project.events[1].registrations[1].extra.insert("badge".into(), 17.into());
        let removed = project.events[1].registrations[1].clone();
        let undo = project.apply(edit(event, RegistrationEdit::Remove(ids[1]))).unwrap();
        assert_eq!(undo, edit(event, RegistrationEdit::Insert(1, removed)));
        project.apply(undo).unwrap();
        assert_eq!(project.events[1].registrations[1].person, ids[1]);
        assert_eq!(project.events[1].registrations[1].extra["badge"], 17);
    }

    #[derive(Debug, Clone)]
    enum Op {
        Add(usize, bool),
        Remove(usize),
        SetAttended(usize, Option<bool>),
        SetMode(usize, bool),
        SetGroup(usize, Option<u8>),
        Insert(usize, usize, bool),
    }

    /// People 0..PEOPLE are in the project; the index PEOPLE stands for
    /// someone who is not.
    const PEOPLE: usize = 5;

    fn op() -> impl Strategy<Value = Op> {
        let who = 0..=PEOPLE;
        prop_oneof![
            (who.clone(), any::<bool>()).prop_map(|(p, online)| Op::Add(p, online)),
            who.clone().prop_map(Op::Remove),
            (who.clone(), any::<Option<bool>>()).prop_map(|(p, a)| Op::SetAttended(p, a)),
            (who.clone(), any::<bool>()).prop_map(|(p, online)| Op::SetMode(p, online)),
            (who.clone(), proptest::option::of(0..3u8)).prop_map(|(p, g)| Op::SetGroup(p, g)),
            (0..8usize, who, any::<bool>()).prop_map(|(i, p, online)| Op::Insert(i, p, online)),
        ]
    }

    fn mode(online: bool) -> AttendanceMode {
        if online { AttendanceMode::Online } else { AttendanceMode::Offline }
    }

    fn change(op: &Op, ids: &[PersonId]) -> RegistrationEdit {
        let reg = |p: usize, online: bool| registration(ids[p], mode(online), None);
        match *op {
            Op::Add(p, online) => RegistrationEdit::Add(reg(p, online)),
            Op::Remove(p) => RegistrationEdit::Remove(ids[p]),
            Op::SetAttended(p, attended) => RegistrationEdit::SetAttended(ids[p], attended),
            Op::SetMode(p, online) => RegistrationEdit::SetMode(ids[p], mode(online)),
            Op::SetGroup(p, group) => RegistrationEdit::SetGroup(ids[p], group.map(|g| format!("Топ {g}"))),
            Op::Insert(i, p, online) => RegistrationEdit::Insert(i, reg(p, online)),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn every_edit_is_undone_exactly(
            start in proptest::collection::vec(
                (any::<bool>(), any::<bool>(), any::<Option<bool>>(), proptest::option::of(0..3u8)),
                PEOPLE,
            ),
            ops in proptest::collection::vec(op(), 0..40),
        ) {
            let (mut project, event) = project_with(PEOPLE);
            let mut ids: Vec<PersonId> = project.people.iter().map(|p| p.id).collect();
            ids.push(PersonId::new());
            for (i, &(registered, online, attended, group)) in start.iter().enumerate() {
                if registered {
                    let mut r = registration(ids[i], mode(online), attended);
                    r.group = group.map(|g| format!("Топ {g}"));
                    r.extra.insert("row".into(), i.into());
                    project.events[1].registrations.push(r);
                }
            }
            let initial = project.clone();

            let mut undo = Vec::new();
            for op in &ops {
                let before = project.clone();
                match project.apply(edit(event, change(op, &ids))) {
                    Ok(inverse) => {
                        let after = project.clone();
                        let redo = project.apply(inverse.clone()).unwrap();
                        prop_assert_eq!(&project, &before);
                        project.apply(redo).unwrap();
                        prop_assert_eq!(&project, &after);
                        undo.push(inverse);
                    }
                    Err(_) => {
                        prop_assert_eq!(&project, &before);
                    }
                }
                let registrations = &project.events[1].registrations;
                for (i, r) in registrations.iter().enumerate() {
                    prop_assert!(registrations[..i].iter().all(|other| other.person != r.person));
                }
                prop_assert!(project.events[0].registrations.is_empty());
            }
            while let Some(inverse) = undo.pop() {
                project.apply(inverse).unwrap();
            }
            prop_assert_eq!(project, initial);
        }
    }
}
