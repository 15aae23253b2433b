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

use std::collections::HashMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use bytes::Bytes;

use crate::digest::{Algorithm, Digest, Hasher};
use crate::layout::{Layout, REF_NAME};
use crate::manifest::{Descriptor, MAX_MANIFEST_SIZE, Manifest, View};

use super::ApiError;

/// Upload sessions' scratch directory, inside DIR (a name no repository can have).
const UPLOADS: &str = ".uploads";

/// An upload in progress: its file under `DIR/.uploads`, and the hash of what it holds.
pub struct Session {
    path: PathBuf,
    /// When a request last wrote to it (or started it).
    touched: std::time::Instant,
    file: Option<crate::transfer::Writeback<std::fs::File>>,
    hasher: Hasher,
    /// Bytes received and not yet written (written in batches, off the async threads).
    pending: Vec<u8>,
}

const BATCH: usize = 1024 * 1024;

/// An upload nobody writes to for this long is discarded when the next one starts.
pub const UPLOAD_IDLE: std::time::Duration = std::time::Duration::from_secs(3600);

/// An upload, locked while a request writes to it.
pub type Shared = Arc<tokio::sync::Mutex<Session>>;

impl Session {
    /// Bytes received so far.
    pub fn size(&self) -> u64 {
        self.hasher.len()
    }

    /// Appends `data`, hashing it; the file is written in batches of 1 MiB.
    pub async fn write(&mut self, data: &[u8]) -> Result<(), ApiError> {
        self.touched = std::time::Instant::now();
        self.hasher.update(data);
        self.pending.extend_from_slice(data);
        if self.pending.len() >= BATCH {
            self.flush().await?;
        }
        Ok(())
    }

    async fn flush(&mut self) -> Result<(), ApiError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let mut file = self.file.take().ok_or_else(ApiError::internal)?;
        let data = std::mem::take(&mut self.pending);
        let (file, data, r) = tokio::task::spawn_blocking(move || {
            let r = file.write_all(&data);
            (file, data, r)
        })
        .await
        .map_err(|_| ApiError::internal())?;
        self.file = Some(file);
        self.pending = data;
        self.pending.clear();
        r.map_err(ApiError::io)
    }
}

/// The repositories under one directory.
pub struct Store {
    root: PathBuf,
    uploads: PathBuf,
    /// One writer of `index.json` at a time, per repository.
    locks: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
    /// Uploads by id, with the repository each belongs to.
    sessions: Mutex<HashMap<String, (String, Shared)>>,
    /// What each manifest read for the referrers API refers to (its subject, artifact type
    /// and annotations), by digest: manifests never change.
    subjects: Mutex<HashMap<Digest, Option<(Digest, Descriptor)>>>,
}

