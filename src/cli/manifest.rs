//! `hoist manifest get|head|put|delete`.
//!
//! It parses arguments, calls the library and renders the result; it must not hold logic a library
//! user would need, nor use another command file's.

use std::io::Read as _;
use std::path::PathBuf;

use anyhow::{Context as _, Result};
use bytes::Bytes;
use clap::{Args, Subcommand};
use serde::Serialize;

use super::Ctx;
use crate::client::api::RateLimit;
use crate::error::Failure;
use crate::manifest::{Descriptor, MAX_MANIFEST_SIZE, Manifest, View};
use crate::media_types as mt;
use crate::output::{self, Format, human_size, print_table, table};
use crate::platform::Selector;
use crate::reference::ImageRef;
use crate::repo;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Fetch a manifest or index and show it.
    #[command(after_help = "Examples:
  hoist manifest get alpine:3.20
  hoist manifest get alpine:3.20 --platform linux/arm64 --format raw | sha256sum
  hoist manifest get ocidir://./image:v1 --format '{{ digest }}'")]
    Get(GetArgs),
    /// Print a manifest's digest without downloading it (a HEAD request).
    #[command(after_help = "Examples:
  hoist manifest head alpine:latest
  hoist manifest head docker.io/library/alpine:latest --format json   # includes Docker Hub rate limits")]
    Head(HeadArgs),
    /// Push a manifest from a file or stdin, byte for byte.
    #[command(after_help = "Examples:
  hoist manifest put localhost:5000/app:v1 manifest.json
  hoist manifest get src/app:v1 --format raw | hoist manifest put dst/app:v1 -")]
    Put(PutArgs),
    /// Delete a manifest (by digest; a tag is resolved to its digest first).
    #[command(after_help = "Examples:
  hoist manifest delete localhost:5000/app@sha256:...
  hoist manifest delete localhost:5000/app:old")]
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct GetArgs {
    /// Image reference (`registry/repo:tag`, `repo@sha256:...`, `ocidir://DIR:TAG`).
    pub reference: String,
    /// Resolve an index to this platform's manifest (`os/arch[/variant]`, `local`).
    #[arg(long, short = 'p', value_name = "PLATFORM")]
    pub platform: Option<String>,
}

#[derive(Debug, Args)]
pub struct HeadArgs {
    /// Image reference.
    pub reference: String,
    /// Print the digest of this platform's manifest in an index (`crane digest --platform`):
    /// one GET of the index instead of the HEAD.
    #[arg(long, short = 'p', value_name = "PLATFORM")]
    pub platform: Option<String>,
}

#[derive(Debug, Args)]
pub struct PutArgs {
    /// Where to push: `registry/repo:tag` (or `@digest` to push untagged).
    pub reference: String,
    /// The manifest file; `-` or nothing reads stdin.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Media type to push as (default: the document's `mediaType`).
    #[arg(long, value_name = "TYPE")]
    pub content_type: Option<String>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Image reference (tag or digest).
    pub reference: String,
}

pub async fn run(ctx: &Ctx, cmd: Command) -> Result<()> {
    match cmd {
        Command::Get(a) => get(ctx, a).await,
        Command::Head(a) => head(ctx, a).await,
        Command::Put(a) => put(ctx, a).await,
        Command::Delete(a) => delete(ctx, a).await,
    }
}

/// The JSON view of a manifest: `reference`, `digest`, `mediaType`, `size`, `manifest`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ManifestJson {
    reference: String,
    digest: String,
    media_type: String,
    size: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    platform: Option<String>,
    manifest: serde_json::Value,
}

async fn get(ctx: &Ctx, a: GetArgs) -> Result<()> {
    let r = super::parse_ref(&a.reference)?;
    let repo = ctx.repo(&r)?;
    let mut m = repo.manifest().await?;
    let mut shown_platform = None;
    if let Some(p) = &a.platform {
        let sel = super::parse_platform(p)?;
        if sel == Selector::All {
            return Err(Failure::usage("`manifest get` shows one manifest; `--platform all` is for commands that act on every platform")
                .hint("leave out `--platform` to see the index with all its platforms")
                .into());
        }
        if m.is_index() {
            let mut res = repo::resolve(&repo, m, &sel).await?;
            let r0 = res.remove(0);
            shown_platform = r0.platform.map(|p| p.to_string());
            m = r0.manifest;
        }
    }
    let reference = match &r {
        ImageRef::Registry(reference) => reference.to_string(),
        ImageRef::Layout(l) => l.to_string(),
        ImageRef::Archive(a) => a.to_string(),
    };
    match ctx.format() {
        Format::Raw => {
            output::out(&m.bytes)?;
            return Ok(());
        }
        Format::Text => {}
        _ => {
            // The same rule as the text view: shown as stored, with what is wrong said.
            if let Err(e) = m.view() {
                ctx.printer.warn(not_to_spec(&e));
            }
            ctx.printer.data(&ManifestJson {
                reference,
                digest: m.digest.to_string(),
                media_type: m.media_type.clone(),
                size: m.bytes.len() as u64,
                platform: shown_platform,
                manifest: m.json()?,
            })?;
            return Ok(());
        }
    }
    print_summary(&reference, &m, shown_platform.as_deref())
}

