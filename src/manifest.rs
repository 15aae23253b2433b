//! Manifests, indexes and configs: raw bytes plus read-only typed views.
//!
//! A [`Manifest`] is the exact bytes a registry served together with the media type and the
//! digest computed over those bytes. The typed structs below are views for reading fields; they
//! are never serialised back to the wire, because re-serialising a document someone else wrote
//! changes its digest. Unknown fields are ignored when viewing and preserved when printing (we
//! print the bytes or a `serde_json::Value` of them, never a view).

use std::collections::BTreeMap;

use bytes::Bytes;
use serde::Deserialize;

pub use crate::descriptor::Descriptor;
use crate::digest::Digest;
use crate::error::Failure;
use crate::media_types as mt;
use crate::platform::Platform;

/// The largest manifest hoist accepts (the limit distribution and containerd use).
pub const MAX_MANIFEST_SIZE: u64 = 4 * 1024 * 1024;

/// How deep indexes (and referrers of referrers) may nest. Real images use one level, two for
/// an index of indexes; input must not be able to deepen hoist's recursion without bound.
pub const MAX_NESTING: usize = 8;

/// The error for a document nested deeper than [`MAX_NESTING`].
pub fn too_deep(what: &str) -> Failure {
    Failure::verify(format!(
        "{what} nests indexes or referrers more than {MAX_NESTING} levels deep"
    ))
    .hint("no real image nests this deep; the source is malformed or hostile")
}

/// View of an OCI image manifest or Docker v2 manifest.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImageManifest {
    #[serde(default)]
    pub media_type: Option<String>,
    #[serde(default)]
    pub artifact_type: Option<String>,
    pub config: Descriptor,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub layers: Vec<Descriptor>,
    #[serde(default)]
    pub subject: Option<Descriptor>,
    #[serde(default)]
    pub annotations: Option<BTreeMap<String, String>>,
}

/// `null` read as an empty list (`"layers": null`, `"manifests": null` as some tools write).
fn null_as_empty<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

/// View of an OCI index or Docker manifest list.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Index {
    #[serde(default)]
    pub media_type: Option<String>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub manifests: Vec<Descriptor>,
    #[serde(default)]
    pub subject: Option<Descriptor>,
    #[serde(default)]
    pub annotations: Option<BTreeMap<String, String>>,
}

/// The parsed shape of a manifest document. Views are short-lived locals, so the size
/// difference between variants does not matter.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
pub enum View {
    Index(Index),
    Image(ImageManifest),
    /// Docker schema1: readable as JSON, but hoist never produces it and has no typed view.
    Schema1(serde_json::Value),
}

/// A manifest exactly as served, with its media type and the digest of its bytes.
#[derive(Debug, Clone)]
pub struct Manifest {
    pub bytes: Bytes,
    pub media_type: String,
    pub digest: Digest,
}

impl Manifest {
    /// Wraps bytes that were served (or listed) with `content_type`. The document's own
    /// `mediaType` wins when it names a manifest type: it is what the bytes are, and what a
    /// registry checks them against when they are pushed (go-containerregistry's layouts, for
    /// one, list Docker manifests as OCI in `index.json`). Else the header's type when it
    /// names a manifest type, else what the document's fields suggest.
    pub fn from_bytes(bytes: Bytes, content_type: Option<&str>) -> Result<Manifest, Failure> {
        if bytes.len() as u64 > MAX_MANIFEST_SIZE {
            return Err(oversized(bytes.len() as u64));
        }
        let digest = Digest::sha256(&bytes);
        let header = content_type
            .map(mt::essence)
            .filter(|t| mt::is_manifest_type(t));
        let own = own_media_type(&bytes).filter(|t| mt::is_manifest_type(t));
        if let (Some(h), Some(o)) = (header, own.as_deref())
            && h != o
        {
            tracing::debug!(
                %digest,
                listed = h,
                document = o,
                "the manifest is listed with another media type than its own; using its own"
            );
        }
        let media_type = match (own, header) {
            (Some(t), _) => t,
            (None, Some(t)) => t.to_string(),
            (None, None) => detect_media_type(&bytes)?,
        };
        Ok(Manifest {
            bytes,
            media_type,
            digest,
        })
    }

