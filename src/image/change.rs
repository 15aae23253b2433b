//! `image compose`, `image mod` and `image rebase`: new images made of existing layers, with
//! no layer downloaded (see [`super::build`] for how they are assembled and pushed).
//!
//! Every command works per platform: an image manifest is one platform, an index is each of
//! its platforms (narrowed by `--platform`), and every other input is resolved to the same
//! platform. A platform an input lacks is an error that names it and what the input has.
//!
//! It returns staged documents; it must not print or push by itself (the caller delivers).

use std::path::PathBuf;

use anyhow::{Context as _, Result};
use futures_util::future::try_join_all;
use serde_json::{Value, json};

use super::build::{Draft, Layer, Stage, finish_index};
use super::edit::Edits;
use crate::client::Client;
use crate::digest::Digest;
use crate::error::Failure;
use crate::manifest::{Descriptor, Manifest, View};
use crate::platform::{Platform, Selector};
use crate::reference::ImageRef;
use crate::repo::{self, Repo, Resolved};

/// What a change produced: the new top document (an image manifest or an index), every image
/// manifest written with its platform, and the stage that holds them until they are pushed.
pub struct Outcome {
    pub stage: Stage,
    pub top: Manifest,
    pub images: Vec<(Platform, Digest)>,
    /// Said to the user (what was dropped, what was kept).
    pub notes: Vec<String>,
    /// Layers compressed (`--compress`), each counted once.
    pub compressed: usize,
}

/// An input: where it is and its top manifest.
pub struct Input {
    pub repo: Repo,
    pub manifest: Manifest,
}

impl Input {
    pub async fn open(client: &Client, r: &ImageRef) -> Result<Input> {
        let repo = Repo::open(client, r)?;
        let manifest = repo.manifest().await?;
        Ok(Input { repo, manifest })
    }

    pub fn is_index(&self) -> bool {
        self.manifest.is_index()
    }

    /// The images to change: every platform of an index (or the ones asked for), or the image
    /// itself.
    pub async fn targets(&self, platforms: &[Platform]) -> Result<Vec<Resolved>> {
        if platforms.is_empty() || !self.is_index() {
            return repo::resolve(&self.repo, self.manifest.clone(), &Selector::All).await;
        }
        let mut out = Vec::new();
        for p in platforms {
            out.extend(
                repo::resolve(&self.repo, self.manifest.clone(), &Selector::One(p.clone())).await?,
            );
        }
        Ok(out)
    }

    /// This input's image for `p`: its child for `p` when it is an index, else itself (whose
    /// config must not name another platform).
    pub async fn draft_for(&self, p: &Platform) -> Result<Draft> {
        let r = repo::resolve(&self.repo, self.manifest.clone(), &Selector::One(p.clone()))
            .await
            .map_err(|e| {
                let hint = "every input must have each platform; `--platform` narrows the set";
                match e.downcast::<Failure>() {
                    Ok(f) => anyhow::Error::from(f.hint(hint)),
                    Err(e) => e,
                }
            })?
            .remove(0);
        let d = Draft::load(&self.repo, &r).await?;
        if r.index.is_none() && !same_platform(&d.platform, p) {
            return Err(Failure::not_found(format!(
                "platform `{p}` not found in `{}`: it is one image, for {}",
                self.repo.display(),
                d.platform,
            ))
            .hint(format!(
                "every input must have each platform that is built; `--platform {}` builds only the one this input has, if the base has it too",
                d.platform
            ))
            .into());
        }
        Ok(d)
    }
}

/// Whether a config's platform can serve `want` (an empty one serves any).
fn same_platform(have: &Platform, want: &Platform) -> bool {
    if have.os.is_empty() && have.architecture.is_empty() {
        return true;
    }
    let d = Descriptor {
        platform: Some(have.clone()),
        ..Descriptor::new("", Digest::sha256(b""), 0)
    };
    crate::descriptor::select(&[d], want).is_some()
}

/// The platform a resolved image is for: its index entry's, else its config's.
fn platform_of(d: &Draft) -> Platform {
    d.entry
        .as_ref()
        .and_then(|e| e.platform.clone())
        .unwrap_or_else(|| d.platform.clone())
}

/// The layers of `d` to append to another image: each keeps only its own history entry (the
/// empty entries before it described the layer image's config, not this one's).
fn appended(d: Draft) -> Vec<Layer> {
    d.layers
        .into_iter()
        .map(|mut l| {
            l.history = vec![l.entry().clone()];
            l
        })
        .collect()
}

