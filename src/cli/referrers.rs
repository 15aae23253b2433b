//! `hoist referrers`: what is attached to an image (the work is in
//! [`crate::image::referrers`]).
//!
//! It parses arguments, calls the library and renders the result; it must not hold logic a library
//! user would need, nor use another command file's.

use anyhow::Result;
use clap::Args;

use super::Ctx;
use crate::image::referrers::Referrer;
use crate::output::{self, human_size};

/// List what is attached to an image: signatures, SBOMs, attestations.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  hoist referrers ghcr.io/org/app:1.2
  hoist referrers ghcr.io/org/app@sha256:... --tree
  hoist referrers localhost:5000/app:v1 --artifact-type application/spdx+json --format json

Referrers come from the registry's referrers API, or from the `sha256-<hex>` fallback tag on
registries without one (distribution 2.x). With an index, the referrers of the index itself
are listed; name a platform's manifest by digest for its own.")]
pub struct ReferrersArgs {
    /// Image reference.
    pub reference: String,
    /// Also list what refers to each referrer, recursively.
    #[arg(long)]
    pub tree: bool,
    /// Only referrers of this artifact type.
    #[arg(long, value_name = "TYPE")]
    pub artifact_type: Option<String>,
}

pub async fn run(ctx: &Ctx, a: ReferrersArgs) -> Result<()> {
    let r = super::parse_ref(&a.reference)?;
    let repo = ctx.repo(&r)?;
    let m = repo.manifest().await?;
    let list =
        crate::image::referrers::referrers(&repo, &m.digest, a.tree, a.artifact_type.as_deref())
            .await?;
    if ctx.printer.data(&list)? {
        return Ok(());
    }
    let mut s = format!("{} {}\n", repo.display(), m.digest);
    fn render(list: &[Referrer], depth: usize, s: &mut String) {
        for (i, r) in list.iter().enumerate() {
            let last = i + 1 == list.len();
            s.push_str(&"    ".repeat(depth));
            s.push_str(if last { "└── " } else { "├── " });
            s.push_str(&format!(
                "{} {} ({})\n",
                r.digest,
                r.artifact_type.as_deref().unwrap_or(&r.media_type),
                human_size(r.size)
            ));
            render(&r.referrers, depth + 1, s);
        }
    }
    if list.is_empty() {
        s.push_str("(no referrers)\n");
    }
    render(&list, 0, &mut s);
    output::text(&s)
}
