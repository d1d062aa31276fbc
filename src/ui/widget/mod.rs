//! Small building blocks shared by the screens.

pub mod bar_chart;
pub mod file_source;
pub mod save_target;
pub mod sparkline;

use super::theme::{self, NoticeKind};
use crate::domain::rules::{MAX_LINE_CHARS, MAX_TEXT_CHARS, at_most};
use iced::widget::{Space, button, column, container, pick_list, row, text, text_input};
use iced::{Alignment, Element, Length};
use std::borrow::Borrow;

/// The methods of a widget that wraps one `content` element and only
/// looks at some of its events: everything but `update` goes to it.
macro_rules! delegate_to_content {
    () => {
        fn children(&self) -> Vec<iced::advanced::widget::Tree> {
            vec![iced::advanced::widget::Tree::new(&self.content)]
        }

        fn diff(&self, tree: &mut iced::advanced::widget::Tree) {
            tree.diff_children(std::slice::from_ref(&self.content));
        }

        fn size(&self) -> iced::Size<iced::Length> {
            self.content.as_widget().size()
        }

        fn layout(
            &mut self,
            tree: &mut iced::advanced::widget::Tree,
            renderer: &Renderer,
            limits: &iced::advanced::layout::Limits,
        ) -> iced::advanced::layout::Node {
            self.content.as_widget_mut().layout(&mut tree.children[0], renderer, limits)
        }

        fn operate(
            &mut self,
            tree: &mut iced::advanced::widget::Tree,
            layout: iced::advanced::Layout<'_>,
            renderer: &Renderer,
            operation: &mut dyn iced::advanced::widget::Operation,
        ) {
            self.content.as_widget_mut().operate(&mut tree.children[0], layout, renderer, operation);
        }

        fn mouse_interaction(
            &self,
            tree: &iced::advanced::widget::Tree,
            layout: iced::advanced::Layout<'_>,
            cursor: iced::mouse::Cursor,
            viewport: &iced::Rectangle,
            renderer: &Renderer,
        ) -> iced::mouse::Interaction {
            self.content.as_widget().mouse_interaction(&tree.children[0], layout, cursor, viewport, renderer)
        }

        fn draw(
            &self,
            tree: &iced::advanced::widget::Tree,
            renderer: &mut Renderer,
            theme: &Theme,
            style: &iced::advanced::renderer::Style,
            layout: iced::advanced::Layout<'_>,
            cursor: iced::mouse::Cursor,
            viewport: &iced::Rectangle,
        ) {
            self.content.as_widget().draw(
                &tree.children[0],
                renderer,
                theme,
                style,
                layout,
                cursor,
                viewport,
            );
        }

        fn overlay<'b>(
            &'b mut self,
            tree: &'b mut iced::advanced::widget::Tree,
            layout: iced::advanced::Layout<'b>,
            renderer: &Renderer,
            viewport: &iced::Rectangle,
            translation: iced::Vector,
        ) -> Option<iced::advanced::overlay::Element<'b, Message, Theme, Renderer>> {
            self.content.as_widget_mut().overlay(
                &mut tree.children[0],
                layout,
                renderer,
                viewport,
                translation,
            )
        }
    };
}
use delegate_to_content;

mod keys;
pub mod person_picker;
mod reveal;
mod undoable;
pub use keys::{on_escape, on_keys_in};
pub use reveal::reveal;
pub use undoable::undoable;

/// A labelled one-line text field with its validation message under it,
/// so the user sees what is wrong where she typed it.
pub fn field<'a, Message: Clone + 'a>(
    id: impl Into<iced::advanced::widget::Id>,
    label: String,
    value: &'a str,
    error: Option<String>,
    on_input: impl Fn(String) -> Message + 'a,
) -> Element<'a, Message> {
    limited_field(id, label, value, error, MAX_LINE_CHARS, on_input, None)
}

/// A one-line field of a dialog, which Enter confirms.
pub fn submitting_field<'a, Message: Clone + 'a>(
    id: impl Into<iced::advanced::widget::Id>,
    label: String,
    value: &'a str,
    error: Option<String>,
    on_input: impl Fn(String) -> Message + 'a,
    on_submit: Message,
) -> Element<'a, Message> {
    limited_field(id, label, value, error, MAX_LINE_CHARS, on_input, Some(on_submit))
}

