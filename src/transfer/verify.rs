//! One-pass layer verification: compressed digest, size and uncompressed diffID.
//!
//! The async side receives the blob and hashes the compressed bytes as they arrive; each chunk
//! is also handed over a bounded channel to a blocking thread that inflates it (gzip including
//! multi-member, zstd, or plain tar) and hashes the output. Memory holds a few chunks at most,
//! nothing touches the disk, and inflating overlaps with receiving.

use std::io::Read;

use anyhow::Result;
use bytes::Bytes;
use tokio::sync::mpsc;

use crate::digest::{Algorithm, Digest, HashingWriter};
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

/// A `Read` over chunks arriving on a channel (used on the blocking side).
pub struct ChannelReader {
    rx: mpsc::Receiver<Bytes>,
    cur: Bytes,
}

impl ChannelReader {
    pub fn new(rx: mpsc::Receiver<Bytes>) -> ChannelReader {
        ChannelReader {
            rx,
            cur: Bytes::new(),
        }
    }
}

impl Read for ChannelReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.cur.is_empty() {
            match self.rx.blocking_recv() {
                Some(b) => self.cur = b,
                None => return Ok(0),
            }
        }
        let n = buf.len().min(self.cur.len());
        buf[..n].copy_from_slice(&self.cur[..n]);
        self.cur = self.cur.slice(n..);
        Ok(n)
    }
}

/// The chunks are the buffer: a decoder reads them where they are, with no copy.
impl std::io::BufRead for ChannelReader {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        while self.cur.is_empty() {
            match self.rx.blocking_recv() {
                Some(b) => self.cur = b,
                None => break,
            }
        }
        Ok(&self.cur)
    }

    fn consume(&mut self, n: usize) {
        self.cur = self.cur.slice(n..);
    }
}

/// A reader that copies what it reads into a writer as well.
pub struct Tee<R, W> {
    inner: R,
    pub copy: W,
}

impl<R, W> Tee<R, W> {
    pub fn new(inner: R, copy: W) -> Tee<R, W> {
        Tee { inner, copy }
    }
}

impl<R: Read, W: std::io::Write> Read for Tee<R, W> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.copy.write_all(&buf[..n])?;
        Ok(n)
    }
}

/// Detects compression from the first bytes (gzip `1f 8b`, zstd `28 b5 2f fd`).
pub fn sniff(head: &[u8]) -> Compression {
    if head.starts_with(&[0x1f, 0x8b]) {
        Compression::Gzip
    } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Compression::Zstd
    } else {
        Compression::None
    }
}

/// Wraps a reader in the decoder for `c`.
pub fn decoder<'a>(c: Compression, r: impl Read + 'a) -> std::io::Result<Box<dyn Read + 'a>> {
    Ok(match c {
        Compression::None => Box::new(r),
        Compression::Gzip => Box::new(flate2::read::MultiGzDecoder::new(
            std::io::BufReader::with_capacity(256 * 1024, r),
        )),
        Compression::Zstd => Box::new(zstd::stream::read::Decoder::new(r)?),
    })
}

/// The decompressed stream of a layer: by `declared` (its media type) when known, else by
/// what its first bytes look like.
pub fn decode<'a>(
    declared: Option<Compression>,
    r: impl Read + 'a,
) -> std::io::Result<Box<dyn Read + 'a>> {
    decode_buffered(declared, std::io::BufReader::with_capacity(256 * 1024, r))
}

/// [`decode`] of a reader that is its own buffer (a [`ChannelReader`]): the decoder reads
/// from it in place.
pub fn decode_buffered<'a>(
    declared: Option<Compression>,
    mut r: impl std::io::BufRead + 'a,
) -> std::io::Result<Box<dyn Read + 'a>> {
    let c = match declared {
        Some(c) => c,
        None => sniff(r.fill_buf()?),
    };
    Ok(match c {
        Compression::None => Box::new(r),
        Compression::Gzip => Box::new(flate2::bufread::MultiGzDecoder::new(r)),
        Compression::Zstd => Box::new(zstd::stream::read::Decoder::with_buffer(r)?),
    })
}

/// Inflates everything `r` yields and returns (digest, size) of the output.
pub fn diff_id_of(c: Compression, r: impl Read) -> std::io::Result<(Digest, u64)> {
    let mut d = decoder(c, r)?;
    let mut w = HashingWriter::new(std::io::sink(), Algorithm::Sha256);
    std::io::copy(&mut d, &mut w)?;
    let (_, digest, n) = w.finish();
    Ok((digest, n))
}

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
