//! A network of schools and its year plan: the grid of rows filled with
//! the keyboard, a row turned into an event, per school and per month.
//!
//! Every cell is saved as it is typed, the typing in one cell undone as
//! one step; a cell that cannot be read keeps its text and says why under
//! it, and the row keeps what it had.

mod cells;
mod grid;
pub mod network;
mod summary;

pub use cells::{Column, school_name};

use super::EditAction;
use super::labels::Choice;
use crate::domain::rules::MAX_LINE_CHARS;
use crate::domain::year_plan::{self, PlanRow, YearPlan};
use crate::domain::{Edit, EventId, ItemEdit, PlanRowId, Project, SchoolId, YearPlanId};
use crate::fl;
use crate::i18n::format_date_short;
use crate::ui::{theme, widget};
use chrono::{Datelike, NaiveDate};
use iced::widget::{button, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length};
use std::collections::HashMap;

pub use grid::PAGE;
pub const TITLE_FIELD: &str = "year-plan-title";

/// The field of a cell: its place in the order shown and its column.
/// The scrollable the whole section is in, which a focused cell is brought
/// into sight in.
const PAGE_SCROLLER: &str = "year-plan-page";

pub fn cell_id(index: usize, column: Column) -> String {
    format!("year-plan-{index}-{}", column.code())
}

/// A key for a run of typing that no other section's run shares.
pub(crate) fn new_run() -> u64 {
    uuid::Uuid::new_v4().as_u64_pair().0
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// As the rows were typed.
    #[default]
    Typed,
    Month,
    School,
}

#[derive(Debug, Clone)]
pub struct State {
    plan: Option<YearPlanId>,
    sort: Sort,
    /// The rows in the order shown, kept while the user types: a row
    /// given a date does not jump away from under the cursor.
    order: Vec<PlanRowId>,
    page: usize,
    /// Text typed in a cell that the row does not show as such: one not
    /// read yet, or written otherwise («қаз» for October).
    typed: HashMap<(PlanRowId, Column), String>,
    errors: HashMap<(PlanRowId, Column), String>,
    /// The id of the row typed into the blank line under the grid.
    blank: PlanRowId,
    run: Option<((PlanRowId, Column), u64)>,
    title_run: Option<(YearPlanId, u64)>,
    network_open: bool,
    network_run: Option<u64>,
    today: NaiveDate,
    error: Option<String>,
}

impl Default for State {
    fn default() -> State {
        State {
            plan: None,
            sort: Sort::default(),
            order: Vec::new(),
            page: 0,
            typed: HashMap::new(),
            errors: HashMap::new(),
            blank: PlanRowId::new(),
            run: None,
            title_run: None,
            network_open: false,
            network_run: None,
            today: chrono::Local::now().date_naive(),
            error: None,
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    NewPlan,
    ChoosePlan(Choice<YearPlanId>),
    PlanTitle(String),
    /// The plan moved a school year earlier (-1) or later (1): one made
    /// in August for the coming year.
    ShiftYear(i32),
    NewNetwork,
    Network(network::Message),
    Cell(PlanRowId, Column, String),
    /// Enter in the cell at this place: the next cell, then the next row.
    Submit(usize, Column),
    /// ↑ or ↓ in a cell: the same column a row up or down.
    Move(usize, Column, i32),
    Done(PlanRowId, bool),
    Remove(PlanRowId),
    ToEvent(PlanRowId),
    /// Asks the project screen to show this event's programme.
    OpenEvent(EventId),
    Sort(Choice<Sort>),
    Page(usize),
}

fn sort_name(sort: Sort) -> String {
    match sort {
        Sort::Typed => fl!("year-plan-sort-typed"),
        Sort::Month => fl!("year-plan-sort-month"),
        Sort::School => fl!("year-plan-sort-school"),
    }
}

impl State {
    fn plan<'a>(&self, project: &'a Project) -> Option<&'a YearPlan> {
        self.plan
            .and_then(|id| project.year_plans.iter().find(|p| p.id == id))
            .or_else(|| project.year_plans.first())
    }

