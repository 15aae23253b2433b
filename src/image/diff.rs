//! `image diff`: what changes from image A to image B, in files and in config.
//!
//! Layers are the unit of work: the bottom layers the two images share (equal diffIDs in the
//! same positions) give both the same tree, so they are not downloaded. Only the layers above
//! them are streamed, and their changes compared. When a path is touched on one side only, or
//! a layer above makes a directory opaque, the shared layers' state is needed to tell "added"
//! from "changed" and to list what was hidden: then, and only then, the shared layers are read
//! too (`sharedLayersRead` says so). Equal diffIDs behind different digests are reported as
//! "same content, recompressed".
//!
//! It returns the differences; it must not print.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::Result;
use serde::Serialize;

use super::LayerSpec;
use super::files::{self, FileEntry, Record};
use crate::layer::Kind;
use crate::manifest::ImageConfig;
use crate::repo::Repo;

/// One side of the comparison.
pub struct Side<'a> {
    pub repo: &'a Repo,
    pub layers: Vec<LayerSpec>,
    pub config: &'a ImageConfig,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LayerPair {
    /// `shared`, `recompressed` (same diffID, other digest), `a` or `b`.
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub a: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub b: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diff_id: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Changed {
    pub path: String,
    pub a: FileEntry,
    pub b: FileEntry,
    /// What differs: `type`, `size`, `mode`, `owner`, `content`, `link`.
    pub what: Vec<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ConfigChange {
    pub field: &'static str,
    /// For `env` and `labels`: the variable or label that changed (one change each); `a` or
    /// `b` is null where it is absent. Secret-looking values are redacted as `audit` does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    pub a: serde_json::Value,
    pub b: serde_json::Value,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Diff {
    pub layers: Vec<LayerPair>,
    /// Whether the shared bottom layers had to be read.
    pub shared_layers_read: bool,
    pub added: Vec<FileEntry>,
    pub removed: Vec<FileEntry>,
    pub changed: Vec<Changed>,
    pub config: Vec<ConfigChange>,
}

/// Compares A and B.
pub async fn diff(a: Side<'_>, b: Side<'_>, jobs: usize) -> Result<Diff> {
    let same = |x: &LayerSpec, y: &LayerSpec| match (&x.diff_id, &y.diff_id) {
        (Some(p), Some(q)) => p == q,
        _ => x.desc.digest == y.desc.digest,
    };
    let shared = a
        .layers
        .iter()
        .zip(&b.layers)
        .take_while(|(x, y)| same(x, y))
        .count();
    let mut layers = Vec::new();
    for i in 0..a.layers.len().max(b.layers.len()) {
        let (x, y) = (a.layers.get(i), b.layers.get(i));
        let status = match (x, y) {
            (Some(x), Some(y)) if i < shared && x.desc.digest == y.desc.digest => "shared",
            (Some(_), Some(_)) if i < shared => "recompressed",
            _ => "",
        };
        if !status.is_empty() {
            layers.push(LayerPair {
                status,
                a: x.map(|l| l.desc.digest.to_string()),
                b: y.map(|l| l.desc.digest.to_string()),
                diff_id: x.and_then(|l| l.diff_id.as_ref()).map(|d| d.to_string()),
            });
            continue;
        }
        for (status, l) in [("a", x), ("b", y)] {
            if let Some(l) = l {
                layers.push(LayerPair {
                    status,
                    a: (status == "a").then(|| l.desc.digest.to_string()),
                    b: (status == "b").then(|| l.desc.digest.to_string()),
                    diff_id: l.diff_id.as_ref().map(|d| d.to_string()),
                });
            }
        }
    }

    let (above_a, above_b) = (&a.layers[shared..], &b.layers[shared..]);
    let (wa, wb) = tokio::try_join!(
        files::walk_all(a.repo, above_a, jobs, files::Content::Hash),
        files::walk_all(b.repo, above_b, jobs, files::Content::Hash)
    )?;
    let touched = |w: &[Vec<Record>]| -> (BTreeSet<String>, bool) {
        let mut t = BTreeSet::new();
        let mut opaque = false;
        for r in w.iter().flatten() {
            opaque |= r.kind == Kind::Opaque;
            t.insert(r.path.to_string_lossy().into_owned());
        }
        (t, opaque)
    };
    let ((ta, oa), (tb, ob)) = (touched(&wa), touched(&wb));
    let need_base = oa || ob || ta != tb;
    let (base, shared_layers_read) = if need_base && shared > 0 {
        (
            files::walk_all(a.repo, &a.layers[..shared], jobs, files::Content::Hash).await?,
            true,
        )
    } else {
        (Vec::new(), false)
    };
    let tree = |base: &[Vec<Record>], above: Vec<Vec<Record>>, specs: &[LayerSpec]| {
        let mut all: Vec<Vec<Record>> = base.to_vec();
        all.extend(above);
        let (t, _) = files::merge(specs, all);
        t.entries()
            .into_iter()
            .map(|e| (e.path.clone(), e))
            .collect::<BTreeMap<String, FileEntry>>()
    };
    let fa = tree(
        &base,
        wa,
        if shared_layers_read {
            &a.layers
        } else {
            above_a
        },
    );
    let fb = tree(
        &base,
        wb,
        if shared_layers_read {
            &b.layers
        } else {
            above_b
        },
    );

    let mut added = Vec::new();
    let mut removed = Vec::new();
    let mut changed = Vec::new();
    for (p, eb) in &fb {
        match fa.get(p) {
            None => added.push(eb.clone()),
            Some(ea) => {
                let what = differences(ea, eb);
                if !what.is_empty() {
                    changed.push(Changed {
                        path: p.clone(),
                        a: ea.clone(),
                        b: eb.clone(),
                        what,
                    });
                }
            }
        }
    }
    for (p, ea) in &fa {
        if !fb.contains_key(p) {
            removed.push(ea.clone());
        }
    }
    Ok(Diff {
        layers,
        shared_layers_read,
        added,
        removed,
        changed,
        config: config_changes(a.config, b.config),
    })
}

fn differences(a: &FileEntry, b: &FileEntry) -> Vec<&'static str> {
    let mut out = Vec::new();
    if a.kind != b.kind {
        out.push("type");
    }
    if a.size != b.size {
        out.push("size");
    }
    if a.mode != b.mode {
        out.push("mode");
    }
    if (a.uid, a.gid) != (b.uid, b.gid) {
        out.push("owner");
    }
    if a.digest != b.digest {
        out.push("content");
    }
    if a.link != b.link {
        out.push("link");
    }
    out
}

/// `K=V` with a secret-looking value redacted (the key stays readable).
fn shown(key: &str, value: &str) -> serde_json::Value {
    let whole = format!("{key}={value}");
    let red = super::secrets::redact_text(&whole);
    serde_json::Value::from(
        red.strip_prefix(&format!("{key}="))
            .map(str::to_string)
            .unwrap_or(red),
    )
}

/// One change per variable or label that differs, in key order.
fn keyed_changes(
    field: &'static str,
    a: &BTreeMap<String, String>,
    b: &BTreeMap<String, String>,
) -> Vec<ConfigChange> {
    let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    keys.into_iter()
        .filter(|k| a.get(*k) != b.get(*k))
        .map(|k| ConfigChange {
            field,
            key: Some(k.clone()),
            a: a.get(k).map(|v| shown(k, v)).unwrap_or_default(),
            b: b.get(k).map(|v| shown(k, v)).unwrap_or_default(),
        })
        .collect()
}

fn env_map(c: &ImageConfig) -> BTreeMap<String, String> {
    let rc = c.config.clone().unwrap_or_default();
    rc.env
        .unwrap_or_default()
        .into_iter()
        .map(|e| match e.split_once('=') {
            Some((k, v)) => (k.to_string(), v.to_string()),
            None => (e, String::new()),
        })
        .collect()
}

fn labels_map(c: &ImageConfig) -> BTreeMap<String, String> {
    c.config
        .clone()
        .unwrap_or_default()
        .labels
        .unwrap_or_default()
        .into_iter()
        .collect()
}

fn config_changes(a: &ImageConfig, b: &ImageConfig) -> Vec<ConfigChange> {
    use serde_json::{Value, json};
    let mut out = keyed_changes("env", &env_map(a), &env_map(b));
    out.extend(keyed_changes("labels", &labels_map(a), &labels_map(b)));
    let view = |c: &ImageConfig| -> Vec<(&'static str, Value)> {
        let rc = c.config.clone().unwrap_or_default();
        vec![
            ("cmd", json!(rc.cmd)),
            ("entrypoint", json!(rc.entrypoint)),
            ("user", json!(rc.user.filter(|u| !u.is_empty()))),
            (
                "workingDir",
                json!(rc.working_dir.filter(|u| !u.is_empty())),
            ),
            (
                "exposedPorts",
                json!(
                    rc.exposed_ports
                        .unwrap_or_default()
                        .into_keys()
                        .collect::<Vec<_>>()
                ),
            ),
            (
                "history",
                json!(
                    c.history
                        .iter()
                        .map(|h| super::secrets::redact_text(
                            h.created_by.as_deref().unwrap_or_default()
                        ))
                        .collect::<Vec<_>>()
                ),
            ),
        ]
    };
    out.extend(
        view(a)
            .into_iter()
            .zip(view(b))
            .filter(|((_, x), (_, y))| x != y)
            .map(|((field, x), (_, y))| ConfigChange {
                field,
                key: None,
                a: x,
                b: y,
            }),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(env: &[&str], labels: &[(&str, &str)]) -> ImageConfig {
        serde_json::from_value(serde_json::json!({
            "architecture": "amd64",
            "os": "linux",
            "config": {
                "Env": env,
                "Labels": labels.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<BTreeMap<_, _>>(),
            },
            "rootfs": {"type": "layers", "diff_ids": []},
        }))
        .unwrap()
    }

    #[test]
    fn env_and_labels_change_one_key_at_a_time_with_secrets_redacted() {
        let a = config(
            &["PATH=/usr/bin", "KEEP=1", "OLD=x"],
            &[("version", "1"), ("same", "s")],
        );
        let b = config(
            &[
                "PATH=/usr/local/bin",
                "KEEP=1",
                "AWS_KEY=AKIAABCDEFGHIJKLMNOP",
            ],
            &[("version", "2"), ("same", "s")],
        );
        let ch = config_changes(&a, &b);
        let keyed: Vec<(&str, &str, serde_json::Value, serde_json::Value)> = ch
            .iter()
            .map(|c| (c.field, c.key.as_deref().unwrap(), c.a.clone(), c.b.clone()))
            .collect();
        assert_eq!(keyed.len(), 4, "{keyed:?}");
        assert_eq!(keyed[0].1, "AWS_KEY");
        assert!(keyed[0].2.is_null());
        let shown = keyed[0].3.as_str().unwrap();
        assert!(!shown.contains("AKIAABCDEFGHIJKLMNOP"), "{shown}");
        assert_eq!(
            keyed[1],
            ("env", "OLD", "x".into(), serde_json::Value::Null)
        );
        assert_eq!(
            keyed[2],
            ("env", "PATH", "/usr/bin".into(), "/usr/local/bin".into())
        );
        assert_eq!(keyed[3], ("labels", "version", "1".into(), "2".into()));
    }
}
