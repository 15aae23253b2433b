//! Layers hoist writes: from a directory (`image mod --layer-add DIR`), from a tar file the
//! user has (`--layer-add FILE`), and the merged layer of `image squash`.
//!
//! Every new layer is written once, into the stage's blob directory, through one pipeline:
//! tar → sha256 (the diffID) → gzip → sha256 (the digest) → file. The diffID is computed while
//! the layer is compressed, never by reading it again. A directory is tarred deterministically
//! (names sorted by their bytes, one fixed time, owner 0:0, no user or group names), so the
//! same directory gives the same digest on every machine.

use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::os::unix::fs::MetadataExt as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};

use crate::digest::{Algorithm, Digest, HashingReader, HashingWriter};
use crate::error::Failure;
use crate::layout::Layout;
use crate::manifest::Descriptor;
use crate::media_types::{self as mt, Compression};
use crate::transfer::verify::Tee;

/// The gzip level of new layers: the fastest, as go-containerregistry writes them (a layer
/// is compressed once and downloaded many times, but squashing a large image must not take
/// many times longer than reading it).
const LEVEL: u32 = 1;

/// Uncompressed bytes per independently compressed block (pigz uses 128 KiB).
const BLOCK: usize = 256 * 1024;
/// The sample of a block compressed first to judge it: a block whose sample does not shrink
/// by a tenth (already compressed files, random data) is stored, not compressed.
const SAMPLE: usize = 16 * 1024;

type Block = std::sync::Arc<Vec<u8>>;

/// The end of every new layer, a gzip writer that uses every core, pigz-style. The
/// uncompressed stream is cut into 256 KiB blocks. One thread hashes them in order (the
/// diffID) and keeps the CRC; worker threads deflate each on its own (raw deflate ending with
/// a full flush, so blocks concatenate on byte boundaries; a block that would not shrink is
/// stored); one thread writes the compressed blocks in order behind one gzip header, hashing
/// them (the digest), into a temporary file in the stage's blob directory. The output is one
/// ordinary gzip member. At most a few blocks per core are in memory.
pub struct GzSink {
    buf: Vec<u8>,
    hash: Option<std::sync::mpsc::SyncSender<Block>>,
    hasher: Option<std::thread::JoinHandle<(Digest, flate2::Crc)>>,
    jobs: Option<std::sync::mpsc::SyncSender<(u64, Block)>>,
    done: std::sync::mpsc::Receiver<(u64, Vec<u8>)>,
    workers: Vec<std::thread::JoinHandle<()>>,
    out: Option<std::sync::mpsc::SyncSender<Vec<u8>>>,
    writer: Option<std::thread::JoinHandle<std::io::Result<(Digest, u64, File)>>>,
    /// Blocks sent, blocks handed to the writer, and results that came back early.
    sent: u64,
    written: u64,
    early: std::collections::BTreeMap<u64, Vec<u8>>,
    limit: u64,
    tmp: tempfile::TempPath,
    dir: PathBuf,
}

/// Deflates one block (or stores it when it does not compress).
fn deflate_block(data: &[u8]) -> Vec<u8> {
    use flate2::{Compress, Compression, FlushCompress};
    let squeeze = |input: &[u8], out: &mut Vec<u8>| {
        let mut c = Compress::new(Compression::new(LEVEL), false);
        out.reserve(input.len() + input.len() / 16 + 64);
        loop {
            let before = c.total_in() as usize;
            c.compress_vec(&input[before..], out, FlushCompress::Full)
                .expect("deflate of memory cannot fail");
            if c.total_in() as usize == input.len() && out.len() < out.capacity() {
                break;
            }
            out.reserve(64 * 1024);
        }
    };
    let sample = &data[..data.len().min(SAMPLE)];
    let mut probe = Vec::new();
    squeeze(sample, &mut probe);
    if probe.len() * 10 > sample.len() * 9 {
        let mut out = Vec::with_capacity(data.len() + data.len() / 65_535 * 5 + 5);
        for chunk in data.chunks(65_535) {
            let n = chunk.len() as u16;
            out.push(0);
            out.extend_from_slice(&n.to_le_bytes());
            out.extend_from_slice(&(!n).to_le_bytes());
            out.extend_from_slice(chunk);
        }
        return out;
    }
    let mut out = Vec::new();
    squeeze(data, &mut out);
    out
}

