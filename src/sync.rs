//! `hoist sync`: many images moved by the copy engine, from a YAML file shaped like regsync's.
//!
//! A sync file lists entries (an image, a repository's tags, or a registry's repositories) and
//! defaults every entry may override. The entries expand into *items*, one per source image
//! and tag. `--shard I/N` keeps the items whose source reference hashes (sha256) to I modulo
//! N, so N jobs that each run one shard mirror disjoint sets whose union is the whole list.
//!
//! Each item costs one HEAD on each side when nothing changed: the source's digest is compared
//! with the target's (or, for a platform selection, with the source digest the target's index
//! records), and no manifest is read, so an unchanged Docker Hub mirror spends no pulls.
//! Changed items are copied by digest (what the HEAD saw), by [`crate::transfer::copy`].

use std::collections::BTreeMap;

use anyhow::{Context as _, Result};
use serde::{Deserialize, Serialize};

use crate::auth::Credential;
use crate::client::{Client, ClientOptions};
use crate::error::{Failure, Kind, kind_of, render};
use crate::output::Printer;
use crate::platform::{Platform, Selector};
use crate::reference::{ImageRef, Reference};
use crate::repo::Repo;
use crate::transfer::copy::{Copier, Options, SOURCE_DIGEST};

/// Which tags of a repository to take.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TagRules {
    /// Regular expressions; a tag must match one (when any are given).
    #[serde(default)]
    pub allow: Vec<String>,
    /// Regular expressions; a tag matching one is left out.
    #[serde(default)]
    pub deny: Vec<String>,
    /// A version range (`>=3.19`, `^1.2`, `~1.2.3`, `>=1, <2`); tags that are not versions
    /// are left out when it is given. `v` prefixes and missing minor/patch parts are allowed.
    pub semver: Option<String>,
    /// Only the N highest versions (or, for tags that are not versions, the last N in order).
    pub latest: Option<usize>,
}

