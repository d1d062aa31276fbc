//! A text field with its own undo, as in a word processor: Ctrl+Z in the
//! field takes back what was typed there, a word at a time, before it
//! reaches the project's undo. Only when the field has nothing left to
//! undo does the key go on to the app, which then undoes the last edit.
//!
//! The history lives in the widget's tree state, so it lasts as long as
//! the field stays on the screen, and it is dropped when the app puts
//! another text into the field (another item chosen, a form emptied).

use iced::advanced::widget::{Tree, tree};
use iced::advanced::{Clipboard, Layout, Shell, Widget, text as advanced_text};
use iced::keyboard::{self, Key};
use iced::widget::text_input::{self, TextInput};
use iced::{Element, Event, Rectangle, Theme, mouse};
use std::cell::RefCell;
use std::rc::Rc;
use std::time::{Duration, Instant};

type Renderer = iced::Renderer;

/// Typing after such a pause starts a new undo step.
const PAUSE: Duration = Duration::from_secs(1);

/// At most this many steps are kept for one field.
const DEPTH: usize = 100;

/// `input` (built without `on_input`) with an undo of its own.
pub fn undoable<'a, Message: Clone + 'a>(
    input: TextInput<'a, Message>,
    value: &str,
    on_input: impl Fn(String) -> Message + 'a,
) -> Element<'a, Message> {
    let on_input = Rc::new(on_input);
    let typed = Rc::new(RefCell::new(None));
    let input = {
        let on_input = Rc::clone(&on_input);
        let typed = Rc::clone(&typed);
        input.on_input(move |value: String| {
            *typed.borrow_mut() = Some(value.clone());
            on_input(value)
        })
    };
    Element::new(Undoable { content: input.into(), value: value.to_owned(), typed, on_input })
}

struct Undoable<'a, Message> {
    /// The text input.
    content: Element<'a, Message>,
    /// The text as the field shows it now.
    value: String,
    /// What the inner field last asked to change the text to.
    typed: Rc<RefCell<Option<String>>>,
    on_input: Rc<dyn Fn(String) -> Message + 'a>,
}

/// How a change came about, so that one undo step holds a run of one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    /// One letter typed; `ends_word` when it is the space after a word,
    /// so that the space and the next word go back together.
    Letter { ends_word: bool },
    /// One letter rubbed out.
    Erased,
    /// A paste, a cut, a selection replaced.
    Block,
}

impl Change {
    fn between(before: &str, after: &str) -> Change {
        let (old, new) = (before.chars().count(), after.chars().count());
        if new == old + 1 {
            // Where the one new letter went: the first place they differ.
            let at = before.chars().zip(after.chars()).take_while(|(a, b)| a == b).count();
            let letter = after.chars().nth(at).unwrap_or(' ');
            let previous = at.checked_sub(1).and_then(|i| after.chars().nth(i));
            Change::Letter {
                ends_word: letter.is_whitespace() && previous.is_some_and(|p| !p.is_whitespace()),
            }
        } else if new + 1 == old {
            Change::Erased
        } else {
            Change::Block
        }
    }
}

#[derive(Debug, Default)]
struct History {
    undo: Vec<String>,
    redo: Vec<String>,
    /// The text the field held after the last change it knows of; a
    /// different text given by the app means another content.
    seen: Option<String>,
    last: Option<(Change, Instant)>,
}

