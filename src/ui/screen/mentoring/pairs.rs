//! The pairs of a programme: a searchable list (a district has hundreds)
//! and the one chosen, with its mentees, term, status, individual plan
//! and activity log; and the progress of each direction.

use super::{End, Names, Term, hours_label, offer, put, removable, status_label, term_label};
use crate::domain::mentoring::{
    Activity, ActivityKind, MentoringProgramme, Pair, PairStatus, Progress, STALE_AFTER_DAYS,
    progress_by_direction,
};
use crate::domain::rules::{self, FieldError};
use crate::domain::{ActivityId, ObservationId, PairId, PersonId, PlanTaskId, Project};
use crate::fl;
use crate::i18n::{self, describe_field_error};
use crate::ui::screen::EditAction;
use crate::ui::screen::labels::Choice;
use crate::ui::theme::{self, NoticeKind};
use crate::ui::widget::{self, ListItem, person_picker};
use chrono::NaiveDate;
use iced::widget::{button, checkbox, column, container, row, text};
use iced::{Alignment, Element, Length};
use journal::parse_hours;

mod journal;

pub use journal::{ACTIVITY_DATE, ACTIVITY_HOURS, ACTIVITY_NOTES, TASK_DUE, TASK_FIELD};

pub const MENTEE_FIELD: &str = "mentoring-mentee";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActivityField {
    Date,
    Hours,
    Notes,
}

/// What of the chosen pair is shown under its heading: each fits the
/// screen with its entry form in view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Part {
    #[default]
    Log,
    Plan,
    Pair,
}

impl Part {
    const ALL: [Part; 3] = [Part::Log, Part::Plan, Part::Pair];

