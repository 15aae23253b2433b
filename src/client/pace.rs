//! Per-registry pacing: at most N requests open at once, at most R started each second (the
//! config's `req_concurrent` and `req_per_sec`; regsync's `reqConcurrent` and `reqPerSec`).
//! A request holds its slot until its response's body is read: a download counts until its
//! last byte. An upload streamed from elsewhere does not wait for a slot (its source, a
//! download from the same registry, may hold the only one), but is paced like any request.
//!
//! It decides when a request may start; it must not send one (that is [`super::Client::send`]).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::Instant;

/// How a registry's requests are paced (nothing, by default).
#[derive(Debug, Default)]
pub(super) struct Pace {
    open: Option<Arc<Semaphore>>,
    every: Option<Duration>,
    next: Mutex<Option<Instant>>,
}

/// A request's place among those open to its registry, held until its body is read (carried
/// in the response's extensions, and by a blob's stream).
#[derive(Clone, Debug)]
pub struct Slot(#[allow(dead_code)] Arc<OwnedSemaphorePermit>);

impl Pace {
    /// `per_sec` and `concurrent` as regsync reads them: absent or zero is no limit.
    pub(super) fn new(per_sec: Option<f64>, concurrent: Option<usize>) -> Pace {
        Pace {
            open: concurrent
                .filter(|n| *n > 0)
                .map(|n| Arc::new(Semaphore::new(n))),
            // At most a year between requests (the config refuses slower rates).
            every: per_sec.filter(|r| r.is_finite() && *r > 0.0).map(|r| {
                Duration::try_from_secs_f64(1.0 / r)
                    .unwrap_or(Duration::MAX)
                    .min(Duration::from_secs(366 * 86_400))
            }),
            next: Mutex::new(None),
        }
    }

    /// Waits for a slot (unless `streamed`) and for the request's turn; the slot is to be held
    /// until the answer is read.
    pub(super) async fn enter(&self, streamed: bool) -> Option<Slot> {
        let slot = match &self.open {
            Some(s) if !streamed => Some(Slot(Arc::new(
                s.clone().acquire_owned().await.expect("never closed"),
            ))),
            _ => None,
        };
        if let Some(every) = self.every {
            let at = {
                let mut next = self.next.lock().expect("pace lock");
                let now = Instant::now();
                let at = next.map_or(now, |n| n.max(now));
                *next = Some(at + every);
                at
            };
            tokio::time::sleep_until(at).await;
        }
        slot
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn starts_are_spaced_and_slots_bound_what_is_open() {
        let p = Pace::new(Some(20.0), Some(2));
        let t0 = Instant::now();
        let mut held = Vec::new();
        for _ in 0..3 {
            held.push(p.enter(true).await);
        }
        // Twenty a second: the third start is at least a tenth of a second after the first.
        assert!(
            t0.elapsed() >= Duration::from_millis(100),
            "{:?}",
            t0.elapsed()
        );
        // A streamed upload is paced but takes no slot.
        assert!(held.iter().all(Option::is_none));
        let a = p.enter(false).await;
        let b = p.enter(false).await;
        assert!(a.is_some() && b.is_some());
        // Both slots are held: a third request cannot have one until one is given back.
        let third = tokio::time::timeout(Duration::from_millis(300), p.enter(false)).await;
        assert!(third.is_err(), "a third slot was given while two were held");
        drop(a);
        assert!(p.enter(false).await.is_some());
        // No limits: no slot.
        assert!(Pace::new(None, Some(0)).enter(false).await.is_none());
    }
}
