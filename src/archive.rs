//! Image archives as sources (the reading side; writing is [`crate::transfer::archive`], which
//! sits above copies and must stay there: this module is opened by [`crate::repo`] and must not
//! import repositories, transfers or images): `docker-archive:PATH[:REF|:@N]` (what `docker save` and `podman
//! save --format docker-archive` write, including docker 25's OCI-layout flavour) and
//! `oci-archive:PATH[:TAG]` (a tar of an OCI image layout).
//!
//! The archive is never extracted. Opening it reads the tar's headers once (seeking past each
//! entry's data) into an index of entry names, offsets and sizes; documents are read from
//! there, and blobs stream from their offsets, checked against their digests by whoever reads
//! them, as every blob is. A docker archive's image is presented as a Docker v2 manifest
//! written deterministically from its `manifest.json` entry and config: the config as a blob,
//! and each layer tar as an uncompressed layer whose digest is the config's diffID for it (so
//! the layers are pushed as they are, digests kept).

use std::collections::HashMap;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use bytes::Bytes;
use serde::Deserialize;

use crate::digest::Digest;
use crate::error::Failure;
use crate::manifest::{Descriptor, ImageConfig, Manifest};
use crate::media_types as mt;

pub use crate::reference::{ArchiveKind as Kind, ArchiveRef};

/// The largest document read from an archive.
const MAX_DOC: u64 = 8 * 1024 * 1024;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct DockerEntry {
    config: String,
    #[serde(default)]
    repo_tags: Option<Vec<String>>,
    #[serde(default)]
    layers: Vec<String>,
}

/// An opened archive and the image chosen from it.
#[derive(Debug)]
pub struct Archive {
    kind: Kind,
    path: PathBuf,
    entries: HashMap<String, (u64, u64)>,
    /// Blobs by digest: where they are.
    blobs: HashMap<Digest, (u64, u64)>,
    /// The chosen image's top manifest.
    pub manifest: Manifest,
    /// What the archive names its images (for `tag ls` and messages).
    pub names: Vec<String>,
    /// The names of the image picked (`RepoTags`, or the layout's ref name).
    pub picked_names: Vec<String>,
    /// How many images the archive holds.
    pub count: usize,
}

fn clean(name: &str) -> String {
    name.trim_start_matches("./").to_string()
}

impl Archive {
    /// Reads the archive's index and picks the image `r` names.
    pub fn open(r: &ArchiveRef) -> Result<Archive> {
        let mut f = std::fs::File::open(&r.path).map_err(|e| {
            Failure::not_found(format!("cannot open the archive `{}`: {e}", r.path.display()))
                .hint("archives are files written by `docker save`, `podman save` or `hoist archive create`")
        })?;
        let mut entries = HashMap::new();
        {
            let mut tar = tar::Archive::new(&mut f);
            let list = tar.entries_with_seek().map_err(|e| not_archive(r, e))?;
            for e in list {
                let e = e.map_err(|e| not_archive(r, e))?;
                if !matches!(
                    e.header().entry_type(),
                    tar::EntryType::Regular | tar::EntryType::Continuous
                ) {
                    continue;
                }
                let name = clean(&String::from_utf8_lossy(&e.path_bytes()));
                entries.insert(name, (e.raw_file_position(), e.size()));
            }
        }
        Archive::choose(r, entries)
    }

    /// The image `selector` names in the same archive, without reading its index again.
    pub fn pick(&self, selector: &str) -> Result<Archive> {
        let r = ArchiveRef {
            kind: self.kind,
            path: self.path.clone(),
            selector: Some(selector.to_string()),
        };
        Archive::choose(&r, self.entries.clone())
    }

