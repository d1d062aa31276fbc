//! A pair's individual plan and its activity log: the tasks ticked as
//! they are done, and each meeting, consultation or lesson visit with its
//! hours and, for a visit, the observation recorded at it.

use super::{ActivityField, Message, State, remove_button};
use crate::domain::mentoring::{ActivityKind, Pair};
use crate::domain::rules::{self, FieldError};
use crate::domain::{ObservationId, PersonId, Project};
use crate::fl;
use crate::i18n::{self, describe_field_error};
use crate::ui::screen::labels::{self, Choice};
use crate::ui::screen::mentoring::hours_label;
use crate::ui::theme;
use crate::ui::widget;
use chrono::NaiveDate;
use iced::widget::{checkbox, column, container, pick_list, row, text};
use iced::{Alignment, Element, Length};

pub const TASK_FIELD: &str = "mentoring-task";
pub const TASK_DUE: &str = "mentoring-task-due";
pub const ACTIVITY_DATE: &str = "mentoring-activity-date";
pub const ACTIVITY_HOURS: &str = "mentoring-activity-hours";
pub const ACTIVITY_NOTES: &str = "mentoring-activity-notes";

/// The most hours one activity takes: a day's.
const MAX_HOURS: f64 = 24.0;

pub use crate::i18n::activity_kind_name as kind_label;

/// Hours as typed: «1,5» and «1.5» alike, empty for none, at most a day.
pub(super) fn parse_hours(value: &str) -> Result<f64, FieldError> {
    let value = rules::keyboard_digits(value.trim()).replace(',', ".");
    if value.is_empty() {
        return Ok(0.0);
    }
    match value.parse::<f64>() {
        Ok(hours) if hours.is_finite() && (0.0..=MAX_HOURS).contains(&hours) => Ok(hours),
        _ => Err(FieldError::BadNumber),
    }
}

/// The observations recorded at lessons of `teachers`, newest first: the
/// sheets a visit in the log may point to.
pub(super) fn observations_of(
    project: &Project,
    teachers: &[PersonId],
) -> Vec<Choice<Option<ObservationId>>> {
    let mut found = Vec::new();
    for event in &project.events {
        for observation in &event.observations {
            let Some(session) = event.sessions.iter().find(|s| s.id == observation.session) else { continue };
            let Some(lesson) = &session.lesson else { continue };
            if !lesson.teachers.iter().any(|t| teachers.contains(t)) {
                continue;
            }
            let observer = project.person(observation.observer).map_or("", |p| p.full_name.as_str());
            let label = format!(
                "{} · {} {} · {}",
                i18n::format_date_short(session.day),
                lesson.subject,
                lesson.grade,
                observer
            );
            found.push((session.day, Choice { value: Some(observation.id), label }));
        }
    }
    found.sort_by_key(|(day, _)| std::cmp::Reverse(*day));
    let mut choices = vec![Choice { value: None, label: fl!("choice-none") }];
    choices.extend(found.into_iter().map(|(_, choice)| choice));
    choices
}

/// Whose lessons a visit of this kind saw.
pub(super) fn visited_teachers(pair: &Pair, kind: ActivityKind) -> Vec<PersonId> {
    match kind {
        ActivityKind::MenteeLessonVisited => pair.mentees.clone(),
        ActivityKind::MentorLessonVisited => vec![pair.mentor],
        _ => Vec::new(),
    }
}

