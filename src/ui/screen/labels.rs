//! Names of the model's fixed choices in the user's language, and a
//! wrapper that lets any of them sit in a pick list.

use crate::domain::{EventFormat, EventKind, Level, SchoolRole};
use crate::fl;
use std::fmt;

/// A value with the text shown for it.
#[derive(Debug, Clone)]
pub struct Choice<T> {
    pub value: T,
    pub label: String,
}

impl<T: PartialEq> PartialEq for Choice<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<T> fmt::Display for Choice<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label)
    }
}

pub fn choices<T: Copy>(values: &[T], label: fn(T) -> String) -> Vec<Choice<T>> {
    values.iter().map(|&value| Choice { value, label: label(value) }).collect()
}

pub fn choice<T: Copy>(value: T, label: fn(T) -> String) -> Choice<T> {
    Choice { value, label: label(value) }
}

pub fn school_role(role: SchoolRole) -> String {
    match role {
        SchoolRole::Host => fl!("school-role-host"),
        SchoolRole::Leading => fl!("school-role-leading"),
        SchoolRole::Magnet => fl!("school-role-magnet"),
        SchoolRole::Member => fl!("school-role-member"),
        SchoolRole::Other => fl!("school-role-other"),
    }
}

pub const SCHOOL_ROLES: [SchoolRole; 5] =
    [SchoolRole::Host, SchoolRole::Leading, SchoolRole::Magnet, SchoolRole::Member, SchoolRole::Other];

pub fn event_kind(kind: EventKind) -> String {
    match kind {
        EventKind::Seminar => fl!("event-kind-seminar"),
        EventKind::PracticeSite => fl!("event-kind-practice-site"),
        EventKind::MasterClass => fl!("event-kind-master-class"),
        EventKind::RoundTable => fl!("event-kind-round-table"),
        EventKind::Conference => fl!("event-kind-conference"),
        EventKind::Hearing => fl!("event-kind-hearing"),
        EventKind::OpenDoors => fl!("event-kind-open-doors"),
        EventKind::MethodicalLanding => fl!("event-kind-methodical-landing"),
        EventKind::Training => fl!("event-kind-training"),
        EventKind::Visit => fl!("event-kind-visit"),
        EventKind::Other => fl!("event-kind-other"),
    }
}

pub fn level(level: Level) -> String {
    match level {
        Level::School => fl!("level-school"),
        Level::District => fl!("level-district"),
        Level::City => fl!("level-city"),
        Level::Regional => fl!("level-regional"),
        Level::Republican => fl!("level-republican"),
        Level::International => fl!("level-international"),
    }
}

pub fn event_format(format: EventFormat) -> String {
    match format {
        EventFormat::Offline => fl!("format-offline"),
        EventFormat::Online => fl!("format-online"),
        EventFormat::Hybrid => fl!("format-hybrid"),
    }
}
