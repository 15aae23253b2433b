//! `hoist copy`: moving images between registries and OCI layouts, byte for byte.
//!
//! Manifests are pushed exactly as fetched (never re-serialised), children before parents and
//! the tag last, so a failure part-way leaves the destination tag untouched. Work is avoided
//! wherever the destination can tell us it is not needed: a manifest already there (by digest)
//! skips its whole subtree, a blob already there is skipped after a HEAD, a blob on the same
//! registry is mounted across repositories, blobs shared between platforms move once, and a
//! retag within one repository is a single manifest PUT. Blob bytes stream from the source GET
//! straight into the destination PUT; they are hashed on the way, and a mismatch aborts the
//! upload before the registry commits it.

mod blobs;

pub use blobs::SMALL_BLOB;
use blobs::{AHEAD, SLOT_PARTS};

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use anyhow::{Context as _, Result};
use bytes::Bytes;
use futures_util::StreamExt as _;
use futures_util::future::LocalBoxFuture;
use serde::Serialize;

use super::BlobReader;
use crate::digest::Digest;
use crate::error::{Failure, Kind};
use crate::manifest::{Descriptor, Manifest, View};
use crate::output::{Printer, human_size};
use crate::platform::Platform;
use crate::repo::Repo;

/// The annotation of an index `copy` wrote from a selection of a source index's platforms
/// (with [`Options::mark_source`]): the source index's digest.
pub const SOURCE_DIGEST: &str = "dev.hoist.source.digest";

/// What `hoist copy` was asked to do.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Only these platforms (empty: everything).
    pub platforms: Vec<Platform>,
    pub referrers: bool,
    pub dry_run: bool,
    pub jobs: usize,
    pub force: bool,
    /// With `platforms`, always write a new index (one platform too) and record the source's
    /// digest in its `dev.hoist.source.digest` annotation, so `sync` can tell later, from the
    /// destination alone, that it holds this source's selection.
    pub mark_source: bool,
    /// With `platforms`, keep the source index as it is (its digest too) and copy only the
    /// children that are exactly one of those platforms (regsync's `platforms`): the
    /// destination then holds an index some of whose children it lacks, which registries that
    /// check an index's children refuse.
    pub sparse: bool,
    /// The destination names this digest (`R@sha256:...`): the copy must produce exactly it,
    /// or nothing is written (exit 2).
    pub dest_digest: Option<crate::digest::Digest>,
    /// With `referrers`: only those matching one of these (none: every referrer).
    pub referrer_filters: Vec<ReferrerFilter>,
    /// With `referrers`: the repository (on the source's registry client) referrers are read
    /// from, and the one they are written to, when not the image's own (regsync's
    /// `referrerSource` and `referrerTarget`).
    pub referrer_source: Option<crate::reference::Reference>,
    pub referrer_target: Option<crate::reference::Reference>,
    /// Non-distributable layers are copied from the source like any other blob, instead of
    /// left at their URLs (regsync's `includeExternal`).
    pub include_external: bool,
}

/// Which referrers to copy (regsync's `referrerFilters`): an artifact type, and annotations
/// whose values must match (an empty value: the key must be there).
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ReferrerFilter {
    pub artifact_type: Option<String>,
    #[serde(default)]
    pub annotations: std::collections::BTreeMap<String, String>,
}

impl ReferrerFilter {
    pub fn matches(&self, d: &Descriptor) -> bool {
        if let Some(t) = &self.artifact_type
            && d.artifact_type.as_deref() != Some(t.as_str())
        {
            return false;
        }
        self.annotations.iter().all(|(k, v)| match d.annotation(k) {
            Some(have) => v.is_empty() || have == v,
            None => false,
        })
    }
}

/// Blobs and bytes known and done, for the overall progress line.
#[derive(Debug, Clone, Copy, Default)]
struct Progress {
    blobs_total: u64,
    blobs_done: u64,
    bytes_total: u64,
    bytes_done: u64,
}

/// What a copy did.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    pub manifests_pushed: u64,
    pub manifests_skipped: u64,
    /// Manifests read from the source (what registries with pull limits count as pulls).
    pub manifests_read: u64,
    pub blobs_copied: u64,
    pub blobs_skipped: u64,
    pub blobs_mounted: u64,
    /// Non-distributable layers left at their URLs.
    pub blobs_foreign: u64,
    pub bytes: u64,
    pub seconds: f64,
}

