//! `hoist blob get|head`.

use anyhow::Result;
use clap::{Args, Subcommand};
use serde::Serialize;

use super::Ctx;
use crate::digest::Digest;
use crate::error::Failure;
use crate::output;
use crate::reference::ImageRef;
use crate::transfer;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Download a blob, verifying its digest.
    #[command(after_help = "Examples:
  hoist blob get localhost:5000/app@sha256:... -o layer.tar.gz
  hoist blob get alpine@sha256:... | tar tz

With `-o` the file appears only once the digest matches. On stdout the bytes stream as they
arrive; a mismatch is reported at the end with exit code 5.")]
    Get(GetArgs),
    /// Show a blob's size and digest without downloading it.
    #[command(after_help = "Examples:
  hoist blob head localhost:5000/app@sha256:...
  hoist blob head ocidir://mirror@sha256:... --format json")]
    Head(HeadArgs),
}

#[derive(Debug, Args)]
pub struct GetArgs {
    /// `registry/repo@sha256:...` or `ocidir://DIR@sha256:...`.
    pub reference: String,
    /// Write to this file instead of stdout (into a directory: as `DIR/<digest hex>`).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
}

#[derive(Debug, Args)]
pub struct HeadArgs {
    /// `registry/repo@sha256:...` or `ocidir://DIR@sha256:...`.
    pub reference: String,
}

fn blob_ref(s: &str) -> Result<(ImageRef, Digest)> {
    let r = super::parse_ref(s)?;
    let d = r.digest().cloned().ok_or_else(|| {
        Failure::usage(format!("`{s}` names no blob digest"))
            .hint("blobs are addressed as `registry/repo@sha256:<hex>`; find digests with `hoist manifest get`")
    })?;
    Ok((r, d))
}

/// Where `-o PATH` puts a blob: PATH itself, or `PATH/<hex>` when PATH is a directory. A
/// missing parent directory is a usage error, found before anything is downloaded.
fn destination(path: &std::path::Path, d: &Digest) -> Result<std::path::PathBuf> {
    if path.is_dir() {
        return Ok(path.join(d.hex()));
    }
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() && !parent.is_dir() => {
            Err(Failure::usage(format!(
                "cannot write `{}`: the directory `{}` does not exist",
                path.display(),
                parent.display()
            ))
            .into())
        }
        _ => Ok(path.to_path_buf()),
    }
}

#[derive(Serialize)]
struct BlobJson {
    digest: String,
    size: u64,
}

pub async fn run(ctx: &Ctx, cmd: Command) -> Result<()> {
    match cmd {
        Command::Get(a) => {
            let (r, d) = blob_ref(&a.reference)?;
            let repo = ctx.repo(&r)?;
            let n = match &a.output {
                Some(path) => {
                    let path = &destination(path, &d)?;
                    let mut pb = transfer::bar(ctx.printer.bars(), None, "blob", 0);
                    let n = match transfer::fetch_to_path(&repo, &d, None, path, &mut pb).await? {
                        transfer::Fetched::Downloaded { bytes, .. } => bytes,
                        transfer::Fetched::Present { bytes } => bytes,
                    };
                    pb.finish_and_clear();
                    ctx.printer.status(format!(
                        "wrote {n} bytes to `{}` (verified {d})",
                        path.display()
                    ));
                    n
                }
                None => {
                    let mut out = output::StdoutSink(std::io::stdout());
                    let n = transfer::stream_verified(&repo, &d, None, &mut out, &mut ()).await?;
                    std::io::Write::flush(&mut out)?;
                    n
                }
            };
            tracing::debug!(bytes = n, "blob verified");
            Ok(())
        }
        Command::Head(a) => {
            let (r, d) = blob_ref(&a.reference)?;
            let repo = ctx.repo(&r)?;
            let size = repo.head_blob(&d).await?.ok_or_else(|| {
                Failure::not_found(format!("blob `{}` not found", repo.display_at(&d)))
            })?;
            let j = BlobJson {
                digest: d.to_string(),
                size,
            };
            if !ctx.printer.data(&j)? {
                output::out(format!("{d} {size}\n").as_bytes())?;
            }
            Ok(())
        }
    }
}
