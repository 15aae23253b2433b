//! Platforms (`os/arch[/variant][,osver=X]`): parsing, normalisation and compatibility, the
//! rules [`crate::descriptor::select`] picks an index entry by. It knows nothing of
//! descriptors or manifests (they hold a `Platform`; this module must not import them back).
//!
//! Indexes in the wild spell the same platform several ways (`aarch64`, `arm64`, `arm64/v8`), and
//! carry entries that are not runnable images at all (BuildKit attestations as `unknown/unknown`).
//! Selection therefore normalises both sides, skips attestations, prefers an exact variant and
//! then falls back to compatible ones (an `arm/v7` host runs `arm/v6`), as regctl and containerd
//! do.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::Failure;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Platform {
    pub architecture: String,
    pub os: String,
    #[serde(
        rename = "os.version",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub os_version: Option<String>,
    #[serde(
        rename = "os.features",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub os_features: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
}

/// What the user asked for with `--platform`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selector {
    /// One platform (possibly `local`, already resolved).
    One(Platform),
    /// Every platform in the index.
    All,
}

impl Selector {
    pub fn parse(s: &str) -> Result<Selector, Failure> {
        match s {
            "all" => Ok(Selector::All),
            "local" => Ok(Selector::One(Platform::local())),
            _ => Platform::parse(s).map(Selector::One),
        }
    }
}

impl Platform {
    /// The platform of this machine, as an image for it would declare (always `linux`, since
    /// that is what other hosts run in their VMs).
    pub fn local() -> Platform {
        Platform {
            os: "linux".into(),
            architecture: std::env::consts::ARCH.into(),
            ..Default::default()
        }
        .normalised()
    }

    pub fn parse(input: &str) -> Result<Platform, Failure> {
        let bad = |why: &str| {
            Failure::usage(format!("invalid platform `{input}`: {why}")).hint(
                "platforms look like `linux/amd64`, `linux/arm64/v8`, `windows/amd64,osver=10.0.20348`, `local` or `all`",
            )
        };
        let mut parts = input.split(',');
        let main = parts.next().unwrap_or_default();
        let mut os_version = None;
        for opt in parts {
            match opt.split_once('=') {
                Some(("osver", v)) if !v.is_empty() => os_version = Some(v.to_string()),
                _ => {
                    return Err(bad(&format!(
                        "unknown option `{opt}` (only `osver=` is known)"
                    )));
                }
            }
        }
        let fields: Vec<&str> = main.split('/').collect();
        if fields.len() < 2 || fields.len() > 3 || fields.iter().any(|f| f.is_empty()) {
            return Err(bad("expected `os/arch` or `os/arch/variant`"));
        }
        if fields.iter().any(|f| {
            !f.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
        }) {
            return Err(bad("unexpected characters"));
        }
        Ok(Platform {
            os: fields[0].to_ascii_lowercase(),
            architecture: fields[1].to_ascii_lowercase(),
            variant: fields.get(2).map(|v| v.to_ascii_lowercase()),
            os_version,
            os_features: None,
        }
        .normalised())
    }

    /// Canonical spelling: `x86_64`→`amd64`, `aarch64`→`arm64` (variant `v8`), `arm`→variant
    /// `v7` when none is given, `armhf`→`arm/v7`, `armel`→`arm/v6`, `i386`→`386`.
    pub fn normalised(mut self) -> Platform {
        self.os = self.os.to_ascii_lowercase();
        let arch = self.architecture.to_ascii_lowercase();
        let (arch, default_variant) = match arch.as_str() {
            "x86_64" | "x86-64" | "amd64" => ("amd64", None),
            "aarch64" | "arm64" => ("arm64", Some("v8")),
            "armhf" | "armv7l" | "armv7" => ("arm", Some("v7")),
            "armel" | "armv6l" | "armv6" => ("arm", Some("v6")),
            "arm" => ("arm", Some("v7")),
            "i386" | "i486" | "i586" | "i686" | "386" => ("386", None),
            _ => (arch.as_str(), None),
        };
        self.architecture = arch.to_string();
        if self.variant.as_deref().is_none_or(str::is_empty) {
            self.variant = default_variant.map(str::to_string);
        }
        if let Some(v) = &self.variant {
            self.variant = Some(v.to_ascii_lowercase());
        }
        self
    }

    /// `os/arch[/variant]` for display; `unknown/unknown` for attestation entries.
    pub fn short(&self) -> String {
        let mut s = format!("{}/{}", self.os, self.architecture);
        if let Some(v) = &self.variant {
            s.push('/');
            s.push_str(v);
        }
        s
    }
}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.short())?;
        if let Some(v) = &self.os_version {
            write!(f, ",osver={v}")?;
        }
        Ok(())
    }
}

/// Variants an arm CPU of `variant` can run, best first (`v7` runs `v6` and `v5`).
pub(crate) fn compatible_variants(arch: &str, variant: Option<&str>) -> Vec<Option<String>> {
    let v = variant.map(str::to_string);
    match (arch, variant) {
        ("arm", Some(v)) if v.starts_with('v') => {
            let n: u32 = v[1..].parse().unwrap_or(7);
            (5..=n).rev().map(|i| Some(format!("v{i}"))).collect()
        }
        ("arm64", Some(v)) if v.starts_with('v') => {
            // arm64 v8.x and v9 can all run plain v8; missing variant means v8 too.
            let mut out = vec![Some(v.to_string())];
            if v != "v8" {
                out.push(Some("v8".into()));
            }
            out
        }
        _ => vec![v],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises() {
        assert_eq!(
            Platform::parse("linux/aarch64").unwrap().short(),
            "linux/arm64/v8"
        );
        assert_eq!(
            Platform::parse("linux/x86_64").unwrap().short(),
            "linux/amd64"
        );
        assert_eq!(
            Platform::parse("linux/arm").unwrap().short(),
            "linux/arm/v7"
        );
        assert_eq!(
            Platform::parse("windows/amd64,osver=10.0.17763")
                .unwrap()
                .os_version
                .as_deref(),
            Some("10.0.17763")
        );
        for bad in [
            "linux",
            "linux/",
            "/amd64",
            "a/b/c/d",
            "linux/amd64,x=1",
            "lin ux/amd64",
        ] {
            assert!(Platform::parse(bad).is_err(), "{bad}");
        }
    }
}
