//! One-pass layer verification: compressed digest, size and uncompressed diffID.
//!
//! The async side receives the blob and hashes the compressed bytes as they arrive; each chunk
//! is also handed over a bounded channel to a blocking thread that inflates it (gzip including
//! multi-member, zstd, or plain tar) and hashes the output. Memory holds a few chunks at most,
//! nothing touches the disk, and inflating overlaps with receiving.
//!
//! It reports mismatches as data; it must not decide exit codes or write files.

use anyhow::Result;
use bytes::Bytes;
use tokio::sync::mpsc;

use crate::digest::Digest;
use crate::media_types::Compression;
use crate::repo::Repo;

/// What streaming one layer found.
#[derive(Debug, Clone)]
pub struct LayerCheck {
    pub size: u64,
    pub digest: Digest,
    /// Digest and size of the uncompressed content, when it was inflated.
    pub diff_id: Option<Result<(Digest, u64), String>>,
}

impl LayerCheck {
    /// The uncompressed size, if the blob had the expected size and digest and inflated;
    /// otherwise the mismatch as an error (exit 5).
    pub fn into_verified(self, repo: &Repo, digest: &Digest, size: u64) -> Result<u64> {
        let what = repo.display_at(digest);
        if self.size != size {
            return Err(crate::error::Failure::verify(format!(
                "size mismatch for `{what}`: expected {size} bytes, got {}",
                self.size
            ))
            .into());
        }
        digest.check(&self.digest, &format!("`{what}`"))?;
        match self.diff_id {
            Some(Ok((_, n))) => Ok(n),
            Some(Err(e)) => Err(crate::error::Failure::verify(format!(
                "layer `{what}` does not inflate: {e}"
            ))
            .into()),
            None => Ok(0),
        }
    }
}

pub use crate::decode::{ChannelReader, Tee, decode, decode_buffered, decoder, diff_id_of, sniff};

/// Streams blob `digest` from `repo`, hashing it and (when `compression` is given) its
/// inflated content in parallel. Resumes a broken body with Range requests. Mismatches are
/// reported in the result, not as errors.
pub async fn check_layer(
    repo: &Repo,
    digest: &Digest,
    size: u64,
    compression: Option<Compression>,
) -> Result<LayerCheck> {
    check_layer_with(
        repo,
        digest,
        size,
        compression,
        &indicatif::ProgressBar::hidden(),
    )
    .await
}

/// [`check_layer`], moving `progress` by the bytes read.
pub async fn check_layer_with(
    repo: &Repo,
    digest: &Digest,
    size: u64,
    compression: Option<Compression>,
    progress: &indicatif::ProgressBar,
) -> Result<LayerCheck> {
    let (tx, worker) = match compression {
        Some(c) => {
            let (tx, rx) = mpsc::channel::<Bytes>(16);
            let worker = tokio::task::spawn_blocking(move || diff_id_of(c, ChannelReader::new(rx)));
            (Some(tx), Some(worker))
        }
        None => (None, None),
    };
    let mut reader = super::BlobReader::new(repo, digest, Some(size));
    loop {
        match reader.next_chunk().await {
            Ok(Some(c)) => {
                progress.inc(c.len() as u64);
                if let Some(tx) = &tx {
                    // A closed channel means the decoder stopped early (corrupt data); keep
                    // reading so the compressed digest is still reported.
                    let _ = tx.send(c).await;
                }
            }
            Ok(None) => break,
            // More bytes than the descriptor says: stop and report what was read.
            Err(e) if crate::error::kind_of(&e) == crate::error::Kind::Verify => break,
            Err(e) => return Err(e),
        }
    }
    drop(tx);
    let diff_id = match worker {
        Some(w) => Some(w.await?.map_err(|e| e.to_string())),
        None => None,
    };
    let (digest, size) = reader.actual();
    Ok(LayerCheck {
        size,
        digest,
        diff_id,
    })
}