/// A field for a note, a goal or a comment, which may run to pages.
pub fn long_field<'a, Message: Clone + 'a>(
    id: impl Into<iced::advanced::widget::Id>,
    label: String,
    value: &'a str,
    error: Option<String>,
    on_input: impl Fn(String) -> Message + 'a,
) -> Element<'a, Message> {
    limited_field(id, label, value, error, MAX_TEXT_CHARS, on_input, None)
}

fn limited_field<'a, Message: Clone + 'a>(
    id: impl Into<iced::advanced::widget::Id>,
    label: String,
    value: &'a str,
    error: Option<String>,
    limit: usize,
    on_input: impl Fn(String) -> Message + 'a,
    on_submit: Option<Message>,
) -> Element<'a, Message> {
    let input = text_input(&label, value).id(id).on_submit_maybe(on_submit).padding(6);
    let input = undoable(input, value, capped(limit, on_input));
    let full = value.len() >= limit && value.chars().count() >= limit;
    let error = error.or_else(|| full.then(|| crate::fl!("field-too-long", limit = limit)));
    labelled(label, input, error)
}

/// What a text field keeps of what is typed or pasted: at most `limit`
/// letters. A title pasted a thousand times over would only stretch every
/// screen and page it stands on.
pub fn capped<'a, Message>(
    limit: usize,
    on_input: impl Fn(String) -> Message + 'a,
) -> impl Fn(String) -> Message + 'a {
    move |value: String| {
        if value.len() > limit && value.chars().count() > limit {
            on_input(at_most(&value, limit).to_owned())
        } else {
            on_input(value)
        }
    }
}

pub fn labelled<'a, Message: 'a>(
    label: String,
    control: Element<'a, Message>,
    error: Option<String>,
) -> Element<'a, Message> {
    let mut content = column![text(label).size(13).style(theme::muted_text), control].spacing(3);
    if let Some(error) = error {
        content = content.push(text(error).size(13).style(theme::error_text));
    }
    content.width(Length::Fill).into()
}

/// One column of a file being imported: what it is taken for, chosen
/// from `uses`, with its first value beside it to tell by.
pub fn column_choice<'a, T, Message>(
    header: &str,
    uses: Vec<T>,
    current: Option<T>,
    example: String,
    on_choose: impl Fn(T) -> Message + 'a,
) -> Element<'a, Message>
where
    T: ToString + PartialEq + Clone + 'a,
    Message: Clone + 'a,
{
    row![
        choice(crate::fl!("feedback-import-column", column = header), uses, current, on_choose),
        text(example).size(13).style(theme::muted_text).width(Length::Fill),
    ]
    .spacing(8)
    .align_y(Alignment::End)
    .into()
}

/// A choice from a fixed list, labelled like a text field.
pub fn choice<'a, T, L, Message>(
    label: String,
    options: L,
    selected: Option<T>,
    on_select: impl Fn(T) -> Message + 'a,
) -> Element<'a, Message>
where
    T: ToString + PartialEq + Clone + 'a,
    L: Borrow<[T]> + 'a,
    Message: Clone + 'a,
{
    labelled(label, pick_list(options, selected, on_select).padding(6).width(Length::Fill).into(), None)
}

pub fn notice<'a, Message: Clone + 'a>(
    kind: NoticeKind,
    message: String,
    actions: Vec<(String, Message)>,
) -> Element<'a, Message> {
    let mut line = row![text(message).width(Length::Fill)].spacing(8).align_y(Alignment::Center);
    for (label, on_press) in actions {
        line = line.push(button(text(label)).on_press(on_press).style(button::text));
    }
    container(line).padding([8, 12]).width(Length::Fill).style(theme::notice(kind)).into()
}

/// A screen's title with its main actions to the right.
/// A screen's title with its actions at the right; on a narrow screen the
/// actions wrap onto more lines instead of running off the window.
pub fn header<'a, Message: 'a>(title: String, actions: Vec<Element<'a, Message>>) -> Element<'a, Message> {
    let actions = row(actions).spacing(8).wrap().vertical_spacing(8).align_x(Alignment::End);
    row![text(title).size(24).font(super::FONT_BOLD_FACE), container(actions).width(Length::Fill)]
        .spacing(16)
        .align_y(Alignment::Center)
        .into()
}

pub fn primary<'a, Message: Clone + 'a>(label: String, on_press: Option<Message>) -> Element<'a, Message> {
    button(text(label)).on_press_maybe(on_press).padding([6, 14]).style(button::primary).into()
}

