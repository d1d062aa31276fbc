//! What the plan's year came to, per school and per month.

use super::cells;
use crate::domain::Project;
use crate::domain::year_plan::{YearPlan, per_month, per_school};
use crate::fl;
use crate::ui::theme;
use chrono::NaiveDate;
use iced::Element;
use iced::widget::{column, container, row, text};

/// Per school and per month, side by side under the grid.
pub fn summaries<'a, Message: 'a>(
    project: &'a Project,
    plan: &YearPlan,
    today: NaiveDate,
) -> Element<'a, Message> {
    let head = |label: String, width: f32| {
        container(text(label).size(12).font(crate::ui::FONT_BOLD_FACE)).width(width)
    };
    let cell = |value: String, width: f32| container(text(value).size(13)).width(width);
    let mut schools = column![
        text(fl!("year-plan-per-school")).size(16).font(crate::ui::FONT_BOLD_FACE),
        row![
            head(String::new(), 180.0),
            head(fl!("year-plan-school-planned"), 70.0),
            head(fl!("year-plan-school-hosted"), 70.0),
            head(fl!("year-plan-school-attended"), 80.0),
            head(fl!("year-plan-school-teachers"), 70.0),
            head(fl!("year-plan-school-products"), 200.0),
        ]
        .spacing(6),
    ]
    .spacing(4);
    for year in per_school(plan, project, today) {
        schools = schools.push(
            row![
                cell(cells::school_name(project, year.school), 180.0),
                cell(year.planned.to_string(), 70.0),
                cell(year.hosted.to_string(), 70.0),
                cell(year.attended.to_string(), 80.0),
                cell(year.teachers.to_string(), 70.0),
                cell(year.products.join("; "), 200.0),
            ]
            .spacing(6),
        );
    }
    let mut months = column![
        text(fl!("year-plan-per-month")).size(16).font(crate::ui::FONT_BOLD_FACE),
        row![
            head(String::new(), 100.0),
            head(fl!("year-plan-school-planned"), 70.0),
            head(fl!("year-plan-school-hosted"), 70.0),
            head(fl!("year-plan-late"), 70.0),
        ]
        .spacing(6),
    ]
    .spacing(4);
    for month in per_month(plan, project, today) {
        let late = text(month.late.to_string()).size(13);
        let late = if month.late > 0 { late.style(theme::error_text) } else { late };
        months = months.push(
            row![
                cell(cells::month_name(month.month), 100.0),
                cell(month.planned.to_string(), 70.0),
                cell(month.done.to_string(), 70.0),
                container(late).width(70.0),
            ]
            .spacing(6),
        );
    }
    row![schools, months].spacing(32).wrap().vertical_spacing(16).into()
}
