//! `hoist archive create`: renders [`crate::archive::write`].
//!
//! It parses arguments, calls the library and renders the result; it must not hold logic a library
//! user would need, nor use another command file's.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Ctx;
use crate::archive::Kind;
use crate::error::Failure;
use crate::output::{self, human_size};
use crate::transfer::archive::{ToWrite, write};

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write images into a docker archive (`docker save`'s format) that `docker load` and
    /// `podman load` read, or into an OCI archive (a tar of an OCI image layout).
    #[command(after_help = "Examples:
  hoist archive create images.tar docker.io/library/alpine:3.20 registry.example.com/app:1.2
  hoist archive create app.tar ocidir://build/app:1 --platform linux/arm64
  hoist archive create oci-archive:images.tar alpine:3.20 debian:12

A docker archive holds one platform of each image. Each layer is written once, uncompressed
(the format holds tars), named by its diffID and checked against its digest and diffID as it
streams. Images are named by their references (`RepoTags`).

An OCI archive holds each image whole (every platform of an index) unless `--platform` is
given, with every blob as it is: digests are kept. Images are named by their references
(`org.opencontainers.image.ref.name`).

Nothing is extracted to disk first; the file appears only when it is complete.")]
    Create(CreateArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The archive to write (replaced if it exists): `oci-archive:PATH` for an OCI archive;
    /// `PATH` or `docker-archive:PATH` for a docker archive.
    #[arg(value_name = "ARCHIVE")]
    pub path: String,
    /// The images to put in it.
    #[arg(required = true)]
    pub images: Vec<String>,
    /// Platform to pick from indexes (default: this machine's for docker archives, every
    /// platform for OCI archives).
    #[arg(long, short = 'p', value_name = "PLATFORM")]
    pub platform: Option<String>,
}

pub async fn run(ctx: &Ctx, cmd: Command) -> Result<()> {
    match cmd {
        Command::Create(a) => {
            let (kind, path) = match a.path.split_once(':') {
                Some(("oci-archive", p)) => (Kind::Oci, p),
                Some(("docker-archive", p)) => (Kind::Docker, p),
                _ => (Kind::Docker, a.path.as_str()),
            };
            if path.is_empty() {
                return Err(Failure::usage("name the archive to write").into());
            }
            let path = std::path::Path::new(path);
            let mut images = Vec::new();
            for s in &a.images {
                let names = crate::transfer::archive::load_name(&super::parse_ref(s)?)
                    .into_iter()
                    .collect();
                let (repo, manifest) = match (kind, &a.platform) {
                    (Kind::Oci, None) => {
                        let repo = ctx.repo(&super::parse_ref(s)?)?;
                        let m = repo.manifest().await?;
                        (repo, m)
                    }
                    (_, p) => {
                        let p = p.as_deref().unwrap_or("local");
                        let (repo, image) = super::resolve_one(ctx, s, p, "archive create").await?;
                        (repo, image.manifest)
                    }
                };
                images.push(ToWrite {
                    repo,
                    manifest,
                    names,
                });
            }
            if images.is_empty() {
                return Err(Failure::usage("name at least one image").into());
            }
            let w = write(kind, path, images).await?;
            ctx.printer.status(format!(
                "wrote `{}`: {}, {}, {}",
                path.display(),
                output::count(w.images as u64, "image", "images"),
                output::count(w.layers as u64, "layer", "layers"),
                human_size(w.bytes)
            ));
            if !ctx.printer.data(&w)? {
                output::out(format!("{}\n", path.display()).as_bytes())?;
            }
            Ok(())
        }
    }
}