/// Finishes drafts into the stage and writes the index over them when the input was one.
pub(crate) fn finish_all(
    mut stage: Stage,
    drafts: Vec<Draft>,
    index: Option<&Manifest>,
    edits: &Edits,
    mut notes: Vec<String>,
) -> Result<Outcome> {
    let mut images = Vec::new();
    let mut entries = Vec::new();
    let mut last = None;
    for d in drafts {
        let p = platform_of(&d);
        let built = d.finish(&mut stage)?;
        images.push((p, built.manifest.digest.clone()));
        entries.push(built.entry);
        last = Some(built.manifest);
    }
    let top = match index {
        Some(idx) => finish_index(&mut stage, Some(idx), entries, &edits.index_annotations)?,
        None => {
            if !edits.index_annotations.is_empty() {
                notes.push("no index was written, so `--annotation-index` was not used".into());
            }
            last.ok_or_else(|| Failure::usage("no image was selected"))?
        }
    };
    Ok(Outcome {
        stage,
        top,
        images,
        notes,
        compressed: 0,
    })
}

/// Runs the futures concurrently; the first error in their order (not in time) wins, so the
/// platform a message names does not depend on which answer came first.
async fn in_order<T>(
    futures: impl IntoIterator<Item = impl std::future::Future<Output = Result<T>>>,
) -> Result<Vec<T>> {
    futures_util::future::join_all(futures)
        .await
        .into_iter()
        .collect()
}

/// `image compose`: a base and layer images.
pub struct Compose {
    pub base: ImageRef,
    pub layers: Vec<ImageRef>,
    pub edits: Edits,
    pub platforms: Vec<Platform>,
}

/// The new image is the base's layers, then each layer image's layers in order; the config is
/// the base's with diffIDs and history extended and the edits applied.
pub async fn compose(client: &Client, c: &Compose) -> Result<Outcome> {
    let (base, adds) = tokio::try_join!(
        Input::open(client, &c.base),
        try_join_all(c.layers.iter().map(|r| Input::open(client, r)))
    )?;
    let targets = base.targets(&c.platforms).await?;
    let drafts = in_order(targets.iter().map(|r| {
        let (base, adds) = (&base, &adds);
        async move {
            let mut d = Draft::load(&base.repo, r).await?;
            let p = platform_of(&d);
            let more = try_join_all(adds.iter().map(|a| a.draft_for(&p))).await?;
            for m in more {
                d.layers.extend(appended(m));
            }
            c.edits.apply(&mut d);
            Ok::<_, anyhow::Error>(d)
        }
    }))
    .await?;
    let index = base.is_index().then_some(&base.manifest);
    finish_all(Stage::new()?, drafts, index, &c.edits, Vec::new())
}

/// A layer `image mod --layer-add` appends.
#[derive(Debug, Clone)]
pub enum LayerAdd {
    /// A directory, tarred deterministically.
    Dir(PathBuf),
    /// A tar file (plain, gzip or zstd).
    File(PathBuf),
    /// An image whose layers are appended.
    Image(ImageRef),
}

impl LayerAdd {
    /// A path that exists is a file or directory; anything else is an image reference.
    pub fn parse(s: &str) -> Result<LayerAdd> {
        let p = PathBuf::from(s);
        match std::fs::metadata(&p) {
            Ok(m) if m.is_dir() => Ok(LayerAdd::Dir(p)),
            Ok(_) => Ok(LayerAdd::File(p)),
            Err(_) => Ok(LayerAdd::Image(ImageRef::parse(s).map_err(|e| {
                Failure::usage(format!(
                    "`{s}` is neither a file, a directory nor an image reference: {}",
                    e.message
                ))
            })?)),
        }
    }
}

/// `image mod`: edits, layers removed and added.
pub struct Modify {
    pub edits: Edits,
    /// 1-based, as `layer ls` numbers them.
    pub layer_rm: Vec<usize>,
    pub layer_rm_created_by: Option<regex_lite::Regex>,
    pub layer_add: Vec<LayerAdd>,
    pub platforms: Vec<Platform>,
    /// With `platforms`: the result holds only those (as `copy --platform` does), not the
    /// whole index with those changed.
    pub only_platforms: bool,
    /// Compress the uncompressed layers (docker archives' tars) with gzip or zstd.
    pub compress: Option<crate::media_types::Compression>,
}

impl Modify {
    fn changes_layers(&self) -> bool {
        !self.layer_rm.is_empty()
            || self.layer_rm_created_by.is_some()
            || !self.layer_add.is_empty()
            || self.compress.is_some()
    }
}

