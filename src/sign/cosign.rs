//! cosign's tag-based signatures: the simple-signing payload naming an image's repository and
//! digest, signed, stored as a layer (annotated with the base64 signature) of the manifest
//! tagged `sha256-<hex>.sig` beside the image.
//!
//! It must not print or prompt; it must not change another signer's layer (a new signature is
//! appended, the others kept as they were).

use std::collections::{BTreeMap, HashMap};

use anyhow::Result;
use base64::Engine as _;
use bytes::Bytes;
use serde::Serialize;

use super::keys::{PrivateKey, PublicKey};
use crate::digest::Digest;
use crate::error::Failure;
use crate::manifest::{Descriptor, Manifest, View};
use crate::media_types as mt;
use crate::platform::Platform;
use crate::reference::Reference;
use crate::repo::Repo;

/// The media type of a signature's payload layer.
pub const SIMPLE_SIGNING: &str = "application/vnd.dev.cosign.simplesigning.v1+json";
/// The layer annotation holding the base64 signature.
pub const SIGNATURE: &str = "dev.cosignproject.cosign/signature";
/// The `type` of cosign's payloads.
const PAYLOAD_TYPE: &str = "cosign container image signature";
/// The largest payload read.
const MAX_PAYLOAD: u64 = 1024 * 1024;
/// The timestamp go-containerregistry writes into the empty config cosign builds on.
const ZERO_TIME: &str = "0001-01-01T00:00:00Z";

/// The repository as cosign writes it into `docker-reference`: Docker Hub is
/// `index.docker.io`, and its official images are under `library/`.
pub fn identity(r: &Reference) -> String {
    let registry = match r.registry.as_str() {
        crate::reference::DOCKER_HUB | crate::reference::DOCKER_HUB_API => "index.docker.io",
        other => other,
    };
    format!("{registry}/{}", r.repository)
}

/// A `docker-reference` as written by any signer, normalised for comparison (a tag or digest
/// on it is dropped; `docker.io` is `index.docker.io`; `alpine` is `library/alpine`).
fn normalised(s: &str) -> String {
    let s = s.strip_prefix("index.docker.io/").map_or_else(
        || s.to_string(),
        |rest| format!("{}/{rest}", crate::reference::DOCKER_HUB),
    );
    match Reference::parse(&s) {
        Ok(r) => identity(&r),
        Err(_) => s,
    }
}

/// The tag cosign stores `d`'s signatures under.
pub fn sig_tag(d: &Digest) -> String {
    format!("{}-{}.sig", d.algorithm().as_str(), d.hex())
}

/// The simple-signing payload cosign signs, byte for byte as cosign writes it.
pub fn payload(identity: &str, d: &Digest, annotations: &BTreeMap<String, String>) -> Vec<u8> {
    let optional = if annotations.is_empty() {
        serde_json::Value::Null
    } else {
        serde_json::to_value(annotations).expect("strings serialise")
    };
    let doc = serde_json::json!({
        "critical": {
            "identity": {"docker-reference": identity},
            "image": {"docker-manifest-digest": d.to_string()},
            "type": PAYLOAD_TYPE,
        },
        "optional": optional,
    });
    serde_json::to_vec(&doc).expect("the payload serialises")
}

/// The manifest REF names, or with `platform` the child of its index for that platform.
pub async fn target(repo: &Repo, platform: Option<&Platform>) -> Result<Descriptor> {
    let Some(p) = platform else {
        return repo.head().await;
    };
    let top = repo.manifest().await?;
    let View::Index(idx) = top.view()? else {
        return Err(Failure::usage(format!(
            "`{}` is a single image, not an index: `--platform` picks a child of an index",
            repo.display()
        ))
        .into());
    };
    Ok(crate::descriptor::pick(&idx.manifests, p, &repo.display())?.clone())
}

