//! Settings: language, theme and the size of everything on screen,
//! applied at once.

use crate::fl;
use crate::i18n::Language;
use crate::store::{Settings, ThemeChoice, ZOOMS};
use crate::ui::widget;
use iced::widget::{button, column, row, text};
use iced::{Element, Length};

#[derive(Debug, Clone)]
pub enum Message {
    Language(Language),
    Theme(ThemeChoice),
    Zoom(u16),
    Close,
}

pub enum Action {
    None,
    Changed(Settings),
    Close,
}

pub fn update(settings: &Settings, message: Message) -> Action {
    match message {
        Message::Language(language) => {
            Action::Changed(Settings { language: Some(language), ..settings.clone() })
        }
        Message::Theme(theme) => Action::Changed(Settings { theme, ..settings.clone() }),
        Message::Zoom(zoom) => Action::Changed(Settings { zoom, ..settings.clone() }),
        Message::Close => Action::Close,
    }
}

pub fn view(settings: &Settings) -> Element<'_, Message> {
    let current = crate::i18n::language_of(settings);
    let languages = row(Language::ALL.into_iter().map(|language| {
        let style = if language == current { button::primary } else { button::secondary };
        button(text(language.endonym()))
            .on_press(Message::Language(language))
            .style(style)
            .padding([8, 16])
            .into()
    }))
    .spacing(8);
    let themes = row([
        (ThemeChoice::Light, fl!("settings-theme-light")),
        (ThemeChoice::Dark, fl!("settings-theme-dark")),
    ]
    .into_iter()
    .map(|(theme, label)| {
        let style = if theme == settings.theme { button::primary } else { button::secondary };
        button(text(label)).on_press(Message::Theme(theme)).style(style).padding([8, 16]).into()
    }))
    .spacing(8);
    let zooms = row(ZOOMS.into_iter().map(|zoom| {
        let style = if zoom == settings.zoom { button::primary } else { button::secondary };
        button(text(format!("{zoom} %"))).on_press(Message::Zoom(zoom)).style(style).padding([8, 14]).into()
    }))
    .spacing(8)
    .wrap();
    column![
        widget::header(
            fl!("settings-title"),
            vec![widget::secondary(fl!("action-back"), Some(Message::Close))]
        ),
        text(fl!("settings-language")).size(18),
        languages,
        text(fl!("settings-theme")).size(18),
        themes,
        text(fl!("settings-zoom")).size(18),
        text(fl!("settings-zoom-hint")).size(13).style(crate::ui::theme::muted_text),
        zooms,
    ]
    .spacing(14)
    .padding(20)
    .width(Length::Fill)
    .into()
}
