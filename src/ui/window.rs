//! The window's size and place: fitted to the screen it is on, and
//! remembered between sessions. School PCs have 1024×768 and 1366×768
//! screens with a taskbar; a window taller than that hides its status line,
//! one wider hides the buttons at the right.

use crate::store::WindowGeometry;
use iced::{Point, Size};

/// The size the window first opens with, before the screen is known: it
/// fits the smallest screen our users have, with its taskbar.
pub const FIRST: Size = Size::new(1000.0, 640.0);
/// The size asked for on a larger screen, when none is remembered.
pub const PREFERRED: Size = Size::new(1280.0, 820.0);
/// Smaller than this nothing fits any more.
pub const MIN: Size = Size::new(780.0, 520.0);
/// What the taskbar and the window's own title bar take of the height.
const RESERVED_HEIGHT: f32 = 80.0;

/// Where the window is to be, on a screen of `monitor`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    pub size: Size,
    /// `None` leaves the window where it is.
    pub position: Option<Point>,
}

/// The remembered size and place, or the preferred size, fitted to a
/// screen of `monitor` (its logical size).
pub fn fitted(remembered: Option<&WindowGeometry>, monitor: Size) -> Placement {
    let room = Size::new(monitor.width, (monitor.height - RESERVED_HEIGHT).max(MIN.height));
    let wanted = remembered.map_or(PREFERRED, |g| Size::new(g.width, g.height));
    let size = Size::new(
        wanted.width.clamp(MIN.width, room.width.max(MIN.width)),
        wanted.height.clamp(MIN.height, room.height),
    );
    let centered = Point::new(
        ((monitor.width - size.width) / 2.0).max(0.0),
        ((room.height - size.height) / 2.0).max(0.0),
    );
    let position = match remembered.and_then(|g| g.x.zip(g.y)) {
        // Still on this screen: it stays where the user put it.
        Some((x, y))
            if x >= 0.0
                && y >= 0.0
                && x + size.width <= monitor.width
                && y + size.height <= monitor.height =>
        {
            Some(Point::new(x, y))
        }
        _ => Some(centered),
    };
    Placement { size, position }
}

/// The settings the window is opened with.
pub fn first_settings(remembered: Option<&WindowGeometry>) -> iced::window::Settings {
    let size = remembered.map_or(FIRST, |g| Size::new(g.width.min(FIRST.width), g.height.min(FIRST.height)));
    iced::window::Settings {
        size,
        min_size: Some(MIN),
        position: iced::window::Position::Centered,
        exit_on_close_request: false,
        ..iced::window::Settings::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn geometry(width: f32, height: f32, at: Option<(f32, f32)>) -> WindowGeometry {
        WindowGeometry { width, height, x: at.map(|a| a.0), y: at.map(|a| a.1) }
    }

    #[test]
    fn the_window_fits_the_screens_schools_have() {
        for (w, h) in [(1024.0, 768.0), (1366.0, 768.0)] {
            let screen = Size::new(w, h);
            let placed = fitted(None, screen);
            assert!(placed.size.width <= w, "{w}×{h}: {:?}", placed.size);
            assert!(placed.size.height + RESERVED_HEIGHT <= h, "{w}×{h}: the status line would hide");
            let at = placed.position.unwrap();
            assert!(at.x >= 0.0 && at.x + placed.size.width <= w);
        }
        let big = fitted(None, Size::new(1920.0, 1080.0));
        assert_eq!(big.size, PREFERRED);
        assert!(
            first_settings(None).size.width <= 1024.0
                && first_settings(None).size.height + RESERVED_HEIGHT <= 768.0
        );
    }

    #[test]
    fn a_remembered_place_is_kept_on_its_screen_and_fitted_to_a_smaller_one() {
        let remembered = geometry(900.0, 600.0, Some((40.0, 30.0)));
        let placed = fitted(Some(&remembered), Size::new(1366.0, 768.0));
        assert_eq!(placed.size, Size::new(900.0, 600.0));
        assert_eq!(placed.position, Some(Point::new(40.0, 30.0)));
        // Remembered on a large screen, opened on a small one.
        let large = geometry(1800.0, 1000.0, Some((60.0, 40.0)));
        let placed = fitted(Some(&large), Size::new(1024.0, 768.0));
        assert_eq!(placed.size, Size::new(1024.0, 768.0 - RESERVED_HEIGHT));
        assert_eq!(placed.position, Some(Point::new(0.0, 0.0)));
    }
}
