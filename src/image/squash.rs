//! `image squash`: the layers above a kept bottom merged into one, built in one streaming pass.
//!
//! First every layer is walked through the one tar walk, in parallel, into records (paths,
//! types, metadata; no contents), and merged with the overlay rules `image files` and
//! extraction share: once with the kept layers only, once with all. The new layer is the
//! difference: every path whose final version comes from a squashed layer, a whiteout for every
//! path of the kept layers that is gone (the topmost one of a removed subtree), and nothing for
//! what the kept layers already provide. Then the layers whose file contents survive are
//! streamed again, in order, and only those contents are written into the new layer's tar,
//! which is gzipped and hashed (diffID and digest) as it is written.
//!
//! The tar holds directories, symlinks, devices and whiteouts first (in path order, with their
//! final metadata), then file contents in layer order, then hardlinks. Files that were one
//! inode stay one: the first path gets the content, the others link to it (or to the kept
//! layer's path when the content is still there).
//!
//! It returns staged documents and reports; it must not print or push by itself.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use futures_util::future::try_join_all;
use serde::Serialize;
use serde_json::{Value, json};

use super::build::{Draft, Layer, Stage};
use super::change::{Input, Outcome};
use super::files::{Content, Record, Tree};
use super::newlayer::LayerWriter;
use super::{Entry, Flow, LayerSpec, Visitor};
use crate::client::Client;
use crate::error::Failure;
use crate::layer::Kind;
use crate::layer::apply::LayerFile;
use crate::platform::Platform;
use crate::reference::ImageRef;

/// What stays below the squashed layer.
#[derive(Debug, Clone)]
pub enum Keep {
    /// The first N layers (0: squash everything).
    Layers(usize),
    /// The layers of this base image (SRC must start with them).
    Base(ImageRef),
}

/// What squashing one image did.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub platform: String,
    pub layers_before: usize,
    pub layers_after: usize,
    /// Compressed bytes of all layers.
    pub size_before: u64,
    pub size_after: u64,
    /// What a change to one file in the squashed part costs users who have the old image:
    /// before, the top layer is rebuilt and downloaded again (at least); after, the whole
    /// merged layer is.
    pub one_file_change_before: u64,
    pub one_file_change_after: u64,
}

/// One entry to write in pass two: where it goes and its final metadata.
struct Want {
    path: PathBuf,
    rec: Record,
}

/// Writes the surviving file contents of one layer into the new layer.
struct Emitter {
    w: LayerWriter,
    /// By position in this layer's tar.
    wants: HashMap<usize, Want>,
    ordinal: usize,
}

fn header(rec: &Record, kind: tar::EntryType) -> tar::Header {
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(kind);
    h.set_mode(rec.mode & 0o7777);
    h.set_uid(rec.uid);
    h.set_gid(rec.gid);
    h.set_mtime(rec.mtime.max(0) as u64);
    h.set_size(0);
    h
}

impl Visitor for Emitter {
    fn entry(&mut self, e: Entry<'_>) -> Result<Flow> {
        let n = self.ordinal;
        self.ordinal += 1;
        if let Some(want) = self.wants.remove(&n) {
            let mut h = header(&want.rec, tar::EntryType::Regular);
            h.set_size(e.meta.size);
            self.w
                .tar()
                .append_data(&mut h, &want.path, &mut *e.content)?;
        }
        Ok(if self.wants.is_empty() {
            Flow::Stop
        } else {
            Flow::Continue
        })
    }
}

/// The new layer's plan: entries without content (written first), contents to copy from
/// each layer, and hardlinks (written last).
#[derive(Default)]
struct Plan {
    first: Vec<(PathBuf, Record)>,
    whiteouts: Vec<PathBuf>,
    contents: BTreeMap<usize, HashMap<usize, Want>>,
    links: Vec<(PathBuf, Record, PathBuf)>,
}

fn is_content(r: &Record) -> bool {
    matches!(r.kind, Kind::File | Kind::Hardlink(_)) && r.origin.is_some()
}

fn plan(kept: &Tree, full: &Tree, keep: usize) -> Plan {
    let mut p = Plan::default();
    // Content still provided, unchanged, by a kept layer: links can point there.
    let mut anchors: HashMap<(usize, usize), PathBuf> = HashMap::new();
    for (path, (r, layer)) in full.nodes() {
        if *layer <= keep && is_content(r) {
            anchors
                .entry(r.origin.expect("content"))
                .or_insert_with(|| path.clone());
        }
    }
    for (path, (r, layer)) in full.nodes() {
        if *layer <= keep {
            continue;
        }
        if is_content(r) {
            let o = r.origin.expect("content");
            if let Some(a) = anchors.get(&o) {
                p.links.push((path.clone(), r.clone(), a.clone()));
            } else {
                anchors.insert(o, path.clone());
                p.contents.entry(o.0).or_default().insert(
                    o.1,
                    Want {
                        path: path.clone(),
                        rec: r.clone(),
                    },
                );
            }
        } else {
            p.first.push((path.clone(), r.clone()));
        }
    }
    for (path, _) in kept.nodes() {
        if full.get(path).is_some() {
            continue;
        }
        let parent = path.parent().unwrap_or(Path::new(""));
        let topmost = parent.as_os_str().is_empty()
            || matches!(
                (full.get(parent), kept.get(parent)),
                (Some((a, _)), Some((b, _))) if a.kind == Kind::Dir && b.kind == Kind::Dir
            );
        if topmost {
            p.whiteouts.push(path.clone());
        }
    }
    p
}

