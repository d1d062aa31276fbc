//! Names of the model's fixed choices, for every front end and document.

use crate::domain::{
    ActivityKind, AttendanceMode, AwardKind, EventFormat, EventKind, Level, ObservationStatus, PairStatus,
    PlanForm, SessionKind,
};
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

pub fn session_kind_name(kind: SessionKind) -> String {
    session_kind_name_in(&super::LOADER, kind)
}

/// The kind's name in the language of `loader` (a printed document's).
pub fn session_kind_name_in(loader: &FluentLanguageLoader, kind: SessionKind) -> String {
    match kind {
        SessionKind::Registration => fl!(loader, "session-kind-registration"),
        SessionKind::Opening => fl!(loader, "session-kind-opening"),
        SessionKind::Performance => fl!(loader, "session-kind-performance"),
        SessionKind::Speech => fl!(loader, "session-kind-speech"),
        SessionKind::MasterClass => fl!(loader, "session-kind-master-class"),
        SessionKind::OpenLesson => fl!(loader, "session-kind-open-lesson"),
        SessionKind::Break => fl!(loader, "session-kind-break"),
        SessionKind::RoundTable => fl!(loader, "session-kind-round-table"),
        SessionKind::Discussion => fl!(loader, "session-kind-discussion"),
        SessionKind::Feedback => fl!(loader, "session-kind-feedback"),
        SessionKind::Awards => fl!(loader, "session-kind-awards"),
        SessionKind::Visit => fl!(loader, "session-kind-visit"),
        SessionKind::Other => fl!(loader, "session-kind-other"),
    }
}

pub fn event_kind_name_in(loader: &FluentLanguageLoader, kind: EventKind) -> String {
    match kind {
        EventKind::Seminar => fl!(loader, "event-kind-seminar"),
        EventKind::PracticeSite => fl!(loader, "event-kind-practice-site"),
        EventKind::MasterClass => fl!(loader, "event-kind-master-class"),
        EventKind::RoundTable => fl!(loader, "event-kind-round-table"),
        EventKind::Conference => fl!(loader, "event-kind-conference"),
        EventKind::Hearing => fl!(loader, "event-kind-hearing"),
        EventKind::OpenDoors => fl!(loader, "event-kind-open-doors"),
        EventKind::MethodicalLanding => fl!(loader, "event-kind-methodical-landing"),
        EventKind::Training => fl!(loader, "event-kind-training"),
        EventKind::Visit => fl!(loader, "event-kind-visit"),
        EventKind::Other => fl!(loader, "event-kind-other"),
    }
}

pub fn level_name_in(loader: &FluentLanguageLoader, level: Level) -> String {
    match level {
        Level::School => fl!(loader, "level-school"),
        Level::District => fl!(loader, "level-district"),
        Level::City => fl!(loader, "level-city"),
        Level::Regional => fl!(loader, "level-regional"),
        Level::Republican => fl!(loader, "level-republican"),
        Level::International => fl!(loader, "level-international"),
    }
}

pub fn format_name_in(loader: &FluentLanguageLoader, format: EventFormat) -> String {
    match format {
        EventFormat::Offline => fl!(loader, "format-offline"),
        EventFormat::Online => fl!(loader, "format-online"),
        EventFormat::Hybrid => fl!(loader, "format-hybrid"),
    }
}

pub fn award_kind_name(kind: AwardKind) -> String {
    match kind {
        AwardKind::Certificate => fl!(super::LOADER, "award-kind-certificate"),
        AwardKind::LetterOfThanks => fl!(super::LOADER, "award-kind-letter"),
        AwardKind::Diploma => fl!(super::LOADER, "award-kind-diploma"),
        AwardKind::Nomination => fl!(super::LOADER, "award-kind-nomination"),
        AwardKind::MentorCertificate => fl!(super::LOADER, "award-kind-mentor-certificate"),
        AwardKind::CourseCertificate => fl!(super::LOADER, "award-kind-course-certificate"),
    }
}

