//! `hoist image compose|mod|squash|rebase` and `hoist index create|add|rm`: argument parsing
//! and rendering; the work is in [`crate::image::change`], [`crate::image::squash`] and
//! [`crate::image::index`].
//!
//! It parses arguments, calls the library and renders the result; it must not hold logic a library
//! user would need, nor use another command file's.

use std::path::PathBuf;

use anyhow::{Context as _, Result};
use clap::Args;
use serde::Deserialize;

use super::Ctx;
use crate::error::Failure;
use crate::image::change::{self, Compose, LayerAdd, Modify};
use crate::image::edit::{self, Edits};
use crate::image::squash::{self, Keep};
use crate::output::human_size;
use crate::platform::{Platform, Selector};
use crate::reference::ImageRef;
use crate::repo::Repo;

/// A command line (`--cmd`, `--entrypoint`): one value that holds several words.
#[derive(Debug, Clone)]
pub struct Argv(pub Vec<String>);

fn argv(s: &str) -> Result<Argv, String> {
    edit::parse_command(s).map(Argv)
}

/// Config and manifest edits (`image mod`, `image compose`).
#[derive(Debug, Args, Default)]
pub struct EditArgs {
    /// Set an environment variable (replacing one of the same name).
    #[arg(long, value_name = "KEY=VALUE", value_parser = edit::parse_kv)]
    pub env: Vec<(String, String)>,
    /// Remove an environment variable.
    #[arg(long, value_name = "KEY")]
    pub env_rm: Vec<String>,
    /// Set a config label.
    #[arg(long, value_name = "KEY=VALUE", value_parser = edit::parse_kv)]
    pub label: Vec<(String, String)>,
    /// Remove a config label.
    #[arg(long, value_name = "KEY")]
    pub label_rm: Vec<String>,
    /// Set an annotation on each image manifest.
    #[arg(long, value_name = "KEY=VALUE", value_parser = edit::parse_kv)]
    pub annotation: Vec<(String, String)>,
    /// Set an annotation on the index (when one is written).
    #[arg(long, value_name = "KEY=VALUE", value_parser = edit::parse_kv)]
    pub annotation_index: Vec<(String, String)>,
    /// The command: a JSON array (`'["php-fpm","-F"]'`) or words (`php-fpm -F`); `''` clears it.
    #[arg(long, value_name = "CMD", value_parser = argv, allow_hyphen_values = true)]
    pub cmd: Option<Argv>,
    /// The entrypoint, written as `--cmd` is.
    #[arg(long, value_name = "CMD", value_parser = argv, allow_hyphen_values = true)]
    pub entrypoint: Option<Argv>,
    /// The user (`name`, `uid`, `uid:gid`).
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    /// The working directory.
    #[arg(long, value_name = "DIR")]
    pub workdir: Option<String>,
    /// Declare a port (`8080` is `8080/tcp`).
    #[arg(long, value_name = "PORT")]
    pub expose_add: Vec<String>,
    /// Remove a declared port.
    #[arg(long, value_name = "PORT")]
    pub expose_rm: Vec<String>,
    /// Declare a volume.
    #[arg(long, value_name = "PATH")]
    pub volume_add: Vec<String>,
    /// Remove a declared volume.
    #[arg(long, value_name = "PATH")]
    pub volume_rm: Vec<String>,
    /// The config's creation time: `now`, seconds since the epoch, or RFC 3339. Without it
    /// the time is left as it was (no clock is read).
    #[arg(long, value_name = "TIME", value_parser = edit::parse_created)]
    pub created: Option<String>,
    /// Fix every time hoist writes (the config's and each history entry's) to `--created`,
    /// else `SOURCE_DATE_EPOCH`, else the epoch.
    #[arg(long)]
    pub reproducible: bool,
}

