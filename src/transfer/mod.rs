//! Moving blob bytes: download to a file or a writer, hashing as they stream.
//!
//! The rule everywhere: bytes are hashed as they pass, memory holds one chunk at a time, and a
//! file reaches its final name only after its size and digest have been checked. A download
//! that is cut off mid-body resumes with a Range request from where it stopped (re-hashing
//! nothing: the hasher has seen every byte so far).
//!
//! It must not know commands or print beyond the progress it is handed.

use std::path::Path;

use anyhow::{Context as _, Result};
use bytes::Bytes;

use crate::digest::{Digest, Hasher};
use crate::error::Failure;
use crate::repo::Repo;

pub mod archive;
pub mod copy;
pub mod digest_tags;
pub mod put;
pub mod spool;
pub mod verify;

/// Blobs are read by [`crate::repo::BlobReader`], the one reader of every source's bytes.
pub use crate::repo::BlobReader;

/// Something that watches bytes go by (a progress bar, or nothing).
pub trait Progress: Send {
    fn set_total(&mut self, _total: u64) {}
    fn advance(&mut self, _n: u64) {}
}

impl Progress for () {}

impl Progress for indicatif::ProgressBar {
    fn set_total(&mut self, total: u64) {
        self.set_length(total);
    }
    fn advance(&mut self, n: u64) {
        self.inc(n);
    }
}

/// Reads blob `desc` from `repo` into `work`, which runs on a blocking thread and reads the
/// blob's bytes as they arrive. Once `work` is done, the blob's size and digest are checked
/// (exit 5 on a mismatch): what `work` made is returned only for a blob that was whole.
/// Errors come in the order a user can act on: the download's, then `work`'s, then the check.
pub async fn read_blocking<T: Send + 'static>(
    repo: &Repo,
    desc: &crate::manifest::Descriptor,
    work: impl FnOnce(verify::ChannelReader) -> Result<T> + Send + 'static,
) -> Result<T> {
    let (tx, rx) = tokio::sync::mpsc::channel::<Bytes>(16);
    let worker = tokio::task::spawn_blocking(move || work(verify::ChannelReader::new(rx)));
    let mut reader = BlobReader::new(repo, &desc.digest, Some(desc.size));
    let sent = async {
        while let Some(chunk) = reader.next_chunk().await? {
            if tx.send(chunk).await.is_err() {
                // The work ended early with an error of its own; it is reported below.
                return Ok::<bool, anyhow::Error>(false);
            }
        }
        Ok(true)
    }
    .await;
    drop(tx);
    let done = worker.await?;
    let complete = sent?;
    let t = match done {
        Ok(t) => t,
        Err(work) => {
            // The work failed on the bytes (a corrupt gzip stream, a broken tar): whether
            // they are the blob's own is the better verdict. Read the rest and check the
            // digest; a mismatch (exit 5) is reported with what the work saw.
            if !complete {
                loop {
                    match reader.next_chunk().await {
                        Ok(Some(_)) => {}
                        Ok(None) => break,
                        Err(e) if crate::error::kind_of(&e) == crate::error::Kind::Verify => {
                            return Err(e.context(format!("{work:#}")));
                        }
                        Err(_) => return Err(work),
                    }
                }
            }
            reader.verify()?;
            return Err(work);
        }
    };
    if complete {
        reader.verify()?;
    }
    Ok(t)
}

/// Streams blob `digest` from `repo` into `sink`, verifying size (when known) and digest.
/// Resumes with Range requests when the body is cut off.
pub async fn stream_verified(
    repo: &Repo,
    digest: &Digest,
    expected_size: Option<u64>,
    sink: &mut (dyn std::io::Write + Send),
    progress: &mut dyn Progress,
) -> Result<u64> {
    stream_into(BlobReader::new(repo, digest, expected_size), sink, progress).await
}

