//! SIGINT and SIGTERM: every command is dropped on them (`main`), except `hoist serve`, which
//! finishes what is in flight.
//!
//! It must not decide what a command does on a signal.

/// Resolves on SIGINT or SIGTERM (never, where they cannot be listened for).
pub async fn interrupted() {
    use tokio::signal::unix::{SignalKind, signal};
    let (Ok(mut int), Ok(mut term)) = (
        signal(SignalKind::interrupt()),
        signal(SignalKind::terminate()),
    ) else {
        return std::future::pending().await;
    };
    tokio::select! {
        _ = int.recv() => {}
        _ = term.recv() => {}
    }
}
