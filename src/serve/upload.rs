//! Uploads in progress (`DIR/.uploads`): each a file and the hash of exactly the bytes written
//! to it, under the storage invariant of `docs/serve.md` (bytes hashed only once written, a
//! failed request undone whole, the reported offset on disk, nothing renamed to a digest's path
//! unless its bytes are what was hashed). It must not know HTTP, nor touch a repository's
//! layout except to commit a blob into it.

use std::io::Write as _;
use std::path::PathBuf;
use std::sync::Arc;

use super::ApiError;
use super::store::Store;
use crate::digest::{Algorithm, Digest, Hasher};
use crate::layout::Layout;

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
/// Uploads one client address may have open at once (429 beyond), so one client cannot take
/// them all.
pub const MAX_UPLOADS_PER_CLIENT: usize = 1_000;

/// The address a request came from (put in its extensions by the accept loop).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddr(pub std::net::IpAddr);

/// An upload nobody writes to for this long is discarded when the next one starts.
pub const UPLOAD_IDLE: std::time::Duration = std::time::Duration::from_secs(3600);

/// An upload, locked while a request writes to it.
pub type Shared = Arc<tokio::sync::Mutex<Session>>;

/// Set when an upload is cancelled; read without the upload's lock.
pub(crate) type CancelFlag = Arc<std::sync::atomic::AtomicBool>;

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

/// 128 random bits, as hex: an upload's id.
pub(crate) fn random_id() -> std::io::Result<String> {
    use std::io::Read as _;
    let mut b = [0u8; 16];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut b)?;
    Ok(b.iter().map(|x| format!("{x:02x}")).collect())
}

impl Store {
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
        sessions.retain(|_, (_, s, _, _)| {
            let Ok(g) = s.try_lock() else { return true };
            if now.saturating_duration_since(g.touched) < UPLOAD_IDLE {
                return true;
            }
            let _ = std::fs::remove_file(&g.path);
            false
        });
    }
    /// Starts an upload to `name` for `client` (when known); returns its id.
    pub fn start_upload(&self, name: &str, client: Option<ClientAddr>) -> Result<String, ApiError> {
        self.sweep(std::time::Instant::now());
        {
            let sessions = self.sessions.lock().expect("sessions");
            if sessions.len() >= MAX_UPLOADS {
                return Err(ApiError::new(
                    429,
                    "TOOMANYREQUESTS",
                    format!("{MAX_UPLOADS} uploads are open; finish or cancel some first"),
                ));
            }
            if client.is_some()
                && sessions.values().filter(|v| v.3 == client).count() >= MAX_UPLOADS_PER_CLIENT
            {
                return Err(ApiError::new(
                    429,
                    "TOOMANYREQUESTS",
                    format!(
                        "this client has {MAX_UPLOADS_PER_CLIENT} uploads open; finish or cancel some first"
                    ),
                ));
            }
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
                client,
            ),
        );
        Ok(id)
    }
    /// The upload `id` of `name`.
    pub fn session(&self, name: &str, id: &str) -> Result<Shared, ApiError> {
        let s = self.sessions.lock().expect("sessions").get(id).cloned();
        match s {
            Some((repo, s, _, _)) if repo == name => Ok(s),
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
        let Some((_, s, cancelled, _)) = removed else {
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::store::UPLOADS;

    #[test]
    fn one_client_cannot_open_every_upload() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), false).unwrap();
        let a = Some(ClientAddr("192.0.2.1".parse().unwrap()));
        let b = Some(ClientAddr("192.0.2.2".parse().unwrap()));
        for _ in 0..MAX_UPLOADS_PER_CLIENT {
            store.start_upload("app", a).unwrap();
        }
        let e = store.start_upload("app", a).unwrap_err();
        assert_eq!(e.status, 429);
        // Another client still can.
        store.start_upload("app", b).unwrap();
    }

    #[tokio::test]
    async fn idle_uploads_are_discarded_and_busy_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), false).unwrap();
        let idle = store.start_upload("app", None).unwrap();
        let busy = store.start_upload("app", None).unwrap();
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
