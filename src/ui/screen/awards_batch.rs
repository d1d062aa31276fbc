//! Numbers for several people at once: the certificates of everyone
//! present, the letters of thanks of the open lessons' teachers, or a
//! ticked list, recorded in the register before anything is printed.
//!
//! The numbers and the «what for» are the ones Print would give, from the
//! same preparation: a certificate printed later shows the number issued
//! here.

use super::labels::Choice;
use super::print_people;
use crate::domain::awards::existing_award;
use crate::domain::{Award, AwardKind, Event, Project};
use crate::fl;
use crate::i18n;
use crate::print::{self, Document, PeopleSet, Request};
use crate::ui::screen::awards::award_kind_label;
use crate::ui::theme;
use crate::ui::widget;
use iced::widget::{column, row, text};
use iced::{Element, Length};

#[derive(Debug)]
pub struct State {
    kind: AwardKind,
    people: PeopleSet,
    picker: print_people::State,
}

impl Default for State {
    fn default() -> State {
        State { kind: AwardKind::Certificate, people: PeopleSet::Present, picker: Default::default() }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Kind(Choice<AwardKind>),
    People(Choice<PeopleSet>),
    Picker(print_people::Message),
    Issue,
    Close,
}

/// What the awards section does with a message of the form.
pub enum Outcome {
    None,
    /// Record these new awards in one step.
    Issue(Vec<Award>),
    /// Nothing to record, and why.
    Refused(String),
    Close,
}

impl State {
    pub fn update(&mut self, project: &Project, event: &Event, message: Message) -> Outcome {
        match message {
            Message::Kind(choice) => self.kind = choice.value,
            Message::People(choice) => {
                self.people = match choice.value {
                    PeopleSet::Chosen(_) => PeopleSet::Chosen(self.picker.chosen().to_vec()),
                    set => set,
                }
            }
            Message::Picker(message) => {
                self.picker.update(project, Some(event), message);
                if matches!(self.people, PeopleSet::Chosen(_)) {
                    self.people = PeopleSet::Chosen(self.picker.chosen().to_vec());
                }
            }
            Message::Issue => {
                return match self.new_awards(project, event) {
                    Ok(awards) if awards.is_empty() => Outcome::Refused(fl!("awards-batch-none")),
                    Ok(awards) => Outcome::Issue(awards),
                    Err(error) => Outcome::Refused(print::describe_print_error(&error)),
                };
            }
            Message::Close => return Outcome::Close,
        }
        Outcome::None
    }

    /// The awards Print would record for the chosen people now: those who
    /// already hold one of the kind keep it and get none.
    fn new_awards(&self, project: &Project, event: &Event) -> Result<Vec<Award>, print::PrintError> {
        let document =
            if self.kind == AwardKind::LetterOfThanks { Document::Letters } else { Document::Certificates };
        // The register says what each was for in the event's language, as
        // her page will.
        let language = i18n::event_language(Some(event));
        let mut request = Request::new(document, event.id, language, event.ends_on);
        request.people = self.people.clone();
        print::prepare(project, &request).map(|prepared| prepared.new_awards)
    }

    pub fn view<'a>(
        &'a self,
        project: &'a Project,
        event: &'a Event,
        read_only: bool,
    ) -> Element<'a, Message> {
        let kinds: Vec<Choice<AwardKind>> = [AwardKind::Certificate, AwardKind::LetterOfThanks]
            .into_iter()
            .map(|kind| Choice { label: award_kind_label(kind), value: kind })
            .collect();
        let kind = Choice { label: award_kind_label(self.kind), value: self.kind };
        let sets: Vec<Choice<PeopleSet>> =
            [PeopleSet::Present, PeopleSet::Teachers, PeopleSet::All, PeopleSet::Chosen(Vec::new())]
                .into_iter()
                .map(|set| Choice { label: print::people_set_name(&set), value: set })
                .collect();
        let current = Choice { label: print::people_set_name(&self.people), value: self.people.clone() };
        let people = print::choose_people(project, event, &self.people);
        let held =
            people.iter().filter(|p| existing_award(project, **p, self.kind, event.id).is_some()).count();
        let new = people.len() - held;
        let mut form = column![
            text(fl!("awards-batch-heading")).size(20),
            text(fl!("awards-batch-hint")).size(13).style(theme::muted_text),
            row![
                widget::choice(fl!("awards-kind"), kinds, Some(kind), Message::Kind),
                widget::choice(fl!("awards-person"), sets, Some(current), Message::People),
            ]
            .spacing(12),
        ]
        .spacing(10)
        .padding([0, 16]);
        form = form.push(text(fl!("awards-batch-count", count = people.len(), held = held)));
        form = form.push(
            row![
                widget::primary(
                    fl!("awards-batch-issue", count = new),
                    (!read_only && new > 0).then_some(Message::Issue)
                ),
                widget::secondary(fl!("action-cancel"), Some(Message::Close)),
            ]
            .spacing(8)
            .width(Length::Fill),
        );
        // The list goes last: the buttons stay in sight above it.
        if matches!(self.people, PeopleSet::Chosen(_)) {
            form = form.push(self.picker.view(project, Some(event)).map(Message::Picker));
        }
        widget::on_escape(form, Message::Close).into()
    }
}
