//! A list of people from a spreadsheet (an online registration form's
//! export, a department's list): its columns guessed from Kazakh, Russian,
//! Kyrgyz and English headers, every row previewed with what will become
//! of it, and one edit that adds the people, their organisations and, for
//! an event, their registrations.
//!
//! Nobody is added twice: a row whose name (case, spaces and Kazakh or
//! Kyrgyz letters typed as Russian ones aside) and organisation or e-mail
//! are a person's of the project is that person; a row with only her name
//! the same is doubtful, and the user says which it is.

use super::table::Table;
use crate::domain::names::match_key;
use crate::domain::registration::RegistrationEdit;
use crate::domain::{
    AttendanceMode, CourseId, Edit, EventId, ItemEdit, OrganisationKind, Person, PersonId, Project,
    Registration, School, SchoolId,
};
use std::collections::{HashMap, HashSet};

/// What one column of the file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum PeopleColumn {
    #[default]
    Ignore,
    FullName,
    Surname,
    GivenName,
    Patronymic,
    Organisation,
    Position,
    Subjects,
    Email,
    Phone,
    Region,
    /// In the hall or online.
    Mode,
    Group,
}

impl PeopleColumn {
    pub const ALL: [PeopleColumn; 13] = [
        PeopleColumn::Ignore,
        PeopleColumn::FullName,
        PeopleColumn::Surname,
        PeopleColumn::GivenName,
        PeopleColumn::Patronymic,
        PeopleColumn::Organisation,
        PeopleColumn::Position,
        PeopleColumn::Subjects,
        PeopleColumn::Email,
        PeopleColumn::Phone,
        PeopleColumn::Region,
        PeopleColumn::Mode,
        PeopleColumn::Group,
    ];

    /// The word for the use on the command line (`--map ФИО=name`).
    pub fn code(self) -> &'static str {
        match self {
            PeopleColumn::Ignore => "ignore",
            PeopleColumn::FullName => "name",
            PeopleColumn::Surname => "surname",
            PeopleColumn::GivenName => "given-name",
            PeopleColumn::Patronymic => "patronymic",
            PeopleColumn::Organisation => "organisation",
            PeopleColumn::Position => "position",
            PeopleColumn::Subjects => "subjects",
            PeopleColumn::Email => "email",
            PeopleColumn::Phone => "phone",
            PeopleColumn::Region => "region",
            PeopleColumn::Mode => "mode",
            PeopleColumn::Group => "group",
        }
    }

    pub fn from_code(code: &str) -> Option<PeopleColumn> {
        let code = code.trim().to_lowercase();
        PeopleColumn::ALL.into_iter().find(|c| c.code() == code)
    }

    /// How forms and lists head the column, in the four languages.
    fn headers(self) -> &'static [&'static str] {
        match self {
            PeopleColumn::Ignore => &[],
            PeopleColumn::FullName => &[
                "аты-жөні",
                "толық аты-жөні",
                "қатысушының аты-жөні",
                "тегі, аты, әкесінің аты",
                "фио",
                "ф.и.о.",
                "фамилия, имя, отчество",
                "фамилия имя отчество",
                "фио участника",
                "аты-жөнү",
                "толук аты-жөнү",
                "name",
                "full name",
                "participant",
            ],
            PeopleColumn::Surname => &["тегі", "фамилия", "фамилиясы", "surname", "last name", "family name"],
            PeopleColumn::GivenName => &["аты", "имя", "first name", "given name"],
            PeopleColumn::Patronymic => {
                &["әкесінің аты", "отчество", "атасынын аты", "patronymic", "middle name"]
            }
            PeopleColumn::Organisation => &[
                "мектеп",
                "ұйым",
                "білім беру ұйымы",
                "ұйымның атауы",
                "жұмыс орны",
                "мекеме",
                "организация",
                "школа",
                "учреждение",
                "место работы",
                "образовательное учреждение",
                "уюм",
                "мектеби",
                "иштеген жери",
                "organisation",
                "organization",
                "school",
                "institution",
            ],
            PeopleColumn::Position => {
                &["лауазымы", "лауазым", "должность", "кызматы", "position", "job title"]
            }
            PeopleColumn::Subjects => {
                &["пәні", "пән", "предмет", "предметы", "сабагы", "subject", "subjects"]
            }
            PeopleColumn::Email => &[
                "e-mail",
                "email",
                "эл. пошта",
                "электрондық пошта",
                "эл. почта",
                "эл.почта",
                "электронная почта",
                "адрес электронной почты",
                "email address",
                "почта",
                "электрондук почта",
                "mail",
            ],
            PeopleColumn::Phone => {
                &["телефон", "тел.", "ұялы телефон", "мобильный телефон", "phone", "mobile"]
            }
            PeopleColumn::Region => &[
                "өңір",
                "облыс",
                "облыс/қала",
                "аймақ",
                "регион",
                "область",
                "область/город",
                "аймак",
                "облус",
                "region",
            ],
            PeopleColumn::Mode => &[
                "қатысу түрі",
                "қатысу формасы",
                "формат",
                "форма участия",
                "формат участия",
                "катышуу түрү",
                "mode",
                "attendance",
                "format",
            ],
            PeopleColumn::Group => &["топ", "группа", "секция", "group"],
        }
    }
}

