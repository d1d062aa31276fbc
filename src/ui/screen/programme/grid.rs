//! The day grid: bands of time down the page; in a band, parallel
//! sessions side by side under their rooms, placed and sized by the clock.

use super::Message;
use crate::domain::programme::{BandContent, DayLayout, Placed};
use crate::domain::{Event, Project, RoomId, Session, SessionId, SessionKind};
use crate::fl;
use crate::ui::{icons, theme};
use iced::widget::{Space, button, column, container, row, scrollable, text, tooltip};
use iced::{Alignment, Element, Length};
use std::collections::HashSet;

/// Pixels per minute: a 45-minute lesson is about 70 pixels tall, enough
/// for its title, teacher and room.
const SCALE: f32 = 1.6;
/// A short session (a five-minute greeting) still shows its title.
const MIN_HEIGHT: f32 = 46.0;
/// A long plenary part spans the width and needs no more than this.
const WHOLE_MAX_HEIGHT: f32 = 80.0;
const TIME_WIDTH: f32 = 96.0;
/// A room's column is never narrower: the subject and the teacher of a
/// lesson stay readable. Rooms that do not fit scroll sideways.
const MIN_COLUMN: f32 = 170.0;
const SPACING: f32 = 6.0;

/// The day's grid, as wide as the room allows and never narrower than its
/// rooms need: then it scrolls sideways as well as down.
pub fn view<'a>(
    project: &'a Project,
    event: &'a Event,
    layout: DayLayout,
    selected: Option<SessionId>,
    conflicted: &HashSet<SessionId>,
) -> Element<'a, Message> {
    if layout.bands.is_empty() {
        return text(fl!("programme-empty")).style(theme::muted_text).into();
    }
    let conflicted = conflicted.clone();
    let columns = layout.columns.len().max(1) as f32;
    let needed = TIME_WIDTH + 24.0 + columns * (MIN_COLUMN + SPACING);
    iced::widget::responsive(move |size| {
        let width = size.width.max(needed);
        let grid =
            container(table(project, event, &layout, selected, &conflicted)).padding([0, 12]).width(width);
        let direction = if width > size.width {
            scrollable::Direction::Both {
                vertical: scrollable::Scrollbar::default(),
                horizontal: scrollable::Scrollbar::default(),
            }
        } else {
            scrollable::Direction::Vertical(scrollable::Scrollbar::default())
        };
        scrollable(grid).direction(direction).width(Length::Fill).height(Length::Fill).into()
    })
    .into()
}

fn table<'a>(
    project: &'a Project,
    event: &'a Event,
    layout: &DayLayout,
    selected: Option<SessionId>,
    conflicted: &HashSet<SessionId>,
) -> Element<'a, Message> {
    let block = |id: SessionId, height: f32| -> Element<'a, Message> {
        match event.sessions.iter().find(|s| s.id == id) {
            Some(session) => session_block(project, event, session, height, selected, conflicted),
            None => Space::new().into(),
        }
    };

    let mut header = row![Space::new().width(TIME_WIDTH)].spacing(6);
    for room in &layout.columns {
        header =
            header.push(text(room_label(event, *room)).size(13).style(theme::muted_text).width(Length::Fill));
    }
    let mut grid = column![header].spacing(6);
    for band in &layout.bands {
        let times = text(format!("{}–{}", band.start.format("%H:%M"), band.end.format("%H:%M")))
            .size(13)
            .width(TIME_WIDTH);
        let minutes = (band.end - band.start).num_minutes().max(0) as f32;
        let content: Element<'a, Message> = match &band.content {
            BandContent::Whole(id) => block(*id, (minutes * SCALE).clamp(MIN_HEIGHT, WHOLE_MAX_HEIGHT)),
            BandContent::Columns(cells) => {
                let mut columns = row![].spacing(6);
                for cell in cells {
                    columns = columns.push(cell_view(cell, &block));
                }
                columns.into()
            }
        };
        grid = grid.push(row![times, content].spacing(6).align_y(Alignment::Start));
    }
    grid.into()
}