/// Compresses `d`'s uncompressed layers with `c` into the stage (a layer shared by several
/// drafts once: `done` remembers them). Each is read once, its digest and diffID checked on
/// the way. Returns how many layers of `d` changed.
async fn compress_layers(
    stage: &Stage,
    d: &mut Draft,
    c: crate::media_types::Compression,
    done: &mut std::collections::HashMap<Digest, (Descriptor, Digest)>,
) -> Result<usize> {
    let mut n = 0;
    for l in &mut d.layers {
        let plain = crate::media_types::layer_compression(&l.desc.media_type)
            == Some(crate::media_types::Compression::None);
        let Some(src) = l.source.clone().filter(|_| plain && !l.desc.is_foreign()) else {
            continue;
        };
        if !done.contains_key(&l.desc.digest) {
            let layout = stage.layout().clone();
            let (desc, diff_id) = crate::transfer::read_blocking(&src, &l.desc, move |r| {
                super::newlayer::compress(&layout, r, c)
            })
            .await?;
            done.insert(l.desc.digest.clone(), (desc, diff_id));
        }
        let (desc, diff_id) = &done[&l.desc.digest];
        l.diff_id.check(
            diff_id,
            &format!(
                "the uncompressed content (diffID) of layer {}",
                l.desc.digest
            ),
        )?;
        let mut desc = desc.clone();
        desc.annotations = l.desc.annotations.clone();
        l.desc = desc;
        l.source = None;
        n += 1;
    }
    Ok(n)
}

/// Removes layer `i` (0-based), keeping the empty history entries recorded before it.
fn remove_layer(d: &mut Draft, i: usize) {
    let l = d.layers.remove(i);
    let empties: Vec<Value> = l.history[..l.history.len() - 1].to_vec();
    match d.layers.get_mut(i) {
        Some(next) => {
            let mut h = empties;
            h.append(&mut next.history);
            next.history = h;
        }
        None => {
            let mut h = empties;
            h.append(&mut d.trailing);
            d.trailing = h;
        }
    }
}

/// A new layer's history entry.
fn history_entry(created_by: String, created: Option<&str>) -> Value {
    let mut h = json!({"created_by": created_by, "comment": "hoist"});
    if let Some(c) = created {
        h["created"] = Value::from(c);
    }
    h
}

