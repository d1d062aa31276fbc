//! The programme itself: its title, organiser, term and order, and its
//! directions with the people responsible for each.

use super::{End, Term, offer, put, removable};
use crate::domain::mentoring::{Direction, MentoringProgramme, Order};
use crate::domain::model::Extra;
use crate::domain::rules::{self, FieldError};
use crate::domain::{DirectionId, Edit, ItemEdit, ProgrammeId, Project};
use crate::fl;
use crate::i18n::describe_field_error;
use crate::ui::screen::EditAction;
use crate::ui::theme;
use crate::ui::widget::{self, person_picker};
use chrono::{Datelike, NaiveDate};
use iced::widget::{button, column, container, row, text, text_input};
use iced::{Alignment, Element, Length};

pub const TITLE_FIELD: &str = "mentoring-title";
pub const DIRECTION_FIELD: &str = "mentoring-direction-new";
pub const RENAME_FIELD: &str = "mentoring-direction-rename";
pub const RESPONSIBLE_FIELD: &str = "mentoring-responsible";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProgrammeField {
    Title,
    Organiser,
    OrderNumber,
    OrderDate,
}

#[derive(Debug, Clone)]
pub struct State {
    /// The programme's fields being typed: a new programme's, or one
    /// being changed.
    form: Option<Form>,
    new_direction: String,
    direction_error: Option<String>,
    renaming: Option<(DirectionId, String)>,
    /// The direction whose responsible people are being chosen.
    responsible_for: Option<DirectionId>,
    picker: person_picker::PersonPicker,
}

impl Default for State {
    fn default() -> Self {
        State {
            form: None,
            new_direction: String::new(),
            direction_error: None,
            renaming: None,
            responsible_for: None,
            picker: person_picker::PersonPicker::new(RESPONSIBLE_FIELD),
        }
    }
}

/// The programme's own fields as typed.
#[derive(Debug, Clone, Default)]
struct Form {
    /// The programme as the form found it; a new one is not in the
    /// project yet.
    base: Option<MentoringProgramme>,
    is_new: bool,
    title: String,
    organiser: String,
    term: Term,
    order_number: String,
    order_date: String,
    title_error: Option<FieldError>,
    order_number_error: Option<FieldError>,
    order_date_error: Option<FieldError>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Input(ProgrammeField, String),
    Term(End, String),
    Save,
    /// The programme's fields opened for a change.
    Change,
    Cancel,
    Delete,
    NewDirection(String),
    AddDirection,
    Rename(DirectionId),
    RenameInput(String),
    RenameSave,
    RenameCancel,
    RemoveDirection(DirectionId),
    ChooseResponsible(DirectionId),
    Picker(person_picker::Message),
    RemoveResponsible(DirectionId, crate::domain::PersonId),
}

impl Form {
    fn of(programme: &MentoringProgramme, is_new: bool) -> Form {
        Form {
            base: Some(programme.clone()),
            is_new,
            title: programme.title.clone(),
            organiser: programme.organiser.clone(),
            term: Term::of(programme.starts_on, programme.ends_on),
            order_number: programme.order.as_ref().map(|o| o.number.clone()).unwrap_or_default(),
            order_date: programme
                .order
                .as_ref()
                .map(|o| rules::format_date_input(o.date))
                .unwrap_or_default(),
            ..Form::default()
        }
    }

    /// The programme as typed, or `None` with each wrong field told why.
    fn build(&mut self) -> Option<MentoringProgramme> {
        let title = rules::required(&self.title).map_err(|e| self.title_error = Some(e)).ok();
        let term = self.term.parse();
        // An order is its number and its date: one without the other is
        // half typed.
        let order = match (rules::optional(&self.order_number), self.order_date.trim().is_empty()) {
            (None, true) => Some(None),
            (number, _) => {
                let date =
                    rules::parse_date(&self.order_date).map_err(|e| self.order_date_error = Some(e)).ok();
                if number.is_none() {
                    self.order_number_error = Some(FieldError::Required);
                }
                number.zip(date).map(|(number, date)| Some(Order { number, date }))
            }
        };
        let (title, (starts_on, ends_on), order) = (title?, term?, order?);
        let mut programme = self.base.clone()?;
        programme.title = title;
        programme.organiser = self.organiser.trim().to_owned();
        // Approvals that ran over the whole term follow it; one given a
        // term of her own keeps it.
        let old = (programme.starts_on, programme.ends_on);
        for mentor in &mut programme.mentors {
            if (mentor.starts_on, mentor.ends_on) == old {
                (mentor.starts_on, mentor.ends_on) = (starts_on, ends_on);
            }
        }
        programme.starts_on = starts_on;
        programme.ends_on = ends_on;
        programme.order = order;
        Some(programme)
    }
}

