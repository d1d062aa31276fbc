//! The participants report of a video meeting (Zoom, Teams, Webex and
//! the like export one as CSV): who joined, and for how long. Each name
//! is matched to the event's registrations as people lists are, so the
//! online audience is marked as having taken part without a roll call.
//!
//! A report often begins with a block about the meeting (its topic, id,
//! start) before the participants' own header; the header is looked for
//! in the first lines instead of assumed to be the first.

use super::table::Table;
use crate::domain::names::match_key;
use crate::domain::registration::RegistrationEdit;
use crate::domain::{Edit, Event, PersonId, Project};
use std::collections::HashMap;

const NAME_HEADERS: [&str; 10] = [
    "name (original name)",
    "name",
    "participant",
    "participant name",
    "display name",
    "имя (настоящее имя)",
    "имя",
    "участник",
    "аты",
    "қатысушы",
];
const EMAIL_HEADERS: [&str; 6] =
    ["user email", "email", "e-mail", "адрес электронной почты", "электронная почта", "эл. пошта"];
const MINUTES_HEADERS: [&str; 6] = [
    "duration (minutes)",
    "duration",
    "total duration (minutes)",
    "продолжительность (минуты)",
    "продолжительность",
    "ұзақтығы",
];
/// How far down a report's header may be, past the meeting's own block.
const HEADER_SEARCH_ROWS: usize = 12;

/// What became of one participant of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joined {
    /// Registered for the event, and now marked as having taken part.
    Registered(PersonId),
    /// Already marked before this report.
    AlreadyMarked(PersonId),
    /// A person of the project who is not registered for the event.
    NotRegistered(PersonId),
    /// Nobody of the project by this name or e-mail.
    Unknown,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    /// The line of the file the participant first appears on.
    pub line: u64,
    pub name: String,
    /// Minutes in the meeting, summed over every time she joined.
    pub minutes: u32,
    pub joined: Joined,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttendanceReport {
    pub participants: Vec<Participant>,
}

impl AttendanceReport {
    pub fn count(&self, wanted: fn(&Joined) -> bool) -> usize {
        self.participants.iter().filter(|p| wanted(&p.joined)).count()
    }

    /// Marks the registrations of the people who joined as attended; one
    /// step to undo. `None` when nobody new is marked.
    pub fn edit(&self, event: &Event) -> Option<Edit> {
        let edits: Vec<Edit> = self
            .participants
            .iter()
            .filter_map(|p| match p.joined {
                Joined::Registered(person) => Some(Edit::Registration {
                    event: event.id,
                    change: Box::new(RegistrationEdit::SetAttended(person, Some(true))),
                }),
                _ => None,
            })
            .collect();
        (!edits.is_empty()).then_some(Edit::Batch(edits))
    }
}

/// Whether a table is a meeting's participants report: it has a name
/// column somewhere in its first lines.
pub fn is_report(table: &Table) -> bool {
    header_row(table).is_some()
}

/// The participants of `table` matched to the registrations of `event`.
/// `None` when the table has no column of names.
pub fn read(table: &Table, project: &Project, event: &Event) -> Option<AttendanceReport> {
    let (skip, headers) = header_row(table)?;
    let column = |known: &[&str]| {
        let known: Vec<String> = known.iter().map(|h| match_key(h)).collect();
        headers.iter().position(|h| known.contains(&match_key(h)))
    };
    let name_column = column(&NAME_HEADERS)?;
    let email_column = column(&EMAIL_HEADERS);
    let minutes_column = column(&MINUTES_HEADERS);

    let by_email: HashMap<String, PersonId> = project
        .people
        .iter()
        .filter_map(|p| Some((p.email.as_deref()?.trim().to_lowercase(), p.id)))
        .filter(|(email, _)| !email.is_empty())
        .collect();
    let by_name: HashMap<Vec<String>, PersonId> =
        project.people.iter().map(|p| (words(&p.full_name), p.id)).filter(|(w, _)| !w.is_empty()).collect();
    let registered: HashMap<PersonId, bool> =
        event.registrations.iter().map(|r| (r.person, r.attended == Some(true))).collect();

    let mut participants: Vec<Participant> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for row in &table.rows[skip..] {
        let cell =
            |index: Option<usize>| index.and_then(|i| row.cells.get(i)).map(|c| c.trim()).unwrap_or("");
        let name = without_original(cell(Some(name_column)));
        if match_key(name).is_empty() {
            continue;
        }
        let email = cell(email_column).to_lowercase();
        let minutes = minutes_of(cell(minutes_column));
        let key = if email.is_empty() { match_key(name) } else { email.clone() };
        if let Some(&index) = seen.get(&key) {
            participants[index].minutes = participants[index].minutes.saturating_add(minutes);
            continue;
        }
        let person = by_email.get(&email).or_else(|| by_name.get(&words(name))).copied();
        let joined = match person {
            None => Joined::Unknown,
            Some(id) => match registered.get(&id) {
                None => Joined::NotRegistered(id),
                Some(true) => Joined::AlreadyMarked(id),
                Some(false) => Joined::Registered(id),
            },
        };
        seen.insert(key, participants.len());
        participants.push(Participant { line: row.line, name: name.to_owned(), minutes, joined });
    }
    // One person who joined from two devices under two names is still one.
    let mut marked = std::collections::HashSet::new();
    for participant in &mut participants {
        if let Joined::Registered(id) = participant.joined
            && !marked.insert(id)
        {
            participant.joined = Joined::AlreadyMarked(id);
        }
    }
    Some(AttendanceReport { participants })
}