/// Settings every entry has; `defaults` gives them to all.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Settings {
    pub parallel: Option<usize>,
    pub referrers: Option<bool>,
    pub digest_tags: Option<bool>,
    pub platforms: Option<Vec<String>>,
    pub tags: Option<TagRules>,
    pub backup: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntryKind {
    #[default]
    Image,
    Repository,
    Registry,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Entry {
    pub source: String,
    pub target: String,
    #[serde(rename = "type", default)]
    pub kind: EntryKind,
    pub parallel: Option<usize>,
    pub referrers: Option<bool>,
    pub digest_tags: Option<bool>,
    pub platforms: Option<Vec<String>>,
    pub tags: Option<TagRules>,
    pub backup: Option<String>,
}

/// Credentials for one registry, each value literal or `{{ env "NAME" }}` (regsync's form).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Creds {
    pub registry: String,
    pub user: Option<String>,
    pub pass: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SyncFile {
    /// regsync writes `version: 1`.
    pub version: Option<u32>,
    #[serde(default)]
    pub creds: Vec<Creds>,
    #[serde(default)]
    pub defaults: Settings,
    #[serde(default)]
    pub sync: Vec<Entry>,
    /// TLS settings per registry (from a skopeo file's `tls-verify` and `cert-dir`).
    #[serde(skip)]
    pub tls: Vec<(String, crate::config::RegistryConfig)>,
}

/// One registry of a `skopeo sync` YAML file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct SkopeoRegistry {
    #[serde(default)]
    images: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    images_by_tag_regex: BTreeMap<String, String>,
    #[serde(default)]
    images_by_semver: BTreeMap<String, String>,
    credentials: Option<SkopeoCreds>,
    tls_verify: Option<bool>,
    cert_dir: Option<std::path::PathBuf>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct SkopeoCreds {
    username: String,
    password: String,
}

/// Whether `text` is a `skopeo sync` file (registries at the top) rather than regsync's shape.
pub fn is_skopeo(text: &str) -> bool {
    match yaml_serde::from_str::<yaml_serde::Value>(text) {
        Ok(yaml_serde::Value::Mapping(m)) => !m
            .keys()
            .any(|k| matches!(k.as_str(), Some("sync" | "defaults" | "creds" | "version"))),
        _ => false,
    }
}

fn entry(source: String, target: String, kind: EntryKind, tags: Option<TagRules>) -> Entry {
    Entry {
        source,
        target,
        kind,
        parallel: None,
        referrers: None,
        digest_tags: None,
        platforms: None,
        tags,
        backup: None,
    }
}

/// A `skopeo sync` file as a sync file whose images land at `dest/<name>`, the last part of
/// each source repository, as `skopeo sync --dest docker` puts them.
pub fn from_skopeo(text: &str, name: &str, dest: &str) -> Result<SyncFile> {
    let regs: BTreeMap<String, SkopeoRegistry> = yaml_serde::from_str(text).map_err(|e| {
        Failure::usage(format!("`{name}` is not a skopeo sync file: {e}"))
            .hint("registries at the top, each with `images`, `images-by-tag-regex`, `images-by-semver`, `credentials`, `tls-verify`, `cert-dir`")
    })?;
    let dest = dest.trim_end_matches('/');
    let mut file = SyncFile {
        version: None,
        creds: Vec::new(),
        defaults: Settings::default(),
        sync: Vec::new(),
        tls: Vec::new(),
    };
    for (reg, r) in regs {
        let last = |repo: &str| repo.rsplit('/').next().unwrap_or(repo).to_string();
        for (repo, refs) in &r.images {
            let target = format!("{dest}/{}", last(repo));
            if refs.is_empty() {
                file.sync.push(entry(
                    format!("{reg}/{repo}"),
                    target.clone(),
                    EntryKind::Repository,
                    None,
                ));
            }
            for t in refs {
                let sep = if t.contains(':') { "@" } else { ":" };
                file.sync.push(entry(
                    format!("{reg}/{repo}{sep}{t}"),
                    format!("{target}{sep}{t}"),
                    EntryKind::Image,
                    None,
                ));
            }
        }
        for (repo, re) in &r.images_by_tag_regex {
            let rules = TagRules {
                allow: vec![re.clone()],
                ..TagRules::default()
            };
            file.sync.push(entry(
                format!("{reg}/{repo}"),
                format!("{dest}/{}", last(repo)),
                EntryKind::Repository,
                Some(rules),
            ));
        }
        for (repo, c) in &r.images_by_semver {
            let rules = TagRules {
                semver: Some(c.clone()),
                ..TagRules::default()
            };
            file.sync.push(entry(
                format!("{reg}/{repo}"),
                format!("{dest}/{}", last(repo)),
                EntryKind::Repository,
                Some(rules),
            ));
        }
        if let Some(c) = &r.credentials {
            file.creds.push(Creds {
                registry: reg.clone(),
                user: Some(c.username.clone()),
                pass: Some(c.password.clone()),
            });
        }
        let mut tls = crate::config::RegistryConfig::default();
        // skopeo's `tls-verify: false` skips verification and allows plain HTTP. Loopback
        // registries already fall back to HTTP (an explicit setting would stop that); others
        // get verification skipped (a plain-HTTP one needs `tls = "disabled"` in hoist's
        // config).
        let host = crate::reference::normalise_registry(&reg);
        if r.tls_verify == Some(false) && !crate::client::is_loopback(&host) {
            tls.tls = Some(crate::config::TlsSetting::Insecure);
        }
        if let Some(dir) = &r.cert_dir {
            for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let p = e.path();
                match p.extension().and_then(|x| x.to_str()) {
                    Some("crt") => tls.ca_file = Some(p),
                    Some("cert") => tls.cert_file = Some(p),
                    Some("key") => tls.key_file = Some(p),
                    _ => {}
                }
            }
        }
        file.tls
            .push((crate::reference::normalise_registry(&reg), tls));
    }
    Ok(file)
}

