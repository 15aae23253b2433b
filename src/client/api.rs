//! Registry API operations on top of [`Client::send`]: manifests, blobs, uploads, tags, catalog.
//!
//! Each operation states the scope it needs, maps status codes to errors with hints, and
//! verifies what it can: a manifest fetched by digest must hash to that digest; one fetched by
//! tag must agree with `Docker-Content-Digest` when the registry sends it.

use anyhow::{Context as _, Result};
use bytes::{Bytes, BytesMut};
use futures_util::StreamExt as _;
use futures_util::stream::BoxStream;
use reqwest::header::{self, HeaderMap};
use reqwest::{Method, Response, StatusCode};
use serde::Serialize;

use super::{Body, Client, Request};
use crate::auth::Scopes;
use crate::digest::Digest;
use crate::error::{Failure, Kind};
use crate::manifest::{Descriptor, MAX_MANIFEST_SIZE, Manifest, View, oversized};
use crate::media_types::{self as mt, MANIFEST_ACCEPT};
use crate::reference::Reference;

/// A blob body being received.
pub struct BlobStream {
    /// Total size of the blob when the registry said (Content-Length plus `offset`).
    pub size: Option<u64>,
    /// Where the bytes start (non-zero when resumed with a Range request).
    pub offset: u64,
    pub stream: BoxStream<'static, Result<Bytes>>,
}

/// Docker Hub's pull rate limit, from `ratelimit-*` headers.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct RateLimit {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remaining: Option<u64>,
    /// The window in seconds (`;w=21600`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub window: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl RateLimit {
    pub fn from_headers(h: &HeaderMap) -> Option<RateLimit> {
        let get = |k: &str| h.get(k).and_then(|v| v.to_str().ok()).map(str::to_string);
        let parse = |v: Option<String>| -> (Option<u64>, Option<u64>) {
            let Some(v) = v else { return (None, None) };
            let mut parts = v.split(';');
            let n = parts.next().and_then(|n| n.trim().parse().ok());
            let w = parts
                .find_map(|p| p.trim().strip_prefix("w=").map(str::to_string))
                .and_then(|w| w.parse().ok());
            (n, w)
        };
        let (limit, w1) = parse(get("ratelimit-limit"));
        let (remaining, w2) = parse(get("ratelimit-remaining"));
        if limit.is_none() && remaining.is_none() {
            return None;
        }
        Some(RateLimit {
            limit,
            remaining,
            window: w1.or(w2),
            source: get("docker-ratelimit-source"),
        })
    }
}

/// What a manifest HEAD tells: the descriptor and, on Docker Hub, the rate limit.
#[derive(Debug, Clone)]
pub struct ManifestHead {
    pub descriptor: Descriptor,
    pub rate_limit: Option<RateLimit>,
}

fn repo_scope(r: &Reference, actions: &[&str]) -> Scopes {
    Scopes::repository(&r.repository, actions)
}

/// Reads the registry's error envelope (`{"errors":[{"code","message","detail"}]}`) into one
/// line, or a short excerpt of a non-JSON body.
pub async fn envelope_message(resp: Response) -> Option<String> {
    let bytes = read_limited_quiet(resp, 64 * 1024, ENVELOPE_DEADLINE).await?;
    #[derive(serde::Deserialize)]
    struct Envelope {
        errors: Vec<Entry>,
    }
    #[derive(serde::Deserialize)]
    struct Entry {
        #[serde(default)]
        code: String,
        #[serde(default)]
        message: String,
        #[serde(default)]
        detail: Option<serde_json::Value>,
    }
    if let Ok(env) = serde_json::from_slice::<Envelope>(&bytes) {
        let parts: Vec<String> = env
            .errors
            .iter()
            .map(|e| {
                let mut s = format!("{}: {}", e.code, e.message);
                // A plain-text detail helps; structured ones (access lists, `{"Tag":..}`)
                // repeat what the message around this one already says.
                if let Some(serde_json::Value::String(d)) = &e.detail
                    && !d.is_empty()
                    && d.len() < 200
                {
                    s.push_str(&format!(" ({d})"));
                }
                s
            })
            .collect();
        if !parts.is_empty() {
            return Some(parts.join("; "));
        }
    }
    let text = String::from_utf8_lossy(&bytes);
    let text = text.trim();
    if text.is_empty() {
        None
    } else {
        Some(text.chars().take(200).collect())
    }
}

