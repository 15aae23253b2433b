//! `hoist sync`: many images moved by the copy engine, from a YAML file shaped like regsync's.
//!
//! A sync file lists entries (an image, a repository's tags, or a registry's repositories) and
//! defaults every entry may override. The entries expand into *items*, one per source image
//! and tag. `--shard I/N` keeps the items whose source reference hashes (sha256) to I modulo
//! N, so N jobs that each run one shard mirror disjoint sets whose union is the whole list.
//!
//! Each item costs one HEAD on each side when nothing changed: the source's digest is compared
//! with the target's (or, for `platformsIndex: new`, with the source digest the target's index
//! records), and no manifest is read, so an unchanged Docker Hub mirror spends no pulls.
//! Changed items are copied by digest (what the HEAD saw), by [`crate::transfer::copy`].
//!
//! It returns a report; it must not print beyond the status callback it is given.

use std::collections::BTreeMap;

use anyhow::Result;
use serde::Serialize;

use crate::client::Client;
use crate::error::{Failure, Kind, kind_of, render};
use crate::output::Printer;
use crate::platform::{Platform, Selector};
use crate::reference::{ImageRef, Reference};
use crate::repo::Repo;
use crate::transfer::copy::{Copier, Options, SOURCE_DIGEST};

mod file;
pub mod gotmpl;
pub mod masterminds;
mod plan;
pub mod regsync;
pub mod schedule;

pub use file::*;
pub use plan::*;
pub use regsync::backup_name;

/// What happened to one item.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    pub source: String,
    pub target: String,
    /// `copied`, `unchanged`, `would copy` (dry run) or `failed`.
    pub status: String,
    /// The digest at the target: the source's, or with `platformsIndex: new` the index written
    /// from it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
    /// The source's digest, when the target's differs (a platform selection).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_digest: Option<String>,
    pub bytes: u64,
    /// Manifests read from the source (what Docker Hub counts as pulls).
    pub pulls: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backup: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Why an item was `skipped` (a media type the entry's `mediaTypes` leaves out).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// What to try, for a failure.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hints: Vec<String>,
    #[serde(skip)]
    pub code: i32,
}

/// How a sync run goes.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    pub dry_run: bool,
    pub keep_going: bool,
    pub jobs: usize,
    /// Stop (or, with `rate_wait`, wait) when a source says no more than this many pulls are
    /// left (`ratelimit-remaining`, as Docker Hub sends it).
    pub rate_floor: Option<u64>,
    pub rate_wait: bool,
    /// How often to ask again while waiting (a HEAD, which spends no pull).
    pub rate_poll: std::time::Duration,
}

/// What a run's items share.
struct RunState {
    /// Copies running at once (`--jobs`); checks (HEADs) run four times as many.
    copies: tokio::sync::Semaphore,
    /// Set once a source's pulls reached the floor without waiting: nothing more starts.
    stop: std::sync::atomic::AtomicBool,
    /// The blobs the run's copies placed on each destination registry, and where.
    placed: std::sync::Arc<crate::transfer::copy::Placed>,
}

fn platforms_of(s: &Settings) -> Result<Vec<Platform>> {
    let mut out = Vec::new();
    for p in s.platforms.iter().flatten() {
        match Selector::parse(p)? {
            Selector::All => return Ok(Vec::new()),
            Selector::One(p) => out.push(p),
        }
    }
    Ok(out)
}

/// The platforms of an entry copied as regsync's `platforms` copies them (the source index
/// kept, only those children): none for `platformsIndex: new` or a single `platform`.
fn sparse_platforms(item: &Item) -> Result<Vec<Platform>> {
    if item.platform.is_some() || writes_new_index(item) {
        return Ok(Vec::new());
    }
    platforms_of(&item.settings)
}

