//! Bounds on what a registry may cost: an idle limit on requests with streamed bodies (a
//! transfer may take as long as it moves bytes) and a minimum download rate over a window.
//! It watches streams; it must not send requests.

use super::*;

/// When a streamed request body last handed a chunk to the connection.
pub(super) struct Moved {
    start: Instant,
    /// Milliseconds after `start`.
    last: std::sync::atomic::AtomicU64,
}

impl Moved {
    pub(super) fn new() -> Moved {
        Moved {
            start: Instant::now(),
            last: std::sync::atomic::AtomicU64::new(0),
        }
    }

    pub(super) fn touch(&self) {
        let ms = self.start.elapsed().as_millis() as u64;
        self.last.store(ms, std::sync::atomic::Ordering::Relaxed);
    }

    pub(super) fn idle_since(&self) -> Instant {
        self.start + Duration::from_millis(self.last.load(std::sync::atomic::Ordering::Relaxed))
    }
}

/// Awaits a request whose body streams, failing (`Err(None)`) once `idle` passes with no chunk
/// of the body taken and no response. reqwest's read timeout cannot do this: it runs from the
/// start of the request to the response, so it would cut off any upload that takes longer
/// than the timeout, however steadily it moves.
pub(super) async fn watch<T>(
    send: impl std::future::Future<Output = reqwest::Result<T>>,
    moved: &Moved,
    idle: Duration,
) -> std::result::Result<T, Option<reqwest::Error>> {
    tokio::pin!(send);
    loop {
        let deadline = moved.idle_since() + idle;
        tokio::select! {
            r = &mut send => return r.map_err(Some),
            _ = tokio::time::sleep_until(deadline.into()) => {
                if moved.idle_since() + idle <= Instant::now() {
                    return Err(None);
                }
            }
        }
    }
}

/// A body that must keep a minimum average rate: the idle limit alone is reset by every byte,
/// so a registry dripping a byte a second would hold a download for days. Only the time spent
/// waiting for the network counts (from the moment the body has nothing ready until it has),
/// so a slow consumer (a destination registry, a disk) never trips it.
pub struct RateGuard<S> {
    inner: S,
    min_rate: u64,
    window: Duration,
    waited: Duration,
    bytes: u64,
    pending_since: Option<Instant>,
    registry: String,
    done: bool,
}

impl<S> RateGuard<S> {
    pub fn new(inner: S, min_rate: u64, window: Duration, registry: &str) -> RateGuard<S> {
        RateGuard {
            inner,
            min_rate,
            window,
            waited: Duration::ZERO,
            bytes: 0,
            pending_since: None,
            registry: registry.to_string(),
            done: false,
        }
    }
}

impl<S> futures_util::Stream for RateGuard<S>
where
    S: futures_util::Stream<Item = Result<Bytes>> + Unpin,
{
    type Item = Result<Bytes>;

    fn poll_next(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        use std::task::Poll;
        if self.done {
            return Poll::Ready(None);
        }
        let polled = std::pin::Pin::new(&mut self.inner).poll_next(cx);
        let item = match polled {
            Poll::Pending => {
                if self.pending_since.is_none() {
                    self.pending_since = Some(Instant::now());
                }
                return Poll::Pending;
            }
            Poll::Ready(item) => item,
        };
        if let Some(t) = self.pending_since.take() {
            self.waited += t.elapsed();
        }
        if let Some(Ok(b)) = &item {
            self.bytes = self.bytes.saturating_add(b.len() as u64);
        }
        if self.min_rate > 0 && self.waited >= self.window {
            let need = self.min_rate.saturating_mul(self.window.as_secs().max(1));
            if self.bytes < need {
                self.done = true;
                let f = Failure::network(format!(
                    "`{}` sent {} bytes in {} s, below the minimum of {} bytes/s",
                    self.registry,
                    self.bytes,
                    self.waited.as_secs(),
                    self.min_rate
                ))
                .hint("the registry or the network is too slow; lower the floor with `--min-rate BYTES` or `--min-rate-window SECONDS` (`--min-rate 0` turns it off)");
                return Poll::Ready(Some(Err(RateTooLow(f).into())));
            }
            self.waited = Duration::ZERO;
            self.bytes = 0;
        }
        Poll::Ready(item)
    }
}

/// A body that fell below the minimum rate: not resumed (a resumed drip is still a drip).
#[derive(Debug)]
pub struct RateTooLow(pub Failure);

impl std::fmt::Display for RateTooLow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for RateTooLow {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stand-in for a streamed upload: takes a chunk every `every`, `chunks` times, then
    /// answers after `answer`.
    async fn upload(moved: &Moved, every: Duration, chunks: u32, answer: Duration) -> u32 {
        for _ in 0..chunks {
            tokio::time::sleep(every).await;
            moved.touch();
        }
        tokio::time::sleep(answer).await;
        chunks
    }

    /// Watches an upload that takes `chunks` chunks 30 ms apart, then answers after `answer`,
    /// with a 150 ms idle limit. Returns the outcome and how long the watch took.
    async fn watched(
        chunks: u32,
        answer: Duration,
    ) -> (std::result::Result<u32, Option<reqwest::Error>>, Duration) {
        let moved = Moved::new();
        let start = Instant::now();
        let r = watch(
            async { Ok(upload(&moved, Duration::from_millis(30), chunks, answer).await) },
            &moved,
            Duration::from_millis(150),
        )
        .await;
        (r, start.elapsed())
    }

    #[tokio::test]
    async fn a_steady_upload_may_take_longer_than_the_idle_timeout() {
        let (r, took) = watched(20, Duration::from_millis(60)).await;
        assert_eq!(r.ok(), Some(20));
        assert!(took > Duration::from_millis(450), "{took:?}");
    }

    #[tokio::test]
    async fn an_upload_that_stops_moving_is_given_up_after_the_idle_timeout() {
        let (r, took) = watched(3, Duration::from_secs(30)).await;
        assert!(matches!(r, Err(None)));
        assert!(took >= Duration::from_millis(240), "{took:?}");
        assert!(took < Duration::from_secs(5), "{took:?}");
    }
}