/// One use per column of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeopleMapping {
    pub columns: Vec<PeopleColumn>,
}

impl PeopleMapping {
    /// Each column by its header, the longest known heading that begins it
    /// winning («Аты-жөні» is the full name, not «Аты», the given name);
    /// a use is guessed for one column at most.
    pub fn guess(table: &Table) -> PeopleMapping {
        let mut known: Vec<(String, PeopleColumn)> = PeopleColumn::ALL
            .iter()
            .flat_map(|&column| column.headers().iter().map(move |h| (match_key(h), column)))
            .collect();
        known.sort_by_key(|(header, _)| std::cmp::Reverse(header.len()));
        let mut taken = HashSet::new();
        let columns = table
            .headers
            .iter()
            .map(|header| {
                let header = match_key(header);
                let found = known
                    .iter()
                    .find(|(known, _)| {
                        header == *known
                            || header.strip_prefix(known.as_str()).is_some_and(|r| r.starts_with(' '))
                    })
                    .map(|(_, column)| *column);
                match found {
                    Some(column) if taken.insert(column) => column,
                    _ => PeopleColumn::Ignore,
                }
            })
            .collect();
        PeopleMapping { columns }
    }

    /// Gives the column named `column` (its header, or its number from 1)
    /// the use `to`; a column that had that use loses it. `false` when the
    /// table has no such column.
    pub fn set(&mut self, table: &Table, column: &str, to: PeopleColumn) -> bool {
        let wanted = match_key(column);
        let index = match column.trim().parse::<usize>() {
            Ok(number) if (1..=self.columns.len()).contains(&number) => Some(number - 1),
            _ => table.headers.iter().position(|h| match_key(h) == wanted),
        };
        let Some(index) = index.filter(|&i| i < self.columns.len()) else { return false };
        if to != PeopleColumn::Ignore {
            for other in self.columns.iter_mut().filter(|c| **c == to) {
                *other = PeopleColumn::Ignore;
            }
        }
        self.columns[index] = to;
        true
    }

    fn has(&self, column: PeopleColumn) -> bool {
        self.columns.contains(&column)
    }

    /// A name can be read: from one column, or from a surname column.
    pub fn names_people(&self) -> bool {
        self.has(PeopleColumn::FullName) || self.has(PeopleColumn::Surname)
    }
}

/// Why a row cannot become a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeopleProblem {
    NoName,
    /// An e-mail without «@».
    BadEmail(String),
    /// Neither the hall nor online.
    UnknownMode(String),
}

/// What importing does with a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowOutcome {
    New,
    /// The person of the project with the same name and organisation or
    /// e-mail.
    Same(PersonId),
    /// A person with the same name only: the user decides.
    Doubtful(PersonId),
    /// The same person as the row on this line of the file.
    Repeated {
        first_line: u64,
    },
    Bad(PeopleProblem),
}

/// One row, read.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonRow {
    pub line: u64,
    pub name: String,
    pub organisation: String,
    pub position: String,
    pub subjects: Vec<String>,
    pub email: String,
    pub phone: String,
    pub region: String,
    pub mode: Option<AttendanceMode>,
    pub group: String,
    pub outcome: RowOutcome,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PeoplePreview {
    pub rows: Vec<PersonRow>,
    /// Organisations the file names that the project does not have yet.
    pub new_organisations: Vec<String>,
}

