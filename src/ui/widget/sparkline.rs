//! A small line chart of levels over time, drawn beside the numbers it
//! shows, so growth across years is seen at a glance.

use iced::widget::canvas::{self, Frame, Geometry, Path, Stroke};
use iced::{Color, Element, Length, Point, Rectangle, Renderer, Theme, mouse};

/// Values from 0 (lowest level) to 1 (top of the scale); a gap where a
/// value is missing.
#[derive(Debug, Clone)]
pub struct Sparkline {
    values: Vec<Option<f32>>,
}

impl Sparkline {
    pub fn view<'a, Message: 'a>(
        values: Vec<Option<f32>>,
        width: impl Into<Length>,
        height: f32,
    ) -> Element<'a, Message> {
        canvas::Canvas::new(Sparkline { values }).width(width).height(Length::Fixed(height)).into()
    }

    /// Where each value sits in a box of `size`, left to right, top is the
    /// top of the scale.
    fn points(&self, width: f32, height: f32) -> Vec<Option<Point>> {
        let margin = 3.0;
        let count = self.values.len();
        let step = if count > 1 { (width - 2.0 * margin) / (count - 1) as f32 } else { 0.0 };
        self.values
            .iter()
            .enumerate()
            .map(|(i, v)| {
                v.map(|v| {
                    let x = if count > 1 { margin + step * i as f32 } else { width / 2.0 };
                    Point::new(x, margin + (1.0 - v.clamp(0.0, 1.0)) * (height - 2.0 * margin))
                })
            })
            .collect()
    }
}

impl<Message> canvas::Program<Message> for Sparkline {
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
        // An invisible backdrop over the whole chart. The software renderer
        // repaints what changed from the bounds of each shape, and takes a
        // line's bounds from its path alone: a level line is zero pixels
        // high, so after a scroll its old copy stayed on screen. The
        // backdrop makes the chart's whole box the part to repaint.
        frame.fill_rectangle(Point::ORIGIN, bounds.size(), Color::TRANSPARENT);
        let palette = theme.extended_palette();
        let axis =
            Path::line(Point::new(0.0, bounds.height - 1.0), Point::new(bounds.width, bounds.height - 1.0));
        frame.stroke(&axis, Stroke::default().with_color(palette.background.strong.color).with_width(1.0));
        let color: Color = palette.primary.strong.color;
        let points = self.points(bounds.width, bounds.height);
        for pair in points.windows(2) {
            if let [Some(a), Some(b)] = pair {
                frame.stroke(&Path::line(*a, *b), Stroke::default().with_color(color).with_width(2.0));
            }
        }
        for point in points.iter().flatten() {
            frame.fill(&Path::circle(*point, 2.5), color);
        }
        vec![frame.into_geometry()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_top_of_the_scale_is_drawn_highest_and_gaps_stay_gaps() {
        let line = Sparkline { values: vec![Some(0.25), None, Some(1.0)] };
        let points = line.points(100.0, 40.0);
        let (first, last) = (points[0].unwrap(), points[2].unwrap());
        assert!(points[1].is_none());
        assert!(last.y < first.y);
        assert!(first.x < last.x);
    }
}