/// `image mod SRC DST`. Children of an index that are not changed are kept as they are
/// (copied with the rest when `dst` is elsewhere).
pub async fn modify(client: &Client, src: &ImageRef, dst: &Repo, m: &Modify) -> Result<Outcome> {
    if !m.changes_layers() && m.edits.is_empty() {
        return Err(Failure::usage(
            "nothing to change: give an edit, `--layer-rm`, `--layer-add` or `--compress`",
        )
        .hint("to copy or retag an image as it is, use `hoist copy` or `hoist tag add`")
        .into());
    }
    let input = Input::open(client, src).await?;
    let mut stage = Stage::new()?;
    let created = m.edits.created.clone().or_else(|| {
        m.edits
            .reproducible
            .then(|| super::edit::reproducible_time(None))
    });
    let mtime = created
        .as_deref()
        .and_then(super::edit::parse_time)
        .unwrap_or(0)
        .max(0) as u64;
    // Files and directories become layers once, shared by every platform.
    let mut made: Vec<Option<(Descriptor, Digest)>> = Vec::new();
    for a in &m.layer_add {
        made.push(match a {
            LayerAdd::Dir(p) => Some(super::newlayer::from_dir(stage.layout(), p, mtime)?),
            LayerAdd::File(p) => Some(super::newlayer::from_file(stage.layout(), p)?),
            LayerAdd::Image(_) => None,
        });
    }
    let layer_images: Vec<Option<Input>> = try_join_all(m.layer_add.iter().map(|a| async move {
        match a {
            LayerAdd::Image(r) => Ok::<_, anyhow::Error>(Some(Input::open(client, r).await?)),
            _ => Ok(None),
        }
    }))
    .await?;
    let targets = input.targets(&m.platforms).await?;
    if let Some(r) = targets.iter().find(|r| {
        r.index
            .as_ref()
            .is_some_and(|i| i.digest != input.manifest.digest)
    }) {
        return Err(Failure::usage(format!(
            "`{}` is an index of indexes; `image mod` changes the images an index lists directly",
            input.repo.display()
        ))
        .hint(format!(
            "change the inner index (it holds {}) and then the outer one with `hoist index add`",
            r.manifest.digest
        ))
        .into());
    }
    let mut drafts = Vec::new();
    let mut compressed = std::collections::HashMap::new();
    let mut changed = 0;
    for r in &targets {
        let mut d = Draft::load(&input.repo, r).await?;
        let p = platform_of(&d);
        let n = d.layers.len();
        let mut gone: Vec<usize> = Vec::new();
        for &i in &m.layer_rm {
            if i == 0 || i > n {
                return Err(Failure::usage(format!(
                    "`--layer-rm {i}`: `{}` has layers 1 to {n}",
                    d.from
                ))
                .hint("`hoist layer ls` numbers the layers")
                .into());
            }
            gone.push(i - 1);
        }
        if let Some(re) = &m.layer_rm_created_by {
            let before = gone.len();
            gone.extend((0..n).filter(|&i| re.is_match(d.layers[i].created_by())));
            // Like `--layer-rm 9` on a 3-layer image: a removal that removes nothing is
            // refused, not reported as a changed image.
            if gone.len() == before {
                return Err(Failure::usage(format!(
                    "`--layer-rm-created-by {}` matches no layer of `{}`",
                    re.as_str(),
                    d.from
                ))
                .hint("`hoist layer ls` shows each layer's CREATED BY")
                .into());
            }
        }
        gone.sort_unstable();
        gone.dedup();
        for &i in gone.iter().rev() {
            remove_layer(&mut d, i);
        }
        for (a, (made, img)) in m.layer_add.iter().zip(made.iter().zip(&layer_images)) {
            match (made, img) {
                (Some((desc, diff_id)), _) => {
                    let name = match a {
                        LayerAdd::Dir(p) | LayerAdd::File(p) => p.display().to_string(),
                        LayerAdd::Image(r) => r.to_string(),
                    };
                    d.layers.push(Layer {
                        desc: desc.clone(),
                        diff_id: diff_id.clone(),
                        history: vec![history_entry(
                            format!("hoist image mod --layer-add {name}"),
                            created.as_deref(),
                        )],
                        source: None,
                    });
                }
                (None, Some(input)) => d.layers.extend(appended(input.draft_for(&p).await?)),
                (None, None) => unreachable!("every added layer is made or read"),
            }
        }
        if d.layers.is_empty() {
            return Err(Failure::usage(format!("`{}` would have no layers left", d.from)).into());
        }
        if let Some(c) = m.compress {
            changed += compress_layers(&stage, &mut d, c, &mut compressed).await?;
        }
        m.edits.apply(&mut d);
        drafts.push(d);
    }
    let mut notes = Vec::new();
    let whole_index = input.is_index() && (!m.only_platforms || m.platforms.is_empty());
    if let Some(c) = m.compress {
        notes.push(match compressed.len() {
            0 => "no layer was uncompressed: nothing was compressed".to_string(),
            n => format!(
                "compressed {n} layers with {c} ({changed} in all images): their digests are new, their diffIDs the same"
            ),
        });
    }
    if whole_index {
        // Children not selected stay, in their places.
        let View::Index(idx) = input.manifest.view()? else {
            unreachable!("is_index")
        };
        let mut images = Vec::new();
        let mut built: Vec<(Digest, Descriptor)> = Vec::new();
        for (r, d) in targets.iter().zip(drafts) {
            let p = platform_of(&d);
            let b = d.finish(&mut stage)?;
            images.push((p, b.manifest.digest.clone()));
            built.push((r.manifest.digest.clone(), b.entry));
        }
        let mut entries = Vec::new();
        for d in &idx.manifests {
            if let Some((_, desc)) = built.iter().find(|(old, _)| *old == d.digest) {
                entries.push(desc.clone());
                continue;
            }
            if crate::descriptor::is_attestation(d)
                && d.annotation("vnd.docker.reference.digest")
                    .is_some_and(|r| built.iter().any(|(old, _)| old.to_string() == r))
            {
                notes.push(format!(
                    "dropped the attestation {} of a changed image (it describes the old one)",
                    d.digest
                ));
                continue;
            }
            keep_tree(&mut stage, &input.repo, dst, d, 0).await?;
            entries.push(d.clone());
        }
        let top = finish_index(
            &mut stage,
            Some(&input.manifest),
            entries,
            &m.edits.index_annotations,
        )?;
        return Ok(Outcome {
            stage,
            top,
            images,
            notes,
            compressed: compressed.len(),
        });
    }
    // Several platforms picked out of an index make an index of their own.
    let index = (input.is_index() && drafts.len() > 1).then_some(&input.manifest);
    let mut out = finish_all(stage, drafts, index, &m.edits, notes)?;
    out.compressed = compressed.len();
    Ok(out)
}

