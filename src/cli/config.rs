//! `hoist config get` (alias `fetch`).
//!
//! It parses arguments, calls the library and renders the result; it must not hold logic a library
//! user would need, nor use another command file's.

use anyhow::Result;
use clap::{Args, Subcommand};
use serde::Serialize;

use super::Ctx;
use crate::manifest::ImageConfig;
use crate::output::{self, Format};
use crate::platform::Selector;
use crate::repo;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Fetch an image's config and summarise it.
    #[command(
        visible_alias = "fetch",
        after_help = "Examples:
  hoist config get alpine:3.20
  hoist config get ghcr.io/org/app:1.2 --platform linux/arm64 --format raw | jq .config.Env
  hoist config get alpine --format '{{ config.config.Cmd }}'"
    )]
    Get(GetArgs),
}

#[derive(Debug, Args)]
pub struct GetArgs {
    /// Image reference.
    pub reference: String,
    /// Platform to pick from an index (default: this machine's).
    #[arg(long, short = 'p', value_name = "PLATFORM", default_value = "local")]
    pub platform: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ConfigJson {
    reference: String,
    digest: String,
    media_type: String,
    size: u64,
    config: serde_json::Value,
}

pub async fn run(ctx: &Ctx, cmd: Command) -> Result<()> {
    let Command::Get(a) = cmd;
    let r = super::parse_ref(&a.reference)?;
    let sel = super::parse_platform(&a.platform)?;
    if sel == Selector::All {
        return Err(crate::error::Failure::usage(
            "`config get` reads one config; pick one platform",
        )
        .into());
    }
    let repo = ctx.repo(&r)?;
    let m = repo.manifest().await?;
    let resolved = repo::resolve(&repo, m, &sel).await?.remove(0);
    let (bytes, cfg) = repo::config(&repo, &resolved).await?;
    match ctx.format() {
        Format::Raw => output::out(&bytes)?,
        Format::Text => output::text(&summary(&cfg))?,
        _ => {
            ctx.printer.data(&ConfigJson {
                reference: r.to_string(),
                digest: resolved.image.config.digest.to_string(),
                media_type: resolved.image.config.media_type.clone(),
                size: bytes.len() as u64,
                config: serde_json::from_slice(&bytes)?,
            })?;
        }
    }
    Ok(())
}

fn json_list(v: &Option<Vec<String>>) -> String {
    match v {
        Some(v) => serde_json::to_string(v).unwrap_or_default(),
        None => "-".into(),
    }
}

/// The human summary of a config.
pub fn summary(cfg: &ImageConfig) -> String {
    let rc = cfg.config.clone().unwrap_or_default();
    let mut s = String::new();
    fn kv_into(s: &mut String, k: &str, v: &str) {
        s.push_str(format!("{:<14}{}", format!("{k}:"), v).trim_end());
        s.push('\n');
    }
    macro_rules! kv {
        ($k:expr, $v:expr) => {
            kv_into(&mut s, $k, $v)
        };
    }
    kv!("Platform", &cfg.platform().to_string());
    kv!("Created", cfg.created.as_deref().unwrap_or("-"));
    if let Some(a) = &cfg.author {
        kv!("Author", a);
    }
    kv!(
        "User",
        rc.user.as_deref().filter(|u| !u.is_empty()).unwrap_or("-")
    );
    kv!(
        "WorkingDir",
        rc.working_dir
            .as_deref()
            .filter(|u| !u.is_empty())
            .unwrap_or("-")
    );
    kv!("Entrypoint", &json_list(&rc.entrypoint));
    kv!("Cmd", &json_list(&rc.cmd));
    if let Some(sig) = &rc.stop_signal {
        kv!("StopSignal", sig);
    }
    let ports: Vec<String> = rc.exposed_ports.unwrap_or_default().into_keys().collect();
    kv!(
        "ExposedPorts",
        &if ports.is_empty() {
            "-".into()
        } else {
            ports.join(", ")
        }
    );
    kv!(
        "History",
        &output::count(cfg.history.len() as u64, "entry", "entries")
    );
    let env = rc.env.unwrap_or_default();
    if env.is_empty() {
        kv!("Env", "-");
    } else {
        kv!("Env", "");
        for e in env {
            s.push_str(&format!("  {e}\n"));
        }
    }
    let labels = rc.labels.unwrap_or_default();
    if labels.is_empty() {
        s.push_str("Labels:       -\n");
    } else {
        s.push_str("Labels:\n");
        for (k, v) in labels {
            s.push_str(&format!("  {k}={v}\n"));
        }
    }
    s.push_str("DiffIDs:\n");
    for d in cfg.diff_ids() {
        s.push_str(&format!("  {d}\n"));
    }
    s
}
