//! `hoist tag ls`.

use anyhow::Result;
use clap::{Args, Subcommand};
use serde::Serialize;

use super::Ctx;
use crate::error::Failure;
use crate::output;

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
    let Command::Ls(a) = cmd;
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
        crate::reference::ImageRef::Registry(reference) => reference.name(),
        crate::reference::ImageRef::Layout(l) => format!("ocidir://{}", l.path.display()),
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
        output::out(s.as_bytes())?;
    }
    Ok(())
}