impl State {
    pub fn is_new(&self) -> bool {
        self.form.as_ref().is_some_and(|f| f.is_new)
    }

    /// A new programme over two school years from this one's September,
    /// as districts approve their mentors.
    pub fn start_new(&mut self, project: &Project, today: NaiveDate) -> EditAction<Message> {
        let year = if today.month() >= 9 { today.year() } else { today.year() - 1 };
        let starts_on = NaiveDate::from_ymd_opt(year, 9, 1).unwrap_or(today);
        let ends_on = NaiveDate::from_ymd_opt(year + 2, 5, 31).unwrap_or(today);
        let mut programme = MentoringProgramme::new(String::new(), starts_on, ends_on);
        programme.organiser = project.organizer.clone();
        self.form = Some(Form::of(&programme, true));
        EditAction::Task(iced::widget::operation::focus(TITLE_FIELD))
    }

    pub fn reload(&mut self, programme: Option<&MentoringProgramme>) {
        if self.is_new() {
            return;
        }
        let Some(programme) = programme else {
            *self = State::default();
            return;
        };
        // What is typed stays; it is saved over what the programme holds
        // now, its directions and pairs changed meanwhile kept.
        if let Some(form) = &mut self.form {
            form.base = Some(programme.clone());
        }
        if self.renaming.as_ref().is_some_and(|(id, _)| programme.direction(*id).is_none()) {
            self.renaming = None;
        }
    }

    /// The edit asked for, and the id of a programme just created.
    pub fn update(
        &mut self,
        project: &Project,
        programme: Option<&MentoringProgramme>,
        message: Message,
    ) -> (EditAction<super::Message>, Option<ProgrammeId>) {
        match message {
            Message::Input(field, value) => {
                if let Some(form) = &mut self.form {
                    match field {
                        ProgrammeField::Title => (form.title, form.title_error) = (value, None),
                        ProgrammeField::Organiser => form.organiser = value,
                        ProgrammeField::OrderNumber => {
                            (form.order_number, form.order_number_error) = (value, None)
                        }
                        ProgrammeField::OrderDate => (form.order_date, form.order_date_error) = (value, None),
                    }
                }
            }
            Message::Term(end, value) => {
                if let Some(form) = &mut self.form {
                    form.term.input(end, value);
                }
            }
            Message::Save => {
                if let Some(form) = &mut self.form
                    && let Some(changed) = form.build()
                {
                    let created = form.is_new.then_some(changed.id);
                    self.form = None;
                    return (put(changed), created);
                }
            }
            Message::Change => {
                self.form = programme.map(|p| Form::of(p, false));
                return (EditAction::Task(iced::widget::operation::focus(TITLE_FIELD)), None);
            }
            Message::Cancel => self.form = None,
            Message::Delete => {
                if let Some(programme) = programme {
                    let edit = Edit::Programme(Box::new(ItemEdit::Remove(programme.id)));
                    return (EditAction::Edit(edit), None);
                }
            }
            Message::NewDirection(name) => {
                self.new_direction = name;
                self.direction_error = None;
            }
            Message::AddDirection => {
                let Some(programme) = programme else { return (EditAction::None, None) };
                match rules::required(&self.new_direction) {
                    Ok(name) => {
                        let mut changed = programme.clone();
                        changed.directions.push(Direction {
                            id: DirectionId::new(),
                            name,
                            responsible: Vec::new(),
                            extra: Extra::new(),
                        });
                        self.new_direction.clear();
                        return (put(changed), None);
                    }
                    Err(error) => self.direction_error = Some(describe_field_error(error)),
                }
            }
            Message::Rename(id) => {
                let name = programme.and_then(|p| p.direction(id)).map(|d| d.name.clone());
                self.renaming = name.map(|name| (id, name));
                return (EditAction::Task(iced::widget::operation::focus(RENAME_FIELD)), None);
            }
            Message::RenameInput(name) => {
                if let Some((_, typed)) = &mut self.renaming {
                    *typed = name;
                }
            }
            Message::RenameSave => {
                let (Some(programme), Some((id, typed))) = (programme, &self.renaming) else {
                    return (EditAction::None, None);
                };
                let Ok(name) = rules::required(typed) else { return (EditAction::None, None) };
                let mut changed = programme.clone();
                if let Some(direction) = changed.directions.iter_mut().find(|d| d.id == *id) {
                    direction.name = name;
                }
                self.renaming = None;
                return (put(changed), None);
            }
            Message::RenameCancel => self.renaming = None,
            Message::RemoveDirection(id) => {
                let Some(programme) = programme else { return (EditAction::None, None) };
                let mentors = programme.mentors.iter().filter(|m| m.direction == id).count();
                let pairs = programme.pairs.iter().filter(|p| p.direction == id).count();
                if mentors + pairs > 0 {
                    self.direction_error =
                        Some(fl!("mentoring-direction-in-use", mentors = mentors, pairs = pairs));
                    return (EditAction::None, None);
                }
                let mut changed = programme.clone();
                changed.directions.retain(|d| d.id != id);
                return (put(changed), None);
            }
            Message::ChooseResponsible(id) => {
                self.responsible_for = Some(id);
                return (EditAction::Task(iced::widget::operation::focus(RESPONSIBLE_FIELD)), None);
            }
            Message::Picker(message) => {
                let (Some(programme), Some(id)) = (programme, self.responsible_for) else {
                    return (EditAction::None, None);
                };
                return (self.pick_responsible(project, programme, id, message), None);
            }
            Message::RemoveResponsible(id, person) => {
                let Some(programme) = programme else { return (EditAction::None, None) };
                let mut changed = programme.clone();
                if let Some(direction) = changed.directions.iter_mut().find(|d| d.id == id) {
                    direction.responsible.retain(|p| *p != person);
                }
                return (put(changed), None);
            }
        }
        (EditAction::None, None)
    }