/// Drains a reader into `sink`, then verifies.
async fn stream_into(
    mut reader: BlobReader,
    sink: &mut (dyn std::io::Write + Send),
    progress: &mut dyn Progress,
) -> Result<u64> {
    if let Some(t) = reader.size() {
        progress.set_total(t);
    }
    progress.advance(reader.position());
    let mut sized = reader.size().is_some();
    while let Some(c) = reader.next_chunk().await? {
        if !sized && let Some(t) = reader.size() {
            progress.set_total(t);
            sized = true;
        }
        sink.write_all(&c)?;
        progress.advance(c.len() as u64);
    }
    reader.verify()
}

/// A file written front to back that asks the kernel to start writing each completed
/// stretch to disk while the download goes on. The `fsync` before the rename then waits only
/// for the last stretch instead of the whole file, so durability costs a pull much less wall
/// time.
pub struct Writeback<F: std::io::Write + std::os::fd::AsFd> {
    file: F,
    written: u64,
    started: u64,
}

impl<F: std::io::Write + std::os::fd::AsFd> Writeback<F> {
    const STRETCH: u64 = 512 * 1024;

    /// Wraps `file`, whose write position is `at`.
    pub fn new(file: F, at: u64) -> Self {
        Writeback {
            file,
            written: at,
            started: at,
        }
    }

    pub fn into_inner(self) -> F {
        self.file
    }

    #[cfg(target_os = "linux")]
    fn start_writeback(&mut self) {
        use std::os::fd::AsRawFd as _;
        let fd = self.file.as_fd().as_raw_fd();
        // SAFETY: sync_file_range only reads its integer arguments; `fd` is open while
        // `self.file` lives. A failure only means the final fsync has more to do.
        unsafe {
            libc::sync_file_range(
                fd,
                self.started as libc::off64_t,
                (self.written - self.started) as libc::off64_t,
                libc::SYNC_FILE_RANGE_WRITE,
            );
        }
    }

    #[cfg(not(target_os = "linux"))]
    fn start_writeback(&mut self) {}
}

impl<F: std::io::Write + std::os::fd::AsFd> std::io::Write for Writeback<F> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.file.write(buf)?;
        self.written += n as u64;
        if self.written - self.started >= Self::STRETCH {
            self.start_writeback();
            self.started = self.written;
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

/// What [`fetch_to_path`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fetched {
    /// Downloaded (`from` > 0 when an earlier partial download was resumed).
    Downloaded { bytes: u64, from: u64 },
    /// `dest` already held the verified blob.
    Present { bytes: u64 },
}

/// Hashes a file on disk (on a blocking thread). The hasher is returned unfinished, so a
/// partial download can go on from it.
pub async fn hash_file(path: &Path, algorithm: crate::digest::Algorithm) -> Result<Hasher> {
    let path = path.to_path_buf();
    tokio::task::spawn_blocking(move || -> Result<Hasher> {
        let mut f = std::fs::File::open(&path)?;
        let mut h = Hasher::new(algorithm);
        let mut buf = vec![0u8; 256 * 1024];
        loop {
            let n = std::io::Read::read(&mut f, &mut buf)?;
            if n == 0 {
                return Ok(h);
            }
            h.update(&buf[..n]);
        }
    })
    .await?
}

/// The partial-download file kept beside `dest` while a download is incomplete.
pub fn partial_path(dest: &Path) -> std::path::PathBuf {
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    dest.with_file_name(format!(".{name}.hoist-partial"))
}

/// Downloads a blob to `dest`, which afterwards either holds the verified blob or does not
/// exist. Bytes go to a partial file beside it; an interrupted run leaves that file, and the
/// next run resumes it with a Range request after re-hashing what it has. A verification
/// failure deletes it. A `dest` that already holds the right bytes is left alone.
pub async fn fetch_to_path(
    repo: &Repo,
    digest: &Digest,
    expected_size: Option<u64>,
    dest: &Path,
    progress: &mut dyn Progress,
) -> Result<Fetched> {
    fetch(repo, digest, expected_size, dest, progress, true).await
}

/// [`fetch_to_path`] into scratch space that is read back and deleted (squash's copies of
/// the layers): the same checks, without syncing the file to disk.
pub async fn fetch_to_scratch(
    repo: &Repo,
    digest: &Digest,
    expected_size: Option<u64>,
    dest: &Path,
) -> Result<Fetched> {
    fetch(repo, digest, expected_size, dest, &mut (), false).await
}