    fn label(self) -> String {
        match self {
            Part::Log => fl!("mentoring-log"),
            Part::Plan => fl!("mentoring-plan"),
            Part::Pair => fl!("mentoring-part-pair"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct State {
    part: Part,
    search: String,
    only_stale: bool,
    selected: Option<PairId>,
    new_pair: Option<NewPair>,
    picker: person_picker::PersonPicker,
    form: PairForm,
    task: TaskForm,
    activity: ActivityForm,
    error: Option<String>,
}

impl Default for State {
    fn default() -> Self {
        State {
            part: Part::default(),
            search: String::new(),
            only_stale: false,
            selected: None,
            new_pair: None,
            picker: person_picker::PersonPicker::new(MENTEE_FIELD),
            form: PairForm::default(),
            task: TaskForm::default(),
            activity: ActivityForm::default(),
            error: None,
        }
    }
}

/// A pair being made: her mentor and the mentees chosen so far.
#[derive(Debug, Clone, Default)]
struct NewPair {
    mentor: Option<PersonId>,
    mentees: Vec<PersonId>,
    error: Option<String>,
}

/// The chosen pair's own fields as typed.
#[derive(Debug, Clone, Default)]
struct PairForm {
    /// What the form was filled from: a change made elsewhere (undo)
    /// refills it, a tick in the plan does not.
    base: Option<(NaiveDate, NaiveDate, PairStatus, String)>,
    term: Term,
    status: PairStatus,
    reason: String,
    reason_error: Option<FieldError>,
}

#[derive(Debug, Clone, Default)]
struct TaskForm {
    task: String,
    due: String,
    task_error: Option<FieldError>,
    due_error: Option<FieldError>,
}

#[derive(Debug, Clone, Default)]
struct ActivityForm {
    date: String,
    kind: ActivityKind,
    hours: String,
    notes: String,
    observation: Option<ObservationId>,
    date_error: Option<FieldError>,
    hours_error: Option<FieldError>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Search(String),
    OnlyStale(bool),
    Select(PairId),
    Part(Part),
    New,
    NewMentor(Choice<PersonId>),
    Picker(person_picker::Message),
    DropNewMentee(PersonId),
    Create,
    CloseNew,
    RemoveMentee(PersonId),
    Term(End, String),
    Status(Choice<PairStatus>),
    Reason(String),
    Save,
    Remove,
    TaskText(String),
    TaskDue(String),
    AddTask,
    ToggleTask(PlanTaskId, bool),
    RemoveTask(PlanTaskId),
    ActivityInput(ActivityField, String),
    ActivityKind(Choice<ActivityKind>),
    Observation(Choice<Option<ObservationId>>),
    AddActivity,
    RemoveActivity(ActivityId),
    /// The pair's plan and log for print; the parent screen takes it.
    Print(PairId),
}

impl PairForm {
    fn of(pair: &Pair) -> PairForm {
        PairForm {
            base: Some((pair.starts_on, pair.ends_on, pair.status, pair.end_reason.clone())),
            term: Term::of(pair.starts_on, pair.ends_on),
            status: pair.status,
            reason: pair.end_reason.clone(),
            reason_error: None,
        }
    }

    fn is_of(&self, pair: &Pair) -> bool {
        self.base.as_ref() == Some(&(pair.starts_on, pair.ends_on, pair.status, pair.end_reason.clone()))
    }
}

impl State {
    pub fn reload(&mut self, programme: Option<&MentoringProgramme>) {
        let pair = self.selected.and_then(|id| programme.and_then(|p| p.pair(id)));
        match pair {
            Some(pair) if !self.form.is_of(pair) => self.form = PairForm::of(pair),
            Some(_) => {}
            None => self.selected = None,
        }
    }

    /// Shows this pair, its forms empty but for the day of the next entry:
    /// most are made on the day of the meeting.
    fn select(&mut self, pair: &Pair, today: NaiveDate) {
        self.selected = Some(pair.id);
        self.new_pair = None;
        self.form = PairForm::of(pair);
        self.task = TaskForm::default();
        self.activity = ActivityForm { date: rules::format_date_input(today), ..ActivityForm::default() };
    }

    /// Opens the form of a new pair, of this mentor when one is given.
    pub fn start_new(&mut self, mentor: Option<PersonId>) {
        self.new_pair = Some(NewPair { mentor, ..NewPair::default() });
        self.selected = None;
    }

    fn changed(
        &self,
        programme: &MentoringProgramme,
        change: impl FnOnce(&mut Pair),
    ) -> EditAction<super::Message> {
        let Some(id) = self.selected else { return EditAction::None };
        let mut programme = programme.clone();
        let Some(pair) = programme.pair_mut(id) else { return EditAction::None };
        change(pair);
        pair.sort();
        put(programme)
    }

    pub fn update(
        &mut self,
        project: &Project,
        programme: &MentoringProgramme,
        message: Message,
        today: NaiveDate,
    ) -> EditAction<super::Message> {
        self.error = None;
        match message {
            Message::Search(search) => self.search = search,
            Message::OnlyStale(on) => self.only_stale = on,
            Message::Select(id) => {
                if let Some(pair) = programme.pair(id) {
                    self.select(pair, today);
                }
            }
            Message::Part(part) => self.part = part,
            Message::New => self.start_new(None),
            Message::NewMentor(choice) => {
                if let Some(new) = &mut self.new_pair {
                    new.mentor = Some(choice.value);
                    new.error = None;
                }
            }
            Message::Picker(message) => {
                let excluded = match &self.new_pair {
                    Some(new) => new.mentees.clone(),
                    None => self
                        .selected
                        .and_then(|id| programme.pair(id))
                        .map(|p| p.mentees.clone())
                        .unwrap_or_default(),
                };
                let outcome = self.picker.update(&offer(project, &excluded), message);
                let person_picker::Outcome::Picked(person) = outcome else { return EditAction::None };
                if let Some(new) = &mut self.new_pair {
                    new.mentees.push(person);
                    new.error = None;
                } else {
                    return self.changed(programme, |pair| pair.mentees.push(person));
                }
            }
            Message::DropNewMentee(person) => {
                if let Some(new) = &mut self.new_pair {
                    new.mentees.retain(|p| *p != person);
                }
            }
            Message::Create => {
                let Some(new) = &mut self.new_pair else { return EditAction::None };
                let Some(mentor) = new.mentor else {
                    new.error = Some(fl!("mentoring-pair-needs-mentor"));
                    return EditAction::None;
                };
                if new.mentees.is_empty() {
                    new.error = Some(fl!("mentoring-pair-needs-mentee"));
                    return EditAction::None;
                }
                let mut changed = programme.clone();
                let Some(id) = changed.pair_up(mentor, new.mentees.clone()) else { return EditAction::None };
                self.new_pair = None;
                if let Some(pair) = changed.pair(id) {
                    self.select(pair, today);
                }
                return put(changed);
            }
            Message::CloseNew => self.new_pair = None,
            Message::RemoveMentee(person) => {
                return self.changed(programme, |pair| pair.mentees.retain(|p| *p != person));
            }
            Message::Term(end, value) => self.form.term.input(end, value),
            Message::Status(choice) => self.form.status = choice.value,
            Message::Reason(reason) => (self.form.reason, self.form.reason_error) = (reason, None),
            Message::Save => {
                let term = self.form.term.parse();
                let ended_early = self.form.status == PairStatus::EndedEarly;
                let reason = if ended_early {
                    rules::required(&self.form.reason).map_err(|e| self.form.reason_error = Some(e)).ok()
                } else {
                    Some(String::new())
                };
                let (Some((starts_on, ends_on)), Some(reason)) = (term, reason) else {
                    return EditAction::None;
                };
                let status = self.form.status;
                return self.changed(programme, |pair| {
                    (pair.starts_on, pair.ends_on, pair.status, pair.end_reason) =
                        (starts_on, ends_on, status, reason);
                });
            }
            Message::Remove => {
                let Some(id) = self.selected else { return EditAction::None };
                let mut changed = programme.clone();
                changed.pairs.retain(|p| p.id != id);
                self.selected = None;
                return put(changed);
            }
            Message::TaskText(task) => (self.task.task, self.task.task_error) = (task, None),
            Message::TaskDue(due) => (self.task.due, self.task.due_error) = (due, None),
            Message::AddTask => {
                let task = rules::required(&self.task.task).map_err(|e| self.task.task_error = Some(e)).ok();
                let due = if self.task.due.trim().is_empty() {
                    Some(None)
                } else {
                    rules::parse_date(&self.task.due)
                        .map(Some)
                        .map_err(|e| self.task.due_error = Some(e))
                        .ok()
                };
                let (Some(task), Some(due)) = (task, due) else { return EditAction::None };
                self.task = TaskForm::default();
                return self.changed(programme, |pair| pair.plan.push(Pair::new_task(task, due)));
            }
            Message::ToggleTask(id, done) => {
                return self.changed(programme, |pair| {
                    if let Some(task) = pair.plan.iter_mut().find(|t| t.id == id) {
                        task.done = done;
                    }
                });
            }
            Message::RemoveTask(id) => {
                return self.changed(programme, |pair| pair.plan.retain(|t| t.id != id));
            }
            Message::ActivityInput(field, value) => {
                let form = &mut self.activity;
                match field {
                    ActivityField::Date => (form.date, form.date_error) = (value, None),
                    ActivityField::Hours => (form.hours, form.hours_error) = (value, None),
                    ActivityField::Notes => form.notes = value,
                }
            }
            Message::ActivityKind(choice) => {
                self.activity.kind = choice.value;
                if !choice.value.is_visit() {
                    self.activity.observation = None;
                }
            }
            Message::Observation(choice) => self.activity.observation = choice.value,
            Message::AddActivity => {
                let form = &mut self.activity;
                let date = rules::parse_date(&form.date).map_err(|e| form.date_error = Some(e)).ok();
                let hours = parse_hours(&form.hours).map_err(|e| form.hours_error = Some(e)).ok();
                let (Some(date), Some(hours)) = (date, hours) else { return EditAction::None };
                let mut activity: Activity = Pair::new_activity(date, form.kind, hours, form.notes.trim());
                activity.observation = form.observation.filter(|_| form.kind.is_visit());
                // The next one is most often of the same day, kind and length.
                self.activity = ActivityForm {
                    date: form.date.clone(),
                    kind: form.kind,
                    hours: form.hours.clone(),
                    ..ActivityForm::default()
                };
                return self.changed(programme, |pair| pair.activities.push(activity));
            }
            Message::RemoveActivity(id) => {
                return self.changed(programme, |pair| pair.activities.retain(|a| a.id != id));
            }
            Message::Print(_) => {}
        }
        EditAction::None
    }

    pub fn view<'a>(
        &'a self,
        project: &'a Project,
        programme: &'a MentoringProgramme,
        today: NaiveDate,
        read_only: bool,
        names: &Names<'a>,
    ) -> Element<'a, Message> {
        let items = programme.pairs.iter().filter_map(|pair| {
            let direction = programme.direction(pair.direction).map_or("", |d| d.name.as_str());
            let mentor = names.get(pair.mentor);
            let mentees = names.list(&pair.mentees);
            if !widget::matches(&self.search, &[mentor, &mentees, direction]) {
                return None;
            }
            let progress = pair.progress(today);
            if self.only_stale && progress.stale == 0 {
                return None;
            }
            let flag = if progress.stale > 0 {
                format!("{} · ", fl!("mentoring-stale-flag"))
            } else {
                String::new()
            };
            Some(ListItem {
                title: format!("{flag}{mentor} → {}", rules::at_most(&mentees, 80)),
                subtitle: format!("{direction} · {}", progress_line(&progress)),
                selected: self.selected == Some(pair.id),
                on_press: Message::Select(pair.id),
            })
        });
        let list = widget::searchable_list(
            &self.search,
            Message::Search,
            items,
            fl!("mentoring-pair-new"),
            (!read_only && !programme.mentors.is_empty()).then_some(Message::New),
        );
        let list = column![
            checkbox(self.only_stale)
                .label(fl!("mentoring-only-stale"))
                .on_toggle(Message::OnlyStale)
                .text_size(13),
            list
        ]
        .spacing(6)
        .width(340);
        let detail: Element<'a, Message> =
            match (&self.new_pair, self.selected.and_then(|id| programme.pair(id))) {
                (Some(new), _) => self.new_pair_view(project, programme, new, names),
                (None, Some(pair)) => self.pair_view(project, programme, pair, today, read_only, names),
                (None, None) if programme.mentors.is_empty() => {
                    text(fl!("mentoring-no-mentors")).style(theme::muted_text).into()
                }
                (None, None) => text(fl!("mentoring-pairs-hint")).style(theme::muted_text).into(),
            };
        widget::list_and_detail(list.into(), detail)
    }

    fn new_pair_view<'a>(
        &'a self,
        project: &'a Project,
        programme: &'a MentoringProgramme,
        new: &'a NewPair,
        names: &Names<'a>,
    ) -> Element<'a, Message> {
        let mentors: Vec<Choice<PersonId>> = programme
            .mentors
            .iter()
            .map(|m| {
                let direction = programme.direction(m.direction).map_or("", |d| d.name.as_str());
                Choice { value: m.person, label: format!("{} · {direction}", names.get(m.person)) }
            })
            .collect();
        let chosen = mentors.iter().find(|c| Some(c.value) == new.mentor).cloned();
        let mut mentees = row![].spacing(10);
        for person in &new.mentees {
            mentees = mentees.push(removable(names.get(*person), Some(Message::DropNewMentee(*person))));
        }
        let mut page = column![
            text(fl!("mentoring-pair-new")).size(20),
            widget::choice(fl!("mentoring-mentor"), mentors, chosen, Message::NewMentor),
            text(fl!("mentoring-mentees")).size(13).style(theme::muted_text),
            mentees.wrap(),
            self.picker.view(offer(project, &new.mentees), true).map(Message::Picker),
            text(fl!("mentoring-pair-term-hint")).size(13).style(theme::muted_text),
        ]
        .spacing(8)
        .padding([0, 16]);
        if let Some(error) = &new.error {
            page = page.push(text(error.clone()).style(theme::error_text));
        }
        page.push(
            row![
                widget::primary(fl!("mentoring-pair-create"), Some(Message::Create)),
                widget::secondary(fl!("action-cancel"), Some(Message::CloseNew)),
            ]
            .spacing(8),
        )
        .into()
    }

