//! `hoist digest FILE...` and `hoist digest verify REF`.
//!
//! It parses arguments, calls the library and renders the result; it must not hold logic a library
//! user would need, nor use another command file's.

use std::collections::HashMap;
use std::io::Read;
use std::path::PathBuf;

use anyhow::{Context as _, Result};
use clap::{Args, Subcommand};
use futures_util::StreamExt as _;
use serde::Serialize;

use super::Ctx;
use crate::digest::{Algorithm, Digest, HashingReader};
use crate::error::{Failure, Kind};
use crate::manifest::View;
use crate::media_types::{self as mt, Compression};
use crate::output::{self, print_table, table};
use crate::repo::{self, Repo};
use crate::transfer::verify::{self, LayerCheck};

#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    after_help = "Examples:
  hoist digest layer.tar.gz              # sha256 of the file, and the diffID of its content
  curl -sL URL | hoist digest -
  hoist digest verify ghcr.io/org/app:1.2
  hoist digest verify localhost:5000/app:v1 --platform linux/arm64 --no-diffid"
)]
pub struct DigestArgs {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Local files to hash (`-` for stdin). Compressed files (gzip, zstd) also get the diffID
    /// of their content.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Prove an image is intact: manifest, config, every layer's digest and size, and every
    /// layer's diffID against the config's `rootfs.diff_ids`.
    #[command(after_help = "Examples:
  hoist digest verify alpine:3.20
  hoist digest verify ghcr.io/org/app:1.2 --platform linux/amd64 --format json
  hoist digest verify localhost:5000/app:v1 --no-diffid

Layers are streamed once each: the compressed bytes are hashed as they arrive and inflated
(gzip, multi-member gzip, zstd, or plain tar) and hashed on another thread. Nothing is
written to disk. Any mismatch exits 5 with the expected and actual digests.")]
    Verify(VerifyArgs),
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Image reference.
    pub reference: String,
    /// Platform(s) to verify (default: every platform of an index).
    #[arg(long, short = 'p', value_name = "PLATFORM", default_value = "all")]
    pub platform: String,
    /// Check compressed digests and sizes only (no inflating).
    #[arg(long)]
    pub no_diffid: bool,
    /// Layers verified in parallel.
    #[arg(long, short = 'j', default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub jobs: u16,
}

