//! `hoist registry probe`: renders [`crate::probe`].
//!
//! It parses arguments, calls the library and renders the result; it must not hold logic a library
//! user would need, nor use another command file's.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Ctx;
use crate::output::{self, print_table, table};

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Find out what a registry supports: API version, auth, anonymous pull, referrers API,
    /// OCI-Subject, tag and manifest deletion, mounts, chunked uploads, catalog, rate limits.
    #[command(after_help = "Examples:
  hoist registry probe ghcr.io
  hoist registry probe registry.example.com/team/scratch --write --format json

Without `--write` only reads are made. With it, on the repository named, hoist uploads a
small blob (in chunks), mounts it, pushes a manifest and a referrer to it, deletes a tag and
the manifests, and deletes the blob; anything it could not delete is listed.")]
    Probe(ProbeArgs),
}

#[derive(Debug, Args)]
pub struct ProbeArgs {
    /// `REGISTRY` or `REGISTRY/REPOSITORY` (the repository is needed for all but the first
    /// checks).
    pub target: String,
    /// Also try writes on the repository (cleaned up after).
    #[arg(long)]
    pub write: bool,
}

pub async fn run(ctx: &Ctx, cmd: Command) -> Result<()> {
    match cmd {
        Command::Probe(a) => {
            let (registry, repo) = match a.target.split_once('/') {
                None => (crate::reference::normalise_registry(&a.target), None),
                Some(_) => {
                    let r = crate::reference::Reference::parse(&a.target)?;
                    (r.registry.clone(), Some(r.repository.clone()))
                }
            };
            if a.write && repo.is_none() {
                return Err(crate::error::Failure::usage(
                    "`--write` needs a repository to write in: `REGISTRY/REPOSITORY`",
                )
                .into());
            }
            let report =
                crate::probe::probe(&ctx.client, &registry, repo.as_deref(), a.write).await?;
            if ctx.printer.data(&report)? {
                return Ok(());
            }
            let mut t = table(&["CAPABILITY", "RESULT", "DETAIL"]);
            for f in &report.findings {
                t.add_row(vec![
                    f.capability.to_string(),
                    f.result.clone(),
                    output::escape(&f.detail).into_owned(),
                ]);
            }
            print_table(&t)?;
            if !report.left_behind.is_empty() {
                ctx.printer.warn(format!(
                    "the registry kept what the probe made: {}",
                    report.left_behind.join(", ")
                ));
            }
            Ok(())
        }
    }
}
