//! The mentors approved in a programme, per direction, each with her
//! term: chosen from the project's people as every person is chosen.

use super::{End, Names, Term, offer, put, term_label};
use crate::domain::mentoring::MentoringProgramme;
use crate::domain::{DirectionId, PersonId, Project};
use crate::fl;
use crate::ui::screen::EditAction;
use crate::ui::screen::labels::Choice;
use crate::ui::theme;
use crate::ui::widget::{self, person_picker};
use iced::widget::{column, container, pick_list, row, text, text_input};
use iced::{Alignment, Element, Length};

pub const MENTOR_FIELD: &str = "mentoring-mentor";
pub const MENTOR_SEARCH: &str = "mentoring-mentor-search";

#[derive(Debug, Clone)]
pub struct State {
    /// The direction new mentors are approved in.
    direction: Option<DirectionId>,
    picker: person_picker::PersonPicker,
    search: String,
    form: Option<Form>,
    error: Option<String>,
}

impl Default for State {
    fn default() -> Self {
        State {
            direction: None,
            picker: person_picker::PersonPicker::new(MENTOR_FIELD),
            search: String::new(),
            form: None,
            error: None,
        }
    }
}

/// One approval being changed: her direction and her term.
#[derive(Debug, Clone)]
struct Form {
    person: PersonId,
    direction: DirectionId,
    term: Term,
}

#[derive(Debug, Clone)]
pub enum Message {
    Direction(Choice<DirectionId>),
    Picker(person_picker::Message),
    Search(String),
    Edit(PersonId),
    FormDirection(Choice<DirectionId>),
    Term(End, String),
    Save,
    Close,
    Remove(PersonId),
    /// A new pair of this mentor.
    Pair(PersonId),
}

fn direction_choices(programme: &MentoringProgramme) -> Vec<Choice<DirectionId>> {
    programme.directions.iter().map(|d| Choice { value: d.id, label: d.name.clone() }).collect()
}

impl State {
    pub fn reload(&mut self, programme: Option<&MentoringProgramme>) {
        let Some(programme) = programme else {
            *self = State::default();
            return;
        };
        if self.form.as_ref().is_some_and(|f| programme.mentor(f.person).is_none()) {
            self.form = None;
        }
    }

    /// The direction new mentors are approved in: the one chosen, or the
    /// first.
    fn direction(&self, programme: &MentoringProgramme) -> Option<DirectionId> {
        self.direction
            .filter(|id| programme.direction(*id).is_some())
            .or(programme.directions.first().map(|d| d.id))
    }

    /// The edit asked for, and the mentor a new pair is to be made for.
    pub fn update(
        &mut self,
        project: &Project,
        programme: &MentoringProgramme,
        message: Message,
    ) -> (EditAction<super::Message>, Option<PersonId>) {
        self.reload(Some(programme));
        match message {
            Message::Direction(choice) => self.direction = Some(choice.value),
            Message::Picker(message) => {
                // Everyone is offered: choosing a mentor again moves her to
                // the direction chosen.
                let outcome = self.picker.update(&offer(project, &[]), message);
                if let person_picker::Outcome::Picked(person) = outcome {
                    let Some(direction) = self.direction(programme) else {
                        self.error = Some(fl!("mentoring-no-directions"));
                        return (EditAction::None, None);
                    };
                    let mut changed = programme.clone();
                    changed.approve(person, direction);
                    self.error = None;
                    return (put(changed), None);
                }
            }
            Message::Search(search) => self.search = search,
            Message::Edit(person) => {
                if let Some(mentor) = programme.mentor(person) {
                    self.form = Some(Form {
                        person,
                        direction: mentor.direction,
                        term: Term::of(mentor.starts_on, mentor.ends_on),
                    });
                }
            }
            Message::FormDirection(choice) => {
                if let Some(form) = &mut self.form {
                    form.direction = choice.value;
                }
            }
            Message::Term(end, value) => {
                if let Some(form) = &mut self.form {
                    form.term.input(end, value);
                }
            }
            Message::Save => {
                let Some(form) = &mut self.form else { return (EditAction::None, None) };
                let Some((starts_on, ends_on)) = form.term.parse() else { return (EditAction::None, None) };
                let mut changed = programme.clone();
                let Some(mentor) = changed.mentors.iter_mut().find(|m| m.person == form.person) else {
                    return (EditAction::None, None);
                };
                let moved_from = mentor.direction;
                (mentor.direction, mentor.starts_on, mentor.ends_on) = (form.direction, starts_on, ends_on);
                // Her pairs go with her: the annex lists mentees under
                // their mentor's direction.
                for pair in
                    changed.pairs.iter_mut().filter(|p| p.mentor == form.person && p.direction == moved_from)
                {
                    pair.direction = form.direction;
                }
                self.form = None;
                return (put(changed), None);
            }
            Message::Close => self.form = None,
            Message::Remove(person) => {
                let pairs = programme.pairs.iter().filter(|p| p.mentor == person).count();
                if pairs > 0 {
                    self.error = Some(fl!("mentoring-mentor-has-pairs", pairs = pairs));
                    return (EditAction::None, None);
                }
                let mut changed = programme.clone();
                changed.mentors.retain(|m| m.person != person);
                self.error = None;
                return (put(changed), None);
            }
            Message::Pair(person) => return (EditAction::None, Some(person)),
        }
        (EditAction::None, None)
    }

