//! `hoist tag ls|add|delete`.
//!
//! It parses arguments, calls the library and renders the result; it must not hold logic a library
//! user would need, nor use another command file's.

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
    /// Delete a tag, and only the tag: the image and its other tags stay.
    #[command(
        visible_alias = "rm",
        after_help = "Examples:
  hoist tag delete registry.example.com/app:old-build
  hoist tag delete ocidir://mirror:stale
  hoist tag delete registry.example.com/app:old-build --manifest

A registry that cannot delete a tag alone (distribution 2.x and others) gets the tag moved to
a placeholder manifest of its own, which is then deleted by digest. `--manifest` deletes the
manifest the tag points at instead, with every other tag of it (named in a warning)."
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
    /// On a registry that cannot delete a tag alone, delete the manifest it points at (and
    /// with it every other tag of that manifest) instead of moving the tag to a placeholder.
    #[arg(long)]
    pub manifest: bool,
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
    // An archive's names are the whole archive's: any image of it will do to read them.
    let opened = match &r {
        ImageRef::Archive(a) if a.selector.is_none() => {
            ImageRef::Archive(crate::archive::ArchiveRef {
                selector: Some("@0".into()),
                ..a.clone()
            })
        }
        _ => r.clone(),
    };
    let repo = ctx.repo(&opened)?;
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
        ImageRef::Archive(a) => a.to_string(),
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
        // `tag add R:a R:b` (crane's and docker's shape): a new tag is a bare tag here.
        if t.contains('/') || t.contains(':') || t.contains('@') {
            let bare = t
                .rsplit_once(':')
                .filter(|(_, tag)| !tag.contains('/'))
                .map(|(_, tag)| tag.to_string());
            let mut f = Failure::usage(format!(
                "`{t}` is not a tag: `tag add` takes bare tags, in the image's own repository"
            ));
            if let Some(b) = &bare {
                f = f.hint(format!(
                    "for the same repository: `hoist tag add {} {b}`",
                    a.reference
                ));
            }
            f = f.hint(format!(
                "to tag into another repository or registry: `hoist copy {} {t}`",
                a.reference
            ));
            return Err(f.into());
        }
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

/// The registry cannot delete a tag alone (distribution 2.x, and others): point the tag at a
/// manifest nothing else uses, then delete that manifest by digest, so the image and its other
/// tags survive (regctl's method). Should the delete fail, the tag is put back.
async fn delete_through_placeholder(
    ctx: &Ctx,
    client: &crate::client::Client,
    reference: &Reference,
    tag: &str,
    original: &crate::manifest::Manifest,
) -> Result<()> {
    let empty = bytes::Bytes::from_static(b"{}");
    let config = client.push_blob_bytes(reference, empty).await?;
    let placeholder = crate::manifest::artifact(
        &config,
        "application/vnd.hoist.tag-delete.placeholder.v1",
        Vec::new(),
        [
            (
                "org.opencontainers.image.description".to_string(),
                format!("placeholder for deleting tag {tag}"),
            ),
            ("dev.hoist.nonce".to_string(), crate::manifest::nonce()),
        ]
        .into(),
        None,
    )?;
    client.put_manifest(reference, tag, &placeholder).await?;
    if let Err(e) = client.delete_manifest(reference, &placeholder.digest).await {
        // Leave the tag as it was, not on the placeholder.
        let restored = client.put_manifest(reference, tag, original).await;
        let e = e.context(format!(
            "`{}` cannot delete tags, and deleting the placeholder manifest failed",
            reference.registry
        ));
        return Err(match restored {
            Ok(_) => e.context(format!("tag `{tag}` points at {} again", original.digest)),
            Err(r) => e.context(format!(
                "tag `{tag}` could not be put back on {}: {}",
                original.digest,
                crate::error::render(&r)
            )),
        });
    }
    ctx.printer.status(format!(
        "`{}` cannot delete a tag alone: moved `{tag}` to a placeholder and deleted that; {} and its other tags are kept",
        reference.registry, original.digest
    ));
    Ok(())
}

/// `--manifest`: deletes the manifest the tag points at, naming the other tags that go with it.
async fn delete_manifest_and_say(
    ctx: &Ctx,
    client: &crate::client::Client,
    reference: &Reference,
    tag: &str,
    digest: &crate::digest::Digest,
) -> Result<()> {
    let mut others = Vec::new();
    for t in client
        .tags(reference)
        .await?
        .into_iter()
        .filter(|t| t != tag)
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
            .is_ok_and(|h| h.descriptor.digest == *digest)
        {
            others.push(t);
        }
    }
    client.delete_manifest(reference, digest).await?;
    if !others.is_empty() {
        ctx.printer.warn(format!(
            "manifest {digest} was deleted; these tags pointed at it too and are gone: {}",
            others.join(", ")
        ));
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
        Repo::Archive { reference, .. } => {
            return Err(crate::repo::read_only(reference));
        }
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
            let original = client.get_manifest(reference).await?;
            let digest = original.digest.clone();
            if !client.delete_tag(reference, &tag).await? {
                if a.manifest {
                    delete_manifest_and_say(ctx, client, reference, &tag, &digest).await?;
                } else {
                    delete_through_placeholder(ctx, client, reference, &tag, &original).await?;
                }
            }
        }
    }
    ctx.printer
        .status(format!("deleted tag `{tag}` of `{}`", repo.display()));
    Ok(())
}