/// The most a tag or repository listing may hold, all pages together. distribution 2.x
/// ignores `n` and answers every tag at once, so one page may use all of it.
const MAX_LISTING: u64 = 64 * 1024 * 1024;

/// The one reader for bodies kept in memory (manifests, indexes, listings, tokens): at most
/// `limit` bytes (a larger `Content-Length` is refused before reading, a body that grows past
/// it as soon as it does, with `too_big(n)`), and all of it within `deadline`, so a registry
/// dripping a document a byte at a time cannot hold hoist forever. Blobs are not read here:
/// they stream through [`crate::transfer::BlobReader`], bounded by their descriptor's size and a
/// minimum rate.
pub(crate) async fn read_bounded(
    resp: Response,
    limit: u64,
    deadline: std::time::Duration,
    too_big: impl Fn(u64) -> Failure,
) -> Result<Bytes> {
    if let Some(n) = content_length(resp.headers())
        && n > limit
    {
        return Err(too_big(n).into());
    }
    let url = resp.url().clone();
    let read = async {
        let mut body = BytesMut::new();
        let mut s = resp.bytes_stream();
        while let Some(chunk) = s.next().await {
            body.extend_from_slice(&chunk?);
            if body.len() as u64 > limit {
                return Err(too_big(body.len() as u64).into());
            }
        }
        Ok(body.freeze())
    };
    match tokio::time::timeout(deadline, read).await {
        Ok(r) => r,
        Err(_) => Err(Failure::network(format!(
            "`{}` did not finish sending a {}-byte-at-most document within {} s",
            crate::output::escape(url.host_str().unwrap_or("")),
            limit,
            deadline.as_secs()
        ))
        .hint("the registry is too slow or stalls; give it longer with `--timeout SECONDS`")
        .into()),
    }
}

/// Up to `limit` bytes of a body whose content only decorates a message (error envelopes):
/// never an error, and never longer than `deadline`.
async fn read_limited_quiet(
    resp: Response,
    limit: usize,
    deadline: std::time::Duration,
) -> Option<Bytes> {
    let mut out = BytesMut::new();
    let mut s = resp.bytes_stream();
    let read = async {
        while let Some(chunk) = s.next().await {
            let chunk = chunk.ok()?;
            out.extend_from_slice(&chunk);
            if out.len() > limit {
                out.truncate(limit);
                break;
            }
        }
        Some(())
    };
    tokio::time::timeout(deadline, read).await.ok()??;
    Some(out.freeze())
}

/// How long an error body may take to arrive before it is given up on.
const ENVELOPE_DEADLINE: std::time::Duration = std::time::Duration::from_secs(10);

/// Maps an unsuccessful response to an error. `what` names the object ("manifest `x`").
pub async fn failure(resp: Response, what: &str, not_found_hint: Option<String>) -> anyhow::Error {
    let status = resp.status();
    let anonymous = resp.extensions().get::<super::Anonymous>().is_some();
    let resp_host = super::host_port(resp.url()).map(|h| crate::reference::normalise_registry(&h));
    let detail = envelope_message(resp).await;
    let with = |m: String| match &detail {
        Some(d) => format!("{m}: {d}"),
        None => m,
    };
    let f = match status {
        StatusCode::NOT_FOUND => {
            let f = Failure::not_found(with(format!("{what} not found")));
            match not_found_hint {
                Some(h) => f.hint(h),
                None => f,
            }
        }
        StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN if anonymous => {
            let registry = resp_host.unwrap_or_default();
            Failure::auth(with(format!(
                "access to {what} denied ({status}); no credentials were sent"
            )))
            .hint(format!(
                "the repository may be private: {}",
                super::login_hint(&registry)
            ))
        }
        StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => Failure::auth(with(format!(
            "access to {what} denied ({status})"
        )))
        .hint("the credentials lack permission for this repository; check the user's access"),
        StatusCode::METHOD_NOT_ALLOWED | StatusCode::NOT_IMPLEMENTED => Failure::new(
            Kind::Other,
            with(format!(
                "the registry does not support this operation on {what} ({status})"
            )),
        ),
        _ => Failure::new(
            Kind::Other,
            with(format!("registry answered {status} for {what}")),
        ),
    };
    f.into()
}

fn header_str<'a>(h: &'a HeaderMap, k: &str) -> Option<&'a str> {
    h.get(k).and_then(|v| v.to_str().ok())
}

fn content_length(h: &HeaderMap) -> Option<u64> {
    header_str(h, "content-length").and_then(|v| v.parse().ok())
}