pub fn attendance_mode_name(mode: AttendanceMode) -> String {
    match mode {
        AttendanceMode::Offline => fl!(super::LOADER, "reg-mode-offline"),
        AttendanceMode::Online => fl!(super::LOADER, "reg-mode-online"),
    }
}

pub fn observation_status_name(status: ObservationStatus) -> String {
    match status {
        ObservationStatus::Draft => fl!(super::LOADER, "obs-status-draft"),
        ObservationStatus::Final => fl!(super::LOADER, "obs-status-final"),
    }
}

/// A form of a year plan's row, as the plan and its spreadsheet name it.
pub fn plan_form_name(form: PlanForm) -> String {
    plan_form_name_in(&super::LOADER, form)
}

pub fn plan_form_name_in(loader: &FluentLanguageLoader, form: PlanForm) -> String {
    match form {
        PlanForm::Seminar => fl!(loader, "year-plan-form-seminar"),
        PlanForm::MethodicalLanding => fl!(loader, "year-plan-form-methodical-landing"),
        PlanForm::Forum => fl!(loader, "year-plan-form-forum"),
        PlanForm::OpenLesson => fl!(loader, "year-plan-form-open-lesson"),
        PlanForm::RoundTable => fl!(loader, "year-plan-form-round-table"),
        PlanForm::Course => fl!(loader, "year-plan-form-course"),
        PlanForm::Hearing => fl!(loader, "year-plan-form-hearing"),
        PlanForm::OpenDoors => fl!(loader, "year-plan-form-open-doors"),
        PlanForm::MasterClass => fl!(loader, "year-plan-form-master-class"),
        PlanForm::Other => fl!(loader, "year-plan-form-other"),
    }
}

/// A month named alone («қазан», «октябрь»), not in a date.
pub fn month_name(month: u32) -> String {
    month_name_in(&super::LOADER, month)
}

pub fn month_name_in(loader: &FluentLanguageLoader, month: u32) -> String {
    match month {
        1 => fl!(loader, "year-plan-month-1"),
        2 => fl!(loader, "year-plan-month-2"),
        3 => fl!(loader, "year-plan-month-3"),
        4 => fl!(loader, "year-plan-month-4"),
        5 => fl!(loader, "year-plan-month-5"),
        6 => fl!(loader, "year-plan-month-6"),
        7 => fl!(loader, "year-plan-month-7"),
        8 => fl!(loader, "year-plan-month-8"),
        9 => fl!(loader, "year-plan-month-9"),
        10 => fl!(loader, "year-plan-month-10"),
        11 => fl!(loader, "year-plan-month-11"),
        _ => fl!(loader, "year-plan-month-12"),
    }
}

/// What a mentoring pair did, as its log in the window and on paper names it.
pub fn activity_kind_name(kind: ActivityKind) -> String {
    activity_kind_name_in(&super::LOADER, kind)
}

pub fn activity_kind_name_in(loader: &FluentLanguageLoader, kind: ActivityKind) -> String {
    match kind {
        ActivityKind::Meeting => fl!(loader, "mentoring-kind-meeting"),
        ActivityKind::Consultation => fl!(loader, "mentoring-kind-consultation"),
        ActivityKind::MenteeLessonVisited => fl!(loader, "mentoring-kind-mentee-lesson"),
        ActivityKind::MentorLessonVisited => fl!(loader, "mentoring-kind-mentor-lesson"),
        ActivityKind::Other => fl!(loader, "mentoring-kind-other"),
    }
}

/// Where a mentoring pair stands, in the window and on its printed plan.
pub fn pair_status_name(status: PairStatus) -> String {
    pair_status_name_in(&super::LOADER, status)
}

pub fn pair_status_name_in(loader: &FluentLanguageLoader, status: PairStatus) -> String {
    match status {
        PairStatus::Active => fl!(loader, "mentoring-status-active"),
        PairStatus::Completed => fl!(loader, "mentoring-status-completed"),
        PairStatus::EndedEarly => fl!(loader, "mentoring-status-ended-early"),
    }
}
