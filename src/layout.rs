//! OCI image layout directories (`ocidir://PATH`): `oci-layout`, `index.json`, `blobs/<alg>/<hex>`.
//!
//! Reads verify like registry reads do: a manifest must match the size and digest its
//! descriptor in `index.json` names. Writes go to a temp file in the same directory and are
//! renamed into place only after the digest checks, and `index.json` is replaced atomically, so
//! a crash never leaves a half-written blob under its final name or a torn index.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use bytes::Bytes;
use futures_util::{StreamExt as _, TryStreamExt as _};
use serde_json::{Map, Value};

use crate::client::api::BlobStream;
use crate::digest::Digest;
use crate::error::Failure;
use crate::manifest::{Descriptor, MAX_MANIFEST_SIZE, Manifest};
use crate::media_types as mt;

pub const REF_NAME: &str = "org.opencontainers.image.ref.name";
const LAYOUT_FILE: &str = "oci-layout";
const LAYOUT_VERSION: &str = r#"{"imageLayoutVersion":"1.0.0"}"#;

#[derive(Debug, Clone)]
pub struct Layout {
    root: PathBuf,
}

impl Layout {
    /// Opens an existing layout for reading.
    pub fn open(root: &Path) -> Result<Layout> {
        if !root.join("index.json").is_file() {
            let why = if root.is_dir() {
                "has no `index.json`"
            } else {
                "does not exist"
            };
            return Err(Failure::not_found(format!(
                "`{}` is not an OCI image layout: it {why}",
                root.display()
            ))
            .hint("an OCI layout is a directory with `oci-layout`, `index.json` and `blobs/`, as written by `hoist copy`, `skopeo copy ... oci:DIR` or `regctl`")
            .into());
        }
        Ok(Layout {
            root: root.to_path_buf(),
        })
    }

    /// A layout at `root` that may not exist yet, for looking without writing (`--dry-run`):
    /// reads of a missing layout find nothing.
    pub fn at(root: &Path) -> Layout {
        Layout {
            root: root.to_path_buf(),
        }
    }