impl State {
    pub(super) fn plan_view<'a>(
        &'a self,
        pair: &'a Pair,
        today: NaiveDate,
        read_only: bool,
    ) -> Element<'a, Message> {
        let mut plan = column![].spacing(4);
        if !read_only {
            plan = plan.push(
                row![
                    widget::submitting_field(
                        TASK_FIELD,
                        fl!("mentoring-task"),
                        &self.task.task,
                        self.task.task_error.map(describe_field_error),
                        Message::TaskText,
                        Message::AddTask
                    ),
                    container(widget::submitting_field(
                        TASK_DUE,
                        fl!("mentoring-task-due"),
                        &self.task.due,
                        self.task.due_error.map(describe_field_error),
                        Message::TaskDue,
                        Message::AddTask
                    ))
                    .width(130),
                    widget::primary(fl!("mentoring-add"), Some(Message::AddTask)),
                ]
                .spacing(8)
                .align_y(Alignment::End),
            );
        }
        for task in pair.plan.iter().take(widget::LIST_LIMIT) {
            let id = task.id;
            let mut check = checkbox(task.done).label(task.task.as_str()).width(Length::Fill);
            if !read_only {
                check = check.on_toggle(move |done| Message::ToggleTask(id, done));
            }
            let overdue = !task.done && task.due.is_some_and(|due| due < today);
            let due = text(task.due.map(i18n::format_date_short).unwrap_or_default())
                .size(13)
                .style(if overdue { theme::error_text } else { theme::muted_text });
            let mut line = row![check, due].spacing(8).align_y(Alignment::Center);
            if !read_only {
                line = line.push(remove_button(Message::RemoveTask(id)));
            }
            plan = plan.push(line);
        }
        if pair.plan.is_empty() {
            plan = plan.push(text(fl!("mentoring-plan-empty")).size(13).style(theme::muted_text));
        }
        plan.into()
    }

    pub(super) fn log_view<'a>(
        &'a self,
        project: &'a Project,
        pair: &'a Pair,
        read_only: bool,
    ) -> Element<'a, Message> {
        let mut log = column![].spacing(4);
        // Newest first: the last meeting is what is looked for.
        for activity in pair.activities.iter().rev().take(widget::LIST_LIMIT) {
            let mut details = format!(
                "{} · {} · {} {}",
                i18n::format_date_short(activity.date),
                kind_label(activity.kind),
                hours_label(activity.hours),
                fl!("mentoring-hours-short")
            );
            if !activity.notes.is_empty() {
                details = format!("{details} · {}", rules::at_most(&activity.notes, 120));
            }
            let mut entry = column![text(details).size(14)].width(Length::Fill);
            if let Some(observation) = activity.observation {
                let label = observations_of(project, &visited_teachers(pair, activity.kind))
                    .into_iter()
                    .find(|c| c.value == Some(observation))
                    .map_or_else(|| fl!("mentoring-observation-gone"), |c| c.label);
                entry = entry.push(
                    text(fl!("mentoring-observation-linked", observation = label))
                        .size(12)
                        .style(theme::muted_text),
                );
            }
            let mut line = row![entry].spacing(8).align_y(Alignment::Center);
            if !read_only {
                line = line.push(remove_button(Message::RemoveActivity(activity.id)));
            }
            log = log.push(line);
        }
        if pair.activities.is_empty() {
            log = log.push(text(fl!("mentoring-log-empty")).size(13).style(theme::muted_text));
        }
        if read_only {
            return log.into();
        }
        // The entry comes first, so that it stays in view however long
        // the log grows.
        let form = &self.activity;
        let kinds = labels::choices(&ActivityKind::ALL, kind_label);
        let mut add = column![
            widget::choice(
                fl!("mentoring-activity-kind"),
                kinds,
                Some(labels::choice(form.kind, kind_label)),
                Message::ActivityKind
            ),
            row![
                container(widget::submitting_field(
                    ACTIVITY_DATE,
                    fl!("mentoring-activity-date"),
                    &form.date,
                    form.date_error.map(describe_field_error),
                    |v| Message::ActivityInput(ActivityField::Date, v),
                    Message::AddActivity
                ))
                .width(115),
                container(widget::submitting_field(
                    ACTIVITY_HOURS,
                    fl!("mentoring-activity-hours"),
                    &form.hours,
                    form.hours_error.map(describe_field_error),
                    |v| Message::ActivityInput(ActivityField::Hours, v),
                    Message::AddActivity
                ))
                .width(70),
                widget::submitting_field(
                    ACTIVITY_NOTES,
                    fl!("mentoring-activity-notes"),
                    &form.notes,
                    None,
                    |v| Message::ActivityInput(ActivityField::Notes, v),
                    Message::AddActivity
                ),
            ]
            .spacing(8),
        ]
        .spacing(8);
        if form.kind.is_visit() {
            let choices = observations_of(project, &visited_teachers(pair, form.kind));
            let chosen = choices.iter().find(|c| c.value == form.observation).cloned();
            add = add.push(widget::labelled(
                fl!("mentoring-observation"),
                pick_list(choices, chosen, Message::Observation).padding(6).width(Length::Fill).into(),
                None,
            ));
        }
        add = add.push(widget::primary(fl!("mentoring-log-add"), Some(Message::AddActivity)));
        column![container(add).padding(10).style(theme::card), log].spacing(8).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_visit_is_linked_to_the_observations_of_the_visited_teacher_only() {
        let project = crate::sample::small(chrono::Utc::now());
        let (teacher, observation) = project
            .events
            .iter()
            .flat_map(|e| e.observations.iter().map(move |o| (e, o)))
            .find_map(|(event, observation)| {
                let session = event.sessions.iter().find(|s| s.id == observation.session)?;
                Some((*session.lesson.as_ref()?.teachers.first()?, observation.id))
            })
            .expect("an observed lesson");
        let offered = observations_of(&project, &[teacher]);
        assert_eq!(offered[0].value, None, "no observation is a choice");
        assert!(offered.iter().any(|c| c.value == Some(observation)));
        assert_eq!(observations_of(&project, &[PersonId::new()]).len(), 1, "nobody else's");
    }

    #[test]
    fn hours_are_typed_with_a_comma_or_a_point_and_at_most_a_day() {
        assert_eq!(parse_hours("1,5"), Ok(1.5));
        assert_eq!(parse_hours(" 2.5 "), Ok(2.5));
        assert_eq!(parse_hours(""), Ok(0.0));
        assert_eq!(parse_hours("ә"), Ok(2.0), "the Kazakh layout's 2");
        for wrong in ["25", "-1", "бір", "NaN"] {
            assert_eq!(parse_hours(wrong), Err(FieldError::BadNumber), "{wrong}");
        }
    }
}
