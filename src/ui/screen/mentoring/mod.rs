//! A project's mentoring programmes: the programme and its directions,
//! the mentors approved in each, their pairs with each pair's plan and
//! log, the progress per pair and per direction, and the programme's
//! events.
//!
//! Every change is the whole programme put back changed: one undo step,
//! whatever was changed inside it.

pub mod details;
pub mod mentors;
pub mod pairs;

use super::EditAction;
use super::labels::Choice;
use crate::domain::mentoring::MentoringProgramme;
use crate::domain::rules::{self, FieldError};
use crate::domain::{Edit, ItemEdit, PairId, PersonId, ProgrammeId, Project};
use crate::fl;
use crate::i18n::{self, describe_field_error};
use crate::ui::theme::{self, NoticeKind};
use crate::ui::widget::{self, person_picker};
use chrono::NaiveDate;
use iced::widget::{button, column, pick_list, row, text};
use iced::{Alignment, Element, Length};
use std::collections::HashMap;

pub use details::{DIRECTION_FIELD, ProgrammeField, RENAME_FIELD, RESPONSIBLE_FIELD, TITLE_FIELD};
pub use mentors::{MENTOR_FIELD, MENTOR_SEARCH};
pub use pairs::{
    ACTIVITY_DATE, ACTIVITY_HOURS, ACTIVITY_NOTES, ActivityField, MENTEE_FIELD, TASK_DUE, TASK_FIELD,
};

/// The parts of a programme, one shown at a time so that each fits a
/// 1024×768 screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Programme,
    Mentors,
    Pairs,
    Progress,
    Events,
}

impl Tab {
    const ALL: [Tab; 5] = [Tab::Programme, Tab::Mentors, Tab::Pairs, Tab::Progress, Tab::Events];

    fn label(self) -> String {
        match self {
            Tab::Programme => fl!("mentoring-tab-programme"),
            Tab::Mentors => fl!("mentoring-tab-mentors"),
            Tab::Pairs => fl!("mentoring-tab-pairs"),
            Tab::Progress => fl!("mentoring-tab-progress"),
            Tab::Events => fl!("mentoring-tab-events"),
        }
    }
}

/// Which end of a term a date was typed into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    From,
    To,
}

/// A term typed as two dates, each told at its field what is wrong with
/// it.
#[derive(Debug, Clone, Default)]
struct Term {
    from: String,
    to: String,
    from_error: Option<FieldError>,
    to_error: Option<FieldError>,
}

impl Term {
    fn of(from: NaiveDate, to: NaiveDate) -> Term {
        Term { from: rules::format_date_input(from), to: rules::format_date_input(to), ..Term::default() }
    }

    fn input(&mut self, end: End, value: String) {
        match end {
            End::From => (self.from, self.from_error) = (value, None),
            End::To => (self.to, self.to_error) = (value, None),
        }
    }

    fn parse(&mut self) -> Option<(NaiveDate, NaiveDate)> {
        match rules::parse_period(&self.from, &self.to) {
            Ok(term) => Some(term),
            Err((from, to)) => {
                (self.from_error, self.to_error) = (from, to);
                None
            }
        }
    }

    fn view<'a, M: Clone + 'a>(
        &'a self,
        ids: (&'static str, &'static str),
        on_input: impl Fn(End, String) -> M + Copy + 'a,
        on_submit: M,
    ) -> Element<'a, M> {
        row![
            widget::submitting_field(
                ids.0,
                fl!("mentoring-from"),
                &self.from,
                self.from_error.map(describe_field_error),
                move |v| on_input(End::From, v),
                on_submit.clone()
            ),
            widget::submitting_field(
                ids.1,
                fl!("mentoring-to"),
                &self.to,
                self.to_error.map(describe_field_error),
                move |v| on_input(End::To, v),
                on_submit
            ),
        ]
        .spacing(12)
        .into()
    }
}

pub struct State {
    programme: Option<ProgrammeId>,
    tab: Tab,
    details: details::State,
    mentors: mentors::State,
    pairs: pairs::State,
    events_search: String,
    error: Option<String>,
    /// The day progress is counted to; the project screen gives it with
    /// each message.
    today: NaiveDate,
}

impl Default for State {
    fn default() -> Self {
        State {
            programme: None,
            tab: Tab::default(),
            details: details::State::default(),
            mentors: mentors::State::default(),
            pairs: pairs::State::default(),
            events_search: String::new(),
            error: None,
            today: chrono::Local::now().date_naive(),
        }
    }
}

impl std::fmt::Debug for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("State").field("programme", &self.programme).field("tab", &self.tab).finish()
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Tab(Tab),
    Choose(Choice<ProgrammeId>),
    NewProgramme,
    Details(details::Message),
    Mentors(mentors::Message),
    Pairs(pairs::Message),
    EventsSearch(String),
    LinkEvent(crate::domain::EventId, bool),
    /// The order's annex of this programme, to print (the project screen
    /// opens Print).
    PrintAnnex(ProgrammeId),
    /// A pair's plan and log, for the mentee's portfolio (the project
    /// screen opens Print).
    PrintPair(ProgrammeId, PairId),
    DismissError,
}