    pub fn descriptor(&self) -> Descriptor {
        Descriptor::new(
            &self.media_type,
            self.digest.clone(),
            self.bytes.len() as u64,
        )
    }

    pub fn json(&self) -> Result<serde_json::Value, Failure> {
        serde_json::from_slice(&self.bytes).map_err(malformed)
    }

    pub fn view(&self) -> Result<View, Failure> {
        if mt::is_index(&self.media_type) {
            serde_json::from_slice(&self.bytes)
                .map(View::Index)
                .map_err(malformed)
        } else if mt::is_schema1(&self.media_type) {
            self.json().map(View::Schema1)
        } else {
            serde_json::from_slice(&self.bytes)
                .map(View::Image)
                .map_err(malformed)
        }
    }

    pub fn is_index(&self) -> bool {
        mt::is_index(&self.media_type)
    }
}

pub fn oversized(size: u64) -> Failure {
    Failure::verify(format!(
        "manifest is {size} bytes, over the {MAX_MANIFEST_SIZE}-byte limit"
    ))
    .hint("manifests this large are refused to protect memory; check the reference points at a manifest")
}

fn malformed(e: serde_json::Error) -> Failure {
    Failure::verify(format!("malformed manifest: {e}"))
}

/// The document's own `mediaType` field, if it has one.
fn own_media_type(bytes: &[u8]) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Typed {
        #[serde(rename = "mediaType")]
        media_type: Option<String>,
    }
    serde_json::from_slice::<Typed>(bytes).ok()?.media_type
}

/// Guesses a manifest's media type from its fields, for registries and files that do not say.
pub fn detect_media_type(bytes: &[u8]) -> Result<String, Failure> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Probe {
        #[serde(default)]
        schema_version: Option<u32>,
        #[serde(default)]
        media_type: Option<String>,
        #[serde(default)]
        manifests: Option<serde_json::Value>,
        #[serde(default)]
        config: Option<serde_json::Value>,
        #[serde(default)]
        fs_layers: Option<serde_json::Value>,
    }
    let p: Probe = serde_json::from_slice(bytes).map_err(malformed)?;
    if let Some(t) = p.media_type.filter(|t| !t.is_empty()) {
        return Ok(t);
    }
    if p.schema_version == Some(1) || p.fs_layers.is_some() {
        return Ok(mt::DOCKER_SCHEMA1_SIGNED.to_string());
    }
    if p.manifests.is_some() {
        return Ok(mt::OCI_INDEX.to_string());
    }
    if p.config.is_some() {
        return Ok(mt::OCI_MANIFEST.to_string());
    }
    Err(Failure::verify(
        "malformed manifest: no mediaType, manifests or config field",
    ))
}

/// A string no other run has made: for the throwaway manifests hoist pushes (a probe's, a
/// tag-deletion placeholder), which must not share a digest with anything else.
pub fn nonce() -> String {
    format!(
        "{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
    )
}

/// An OCI artifact manifest over the empty `{}` config (whose digest `config` is, already
/// pushed): `artifactType`, `layers`, `annotations` and an optional `subject`.
pub fn artifact(
    config: &Digest,
    artifact_type: &str,
    layers: Vec<Descriptor>,
    annotations: BTreeMap<String, String>,
    subject: Option<Descriptor>,
) -> Result<Manifest, Failure> {
    let mut doc = serde_json::json!({
        "schemaVersion": 2,
        "mediaType": mt::OCI_MANIFEST,
        "artifactType": artifact_type,
        "config": Descriptor::new(mt::OCI_EMPTY, config.clone(), 2),
        "layers": layers,
        "annotations": annotations,
    });
    if let Some(s) = subject {
        doc["subject"] = serde_json::to_value(s).unwrap_or_default();
    }
    let bytes = serde_json::to_vec(&doc).map_err(|e| Failure::verify(e.to_string()))?;
    Manifest::from_bytes(Bytes::from(bytes), Some(mt::OCI_MANIFEST))
}