    /// Picks the image `r` names, from the archive's indexed entries.
    fn choose(r: &ArchiveRef, entries: HashMap<String, (u64, u64)>) -> Result<Archive> {
        let mut a = Archive {
            kind: r.kind,
            path: r.path.clone(),
            entries,
            blobs: HashMap::new(),
            manifest: Manifest::from_bytes(
                Bytes::from_static(b"{\"schemaVersion\":2,\"manifests\":[]}"),
                Some(mt::OCI_INDEX),
            )?,
            names: Vec::new(),
            picked_names: Vec::new(),
            count: 0,
        };
        let oci = a.entries.contains_key("index.json") && a.entries.contains_key("oci-layout");
        match r.kind {
            Kind::Oci if !oci => {
                return Err(Failure::verify(format!(
                    "`{}` is not an OCI archive: it has no `index.json` and `oci-layout`",
                    r.path.display()
                ))
                .into());
            }
            // docker 25 writes an OCI layout beside `manifest.json`: the layout is exact.
            Kind::Oci | Kind::Docker if oci => a.open_oci(r)?,
            _ => a.open_docker(r)?,
        }
        Ok(a)
    }

    fn read(&self, name: &str, limit: u64) -> Result<Vec<u8>> {
        let &(off, size) = self.entries.get(name).ok_or_else(|| {
            Failure::not_found(format!("`{}` has no entry `{name}`", self.path.display()))
        })?;
        if size > limit {
            return Err(Failure::verify(format!(
                "`{name}` in `{}` is {size} bytes, over the {limit}-byte limit for documents",
                self.path.display()
            ))
            .into());
        }
        let mut f = std::fs::File::open(&self.path)?;
        f.seek(SeekFrom::Start(off))?;
        let mut buf = vec![0; size as usize];
        f.read_exact(&mut buf)
            .with_context(|| format!("reading `{name}` from `{}`", self.path.display()))?;
        Ok(buf)
    }

    fn open_oci(&mut self, r: &ArchiveRef) -> Result<()> {
        for (name, at) in &self.entries {
            if let Some(rest) = name.strip_prefix("blobs/")
                && let Some((alg, hex)) = rest.split_once('/')
                && let Ok(d) = format!("{alg}:{hex}").parse::<Digest>()
            {
                self.blobs.insert(d, *at);
            }
        }
        let index: serde_json::Value = serde_json::from_slice(&self.read("index.json", MAX_DOC)?)
            .map_err(|e| {
            Failure::verify(format!(
                "`index.json` in `{}` is not JSON: {e}",
                r.path.display()
            ))
        })?;
        let entries: Vec<Descriptor> = index["manifests"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|d| serde_json::from_value(d.clone()).ok())
            .collect();
        let name_of = |d: &Descriptor| {
            d.annotation("org.opencontainers.image.ref.name")
                .or_else(|| d.annotation("io.containerd.image.name"))
                .map(str::to_string)
        };
        self.names = entries.iter().filter_map(name_of).collect();
        self.count = entries.len();
        let pick = match &r.selector {
            None if entries.len() == 1 => entries.first(),
            None => None,
            Some(s) if s.starts_with('@') => {
                s[1..].parse::<usize>().ok().and_then(|i| entries.get(i))
            }
            Some(s) => entries.iter().find(|d| {
                name_of(d).is_some_and(|n| {
                    n == *s || n.ends_with(&format!(":{s}")) || n.ends_with(&format!("/{s}"))
                })
            }),
        };
        let Some(d) = pick.cloned() else {
            return Err(self.which(r, entries.len()));
        };
        self.picked_names = name_of(&d).into_iter().collect();
        self.manifest = self.manifest_for(&d)?;
        Ok(())
    }

    fn which(&self, r: &ArchiveRef, n: usize) -> anyhow::Error {
        let what = match &r.selector {
            Some(s) => format!("`{}` has no image `{s}`", r.path.display()),
            None => format!("`{}` holds {n} images; say which", r.path.display()),
        };
        Failure::not_found(what)
            .hint(if self.names.is_empty() {
                format!(
                    "pick one by position: `{r}:@0` ... `@{}`",
                    n.saturating_sub(1)
                )
            } else {
                format!(
                    "it has: {} (or pick by position, `:@0`)",
                    self.names.join(", ")
                )
            })
            .into()
    }

