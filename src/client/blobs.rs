//! Blob operations: reading (GET with Range, HEAD), deleting, and the upload protocol
//! (monolithic PUT, chunked PATCH, status, mount) on top of [`Client::send`]. Blob bodies are
//! streamed and bounded by their callers ([`crate::repo::BlobReader`]); this module must not
//! buffer one.

use anyhow::Result;
use bytes::Bytes;
use futures_util::StreamExt as _;
use reqwest::header::{self};
use reqwest::{Method, StatusCode};

use super::{Body, Client, Request};
use crate::auth::Scopes;
use crate::digest::Digest;
use crate::error::{Failure, Kind};
use crate::reference::Reference;

use super::api::BlobStream;
use super::envelope::*;

impl Client {
    /// Deletes a blob by digest. `Ok(false)` when it was not there.
    pub async fn delete_blob(&self, r: &Reference, digest: &Digest) -> Result<bool> {
        let path = format!("/v2/{}/blobs/{digest}", r.repository);
        let req = Request::new(Method::DELETE, path, repo_scope(r, &["delete"]));
        let resp = self.send(&r.registry, req).await?;
        match resp.status() {
            s if s.is_success() => Ok(true),
            StatusCode::NOT_FOUND => Ok(false),
            StatusCode::METHOD_NOT_ALLOWED | StatusCode::NOT_IMPLEMENTED => {
                let e = failure(resp, &format!("blob `{}@{digest}`", r.name()), None).await;
                Err(e.context(
                    Failure::new(
                        Kind::Other,
                        format!("`{}` does not allow deleting blobs", r.registry),
                    )
                    .hint("deletion is disabled on this registry (distribution: `storage.delete.enabled`)"),
                ))
            }
            _ => Err(failure(resp, &format!("blob `{}@{digest}`", r.name()), None).await),
        }
    }
    /// Starts downloading a blob, from `offset` onwards when non-zero (a Range request).
    pub async fn get_blob(
        &self,
        r: &Reference,
        digest: &Digest,
        offset: u64,
    ) -> Result<BlobStream> {
        let path = format!("/v2/{}/blobs/{digest}", r.repository);
        let mut req = Request::new(Method::GET, path, repo_scope(r, &["pull"]));
        if offset > 0 {
            req = req.header(header::RANGE, &format!("bytes={offset}-"));
        }
        let mut resp = self.send(&r.registry, req).await?;
        let status = resp.status();
        if !status.is_success() {
            return Err(failure(resp, &format!("blob `{}@{digest}`", r.name()), None).await);
        }
        // The registry's slot (`req_concurrent`) is held until the last byte is read.
        let slot = resp.extensions_mut().remove::<crate::client::Slot>();
        // A registry that ignores Range answers 200 with the whole blob.
        let offset = if status == StatusCode::PARTIAL_CONTENT {
            offset
        } else {
            0
        };
        let size = content_length(resp.headers()).map(|n| n + offset);
        let o = self.options();
        let stream = crate::client::RateGuard::new(
            resp.bytes_stream().map(move |c| {
                let _held = &slot;
                c.map_err(anyhow::Error::from)
            }),
            o.min_rate,
            o.min_rate_window,
            &r.registry,
        )
        .boxed();
        Ok(BlobStream {
            size,
            offset,
            stream,
        })
    }
    /// The size of a blob, or `None` when the repository does not have it.
    pub async fn head_blob(&self, r: &Reference, digest: &Digest) -> Result<Option<u64>> {
        let path = format!("/v2/{}/blobs/{digest}", r.repository);
        let req = Request::new(Method::HEAD, path, repo_scope(r, &["pull"]));
        let resp = self.send(&r.registry, req).await?;
        match resp.status() {
            s if s.is_success() => Ok(Some(content_length(resp.headers()).unwrap_or(0))),
            StatusCode::NOT_FOUND => Ok(None),
            _ => Err(failure(resp, &format!("blob `{}@{digest}`", r.name()), None).await),
        }
    }
    /// Opens an upload session, optionally trying a cross-repository mount from `from` first.
    /// Returns `None` when the mount succeeded, else the upload location.
    pub async fn start_upload(
        &self,
        r: &Reference,
        mount: Option<(&Digest, &str)>,
    ) -> Result<Option<String>> {
        Ok(self
            .start_upload_session(r, mount)
            .await?
            .map(|(loc, _)| loc))
    }