/// Whether `platforms` are written as a new index (hoist's `platformsIndex: new`).
fn writes_new_index(item: &Item) -> bool {
    item.platform.is_none()
        && item
            .settings
            .platforms
            .as_ref()
            .is_some_and(|p| !p.is_empty())
        && item.settings.platforms_index.as_deref() == Some("new")
}

/// Whether the target already holds what the source has (`digest`): the same digest, or an
/// index hoist wrote from that source's platforms. Answers the target's digest when it does.
async fn unchanged(
    client: &Client,
    item: &Item,
    digest: &crate::digest::Digest,
    filtered: bool,
) -> Result<Option<crate::digest::Digest>> {
    unchanged_at(
        client,
        item,
        digest,
        filtered,
        client.head_manifest(&item.dst).await,
    )
    .await
}

/// [`unchanged`] with the target's HEAD already made (`head`).
async fn unchanged_at(
    client: &Client,
    item: &Item,
    digest: &crate::digest::Digest,
    filtered: bool,
    head: Result<crate::client::api::ManifestHead>,
) -> Result<Option<crate::digest::Digest>> {
    let head = match head {
        Ok(h) => h,
        Err(e) if kind_of(&e) == Kind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    if &head.descriptor.digest == digest {
        return Ok(Some(digest.clone()));
    }
    if !filtered {
        return Ok(None);
    }
    let m = client.get_manifest(&item.dst).await?;
    let ours = matches!(m.view(), Ok(crate::manifest::View::Index(i))
        if i.annotations
            .as_ref()
            .and_then(|a| a.get(SOURCE_DIGEST))
            .is_some_and(|d| *d == digest.to_string()));
    Ok(ours.then_some(m.digest))
}

/// The copy options of an entry's `referrerFilters`, `referrerSource` and `referrerTarget`.
fn referrer_options(s: &Settings) -> Result<Options> {
    let at = |r: &Option<String>| r.as_deref().map(Reference::parse).transpose();
    Ok(Options {
        referrer_filters: s.referrer_filters.clone().unwrap_or_default(),
        referrer_source: at(&s.referrer_source)?,
        referrer_target: at(&s.referrer_target)?,
        include_external: s.include_external.unwrap_or(false),
        ..Options::default()
    })
}

/// The item's source (at `digest`, when given) and target, as repositories of `client`.
fn repos(
    client: &Client,
    item: &Item,
    digest: Option<&crate::digest::Digest>,
) -> Result<(Repo, Repo)> {
    let src = match digest {
        Some(d) => item.src.with_digest(d.clone()),
        None => item.src.clone(),
    };
    Ok((
        Repo::open(client, &ImageRef::Registry(src))?,
        Repo::open(client, &ImageRef::Registry(item.dst.clone()))?,
    ))
}

/// Carries the digest tags (`sha256-<hex>.sig`, `.att`, `.sbom`, ...) of the image at `digest`
/// and of its children to the target, as `copy --digest-tags` does; tags already there as they
/// are at the source cost two HEADs.
async fn carry_digest_tags(
    client: &Client,
    item: &Item,
    digest: &crate::digest::Digest,
    index: bool,
    jobs: usize,
    printer: &Printer,
    out: &mut Outcome,
) -> Result<()> {
    let (src, dst) = repos(client, item, None)?;
    // An index's children are read from the target's copy: no pull is spent on the source.
    // A sparse index's children of other platforms were not copied, nor are their tags.
    let sparse = sparse_platforms(item)?;
    let mut subjects = vec![digest.clone()];
    if index {
        let at_target = client.get_manifest(&item.dst).await?;
        if let Ok(crate::manifest::View::Index(idx)) = at_target.view() {
            subjects.extend(
                idx.manifests
                    .iter()
                    .filter(|d| sparse.is_empty() || crate::descriptor::is_one_of(d, &sparse))
                    .map(|d| d.digest.clone()),
            );
        }
    }
    let carried =
        crate::transfer::digest_tags::copy(&src, &dst, &subjects, None, jobs, printer).await?;
    out.bytes += carried.bytes;
    out.pulls += carried.manifests_read;
    Ok(())
}

/// One lock per target repository: copies into one repository run one at a time (tags of one
/// image share every blob; two copies mounting and uploading them at once race in the
/// registry), while copies into different repositories run together.
type Locks = std::collections::HashMap<String, std::sync::Arc<tokio::sync::Mutex<()>>>;

/// Syncs one item.
async fn sync_item(
    client: &Client,
    item: &Item,
    o: &RunOptions,
    printer: &Printer,
    locks: &Locks,
    state: &RunState,
) -> Outcome {
    let mut out = Outcome {
        source: item.source.clone(),
        target: item.target.clone(),
        status: "failed".into(),
        digest: None,
        source_digest: None,
        bytes: 0,
        pulls: 0,
        backup: None,
        error: None,
        hints: Vec::new(),
        reason: None,
        code: 0,
    };
    if state.stop.load(std::sync::atomic::Ordering::SeqCst) {
        out.status = "stopped".into();
        return out;
    }
    let r: Result<()> = async {
        let platforms = match item.platform {
            Some(_) => Vec::new(),
            None => platforms_of(&item.settings)?,
        };
        // regsync's `platforms` keeps the source index; hoist's `platformsIndex: new` writes a
        // new one of those platforms, which records the source's digest.
        let new_index = !platforms.is_empty() && writes_new_index(item);
        // Both sides at once: an unchanged image costs one round trip, not two.
        let (src_head, dst_head) = tokio::join!(
            client.head_manifest(&item.src),
            client.head_manifest(&item.dst)
        );
        let mut head = src_head?;
        let mut digest = head.descriptor.digest.clone();
        // regsync's `mediaTypes`: other manifests are skipped, not failed.
        let media_type = head.descriptor.media_type.clone();
        let is_index = crate::media_types::is_index(&media_type);
        if let Some(allowed) = &item.settings.media_types
            && !allowed.contains(&media_type)
        {
            out.status = "skipped".into();
            out.reason = Some(format!(
                "its media type `{media_type}` is not in `mediaTypes`"
            ));
            return Ok(());
        }
        // regsync's `platform`: that image of an index, copied as its own manifest.
        if let Some(p) = &item.platform
            && is_index
        {
            let idx = client
                .get_manifest(&item.src.with_digest(digest.clone()))
                .await?;
            out.pulls += 1;
            let crate::manifest::View::Index(list) = idx.view()? else {
                unreachable!("an index by its media type")
            };
            digest = crate::descriptor::pick(&list.manifests, p, &item.source)?
                .digest
                .clone();
        }
        out.digest = Some(digest.to_string());
        let force = item.settings.force_recursive.unwrap_or(false);
        // Blob transfers of each copy: the entry's `parallel`, else the run's jobs.
        let jobs = item.settings.parallel.unwrap_or(o.jobs).max(1);
        if let Some(at_target) = unchanged_at(client, item, &digest, new_index, dst_head).await?
            && !force
        {
            out.status = "unchanged".into();
            if at_target != digest {
                out.digest = Some(at_target.to_string());
                out.source_digest = Some(digest.to_string());
            }
            // The image is there; what was signed or attested since is not, until carried
            // (not with `fastCheck`, which looks no further than the image).
            let look_further = !item.settings.fast_check.unwrap_or(false) && !o.dry_run;
            let quiet = Printer::new(printer.format.clone(), true);
            if item.settings.digest_tags.unwrap_or(false) && look_further {
                carry_digest_tags(client, item, &digest, is_index, jobs, &quiet, &mut out).await?;
            }
            // Referrers attached since the image was mirrored (or turned on since) come now:
            // the image is skipped at the target, its referrers are copied.
            if item.settings.referrers.unwrap_or(false) && look_further && at_target == digest {
                let (src, dst) = repos(client, item, Some(&digest))?;
                let opts = Options {
                    referrers: true,
                    jobs,
                    ..referrer_options(&item.settings)?
                };
                let done = Copier::new(&src, &dst, &opts, &quiet)
                    .run(item.dst.tag.clone())
                    .await?;
                out.bytes += done.summary.bytes;
                out.pulls += done.summary.manifests_read;
            }
            return Ok(());
        }
        if o.dry_run {
            out.status = "would copy".into();
            return Ok(());
        }
        let _one = match locks.get(&item.dst.name()) {
            Some(l) => Some(l.lock().await),
            None => None,
        };
        let _slot = state.copies.acquire().await.expect("never closed");
        // The floor: `--rate-floor`, else the entry's `ratelimit.min` (regsync waits while
        // fewer than `min` are left, asking again every `retry`).
        let (rate_floor, rate_wait, rate_poll) = match (&o.rate_floor, &item.settings.ratelimit) {
            (Some(f), _) => (Some(*f), o.rate_wait, o.rate_poll),
            (None, Some(r)) if r.min > 0 => (
                Some(r.min - 1),
                true,
                r.retry
                    .as_deref()
                    .map(regsync::duration)
                    .transpose()?
                    .unwrap_or(regsync::MIN_RETRY)
                    .max(regsync::MIN_RETRY),
            ),
            _ => (None, o.rate_wait, o.rate_poll),
        };
        // A copy spends pulls: not below the floor. Copies that ran meanwhile spent some, so
        // ask again (a HEAD spends none).
        if rate_floor.is_some() {
            head = client.head_manifest(&item.src).await?;
        }
        if let Some(floor) = rate_floor {
            while let Some(left) = head.rate_limit.as_ref().and_then(|r| r.remaining)
                && left <= floor
            {
                if !rate_wait || o.dry_run {
                    state.stop.store(true, std::sync::atomic::Ordering::SeqCst);
                    out.status = "stopped".into();
                    return Ok(());
                }
                printer.status(format!(
                    "`{}` has {left} pulls left (floor {floor}); waiting {} s for its window",
                    item.src.registry,
                    rate_poll.as_secs()
                ));
                tokio::time::sleep(rate_poll).await;
                head = client.head_manifest(&item.src).await?;
            }
        }
        // Another tag of the same image may have just been copied: ask again.
        if let Some(at_target) = unchanged(client, item, &digest, new_index).await?
            && !force
        {
            out.status = "unchanged".into();
            if at_target != digest {
                out.digest = Some(at_target.to_string());
                out.source_digest = Some(digest.to_string());
            }
            return Ok(());
        }
        // Keep the target's old image under the backup name before the tag moves.
        if let Some(template) = &item.settings.backup {
            match client.get_manifest(&item.dst).await {
                Ok(old) => {
                    let tag = backup_name(template, &item.dst)?;
                    client.put_manifest(&item.dst, &tag, &old).await?;
                    out.backup = Some(tag);
                }
                Err(e) if kind_of(&e) == Kind::NotFound => {}
                Err(e) => return Err(e),
            }
        }
        let (src, dst) = repos(client, item, Some(&digest))?;
        let opts = Options {
            platforms: platforms.clone(),
            referrers: item.settings.referrers.unwrap_or(false),
            dry_run: false,
            jobs,
            force,
            mark_source: new_index,
            sparse: !platforms.is_empty() && !new_index,
            dest_digest: None,
            ..referrer_options(&item.settings)?
        };
        let quiet = Printer::new(printer.format.clone(), true);
        let done = Copier::new(&src, &dst, &opts, &quiet)
            .with_placed(state.placed.clone())
            .run(item.dst.tag.clone())
            .await?;
        out.bytes += done.summary.bytes;
        out.pulls += done.summary.manifests_read;
        if done.digest != digest {
            out.digest = Some(done.digest.to_string());
            out.source_digest = Some(digest.to_string());
        }
        if item.settings.digest_tags.unwrap_or(false) {
            carry_digest_tags(client, item, &digest, is_index, opts.jobs, &quiet, &mut out).await?;
        }
        out.status = "copied".into();
        Ok(())
    }
    .await;
    if let Err(e) = r {
        out.status = "failed".into();
        out.code = kind_of(&e).code();
        out.error = Some(render(&e));
        out.hints = crate::error::hints_of(&e);
    }
    out
}

/// The run's results, in item order.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub items: Vec<Outcome>,
    pub copied: usize,
    pub unchanged: usize,
    pub failed: usize,
    pub bytes: u64,
    pub pulls: u64,
    /// Items not run because an earlier one failed (without `--keep-going`).
    pub not_run: usize,
    /// Items not copied because a source's pulls reached the floor.
    pub stopped: usize,
    /// Items left out by the entry's `mediaTypes`.
    pub skipped: usize,
}

