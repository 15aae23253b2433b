//! Image archives as sources: `docker-archive:PATH[:REF|:@N]` (what `docker save` and `podman
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

/// Which kind of archive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Docker,
    Oci,
}

/// `docker-archive:PATH[:SELECTOR]` or `oci-archive:PATH[:SELECTOR]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveRef {
    pub kind: Kind,
    pub path: PathBuf,
    /// A reference in `RepoTags` (docker), a tag (OCI), or `@N` (the Nth image, from 0).
    pub selector: Option<String>,
}

impl std::fmt::Display for ArchiveRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let scheme = match self.kind {
            Kind::Docker => "docker-archive",
            Kind::Oci => "oci-archive",
        };
        write!(f, "{scheme}:{}", self.path.display())?;
        if let Some(s) = &self.selector {
            write!(f, ":{s}")?;
        }
        Ok(())
    }
}

impl ArchiveRef {
    /// Parses what follows `docker-archive:` or `oci-archive:`.
    pub fn parse(kind: Kind, rest: &str) -> Result<ArchiveRef, Failure> {
        let (path, selector) = match rest.split_once(':') {
            Some((p, s)) if !s.is_empty() => (p, Some(s.to_string())),
            Some((p, _)) => (p, None),
            None => (rest, None),
        };
        if path.is_empty() {
            return Err(Failure::usage(
                "an archive reference needs a path (`docker-archive:image.tar`)",
            ));
        }
        Ok(ArchiveRef {
            kind,
            path: PathBuf::from(path),
            selector,
        })
    }
}

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

/// One image to write into an archive: where it is, what is written (an image manifest; for an
/// OCI archive also an index, with everything it lists), and the names it is given (docker's
/// `RepoTags`, or the OCI layout's `org.opencontainers.image.ref.name`, which takes the first).
pub struct ToWrite {
    pub repo: crate::repo::Repo,
    pub manifest: Manifest,
    pub names: Vec<String>,
}

/// What writing an archive did.
#[derive(Debug, Clone, Default, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Written {
    pub images: usize,
    /// Layers written (each once).
    pub layers: usize,
    /// Bytes of the blobs written (docker archives: uncompressed layers).
    pub bytes: u64,
}

/// An archive being written: a temporary file beside the destination, renamed over it only
/// when complete.
struct TarOut {
    file: Option<std::fs::File>,
    tmp: tempfile::TempPath,
}

impl TarOut {
    fn new(path: &Path) -> Result<TarOut> {
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let (file, tmp) = crate::layout::temp_file_in(dir)
            .with_context(|| format!("writing in `{}`", dir.display()))?
            .into_parts();
        Ok(TarOut {
            file: Some(file),
            tmp,
        })
    }

    fn file(&mut self) -> &mut std::fs::File {
        self.file
            .as_mut()
            .expect("the file is back after each blob")
    }

    /// Streams blob `desc` from `repo` through `work` (on a blocking thread, with the file),
    /// checking the blob's size and digest as it arrives.
    async fn stream<T: Send + 'static>(
        &mut self,
        repo: &crate::repo::Repo,
        desc: &Descriptor,
        work: impl FnOnce(&mut std::fs::File, crate::transfer::verify::ChannelReader) -> Result<T>
        + Send
        + 'static,
    ) -> Result<T> {
        let mut f = self.file.take().expect("one blob at a time");
        let (f, r) = crate::transfer::read_blocking(repo, desc, move |rx| {
            let r = work(&mut f, rx);
            Ok((f, r))
        })
        .await?;
        self.file = Some(f);
        r
    }

    /// Ends the tar, syncs it and moves it to `path`.
    fn finish(mut self, path: &Path) -> Result<()> {
        use std::io::Write as _;
        let mut f = self.file.take().expect("file");
        f.write_all(&[0u8; 1024])?;
        f.sync_all()?;
        drop(f);
        self.tmp
            .persist(path)
            .with_context(|| format!("writing `{}`", path.display()))?;
        Ok(())
    }
}