    /// [`Client::start_upload`], with the smallest chunk the registry takes in a chunked
    /// upload (`OCI-Chunk-Min-Length`), when it says.
    pub async fn start_upload_session(
        &self,
        r: &Reference,
        mount: Option<(&Digest, &str)>,
    ) -> Result<Option<(String, Option<u64>)>> {
        let mut scopes = repo_scope(r, &["pull", "push"]);
        let mut path = format!("/v2/{}/blobs/uploads/", r.repository);
        if let Some((d, from)) = mount {
            scopes.merge(&Scopes::repository(from, &["pull"]));
            path.push_str(&format!("?mount={d}&from={from}"));
        }
        let mut req = Request::new(Method::POST, path, scopes);
        req.retry = true;
        let resp = self.send(&r.registry, req).await?;
        match resp.status() {
            StatusCode::CREATED if mount.is_some() => Ok(None),
            StatusCode::ACCEPTED => {
                let loc = header_str(resp.headers(), "location").ok_or_else(|| {
                    Failure::new(
                        Kind::Other,
                        "the registry opened an upload without a Location",
                    )
                })?;
                let min = header_str(resp.headers(), "oci-chunk-min-length")
                    .and_then(|v| v.trim().parse::<u64>().ok());
                Ok(Some((loc.to_string(), min)))
            }
            _ => Err(failure(
                resp,
                &format!("upload to `{}`", r.name()),
                Some(create_first_hint(r)),
            )
            .await),
        }
    }
    /// Uploads a whole blob in one PUT to a session opened by [`Client::start_upload`].
    pub async fn finish_upload(
        &self,
        r: &Reference,
        location: &str,
        digest: &Digest,
        size: u64,
        body: Body,
    ) -> Result<()> {
        let sep = if location.contains('?') { '&' } else { '?' };
        let url = format!("{location}{sep}digest={digest}");
        let req = Request::new(Method::PUT, url, repo_scope(r, &["pull", "push"]))
            .header(header::CONTENT_TYPE, "application/octet-stream")
            .header(header::CONTENT_LENGTH, &size.to_string())
            .body(body);
        let resp = self.send(&r.registry, req).await?;
        if resp.status() != StatusCode::CREATED && !resp.status().is_success() {
            return Err(failure(resp, &format!("blob upload `{}@{digest}`", r.name()), None).await);
        }
        Ok(())
    }
    /// Asks an upload session how many bytes the registry kept (`GET` on its location, `Range:
    /// 0-N`). Returns the next offset and the location to continue at, or `None` when the
    /// session is gone.
    pub async fn upload_status(
        &self,
        r: &Reference,
        location: &str,
    ) -> Result<Option<(u64, String)>> {
        let req = Request::new(Method::GET, location, repo_scope(r, &["pull", "push"]));
        let resp = self.send(&r.registry, req).await?;
        if !resp.status().is_success() {
            return Ok(None);
        }
        let h = resp.headers();
        // `0-N` means N+1 bytes; distribution also says `0-0` for an empty session, so that is
        // read as nothing kept (re-sending one byte is harmless, skipping one is not).
        let next = header_str(h, "range")
            .and_then(|v| v.rsplit('-').next())
            .and_then(|n| n.trim().parse::<u64>().ok())
            .map(|end| if end == 0 { 0 } else { end + 1 })
            .unwrap_or(0);
        let loc = header_str(h, "location").unwrap_or(location).to_string();
        Ok(Some((next, loc)))
    }
    /// Sends a blob's bytes to an upload session in one streamed PATCH: all of them, or with
    /// `range` = (start, len) the bytes from `start` on (`Content-Range`). One PATCH carrying
    /// everything satisfies any `OCI-Chunk-Min-Length`. Returns the location to continue at.
    pub async fn patch(
        &self,
        r: &Reference,
        location: &str,
        range: Option<(u64, u64)>,
        body: Body,
    ) -> Result<String> {
        let mut req = Request::new(Method::PATCH, location, repo_scope(r, &["pull", "push"]))
            .header(header::CONTENT_TYPE, "application/octet-stream");
        if let Some((start, len)) = range {
            let end = start + len.max(1) - 1;
            req = req
                .header(header::CONTENT_RANGE, &format!("{start}-{end}"))
                .header(header::CONTENT_LENGTH, &len.to_string());
        }
        let resp = self.send(&r.registry, req.body(body)).await?;
        if resp.status() != StatusCode::ACCEPTED && !resp.status().is_success() {
            return Err(failure(resp, &format!("upload to `{}`", r.name()), None).await);
        }
        Ok(header_str(resp.headers(), "location")
            .unwrap_or(location)
            .to_string())
    }
    /// The PATCH flow end to end: sends the body (all of it, or `range` = (start, len) of it)
    /// to the session at `location`, then commits it with `PUT ?digest=`.
    pub async fn patch_and_finish(
        &self,
        r: &Reference,
        location: &str,
        range: Option<(u64, u64)>,
        digest: &Digest,
        body: Body,
    ) -> Result<()> {
        let next = self.patch(r, location, range, body).await?;
        self.finish_upload(r, &next, digest, 0, Body::Empty).await
    }
    /// Sends a blob's bytes to an upload session `chunk` bytes at a time (the last may be
    /// shorter), each a PATCH with its `Content-Range`, then commits it with `PUT ?digest=`:
    /// for registries behind proxies that bound a request's body (the config's `blob_max`
    /// and `blob_chunk`; regsync's `blobMax` and `blobChunk`). One chunk is held in memory at
    /// a time. A stream that fails stops the upload before anything is committed. `body`
    /// holds the bytes from `start` on (a session resumed where the registry says it stands).
    pub async fn upload_in_chunks(
        &self,
        r: &Reference,
        location: &str,
        digest: &Digest,
        (mut body, start): (super::ByteStream, u64),
        chunk: u64,
    ) -> Result<()> {
        let chunk = usize::try_from(chunk.max(1)).unwrap_or(usize::MAX);
        let mut loc = location.to_string();
        let mut offset = start;
        let mut buf = bytes::BytesMut::new();
        let mut ended = false;
        while !ended {
            match body.next().await {
                Some(Ok(piece)) => buf.extend_from_slice(&piece),
                Some(Err(e)) => {
                    return Err(anyhow::anyhow!(e)
                        .context(format!("reading the bytes of {digest} for `{}`", r.name())));
                }
                None => ended = true,
            }
            while buf.len() >= chunk || (ended && !buf.is_empty()) {
                let part = buf.split_to(chunk.min(buf.len())).freeze();
                let len = part.len() as u64;
                loc = self
                    .patch(r, &loc, Some((offset, len)), Body::Bytes(part))
                    .await?;
                offset += len;
            }
        }
        self.finish_upload(r, &loc, digest, 0, Body::Empty).await
    }
    /// Uploads a blob held in memory (small documents: configs, fixtures), unless it exists.
    pub async fn push_blob_bytes(&self, r: &Reference, bytes: Bytes) -> Result<Digest> {
        let digest = Digest::sha256(&bytes);
        if self.head_blob(r, &digest).await?.is_some() {
            return Ok(digest);
        }
        let loc = self
            .start_upload(r, None)
            .await?
            .expect("no mount was asked for");
        self.finish_upload(r, &loc, &digest, bytes.len() as u64, Body::Bytes(bytes))
            .await?;
        Ok(digest)
    }
}
