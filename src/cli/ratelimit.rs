//! `hoist ratelimit [REF]`: Docker Hub's pull limit, what is left of it and its window, from one
//! manifest HEAD (which spends no pull).
//!
//! It parses arguments, calls the library and renders the result; it must not hold logic a library
//! user would need, nor use another command file's.

use anyhow::Result;
use clap::Args;
use serde::Serialize;

use super::Ctx;
use crate::error::Failure;
use crate::output;
use crate::reference::ImageRef;

/// The image Docker documents for checking the limit.
const PREVIEW: &str = "docker.io/ratelimitpreview/test:latest";

#[derive(Debug, Args)]
pub struct RateLimitArgs {
    /// The image to ask about (default: Docker's `ratelimitpreview/test`, which Docker Hub
    /// answers for with the limit of the caller).
    pub reference: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RateLimitJson {
    registry: String,
    limited: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    remaining: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    window_seconds: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<String>,
}

pub async fn run(ctx: &Ctx, a: RateLimitArgs) -> Result<()> {
    let r = super::parse_ref(a.reference.as_deref().unwrap_or(PREVIEW))?;
    let ImageRef::Registry(reference) = r else {
        return Err(
            Failure::usage("an OCI layout has no rate limit; give a registry reference").into(),
        );
    };
    let head = ctx.client.head_manifest(&reference).await?;
    let rl = head.rate_limit.unwrap_or_default();
    let j = RateLimitJson {
        registry: reference.registry.clone(),
        limited: rl.limit.is_some() || rl.remaining.is_some(),
        limit: rl.limit,
        remaining: rl.remaining,
        window_seconds: rl.window,
        source: rl.source.clone(),
    };
    if ctx.printer.data(&j)? {
        return Ok(());
    }
    let text = if !j.limited {
        format!(
            "`{}` sent no rate-limit headers: no pull limit applies to these credentials\n",
            reference.registry
        )
    } else {
        let window = rl
            .window
            .map(|w| match w {
                w if w % 3600 == 0 => format!(" per {} h", w / 3600),
                w => format!(" per {w} s"),
            })
            .unwrap_or_default();
        let limit = rl
            .limit
            .map(|l| format!("{l}"))
            .unwrap_or_else(|| "?".into());
        let left = rl
            .remaining
            .map(|l| format!("{l}"))
            .unwrap_or_else(|| "?".into());
        let source = rl
            .source
            .map(|s| format!(" (counted for {})", output::escape(&s)))
            .unwrap_or_default();
        format!("{left} of {limit} pulls left{window}{source}\n")
    };
    output::out(text.as_bytes())
}