impl Report {
    /// The run as a result: stopped at a rate-limit floor (exit 1, with what to do), or some
    /// items failed (the worst failure's exit code, with the failures' hints, each once: a
    /// missing login fails every image alike).
    pub fn check(&self) -> Result<()> {
        let total = self.items.len();
        if self.stopped > 0 && self.failed == 0 {
            return Err(Failure::new(
            Kind::Other,
            format!(
                "stopped at the rate-limit floor: {} of {} images not copied",
                self.stopped,
                total
            ),
        )
        .hint("run the same command after the registry's window; images already copied cost a HEAD each, or pass `--rate-wait`")
        .into());
        }
        if self.failed > 0 {
            // The failures' hints, each once: a missing login fails every image alike.
            let mut f = Failure::new(
                Kind::from_code(self.code()),
                format!("{} of {} images failed", self.failed, total),
            );
            for h in self.items.iter().flat_map(|o| o.hints.iter()) {
                if !f.hints.contains(h) && f.hints.len() < 3 {
                    f = f.hint(h.clone());
                }
            }
            return Err(f.into());
        }
        Ok(())
    }

    /// The exit code of the worst failure (0 when none).
    pub fn code(&self) -> i32 {
        self.items.iter().map(|o| o.code).max().unwrap_or(0)
    }
}