fn stopped() -> std::io::Error {
    std::io::Error::other("a compression thread stopped")
}

impl GzSink {
    pub fn new(layout: &Layout) -> Result<GzSink> {
        use std::sync::mpsc;
        let dir = layout.root().join("blobs").join("sha256");
        std::fs::create_dir_all(&dir)?;
        let (file, tmp) = crate::layout::temp_file_in(&dir)?.into_parts();
        let n = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, 8);
        let (hash, hash_rx) = mpsc::sync_channel::<Block>(n);
        let hasher = std::thread::spawn(move || {
            let mut h = crate::digest::Hasher::new(Algorithm::Sha256);
            let mut crc = flate2::Crc::new();
            for b in hash_rx {
                h.update(&b);
                crc.update(&b);
            }
            (h.finish(), crc)
        });
        let (jobs, rx) = mpsc::sync_channel::<(u64, Block)>(n);
        let rx = std::sync::Arc::new(std::sync::Mutex::new(rx));
        let (tx_done, done) = mpsc::channel();
        let workers = (0..n)
            .map(|_| {
                let rx = rx.clone();
                let tx = tx_done.clone();
                std::thread::spawn(move || {
                    loop {
                        let job = rx.lock().expect("job queue").recv();
                        let Ok((seq, data)) = job else { return };
                        if tx.send((seq, deflate_block(&data))).is_err() {
                            return;
                        }
                    }
                })
            })
            .collect();
        let (out, out_rx) = mpsc::sync_channel::<Vec<u8>>(n);
        let writer = std::thread::spawn(move || -> std::io::Result<(Digest, u64, File)> {
            let mut w = HashingWriter::new(
                BufWriter::with_capacity(256 * 1024, file),
                Algorithm::Sha256,
            );
            w.write_all(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff])?;
            for b in out_rx {
                w.write_all(&b)?;
            }
            let (file, digest, size) = w.finish();
            let file = file.into_inner().map_err(|e| e.into_error())?;
            Ok((digest, size, file))
        });
        Ok(GzSink {
            buf: Vec::with_capacity(BLOCK),
            hash: Some(hash),
            hasher: Some(hasher),
            jobs: Some(jobs),
            done,
            workers,
            out: Some(out),
            writer: Some(writer),
            sent: 0,
            written: 0,
            early: Default::default(),
            limit: n as u64 + 1,
            tmp,
            dir,
        })
    }

    /// Hands finished blocks to the writer in order, until at most `keep` are in flight.
    fn drain(&mut self, keep: u64) -> std::io::Result<()> {
        while self.sent - self.written > keep {
            let next = match self.early.remove(&self.written) {
                Some(b) => b,
                None => {
                    let (seq, b) = self.done.recv().map_err(|_| stopped())?;
                    if seq != self.written {
                        self.early.insert(seq, b);
                        continue;
                    }
                    b
                }
            };
            self.out
                .as_ref()
                .expect("open")
                .send(next)
                .map_err(|_| stopped())?;
            self.written += 1;
        }
        Ok(())
    }

    fn send_block(&mut self) -> std::io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let block: Block =
            std::sync::Arc::new(std::mem::replace(&mut self.buf, Vec::with_capacity(BLOCK)));
        self.hash
            .as_ref()
            .expect("open")
            .send(block.clone())
            .map_err(|_| stopped())?;
        self.jobs
            .as_ref()
            .expect("open")
            .send((self.sent, block))
            .map_err(|_| stopped())?;
        self.sent += 1;
        self.drain(self.limit)
    }

    /// Writes the last blocks, the final empty block and the trailer, syncs the file and
    /// moves it to its digest's name. Returns the layer's descriptor (OCI tar+gzip) and diffID.
    pub fn finish(mut self) -> Result<(Descriptor, Digest)> {
        self.send_block()?;
        self.drain(0)?;
        self.jobs = None;
        for w in self.workers.drain(..) {
            let _ = w.join();
        }
        self.hash = None;
        let (diff_id, crc) = self
            .hasher
            .take()
            .expect("open")
            .join()
            .map_err(|_| stopped())?;
        let out = self.out.take().expect("open");
        // A final, empty stored block (every block before it ends on a byte boundary), then
        // the CRC and size of the uncompressed stream.
        let mut tail = vec![1, 0, 0, 0xff, 0xff];
        tail.extend_from_slice(&crc.sum().to_le_bytes());
        tail.extend_from_slice(&crc.amount().to_le_bytes());
        out.send(tail).map_err(|_| stopped())?;
        drop(out);
        let (digest, size, file) = self
            .writer
            .take()
            .expect("open")
            .join()
            .map_err(|_| stopped())??;
        // Not synced: the stage is scratch space, read back once to push; destinations sync
        // what they keep.
        drop(file);
        let path = self.dir.join(digest.hex());
        let GzSink { tmp, .. } = self;
        tmp.persist(&path)
            .with_context(|| format!("writing `{}`", path.display()))?;
        Ok((Descriptor::new(mt::OCI_LAYER_GZIP, digest, size), diff_id))
    }
}