impl PeoplePreview {
    pub fn count(&self, wanted: fn(&RowOutcome) -> bool) -> usize {
        self.rows.iter().filter(|r| wanted(&r.outcome)).count()
    }

    pub fn bad(&self) -> impl Iterator<Item = &PersonRow> {
        self.rows.iter().filter(|r| matches!(r.outcome, RowOutcome::Bad(_)))
    }

    pub fn doubtful(&self) -> impl Iterator<Item = (&PersonRow, PersonId)> {
        self.rows.iter().filter_map(|r| match r.outcome {
            RowOutcome::Doubtful(id) => Some((r, id)),
            _ => None,
        })
    }

    /// The edit that imports the rows: new organisations and people, the
    /// empty fields of people already there filled from the file, and for
    /// `event` the registrations not made yet. The doubtful rows on the
    /// lines of `same` are the project's person; the other doubtful ones
    /// are new people. `None` when there is nothing to change.
    pub fn edit(&self, project: &Project, event: Option<EventId>, same: &HashSet<u64>) -> Option<Edit> {
        self.edit_into(project, event, None, same)
    }

    /// As [`edit`](Self::edit), and everyone on the list enrolled on
    /// `course` (a 72-hour course's list from the training centre) in the
    /// order of the list.
    pub fn edit_into(
        &self,
        project: &Project,
        event: Option<EventId>,
        course: Option<CourseId>,
        same: &HashSet<u64>,
    ) -> Option<Edit> {
        let mut edits = Vec::new();
        let mut listed: Vec<PersonId> = Vec::new();
        let mut schools: HashMap<String, SchoolId> =
            project.schools.iter().map(|s| (match_key(&s.name), s.id)).collect();
        for name in &self.new_organisations {
            let school = School {
                id: SchoolId::new(),
                name: name.clone(),
                kind: OrganisationKind::guess(name),
                ..School::default()
            };
            schools.insert(match_key(name), school.id);
            edits.push(Edit::School(Box::new(ItemEdit::Put(school))));
        }
        let mut people_of_lines: HashMap<u64, PersonId> = HashMap::new();
        let mut registered: HashSet<PersonId> = event
            .and_then(|id| project.event(id))
            .map(|e| e.registrations.iter().map(|r| r.person).collect())
            .unwrap_or_default();
        for row in &self.rows {
            let school = (!row.organisation.is_empty())
                .then(|| schools.get(&match_key(&row.organisation)).copied())
                .flatten();
            let person = match row.outcome {
                RowOutcome::Bad(_) => continue,
                RowOutcome::Repeated { first_line } => match people_of_lines.get(&first_line) {
                    Some(id) => *id,
                    None => continue,
                },
                RowOutcome::Same(id) => self.fill(project, id, row, school, &mut edits),
                RowOutcome::Doubtful(id) if same.contains(&row.line) => {
                    self.fill(project, id, row, school, &mut edits)
                }
                RowOutcome::New | RowOutcome::Doubtful(_) => {
                    let person = Person {
                        id: PersonId::new(),
                        full_name: row.name.clone(),
                        school,
                        position: row.position.clone(),
                        subjects: row.subjects.clone(),
                        email: (!row.email.is_empty()).then(|| row.email.clone()),
                        phone: (!row.phone.is_empty()).then(|| row.phone.clone()),
                        region: (!row.region.is_empty()).then(|| row.region.clone()),
                        ..Person::default()
                    };
                    let id = person.id;
                    edits.push(Edit::Person(Box::new(ItemEdit::Put(person))));
                    id
                }
            };
            people_of_lines.insert(row.line, person);
            listed.push(person);
            if let Some(event) = event
                && registered.insert(person)
            {
                let registration = Registration {
                    person,
                    mode: row.mode.unwrap_or_default(),
                    attended: None,
                    group: (!row.group.is_empty()).then(|| row.group.clone()),
                    extra: Default::default(),
                };
                edits.push(Edit::Registration {
                    event,
                    change: Box::new(RegistrationEdit::Add(registration)),
                });
            }
        }
        if let Some(mut enrolled) = course.and_then(|id| project.courses.iter().find(|c| c.id == id)).cloned()
            && enrolled.enrol(listed) > 0
        {
            edits.push(Edit::Course(Box::new(ItemEdit::Put(enrolled))));
        }
        (!edits.is_empty()).then_some(Edit::Batch(edits))
    }