/// `{{ env "NAME" }}` → the variable's value; anything else as written.
fn expand(v: &str) -> Result<String> {
    let t = v.trim();
    if let Some(inner) = t.strip_prefix("{{").and_then(|x| x.strip_suffix("}}")) {
        let inner = inner.trim();
        if let Some(name) = inner.strip_prefix("env").map(str::trim) {
            let name = name.trim_matches('"');
            return std::env::var(name).map_err(|_| {
                Failure::usage(format!("the sync file reads `${name}`, which is not set")).into()
            });
        }
        return Err(Failure::usage(format!(
            "`{v}`: only `{{{{ env \"NAME\" }}}}` is understood"
        ))
        .into());
    }
    Ok(v.to_string())
}

impl SyncFile {
    pub fn parse(text: &str, name: &str) -> Result<SyncFile> {
        yaml_serde::from_str(text).map_err(|e| {
            Failure::usage(format!("`{name}` is not a sync file: {e}"))
                .hint("a sync file has `sync:` entries with `source`, `target` and `type` (image, repository or registry), and optional `defaults:` and `creds:`")
                .into()
        })
    }

    /// Client options with the file's credentials added (the usual stores still apply to
    /// registries it does not name).
    pub fn client_options(&self, base: &ClientOptions) -> Result<ClientOptions> {
        let mut o = base.clone();
        for (reg, t) in &self.tls {
            o.config.registry.insert(reg.clone(), t.clone());
        }
        for c in &self.creds {
            let user = c
                .user
                .as_deref()
                .map(expand)
                .transpose()?
                .unwrap_or_default();
            let pass = c
                .pass
                .as_deref()
                .map(expand)
                .transpose()?
                .unwrap_or_default();
            o.creds.insert(
                crate::reference::normalise_registry(&c.registry),
                Credential::basic(&user, &pass),
            );
        }
        Ok(o)
    }
}

/// One image to mirror.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    pub source: String,
    pub target: String,
    #[serde(skip)]
    src: Reference,
    #[serde(skip)]
    dst: Reference,
    #[serde(skip)]
    settings: Settings,
}

/// Which shard an image belongs to: the first 8 bytes of sha256(source reference), modulo N.
pub fn shard_of(source: &str, n: u64) -> u64 {
    let d = crate::digest::Digest::sha256(source.as_bytes());
    let v = u64::from_str_radix(&d.hex()[..16], 16).unwrap_or(0);
    v % n.max(1)
}

fn merged(defaults: &Settings, e: &Entry) -> Settings {
    Settings {
        parallel: e.parallel.or(defaults.parallel),
        referrers: e.referrers.or(defaults.referrers),
        digest_tags: e.digest_tags.or(defaults.digest_tags),
        platforms: e.platforms.clone().or_else(|| defaults.platforms.clone()),
        tags: e.tags.clone().or_else(|| defaults.tags.clone()),
        backup: e.backup.clone().or_else(|| defaults.backup.clone()),
    }
}

/// A tag as a version: `v` dropped, missing minor and patch parts taken as 0.
fn version(tag: &str) -> Option<semver::Version> {
    let t = tag.strip_prefix('v').unwrap_or(tag);
    let (core, rest) = match t.find(['-', '+']) {
        Some(i) => (&t[..i], &t[i..]),
        None => (t, ""),
    };
    let mut parts: Vec<&str> = core.split('.').collect();
    if parts.is_empty()
        || parts.len() > 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    while parts.len() < 3 {
        parts.push("0");
    }
    semver::Version::parse(&format!("{}{rest}", parts.join("."))).ok()
}

