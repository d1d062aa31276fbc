//! File work off the UI thread. Each call runs on its own short-lived
//! thread and resolves a future, so it works under any executor: the app's
//! and the tests' alike.

use iced::futures::channel::oneshot;
use std::future::Future;

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