impl EditArgs {
    pub fn edits(&self) -> Edits {
        Edits {
            env: self.env.clone(),
            env_rm: self.env_rm.clone(),
            labels: self.label.clone(),
            labels_rm: self.label_rm.clone(),
            annotations: self.annotation.clone(),
            index_annotations: self.annotation_index.iter().cloned().collect(),
            cmd: self.cmd.clone().map(|a| a.0),
            entrypoint: self.entrypoint.clone().map(|a| a.0),
            user: self.user.clone(),
            workdir: self.workdir.clone(),
            expose_add: self.expose_add.clone(),
            expose_rm: self.expose_rm.clone(),
            volume_add: self.volume_add.clone(),
            volume_rm: self.volume_rm.clone(),
            created: self.created.clone(),
            reproducible: self.reproducible,
        }
    }
}

/// What every change command shares: platforms, a dry run, parallelism.
#[derive(Debug, Args)]
pub struct ChangeArgs {
    /// Only these platforms of an index (repeatable; default: every one).
    #[arg(long, short = 'p', value_name = "PLATFORM")]
    pub platform: Vec<String>,
    /// Print the new documents and push nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Blobs moved at once.
    #[arg(long, short = 'j', default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub jobs: u16,
}

impl ChangeArgs {
    fn delivery(&self) -> super::Change {
        super::Change {
            dry_run: self.dry_run,
            jobs: self.jobs as usize,
        }
    }

    fn platforms(&self) -> Result<Vec<Platform>> {
        let mut out = Vec::new();
        for p in &self.platform {
            match super::parse_platform(p)? {
                Selector::All => return Ok(Vec::new()),
                Selector::One(p) => out.push(p),
            }
        }
        Ok(out)
    }
}

#[derive(Debug, Args)]
pub struct ComposeArgs {
    /// Where the new image goes.
    pub destination: String,
    /// The base image (its layers come first).
    #[arg(long, value_name = "REF")]
    pub base: Option<String>,
    /// A layer image whose layers are appended, in order (repeatable).
    #[arg(long, value_name = "REF")]
    pub add: Vec<String>,
    /// A TOML spec: `base`, `layers` and an optional `[config]` table of edits.
    #[arg(long, value_name = "FILE")]
    pub spec: Option<PathBuf>,
    #[command(flatten)]
    pub edit: EditArgs,
    #[command(flatten)]
    pub change: ChangeArgs,
}

#[derive(Debug, Args)]
pub struct ModArgs {
    /// The image to change.
    pub source: String,
    /// Where the changed image goes (may be the same repository, another tag).
    pub destination: String,
    #[command(flatten)]
    pub edit: EditArgs,
    /// Remove layer N (numbered from 1, as `hoist layer ls` numbers them; repeatable).
    #[arg(long, value_name = "N")]
    pub layer_rm: Vec<usize>,
    /// Remove the layers whose history `created_by` matches this regular expression.
    #[arg(long, value_name = "REGEX")]
    pub layer_rm_created_by: Option<String>,
    /// Append a layer: a directory (tarred deterministically), a tar file (plain, gzip or
    /// zstd), or an image whose layers are appended (repeatable, in order).
    #[arg(long, value_name = "DIR|FILE|REF")]
    pub layer_add: Vec<String>,
    /// Compress the uncompressed layers (a docker archive's tars) with gzip or zstd: their
    /// digests change, their diffIDs do not.
    #[arg(long, value_name = "ALGORITHM", value_parser = ["gzip", "zstd"])]
    pub compress: Option<String>,
    #[command(flatten)]
    pub change: ChangeArgs,
}

/// `--compress gzip|zstd`.
#[derive(Debug, Args)]
pub struct SquashArgs {
    /// The image to squash.
    pub source: String,
    /// Where the squashed image goes.
    pub destination: String,
    /// Keep the first N layers as they are and squash the rest (default 0: all).
    #[arg(long, value_name = "N", conflicts_with = "base")]
    pub keep: Option<usize>,
    /// Keep the layers of this base image (SOURCE must start with them).
    #[arg(long, value_name = "REF")]
    pub base: Option<String>,
    #[command(flatten)]
    pub change: ChangeArgs,
}