    fn network<'a>(&self, project: &'a Project) -> Option<&'a year_plan::Network> {
        let linked = self.plan(project).and_then(|p| p.network);
        linked
            .and_then(|id| project.networks.iter().find(|n| n.id == id))
            .or_else(|| project.networks.first())
    }

    /// After an edit, undo or redo: rows gone leave the order, new ones
    /// join it at the end, and text typed that the row no longer holds
    /// (an undo took it back) gives way to the row.
    pub fn reload(&mut self, project: &Project) {
        let Some(plan) = self.plan(project) else {
            self.order.clear();
            self.typed.clear();
            self.errors.clear();
            return;
        };
        self.sync_order(plan);
        let index: HashMap<PlanRowId, &PlanRow> = plan.rows.iter().map(|r| (r.id, r)).collect();
        let blank = self.blank;
        self.typed.retain(|(id, column), typed| {
            let Some(row) = index.get(id) else { return *id == blank };
            let mut read = (*row).clone();
            cells::read(project, plan, &mut read, *column, typed).is_err() || read == **row
        });
        let typed = &self.typed;
        self.errors.retain(|key, _| typed.contains_key(key));
    }

    fn sync_order(&mut self, plan: &YearPlan) {
        self.order.retain(|id| plan.row(*id).is_some());
        for row in &plan.rows {
            if !self.order.contains(&row.id) {
                self.order.push(row.id);
            }
        }
    }

    /// The rows in the order shown: those of a plan just opened, or
    /// added elsewhere, after the ones already placed.
    fn order_of<'a>(&self, plan: &'a YearPlan) -> Vec<&'a PlanRow> {
        let index: HashMap<PlanRowId, &PlanRow> = plan.rows.iter().map(|r| (r.id, r)).collect();
        let placed: std::collections::HashSet<PlanRowId> = self.order.iter().copied().collect();
        let mut rows: Vec<&PlanRow> = self.order.iter().filter_map(|id| index.get(id).copied()).collect();
        rows.extend(plan.rows.iter().filter(|r| !placed.contains(&r.id)));
        rows
    }

    fn sorted(&mut self, project: &Project) {
        let Some(plan) = self.plan(project) else { return };
        self.order = match self.sort {
            Sort::Typed => plan.rows.iter().map(|r| r.id).collect(),
            Sort::Month => plan.by_month().iter().map(|r| r.id).collect(),
            Sort::School => {
                // The network's schools in its order, the leading one
                // first; other hosts after them by name, then rows with none.
                let network: Vec<SchoolId> =
                    self.network(project).map(|n| n.schools().collect()).unwrap_or_default();
                let mut rows = plan.by_month();
                rows.sort_by_cached_key(|r| {
                    let rank = r.host.and_then(|h| network.iter().position(|s| *s == h));
                    let name = r.host.and_then(|h| project.school(h)).map(|s| s.name.as_str());
                    (
                        name.is_none(),
                        rank.unwrap_or(usize::MAX),
                        name.map(|n| crate::domain::collate::alphabetical_key(n).collect::<Vec<_>>()),
                    )
                });
                rows.iter().map(|r| r.id).collect()
            }
        };
    }

    /// Shows why the last edit was refused.
    pub fn failed(&mut self, text: String) {
        self.error = Some(text);
    }

    pub fn update(&mut self, project: &Project, message: Message, today: NaiveDate) -> EditAction<Message> {
        self.today = today;
        self.error = None;
        if let Some(plan) = self.plan(project) {
            self.sync_order(plan);
        }
        match message {
            Message::NewPlan => {
                let year = if today.month() >= 9 { today.year() } else { today.year() - 1 };
                let title =
                    fl!("year-plan-default-title", from = year.to_string(), to = (year + 1).to_string());
                let mut plan = YearPlan::for_year_of(title, today);
                plan.network = project.networks.first().map(|n| n.id);
                self.choose(plan.id);
                return EditAction::Edit(Edit::YearPlan(Box::new(ItemEdit::Put(plan))));
            }
            Message::ChoosePlan(choice) => {
                self.choose(choice.value);
                self.sorted(project);
            }
            Message::ShiftYear(years) => {
                let Some(plan) = self.plan(project) else { return EditAction::None };
                return match shifted(plan, years) {
                    Some(changed) => EditAction::Edit(Edit::YearPlan(Box::new(ItemEdit::Put(changed)))),
                    None => EditAction::None,
                };
            }
            Message::PlanTitle(title) => {
                let Some(plan) = self.plan(project) else { return EditAction::None };
                let run = match self.title_run {
                    Some((id, run)) if id == plan.id => run,
                    _ => {
                        let run = new_run();
                        self.title_run = Some((plan.id, run));
                        run
                    }
                };
                let changed = YearPlan { title, ..plan.clone() };
                return EditAction::Typing(Edit::YearPlan(Box::new(ItemEdit::Put(changed))), run);
            }
            Message::NewNetwork => {
                let Some(network) = network::first_network(project) else {
                    self.error = Some(fl!("network-needs-schools"));
                    return EditAction::None;
                };
                self.network_open = true;
                let mut edits = vec![Edit::Network(Box::new(ItemEdit::Put(network.clone())))];
                if let Some(plan) = self.plan(project).filter(|p| p.network.is_none()) {
                    let linked = YearPlan { network: Some(network.id), ..plan.clone() };
                    edits.push(Edit::YearPlan(Box::new(ItemEdit::Put(linked))));
                }
                return EditAction::Edit(Edit::Batch(edits));
            }
            Message::Network(network::Message::Toggle) => self.network_open = !self.network_open,
            Message::Network(message) => {
                let Some(network) = self.network(project) else { return EditAction::None };
                let title = matches!(message, network::Message::Title(_));
                let Some(changed) = network::change(network, message) else { return EditAction::None };
                let run = if title { Some(*self.network_run.get_or_insert_with(new_run)) } else { None };
                if !title {
                    self.network_run = None;
                }
                return network::edit(changed, run);
            }
            Message::Cell(id, column, typed) => return self.typed_in(project, id, column, typed),
            Message::Submit(index, column) => {
                let Some(plan) = self.plan(project) else { return EditAction::None };
                let evented = |index: usize| {
                    self.order.get(index).and_then(|id| plan.row(*id)).is_some_and(|r| r.event.is_some())
                };
                let next = match column.next() {
                    Some(Column::Actual) if evented(index) => (index, Column::Product),
                    Some(next) => (index, next),
                    // The last cell of the blank line leads to the next blank.
                    None => (index + 1, Column::Title),
                };
                return self.focus(next.0, next.1);
            }
            Message::Move(index, column, step) => {
                let last = self.order.len();
                let to = index.saturating_add_signed(step as isize).min(last);
                return self.focus(to, column);
            }
            Message::Done(id, done) => {
                return self.change_row(project, id, |row| row.done = done);
            }
            Message::Remove(id) => {
                let Some(plan) = self.plan(project) else { return EditAction::None };
                let mut changed = plan.clone();
                changed.rows.retain(|r| r.id != id);
                return EditAction::Edit(Edit::YearPlan(Box::new(ItemEdit::Put(changed))));
            }
            Message::ToEvent(id) => {
                let Some(plan) = self.plan(project) else { return EditAction::None };
                if plan.row(id).is_some_and(|r| r.title.trim().is_empty()) {
                    self.error = Some(fl!("year-plan-no-title"));
                    return EditAction::None;
                }
                if let Some((edit, event)) = year_plan::row_to_event(plan, id) {
                    return EditAction::EditThen(edit, Message::OpenEvent(event));
                }
            }
            Message::OpenEvent(_) => {}
            Message::Sort(choice) => {
                self.sort = choice.value;
                self.page = 0;
                self.sorted(project);
            }
            Message::Page(page) => self.page = page,
        }
        EditAction::None
    }

    fn choose(&mut self, plan: YearPlanId) {
        if self.plan != Some(plan) {
            self.plan = Some(plan);
            self.order.clear();
            self.typed.clear();
            self.errors.clear();
            self.page = 0;
        }
    }

    /// Moves the focus to a cell, turning the page when it is on another.
    fn focus(&mut self, index: usize, column: Column) -> EditAction<Message> {
        self.page = index / PAGE;
        // Its text selected, so typing replaces it, as in a spreadsheet, and
        // in sight below the fold of a small screen.
        let id = cell_id(index, column);
        EditAction::Task(
            iced::widget::operation::focus(id.clone())
                .chain(iced::widget::operation::select_all(id.clone()))
                .chain(widget::reveal(PAGE_SCROLLER, id)),
        )
    }

    fn change_row(
        &self,
        project: &Project,
        id: PlanRowId,
        change: impl FnOnce(&mut PlanRow),
    ) -> EditAction<Message> {
        let Some(plan) = self.plan(project) else { return EditAction::None };
        let mut changed = plan.clone();
        let Some(row) = changed.rows.iter_mut().find(|r| r.id == id) else { return EditAction::None };
        change(row);
        EditAction::Edit(Edit::YearPlan(Box::new(ItemEdit::Put(changed))))
    }

    /// Text typed in a cell: the row as it reads, saved in the cell's run;
    /// typing in the blank line makes the row.
    fn typed_in(
        &mut self,
        project: &Project,
        id: PlanRowId,
        column: Column,
        typed: String,
    ) -> EditAction<Message> {
        let Some(plan) = self.plan(project) else { return EditAction::None };
        let mut changed = plan.clone();
        let is_new = changed.row(id).is_none();
        if is_new {
            if id != self.blank {
                return EditAction::None;
            }
            changed.rows.push(PlanRow { id, ..PlanRow::default() });
        }
        let Some(row) = changed.rows.iter_mut().find(|r| r.id == id) else { return EditAction::None };
        let result = cells::read(project, plan, row, column, &typed);
        let shown = cells::shown(project, row, column);
        let key = (id, column);
        if shown == typed {
            self.typed.remove(&key);
        } else {
            self.typed.insert(key, typed);
        }
        if let Err(error) = result {
            self.errors.insert(key, error);
            return EditAction::None;
        }
        self.errors.remove(&key);
        if changed == *plan {
            return EditAction::None;
        }
        if is_new {
            self.blank = PlanRowId::new();
            self.order.push(id);
        }
        let run = match self.run {
            Some((cell, run)) if cell == key => run,
            _ => {
                let run = new_run();
                self.run = Some((key, run));
                run
            }
        };
        EditAction::Typing(Edit::YearPlan(Box::new(ItemEdit::Put(changed))), run)
    }

    pub fn view<'a>(&'a self, project: &'a Project, read_only: bool) -> Element<'a, Message> {
        let Some(plan) = self.plan(project) else {
            return column![
                widget::header(fl!("nav-year-plan"), vec![]),
                text(fl!("year-plan-none")).style(theme::muted_text),
                widget::primary(fl!("year-plan-new"), (!read_only).then_some(Message::NewPlan)),
                text(self.error.clone().unwrap_or_default()).style(theme::error_text),
            ]
            .spacing(12)
            .into();
        };
        let mut actions: Vec<Element<'a, Message>> = Vec::new();
        if project.year_plans.len() > 1 {
            let plans: Vec<Choice<YearPlanId>> =
                project.year_plans.iter().map(|p| Choice { value: p.id, label: p.title.clone() }).collect();
            let current = Choice { value: plan.id, label: plan.title.clone() };
            actions.push(
                iced::widget::pick_list(plans, Some(current), Message::ChoosePlan)
                    .padding(6)
                    .width(260)
                    .into(),
            );
        }
        actions.push(widget::secondary(fl!("year-plan-new"), (!read_only).then_some(Message::NewPlan)));
        let title = text_input(&fl!("year-plan-plan-title"), &plan.title).id(TITLE_FIELD).padding(6);
        let title: Element<'a, Message> = if read_only {
            title.into()
        } else {
            widget::undoable(title, &plan.title, widget::capped(MAX_LINE_CHARS, Message::PlanTitle))
        };
        let sorts: Vec<Choice<Sort>> = [Sort::Typed, Sort::Month, Sort::School]
            .into_iter()
            .map(|s| Choice { value: s, label: sort_name(s) })
            .collect();
        let sort = Choice { value: self.sort, label: sort_name(self.sort) };
        // The school years either side, named on the buttons that go there.
        let year = chrono::Datelike::year(&plan.starts_on);
        let period = fl!(
            "year-plan-period",
            from = format_date_short(plan.starts_on),
            to = format_date_short(plan.ends_on())
        );
        let mut page = column![
            widget::header(fl!("nav-year-plan"), actions),
            self.network_view(project, read_only),
            row![
                container(title).width(Length::Fill),
                text(fl!("year-plan-sort")).size(13).style(theme::muted_text),
                iced::widget::pick_list(sorts, Some(sort), Message::Sort).padding(6).width(170),
            ]
            .spacing(12)
            .align_y(Alignment::Center),
            // The title keeps the width it needs at 1024 pixels: the years
            // go on a line of their own, with the keys.
            row![
                widget::tip(
                    button(text(format!("← {}–{}", year - 1, year)).size(13))
                        .on_press_maybe((!read_only).then_some(Message::ShiftYear(-1)))
                        .style(button::text),
                    fl!("year-plan-year-earlier"),
                ),
                text(period).size(13),
                widget::tip(
                    button(text(format!("{}–{} →", year + 1, year + 2)).size(13))
                        .on_press_maybe((!read_only).then_some(Message::ShiftYear(1)))
                        .style(button::text),
                    fl!("year-plan-year-later"),
                ),
                text(fl!("year-plan-keys")).size(12).style(theme::muted_text).width(Length::Fill),
            ]
            .spacing(8)
            .align_y(Alignment::Center),
        ]
        .spacing(8);
        if let Some(error) = &self.error {
            page = page.push(text(error.clone()).style(theme::error_text));
        }
        // The pages are turned above the grid, in sight without scrolling.
        let page = page
            .push(self.pager(plan))
            .push(
                scrollable(self.grid_view(project, plan, read_only))
                    .direction(scrollable::Direction::Horizontal(scrollable::Scrollbar::default()))
                    .spacing(4),
            )
            .push(summary::summaries(project, plan, self.today));
        scrollable(page).id(PAGE_SCROLLER).spacing(6).into()
    }

    fn network_view<'a>(&'a self, project: &'a Project, read_only: bool) -> Element<'a, Message> {
        let Some(network) = self.network(project) else {
            return row![
                text(fl!("network-none")).size(14).style(theme::muted_text).width(Length::Fill),
                widget::secondary(fl!("network-new"), (!read_only).then_some(Message::NewNetwork)),
            ]
            .spacing(8)
            .align_y(Alignment::Center)
            .into();
        };
        let toggle = if self.network_open { fl!("network-close") } else { fl!("network-edit") };
        let mut view = column![
            row![
                text(network::summary(project, network)).size(14).width(Length::Fill),
                widget::secondary(toggle, Some(Message::Network(network::Message::Toggle))),
            ]
            .spacing(8)
            .align_y(Alignment::Center)
        ]
        .spacing(8);
        if self.network_open {
            view = view.push(network::view(project, network, read_only).map(Message::Network));
        }
        container(view).padding(10).style(theme::card).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typing(action: EditAction<Message>) -> Option<(YearPlan, u64)> {
        match action {
            EditAction::Typing(Edit::YearPlan(change), run) => match *change {
                ItemEdit::Put(plan) => Some((plan, run)),
                _ => None,
            },
            _ => None,
        }
    }

    #[test]
    fn a_cell_typed_is_one_run_and_a_refused_one_changes_nothing() {
        let today = NaiveDate::from_ymd_opt(2025, 10, 1).unwrap();
        let mut project = Project::new("Желі", "", chrono::Utc::now());
        project.year_plans.push(YearPlan::for_year_of("Жоспар", today));
        let mut state = State::default();
        let blank = state.blank;
        let mut runs = Vec::new();
        for typed in ["Ф", "Фо", "Форум"] {
            let (plan, run) =
                typing(state.update(&project, Message::Cell(blank, Column::Title, typed.into()), today))
                    .unwrap();
            project.year_plans[0] = plan;
            state.reload(&project);
            runs.push(run);
        }
        assert_eq!(project.year_plans[0].rows.len(), 1, "the blank line made one row");
        assert_eq!(project.year_plans[0].rows[0].title, "Форум");
        assert!(runs.windows(2).all(|w| w[0] == w[1]), "one cell, one run");
        assert_ne!(state.blank, blank, "a new blank line waits under the row");

        let (plan, run) =
            typing(state.update(&project, Message::Cell(blank, Column::Planned, "40".into()), today))
                .unwrap();
        assert_ne!(run, runs[0], "another cell, another run");
        project.year_plans[0] = plan;
        state.reload(&project);
        let refused = state.update(&project, Message::Cell(blank, Column::Planned, "қырық".into()), today);
        assert!(matches!(refused, EditAction::None));
        assert!(state.errors.contains_key(&(blank, Column::Planned)), "the cell says why");
        assert_eq!(project.year_plans[0].rows[0].planned_count, Some(40));
    }
}

