//! `referrers`: what is attached to an image (signatures, SBOMs, attestations), through the
//! registry's referrers API or the `sha256-<hex>` fallback tag, and with `tree` what is attached
//! to those in turn (each subject visited once, at most [`crate::manifest::MAX_NESTING`] deep).
//!
//! It returns what it found; it must not print or copy.

use std::collections::HashSet;

use anyhow::Result;
use futures_util::future::BoxFuture;
use serde::Serialize;

use crate::digest::Digest;
use crate::manifest::View;
use crate::repo::Repo;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Referrer {
    pub digest: String,
    pub media_type: String,
    /// The descriptor's `artifactType` (the type of thing attached).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub artifact_type: Option<String>,
    pub size: u64,
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub annotations: std::collections::BTreeMap<String, String>,
    /// What refers to this one (with `tree`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub referrers: Vec<Referrer>,
}

/// The referrers of `subject`, filtered by `artifact_type` when given, recursively with `tree`.
pub async fn referrers(
    repo: &Repo,
    subject: &Digest,
    tree: bool,
    artifact_type: Option<&str>,
) -> Result<Vec<Referrer>> {
    let mut seen = HashSet::new();
    seen.insert(subject.clone());
    level(repo, subject.clone(), tree, artifact_type, 0, &mut seen).await
}

fn level<'a>(
    repo: &'a Repo,
    subject: Digest,
    tree: bool,
    artifact_type: Option<&'a str>,
    depth: usize,
    seen: &'a mut HashSet<Digest>,
) -> BoxFuture<'a, Result<Vec<Referrer>>> {
    Box::pin(async move {
        if depth > crate::manifest::MAX_NESTING {
            return Err(crate::manifest::too_deep(&format!("`{}`", repo.display())).into());
        }
        let Some(list) = repo.referrers(&subject).await? else {
            return Ok(Vec::new());
        };
        let View::Index(idx) = list.view()? else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for d in idx.manifests {
            if artifact_type.is_some_and(|t| d.artifact_type.as_deref() != Some(t)) {
                continue;
            }
            let children = if tree && seen.insert(d.digest.clone()) {
                level(repo, d.digest.clone(), tree, artifact_type, depth + 1, seen).await?
            } else {
                Vec::new()
            };
            out.push(Referrer {
                digest: d.digest.to_string(),
                media_type: d.media_type.clone(),
                artifact_type: d.artifact_type.clone(),
                size: d.size,
                annotations: d.annotations.clone().unwrap_or_default(),
                referrers: children,
            });
        }
        Ok(out)
    })
}