pub fn secondary<'a, Message: Clone + 'a>(label: String, on_press: Option<Message>) -> Element<'a, Message> {
    button(text(label)).on_press_maybe(on_press).padding([6, 14]).style(button::secondary).into()
}

pub fn danger<'a, Message: Clone + 'a>(label: String, on_press: Option<Message>) -> Element<'a, Message> {
    button(text(label)).on_press_maybe(on_press).padding([6, 14]).style(button::danger).into()
}

/// Longest list drawn at once; the search narrows the rest, so a district
/// project with thousands of people stays quick to draw.
pub const LIST_LIMIT: usize = 200;

/// One entry of a searchable list.
pub struct ListItem<Message> {
    pub title: String,
    pub subtitle: String,
    pub selected: bool,
    pub on_press: Message,
}

/// The search box of [`searchable_list`]: one list is shown at a time, so
/// Ctrl+F finds it by this id in every section that has one.
pub const LIST_SEARCH: &str = "list-search";

/// A search box over a list of items, shown beside the form of the
/// selected one.
pub fn searchable_list<'a, Message: Clone + 'a>(
    search: &'a str,
    on_search: impl Fn(String) -> Message + 'a,
    items: impl Iterator<Item = ListItem<Message>>,
    new_label: String,
    on_new: Option<Message>,
) -> Element<'a, Message> {
    let mut shown = Vec::new();
    let mut hidden = 0usize;
    for item in items {
        if shown.len() < LIST_LIMIT {
            shown.push(item);
        } else {
            hidden += 1;
        }
    }
    let mut entries = column![].spacing(2);
    if shown.is_empty() {
        entries = entries.push(text(crate::fl!("list-empty")).style(theme::muted_text));
    }
    for item in shown {
        entries = entries.push(
            button(column![text(item.title), text(item.subtitle).size(12).style(theme::muted_text)])
                .on_press(item.on_press)
                .style(theme::list_row(item.selected))
                .width(Length::Fill)
                .padding([6, 10]),
        );
    }
    if hidden > 0 {
        entries =
            entries.push(text(crate::fl!("list-more", count = hidden)).size(13).style(theme::muted_text));
    }
    column![
        row![
            undoable(
                text_input(&crate::fl!("list-search"), search).id(LIST_SEARCH).padding(6),
                search,
                on_search
            ),
            primary(new_label, on_new),
        ]
        .spacing(6),
        iced::widget::scrollable(entries.padding([0, 10])).height(Length::Fill),
    ]
    .spacing(8)
    .width(340)
    .into()
}

/// Buttons under a form: save, and delete when the item exists.
pub fn form_buttons<'a, Message: Clone + 'a>(
    on_save: Option<Message>,
    on_delete: Option<Message>,
    error: Option<String>,
) -> Element<'a, Message> {
    let mut line = row![primary(crate::fl!("action-save"), on_save)].spacing(8).align_y(Alignment::Center);
    if let Some(error) = error {
        line = line.push(text(error).style(theme::error_text).width(Length::Fill));
    } else {
        line = line.push(Space::new().width(Length::Fill));
    }
    if on_delete.is_some() {
        line = line.push(danger(crate::fl!("action-delete"), on_delete));
    }
    line.into()
}

/// Does `haystack` contain the typed search, ignoring case?
pub fn matches(needle: &str, haystack: &[&str]) -> bool {
    let needle = needle.trim().to_lowercase();
    needle.is_empty() || haystack.iter().any(|h| h.to_lowercase().contains(&needle))
}

/// A list on the left and the selected item's form beside it.
pub fn list_and_detail<'a, Message: 'a>(
    list: Element<'a, Message>,
    detail: Element<'a, Message>,
) -> Element<'a, Message> {
    row![list, iced::widget::scrollable(detail).spacing(6).width(Length::Fill)].spacing(20).into()
}

/// What a button of one sign or a short word does, said under the pointer.
pub fn tip<'a, Message: 'a>(content: impl Into<Element<'a, Message>>, what: String) -> Element<'a, Message> {
    iced::widget::tooltip(
        content,
        container(text(what).size(13)).padding([4, 8]).style(container::rounded_box),
        iced::widget::tooltip::Position::Bottom,
    )
    .into()
}
