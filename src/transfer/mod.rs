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
    let what = repo.display_at(digest);
    let mut hasher = Hasher::new(digest.algorithm());
    let mut resumes = 0;
    let mut total = expected_size;
    if let Some(t) = total {
        progress.set_total(t);
    }
    loop {
        let offset = hasher.len();
        let mut s = repo.blob(digest, offset).await?;
        if s.offset != offset {
            // The registry ignored the Range: start over from the first byte.
            return Err(Failure::new(
                crate::error::Kind::Network,
                format!("download of `{what}` broke off and the registry cannot resume it"),
            )
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

/// Downloads a blob to `dest`: written to a temp file beside it and renamed into place only
/// after verification, so `dest` either holds the verified blob or is untouched.
pub async fn download_to_file(
    repo: &Repo,
    digest: &Digest,
    expected_size: Option<u64>,
    dest: &Path,
    progress: &mut dyn Progress,
) -> Result<u64> {
    let dir = match dest.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".hoist-")
        .suffix(".partial")
        .tempfile_in(dir)
        .with_context(|| format!("creating a temp file in `{}`", dir.display()))?;
    let (file, tmp_path) = tmp.into_parts();
    let mut w = std::io::BufWriter::with_capacity(256 * 1024, file);
    let n = stream_verified(repo, digest, expected_size, &mut w, progress).await?;
    let file = w.into_inner().map_err(|e| e.into_error())?;
    file.sync_all()?;
    tmp_path
        .persist(dest)
        .with_context(|| format!("moving the blob into `{}`", dest.display()))?;
    Ok(n)
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
