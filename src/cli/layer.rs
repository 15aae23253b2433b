//! `hoist layer pull` and `hoist layer ls`.
//!
//! It parses arguments, calls the library and renders the result; it must not hold logic a library
//! user would need, nor use another command file's.

use std::path::PathBuf;

use anyhow::{Context as _, Result};
use clap::{Args, Subcommand};
use futures_util::StreamExt as _;
use serde::Serialize;

use super::Ctx;
use crate::error::{Failure, Kind};
use crate::manifest::Descriptor;
use crate::media_types as mt;
use crate::output::{self, human_size, print_table, table};
use crate::repo;
use crate::transfer::{self, Fetched, verify};

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Download an image's layers (verified, in parallel, resumable), and optionally apply them
    /// to a directory.
    #[command(after_help = "Examples:
  hoist layer pull alpine:3.20 -o layers/
  hoist layer pull ghcr.io/org/app:1.2 --platform linux/arm64 --extract rootfs/
  hoist layer pull localhost:5000/app:v1 --layer 2 -o layers/

Each layer is saved as DIR/<digest hex> once its size and digest match. An interrupted pull
leaves `.<hex>.hoist-partial` files that the next run resumes with Range requests; layers
already in DIR are not downloaded again. `--extract` checks each layer's diffID before
applying it and resolves every path inside the directory (symlinks are followed as if it were
`/`); it refuses `..`, absolute paths, hardlinks leading outside and device nodes when not
root. Without `-o`, layers wait in a temporary directory under TMPDIR.")]
    Pull(PullArgs),
    /// List an image's layers with their compressed digests, diffIDs and history.
    #[command(
        visible_alias = "list",
        after_help = "Examples:
  hoist layer ls alpine:3.20
  hoist layer ls ghcr.io/org/app:1.2 --platform linux/arm64 --format json"
    )]
    Ls(LsArgs),
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("destination").required(true).multiple(true).args(["output", "extract"]))]
pub struct PullArgs {
    /// Image reference.
    pub reference: String,
    /// Platform to pick from an index (default: this machine's).
    #[arg(long, short = 'p', value_name = "PLATFORM", default_value = "local")]
    pub platform: String,
    /// Directory to save the layer blobs in.
    #[arg(short, long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Apply the layers in order into this directory (a root filesystem).
    #[arg(long, value_name = "DIR")]
    pub extract: Option<PathBuf>,
    /// Parallel downloads.
    #[arg(long, short = 'j', default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub jobs: u16,
    /// Only this layer: its 1-based position or its digest.
    #[arg(long, value_name = "N|DIGEST")]
    pub layer: Option<String>,
}

#[derive(Debug, Args)]
pub struct LsArgs {
    /// Image reference.
    pub reference: String,
    /// Also show each layer's uncompressed size (configs do not record it, so the layers are
    /// streamed and inflated, as `digest verify` does).
    #[arg(long)]
    pub sizes: bool,
    /// Platform to pick from an index (default: this machine's).
    #[arg(long, short = 'p', value_name = "PLATFORM", default_value = "local")]
    pub platform: String,
}

pub async fn run(ctx: &Ctx, cmd: Command) -> Result<()> {
    match cmd {
        Command::Pull(a) => pull(ctx, a).await,
        Command::Ls(a) => ls(ctx, a).await,
    }
}

fn select_layers(layers: &[Descriptor], pick: Option<&str>) -> Result<Vec<(usize, Descriptor)>> {
    let all: Vec<(usize, Descriptor)> = layers.iter().cloned().enumerate().collect();
    let Some(p) = pick else { return Ok(all) };
    let found = match p.parse::<usize>() {
        Ok(n) if n >= 1 && n <= layers.len() => Some(all[n - 1].clone()),
        Ok(_) => None,
        Err(_) => all
            .iter()
            .find(|(_, d)| d.digest.to_string() == p || d.digest.hex().starts_with(p))
            .cloned(),
    };
    found.map(|f| vec![f]).ok_or_else(|| {
        Failure::not_found(format!("layer `{p}` not found"))
            .hint(format!("the image has {} layers; pass a position from 1 or a digest (see `hoist layer ls`)", layers.len()))
            .into()
    })
}

/// Refuses, before any request, a destination that exists and is not a directory.
fn check_dir(path: Option<&PathBuf>, option: &str) -> Result<()> {
    match path {
        Some(p) if p.exists() && !p.is_dir() => Err(Failure::usage(format!(
            "`{}` is not a directory; `{option}` takes a directory (created when missing)",
            p.display()
        ))
        .into()),
        _ => Ok(()),
    }
}