async fn fetch(
    repo: &Repo,
    digest: &Digest,
    expected_size: Option<u64>,
    dest: &Path,
    progress: &mut dyn Progress,
    durable: bool,
) -> Result<Fetched> {
    if dest.is_dir() {
        return Err(Failure::usage(format!("`{}` is a directory", dest.display())).into());
    }
    if dest.is_file() {
        let h = hash_file(dest, digest.algorithm()).await?;
        let n = h.len();
        if &h.finish() == digest && expected_size.is_none_or(|s| s == n) {
            return Ok(Fetched::Present { bytes: n });
        }
        std::fs::remove_file(dest)?;
    }
    let partial = partial_path(dest);
    let mut from = 0;
    let mut hasher = Hasher::new(digest.algorithm());
    if partial.is_file() {
        let h = hash_file(&partial, digest.algorithm()).await?;
        let n = h.len();
        if expected_size.is_some_and(|s| n > s) {
            std::fs::remove_file(&partial)?;
        } else {
            hasher = h;
            from = n;
        }
    }
    let file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&partial)
        .with_context(|| format!("writing `{}`", partial.display()))?;
    let mut w = std::io::BufWriter::with_capacity(256 * 1024, Writeback::new(file, from));
    let reader = BlobReader::resume(repo, digest, expected_size, hasher);
    let result = stream_into(reader, &mut w, progress).await;
    let file = w.into_inner().map_err(|e| e.into_error())?.into_inner();
    match result {
        Ok(n) => {
            if durable {
                file.sync_all()?;
            }
            std::fs::rename(&partial, dest)
                .with_context(|| format!("moving the blob into `{}`", dest.display()))?;
            Ok(Fetched::Downloaded { bytes: n, from })
        }
        Err(e) => {
            // Keep a partial download for resuming, never an empty one or one that failed
            // verification.
            let empty = file.metadata().map(|m| m.len() == 0).unwrap_or(true);
            if empty || crate::error::kind_of(&e) == crate::error::Kind::Verify {
                let _ = std::fs::remove_file(&partial);
            }
            Err(e)
        }
    }
}

/// A progress bar for one blob: attached to `multi` when given, else drawn on stderr alone;
/// hidden when stderr is not a terminal. Bars are created hidden and attached afterwards, so
/// none draws outside the group and upsets its line count.
pub fn bar(
    interactive: bool,
    multi: Option<&indicatif::MultiProgress>,
    label: &str,
    total: u64,
) -> indicatif::ProgressBar {
    let pb = indicatif::ProgressBar::with_draw_target(
        Some(total),
        indicatif::ProgressDrawTarget::hidden(),
    );
    if !interactive {
        return pb;
    }
    pb.set_style(
        indicatif::ProgressStyle::with_template(
            "{prefix:>12} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} {eta}",
        )
        .expect("static template")
        .progress_chars("=> "),
    );
    pb.set_prefix(label.to_string());
    match multi {
        Some(m) => m.add(pb),
        None => {
            pb.set_draw_target(indicatif::ProgressDrawTarget::stderr());
            pb
        }
    }
}

/// One in-flight transfer per key (a blob digest). The first caller runs the work; every
/// concurrent or later caller with the same key awaits that same run and gets its outcome: a
/// manifest that needs a blob another platform is uploading waits until the upload has
/// committed, and a failure reaches every user with its kind (a digest mismatch stays exit 5
/// for all of them). If the running caller is dropped, the next waiter takes the work over.
pub struct SingleFlight<K, T> {
    map: std::sync::Mutex<
        std::collections::HashMap<K, std::sync::Arc<tokio::sync::OnceCell<Shared<T>>>>,
    >,
}

/// The outcome of a shared run: the value, or the error's kind, one-line text and hints.
type Shared<T> = std::result::Result<T, (crate::error::Kind, String, Vec<String>)>;

