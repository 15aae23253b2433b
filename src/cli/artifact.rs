//! `hoist artifact push`, `attach` and `pull` (the work is in [`crate::artifact`]).
//!
//! It parses arguments, calls the library and renders the result; it must not hold logic a
//! library user would need, nor use another command file's.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Ctx;
use crate::artifact::{self, FileSpec, PushOptions};
use crate::error::Failure;
use crate::reference::ImageRef;
use crate::repo::Repo;

/// Push, attach and pull OCI artifacts (files, SBOMs, anything), as oras does.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Push files as an OCI 1.1 artifact.
    #[command(after_help = "Examples:
  hoist artifact push registry.example.com/docs:v1 README.md guide.pdf:application/pdf
  hoist artifact push registry.example.com/site:v1 ./public --artifact-type application/vnd.example.site
  hoist artifact push registry.example.com/app:sbom sbom.json:application/spdx+json --subject registry.example.com/app:1.2

Each FILE is a layer titled with its name (media type `application/vnd.oci.image.layer.v1.tar`
unless `:MEDIATYPE` is given); a directory is one tar+gzip layer that `artifact pull` (and oras)
unpack. The config is the empty `{}` unless `--config`. Prints the manifest's digest.")]
    Push(PushArgs),
    /// Attach files to an image (a referrer: `subject` is the image), as `oras attach` does.
    #[command(after_help = "Examples:
  hoist artifact attach registry.example.com/app:1.2 sbom.spdx.json --artifact-type application/spdx+json
  hoist referrers registry.example.com/app:1.2

The artifact is pushed by digest into the image's repository. Registries with the referrers
API list it by themselves; on others the `sha256-<hex>` fallback tag's index gets it (its other
entries kept). Prints the artifact's digest.")]
    Attach(AttachArgs),
    /// Pull an artifact's files into a directory.
    #[command(after_help = "Examples:
  hoist artifact pull registry.example.com/docs:v1 -o docs
  hoist artifact pull registry.example.com/app@sha256:... -o out --overwrite

Every layer with a title is written to DIR/TITLE once its digest is checked (exit 5 on a
mismatch, and no file of that name). A title that is not a plain file name (empty, `.`, `..`,
absolute, with `/`, `\\` or NUL) is refused with exit 5 before anything is written; an existing
file is exit 2 unless `--overwrite`. A directory layer is unpacked inside DIR through the same
confined walk as `layer pull --extract`.")]
    Pull(PullArgs),
}

#[derive(Debug, Args)]
pub struct PushArgs {
    /// Where the artifact goes (`registry/repository:tag`, or `ocidir://DIR:TAG`).
    pub reference: String,
    /// Files and directories, each `PATH[:MEDIATYPE]`.
    #[arg(value_name = "FILE[:MEDIATYPE]")]
    pub files: Vec<String>,
    /// The manifest's `artifactType` (default `application/vnd.unknown.artifact.v1`, or none
    /// with `--config`).
    #[arg(long, value_name = "TYPE")]
    pub artifact_type: Option<String>,
    /// A config blob instead of the empty `{}`.
    #[arg(long, value_name = "FILE[:MEDIATYPE]")]
    pub config: Option<String>,
    /// A manifest annotation.
    #[arg(long, value_name = "KEY=VALUE", value_parser = crate::image::edit::parse_kv)]
    pub annotation: Vec<(String, String)>,
    /// The image this artifact refers to (in the same repository).
    #[arg(long, value_name = "SUBJECT_REF")]
    pub subject: Option<String>,
}

#[derive(Debug, Args)]
pub struct AttachArgs {
    /// The image to attach to.
    pub subject: String,
    /// Files and directories, each `PATH[:MEDIATYPE]`.
    #[arg(value_name = "FILE[:MEDIATYPE]", required = true)]
    pub files: Vec<String>,
    /// The artifact's type (what `referrers --artifact-type` filters on).
    #[arg(long, value_name = "TYPE", required = true)]
    pub artifact_type: String,
    /// A manifest annotation.
    #[arg(long, value_name = "KEY=VALUE", value_parser = crate::image::edit::parse_kv)]
    pub annotation: Vec<(String, String)>,
}

