//! The OCI content descriptor (image-spec `descriptor.md`): the one type manifests, indexes,
//! layouts and registries exchange, and picking an index entry for a platform the way a
//! container runtime would.
//!
//! It sits between [`crate::platform`] (which it uses for the matching rules) and
//! [`crate::manifest`] (which lists descriptors), so neither imports the other: it must not
//! import manifests, registries or anything above them.
//!
//! Indexes in the wild spell the same platform several ways (`aarch64`, `arm64`, `arm64/v8`), and
//! carry entries that are not runnable images at all (BuildKit attestations as `unknown/unknown`).
//! Selection therefore normalises both sides, skips attestations, prefers an exact variant and
//! then falls back to compatible ones (an `arm/v7` host runs `arm/v6`), as regctl and containerd
//! do.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::digest::Digest;
use crate::platform::{Platform, compatible_variants};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Descriptor {
    #[serde(default)]
    pub media_type: String,
    pub digest: Digest,
    pub size: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urls: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub artifact_type: Option<String>,
}

impl Descriptor {
    /// A non-distributable layer with URLs: registries need not hold its bytes, and copies
    /// leave it where it is, as docker, skopeo and crane do.
    pub fn is_foreign(&self) -> bool {
        self.urls.as_ref().is_some_and(|u| !u.is_empty())
            && crate::media_types::is_non_distributable(&self.media_type)
    }

    pub fn new(media_type: &str, digest: Digest, size: u64) -> Descriptor {
        Descriptor {
            media_type: media_type.to_string(),
            digest,
            size,
            platform: None,
            annotations: None,
            urls: None,
            artifact_type: None,
        }
    }

    pub fn annotation(&self, key: &str) -> Option<&str> {
        self.annotations
            .as_ref()
            .and_then(|a| a.get(key))
            .map(String::as_str)
    }
}

/// True for index entries that are not runnable images: BuildKit attestation manifests
/// (`unknown/unknown`, or annotated with `vnd.docker.reference.type`).
pub fn is_attestation(d: &Descriptor) -> bool {
    if d.annotations
        .as_ref()
        .is_some_and(|a| a.contains_key("vnd.docker.reference.type"))
    {
        return true;
    }
    d.platform
        .as_ref()
        .is_some_and(|p| p.os == "unknown" && p.architecture == "unknown")
}

/// Picks the best entry of an index for `want`. Returns the index into `manifests`.
pub fn select(manifests: &[Descriptor], want: &Platform) -> Option<usize> {
    let want = want.clone().normalised();
    let candidates: Vec<(usize, Platform)> = manifests
        .iter()
        .enumerate()
        .filter(|(_, d)| !is_attestation(d))
        .filter_map(|(i, d)| d.platform.clone().map(|p| (i, p.normalised())))
        .filter(|(_, p)| p.os == want.os && p.architecture == want.architecture)
        .collect();
    let mut best: Option<(usize, (usize, usize))> = None;
    for (i, p) in &candidates {
        let variants = compatible_variants(&want.architecture, want.variant.as_deref());
        let Some(vrank) = variants.iter().position(|v| *v == p.variant) else {
            continue;
        };
        // os.version: exact beats prefix beats anything (Windows build numbers).
        let orank = match (&want.os_version, &p.os_version) {
            (None, _) => 0,
            (Some(w), Some(h)) if w == h => 0,
            (Some(w), Some(h)) if h.starts_with(w.as_str()) => 1,
            (Some(_), _) => 2,
        };
        let rank = (vrank, orank);
        if best.is_none_or(|(_, r)| rank < r) {
            best = Some((*i, rank));
        }
    }
    best.map(|(i, _)| i)
}

/// Whether an index entry is one of `list` exactly, as regsync's `platforms` keeps entries
/// (regclient's `platform.Match`): the same OS, architecture and variant once both are
/// normalised; for Windows also the same `os.version` to its third part; for other systems the
/// same `os.version` and `os.features`. An entry without a platform matches nothing.
pub fn is_one_of(d: &Descriptor, list: &[Platform]) -> bool {
    let Some(have) = d.platform.clone().map(Platform::normalised) else {
        return false;
    };
    let three = |v: &Option<String>| {
        v.as_deref()
            .unwrap_or("")
            .split('.')
            .take(3)
            .collect::<Vec<_>>()
            .join(".")
    };
    list.iter().any(|want| {
        let want = want.clone().normalised();
        if want.os != have.os
            || want.architecture != have.architecture
            || want.variant != have.variant
        {
            return false;
        }
        match want.os.as_str() {
            "linux" | "freebsd" => true,
            "windows" => three(&want.os_version) == three(&have.os_version),
            _ => want.os_version == have.os_version && want.os_features == have.os_features,
        }
    })
}

/// [`select`] as a result: the entry for `want`, or the one not-found error every command
/// gives (naming `what` the index is, and the platforms it has).
pub fn pick<'a>(
    manifests: &'a [Descriptor],
    want: &Platform,
    what: &str,
) -> Result<&'a Descriptor, crate::error::Failure> {
    match select(manifests, want) {
        Some(i) => Ok(&manifests[i]),
        None => {
            let have = list(manifests);
            Err(crate::error::Failure::not_found(format!(
                "platform `{want}` not found in `{what}`"
            ))
            .hint(if have.is_empty() {
                "the index lists no platforms".to_string()
            } else {
                format!("the index has: {}", have.join(", "))
            }))
        }
    }
}

/// Runnable platforms of an index, for error messages and `--platform all`.
pub fn list(manifests: &[Descriptor]) -> Vec<String> {
    manifests
        .iter()
        .filter(|d| !is_attestation(d))
        .filter_map(|d| d.platform.as_ref().map(|p| p.to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn desc(p: &str) -> Descriptor {
        let mut d = Descriptor::new(
            crate::media_types::OCI_MANIFEST,
            crate::digest::Digest::sha256(p.as_bytes()),
            1,
        );
        let mut plat = Platform::parse(p).unwrap();
        // Store as registries do: arm64 often without a variant.
        if p == "linux/arm64" {
            plat.variant = None;
        }
        d.platform = Some(plat);
        d
    }

    #[test]
    fn selects_best() {
        let ms = vec![
            desc("linux/amd64"),
            desc("linux/arm64"),
            desc("linux/arm/v6"),
            desc("linux/arm/v7"),
        ];
        let sel = |p: &str| select(&ms, &Platform::parse(p).unwrap());
        assert_eq!(sel("linux/amd64"), Some(0));
        assert_eq!(sel("linux/arm64"), Some(1));
        assert_eq!(sel("linux/arm64/v8"), Some(1));
        assert_eq!(sel("linux/arm/v7"), Some(3));
        assert_eq!(sel("linux/arm/v6"), Some(2));
        assert_eq!(sel("linux/arm/v5"), None);
        assert_eq!(sel("linux/s390x"), None);
        let only_v6 = vec![desc("linux/arm/v6")];
        assert_eq!(
            select(&only_v6, &Platform::parse("linux/arm/v7").unwrap()),
            Some(0)
        );
    }

    #[test]
    fn skips_attestations() {
        let mut att = desc("unknown/unknown");
        att.annotations = Some(
            [(
                "vnd.docker.reference.type".to_string(),
                "attestation-manifest".to_string(),
            )]
            .into_iter()
            .collect(),
        );
        let ms = vec![desc("linux/amd64"), att];
        assert_eq!(list(&ms), vec!["linux/amd64".to_string()]);
        assert_eq!(
            select(&ms, &Platform::parse("unknown/unknown").unwrap()),
            None
        );
    }
}
