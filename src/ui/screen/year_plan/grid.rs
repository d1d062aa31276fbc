//! The grid of a plan's rows, a page at a time, each row on two lines.

use super::cells::{self, Column};
use super::{Message, State, cell_id};
use crate::domain::rules::MAX_LINE_CHARS;
use crate::domain::year_plan::{PlanRow, YearPlan, row_state};
use crate::domain::{PlanRowId, Project};
use crate::fl;
use crate::ui::{theme, widget};
use iced::keyboard::{Key, key};
use iced::widget::{Space, button, checkbox, column, container, row, text, text_input};
use iced::{Alignment, Element};

/// Rows drawn at once: a plan of three hundred rows is read a page at a
/// time, so typing in it stays quick.
pub const PAGE: usize = 20;
const NUMBER_WIDTH: f32 = 36.0;
const DONE_WIDTH: f32 = 70.0;
const CELL_TEXT: f32 = 13.0;

impl State {
    /// The rows of the page, with the blank line on the last page.
    pub(super) fn grid_view<'a>(
        &'a self,
        project: &'a Project,
        plan: &'a YearPlan,
        read_only: bool,
    ) -> Element<'a, Message> {
        let head = |label: String, width: f32| {
            container(text(label).size(12).font(crate::ui::FONT_BOLD_FACE)).width(width)
        };
        let mut first = row![head(fl!("year-plan-col-number"), NUMBER_WIDTH)].spacing(4);
        let mut second = row![Space::new().width(NUMBER_WIDTH)].spacing(4);
        for column in Column::ALL {
            let label = head(column.label(), column.width());
            if column.first_line() {
                first = first.push(label);
            } else {
                second = second.push(label);
            }
        }
        first = first.push(head(fl!("year-plan-col-done"), DONE_WIDTH));
        let mut grid = column![container(column![first, second].spacing(2)).padding([0, 4])].spacing(3);
        let order = self.order_of(plan);
        let from = self.page * PAGE;
        for (index, row) in order.iter().enumerate().skip(from).take(PAGE) {
            grid = grid.push(self.row_view(project, plan, index, row, read_only));
        }
        let blank_index = order.len();
        if !read_only && (from..from + PAGE).contains(&blank_index) {
            let blank = PlanRow { id: self.blank, ..PlanRow::default() };
            grid = grid.push(self.row_view(project, plan, blank_index, &blank, read_only));
        }
        grid.into()
    }

    /// A row on two lines: what and where on the first, who and what
    /// comes of it on the second.
    fn row_view<'a>(
        &'a self,
        project: &'a Project,
        plan: &'a YearPlan,
        index: usize,
        row: &PlanRow,
        read_only: bool,
    ) -> Element<'a, Message> {
        let is_blank = row.id == self.blank;
        let state = row_state(plan, row, project, self.today);
        let number = text(if is_blank { String::new() } else { (index + 1).to_string() }).size(CELL_TEXT);
        let number: Element<'a, Message> = if state.late {
            widget::tip(
                number.style(theme::error_text).font(crate::ui::FONT_BOLD_FACE),
                fl!("year-plan-late"),
            )
        } else {
            number.into()
        };
        let mut first = row![container(number).width(NUMBER_WIDTH).padding([6, 0])].spacing(4);
        let mut second = row![Space::new().width(NUMBER_WIDTH)].spacing(4);
        for column in Column::ALL {
            let key = (row.id, column);
            let cell: Element<'a, Message> = if column == Column::Actual && row.event.is_some() {
                // Counted from the event's attendance, not typed.
                let count = state.actual_count.map(|n| n.to_string()).unwrap_or_default();
                container(text(count).size(CELL_TEXT)).padding([6, 4]).into()
            } else {
                let value = match self.typed.get(&key) {
                    Some(typed) => typed.clone(),
                    None if is_blank => String::new(),
                    None => cells::shown(project, row, column),
                };
                self.cell(index, row.id, column, value, read_only)
            };
            let mut cell = column![cell];
            if let Some(error) = self.errors.get(&key) {
                cell = cell.push(text(error.clone()).size(11).style(theme::error_text));
            }
            let cell = container(cell).width(column.width());
            if column.first_line() {
                first = first.push(cell);
            } else {
                second = second.push(cell);
            }
        }
        let done = checkbox(state.done).size(16);
        // A row whose event was held is done by the event, not by a tick.
        let done = if read_only || is_blank || (state.done && !row.done) {
            done
        } else {
            let id = row.id;
            done.on_toggle(move |on| Message::Done(id, on))
        };
        first = first.push(container(done).width(DONE_WIDTH).padding([6, 8]));
        if !is_blank {
            let action: Element<'a, Message> = match row.event {
                Some(event) => widget::tip(
                    button(text(fl!("year-plan-open-event")).size(12))
                        .on_press(Message::OpenEvent(event))
                        .style(button::text),
                    fl!("year-plan-open-event-tip"),
                ),
                None => widget::tip(
                    button(text(fl!("year-plan-to-event")).size(12))
                        .on_press_maybe((!read_only).then_some(Message::ToEvent(row.id)))
                        .style(button::text),
                    fl!("year-plan-to-event-tip"),
                ),
            };
            second = second.push(action);
            second = second.push(widget::tip(
                button(text("×").size(14))
                    .on_press_maybe((!read_only).then_some(Message::Remove(row.id)))
                    .style(button::text),
                fl!("year-plan-remove-row"),
            ));
        }
        container(column![first, second.align_y(Alignment::Start)].spacing(3))
            .padding(4)
            .style(container::bordered_box)
            .into()
    }

    fn cell<'a>(
        &self,
        index: usize,
        id: PlanRowId,
        column: Column,
        value: String,
        read_only: bool,
    ) -> Element<'a, Message> {
        let input = text_input("", &value)
            .id(cell_id(index, column))
            .on_submit(Message::Submit(index, column))
            .size(CELL_TEXT)
            .padding(5);
        if read_only {
            return input.into();
        }
        let input = widget::undoable(
            input,
            &value,
            widget::capped(MAX_LINE_CHARS, move |v| Message::Cell(id, column, v)),
        );
        widget::on_keys_in(input, move |key: &Key, _| match key {
            Key::Named(key::Named::ArrowDown) => Some(Message::Move(index, column, 1)),
            Key::Named(key::Named::ArrowUp) => Some(Message::Move(index, column, -1)),
            _ => None,
        })
        .into()
    }

    pub(super) fn pager<'a>(&self, plan: &YearPlan) -> Element<'a, Message> {
        let count = plan.rows.len();
        if count < PAGE {
            return Space::new().into();
        }
        // The blank line stands after the last row, on a page of its own
        // when the rows fill theirs.
        let pages = (count + 1).div_ceil(PAGE);
        let page = self.page.min(pages - 1);
        let (from, to) = (page * PAGE + 1, ((page + 1) * PAGE).min(count));
        row![
            button(text("←")).on_press_maybe(page.checked_sub(1).map(Message::Page)),
            text(fl!("year-plan-rows-shown", from = from, to = to, count = count)).size(13),
            button(text("→")).on_press_maybe((page + 1 < pages).then_some(Message::Page(page + 1))),
        ]
        .spacing(8)
        .align_y(Alignment::Center)
        .into()
    }
}