#[derive(Debug, Args)]
pub struct PullArgs {
    /// The artifact.
    pub reference: String,
    /// The directory to write into (created when missing).
    #[arg(long, short = 'o', value_name = "DIR")]
    pub output: PathBuf,
    /// Replace files that exist.
    #[arg(long)]
    pub overwrite: bool,
}

fn same_repository(a: &ImageRef, b: &ImageRef) -> bool {
    match (a, b) {
        (ImageRef::Registry(x), ImageRef::Registry(y)) => {
            x.registry == y.registry && x.repository == y.repository
        }
        (ImageRef::Layout(x), ImageRef::Layout(y)) => x.path == y.path,
        _ => false,
    }
}

async fn push_and_say(
    ctx: &Ctx,
    repo: &Repo,
    files: &[String],
    opts: PushOptions,
    tag: Option<&str>,
) -> Result<()> {
    let files: Vec<FileSpec> = files.iter().map(|f| FileSpec::parse(f)).collect();
    let done = artifact::push(repo, &files, &opts, tag).await?;
    if let Some(t) = &done.fallback_tag {
        ctx.printer.status(format!(
            "listed in the fallback tag `{t}` (the registry has no referrers API)"
        ));
    }
    if ctx.printer.data(&done)? {
        return Ok(());
    }
    crate::output::text(&format!("{}\n", done.digest))
}

pub async fn run(ctx: &Ctx, c: Command) -> Result<()> {
    match c {
        Command::Push(a) => {
            let r = super::parse_ref(&a.reference)?;
            let repo = Repo::open_for_write(&ctx.client, &r)?;
            let subject = match &a.subject {
                Some(s) => {
                    let sr = super::parse_ref(s)?;
                    if !same_repository(&r, &sr) {
                        return Err(Failure::usage(
                            "a subject must be in the artifact's repository (registries find referrers there)",
                        )
                        .hint("push the artifact into the subject's repository, or use `artifact attach`")
                        .into());
                    }
                    Some(ctx.repo(&sr)?.head().await?)
                }
                None => None,
            };
            let opts = PushOptions {
                artifact_type: a.artifact_type,
                config: a.config.as_deref().map(FileSpec::parse),
                annotations: a.annotation.into_iter().collect::<BTreeMap<_, _>>(),
                subject,
            };
            let tag = r.tag().or_else(|| {
                r.digest()
                    .is_none()
                    .then(|| crate::reference::DEFAULT_TAG.into())
            });
            push_and_say(ctx, &repo, &a.files, opts, tag.as_deref()).await
        }
        Command::Attach(a) => {
            let r = super::parse_ref(&a.subject)?;
            let repo = Repo::open_for_write(&ctx.client, &r)?;
            let subject = repo.head().await?;
            let opts = PushOptions {
                artifact_type: Some(a.artifact_type),
                config: None,
                annotations: a.annotation.into_iter().collect(),
                subject: Some(subject),
            };
            push_and_say(ctx, &repo, &a.files, opts, None).await
        }
        Command::Pull(a) => {
            let r = super::parse_ref(&a.reference)?;
            let repo = ctx.repo(&r)?;
            let done = artifact::pull(&repo, &a.output, a.overwrite).await?;
            ctx.printer.status(format!(
                "pulled {} into `{}` ({})",
                crate::output::count(done.files.len() as u64, "file", "files"),
                a.output.display(),
                crate::output::human_size(done.bytes)
            ));
            if ctx.printer.data(&done)? {
                return Ok(());
            }
            let mut s = String::new();
            for f in &done.files {
                s.push_str(&a.output.join(f).display().to_string());
                s.push('\n');
            }
            crate::output::text(&s)
        }
    }
}
