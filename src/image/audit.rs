//! `image audit`: what an image ships that nobody can see, what it wastes, and the secrets in
//! it, from one streaming pass over its layers (the same walk and merge as `image files`, with
//! file contents scanned while they are hashed).
//!
//! - **Shadowed files**: a file a later layer deletes (whiteout, opaque directory, replaced
//!   type) or overwrites is invisible in the container but still downloaded with its layer
//!   ("`RUN rm auth.json`: your credentials are still there").
//! - **Waste**: the bytes of shadowed files; efficiency is the final tree's file bytes over all
//!   layers' file bytes.
//! - **Secrets**: in live and shadowed files alike, and in the config's `Env`, labels and
//!   history (build arguments end up in `created_by`). Always redacted.
//!
//! It returns findings; it must not print, or decide exit codes beyond `--fail-on`'s policy.

use std::collections::HashSet;

use anyhow::Result;
use serde::Serialize;

use super::LayerSpec;
use super::files::{self, FileEntry};
use super::secrets::{self, Hit};
use crate::manifest::ImageConfig;
use crate::repo::Repo;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Audit {
    pub platform: String,
    pub digest: String,
    pub layers: Vec<AuditLayer>,
    pub shadowed: Vec<Shadowed>,
    /// Bytes of shadowed files: shipped, never seen.
    pub wasted_bytes: u64,
    /// File bytes of every layer together.
    pub total_bytes: u64,
    /// File bytes of the final tree.
    pub final_bytes: u64,
    /// `final_bytes / total_bytes` (1 when the layers hold no file bytes).
    pub efficiency: f64,
    /// `wasted_bytes / total_bytes`, in percent.
    pub wasted_percent: f64,
    pub secrets: Vec<Secret>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditLayer {
    pub layer: usize,
    pub digest: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Bytes of the files this layer holds.
    pub file_bytes: u64,
}

/// A file that is shipped but not in the final tree.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Shadowed {
    pub path: String,
    /// The layer that ships it.
    pub layer: usize,
    pub layer_digest: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    pub bytes: u64,
    /// `deleted` or `overwritten`.
    pub how: &'static str,
    /// The layer that deletes or overwrites it.
    pub by_layer: usize,
}

/// A secret, always redacted.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Secret {
    pub rule: &'static str,
    pub redacted: String,
    /// `file`, `env`, `label` or `history`.
    pub location: &'static str,
    /// The file (for `file`), the variable or label name, or the history entry's number.
    pub path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub layer: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub layer_digest: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// In a file that is not in the final tree (deleted or overwritten, still shipped).
    pub shadowed: bool,
}

/// Audits one image: `layers` with the config they come with.
pub async fn audit(
    repo: &Repo,
    platform: &str,
    digest: &str,
    layers: &[LayerSpec],
    config: &ImageConfig,
    jobs: usize,
) -> Result<Audit> {
    let walked = files::walk_all(repo, layers, jobs, files::Content::Scan).await?;
    let history = config.layer_history();
    // History lines can carry build arguments: shown with any secret in them redacted.
    let created_by = |i: usize| -> Option<String> {
        history
            .get(i - 1)
            .and_then(|h| h.created_by.as_deref())
            .map(secrets::redact_text)
    };
    let layer_digest = |i: usize| layers[i - 1].desc.digest.to_string();

    let mut out_layers = Vec::new();
    let mut total = 0u64;
    let mut hits: Vec<(usize, String, Vec<Hit>)> = Vec::new();
    for (l, records) in layers.iter().zip(&walked) {
        let bytes: u64 = records.iter().map(|r| r.size).sum();
        total += bytes;
        out_layers.push(AuditLayer {
            layer: l.index,
            digest: l.desc.digest.to_string(),
            created_by: created_by(l.index),
            file_bytes: bytes,
        });
        for r in records.iter().filter(|r| !r.secrets.is_empty()) {
            hits.push((
                l.index,
                format!("/{}", r.path.to_string_lossy()),
                r.secrets.clone(),
            ));
        }
    }
    let (tree, changes) = files::merge(layers, walked);
    let live: Vec<FileEntry> = tree.entries();
    let final_bytes: u64 = live
        .iter()
        .filter(|e| e.kind == "file")
        .map(|e| e.size)
        .sum();
    let live_at: HashSet<(String, usize)> =
        live.iter().map(|e| (e.path.clone(), e.layer)).collect();

    let mut shadowed = Vec::new();
    for ch in &changes {
        for (how, list) in [("deleted", &ch.deleted), ("overwritten", &ch.overwritten)] {
            for e in list.iter().filter(|e| e.kind == "file") {
                shadowed.push(Shadowed {
                    path: e.path.clone(),
                    layer: e.layer,
                    layer_digest: layer_digest(e.layer),
                    created_by: created_by(e.layer),
                    bytes: e.size,
                    how,
                    by_layer: ch.layer,
                });
            }
        }
    }
    shadowed.sort_by(|a, b| (a.layer, &a.path).cmp(&(b.layer, &b.path)));
    let wasted: u64 = shadowed.iter().map(|s| s.bytes).sum();

    let mut found = Vec::new();
    for (layer, path, list) in hits {
        // A file a later layer of the same path replaced shows up under the layer that ships
        // it; only the final tree's own copy is live.
        let is_live = live_at.contains(&(path.clone(), layer));
        for h in list {
            found.push(Secret {
                rule: h.rule,
                redacted: h.redacted,
                location: "file",
                path: path.clone(),
                layer: Some(layer),
                layer_digest: Some(layer_digest(layer)),
                created_by: created_by(layer),
                shadowed: !is_live,
            });
        }
    }
    found.extend(config_secrets(config));

    Ok(Audit {
        platform: platform.to_string(),
        digest: digest.to_string(),
        layers: out_layers,
        shadowed,
        wasted_bytes: wasted,
        total_bytes: total,
        final_bytes,
        efficiency: if total == 0 {
            1.0
        } else {
            final_bytes as f64 / total as f64
        },
        wasted_percent: if total == 0 {
            0.0
        } else {
            wasted as f64 * 100.0 / total as f64
        },
        secrets: found,
    })
}