/// View of an image config (OCI and Docker use the same shape).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ImageConfig {
    #[serde(default)]
    pub architecture: String,
    #[serde(default)]
    pub os: String,
    #[serde(default)]
    pub variant: Option<String>,
    #[serde(rename = "os.version", default)]
    pub os_version: Option<String>,
    #[serde(default)]
    pub created: Option<String>,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub config: Option<RunConfig>,
    #[serde(default)]
    pub rootfs: Option<RootFs>,
    #[serde(default)]
    pub history: Vec<History>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RunConfig {
    #[serde(default)]
    pub user: Option<String>,
    #[serde(default)]
    pub env: Option<Vec<String>>,
    #[serde(default)]
    pub entrypoint: Option<Vec<String>>,
    #[serde(default)]
    pub cmd: Option<Vec<String>>,
    #[serde(default)]
    pub working_dir: Option<String>,
    #[serde(default)]
    pub labels: Option<BTreeMap<String, String>>,
    #[serde(default)]
    pub exposed_ports: Option<BTreeMap<String, serde_json::Value>>,
    #[serde(default)]
    pub stop_signal: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct RootFs {
    #[serde(rename = "type", default)]
    pub kind: String,
    #[serde(default)]
    pub diff_ids: Vec<Digest>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct History {
    #[serde(default)]
    pub created: Option<String>,
    #[serde(default)]
    pub created_by: Option<String>,
    #[serde(default)]
    pub comment: Option<String>,
    #[serde(default)]
    pub empty_layer: bool,
}

impl ImageConfig {
    pub fn parse(bytes: &[u8]) -> Result<ImageConfig, Failure> {
        serde_json::from_slice(bytes)
            .map_err(|e| Failure::verify(format!("malformed image config: {e}")))
    }

    pub fn platform(&self) -> Platform {
        Platform {
            architecture: self.architecture.clone(),
            os: self.os.clone(),
            variant: self.variant.clone(),
            os_version: self.os_version.clone(),
            os_features: None,
        }
    }

    pub fn diff_ids(&self) -> &[Digest] {
        self.rootfs
            .as_ref()
            .map(|r| r.diff_ids.as_slice())
            .unwrap_or(&[])
    }

    /// History entries that created a layer (not `empty_layer`), in layer order.
    pub fn layer_history(&self) -> Vec<&History> {
        self.history.iter().filter(|h| !h.empty_layer).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_types() {
        let idx = br#"{"schemaVersion":2,"manifests":[]}"#;
        assert_eq!(detect_media_type(idx).unwrap(), mt::OCI_INDEX);
        let s1 = br#"{"schemaVersion":1,"fsLayers":[]}"#;
        assert!(mt::is_schema1(&detect_media_type(s1).unwrap()));
        assert!(detect_media_type(b"not json").is_err());
        let m = Manifest::from_bytes(
            Bytes::from_static(br#"{"schemaVersion":2,"config":{"mediaType":"x","digest":"sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855","size":0}}"#),
            Some("application/json"),
        )
        .unwrap();
        assert_eq!(m.media_type, mt::OCI_MANIFEST);
        assert!(matches!(m.view().unwrap(), View::Image(_)));
    }

    #[test]
    fn refuses_oversized() {
        let big = Bytes::from(vec![b' '; MAX_MANIFEST_SIZE as usize + 1]);
        let e = Manifest::from_bytes(big, Some(mt::OCI_MANIFEST)).unwrap_err();
        assert_eq!(e.kind, crate::error::Kind::Verify);
    }
}
