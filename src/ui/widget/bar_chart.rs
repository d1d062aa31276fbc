//! Horizontal bar charts drawn on a canvas, one bar to a row of the table
//! beside them: counts are seen as lengths and read as numbers.

use iced::widget::canvas::{self, Frame, Geometry, Path};
use iced::widget::{column, container, row, text, tooltip};
use iced::{Alignment, Color, Element, Length, Point, Rectangle, Renderer, Size, Theme, mouse};

/// The height of one bar and of the table row beside it, so the two line up.
pub const ROW_HEIGHT: f32 = 20.0;
const BAR_THICKNESS: f32 = 12.0;
const FIGURES_WIDTH: f32 = 76.0;

/// A part of a bar: `share` of the chart's full width.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    pub share: f32,
    pub color: Color,
}

impl Segment {
    pub fn new(share: f32, color: Color) -> Self {
        Self { share, color }
    }
}

/// One row: what it is, its bar (one segment, or several stacked), and its
/// figures.
pub struct Row {
    pub label: String,
    pub segments: Vec<Segment>,
    pub figures: String,
}

#[derive(Debug, Clone)]
struct Bars {
    rows: Vec<Vec<Segment>>,
}

impl Bars {
    /// Each segment's rectangle in a chart `width` wide: segments of a row
    /// follow one another from the left; a segment with any share at all
    /// gets at least a pixel, so a single answer is never invisible.
    fn rectangles(&self, width: f32) -> Vec<(Rectangle, Color)> {
        let mut drawn = Vec::new();
        for (index, segments) in self.rows.iter().enumerate() {
            let y = index as f32 * ROW_HEIGHT + (ROW_HEIGHT - BAR_THICKNESS) / 2.0;
            let mut x = 0.0;
            for segment in segments {
                let share = if segment.share.is_finite() { segment.share.clamp(0.0, 1.0) } else { 0.0 };
                if share <= 0.0 {
                    continue;
                }
                let length = (share * width).max(1.0).min(width - x);
                if length <= 0.0 {
                    break;
                }
                drawn.push((
                    Rectangle::new(Point::new(x, y), Size::new(length, BAR_THICKNESS)),
                    segment.color,
                ));
                x += length;
            }
        }
        drawn
    }
}

impl<Message> canvas::Program<Message> for Bars {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        let track = theme.extended_palette().background.weak.color;
        for index in 0..self.rows.len() {
            let y = index as f32 * ROW_HEIGHT + (ROW_HEIGHT - BAR_THICKNESS) / 2.0;
            frame.fill_rectangle(Point::new(0.0, y), Size::new(bounds.width, BAR_THICKNESS), track);
        }
        for (rectangle, color) in self.rectangles(bounds.width) {
            frame.fill(&Path::rectangle(rectangle.position(), rectangle.size()), color);
        }
        vec![frame.into_geometry()]
    }
}

/// Labels, the chart `chart_width` wide, and the figures, row by row.
pub fn view<'a, Message: 'a>(rows: Vec<Row>, chart_width: f32) -> Element<'a, Message> {
    let cell = |content: String, width: Length| {
        container(text(content).size(13).wrapping(text::Wrapping::None))
            .height(ROW_HEIGHT)
            .width(width)
            .clip(true)
            .align_y(Alignment::Center)
    };
    // Labels get what the figures leave: a session's title is long, its
    // figures are a few digits.
    let mut labels = column![].width(Length::Fill);
    let mut figures = column![].width(FIGURES_WIDTH);
    let mut bars = Vec::with_capacity(rows.len());
    for row in rows {
        // A session's title may be longer than the panel is wide: the cell
        // clips it, and the whole title shows under the pointer.
        let whole = container(text(row.label.clone()).size(13))
            .padding(6)
            .max_width(480)
            .style(container::rounded_box);
        labels = labels.push(tooltip(cell(row.label, Length::Fill), whole, tooltip::Position::FollowCursor));
        figures = figures.push(cell(row.figures, Length::Fill));
        bars.push(row.segments);
    }
    let height = bars.len() as f32 * ROW_HEIGHT;
    let chart = canvas::Canvas::new(Bars { rows: bars }).width(chart_width).height(height);
    row![labels, chart, figures].spacing(8).into()
}

/// Each row's label on a line of its own above its bar, wrapped whole:
/// for sessions, whose titles often begin alike («8. Ашық сабақ: …» and
/// «9. Ашық сабақ: …») and would look the same cut short.
pub fn view_labelled_above<'a, Message: 'a>(rows: Vec<Row>, chart_width: f32) -> Element<'a, Message> {
    let mut list = column![].spacing(6).width(Length::Fill);
    for row in rows {
        let bar =
            canvas::Canvas::new(Bars { rows: vec![row.segments] }).width(chart_width).height(ROW_HEIGHT);
        list = list.push(column![
            text(row.label).size(13).width(Length::Fill),
            row![bar, container(text(row.figures).size(13)).height(ROW_HEIGHT).align_y(Alignment::Center)]
                .spacing(8),
        ]);
    }
    list.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: Color = Color::BLACK;
    const B: Color = Color::WHITE;

    #[test]
    fn bars_are_as_long_as_their_share_and_stacked_segments_follow_each_other() {
        let bars = Bars {
            rows: vec![vec![Segment::new(0.5, A)], vec![Segment::new(0.25, A), Segment::new(0.75, B)]],
        };
        let drawn = bars.rectangles(200.0);
        assert_eq!(drawn.len(), 3);
        assert_eq!(drawn[0].0.width, 100.0);
        assert_eq!(drawn[1].0.x, 0.0);
        assert_eq!(drawn[1].0.width, 50.0);
        assert_eq!(drawn[2].0.x, 50.0);
        assert_eq!(drawn[2].0.width, 150.0);
        assert_eq!(drawn[2].1, B);
        assert!(drawn[1].0.y > drawn[0].0.y, "the second row is drawn below the first");
    }

    #[test]
    fn a_tiny_share_shows_and_nothing_spills_past_the_chart() {
        let bars = Bars {
            rows: vec![vec![
                Segment::new(0.0001, A),
                Segment::new(f32::NAN, B),
                Segment::new(0.0, B),
                Segment::new(2.0, B),
            ]],
        };
        let drawn = bars.rectangles(100.0);
        assert_eq!(drawn.len(), 2);
        assert_eq!(drawn[0].0.width, 1.0);
        assert_eq!(drawn[1].0.x + drawn[1].0.width, 100.0);
    }
}