/// Writes what has no content: directories, symlinks, FIFOs, devices and whiteouts.
fn write_first(w: &mut LayerWriter, p: &Plan) -> Result<()> {
    let mut items: Vec<(&PathBuf, Option<&Record>)> = p
        .first
        .iter()
        .map(|(path, r)| (path, Some(r)))
        .chain(p.whiteouts.iter().map(|path| (path, None)))
        .collect();
    items.sort_by(|a, b| a.0.cmp(b.0));
    let tar = w.tar();
    for (path, r) in items {
        let Some(r) = r else {
            let name = format!(
                "{}{}",
                crate::layer::WHITEOUT,
                path.file_name().unwrap_or_default().to_string_lossy()
            );
            let wh = path.with_file_name(name);
            let mut h = tar::Header::new_gnu();
            h.set_entry_type(tar::EntryType::Regular);
            h.set_mode(0o644);
            h.set_size(0);
            h.set_mtime(0);
            tar.append_data(&mut h, &wh, std::io::empty())?;
            continue;
        };
        match &r.kind {
            Kind::Dir => {
                let mut h = header(r, tar::EntryType::Directory);
                tar.append_data(&mut h, path, std::io::empty())?;
            }
            Kind::Symlink(t) => {
                let mut h = header(r, tar::EntryType::Symlink);
                tar.append_link(&mut h, path, t)?;
            }
            Kind::Fifo => {
                let mut h = header(r, tar::EntryType::Fifo);
                tar.append_data(&mut h, path, std::io::empty())?;
            }
            Kind::Char(ma, mi) | Kind::Block(ma, mi) => {
                let kind = if matches!(r.kind, Kind::Char(..)) {
                    tar::EntryType::Char
                } else {
                    tar::EntryType::Block
                };
                let mut h = header(r, kind);
                h.set_device_major(*ma)?;
                h.set_device_minor(*mi)?;
                tar.append_data(&mut h, path, std::io::empty())?;
            }
            // A hardlink whose target was not a regular file was given the target's kind by
            // the merge; an unresolved one (its target missing) is dropped, as extraction
            // would refuse it.
            Kind::File | Kind::Hardlink(_) | Kind::Whiteout | Kind::Opaque => {}
        }
    }
    Ok(())
}

/// Streams every layer (`jobs` at once, one transfer per digest) into its records, checking
/// its digest and diffID, and keeps its compressed bytes in `dir` for the second pass.
/// Returns the local copies, in layer order, with their records.
async fn fetch_and_record(
    input: &Input,
    specs: &[LayerSpec],
    dir: &Path,
    jobs: usize,
) -> Result<Vec<(LayerFile, Vec<Record>)>> {
    use futures_util::StreamExt as _;
    type Walked = std::sync::Arc<Vec<Record>>;
    let flight = std::sync::Arc::new(
        crate::transfer::SingleFlight::<crate::digest::Digest, Walked>::default(),
    );
    let walked = futures_util::stream::iter(specs.iter().cloned().map(|l| {
        let repo = input.repo.clone();
        let flight = flight.clone();
        let file = dir.join(l.desc.digest.hex());
        tokio::spawn(async move {
            let records = flight
                .run(&l.desc.digest, || async {
                    super::files::walk_keeping(&repo, &l, Content::Skip, file.clone())
                        .await
                        .map(std::sync::Arc::new)
                })
                .await?;
            let lf = LayerFile {
                name: l.name(),
                file,
                compression: crate::media_types::layer_compression(&l.desc.media_type),
                diff_id: l.diff_id.clone(),
            };
            Ok::<_, anyhow::Error>((lf, records))
        })
    }))
    .buffered(jobs.max(1))
    .map(|joined| joined.map_err(anyhow::Error::from).and_then(|r| r))
    .collect::<Vec<Result<_>>>()
    .await
    .into_iter()
    .collect::<Result<Vec<(LayerFile, Walked)>>>()?;
    // The single flight kept a copy of each layer's records; without it, each layer's are
    // its own (a layer listed twice shares them, and is copied once).
    drop(flight);
    Ok(walked
        .into_iter()
        .map(|(lf, r)| {
            (
                lf,
                std::sync::Arc::try_unwrap(r).unwrap_or_else(|a| (*a).clone()),
            )
        })
        .collect())
}