async fn pull(ctx: &Ctx, a: PullArgs) -> Result<()> {
    check_dir(a.output.as_ref(), "--output")?;
    check_dir(a.extract.as_ref(), "--extract")?;
    let (repo, res) = super::resolve_one(ctx, &a.reference, &a.platform, "layer pull").await?;
    let layers = select_layers(&res.image.layers, a.layer.as_deref())?;
    let diff_ids = if a.extract.is_some() {
        repo::config(&repo, &res).await?.1.diff_ids().to_vec()
    } else {
        Vec::new()
    };
    // Without `-o`, layers are kept under TMPDIR until they are applied.
    let _tmp;
    let dir = match (&a.output, &a.extract) {
        (Some(d), _) => {
            std::fs::create_dir_all(d).with_context(|| format!("creating `{}`", d.display()))?;
            d.clone()
        }
        (None, Some(_)) => {
            _tmp = tempfile::Builder::new()
                .prefix(".hoist-layers-")
                .tempdir()
                .map_err(|e| {
                    Failure::new(
                        Kind::Other,
                        "cannot create a temporary directory for the layers",
                    )
                    .with_source(e)
                    .hint("set TMPDIR to a writable directory, or keep the layers with `-o DIR`")
                })?;
            _tmp.path().to_path_buf()
        }
        (None, None) => unreachable!("clap requires one"),
    };
    let total = res.image.layers.len();
    let interactive = ctx.printer.bars();
    let multi = indicatif::MultiProgress::new();
    let started = std::time::Instant::now();
    // Each layer is its own task, so hashing and writing spread over the worker threads.
    // A manifest may list one layer several times: each digest is downloaded once, and every
    // position that names it waits for that one download.
    let flight =
        std::sync::Arc::new(transfer::SingleFlight::<crate::digest::Digest, Fetched>::default());
    let mut fetches = futures_util::stream::iter(layers.iter().cloned().map(|(i, d)| {
        let repo = repo.clone();
        let flight = flight.clone();
        let dest = dir.join(d.digest.hex());
        let mut pb = transfer::bar(
            interactive,
            Some(&multi),
            &format!("layer {}", i + 1),
            d.size,
        );
        tokio::spawn(async move {
            let r = flight
                .run_reporting(&d.digest, || {
                    transfer::fetch_to_path(&repo, &d.digest, Some(d.size), &dest, &mut pb)
                })
                .await;
            let r = match r {
                // Another position of the manifest downloaded it.
                Ok((_, false)) => Ok(Fetched::Present { bytes: d.size }),
                Ok((f, true)) => Ok(f),
                Err(e) if d.is_foreign() && crate::error::kind_of(&e) == Kind::NotFound => {
                    Err(Failure::not_found(format!(
                        "layer {} ({}) is non-distributable and not in the registry",
                        i + 1,
                        d.digest
                    ))
                    .hint(format!(
                        "its bytes are at {}; hoist reads layers from registries only",
                        d.urls.clone().unwrap_or_default().join(", ")
                    ))
                    .into())
                }
                Err(e) => Err(e.context(format!("layer {} ({})", i + 1, d.digest))),
            };
            pb.finish_and_clear();
            (i, d, r)
        })
    }))
    .buffer_unordered(a.jobs as usize);
    // On a terminal the finished lines go through the bar group, above the bars.
    let say = |msg: String| {
        if interactive {
            let _ = multi.println(msg);
        } else {
            ctx.printer.status(msg);
        }
    };
    let mut bytes = 0u64;
    let mut failure = None;
    while let Some(joined) = fetches.next().await {
        let (i, d, r) = joined?;
        match r {
            Ok(Fetched::Downloaded { bytes: n, from }) => {
                bytes += n - from;
                let resumed = if from > 0 {
                    format!(", resumed at {}", human_size(from))
                } else {
                    String::new()
                };
                say(format!(
                    "layer {}/{total} {} downloaded ({}{resumed})",
                    i + 1,
                    d.digest,
                    human_size(n)
                ));
            }
            Ok(Fetched::Present { .. }) => {
                say(format!(
                    "layer {}/{total} {} already present",
                    i + 1,
                    d.digest
                ));
            }
            Err(e) if failure.is_none() => failure = Some(e),
            Err(_) => {}
        }
    }
    drop(fetches);
    if let Some(e) = failure {
        return Err(e);
    }
    ctx.printer.status(format!(
        "{} verified, {} downloaded in {:.1}s",
        output::count(layers.len() as u64, "layer", "layers"),
        human_size(bytes),
        started.elapsed().as_secs_f64()
    ));

    if let Some(root) = &a.extract {
        std::fs::create_dir_all(root).with_context(|| format!("creating `{}`", root.display()))?;
        let files = layers
            .iter()
            .map(|(i, d)| crate::layer::apply::LayerFile {
                name: format!("{} ({})", i + 1, d.digest),
                file: dir.join(d.digest.hex()),
                compression: mt::layer_compression(&d.media_type),
                diff_id: diff_ids.get(*i).cloned(),
            })
            .collect::<Vec<_>>();
        let positions: Vec<usize> = layers.iter().map(|(i, _)| *i).collect();
        crate::layer::apply::extract(
            root,
            files,
            crate::layer::apply::Options::detect(),
            a.jobs as usize,
            |k| {
                ctx.printer
                    .status(format!("layer {}/{total} applied", positions[k] + 1))
            },
        )
        .await?;
        ctx.printer
            .status(format!("extracted into `{}`", root.display()));
    }
    Ok(())
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LayerRow {
    index: usize,
    media_type: String,
    size: u64,
    digest: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    diff_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    uncompressed_size: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    created_by: Option<String>,
}

async fn ls(ctx: &Ctx, a: LsArgs) -> Result<()> {
    let (repo, res) = super::resolve_one(ctx, &a.reference, &a.platform, "layer ls").await?;
    let (_, cfg) = repo::config(&repo, &res).await?;
    let history = cfg.layer_history();
    let mut sizes: std::collections::HashMap<crate::digest::Digest, u64> = Default::default();
    // A layer that cannot be read whole and checked is a verification failure (exit 5), not
    // an empty cell.
    if a.sizes {
        let checks = futures_util::stream::iter(res.image.layers.iter().map(|l| {
            let repo = repo.clone();
            let (d, size) = (l.digest.clone(), l.size);
            let c = mt::layer_compression(&l.media_type);
            tokio::spawn(async move {
                let n = match verify::check_layer(&repo, &d, size, c).await {
                    Ok(chk) => chk.into_verified(&repo, &d, size),
                    Err(e) => Err(e),
                };
                (d, n)
            })
        }))
        .buffer_unordered(4)
        .collect::<Vec<_>>()
        .await;
        for joined in checks {
            let (d, n) = joined?;
            sizes.insert(d, n?);
        }
    }
    let rows: Vec<LayerRow> = res
        .image
        .layers
        .iter()
        .enumerate()
        .map(|(i, l)| LayerRow {
            index: i + 1,
            media_type: l.media_type.clone(),
            size: l.size,
            digest: l.digest.to_string(),
            diff_id: cfg.diff_ids().get(i).map(|d| d.to_string()),
            uncompressed_size: sizes.get(&l.digest).copied(),
            created_by: history.get(i).and_then(|h| h.created_by.clone()),
        })
        .collect();
    if ctx.printer.data(&rows)? {
        return Ok(());
    }
    let mut header = vec!["#", "MEDIA TYPE", "SIZE", "DIGEST", "DIFFID", "CREATED BY"];
    if a.sizes {
        header.insert(3, "UNCOMPRESSED");
    }
    let mut t = table(&header);
    for r in &rows {
        let by = r.created_by.clone().unwrap_or_else(|| "-".into());
        let by = if by.chars().count() > 60 {
            format!("{}…", by.chars().take(59).collect::<String>())
        } else {
            by
        };
        let mut row = vec![
            r.index.to_string(),
            mt::short(&r.media_type).to_string(),
            human_size(r.size),
            r.digest.clone(),
            r.diff_id.clone().unwrap_or_else(|| "-".into()),
            by,
        ];
        if a.sizes {
            row.insert(
                3,
                r.uncompressed_size
                    .map(human_size)
                    .unwrap_or_else(|| "-".into()),
            );
        }
        t.add_row(row);
    }
    print_table(&t)?;
    let total: u64 = rows.iter().map(|r| r.size).sum();
    output::out(
        format!(
            "\n{}, {} compressed\n",
            output::count(rows.len() as u64, "layer", "layers"),
            human_size(total)
        )
        .as_bytes(),
    )?;
    Ok(())
}
