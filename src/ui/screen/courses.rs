//! Courses with hours: participants, who passed, and their certificates,
//! numbered in the awards register in a series the organiser types.

use super::EditAction;
use super::labels::{Choice, event_format};
use super::print_people;
use super::year_plan::school_name;
use crate::domain::awards::{AwardsEdit, Series};
use crate::domain::course::{Course, course_certificates};
use crate::domain::rules::{self, FieldError};
use crate::domain::{AwardKind, CourseId, Edit, EventFormat, ItemEdit, PersonId, Project};
use crate::fl;
use crate::i18n::{describe_field_error, format_date_short};
use crate::ui::{theme, widget};
use chrono::{Datelike, NaiveDate};
use iced::widget::{button, checkbox, column, container, row, text};
use iced::{Alignment, Element, Length};

pub const TITLE_FIELD: &str = "course-title";
pub const HOURS_FIELD: &str = "course-hours";
pub const FROM_FIELD: &str = "course-from";
pub const TO_FIELD: &str = "course-to";
pub const ORGANISER_FIELD: &str = "course-organiser";
pub const PARTNER_FIELD: &str = "course-partner";
pub const SERIES_FIELD: &str = "course-series";
pub const PARTICIPANT_SEARCH: &str = "course-participant-search";
/// Participants drawn at once; the search finds the rest of 191.
const PARTICIPANTS_SHOWN: usize = 40;
/// Certificates listed under the button; the register shows them all.
const CERTIFICATES_SHOWN: usize = 12;

#[derive(Debug, Default)]
pub struct State {
    selected: Option<CourseId>,
    search: String,
    form: Option<Form>,
    /// The ticked list of the project's people to add, while it is open.
    adding: Option<print_people::State>,
    /// A list from a spreadsheet being read into the course.
    importing: Option<super::people_import::State>,
    participant_search: String,
    series: String,
    notice: Option<String>,
    error: Option<String>,
}

/// The course's own fields as typed, saved together.
#[derive(Debug, Clone)]
struct Form {
    course: Course,
    is_new: bool,
    title: String,
    hours: String,
    from: String,
    to: String,
    format: EventFormat,
    organiser: String,
    partner: String,
    errors: Vec<(&'static str, String)>,
}

impl Form {
    fn of(course: &Course, is_new: bool) -> Form {
        Form {
            course: course.clone(),
            is_new,
            title: course.title.clone(),
            hours: if is_new { String::new() } else { course.hours.to_string() },
            // A new course's dates are typed, not guessed.
            from: if is_new { String::new() } else { rules::format_date_input(course.starts_on) },
            to: if is_new { String::new() } else { rules::format_date_input(course.ends_on) },
            format: course.format,
            organiser: course.organiser.clone(),
            partner: course.partner.clone(),
            errors: Vec::new(),
        }
    }

    /// The course as typed, or each field's reason to refuse it.
    fn build(&self) -> Result<Course, Vec<(&'static str, String)>> {
        let mut errors = Vec::new();
        let title =
            rules::required(&self.title).map_err(|e| errors.push((TITLE_FIELD, describe_field_error(e))));
        let hours = match rules::optional_count(&self.hours) {
            Ok(Some(hours)) if hours > 0 => Ok(hours),
            Ok(None) => Err(FieldError::Required),
            _ => Err(FieldError::BadNumber),
        }
        .map_err(|e| errors.push((HOURS_FIELD, describe_field_error(e))));
        let period = rules::parse_period(&self.from, &self.to).map_err(|(from, to)| {
            errors.extend(from.map(|e| (FROM_FIELD, describe_field_error(e))));
            errors.extend(to.map(|e| (TO_FIELD, describe_field_error(e))));
        });
        match (title, hours, period) {
            (Ok(title), Ok(hours), Ok((starts_on, ends_on))) => Ok(Course {
                title,
                hours,
                starts_on,
                ends_on,
                format: self.format,
                organiser: self.organiser.trim().to_owned(),
                partner: self.partner.trim().to_owned(),
                ..self.course.clone()
            }),
            _ => Err(errors),
        }
    }