fn print_summary(reference: &str, m: &Manifest, platform: Option<&str>) -> Result<()> {
    let mut s = String::new();
    s.push_str(&format!("Name:       {reference}\n"));
    if let Some(p) = platform {
        s.push_str(&format!("Platform:   {p}\n"));
    }
    s.push_str(&format!("MediaType:  {}\n", m.media_type));
    s.push_str(&format!("Digest:     {}\n", m.digest));
    s.push_str(&format!("Size:       {}\n", m.bytes.len()));
    let view = match m.view() {
        Ok(v) => v,
        // A document that does not follow the spec is still shown, as stored.
        Err(e) => {
            eprintln!("warning: {}", output::escape_lines(&not_to_spec(&e)));
            let pretty = serde_json::to_string_pretty(&m.json()?)?;
            output::text(&format!("{s}\n{pretty}\n"))?;
            return Ok(());
        }
    };
    match view {
        View::Index(idx) => {
            output::text(&format!("{s}\n"))?;
            let mut t = table(&["PLATFORM", "MEDIA TYPE", "SIZE", "DIGEST"]);
            for d in &idx.manifests {
                let plat = if crate::descriptor::is_attestation(d) {
                    "(attestation)".to_string()
                } else {
                    d.platform
                        .as_ref()
                        .map(|p| p.to_string())
                        .unwrap_or_else(|| "-".into())
                };
                t.add_row(vec![
                    plat,
                    mt::short(&d.media_type).to_string(),
                    d.size.to_string(),
                    d.digest.to_string(),
                ]);
            }
            print_table(&t)
        }
        View::Image(img) => {
            if let Some(at) = &img.artifact_type {
                s.push_str(&format!("Artifact:   {at}\n"));
            }
            if let Some(sub) = &img.subject {
                s.push_str(&format!("Subject:    {}\n", sub.digest));
            }
            output::text(&format!("{s}\n"))?;
            let mut t = table(&["", "MEDIA TYPE", "SIZE", "DIGEST"]);
            t.add_row(row("config", &img.config));
            for (i, l) in img.layers.iter().enumerate() {
                t.add_row(row(&format!("layer {}", i + 1), l));
            }
            print_table(&t)?;
            let total: u64 = img.layers.iter().map(|l| l.size).sum();
            output::out(
                format!(
                    "\n{}, {} compressed\n",
                    output::count(img.layers.len() as u64, "layer", "layers"),
                    human_size(total)
                )
                .as_bytes(),
            )?;
            Ok(())
        }
        View::Schema1(_) => {
            s.push_str("\nDocker schema1 manifest (deprecated); use `--format raw` to read it.\n");
            output::text(&s)?;
            Ok(())
        }
    }
}

/// The warning for a document that parses as JSON but not as its media type says.
fn not_to_spec(e: &crate::error::Failure) -> String {
    format!(
        "the manifest does not follow the spec ({}); shown as stored",
        e.message.trim_start_matches("malformed manifest: ")
    )
}

