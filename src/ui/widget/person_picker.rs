//! The one way to choose a person in a form (teachers, observers, the
//! responsible, the audience): type any part of her name (Kazakh and
//! Kyrgyz letters match their Russian look-alikes), see the matches in the
//! order of the alphabet, choose with ↑ ↓ and Enter or a click, or add the
//! name typed as a new person. The field is empty again after each
//! choice, ready for the next name.

use crate::domain::names::find_people;
use crate::domain::{Person, PersonId, Project};
use crate::fl;
use crate::ui::theme;
use iced::keyboard::{Key, key};
use iced::widget::{button, column, row, text, text_input};
use iced::{Alignment, Element, Length};

/// How many matches are shown; typing more narrows them.
const SHOWN: usize = 8;

#[derive(Debug, Clone, Default)]
pub struct PersonPicker {
    id: String,
    typed: String,
    /// The match Enter takes; one past the matches is «add as new».
    highlighted: usize,
}

#[derive(Debug, Clone)]
pub enum Message {
    Typed(String),
    /// ↑ (-1) or ↓ (+1) through the matches.
    Move(i32),
    /// Enter: the highlighted match, or the new person.
    Submit,
    Pick(PersonId),
    AddNew,
    Clear,
}

/// What the form does with the user's choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    None,
    Picked(PersonId),
    /// A new person of this name.
    New(String),
}

/// Who the picker may offer: everyone but those `excluded` (already in the
/// list it adds to).
#[derive(Clone, Copy)]
pub struct Offer<'a> {
    pub project: &'a Project,
    pub excluded: &'a [PersonId],
    /// Whether a name nobody has may be added as a new person.
    pub allow_new: bool,
}

impl<'a> Offer<'a> {
    fn matches(&self, typed: &str) -> Vec<&'a Person> {
        find_people(self.project, typed, SHOWN, |p| !self.excluded.contains(&p.id))
    }

    /// Whether «add as new» is offered for `typed`: something is typed and
    /// no match has exactly that name.
    fn offers_new(&self, typed: &str, matches: &[&Person]) -> bool {
        let typed = typed.split_whitespace().collect::<Vec<_>>().join(" ");
        self.allow_new
            && !typed.is_empty()
            && !matches.iter().any(|p| p.full_name.split_whitespace().collect::<Vec<_>>().join(" ") == typed)
    }
}

impl PersonPicker {
    /// `id` names the field, for the focus and for tests.
    pub fn new(id: impl Into<String>) -> PersonPicker {
        PersonPicker { id: id.into(), ..PersonPicker::default() }
    }

    pub fn typed(&self) -> &str {
        &self.typed
    }

    pub fn update(&mut self, offer: &Offer, message: Message) -> Outcome {
        match message {
            Message::Typed(typed) => {
                self.typed = typed;
                self.highlighted = 0;
                Outcome::None
            }
            Message::Move(step) => {
                let matches = offer.matches(&self.typed);
                let count = matches.len() + usize::from(offer.offers_new(&self.typed, &matches));
                if count > 0 {
                    let last = count as i64 - 1;
                    self.highlighted = (self.highlighted as i64 + i64::from(step)).clamp(0, last) as usize;
                }
                Outcome::None
            }
            Message::Submit => {
                let matches = offer.matches(&self.typed);
                match matches.get(self.highlighted) {
                    Some(person) => self.chosen(Outcome::Picked(person.id)),
                    None if offer.offers_new(&self.typed, &matches) => {
                        let name = self.typed.trim().to_owned();
                        self.chosen(Outcome::New(name))
                    }
                    None => Outcome::None,
                }
            }
            Message::Pick(id) => self.chosen(Outcome::Picked(id)),
            Message::AddNew => {
                let name = self.typed.trim().to_owned();
                if name.is_empty() { Outcome::None } else { self.chosen(Outcome::New(name)) }
            }
            Message::Clear => self.chosen(Outcome::None),
        }
    }

    /// The field is emptied for the next name.
    fn chosen(&mut self, outcome: Outcome) -> Outcome {
        self.typed.clear();
        self.highlighted = 0;
        outcome
    }

    pub fn view<'a>(&'a self, offer: Offer<'a>, enabled: bool) -> Element<'a, Message> {
        let mut field = text_input(&fl!("session-add-person"), &self.typed).id(self.id.clone()).padding(6);
        if enabled {
            field = field.on_input(Message::Typed).on_submit(Message::Submit);
        }
        let field = super::on_keys_in(field.width(Length::Fill), |key: &Key, _| match key {
            Key::Named(key::Named::ArrowDown) => Some(Message::Move(1)),
            Key::Named(key::Named::ArrowUp) => Some(Message::Move(-1)),
            Key::Named(key::Named::Escape) => Some(Message::Clear),
            _ => None,
        });
        let mut list = column![field].spacing(2);
        if self.typed.trim().is_empty() || !enabled {
            return list.into();
        }
        let matches = offer.matches(&self.typed);
        for (i, person) in matches.iter().enumerate() {
            let school =
                person.school.and_then(|id| offer.project.school(id)).map_or("", |s| s.name.as_str());
            list = list.push(
                button(
                    row![
                        text(person.full_name.as_str()).size(14).width(Length::Fill),
                        text(school).size(12).style(theme::muted_text),
                    ]
                    .spacing(8)
                    .align_y(Alignment::Center),
                )
                .on_press(Message::Pick(person.id))
                .style(theme::list_row(i == self.highlighted))
                .width(Length::Fill)
                .padding([4, 8]),
            );
        }
        if offer.offers_new(&self.typed, &matches) {
            let label = fl!("session-add-new", name = self.typed.trim().to_owned());
            list = list.push(
                button(text(label).size(14))
                    .on_press(Message::AddNew)
                    .style(theme::list_row(self.highlighted == matches.len()))
                    .width(Length::Fill)
                    .padding([4, 8]),
            );
        } else if matches.is_empty() {
            list = list.push(text(fl!("list-nothing-found")).size(13).style(theme::muted_text));
        }
        list.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project() -> Project {
        let mut project = Project::new("Жоба", "", chrono::Utc::now());
        for name in ["Ахметов Ерлан", "Айгүлова Айгүл", "Әлиева Әсел", "Жанатова Әсел", "Смағұлова Гүлнар"]
        {
            project.people.push(Person { full_name: name.into(), ..Person::default() });
        }
        project
    }

    #[test]
    fn enter_takes_the_highlighted_match_and_the_field_is_emptied() {
        let project = project();
        let offer = Offer { project: &project, excluded: &[], allow_new: true };
        let mut picker = PersonPicker::new("p");
        picker.update(&offer, Message::Typed("әсел".into()));
        picker.update(&offer, Message::Move(1));
        let jan = project.people.iter().find(|p| p.full_name == "Жанатова Әсел").unwrap().id;
        assert_eq!(picker.update(&offer, Message::Submit), Outcome::Picked(jan));
        assert_eq!(picker.typed(), "");
        // A name nobody has: Enter on the only line adds her.
        picker.update(&offer, Message::Typed("Ерланова Дана ".into()));
        assert_eq!(picker.update(&offer, Message::Submit), Outcome::New("Ерланова Дана".into()));
        // Someone already in the list is not offered again.
        let excluded = [jan];
        let offer = Offer { project: &project, excluded: &excluded, allow_new: false };
        picker.update(&offer, Message::Typed("Жанат".into()));
        assert_eq!(picker.update(&offer, Message::Submit), Outcome::None);
    }
}