/// The programme put back as changed: one undoable step.
fn put(programme: MentoringProgramme) -> EditAction<Message> {
    EditAction::Edit(Edit::Programme(Box::new(ItemEdit::Put(programme))))
}

impl State {
    /// After an edit, undo or redo: what is gone is let go, forms of what
    /// changed show it as it now is.
    pub fn reload(&mut self, project: &Project) {
        if self.programme.is_none_or(|id| !project.programmes.iter().any(|p| p.id == id)) {
            self.programme = project.programmes.first().map(|p| p.id);
        }
        let programme = self.current(project);
        self.details.reload(programme);
        self.mentors.reload(programme);
        self.pairs.reload(programme);
    }

    /// Shows why the last edit was refused.
    pub fn failed(&mut self, text: String) {
        self.error = Some(text);
    }

    /// The programme shown, if the project has any.
    /// The first until another is chosen: the section may be drawn
    /// before any message has reached it.
    pub fn current<'a>(&self, project: &'a Project) -> Option<&'a MentoringProgramme> {
        match self.programme {
            Some(id) => project.programmes.iter().find(|p| p.id == id),
            None => project.programmes.first(),
        }
    }

    pub fn tab(&self) -> Tab {
        self.tab
    }

    pub fn update(&mut self, project: &Project, message: Message, today: NaiveDate) -> EditAction<Message> {
        self.today = today;
        if self.programme.is_none() {
            self.reload(project);
        }
        match message {
            Message::Tab(tab) => self.tab = tab,
            Message::Choose(choice) => {
                self.programme = Some(choice.value);
                self.reload(project);
            }
            Message::NewProgramme => {
                self.tab = Tab::Programme;
                return self.details.start_new(project, today).map(Message::Details);
            }
            Message::Details(message) => {
                let (action, created) = self.details.update(project, self.current(project), message);
                if let Some(id) = created {
                    self.programme = Some(id);
                }
                return action;
            }
            Message::Mentors(message) => {
                let Some(programme) = self.current(project) else { return EditAction::None };
                let (action, pair_with) = self.mentors.update(project, programme, message);
                if let Some(mentor) = pair_with {
                    self.tab = Tab::Pairs;
                    self.pairs.start_new(Some(mentor));
                }
                return action;
            }
            Message::Pairs(message) => {
                let Some(programme) = self.current(project) else { return EditAction::None };
                if let pairs::Message::Select(_) = message {
                    self.tab = Tab::Pairs;
                }
                return self.pairs.update(project, programme, message, today);
            }
            Message::EventsSearch(search) => self.events_search = search,
            Message::LinkEvent(event, linked) => {
                let Some(programme) = self.current(project) else { return EditAction::None };
                let mut changed = programme.clone();
                changed.events.retain(|e| *e != event);
                if linked {
                    changed.events.push(event);
                }
                return put(changed);
            }
            // The project screen takes these to Print.
            Message::PrintAnnex(_) | Message::PrintPair(..) => {}
            Message::DismissError => self.error = None,
        }
        EditAction::None
    }

    pub fn view<'a>(&'a self, project: &'a Project, read_only: bool) -> Element<'a, Message> {
        let programme = self.current(project);
        let mut actions: Vec<Element<'a, Message>> = Vec::new();
        if project.programmes.len() > 1 {
            let choices: Vec<Choice<ProgrammeId>> =
                project.programmes.iter().map(|p| Choice { value: p.id, label: p.title.clone() }).collect();
            let chosen = programme.map(|p| Choice { value: p.id, label: p.title.clone() });
            actions.push(pick_list(choices, chosen, Message::Choose).padding(6).into());
        }
        actions.push(widget::secondary(fl!("mentoring-new"), (!read_only).then_some(Message::NewProgramme)));
        if let Some(programme) = programme {
            actions.push(widget::secondary(
                fl!("mentoring-print-annex"),
                Some(Message::PrintAnnex(programme.id)),
            ));
        }
        let mut page = column![widget::header(fl!("nav-mentoring"), actions)].spacing(10);
        if let Some(error) = &self.error {
            page = page.push(widget::notice(
                NoticeKind::Error,
                error.clone(),
                vec![(fl!("action-dismiss"), Message::DismissError)],
            ));
        }
        if self.details.is_new() {
            return page.push(self.details.view(Some(project), None, read_only).map(Message::Details)).into();
        }
        let Some(programme) = programme else {
            return page.push(text(fl!("mentoring-none")).style(theme::muted_text)).into();
        };
        let tabs = row(Tab::ALL.iter().map(|&tab| {
            button(text(tab.label()))
                .on_press(Message::Tab(tab))
                .style(theme::list_row(tab == self.tab))
                .padding([6, 12])
                .into()
        }))
        .spacing(4)
        .wrap();
        let names = Names::of(project);
        let body: Element<'a, Message> = match self.tab {
            Tab::Programme => {
                self.details.view(Some(project), Some(programme), read_only).map(Message::Details)
            }
            Tab::Mentors => self.mentors.view(project, programme, read_only, &names).map(Message::Mentors),
            Tab::Pairs => self
                .pairs
                .view(project, programme, self.today, read_only, &names)
                .map(pairs_message(programme.id)),
            Tab::Progress => {
                pairs::progress_view(programme, self.today, &names).map(pairs_message(programme.id))
            }
            Tab::Events => self.events_view(project, programme, read_only),
        };
        page.push(tabs).push(body).height(Length::Fill).into()
    }

    fn events_view<'a>(
        &'a self,
        project: &'a Project,
        programme: &'a MentoringProgramme,
        read_only: bool,
    ) -> Element<'a, Message> {
        let mut events: Vec<&crate::domain::Event> = project
            .events
            .iter()
            .filter(|e| widget::matches(&self.events_search, &[&e.title, &e.theme]))
            .collect();
        events.sort_by_key(|e| e.starts_on);
        let hidden = events.len().saturating_sub(widget::LIST_LIMIT);
        let mut list = column![].spacing(4);
        for event in events.into_iter().take(widget::LIST_LIMIT) {
            let linked = programme.events.contains(&event.id);
            let label = format!("{} · {}", i18n::format_date_short(event.starts_on), event.title);
            let mut check = iced::widget::checkbox(linked).label(label);
            if !read_only {
                let id = event.id;
                check = check.on_toggle(move |on| Message::LinkEvent(id, on));
            }
            list = list.push(check);
        }
        if hidden > 0 {
            list = list.push(text(fl!("list-more", count = hidden)).size(13).style(theme::muted_text));
        }
        column![
            text(fl!("mentoring-events-hint")).size(13).style(theme::muted_text),
            widget::undoable(
                iced::widget::text_input(&fl!("list-search"), &self.events_search)
                    .id("mentoring-events-search")
                    .padding(6),
                &self.events_search,
                Message::EventsSearch
            ),
            iced::widget::scrollable(list).height(Length::Fill),
        ]
        .spacing(8)
        .into()
    }
}

