//! `image diff`: what changes from image A to image B, in files and in config.
//!
//! Layers are the unit of work: the bottom layers the two images share (equal diffIDs in the
//! same positions) give both the same tree, so they are not downloaded. Only the layers above
//! them are streamed, and their changes compared. When a path is touched on one side only, or
//! a layer above makes a directory opaque, the shared layers' state is needed to tell "added"
//! from "changed" and to list what was hidden: then, and only then, the shared layers are read
//! too (`sharedLayersRead` says so). Equal diffIDs behind different digests are reported as
//! "same content, recompressed".

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

fn config_changes(a: &ImageConfig, b: &ImageConfig) -> Vec<ConfigChange> {
    use serde_json::{Value, json};
    let view = |c: &ImageConfig| -> Vec<(&'static str, Value)> {
        let rc = c.config.clone().unwrap_or_default();
        vec![
            ("env", json!(rc.env.unwrap_or_default())),
            ("labels", json!(rc.labels.unwrap_or_default())),
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
                        .map(|h| h.created_by.clone().unwrap_or_default())
                        .collect::<Vec<_>>()
                ),
            ),
        ]
    };
    view(a)
        .into_iter()
        .zip(view(b))
        .filter(|((_, x), (_, y))| x != y)
        .map(|((field, x), (_, y))| ConfigChange { field, a: x, b: y })
        .collect()
}
