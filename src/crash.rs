//! What happens when the program itself is wrong. A panic must not show a
//! Rust backtrace to a teacher, and a panic in work done off the window's
//! thread (Typst on a school's template, a CSV import, the seating) must
//! not take the window, and the edit not yet saved, down with it.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};

thread_local! {
    /// Set while a [`guarded`] call runs: its panic is the caller's to
    /// report, not the hook's.
    static GUARDED: Cell<bool> = const { Cell::new(false) };
}

/// A panic caught by [`guarded`]: its message, for the user and the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crash {
    pub message: String,
}

/// The text a panic was raised with.
fn message_of(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "?".to_owned())
}

/// Replaces Rust's panic message and backtrace with one sentence in the
/// user's language; the details go to the log.
pub fn install_hook(describe: fn(&str) -> String) {
    panic::set_hook(Box::new(move |info| {
        let message = message_of(info.payload());
        let place = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        if GUARDED.with(Cell::get) {
            tracing::info!(%message, %place, "panic caught");
        } else {
            tracing::debug!(%message, %place, "panic");
            eprintln!("{}", describe(&message));
        }
    }));
}

/// Runs `work`, turning a panic in it into an error.
pub fn guarded<T>(work: impl FnOnce() -> T) -> Result<T, Crash> {
    let was = GUARDED.with(|g| g.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(work));
    GUARDED.with(|g| g.set(was));
    result.map_err(|payload| Crash { message: message_of(payload.as_ref()) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_error_with_its_message() {
        assert_eq!(guarded(|| 7), Ok(7));
        let crash = guarded(|| -> u8 { panic!("ә{}", 1) }).unwrap_err();
        assert_eq!(crash.message, "ә1");
        assert!(!GUARDED.with(Cell::get), "the flag is put back");
    }
}