/// For a push answered 404: the repository is not there, and this registry does not make
/// repositories on push (Amazon ECR never does).
fn create_first_hint(r: &Reference) -> String {
    format!(
        "the repository `{}` does not exist, and `{}` does not create repositories on push (Amazon ECR never does): create it first (ECR: `aws ecr create-repository --repository-name {}`)",
        r.repository, r.registry, r.repository
    )
}

/// [`failure`] for a read of a tag or manifest. A 404 hints at the repository's tags, or, when
/// the registry says the repository itself is unknown (`NAME_UNKNOWN`), at the registry's
/// repositories.
async fn read_failure(resp: Response, what: &str, r: &Reference) -> anyhow::Error {
    let mut e = failure(resp, what, None).await;
    if let Some(f) = e.downcast_mut::<Failure>()
        && f.kind == Kind::NotFound
    {
        if f.message.contains("NAME_UNKNOWN") {
            f.hints.push(format!(
                "the repository does not exist there; list the registry's repositories with `hoist repo ls {}`",
                r.registry
            ));
        } else if let Some(h) = tag_hint(r) {
            f.hints.push(h);
        }
    }
    e
}

fn tag_hint(r: &Reference) -> Option<String> {
    r.digest.is_none().then(|| {
        format!(
            "list the repository's tags with `hoist tag ls {}`",
            r.name()
        )
    })
}

impl Client {
    /// Fetches a manifest (index, image manifest or schema1) and verifies its digest.
    pub async fn get_manifest(&self, r: &Reference) -> Result<Manifest> {
        let path = format!("/v2/{}/manifests/{}", r.repository, r.api_reference());
        let req = Request::new(Method::GET, path, repo_scope(r, &["pull"]))
            .header(header::ACCEPT, MANIFEST_ACCEPT);
        let resp = self.send(&r.registry, req).await?;
        if !resp.status().is_success() {
            return Err(read_failure(resp, &format!("manifest `{r}`"), r).await);
        }
        let h = resp.headers().clone();
        let bytes = self
            .read_document(resp)
            .await
            .with_context(|| format!("fetching `{r}`"))?;
        let mut m = Manifest::from_bytes(bytes, header_str(&h, "content-type"))?;
        if let Some(want) = &r.digest {
            want.check(&want.of(&m.bytes), &format!("manifest `{r}`"))?;
            m.digest = want.clone();
        } else if let Some(served) = header_str(&h, "docker-content-digest")
            && let Ok(served) = served.parse::<Digest>()
        {
            let ours = served.of(&m.bytes);
            if ours != served {
                return Err(Failure::verify(format!(
                    "the registry says manifest `{r}` has digest {served}, but its bytes hash to {ours}"
                ))
                .hint("the registry or a proxy in between altered the manifest; do not trust this tag until it is fixed")
                .into());
            }
        }
        Ok(m)
    }

    /// HEADs a manifest: its descriptor without downloading (and without costing a Docker Hub
    /// pull). Falls back to GET when the registry omits `Docker-Content-Digest`.
    pub async fn head_manifest(&self, r: &Reference) -> Result<ManifestHead> {
        let path = format!("/v2/{}/manifests/{}", r.repository, r.api_reference());
        let req = Request::new(Method::HEAD, path, repo_scope(r, &["pull"]))
            .header(header::ACCEPT, MANIFEST_ACCEPT);
        let resp = self.send(&r.registry, req).await?;
        if !resp.status().is_success() {
            let status = resp.status();
            let what = format!("manifest `{r}`");
            return Err(match status {
                StatusCode::NOT_FOUND => {
                    let f = Failure::not_found(format!("{what} not found"));
                    match tag_hint(r) {
                        Some(h) => f.hint(h).into(),
                        None => f.into(),
                    }
                }
                _ => failure(resp, &what, None).await,
            });
        }
        let h = resp.headers();
        let rate_limit = RateLimit::from_headers(h);
        let digest = header_str(h, "docker-content-digest").and_then(|d| d.parse::<Digest>().ok());
        let media_type = header_str(h, "content-type")
            .map(mt::essence)
            .map(str::to_string);
        let size = content_length(h);
        match (digest, media_type, size) {
            (Some(d), Some(t), Some(n)) if mt::is_manifest_type(&t) => {
                if let Some(want) = &r.digest
                    && *want != d
                {
                    return Err(Failure::verify(format!(
                        "the registry answered manifest `{r}` with digest {d}"
                    ))
                    .into());
                }
                Ok(ManifestHead {
                    descriptor: Descriptor::new(&t, d, n),
                    rate_limit,
                })
            }
            _ => {
                let m = self.get_manifest(r).await?;
                Ok(ManifestHead {
                    descriptor: m.descriptor(),
                    rate_limit,
                })
            }
        }
    }

