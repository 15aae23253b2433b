//! Looking inside images without writing them anywhere: layers stream from the registry (or a
//! layout) through the one tar walk ([`crate::layer::walk`]) on a blocking thread, while the
//! compressed bytes and the tar are hashed on the way, so what a command reports comes from a
//! layer whose digest and diffID were checked. Memory grows with the number of paths, never
//! with content size.
//!
//! The pieces: [`walk_layer`] streams one layer to a [`Visitor`]; [`files`] builds the merged
//! filesystem and each layer's changes; [`cat`] finds one file from the top layer down;
//! [`size`] adds up what an image costs to download.

pub mod audit;
pub mod build;
pub mod cat;
pub mod change;
pub mod diff;
pub mod edit;
pub mod files;
pub mod index;
pub mod newlayer;
pub mod referrers;
pub mod secrets;
pub mod size;
pub mod squash;

use std::io::Read;
use std::path::Path;

use anyhow::{Context as _, Result};

use crate::digest::{Algorithm, HashingReader};
use crate::error::Failure;
use crate::layer::{Kind, Meta};
use crate::media_types as mt;
use crate::repo::Repo;

pub use crate::repo::LayerSpec;

/// What a visitor does after an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Continue,
    /// No more entries are wanted (the rest of the layer is still read, to check its digests).
    Stop,
}

/// One entry of a layer, as a visitor sees it.
pub struct Entry<'a> {
    pub path: &'a Path,
    pub kind: &'a Kind,
    pub meta: &'a Meta,
    /// A regular file's content (empty for everything else).
    pub content: &'a mut dyn Read,
}

/// Receives a layer's entries in order, on a blocking thread.
pub trait Visitor: Send + 'static {
    fn entry(&mut self, e: Entry<'_>) -> Result<Flow>;
}

/// Walks a decompressed layer tar (the one tar walk, [`crate::layer::walk`]) into `v`, until
/// it says [`Flow::Stop`]; the rest of the tar is still read (and checked) by the walk.
pub fn visit(tar: impl std::io::Read, name: &str, v: &mut impl Visitor) -> Result<()> {
    let mut stopped = false;
    crate::layer::walk(tar, name, |item| {
        if stopped {
            return Ok(());
        }
        let flow = v.entry(Entry {
            path: &item.path,
            kind: &item.kind,
            meta: &item.meta,
            content: item.entry,
        })?;
        stopped = flow == Flow::Stop;
        Ok(())
    })
}

/// Streams layer `l` of `repo` through the tar walk into `v` and returns `v`, once the layer's
/// compressed digest, size and diffID have been checked (exit 5 on a mismatch). Nothing is
/// written to disk.
pub async fn walk_layer<V: Visitor>(repo: &Repo, l: &LayerSpec, v: V) -> Result<V> {
    walk_layer_keeping(repo, l, v, None).await
}

/// [`walk_layer`], also writing the compressed bytes the walk reads to `keep` (scratch space
/// for a second pass: what is there once this returns `Ok` was checked).
pub async fn walk_layer_keeping<V: Visitor>(
    repo: &Repo,
    l: &LayerSpec,
    mut v: V,
    keep: Option<std::path::PathBuf>,
) -> Result<V> {
    let name = l.name();
    let declared = mt::layer_compression(&l.desc.media_type);
    let (v, got) = crate::transfer::read_blocking(repo, &l.desc, move |channel| {
        let mut tee = match &keep {
            None => None,
            Some(path) => Some(std::io::BufWriter::with_capacity(
                256 * 1024,
                std::fs::File::create(path)
                    .with_context(|| format!("writing `{}`", path.display()))?,
            )),
        };
        let got = {
            let decoded = match tee.as_mut() {
                None => crate::transfer::verify::decode_buffered(declared, channel)?,
                Some(w) => crate::transfer::verify::decode(
                    declared,
                    crate::transfer::verify::Tee::new(channel, w),
                )?,
            };
            let mut hashing = HashingReader::new(decoded, Algorithm::Sha256);
            visit(&mut hashing, &name, &mut v)?;
            // The tar's end marker is not the end of the stream: hash what follows too (a
            // stream that does not decode to its end, such as a gzip checksum that does not
            // match, is a verification failure like a broken tar).
            std::io::copy(&mut hashing, &mut std::io::sink()).map_err(|e| {
                Failure::verify(format!("layer {name} does not decode to its end: {e}"))
            })?;
            hashing.finish().1
        };
        if let Some(w) = tee.as_mut() {
            std::io::Write::flush(w)?;
        }
        Ok((v, got))
    })
    .await
    .with_context(|| format!("reading layer {}", l.name()))?;
    if let Some(want) = &l.diff_id {
        want.check(
            &got,
            &format!("the uncompressed content (diffID) of layer {}", l.name()),
        )?;
    }
    Ok(v)
}