#[derive(Debug, Args)]
pub struct RebaseArgs {
    /// The image to rebase.
    pub source: String,
    /// Where the rebased image goes.
    pub destination: String,
    /// The base SOURCE was built on (its layers must be SOURCE's first ones).
    #[arg(long, value_name = "REF")]
    pub old_base: String,
    /// The base to put under SOURCE's own layers instead.
    #[arg(long, value_name = "REF")]
    pub new_base: String,
    #[command(flatten)]
    pub change: ChangeArgs,
}

/// The `[config]` table of a compose spec.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct SpecConfig {
    #[serde(default)]
    env: Vec<String>,
    cmd: Option<Vec<String>>,
    entrypoint: Option<Vec<String>>,
    user: Option<String>,
    workdir: Option<String>,
    #[serde(default)]
    labels: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    annotations: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    expose: Vec<String>,
    #[serde(default)]
    volumes: Vec<String>,
    created: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Spec {
    base: Option<String>,
    #[serde(default)]
    layers: Vec<String>,
    #[serde(default)]
    config: SpecConfig,
}

fn read_spec(path: &std::path::Path) -> Result<(Option<String>, Vec<String>, Edits)> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading `{}`", path.display()))?;
    let spec: Spec = toml::from_str(&text).map_err(|e| {
        Failure::usage(format!("`{}` is not a compose spec: {e}", path.display()))
            .hint("a spec has `base = \"REF\"`, `layers = [\"REF\", ...]` and an optional `[config]` table")
    })?;
    let c = spec.config;
    let mut env = Vec::new();
    for e in &c.env {
        env.push(
            edit::parse_kv(e)
                .map_err(|m| Failure::usage(format!("{}: env: {m}", path.display())))?,
        );
    }
    let created = match c.created {
        Some(t) => Some(
            edit::parse_created(&t)
                .map_err(|m| Failure::usage(format!("{}: created: {m}", path.display())))?,
        ),
        None => None,
    };
    Ok((
        spec.base,
        spec.layers,
        Edits {
            env,
            labels: c.labels.into_iter().collect(),
            annotations: c.annotations.into_iter().collect(),
            cmd: c.cmd,
            entrypoint: c.entrypoint,
            user: c.user,
            workdir: c.workdir,
            expose_add: c.expose,
            volume_add: c.volumes,
            created,
            ..Edits::default()
        },
    ))
}

/// The tag a change writes: the destination's, else `latest`. A destination that names a
/// digest is refused (the digest is what is being computed).
fn destination(ctx: &Ctx, dst: &str, dry_run: bool) -> Result<(ImageRef, Repo, Option<String>)> {
    let r = super::parse_ref(dst)?;
    if r.digest().is_some() {
        return Err(Failure::usage(format!(
            "`{dst}` names a digest; the new image's digest is not known yet"
        ))
        .hint("give a tag, or none for `latest`")
        .into());
    }
    let tag = r
        .tag()
        .unwrap_or_else(|| crate::reference::DEFAULT_TAG.to_string());
    let repo = if dry_run {
        Repo::open_to_look(&ctx.client, &r)?
    } else {
        Repo::open_for_write(&ctx.client, &r)?
    };
    Ok((r, repo, Some(tag)))
}

pub async fn compose(ctx: &Ctx, a: ComposeArgs) -> Result<()> {
    let (spec_base, spec_layers, mut edits) = match &a.spec {
        Some(p) => read_spec(p)?,
        None => (None, Vec::new(), Edits::default()),
    };
    edits.merge(a.edit.edits());
    let base =
        a.base.clone().or(spec_base).ok_or_else(|| {
            Failure::usage("no base image: give `--base REF` or a spec with `base`")
        })?;
    let layers: Vec<ImageRef> = spec_layers
        .iter()
        .chain(&a.add)
        .map(|s| super::parse_ref(s))
        .collect::<Result<_>>()?;
    let c = Compose {
        base: super::parse_ref(&base)?,
        layers,
        edits,
        platforms: a.change.platforms()?,
    };
    let dst = destination(ctx, &a.destination, a.change.dry_run)?;
    let out = change::compose(&ctx.client, &c).await?;
    super::deliver(ctx, "composed image", out, dst, a.change.delivery(), None).await
}

