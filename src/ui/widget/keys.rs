//! Keys taken before the widgets inside see them. At the check-in desk
//! Escape clears the search field instead of leaving it (the registrar's
//! hands stay on the keyboard), and in a picker of people ↑ and ↓ move
//! through the names while the field keeps its focus.

use iced::advanced::mouse;
use iced::advanced::renderer;
use iced::advanced::widget::operation::{Focusable, Operation, Outcome};
use iced::advanced::widget::{Id, Tree};
use iced::advanced::{Clipboard, Layout, Shell, Widget};
use iced::keyboard::{self, Key, Modifiers, key};
use iced::{Element, Event, Rectangle};

type Handler<'a, Message> = Box<dyn Fn(&Key, Modifiers) -> Option<Message> + 'a>;

pub struct Keys<'a, Message, Theme, Renderer> {
    content: Element<'a, Message, Theme, Renderer>,
    handler: Handler<'a, Message>,
    /// Only while something inside has the keyboard's focus.
    when_focused: bool,
}

/// Publishes `on_escape` when Escape is pressed anywhere in the window while
/// `content` is shown, and keeps the key from its children, so a focused
/// field stays focused.
pub fn on_escape<'a, Message: Clone + 'a, Theme, Renderer>(
    content: impl Into<Element<'a, Message, Theme, Renderer>>,
    on_escape: Message,
) -> Keys<'a, Message, Theme, Renderer> {
    let handler = move |key: &Key, _: Modifiers| {
        matches!(key, Key::Named(key::Named::Escape)).then(|| on_escape.clone())
    };
    Keys { content: content.into(), handler: Box::new(handler), when_focused: false }
}

/// Gives the keys `handler` answers for to it while a field inside
/// `content` has the focus; every other key goes on to the field.
pub fn on_keys_in<'a, Message, Theme, Renderer>(
    content: impl Into<Element<'a, Message, Theme, Renderer>>,
    handler: impl Fn(&Key, Modifiers) -> Option<Message> + 'a,
) -> Keys<'a, Message, Theme, Renderer> {
    Keys { content: content.into(), handler: Box::new(handler), when_focused: true }
}

/// Finds whether any widget it is run on has the focus.
struct AnyFocused(bool);

impl Operation for AnyFocused {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }

    fn focusable(&mut self, _id: Option<&Id>, _bounds: Rectangle, state: &mut dyn Focusable) {
        self.0 |= state.is_focused();
    }

    fn finish(&self) -> Outcome<()> {
        Outcome::None
    }
}

impl<Message, Theme, Renderer> Widget<Message, Theme, Renderer> for Keys<'_, Message, Theme, Renderer>
where
    Renderer: renderer::Renderer,
{
    super::delegate_to_content!();

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, Message>,
        viewport: &Rectangle,
    ) {
        if let Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) = event
            && !shell.is_event_captured()
            && let Some(message) = (self.handler)(key, *modifiers)
        {
            let focused = !self.when_focused || {
                let mut finder = AnyFocused(false);
                self.content.as_widget_mut().operate(&mut tree.children[0], layout, renderer, &mut finder);
                finder.0
            };
            if focused {
                shell.publish(message);
                shell.capture_event();
                return;
            }
        }
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            event,
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
    }
}

impl<'a, Message, Theme, Renderer> From<Keys<'a, Message, Theme, Renderer>>
    for Element<'a, Message, Theme, Renderer>
where
    Message: 'a,
    Theme: 'a,
    Renderer: renderer::Renderer + 'a,
{
    fn from(widget: Keys<'a, Message, Theme, Renderer>) -> Self {
        Element::new(widget)
    }
}
