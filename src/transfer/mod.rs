//! Moving blob bytes: download to a file or a writer, hashing as they stream.
//!
//! The rule everywhere: bytes are hashed as they pass, memory holds one chunk at a time, and a
//! file reaches its final name only after its size and digest have been checked. A download
//! that is cut off mid-body resumes with a Range request from where it stopped (re-hashing
//! nothing: the hasher has seen every byte so far).

use std::io::Write as _;
use std::path::Path;

use anyhow::{Context as _, Result};
use futures_util::StreamExt as _;
use tracing::debug;

use crate::digest::{Digest, Hasher};
use crate::error::Failure;
use crate::repo::Repo;

pub mod copy;
pub mod verify;

/// How many times a cut-off body is resumed before giving up.
const RESUMES: u32 = 5;

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

/// Streams blob `digest` from `repo` into `sink`, verifying size (when known) and digest.
/// Resumes with Range requests when the body is cut off.
pub async fn stream_verified(
    repo: &Repo,
    digest: &Digest,
    expected_size: Option<u64>,
    sink: &mut dyn std::io::Write,
    progress: &mut dyn Progress,
) -> Result<u64> {
    stream_into(
        repo,
        digest,
        expected_size,
        Hasher::new(digest.algorithm()),
        sink,
        progress,
    )
    .await
}

/// [`stream_verified`] continuing from `hasher` (which has seen the first `hasher.len()` bytes).
async fn stream_into(
    repo: &Repo,
    digest: &Digest,
    expected_size: Option<u64>,
    mut hasher: Hasher,
    sink: &mut dyn std::io::Write,
    progress: &mut dyn Progress,
) -> Result<u64> {
    let what = repo.display_at(digest);
    let mut resumes = 0;
    let mut total = expected_size;
    if let Some(t) = total {
        progress.set_total(t);
    }
    progress.advance(hasher.len());
    loop {
        let offset = hasher.len();
        let mut s = repo.blob(digest, offset).await?;
        if s.offset != offset {
            // The registry ignored the Range and sent everything: skip what we have.
            return Err(Failure::new(
                crate::error::Kind::Network,
                format!("the registry cannot resume `{what}` from byte {offset}"),
            )
            .hint("delete the partial download and try again")
            .into());
        }
        if total.is_none() {
            total = s.size;
            if let Some(t) = total {
                progress.set_total(t);
            }
        }
        let mut broke = None;
        while let Some(chunk) = s.stream.next().await {
            match chunk {
                Ok(c) => {
                    hasher.update(&c);
                    if let Some(t) = total
                        && hasher.len() > t
                    {
                        return Err(Failure::verify(format!(
                            "size mismatch for `{what}`: expected {t} bytes, got more"
                        ))
                        .into());
                    }
                    sink.write_all(&c)?;
                    progress.advance(c.len() as u64);
                }
                Err(e) => {
                    broke = Some(e);
                    break;
                }
            }
        }
        let done = total.is_none_or(|t| hasher.len() >= t);
        match broke {
            None if done => break,
            // Ended early without an error: try to resume, then let the size check speak.
            None if resumes >= RESUMES => break,
            None => debug!(offset = hasher.len(), "body ended early; resuming"),
            Some(e) if resumes >= RESUMES => {
                return Err(e.context(format!("downloading `{what}`")));
            }
            Some(e) => debug!(error = %e, offset = hasher.len(), "download broke off; resuming"),
        }
        resumes += 1;
    }
    let n = hasher.len();
    if let Some(t) = expected_size.or(total)
        && n != t
    {
        return Err(Failure::verify(format!(
            "size mismatch for `{what}`: expected {t} bytes, got {n}"
        ))
        .into());
    }
    digest.check(&hasher.finish(), &format!("`{what}`"))?;
    Ok(n)
}

/// What [`fetch_to_path`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fetched {
    /// Downloaded (`from` > 0 when an earlier partial download was resumed).
    Downloaded { bytes: u64, from: u64 },
    /// `dest` already held the verified blob.
    Present { bytes: u64 },
}

/// Hashes a file on disk (on a blocking thread).
pub async fn hash_file(path: &Path, algorithm: crate::digest::Algorithm) -> Result<(Digest, u64)> {
    let path = path.to_path_buf();
    tokio::task::spawn_blocking(move || -> Result<(Digest, u64)> {
        let mut f = std::fs::File::open(&path)?;
        let mut w = crate::digest::HashingWriter::new(std::io::sink(), algorithm);
        std::io::copy(&mut f, &mut w)?;
        let (_, d, n) = w.finish();
        Ok((d, n))
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
    if dest.is_file() {
        let (d, n) = hash_file(dest, digest.algorithm()).await?;
        if &d == digest && expected_size.is_none_or(|s| s == n) {
            return Ok(Fetched::Present { bytes: n });
        }
        std::fs::remove_file(dest)?;
    }
    let partial = partial_path(dest);
    let mut from = 0;
    let mut hasher = Hasher::new(digest.algorithm());
    if partial.is_file() {
        let path = partial.clone();
        let algo = digest.algorithm();
        let (h, n) = tokio::task::spawn_blocking(move || -> Result<(Hasher, u64)> {
            let mut h = Hasher::new(algo);
            let mut f = std::fs::File::open(&path)?;
            let mut buf = vec![0u8; 256 * 1024];
            loop {
                let n = std::io::Read::read(&mut f, &mut buf)?;
                if n == 0 {
                    break;
                }
                h.update(&buf[..n]);
            }
            let len = h.len();
            Ok((h, len))
        })
        .await??;
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
    let mut w = std::io::BufWriter::with_capacity(256 * 1024, file);
    let result = stream_into(repo, digest, expected_size, hasher, &mut w, progress).await;
    let file = w.into_inner().map_err(|e| e.into_error())?;
    match result {
        Ok(n) => {
            file.sync_all()?;
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

/// A progress bar for one blob on stderr, or a hidden one when stderr is not a terminal.
pub fn bar(interactive: bool, label: &str) -> indicatif::ProgressBar {
    if !interactive {
        return indicatif::ProgressBar::hidden();
    }
    let pb = indicatif::ProgressBar::new(0);
    pb.set_style(
        indicatif::ProgressStyle::with_template(
            "{prefix:>12} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} {eta}",
        )
        .expect("static template")
        .progress_chars("=> "),
    );
    pb.set_prefix(label.to_string());
    pb
}

/// Flushes stdout at the end of a streamed write.
pub fn flush_stdout() -> std::io::Result<()> {
    std::io::stdout().flush()
}