fn entry_header(name: &str, size: u64) -> Result<tar::Header> {
    let mut h = tar::Header::new_gnu();
    h.set_path(name)?;
    h.set_mode(0o644);
    h.set_mtime(0);
    h.set_size(size);
    h.set_entry_type(tar::EntryType::Regular);
    h.set_cksum();
    Ok(h)
}

/// Copies `data` to the end of `f`. The writes run on a thread of their own, so reading
/// (inflating and hashing a layer) and writing overlap; the kernel is asked to start writing
/// each stretch to disk as it goes, so the archive's final sync waits for the last stretch
/// only. Four 256 KiB buffers go round between the two threads.
fn copy_in(f: &mut std::fs::File, data: &mut dyn Read) -> Result<u64> {
    use std::io::Write as _;
    const BUF: usize = 256 * 1024;
    let at = f.stream_position()?;
    std::thread::scope(|scope| {
        let (full_tx, full_rx) = std::sync::mpsc::sync_channel::<(Vec<u8>, usize)>(4);
        let (empty_tx, empty_rx) = std::sync::mpsc::sync_channel::<Vec<u8>>(4);
        let writer = scope.spawn(move || -> std::io::Result<()> {
            let mut w = crate::transfer::Writeback::new(&mut *f, at);
            for (buf, len) in full_rx {
                w.write_all(&buf[..len])?;
                let _ = empty_tx.try_send(buf);
            }
            Ok(())
        });
        let mut total = 0u64;
        let read = (|| -> std::io::Result<()> {
            loop {
                let mut buf = empty_rx.try_recv().unwrap_or_else(|_| vec![0u8; BUF]);
                let mut len = 0;
                while len < BUF {
                    match data.read(&mut buf[len..]) {
                        Ok(0) => break,
                        Ok(n) => len += n,
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                        Err(e) => return Err(e),
                    }
                }
                if len == 0 {
                    return Ok(());
                }
                total += len as u64;
                if full_tx.send((buf, len)).is_err() {
                    // The writer stopped; its error is reported below.
                    return Ok(());
                }
            }
        })();
        drop(full_tx);
        let written = writer
            .join()
            .map_err(|_| anyhow::anyhow!("the writer thread failed"))?;
        read?;
        written?;
        Ok(total)
    })
}

/// Writes a tar entry of bytes in memory.
fn tar_bytes(f: &mut std::fs::File, name: &str, bytes: &[u8]) -> Result<()> {
    tar_entry_sized(f, name, bytes.len() as u64, &mut &bytes[..])
}

/// Writes a tar entry of a known size; fewer bytes than that is an error.
fn tar_entry_sized(
    f: &mut std::fs::File,
    name: &str,
    size: u64,
    data: &mut dyn Read,
) -> Result<()> {
    use std::io::Write as _;
    f.write_all(entry_header(name, size)?.as_bytes())?;
    let n = copy_in(f, &mut data.take(size))?;
    if n != size {
        return Err(Failure::verify(format!("`{name}`: expected {size} bytes, got {n}")).into());
    }
    f.write_all(&vec![0u8; ((512 - n % 512) % 512) as usize])?;
    Ok(())
}

/// Writes a tar entry whose size is not known before its data: the header goes first with
/// size 0, the data streams after it, and the header is written again with the size.
fn tar_entry(f: &mut std::fs::File, name: &str, data: &mut dyn Read) -> Result<u64> {
    use std::io::Write as _;
    let start = f.stream_position()?;
    let mut h = entry_header(name, 0)?;
    f.write_all(h.as_bytes())?;
    let n = copy_in(f, data)?;
    let pad = (512 - n % 512) % 512;
    f.write_all(&vec![0u8; pad as usize])?;
    let end = f.stream_position()?;
    h.set_size(n);
    h.set_cksum();
    f.seek(SeekFrom::Start(start))?;
    f.write_all(h.as_bytes())?;
    f.seek(SeekFrom::Start(end))?;
    Ok(n)
}

/// Writes an archive of `kind` holding `images` to `path`. The file appears at `path` only
/// when it is complete.
pub async fn write(kind: Kind, path: &Path, images: Vec<ToWrite>) -> Result<Written> {
    match kind {
        Kind::Docker => write_docker(path, images).await,
        Kind::Oci => write_oci(path, images).await,
    }
}

