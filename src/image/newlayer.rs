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

type Hashed = HashingWriter<flate2::write::GzEncoder<HashingWriter<BufWriter<File>>>>;

/// The end of every new layer: uncompressed bytes in, hashed (diffID), gzipped, hashed again
/// (digest) and written to a temporary file in the stage's blob directory.
pub struct GzSink {
    w: Hashed,
    tmp: tempfile::TempPath,
    dir: PathBuf,
}

/// The gzip level of new layers: zlib's default, as docker, buildah and crane write them.
const LEVEL: u32 = 6;

impl GzSink {
    pub fn new(layout: &Layout) -> Result<GzSink> {
        let dir = layout.root().join("blobs").join("sha256");
        std::fs::create_dir_all(&dir)?;
        let (file, tmp) = tempfile::NamedTempFile::new_in(&dir)?.into_parts();
        let file = HashingWriter::new(
            BufWriter::with_capacity(256 * 1024, file),
            Algorithm::Sha256,
        );
        let gz = flate2::write::GzEncoder::new(file, flate2::Compression::new(LEVEL));
        Ok(GzSink {
            w: HashingWriter::new(gz, Algorithm::Sha256),
            tmp,
            dir,
        })
    }

    /// Flushes and syncs the file and moves it to its digest's name. Returns the layer's
    /// descriptor (OCI tar+gzip) and diffID.
    pub fn finish(self) -> Result<(Descriptor, Digest)> {
        let (gz, diff_id, _) = self.w.finish();
        let (file, digest, size) = gz.finish()?.finish();
        let file = file.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        let path = self.dir.join(digest.hex());
        self.tmp
            .persist(&path)
            .with_context(|| format!("writing `{}`", path.display()))?;
        Ok((Descriptor::new(mt::OCI_LAYER_GZIP, digest, size), diff_id))
    }
}

impl Write for GzSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.w.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.w.flush()
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
    let mut stack: Vec<PathBuf> = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let abs = dir.join(&rel);
        let mut names: Vec<std::ffi::OsString> = std::fs::read_dir(&abs)
            .with_context(|| format!("reading `{}`", abs.display()))?
            .map(|e| e.map(|e| e.file_name()))
            .collect::<std::io::Result<_>>()?;
        names.sort_by(|a, b| a.as_encoded_bytes().cmp(b.as_encoded_bytes()));
        let mut subdirs = Vec::new();
        for name in names {
            let r = rel.join(&name);
            let p = dir.join(&r);
            let m = std::fs::symlink_metadata(&p)?;
            let ft = m.file_type();
            let tar = w.tar();
            if ft.is_dir() {
                let mut h = header(tar::EntryType::Directory, m.mode(), mtime);
                tar.append_data(&mut h, &r, std::io::empty())?;
                subdirs.push(r);
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
        // Depth first, in name order: push in reverse so the first name comes off first.
        stack.extend(subdirs.into_iter().rev());
    }
    w.finish()
}

use std::os::unix::fs::FileTypeExt as _;

/// Copies what it reads into a writer as well.
struct Tee<R, W> {
    inner: R,
    copy: W,
}

impl<R: Read, W: Write> Read for Tee<R, W> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.copy.write_all(&buf[..n])?;
        Ok(n)
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
        let mut tee = Tee {
            inner: f,
            copy: GzSink::new(layout)?,
        };
        check(&mut tee)?;
        return tee.copy.finish();
    }
    let dir = layout.root().join("blobs").join("sha256");
    std::fs::create_dir_all(&dir)?;
    let (file, tmp) = tempfile::NamedTempFile::new_in(&dir)?.into_parts();
    let out = HashingWriter::new(
        BufWriter::with_capacity(256 * 1024, file),
        Algorithm::Sha256,
    );
    let mut tee = Tee {
        inner: f,
        copy: out,
    };
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
    let (file, digest, size) = tee.copy.finish();
    let file = file.into_inner().map_err(|e| e.into_error())?;
    file.sync_all()?;
    tmp.persist(dir.join(digest.hex()))?;
    let media_type = match c {
        Compression::Zstd => mt::OCI_LAYER_ZSTD,
        _ => mt::OCI_LAYER_GZIP,
    };
    Ok((Descriptor::new(media_type, digest, size), diff_id))
}