    /// Pushes manifest bytes verbatim under `reference` (a tag or the digest).
    pub async fn put_manifest(
        &self,
        r: &Reference,
        reference: &str,
        m: &Manifest,
    ) -> Result<Digest> {
        let path = format!("/v2/{}/manifests/{}", r.repository, reference);
        let req = Request::new(Method::PUT, path, repo_scope(r, &["pull", "push"]))
            .header(header::CONTENT_TYPE, &m.media_type)
            .body(Body::Bytes(m.bytes.clone()));
        let resp = self.send(&r.registry, req).await?;
        if !resp.status().is_success() {
            return Err(failure(
                resp,
                &format!("manifest push to `{}:{reference}`", r.name()),
                Some(create_first_hint(r)),
            )
            .await);
        }
        if let Some(served) = header_str(resp.headers(), "docker-content-digest")
            && let Ok(served) = served.parse::<Digest>()
            && served.algorithm() == m.digest.algorithm()
            && served != m.digest
        {
            return Err(Failure::verify(format!(
                "the registry stored manifest `{}:{reference}` as {served}, not {}",
                r.name(),
                m.digest
            ))
            .into());
        }
        Ok(m.digest.clone())
    }

    /// Deletes a manifest by digest.
    pub async fn delete_manifest(&self, r: &Reference, digest: &Digest) -> Result<()> {
        let path = format!("/v2/{}/manifests/{digest}", r.repository);
        let req = Request::new(Method::DELETE, path, repo_scope(r, &["delete"]));
        let resp = self.send(&r.registry, req).await?;
        if resp.status().is_success() {
            return Ok(());
        }
        let unsupported = matches!(
            resp.status(),
            StatusCode::METHOD_NOT_ALLOWED | StatusCode::NOT_IMPLEMENTED
        );
        let e = failure(resp, &format!("manifest `{}@{digest}`", r.name()), None).await;
        if unsupported {
            return Err(e.context(Failure::new(
                Kind::Other,
                format!("`{}` does not allow deleting manifests", r.registry),
            )
            .hint("deletion is disabled on this registry (distribution: `storage.delete.enabled`)")));
        }
        Err(e)
    }

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