/// Adds `new` to the archive `arch` names, keeping the images it already holds (a name `new`
/// takes is taken from the image that had it), or writes a new archive.
pub async fn append(arch: &ArchiveRef, new: ToWrite) -> Result<Written> {
    let mut images = Vec::new();
    if arch.path.exists() {
        let first = ArchiveRef {
            selector: Some("@0".into()),
            ..arch.clone()
        };
        // The archive's index is read once; each image is picked from it.
        let opened = Archive::open(&first)?;
        for i in 0..opened.count {
            let selector = format!("@{i}");
            let archive = opened.pick(&selector)?;
            let mut names = archive.picked_names.clone();
            names.retain(|n| !new.names.contains(n));
            let repo = crate::repo::Repo::Archive {
                archive: std::sync::Arc::new(archive),
                reference: ArchiveRef {
                    selector: Some(selector),
                    ..arch.clone()
                },
            };
            let manifest = repo.manifest().await?;
            images.push(ToWrite {
                repo,
                manifest,
                names,
            });
        }
    }
    images.push(new);
    write(arch.kind, &arch.path, images).await
}

/// Writes a docker archive (`docker save`'s format, which `docker load` and `podman load` read)
/// of `images` to `path`: each layer once, uncompressed, named by its diffID, checked against
/// its digest and diffID as it streams; then the configs and `manifest.json`.
async fn write_docker(path: &Path, images: Vec<ToWrite>) -> Result<Written> {
    let mut out = TarOut::new(path)?;
    let mut written = Written::default();
    let mut done: std::collections::HashSet<Digest> = Default::default();
    let mut manifest = Vec::new();
    for img in images {
        let mut resolved = crate::repo::resolve(
            &img.repo,
            img.manifest.clone(),
            &crate::platform::Selector::All,
        )
        .await?;
        if resolved.len() != 1 || resolved[0].index.is_some() {
            return Err(Failure::usage(format!(
                "a docker archive holds one platform of an image, and `{}` is an index",
                img.repo.display()
            ))
            .hint("pick one with `--platform`, or write an `oci-archive:`")
            .into());
        }
        let image = resolved.remove(0);
        let (config, cfg) = crate::repo::config(&img.repo, &image).await?;
        let specs = crate::image::LayerSpec::of(&image, &cfg);
        let mut layer_names = Vec::new();
        for l in &specs {
            let Some(diff_id) = l.diff_id.clone() else {
                return Err(Failure::verify(format!(
                    "layer {} has no diffID in its config",
                    l.name()
                ))
                .into());
            };
            let name = format!("{}.tar", diff_id.hex());
            layer_names.push(name.clone());
            if !done.insert(diff_id.clone()) {
                continue;
            }
            // The blob goes through its decoder into the tar, hashing what is written (the
            // diffID).
            let declared = mt::layer_compression(&l.desc.media_type);
            let lname = l.name();
            let (got, n) = out
                .stream(&img.repo, &l.desc, move |f, rx| {
                    let decoded = crate::transfer::verify::decode_buffered(declared, rx)?;
                    let mut hashed = crate::digest::HashingReader::new(
                        decoded,
                        crate::digest::Algorithm::Sha256,
                    );
                    let n = tar_entry(f, &name, &mut hashed)
                        .with_context(|| format!("writing layer {lname}"))?;
                    let (_, got, _) = hashed.finish();
                    Ok((got, n))
                })
                .await?;
            diff_id.check(
                &got,
                &format!("the uncompressed content (diffID) of layer {}", l.name()),
            )?;
            written.layers += 1;
            written.bytes += n;
        }
        let config_name = format!("{}.json", image.image.config.digest.hex());
        if done.insert(image.image.config.digest.clone()) {
            tar_bytes(out.file(), &config_name, &config)?;
        }
        manifest.push(serde_json::json!({
            "Config": config_name,
            "RepoTags": img.names,
            "Layers": layer_names,
        }));
        written.images += 1;
    }
    let m = serde_json::to_vec(&manifest)?;
    tar_bytes(out.file(), "manifest.json", &m)?;
    out.finish(path)?;
    Ok(written)
}