    fn open_docker(&mut self, r: &ArchiveRef) -> Result<()> {
        let list: Vec<DockerEntry> = serde_json::from_slice(&self.read("manifest.json", MAX_DOC)?)
            .map_err(|e| {
                Failure::verify(format!(
                    "`manifest.json` in `{}` is not docker's: {e}",
                    r.path.display()
                ))
            })?;
        self.names = list
            .iter()
            .flat_map(|e| e.repo_tags.clone().unwrap_or_default())
            .collect();
        self.count = list.len();
        let pick = match &r.selector {
            None if list.len() == 1 => list.first(),
            None => None,
            Some(s) if s.starts_with('@') => s[1..].parse::<usize>().ok().and_then(|i| list.get(i)),
            Some(s) => list.iter().find(|e| {
                e.repo_tags.iter().flatten().any(|t| {
                    t == s
                        || crate::reference::Reference::parse(t)
                            .ok()
                            .zip(crate::reference::Reference::parse(s).ok())
                            .is_some_and(|(a, b)| a == b)
                })
            }),
        };
        let Some(e) = pick else {
            return Err(self.which(r, list.len()));
        };
        self.picked_names = e.repo_tags.clone().unwrap_or_default();
        let config = Bytes::from(self.read(&clean(&e.config), MAX_DOC)?);
        let cfg = ImageConfig::parse(&config)?;
        let ids = cfg.diff_ids();
        if ids.len() != e.layers.len() {
            return Err(Failure::verify(format!(
                "`{}`: the config lists {} diffIDs for {} layers",
                r.path.display(),
                ids.len(),
                e.layers.len()
            ))
            .into());
        }
        let cd = Digest::sha256(&config);
        let cat = *self.entries.get(&clean(&e.config)).expect("read above");
        self.blobs.insert(cd.clone(), cat);
        let mut layers = Vec::new();
        for (path, id) in e.layers.iter().zip(ids) {
            let at = *self.entries.get(&clean(path)).ok_or_else(|| {
                Failure::verify(format!(
                    "`{}` lists layer `{path}`, which it does not hold",
                    r.path.display()
                ))
            })?;
            // Layers are stored as the tars they are: their digest is their diffID.
            self.blobs.insert(id.clone(), at);
            layers.push(Descriptor::new(
                "application/vnd.docker.image.rootfs.diff.tar",
                id.clone(),
                at.1,
            ));
        }
        let doc = serde_json::json!({
            "schemaVersion": 2,
            "mediaType": mt::DOCKER_MANIFEST,
            "config": Descriptor::new(mt::DOCKER_CONFIG, cd, config.len() as u64),
            "layers": layers,
        });
        self.manifest = Manifest::from_bytes(
            Bytes::from(serde_json::to_vec(&doc)?),
            Some(mt::DOCKER_MANIFEST),
        )?;
        Ok(())
    }

    fn manifest_for(&self, d: &Descriptor) -> Result<Manifest> {
        let &(off, size) = self.blobs.get(&d.digest).ok_or_else(|| {
            Failure::not_found(format!(
                "manifest `{}` is not in `{}`",
                d.digest,
                self.path.display()
            ))
        })?;
        if size > crate::manifest::MAX_MANIFEST_SIZE {
            return Err(crate::manifest::oversized(size).into());
        }
        let mut f = std::fs::File::open(&self.path)?;
        f.seek(SeekFrom::Start(off))?;
        let mut buf = vec![0; size as usize];
        f.read_exact(&mut buf)?;
        let got = d.digest.of(&buf);
        d.digest.check(
            &got,
            &format!("manifest `{}` in `{}`", d.digest, self.path.display()),
        )?;
        let ct = (!d.media_type.is_empty()).then_some(d.media_type.as_str());
        Ok(Manifest::from_bytes(Bytes::from(buf), ct)?)
    }

    /// A manifest the archive holds, by descriptor (an index's child).
    pub fn manifest_at(&self, d: &Descriptor) -> Result<Manifest> {
        if d.digest == self.manifest.digest {
            return Ok(self.manifest.clone());
        }
        self.manifest_for(d)
    }

    /// Where blob `d` is, and its size.
    pub fn blob(&self, d: &Digest) -> Option<(u64, u64)> {
        self.blobs.get(d).copied()
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

fn not_archive(r: &ArchiveRef, e: std::io::Error) -> anyhow::Error {
    Failure::verify(format!("`{}` is not a tar archive: {e}", r.path.display())).into()
}