    /// Deletes a tag itself (OCI distribution 1.1). `Ok(false)` when the registry does not
    /// support deleting tags (distribution 2.x answers 400/405), so the caller can fall back.
    pub async fn delete_tag(&self, r: &Reference, tag: &str) -> Result<bool> {
        let path = format!("/v2/{}/manifests/{tag}", r.repository);
        let req = Request::new(Method::DELETE, path, repo_scope(r, &["delete"]));
        let resp = self.send(&r.registry, req).await?;
        match resp.status() {
            s if s.is_success() => Ok(true),
            StatusCode::BAD_REQUEST
            | StatusCode::METHOD_NOT_ALLOWED
            | StatusCode::NOT_IMPLEMENTED => Ok(false),
            _ => Err(read_failure(resp, &format!("tag `{}:{tag}`", r.name()), r).await),
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
        let resp = self.send(&r.registry, req).await?;
        let status = resp.status();
        if !status.is_success() {
            return Err(failure(resp, &format!("blob `{}@{digest}`", r.name()), None).await);
        }
        // A registry that ignores Range answers 200 with the whole blob.
        let offset = if status == StatusCode::PARTIAL_CONTENT {
            offset
        } else {
            0
        };
        let size = content_length(resp.headers()).map(|n| n + offset);
        let o = self.options();
        let stream = crate::client::RateGuard::new(
            resp.bytes_stream().map(|c| c.map_err(anyhow::Error::from)),
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
                Ok(Some(loc.to_string()))
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

    /// All tags of a repository, following `Link` pagination.
    pub async fn tags(&self, r: &Reference) -> Result<Vec<String>> {
        #[derive(serde::Deserialize)]
        struct Page {
            #[serde(default)]
            tags: Option<Vec<String>>,
        }
        let first = format!("/v2/{}/tags/list?n=1000", r.repository);
        let pages: Vec<Page> = self
            .paginate(
                &r.registry,
                first,
                repo_scope(r, &["pull"]),
                &format!("repository `{}`", r.name()),
            )
            .await?;
        Ok(pages
            .into_iter()
            .flat_map(|p| p.tags.unwrap_or_default())
            .collect())
    }

    /// Whether a repository has no tags at all (unknown to the registry, or empty). One
    /// request that can stand in for a HEAD per blob when copying into a new repository.
    pub async fn repository_is_empty(&self, r: &Reference) -> Result<bool> {
        let path = format!("/v2/{}/tags/list?n=1", r.repository);
        let resp = self
            .send(
                &r.registry,
                Request::new(Method::GET, path, repo_scope(r, &["pull"])),
            )
            .await?;
        match resp.status() {
            StatusCode::NOT_FOUND => Ok(true),
            s if s.is_success() => {
                #[derive(serde::Deserialize)]
                struct Page {
                    #[serde(default)]
                    tags: Option<Vec<String>>,
                }
                // Only whether there is a tag matters: a page past 64 KiB has tags (registries
                // that ignore `n` send them all), and nothing more is read.
                let Some(body) = read_limited_quiet(resp, 64 * 1024, self.deadline()).await else {
                    return Ok(false);
                };
                if body.len() >= 64 * 1024 {
                    return Ok(false);
                }
                let page: Page = serde_json::from_slice(&body).unwrap_or(Page { tags: None });
                Ok(page.tags.unwrap_or_default().is_empty())
            }
            // Cannot tell (no permission to list, say): assume it has content.
            _ => Ok(false),
        }
    }

    /// All repositories of a registry (`/v2/_catalog`), following `Link` pagination.
    pub async fn catalog(&self, registry: &str) -> Result<Vec<String>> {
        if registry == crate::reference::DOCKER_HUB {
            return Err(Failure::new(
                Kind::Other,
                "Docker Hub has no catalog: it does not list its repositories over the registry API",
            )
            .hint("list a namespace's repositories on hub.docker.com; `hoist tag ls docker.io/NAMESPACE/REPO` lists one repository's tags")
            .into());
        }
        #[derive(serde::Deserialize)]
        struct Page {
            #[serde(default)]
            repositories: Option<Vec<String>>,
        }
        let pages: Vec<Page> = self
            .paginate(
                registry,
                "/v2/_catalog?n=1000".into(),
                Scopes::catalog(),
                &format!("the catalog of `{registry}`"),
            )
            .await?;
        Ok(pages
            .into_iter()
            .flat_map(|p| p.repositories.unwrap_or_default())
            .collect())
    }

    async fn paginate<T: serde::de::DeserializeOwned>(
        &self,
        registry: &str,
        first: String,
        scopes: Scopes,
        what: &str,
    ) -> Result<Vec<T>> {
        let mut out = Vec::new();
        let mut pages = Pages::from(first);
        let mut total = 0u64;
        while let Some(path) = pages.next() {
            let resp = self
                .send(registry, Request::new(Method::GET, path, scopes.clone()))
                .await?;
            if !resp.status().is_success() {
                return Err(failure(resp, what, None).await);
            }
            pages.after(&resp);
            let bytes = read_bounded(resp, MAX_LISTING - total, self.deadline(), |n| {
                Failure::verify(format!(
                    "the listing is over the {MAX_LISTING}-byte limit ({} bytes and more)",
                    total + n
                ))
                .hint("the registry sent more than any real listing holds; narrow the request or check the registry")
            })
            .await
            .with_context(|| format!("listing {what}"))?;
            total += bytes.len() as u64;
            let page: T = serde_json::from_slice(&bytes).map_err(|e| {
                Failure::new(Kind::Other, format!("malformed listing of {what}: {e}"))
            })?;
            out.push(page);
        }
        Ok(out)
    }

    /// Reads a manifest or index body, refusing one over the manifest size limit before it is
    /// all in memory, or one that takes longer than the deadline.
    async fn read_document(&self, resp: Response) -> Result<Bytes> {
        read_bounded(resp, MAX_MANIFEST_SIZE, self.deadline(), oversized).await
    }

    /// How long a document (manifest, listing page, token) may take to arrive in full.
    pub(crate) fn deadline(&self) -> std::time::Duration {
        self.options().idle_timeout
    }

    /// The referrers API (`/v2/<repo>/referrers/<digest>`): the index it answers, which may
    /// list nothing, or `None` when the registry has no such API (distribution 2.x answers
    /// 404). A listing split into pages (`Link: <...>; rel="next"`) comes back as one index.
    pub async fn referrers_api(&self, r: &Reference, d: &Digest) -> Result<Option<Manifest>> {
        let what = format!("the referrers of `{}@{d}`", r.name());
        let mut pages = Pages::from(format!("/v2/{}/referrers/{d}", r.repository));
        let mut first: Option<Manifest> = None;
        let mut more: Vec<Descriptor> = Vec::new();
        while let Some(path) = pages.next() {
            let req = Request::new(Method::GET, path, repo_scope(r, &["pull"]))
                .header(header::ACCEPT, mt::OCI_INDEX);
            let resp = self.send(&r.registry, req).await?;
            let ct = header_str(resp.headers(), "content-type").map(str::to_string);
            let is_index = ct.as_deref().map(mt::essence) == Some(mt::OCI_INDEX);
            if !resp.status().is_success() || !is_index {
                // No API: the first page tells. A later page failing is an error.
                if first.is_none() {
                    return Ok(None);
                }
                return Err(failure(resp, &what, None).await);
            }
            pages.after(&resp);
            let bytes = self
                .read_document(resp)
                .await
                .with_context(|| format!("fetching {what}"))?;
            let page = Manifest::from_bytes(bytes, ct.as_deref())?;
            match &first {
                None => first = Some(page),
                Some(_) => {
                    if let View::Index(i) = page.view()? {
                        more.extend(i.manifests);
                    }
                }
            }
        }
        let Some(first) = first else {
            return Ok(None);
        };
        if more.is_empty() {
            return Ok(Some(first));
        }
        let mut all = match first.view()? {
            View::Index(i) => i.manifests,
            _ => Vec::new(),
        };
        all.extend(more);
        let doc =
            serde_json::json!({"schemaVersion": 2, "mediaType": mt::OCI_INDEX, "manifests": all});
        Ok(Some(Manifest::from_bytes(
            Bytes::from(serde_json::to_vec(&doc)?),
            Some(mt::OCI_INDEX),
        )?))
    }

    /// Checks that the registry answers the API (and accepts the credentials, if any).
    pub async fn ping(&self, registry: &str) -> Result<()> {
        let resp = self
            .send(registry, Request::new(Method::GET, "/v2/", Scopes::new()))
            .await?;
        if resp.status().is_success() {
            return Ok(());
        }
        Err(failure(resp, &format!("the API of `{registry}`"), None).await)
    }
}

/// The walk through a listing split into pages: each response's `Link: <...>; rel="next"`
/// names the next, and a page seen before (or too many pages) ends it.
struct Pages {
    next: Option<String>,
    seen: std::collections::HashSet<String>,
}

impl Pages {
    fn from(first: String) -> Pages {
        Pages {
            next: Some(first),
            seen: std::collections::HashSet::new(),
        }
    }

    fn next(&mut self) -> Option<String> {
        let path = self.next.take()?;
        (self.seen.insert(path.clone()) && self.seen.len() <= 10_000).then_some(path)
    }

    fn after(&mut self, resp: &Response) {
        self.next = header_str(resp.headers(), "link").and_then(next_link);
    }
}

/// The target of `Link: <...>; rel="next"`.
pub fn next_link(link: &str) -> Option<String> {
    for part in link.split(',') {
        let mut segs = part.split(';');
        let target = segs.next()?.trim();
        if segs.any(|s| {
            let s = s.trim().replace(' ', "");
            s == "rel=\"next\"" || s == "rel=next"
        }) {
            return Some(
                target
                    .trim_start_matches('<')
                    .trim_end_matches('>')
                    .to_string(),
            );
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_link() {
        assert_eq!(
            next_link(r#"</v2/_catalog?last=b&n=2>; rel="next""#).as_deref(),
            Some("/v2/_catalog?last=b&n=2")
        );
        assert_eq!(next_link(r#"</x>; rel="prev""#), None);
    }

    #[test]
    fn parses_rate_limit() {
        let mut h = HeaderMap::new();
        h.insert("ratelimit-limit", "100;w=21600".parse().unwrap());
        h.insert("ratelimit-remaining", "76;w=21600".parse().unwrap());
        let r = RateLimit::from_headers(&h).unwrap();
        assert_eq!(
            (r.limit, r.remaining, r.window),
            (Some(100), Some(76), Some(21600))
        );
        assert!(RateLimit::from_headers(&HeaderMap::new()).is_none());
    }
}