fn row(name: &str, d: &Descriptor) -> Vec<String> {
    vec![
        name.to_string(),
        mt::short(&d.media_type).to_string(),
        d.size.to_string(),
        d.digest.to_string(),
    ]
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct HeadJson {
    reference: String,
    media_type: String,
    digest: String,
    size: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    rate_limit: Option<RateLimit>,
}

async fn head(ctx: &Ctx, a: HeadArgs) -> Result<()> {
    let r = super::parse_ref(&a.reference)?;
    let (desc, rate_limit) = match (&r, &a.platform) {
        (_, Some(p)) => {
            let sel = super::parse_platform(p)?;
            if sel == Selector::All {
                return Err(Failure::usage(
                    "`manifest head --platform` prints one platform's digest; name one",
                )
                .hint("leave out `--platform` for the index's own digest")
                .into());
            }
            let repo = ctx.repo(&r)?;
            let m = repo.manifest().await?;
            let m = if m.is_index() {
                repo::resolve(&repo, m, &sel).await?.remove(0).manifest
            } else {
                m
            };
            (m.descriptor(), None)
        }
        (ImageRef::Registry(reference), None) => {
            let h = ctx.client.head_manifest(reference).await?;
            (h.descriptor, h.rate_limit)
        }
        (ImageRef::Layout(_) | ImageRef::Archive(_), None) => {
            (ctx.repo(&r)?.manifest().await?.descriptor(), None)
        }
    };
    if let Some(rl) = &rate_limit
        && ctx.global.verbose > 0
    {
        eprintln!(
            "rate limit: {} of {} pulls left{}",
            rl.remaining.map(|n| n.to_string()).unwrap_or("?".into()),
            rl.limit.map(|n| n.to_string()).unwrap_or("?".into()),
            rl.window
                .map(|w| format!(" per {}h", w / 3600))
                .unwrap_or_default()
        );
    }
    let j = HeadJson {
        reference: r.to_string(),
        media_type: desc.media_type.clone(),
        digest: desc.digest.to_string(),
        size: desc.size,
        rate_limit,
    };
    if !ctx.printer.data(&j)? {
        output::out(format!("{}\n", desc.digest).as_bytes())?;
    }
    Ok(())
}

async fn put(ctx: &Ctx, a: PutArgs) -> Result<()> {
    let r = super::parse_ref(&a.reference)?;
    let mut buf = Vec::new();
    let limit = MAX_MANIFEST_SIZE + 1;
    match a.file.as_deref() {
        None => std::io::stdin().take(limit).read_to_end(&mut buf)?,
        Some(p) if p.as_os_str() == "-" => std::io::stdin().take(limit).read_to_end(&mut buf)?,
        Some(p) => std::fs::File::open(p)
            .with_context(|| format!("opening `{}`", p.display()))?
            .take(limit)
            .read_to_end(&mut buf)?,
    };
    let m = Manifest::from_bytes(Bytes::from(buf), a.content_type.as_deref())?;
    // An explicit type wins even when it is not one hoist classifies (artifacts).
    let m = match &a.content_type {
        Some(ct) => Manifest {
            media_type: mt::essence(ct).to_string(),
            ..m
        },
        None => m,
    };
    // Parse as JSON so that a typo does not reach the registry.
    m.json()?;
    if let Some(d) = r.digest() {
        d.check(
            &d.of(&m.bytes),
            "the manifest to push (its bytes do not match the reference's digest)",
        )?;
    }
    let digest = match &r {
        ImageRef::Registry(reference) => {
            let target = match (&reference.tag, &reference.digest) {
                (Some(t), _) => t.clone(),
                (None, Some(d)) => d.to_string(),
                (None, None) => crate::reference::DEFAULT_TAG.to_string(),
            };
            ctx.client.put_manifest(reference, &target, &m).await?
        }
        ImageRef::Archive(a) => {
            return Err(crate::repo::read_only(a));
        }
        ImageRef::Layout(l) => {
            let layout = crate::layout::Layout::create(&l.path)?;
            layout.write_blob(&m.bytes)?;
            let tag = l
                .tag
                .clone()
                .or_else(|| l.digest.is_none().then(|| "latest".to_string()));
            layout.set_ref(&m.descriptor(), tag.as_deref())?;
            m.digest.clone()
        }
    };
    ctx.printer.status(format!(
        "pushed {} ({} bytes) to `{r}`",
        m.media_type,
        m.bytes.len()
    ));
    if !ctx.printer.data(&serde_json::json!({"reference": r.to_string(), "digest": digest.to_string(), "mediaType": m.media_type, "size": m.bytes.len()}))? {
        output::out(format!("{digest}\n").as_bytes())?;
    }
    Ok(())
}

async fn delete(ctx: &Ctx, a: DeleteArgs) -> Result<()> {
    let r = super::parse_ref(&a.reference)?;
    let ImageRef::Registry(reference) = &r else {
        return Err(Failure::usage(
            "`manifest delete` works on registries; edit the layout's `index.json` to drop a tag",
        )
        .into());
    };
    let digest = match &reference.digest {
        Some(d) => d.clone(),
        None => {
            let d = ctx.client.head_manifest(reference).await?.descriptor.digest;
            ctx.printer.warn(format!(
                "deleting `{reference}` by its digest {d}: every tag pointing at it goes too"
            ));
            d
        }
    };
    ctx.client.delete_manifest(reference, &digest).await?;
    ctx.printer
        .status(format!("deleted {}@{digest}", reference.name()));
    Ok(())
}
