//! `hoist blob get|head`.
//!
//! It parses arguments, calls the library and renders the result; it must not hold logic a library
//! user would need, nor use another command file's.

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

With `-o` the file appears only once the digest matches. On stdout (`-o -`, or a pipe) the
bytes are written once the digest matches (held in memory up to 8 MiB, then in a temporary
file under TMPDIR); a mismatch writes nothing and exits 5. A terminal gets no binary unless
`-o -` asks for it.")]
    Get(GetArgs),
    /// Show a blob's size and digest without downloading it.
    #[command(after_help = "Examples:
  hoist blob head localhost:5000/app@sha256:...
  hoist blob head ocidir://mirror@sha256:... --format json")]
    Head(HeadArgs),
    /// Upload a file (or stdin) as a blob; prints its digest.
    #[command(after_help = "Examples:
  hoist blob put localhost:5000/team/app ./layer.tar.gz
  tar c ./conf | gzip -n | hoist blob put ocidir://out -

The bytes stream in one pass: to a registry in one PATCH, hashed on the way, committed with
the digest once the stream ends; to a layout into a temporary file renamed to its digest.")]
    Put(PutArgs),
    /// Delete a blob from a repository (registries must allow deletion).
    #[command(
        visible_alias = "rm",
        after_help = "Examples:
  hoist blob delete localhost:5000/team/app@sha256:...

A blob still listed by a manifest in the repository becomes unreadable through it; delete
blobs only when nothing lists them."
    )]
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct PutArgs {
    /// `registry/repo` or `ocidir://DIR`.
    pub repository: String,
    /// The file to upload; `-` or nothing for stdin.
    pub file: Option<std::path::PathBuf>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// `registry/repo@sha256:...` or `ocidir://DIR@sha256:...`.
    pub reference: String,
}

#[derive(Debug, Args)]
pub struct GetArgs {
    /// `registry/repo@sha256:...` or `ocidir://DIR@sha256:...`.
    pub reference: String,
    /// Write to this file instead of stdout (into a directory: as `DIR/<digest hex>`; `-` is
    /// stdout, also when it is a terminal).
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
            let to_stdout = a.output.as_deref().is_some_and(|p| p.as_os_str() == "-");
            if a.output.is_none() && std::io::IsTerminal::is_terminal(&std::io::stdout()) {
                return Err(Failure::usage("`blob get` writes binary data; stdout is a terminal")
                    .hint("name a file with `-o FILE`, pipe the output, or pass `-o -` to write to the terminal anyway")
                    .into());
            }
            let n = match &a.output {
                Some(path) if !to_stdout => {
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
                _ => {
                    let mut spool = transfer::spool::Spool::new(transfer::spool::SPOOL_MEMORY);
                    transfer::stream_verified(&repo, &d, None, &mut spool, &mut ()).await?;
                    tokio::task::spawn_blocking(move || {
                        spool.copy_to(&mut output::StdoutSink(std::io::stdout()))
                    })
                    .await?
                    .map_err(output::stdout_error)?
                }
            };
            tracing::debug!(bytes = n, "blob verified");
            Ok(())
        }
        Command::Put(a) => {
            let r = super::parse_ref(&a.repository)?;
            if r.digest().is_some() {
                return Err(Failure::usage(
                    "`blob put` takes a repository; the digest is computed",
                )
                .into());
            }
            let repo = crate::repo::Repo::open_for_write(&ctx.client, &r)?;
            let (d, size) = match a.file.as_deref() {
                None => transfer::put::put_blob(&repo, tokio::io::stdin()).await?,
                Some(p) if p.as_os_str() == "-" => {
                    transfer::put::put_blob(&repo, tokio::io::stdin()).await?
                }
                Some(p) => {
                    let f = tokio::fs::File::open(p).await.map_err(|e| {
                        Failure::usage(format!("cannot read `{}`: {e}", p.display()))
                    })?;
                    transfer::put::put_blob(&repo, f).await?
                }
            };
            ctx.printer.status(format!(
                "uploaded {d} ({size} bytes) to `{}`",
                repo.display()
            ));
            let j = BlobJson {
                digest: d.to_string(),
                size,
            };
            if !ctx.printer.data(&j)? {
                output::out(format!("{d}\n").as_bytes())?;
            }
            Ok(())
        }
        Command::Delete(a) => {
            let (r, d) = blob_ref(&a.reference)?;
            let repo = ctx.repo(&r)?;
            if !transfer::put::delete_blob(&repo, &d).await? {
                return Err(Failure::not_found(format!(
                    "blob `{}` not found",
                    repo.display_at(&d)
                ))
                .into());
            }
            ctx.printer
                .status(format!("deleted {}", repo.display_at(&d)));
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
