//! Colours and the few custom styles. The palette takes the turquoise of
//! the Kazakh flag for actions and a warm ink for text, calm enough for a
//! long day of data entry.

use crate::store::ThemeChoice;
use iced::widget::{button, container, text};
use iced::{Background, Border, Color, Theme, color};

pub fn theme(choice: ThemeChoice) -> Theme {
    match choice {
        ThemeChoice::Light => Theme::custom(
            "Әдіскер".to_owned(),
            iced::theme::Palette {
                background: color!(0xF7F6F2),
                text: color!(0x1F2430),
                primary: color!(0x00809A),
                success: color!(0x2E7D32),
                warning: color!(0xB26A00),
                danger: color!(0xC62828),
            },
        ),
        ThemeChoice::Dark => Theme::custom(
            "Әдіскер (dark)".to_owned(),
            iced::theme::Palette {
                background: color!(0x1B1E24),
                text: color!(0xE8E6E1),
                primary: color!(0x2BB3CC),
                success: color!(0x66BB6A),
                warning: color!(0xFFB74D),
                danger: color!(0xEF5350),
            },
        ),
    }
}

pub fn sidebar(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        background: Some(Background::Color(palette.background.weak.color)),
        ..container::Style::default()
    }
}

pub fn card(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        background: Some(Background::Color(palette.background.base.color)),
        border: Border { color: palette.background.strong.color, width: 1.0, radius: 6.0.into() },
        ..container::Style::default()
    }
}

/// A row of a list; the selected one stands out.
pub fn list_row(selected: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        let palette = theme.extended_palette();
        let background = match (selected, status) {
            (true, _) => palette.primary.weak.color,
            (false, button::Status::Hovered) => palette.background.weak.color,
            _ => Color::TRANSPARENT,
        };
        button::Style {
            background: Some(Background::Color(background)),
            text_color: if selected { palette.primary.weak.text } else { palette.background.base.text },
            border: Border { radius: 4.0.into(), ..Border::default() },
            ..button::Style::default()
        }
    }
}

pub fn notice(kind: NoticeKind) -> impl Fn(&Theme) -> container::Style {
    move |theme| {
        let palette = theme.extended_palette();
        let pair = match kind {
            NoticeKind::Info => palette.primary.weak,
            NoticeKind::Warning => palette.warning.weak,
            NoticeKind::Error => palette.danger.weak,
        };
        container::Style {
            background: Some(Background::Color(pair.color)),
            text_color: Some(pair.text),
            border: Border { radius: 6.0.into(), ..Border::default() },
            ..container::Style::default()
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Warning,
    Error,
}

pub fn error_text(theme: &Theme) -> text::Style {
    text::Style { color: Some(theme.extended_palette().danger.base.color) }
}

/// Secondary text: the text colour, lighter, so it stays readable on any
/// background it sits on, a selected row included.
pub fn muted_text(theme: &Theme) -> text::Style {
    let palette = theme.extended_palette();
    text::Style { color: Some(Color { a: 0.65, ..palette.background.base.text }) }
}

/// Each kind of session has its own colour in the programme, so the
/// parallel lessons, the plenary parts and the breaks are told apart at a
/// glance; hues are far apart and dark enough for white text.
pub fn session_kind_colour(kind: crate::domain::SessionKind) -> Color {
    use crate::domain::SessionKind as K;
    match kind {
        K::Registration => color!(0x607D8B),
        K::Opening => color!(0x8E24AA),
        K::Performance => color!(0xD81B60),
        K::Speech => color!(0x3949AB),
        K::MasterClass => color!(0xEF6C00),
        K::OpenLesson => color!(0x00809A),
        K::Break => color!(0x8D6E63),
        K::RoundTable => color!(0x5E35B1),
        K::Discussion => color!(0x1E88E5),
        K::Feedback => color!(0x43A047),
        K::Awards => color!(0xC09000),
        K::Visit => color!(0x6D4C41),
        K::Other => color!(0x757575),
    }
}

/// A session in the programme grid: a light tint of its kind's colour with
/// a border of the colour itself; the selected one and one in conflict
/// stand out by their border.
pub fn session_block(
    kind: crate::domain::SessionKind,
    selected: bool,
    in_conflict: bool,
) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        let palette = theme.extended_palette();
        let hue = session_kind_colour(kind);
        let tint = if matches!(status, button::Status::Hovered) { 0.28 } else { 0.16 };
        let background = mix(palette.background.base.color, hue, tint);
        let color = match (in_conflict, selected) {
            (true, _) => palette.danger.base.color,
            (false, true) => palette.primary.strong.color,
            (false, false) => Color { a: 0.6, ..hue },
        };
        let width = match (selected, in_conflict) {
            (true, _) => 3.0,
            (false, true) => 2.0,
            (false, false) => 1.0,
        };
        let border = Border { color, width, radius: 6.0.into() };
        button::Style {
            background: Some(Background::Color(background)),
            text_color: palette.background.base.text,
            border,
            ..button::Style::default()
        }
    }
}

fn mix(base: Color, over: Color, amount: f32) -> Color {
    let blend = |a: f32, b: f32| a + (b - a) * amount;
    Color { r: blend(base.r, over.r), g: blend(base.g, over.g), b: blend(base.b, over.b), a: 1.0 }
}