/// The tags `rules` keep, in a stable order.
pub fn select_tags(mut tags: Vec<String>, rules: &TagRules) -> Result<Vec<String>> {
    let compile = |res: &[String], what: &str| -> Result<Vec<regex_lite::Regex>> {
        res.iter()
            .map(|r| {
                regex_lite::Regex::new(r).map_err(|e| {
                    Failure::usage(format!("`{what}: {r}` is not a regular expression: {e}")).into()
                })
            })
            .collect()
    };
    let allow = compile(&rules.allow, "allow")?;
    let deny = compile(&rules.deny, "deny")?;
    let req =
        match &rules.semver {
            Some(s) => Some(semver::VersionReq::parse(s).map_err(|e| {
                Failure::usage(format!("`semver: {s}` is not a version range: {e}"))
            })?),
            None => None,
        };
    tags.retain(|t| {
        (allow.is_empty() || allow.iter().any(|r| r.is_match(t)))
            && !deny.iter().any(|r| r.is_match(t))
            && req
                .as_ref()
                .is_none_or(|q| version(t).is_some_and(|v| q.matches(&v)))
    });
    tags.sort();
    tags.dedup();
    if let Some(n) = rules.latest {
        // Versions highest first; tags that are not versions after them, last first.
        tags.sort_by(|a, b| match (version(a), version(b)) {
            (Some(x), Some(y)) => y.cmp(&x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => b.cmp(a),
        });
        tags.truncate(n);
        tags.sort();
    }
    Ok(tags)
}

/// Expands the entries into items (listing tags and catalogs as needed).
pub async fn plan(client: &Client, file: &SyncFile) -> Result<Vec<Item>> {
    let mut out = Vec::new();
    for e in &file.sync {
        let settings = merged(&file.defaults, e);
        let rules = settings.tags.clone().unwrap_or_default();
        let mut add = |src: Reference, dst: Reference, tag: &str| {
            let src = Reference {
                tag: Some(tag.to_string()),
                digest: None,
                ..src
            };
            let dst = Reference {
                tag: Some(tag.to_string()),
                digest: None,
                ..dst
            };
            out.push(Item {
                source: src.to_string(),
                target: dst.to_string(),
                src,
                dst,
                settings: settings.clone(),
            });
        };
        match e.kind {
            EntryKind::Image if Reference::parse(&e.source)?.digest.is_some() => {
                // By digest: the target gets it by digest too (no tag).
                let src = Reference::parse(&e.source)?;
                let dst = Reference {
                    tag: None,
                    digest: src.digest.clone(),
                    ..Reference::parse(&e.target)?
                };
                out.push(Item {
                    source: src.to_string(),
                    target: dst.to_string(),
                    src,
                    dst,
                    settings: settings.clone(),
                });
            }
            EntryKind::Image => {
                let src = Reference::parse(&e.source)?;
                let dst = Reference::parse(&e.target)?;
                let tag = src
                    .tag
                    .clone()
                    .unwrap_or_else(|| crate::reference::DEFAULT_TAG.into());
                let dst_tag = dst.tag.clone().unwrap_or_else(|| tag.clone());
                let s = Reference {
                    tag: Some(tag),
                    ..src
                };
                let d = Reference {
                    tag: Some(dst_tag.clone()),
                    ..dst
                };
                out.push(Item {
                    source: s.to_string(),
                    target: d.to_string(),
                    src: s,
                    dst: d,
                    settings: settings.clone(),
                });
            }
            EntryKind::Repository => {
                let src = Reference::parse(&e.source)?;
                let dst = Reference::parse(&e.target)?;
                let tags = client
                    .tags(&src)
                    .await
                    .with_context(|| format!("listing the tags of `{}`", src.name()))?;
                for t in select_tags(tags, &rules)? {
                    add(src.clone(), dst.clone(), &t);
                }
            }
            EntryKind::Registry => {
                let registry = crate::reference::normalise_registry(&e.source);
                let repos = client.catalog(&registry).await?;
                for repo in repos {
                    let src = Reference::parse(&format!("{registry}/{repo}"))?;
                    let dst =
                        Reference::parse(&format!("{}/{repo}", e.target.trim_end_matches('/')))?;
                    let tags = client.tags(&src).await?;
                    for t in select_tags(tags, &rules)? {
                        add(src.clone(), dst.clone(), &t);
                    }
                }
            }
        }
    }
    Ok(out)
}

/// What happened to one item.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    pub source: String,
    pub target: String,
    /// `copied`, `unchanged`, `would copy` (dry run) or `failed`.
    pub status: String,
    /// The digest at the target: the source's, or with `platforms` the index written from it.
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

/// Whether the target already holds what the source has (`digest`): the same digest, or an
/// index hoist wrote from that source's platforms. Answers the target's digest when it does.
async fn unchanged(
    client: &Client,
    item: &Item,
    digest: &crate::digest::Digest,
    filtered: bool,
) -> Result<Option<crate::digest::Digest>> {
    let head = match client.head_manifest(&item.dst).await {
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
        code: 0,
    };
    if state.stop.load(std::sync::atomic::Ordering::SeqCst) {
        out.status = "stopped".into();
        return out;
    }
    let r: Result<()> = async {
        let platforms = platforms_of(&item.settings)?;
        let mut head = client.head_manifest(&item.src).await?;
        let digest = head.descriptor.digest.clone();
        out.digest = Some(digest.to_string());
        if let Some(at_target) = unchanged(client, item, &digest, !platforms.is_empty()).await? {
            out.status = "unchanged".into();
            if at_target != digest {
                out.digest = Some(at_target.to_string());
                out.source_digest = Some(digest.to_string());
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
        // A copy spends pulls: not below the floor. Copies that ran meanwhile spent some, so
        // ask again (a HEAD spends none).
        if o.rate_floor.is_some() {
            head = client.head_manifest(&item.src).await?;
        }
        if let Some(floor) = o.rate_floor {
            while let Some(left) = head.rate_limit.as_ref().and_then(|r| r.remaining)
                && left <= floor
            {
                if !o.rate_wait || o.dry_run {
                    state.stop.store(true, std::sync::atomic::Ordering::SeqCst);
                    out.status = "stopped".into();
                    return Ok(());
                }
                printer.status(format!(
                    "`{}` has {left} pulls left (floor {floor}); waiting {} s for its window",
                    item.src.registry,
                    o.rate_poll.as_secs()
                ));
                tokio::time::sleep(o.rate_poll).await;
                head = client.head_manifest(&item.src).await?;
            }
        }
        // Another tag of the same image may have just been copied: ask again.
        if let Some(at_target) = unchanged(client, item, &digest, !platforms.is_empty()).await? {
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
                    let tag = template.replace("{{tag}}", item.dst.tag.as_deref().unwrap_or(""));
                    client.put_manifest(&item.dst, &tag, &old).await?;
                    out.backup = Some(tag);
                }
                Err(e) if kind_of(&e) == Kind::NotFound => {}
                Err(e) => return Err(e),
            }
        }
        let src = Repo::open(
            client,
            &ImageRef::Registry(item.src.with_digest(digest.clone())),
        )?;
        let dst = Repo::open(client, &ImageRef::Registry(item.dst.clone()))?;
        let opts = Options {
            platforms: platforms.clone(),
            referrers: item.settings.referrers.unwrap_or(false),
            dry_run: false,
            jobs: item.settings.parallel.unwrap_or(o.jobs).max(1),
            force: false,
            mark_source: !platforms.is_empty(),
            dest_digest: None,
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
            // cosign's tags for the image: signatures, attestations, SBOMs.
            for suffix in ["sig", "att", "sbom"] {
                let tag = format!("{}-{}.{suffix}", digest.algorithm().as_str(), digest.hex());
                let s = Reference {
                    tag: Some(tag.clone()),
                    digest: None,
                    ..item.src.clone()
                };
                if client.head_manifest(&s).await.is_err() {
                    continue;
                }
                let src = Repo::open(client, &ImageRef::Registry(s))?;
                let d = Reference {
                    tag: Some(tag.clone()),
                    digest: None,
                    ..item.dst.clone()
                };
                let dst = Repo::open(client, &ImageRef::Registry(d))?;
                let opts = Options {
                    jobs: opts.jobs,
                    ..Options::default()
                };
                let c = Copier::new(&src, &dst, &opts, &quiet)
                    .run(Some(tag))
                    .await?;
                out.bytes += c.summary.bytes;
                out.pulls += c.summary.manifests_read;
            }
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
        items,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_selected_by_rules() {
        let tags: Vec<String> = [
            "3.18", "3.19", "3.20", "3.20.1", "3.21-rc1", "edge", "latest", "v4.0",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let r =
            |allow: &[&str], deny: &[&str], semver: Option<&str>, latest: Option<usize>| TagRules {
                allow: allow.iter().map(|s| s.to_string()).collect(),
                deny: deny.iter().map(|s| s.to_string()).collect(),
                semver: semver.map(str::to_string),
                latest,
            };
        assert_eq!(
            select_tags(tags.clone(), &r(&[r"^3\."], &["-rc"], None, None)).unwrap(),
            ["3.18", "3.19", "3.20", "3.20.1"]
        );
        assert_eq!(
            select_tags(tags.clone(), &r(&[], &[], Some(">=3.19"), None)).unwrap(),
            ["3.19", "3.20", "3.20.1", "v4.0"]
        );
        assert_eq!(
            select_tags(tags.clone(), &r(&[r"^3\."], &["-rc"], None, Some(2))).unwrap(),
            ["3.20", "3.20.1"]
        );
        assert!(select_tags(tags, &r(&["("], &[], None, None)).is_err());
    }

    #[test]
    fn shards_split_and_cover() {
        let names: Vec<String> = (0..50)
            .map(|i| format!("registry.example.com/app:{i}"))
            .collect();
        for n in 1..=5u64 {
            let mut seen = vec![0; names.len()];
            for i in 0..n {
                for (k, name) in names.iter().enumerate() {
                    if shard_of(name, n) == i {
                        seen[k] += 1;
                    }
                }
            }
            assert!(seen.iter().all(|&c| c == 1), "N={n}");
        }
    }

    #[test]
    fn files_parse_like_regsyncs() {
        let f = SyncFile::parse(
            "version: 1\ndefaults: { parallel: 4, referrers: true, digestTags: true, platforms: [linux/amd64] }\nsync:\n  - source: docker.io/library/alpine\n    target: registry.example.com/mirror/alpine\n    type: repository\n    tags: { allow: ['^3\\.'], deny: ['-rc'], semver: '>=3.19', latest: 3 }\n    backup: 'bkup-{{tag}}'\n",
            "t.yaml",
        )
        .unwrap();
        assert_eq!(f.sync[0].kind, EntryKind::Repository);
        assert_eq!(f.defaults.parallel, Some(4));
        assert_eq!(f.sync[0].tags.as_ref().unwrap().latest, Some(3));
        assert!(SyncFile::parse("sync:\n  - source: a\n    targt: b\n", "t").is_err());
    }
}

/// `copy --all-tags SRC_REPO DST_REPO`: a sync file of one repository entry, the tags kept by
/// `include` and dropped by `exclude` (regular expressions, as `tag ls` reads them).
pub fn all_tags(
    source: &str,
    target: &str,
    include: Option<&str>,
    exclude: Option<&str>,
) -> SyncFile {
    SyncFile {
        version: None,
        creds: Vec::new(),
        defaults: Settings::default(),
        sync: vec![Entry {
            source: source.to_string(),
            target: target.to_string(),
            kind: EntryKind::Repository,
            parallel: None,
            referrers: None,
            digest_tags: None,
            platforms: None,
            tags: Some(TagRules {
                allow: include.map(str::to_string).into_iter().collect(),
                deny: exclude.map(str::to_string).into_iter().collect(),
                semver: None,
                latest: None,
            }),
            backup: None,
        }],
        tls: Vec::new(),
    }
}