/// Writes an OCI archive (a tar of an OCI image layout) of `images` to `path`: every blob as it
/// is (compressed layers stay compressed, digests kept), each once, checked as it streams,
/// children before the manifests that list them; `index.json` last, one entry per image.
async fn write_oci(path: &Path, images: Vec<ToWrite>) -> Result<Written> {
    let mut out = TarOut::new(path)?;
    let mut written = Written::default();
    let mut done: std::collections::HashSet<Digest> = Default::default();
    tar_bytes(
        out.file(),
        "oci-layout",
        br#"{"imageLayoutVersion":"1.0.0"}"#,
    )?;
    let mut entries = Vec::new();
    for img in images {
        oci_tree(
            &mut out,
            &img.repo,
            &img.manifest,
            &mut done,
            &mut written,
            0,
        )
        .await?;
        let mut d = Descriptor::new(
            &img.manifest.media_type,
            img.manifest.digest.clone(),
            img.manifest.bytes.len() as u64,
        );
        if let Some(n) = img.names.first() {
            d.annotations = Some(
                [(
                    "org.opencontainers.image.ref.name".to_string(),
                    n.to_string(),
                )]
                .into_iter()
                .collect(),
            );
        }
        entries.push(d);
        written.images += 1;
    }
    let index = serde_json::to_vec(&serde_json::json!({
        "schemaVersion": 2,
        "mediaType": mt::OCI_INDEX,
        "manifests": entries,
    }))?;
    tar_bytes(out.file(), "index.json", &index)?;
    out.finish(path)?;
    Ok(written)
}

fn blob_name(d: &Digest) -> String {
    let s = d.to_string();
    let (alg, hex) = s.split_once(':').expect("a digest has an algorithm");
    format!("blobs/{alg}/{hex}")
}

/// Writes `m` and everything it lists (children, configs, layers; not foreign layers, which
/// stay at their URLs) into `out`, each blob once.
fn oci_tree<'a>(
    out: &'a mut TarOut,
    repo: &'a crate::repo::Repo,
    m: &'a Manifest,
    done: &'a mut std::collections::HashSet<Digest>,
    written: &'a mut Written,
    depth: usize,
) -> futures_util::future::BoxFuture<'a, Result<()>> {
    Box::pin(async move {
        if done.contains(&m.digest) {
            return Ok(());
        }
        if depth > crate::manifest::MAX_NESTING {
            return Err(crate::manifest::too_deep(&format!("`{}`", repo.display())).into());
        }
        match m.view()? {
            crate::manifest::View::Index(idx) => {
                for d in &idx.manifests {
                    let child = repo.manifest_at(d).await?;
                    oci_tree(out, repo, &child, done, written, depth + 1).await?;
                }
            }
            crate::manifest::View::Image(img) => {
                let blobs = std::iter::once(&img.config).chain(&img.layers);
                for (i, d) in blobs.enumerate() {
                    if d.is_foreign() || !done.insert(d.digest.clone()) {
                        continue;
                    }
                    let name = blob_name(&d.digest);
                    let size = d.size;
                    out.stream(repo, d, move |f, mut rx| {
                        tar_entry_sized(f, &name, size, &mut rx)?;
                        // Anything past the size is the reader's to judge.
                        std::io::copy(&mut rx, &mut std::io::sink())?;
                        Ok(())
                    })
                    .await?;
                    if i > 0 {
                        written.layers += 1;
                    }
                    written.bytes += d.size;
                }
            }
            crate::manifest::View::Schema1(_) => {
                return Err(Failure::usage(format!(
                    "`{}` is a Docker schema 1 manifest, which an OCI archive does not hold",
                    repo.display()
                ))
                .into());
            }
        }
        done.insert(m.digest.clone());
        let name = blob_name(&m.digest);
        tar_bytes(out.file(), &name, &m.bytes)?;
        Ok(())
    })
}
