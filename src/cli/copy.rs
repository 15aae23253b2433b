//! `hoist copy SRC DST`.
//!
//! It parses arguments, calls the library and renders the result; it must not hold logic a library
//! user would need, nor use another command file's.

use anyhow::Result;
use clap::Args;
use serde::Serialize;

use super::Ctx;
use crate::auth::Credential;
use crate::client::Client;
use crate::error::Failure;
use crate::output;
use crate::platform::{Platform, Selector};
use crate::reference::ImageRef;
use crate::repo::Repo;
use crate::transfer::copy::{Copier, Options, Summary};

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  hoist copy build.example.com/app:sha-abc123 release.example.com/app:v1.2.0
  hoist copy docker.io/library/alpine:3.20 ocidir://mirror/alpine:3.20
  hoist copy ocidir://mirror/alpine:3.20 registry.internal:5000/alpine:3.20
  hoist copy registry.example.com/app:sha-abc123 registry.example.com/app:v1.2.0   # retag: one PUT
  hoist copy ghcr.io/org/app:1.2 localhost:5000/app:1.2 --platform linux/arm64 --referrers

By default the whole index and every child are copied, so the destination digest equals the
source digest. Manifests are pushed byte for byte, children first and the tag last.")]
pub struct CopyArgs {
    /// Source: a registry reference or `ocidir://PATH[:TAG]`.
    pub source: String,
    /// Destination: a registry reference or `ocidir://PATH[:TAG]`.
    pub destination: String,
    /// Copy only these platforms (repeatable). One platform copies that image manifest itself.
    #[arg(long, short = 'p', value_name = "PLATFORM")]
    pub platform: Vec<String>,
    /// Also copy referrers (signatures, SBOMs, attestations) of every copied manifest.
    #[arg(long)]
    pub referrers: bool,
    /// Show what would be copied, skipped or mounted, without writing anything.
    #[arg(long)]
    pub dry_run: bool,
    /// Parallel blob transfers (blobs under 1 MiB count as a quarter).
    #[arg(long, short = 'j', default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub jobs: u16,
    /// Copy even what the destination already has.
    #[arg(long)]
    pub force: bool,
    /// Copy every tag of the source repository to the destination repository (an image
    /// whose digest is already there costs one HEAD on each side).
    #[arg(long, conflicts_with_all = ["platform", "force"])]
    pub all_tags: bool,
    /// Compress the source's uncompressed layers (a docker archive's tars) on the way, with
    /// gzip or zstd: those layers get new digests (said so); their diffIDs stay.
    #[arg(long, value_name = "ALGORITHM", value_parser = ["gzip", "zstd"], conflicts_with_all = ["all_tags", "referrers"])]
    pub compress: Option<String>,
    /// With `--all-tags`: only tags matching this regular expression.
    #[arg(long, value_name = "REGEX", requires = "all_tags")]
    pub include: Option<String>,
    /// With `--all-tags`: leave out tags matching this regular expression.
    #[arg(long, value_name = "REGEX", requires = "all_tags")]
    pub exclude: Option<String>,
    /// Accepted for skopeo's scripts: hoist always preserves digests (manifests are copied
    /// byte for byte).
    #[arg(long, hide = true)]
    pub preserve_digests: bool,
    /// Credentials for the source registry.
    #[arg(
        long,
        value_name = "USER:PASSWORD",
        hide_env_values = true,
        env = "HOIST_SRC_CREDS"
    )]
    pub src_creds: Option<String>,
    /// Credentials for the destination registry.
    #[arg(
        long,
        value_name = "USER:PASSWORD",
        hide_env_values = true,
        env = "HOIST_DEST_CREDS"
    )]
    pub dest_creds: Option<String>,
    /// Promote only what is signed: verify with this public key (repeat for several; any may
    /// match) before anything is written, and carry the `.sig` tags along (exit 5 unsigned).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["all_tags", "compress"])]
    pub verify_key: Vec<std::path::PathBuf>,
    /// With `--verify-key`: also accept signatures made for this repository.
    #[arg(long, value_name = "REPO", requires = "verify_key")]
    pub allow_identity: Vec<String>,
    /// With `--verify-key`: accept a signature whatever repository it names.
    #[arg(long, requires = "verify_key", conflicts_with = "allow_identity")]
    pub ignore_identity: bool,
    /// Also copy every tag named after a copied manifest's digest (`sha256-<hex>.sig`, `.att`,
    /// `.sbom`, `.meta`, ...), for the image and its children.
    #[arg(long, conflicts_with_all = ["all_tags", "compress"])]
    pub digest_tags: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CopyJson {
    source: String,
    destination: String,
    digest: String,
    media_type: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    summary: Summary,
    /// The signed manifests that let the copy through (`--verify-key`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    verified: Vec<String>,
    /// Digest tags carried along (`--digest-tags`, and `.sig` with `--verify-key`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    digest_tags: Vec<String>,
}