    fn pair_view<'a>(
        &'a self,
        project: &'a Project,
        programme: &'a MentoringProgramme,
        pair: &'a Pair,
        today: NaiveDate,
        read_only: bool,
        names: &Names<'a>,
    ) -> Element<'a, Message> {
        let editable = |m: Message| (!read_only).then_some(m);
        let direction = programme.direction(pair.direction).map_or("", |d| d.name.as_str());
        let progress = pair.progress(today);
        let mut mentees = row![].spacing(10);
        for person in &pair.mentees {
            // A pair keeps at least one mentee; the last is not taken out.
            let remove =
                (pair.mentees.len() > 1).then_some(Message::RemoveMentee(*person)).and_then(editable);
            mentees = mentees.push(removable(names.get(*person), remove));
        }
        let mut page = column![
            row![
                text(names.get(pair.mentor)).size(20).width(Length::Fill),
                widget::tip(
                    widget::secondary(fl!("mentoring-print"), Some(Message::Print(pair.id))),
                    fl!("mentoring-print-pair")
                ),
            ]
            .spacing(6)
            .align_y(Alignment::Center),
            text(format!(
                "{direction} · {} · {}",
                term_label(pair.starts_on, pair.ends_on),
                status_label(pair.status)
            ))
            .size(13)
            .style(theme::muted_text),
            row![text(fl!("mentoring-mentees")).size(13).style(theme::muted_text), mentees.wrap()]
                .spacing(10)
                .align_y(Alignment::Center),
        ]
        .spacing(8)
        .padding([0, 16]);
        if !read_only {
            page = page.push(self.picker.view(offer(project, &pair.mentees), true).map(Message::Picker));
        }
        page = page.push(text(progress_line(&progress)).size(14));
        if progress.stale > 0 {
            let days = (today - progress.last_contact.unwrap_or(pair.starts_on)).num_days();
            page = page.push(
                container(text(fl!("mentoring-stale", days = days, limit = STALE_AFTER_DAYS)))
                    .padding([6, 10])
                    .width(Length::Fill)
                    .style(theme::notice(NoticeKind::Warning)),
            );
        }
        let parts = row(Part::ALL.iter().map(|&part| {
            button(text(part.label()).size(14))
                .on_press(Message::Part(part))
                .style(theme::list_row(part == self.part))
                .padding([4, 10])
                .into()
        }))
        .spacing(4)
        .wrap();
        page = page.push(parts);
        let part = match self.part {
            Part::Log => self.log_view(project, pair, read_only),
            Part::Plan => self.plan_view(pair, today, read_only),
            Part::Pair => self.term_view(editable(Message::Remove)),
        };
        page.push(part).into()
    }

    /// The pair's term and status, changed and saved together.
    fn term_view(&self, on_remove: Option<Message>) -> Element<'_, Message> {
        let read_only = on_remove.is_none();
        let statuses = super::super::labels::choices(&PairStatus::ALL, status_label);
        let mut status_row = row![widget::choice(
            fl!("mentoring-status"),
            statuses,
            Some(super::super::labels::choice(self.form.status, status_label)),
            Message::Status
        )]
        .spacing(12);
        if self.form.status == PairStatus::EndedEarly {
            status_row = status_row.push(widget::submitting_field(
                "mentoring-pair-reason",
                fl!("mentoring-end-reason"),
                &self.form.reason,
                self.form.reason_error.map(describe_field_error),
                Message::Reason,
                Message::Save,
            ));
        }
        column![
            self.form.term.view(("mentoring-pair-from", "mentoring-pair-to"), Message::Term, Message::Save),
            status_row,
            widget::form_buttons((!read_only).then_some(Message::Save), on_remove, None),
        ]
        .spacing(8)
        .into()
    }
}