/// Keeps a manifest hoist does not change (and, when the destination is elsewhere, what it
/// lists) in the stage, byte for byte.
pub fn keep_tree<'a>(
    stage: &'a mut Stage,
    repo: &'a Repo,
    dst: &'a Repo,
    d: &'a Descriptor,
    depth: usize,
) -> futures_util::future::BoxFuture<'a, Result<()>> {
    Box::pin(async move {
        if depth > crate::manifest::MAX_NESTING {
            return Err(crate::manifest::too_deep(&format!("`{}`", repo.display())).into());
        }
        if repo.same_place(dst) {
            stage.mark_present(&d.digest);
            return Ok(());
        }
        let m = repo
            .manifest_at(d)
            .await
            .with_context(|| format!("reading `{}`", repo.display_at(&d.digest)))?;
        stage.keep_manifest(&m, false)?;
        match m.view()? {
            View::Image(img) => {
                stage.blob_from(&img.config.digest, repo);
                for l in &img.layers {
                    stage.blob_from(&l.digest, repo);
                }
            }
            View::Index(idx) => {
                for c in &idx.manifests {
                    keep_tree(stage, repo, dst, c, depth + 1).await?;
                }
            }
            View::Schema1(_) => {}
        }
        Ok(())
    })
}

/// Checks that `d` starts with `base`'s layers (by diffID); else exit 5 naming the first
/// layer that differs.
pub fn check_prefix(d: &Draft, base: &Draft) -> Result<()> {
    for (i, ol) in base.layers.iter().enumerate() {
        let Some(sl) = d.layers.get(i) else {
            return Err(Failure::verify(format!(
                "`{}` has {} layers, fewer than the base `{}` ({})",
                d.from,
                d.layers.len(),
                base.from,
                base.layers.len()
            ))
            .into());
        };
        if sl.diff_id != ol.diff_id {
            return Err(Failure::verify(format!(
                "layer {} of `{}` is not the base's: diffID {} where `{}` has {}",
                i + 1,
                d.from,
                sl.diff_id,
                base.from,
                ol.diff_id
            ))
            .hint("the image was not built on that base; `hoist image diff` shows what differs")
            .into());
        }
    }
    Ok(())
}

/// `image rebase`: SRC's first layers must be OLD's (by diffID); they become NEW's.
pub async fn rebase(
    client: &Client,
    src: &ImageRef,
    old: &ImageRef,
    new: &ImageRef,
    edits: &Edits,
    platforms: &[Platform],
) -> Result<Outcome> {
    let (input, old, new) = tokio::try_join!(
        Input::open(client, src),
        Input::open(client, old),
        Input::open(client, new)
    )?;
    let targets = input.targets(platforms).await?;
    let drafts = in_order(targets.iter().map(|r| {
        let (input, old, new) = (&input, &old, &new);
        async move {
            let mut d = Draft::load(&input.repo, r).await?;
            let p = platform_of(&d);
            let (o, n) = tokio::try_join!(old.draft_for(&p), new.draft_for(&p))?;
            check_prefix(&d, &o)?;
            let app: Vec<Layer> = d.layers.split_off(o.layers.len());
            d.layers = n.layers;
            d.layers.extend(app);
            edits.apply(&mut d);
            Ok::<_, anyhow::Error>(d)
        }
    }))
    .await?;
    let index = input.is_index().then_some(&input.manifest);
    finish_all(Stage::new()?, drafts, index, edits, Vec::new())
}

/// `copy --compress`: the image at `src` (or the `platforms` asked for) with its uncompressed
/// layers compressed with `c`, staged for `dst`. `None`, having done nothing, when no layer is
/// uncompressed: the image is then copied as it is.
pub async fn compress_copy(
    client: &Client,
    src: &ImageRef,
    dst: &Repo,
    platforms: Vec<Platform>,
    c: crate::media_types::Compression,
) -> Result<Option<Outcome>> {
    let m = Modify {
        edits: super::edit::Edits::default(),
        layer_rm: Vec::new(),
        layer_rm_created_by: None,
        layer_add: Vec::new(),
        platforms,
        only_platforms: true,
        compress: Some(c),
    };
    let out = modify(client, src, dst, &m).await?;
    Ok((out.compressed > 0).then_some(out))
}
