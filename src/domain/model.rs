//! The project file format, version 1 (see DESIGN section 3).
//!
//! Every struct keeps the fields it does not know in `extra`, so that a file
//! written by a newer version of the app survives being opened and saved by
//! this one.

pub use super::course::{Course, CourseParticipant};
use super::ids::*;
pub use super::mentoring::{
    Activity, ActivityKind, ApprovedMentor, Direction, MentoringProgramme, Order, Pair, PairStatus, PlanTask,
};
pub use super::year_plan::{Network, NetworkMember, PlanForm, PlanRow, YearPlan};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Fields this version does not know, written back untouched.
pub type Extra = serde_json::Map<String, serde_json::Value>;

pub const FORMAT_TAG: &str = "adisker-project";
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Project {
    /// Always `adisker-project`; tells our files apart from any other JSON.
    pub format: String,
    pub version: u32,
    pub id: ProjectId,
    pub title: String,
    #[serde(default)]
    pub organizer: String,
    pub created: DateTime<Utc>,
    pub modified: DateTime<Utc>,
    #[serde(default)]
    pub schools: Vec<School>,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub events: Vec<Event>,
    /// Written by versions before mentoring programmes; folded into a
    /// programme when the file is read (see `mentoring::fold_mentorships`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentorships: Vec<Mentorship>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub programmes: Vec<MentoringProgramme>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub networks: Vec<Network>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub year_plans: Vec<YearPlan>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub courses: Vec<Course>,
    #[serde(default)]
    pub awards: Vec<Award>,
    #[serde(default)]
    pub observation_templates: Vec<ObservationTemplate>,
    /// Printed beside the issue date of certificates and letters
    /// («Шымкент қ., 2019 жылғы 1 ақпан»).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub city: String,
    /// The people who sign the project's documents.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signatories: Vec<Signatory>,
    /// Per document code (`certificates`, `letters`, `diplomas`, …): what
    /// the user chose for it.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub documents: BTreeMap<String, DocumentSettings>,
    /// The school's or department's emblem: a file name in the project's
    /// `files/` folder, printed at the head of its documents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emblem: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// One who signs documents: the director, the head of the department.
/// The name is kept as written even when `person` links her, because a
/// signature is printed as the organisation knows it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Signatory {
    pub id: SignatoryId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<PersonId>,
    pub name: String,
    #[serde(default)]
    pub position: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(flatten)]
    pub extra: Extra,
}

/// The project's choices for one document.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct DocumentSettings {
    /// The user's own wording, per wording code (`participation`,
    /// `open_lesson`, `letter`, …) and then per language code; a wording
    /// absent here is the language's default.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub wording: BTreeMap<String, BTreeMap<String, String>>,
    /// One or two signatories, in the order they sign.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signatories: Vec<SignatoryId>,
    /// The page upright or across; the document's usual one when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub orientation: Option<Orientation>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Orientation {
    Portrait,
    Landscape,
}

impl Orientation {
    pub fn code(self) -> &'static str {
        match self {
            Orientation::Portrait => "portrait",
            Orientation::Landscape => "landscape",
        }
    }

    pub fn from_code(code: &str) -> Option<Orientation> {
        [Orientation::Portrait, Orientation::Landscape].into_iter().find(|o| o.code() == code)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SchoolRole {
    Host,
    Leading,
    Magnet,
    /// A school that helps the leading one with its magnet schools.
    Supporting,
    #[default]
    Member,
    Other,
}

/// What an organisation is: a seminar brings together kindergartens,
/// colleges and departments as well as schools, and the list of
/// «schools» holds them all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    #[default]
    School,
    Kindergarten,
    College,
    University,
    MethodicalCentre,
    EducationDepartment,
    Other,
}

