//! Layer bytes decoded: telling gzip, zstd and plain tar apart by their first bytes, inflating
//! them (multi-member gzip included), and reading chunks that arrive on a channel from the
//! async side on a blocking thread. Used by the one tar walk ([`crate::layer`]) and by
//! verification ([`crate::transfer::verify`]). It does no I/O of its own and must not import
//! repositories, registries or transfers: both of its users sit above it.

use std::io::Read;

use bytes::Bytes;
use tokio::sync::mpsc;

use crate::digest::{Algorithm, Digest, HashingWriter};
use crate::media_types::Compression;

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
