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

/// Tags to their entries in `index.json`.
type TagMap = HashMap<String, Descriptor>;

/// Which version of an `index.json` a [`TagMap`] was read from: inode, size, time.
type IndexVersion = (u64, u64, i64, i64);

/// A layout's own names, which a repository component may also be (stored as `_NAME`).
const LAYOUT_NAMES: [&str; 3] = ["blobs", "index.json", "oci-layout"];

/// Upload sessions' scratch directory, inside DIR (a name no repository can have).
const UPLOADS: &str = ".uploads";

/// An upload in progress: its file under `DIR/.uploads`, and the hash of exactly the bytes
/// written to it.
///
/// The invariant: the hasher has seen the file's bytes, no more and no less. Bytes received are
/// hashed only once they are written; a write that fails (a full disk, an I/O error) is undone
/// by truncating the file back to what was hashed, and a failure that cannot be undone marks
/// the session broken, never to be committed. Every request's bytes are written before it is
/// answered, so the offset a client is told (`Range: 0-N`) is what the file holds.
pub struct Session {
    path: PathBuf,
    /// When a request last wrote to it (or started it).
    touched: std::time::Instant,
    file: Option<crate::transfer::Writeback<std::fs::File>>,
    hasher: Hasher,
    /// Bytes received and not yet written (at most [`BATCH`], off the async threads).
    pending: Vec<u8>,
    /// A failed write could not be undone: the file is not what was hashed.
    broken: bool,
    /// Set by `DELETE` of the upload while a request streams into it.
    cancelled: Arc<std::sync::atomic::AtomicBool>,
    /// The hasher as the current request found it: a write that fails rolls the upload back
    /// to here, so a request lands whole or not at all and a retry of it fits.
    begun: Hasher,
}

/// Bytes held in memory per upload before they are written.
pub const BATCH: usize = 64 * 1024;

/// Uploads open at once; more are refused (429) until some finish or expire. An idle upload
/// costs a file and a few hundred bytes, no descriptor.
pub const MAX_UPLOADS: usize = 10_000;

/// An upload nobody writes to for this long is discarded when the next one starts.
pub const UPLOAD_IDLE: std::time::Duration = std::time::Duration::from_secs(3600);

/// An upload, locked while a request writes to it.
pub type Shared = Arc<tokio::sync::Mutex<Session>>;

/// Set when an upload is cancelled; read without the upload's lock.
type CancelFlag = Arc<std::sync::atomic::AtomicBool>;

impl Session {
    /// Bytes the upload holds (written and hashed).
    pub fn size(&self) -> u64 {
        self.hasher.len()
    }

    /// A request starts writing: what it writes is undone together if a write fails.
    pub fn begin(&mut self) {
        self.begun = self.hasher.clone();
    }

    /// What arrived so far is kept (a body cut off by the client): it is written, and the
    /// client resumes from the offset it is told.
    pub fn keep(&mut self) {
        self.begun = self.hasher.clone();
    }

    /// A request is done with the upload: its descriptor is closed (an idle upload holds none).
    pub fn close(&mut self) {
        self.file = None;
        // Nothing is pending between requests; the buffer's memory goes back too.
        self.pending = Vec::new();
    }