pub async fn run(ctx: &Ctx, a: DigestArgs) -> Result<()> {
    match a.command {
        Some(Command::Verify(v)) => verify_image(ctx, v).await,
        None if a.files.is_empty() => Err(Failure::usage("name files to hash, or `verify REF`")
            .hint("`hoist digest FILE...` or `hoist digest verify REF`")
            .into()),
        None => files(ctx, a.files).await,
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct FileDigest {
    file: String,
    digest: String,
    size: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    compression: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    diff_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    uncompressed_size: Option<u64>,
}

/// Hashes one stream: the digest of its bytes and, when compressed, of its content.
fn hash_stream(name: String, input: impl Read) -> Result<FileDigest> {
    let mut r =
        std::io::BufReader::with_capacity(256 * 1024, HashingReader::new(input, Algorithm::Sha256));
    let head = std::io::BufRead::fill_buf(&mut r)?.to_vec();
    let compression = verify::sniff(&head);
    let (diff, label) = match compression {
        Compression::None => (None, None),
        c => {
            let label = if c == Compression::Gzip {
                "gzip"
            } else {
                "zstd"
            };
            let res = verify::diff_id_of(c, &mut r)
                .with_context(|| format!("inflating `{name}` ({label})"))?;
            (Some(res), Some(label))
        }
    };
    // Whatever the decoder left (trailing bytes) still belongs to the file's digest.
    std::io::copy(&mut r, &mut std::io::sink())?;
    let (_, digest, size) = r.into_inner().finish();
    Ok(FileDigest {
        file: name,
        digest: digest.to_string(),
        size,
        compression: label,
        diff_id: diff.as_ref().map(|(d, _)| d.to_string()),
        uncompressed_size: diff.map(|(_, n)| n),
    })
}

async fn files(ctx: &Ctx, files: Vec<PathBuf>) -> Result<()> {
    // `hoist digest alpine:3.20` (crane's `digest REF`): not a file, but an image reference.
    for f in &files {
        let text = f.to_string_lossy();
        let looks_like_ref = (text.contains(':') || text.contains('@'))
            && crate::reference::ImageRef::parse(&text).is_ok();
        if !f.exists() && looks_like_ref {
            return Err(Failure::usage(format!(
                "`{text}` is not a file: `hoist digest` hashes files"
            ))
            .hint(format!(
                "for an image's digest: `hoist manifest head {text}`"
            ))
            .hint(format!(
                "to check every layer of it: `hoist digest verify {text}`"
            ))
            .into());
        }
    }
    let results = tokio::task::spawn_blocking(move || -> Result<Vec<FileDigest>> {
        let mut out = Vec::new();
        for f in files {
            if f.as_os_str() == "-" {
                out.push(hash_stream("-".into(), std::io::stdin().lock())?);
            } else {
                let file = std::fs::File::open(&f).map_err(|e| {
                    let kind = if e.kind() == std::io::ErrorKind::NotFound {
                        Kind::NotFound
                    } else {
                        Kind::Other
                    };
                    Failure::new(kind, format!("cannot open `{}`: {e}", f.display()))
                })?;
                out.push(hash_stream(f.display().to_string(), file)?);
            }
        }
        Ok(out)
    })
    .await??;
    if ctx.printer.data(&results)? {
        return Ok(());
    }
    let mut s = String::new();
    for r in &results {
        s.push_str(&format!("{}  {}\n", r.digest, r.file));
        if let (Some(d), Some(c)) = (&r.diff_id, r.compression) {
            s.push_str(&format!(
                "{d}  {} (diffID of the {c} content, {} bytes)\n",
                r.file,
                r.uncompressed_size.unwrap_or(0)
            ));
        }
    }
    output::text(&s)?;
    Ok(())
}

/// One comparison: what the manifest (or config) claims against what hoist measured.
#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
struct Check<T> {
    ok: bool,
    expected: T,
    #[serde(skip_serializing_if = "Option::is_none")]
    actual: Option<T>,
}

impl<T: PartialEq> Check<T> {
    fn new(expected: T, actual: Option<T>) -> Check<T> {
        Check {
            ok: actual.as_ref() == Some(&expected),
            expected,
            actual,
        }
    }
}

impl<T: std::fmt::Display> Check<T> {
    fn actual_text(&self) -> String {
        self.actual
            .as_ref()
            .map(|a| a.to_string())
            .unwrap_or_default()
    }
}

/// A document (manifest or config): its digest, and its size when a descriptor states one (a
/// manifest reached by tag has none).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DocReport {
    digest: Check<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    size: Option<Check<u64>>,
}

impl DocReport {
    /// A document fetched through hoist's verified path: if it arrived, it matched.
    fn fetched(digest: &Digest, size: Option<u64>, arrived: bool) -> DocReport {
        DocReport {
            digest: Check::new(digest.to_string(), arrived.then(|| digest.to_string())),
            size: size.map(|n| Check::new(n, arrived.then_some(n))),
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LayerReport {
    index: usize,
    media_type: String,
    /// The digest the manifest lists (for the table; JSON has it in `digest`).
    #[serde(skip)]
    listed: Digest,
    /// Absent for a non-distributable layer the registry does not hold.
    #[serde(skip_serializing_if = "Option::is_none")]
    size: Option<Check<u64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    digest: Option<Check<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    diff_id: Option<Check<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ImageReport {
    platform: String,
    manifest: DocReport,
    config: DocReport,
    layers: Vec<LayerReport>,
}

async fn verify_image(ctx: &Ctx, a: VerifyArgs) -> Result<()> {
    let r = super::parse_ref(&a.reference)?;
    let sel = super::parse_platform(&a.platform)?;
    let repo = ctx.repo(&r)?;
    // Fetching verifies the manifest: by digest it is hashed, by tag compared with the
    // registry's Docker-Content-Digest. Children are fetched by digest.
    let top = repo.manifest().await?;
    let images = repo::resolve(&repo, top, &sel).await?;
    if images.is_empty() {
        return Err(Failure::not_found(format!(
            "`{}` lists no image to verify (only attestations or artifacts)",
            repo.display()
        ))
        .hint("nothing was verified; `hoist manifest get` shows what the index lists")
        .into());
    }

    // Every distinct layer once, in parallel.
    let mut wanted: Vec<(Digest, u64, Option<Compression>, bool)> = Vec::new();
    for img in &images {
        for l in &img.image.layers {
            let c = if a.no_diffid || !mt::is_image_config(&img.image.config.media_type) {
                None
            } else {
                mt::layer_compression(&l.media_type)
            };
            if !wanted.iter().any(|(d, ..)| *d == l.digest) {
                wanted.push((l.digest.clone(), l.size, c, l.is_foreign()));
            }
        }
    }
    // One bar on a terminal for every byte to check, in the style copy and pull use.
    let total: u64 = wanted.iter().map(|(_, n, ..)| *n).sum();
    let pb = crate::transfer::bar(ctx.printer.bars(), None, "verify", total);
    // `None`: a non-distributable layer the registry does not hold (its bytes are elsewhere).
    let checks: HashMap<Digest, Option<LayerCheck>> =
        futures_util::stream::iter(wanted.into_iter().map(|(d, size, c, foreign)| {
            // A task per layer: the compressed hashing of several layers runs on several threads.
            let repo: Repo = repo.clone();
            let pb = pb.clone();
            tokio::spawn(async move {
                match verify::check_layer_with(&repo, &d, size, c, &pb).await {
                    Ok(chk) => Ok((d, Some(chk))),
                    Err(e) if foreign && crate::error::kind_of(&e) == Kind::NotFound => {
                        Ok((d, None))
                    }
                    Err(e) => Err(e),
                }
            })
        }))
        .buffer_unordered(a.jobs as usize)
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .map(|joined| joined?)
        .collect::<Result<HashMap<_, _>>>()?;
    pb.finish_and_clear();

    let mut reports = Vec::new();
    let mut config_blamed = false;
    let mut problems: Vec<String> = Vec::new();
    let mut unchecked = 0;
    for img in &images {
        let mut platform = img
            .platform
            .as_ref()
            .map(|p| p.to_string())
            .unwrap_or_else(|| "-".into());
        // Fetching checked both: a manifest against its index entry's digest and size (or a
        // tag's Docker-Content-Digest), a config against the manifest's descriptor.
        let listed_size = img.index.as_ref().and_then(|idx| match idx.view() {
            Ok(View::Index(i)) => i
                .manifests
                .iter()
                .find(|d| d.digest == img.manifest.digest)
                .map(|d| d.size),
            _ => None,
        });
        let manifest = DocReport::fetched(&img.manifest.digest, listed_size, true);
        let cfg_desc = &img.image.config;
        let (config, diff_ids) = match repo::config(&repo, img).await {
            Ok((_, cfg)) => {
                // A manifest outside an index has its platform in its config.
                if img.platform.is_none() && !cfg.os.is_empty() {
                    platform = cfg.platform().normalised().to_string();
                }
                (
                    DocReport::fetched(&cfg_desc.digest, Some(cfg_desc.size), true),
                    cfg.diff_ids().to_vec(),
                )
            }
            Err(e) if crate::error::kind_of(&e) == Kind::Verify => {
                problems.push(format!("{platform} config: {}", crate::error::render(&e)));
                (
                    DocReport::fetched(&cfg_desc.digest, Some(cfg_desc.size), false),
                    Vec::new(),
                )
            }
            Err(e) => return Err(e),
        };
        let mut layers = Vec::new();
        for (i, l) in img.image.layers.iter().enumerate() {
            let Some(chk) = &checks[&l.digest] else {
                unchecked += 1;
                layers.push(LayerReport {
                    index: i + 1,
                    media_type: l.media_type.clone(),
                    listed: l.digest.clone(),
                    size: None,
                    digest: None,
                    diff_id: None,
                    note: Some(format!(
                        "non-distributable, not in the registry: not checked (its bytes are at {})",
                        l.urls.clone().unwrap_or_default().join(", ")
                    )),
                });
                continue;
            };
            let size = Check::new(l.size, Some(chk.size));
            let digest = Check::new(l.digest.to_string(), Some(chk.digest.to_string()));
            // diffIDs belong to image configs: an artifact's layers (even `...layer.v1.tar`
            // ones, as the oras SDK pushes them) are checked by digest and size only.
            let image = mt::is_image_config(&img.image.config.media_type);
            let known = image && mt::layer_compression(&l.media_type).is_some();
            let (diff_id, note) = match (&chk.diff_id, known, a.no_diffid) {
                (_, _, true) => (None, None),
                (_, false, _) if !image => (
                    None,
                    Some(format!(
                        "artifact (config {}): diffID not checked",
                        img.image.config.media_type
                    )),
                ),
                (_, false, _) => (
                    None,
                    Some(format!(
                        "not an image layer ({}): diffID not checked",
                        l.media_type
                    )),
                ),
                (Some(Ok((got, _))), true, _) => {
                    let want = diff_ids
                        .get(i)
                        .map(|d| d.to_string())
                        .unwrap_or_else(|| "(missing from config)".into());
                    (Some(Check::new(want, Some(got.to_string()))), None)
                }
                (Some(Err(e)), true, _) => {
                    let want = diff_ids.get(i).map(|d| d.to_string()).unwrap_or_default();
                    (
                        Some(Check::new(want, None)),
                        Some(format!("cannot inflate: {e}")),
                    )
                }
                (None, true, _) => (None, None),
            };
            let n = i + 1;
            if !size.ok {
                problems.push(format!(
                    "{platform} layer {n}: size expected {} bytes, got {}",
                    size.expected,
                    size.actual_text()
                ));
            }
            if !digest.ok {
                problems.push(format!(
                    "{platform} layer {n}: digest expected {}, got {}",
                    digest.expected,
                    digest.actual_text()
                ));
            }
            // A blob that is not its digest's has no diffID worth comparing: the digest says it.
            if let Some(d) = &diff_id
                && !d.ok
                && digest.ok
            {
                // Intact bytes whose content hashes to another diffID: the config is wrong.
                // A damaged blob is the blob's fault, said by its digest.
                if digest.ok && d.actual.is_some() {
                    config_blamed = true;
                }
                problems.push(format!(
                    "{platform} layer {n}: diffID expected {}, got {}",
                    d.expected,
                    d.actual
                        .clone()
                        .unwrap_or_else(|| note.clone().unwrap_or_default())
                ));
            }
            layers.push(LayerReport {
                index: n,
                media_type: l.media_type.clone(),
                listed: l.digest.clone(),
                size: Some(size),
                digest: Some(digest),
                diff_id,
                note,
            });
        }
        reports.push(ImageReport {
            platform,
            manifest,
            config,
            layers,
        });
    }

    if !ctx.printer.data(&reports)? {
        fn mark<T>(c: &Check<T>) -> String {
            if c.ok { "✓" } else { "✗" }.to_string()
        }
        let mut t = table(&[
            "PLATFORM",
            "#",
            "DIGEST",
            "SIZE ✓",
            "DIGEST ✓",
            "DIFFID ✓",
            "NOTE",
        ]);
        for rep in &reports {
            for (what, doc) in [("manifest", &rep.manifest), ("config", &rep.config)] {
                t.add_row(vec![
                    rep.platform.clone(),
                    what.into(),
                    doc.digest.expected.clone(),
                    doc.size.as_ref().map(mark).unwrap_or_else(|| "-".into()),
                    mark(&doc.digest),
                    "-".into(),
                    "".into(),
                ]);
            }
            for l in &rep.layers {
                t.add_row(vec![
                    rep.platform.clone(),
                    l.index.to_string(),
                    l.listed.to_string(),
                    l.size.as_ref().map(mark).unwrap_or_else(|| "-".into()),
                    l.digest.as_ref().map(mark).unwrap_or_else(|| "-".into()),
                    l.diff_id.as_ref().map(mark).unwrap_or_else(|| "-".into()),
                    l.note.clone().unwrap_or_default(),
                ]);
            }
        }
        print_table(&t)?;
    }
    if !problems.is_empty() {
        let mut f = Failure::verify(format!(
            "`{}` failed verification: {}",
            repo.display(),
            problems.join("; ")
        ));
        if problems.iter().any(|p| p.contains(": digest expected")) {
            f = f.hint("a digest mismatch means the stored bytes changed after they were pushed (damaged storage, or a registry or proxy altering them)");
        }
        if config_blamed {
            f = f.hint("a diffID mismatch on an intact layer means the config's `rootfs.diff_ids` do not describe these layers");
        }
        return Err(f.into());
    }
    let n: usize = reports.iter().map(|r| r.layers.len()).sum::<usize>() - unchecked;
    let skipped = match unchecked {
        0 => String::new(),
        k => format!(" ({k} non-distributable, not in the registry, not checked)"),
    };
    ctx.printer.status(format!(
        "verified {} image(s), {n} layer(s): all digests match{skipped}",
        reports.len()
    ));
    Ok(())
}
