//! `hoist tag ls|add|delete`.

use anyhow::Result;
use clap::{Args, Subcommand};
use serde::Serialize;

use super::Ctx;
use crate::error::Failure;
use crate::output;
use crate::reference::{ImageRef, Reference};
use crate::repo::Repo;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List a repository's tags (sorted; every page of the registry's listing).
    #[command(
        visible_alias = "list",
        after_help = "Examples:
  hoist tag ls localhost:5000/team/app
  hoist tag ls ghcr.io/org/app --include '^v[0-9]+\\.' --exclude -rc
  hoist tag ls ocidir://./images"
    )]
    Ls(LsArgs),
    /// Point more tags at an image (one manifest PUT per tag, no blobs move).
    #[command(after_help = "Examples:
  hoist tag add registry.example.com/app:sha-abc123 v1.2.0 latest
  hoist tag add ocidir://mirror:3.20 stable")]
    Add(AddArgs),
    /// Delete a tag. Registries that cannot delete tags get the manifest deleted by digest,
    /// with a warning naming the other tags that go with it.
    #[command(
        visible_alias = "rm",
        after_help = "Examples:
  hoist tag delete registry.example.com/app:old-build
  hoist tag delete ocidir://mirror:stale"
    )]
    Delete(DeleteArgs),
}

#[derive(Debug, Args)]
pub struct LsArgs {
    /// Repository (`registry/repo`) or `ocidir://DIR`.
    pub repository: String,
    /// Only tags matching this regular expression.
    #[arg(long, value_name = "REGEX")]
    pub include: Option<String>,
    /// Leave out tags matching this regular expression.
    #[arg(long, value_name = "REGEX")]
    pub exclude: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The image to tag (`registry/repo:tag` or `@digest`).
    pub reference: String,
    /// New tags in the same repository.
    #[arg(required = true, value_name = "TAG")]
    pub tags: Vec<String>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The tag to delete (`registry/repo:tag` or `ocidir://DIR:TAG`).
    pub reference: String,
}

fn regex(s: &Option<String>, flag: &str) -> Result<Option<regex_lite::Regex>> {
    s.as_deref()
        .map(|r| {
            regex_lite::Regex::new(r).map_err(|e| {
                Failure::usage(format!("invalid `--{flag}` expression `{r}`: {e}")).into()
            })
        })
        .transpose()
}

#[derive(Serialize)]
struct TagsJson {
    repository: String,
    tags: Vec<String>,
}

pub async fn run(ctx: &Ctx, cmd: Command) -> Result<()> {
    match cmd {
        Command::Ls(a) => ls(ctx, a).await,
        Command::Add(a) => add(ctx, a).await,
        Command::Delete(a) => delete(ctx, a).await,
    }
}

async fn ls(ctx: &Ctx, a: LsArgs) -> Result<()> {
    let include = regex(&a.include, "include")?;
    let exclude = regex(&a.exclude, "exclude")?;
    let r = super::parse_ref(&a.repository)?;
    if r.digest().is_some() {
        return Err(Failure::usage("`tag ls` takes a repository, not a digest").into());
    }
    let repo = ctx.repo(&r)?;
    let mut tags: Vec<String> = repo
        .tags()
        .await?
        .into_iter()
        .filter(|t| include.as_ref().is_none_or(|re| re.is_match(t)))
        .filter(|t| exclude.as_ref().is_none_or(|re| !re.is_match(t)))
        .collect();
    tags.sort();
    tags.dedup();
    let name = match &r {
        ImageRef::Registry(reference) => reference.name(),
        ImageRef::Layout(l) => format!("ocidir://{}", l.path.display()),
    };
    if !ctx.printer.data(&TagsJson {
        repository: name,
        tags: tags.clone(),
    })? {
        let mut s = String::new();
        for t in tags {
            s.push_str(&t);
            s.push('\n');
        }
        output::text(&s)?;
    }
    Ok(())
}

async fn add(ctx: &Ctx, a: AddArgs) -> Result<()> {
    let r = super::parse_ref(&a.reference)?;
    for t in &a.tags {
        // Validate each tag with the reference grammar.
        Reference::parse(&format!("x:{t}"))?;
    }
    let repo = ctx.repo(&r)?;
    let m = repo.manifest().await?;
    for t in &a.tags {
        repo.put_manifest(&m, Some(t)).await?;
        ctx.printer.status(format!("tagged {} as `{t}`", m.digest));
    }
    if !ctx
        .printer
        .data(&serde_json::json!({"digest": m.digest.to_string(), "tags": a.tags}))?
    {
        output::out(format!("{}\n", m.digest).as_bytes())?;
    }
    Ok(())
}

async fn delete(ctx: &Ctx, a: DeleteArgs) -> Result<()> {
    let r = super::parse_ref(&a.reference)?;
    let repo = ctx.repo(&r)?;
    let Some(tag) = repo.tag().map(str::to_string) else {
        return Err(Failure::usage("name the tag to delete (`repo:tag`)")
            .hint("to delete a manifest by digest use `hoist manifest delete REPO@sha256:...`")
            .into());
    };
    match &repo {
        Repo::Layout { layout, .. } => {
            if !layout.remove_ref(&tag)? {
                return Err(Failure::not_found(format!(
                    "tag `{tag}` not found in `{}`",
                    layout.root().display()
                ))
                .into());
            }
        }
        Repo::Registry { client, reference } => {
            let digest = client.head_manifest(reference).await?.descriptor.digest;
            if !client.delete_tag(reference, &tag).await? {
                // The registry cannot delete a tag alone: deleting the manifest removes every
                // tag that points at it, so say which.
                let mut others = Vec::new();
                for t in client
                    .tags(reference)
                    .await?
                    .into_iter()
                    .filter(|t| *t != tag)
                    .take(500)
                {
                    let tr = Reference {
                        tag: Some(t.clone()),
                        digest: None,
                        ..reference.clone()
                    };
                    if client
                        .head_manifest(&tr)
                        .await
                        .is_ok_and(|h| h.descriptor.digest == digest)
                    {
                        others.push(t);
                    }
                }
                client.delete_manifest(reference, &digest).await?;
                if !others.is_empty() {
                    ctx.printer.warn(format!(
                        "`{}` cannot delete a tag alone, so manifest {digest} was deleted; these tags pointed at it too and are gone: {}",
                        reference.registry,
                        others.join(", ")
                    ));
                }
            }
        }
    }
    ctx.printer
        .status(format!("deleted tag `{tag}` of `{}`", repo.display()));
    Ok(())
}