    /// The person `id` with what the project did not know of her filled in
    /// from the row; nothing she has is overwritten.
    fn fill(
        &self,
        project: &Project,
        id: PersonId,
        row: &PersonRow,
        school: Option<SchoolId>,
        edits: &mut Vec<Edit>,
    ) -> PersonId {
        let Some(known) = project.person(id) else { return id };
        let mut person = known.clone();
        if person.school.is_none() {
            person.school = school;
        }
        if person.position.trim().is_empty() {
            person.position = row.position.clone();
        }
        if person.subjects.is_empty() {
            person.subjects = row.subjects.clone();
        }
        if person.email.is_none() && !row.email.is_empty() {
            person.email = Some(row.email.clone());
        }
        if person.phone.is_none() && !row.phone.is_empty() {
            person.phone = Some(row.phone.clone());
        }
        if person.region.is_none() && !row.region.is_empty() {
            person.region = Some(row.region.clone());
        }
        if person != *known {
            edits.push(Edit::Person(Box::new(ItemEdit::Put(person))));
        }
        id
    }
}

/// Reads every row of `table` as `mapping` says and finds who is who.
pub fn preview(table: &Table, mapping: &PeopleMapping, project: &Project) -> PeoplePreview {
    let cell = |cells: &[String], wanted: PeopleColumn| -> String {
        let values: Vec<&str> = mapping
            .columns
            .iter()
            .zip(cells)
            .filter(|(column, value)| **column == wanted && !value.trim().is_empty())
            .map(|(_, value)| value.trim())
            .collect();
        values.join(" ")
    };
    let mut by_name: HashMap<String, Vec<&Person>> = HashMap::new();
    for person in &project.people {
        by_name.entry(match_key(&person.full_name)).or_default().push(person);
    }
    let school_key = |id: Option<SchoolId>| {
        id.and_then(|id| project.school(id)).map(|s| match_key(&s.name)).unwrap_or_default()
    };
    let known_schools: HashSet<String> = project.schools.iter().map(|s| match_key(&s.name)).collect();
    let mut new_organisations: Vec<String> = Vec::new();
    let mut new_keys: HashSet<String> = HashSet::new();
    let mut first_lines: HashMap<(String, String), u64> = HashMap::new();
    let mut rows = Vec::with_capacity(table.rows.len());
    for row in &table.rows {
        let name = match cell(&row.cells, PeopleColumn::FullName) {
            full if !full.is_empty() => full,
            _ => [PeopleColumn::Surname, PeopleColumn::GivenName, PeopleColumn::Patronymic]
                .map(|c| cell(&row.cells, c))
                .into_iter()
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join(" "),
        };
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        let organisation = cell(&row.cells, PeopleColumn::Organisation);
        let email = cell(&row.cells, PeopleColumn::Email);
        let mode_text = cell(&row.cells, PeopleColumn::Mode);
        let mode = parse_mode(&mode_text);
        let problem = if match_key(&name).is_empty() {
            Some(PeopleProblem::NoName)
        } else if !email.is_empty() && !email.contains('@') {
            Some(PeopleProblem::BadEmail(email.clone()))
        } else if !mode_text.is_empty() && mode.is_none() {
            Some(PeopleProblem::UnknownMode(mode_text))
        } else {
            None
        };
        let (key, org_key) = (match_key(&name), match_key(&organisation));
        let outcome = match problem {
            Some(problem) => RowOutcome::Bad(problem),
            None => match first_lines.get(&(key.clone(), org_key.clone())) {
                Some(&first_line) => RowOutcome::Repeated { first_line },
                None => {
                    first_lines.insert((key.clone(), org_key.clone()), row.line);
                    let namesakes = by_name.get(&key).map(Vec::as_slice).unwrap_or_default();
                    let same = namesakes.iter().find(|p| {
                        let same_email = !email.is_empty()
                            && p.email.as_deref().is_some_and(|e| e.trim().eq_ignore_ascii_case(&email));
                        let same_school = !org_key.is_empty() && school_key(p.school) == org_key;
                        same_email || same_school || (email.is_empty() && org_key.is_empty())
                    });
                    match (same, namesakes.first()) {
                        (Some(person), _) => RowOutcome::Same(person.id),
                        (None, Some(person)) => RowOutcome::Doubtful(person.id),
                        (None, None) => RowOutcome::New,
                    }
                }
            },
        };
        if !matches!(outcome, RowOutcome::Bad(_))
            && !org_key.is_empty()
            && !known_schools.contains(&org_key)
            && new_keys.insert(org_key)
        {
            new_organisations.push(organisation.clone());
        }
        let subjects = cell(&row.cells, PeopleColumn::Subjects)
            .split([',', ';', '/'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        rows.push(PersonRow {
            line: row.line,
            name,
            organisation,
            position: cell(&row.cells, PeopleColumn::Position),
            subjects,
            email,
            phone: cell(&row.cells, PeopleColumn::Phone),
            region: cell(&row.cells, PeopleColumn::Region),
            mode,
            group: cell(&row.cells, PeopleColumn::Group),
            outcome,
        });
    }
    PeoplePreview { rows, new_organisations }
}

/// In the hall or online, as forms write it; `None` for an empty cell or
/// one that says neither.
fn parse_mode(text: &str) -> Option<AttendanceMode> {
    let key = match_key(text);
    if key.is_empty() {
        return None;
    }
    const ONLINE: [&str; 7] = ["онлайн", "online", "қашықтан", "дистанционно", "zoom", "зум", "алыстан"];
    const OFFLINE: [&str; 8] =
        ["офлайн", "offline", "оффлайн", "очно", "зал", "in person", "бетпе бет", "күндүзгі"];
    let has = |words: &[&str]| words.iter().any(|w| key.contains(&match_key(w)));
    match (has(&ONLINE), has(&OFFLINE)) {
        (true, false) => Some(AttendanceMode::Online),
        (false, true) => Some(AttendanceMode::Offline),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::table::read;
    use chrono::Utc;

    fn project() -> Project {
        let mut project = Project::new("Республикалық семинар", "", Utc::now());
        let school =
            School { id: SchoolId::new(), name: "№12 гимназия".into(), ..School::default() };
        project.people.push(Person {
            id: PersonId::new(),
            full_name: "Қожабекова Гүлнар".into(),
            school: Some(school.id),
            ..Person::default()
        });
        project.people.push(Person {
            id: PersonId::new(),
            full_name: "Бекова Асель".into(),
            email: Some("asel@mail.kz".into()),
            ..Person::default()
        });
        project.schools.push(school);
        let event =
            crate::domain::Event::new("Семинар", chrono::NaiveDate::from_ymd_opt(2024, 3, 1).unwrap());
        project.events.push(event);
        project
    }

    #[test]
    fn the_columns_are_guessed_from_the_headers_of_each_language() {
        let table = read("Аты-жөні;Ұйым;Лауазымы;E-mail;Қатысу түрі\nА;Б;В;Г;онлайн\n".as_bytes()).unwrap();
        use PeopleColumn::*;
        assert_eq!(PeopleMapping::guess(&table).columns, [FullName, Organisation, Position, Email, Mode]);
        let table = read("Фамилия,Имя,Отчество,Место работы,Телефон\nа,б,в,г,д\n".as_bytes()).unwrap();
        assert_eq!(
            PeopleMapping::guess(&table).columns,
            [Surname, GivenName, Patronymic, Organisation, Phone]
        );
        let table = read("Аты-жөнү\tМектеби\tКызматы\tЭлектрондук почта\nа\tб\tв\tг\n".as_bytes()).unwrap();
        assert_eq!(PeopleMapping::guess(&table).columns, [FullName, Organisation, Position, Email]);
        let table = read("Timestamp,Full name,Organization,Something else\n1,a,b,c\n".as_bytes()).unwrap();
        assert_eq!(PeopleMapping::guess(&table).columns, [Ignore, FullName, Organisation, Ignore]);
    }

    #[test]
    fn people_already_in_the_project_are_not_added_again_and_namesakes_are_asked_about() {
        let project = project();
        let csv = "ФИО;Организация;E-mail;Формат\n\
                   кожабекова  гулнар;№12 гимназия;;очно\n\
                   Бекова Асель;ЦПМ;ASEL@mail.kz;онлайн\n\
                   Қожабекова Гүлнар;Мирас бөбекжайы;;онлайн\n\
                   Сейтова Раушан;Мирас бөбекжайы;r@s.kz;zoom\n\
                   Сейтова Раушан;Мирас бөбекжайы;r@s.kz;zoom\n\
                   ;ЦПМ;;\n\
                   Әлиева Дана;ЦПМ;dana-at-mail;\n\
                   Нұрова Айгүл;ЦПМ;;в зале и онлайн\n";
        let table = read(csv.as_bytes()).unwrap();
        let preview = preview(&table, &PeopleMapping::guess(&table), &project);
        let outcomes: Vec<&RowOutcome> = preview.rows.iter().map(|r| &r.outcome).collect();
        let (gulnar, asel) = (project.people[0].id, project.people[1].id);
        assert_eq!(outcomes[0], &RowOutcome::Same(gulnar), "Russian letters, other spacing, same school");
        assert_eq!(outcomes[1], &RowOutcome::Same(asel), "the same e-mail");
        assert_eq!(outcomes[2], &RowOutcome::Doubtful(gulnar), "a namesake at another place");
        assert_eq!(outcomes[3], &RowOutcome::New);
        assert_eq!(outcomes[4], &RowOutcome::Repeated { first_line: 5 });
        assert_eq!(outcomes[5], &RowOutcome::Bad(PeopleProblem::NoName));
        assert_eq!(outcomes[6], &RowOutcome::Bad(PeopleProblem::BadEmail("dana-at-mail".into())));
        assert!(matches!(outcomes[7], RowOutcome::Bad(PeopleProblem::UnknownMode(_))));
        assert_eq!(preview.new_organisations, ["ЦПМ", "Мирас бөбекжайы"]);
        assert_eq!(preview.rows[3].mode, Some(AttendanceMode::Online));

        // Imported for the event: two organisations, Сейтова once, the
        // namesake as the project's Қожабекова because the user said so.
        let event = project.events[0].id;
        let mut imported = project.clone();
        let edit = preview.edit(&project, Some(event), &HashSet::from([4])).unwrap();
        imported.apply(edit).unwrap();
        assert_eq!(imported.schools.len(), 3);
        assert_eq!(imported.people.len(), 3, "only Сейтова is new");
        let seitova = imported.people.iter().find(|p| p.full_name == "Сейтова Раушан").unwrap();
        assert_eq!(seitova.email.as_deref(), Some("r@s.kz"));
        assert_eq!(imported.school(seitova.school.unwrap()).unwrap().name, "Мирас бөбекжайы");
        let registrations = &imported.events[0].registrations;
        assert_eq!(registrations.len(), 3, "Қожабекова, Бекова, Сейтова, once each");
        assert_eq!(registrations[0].mode, AttendanceMode::Offline);
        assert_eq!(registrations[1].mode, AttendanceMode::Online);
        assert_eq!(imported.people[1].email.as_deref(), Some("asel@mail.kz"), "what she has is kept");

        // Without the user's word the namesake is a new person.
        let mut apart = project.clone();
        apart.apply(preview.edit(&project, None, &HashSet::new()).unwrap()).unwrap();
        assert_eq!(apart.people.len(), 4);
        assert!(apart.events[0].registrations.is_empty(), "no event, no registrations");
    }

    #[test]
    fn a_name_in_three_columns_is_put_together() {
        let table = read(
            "Тегі,Аты,Әкесінің аты,Пәні\nСейтова,Раушан,Асылбекқызы,\"Математика, физика\"\n".as_bytes(),
        )
        .unwrap();
        let preview = preview(&table, &PeopleMapping::guess(&table), &project());
        assert_eq!(preview.rows[0].name, "Сейтова Раушан Асылбекқызы");
        assert_eq!(preview.rows[0].subjects, ["Математика", "физика"]);
    }

    proptest::proptest! {
        #[test]
        fn any_file_is_previewed_without_panic(text in ".{0,400}") {
            let project = project();
            if let Ok(table) = read(text.as_bytes()) {
                let mapping = PeopleMapping::guess(&table);
                let preview = preview(&table, &mapping, &project);
                let _ = preview.edit(&project, Some(project.events[0].id), &HashSet::new());
            }
        }
    }
}