/// A pair's message, but printing, which goes up to the project screen.
fn pairs_message(programme: ProgrammeId) -> impl Fn(pairs::Message) -> Message {
    move |message| match message {
        pairs::Message::Print(pair) => Message::PrintPair(programme, pair),
        message => Message::Pairs(message),
    }
}

/// People's names by id, gathered once per drawing: a programme of 500
/// pairs names a thousand people, each looked up in a list of thousands.
pub struct Names<'a> {
    names: HashMap<PersonId, &'a str>,
}

impl<'a> Names<'a> {
    fn of(project: &'a Project) -> Names<'a> {
        Names { names: project.people.iter().map(|p| (p.id, p.full_name.as_str())).collect() }
    }

    fn get(&self, id: PersonId) -> &'a str {
        self.names.get(&id).copied().unwrap_or("?")
    }

    fn list(&self, ids: &[PersonId]) -> String {
        ids.iter().map(|id| self.get(*id)).collect::<Vec<_>>().join(", ")
    }
}

use crate::i18n::pair_status_name as status_label;

fn term_label(from: NaiveDate, to: NaiveDate) -> String {
    format!("{} – {}", i18n::format_date_short(from), i18n::format_date_short(to))
}

/// Hours as a teacher writes them: whole without a decimal, a half with
/// the language's separator.
fn hours_label(hours: f64) -> String {
    // A sum of nothing is -0.0, which would print as «-0».
    let hours = hours + 0.0;
    if hours.fract().abs() < 1e-9 { format!("{hours:.0}") } else { i18n::format_decimal(hours, 1) }
}

/// The picker's offer of the project's people, but those `excluded`.
fn offer<'a>(project: &'a Project, excluded: &'a [PersonId]) -> person_picker::Offer<'a> {
    person_picker::Offer { project, excluded, allow_new: false }
}

/// A person's line in a list, with a button that takes her out.
fn removable<'a, M: Clone + 'a>(name: &'a str, on_remove: Option<M>) -> Element<'a, M> {
    let mut line = row![text(name).size(14)].spacing(2).align_y(Alignment::Center);
    if let Some(on_remove) = on_remove {
        line = line.push(widget::tip(
            button(text("×").size(13)).on_press(on_remove).style(button::text).padding([0, 4]),
            fl!("action-delete"),
        ));
    }
    line.into()
}
