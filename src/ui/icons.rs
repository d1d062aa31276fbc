//! The icons of session kinds, drawn in the kind's colour.

use crate::domain::SessionKind;
use iced::widget::svg;
use std::sync::LazyLock;

macro_rules! icon {
    ($file:literal) => {
        LazyLock::new(|| {
            svg::Handle::from_memory(include_bytes!(concat!("../../assets/icons/", $file, ".svg")))
        })
    };
}

static REGISTRATION: LazyLock<svg::Handle> = icon!("registration");
static OPENING: LazyLock<svg::Handle> = icon!("opening");
static PERFORMANCE: LazyLock<svg::Handle> = icon!("performance");
static SPEECH: LazyLock<svg::Handle> = icon!("speech");
static MASTER_CLASS: LazyLock<svg::Handle> = icon!("master-class");
static OPEN_LESSON: LazyLock<svg::Handle> = icon!("open-lesson");
static BREAK: LazyLock<svg::Handle> = icon!("break");
static ROUND_TABLE: LazyLock<svg::Handle> = icon!("round-table");
static DISCUSSION: LazyLock<svg::Handle> = icon!("discussion");
static FEEDBACK: LazyLock<svg::Handle> = icon!("feedback");
static AWARDS: LazyLock<svg::Handle> = icon!("awards");
static VISIT: LazyLock<svg::Handle> = icon!("visit");
static OTHER: LazyLock<svg::Handle> = icon!("other");

fn handle(kind: SessionKind) -> &'static svg::Handle {
    match kind {
        SessionKind::Registration => &REGISTRATION,
        SessionKind::Opening => &OPENING,
        SessionKind::Performance => &PERFORMANCE,
        SessionKind::Speech => &SPEECH,
        SessionKind::MasterClass => &MASTER_CLASS,
        SessionKind::OpenLesson => &OPEN_LESSON,
        SessionKind::Break => &BREAK,
        SessionKind::RoundTable => &ROUND_TABLE,
        SessionKind::Discussion => &DISCUSSION,
        SessionKind::Feedback => &FEEDBACK,
        SessionKind::Awards => &AWARDS,
        SessionKind::Visit => &VISIT,
        SessionKind::Other => &OTHER,
    }
}

pub fn session_kind<'a, Message: 'a>(kind: SessionKind, size: f32) -> iced::Element<'a, Message> {
    let colour = super::theme::session_kind_colour(kind);
    svg(handle(kind).clone())
        .width(size)
        .height(size)
        .style(move |_, _| svg::Style { color: Some(colour) })
        .into()
}