/// Squashes one image's layers above `keep` into one new layer in `stage`. Layers are
/// downloaded once (checked against their digests and diffIDs while they are walked) into a
/// temporary directory, so the second pass reads checked local copies.
async fn squash_one(
    input: &Input,
    d: &mut Draft,
    keep: usize,
    jobs: usize,
    stage: &Stage,
) -> Result<()> {
    let specs: Vec<LayerSpec> = d
        .layers
        .iter()
        .enumerate()
        .map(|(i, l)| LayerSpec {
            index: i + 1,
            desc: l.desc.clone(),
            diff_id: Some(l.diff_id.clone()),
        })
        .collect();
    let tmp = tempfile::Builder::new()
        .prefix("hoist-squash-")
        .tempdir()
        .context("creating a directory for the layers")?;
    let walked = fetch_and_record(input, &specs, tmp.path(), jobs).await?;
    let mut tree = Tree::default();
    let mut kept = Tree::default();
    let mut files = Vec::new();
    for (i, (l, (file, records))) in specs.iter().zip(walked).enumerate() {
        if i == keep {
            kept = tree.clone();
        }
        tree.apply_layer(l, records);
        files.push(file);
    }
    let p = plan(&kept, &tree, keep);
    let mut w = LayerWriter::new(stage.layout())?;
    write_first(&mut w, &p)?;
    for (layer, wants) in p.contents {
        let file = files[layer - 1].clone();
        w = tokio::task::spawn_blocking(move || -> Result<LayerWriter> {
            let mut em = Emitter {
                w,
                wants,
                ordinal: 0,
            };
            super::visit(file.open()?, &file.name, &mut em)?;
            if let Some((n, want)) = em.wants.iter().next() {
                return Err(Failure::verify(format!(
                    "layer {} has no entry {n} (`{}`) on the second read",
                    file.name,
                    want.path.display()
                ))
                .into());
            }
            Ok(em.w)
        })
        .await??;
    }
    {
        let tar = w.tar();
        for (path, r, target) in &p.links {
            let mut h = header(r, tar::EntryType::Link);
            tar.append_link(&mut h, path, target)?;
        }
    }
    let (desc, diff_id) = tokio::task::spawn_blocking(move || w.finish()).await??;
    let upper = d.layers.split_off(keep);
    let mut history: Vec<Value> = upper
        .iter()
        .flat_map(|l| l.history[..l.history.len() - 1].iter().cloned())
        .collect();
    let mut entry = json!({
        "created_by": format!("hoist image squash: layers {} to {} of {}", keep + 1, specs.len(), d.from),
        "comment": "hoist",
    });
    if let Some(c) = upper.last().and_then(|l| l.entry().get("created")) {
        entry["created"] = c.clone();
    }
    history.push(entry);
    d.layers.push(Layer {
        desc,
        diff_id,
        history,
        source: None,
    });
    Ok(())
}

/// `image squash SRC`: per platform, the layers above the kept ones become one.
pub async fn squash(
    client: &Client,
    src: &ImageRef,
    keep: &Keep,
    platforms: &[Platform],
    jobs: usize,
) -> Result<(Outcome, Vec<Report>)> {
    let input = Input::open(client, src).await?;
    let base = match keep {
        Keep::Base(r) => Some(Input::open(client, r).await?),
        Keep::Layers(_) => None,
    };
    let targets = input.targets(platforms).await?;
    let mut drafts = Vec::new();
    let mut reports = Vec::new();
    let stage = Stage::new()?;
    let loaded = try_join_all(targets.iter().map(|r| Draft::load(&input.repo, r))).await?;
    for mut d in loaded {
        let p = d
            .entry
            .as_ref()
            .and_then(|e| e.platform.clone())
            .unwrap_or_else(|| d.platform.clone());
        let n = match &base {
            Some(b) => {
                let o = b.draft_for(&p).await?;
                super::change::check_prefix(&d, &o)?;
                o.layers.len()
            }
            None => match keep {
                Keep::Layers(n) => *n,
                Keep::Base(_) => unreachable!("read above"),
            },
        };
        let before: Vec<u64> = d.layers.iter().map(|l| l.desc.size).collect();
        if n >= d.layers.len() {
            return Err(Failure::usage(format!(
                "`{}` has {} layers; keeping {n} leaves nothing to squash",
                d.from,
                d.layers.len()
            ))
            .into());
        }
        if d.layers.len() - n > 1 {
            squash_one(&input, &mut d, n, jobs, &stage).await?;
        }
        let after: Vec<u64> = d.layers.iter().map(|l| l.desc.size).collect();
        reports.push(Report {
            platform: p.to_string(),
            layers_before: before.len(),
            layers_after: after.len(),
            size_before: before.iter().sum(),
            size_after: after.iter().sum(),
            one_file_change_before: *before.last().unwrap_or(&0),
            one_file_change_after: *after.last().unwrap_or(&0),
        });
        drafts.push(d);
    }
    let index = input.is_index().then_some(&input.manifest);
    let out = super::change::finish_all(
        stage,
        drafts,
        index,
        &super::edit::Edits::default(),
        Vec::new(),
    )?;
    Ok((out, reports))
}
