//! How a copy moves one blob: mounted from another repository of the destination registry
//! when one holds it, else streamed from the source into a monolithic PUT (a chunked upload
//! after a failure, resumed where the registry says it stands; PATCHes of a set size for a
//! registry configured with `blob_max`), each digest once however many
//! manifests name it, and `jobs` blobs at once. It moves blobs; it must not push manifests
//! (that is [`super::Copier::run`], after every blob has committed).

use std::sync::{Arc, Mutex};

use anyhow::{Context as _, Result};
use bytes::Bytes;
use futures_util::StreamExt as _;

use super::BlobReader;
use crate::client::Body;
use crate::digest::Digest;
use crate::error::{Failure, Kind, kind_of};
use crate::manifest::Descriptor;
use crate::output::human_size;
use crate::repo::Repo;

use super::*;

/// Blobs smaller than this take a fraction of a transfer slot.
pub const SMALL_BLOB: u64 = 1024 * 1024;

/// How many small blobs share one transfer slot.
pub(super) const SLOT_PARTS: u32 = 4;

/// How many blobs may be between "checked" and "done" at once: their existence checks and
/// upload sessions are opened ahead of the transfer slots (no data moves until a slot frees).
pub(super) const AHEAD: usize = 32;

impl<'a> Copier<'a> {
    /// The repository to mount blob `d` from, when its source and the destination are on one
    /// registry.
    pub(super) fn mount_from(&self, d: &Digest) -> Option<String> {
        match (self.source_of(d).registry_ref(), self.dst.registry_ref()) {
            (Some(a), Some(b)) if a.registry == b.registry && a.repository != b.repository => {
                Some(a.repository.clone())
            }
            _ => None,
        }
    }
    /// Continues a broken upload from what the session kept: the source is read again from
    /// the start to hash the prefix, and only the bytes after it are sent (in chunks of
    /// `in_chunks` bytes, when the registry takes them so).
    pub(super) async fn resume_upload(
        &self,
        client: &crate::client::Client,
        reference: &crate::reference::Reference,
        loc: &str,
        d: &Descriptor,
        in_chunks: Option<u64>,
    ) -> Result<()> {
        let Some((kept, loc)) = client.upload_status(reference, loc).await? else {
            anyhow::bail!("the upload session for {} is gone", d.digest);
        };
        if kept == 0 || kept >= d.size {
            anyhow::bail!(
                "the upload session for {} kept {kept} bytes; starting again",
                d.digest
            );
        }
        tracing::debug!(kept, digest = %d.digest, "resuming a broken upload");
        self.say(format!("resuming {} at {}", d.digest, human_size(kept)));
        let (body, verdict, pb) = self.source_stream(d, kept);
        let res = match in_chunks {
            Some(size) => {
                client
                    .upload_in_chunks(reference, &loc, &d.digest, (body, kept), size)
                    .await
            }
            None => {
                client
                    .patch_and_finish(
                        reference,
                        &loc,
                        Some((kept, d.size - kept)),
                        &d.digest,
                        Body::Stream(Some(body)),
                    )
                    .await
            }
        };
        pb.finish_and_clear();
        if let Some(msg) = verdict.lock().expect("verdict").take() {
            return Err(Failure::verify(msg).into());
        }
        res
    }
    /// Waits for a transfer slot for `d` (a quarter slot for a small blob).
    pub(super) async fn slot(&self, d: &Descriptor) -> tokio::sync::SemaphorePermit<'_> {
        let parts = if d.size < SMALL_BLOB { 1 } else { SLOT_PARTS };
        self.transfers
            .acquire_many(parts)
            .await
            .expect("semaphore never closes")
    }
    pub(super) async fn copy_blob(&self, d: &Descriptor) -> Result<()> {
        self.blobs
            .run(&d.digest, || async {
                {
                    let mut p = self.progress.lock().expect("progress");
                    p.blobs_total += 1;
                    p.bytes_total += d.size;
                }
                self.tick();
                let r = self.place_blob(d).await;
                {
                    let mut p = self.progress.lock().expect("progress");
                    p.blobs_done += 1;
                    p.bytes_done += d.size;
                }
                self.tick();
                r
            })
            .await
    }
    /// With [`Copier::with_placed`] (several copies into one registry, as `sync` runs them):
    /// the first copy that needs a blob on the destination registry moves it, and the others
    /// mount it from the repository it went to, so a layer shared by many images crosses the
    /// network once per destination registry.
    pub(super) async fn place_blob(&self, d: &Descriptor) -> Result<()> {
        let (Some(placed), Repo::Registry { client, reference }) = (&self.placed, self.dst) else {
            return self.transfer_blob(d).await;
        };
        if self.leaves_at_url(d) || self.opts.dry_run {
            return self.transfer_blob(d).await;
        }
        let key = (reference.registry.clone(), d.digest.clone());
        let first = placed
            .run_reporting(&key, || async {
                self.transfer_blob(d).await?;
                Ok(reference.repository.clone())
            })
            .await;
        match first {
            Ok((_, true)) => Ok(()),
            Ok((repo, false)) if repo == reference.repository => Ok(()),
            Ok((repo, false)) => {
                match client
                    .start_upload(reference, Some((&d.digest, &repo)))
                    .await
                {
                    Ok(None) => {
                        self.summary.lock().expect("summary").blobs_mounted += 1;
                        self.say(format!("mounted {} from `{repo}`", d.digest));
                        Ok(())
                    }
                    // Not mounted (the registry declined): move it as usual.
                    _ => self.transfer_blob(d).await,
                }
            }
            // Another copy's transfer failed: this one tries on its own.
            Err(_) => self.transfer_blob(d).await,
        }
    }
    pub(super) async fn transfer_blob(&self, d: &Descriptor) -> Result<()> {
        if self.leaves_at_url(d) {
            self.summary.lock().expect("summary").blobs_foreign += 1;
            self.say(format!(
                "left {} at its URLs (non-distributable layer)",
                d.digest
            ));
            return Ok(());
        }
        let fresh = *self.fresh.lock().expect("fresh");
        let source = self.source_of(&d.digest);
        if !self.opts.force && source.same_place(self.dst) {
            // The destination repository is where the blob was found.
            self.summary.lock().expect("summary").blobs_skipped += 1;
            self.say(format!("kept {} (in the repository)", d.digest));
            return Ok(());
        }
        // With sources (new documents), a mount answers whether or not the blob is there, and
        // a small new blob costs no more to send than to ask about.
        let ask = match &self.sources {
            None => !fresh,
            Some(_) => self.mount_from(&d.digest).is_none() && d.size >= SMALL_BLOB,
        };
        if !self.opts.force && ask && self.dst.head_blob(&d.digest).await?.is_some() {
            self.summary.lock().expect("summary").blobs_skipped += 1;
            self.say(format!("skipped {} (exists)", d.digest));
            return Ok(());
        }
        if self.opts.dry_run {
            let how = if self.mount_from(&d.digest).is_some() {
                self.summary.lock().expect("summary").blobs_mounted += 1;
                "mount"
            } else {
                let mut s = self.summary.lock().expect("summary");
                s.blobs_copied += 1;
                s.bytes += d.size;
                "copy"
            };
            self.say(format!("would {how} {} ({})", d.digest, human_size(d.size)));
            return Ok(());
        }
        match self.dst {
            Repo::Archive { reference, .. } => {
                return Err(crate::repo::read_only(reference));
            }
            Repo::Registry { client, reference } => {
                // Mount first on a shared registry; then a monolithic PUT; after a failed
                // upload, a fresh session with the streamed PATCH flow.
                let mut from = self.mount_from(&d.digest);
                let mut chunked = false;
                let mut attempt = 0;
                // A registry configured for chunks (`blob_max`, `blob_chunk`) gets a blob
                // larger than `blob_max` in chunks, every attempt.
                let opts = client.options();
                let in_chunks = opts
                    .config
                    .for_registry(&reference.registry)
                    .and_then(|c| c.chunk_for(d.size, opts.blob_chunk_limit));
                loop {
                    let loc = client
                        .start_upload_session(reference, from.as_deref().map(|f| (&d.digest, f)))
                        .await?;
                    let Some((loc, min_chunk)) = loc else {
                        self.summary.lock().expect("summary").blobs_mounted += 1;
                        self.say(format!(
                            "mounted {} from `{}`",
                            d.digest,
                            from.unwrap_or_default()
                        ));
                        return Ok(());
                    };
                    from = None;
                    let _slot = self.slot(d).await;
                    let (body, verdict, pb) = self.source_stream(d, 0);
                    // A registry's smallest chunk raises ours, up to the limit (as regclient).
                    let in_chunks = in_chunks.map(|size| {
                        let limit = opts
                            .blob_chunk_limit
                            .unwrap_or(crate::config::DEFAULT_BLOB_CHUNK_LIMIT);
                        min_chunk.map_or(size, |m| size.max(m.min(limit)))
                    });
                    let mut res = if let Some(size) = in_chunks {
                        client
                            .upload_in_chunks(reference, &loc, &d.digest, (body, 0), size)
                            .await
                    } else if chunked {
                        client
                            .patch_and_finish(
                                reference,
                                &loc,
                                None,
                                &d.digest,
                                Body::Stream(Some(body)),
                            )
                            .await
                    } else {
                        client
                            .finish_upload(
                                reference,
                                &loc,
                                &d.digest,
                                d.size,
                                Body::Stream(Some(body)),
                            )
                            .await
                    };
                    pb.finish_and_clear();
                    if let Some(msg) = verdict.lock().expect("verdict").take() {
                        return Err(Failure::verify(msg).hint("the source served bytes that do not match their digest; nothing was tagged at the destination").into());
                    }
                    // A broken connection mid-upload: ask the session what it kept and send
                    // only the rest.
                    if let Err(e) = &res
                        && kind_of(e) == Kind::Network
                    {
                        res = self
                            .resume_upload(client, reference, &loc, d, in_chunks)
                            .await;
                    }
                    match res {
                        Ok(()) => break,
                        Err(e)
                            if attempt < 2
                                && !matches!(
                                    kind_of(&e),
                                    Kind::Auth | Kind::Verify | Kind::NotFound | Kind::Usage
                                ) =>
                        {
                            attempt += 1;
                            chunked = true;
                            tracing::debug!(error = %crate::error::render(&e), attempt, "blob upload failed; retrying with a chunked upload");
                        }
                        Err(e) => {
                            return Err(e.context(format!(
                                "uploading {} to `{}`",
                                d.digest,
                                self.dst.display()
                            )));
                        }
                    }
                }
            }
            Repo::Layout { layout, .. } => {
                let path = layout.blob_path(&d.digest);
                std::fs::create_dir_all(path.parent().expect("blob dir"))?;
                // A blob hoist wrote into its stage (hashed as it was written) is linked into
                // a layout on the same filesystem rather than copied; it is synced, as a copy
                // would be, before it counts.
                if self.sources.is_some()
                    && std::ptr::eq(self.source_of(&d.digest), self.src)
                    && let Repo::Layout { layout: stage, .. } = self.src
                    && std::fs::hard_link(stage.blob_path(&d.digest), &path).is_ok()
                {
                    std::fs::File::open(&path)?.sync_all()?;
                    let mut s = self.summary.lock().expect("summary");
                    s.blobs_copied += 1;
                    s.bytes += d.size;
                    drop(s);
                    self.say(format!("linked {} ({})", d.digest, human_size(d.size)));
                    return Ok(());
                }
                let mut tmp = crate::layout::temp_file_in(path.parent().expect("blob dir"))?;
                let _slot = self.slot(d).await;
                let (mut stream, verdict, pb) = self.source_stream(d, 0);
                {
                    use std::io::Write as _;
                    let mut w = std::io::BufWriter::with_capacity(
                        256 * 1024,
                        crate::transfer::Writeback::new(tmp.as_file_mut(), 0),
                    );
                    while let Some(chunk) = stream.next().await {
                        match chunk {
                            Ok(c) => w.write_all(&c)?,
                            Err(e) => {
                                pb.finish_and_clear();
                                if let Some(msg) = verdict.lock().expect("verdict").take() {
                                    return Err(Failure::verify(msg).into());
                                }
                                return Err(
                                    anyhow::anyhow!(e).context(format!("copying {}", d.digest))
                                );
                            }
                        }
                    }
                    w.flush()?;
                }
                pb.finish_and_clear();
                tmp.as_file().sync_all()?;
                tmp.persist(&path)
                    .with_context(|| format!("writing `{}`", path.display()))?;
            }
        }
        {
            let mut s = self.summary.lock().expect("summary");
            s.blobs_copied += 1;
            s.bytes += d.size;
        }
        self.say(format!("copied {} ({})", d.digest, human_size(d.size)));
        Ok(())
    }
    pub(super) fn source_stream(
        &self,
        d: &Descriptor,
        skip: u64,
    ) -> (
        crate::client::ByteStream,
        Arc<Mutex<Option<String>>>,
        indicatif::ProgressBar,
    ) {
        let verdict = Arc::new(Mutex::new(None));
        let interactive = self.printer.bars();
        let pb = crate::transfer::bar(
            interactive,
            Some(&self.multi),
            &d.digest.hex()[..12],
            d.size,
        );
        struct St {
            reader: BlobReader,
            /// Bytes the destination already has: hashed, but not sent again.
            skip: u64,
            done: bool,
            verdict: Arc<Mutex<Option<String>>>,
            pb: indicatif::ProgressBar,
        }
        type Item = Result<Bytes, Box<dyn std::error::Error + Send + Sync>>;
        fn fail(mut st: St, e: anyhow::Error) -> Option<(Item, St)> {
            st.done = true;
            let msg = crate::error::render(&e);
            if kind_of(&e) == Kind::Verify {
                *st.verdict.lock().expect("verdict") = Some(msg.clone());
            }
            Some((Err(msg.into()), st))
        }
        let st = St {
            reader: BlobReader::new(self.source_of(&d.digest), &d.digest, Some(d.size)),
            skip,
            done: false,
            verdict: verdict.clone(),
            pb: pb.clone(),
        };
        let stream = futures_util::stream::unfold(st, |mut st| async move {
            if st.done {
                return None;
            }
            loop {
                match st.reader.next_chunk().await {
                    Ok(Some(mut chunk)) => {
                        // Drop what the destination already holds (it was hashed by the reader).
                        let start = st.reader.position() - chunk.len() as u64;
                        if start < st.skip {
                            let cut = (st.skip - start).min(chunk.len() as u64) as usize;
                            chunk = chunk.slice(cut..);
                        }
                        // The consumer stops reading once it has `size` bytes (hyper does, with a
                        // Content-Length), so the digest is checked before the last chunk is
                        // released: a bad blob never completes an upload.
                        if st.reader.complete()
                            && let Err(e) = st.reader.verify()
                        {
                            return fail(st, e);
                        }
                        if chunk.is_empty() {
                            continue;
                        }
                        st.pb.inc(chunk.len() as u64);
                        return Some((Ok(chunk), st));
                    }
                    Ok(None) => {
                        st.done = true;
                        return match st.reader.verify() {
                            Ok(_) => None,
                            Err(e) => fail(st, e),
                        };
                    }
                    Err(e) => return fail(st, e),
                }
            }
        });
        (Box::pin(stream), verdict, pb)
    }
}