pub struct Copier<'a> {
    src: &'a Repo,
    dst: &'a Repo,
    opts: &'a Options,
    printer: &'a Printer,
    multi: indicatif::MultiProgress,
    /// The overall line on a terminal (hidden otherwise).
    overall: indicatif::ProgressBar,
    /// What the overall line counts.
    progress: Mutex<Progress>,
    summary: Mutex<Summary>,
    /// One transfer per blob digest: every manifest that names a blob awaits the same
    /// transfer, so no manifest is pushed before all of its blobs have committed.
    blobs: super::SingleFlight<Digest, ()>,
    /// One copy per manifest digest, awaited by every parent that lists it (a manifest graph
    /// is acyclic: a document cannot contain its own digest; loops come only through
    /// referrers, which are copied afterwards).
    manifests: super::SingleFlight<Digest, ()>,
    /// Every manifest the copy reached, with its nesting depth, in order: their referrers are
    /// copied once the whole tree is at the destination.
    reached: Mutex<Vec<(Digest, usize)>>,
    /// The destination repository has no tags: nothing of ours can be there, so existence
    /// checks are skipped (at worst a blob orphaned by an aborted copy is uploaded again).
    fresh: Mutex<bool>,
    /// Transfer slots: `jobs` large blob bodies in flight at most. A small blob (under
    /// [`SMALL_BLOB`]) costs registry round trips rather than bandwidth, so it takes a quarter
    /// slot. Existence checks and upload sessions (no data) are opened ahead of the slots so
    /// the registry's per-request latency overlaps the transfers.
    transfers: tokio::sync::Semaphore,
    /// Blobs read from elsewhere than `src` (see [`Sources`]); when set, the source is a
    /// staging area of new documents.
    sources: Option<Sources>,
    /// Blobs other copies of a run placed on the destination registry, and where.
    placed: Option<Arc<Placed>>,
    /// The source manifest, when the caller has read it already.
    top: Option<Manifest>,
}

/// Which repository of a registry a blob was placed in by some copy of a run: one transfer
/// per blob and destination registry (see [`Copier::with_placed`]).
pub type Placed = super::SingleFlight<(String, Digest), String>;

/// Where the blobs of documents hoist authored come from (`image compose`, `mod`, `squash`,
/// `rebase`, `index`): the copy's source holds the new documents and blobs (a staging
/// layout), and the blobs the new images share with their inputs are read from, or mounted
/// from, the input that has them.
#[derive(Clone, Default)]
pub struct Sources {
    /// Blobs that live somewhere other than the copy's source.
    pub blobs: HashMap<Digest, Repo>,
    /// Documents hoist authored: pushed without asking whether the destination has them.
    pub authored: HashSet<Digest>,
    /// Manifests known to be at the destination (an index's existing children).
    pub present: HashSet<Digest>,
}

/// The outcome: the destination's digest and what moved.
pub struct Copied {
    /// The source's manifest as it was read (before any platform selection).
    pub source: Manifest,
    pub digest: Digest,
    pub media_type: String,
    pub summary: Summary,
    /// Said to the user when the destination digest is not the source's.
    pub note: Option<String>,
}