impl Write for GzSink {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        let n = data.len().min(BLOCK - self.buf.len());
        self.buf.extend_from_slice(&data[..n]);
        if self.buf.len() == BLOCK {
            self.send_block()?;
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A gzip layer tar being written into a stage.
pub struct LayerWriter {
    tar: tar::Builder<GzSink>,
}

impl LayerWriter {
    pub fn new(layout: &Layout) -> Result<LayerWriter> {
        let mut tar = tar::Builder::new(GzSink::new(layout)?);
        tar.follow_symlinks(false);
        Ok(LayerWriter { tar })
    }

    /// The tar being written.
    pub fn tar(&mut self) -> &mut tar::Builder<GzSink> {
        &mut self.tar
    }

    /// Ends the tar and stores the layer; returns its descriptor and diffID.
    pub fn finish(self) -> Result<(Descriptor, Digest)> {
        self.tar.into_inner()?.finish()
    }
}

/// A header with the fixed fields of a deterministic layer.
fn header(kind: tar::EntryType, mode: u32, mtime: u64) -> tar::Header {
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(kind);
    h.set_mode(mode & 0o7777);
    h.set_uid(0);
    h.set_gid(0);
    h.set_mtime(mtime);
    h.set_size(0);
    h
}

/// Tars `dir` (its contents at the image root) into a new layer, deterministically: names
/// sorted, every time `mtime`, every owner 0:0, files linked to each other kept as hardlinks.
/// Symlinks are stored, never followed; sockets and device nodes are refused.
pub fn from_dir(layout: &Layout, dir: &Path, mtime: u64) -> Result<(Descriptor, Digest)> {
    let mut w = LayerWriter::new(layout)?;
    let mut seen: std::collections::HashMap<(u64, u64), PathBuf> = Default::default();
    // `tar --sort=name` order: each directory's names in byte order, and a directory's
    // contents right after its own entry (depth first). One list of pending names per
    // directory level; the deepest is worked on first.
    let sorted = |rel: &Path| -> Result<std::collections::VecDeque<PathBuf>> {
        let abs = dir.join(rel);
        let mut names: Vec<std::ffi::OsString> = std::fs::read_dir(&abs)
            .with_context(|| format!("reading `{}`", abs.display()))?
            .map(|e| e.map(|e| e.file_name()))
            .collect::<std::io::Result<_>>()?;
        names.sort_by(|a, b| a.as_encoded_bytes().cmp(b.as_encoded_bytes()));
        Ok(names.into_iter().map(|n| rel.join(n)).collect())
    };
    let mut levels = vec![sorted(Path::new(""))?];
    while let Some(level) = levels.last_mut() {
        let Some(r) = level.pop_front() else {
            levels.pop();
            continue;
        };
        {
            let p = dir.join(&r);
            let m = std::fs::symlink_metadata(&p)?;
            let ft = m.file_type();
            let tar = w.tar();
            if ft.is_dir() {
                let mut h = header(tar::EntryType::Directory, m.mode(), mtime);
                tar.append_data(&mut h, &r, std::io::empty())?;
                levels.push(sorted(&r)?);
            } else if ft.is_symlink() {
                let mut h = header(tar::EntryType::Symlink, 0o777, mtime);
                tar.append_link(&mut h, &r, std::fs::read_link(&p)?)?;
            } else if ft.is_file() {
                if m.nlink() > 1 {
                    if let Some(first) = seen.get(&(m.dev(), m.ino())) {
                        let mut h = header(tar::EntryType::Link, m.mode(), mtime);
                        tar.append_link(&mut h, &r, first)?;
                        continue;
                    }
                    seen.insert((m.dev(), m.ino()), r.clone());
                }
                let mut h = header(tar::EntryType::Regular, m.mode(), mtime);
                h.set_size(m.len());
                let f = File::open(&p).with_context(|| format!("reading `{}`", p.display()))?;
                // The size was read first: a file that changes while it is read is an error,
                // not a layer whose header lies.
                tar.append_data(&mut h, &r, f.take(m.len()))
                    .with_context(|| format!("adding `{}`", p.display()))?;
            } else if ft.is_fifo() {
                let mut h = header(tar::EntryType::Fifo, m.mode(), mtime);
                tar.append_data(&mut h, &r, std::io::empty())?;
            } else {
                return Err(Failure::usage(format!(
                    "`{}` is a socket or device node, which a layer made from a directory does not hold",
                    p.display()
                ))
                .into());
            }
        }
    }
    w.finish()
}

use std::os::unix::fs::FileTypeExt as _;

/// A blob being written into the stage's blob directory, hashed on the way.
type BlobWriter = HashingWriter<BufWriter<File>>;

struct BlobFile;

impl BlobFile {
    fn open(layout: &Layout) -> Result<(BlobWriter, tempfile::TempPath)> {
        let dir = layout.root().join("blobs").join("sha256");
        std::fs::create_dir_all(&dir)?;
        let (file, tmp) = crate::layout::temp_file_in(&dir)?.into_parts();
        let out = HashingWriter::new(
            BufWriter::with_capacity(256 * 1024, file),
            Algorithm::Sha256,
        );
        Ok((out, tmp))
    }

    /// Moves the written blob to its digest's name; returns its digest and size.
    fn keep(w: BlobWriter, tmp: tempfile::TempPath, layout: &Layout) -> Result<(Digest, u64)> {
        let (file, digest, size) = w.finish();
        drop(file.into_inner().map_err(|e| e.into_error())?);
        tmp.persist(
            layout
                .root()
                .join("blobs")
                .join("sha256")
                .join(digest.hex()),
        )?;
        Ok((digest, size))
    }
}

/// Makes a layer of a tar file (plain, gzip or zstd) in one pass: a compressed file is stored
/// as it is (its digest and diffID hashed on the way), a plain tar is gzipped. The tar is
/// walked with the layer rules as it goes, so a file that is not a tar, or holds entries a
/// layer must not, is refused.
pub fn from_file(layout: &Layout, path: &Path) -> Result<(Descriptor, Digest)> {
    let mut f = File::open(path).with_context(|| format!("reading `{}`", path.display()))?;
    let mut head = [0u8; 4];
    let n = f.read(&mut head)?;
    let c = crate::transfer::verify::sniff(&head[..n]);
    let f = std::io::Cursor::new(head[..n].to_vec()).chain(f);
    let name = path.display().to_string();
    let check = |tar: &mut dyn Read| -> Result<()> {
        crate::layer::walk(&mut *tar, &name, |_| Ok(()))?;
        // What follows the end blocks is part of the layer too.
        std::io::copy(tar, &mut std::io::sink())?;
        Ok(())
    };
    if c == Compression::None {
        // The tar is already whole: its bytes are compressed as they are.
        let mut tee = Tee::new(f, GzSink::new(layout)?);
        check(&mut tee)?;
        return tee.copy.finish();
    }
    let (out, tmp) = BlobFile::open(layout)?;
    let mut tee = Tee::new(f, out);
    let diff_id = {
        let dec = crate::transfer::verify::decoder(c, &mut tee)?;
        let mut hashed = HashingReader::new(dec, Algorithm::Sha256);
        check(&mut hashed).map_err(|e| {
            e.context(format!(
                "`{name}` is not a layer (a tar, optionally gzip or zstd)"
            ))
        })?;
        hashed.finish().1
    };
    // The decoder may stop at the end of the compressed stream; the rest is kept too.
    std::io::copy(&mut tee, &mut std::io::sink())?;
    let (digest, size) = BlobFile::keep(tee.copy, tmp, layout)?;
    let media_type = match c {
        Compression::Zstd => mt::OCI_LAYER_ZSTD,
        _ => mt::OCI_LAYER_GZIP,
    };
    Ok((Descriptor::new(media_type, digest, size), diff_id))
}

/// Compresses a plain layer tar, read from `src`, into the stage: gzip through [`GzSink`] (every
/// core), or zstd at its default level. Returns the new descriptor and the diffID (the digest
/// of what was read), both hashed on the way.
pub fn compress(layout: &Layout, src: impl Read, c: Compression) -> Result<(Descriptor, Digest)> {
    let mut src = src;
    match c {
        Compression::Gzip => {
            let mut sink = GzSink::new(layout)?;
            std::io::copy(&mut src, &mut sink)?;
            sink.finish()
        }
        Compression::Zstd => {
            let (out, tmp) = BlobFile::open(layout)?;
            let mut hashed = HashingReader::new(src, Algorithm::Sha256);
            let mut enc = zstd::stream::write::Encoder::new(out, 3)?;
            std::io::copy(&mut hashed, &mut enc)?;
            let (digest, size) = BlobFile::keep(enc.finish()?, tmp, layout)?;
            Ok((
                Descriptor::new(mt::OCI_LAYER_ZSTD, digest, size),
                hashed.finish().1,
            ))
        }
        Compression::None => unreachable!("compressing means gzip or zstd"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through_sink(data: &[u8]) -> (Descriptor, Digest, Vec<u8>) {
        let dir = tempfile::tempdir().unwrap();
        let layout = Layout::create(dir.path()).unwrap();
        let mut s = GzSink::new(&layout).unwrap();
        // Uneven writes, as a tar builder makes them.
        for chunk in data.chunks(777_777) {
            s.write_all(chunk).unwrap();
        }
        let (desc, diff_id) = s.finish().unwrap();
        let bytes = std::fs::read(layout.blob_path(&desc.digest)).unwrap();
        (desc, diff_id, bytes)
    }

    #[test]
    fn parallel_gzip_is_one_valid_member_with_both_digests() {
        let mut data = Vec::new();
        // Text that compresses, random bytes that do not, and a tail shorter than a block.
        for i in 0..60_000u32 {
            data.extend_from_slice(format!("{i:08} the quick brown fox\n").as_bytes());
        }
        let mut x = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..(1_300_000 / 8) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            data.extend_from_slice(&x.to_le_bytes());
        }
        data.extend_from_slice(b"tail");
        for input in [&data[..], &data[..BLOCK], b"" as &[u8]] {
            let (desc, diff_id, bytes) = through_sink(input);
            assert_eq!(diff_id, Digest::sha256(input));
            assert_eq!(desc.digest, Digest::sha256(&bytes));
            assert_eq!(desc.size, bytes.len() as u64);
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(&bytes[..])
                .read_to_end(&mut out)
                .unwrap();
            assert_eq!(out, input);
            // The same input gives the same bytes.
            assert_eq!(through_sink(input).2, bytes);
        }
        let (_, _, bytes) = through_sink(&data);
        assert!(bytes.len() < data.len(), "the text part is compressed");
    }
}
