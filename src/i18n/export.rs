//! The words of a spreadsheet export, in the user's language.

use crate::domain::{AttendanceMode, AwardKind, AwardStatus, ObservationStatus, PlanForm, TrafficLight};
use crate::exchange::export::{Column, ExportWords, Part, What};
use crate::fl;
use chrono::NaiveDate;

/// The export's words from the current language's messages.
pub struct ExportText;

impl ExportWords for ExportText {
    fn part(&self, part: Part) -> String {
        match part {
            Part::People => fl!("export-part-people"),
            Part::Registrations => fl!("export-part-registrations"),
            Part::SignIn => fl!("export-part-sign-in"),
            Part::FeedbackQuestions => fl!("export-part-feedback-questions"),
            Part::FeedbackForms => fl!("export-part-feedback-forms"),
            Part::ObservationCriteria => fl!("export-part-observation-criteria"),
            Part::ObservationLevels => fl!("export-part-observation-levels"),
            Part::Awards => fl!("export-part-awards"),
            Part::YearPlan => fl!("nav-year-plan"),
        }
    }

    fn column(&self, column: Column) -> String {
        match column {
            Column::Number => fl!("export-col-number"),
            Column::FullName => fl!("export-col-full-name"),
            Column::Organisation => fl!("export-col-organisation"),
            Column::Position => fl!("export-col-position"),
            Column::Subjects => fl!("export-col-subjects"),
            Column::Qualification => fl!("export-col-qualification"),
            Column::Email => fl!("export-col-email"),
            Column::Phone => fl!("export-col-phone"),
            Column::Region => fl!("export-col-region"),
            Column::Mode => fl!("export-col-mode"),
            Column::Group => fl!("export-col-group"),
            Column::Attended => fl!("export-col-attended"),
            Column::Signature => fl!("export-col-signature"),
            Column::Question => fl!("export-col-question"),
            Column::Answers => fl!("export-col-answers"),
            Column::Mean => fl!("export-col-mean"),
            Column::Rated(rating) => fl!("export-col-rated", rating = rating),
            Column::Entered => fl!("export-col-entered"),
            Column::Respondent => fl!("export-col-respondent"),
            Column::About => fl!("export-col-about"),
            Column::Stars => fl!("export-col-stars"),
            Column::Wish => fl!("export-col-wish"),
            Column::Comment => fl!("export-col-comment"),
            Column::Coins => fl!("export-col-coins"),
            Column::Light => fl!("export-col-light"),
            Column::Day => fl!("export-col-day"),
            Column::Start => fl!("export-col-start"),
            Column::Lesson => fl!("export-col-lesson"),
            Column::Teacher => fl!("export-col-teacher"),
            Column::Observer => fl!("export-col-observer"),
            Column::Observers => fl!("export-col-observers"),
            Column::Criterion => fl!("export-col-criterion"),
            Column::Level => fl!("export-col-level"),
            Column::Top => fl!("export-col-top"),
            Column::Status => fl!("export-col-status"),
            Column::Strengths => fl!("export-col-strengths"),
            Column::Improvements => fl!("export-col-improvements"),
            Column::Recommendation => fl!("export-col-recommendation"),
            Column::AwardNumber => fl!("awards-number"),
            Column::AwardKind => fl!("awards-kind"),
            Column::WhatFor => fl!("awards-what-for"),
            Column::IssuedOn => fl!("awards-date"),
            Column::PlanTitle => fl!("export-col-plan-title"),
            Column::Form => fl!("export-col-form"),
            Column::Host => fl!("export-col-host"),
            Column::When => fl!("export-col-when"),
            Column::Responsible => fl!("export-col-responsible"),
            Column::Target => fl!("export-col-target"),
            Column::Planned => fl!("export-col-planned"),
            Column::Actual => fl!("export-col-actual"),
            Column::Product => fl!("export-col-product"),
            Column::Done => fl!("export-col-done"),
        }
    }

    fn mode(&self, mode: AttendanceMode) -> String {
        super::attendance_mode_name(mode)
    }

    fn yes_no(&self, yes: bool) -> String {
        if yes { fl!("export-yes") } else { fl!("export-no") }
    }

    fn whole_event(&self) -> String {
        fl!("feedback-whole-event")
    }

    fn light(&self, light: TrafficLight) -> String {
        super::light_name(light)
    }

    fn observation_status(&self, status: ObservationStatus) -> String {
        super::observation_status_name(status)
    }

    fn award_kind(&self, kind: AwardKind) -> String {
        super::award_kind_name(kind)
    }

    fn award_status(&self, status: AwardStatus) -> String {
        match status {
            AwardStatus::Issued => fl!("awards-issued"),
            AwardStatus::Cancelled => fl!("awards-cancelled"),
        }
    }

    fn plan_form(&self, form: PlanForm) -> String {
        super::plan_form_name(form)
    }

    fn month(&self, month: u32) -> String {
        super::month_name(month)
    }

    fn today(&self) -> NaiveDate {
        chrono::Local::now().date_naive()
    }
}

/// What a list is called where the user chooses it.
pub fn export_name(what: What) -> String {
    match what {
        What::People => fl!("export-what-people"),
        What::Registrations => fl!("export-what-registrations"),
        What::SignIn => fl!("export-what-sign-in"),
        What::Feedback => fl!("export-what-feedback"),
        What::Observations => fl!("export-what-observations"),
        What::Awards => fl!("export-what-awards"),
        What::YearPlan => fl!("export-what-year-plan"),
    }
}