    /// Whether the upload was cancelled while a request streamed into it.
    pub fn cancelled(&self) -> bool {
        self.cancelled.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Appends `data`; it is written (and hashed) in batches of [`BATCH`].
    pub async fn write(&mut self, data: &[u8]) -> Result<(), ApiError> {
        self.touched = std::time::Instant::now();
        let mut rest = data;
        while !rest.is_empty() {
            let room = BATCH - self.pending.len();
            let (now, later) = rest.split_at(room.min(rest.len()));
            self.pending.extend_from_slice(now);
            rest = later;
            if self.pending.len() >= BATCH {
                self.flush().await?;
            }
        }
        Ok(())
    }

    /// Writes what is pending, and hashes it once it is written. A failed write undoes the
    /// whole request (the file truncated to where the request began, the hash with it): the
    /// client resends from the offset it is told.
    pub async fn flush(&mut self) -> Result<(), ApiError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        if self.broken {
            return Err(ApiError::internal());
        }
        // An idle upload holds no descriptor: the file is opened for a request's writes and
        // closed when the request ends ([`Session::close`]).
        let file = self.file.take();
        let path = self.path.clone();
        let data = std::mem::take(&mut self.pending);
        let good = self.begun.len();
        let at = self.hasher.len();
        let (file, data, r, broken) = tokio::task::spawn_blocking(move || {
            let mut file = match file {
                Some(f) => f,
                None => match std::fs::OpenOptions::new().append(true).open(&path) {
                    Ok(f) => crate::transfer::Writeback::new(f, at),
                    // What this request already wrote cannot be undone without the file.
                    Err(e) => return (None, data, Err(e), at != good),
                },
            };
            match file.write_all(&data) {
                Ok(()) => (Some(file), data, Ok(()), false),
                Err(e) => {
                    // Undo what this request wrote.
                    let f = file.into_inner();
                    let undone = f.set_len(good).and_then(|()| {
                        use std::io::Seek as _;
                        (&f).seek(std::io::SeekFrom::Start(good)).map(|_| ())
                    });
                    match undone {
                        Ok(()) => (
                            Some(crate::transfer::Writeback::new(f, good)),
                            data,
                            Err(e),
                            false,
                        ),
                        Err(_) => (None, data, Err(e), true),
                    }
                }
            }
        })
        .await
        .map_err(|_| ApiError::internal())?;
        match r {
            Ok(()) => {
                self.hasher.update(&data);
                self.file = file;
                self.pending = data;
                self.pending.clear();
                Ok(())
            }
            Err(e) => {
                // The request's bytes are undone: the file was truncated to where it began.
                self.broken |= broken;
                self.file = file;
                self.hasher = self.begun.clone();
                tracing::warn!(
                    "upload `{}`: a write failed ({e}); it holds {} bytes",
                    self.path.display(),
                    self.hasher.len()
                );
                Err(ApiError::io(e))
            }
        }
    }
}