impl<K: std::hash::Hash + Eq + Clone, T: Clone> Default for SingleFlight<K, T> {
    fn default() -> Self {
        SingleFlight {
            map: Default::default(),
        }
    }
}

impl<K: std::hash::Hash + Eq + Clone, T: Clone> SingleFlight<K, T> {
    /// Runs `work` for `key` unless a run for it exists; returns that run's outcome.
    pub async fn run<F>(&self, key: &K, work: impl FnOnce() -> F) -> Result<T>
    where
        F: std::future::Future<Output = Result<T>>,
    {
        self.run_reporting(key, work).await.map(|(v, _)| v)
    }

    /// As [`SingleFlight::run`], also saying whether this caller did the work (`true`) or
    /// awaited another's.
    pub async fn run_reporting<F>(&self, key: &K, work: impl FnOnce() -> F) -> Result<(T, bool)>
    where
        F: std::future::Future<Output = Result<T>>,
    {
        let cell = self
            .map
            .lock()
            .expect("single-flight map")
            .entry(key.clone())
            .or_default()
            .clone();
        // The caller that runs the work keeps its own error with its whole context.
        let mut own: Option<anyhow::Error> = None;
        let mut ran = false;
        let out = cell
            .get_or_init(|| async {
                ran = true;
                work().await.map_err(|e| {
                    let shared = (
                        crate::error::kind_of(&e),
                        crate::error::render(&e),
                        crate::error::hints_of(&e),
                    );
                    own = Some(e);
                    shared
                })
            })
            .await
            .clone();
        out.map(|v| (v, ran)).map_err(|(kind, msg, hints)| {
            own.unwrap_or_else(|| {
                let mut f = Failure::new(kind, msg);
                f.hints = hints;
                f.into()
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write as _;

    use super::{SingleFlight, Writeback};

    #[test]
    fn single_flight_runs_once_and_shares_the_failure_kind() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let f: SingleFlight<u32, u32> = SingleFlight::default();
            let runs = std::sync::atomic::AtomicU32::new(0);
            let (gate_tx, gate_rx) = tokio::sync::oneshot::channel::<()>();
            let gate = std::sync::Mutex::new(Some(gate_rx));
            let work = || async {
                runs.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let rx = gate.lock().unwrap().take().expect("runs once");
                rx.await.unwrap();
                Err::<u32, _>(anyhow::Error::from(crate::error::Failure::verify(
                    "digest mismatch",
                )))
            };
            // Three users of one key: the later two wait for the first's run.
            let a = f.run(&1, work);
            let b = f.run(&1, work);
            let c = f.run(&1, work);
            let release = async {
                gate_tx.send(()).unwrap();
            };
            let (ra, rb, rc, ()) = tokio::join!(a, b, c, release);
            assert_eq!(runs.load(std::sync::atomic::Ordering::SeqCst), 1);
            for r in [ra, rb, rc] {
                let e = r.unwrap_err();
                assert_eq!(crate::error::kind_of(&e), crate::error::Kind::Verify);
                assert!(crate::error::render(&e).contains("digest mismatch"));
            }
            assert_eq!(f.run(&2, || async { Ok(7) }).await.unwrap(), 7);
        });
    }

    #[test]
    fn writeback_keeps_bytes_and_starts_on_each_stretch() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("blob");
        std::fs::write(&path, vec![7u8; 100]).unwrap();
        let file = std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap();
        let data: Vec<u8> = (0..3 * 1024 * 1024 + 17).map(|i| (i % 251) as u8).collect();
        let mut w = Writeback::new(file, 100);
        for chunk in data.chunks(300_001) {
            w.write_all(chunk).unwrap();
        }
        // Writeback was handed every full stretch after the resumed offset.
        assert!(w.started > 100 + 2 * Writeback::<std::fs::File>::STRETCH);
        assert_eq!(w.written, 100 + data.len() as u64);
        w.into_inner().sync_all().unwrap();
        let got = std::fs::read(&path).unwrap();
        assert_eq!(&got[..100], &[7u8; 100][..]);
        assert_eq!(&got[100..], &data[..]);
    }
}