    pub fn view<'a>(
        &'a self,
        project: &'a Project,
        programme: &'a MentoringProgramme,
        read_only: bool,
        names: &Names<'a>,
    ) -> Element<'a, Message> {
        if programme.directions.is_empty() {
            return text(fl!("mentoring-no-directions")).style(theme::muted_text).into();
        }
        let choices = direction_choices(programme);
        let chosen = choices.iter().find(|c| Some(c.value) == self.direction(programme)).cloned();
        let approve = column![
            text(fl!("mentoring-approve")).size(13).style(theme::muted_text),
            row![
                pick_list(choices.clone(), chosen, Message::Direction).padding(6).width(260),
                container(self.picker.view(offer(project, &[]), !read_only).map(Message::Picker))
                    .width(Length::Fill),
            ]
            .spacing(8),
        ]
        .spacing(4);
        let mut page = column![approve].spacing(8);
        if let Some(error) = &self.error {
            page = page.push(text(error.clone()).size(13).style(theme::error_text));
        }
        page = page.push(widget::undoable(
            text_input(&fl!("list-search"), &self.search).id(MENTOR_SEARCH).padding(6),
            &self.search,
            Message::Search,
        ));
        let mut list = column![].spacing(4);
        let mut shown = 0usize;
        let mut hidden = 0usize;
        for direction in &programme.directions {
            let mentors: Vec<_> = programme
                .mentors
                .iter()
                .filter(|m| m.direction == direction.id)
                .filter(|m| widget::matches(&self.search, &[names.get(m.person), &direction.name]))
                .collect();
            list = list.push(
                text(format!("{} · {}", direction.name, mentors.len()))
                    .size(16)
                    .font(crate::ui::FONT_BOLD_FACE),
            );
            for mentor in mentors {
                if shown >= widget::LIST_LIMIT {
                    hidden += 1;
                    continue;
                }
                shown += 1;
                let pairs = programme.pairs.iter().filter(|p| p.mentor == mentor.person).count();
                let school = project
                    .person(mentor.person)
                    .and_then(|p| p.school)
                    .and_then(|s| project.school(s))
                    .map_or("", |s| s.name.as_str());
                let line = row![
                    column![
                        text(names.get(mentor.person)),
                        text(format!(
                            "{} · {} · {}",
                            term_label(mentor.starts_on, mentor.ends_on),
                            fl!("mentoring-pairs-count", count = pairs),
                            school
                        ))
                        .size(12)
                        .style(theme::muted_text),
                    ]
                    .width(Length::Fill),
                    widget::secondary(
                        fl!("mentoring-pair-new"),
                        (!read_only).then_some(Message::Pair(mentor.person))
                    ),
                    widget::secondary(
                        fl!("mentoring-change"),
                        (!read_only).then_some(Message::Edit(mentor.person))
                    ),
                    widget::danger(
                        fl!("action-delete"),
                        (!read_only).then_some(Message::Remove(mentor.person))
                    ),
                ]
                .spacing(6)
                .align_y(Alignment::Center);
                list = list.push(line);
                if let Some(form) = self.form.as_ref().filter(|f| f.person == mentor.person) {
                    list = list.push(form.view(&choices));
                }
            }
        }
        if hidden > 0 {
            list = list.push(text(fl!("list-more", count = hidden)).size(13).style(theme::muted_text));
        }
        page.push(iced::widget::scrollable(list.padding([0, 12])).height(Length::Fill)).into()
    }
}

impl Form {
    fn view<'a>(&'a self, choices: &[Choice<DirectionId>]) -> Element<'a, Message> {
        let chosen = choices.iter().find(|c| c.value == self.direction).cloned();
        let fields = column![
            widget::choice(fl!("mentoring-direction"), choices.to_vec(), chosen, Message::FormDirection),
            self.term.view(("mentoring-mentor-from", "mentoring-mentor-to"), Message::Term, Message::Save),
            row![
                widget::primary(fl!("action-save"), Some(Message::Save)),
                widget::secondary(fl!("action-cancel"), Some(Message::Close)),
            ]
            .spacing(8),
        ]
        .spacing(8);
        container(widget::on_escape(fields, Message::Close)).padding(10).style(theme::card).into()
    }
}