    fn pick_responsible(
        &mut self,
        project: &Project,
        programme: &MentoringProgramme,
        id: DirectionId,
        message: person_picker::Message,
    ) -> EditAction<super::Message> {
        let Some(direction) = programme.direction(id) else { return EditAction::None };
        let outcome = self.picker.update(&offer(project, &direction.responsible), message);
        if let person_picker::Outcome::Picked(person) = outcome
            && !direction.responsible.contains(&person)
        {
            let mut changed = programme.clone();
            if let Some(direction) = changed.directions.iter_mut().find(|d| d.id == id) {
                direction.responsible.push(person);
            }
            return put(changed);
        }
        EditAction::None
    }

    pub fn view<'a>(
        &'a self,
        project: Option<&'a Project>,
        programme: Option<&'a MentoringProgramme>,
        read_only: bool,
    ) -> Element<'a, Message> {
        let mut page = column![].spacing(10).max_width(720);
        match (&self.form, programme) {
            (Some(form), _) => page = page.push(form.view(read_only)),
            (None, Some(programme)) => page = page.push(summary(programme, read_only)),
            (None, None) => {}
        }
        if let (Some(project), Some(programme)) = (project, programme)
            && !self.is_new()
        {
            page = page.push(self.directions_view(project, programme, read_only));
        }
        iced::widget::scrollable(page.padding([0, 16])).height(Length::Fill).into()
    }

    fn directions_view<'a>(
        &'a self,
        project: &'a Project,
        programme: &'a MentoringProgramme,
        read_only: bool,
    ) -> Element<'a, Message> {
        let mut list = column![text(fl!("mentoring-directions")).size(18)].spacing(8);
        for direction in &programme.directions {
            let name: Element<'a, Message> = match &self.renaming {
                Some((id, typed)) if *id == direction.id => widget::on_escape(
                    row![
                        widget::undoable(
                            text_input(&fl!("mentoring-direction-name"), typed)
                                .id(RENAME_FIELD)
                                .on_submit(Message::RenameSave)
                                .padding(6),
                            typed,
                            Message::RenameInput
                        ),
                        widget::primary(fl!("action-save"), Some(Message::RenameSave)),
                    ]
                    .spacing(6),
                    Message::RenameCancel,
                )
                .into(),
                _ => row![
                    text(direction.name.as_str()).size(16).width(Length::Fill),
                    widget::secondary(
                        fl!("action-rename"),
                        (!read_only).then_some(Message::Rename(direction.id))
                    ),
                    widget::danger(
                        fl!("action-delete"),
                        (!read_only).then_some(Message::RemoveDirection(direction.id))
                    ),
                ]
                .spacing(6)
                .align_y(Alignment::Center)
                .into(),
            };
            let mut people = row![text(fl!("mentoring-responsible")).size(13).style(theme::muted_text)]
                .spacing(8)
                .align_y(Alignment::Center);
            for person in &direction.responsible {
                let name = project.person(*person).map_or("?", |p| p.full_name.as_str());
                let id = direction.id;
                people = people
                    .push(removable(name, (!read_only).then_some(Message::RemoveResponsible(id, *person))));
            }
            let mut card = column![name, people.wrap()].spacing(6);
            if self.responsible_for == Some(direction.id) && !read_only {
                let offer = offer(project, &direction.responsible);
                card = card.push(self.picker.view(offer, true).map(Message::Picker));
            } else if !read_only {
                card = card.push(
                    button(text(fl!("mentoring-add-responsible")).size(13))
                        .on_press(Message::ChooseResponsible(direction.id))
                        .style(button::text),
                );
            }
            list = list.push(container(card).padding(10).width(Length::Fill).style(theme::card));
        }
        list = list.push(
            row![
                widget::submitting_field(
                    DIRECTION_FIELD,
                    fl!("mentoring-direction-new"),
                    &self.new_direction,
                    self.direction_error.clone(),
                    Message::NewDirection,
                    Message::AddDirection
                ),
                widget::primary(
                    fl!("mentoring-direction-add"),
                    (!read_only).then_some(Message::AddDirection)
                ),
            ]
            .spacing(8)
            .align_y(Alignment::End),
        );
        list.into()
    }
}

