//! `copy --digest-tags` and sync's `digestTags`: the tags named after a manifest's digest
//! (`sha256-<hex>.sig`, `.att`, `.sbom`, `.meta`, the referrers fallback `sha256-<hex>`), which
//! cosign and others store beside an image, copied byte for byte with it.
//!
//! It must not choose which manifests were copied (the caller says) or sign anything.

use anyhow::Result;
use serde::Serialize;

use super::copy::{Copier, Options};
use crate::digest::Digest;
use crate::manifest::{Manifest, View};
use crate::output::Printer;
use crate::repo::Repo;

/// What was carried.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Carried {
    /// The tags copied.
    pub tags: Vec<String>,
    pub bytes: u64,
    /// Manifests read from the source.
    pub manifests_read: u64,
}

/// The digests whose tags travel with a copy of `top`: `top` and, for an index, its children;
/// with `platforms`, only those platforms' images (the index written from them is new).
pub fn subjects(top: &Manifest, platforms: &[crate::platform::Platform]) -> Vec<Digest> {
    let Ok(View::Index(idx)) = top.view() else {
        return vec![top.digest.clone()];
    };
    if platforms.is_empty() {
        return std::iter::once(top.digest.clone())
            .chain(idx.manifests.iter().map(|d| d.digest.clone()))
            .collect();
    }
    platforms
        .iter()
        .filter_map(|p| crate::descriptor::select(&idx.manifests, p))
        .map(|i| idx.manifests[i].digest.clone())
        .collect()
}

/// Whether `tag` is one of `d`'s digest tags, and (with `only`) has that suffix (`.sig`).
fn names(tag: &str, d: &Digest, only: Option<&str>) -> bool {
    let stem = format!("{}-{}", d.algorithm().as_str(), d.hex());
    match only {
        Some(suffix) => tag.strip_prefix(&stem) == Some(suffix),
        None => tag.starts_with(&stem),
    }
}

/// Copies every tag of `src`'s repository that starts with `sha256-<hex>` of one of `subjects`
/// (or, with `only`, exactly `sha256-<hex><only>`) to the same tag of `dst`, byte for byte.
/// The source's tags are listed once; tags it does not have are skipped.
pub async fn copy(
    src: &Repo,
    dst: &Repo,
    subjects: &[Digest],
    only: Option<&str>,
    jobs: usize,
    printer: &Printer,
) -> Result<Carried> {
    let mut out = Carried::default();
    if subjects.is_empty() {
        return Ok(out);
    }
    let tags = src.tags().await?;
    let opts = Options {
        jobs: jobs.max(1),
        ..Options::default()
    };
    for tag in tags {
        if !subjects.iter().any(|d| names(&tag, d, only)) {
            continue;
        }
        let from = src.with_tag(&tag);
        let to = dst.with_tag(&tag);
        // Already there as it is at the source: two HEADs, no pull.
        let have = from.head().await?;
        if to.head().await.is_ok_and(|d| d.digest == have.digest) {
            continue;
        }
        let done = Copier::new(&from, &to, &opts, printer)
            .run(Some(tag.clone()))
            .await?;
        out.bytes += done.summary.bytes;
        out.manifests_read += done.summary.manifests_read;
        printer.status(format!("copied `{tag}` ({})", done.digest));
        out.tags.push(tag);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digest_tags_are_every_tag_named_after_the_digest() {
        let d = Digest::sha256(b"x");
        let stem = format!("sha256-{}", d.hex());
        for t in [".sig", ".att", ".sbom", ".meta", ""] {
            assert!(names(&format!("{stem}{t}"), &d, None), "{t}");
        }
        assert!(!names("latest", &d, None));
        assert!(!names(
            &format!("sha256-{}.sig", Digest::sha256(b"y").hex()),
            &d,
            None
        ));
        assert!(names(&format!("{stem}.sig"), &d, Some(".sig")));
        assert!(!names(&format!("{stem}.att"), &d, Some(".sig")));
    }
}