/// One room's part of a band: its sessions stacked by their time; two at
/// once in the same room go side by side in lanes.
fn cell_view<'a>(
    cell: &[Placed],
    block: &impl Fn(SessionId, f32) -> Element<'a, Message>,
) -> Element<'a, Message> {
    let lanes = cell.first().map_or(1, |p| p.lanes);
    let mut lanes_row = row![].spacing(3);
    for lane in 0..lanes {
        let mut stack = column![];
        let mut y = 0.0;
        for placed in cell.iter().filter(|p| p.lane == lane) {
            let top = placed.offset_minutes as f32 * SCALE;
            if top > y {
                stack = stack.push(Space::new().height(top - y));
                y = top;
            }
            let height = (placed.minutes as f32 * SCALE).max(MIN_HEIGHT);
            stack = stack.push(block(placed.session, height));
            y += height;
        }
        lanes_row = lanes_row.push(stack.width(Length::Fill));
    }
    container(lanes_row).width(Length::Fill).into()
}

fn session_block<'a>(
    project: &'a Project,
    event: &'a Event,
    session: &'a Session,
    height: f32,
    selected: Option<SessionId>,
    conflicted: &HashSet<SessionId>,
) -> Element<'a, Message> {
    let times = format!("{}–{}", session.start.format("%H:%M"), session.end.format("%H:%M"));
    let mut full_text = format!("{}\n{times}", session.title);
    let mut details = vec![times];
    if let Some(room) = session.room {
        details.push(room_label(event, Some(room)));
    }
    let mut lines = column![
        row![
            icons::session_kind(session.kind, 16.0),
            text(&session.title).size(14).font(crate::ui::FONT_BOLD_FACE),
        ]
        .spacing(6)
        .align_y(Alignment::Center),
        text(details.join(" · ")).size(12).style(theme::muted_text),
    ]
    .spacing(2);
    if let Some(lesson) = &session.lesson {
        let teachers: Vec<&str> = lesson
            .teachers
            .iter()
            .filter_map(|id| project.person(*id))
            .map(|p| p.full_name.as_str())
            .collect();
        let mut about = teachers.join(", ");
        if !lesson.subject.is_empty() {
            about = if about.is_empty() {
                lesson.subject.clone()
            } else {
                format!("{about} · {}", lesson.subject)
            };
        }
        if lesson.grade > 0 {
            let class = format!("{}{}", lesson.grade, lesson.class_letter.as_deref().unwrap_or(""));
            about = format!("{about} · {class}");
        }
        if !about.is_empty() {
            full_text = format!("{full_text}\n{about}");
            if !lesson.topic.trim().is_empty() {
                full_text = format!("{full_text}\n{}", lesson.topic.trim());
            }
            lines = lines.push(text(about).size(12));
        }
    } else if let Some(name) = session.responsible.first().and_then(|id| project.person(*id)) {
        lines = lines.push(text(&name.full_name).size(12));
    }
    if !session.attendees.is_empty() || session.kind == SessionKind::OpenLesson {
        lines = lines.push(
            text(fl!("programme-audience", count = session.attendees.len()))
                .size(12)
                .style(theme::muted_text),
        );
    }
    let block = button(lines.clip(true))
        .on_press(Message::Select(session.id))
        .style(theme::session_block(
            session.kind,
            selected == Some(session.id),
            conflicted.contains(&session.id),
        ))
        .width(Length::Fill)
        .height(height)
        .padding([4, 8]);
    // A card shorter than its text shows all of it under the pointer.
    let full = container(text(full_text).size(13)).padding(8).max_width(360).style(theme::card);
    tooltip(block, full, tooltip::Position::FollowCursor).into()
}

pub fn room_label(event: &Event, room: Option<RoomId>) -> String {
    match room.and_then(|id| event.rooms.iter().find(|r| r.id == id)) {
        Some(room) => match room.capacity {
            Some(capacity) => fl!("programme-room-seats", room = room.name.clone(), count = capacity),
            None => room.name.clone(),
        },
        None => fl!("programme-no-room"),
    }
}
