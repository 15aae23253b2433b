//! What `hoist serve` keeps: one OCI image layout per repository, at `DIR/<repository>`, each
//! with its own blobs (so a layout `hoist copy ... ocidir://DIR/<repository>` wrote is served as
//! it is, and a pushed repository is a layout other tools read).
//!
//! Nothing is visible before it is whole and checked: an upload is written under
//! `DIR/.uploads/`, hashed as it arrives, synced, and renamed to its digest's name only when the
//! digest matches; a manifest is checked (size, JSON, the blobs it lists) and written the same
//! way before `index.json` (replaced atomically, one writer per repository) names it. A crash
//! leaves at most files in `DIR/.uploads/`, which a restart removes.
//!
//! It must not know HTTP.

pub use super::upload::{BATCH, MAX_UPLOADS, Session, Shared, UPLOAD_IDLE};
use super::upload::{CancelFlag, random_id};

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use bytes::Bytes;

use crate::digest::Digest;
use crate::layout::{Layout, REF_NAME};
use crate::manifest::{Descriptor, MAX_MANIFEST_SIZE, Manifest, View};

use super::ApiError;

/// Tags to their entries in `index.json`.
type TagMap = HashMap<String, Descriptor>;

/// Which version of an `index.json` a [`TagMap`] was read from: inode, size, time.
type IndexVersion = (u64, u64, i64, i64);

/// A layout's own names, which a repository component may also be (stored as `_NAME`).
const LAYOUT_NAMES: [&str; 3] = ["blobs", "index.json", "oci-layout"];

/// Upload sessions' scratch directory, inside DIR (a name no repository can have).
pub(super) const UPLOADS: &str = ".uploads";

/// An upload's entry: its repository, its session, its cancel flag, who began it.
pub(super) type Upload = (
    String,
    Shared,
    CancelFlag,
    Option<super::upload::ClientAddr>,
);

/// Where repository `name` is stored, relative to the served directory (see [`Store::dir`]).
pub fn storage_path(name: &str) -> PathBuf {
    name.split('/')
        .map(|c| match LAYOUT_NAMES.contains(&c) {
            true => format!("_{c}"),
            false => c.to_string(),
        })
        .collect()
}

/// The repositories under one directory.
pub struct Store {
    pub(super) root: PathBuf,
    pub(super) uploads: PathBuf,
    /// One writer of `index.json` at a time, per repository.
    pub(super) locks: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
    /// Uploads by id, with the repository each belongs to and the client that began it.
    pub(super) sessions: Mutex<HashMap<String, Upload>>,
    /// Each repository's tags, with the version of `index.json` they were read from.
    pub(super) tag_maps: Mutex<HashMap<String, (IndexVersion, Arc<TagMap>)>>,
    /// What each manifest read for the referrers API refers to (its subject, artifact type
    /// and annotations), by digest: manifests never change.
    pub(super) subjects: Mutex<HashMap<Digest, Option<(Digest, Descriptor)>>>,
    /// An index may list manifests that are not here (`--sparse-indexes`).
    pub(super) sparse_indexes: bool,
}

