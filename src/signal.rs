//! SIGINT and SIGTERM: every command is dropped on them (`main`), except `hoist serve`, which
//! finishes what is in flight.
//!
//! It must not decide what a command does on a signal.

/// Resolves on SIGINT or SIGTERM (never, where they cannot be listened for). The handlers are
/// installed when this is called, not when it is first polled, so a signal that comes the
/// moment a command starts (Ctrl-C at its first prompt) is caught, not fatal.
pub fn interrupted() -> impl std::future::Future<Output = ()> {
    use tokio::signal::unix::{SignalKind, signal};
    let listeners = (
        signal(SignalKind::interrupt()),
        signal(SignalKind::terminate()),
    );
    async move {
        let (Ok(mut int), Ok(mut term)) = listeners else {
            return std::future::pending().await;
        };
        tokio::select! {
            _ = int.recv() => {}
            _ = term.recv() => {}
        }
    }
}