/// What signing did.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Signed {
    /// The signed manifest.
    pub digest: String,
    /// The tag of the signature manifest and its new digest.
    pub tag: String,
    pub signature_manifest: String,
    /// Signatures it holds now.
    pub signatures: usize,
}

/// Signs manifest `target` of `repo` with `key`: the payload names `identity` and the digest,
/// and becomes a new layer of the `.sig` manifest (created, or appended to with every other
/// layer kept as it was).
pub async fn sign(
    repo: &Repo,
    target: &Digest,
    identity: &str,
    key: &PrivateKey,
    annotations: &BTreeMap<String, String>,
) -> Result<Signed> {
    let body = payload(identity, target, annotations);
    let sig = base64::engine::general_purpose::STANDARD.encode(key.sign(&body)?);
    let tag = sig_tag(target);
    let sigs = repo.with_tag(&tag);
    let mut layers: Vec<serde_json::Value> = match sigs.manifest_if_any().await? {
        Some(m) => m.json()?["layers"].as_array().cloned().unwrap_or_default(),
        None => Vec::new(),
    };
    let size = body.len() as u64;
    let payload_digest = repo.put_blob_bytes(Bytes::from(body)).await?;
    layers.push(serde_json::json!({
        "mediaType": SIMPLE_SIGNING,
        "size": size,
        "digest": payload_digest.to_string(),
        "annotations": {SIGNATURE: sig},
    }));
    let diff_ids: Vec<&str> = layers.iter().filter_map(|l| l["digest"].as_str()).collect();
    let config = serde_json::json!({
        "architecture": "",
        "created": ZERO_TIME,
        "history": diff_ids.iter().map(|_| serde_json::json!({"created": ZERO_TIME})).collect::<Vec<_>>(),
        "os": "",
        "rootfs": {"type": "layers", "diff_ids": diff_ids},
        "config": {},
    });
    let config = Bytes::from(serde_json::to_vec(&config)?);
    let config_desc = Descriptor::new(
        mt::OCI_CONFIG,
        repo.put_blob_bytes(config.clone()).await?,
        config.len() as u64,
    );
    let doc = serde_json::json!({
        "schemaVersion": 2,
        "mediaType": mt::OCI_MANIFEST,
        "config": config_desc,
        "layers": layers,
    });
    let m = Manifest::from_bytes(
        Bytes::from(serde_json::to_vec(&doc)?),
        Some(mt::OCI_MANIFEST),
    )?;
    repo.put_manifest(&m, Some(&tag)).await?;
    Ok(Signed {
        digest: target.to_string(),
        tag,
        signature_manifest: m.digest.to_string(),
        signatures: layers.len(),
    })
}

/// Whose signatures count.
#[derive(Debug, Clone)]
pub enum Identity {
    /// Any `docker-reference` (what `cosign verify` does unless told otherwise).
    Ignore,
    /// One of these repositories (the image's own, then any allowed).
    Allow(Vec<String>),
}

impl Identity {
    /// The image's repository and the `--allow-identity` ones, or anything with `ignore`.
    pub fn of(r: Option<&Reference>, allowed: &[String], ignore: bool) -> Identity {
        if ignore {
            return Identity::Ignore;
        }
        let mut v: Vec<String> = allowed.iter().map(|a| normalised(a)).collect();
        if let Some(r) = r {
            v.insert(0, identity(r));
        }
        Identity::Allow(v)
    }

    fn admits(&self, reference: &str) -> bool {
        match self {
            Identity::Ignore => true,
            Identity::Allow(v) => v.contains(&normalised(reference)),
        }
    }
}

/// One signature that verified.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Verified {
    /// The payload as signed.
    pub payload: serde_json::Value,
    /// The key's algorithm.
    pub key: String,
    /// The layer holding it (the payload's digest).
    pub layer: String,
}

/// Why no signature was accepted, most telling last.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Miss {
    NoKey,
    Digest(String),
    Identity(String),
}