impl History {
    fn record(&mut self, before: &str, after: &str, now: Instant) {
        let change = Change::between(before, after);
        let joins = match (self.last, change) {
            (Some((_, at)), _) if now.duration_since(at) > PAUSE => false,
            (Some((Change::Letter { .. }, _)), Change::Letter { ends_word }) => !ends_word,
            (Some((Change::Erased, _)), Change::Erased) => true,
            _ => false,
        };
        if !joins || self.undo.is_empty() {
            self.undo.push(before.to_owned());
            if self.undo.len() > DEPTH {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.last = Some((change, now));
        self.seen = Some(after.to_owned());
    }

    /// Moves one step from `from` to `to`; the text to show, if any.
    fn step(&mut self, current: &str, back: bool) -> Option<String> {
        let (from, to) =
            if back { (&mut self.undo, &mut self.redo) } else { (&mut self.redo, &mut self.undo) };
        let text = from.pop()?;
        to.push(current.to_owned());
        self.last = None;
        self.seen = Some(text.clone());
        Some(text)
    }
}

/// Ctrl+Z is `Some(true)`, Ctrl+Y and Ctrl+Shift+Z `Some(false)`, read by
/// the key's place so that they work on the Kazakh and Russian layouts.
fn undo_key(event: &Event) -> Option<bool> {
    let Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, physical_key, .. }) = event else {
        return None;
    };
    if !modifiers.command() {
        return None;
    }
    match Key::to_latin(key, *physical_key) {
        Some('z') => Some(!modifiers.shift()),
        Some('y') => Some(false),
        _ => None,
    }
}

fn is_focused(tree: &Tree) -> bool {
    tree.state
        .downcast_ref::<text_input::State<<Renderer as advanced_text::Renderer>::Paragraph>>()
        .is_focused()
}

impl<Message: Clone> Widget<Message, Theme, Renderer> for Undoable<'_, Message> {
    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<History>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(History::default())
    }

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
        let (state, children) = (&mut tree.state, &mut tree.children);
        let history = state.downcast_mut::<History>();
        if history.seen.as_deref() != Some(self.value.as_str()) {
            *history = History { seen: Some(self.value.clone()), ..History::default() };
        }
        if let Some(back) = undo_key(event)
            && is_focused(&children[0])
        {
            // With nothing to undo here the key goes on to the app.
            if let Some(text) = history.step(&self.value, back) {
                self.value.clone_from(&text);
                shell.publish((self.on_input)(text));
                shell.capture_event();
            }
            return;
        }
        self.typed.borrow_mut().take();
        self.content.as_widget_mut().update(
            &mut children[0],
            event,
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
        if let Some(after) = self.typed.borrow_mut().take()
            && after != self.value
        {
            history.record(&self.value, &after, Instant::now());
            self.value = after;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(history: &mut History, start: &str, text: &str, now: Instant) -> String {
        let mut value = start.to_owned();
        for c in text.chars() {
            let after = format!("{value}{c}");
            history.record(&value, &after, now);
            value = after;
        }
        value
    }

    #[test]
    fn a_typing_run_is_undone_a_word_at_a_time() {
        let mut history = History::default();
        let now = Instant::now();
        let value = typed(&mut history, "Семинар", " жоспары", now);
        assert_eq!(value, "Семинар жоспары");
        assert_eq!(history.step(&value, true).as_deref(), Some("Семинар"), "the last word and its space");
        assert_eq!(history.step("Семинар", true), None, "the field's own text is where undo stops");
        assert_eq!(history.step("Семинар", false).as_deref(), Some("Семинар жоспары"), "redo goes forward");
        let mut history = History::default();
        let value = typed(&mut history, "", "Жаңа жыл", now);
        assert_eq!(history.step(&value, true).as_deref(), Some("Жаңа"));
        assert_eq!(history.step("Жаңа", true).as_deref(), Some(""));
    }

    #[test]
    fn a_pause_or_a_paste_begins_a_new_step() {
        let mut history = History::default();
        let now = Instant::now();
        let value = typed(&mut history, "", "Ашық", now);
        let later = now + PAUSE + Duration::from_millis(1);
        let value = typed(&mut history, &value, "сабақ", later);
        history.record(&value, "Ашықсабақ, 9-сынып", later);
        assert_eq!(history.step("Ашықсабақ, 9-сынып", true).as_deref(), Some("Ашықсабақ"));
        assert_eq!(history.step("Ашықсабақ", true).as_deref(), Some("Ашық"));
        assert_eq!(history.step("Ашық", true).as_deref(), Some(""));
    }

    #[test]
    fn new_typing_forgets_what_was_undone() {
        let mut history = History::default();
        let now = Instant::now();
        let value = typed(&mut history, "", "Әсел", now);
        let back = history.step(&value, true).unwrap();
        typed(&mut history, &back, "Ж", now);
        assert_eq!(history.step("Ж", false), None);
    }
}