impl OrganisationKind {
    pub const ALL: [OrganisationKind; 7] = [
        OrganisationKind::School,
        OrganisationKind::Kindergarten,
        OrganisationKind::College,
        OrganisationKind::University,
        OrganisationKind::MethodicalCentre,
        OrganisationKind::EducationDepartment,
        OrganisationKind::Other,
    ];

    /// The kind a name says, as lists name organisations: «"Мирас"
    /// бөбекжай-бақшасы» is a kindergarten, «Жетісу ауданының білім бөлімі»
    /// a department. Names that say nothing are schools, as most are.
    pub fn guess(name: &str) -> OrganisationKind {
        let name = super::names::match_key(name);
        let has = |words: &[&str]| words.iter().any(|w| name.contains(&super::names::match_key(w)));
        if has(&["бөбекжай", "балабақша", "бала бакча", "детский сад", "ясли", "kindergarten"])
        {
            OrganisationKind::Kindergarten
        } else if has(&[
            "білім бөлімі",
            "білім басқармасы",
            "отдел образования",
            "управление образования",
            "билим берүү бөлүмү",
            "education department",
        ]) {
            OrganisationKind::EducationDepartment
        } else if has(&[
            "әдістемелік орталық",
            "әдістемелік орталығы",
            "әдістемелік кабинет",
            "методический центр",
            "методикалык борбор",
            "методкабинет",
            "methodological centre",
        ]) {
            OrganisationKind::MethodicalCentre
        } else if has(&["университет", "жоғары оқу орны", "институт", "академия", "university"])
        {
            OrganisationKind::University
        } else if has(&["колледж", "college"]) {
            OrganisationKind::College
        } else {
            OrganisationKind::School
        }
    }

