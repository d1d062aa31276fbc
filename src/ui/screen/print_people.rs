//! A hand-picked list of people for certificates and letters of thanks:
//! a guest speaker, the ensemble's leader, the ones the director names.

use crate::domain::collate::alphabetical_key;
use crate::domain::{Event, Person, PersonId, Project};
use crate::fl;
use crate::ui::theme;
use crate::ui::widget;
use iced::widget::{checkbox, column, row, scrollable, text, text_input};
use iced::{Element, Length};

/// Rows shown at once; typing a name finds the rest.
const SHOWN: usize = 30;
const LIST_HEIGHT: f32 = 240.0;
pub const SEARCH_FIELD: &str = "print-people-search";

#[derive(Debug, Default)]
pub struct State {
    search: String,
    chosen: Vec<PersonId>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Search(String),
    Toggle(PersonId, bool),
    /// Ticks everyone the search finds, after those already ticked.
    SelectAll,
    ClearAll,
}

impl State {
    /// In the order they were ticked, which is the order they print in.
    pub fn chosen(&self) -> &[PersonId] {
        &self.chosen
    }

    /// Chooses exactly these people, as another screen asks.
    pub fn choose(&mut self, people: Vec<PersonId>) {
        self.chosen = people;
    }

    pub fn update(&mut self, project: &Project, event: Option<&Event>, message: Message) {
        match message {
            Message::SelectAll => {
                for person in self.listed(project, event) {
                    if !self.chosen.contains(&person.id) {
                        self.chosen.push(person.id);
                    }
                }
            }
            Message::ClearAll => self.chosen.clear(),
            Message::Search(search) => self.search = search,
            Message::Toggle(id, true) => {
                if !self.chosen.contains(&id) {
                    self.chosen.push(id);
                }
            }
            Message::Toggle(id, false) => self.chosen.retain(|c| *c != id),
        }
    }

    /// The people the search finds: the event's own first, then the rest
    /// of the project, each alphabetically.
    fn listed<'a>(&self, project: &'a Project, event: Option<&Event>) -> Vec<&'a Person> {
        let registered = |p: &Person| event.is_some_and(|e| e.registrations.iter().any(|r| r.person == p.id));
        let mut people: Vec<&Person> = project
            .people
            .iter()
            .filter(|p| {
                let school = p.school.and_then(|id| project.school(id)).map_or("", |s| s.name.as_str());
                widget::matches(&self.search, &[&p.full_name, school])
            })
            .collect();
        people.sort_by_cached_key(|p| (!registered(p), alphabetical_key(&p.full_name).collect::<Vec<_>>()));
        people
    }

    pub fn view<'a>(&'a self, project: &'a Project, event: Option<&'a Event>) -> Element<'a, Message> {
        let people = self.listed(project, event);
        let mut list = column![].spacing(4).width(Length::Fill);
        for person in people.iter().take(SHOWN) {
            let id = person.id;
            list = list.push(
                checkbox(self.chosen.contains(&id))
                    .label(person.full_name.as_str())
                    .on_toggle(move |on| Message::Toggle(id, on))
                    .size(16),
            );
        }
        if people.len() > SHOWN {
            list = list.push(
                text(fl!("print-chosen-more", count = (people.len() - SHOWN)))
                    .size(13)
                    .style(theme::muted_text),
            );
        }
        column![
            text(fl!("print-chosen-count", count = self.chosen.len())).style(theme::muted_text),
            row![
                widget::secondary(
                    fl!("print-select-all"),
                    (!people.is_empty()).then_some(Message::SelectAll)
                ),
                widget::secondary(
                    fl!("print-select-none"),
                    (!self.chosen.is_empty()).then_some(Message::ClearAll)
                ),
            ]
            .spacing(6)
            .wrap(),
            text_input(&fl!("list-search"), &self.search)
                .id(SEARCH_FIELD)
                .on_input(Message::Search)
                .padding(6),
            // The buttons under the list stay in sight.
            scrollable(list).height(LIST_HEIGHT).spacing(6),
        ]
        .spacing(4)
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_print_in_the_order_they_were_ticked_and_once() {
        let (a, b) = (PersonId::new(), PersonId::new());
        let project = Project::new("Семинар", "", chrono::Utc::now());
        let mut state = State::default();
        for message in [Message::Toggle(b, true), Message::Toggle(a, true), Message::Toggle(b, true)] {
            state.update(&project, None, message);
        }
        assert_eq!(state.chosen(), &[b, a]);
        state.update(&project, None, Message::Toggle(b, false));
        assert_eq!(state.chosen(), &[a]);
    }

    #[test]
    fn select_all_ticks_whom_the_search_finds_after_those_already_ticked() {
        let mut project = Project::new("Семинар", "", chrono::Utc::now());
        let names = ["Бекова Асель", "Әлиева Дана", "Серікова Айгүл", "Бекқызы Мадина"];
        let ids: Vec<PersonId> = names
            .iter()
            .map(|name| {
                let person =
                    Person { id: PersonId::new(), full_name: (*name).to_owned(), ..Person::default() };
                let id = person.id;
                project.people.push(person);
                id
            })
            .collect();
        let mut state = State::default();
        state.update(&project, None, Message::Toggle(ids[2], true));
        state.update(&project, None, Message::Search("бек".into()));
        state.update(&project, None, Message::SelectAll);
        // Серікова first (ticked by hand), then the two the search found,
        // alphabetically; Әлиева is not found and stays unticked.
        assert_eq!(state.chosen(), &[ids[2], ids[3], ids[0]]);
        state.update(&project, None, Message::ClearAll);
        assert!(state.chosen().is_empty());
    }
}