impl Form {
    fn view<'a>(&'a self, read_only: bool) -> Element<'a, Message> {
        let field = |id: &'static str,
                     field: ProgrammeField,
                     label: String,
                     value: &'a str,
                     error: Option<FieldError>| {
            widget::submitting_field(
                id,
                label,
                value,
                error.map(describe_field_error),
                move |v| Message::Input(field, v),
                Message::Save,
            )
        };
        let heading = if self.is_new { fl!("mentoring-new") } else { self.title.clone() };
        let fields = column![
            text(heading).size(20),
            field(TITLE_FIELD, ProgrammeField::Title, fl!("mentoring-title"), &self.title, self.title_error),
            field(
                "mentoring-organiser",
                ProgrammeField::Organiser,
                fl!("mentoring-organiser"),
                &self.organiser,
                None
            ),
            self.term.view(("mentoring-from", "mentoring-to"), Message::Term, Message::Save),
            row![
                field(
                    "mentoring-order-number",
                    ProgrammeField::OrderNumber,
                    fl!("mentoring-order-number"),
                    &self.order_number,
                    self.order_number_error
                ),
                field(
                    "mentoring-order-date",
                    ProgrammeField::OrderDate,
                    fl!("mentoring-order-date"),
                    &self.order_date,
                    self.order_date_error
                ),
            ]
            .spacing(12),
            row![
                widget::primary(fl!("action-save"), (!read_only).then_some(Message::Save)),
                widget::secondary(fl!("action-cancel"), Some(Message::Cancel)),
            ]
            .spacing(8),
        ]
        .spacing(10);
        widget::on_escape(fields, Message::Cancel).into()
    }
}

/// The programme as it stands, with its change and its removal.
fn summary<'a>(programme: &'a MentoringProgramme, read_only: bool) -> Element<'a, Message> {
    let line = |label: String, value: String| {
        row![text(label).size(13).style(theme::muted_text).width(170), text(value).width(Length::Fill)]
            .spacing(8)
    };
    let order = programme
        .order
        .as_ref()
        .map(|o| format!("№ {}, {}", o.bare_number(), crate::i18n::format_date_short(o.date)))
        .unwrap_or_default();
    column![
        text(programme.title.as_str()).size(20),
        line(fl!("mentoring-organiser"), programme.organiser.clone()),
        line(fl!("mentoring-term"), super::term_label(programme.starts_on, programme.ends_on)),
        line(fl!("mentoring-order"), order),
        row![
            widget::secondary(fl!("mentoring-change"), (!read_only).then_some(Message::Change)),
            iced::widget::Space::new().width(Length::Fill),
            widget::danger(fl!("action-delete"), (!read_only).then_some(Message::Delete)),
        ]
        .spacing(8),
    ]
    .spacing(8)
    .into()
}
