//! Rendering shared by several commands (re-exported by `cli/mod.rs`; command files use it
//! through `super::`): a changed image pushed and reported (`image compose|mod|squash|rebase`,
//! `index`, `copy --compress`), and a sync run's lines and summary (`sync`,
//! `copy --all-tags`). It renders what the library returns and must not hold logic of its own.

use anyhow::Result;
use serde::Serialize;
use serde_json::Value;

use super::Ctx;
use crate::client::Client;
use crate::image::change::Outcome;
use crate::image::squash::Report;
use crate::output::{self, human_size};
use crate::reference::ImageRef;
use crate::repo::Repo;
use crate::sync::{self, RunOptions};
use crate::transfer::copy::Summary;

/// How a change is delivered: a dry run prints the documents; else they are pushed, `jobs`
/// blobs at once.
#[derive(Debug, Clone, Copy)]
pub struct Change {
    pub dry_run: bool,
    pub jobs: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ImageJson {
    platform: String,
    digest: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Document {
    kind: &'static str,
    digest: String,
    document: Value,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ChangedJson {
    destination: String,
    digest: String,
    media_type: String,
    images: Vec<ImageJson>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    notes: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<Summary>,
    #[serde(skip_serializing_if = "Option::is_none")]
    documents: Option<Vec<Document>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    squash: Option<Vec<Report>>,
}

/// Pushes (or, on a dry run, prints) what a change made, and reports it.
pub async fn deliver(
    ctx: &Ctx,
    what: &str,
    out: Outcome,
    dst: (ImageRef, Repo, Option<String>),
    change: Change,
    squash: Option<Vec<Report>>,
) -> Result<()> {
    let (dst_ref, dst_repo, tag) = dst;
    for n in &out.notes {
        ctx.printer.warn(n);
    }
    let images: Vec<ImageJson> = out
        .images
        .iter()
        .map(|(p, d)| ImageJson {
            platform: p.to_string(),
            digest: d.to_string(),
        })
        .collect();
    let mut j = ChangedJson {
        destination: dst_ref.to_string(),
        digest: out.top.digest.to_string(),
        media_type: out.top.media_type.clone(),
        images,
        notes: out.notes.clone(),
        summary: None,
        documents: None,
        squash,
    };
    if change.dry_run {
        let docs: Vec<Document> = out
            .stage
            .documents()
            .iter()
            .map(|(kind, bytes)| Document {
                kind,
                digest: crate::digest::Digest::sha256(bytes).to_string(),
                document: serde_json::from_slice(bytes).unwrap_or(Value::Null),
            })
            .collect();
        ctx.printer.status(format!(
            "dry run: would push {what} {} to `{}`{}",
            out.top.digest,
            dst_repo.display(),
            tag.as_ref()
                .map(|t| format!(" as `{t}`"))
                .unwrap_or_default()
        ));
        if matches!(ctx.format(), output::Format::Text) {
            let mut s = String::new();
            for d in &docs {
                s.push_str(&format!(
                    "# {} {}\n{}\n",
                    d.kind,
                    d.digest,
                    serde_json::to_string_pretty(&d.document)?
                ));
            }
            output::out(s.as_bytes())?;
            return Ok(());
        }
        j.documents = Some(docs);
        ctx.printer.data(&j)?;
        return Ok(());
    }
    let top = out.top.clone();
    let summary = out
        .stage
        .push(&top, &dst_repo, tag.clone(), &ctx.printer, change.jobs)
        .await?;
    ctx.printer.status(format!(
        "pushed {what} {} to `{}`{}: {}; blobs: {} copied, {} mounted, {} already there; {} in {:.1}s",
        top.digest,
        dst_repo.display(),
        tag.as_ref().map(|t| format!(" as `{t}`")).unwrap_or_default(),
        output::count(summary.manifests_pushed, "manifest", "manifests"),
        summary.blobs_copied,
        summary.blobs_mounted,
        summary.blobs_skipped,
        human_size(summary.bytes),
        summary.seconds
    ));
    j.summary = Some(summary);
    if !ctx.printer.data(&j)? {
        output::out(format!("{}\n", top.digest).as_bytes())?;
    }
    Ok(())
}

fn line(o: &sync::Outcome) -> String {
    let digest = o
        .digest
        .as_deref()
        .map(|d| format!(" {}", &d[..d.len().min(19)]))
        .unwrap_or_default();
    match o.status.as_str() {
        "failed" => format!(
            "failed    {} -> {}: {}",
            o.source,
            o.target,
            o.error.as_deref().unwrap_or("")
        ),
        s => format!(
            "{s:<9} {} -> {}{digest} ({}, {}){}",
            o.source,
            o.target,
            human_size(o.bytes),
            output::count(o.pulls, "pull", "pulls"),
            o.backup
                .as_ref()
                .map(|b| format!(", old image kept as `{b}`"))
                .unwrap_or_default()
        ),
    }
}

/// Runs the items and reports; an error carries the worst failure's exit code.
pub async fn run_sync(
    ctx: &Ctx,
    client: &Client,
    items: Vec<sync::Item>,
    o: RunOptions,
) -> Result<()> {
    let report = sync::run(client, &items, &o, &ctx.printer, |r| {
        ctx.printer.status(output::escape(&line(r)))
    })
    .await;
    ctx.printer.status(format!(
        "{}: {} copied, {} unchanged, {} failed{}{}; {} moved, {} read",
        output::count(items.len() as u64, "image", "images"),
        report.copied,
        report.unchanged,
        report.failed,
        match (report.stopped, report.skipped) {
            (0, 0) => String::new(),
            (n, 0) => format!(", {n} stopped at the rate-limit floor"),
            (0, k) => format!(", {k} skipped by mediaTypes"),
            (n, k) => format!(", {n} stopped at the rate-limit floor, {k} skipped by mediaTypes"),
        },
        if report.not_run > 0 {
            format!(
                ", {} not run (stopped at the first failure; --keep-going goes on)",
                report.not_run
            )
        } else {
            String::new()
        },
        human_size(report.bytes),
        output::count(report.pulls, "source manifest", "source manifests")
    ));
    ctx.printer.data(&report)?;
    report.check()
}