/// Runs the items, `jobs` at once; `each` is told every outcome as it lands.
pub async fn run(
    client: &Client,
    items: &[Item],
    o: &RunOptions,
    printer: &Printer,
    mut each: impl FnMut(&Outcome),
) -> Report {
    use futures_util::StreamExt as _;
    let total = items.len();
    let locks: Locks = items
        .iter()
        .map(|it| (it.dst.name(), Default::default()))
        .collect();
    let locks = &locks;
    let state = RunState {
        copies: tokio::sync::Semaphore::new(o.jobs.max(1)),
        stop: Default::default(),
        placed: Default::default(),
    };
    let state = &state;
    let mut results: BTreeMap<usize, Outcome> = BTreeMap::new();
    let mut stream =
        futures_util::stream::iter(items.iter().enumerate().map(|(i, it)| async move {
            (i, sync_item(client, it, o, printer, locks, state).await)
        }))
        .buffer_unordered(o.jobs.max(1) * 4);
    while let Some((i, r)) = stream.next().await {
        each(&r);
        let failed = r.status == "failed";
        results.insert(i, r);
        if failed && !o.keep_going {
            break;
        }
    }
    drop(stream);
    let not_run = total - results.len();
    let items: Vec<Outcome> = results.into_values().collect();
    let count = |s: &str| items.iter().filter(|o| o.status == s).count();
    Report {
        copied: count("copied"),
        unchanged: count("unchanged"),
        failed: count("failed"),
        bytes: items.iter().map(|o| o.bytes).sum(),
        pulls: items.iter().map(|o| o.pulls).sum(),
        not_run,
        stopped: count("stopped"),
        skipped: count("skipped"),
        items,
    }
}
