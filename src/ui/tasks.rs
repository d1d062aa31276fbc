//! File work off the UI thread. Each call runs on its own short-lived
//! thread and resolves a future, so it works under any executor: the app's
//! and the tests' alike.

use iced::futures::channel::oneshot;
use std::future::Future;
use std::path::PathBuf;

pub fn blocking<T, F>(work: F) -> impl Future<Output = T> + Send + 'static
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    let (sender, receiver) = oneshot::channel();
    std::thread::spawn(move || {
        let _ = sender.send(work());
    });
    async move { receiver.await.expect("file work threads do not panic") }
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