/// The plan a school year earlier or later. The days typed in its rows
/// move with it; a row already held as an event keeps its day, which is
/// the event's.
fn shifted(plan: &YearPlan, years: i32) -> Option<YearPlan> {
    let by = chrono::Months::new(12 * years.unsigned_abs());
    let shift = |day: chrono::NaiveDate| {
        if years < 0 { day.checked_sub_months(by) } else { day.checked_add_months(by) }
    };
    let mut changed = plan.clone();
    changed.starts_on = shift(plan.starts_on)?;
    for row in changed.rows.iter_mut().filter(|r| r.event.is_none()) {
        if let Some(day) = row.planned_on {
            row.planned_on = Some(shift(day)?);
        }
    }
    Some(changed)
}

#[cfg(test)]
mod shift_tests {
    use super::*;
    use crate::domain::year_plan::PlanRow;

    #[test]
    fn a_plan_moves_a_year_with_its_typed_days_but_not_its_events() {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let mut plan = YearPlan::for_year_of("Жоспар", day(2026, 10, 1));
        plan.rows.push(PlanRow { planned_on: Some(day(2026, 11, 12)), ..PlanRow::default() });
        plan.rows.push(PlanRow {
            planned_on: Some(day(2026, 12, 3)),
            event: Some(crate::domain::EventId::new()),
            ..PlanRow::default()
        });
        plan.rows.push(PlanRow { month: Some(2), ..PlanRow::default() });
        let later = shifted(&plan, 1).unwrap();
        assert_eq!((later.starts_on, later.ends_on()), (day(2027, 9, 1), day(2028, 8, 31)));
        assert_eq!(later.rows[0].planned_on, Some(day(2027, 11, 12)));
        assert_eq!(later.rows[1].planned_on, Some(day(2026, 12, 3)), "its event's day");
        assert_eq!(later.month_start(2), Some(day(2028, 2, 1)));
        assert_eq!(shifted(&later, -1).unwrap().rows[0], plan.rows[0]);
    }
}