fn remove_button<'a>(on_press: Message) -> Element<'a, Message> {
    widget::tip(button(text("×").size(13)).on_press(on_press).style(button::text), fl!("action-delete"))
}

/// Tasks done of all, activities, hours and the last contact, in one line.
fn progress_line(progress: &Progress) -> String {
    let last = progress.last_contact.map_or_else(|| fl!("mentoring-never"), i18n::format_date_short);
    fl!(
        "mentoring-progress-line",
        done = progress.tasks_done,
        tasks = progress.tasks,
        activities = progress.activities,
        hours = hours_label(progress.hours),
        last = last
    )
}

/// Each direction's progress and the programme's, with how many pairs
/// have gone a month without contact.
pub fn progress_view<'a>(
    programme: &'a MentoringProgramme,
    today: NaiveDate,
    names: &Names<'a>,
) -> Element<'a, Message> {
    let (by_direction, total) = progress_by_direction(programme, today);
    let line = |name: String, progress: &Progress| -> Element<'a, Message> {
        let stale: Element<'a, Message> = if progress.stale > 0 {
            text(fl!("mentoring-stale-count", count = progress.stale))
                .size(13)
                .style(theme::error_text)
                .into()
        } else {
            text("").into()
        };
        container(
            column![
                row![
                    text(name).size(16).width(Length::Fill),
                    text(fl!("mentoring-pairs-count", count = progress.pairs)).size(13)
                ]
                .spacing(8),
                text(progress_line(progress)).size(13),
                stale,
            ]
            .spacing(2),
        )
        .padding(10)
        .width(Length::Fill)
        .style(theme::card)
        .into()
    };
    let mut page = column![].spacing(8);
    for (id, progress) in &by_direction {
        let name = programme.direction(*id).map_or_else(String::new, |d| d.name.clone());
        page = page.push(line(name, progress));
    }
    page = page.push(line(fl!("mentoring-total"), &total));
    let stale: Vec<&Pair> = programme.pairs.iter().filter(|p| p.progress(today).stale > 0).collect();
    if !stale.is_empty() {
        page = page.push(text(fl!("mentoring-stale-pairs")).size(18));
        for pair in stale.iter().take(widget::LIST_LIMIT) {
            let label = format!("{} → {}", names.get(pair.mentor), names.list(&pair.mentees));
            page = page.push(
                button(text(label).size(14))
                    .on_press(Message::Select(pair.id))
                    .style(button::text)
                    .padding([2, 4]),
            );
        }
        let hidden: usize = stale.len().saturating_sub(widget::LIST_LIMIT);
        if hidden > 0 {
            page = page.push(text(fl!("list-more", count = hidden)).size(13).style(theme::muted_text));
        }
    }
    iced::widget::scrollable(page.padding([0, 12])).height(Length::Fill).into()
}