    /// Opens a layout for writing, creating it when missing.
    pub fn create(root: &Path) -> Result<Layout> {
        std::fs::create_dir_all(root.join("blobs"))
            .with_context(|| format!("creating `{}`", root.display()))?;
        // Never over what is there: another writer may have made it, and tagged, meanwhile.
        write_new(&root.join(LAYOUT_FILE), LAYOUT_VERSION.as_bytes())?;
        write_new(
            &root.join("index.json"),
            br#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[]}"#,
        )?;
        Ok(Layout {
            root: root.to_path_buf(),
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn index_json(&self) -> Result<Map<String, Value>> {
        let path = self.root.join("index.json");
        let bytes =
            std::fs::read(&path).with_context(|| format!("reading `{}`", path.display()))?;
        match serde_json::from_slice::<Value>(&bytes) {
            Ok(Value::Object(m)) => Ok(m),
            _ => Err(Failure::verify(format!("`{}` is not a JSON index", path.display())).into()),
        }
    }

    /// The descriptors listed in `index.json` that hoist can use. `"manifests": null` (as
    /// docker 25 writes it) is an empty list. An entry hoist cannot read (a digest algorithm
    /// it does not know, such as `multihash+base58:`, which the spec allows) is skipped with a
    /// warning, so the other tags still work; [`Layout::resolve`] names it when it is the one
    /// asked for.
    pub fn entries(&self) -> Result<Vec<Descriptor>> {
        Ok(self
            .raw_entries()?
            .into_iter()
            .filter_map(|(raw, parsed)| match parsed {
                Ok(d) => Some(d),
                Err(e) => {
                    // Said once per entry however often the index is read in one run.
                    static SAID: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
                    let line = format!(
                        "`{}` lists an entry hoist cannot use ({e}); skipping it: {}",
                        self.root.join("index.json").display(),
                        crate::output::escape(&raw.to_string())
                    );
                    let mut said = SAID.lock().unwrap_or_else(|p| p.into_inner());
                    if !said.contains(&line) {
                        tracing::warn!("{line}");
                        said.push(line);
                    }
                    None
                }
            })
            .collect())
    }

    /// Every entry of `index.json`, raw and parsed.
    fn raw_entries(&self) -> Result<Vec<(Value, Result<Descriptor, String>)>> {
        let idx = self.index_json()?;
        let list = match idx.get("manifests") {
            None | Some(Value::Null) => return Ok(Vec::new()),
            Some(Value::Array(a)) => a.clone(),
            Some(_) => {
                return Err(Failure::verify(format!(
                    "`{}` has a `manifests` that is not a list",
                    self.root.join("index.json").display()
                ))
                .into());
            }
        };
        Ok(list
            .into_iter()
            .map(|v| {
                let parsed =
                    serde_json::from_value::<Descriptor>(v.clone()).map_err(|e| e.to_string());
                (v, parsed)
            })
            .collect())
    }

    /// Tags (`org.opencontainers.image.ref.name`) in index order.
    pub fn tags(&self) -> Result<Vec<String>> {
        Ok(self
            .entries()?
            .iter()
            .filter_map(|d| d.annotation(REF_NAME).map(str::to_string))
            .collect())
    }

    /// Finds the descriptor for a tag or digest. With neither, the only entry, else `latest`.
    pub fn resolve(&self, tag: Option<&str>, digest: Option<&Digest>) -> Result<Descriptor> {
        let entries = self.entries()?;
        if let Some(d) = digest {
            if let Some(e) = entries.iter().find(|e| &e.digest == d) {
                return Ok(e.clone());
            }
            // A digest need not be listed at the top: any manifest blob will do.
            let path = self.blob_path(d);
            let size = std::fs::metadata(&path)
                .map_err(|_| {
                    Failure::not_found(format!(
                        "manifest `{d}` not found in `{}`",
                        self.root.display()
                    ))
                })?
                .len();
            return Ok(Descriptor::new("", d.clone(), size));
        }
        let want = match tag {
            Some(t) => t,
            None if entries.len() == 1 => return Ok(entries[0].clone()),
            None => crate::reference::DEFAULT_TAG,
        };
        if let Some(e) = entries
            .iter()
            .find(|e| e.annotation(REF_NAME) == Some(want))
        {
            return Ok(e.clone());
        }
        // The tag may be on an entry hoist skipped: say why rather than "not found".
        for (raw, parsed) in self.raw_entries()? {
            if let Err(e) = parsed
                && raw
                    .pointer(&format!("/annotations/{}", REF_NAME.replace('/', "~1")))
                    .and_then(Value::as_str)
                    == Some(want)
            {
                return Err(Failure::verify(format!(
                    "the entry for tag `{want}` in `{}` cannot be used: {e}",
                    self.root.join("index.json").display()
                ))
                .hint(
                    "hoist verifies sha256 and sha512 digests; other algorithms cannot be checked",
                )
                .into());
            }
        }
        entries
            .iter()
            .find(|e| e.annotation(REF_NAME) == Some(want))
            .cloned()
            .ok_or_else(|| {
                let tags = self.tags().unwrap_or_default();
                Failure::not_found(format!(
                    "tag `{want}` not found in `{}`",
                    self.root.display()
                ))
                .hint(if tags.is_empty() {
                    "the layout has no tagged images".to_string()
                } else {
                    format!("the layout has: {}", tags.join(", "))
                })
                .into()
            })
    }

    pub fn blob_path(&self, d: &Digest) -> PathBuf {
        self.root
            .join("blobs")
            .join(d.algorithm().as_str())
            .join(d.hex())
    }

    /// Reads a small blob whole (manifests, configs), checking size and digest.
    pub fn read_verified(&self, d: &Digest, expect_size: Option<u64>, limit: u64) -> Result<Bytes> {
        let path = self.blob_path(d);
        let meta = std::fs::metadata(&path).map_err(|_| {
            Failure::not_found(format!("blob `{d}` not found in `{}`", self.root.display()))
        })?;
        if meta.len() > limit {
            return Err(Failure::verify(format!(
                "blob `{d}` is {} bytes, over the {limit}-byte limit",
                meta.len()
            ))
            .into());
        }
        let bytes = Bytes::from(std::fs::read(&path)?);
        if let Some(n) = expect_size
            && n != bytes.len() as u64
        {
            return Err(Failure::verify(format!(
                "size mismatch for blob `{d}` in `{}`: expected {n} bytes, found {}",
                self.root.display(),
                bytes.len()
            ))
            .into());
        }
        d.check(&d.of(&bytes), &format!("blob in `{}`", self.root.display()))?;
        Ok(bytes)
    }

    pub fn manifest(&self, desc: &Descriptor) -> Result<Manifest> {
        let size = (desc.size > 0).then_some(desc.size);
        let bytes = self.read_verified(&desc.digest, size, MAX_MANIFEST_SIZE)?;
        let ct = (!desc.media_type.is_empty()).then_some(desc.media_type.as_str());
        let mut m = Manifest::from_bytes(bytes, ct)?;
        m.digest = desc.digest.clone();
        Ok(m)
    }

    /// Streams a blob from disk (unverified: callers hash as they consume, like registry reads).
    pub async fn open_blob(&self, d: &Digest, offset: u64) -> Result<BlobStream> {
        use tokio::io::AsyncSeekExt as _;
        let path = self.blob_path(d);
        let mut f = tokio::fs::File::open(&path).await.map_err(|_| {
            Failure::not_found(format!("blob `{d}` not found in `{}`", self.root.display()))
        })?;
        let size = f.metadata().await?.len();
        if offset > 0 {
            f.seek(std::io::SeekFrom::Start(offset)).await?;
        }
        let stream = file_chunks(f, None).map_err(anyhow::Error::from).boxed();
        Ok(BlobStream {
            size: Some(size),
            offset,
            stream,
        })
    }

    /// Writes a small blob (already in memory), verifying nothing needs verifying: its digest is
    /// computed here. Existing blobs are left alone.
    pub fn write_blob(&self, bytes: &[u8]) -> Result<Digest> {
        self.write_blob_as(bytes, crate::digest::Algorithm::Sha256)
    }

    /// [`Layout::write_blob`] under the digest of another algorithm (`blobs/sha512/...`).
    pub fn write_blob_as(
        &self,
        bytes: &[u8],
        algorithm: crate::digest::Algorithm,
    ) -> Result<Digest> {
        let mut h = crate::digest::Hasher::new(algorithm);
        h.update(bytes);
        let d = h.finish();
        let path = self.blob_path(&d);
        if !path.exists() {
            std::fs::create_dir_all(path.parent().expect("blob dir"))?;
            write_atomic(&path, bytes)?;
        }
        Ok(d)
    }

    /// Points `tag` (or, without one, an untagged entry) at `desc` in `index.json`, replacing an
    /// entry with the same tag and keeping all others.
    pub fn set_ref(&self, desc: &Descriptor, tag: Option<&str>) -> Result<()> {
        // Already so: leave the file (and its bytes) alone.
        if let Some(t) = tag
            && self
                .entries()?
                .iter()
                .any(|e| e.digest == desc.digest && e.annotation(REF_NAME) == Some(t))
        {
            return Ok(());
        }
        let mut idx = self.index_json()?;
        let mut list = match idx.remove("manifests") {
            Some(Value::Array(a)) => a,
            _ => Vec::new(),
        };
        let mut d = desc.clone();
        d.platform = None;
        if let Some(t) = tag {
            let mut ann = d.annotations.take().unwrap_or_default();
            ann.insert(REF_NAME.to_string(), t.to_string());
            d.annotations = Some(ann);
            list.retain(|e| {
                e.pointer(&format!("/annotations/{}", REF_NAME.replace('/', "~1")))
                    .and_then(Value::as_str)
                    != Some(t)
            });
        } else {
            list.retain(|e| {
                e.get("digest").and_then(Value::as_str) != Some(&desc.digest.to_string())
                    || e.get("annotations").is_some()
            });
        }
        list.push(serde_json::to_value(&d)?);
        idx.insert("manifests".into(), Value::Array(list));
        if !idx.contains_key("schemaVersion") {
            idx.insert("schemaVersion".into(), Value::from(2));
        }
        idx.entry("mediaType")
            .or_insert_with(|| Value::from(mt::OCI_INDEX));
        let mut text = serde_json::to_vec(&idx)?;
        text.push(b'\n');
        write_atomic(&self.root.join("index.json"), &text)
    }
}

impl Layout {
    /// Removes every entry of `index.json` that points at `d` (its tags too; blobs stay).
    pub fn remove_digest(&self, d: &Digest) -> Result<()> {
        let mut idx = self.index_json()?;
        let Some(Value::Array(list)) = idx.get_mut("manifests") else {
            return Ok(());
        };
        let before = list.len();
        let want = d.to_string();
        list.retain(|e| e.get("digest").and_then(Value::as_str) != Some(want.as_str()));
        if list.len() == before {
            return Ok(());
        }
        let mut text = serde_json::to_vec(&idx)?;
        text.push(b'\n');
        write_atomic(&self.root.join("index.json"), &text)
    }

    /// Removes the entry tagged `tag` from `index.json` (blobs stay). Whether it was there.
    pub fn remove_ref(&self, tag: &str) -> Result<bool> {
        let mut idx = self.index_json()?;
        let Some(Value::Array(list)) = idx.get_mut("manifests") else {
            return Ok(false);
        };
        let before = list.len();
        list.retain(|e| {
            e.get("annotations")
                .and_then(|a| a.get(REF_NAME))
                .and_then(Value::as_str)
                != Some(tag)
        });
        if list.len() == before {
            return Ok(false);
        }
        let mut text = serde_json::to_vec(&idx)?;
        text.push(b'\n');
        write_atomic(&self.root.join("index.json"), &text)?;
        Ok(true)
    }
}

/// A file's bytes from where it is positioned, 256 KiB at a time: to its end, or exactly
/// `len` bytes (a file that ends sooner is an error). Each chunk is read on a blocking thread
/// straight into the buffer it is sent in (no zeroing, no second copy), so a server sending
/// many files at once spends its memory bandwidth on the bytes themselves.
pub fn file_chunks(
    f: tokio::fs::File,
    len: Option<u64>,
) -> impl futures_util::Stream<Item = std::io::Result<Bytes>> + Send {
    use futures_util::StreamExt as _;
    const CHUNK: u64 = 256 * 1024;
    futures_util::stream::once(f.into_std()).flat_map(move |f| {
        futures_util::stream::unfold(
            (Some(std::sync::Arc::new(f)), len),
            |(f, left)| async move {
                let f = f?;
                if left == Some(0) {
                    return None;
                }
                let want = left.map_or(CHUNK, |l| l.min(CHUNK));
                let file = f.clone();
                let read = tokio::task::spawn_blocking(move || {
                    use std::io::Read as _;
                    let mut buf = Vec::with_capacity(want as usize);
                    (&*file).take(want).read_to_end(&mut buf).map(|_| buf)
                })
                .await
                .unwrap_or_else(|e| Err(std::io::Error::other(e)));
                match read {
                    Ok(buf) if buf.is_empty() && left.is_some() => Some((
                        Err(std::io::Error::other("the file ended early")),
                        (None, left),
                    )),
                    Ok(buf) if buf.is_empty() => None,
                    Ok(buf) => {
                        let n = buf.len() as u64;
                        Some((Ok(Bytes::from(buf)), (Some(f), left.map(|l| l - n))))
                    }
                    Err(e) => Some((Err(e), (None, left))),
                }
            },
        )
    })
}

/// A temporary file in `dir` that becomes one of the user's files when renamed: created with
/// mode 0666 less the umask (as `cp`, skopeo and docker make theirs), not the 0600 of
/// scratch files, so others the user lets read their files can read the layout or archive.
pub fn temp_file_in(dir: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    use std::os::unix::fs::PermissionsExt as _;
    tempfile::Builder::new()
        .permissions(std::fs::Permissions::from_mode(0o666))
        .tempfile_in(dir)
}

/// Writes `path` whole, unless it exists: through a temp file linked into place without
/// replacing anything, so two writers racing to create it never undo each other.
fn write_new(path: &Path, bytes: &[u8]) -> Result<()> {
    if path.exists() {
        return Ok(());
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = temp_file_in(dir).with_context(|| format!("writing in `{}`", dir.display()))?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    match tmp.persist_noclobber(path) {
        Ok(_) => Ok(()),
        Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => {
            Err(anyhow::Error::from(e.error).context(format!("writing `{}`", path.display())))
        }
    }
}

/// Writes through a temp file in the same directory, then renames over `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = temp_file_in(dir).with_context(|| format!("writing in `{}`", dir.display()))?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path)
        .with_context(|| format!("replacing `{}`", path.display()))?;
    Ok(())
}
