//! Work off the UI thread. Each call runs on its own short-lived thread
//! and resolves a future, so it works under any executor: the app's and the
//! tests' alike. A panic in that work does not reach the window: it comes
//! back as the work's own error, in words the user can read, while the
//! window keeps her edits and goes on saving them.

use crate::crash::{self, Crash};
use crate::fl;
use iced::futures::channel::oneshot;
use std::future::Future;
use std::path::PathBuf;

/// A result that can stand for work that crashed.
pub trait Recover {
    fn crashed(crash: Crash) -> Self;
}

/// The sentence shown when a piece of work stopped on an error of ours.
pub fn crash_text(crash: &Crash) -> String {
    fl!("app-work-crashed", reason = crash.message.as_str())
}

impl<T> Recover for Result<T, String> {
    fn crashed(crash: Crash) -> Self {
        Err(crash_text(&crash))
    }
}

impl<T> Recover for Option<T> {
    fn crashed(_: Crash) -> Self {
        None
    }
}

pub fn blocking<T, F>(work: F) -> impl Future<Output = T> + Send + 'static
where
    T: Recover + Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    let (sender, receiver) = oneshot::channel();
    std::thread::spawn(move || {
        let _ = sender.send(crash::guarded(work).unwrap_or_else(T::crashed));
    });
    async move {
        receiver.await.unwrap_or_else(|_| T::crashed(Crash { message: "the worker thread ended".into() }))
    }
}

/// The system's dialog to choose a file to read, showing files of `kind`
/// (its name for the user) with one of `extensions`.
pub async fn pick_file(kind: String, extensions: &'static [&'static str]) -> Option<PathBuf> {
    rfd::AsyncFileDialog::new().add_filter(kind, extensions).pick_file().await.map(|f| f.path().to_owned())
}

/// The system's dialog to choose where to write a file, proposing `name`.
pub async fn save_file(kind: String, extensions: &'static [&'static str], name: String) -> Option<PathBuf> {
    rfd::AsyncFileDialog::new()
        .add_filter(kind, extensions)
        .set_file_name(name)
        .save_file()
        .await
        .map(|f| f.path().to_owned())
}

/// The system file dialog needs a desktop portal on Linux; a bare session
/// (a kiosk PC, a remote terminal) has none, and the dialog would silently
/// never appear. The user types the path instead.
pub fn dialogs_available() -> bool {
    if std::env::var_os("ADISKER_NO_FILE_DIALOG").is_some() {
        return false;
    }
    !cfg!(target_os = "linux") || std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_in_the_work_comes_back_as_its_error() {
        let done: Result<u8, String> = iced::futures::executor::block_on(blocking(|| Ok(7)));
        assert_eq!(done, Ok(7));
        let crashed: Result<u8, String> =
            iced::futures::executor::block_on(blocking(|| -> Result<u8, String> {
                panic!("Typst: ә{}", 1)
            }));
        let message = crashed.unwrap_err();
        assert!(message.contains("Typst: ә1"), "{message}");
        let nothing: Option<u8> = iced::futures::executor::block_on(blocking(|| -> Option<u8> { panic!() }));
        assert_eq!(nothing, None);
    }
}
