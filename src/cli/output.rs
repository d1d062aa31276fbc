//! What the command line writes to the terminal. Text from a project is
//! data: an escape sequence hidden in a title must not retitle the
//! terminal or move its cursor, so control characters are written as
//! visible escapes. A closed pipe (`adisker check … | head`) ends the
//! output quietly instead of failing.

use std::borrow::Cow;
use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

/// `text` with every character that a terminal would obey written as an
/// escape instead: C0 and C1 controls, DEL, and the marks that reorder
/// text (bidirectional overrides). Tabs stay only where `keep_tabs` says.
pub fn printable(text: &str, keep_tabs: bool) -> Cow<'_, str> {
    let obeyed = |c: char| {
        (c.is_control() && !(keep_tabs && c == '\t'))
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
    };
    if !text.chars().any(obeyed) {
        return Cow::Borrowed(text);
    }
    let mut safe = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' if obeyed(c) => safe.push_str("\\n"),
            '\r' => safe.push_str("\\r"),
            '\t' if obeyed(c) => safe.push_str("\\t"),
            c if obeyed(c) => safe.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => safe.push(c),
        }
    }
    Cow::Owned(safe)
}

/// Writes one line to standard output, made printable.
pub fn say(line: &str) {
    say_fields(&[line]);
}

/// Writes fields separated by tabs, each made printable (a tab inside a
/// title is escaped, so scripts still split the line right).
pub fn say_fields(fields: &[&str]) {
    if STDOUT_CLOSED.load(Ordering::Relaxed) {
        return;
    }
    let line = fields.iter().map(|f| printable(f, false)).collect::<Vec<_>>().join("\t");
    let mut out = io::stdout().lock();
    if writeln!(out, "{line}").is_err() {
        // The reader has gone (a pipe into `head`): nobody is left to
        // tell, and the work's own status stays the exit code.
        STDOUT_CLOSED.store(true, Ordering::Relaxed);
    }
}

/// Writes text that is already safe as it is (JSON, whose strings escape
/// their control characters).
pub fn say_raw(text: &str) {
    if STDOUT_CLOSED.load(Ordering::Relaxed) {
        return;
    }
    if writeln!(io::stdout().lock(), "{text}").is_err() {
        STDOUT_CLOSED.store(true, Ordering::Relaxed);
    }
}

/// Writes a line to standard error, made printable.
pub fn warn(line: &str) {
    let _ = writeln!(io::stderr().lock(), "{}", printable(line, true));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn escapes_are_shown_not_obeyed() {
        assert_eq!(printable("Жоба", false), "Жоба");
        assert_eq!(printable("\u{1b}]0;HACKED\u{7}Title", false), "\\u{1b}]0;HACKED\\u{7}Title");
        assert_eq!(printable("a\nb\tc", false), "a\\nb\\tc");
        assert_eq!(printable("a\tb", true), "a\tb");
        assert_eq!(printable("\u{202E}txt.exe", false), "\\u{202e}txt.exe");
        assert_eq!(printable("\u{9b}31m", false), "\\u{9b}31m");
    }

    proptest! {
        #[test]
        fn nothing_a_terminal_obeys_is_left(text in any::<String>()) {
            let safe = printable(&text, false);
            prop_assert!(!safe.chars().any(|c| c.is_control()));
            let reorders = |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
            prop_assert!(!safe.chars().any(reorders), "a mark that reorders text is left");
        }
    }
}