    /// Files written before organisations had a kind hold schools only,
    /// and leaving a school's kind out keeps them as they were.
    pub fn is_school(&self) -> bool {
        *self == OrganisationKind::School
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct School {
    pub id: SchoolId,
    pub name: String,
    /// The school's number as people say it («№57»); kept as text because
    /// numbers such as «57/2» or «12 ЖББМ» are common.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    #[serde(default)]
    pub locality: String,
    #[serde(default)]
    pub role: SchoolRole,
    #[serde(default, skip_serializing_if = "OrganisationKind::is_school")]
    pub kind: OrganisationKind,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Person {
    pub id: PersonId,
    pub full_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school: Option<SchoolId>,
    #[serde(default)]
    pub position: String,
    #[serde(default)]
    pub subjects: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualification: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// The region or district she comes from, as a republican seminar's
    /// registration form asks it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    #[default]
    Seminar,
    PracticeSite,
    MasterClass,
    RoundTable,
    Conference,
    Hearing,
    OpenDoors,
    MethodicalLanding,
    Training,
    Visit,
    Other,
}

impl EventKind {
    pub const ALL: [EventKind; 11] = [
        Self::Seminar,
        Self::PracticeSite,
        Self::MasterClass,
        Self::RoundTable,
        Self::Conference,
        Self::Hearing,
        Self::OpenDoors,
        Self::MethodicalLanding,
        Self::Training,
        Self::Visit,
        Self::Other,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    #[default]
    School,
    District,
    City,
    Regional,
    Republican,
    International,
}

impl Level {
    pub const ALL: [Level; 6] =
        [Self::School, Self::District, Self::City, Self::Regional, Self::Republican, Self::International];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EventFormat {
    #[default]
    Offline,
    Online,
    Hybrid,
}

impl EventFormat {
    pub const ALL: [EventFormat; 3] = [Self::Offline, Self::Online, Self::Hybrid];
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Venue {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school: Option<SchoolId>,
    #[serde(default)]
    pub address: String,
    #[serde(flatten)]
    pub extra: Extra,
}

/// A place other than the event's venue.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Place {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<SchoolId>,
    #[serde(default)]
    pub address: String,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Room {
    pub id: RoomId,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<u32>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// How long people need between sessions at two places when the event
/// says nothing: a district's schools are a short bus ride apart.
pub const DEFAULT_TRAVEL_MINUTES: u16 = 30;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Event {
    pub id: EventId,
    pub title: String,
    #[serde(default)]
    pub theme: String,
    #[serde(default)]
    pub kind: EventKind,
    #[serde(default)]
    pub level: Level,
    #[serde(default)]
    pub format: EventFormat,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online_link: Option<String>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    #[serde(default)]
    pub venue: Venue,
    #[serde(default)]
    pub rooms: Vec<Room>,
    #[serde(default)]
    pub goal: String,
    #[serde(default)]
    pub objectives: Vec<String>,
    #[serde(default)]
    pub audience: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_participants: Option<u32>,
    /// The minutes people need to go from one place of the event to
    /// another; [`DEFAULT_TRAVEL_MINUTES`] when not set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub travel_minutes: Option<u16>,
    /// Languages the event is held in, as ISO 639-1 codes («kk», «ru»).
    #[serde(default)]
    pub languages: Vec<String>,
    /// Questions rated 1 to 5 in the feedback round.
    #[serde(default)]
    pub feedback_questions: Vec<FeedbackQuestion>,
    #[serde(default)]
    pub sessions: Vec<Session>,
    #[serde(default)]
    pub registrations: Vec<Registration>,
    #[serde(default)]
    pub observations: Vec<Observation>,
    #[serde(default)]
    pub feedback: Vec<Feedback>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Event {
    /// The minutes people need between two places of this event.
    pub fn travel_time(&self) -> u16 {
        self.travel_minutes.unwrap_or(DEFAULT_TRAVEL_MINUTES)
    }

    /// Where a session is held: its own place, or the event's venue. Two
    /// sessions with the same answer need no travel between them.
    pub fn place_of<'a>(&'a self, session: &'a Session) -> (Option<SchoolId>, &'a str) {
        match &session.place {
            Some(place) => (place.organisation, place.address.trim()),
            None => (self.venue.school, self.venue.address.trim()),
        }
    }

    /// A one-day event starting today, with nothing planned yet.
    pub fn new(title: impl Into<String>, day: NaiveDate) -> Self {
        Event {
            id: EventId::new(),
            title: title.into(),
            theme: String::new(),
            kind: EventKind::default(),
            level: Level::default(),
            format: EventFormat::default(),
            online_link: None,
            starts_on: day,
            ends_on: day,
            venue: Venue::default(),
            rooms: Vec::new(),
            goal: String::new(),
            objectives: Vec::new(),
            audience: String::new(),
            expected_participants: None,
            travel_minutes: None,
            languages: Vec::new(),
            feedback_questions: Vec::new(),
            sessions: Vec::new(),
            registrations: Vec::new(),
            observations: Vec::new(),
            feedback: Vec::new(),
            extra: Extra::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct FeedbackQuestion {
    /// Stable key used in `Feedback::ratings`.
    pub key: String,
    pub text: String,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    Registration,
    Opening,
    Performance,
    Speech,
    MasterClass,
    OpenLesson,
    Break,
    RoundTable,
    Discussion,
    Feedback,
    Awards,
    Visit,
    #[default]
    Other,
}

impl SessionKind {
    pub const ALL: [SessionKind; 13] = [
        Self::Registration,
        Self::Opening,
        Self::Performance,
        Self::Speech,
        Self::MasterClass,
        Self::OpenLesson,
        Self::Break,
        Self::RoundTable,
        Self::Discussion,
        Self::Feedback,
        Self::Awards,
        Self::Visit,
        Self::Other,
    ];
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Session {
    pub id: SessionId,
    pub day: NaiveDate,
    pub start: NaiveTime,
    pub end: NaiveTime,
    #[serde(default)]
    pub kind: SessionKind,
    pub title: String,
    /// The title in the event's second language, for a bilingual programme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_alt: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room: Option<RoomId>,
    /// Where the session is held when it is not at the event's venue: a
    /// visit to a kindergarten after the conference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
    #[serde(default)]
    pub responsible: Vec<PersonId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lesson: Option<Lesson>,
    #[serde(default)]
    pub observers: Vec<PersonId>,
    #[serde(default)]
    pub attendees: Vec<PersonId>,
    /// Attendees the organiser placed by hand: the automatic assignment
    /// keeps them where they are.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pinned: Vec<PersonId>,
    #[serde(default)]
    pub notes: String,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Session {
    /// A session with a time, a kind and a title, and nobody or nothing
    /// assigned yet.
    pub fn new(day: NaiveDate, start: NaiveTime, end: NaiveTime, kind: SessionKind, title: String) -> Self {
        Session {
            id: SessionId::new(),
            day,
            start,
            end,
            kind,
            title,
            title_alt: None,
            room: None,
            place: None,
            responsible: Vec::new(),
            lesson: None,
            observers: Vec::new(),
            attendees: Vec::new(),
            pinned: Vec::new(),
            notes: String::new(),
            extra: Extra::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Lesson {
    pub subject: String,
    /// School grade, 0 for pre-school groups.
    pub grade: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class_letter: Option<String>,
    pub topic: String,
    #[serde(default)]
    pub objectives: String,
    #[serde(default)]
    pub teachers: Vec<PersonId>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AttendanceMode {
    #[default]
    Offline,
    Online,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Registration {
    pub person: PersonId,
    #[serde(default)]
    pub mode: AttendanceMode,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attended: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ObservationStatus {
    #[default]
    Draft,
    Final,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct ObservationNote {
    /// Seconds since the lesson began.
    pub at: u32,
    pub text: String,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Observation {
    pub id: ObservationId,
    pub session: SessionId,
    pub observer: PersonId,
    pub template: TemplateId,
    /// Criterion key → level (1 = lowest).
    #[serde(default)]
    pub ratings: BTreeMap<String, u8>,
    #[serde(default)]
    pub notes: Vec<ObservationNote>,
    #[serde(default)]
    pub strengths: String,
    #[serde(default)]
    pub improvements: String,
    #[serde(default)]
    pub recommendation: String,
    #[serde(default)]
    pub status: ObservationStatus,
    pub modified: DateTime<Utc>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    #[default]
    FourLevels,
    YesPartlyNo,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Criterion {
    /// Stable key used in `Observation::ratings`.
    pub key: String,
    pub title: String,
    #[serde(default)]
    pub descriptor: String,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct ObservationTemplate {
    pub id: TemplateId,
    pub name: String,
    /// Edits of a template in use make a new version with a new id, so an
    /// observation always points at the criteria it was made against.
    #[serde(default = "one")]
    pub version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<TemplateId>,
    #[serde(default)]
    pub scale: Scale,
    #[serde(default)]
    pub criteria: Vec<Criterion>,
    #[serde(flatten)]
    pub extra: Extra,
}

fn one() -> u32 {
    1
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FeedbackTarget {
    Event,
    Session(SessionId),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FeedbackMethod {
    TwoStarsAndAWish,
    /// «Теңге алу»: participants give coins to the sessions they found useful.
    Coins,
    TrafficLight,
    #[default]
    Rating,
    Free,
}

impl FeedbackMethod {
    pub const ALL: [FeedbackMethod; 5] = [
        FeedbackMethod::Rating,
        FeedbackMethod::TwoStarsAndAWish,
        FeedbackMethod::Coins,
        FeedbackMethod::TrafficLight,
        FeedbackMethod::Free,
    ];

    /// The name on the command line and in the print templates' data.
    pub fn code(self) -> &'static str {
        match self {
            FeedbackMethod::Rating => "rating",
            FeedbackMethod::TwoStarsAndAWish => "two-stars",
            FeedbackMethod::Coins => "coins",
            FeedbackMethod::TrafficLight => "traffic-light",
            FeedbackMethod::Free => "free",
        }
    }

    pub fn from_code(code: &str) -> Option<FeedbackMethod> {
        FeedbackMethod::ALL.into_iter().find(|m| m.code() == code)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TrafficLight {
    Green,
    Yellow,
    Red,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Feedback {
    pub id: FeedbackId,
    pub target: FeedbackTarget,
    /// Absent for anonymous feedback.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respondent: Option<PersonId>,
    /// A respondent's name as written on the form, when she is not among
    /// the project's people (a guest): kept as text, not lost.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub respondent_name: String,
    #[serde(default)]
    pub method: FeedbackMethod,
    /// Question key → 1..=5.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ratings: BTreeMap<String, u8>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stars: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub wish: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
    /// Coins given to the target session («Теңге алу»).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coins: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub light: Option<TrafficLight>,
    pub entered: DateTime<Utc>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct MentorVisit {
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<SessionId>,
    #[serde(default)]
    pub topic: String,
    #[serde(default)]
    pub notes: String,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Mentorship {
    pub id: MentorshipId,
    pub mentor: PersonId,
    #[serde(default)]
    pub mentees: Vec<PersonId>,
    #[serde(default)]
    pub direction: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    #[serde(default)]
    pub goals: String,
    #[serde(default)]
    pub visits: Vec<MentorVisit>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AwardKind {
    #[default]
    Certificate,
    LetterOfThanks,
    Diploma,
    Nomination,
    /// Confirms a mentor's work in a programme: direction, term, order.
    MentorCertificate,
    /// Confirms a finished course with its hours and dates.
    CourseCertificate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Award {
    pub id: AwardId,
    pub person: PersonId,
    #[serde(default)]
    pub kind: AwardKind,
    #[serde(default)]
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<EventId>,
    /// The number in the series the organiser sets, e.g. `57-2019/001`.
    pub number: String,
    pub issued_on: NaiveDate,
    /// A cancelled number stays in the register and is never given again.
    #[serde(default, skip_serializing_if = "AwardStatus::is_issued")]
    pub status: AwardStatus,
    /// Why a nomination was given, in the jury's words; its `title` is the
    /// nomination's name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// The course a course certificate confirms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub course: Option<CourseId>,
    /// The programme a mentor certificate confirms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme: Option<ProgrammeId>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AwardStatus {
    #[default]
    Issued,
    Cancelled,
}

impl AwardStatus {
    pub fn is_issued(&self) -> bool {
        *self == AwardStatus::Issued
    }
}

impl Project {
    pub fn new(title: impl Into<String>, organizer: impl Into<String>, now: DateTime<Utc>) -> Self {
        Project {
            format: FORMAT_TAG.to_owned(),
            version: FORMAT_VERSION,
            id: ProjectId::new(),
            title: title.into(),
            organizer: organizer.into(),
            created: now,
            modified: now,
            schools: Vec::new(),
            people: Vec::new(),
            events: Vec::new(),
            mentorships: Vec::new(),
            programmes: Vec::new(),
            networks: Vec::new(),
            year_plans: Vec::new(),
            courses: Vec::new(),
            awards: Vec::new(),
            observation_templates: Vec::new(),
            city: String::new(),
            signatories: Vec::new(),
            documents: BTreeMap::new(),
            emblem: None,
            extra: Extra::new(),
        }
    }

    pub fn signatory(&self, id: SignatoryId) -> Option<&Signatory> {
        self.signatories.iter().find(|s| s.id == id)
    }

    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    pub fn school(&self, id: SchoolId) -> Option<&School> {
        self.schools.iter().find(|s| s.id == id)
    }

    pub fn event(&self, id: EventId) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    /// The first day of the earliest event, shown in the library.
    pub fn first_event_date(&self) -> Option<NaiveDate> {
        self.events.iter().map(|e| e.starts_on).min()
    }
}