/// The header row and how many data rows precede it (0 when the file's
/// own header is the participants').
fn header_row(table: &Table) -> Option<(usize, &[String])> {
    let names: Vec<String> = NAME_HEADERS.iter().map(|h| match_key(h)).collect();
    let is_header = |cells: &[String]| cells.iter().any(|c| names.contains(&match_key(c)));
    if is_header(&table.headers) {
        return Some((0, &table.headers));
    }
    table
        .rows
        .iter()
        .take(HEADER_SEARCH_ROWS)
        .position(|row| is_header(&row.cells))
        .map(|index| (index + 1, table.rows[index].cells.as_slice()))
}

/// «Айгүл Сейтқали (Айгуль)» as Zoom shows a renamed participant: the
/// name before the brackets is the one she gave.
fn without_original(name: &str) -> &str {
    match name.find(" (") {
        Some(at) if name.ends_with(')') && at > 0 => name[..at].trim(),
        _ => name,
    }
}

/// The words of a name, sorted: «Айгүл Сейтқалиева» joins the meeting as
/// she likes and registers surname first.
fn words(name: &str) -> Vec<String> {
    let mut words: Vec<String> =
        match_key(name).split(' ').filter(|w| !w.is_empty()).map(str::to_owned).collect();
    words.sort();
    words
}

fn minutes_of(text: &str) -> u32 {
    let text = text.trim().replace(',', ".");
    text.parse::<f64>()
        .ok()
        .filter(|m| m.is_finite() && *m >= 0.0)
        .map_or(0, |m| m.round().min(f64::from(u32::MAX)) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AttendanceMode, Person, Registration};
    use crate::exchange::table;
    use chrono::NaiveDate;
    use proptest::prelude::*;

    fn project() -> (Project, Vec<PersonId>) {
        let mut project = Project::new("Республикалық семинар", "Әдістемелік орталық", chrono::Utc::now());
        let people: Vec<Person> = ["Сейтқалиева Айгүл Маратқызы", "Омарова Гүлнар", "Ахметов Болат"]
            .iter()
            .map(|n| Person { id: PersonId::new(), full_name: (*n).into(), ..Person::default() })
            .collect();
        let ids = people.iter().map(|p| p.id).collect();
        project.people = people;
        project.people[1].email = Some("gulnar@mektep.kz".into());
        let mut event = crate::domain::Event::new("Семинар", NaiveDate::from_ymd_opt(2024, 3, 14).unwrap());
        for person in &project.people[..2] {
            event.registrations.push(Registration {
                person: person.id,
                mode: AttendanceMode::Online,
                ..Registration::default()
            });
        }
        project.events.push(event);
        (project, ids)
    }

    const ZOOM: &str = "Meeting ID,Topic,Start Time\n\
        812 3456 7890,Республикалық семинар,03/14/2024 10:00:00 AM\n\
        \n\
        Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n\
        Айгүл Маратқызы Сейтқалиева,,03/14/2024 10:01,03/14/2024 11:30,89,Yes\n\
        Гүлнар (Омарова Гүлнар),GULNAR@mektep.kz,03/14/2024 10:02,03/14/2024 10:40,38,Yes\n\
        Гүлнар (Омарова Гүлнар),gulnar@mektep.kz,03/14/2024 10:45,03/14/2024 11:30,45,Yes\n\
        Ахметов Болат,,03/14/2024 10:05,03/14/2024 11:30,85,Yes\n\
        iPhone,,03/14/2024 10:06,03/14/2024 10:07,1,Yes\n";

    #[test]
    fn a_zoom_report_marks_the_registered_and_names_the_rest() {
        let (mut project, ids) = project();
        let table = table::read(ZOOM.as_bytes()).unwrap();
        let event = project.events[0].clone();
        let report = read(&table, &project, &event).expect("a report");
        let joined: Vec<(&str, u32, Joined)> =
            report.participants.iter().map(|p| (p.name.as_str(), p.minutes, p.joined)).collect();
        assert_eq!(
            joined,
            vec![
                ("Айгүл Маратқызы Сейтқалиева", 89, Joined::Registered(ids[0])),
                ("Гүлнар", 83, Joined::Registered(ids[1])),
                ("Ахметов Болат", 85, Joined::NotRegistered(ids[2])),
                ("iPhone", 1, Joined::Unknown),
            ]
        );
        assert_eq!(report.participants[0].line, 5);
        project.apply(report.edit(&event).unwrap()).unwrap();
        let attended: Vec<Option<bool>> =
            project.events[0].registrations.iter().map(|r| r.attended).collect();
        assert_eq!(attended, vec![Some(true), Some(true)]);
        // Read again, nobody is new: the edit would change nothing.
        let again = read(&table, &project, &project.events[0]).unwrap();
        assert!(again.edit(&project.events[0]).is_none());
        assert_eq!(again.count(|j| matches!(j, Joined::AlreadyMarked(_))), 2);
    }

    #[test]
    fn a_list_without_names_is_no_report() {
        let (project, _) = project();
        let table = table::read("Тақырып;Күні\nСеминар;14.03.2024\n".as_bytes()).unwrap();
        assert!(!is_report(&table));
        assert!(read(&table, &project, &project.events[0]).is_none());
    }

    proptest! {
        #[test]
        fn any_text_reads_without_panicking(text in ".{0,400}") {
            let (project, _) = project();
            if let Ok(table) = table::read(text.as_bytes()) {
                let _ = read(&table, &project, &project.events[0]);
            }
        }
    }
}