impl Store {
    /// Opens DIR (creating it), removing what a crash left in `DIR/.uploads`.
    pub fn open(root: &Path) -> anyhow::Result<Store> {
        std::fs::create_dir_all(root)?;
        let root = root.canonicalize()?;
        let uploads = root.join(UPLOADS);
        if uploads.exists() {
            std::fs::remove_dir_all(&uploads)?;
        }
        std::fs::create_dir_all(&uploads)?;
        Ok(Store {
            root,
            uploads,
            locks: Mutex::default(),
            sessions: Mutex::default(),
            subjects: Mutex::default(),
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The layout of repository `name` (already checked against the grammar, so it has no
    /// `..`, no empty or absolute component and nothing encoded).
    fn dir(&self, name: &str) -> PathBuf {
        self.root.join(name)
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
            Err(_) => l
                .entries()
                .map_err(ApiError::from_anyhow)?
                .into_iter()
                .find(|e| e.annotation(REF_NAME) == Some(reference))
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

    /// Stores a manifest pushed as `reference` (a tag, or the digest it must have), once
    /// everything it lists is here. Returns it, and its subject when it has one.
    pub async fn put_manifest(
        &self,
        name: &str,
        reference: &str,
        body: Bytes,
        content_type: Option<&str>,
    ) -> Result<(Manifest, Option<Digest>), ApiError> {
        let m = Manifest::from_bytes(body, content_type)
            .map_err(|e| ApiError::new(400, "MANIFEST_INVALID", e.message))?;
        let tag = match reference.parse::<Digest>() {
            Ok(want) => {
                let got = want.of(&m.bytes);
                if got != want {
                    return Err(ApiError::new(
                        400,
                        "DIGEST_INVALID",
                        format!("the manifest's digest is {got}, not {want}"),
                    ));
                }
                None
            }
            Err(_) => {
                crate::reference::validate_tag(reference)
                    .map_err(|e| ApiError::new(400, "TAG_INVALID", e))?;
                Some(reference.to_string())
            }
        };
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
        tokio::task::spawn_blocking(move || writer.write_blob(&bytes))
            .await
            .map_err(|_| ApiError::internal())?
            .map_err(ApiError::from_anyhow)?;
        let mut desc = m.descriptor();
        let subject_digest = subject.as_ref().map(|s| s.digest.clone());
        match (&tag, &subject_digest) {
            (Some(t), _) => l.set_ref(&desc, Some(t)).map_err(ApiError::from_anyhow)?,
            // A referrer pushed by digest is listed untagged, so it is reachable (as oras
            // keeps them) and the referrers API finds it.
            (None, Some(_)) => {
                desc.artifact_type = artifact_type(&m);
                l.set_ref(&desc, None).map_err(ApiError::from_anyhow)?
            }
            (None, None) => {}
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

    /// Removes every upload in progress (at shutdown: unfinished uploads are discarded).
    pub fn discard_uploads(&self) {
        self.sessions.lock().expect("sessions").clear();
        if let Ok(rd) = std::fs::read_dir(&self.uploads) {
            for e in rd.flatten() {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }

    /// Discards uploads nobody has written to for [`UPLOAD_IDLE`] as of `now` (a client that
    /// went away for good), so they do not pile up until a restart. Uploads a request is
    /// writing to are left alone.
    pub fn sweep(&self, now: std::time::Instant) {
        let mut sessions = self.sessions.lock().expect("sessions");
        sessions.retain(|_, (_, s)| {
            let Ok(g) = s.try_lock() else { return true };
            if now.saturating_duration_since(g.touched) < UPLOAD_IDLE {
                return true;
            }
            let _ = std::fs::remove_file(&g.path);
            false
        });
    }

    /// Starts an upload to `name`; returns its id.
    pub fn start_upload(&self, name: &str) -> Result<String, ApiError> {
        let id = random_id().map_err(ApiError::io)?;
        let path = self.uploads.join(&id);
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(ApiError::io)?;
        self.sweep(std::time::Instant::now());
        let s = Session {
            path,
            touched: std::time::Instant::now(),
            file: Some(crate::transfer::Writeback::new(file, 0)),
            hasher: Hasher::new(Algorithm::Sha256),
            pending: Vec::new(),
        };
        self.sessions.lock().expect("sessions").insert(
            id.clone(),
            (name.to_string(), Arc::new(tokio::sync::Mutex::new(s))),
        );
        Ok(id)
    }

    /// The upload `id` of `name`.
    pub fn session(&self, name: &str, id: &str) -> Result<Shared, ApiError> {
        let s = self.sessions.lock().expect("sessions").get(id).cloned();
        match s {
            Some((repo, s)) if repo == name => Ok(s),
            _ => Err(ApiError::new(
                404,
                "BLOB_UPLOAD_UNKNOWN",
                format!("upload `{id}` is not known"),
            )),
        }
    }

    /// Ends upload `id` (discarding what it received).
    pub fn cancel_upload(&self, id: &str) {
        let removed = self.sessions.lock().expect("sessions").remove(id);
        if let Some((_, s)) = removed
            && let Ok(g) = s.try_lock()
        {
            let _ = std::fs::remove_file(&g.path);
        }
    }

    /// Completes upload `id` as blob `want` of `name`: the digest must match; the file is
    /// synced and renamed into the repository's layout.
    pub async fn finish_upload(
        &self,
        name: &str,
        id: &str,
        s: &mut Session,
        want: &Digest,
    ) -> Result<(), ApiError> {
        s.flush().await?;
        self.sessions.lock().expect("sessions").remove(id);
        let got = match want.algorithm() {
            Algorithm::Sha256 => s.hasher.clone().finish(),
            // Rare: hash the file again with the algorithm asked for.
            other => crate::transfer::hash_file(&s.path, other)
                .await
                .map_err(ApiError::from_anyhow)?
                .finish(),
        };
        let file = s.file.take();
        let path = s.path.clone();
        if &got != want {
            drop(file);
            let _ = std::fs::remove_file(&path);
            return Err(ApiError::new(
                400,
                "DIGEST_INVALID",
                format!("the upload's digest is {got}, not {want}"),
            ));
        }
        let l = Layout::create(&self.dir(name)).map_err(ApiError::from_anyhow)?;
        let dest = l.blob_path(want);
        tokio::task::spawn_blocking(move || -> std::io::Result<()> {
            if let Some(f) = file {
                let f = f.into_inner();
                f.sync_all()?;
            }
            std::fs::create_dir_all(dest.parent().expect("blob dir"))?;
            std::fs::rename(&path, &dest)
        })
        .await
        .map_err(|_| ApiError::internal())?
        .map_err(ApiError::io)
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

/// 128 random bits, as hex: an upload's id.
fn random_id() -> std::io::Result<String> {
    use std::io::Read as _;
    let mut b = [0u8; 16];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut b)?;
    Ok(b.iter().map(|x| format!("{x:02x}")).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn idle_uploads_are_discarded_and_busy_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let idle = store.start_upload("app").unwrap();
        let busy = store.start_upload("app").unwrap();
        store
            .session("app", &busy)
            .unwrap()
            .lock()
            .await
            .write(b"x")
            .await
            .unwrap();
        let files = || std::fs::read_dir(dir.path().join(UPLOADS)).unwrap().count();
        assert_eq!(files(), 2);
        // Not idle yet: kept.
        store.sweep(std::time::Instant::now());
        assert!(store.session("app", &idle).is_ok());
        // An hour on: the idle one goes, file and all; the one being written to stays.
        let held = store.session("app", &busy).unwrap();
        let _guard = held.lock().await;
        store.sweep(std::time::Instant::now() + UPLOAD_IDLE + std::time::Duration::from_secs(1));
        assert!(store.session("app", &idle).is_err());
        assert!(store.session("app", &busy).is_ok());
        assert_eq!(files(), 1);
        // Another repository's name does not reach an upload.
        assert!(store.session("other", &busy).is_err());
    }
}