/// The signatures of manifest `d` in `repo` that verify with one of `keys`, name `d` and an
/// identity `who` admits. None is a verification failure (exit 5) saying what failed: no
/// signatures, none verifies with the keys, the payload names another digest, or another
/// repository. Payloads shared by several signatures are read once.
pub async fn verify(
    repo: &Repo,
    d: &Digest,
    keys: &[PublicKey],
    who: &Identity,
) -> Result<Vec<Verified>> {
    let tag = sig_tag(d);
    let shown = repo.display_at(d);
    let Some(m) = repo.with_tag(&tag).manifest_if_any().await? else {
        return Err(
            Failure::verify(format!("`{shown}` has no signatures (no `{tag}` tag)")).into(),
        );
    };
    let View::Image(img) = m.view()? else {
        return Err(Failure::verify(format!("`{tag}` is not a signature manifest")).into());
    };
    let mut payloads: HashMap<Digest, Bytes> = HashMap::new();
    let mut out = Vec::new();
    let mut misses = Vec::new();
    let mut seen = 0;
    for layer in &img.layers {
        let Some(sig) = layer.annotation(SIGNATURE) else {
            continue;
        };
        seen += 1;
        let Ok(sig) = base64::engine::general_purpose::STANDARD.decode(sig.trim()) else {
            misses.push(Miss::NoKey);
            continue;
        };
        let body = match payloads.get(&layer.digest) {
            Some(b) => b.clone(),
            None => {
                let b = repo.blob_bytes(layer, MAX_PAYLOAD).await?;
                payloads.insert(layer.digest.clone(), b.clone());
                b
            }
        };
        let Some(key) = keys.iter().find(|k| k.verifies(&body, &sig)) else {
            misses.push(Miss::NoKey);
            continue;
        };
        let doc: serde_json::Value = serde_json::from_slice(&body).map_err(|e| {
            Failure::verify(format!("a signed payload of `{shown}` is not JSON: {e}"))
        })?;
        let critical = &doc["critical"];
        let named = critical["image"]["docker-manifest-digest"]
            .as_str()
            .unwrap_or_default();
        if named != d.to_string() {
            misses.push(Miss::Digest(named.to_string()));
            continue;
        }
        let reference = critical["identity"]["docker-reference"]
            .as_str()
            .unwrap_or_default();
        if !who.admits(reference) {
            misses.push(Miss::Identity(reference.to_string()));
            continue;
        }
        out.push(Verified {
            payload: doc,
            key: key.algorithm().to_string(),
            layer: layer.digest.to_string(),
        });
    }
    if !out.is_empty() {
        return Ok(out);
    }
    let n = crate::output::count(seen as u64, "signature", "signatures");
    let not_signed =
        |why: String| Failure::verify(format!("`{shown}` is not signed as required: {why}"));
    let f = match misses.into_iter().max() {
        None => Failure::verify(format!("`{shown}` has no signatures (`{tag}` holds none)")),
        Some(Miss::NoKey) => not_signed(format!("none of its {n} verifies with the given key")),
        Some(Miss::Digest(other)) => not_signed(format!(
            "a signature verifies, but its payload names another digest ({other})"
        )),
        Some(Miss::Identity(other)) => not_signed(format!(
            "a signature verifies, but it was made for another repository (`{other}`)"
        ))
        .hint("if that repository is a trusted origin, allow it with `--allow-identity REPO`"),
    };
    Err(f.into())
}

/// What `copy --verify-key` found: which signed manifests carried the promotion, and a note
/// when the copy writes an index that is not the signed one.
#[derive(Debug, Clone, Default)]
pub struct Promotion {
    pub signed: Vec<Digest>,
    pub note: Option<String>,
}