impl<'a> Copier<'a> {
    pub fn new(
        src: &'a Repo,
        dst: &'a Repo,
        opts: &'a Options,
        printer: &'a Printer,
    ) -> Copier<'a> {
        let multi = indicatif::MultiProgress::new();
        let overall = if printer.bars() {
            let pb = multi.add(indicatif::ProgressBar::new_spinner());
            pb.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {elapsed} {msg}")
                    .expect("static template"),
            );
            pb.enable_steady_tick(std::time::Duration::from_millis(120));
            pb
        } else {
            indicatif::ProgressBar::hidden()
        };
        Copier {
            src,
            dst,
            opts,
            printer,
            multi,
            overall,
            summary: Mutex::new(Summary::default()),
            progress: Mutex::new(Progress::default()),
            blobs: super::SingleFlight::default(),
            manifests: super::SingleFlight::default(),
            reached: Mutex::new(Vec::new()),
            fresh: Mutex::new(false),
            transfers: tokio::sync::Semaphore::new(opts.jobs.max(1) * SLOT_PARTS as usize),
            sources: None,
            placed: None,
            top: None,
        }
    }

    /// Copies `top`, the source's manifest already read (and checked) by the caller, instead of
    /// reading it again: a second read is a second pull where pulls are counted.
    pub fn with_top(mut self, top: Manifest) -> Copier<'a> {
        self.top = Some(top);
        self
    }

    /// Shares the blobs placed on destination registries with the other copies of a run.
    pub fn with_placed(mut self, placed: Arc<Placed>) -> Copier<'a> {
        self.placed = Some(placed);
        self
    }

    /// Copies new documents from a staging area, with their shared blobs read from `sources`.
    /// No existence probe of the destination is made up front: blobs already in the
    /// destination repository are known without asking, blobs on the same registry are
    /// mounted (one request, whether or not the destination has them), and small new blobs
    /// are uploaded without asking first (asking costs as much).
    pub fn with_sources(mut self, sources: Sources) -> Copier<'a> {
        self.sources = Some(sources);
        self
    }

    /// Whether blob `d` stays at its URLs (a non-distributable layer, unless
    /// `include_external`).
    fn leaves_at_url(&self, d: &Descriptor) -> bool {
        d.is_foreign() && !self.opts.include_external
    }

    /// Where blob `d` is read from.
    fn source_of(&self, d: &Digest) -> &Repo {
        self.sources
            .as_ref()
            .and_then(|s| s.blobs.get(d))
            .unwrap_or(self.src)
    }

    /// Same registry and repository: a retag, where every blob and child is already there.
    fn same_repo(&self) -> bool {
        match (self.src.registry_ref(), self.dst.registry_ref()) {
            (Some(a), Some(b)) => a.registry == b.registry && a.repository == b.repository,
            _ => false,
        }
    }

    /// Refreshes the overall line: blobs and bytes done of those known so far (the total
    /// grows as manifests are read), and manifests once they are being pushed.
    fn tick(&self) {
        let s = self.summary.lock().expect("summary").clone();
        let p = *self.progress.lock().expect("progress");
        let manifests = match s.manifests_pushed {
            0 => String::new(),
            n => format!(", {}", crate::output::count(n, "manifest", "manifests")),
        };
        self.overall.set_message(format!(
            "{}/{} blobs, {}/{}{manifests}",
            p.blobs_done,
            p.blobs_total,
            human_size(p.bytes_done),
            human_size(p.bytes_total),
        ));
    }

    /// One event: on a terminal it only moves the overall line (the bars show the rest); in
    /// CI and pipes it is a plain line.
    fn say(&self, msg: String) {
        self.tick();
        if !self.printer.bars() {
            self.printer.status(msg);
        }
    }

    pub async fn run(&self, dst_tag: Option<String>) -> Result<Copied> {
        let started = Instant::now();
        let source = match &self.top {
            Some(m) => m.clone(),
            None => {
                let m = self.src.manifest().await?;
                self.summary.lock().expect("summary").manifests_read += 1;
                m
            }
        };
        let (top, note) = self.select_platforms(source.clone()).await?;
        if let Some(want) = &self.opts.dest_digest
            && *want != top.digest
        {
            return Err(Failure::usage(format!(
                "the destination names {want}, but the copy's manifest is {}: a digest cannot be copied to another digest",
                top.digest
            ))
            .hint("name a tag at the destination, or none: the manifest keeps its own digest")
            .into());
        }
        if self.same_repo() && !self.opts.force {
            // A retag: the manifest and everything it references are already in the repository.
            match &dst_tag {
                Some(t) if !self.opts.dry_run => {
                    self.dst.put_manifest(&top, Some(t)).await?;
                    self.summary.lock().expect("summary").manifests_pushed += 1;
                    self.say(format!("tagged {} as `{t}` (no blobs moved)", top.digest));
                }
                Some(t) => self.say(format!("would tag {} as `{t}`", top.digest)),
                None => {}
            }
        } else {
            if !self.opts.force
                && self.sources.is_none()
                && let Repo::Registry { client, reference } = self.dst
            {
                *self.fresh.lock().expect("fresh") = client.repository_is_empty(reference).await?;
            }
            self.copy_manifest(top.clone(), dst_tag.clone(), 0).await?;
        }
        if self.opts.referrers {
            self.copy_all_referrers().await?;
        }
        self.overall.finish_and_clear();
        let mut summary = self.summary.lock().expect("summary").clone();
        summary.seconds = started.elapsed().as_secs_f64();
        Ok(Copied {
            source,
            digest: top.digest.clone(),
            media_type: top.media_type.clone(),
            summary,
            note,
        })
    }

    /// Narrows an index to the requested platforms: one platform gives that image manifest
    /// itself; several give a new index of just those entries (a new digest).
    async fn select_platforms(&self, top: Manifest) -> Result<(Manifest, Option<String>)> {
        if self.opts.platforms.is_empty() || !top.is_index() {
            return Ok((top, None));
        }
        let View::Index(idx) = top.view()? else {
            unreachable!("is_index")
        };
        if self.opts.sparse {
            let kept = idx
                .manifests
                .iter()
                .filter(|d| crate::descriptor::is_one_of(d, &self.opts.platforms))
                .count();
            if kept == 0 {
                let want: Vec<String> = self.opts.platforms.iter().map(|p| p.to_string()).collect();
                let have = crate::descriptor::list(&idx.manifests);
                return Err(Failure::not_found(format!(
                    "no entry of `{}` is one of the platforms {}",
                    self.src.display(),
                    want.join(", ")
                ))
                .hint(format!("the index has: {}", have.join(", ")))
                .into());
            }
            let note = format!(
                "copied {kept} of the {} entries of index {} (its other children are not at the destination)",
                idx.manifests.len(),
                top.digest
            );
            return Ok((top, Some(note)));
        }
        let mut picked: Vec<Descriptor> = Vec::new();
        for p in &self.opts.platforms {
            let d = crate::descriptor::pick(&idx.manifests, p, &self.src.display())?;
            if !picked.iter().any(|have| have.digest == d.digest) {
                picked.push(d.clone());
            }
        }
        if picked.len() == 1 && !self.opts.mark_source {
            let child = self.src.manifest_at(&picked[0]).await?;
            self.summary.lock().expect("summary").manifests_read += 1;
            let plat = picked[0]
                .platform
                .as_ref()
                .map(|p| p.to_string())
                .unwrap_or_default();
            let note = format!(
                "copied only {plat}: the destination holds that image manifest, whose digest {} is the child's, not the index's {}",
                child.digest, top.digest
            );
            return Ok((child, Some(note)));
        }
        // Several platforms: hoist authors a new index with the chosen entries, in the
        // source's media type.
        let mut doc = serde_json::Map::new();
        doc.insert("schemaVersion".into(), 2.into());
        doc.insert("mediaType".into(), top.media_type.clone().into());
        doc.insert("manifests".into(), serde_json::to_value(&picked)?);
        let mut annotations = idx.annotations.clone().unwrap_or_default();
        if self.opts.mark_source {
            annotations.insert(SOURCE_DIGEST.to_string(), top.digest.to_string());
        }
        if !annotations.is_empty() {
            doc.insert("annotations".into(), serde_json::to_value(&annotations)?);
        }
        let bytes = Bytes::from(serde_json::to_vec(&doc)?);
        let m = Manifest::from_bytes(bytes, Some(&top.media_type))?;
        let note = format!(
            "copied {} platforms into a new index {}; the source index is {}",
            picked.len(),
            m.digest,
            top.digest
        );
        Ok((m, Some(note)))
    }

    /// Copies `m` and everything it lists, children before parents, then pushes it (by tag
    /// when one is given). Without a tag, concurrent and repeated copies of one digest share
    /// one run.
    fn copy_manifest(
        &self,
        m: Manifest,
        tag: Option<String>,
        depth: usize,
    ) -> LocalBoxFuture<'_, Result<()>> {
        Box::pin(async move {
            if depth > crate::manifest::MAX_NESTING {
                return Err(crate::manifest::too_deep(&format!("`{}`", self.src.display())).into());
            }
            match tag {
                None => {
                    let d = m.digest.clone();
                    self.manifests
                        .run(&d, || self.copy_manifest_once(m, None, depth))
                        .await
                }
                Some(t) => self.copy_manifest_once(m, Some(t), depth).await,
            }
        })
    }

    fn copy_manifest_once(
        &self,
        m: Manifest,
        tag: Option<String>,
        depth: usize,
    ) -> LocalBoxFuture<'_, Result<()>> {
        Box::pin(async move {
            self.reached
                .lock()
                .expect("reached")
                .push((m.digest.clone(), depth));
            let fresh = *self.fresh.lock().expect("fresh");
            let exists = match &self.sources {
                Some(s) if s.present.contains(&m.digest) => true,
                Some(s) if s.authored.contains(&m.digest) => false,
                _ => !self.opts.force && !fresh && self.dst.has_manifest(&m.digest).await?,
            };
            if exists {
                self.summary.lock().expect("summary").manifests_skipped += 1;
                self.say(format!("skipped manifest {} (exists)", m.digest));
            } else {
                match m.view()? {
                    View::Index(idx) => {
                        // A sparse copy takes only the children of the chosen platforms.
                        let wanted = idx.manifests.iter().filter(|d| {
                            !self.opts.sparse
                                || self.opts.platforms.is_empty()
                                || crate::descriptor::is_one_of(d, &self.opts.platforms)
                        });
                        let children = futures_util::stream::iter(wanted.map(|d| async move {
                            if self
                                .sources
                                .as_ref()
                                .is_some_and(|s| s.present.contains(&d.digest))
                            {
                                self.summary.lock().expect("summary").manifests_skipped += 1;
                                return Ok(());
                            }
                            self.summary.lock().expect("summary").manifests_read += 1;
                            let child = self.src.manifest_at(d).await.with_context(|| {
                                format!("reading `{}`", self.src.display_at(&d.digest))
                            })?;
                            self.copy_manifest(child, None, depth + 1).await
                        }))
                        .buffer_unordered(self.opts.jobs.max(1))
                        .collect::<Vec<Result<()>>>()
                        .await;
                        children.into_iter().collect::<Result<Vec<()>>>()?;
                    }
                    View::Image(img) => {
                        let mut blobs = vec![img.config.clone()];
                        blobs.extend(img.layers.iter().cloned());
                        // A layout that lacks a blob says so before any upload session opens.
                        if let Repo::Layout { layout, .. } = self.src
                            && let Some(d) = blobs.iter().find(|d| {
                                !self.leaves_at_url(d)
                                    && std::ptr::eq(self.source_of(&d.digest), self.src)
                                    && !layout.blob_path(&d.digest).is_file()
                            })
                        {
                            return Err(Failure::not_found(format!(
                                "blob {} of manifest {} is missing from `{}` (expected at `{}`)",
                                d.digest,
                                m.digest,
                                self.src.display(),
                                layout.blob_path(&d.digest).display()
                            ))
                            .hint("the layout is incomplete; copy it again from its source")
                            .into());
                        }
                        let results =
                            futures_util::stream::iter(blobs.iter().map(|d| self.copy_blob(d)))
                                .buffer_unordered(AHEAD.max(self.opts.jobs))
                                .collect::<Vec<Result<()>>>()
                                .await;
                        results.into_iter().collect::<Result<Vec<()>>>()?;
                    }
                    View::Schema1(_) => {
                        return Err(Failure::new(Kind::Other, format!("`{}` is a Docker schema1 manifest, which hoist does not copy", self.src.display_at(&m.digest)))
                            .hint("convert it with a current tool; schema1 is deprecated and unsupported by most registries")
                            .into());
                    }
                }
            }
            if exists && tag.is_none() {
                return Ok(());
            }
            if self.opts.dry_run {
                // A dry run counts what it would do, so its summary says it.
                self.summary.lock().expect("summary").manifests_pushed += 1;
                self.say(format!(
                    "would push manifest {}{}",
                    m.digest,
                    tag.as_ref()
                        .map(|t| format!(" as `{t}`"))
                        .unwrap_or_default()
                ));
                return Ok(());
            }
            let pushed = self.dst.put_manifest(&m, tag.as_deref()).await;
            if let Err(mut e) = pushed {
                // A registry that checks an index's children refuses a sparse one.
                if self.opts.sparse
                    && m.is_index()
                    && let Some(f) = e.downcast_mut::<Failure>()
                    && f.kind == Kind::Other
                {
                    f.hints.push("the index went as it is, without the children of the platforms not asked for, and this registry checks that an index's children are there: write a new index of just those platforms instead (in a sync file, `platformsIndex: new`)".into());
                }
                return Err(e.context(format!(
                    "pushing manifest {} to `{}`",
                    m.digest,
                    self.dst.display()
                )));
            }
            if !exists {
                self.summary.lock().expect("summary").manifests_pushed += 1;
            }
            Ok(())
        })
    }

    /// Copies the referrers of every manifest the copy reached, after the whole tree is at the
    /// destination (subjects before their referrers), following referrers of referrers.
    /// Loops end: each subject is visited once.
    async fn copy_all_referrers(&self) -> Result<()> {
        let mut visited: HashSet<Digest> = HashSet::new();
        let mut next = 0;
        loop {
            let item = self.reached.lock().expect("reached").get(next).cloned();
            let Some((subject, depth)) = item else {
                return Ok(());
            };
            next += 1;
            if visited.insert(subject.clone()) {
                self.copy_referrers(&subject, depth).await?;
            }
        }
    }

    /// Copies the referrers of `subject` and records them on the destination: the referrers
    /// themselves go by digest, and the `sha256-<hex>` fallback tag lists them (merged with
    /// what the destination already lists), since registries without the referrers API find
    /// them only through that tag.
    async fn copy_referrers(&self, subject: &Digest, depth: usize) -> Result<()> {
        let elsewhere = |r: &Option<crate::reference::Reference>, near: &Repo| match (r, near) {
            (Some(r), Repo::Registry { client, .. }) => Some(Repo::Registry {
                client: client.clone(),
                reference: r.clone(),
            }),
            _ => None,
        };
        let from = elsewhere(&self.opts.referrer_source, self.src);
        let to = elsewhere(&self.opts.referrer_target, self.dst);
        let (src, dst) = (
            from.as_ref().unwrap_or(self.src),
            to.as_ref().unwrap_or(self.dst),
        );
        let Some(list) = src.referrers(subject).await? else {
            return Ok(());
        };
        let View::Index(idx) = list.view()? else {
            return Ok(());
        };
        let filters = &self.opts.referrer_filters;
        let wanted: Vec<Descriptor> = idx
            .manifests
            .into_iter()
            .filter(|d| filters.is_empty() || filters.iter().any(|f| f.matches(d)))
            .collect();
        for d in &wanted {
            self.say(format!(
                "referrer {} of {subject} ({})",
                d.digest,
                d.artifact_type
                    .clone()
                    .unwrap_or_else(|| d.media_type.clone())
            ));
            if from.is_none() && to.is_none() {
                let r = self.src.manifest_at(d).await?;
                self.summary.lock().expect("summary").manifests_read += 1;
                self.copy_manifest(r, None, depth + 1).await?;
            } else {
                // Another repository on either side: a copy of its own, from there to there
                // (the referrers of this referrer are not followed).
                let one = src.with_digest(&d.digest);
                let opts = Options {
                    jobs: self.opts.jobs,
                    dry_run: self.opts.dry_run,
                    ..Options::default()
                };
                let quiet = Printer::new(self.printer.format.clone(), true);
                let copier = Copier::new(&one, dst, &opts, &quiet);
                // Boxed: a copy inside a copy.
                let run: LocalBoxFuture<'_, Result<Copied>> = Box::pin(copier.run(None));
                let done = run.await?;
                let mut s = self.summary.lock().expect("summary");
                s.manifests_read += done.summary.manifests_read;
                s.manifests_pushed += done.summary.manifests_pushed;
                s.blobs_copied += done.summary.blobs_copied;
                s.bytes += done.summary.bytes;
            }
        }
        if self.opts.dry_run || wanted.is_empty() {
            return Ok(());
        }
        // Where the destination has no referrers API, its fallback tag lists them.
        dst.record_referrers(subject, &wanted).await?;
        Ok(())
    }
}