impl Store {
    /// Opens DIR (creating it). Read-only, it writes nothing (DIR may be a read-only mount)
    /// and DIR must exist.
    pub fn open(root: &Path, read_only: bool) -> anyhow::Result<Store> {
        if !read_only {
            std::fs::create_dir_all(root)?;
        }
        let root = root.canonicalize()?;
        let uploads = root.join(UPLOADS);
        // What a crash left in DIR/.uploads is removed once the server listens
        // ([`Store::discard_uploads`]), not here: another server may own DIR.
        if !read_only {
            std::fs::create_dir_all(&uploads)?;
        }
        Ok(Store {
            root,
            uploads,
            locks: Mutex::default(),
            sessions: Mutex::default(),
            tag_maps: Mutex::default(),
            subjects: Mutex::default(),
            sparse_indexes: false,
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The layout of repository `name` (already checked against the grammar, so it has no
    /// `..`, no empty or absolute component and nothing encoded). Storage names do not depend
    /// on what users call their repositories: a component that is one of a layout's own names
    /// (`blobs`, `index.json`, `oci-layout`) is stored with a leading `_`, which no repository
    /// component can have, so `sq/index.json` is a repository beside `sq`'s index, not it.
    pub(super) fn dir(&self, name: &str) -> PathBuf {
        self.root.join(storage_path(name))
    }

    /// The layout of `name`, if it exists.
    pub fn layout(&self, name: &str) -> Option<Layout> {
        let dir = self.dir(name);
        (dir.join("index.json").is_file() && dir.join("oci-layout").is_file())
            .then(|| Layout::at(&dir))
    }

    fn layout_or_unknown(&self, name: &str) -> Result<Layout, ApiError> {
        self.layout(name).ok_or_else(|| {
            ApiError::new(
                404,
                "NAME_UNKNOWN",
                format!("repository `{name}` is not known"),
            )
        })
    }

    fn lock(&self, name: &str) -> Arc<tokio::sync::Mutex<()>> {
        self.locks
            .lock()
            .expect("locks")
            .entry(name.to_string())
            .or_default()
            .clone()
    }

    /// Where blob `d` of `name` is, and its size.
    pub fn blob(&self, name: &str, d: &Digest) -> Option<(PathBuf, u64)> {
        let l = self.layout(name)?;
        let p = l.blob_path(d);
        let m = std::fs::metadata(&p).ok()?;
        m.is_file().then_some((p, m.len()))
    }

    pub fn delete_blob(&self, name: &str, d: &Digest) -> Result<(), ApiError> {
        let (p, _) = self
            .blob(name, d)
            .ok_or_else(|| ApiError::blob_unknown(d))?;
        std::fs::remove_file(p).map_err(ApiError::io)
    }

    /// Every repository: directories under DIR that are layouts (not `blobs`, not hidden).
    pub fn catalog(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut stack = vec![(self.root.clone(), String::new(), 0usize)];
        while let Some((dir, name, depth)) = stack.pop() {
            if !name.is_empty() && self.layout(&name).is_some() {
                out.push(name.clone());
            }
            if depth >= 16 {
                continue;
            }
            let Ok(rd) = std::fs::read_dir(&dir) else {
                continue;
            };
            for e in rd.flatten() {
                let n = e.file_name().to_string_lossy().to_string();
                if n.starts_with('.') || n == "blobs" || !e.file_type().is_ok_and(|t| t.is_dir()) {
                    continue;
                }
                // A layout's own name, escaped (see `dir`).
                let n = match n.strip_prefix('_') {
                    Some(plain) if LAYOUT_NAMES.contains(&plain) => plain.to_string(),
                    _ => n,
                };
                let full = if name.is_empty() {
                    n
                } else {
                    format!("{name}/{n}")
                };
                if crate::reference::validate_repository(&full).is_ok() {
                    stack.push((e.path(), full, depth + 1));
                }
            }
        }
        out.sort();
        out
    }

    pub fn tags(&self, name: &str) -> Result<Vec<String>, ApiError> {
        let l = self.layout_or_unknown(name)?;
        let mut t = l.tags().map_err(ApiError::from_anyhow)?;
        t.sort();
        t.dedup();
        Ok(t)
    }

    /// The manifest `reference` (a tag or digest) names in `name`.
    pub fn manifest(&self, name: &str, reference: &str) -> Result<Manifest, ApiError> {
        let l = self.layout_or_unknown(name)?;
        let desc = match reference.parse::<Digest>() {
            Ok(d) => {
                let found = l
                    .entries()
                    .ok()
                    .and_then(|e| e.into_iter().find(|x| x.digest == d));
                match found {
                    Some(x) => x,
                    None => {
                        let (_, size) = self
                            .blob(name, &d)
                            .ok_or_else(|| ApiError::manifest_unknown(reference))?;
                        Descriptor::new("", d, size)
                    }
                }
            }
            Err(_) => self
                .tag_map(name, &l)?
                .get(reference)
                .cloned()
                .ok_or_else(|| ApiError::manifest_unknown(reference))?,
        };
        if desc.size > MAX_MANIFEST_SIZE {
            return Err(ApiError::manifest_unknown(reference));
        }
        l.manifest(&desc).map_err(|e| {
            // A blob that is not a manifest (a layer asked for by its digest) is no manifest.
            if crate::error::kind_of(&e) == crate::error::Kind::NotFound {
                ApiError::manifest_unknown(reference)
            } else {
                ApiError::new(404, "MANIFEST_UNKNOWN", format!("`{reference}`: {e:#}"))
            }
        })
    }

    /// The tags of `name`, read from its `index.json` once per version of the file (a write
    /// replaces the file, so its inode, size or time changes): a lookup by tag costs a `stat`
    /// and a hash lookup however many tags the repository has.
    fn tag_map(&self, name: &str, l: &Layout) -> Result<Arc<TagMap>, ApiError> {
        use std::os::unix::fs::MetadataExt as _;
        let meta = std::fs::metadata(l.root().join("index.json")).map_err(ApiError::io)?;
        let version = (meta.ino(), meta.len(), meta.mtime(), meta.mtime_nsec());
        if let Some((v, map)) = self.tag_maps.lock().expect("tag maps").get(name)
            && *v == version
        {
            return Ok(map.clone());
        }
        let map: TagMap = l
            .entries()
            .map_err(ApiError::from_anyhow)?
            .into_iter()
            .filter_map(|e| e.annotation(REF_NAME).map(|t| (t.to_string(), e.clone())))
            .collect();
        let map = Arc::new(map);
        self.tag_maps
            .lock()
            .expect("tag maps")
            .insert(name.to_string(), (version, map.clone()));
        Ok(map)
    }

    /// Stores a manifest pushed as `reference` (a tag, or the digest it must have; with a
    /// digest, `also` are tags to point at it, as the `?tag=` of the spec's next version asks),
    /// once everything it lists is here. A manifest pushed by a sha512 digest is kept under it
    /// too, so it is found by the digest the client used. Returns the manifest with that
    /// digest, and its subject when it has one.
    pub async fn put_manifest(
        &self,
        name: &str,
        reference: &str,
        also: &[String],
        body: Bytes,
        content_type: Option<&str>,
    ) -> Result<(Manifest, Option<Digest>), ApiError> {
        let mut m = Manifest::from_bytes(body, content_type)
            .map_err(|e| ApiError::new(400, "MANIFEST_INVALID", e.message))?;
        let mut pushed_as = None;
        let tags: Vec<String> = match reference.parse::<Digest>() {
            Ok(want) => {
                let got = want.of(&m.bytes);
                if got != want {
                    return Err(ApiError::new(
                        400,
                        "DIGEST_INVALID",
                        format!("the manifest's digest is {got}, not {want}"),
                    ));
                }
                pushed_as = Some(want);
                also.to_vec()
            }
            Err(_) => vec![reference.to_string()],
        };
        for t in &tags {
            crate::reference::validate_tag(t).map_err(|e| ApiError::new(400, "TAG_INVALID", e))?;
        }
        let (listed, subject) = match m
            .view()
            .map_err(|e| ApiError::new(400, "MANIFEST_INVALID", e.message))?
        {
            View::Image(img) => (
                std::iter::once(img.config)
                    .chain(img.layers.into_iter().filter(|l| !l.is_foreign()))
                    .collect::<Vec<_>>(),
                img.subject,
            ),
            // A sparse index (with `--sparse-indexes`) is checked for the children it has.
            View::Index(idx) if self.sparse_indexes => (
                idx.manifests
                    .into_iter()
                    .filter(|d| self.blob(name, &d.digest).is_some())
                    .collect(),
                idx.subject,
            ),
            View::Index(idx) => (idx.manifests, idx.subject),
            View::Schema1(_) => {
                return Err(ApiError::new(
                    400,
                    "MANIFEST_INVALID",
                    "Docker schema 1 manifests are not accepted",
                ));
            }
        };
        let _guard = self.lock(name).lock_owned().await;
        for d in &listed {
            match self.blob(name, &d.digest) {
                Some((_, size)) if size == d.size => {}
                Some((_, size)) => {
                    return Err(ApiError::new(
                        400,
                        "MANIFEST_INVALID",
                        format!(
                            "the manifest says {} is {} bytes; it is {size}",
                            d.digest, d.size
                        ),
                    ));
                }
                None => {
                    return Err(ApiError::new(
                        400,
                        "MANIFEST_BLOB_UNKNOWN",
                        format!("{} is not in `{name}`: push it first", d.digest),
                    )
                    .detail(serde_json::json!({"digest": d.digest})));
                }
            }
        }
        let dir = self.dir(name);
        let l = Layout::create(&dir).map_err(ApiError::from_anyhow)?;
        // Synced and renamed into place (a layout's own write), off the async threads.
        let (writer, bytes) = (l.clone(), m.bytes.clone());
        let other = pushed_as
            .as_ref()
            .map(|d| d.algorithm())
            .filter(|a| *a != crate::digest::Algorithm::Sha256);
        tokio::task::spawn_blocking(move || -> anyhow::Result<()> {
            writer.write_blob(&bytes)?;
            if let Some(a) = other {
                writer.write_blob_as(&bytes, a)?;
            }
            Ok(())
        })
        .await
        .map_err(|_| ApiError::internal())?
        .map_err(ApiError::from_anyhow)?;
        let mut desc = m.descriptor();
        // Tags set by a push by sha512 name the manifest by that digest, so a pull by tag
        // reports the digest the client pushed.
        if let Some(d) = &pushed_as {
            desc.digest = d.clone();
        }
        let subject_digest = subject.as_ref().map(|s| s.digest.clone());
        for t in &tags {
            l.set_ref(&desc, Some(t)).map_err(ApiError::from_anyhow)?;
        }
        // A referrer pushed by digest is listed untagged, so it is reachable (as oras keeps
        // them) and the referrers API finds it.
        if tags.is_empty() && subject_digest.is_some() {
            desc.artifact_type = artifact_type(&m);
            l.set_ref(&desc, None).map_err(ApiError::from_anyhow)?
        }
        if let Some(d) = pushed_as {
            m.digest = d;
        }
        Ok((m, subject_digest))
    }

    /// Deletes a tag, or a manifest by digest (with every tag on it).
    pub async fn delete_manifest(&self, name: &str, reference: &str) -> Result<(), ApiError> {
        let l = self.layout_or_unknown(name)?;
        let _guard = self.lock(name).lock_owned().await;
        match reference.parse::<Digest>() {
            Err(_) => {
                if !l.remove_ref(reference).map_err(ApiError::from_anyhow)? {
                    return Err(ApiError::manifest_unknown(reference));
                }
            }
            Ok(d) => {
                let (path, _) = self
                    .blob(name, &d)
                    .ok_or_else(|| ApiError::manifest_unknown(reference))?;
                l.remove_digest(&d).map_err(ApiError::from_anyhow)?;
                std::fs::remove_file(path).map_err(ApiError::io)?;
            }
        }
        Ok(())
    }

    /// The manifests in `name` whose subject is `d`: entries of `index.json` that name it, and
    /// what the fallback tag `sha256-<hex>` lists (as hoist and oras keep referrers in
    /// layouts).
    pub fn referrers(&self, name: &str, d: &Digest) -> Result<Vec<Descriptor>, ApiError> {
        let Some(l) = self.layout(name) else {
            return Ok(Vec::new());
        };
        let mut out: Vec<Descriptor> = Vec::new();
        // Every manifest listed, tagged or not (oras pushes referrers by tag too).
        for e in l.entries().map_err(ApiError::from_anyhow)? {
            if let Some((subject, desc)) = self.subject_of(&l, &e)
                && &subject == d
                && !out.iter().any(|o| o.digest == desc.digest)
            {
                out.push(desc);
            }
        }
        let fallback = format!("{}-{}", d.algorithm().as_str(), d.hex());
        if let Ok(m) = self.manifest(name, &fallback)
            && let Ok(View::Index(idx)) = m.view()
        {
            for x in idx.manifests {
                if !out.iter().any(|o| o.digest == x.digest) {
                    out.push(x);
                }
            }
        }
        Ok(out)
    }

    fn subject_of(&self, l: &Layout, e: &Descriptor) -> Option<(Digest, Descriptor)> {
        if let Some(known) = self.subjects.lock().expect("subjects").get(&e.digest) {
            return known.clone();
        }
        let found = l.manifest(e).ok().and_then(|m| {
            let (subject, annotations) = match m.view().ok()? {
                View::Image(i) => (i.subject?, i.annotations),
                View::Index(i) => (i.subject?, i.annotations),
                View::Schema1(_) => return None,
            };
            let mut desc = m.descriptor();
            desc.artifact_type = artifact_type(&m);
            desc.annotations = annotations;
            Some((subject.digest, desc))
        });
        self.subjects
            .lock()
            .expect("subjects")
            .insert(e.digest.clone(), found.clone());
        found
    }

    /// A repository that holds blob `d` (for a mount that names none).
    pub fn holder_of(&self, d: &Digest) -> Option<String> {
        self.catalog()
            .into_iter()
            .find(|r| self.blob(r, d).is_some())
    }

    /// Mounts blob `d` from repository `from` into `name` (a hard link; a copy across
    /// filesystems). `false` when `from` does not have it.
    pub async fn mount(&self, name: &str, d: &Digest, from: &str) -> Result<bool, ApiError> {
        let Some((src, _)) = self.blob(from, d) else {
            return Ok(false);
        };
        let l = Layout::create(&self.dir(name)).map_err(ApiError::from_anyhow)?;
        let dest = l.blob_path(d);
        if dest.exists() {
            return Ok(true);
        }
        let uploads = self.uploads.clone();
        tokio::task::spawn_blocking(move || -> std::io::Result<()> {
            std::fs::create_dir_all(dest.parent().expect("blob dir"))?;
            let tmp = uploads.join(random_id()?);
            if std::fs::hard_link(&src, &tmp).is_err() {
                std::fs::copy(&src, &tmp)?;
                std::fs::File::open(&tmp)?.sync_all()?;
            }
            std::fs::rename(&tmp, &dest)
        })
        .await
        .map_err(|_| ApiError::internal())?
        .map_err(ApiError::io)?;
        Ok(true)
    }
}

/// The artifact type the referrers API lists: `artifactType`, else the config's media type.
fn artifact_type(m: &Manifest) -> Option<String> {
    match m.view().ok()? {
        View::Image(i) => i.artifact_type.or(Some(i.config.media_type)),
        _ => m
            .json()
            .ok()?
            .get("artifactType")
            .and_then(|v| v.as_str())
            .map(str::to_string),
    }
}
