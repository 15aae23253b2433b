//! `hoist repo ls`.
//!
//! It parses arguments, calls the library and renders the result; it must not hold logic a library
//! user would need, nor use another command file's.

use anyhow::Result;
use clap::{Args, Subcommand};
use serde::Serialize;

use super::Ctx;
use crate::output;
use crate::reference::parse_registry;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the repositories of a registry (its catalog, every page).
    #[command(
        visible_alias = "list",
        after_help = "Examples:
  hoist repo ls localhost:5000
  hoist repo ls registry.example.com --format json

Many public registries (Docker Hub, GHCR) do not offer a catalog to ordinary users."
    )]
    Ls(LsArgs),
}

#[derive(Debug, Args)]
pub struct LsArgs {
    /// Registry host (`localhost:5000`, `registry.example.com`).
    pub registry: String,
}

#[derive(Serialize)]
struct ReposJson {
    registry: String,
    repositories: Vec<String>,
}

pub async fn run(ctx: &Ctx, cmd: Command) -> Result<()> {
    let Command::Ls(a) = cmd;
    let registry = parse_registry(&a.registry)?;
    let mut repos = ctx.client.catalog(&registry).await?;
    repos.sort();
    repos.dedup();
    if !ctx.printer.data(&ReposJson {
        registry,
        repositories: repos.clone(),
    })? {
        let mut s = String::new();
        for r in repos {
            s.push_str(&r);
            s.push('\n');
        }
        output::text(&s)?;
    }
    Ok(())
}