/// Secrets in the config: `Env`, labels, and history (`created_by` carries build arguments).
fn config_secrets(config: &ImageConfig) -> Vec<Secret> {
    let mut out = Vec::new();
    let mut add = |location: &'static str, name: String, text: &str| {
        for h in secrets::scan(text.as_bytes()) {
            out.push(Secret {
                rule: h.rule,
                redacted: h.redacted,
                location,
                path: name.clone(),
                layer: None,
                layer_digest: None,
                created_by: None,
                shadowed: false,
            });
        }
    };
    if let Some(rc) = &config.config {
        for e in rc.env.iter().flatten() {
            let name = e.split('=').next().unwrap_or("").to_string();
            add("env", name, e);
        }
        for (k, v) in rc.labels.iter().flatten() {
            add("label", k.clone(), &format!("{k}={v}"));
        }
    }
    for (i, h) in config.history.iter().enumerate() {
        if let Some(c) = &h.created_by {
            add("history", format!("history {}", i + 1), c);
        }
    }
    out
}

/// What `--fail-on` asks to fail for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FailOn {
    pub secrets: bool,
    pub shadowed: bool,
    /// Fail when more than this percent of the layers' bytes are wasted.
    pub wasted_percent: Option<f64>,
}

impl FailOn {
    /// `secrets,shadowed,wasted:10`.
    pub fn parse(s: &str) -> Result<FailOn, String> {
        let mut f = FailOn::default();
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match part.split_once(':') {
                None if part == "secrets" => f.secrets = true,
                None if part == "shadowed" => f.shadowed = true,
                Some(("wasted", pct)) => {
                    let v: f64 = pct
                        .trim_end_matches('%')
                        .parse()
                        .map_err(|_| format!("`{part}`: the percentage is not a number"))?;
                    if !(0.0..=100.0).contains(&v) {
                        return Err(format!("`{part}`: the percentage is not within 0..100"));
                    }
                    f.wasted_percent = Some(v);
                }
                _ => {
                    return Err(format!(
                        "`{part}` is not one of `secrets`, `shadowed`, `wasted:PCT`"
                    ));
                }
            }
        }
        Ok(f)
    }

    /// Why `a` fails this policy, if it does.
    pub fn violations(&self, a: &Audit) -> Vec<String> {
        let mut out = Vec::new();
        if self.secrets && !a.secrets.is_empty() {
            out.push(format!("{} secret(s)", a.secrets.len()));
        }
        if self.shadowed && !a.shadowed.is_empty() {
            out.push(format!("{} shadowed file(s)", a.shadowed.len()));
        }
        if let Some(max) = self.wasted_percent
            && a.wasted_percent > max
        {
            out.push(format!(
                "{:.1}% of the layers' bytes wasted (over {max}%)",
                a.wasted_percent
            ));
        }
        out
    }
}

/// The audits as SARIF 2.1.0, the format code-scanning services read.
pub fn sarif(audits: &[Audit], image: &str) -> serde_json::Value {
    use serde_json::json;
    let mut rules: Vec<serde_json::Value> = Vec::new();
    let mut rule_ids: Vec<String> = Vec::new();
    let mut rule = |id: String, text: String| {
        if !rule_ids.contains(&id) {
            rule_ids.push(id.clone());
            rules.push(json!({"id": id, "name": id, "shortDescription": {"text": text}}));
        }
    };
    let mut results = Vec::new();
    for a in audits {
        let layer_loc = |layer: usize, digest: &str| {
            json!([{"name": format!("layer {layer} ({digest})"), "kind": "module",
                    "fullyQualifiedName": format!("{image}@{} {} layer {layer}", a.digest, a.platform)}])
        };
        for s in &a.secrets {
            let id = format!("secret/{}", s.rule);
            rule(
                id.clone(),
                format!("A secret ({}) is shipped in the image", s.rule),
            );
            let mut r = json!({
                "ruleId": id,
                "level": "error",
                "message": {"text": format!(
                    "{} secret {} in {} `{}`{} ({})",
                    s.rule, s.redacted, s.location, s.path,
                    if s.shadowed { ", deleted or overwritten later but still shipped" } else { "" },
                    a.platform
                )},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": s.path.trim_start_matches('/')}}}],
            });
            if let (Some(l), Some(d)) = (s.layer, &s.layer_digest) {
                r["locations"][0]["logicalLocations"] = layer_loc(l, d);
            }
            results.push(r);
        }
        for s in &a.shadowed {
            rule(
                "shadowed-file".into(),
                "A file a later layer deletes or overwrites is still shipped".into(),
            );
            results.push(json!({
                "ruleId": "shadowed-file",
                "level": "warning",
                "message": {"text": format!(
                    "`{}` ({} bytes) is {} by layer {} but still shipped in layer {} ({})",
                    s.path, s.bytes, s.how, s.by_layer, s.layer, a.platform
                )},
                "locations": [{
                    "physicalLocation": {"artifactLocation": {"uri": s.path.trim_start_matches('/')}},
                    "logicalLocations": layer_loc(s.layer, &s.layer_digest),
                }],
            }));
        }
    }
    json!({
        "version": "2.1.0",
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "runs": [{
            "tool": {"driver": {
                "name": "hoist",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/hoist-cli/hoist",
                "rules": rules,
            }},
            "results": results,
        }],
    })
}
