//! The page F1 opens: the keys of every section, the open section's first,
//! in the language of the interface.

use crate::fl;
use crate::ui::screen::project::Section;
use crate::ui::{theme, widget};
use iced::widget::{column, container, row, scrollable, text};
use iced::{Element, Length};

/// The keys of one part of the app, with what each does.
struct Group {
    title: String,
    keys: Vec<(&'static str, String)>,
}

fn everywhere() -> Group {
    Group {
        title: fl!("help-everywhere"),
        keys: vec![
            ("F1", fl!("help-open")),
            ("Ctrl+Z", fl!("help-undo")),
            ("Ctrl+Y, Ctrl+Shift+Z", fl!("help-redo")),
            ("Ctrl+S", fl!("help-save")),
            ("Ctrl+F", fl!("help-find")),
            ("Ctrl+P", fl!("help-print")),
            ("Tab, Shift+Tab", fl!("help-fields")),
        ],
    }
}

fn of_section(section: Section) -> Option<Group> {
    let (title, keys) = match section {
        Section::Programme => (
            fl!("nav-programme"),
            vec![
                ("↑ ↓", fl!("help-programme-choose")),
                ("← →", fl!("help-programme-sideways")),
                ("Alt+↑ ↓", fl!("help-programme-shift")),
                ("Alt+← →", fl!("help-programme-room")),
                ("Shift+↑ ↓", fl!("help-programme-length")),
                ("Ctrl+D", fl!("help-programme-duplicate")),
                ("Delete", fl!("help-programme-delete", undo = "Ctrl+Z")),
                ("Ctrl+N, Insert", fl!("help-programme-add")),
                ("Esc", fl!("help-programme-close")),
            ],
        ),
        Section::Registrations => (
            fl!("nav-registrations"),
            vec![
                ("Ctrl+K", fl!("help-registrations-desk")),
                ("Enter", fl!("help-registrations-mark")),
                ("Esc", fl!("help-registrations-clear")),
            ],
        ),
        Section::Feedback => (
            fl!("nav-feedback"),
            vec![
                ("1–5", fl!("help-feedback-digit")),
                ("Tab, Enter", fl!("help-feedback-next")),
                ("Enter", fl!("help-feedback-add")),
            ],
        ),
        Section::Observations => (
            fl!("nav-observations"),
            vec![
                ("↑ ↓", fl!("help-observe-criterion")),
                ("1–4", fl!("help-observe-level")),
                ("N", fl!("help-observe-note")),
                ("Enter", fl!("help-observe-add")),
                ("Esc", fl!("help-observe-leave")),
            ],
        ),
        Section::Print => (
            fl!("nav-print"),
            vec![
                ("F5", fl!("help-print-preview")),
                ("PageUp, PageDown", fl!("help-print-pages")),
                ("Ctrl+P", fl!("help-print-open")),
                ("Esc", fl!("help-print-cancel")),
            ],
        ),
        _ => return None,
    };
    Some(Group { title, keys })
}

/// Every group, the one of `section` (where the user pressed F1) first.
fn groups(section: Option<Section>) -> Vec<Group> {
    const ALL: [Section; 5] = [
        Section::Programme,
        Section::Registrations,
        Section::Feedback,
        Section::Observations,
        Section::Print,
    ];
    let mut order: Vec<Section> = ALL.to_vec();
    if let Some(at) = section.and_then(|s| order.iter().position(|&o| o == s)) {
        let first = order.remove(at);
        order.insert(0, first);
    }
    let mut groups = Vec::new();
    if let Some(first) = section.and_then(of_section) {
        groups.push(first);
        order.remove(0);
    }
    groups.push(everywhere());
    groups.extend(order.into_iter().filter_map(of_section));
    groups
}

pub fn view<'a, Message: Clone + 'a>(section: Option<Section>, close: Message) -> Element<'a, Message> {
    let mut page = column![
        row![
            text(fl!("help-title")).size(24).font(crate::ui::FONT_BOLD_FACE).width(Length::Fill),
            widget::secondary(fl!("action-back"), Some(close)),
        ],
        text(fl!("help-intro", open = "F1", close = "Esc")).style(theme::muted_text),
    ]
    .spacing(14)
    .max_width(760);
    for group in groups(section) {
        let mut lines = column![text(group.title).size(17).font(crate::ui::FONT_BOLD_FACE)].spacing(4);
        for (keys, what) in group.keys {
            // The keys keep their own width so that a long description
            // wraps beside them, never under them.
            lines = lines.push(
                row![text(keys).font(crate::ui::FONT_BOLD_FACE).width(170), text(what).width(Length::Fill)]
                    .spacing(12),
            );
        }
        page = page.push(lines);
    }
    scrollable(container(page).padding(24).center_x(Length::Fill)).height(Length::Fill).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_section_where_f1_was_pressed_comes_first_and_none_is_lost() {
        let titles = |section| groups(section).into_iter().map(|g| g.title).collect::<Vec<_>>();
        let from_print = titles(Some(Section::Print));
        assert_eq!(from_print[0], fl!("nav-print"));
        assert_eq!(from_print[1], fl!("help-everywhere"));
        let from_overview = titles(Some(Section::Overview));
        assert_eq!(from_overview[0], fl!("help-everywhere"));
        assert_eq!(from_print.len(), 6);
        assert_eq!(from_overview.len(), 6);
        assert_eq!(titles(None), from_overview);
    }
}