/// The repositories under one directory.
pub struct Store {
    root: PathBuf,
    uploads: PathBuf,
    /// One writer of `index.json` at a time, per repository.
    locks: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
    /// Uploads by id, with the repository each belongs to.
    sessions: Mutex<HashMap<String, (String, Shared, CancelFlag)>>,
    /// Each repository's tags, with the version of `index.json` they were read from.
    tag_maps: Mutex<HashMap<String, (IndexVersion, Arc<TagMap>)>>,
    /// What each manifest read for the referrers API refers to (its subject, artifact type
    /// and annotations), by digest: manifests never change.
    subjects: Mutex<HashMap<Digest, Option<(Digest, Descriptor)>>>,
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
    fn dir(&self, name: &str) -> PathBuf {
        let mut p = self.root.clone();
        for c in name.split('/') {
            if LAYOUT_NAMES.contains(&c) {
                p.push(format!("_{c}"));
            } else {
                p.push(c);
            }
        }
        p
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
        sessions.retain(|_, (_, s, _)| {
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
        self.sweep(std::time::Instant::now());
        if self.sessions.lock().expect("sessions").len() >= MAX_UPLOADS {
            return Err(ApiError::new(
                429,
                "TOOMANYREQUESTS",
                format!("{MAX_UPLOADS} uploads are open; finish or cancel some first"),
            ));
        }
        let id = random_id().map_err(ApiError::io)?;
        let path = self.uploads.join(&id);
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(ApiError::io)?;
        let cancelled = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let s = Session {
            path,
            touched: std::time::Instant::now(),
            file: None,
            hasher: Hasher::new(Algorithm::Sha256),
            pending: Vec::new(),
            broken: false,
            cancelled: cancelled.clone(),
            begun: Hasher::new(Algorithm::Sha256),
        };
        self.sessions.lock().expect("sessions").insert(
            id.clone(),
            (
                name.to_string(),
                Arc::new(tokio::sync::Mutex::new(s)),
                cancelled,
            ),
        );
        Ok(id)
    }

    /// The upload `id` of `name`.
    pub fn session(&self, name: &str, id: &str) -> Result<Shared, ApiError> {
        let s = self.sessions.lock().expect("sessions").get(id).cloned();
        match s {
            Some((repo, s, _)) if repo == name => Ok(s),
            _ => Err(ApiError::new(
                404,
                "BLOB_UPLOAD_UNKNOWN",
                format!("upload `{id}` is not known"),
            )),
        }
    }

    /// Ends upload `id` (discarding what it received). A request streaming into it sees the
    /// upload cancelled and removes the file itself when it stops.
    pub fn cancel_upload(&self, id: &str) {
        let removed = self.sessions.lock().expect("sessions").remove(id);
        let Some((_, s, cancelled)) = removed else {
            return;
        };
        // The flag is reachable without the lock a busy request holds.
        cancelled.store(true, std::sync::atomic::Ordering::SeqCst);
        if let Ok(g) = s.try_lock() {
            let _ = std::fs::remove_file(&g.path);
        }
    }

    /// Drops what a cancelled upload wrote (by the request that streamed into it).
    pub fn discard(&self, s: &mut Session) {
        s.file = None;
        let _ = std::fs::remove_file(&s.path);
    }

    /// Completes upload `id` as blob `want` of `name`: the digest of exactly the file's bytes
    /// must match; the file is synced and renamed into the repository's layout. A failure to
    /// write what is pending leaves the upload where it was (the client may resume); a digest
    /// mismatch, or a file that is not what was hashed, discards it. Nothing reaches a digest's
    /// path otherwise.
    pub async fn finish_upload(
        &self,
        name: &str,
        id: &str,
        s: &mut Session,
        want: &Digest,
    ) -> Result<(), ApiError> {
        s.flush().await?;
        let discard = |s: &mut Session| {
            s.file = None;
            let _ = std::fs::remove_file(&s.path);
            self.sessions.lock().expect("sessions").remove(id);
        };
        if s.broken {
            discard(s);
            return Err(ApiError::new(
                500,
                "BLOB_UPLOAD_INVALID",
                "the upload was damaged by a failed write; start it again",
            ));
        }
        let got = match want.algorithm() {
            Algorithm::Sha256 => s.hasher.clone().finish(),
            // Rare: hash the file again with the algorithm asked for.
            other => crate::transfer::hash_file(&s.path, other)
                .await
                .map_err(ApiError::from_anyhow)?
                .finish(),
        };
        if &got != want {
            discard(s);
            return Err(ApiError::new(
                400,
                "DIGEST_INVALID",
                format!("the upload's digest is {got}, not {want}"),
            ));
        }
        let l = Layout::create(&self.dir(name)).map_err(ApiError::from_anyhow)?;
        let dest = l.blob_path(want);
        s.close();
        let (path, hashed) = (s.path.clone(), s.hasher.len());
        let done = tokio::task::spawn_blocking(move || -> std::io::Result<Result<(), u64>> {
            let f = std::fs::File::open(&path)?;
            f.sync_all()?;
            // The file must be what was hashed, to the byte.
            let on_disk = f.metadata()?.len();
            if on_disk != hashed {
                return Ok(Err(on_disk));
            }
            std::fs::create_dir_all(dest.parent().expect("blob dir"))?;
            std::fs::rename(&path, &dest)?;
            Ok(Ok(()))
        })
        .await
        .map_err(|_| ApiError::internal())?;
        match done {
            Ok(Ok(())) => {
                self.sessions.lock().expect("sessions").remove(id);
                Ok(())
            }
            Ok(Err(on_disk)) => {
                discard(s);
                tracing::warn!(
                    "upload `{id}`: {on_disk} bytes on disk, {hashed} hashed; discarded"
                );
                Err(ApiError::new(
                    500,
                    "BLOB_UPLOAD_INVALID",
                    "the upload's file is not what was received; start it again",
                ))
            }
            // The file stays with the session (its bytes are still the hashed ones): a retry
            // once space is back can commit it.
            Err(e) => Err(ApiError::io(e)),
        }
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
        let store = Store::open(dir.path(), false).unwrap();
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
