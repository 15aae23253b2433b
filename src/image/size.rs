//! `image size`: what an image costs to download, per platform and in all (blobs shared
//! between platforms counted once), and with `uncompressed` what its layers unpack to, by
//! streaming them (configs do not record it).
//!
//! It returns sizes; it must not print.

use anyhow::Result;
use futures_util::StreamExt as _;
use serde::Serialize;

use crate::digest::Digest;
use crate::media_types as mt;
use crate::repo::{Repo, Resolved};

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlatformSize {
    /// `linux/amd64`, or `-` for an image without one.
    pub platform: String,
    pub digest: String,
    pub layers: usize,
    /// Manifest, config and layers, compressed (what a pull of this platform downloads).
    pub compressed: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uncompressed: Option<u64>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Size {
    pub platforms: Vec<PlatformSize>,
    /// Every distinct blob and manifest once (what copying the whole image moves).
    pub total_compressed: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_uncompressed: Option<u64>,
}

/// Sizes of `images` (as [`crate::repo::resolve`] gives them). With `uncompressed`, every
/// distinct layer is streamed once (`jobs` at a time) and its tar length counted. `whole`:
/// the images are every platform of their index, whose bytes then count in the total (a
/// copy of the whole image moves it; a copy of some platforms does not).
pub async fn size(
    repo: &Repo,
    images: &[Resolved],
    uncompressed: bool,
    jobs: usize,
    whole: bool,
) -> Result<Size> {
    let mut seen: std::collections::HashSet<Digest> = Default::default();
    let mut total = 0u64;
    if let Some(idx) = images
        .first()
        .and_then(|i| i.index.as_ref())
        .filter(|_| whole)
    {
        seen.insert(idx.digest.clone());
        total += idx.bytes.len() as u64;
    }
    let mut tar_sizes: std::collections::HashMap<Digest, u64> = Default::default();
    if uncompressed {
        let mut wanted: Vec<(Digest, u64, Option<mt::Compression>)> = Vec::new();
        for img in images {
            for l in &img.image.layers {
                if !wanted.iter().any(|(d, ..)| *d == l.digest) {
                    wanted.push((
                        l.digest.clone(),
                        l.size,
                        Some(mt::layer_compression(&l.media_type).unwrap_or(mt::Compression::None)),
                    ));
                }
            }
        }
        let checks = futures_util::stream::iter(wanted.into_iter().map(|(d, n, c)| {
            let repo = repo.clone();
            tokio::spawn(async move {
                let chk = crate::transfer::verify::check_layer(&repo, &d, n, c).await?;
                chk.into_verified(&repo, &d, n).map(|tar| (d, tar))
            })
        }))
        .buffer_unordered(jobs.max(1))
        .collect::<Vec<_>>()
        .await;
        for joined in checks {
            let (d, n) = joined??;
            tar_sizes.insert(d, n);
        }
    }
    let mut platforms = Vec::new();
    for img in images {
        let mut compressed = img.manifest.bytes.len() as u64 + img.image.config.size;
        let mut tar = 0u64;
        for d in std::iter::once(&img.manifest.descriptor()).chain([&img.image.config]) {
            if seen.insert(d.digest.clone()) {
                total += d.size;
            }
        }
        for l in &img.image.layers {
            compressed += l.size;
            tar += tar_sizes.get(&l.digest).copied().unwrap_or(0);
            if seen.insert(l.digest.clone()) {
                total += l.size;
            }
        }
        // A manifest outside an index has its platform in its config.
        let platform = match &img.platform {
            Some(p) => p.to_string(),
            None => match crate::repo::config(repo, img).await {
                Ok((_, cfg)) if !cfg.os.is_empty() => cfg.platform().normalised().to_string(),
                Ok(_) => "-".into(),
                Err(e) => return Err(e),
            },
        };
        platforms.push(PlatformSize {
            platform,
            digest: img.manifest.digest.to_string(),
            layers: img.image.layers.len(),
            compressed,
            uncompressed: uncompressed.then_some(tar),
        });
    }
    let total_uncompressed = uncompressed.then(|| tar_sizes.values().sum());
    Ok(Size {
        platforms,
        total_compressed: total,
        total_uncompressed,
    })
}