    fn error(&self, field: &str) -> Option<String> {
        self.errors.iter().find(|(f, _)| *f == field).map(|(_, e)| e.clone())
    }
}

#[derive(Debug, Clone, Copy)]
pub enum Field {
    Title,
    Hours,
    From,
    To,
    Organiser,
    Partner,
}

#[derive(Debug, Clone)]
pub enum Message {
    Search(String),
    Select(CourseId),
    New,
    Input(Field, String),
    Format(Choice<EventFormat>),
    Save,
    CloseForm,
    Delete(CourseId),
    OpenAdding,
    Picker(print_people::Message),
    AddChosen,
    CloseAdding,
    OpenImport,
    Import(super::people_import::Message),
    ParticipantSearch(String),
    Passed(PersonId, bool),
    AllPassed(bool),
    RemoveParticipant(PersonId),
    Series(String),
    Issue,
}

impl State {
    fn course<'a>(&self, project: &'a Project) -> Option<&'a Course> {
        self.selected.and_then(|id| project.courses.iter().find(|c| c.id == id))
    }

    /// After an edit, undo or redo: a course that is gone is no longer
    /// shown; the form being typed stays.
    pub fn reload(&mut self, project: &Project) {
        if self.selected.is_some()
            && self.course(project).is_none()
            && !self.form.as_ref().is_some_and(|f| f.is_new)
        {
            self.selected = None;
            self.form = None;
            self.adding = None;
            self.importing = None;
        }
    }

    /// Shows why the last edit was refused.
    pub fn failed(&mut self, text: String) {
        self.error = Some(text);
    }

    pub fn update(&mut self, project: &Project, message: Message, today: NaiveDate) -> EditAction<Message> {
        self.error = None;
        self.notice = None;
        match message {
            Message::Search(search) => self.search = search,
            Message::Select(id) => {
                self.selected = Some(id);
                self.adding = None;
                self.importing = None;
                self.participant_search.clear();
                self.form = project.courses.iter().find(|c| c.id == id).map(|c| Form::of(c, false));
            }
            Message::New => {
                let mut course = Course::new("", 0, today, today);
                course.organiser = project.organizer.clone();
                self.selected = Some(course.id);
                self.adding = None;
                self.importing = None;
                self.form = Some(Form::of(&course, true));
                return EditAction::Task(iced::widget::operation::focus(TITLE_FIELD));
            }
            Message::Input(field, value) => {
                let Some(form) = &mut self.form else { return EditAction::None };
                let (slot, id) = match field {
                    Field::Title => (&mut form.title, TITLE_FIELD),
                    Field::Hours => (&mut form.hours, HOURS_FIELD),
                    Field::From => (&mut form.from, FROM_FIELD),
                    Field::To => (&mut form.to, TO_FIELD),
                    Field::Organiser => (&mut form.organiser, ORGANISER_FIELD),
                    Field::Partner => (&mut form.partner, PARTNER_FIELD),
                };
                *slot = value;
                form.errors.retain(|(f, _)| *f != id);
                // A wrong date is said at once, where it is typed.
                if matches!(field, Field::From | Field::To) {
                    if let Err((from, to)) = rules::parse_period(&form.from, &form.to) {
                        let complete = |typed: &str| typed.trim().len() >= 8;
                        form.errors.retain(|(f, _)| *f != FROM_FIELD && *f != TO_FIELD);
                        if complete(&form.from) {
                            form.errors.extend(from.map(|e| (FROM_FIELD, describe_field_error(e))));
                        }
                        if complete(&form.to) {
                            form.errors.extend(to.map(|e| (TO_FIELD, describe_field_error(e))));
                        }
                    } else {
                        form.errors.retain(|(f, _)| *f != FROM_FIELD && *f != TO_FIELD);
                    }
                }
            }
            Message::Format(choice) => {
                if let Some(form) = &mut self.form {
                    form.format = choice.value;
                }
            }
            Message::Save => {
                let Some(form) = &mut self.form else { return EditAction::None };
                match form.build() {
                    Ok(course) => {
                        // The participants as the project holds them now:
                        // the form only changes the course's own fields.
                        let participants = project
                            .courses
                            .iter()
                            .find(|c| c.id == course.id)
                            .map_or_else(Vec::new, |c| c.participants.clone());
                        let course = Course { participants, ..course };
                        *form = Form::of(&course, false);
                        return put(course);
                    }
                    Err(errors) => form.errors = errors,
                }
            }
            Message::CloseForm => {
                if self.form.as_ref().is_some_and(|f| f.is_new) {
                    self.selected = None;
                }
                self.form = None;
            }
            Message::Delete(id) => {
                self.selected = None;
                self.form = None;
                self.adding = None;
                self.importing = None;
                return EditAction::Edit(Edit::Course(Box::new(ItemEdit::Remove(id))));
            }
            Message::OpenAdding => self.adding = Some(print_people::State::default()),
            Message::Picker(message) => {
                if let Some(picker) = &mut self.adding {
                    picker.update(project, None, message);
                }
            }
            Message::AddChosen => {
                let (Some(course), Some(picker)) = (self.course(project), self.adding.take()) else {
                    return EditAction::None;
                };
                let mut changed = course.clone();
                let added = changed.enrol(picker.chosen().iter().copied());
                self.notice = Some(fl!("course-added", count = added));
                if added > 0 {
                    return put(changed);
                }
            }
            Message::CloseAdding => self.adding = None,
            Message::OpenImport => {
                self.adding = None;
                self.importing = self.selected.map(super::people_import::State::for_course);
            }
            Message::Import(message) => {
                let Some(importing) = &mut self.importing else { return EditAction::None };
                match importing.update(project, None, message) {
                    super::people_import::Outcome::None => {}
                    super::people_import::Outcome::Task(task) => {
                        return EditAction::Task(task.map(Message::Import));
                    }
                    super::people_import::Outcome::Close => self.importing = None,
                    super::people_import::Outcome::Import(edit) => {
                        self.importing = None;
                        return EditAction::Edit(edit);
                    }
                }
            }
            Message::ParticipantSearch(search) => self.participant_search = search,
            Message::Passed(person, passed) => {
                return self.change(project, |c| {
                    c.participants.iter_mut().filter(|p| p.person == person).for_each(|p| p.passed = passed)
                });
            }
            Message::AllPassed(passed) => {
                let shown: Vec<PersonId> = self.found(project).into_iter().collect();
                return self.change(project, |c| {
                    c.participants
                        .iter_mut()
                        .filter(|p| shown.contains(&p.person))
                        .for_each(|p| p.passed = passed)
                });
            }
            Message::RemoveParticipant(person) => {
                return self.change(project, |c| c.participants.retain(|p| p.person != person));
            }
            Message::Series(series) => self.series = series,
            Message::Issue => {
                let Some(course) = self.course(project) else { return EditAction::None };
                let series = self.series_of(course);
                let (_, new) = course_certificates(project, course, &series, course.ends_on);
                if new.is_empty() {
                    self.notice = Some(fl!("course-certificates-none"));
                    return EditAction::None;
                }
                self.notice = Some(fl!("course-certificates-issued", count = new.len()));
                return EditAction::Edit(Edit::Awards(Box::new(AwardsEdit::Issue(new))));
            }
        }
        EditAction::None
    }

    fn change(&self, project: &Project, change: impl FnOnce(&mut Course)) -> EditAction<Message> {
        let Some(course) = self.course(project) else { return EditAction::None };
        let mut changed = course.clone();
        change(&mut changed);
        if changed == *course { EditAction::None } else { put(changed) }
    }

    /// The series typed, or the course's year when none is: `2024/001`.
    fn series_of(&self, course: &Course) -> Series {
        match rules::optional(&self.series) {
            Some(typed) => Series::parse(&typed),
            None => Series::parse(&default_series(course)),
        }
    }

    /// The participants the search finds, in the course's order.
    fn found(&self, project: &Project) -> Vec<PersonId> {
        let Some(course) = self.course(project) else { return Vec::new() };
        course
            .participants
            .iter()
            .filter(|p| {
                let name = project.person(p.person).map_or("", |p| p.full_name.as_str());
                crate::domain::names::mentions(&self.participant_search, name)
            })
            .map(|p| p.person)
            .collect()
    }

    pub fn view<'a>(&'a self, project: &'a Project, read_only: bool) -> Element<'a, Message> {
        let items = project
            .courses
            .iter()
            .filter(|c| widget::matches(&self.search, &[&c.title, &c.organiser, &c.partner]))
            .map(|c| widget::ListItem {
                title: c.title.clone(),
                subtitle: fl!(
                    "course-subtitle",
                    hours = c.hours,
                    from = format_date_short(c.starts_on),
                    to = format_date_short(c.ends_on),
                    count = c.participants.len()
                ),
                selected: self.selected == Some(c.id),
                on_press: Message::Select(c.id),
            });
        let list = widget::searchable_list(
            &self.search,
            Message::Search,
            items,
            fl!("course-new"),
            (!read_only).then_some(Message::New),
        );
        let detail: Element<'a, Message> = match (&self.form, self.course(project)) {
            (Some(form), course) => {
                let mut detail = column![self.form_view(form, read_only)].spacing(20);
                if let Some(course) = course.filter(|_| !form.is_new) {
                    detail = detail.push(self.participants_view(project, course, read_only));
                    detail = detail.push(self.certificates_view(project, course, read_only));
                }
                detail.into()
            }
            _ if project.courses.is_empty() => text(fl!("course-none")).style(theme::muted_text).into(),
            _ => text(fl!("course-choose")).style(theme::muted_text).into(),
        };
        let mut page = column![widget::header(fl!("nav-courses"), vec![])].spacing(8);
        if let Some(error) = &self.error {
            page = page.push(text(error.clone()).style(theme::error_text));
        }
        page.push(widget::list_and_detail(list, detail)).into()
    }

    fn form_view<'a>(&self, form: &'a Form, read_only: bool) -> Element<'a, Message> {
        let field = |id: &'static str, label: String, value: &'a str, field: Field| {
            widget::field(id, label, value, form.error(id), move |v| Message::Input(field, v))
        };
        let formats: Vec<Choice<EventFormat>> =
            EventFormat::ALL.iter().map(|f| Choice { value: *f, label: event_format(*f) }).collect();
        let format = Choice { value: form.format, label: event_format(form.format) };
        let delete = (!form.is_new && !read_only).then_some(Message::Delete(form.course.id));
        column![
            text(if form.is_new { fl!("course-new") } else { form.course.title.clone() })
                .size(20)
                .font(crate::ui::FONT_BOLD_FACE),
            field(TITLE_FIELD, fl!("course-title"), &form.title, Field::Title),
            row![
                container(field(HOURS_FIELD, fl!("course-hours"), &form.hours, Field::Hours)).width(90),
                container(field(FROM_FIELD, fl!("course-from"), &form.from, Field::From)).width(130),
                container(field(TO_FIELD, fl!("course-to"), &form.to, Field::To)).width(130),
            ]
            .spacing(10),
            row![
                field(ORGANISER_FIELD, fl!("course-organiser"), &form.organiser, Field::Organiser),
                field(PARTNER_FIELD, fl!("course-partner"), &form.partner, Field::Partner),
                container(widget::choice(fl!("event-format"), formats, Some(format), Message::Format))
                    .width(130),
            ]
            .spacing(10),
            widget::form_buttons((!read_only).then_some(Message::Save), delete, None),
        ]
        .spacing(10)
        .into()
    }

    fn participants_view<'a>(
        &'a self,
        project: &'a Project,
        course: &'a Course,
        read_only: bool,
    ) -> Element<'a, Message> {
        let passed = course.participants.iter().filter(|p| p.passed).count();
        let mut view = column![
            row![
                text(fl!("course-participants", count = course.participants.len(), passed = passed))
                    .size(16)
                    .font(crate::ui::FONT_BOLD_FACE)
                    .width(Length::Fill),
                widget::secondary(
                    fl!("course-add-participants"),
                    (!read_only && self.adding.is_none()).then_some(Message::OpenAdding)
                ),
                widget::secondary(
                    fl!("course-import-list"),
                    (!read_only && self.importing.is_none()).then_some(Message::OpenImport)
                ),
            ]
            .spacing(8)
            .align_y(Alignment::Center)
        ]
        .spacing(6);
        if let Some(importing) = &self.importing {
            view = view.push(
                container(importing.view(project, None).map(Message::Import)).padding(10).style(theme::card),
            );
        }
        if let Some(picker) = &self.adding {
            view = view.push(
                container(
                    column![
                        text(fl!("course-add-hint")).size(13).style(theme::muted_text),
                        // The buttons above the list stay in sight.
                        row![
                            widget::primary(
                                fl!("course-add-chosen", count = picker.chosen().len()),
                                (!picker.chosen().is_empty()).then_some(Message::AddChosen)
                            ),
                            widget::secondary(fl!("action-cancel"), Some(Message::CloseAdding)),
                        ]
                        .spacing(8),
                        picker.view(project, None).map(Message::Picker),
                    ]
                    .spacing(6),
                )
                .padding(10)
                .style(theme::card),
            );
        }
        if let Some(notice) = &self.notice {
            view = view.push(text(notice.clone()).size(13).style(theme::muted_text));
        }
        if course.participants.is_empty() {
            return view.into();
        }
        let found = self.found(project);
        view = view.push(
            iced::widget::text_input(&fl!("list-search"), &self.participant_search)
                .id(PARTICIPANT_SEARCH)
                .on_input(Message::ParticipantSearch)
                .padding(6),
        );
        view = view.push(
            row![
                widget::secondary(fl!("course-all-passed"), (!read_only).then_some(Message::AllPassed(true))),
                widget::secondary(
                    fl!("course-none-passed"),
                    (!read_only).then_some(Message::AllPassed(false))
                ),
            ]
            .spacing(6)
            .wrap()
            .vertical_spacing(6),
        );
        for person in found.iter().take(PARTICIPANTS_SHOWN) {
            let Some(participant) = course.participants.iter().find(|p| p.person == *person) else {
                continue;
            };
            let id = participant.person;
            let (name, school) = match project.person(id) {
                Some(p) => (p.full_name.as_str(), school_name(project, p.school)),
                None => ("?", String::new()),
            };
            let passed = checkbox(participant.passed).label(name).size(16).text_size(14);
            let passed = if read_only { passed } else { passed.on_toggle(move |on| Message::Passed(id, on)) };
            view = view.push(
                row![
                    container(passed).width(Length::FillPortion(3)),
                    text(school).size(12).style(theme::muted_text).width(Length::FillPortion(2)),
                    widget::tip(
                        button(text("×").size(14))
                            .on_press_maybe((!read_only).then_some(Message::RemoveParticipant(id)))
                            .style(button::text),
                        fl!("course-remove-participant")
                    ),
                ]
                .spacing(8)
                .align_y(Alignment::Center),
            );
        }
        if found.len() > PARTICIPANTS_SHOWN {
            view = view.push(
                text(fl!("print-chosen-more", count = (found.len() - PARTICIPANTS_SHOWN)))
                    .size(13)
                    .style(theme::muted_text),
            );
        }
        view.into()
    }

    fn certificates_view<'a>(
        &'a self,
        project: &'a Project,
        course: &'a Course,
        read_only: bool,
    ) -> Element<'a, Message> {
        let issued: Vec<_> = project
            .awards
            .iter()
            .filter(|a| a.kind == AwardKind::CourseCertificate && a.course == Some(course.id))
            .collect();
        let (_, new) = course_certificates(project, course, &self.series_of(course), course.ends_on);
        let mut view = column![
            text(fl!("course-certificates")).size(16).font(crate::ui::FONT_BOLD_FACE),
            text(fl!("course-certificates-hint")).size(13).style(theme::muted_text),
            row![
                container(widget::field(
                    SERIES_FIELD,
                    fl!("course-series", example = default_series(course)),
                    &self.series,
                    None,
                    Message::Series
                ))
                .width(280),
                widget::primary(
                    fl!("course-issue", count = new.len()),
                    (!read_only && !new.is_empty()).then_some(Message::Issue)
                ),
            ]
            .spacing(10)
            .align_y(Alignment::End),
            text(fl!("course-issued", count = issued.len())).size(13),
        ]
        .spacing(6);
        for award in issued.iter().rev().take(CERTIFICATES_SHOWN) {
            let name = project.person(award.person).map_or("", |p| p.full_name.as_str());
            view = view.push(text(format!("{} — {name}", award.number)).size(13));
        }
        view.into()
    }
}

fn put(course: Course) -> EditAction<Message> {
    EditAction::Edit(Edit::Course(Box::new(ItemEdit::Put(course))))
}

/// What a series left empty stands for: the course's year, then the
/// counter (`2024/001`).
fn default_series(course: &Course) -> String {
    format!("{}/001", course.ends_on.year())
}
