//! hoist's own configuration file: per-registry TLS settings.
//!
//! `$HOIST_CONFIG`, else `$XDG_CONFIG_HOME/hoist/config.toml`, else `~/.config/hoist/config.toml`:
//!
//! ```toml
//! [registry."registry.example.com:5000"]
//! tls = "enabled"        # enabled (default) | insecure (skip verification) | disabled (plain HTTP)
//! ca_file = "/path/ca.pem"
//! cert_file = "/path/client.pem"
//! key_file = "/path/client.key"
//! ```
//!
//! A registry listed here with an explicit `tls` gets exactly that, with no loopback fallback.
//!
//! It reads settings; it must not build clients or send requests.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use serde::Deserialize;

use crate::error::Failure;
use crate::reference::normalise_registry;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TlsSetting {
    Enabled,
    Insecure,
    Disabled,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegistryConfig {
    pub tls: Option<TlsSetting>,
    pub ca_file: Option<PathBuf>,
    pub cert_file: Option<PathBuf>,
    pub key_file: Option<PathBuf>,
    /// Requests started each second at most (regsync's `reqPerSec`); none or 0: no limit.
    pub req_per_sec: Option<f64>,
    /// Requests open at once at most, a download until its last byte (regsync's
    /// `reqConcurrent`); none or 0: no limit.
    pub req_concurrent: Option<usize>,
    /// Blobs larger than this many bytes are uploaded in chunks (regsync's `blobMax`); none,
    /// 0 or negative: each blob in one request.
    pub blob_max: Option<i64>,
    /// The size of those chunks, in bytes (regsync's `blobChunk`; 1 MiB when not given).
    pub blob_chunk: Option<u64>,
    /// Manifests are checked with a GET, never a HEAD, for registries that mishandle HEAD
    /// (regsync's `apiOpts: {disableHead: true}`). Each check then reads the manifest.
    pub disable_head: Option<bool>,
}

/// The chunk size of a chunked upload when none is given (regclient's).
pub const DEFAULT_BLOB_CHUNK: u64 = 1024 * 1024;

/// The largest chunk held in memory at once, unless a sync file's `blobLimit` says otherwise
/// (regclient's limit).
pub const DEFAULT_BLOB_CHUNK_LIMIT: u64 = 1024 * 1024 * 1024;

impl RegistryConfig {
    /// A request rate must be a number of requests a second: 0 (no limit), or at least one
    /// a year.
    pub fn check(&self) -> Result<(), String> {
        match self.req_per_sec {
            Some(r) if Self::rate_is_invalid(r) => Err(format!(
                "`req_per_sec = {r}` is not a number of requests a second (0, or one a year or more)"
            )),
            _ => Ok(()),
        }
    }

    /// The chunk size for uploading a blob of `size` bytes to this registry, when it is to be
    /// sent in chunks (larger than `blob_max`), at most `limit`.
    pub fn chunk_for(&self, size: u64, limit: Option<u64>) -> Option<u64> {
        let max = u64::try_from(self.blob_max?).ok().filter(|m| *m > 0)?;
        (size > max).then(|| {
            self.blob_chunk
                .unwrap_or(DEFAULT_BLOB_CHUNK)
                .clamp(1, limit.unwrap_or(DEFAULT_BLOB_CHUNK_LIMIT).max(1))
        })
    }

    /// Whether `r` requests a second is no rate hoist can keep: not a number, negative, or
    /// slower than one a year.
    pub fn rate_is_invalid(r: f64) -> bool {
        !r.is_finite() || r < 0.0 || (r > 0.0 && r < 1.0 / (366.0 * 86_400.0))
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub registry: HashMap<String, RegistryConfig>,
}

impl Config {
    pub fn path() -> Option<PathBuf> {
        if let Some(p) = std::env::var_os("HOIST_CONFIG").filter(|p| !p.is_empty()) {
            return Some(PathBuf::from(p));
        }
        if let Some(x) = std::env::var_os("XDG_CONFIG_HOME").filter(|p| !p.is_empty()) {
            return Some(PathBuf::from(x).join("hoist").join("config.toml"));
        }
        std::env::var_os("HOME").filter(|h| !h.is_empty()).map(|h| {
            PathBuf::from(h)
                .join(".config")
                .join("hoist")
                .join("config.toml")
        })
    }

    /// Loads the config file; a missing file is an empty config.
    pub fn load() -> Result<Config> {
        match Self::path() {
            Some(p) => Self::load_from(&p),
            None => Ok(Config::default()),
        }
    }

    pub fn load_from(path: &Path) -> Result<Config> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => return Err(e).with_context(|| format!("reading `{}`", path.display())),
        };
        let mut cfg: Config = toml::from_str(&text).map_err(|e| {
            Failure::usage(format!("invalid config file `{}`: {e}", path.display()))
        })?;
        for (name, rc) in &cfg.registry {
            rc.check().map_err(|e| {
                Failure::usage(format!(
                    "invalid config file `{}`: registry `{name}`: {e}",
                    path.display()
                ))
            })?;
        }
        cfg.registry = cfg
            .registry
            .into_iter()
            .map(|(k, v)| (normalise_registry(&k), v))
            .collect();
        Ok(cfg)
    }

    pub fn for_registry(&self, registry: &str) -> Option<&RegistryConfig> {
        self.registry.get(registry)
    }
}
