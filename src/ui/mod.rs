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
pub mod window;

use crate::fl;
use crate::store::DataDir;
use std::path::PathBuf;
use std::process::ExitCode;

pub const FONT_REGULAR: &[u8] = include_bytes!("../../assets/fonts/PTSans-Regular.ttf");
pub const FONT_BOLD: &[u8] = include_bytes!("../../assets/fonts/PTSans-Bold.ttf");

/// PT Sans has every letter of Kazakh and Kyrgyz Cyrillic; system fonts on
/// old school PCs often lack Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ and І.
pub const FONT: iced::Font = iced::Font::with_name("PT Sans");
pub const FONT_BOLD_FACE: iced::Font = iced::Font { weight: iced::font::Weight::Bold, ..FONT };

/// When the process started, to report how long the first frame took
/// (`RUST_LOG=adisker=info`); old school PCs are where this matters.
pub static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Opens the window; a PC where none can open is told how to use the
/// command line instead.
pub fn run(data_dir: Option<PathBuf>) -> ExitCode {
    STARTED.get_or_init(std::time::Instant::now);
    let dirs = DataDir::resolve(data_dir);
    crate::i18n::set_language(crate::i18n::language_of(&crate::store::Settings::load(&dirs.settings_file())));
    if !display_available() {
        eprintln!(
            "{}",
            fl!("app-no-display", variables = "DISPLAY, WAYLAND_DISPLAY", command = "adisker --help")
        );
        return ExitCode::from(1);
    }
    let opened = crate::crash::guarded(|| window(dirs));
    let reason = match opened {
        Ok(Ok(())) => return ExitCode::SUCCESS,
        Ok(Err(error)) => error.to_string(),
        // winit panics when the display it was given cannot be reached.
        Err(crash) => crash.message,
    };
    let message = if reason.contains("event loop") {
        let display =
            std::env::var("WAYLAND_DISPLAY").or_else(|_| std::env::var("DISPLAY")).unwrap_or_default();
        fl!("app-display-unreachable", display = display, command = "adisker --help")
    } else {
        fl!("app-window-failed", reason = reason, command = "adisker --help")
    };
    eprintln!("{message}");
    ExitCode::from(1)
}

/// On Linux and the BSDs a window needs an X11 or Wayland display; on
/// Windows and macOS there always is one.
fn display_available() -> bool {
    let unix_desktop = cfg!(all(unix, not(target_os = "macos")));
    !unix_desktop
        || ["DISPLAY", "WAYLAND_DISPLAY"].iter().any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()))
}

fn window(dirs: DataDir) -> iced::Result {
    let remembered = crate::store::Settings::load(&dirs.settings_file()).window;
    iced::application(move || app::App::boot(dirs.clone()), app::App::update, app::App::view)
        .title(app::App::title)
        .theme(app::App::theme)
        .subscription(app::App::subscription)
        .scale_factor(app::App::scale_factor)
        .font(FONT_REGULAR)
        .font(FONT_BOLD)
        .default_font(FONT)
        .window(window::first_settings(remembered.as_ref()))
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