pub async fn modify(ctx: &Ctx, a: ModArgs) -> Result<()> {
    let re = match &a.layer_rm_created_by {
        Some(s) => Some(regex_lite::Regex::new(s).map_err(|e| {
            Failure::usage(format!(
                "`--layer-rm-created-by {s}` is not a regular expression: {e}"
            ))
        })?),
        None => None,
    };
    let m = Modify {
        edits: a.edit.edits(),
        layer_rm: a.layer_rm.clone(),
        layer_rm_created_by: re,
        layer_add: a
            .layer_add
            .iter()
            .map(|s| LayerAdd::parse(s))
            .collect::<Result<_>>()?,
        platforms: a.change.platforms()?,
        only_platforms: false,
        compress: super::compression(a.compress.as_deref()),
    };
    let src = super::parse_ref(&a.source)?;
    let dst = destination(ctx, &a.destination, a.change.dry_run)?;
    let out = change::modify(&ctx.client, &src, &dst.1, &m).await?;
    super::deliver(ctx, "changed image", out, dst, a.change.delivery(), None).await
}

pub async fn squash(ctx: &Ctx, a: SquashArgs) -> Result<()> {
    let keep = match &a.base {
        Some(b) => Keep::Base(super::parse_ref(b)?),
        None => Keep::Layers(a.keep.unwrap_or(0)),
    };
    let src = super::parse_ref(&a.source)?;
    let dst = destination(ctx, &a.destination, a.change.dry_run)?;
    let (out, reports) = squash::squash(
        &ctx.client,
        &src,
        &keep,
        &a.change.platforms()?,
        a.change.jobs as usize,
    )
    .await?;
    for r in &reports {
        ctx.printer.status(format!(
            "{}: {} layers, {} -> {} layers, {}; a change to one file costs users a download of {} before, {} after",
            r.platform,
            r.layers_before,
            human_size(r.size_before),
            r.layers_after,
            human_size(r.size_after),
            human_size(r.one_file_change_before),
            human_size(r.one_file_change_after),
        ));
    }
    super::deliver(
        ctx,
        "squashed image",
        out,
        dst,
        a.change.delivery(),
        Some(reports),
    )
    .await
}

pub async fn rebase(ctx: &Ctx, a: RebaseArgs) -> Result<()> {
    let src = super::parse_ref(&a.source)?;
    let old = super::parse_ref(&a.old_base)?;
    let new = super::parse_ref(&a.new_base)?;
    let dst = destination(ctx, &a.destination, a.change.dry_run)?;
    let out = change::rebase(
        &ctx.client,
        &src,
        &old,
        &new,
        &Edits::default(),
        &a.change.platforms()?,
    )
    .await?;
    super::deliver(ctx, "rebased image", out, dst, a.change.delivery(), None).await
}

/// `hoist index` commands.
#[derive(Debug, clap::Subcommand)]
pub enum IndexCommand {
    /// Write an index (multi-platform image) over existing images.
    #[command(after_help = "Examples:
  hoist index create registry.example.com/app:1.2 registry.example.com/app:1.2-amd64 registry.example.com/app:1.2-arm64
  hoist index create ocidir://out:multi ocidir://out:amd64 ocidir://out:arm64 --annotation org.opencontainers.image.version=1.2

Each entry's platform is read from the image's config; an artifact gets its artifactType. A
reference that is an index contributes its entries. Images that live elsewhere are copied to
the destination repository first.")]
    Create(IndexCreateArgs),
    /// Add images to an existing index (an entry for the same platform is replaced).
    #[command(after_help = "Examples:
  hoist index add registry.example.com/app:1.2 registry.example.com/app:1.2-riscv64")]
    Add(IndexAddArgs),
    /// Remove an entry from an index, by platform or digest.
    #[command(
        visible_alias = "remove",
        after_help = "Examples:
  hoist index rm registry.example.com/app:1.2 --platform linux/arm/v7
  hoist index rm ocidir://out:multi --digest sha256:..."
    )]
    Rm(IndexRmArgs),
}

