//! Image archives written: docker archives (`docker save`'s format) and OCI archives, as a
//! destination beside [`super::copy`]. Every blob is written as it is, once, checked against
//! its digest as it streams; the archive is a temporary file renamed over the destination only
//! when complete. The reading side is [`crate::archive`], which repositories open: this module
//! may use it, never the other way round.

use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

use anyhow::{Context as _, Result};

use crate::archive::{Archive, ArchiveRef, Kind};
use crate::digest::Digest;
use crate::error::Failure;
use crate::manifest::{Descriptor, Manifest};
use crate::media_types as mt;

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
        let specs = crate::repo::LayerSpec::of(&image, &cfg);
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

/// The name `docker load` gives an image: its reference with a tag, if it has one.
pub fn load_name(r: &crate::reference::ImageRef) -> Option<String> {
    match r {
        crate::reference::ImageRef::Registry(x) => {
            x.tag.as_ref().map(|t| format!("{}:{t}", x.name()))
        }
        _ => None,
    }
}

/// `copy SRC docker-archive:PATH[:NAME]` or `oci-archive:PATH[:TAG]`: the image is added to
/// the archive; the images already in it are kept. A docker archive gets one platform (this
/// machine's, or `platform`); an OCI archive the whole image, or `platform`. The image is
/// named by the archive reference's selector, else (docker) the name `docker load` would give
/// it, else (OCI) the source's tag.
pub async fn copy_into(
    client: &crate::client::Client,
    src_ref: &crate::reference::ImageRef,
    arch: &ArchiveRef,
    platform: Option<&crate::platform::Platform>,
) -> Result<Written> {
    use crate::platform::{Platform, Selector};
    let sel = match (platform, arch.kind) {
        (Some(p), _) => Some(Selector::One(p.clone())),
        (None, Kind::Docker) => Some(Selector::One(Platform::local())),
        (None, Kind::Oci) => None,
    };
    let repo = crate::repo::Repo::open(client, src_ref)?;
    let mut manifest = repo.manifest().await?;
    if let Some(sel) = sel {
        manifest = crate::repo::resolve(&repo, manifest, &sel)
            .await?
            .remove(0)
            .manifest;
    }
    let names = match (&arch.selector, arch.kind) {
        (Some(n), _) => vec![n.clone()],
        (None, Kind::Docker) => load_name(src_ref).into_iter().collect(),
        (None, Kind::Oci) => src_ref.tag().into_iter().collect(),
    };
    append(
        arch,
        ToWrite {
            repo,
            manifest,
            names,
        },
    )
    .await
}
