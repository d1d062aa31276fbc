//! Brings a field into sight. Enter and the arrows move through a grid's
//! cells, and on a 768-pixel screen the next one is often below the fold:
//! a cell typed into where the user cannot see it is typed into blind.

use iced::advanced::widget::Id;
use iced::advanced::widget::operation::{Operation, Outcome, Scrollable, TextInput};
use iced::widget::operation::AbsoluteOffset;
use iced::{Rectangle, Task, Vector};

/// Room kept above and below the field, so that its neighbours show too.
const ROOM: f32 = 40.0;

/// Scrolls `scroller` just far enough that the field `field` inside it is
/// in sight; nothing when it is already.
pub fn reveal<T: Send + 'static>(scroller: impl Into<Id>, field: impl Into<Id>) -> Task<T> {
    let scroller = scroller.into();
    let find = Find { scroller: scroller.clone(), field: field.into(), viewport: None, offset: None };
    iced::advanced::widget::operate(find).then(move |offset| {
        iced::widget::operation::scroll_to(scroller.clone(), AbsoluteOffset { x: None, y: Some(offset) })
    })
}

/// The offset to scroll a viewport to, scrolled by `scrolled` now, for
/// `field` (where it is laid out, unscrolled) to show with room around
/// it; `None` when it shows already. A field taller than the viewport
/// shows its top.
pub fn offset_to_show(viewport: Rectangle, scrolled: f32, field: Rectangle) -> Option<f32> {
    let (shown_top, shown_bottom) = (viewport.y + scrolled, viewport.y + scrolled + viewport.height);
    let (top, bottom) = (field.y - ROOM, field.y + field.height + ROOM);
    if top < shown_top || bottom - top > viewport.height {
        Some((top - viewport.y).max(0.0))
    } else if bottom > shown_bottom {
        Some(bottom - viewport.y - viewport.height)
    } else {
        None
    }
}

struct Find {
    scroller: Id,
    field: Id,
    /// The scroller's bounds and how far it is scrolled, once met.
    viewport: Option<(Rectangle, f32)>,
    offset: Option<f32>,
}

impl Operation<f32> for Find {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation<f32>)) {
        operate(self);
    }

    fn scrollable(
        &mut self,
        id: Option<&Id>,
        bounds: Rectangle,
        _content_bounds: Rectangle,
        translation: Vector,
        _state: &mut dyn Scrollable,
    ) {
        if id == Some(&self.scroller) {
            self.viewport = Some((bounds, translation.y));
        }
    }

    fn text_input(&mut self, id: Option<&Id>, bounds: Rectangle, _state: &mut dyn TextInput) {
        if let (true, Some((viewport, scrolled))) = (id == Some(&self.field), self.viewport) {
            self.offset = offset_to_show(viewport, scrolled, bounds);
        }
    }

    fn finish(&self) -> Outcome<f32> {
        match self.offset {
            Some(offset) => Outcome::Some(offset),
            None => Outcome::None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: f32, height: f32) -> Rectangle {
        Rectangle { x: 0.0, y, width: 100.0, height }
    }

    #[test]
    fn a_cell_in_sight_stays_where_it_is() {
        assert_eq!(offset_to_show(at(100.0, 600.0), 0.0, at(300.0, 30.0)), None);
        assert_eq!(offset_to_show(at(100.0, 600.0), 200.0, at(500.0, 30.0)), None);
    }

    #[test]
    fn a_cell_below_the_fold_is_scrolled_up_to_its_bottom_with_room() {
        // Laid out from 750 to 780 in a viewport from 100 to 700.
        let offset = offset_to_show(at(100.0, 600.0), 0.0, at(750.0, 30.0)).unwrap();
        assert_eq!(offset, 780.0 + ROOM - 700.0);
        assert_eq!(offset_to_show(at(100.0, 600.0), offset, at(750.0, 30.0)), None, "then it is in sight");
    }

    #[test]
    fn a_cell_above_the_top_is_scrolled_down_to_with_room() {
        let offset = offset_to_show(at(100.0, 600.0), 500.0, at(300.0, 30.0)).unwrap();
        assert_eq!(offset, 300.0 - ROOM - 100.0);
        assert_eq!(offset_to_show(at(100.0, 600.0), offset, at(300.0, 30.0)), None);
        // Never above the start.
        assert_eq!(offset_to_show(at(100.0, 600.0), 50.0, at(110.0, 30.0)), Some(0.0));
    }

    #[test]
    fn a_field_taller_than_the_viewport_shows_its_top() {
        assert_eq!(offset_to_show(at(0.0, 200.0), 0.0, at(500.0, 400.0)), Some(500.0 - ROOM));
    }
}
