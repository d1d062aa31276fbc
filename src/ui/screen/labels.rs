//! Names of the model's fixed choices in the user's language, and a
//! wrapper that lets any of them sit in a pick list.

use crate::domain::{EventFormat, EventKind, Level, OrganisationKind, SchoolRole};
use crate::fl;
use crate::i18n;
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
        SchoolRole::Supporting => fl!("school-role-supporting"),
        SchoolRole::Member => fl!("school-role-member"),
        SchoolRole::Other => fl!("school-role-other"),
    }
}

pub const SCHOOL_ROLES: [SchoolRole; 6] = [
    SchoolRole::Host,
    SchoolRole::Leading,
    SchoolRole::Magnet,
    SchoolRole::Supporting,
    SchoolRole::Member,
    SchoolRole::Other,
];

pub fn organisation_kind(kind: OrganisationKind) -> String {
    match kind {
        OrganisationKind::School => fl!("organisation-kind-school"),
        OrganisationKind::Kindergarten => fl!("organisation-kind-kindergarten"),
        OrganisationKind::College => fl!("organisation-kind-college"),
        OrganisationKind::University => fl!("organisation-kind-university"),
        OrganisationKind::MethodicalCentre => fl!("organisation-kind-methodical-centre"),
        OrganisationKind::EducationDepartment => fl!("organisation-kind-education-department"),
        OrganisationKind::Other => fl!("organisation-kind-other"),
    }
}

pub fn event_kind(kind: EventKind) -> String {
    i18n::event_kind_name_in(&i18n::LOADER, kind)
}

pub fn level(level: Level) -> String {
    i18n::level_name_in(&i18n::LOADER, level)
}

pub fn event_format(format: EventFormat) -> String {
    i18n::format_name_in(&i18n::LOADER, format)
}