#[derive(Debug, Args)]
pub struct IndexCreateArgs {
    /// Where the index goes.
    pub destination: String,
    /// The images (or indexes) to list, in order.
    #[arg(required = true)]
    pub images: Vec<String>,
    /// Set an annotation on the index.
    #[arg(long, value_name = "KEY=VALUE", value_parser = edit::parse_kv)]
    pub annotation: Vec<(String, String)>,
    #[command(flatten)]
    pub change: ChangeArgs,
}

#[derive(Debug, Args)]
pub struct IndexAddArgs {
    /// The index to change (the new one is written to the same reference).
    pub index: String,
    /// The image (or index) to add.
    pub image: String,
    /// Set an annotation on the index.
    #[arg(long, value_name = "KEY=VALUE", value_parser = edit::parse_kv)]
    pub annotation: Vec<(String, String)>,
    #[command(flatten)]
    pub change: ChangeArgs,
}

#[derive(Debug, Args)]
pub struct IndexRmArgs {
    /// The index to change (the new one is written to the same reference).
    pub index: String,
    /// Remove the entry for this platform.
    #[arg(
        long,
        value_name = "PLATFORM",
        required_unless_present = "digest",
        conflicts_with = "digest"
    )]
    pub platform: Option<String>,
    /// Remove the entry with this digest.
    #[arg(long, value_name = "DIGEST")]
    pub digest: Option<String>,
    /// Print the new index and push nothing.
    #[arg(long)]
    pub dry_run: bool,
}

pub async fn index(ctx: &Ctx, cmd: IndexCommand) -> Result<()> {
    use crate::image::index;
    match cmd {
        IndexCommand::Create(a) => {
            let refs: Vec<ImageRef> = a
                .images
                .iter()
                .map(|s| super::parse_ref(s))
                .collect::<Result<_>>()?;
            let dst = destination(ctx, &a.destination, a.change.dry_run)?;
            let out = index::create(&ctx.client, &refs, &dst.1, &a.annotation).await?;
            super::deliver(ctx, "index", out, dst, a.change.delivery(), None).await
        }
        IndexCommand::Add(a) => {
            let r = super::parse_ref(&a.image)?;
            let dst = destination(ctx, &a.index, a.change.dry_run)?;
            let out = index::add(&ctx.client, &dst.0, &dst.1, &r, &a.annotation).await?;
            super::deliver(ctx, "index", out, dst, a.change.delivery(), None).await
        }
        IndexCommand::Rm(a) => {
            let what = match (&a.platform, &a.digest) {
                (Some(p), _) => match super::parse_platform(p)? {
                    Selector::One(p) => index::Remove::Platform(p),
                    Selector::All => {
                        return Err(
                            Failure::usage("`--platform all` would remove every entry").into()
                        );
                    }
                },
                (None, Some(d)) => index::Remove::Digest(d.parse().map_err(|e: Failure| e)?),
                (None, None) => unreachable!("clap requires one"),
            };
            let change = ChangeArgs {
                platform: Vec::new(),
                dry_run: a.dry_run,
                jobs: 4,
            };
            let dst = destination(ctx, &a.index, a.dry_run)?;
            let out = index::remove(&ctx.client, &dst.0, &dst.1, &what).await?;
            super::deliver(ctx, "index", out, dst, change.delivery(), None).await
        }
    }
}