/// Checks, before anything is copied, that `top` (from `repo`) may be promoted: an index when
/// it carries a valid signature, else when every child copied does; a single image when it
/// does. With `platforms`, each selected child must, or the index must (the new index a copy
/// of several platforms writes is then unsigned, which the note says).
pub async fn check_promotion(
    repo: &Repo,
    top: &Manifest,
    platforms: &[Platform],
    keys: &[PublicKey],
    who: &Identity,
) -> Result<Promotion> {
    let top_result = verify(repo, &top.digest, keys, who).await;
    let View::Index(idx) = top.view()? else {
        top_result?;
        return Ok(Promotion {
            signed: vec![top.digest.clone()],
            note: None,
        });
    };
    let children: Vec<&Descriptor> = if platforms.is_empty() {
        idx.manifests.iter().collect()
    } else {
        platforms
            .iter()
            .map(|p| crate::descriptor::pick(&idx.manifests, p, &repo.display()))
            .collect::<Result<_, _>>()?
    };
    if top_result.is_ok() {
        let note = (platforms.len() > 1).then(|| {
            format!(
                "the index {} is signed; the new index of {} platforms written from it is not",
                top.digest,
                platforms.len()
            )
        });
        return Ok(Promotion {
            signed: vec![top.digest.clone()],
            note,
        });
    }
    let mut signed = Vec::new();
    for c in &children {
        match verify(repo, &c.digest, keys, who).await {
            Ok(_) => signed.push(c.digest.clone()),
            Err(e) => {
                let top_err = top_result
                    .err()
                    .map(|t| format!("{t:#}"))
                    .unwrap_or_default();
                return Err(Failure::verify(format!(
                    "{top_err}; and its child {} is not signed either: {e:#}",
                    c.digest
                ))
                .into());
            }
        }
    }
    if children.is_empty() {
        top_result?;
    }
    Ok(Promotion { signed, note: None })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_published_by_sigstore_verifies_and_its_payload_is_ours() {
        // From sigstore-rs's tests (tests/data/cosign/README.md).
        let key = include_str!("../../tests/data/cosign/busybox.pub");
        let sig = include_str!("../../tests/data/cosign/busybox.sig");
        let published = include_bytes!("../../tests/data/cosign/busybox.payload.json");
        let d: Digest = "sha256:f3cfc9d0dbf931d3db4685ec659b7ac68e2a578219da4aae65427886e649b06b"
            .parse()
            .unwrap();
        let ours = payload("registry-testing.svc.lan/busybox", &d, &BTreeMap::new());
        assert_eq!(ours, published.to_vec());
        let key = PublicKey::read(key, "busybox.pub").unwrap();
        let sig = base64::engine::general_purpose::STANDARD
            .decode(sig.trim())
            .unwrap();
        assert!(key.verifies(published, &sig));
        let mut changed = published.to_vec();
        changed[20] ^= 1;
        assert!(!key.verifies(&changed, &sig));
    }

    #[test]
    fn payloads_and_identities_are_cosigns() {
        let d = Digest::sha256(b"x");
        let r = Reference::parse("alpine").unwrap();
        assert_eq!(identity(&r), "index.docker.io/library/alpine");
        let p = payload(&identity(&r), &d, &BTreeMap::new());
        assert_eq!(
            String::from_utf8(p).unwrap(),
            format!(
                "{{\"critical\":{{\"identity\":{{\"docker-reference\":\"index.docker.io/library/alpine\"}},\"image\":{{\"docker-manifest-digest\":\"{d}\"}},\"type\":\"cosign container image signature\"}},\"optional\":null}}"
            )
        );
        let who = Identity::of(Some(&r), &["ghcr.io/org/mirror".into()], false);
        for same in [
            "docker.io/library/alpine",
            "index.docker.io/library/alpine",
            "alpine",
            "docker.io/alpine:3.20",
            "ghcr.io/org/mirror",
        ] {
            assert!(who.admits(same), "{same}");
        }
        assert!(!who.admits("docker.io/library/busybox"));
        assert!(!who.admits("ghcr.io/org/mirror2"));
        assert!(Identity::Ignore.admits("anything"));
        assert_eq!(sig_tag(&d), format!("sha256-{}.sig", d.hex()));
    }
}