/// The tag to write at the destination: its own, else the source's, else `latest` (none when
/// the destination names only a digest).
fn destination_tag(src: &ImageRef, dst: &ImageRef) -> Option<String> {
    let tag = |r: &ImageRef| r.tag();
    tag(dst)
        .or_else(|| dst.digest().is_none().then(|| tag(src)).flatten())
        .or_else(|| {
            dst.digest()
                .is_none()
                .then(|| crate::reference::DEFAULT_TAG.to_string())
        })
}

pub async fn run(ctx: &Ctx, a: CopyArgs) -> Result<()> {
    let src_ref = super::parse_ref(&a.source)?;
    let dst_ref = super::parse_ref(&a.destination)?;
    let mut platforms: Vec<Platform> = Vec::new();
    for p in &a.platform {
        match super::parse_platform(p)? {
            Selector::All => platforms.clear(),
            Selector::One(p) => platforms.push(p),
        }
    }
    if a.platform.iter().any(|p| p == "all") {
        platforms.clear();
    }
    // Per-side credentials go to a client of their own options.
    let mut opts = ctx.client.options().clone();
    for (creds, r, flag, env) in [
        (&a.src_creds, &src_ref, "--src-creds", "HOIST_SRC_CREDS"),
        (&a.dest_creds, &dst_ref, "--dest-creds", "HOIST_DEST_CREDS"),
    ] {
        if let (Some(c), ImageRef::Registry(reference)) = (creds, r) {
            let cred = Credential::parse_user_pass(c).ok_or_else(|| {
                Failure::usage(format!("`{flag}` must look like `USER:PASSWORD`"))
            })?;
            opts.creds.insert(reference.registry.clone(), cred);
            opts.creds_from.insert(
                reference.registry.clone(),
                super::creds_source(flag, env, false, c),
            );
        }
    }
    // A 401 names the flag for the side that failed (both sides on one registry share
    // `--creds`).
    let registry = |r: &ImageRef| match r {
        ImageRef::Registry(x) => Some(x.registry.clone()),
        _ => None,
    };
    let (src_reg, dst_reg) = (registry(&src_ref), registry(&dst_ref));
    if src_reg != dst_reg {
        if let Some(r) = &src_reg {
            crate::client::set_creds_flag(r, "--src-creds");
        }
        if let Some(r) = &dst_reg {
            crate::client::set_creds_flag(r, "--dest-creds");
        }
    }
    let client = Client::new(opts);
    if a.all_tags {
        let file = crate::sync::all_tags(
            &a.source,
            &a.destination,
            a.include.as_deref(),
            a.exclude.as_deref(),
        );
        let items = crate::sync::plan(&client, &file).await?;
        let o = crate::sync::RunOptions {
            dry_run: a.dry_run,
            keep_going: false,
            jobs: a.jobs as usize,
            rate_floor: None,
            rate_wait: false,
            rate_poll: std::time::Duration::from_secs(60),
        };
        return super::run_sync(ctx, &client, items, o).await;
    }
    if let ImageRef::Archive(arch) = &dst_ref {
        if a.dry_run || a.compress.is_some() || a.referrers {
            return Err(Failure::usage(
                "`--dry-run`, `--compress` and `--referrers` do not apply to writing an archive",
            )
            .into());
        }
        return to_archive(ctx, &client, &src_ref, arch, &platforms).await;
    }
    if a.compress.is_some() && dst_ref.digest().is_some() {
        return Err(Failure::usage(
            "`--compress` gives layers new digests: the destination cannot name a digest",
        )
        .hint("name a tag at the destination")
        .into());
    }
    if let Some(c) = super::compression(a.compress.as_deref()) {
        let tag = destination_tag(&src_ref, &dst_ref);
        let repo = if a.dry_run {
            Repo::open_to_look(&client, &dst_ref)?
        } else {
            Repo::open_for_write(&client, &dst_ref)?
        };
        match crate::image::change::compress_copy(&client, &src_ref, &repo, platforms.clone(), c)
            .await?
        {
            Some(out) => {
                let change = super::Change {
                    dry_run: a.dry_run,
                    jobs: a.jobs as usize,
                };
                return super::deliver(
                    ctx,
                    "compressed image",
                    out,
                    (dst_ref.clone(), repo, tag),
                    change,
                    None,
                )
                .await;
            }
            None => ctx
                .printer
                .status("no layer is uncompressed: the image is copied as it is"),
        }
    }
    let mut src = Repo::open(&client, &src_ref)?;
    // The source's manifest, read once for the checks below and handed to the copy (a second
    // read is a second pull where pulls are counted).
    let mut read: Option<crate::manifest::Manifest> = None;
    // Verify-then-promote: every signature is checked before anything is written, and the
    // copy then reads the manifest that was checked (by digest), whatever the tag does since.
    let mut promotion = None;
    if !a.verify_key.is_empty() {
        let keys = crate::sign::PublicKey::read_files(&a.verify_key)?;
        let who = crate::sign::Identity::of(
            match &src_ref {
                ImageRef::Registry(x) => Some(x),
                _ => None,
            },
            &a.allow_identity,
            a.ignore_identity,
        );
        if matches!(&who, crate::sign::Identity::Allow(v) if v.is_empty()) {
            return Err(Failure::usage(
                "the source is not in a registry, so there is no repository for its signatures to name",
            )
            .hint("give `--allow-identity REPO` (the repository it was signed for) or `--ignore-identity`")
            .into());
        }
        let top = src.manifest().await?;
        let p = crate::sign::check_promotion(&src, &top, &platforms, &keys, &who).await?;
        ctx.printer.status(format!(
            "signature verified for {}",
            p.signed
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ));
        if let Some(n) = &p.note {
            ctx.printer.warn(n);
        }
        src = src.with_digest(&top.digest);
        read = Some(top);
        promotion = Some(p);
    }
    // A destination that names a digest: the copy must have it, which is known before
    // anything is written (a layout destination is not even created otherwise).
    if let Some(want) = dst_ref.digest() {
        let top = match &read {
            Some(m) => m.clone(),
            None => src.manifest().await?,
        };
        read = Some(top.clone());
        let have = match platforms.as_slice() {
            [] => top.digest.clone(),
            [one] if top.is_index() => {
                crate::repo::resolve(&src, top, &Selector::One(one.clone()))
                    .await?
                    .remove(0)
                    .manifest
                    .digest
            }
            [_] => top.digest.clone(),
            _ => {
                return Err(Failure::usage(
                    "copying several platforms writes a new index, whose digest the destination cannot name",
                )
                .hint("name a tag at the destination")
                .into());
            }
        };
        if *want != have {
            return Err(Failure::usage(format!(
                "the destination names {want}, but the copy's manifest is {have}: a digest cannot be copied to another digest"
            ))
            .hint("name a tag at the destination, or none: the manifest keeps its own digest")
            .into());
        }
    }
    let dst = if a.dry_run {
        Repo::open_to_look(&client, &dst_ref)?
    } else {
        Repo::open_for_write(&client, &dst_ref)?
    };
    if let (ImageRef::Registry(s), ImageRef::Registry(d)) = (&src_ref, &dst_ref)
        && s.registry == d.registry
        && s.repository == d.repository
        && destination_tag(&src_ref, &dst_ref) == s.tag
        && d.digest.is_none()
    {
        return Err(Failure::usage("the source and destination are the same").into());
    }
    let copy_opts = Options {
        platforms,
        referrers: a.referrers,
        dry_run: a.dry_run,
        jobs: a.jobs as usize,
        force: a.force,
        mark_source: false,
        dest_digest: dst_ref.digest().cloned(),
        ..Options::default()
    };
    let mut copier = Copier::new(&src, &dst, &copy_opts, &ctx.printer);
    if let Some(top) = read {
        copier = copier.with_top(top);
    }
    let tag = destination_tag(&src_ref, &dst_ref);
    let done = copier.run(tag).await?;
    // The digest tags of what was copied: all with `--digest-tags`, the signatures with
    // `--verify-key`. A selection of platforms carries its images' tags, not the index's.
    let mut carried = Vec::new();
    if (a.digest_tags || promotion.is_some()) && !a.dry_run {
        let subjects = crate::transfer::digest_tags::subjects(&done.source, &copy_opts.platforms);
        let only = (!a.digest_tags).then_some(".sig");
        let src_repo = Repo::open(&client, &src_ref)?;
        carried = crate::transfer::digest_tags::copy(
            &src_repo,
            &dst,
            &subjects,
            only,
            a.jobs as usize,
            &ctx.printer,
        )
        .await?
        .tags;
    }
    if let Some(n) = &done.note {
        ctx.printer.warn(n);
    }
    let s = &done.summary;
    let foreign = match s.blobs_foreign {
        0 => String::new(),
        n => format!(", {n} non-distributable left at their URLs"),
    };
    let manifests = output::count(s.manifests_pushed, "manifest", "manifests");
    let line = if a.dry_run {
        format!(
            "dry run of `{}` to `{}`: would push {manifests} ({} already there); blobs: {} to copy ({}), {} to mount, {} already there{foreign}; nothing was written",
            src.display(),
            dst.display(),
            s.manifests_skipped,
            s.blobs_copied,
            crate::output::human_size(s.bytes),
            s.blobs_mounted,
            s.blobs_skipped,
        )
    } else {
        format!(
            "copied `{}` to `{}`: {manifests} pushed ({} already there); blobs: {} copied, {} skipped, {} mounted{foreign}; {} in {:.1}s",
            src.display(),
            dst.display(),
            s.manifests_skipped,
            s.blobs_copied,
            s.blobs_skipped,
            s.blobs_mounted,
            crate::output::human_size(s.bytes),
            s.seconds
        )
    };
    ctx.printer.status(line);
    let j = CopyJson {
        source: src_ref.to_string(),
        destination: dst_ref.to_string(),
        digest: done.digest.to_string(),
        media_type: done.media_type.clone(),
        note: done.note.clone(),
        summary: done.summary.clone(),
        verified: promotion
            .map(|p| p.signed.iter().map(|d| d.to_string()).collect())
            .unwrap_or_default(),
        digest_tags: carried,
    };
    if !ctx.printer.data(&j)? {
        output::out(format!("{}\n", done.digest).as_bytes())?;
    }
    Ok(())
}

/// `copy SRC docker-archive:PATH[:NAME]` or `oci-archive:PATH[:TAG]`
/// ([`crate::transfer::archive::copy_into`]).
async fn to_archive(
    ctx: &Ctx,
    client: &Client,
    src_ref: &ImageRef,
    arch: &crate::archive::ArchiveRef,
    platforms: &[Platform],
) -> Result<()> {
    if platforms.len() > 1 {
        return Err(Failure::usage(
            "an archive gets one platform of an image, or (OCI) all of them; give one `--platform`",
        )
        .into());
    }
    let w = crate::transfer::archive::copy_into(client, src_ref, arch, platforms.first()).await?;
    ctx.printer.status(format!(
        "wrote `{}`: {} ({} written, {})",
        arch.path.display(),
        output::count(w.images as u64, "image", "images"),
        output::count(w.layers as u64, "new layer", "new layers"),
        crate::output::human_size(w.bytes)
    ));
    if !ctx.printer.data(&w)? {
        output::out(format!("{}\n", arch.path.display()).as_bytes())?;
    }
    Ok(())
}
