//! Media type constants, the `Accept` header hoist sends, and classification helpers.
//!
//! It is the bottom of the module graph: it must not import any other hoist module.

pub const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";
pub const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const OCI_CONFIG: &str = "application/vnd.oci.image.config.v1+json";
pub const OCI_LAYER_TAR: &str = "application/vnd.oci.image.layer.v1.tar";
pub const OCI_LAYER_GZIP: &str = "application/vnd.oci.image.layer.v1.tar+gzip";
pub const OCI_LAYER_ZSTD: &str = "application/vnd.oci.image.layer.v1.tar+zstd";
pub const OCI_LAYER_NONDIST_GZIP: &str =
    "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip";
pub const OCI_EMPTY: &str = "application/vnd.oci.empty.v1+json";

pub const DOCKER_LIST: &str = "application/vnd.docker.distribution.manifest.list.v2+json";
pub const DOCKER_MANIFEST: &str = "application/vnd.docker.distribution.manifest.v2+json";
pub const DOCKER_SCHEMA1: &str = "application/vnd.docker.distribution.manifest.v1+json";
pub const DOCKER_SCHEMA1_SIGNED: &str = "application/vnd.docker.distribution.manifest.v1+prettyjws";
pub const DOCKER_CONFIG: &str = "application/vnd.docker.container.image.v1+json";
pub const DOCKER_LAYER_GZIP: &str = "application/vnd.docker.image.rootfs.diff.tar.gzip";
pub const DOCKER_LAYER_FOREIGN: &str = "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip";

/// Sent on every manifest request. distribution answers an OCI manifest only when the OCI type
/// is listed explicitly, and converts a Docker list to schema1 when it is not, so all four
/// current types go first; schema1 is last so old registries still answer something readable.
pub const MANIFEST_ACCEPT: &str = "application/vnd.oci.image.index.v1+json, \
application/vnd.oci.image.manifest.v1+json, \
application/vnd.docker.distribution.manifest.list.v2+json, \
application/vnd.docker.distribution.manifest.v2+json, \
application/vnd.docker.distribution.manifest.v1+prettyjws;q=0.5, \
application/vnd.docker.distribution.manifest.v1+json;q=0.5";

pub fn is_index(mt: &str) -> bool {
    mt == OCI_INDEX || mt == DOCKER_LIST
}

pub fn is_image_manifest(mt: &str) -> bool {
    mt == OCI_MANIFEST || mt == DOCKER_MANIFEST
}

pub fn is_schema1(mt: &str) -> bool {
    mt == DOCKER_SCHEMA1 || mt == DOCKER_SCHEMA1_SIGNED
}

/// Whether a config is a container image config (and so has `rootfs.diff_ids`, a platform and
/// a runtime config). Artifacts (oras, helm, signatures) carry configs of their own types, or
/// the empty descriptor.
pub fn is_image_config(mt: &str) -> bool {
    mt == OCI_CONFIG || mt == DOCKER_CONFIG
}

pub fn is_manifest_type(mt: &str) -> bool {
    is_index(mt) || is_image_manifest(mt) || is_schema1(mt)
}

/// How a layer's bytes are compressed, judged by its media type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

impl std::fmt::Display for Compression {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Compression::None => "none",
            Compression::Gzip => "gzip",
            Compression::Zstd => "zstd",
        })
    }
}

/// Whether a layer media type marks a non-distributable ("foreign") layer: one whose bytes
/// live at the descriptor's `urls` rather than in registries (legacy Windows base layers).
pub fn is_non_distributable(mt: &str) -> bool {
    mt == DOCKER_LAYER_FOREIGN
        || mt.starts_with("application/vnd.oci.image.layer.nondistributable.")
}

/// The compression of an image layer media type, or `None` for a type that is not a layer
/// hoist knows (an artifact blob, a Helm chart, a signature).
pub fn layer_compression(mt: &str) -> Option<Compression> {
    match mt {
        OCI_LAYER_TAR
        | "application/vnd.oci.image.layer.nondistributable.v1.tar"
        | "application/vnd.docker.image.rootfs.diff.tar" => Some(Compression::None),
        OCI_LAYER_GZIP | OCI_LAYER_NONDIST_GZIP | DOCKER_LAYER_GZIP | DOCKER_LAYER_FOREIGN => {
            Some(Compression::Gzip)
        }
        OCI_LAYER_ZSTD | "application/vnd.oci.image.layer.nondistributable.v1.tar+zstd" => {
            Some(Compression::Zstd)
        }
        _ => None,
    }
}

/// A short human name for a media type, for tables.
pub fn short(mt: &str) -> &str {
    match mt {
        OCI_INDEX => "OCI index",
        OCI_MANIFEST => "OCI manifest",
        OCI_CONFIG => "OCI config",
        DOCKER_LIST => "Docker manifest list",
        DOCKER_MANIFEST => "Docker manifest v2",
        DOCKER_SCHEMA1 | DOCKER_SCHEMA1_SIGNED => "Docker schema1",
        DOCKER_CONFIG => "Docker config",
        OCI_LAYER_TAR => "tar",
        OCI_LAYER_GZIP | DOCKER_LAYER_GZIP => "tar+gzip",
        OCI_LAYER_ZSTD => "tar+zstd",
        _ => mt,
    }
}

/// Strips parameters (`; charset=utf-8`) and whitespace from a Content-Type value.
pub fn essence(content_type: &str) -> &str {
    content_type.split(';').next().unwrap_or("").trim()
}
