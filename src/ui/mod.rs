//! The window. The only layer that knows iced.
//!
//! `app` is the root; each screen under `screen/` owns its state, messages
//! and view, and tells the root what it wants through an `Action`.

pub mod app;
pub mod icons;
pub mod screen;
pub mod tasks;
pub mod theme;
pub mod widget;

use crate::store::DataDir;
use std::path::PathBuf;

pub const FONT_REGULAR: &[u8] = include_bytes!("../../assets/fonts/PTSans-Regular.ttf");
pub const FONT_BOLD: &[u8] = include_bytes!("../../assets/fonts/PTSans-Bold.ttf");

/// PT Sans has every letter of Kazakh and Kyrgyz Cyrillic; system fonts on
/// old school PCs often lack Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ and І.
pub const FONT: iced::Font = iced::Font::with_name("PT Sans");
pub const FONT_BOLD_FACE: iced::Font = iced::Font { weight: iced::font::Weight::Bold, ..FONT };

/// When the process started, to report how long the first frame took
/// (`RUST_LOG=adisker=info`); old school PCs are where this matters.
pub static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

pub fn run(data_dir: Option<PathBuf>) -> iced::Result {
    STARTED.get_or_init(std::time::Instant::now);
    let dirs = DataDir::resolve(data_dir);
    iced::application(move || app::App::boot(dirs.clone()), app::App::update, app::App::view)
        .title(app::App::title)
        .theme(app::App::theme)
        .subscription(app::App::subscription)
        .font(FONT_REGULAR)
        .font(FONT_BOLD)
        .default_font(FONT)
        .window_size((1200.0, 780.0))
        .exit_on_close_request(false)
        .run()
}

/// The settings a headless test renders with: our fonts, so text is
/// measured the way users see it.
pub fn test_settings() -> iced::Settings {
    iced::Settings {
        fonts: vec![FONT_REGULAR.into(), FONT_BOLD.into()],
        default_font: FONT,
        ..iced::Settings::default()
    }
}
