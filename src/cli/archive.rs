//! `hoist archive create`: renders [`crate::archive::write_docker`].

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Ctx;
use crate::archive::{ToWrite, write_docker};
use crate::error::Failure;
use crate::output::{self, human_size};
use crate::reference::ImageRef;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write images into a docker archive (`docker save`'s format) that `docker load` and
    /// `podman load` read.
    #[command(after_help = "Examples:
  hoist archive create images.tar docker.io/library/alpine:3.20 registry.example.com/app:1.2
  hoist archive create app.tar ocidir://build/app:1 --platform linux/arm64

Each layer is written once, uncompressed (the format holds tars), named by its diffID and
checked against its digest and diffID as it streams; nothing is extracted to disk first. The
file appears only when it is complete. Images are named by their references (`RepoTags`).")]
    Create(CreateArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The archive to write (replaced if it exists).
    pub path: std::path::PathBuf,
    /// The images to put in it.
    #[arg(required = true)]
    pub images: Vec<String>,
    /// Platform to pick from indexes (default: this machine's).
    #[arg(long, short = 'p', value_name = "PLATFORM", default_value = "local")]
    pub platform: String,
}

/// The name `docker load` gives an image: its reference with a tag, if it has one.
pub fn load_name(r: &ImageRef) -> Option<String> {
    match r {
        ImageRef::Registry(x) => x.tag.as_ref().map(|t| format!("{}:{t}", x.name())),
        _ => None,
    }
}

pub async fn run(ctx: &Ctx, cmd: Command) -> Result<()> {
    match cmd {
        Command::Create(a) => {
            let mut images = Vec::new();
            for s in &a.images {
                let (repo, image) =
                    super::resolve_one(ctx, s, &a.platform, "archive create").await?;
                images.push(ToWrite {
                    repo,
                    image,
                    name: load_name(&super::parse_ref(s)?),
                });
            }
            if images.is_empty() {
                return Err(Failure::usage("name at least one image").into());
            }
            let w = write_docker(&a.path, images).await?;
            ctx.printer.status(format!(
                "wrote `{}`: {} images, {} layers, {}",
                a.path.display(),
                w.images,
                w.layers,
                human_size(w.bytes)
            ));
            if !ctx.printer.data(&w)? {
                output::out(format!("{}\n", a.path.display()).as_bytes())?;
            }
            Ok(())
        }
    }
}
