//! `hoist serve DIR`: a registry over OCI image layouts (one per repository, see [`store`]),
//! speaking the distribution API as clients use it, with the OCI 1.1 referrers API, and
//! (`--compose`) virtual repositories whose tags are images composed on request
//! ([`compose`], through [`crate::image::change::compose`]).
//!
//! Safety: names are checked against the reference grammar before they become paths (so no
//! request reaches outside DIR); bodies are bounded (manifests 4 MiB); blobs and manifests are
//! checked before they become visible; `--read-only` refuses every write; with `--htpasswd`,
//! writes (and reads, unless `--anonymous-read`) need a user's bcrypt password.

pub mod auth;
pub mod compose;
pub mod store;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use anyhow::{Context as _, Result};
use bytes::Bytes;
use http_body_util::{BodyExt as _, Full, combinators::UnsyncBoxBody};
use hyper::body::Incoming;
use hyper::header::{self, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};

use crate::digest::Digest;
use crate::manifest::{MAX_MANIFEST_SIZE, Manifest};
use crate::media_types as mt;
use store::Store;

pub type Body = UnsyncBoxBody<Bytes, std::io::Error>;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Options {
    pub dir: PathBuf,
    pub addr: SocketAddr,
    pub read_only: bool,
    pub htpasswd: Option<PathBuf>,
    pub anonymous_read: bool,
    /// Certificate chain and key (PEM).
    pub tls: Option<(PathBuf, PathBuf)>,
    pub compose: Option<PathBuf>,
    /// One JSON object per request on stderr instead of a line of text.
    pub json_logs: bool,
}

/// An error in the OCI envelope, with its HTTP status.
#[derive(Debug)]
pub struct ApiError {
    pub status: u16,
    pub code: &'static str,
    pub message: String,
    extra: Option<Box<Extra>>,
}

/// The rarer parts of an error: the envelope's `detail`, and headers.
#[derive(Debug, Default)]
struct Extra {
    detail: Option<serde_json::Value>,
    headers: Vec<(header::HeaderName, String)>,
}

impl ApiError {
    pub fn new(status: u16, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
            extra: None,
        }
    }

    pub fn detail(mut self, d: serde_json::Value) -> ApiError {
        self.extra.get_or_insert_default().detail = Some(d);
        self
    }

    fn header(mut self, name: header::HeaderName, value: impl Into<String>) -> ApiError {
        self.extra
            .get_or_insert_default()
            .headers
            .push((name, value.into()));
        self
    }

    pub fn internal() -> ApiError {
        ApiError::new(500, "UNKNOWN", "internal error")
    }

    pub fn io(e: std::io::Error) -> ApiError {
        tracing::warn!("storage error: {e}");
        ApiError::new(500, "UNKNOWN", format!("storage error: {e}"))
    }

    pub fn from_anyhow(e: anyhow::Error) -> ApiError {
        tracing::warn!("storage error: {e:#}");
        ApiError::new(500, "UNKNOWN", format!("{e:#}"))
    }

    pub fn manifest_unknown(reference: &str) -> ApiError {
        ApiError::new(
            404,
            "MANIFEST_UNKNOWN",
            format!("manifest `{reference}` is not known"),
        )
    }

    pub fn blob_unknown(d: &Digest) -> ApiError {
        ApiError::new(404, "BLOB_UNKNOWN", format!("blob {d} is not known"))
            .detail(serde_json::json!({ "digest": d }))
    }

    fn response(self, head: bool) -> Response<Body> {
        let mut e = serde_json::json!({"code": self.code, "message": self.message});
        let extra = self.extra.map(|x| *x).unwrap_or_default();
        if let Some(d) = extra.detail {
            e["detail"] = d;
        }
        let body = serde_json::to_vec(&serde_json::json!({ "errors": [e] })).unwrap_or_default();
        let mut r = Response::builder()
            .status(StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR))
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::CONTENT_LENGTH, body.len());
        for (k, v) in extra.headers {
            r = r.header(k, v);
        }
        r.body(if head { empty() } else { full(body) })
            .expect("a valid response")
    }
}

fn full(b: impl Into<Bytes>) -> Body {
    Full::new(b.into())
        .map_err(|never| match never {})
        .boxed_unsync()
}

fn empty() -> Body {
    full(Bytes::new())
}

/// A request's log line, written when its response body is done (or dropped): method, path,
/// status, bytes sent, and the time from the request to the last byte.
struct LogLine {
    method: Method,
    path: String,
    status: u16,
    start: Instant,
    json: bool,
}

/// A response body that counts what it sends and logs the request when it is done.
struct Logged {
    inner: Body,
    sent: u64,
    ended: bool,
    line: Option<LogLine>,
}

impl hyper::body::Body for Logged {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<hyper::body::Frame<Bytes>, std::io::Error>>> {
        let this = self.get_mut();
        let r = std::pin::Pin::new(&mut this.inner).poll_frame(cx);
        match &r {
            std::task::Poll::Ready(Some(Ok(f))) => {
                if let Some(d) = f.data_ref() {
                    this.sent += d.len() as u64;
                }
            }
            std::task::Poll::Ready(None) => this.ended = true,
            _ => {}
        }
        r
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> hyper::body::SizeHint {
        self.inner.size_hint()
    }
}

impl Drop for Logged {
    fn drop(&mut self) {
        let Some(l) = self.line.take() else { return };
        let ended = self.ended || hyper::body::Body::is_end_stream(&self.inner);
        let ms = l.start.elapsed().as_secs_f64() * 1000.0;
        if l.json {
            eprintln!(
                "{}",
                serde_json::json!({"method": l.method.as_str(), "path": l.path, "status": l.status, "bytes": self.sent, "ms": (ms * 10.0).round() / 10.0, "complete": ended})
            );
        } else {
            let cut = if ended { "" } else { " (cut off)" };
            eprintln!(
                "{} {} {} {} {ms:.1}ms{cut}",
                l.method, l.path, l.status, self.sent
            );
        }
    }
}

/// The server's state, shared by every connection.
pub struct Server {
    store: Store,
    opts: Options,
    users: Option<auth::Users>,
    compose: Option<compose::Catalogue>,
}

/// What a request asks for, once its path is read.
pub enum Route {
    Base,
    Catalog,
    Tags(String),
    Manifest(String, String),
    Blob(String, String),
    Uploads(String, Option<String>),
    Referrers(String, String),
}

/// Splits `/v2/...` into a route; names are checked against the grammar (which leaves no
/// `..`, no empty component, nothing encoded and nothing absolute).
pub fn route(path: &str) -> Result<Route, ApiError> {
    let rest = match path {
        "/v2" | "/v2/" => return Ok(Route::Base),
        p => p
            .strip_prefix("/v2/")
            .ok_or_else(|| ApiError::new(404, "NOT_FOUND", "not a registry API path"))?,
    };
    if rest == "_catalog" {
        return Ok(Route::Catalog);
    }
    // The name is what comes before the route's fixed part, checked before it is used.
    let named = |name: &str, make: &dyn Fn(String) -> Route| -> Result<Route, ApiError> {
        check_name(name)?;
        Ok(make(name.to_string()))
    };
    if let Some(n) = rest.strip_suffix("/tags/list") {
        return named(n, &Route::Tags);
    }
    if let Some(i) = rest.find("/blobs/uploads") {
        let id = rest[i + "/blobs/uploads".len()..].trim_start_matches('/');
        let id = (!id.is_empty()).then(|| id.to_string());
        return named(&rest[..i], &|n| Route::Uploads(n, id.clone()));
    }
    for (part, make) in [
        (
            "/manifests/",
            Route::Manifest as fn(String, String) -> Route,
        ),
        ("/blobs/", Route::Blob),
        ("/referrers/", Route::Referrers),
    ] {
        if let Some(i) = rest.rfind(part) {
            let what = rest[i + part.len()..].to_string();
            return named(&rest[..i], &|n| make(n, what.clone()));
        }
    }
    Err(ApiError::new(404, "NOT_FOUND", "not a registry API path"))
}

/// A repository name hoist will make a path of.
pub fn check_name(name: &str) -> Result<(), ApiError> {
    let bad = |why: String| ApiError::new(400, "NAME_INVALID", why);
    if name.len() > 255 {
        return Err(bad("a repository name is at most 255 characters".into()));
    }
    crate::reference::validate_repository(name).map_err(bad)?;
    if name.split('/').any(|c| c == "blobs") {
        return Err(bad(format!(
            "`{name}`: a `blobs` component would be inside a layout's blob directory"
        )));
    }
    Ok(())
}

fn parse_digest(s: &str) -> Result<Digest, ApiError> {
    s.parse::<Digest>()
        .map_err(|_| ApiError::new(400, "DIGEST_INVALID", format!("`{s}` is not a digest")))
}

fn query(req: &Request<Incoming>) -> Vec<(String, String)> {
    req.uri()
        .query()
        .unwrap_or("")
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (unescape(k), unescape(v))
        })
        .collect()
}

fn param<'a>(q: &'a [(String, String)], k: &str) -> Option<&'a str> {
    q.iter().find(|(x, _)| x == k).map(|(_, v)| v.as_str())
}

/// Percent-decoding of a query value (`sha256%3A...`, `a%2Fb`).
pub fn unescape(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' if i + 3 <= b.len() => {
                match u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 3]).unwrap_or("zz"), 16)
                {
                    Ok(v) => {
                        out.push(v);
                        i += 3;
                        continue;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b'+' => out.push(b' '),
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A listing's answer: the page `n` and `last` ask for of the sorted `all`, as the JSON
/// `body` makes of it, with a `Link` to the next page when there is one.
fn paged(
    all: Vec<String>,
    q: &[(String, String)],
    path: &str,
    head: bool,
    body: impl FnOnce(Vec<String>) -> serde_json::Value,
) -> Response<Body> {
    let (items, link) = page(all, q, path);
    let mut resp = json_response(StatusCode::OK, &body(items), head);
    // A name a layout's other writer made may not fit in a header: no link, not a panic.
    if let Some(l) = link.and_then(|l| HeaderValue::from_str(&l).ok()) {
        resp.headers_mut().insert(header::LINK, l);
    }
    resp
}

/// `n` and `last` paging of a sorted list, and the `Link` to the next page.
fn page(all: Vec<String>, q: &[(String, String)], path: &str) -> (Vec<String>, Option<String>) {
    let n = param(q, "n").and_then(|n| n.parse::<usize>().ok());
    let last = param(q, "last");
    let mut items: Vec<String> = match last {
        Some(l) => all.into_iter().filter(|t| t.as_str() > l).collect(),
        None => all,
    };
    let mut link = None;
    if let Some(n) = n
        && items.len() > n
    {
        items.truncate(n);
        if let Some(l) = items.last() {
            link = Some(format!("<{path}?last={l}&n={n}>; rel=\"next\""));
        }
    }
    (items, link)
}

fn json_response(status: StatusCode, v: &serde_json::Value, head: bool) -> Response<Body> {
    let body = serde_json::to_vec(v).unwrap_or_default();
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::CONTENT_LENGTH, body.len())
        .body(if head { empty() } else { full(body) })
        .expect("a valid response")
}

/// Accepts the manifest's media type? An empty `Accept` (or `*/*`) takes anything.
fn accepts(req: &Request<Incoming>, media_type: &str) -> bool {
    let mut listed = req
        .headers()
        .get_all(header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|t| t.split(';').next().unwrap_or("").trim().to_string())
        .filter(|t| !t.is_empty())
        .peekable();
    if listed.peek().is_none() {
        return true;
    }
    listed.any(|t| t == "*/*" || t == media_type)
}

/// Reads a body whole, refusing more than `limit` bytes.
async fn read_bounded(body: Incoming, limit: u64) -> Result<Bytes, ApiError> {
    let limited = http_body_util::Limited::new(body, limit as usize);
    match limited.collect().await {
        Ok(c) => Ok(c.to_bytes()),
        Err(e) if e.is::<http_body_util::LengthLimitError>() => Err(ApiError::new(
            413,
            "SIZE_INVALID",
            format!("a manifest is at most {} MiB", limit / (1024 * 1024)),
        )),
        Err(e) => Err(ApiError::new(
            400,
            "UNKNOWN",
            format!("reading the body: {e}"),
        )),
    }
}

/// Streams a request body into an upload.
async fn receive(mut body: Incoming, s: &mut store::Session) -> Result<(), ApiError> {
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| ApiError::new(400, "BLOB_UPLOAD_INVALID", format!("{e}")))?;
        if let Ok(data) = frame.into_data() {
            s.write(&data).await?;
        }
    }
    Ok(())
}

/// `Range: bytes=a-b` (one range) against a blob of `size` bytes: the inclusive span.
fn range(req: &Request<Incoming>, size: u64) -> Result<Option<(u64, u64)>, ApiError> {
    span(
        req.headers()
            .get(header::RANGE)
            .and_then(|v| v.to_str().ok()),
        size,
    )
}

/// A `Range` header's value (one range; several are answered whole) against `size` bytes.
pub fn span(v: Option<&str>, size: u64) -> Result<Option<(u64, u64)>, ApiError> {
    let Some(v) = v else {
        return Ok(None);
    };
    let bad = || {
        ApiError::new(416, "RANGE_INVALID", format!("cannot serve `{v}`"))
            .header(header::CONTENT_RANGE, format!("bytes */{size}"))
    };
    let spec = v.strip_prefix("bytes=").ok_or_else(bad)?;
    if spec.contains(',') {
        return Ok(None);
    }
    let (a, b) = spec.split_once('-').ok_or_else(bad)?;
    let (start, end) = match (a.trim(), b.trim()) {
        ("", n) => {
            let n: u64 = n.parse().map_err(|_| bad())?;
            (size.saturating_sub(n), size.saturating_sub(1))
        }
        (a, "") => (a.parse().map_err(|_| bad())?, size.saturating_sub(1)),
        (a, b) => (
            a.parse().map_err(|_| bad())?,
            b.parse::<u64>()
                .map_err(|_| bad())?
                .min(size.saturating_sub(1)),
        ),
    };
    if size == 0 || start > end || start >= size {
        return Err(bad());
    }
    Ok(Some((start, end)))
}

/// A file's bytes `[start, start + len)`, 256 KiB at a time.
fn file_body(path: PathBuf, start: u64, len: u64) -> Body {
    use futures_util::{StreamExt as _, TryStreamExt as _};
    use tokio::io::AsyncSeekExt as _;
    let s = futures_util::stream::once(async move {
        let mut f = tokio::fs::File::open(&path).await?;
        f.seek(std::io::SeekFrom::Start(start)).await?;
        Ok::<_, std::io::Error>(crate::layout::file_chunks(f, Some(len)))
    })
    .try_flatten()
    .map_ok(hyper::body::Frame::data)
    .boxed();
    http_body_util::BodyExt::boxed_unsync(http_body_util::StreamBody::new(s))
}

impl Server {
    pub fn new(opts: Options, client: crate::client::Client) -> Result<Server> {
        let store =
            Store::open(&opts.dir).with_context(|| format!("opening `{}`", opts.dir.display()))?;
        let users = match &opts.htpasswd {
            Some(p) => Some(auth::Users::load(p)?),
            None => None,
        };
        let compose = match &opts.compose {
            Some(p) => Some(compose::Catalogue::load(p, client)?),
            None => None,
        };
        Ok(Server {
            store,
            opts,
            users,
            compose,
        })
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Answers one request, and logs it.
    pub async fn handle(self: Arc<Self>, req: Request<Incoming>) -> Response<Body> {
        let start = Instant::now();
        let method = req.method().clone();
        let path = req.uri().path().to_string();
        let head = method == Method::HEAD;
        let mut resp = match self.answer(req).await {
            Ok(r) => r,
            Err(e) => e.response(head),
        };
        resp.headers_mut().insert(
            "Docker-Distribution-API-Version",
            HeaderValue::from_static("registry/2.0"),
        );
        let status = resp.status().as_u16();
        let line = LogLine {
            method,
            path: crate::output::escape(&path).into_owned(),
            status,
            start,
            json: self.opts.json_logs,
        };
        resp.map(|inner| {
            Logged {
                inner,
                sent: 0,
                ended: head,
                line: Some(line),
            }
            .boxed_unsync()
        })
    }

    async fn answer(&self, req: Request<Incoming>) -> Result<Response<Body>, ApiError> {
        let r = route(req.uri().path())?;
        let write = !matches!(*req.method(), Method::GET | Method::HEAD);
        if let Some(users) = &self.users {
            // The base path always asks: it is where clients learn that the registry takes
            // Basic credentials. Reads elsewhere need none with `--anonymous-read`.
            let needs = write || !self.opts.anonymous_read || matches!(r, Route::Base);
            if needs && !users.check(req.headers().get(header::AUTHORIZATION)) {
                return Err(
                    ApiError::new(401, "UNAUTHORIZED", "authentication required")
                        .header(header::WWW_AUTHENTICATE, "Basic realm=\"hoist\""),
                );
            }
        }
        if write && self.opts.read_only {
            return Err(ApiError::new(
                405,
                "UNSUPPORTED",
                "this registry is read-only (`hoist serve --read-only`)",
            ));
        }
        let head = *req.method() == Method::HEAD;
        match r {
            Route::Base => Ok(json_response(StatusCode::OK, &serde_json::json!({}), head)),
            Route::Catalog => {
                let mut all = self.store.catalog();
                if let Some(c) = &self.compose {
                    all.extend(c.names());
                    all.sort();
                    all.dedup();
                }
                Ok(paged(
                    all,
                    &query(&req),
                    "/v2/_catalog",
                    head,
                    |items| serde_json::json!({"repositories": items}),
                ))
            }
            Route::Tags(name) => {
                let tags = match self.compose.as_ref().filter(|c| c.has(&name)) {
                    Some(c) => c.tags(&name),
                    None => self.store.tags(&name)?,
                };
                let path = format!("/v2/{name}/tags/list");
                Ok(paged(
                    tags,
                    &query(&req),
                    &path,
                    head,
                    |items| serde_json::json!({"name": name, "tags": items}),
                ))
            }
            Route::Manifest(name, reference) => {
                if let Some(c) = self.compose.as_ref().filter(|c| c.has(&name)) {
                    if write {
                        return Err(composed_read_only(&name));
                    }
                    let m = c.manifest(&name, &reference).await?;
                    return self.send_manifest(&req, m, head);
                }
                self.manifest(req, &name, &reference).await
            }
            Route::Blob(name, d) => {
                let d = parse_digest(&d)?;
                if let Some(c) = self.compose.as_ref().filter(|c| c.has(&name)) {
                    if write {
                        return Err(composed_read_only(&name));
                    }
                    return c.blob(&name, &d, head, range_of(&req)).await;
                }
                self.blob(req, &name, &d).await
            }
            Route::Uploads(name, id) => {
                if self.compose.as_ref().is_some_and(|c| c.has(&name)) {
                    return Err(composed_read_only(&name));
                }
                self.upload(req, &name, id.as_deref()).await
            }
            Route::Referrers(name, d) => {
                let d = parse_digest(&d)?;
                if *req.method() != Method::GET && !head {
                    return Err(unsupported_method());
                }
                let q = query(&req);
                let filter = param(&q, "artifactType").map(str::to_string);
                let mut list = self.store.referrers(&name, &d)?;
                if let Some(t) = &filter {
                    list.retain(|x| x.artifact_type.as_deref() == Some(t.as_str()));
                }
                let body = serde_json::to_vec(&serde_json::json!({
                    "schemaVersion": 2,
                    "mediaType": mt::OCI_INDEX,
                    "manifests": list,
                }))
                .unwrap_or_default();
                let mut b = Response::builder()
                    .status(StatusCode::OK)
                    .header(header::CONTENT_TYPE, mt::OCI_INDEX)
                    .header(header::CONTENT_LENGTH, body.len());
                if filter.is_some() {
                    b = b.header("OCI-Filters-Applied", "artifactType");
                }
                Ok(b.body(if head { empty() } else { full(body) })
                    .expect("a valid response"))
            }
        }
    }

    fn send_manifest(
        &self,
        req: &Request<Incoming>,
        m: Manifest,
        head: bool,
    ) -> Result<Response<Body>, ApiError> {
        if !accepts(req, &m.media_type) {
            return Err(ApiError::new(
                404,
                "MANIFEST_UNKNOWN",
                format!(
                    "the manifest is `{}`, which the request's Accept header does not list",
                    m.media_type
                ),
            ));
        }
        Ok(Response::builder()
            .status(StatusCode::OK)
            .header(header::CONTENT_TYPE, &m.media_type)
            .header(header::CONTENT_LENGTH, m.bytes.len())
            .header("Docker-Content-Digest", m.digest.to_string())
            .header(header::ETAG, format!("\"{}\"", m.digest))
            .body(if head { empty() } else { full(m.bytes) })
            .expect("a valid response"))
    }

    async fn manifest(
        &self,
        req: Request<Incoming>,
        name: &str,
        reference: &str,
    ) -> Result<Response<Body>, ApiError> {
        let head = *req.method() == Method::HEAD;
        match *req.method() {
            Method::GET | Method::HEAD => {
                let m = self.store.manifest(name, reference)?;
                self.send_manifest(&req, m, head)
            }
            Method::PUT => {
                let ct = req
                    .headers()
                    .get(header::CONTENT_TYPE)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string);
                let body = read_bounded(req.into_body(), MAX_MANIFEST_SIZE).await?;
                let (m, subject) = self
                    .store
                    .put_manifest(name, reference, body, ct.as_deref())
                    .await?;
                let mut b = Response::builder()
                    .status(StatusCode::CREATED)
                    .header(
                        header::LOCATION,
                        format!("/v2/{name}/manifests/{}", m.digest),
                    )
                    .header("Docker-Content-Digest", m.digest.to_string())
                    .header(header::CONTENT_LENGTH, 0);
                if let Some(s) = subject {
                    b = b.header("OCI-Subject", s.to_string());
                }
                Ok(b.body(empty()).expect("a valid response"))
            }
            Method::DELETE => {
                self.store.delete_manifest(name, reference).await?;
                Ok(accepted())
            }
            _ => Err(unsupported_method()),
        }
    }

    async fn blob(
        &self,
        req: Request<Incoming>,
        name: &str,
        d: &Digest,
    ) -> Result<Response<Body>, ApiError> {
        match *req.method() {
            Method::GET | Method::HEAD => {
                let (path, size) = self
                    .store
                    .blob(name, d)
                    .ok_or_else(|| ApiError::blob_unknown(d))?;
                let head = *req.method() == Method::HEAD;
                Ok(blob_response(d, path, size, range(&req, size)?, head))
            }
            Method::DELETE => {
                self.store.delete_blob(name, d)?;
                Ok(accepted())
            }
            _ => Err(unsupported_method()),
        }
    }

    async fn upload(
        &self,
        req: Request<Incoming>,
        name: &str,
        id: Option<&str>,
    ) -> Result<Response<Body>, ApiError> {
        let q = query(&req);
        let Some(id) = id else {
            if *req.method() != Method::POST {
                return Err(unsupported_method());
            }
            if let (Some(m), Some(from)) = (param(&q, "mount"), param(&q, "from")) {
                let d = parse_digest(m)?;
                check_name(from)?;
                if self.store.mount(name, &d, from).await? {
                    return Ok(blob_created(name, &d));
                }
            }
            let id = self.store.start_upload(name)?;
            let s = self.store.session(name, &id)?;
            if let Some(want) = param(&q, "digest") {
                // Monolithic: the whole blob in the POST.
                let want = parse_digest(want)?;
                let mut g = s.lock().await;
                if let Err(e) = receive(req.into_body(), &mut g).await {
                    self.store.cancel_upload(&id);
                    return Err(e);
                }
                self.store.finish_upload(name, &id, &mut g, &want).await?;
                return Ok(blob_created(name, &want));
            }
            return Ok(upload_status(StatusCode::ACCEPTED, name, &id, 0));
        };
        let s = self.store.session(name, id)?;
        match *req.method() {
            Method::GET => {
                let g = s.lock().await;
                Ok(upload_status(StatusCode::NO_CONTENT, name, id, g.size()))
            }
            Method::PATCH => {
                let mut g = s.lock().await;
                if let Some(cr) = req
                    .headers()
                    .get(header::CONTENT_RANGE)
                    .and_then(|v| v.to_str().ok())
                {
                    let start = cr
                        .trim_start_matches("bytes")
                        .trim()
                        .trim_start_matches('=')
                        .split('-')
                        .next()
                        .and_then(|x| x.trim().parse::<u64>().ok());
                    if start != Some(g.size()) {
                        return Err(ApiError::new(
                            416,
                            "BLOB_UPLOAD_INVALID",
                            format!(
                                "the chunk starts at `{cr}`; the upload holds {} bytes",
                                g.size()
                            ),
                        )
                        .header(header::RANGE, format!("0-{}", g.size().saturating_sub(1)))
                        .header(header::LOCATION, format!("/v2/{name}/blobs/uploads/{id}")));
                    }
                }
                receive(req.into_body(), &mut g).await?;
                Ok(upload_status(StatusCode::ACCEPTED, name, id, g.size()))
            }
            Method::PUT => {
                let want = parse_digest(param(&q, "digest").ok_or_else(|| {
                    ApiError::new(
                        400,
                        "DIGEST_INVALID",
                        "the upload's last PUT needs `?digest=`",
                    )
                })?)?;
                let mut g = s.lock().await;
                receive(req.into_body(), &mut g).await?;
                self.store.finish_upload(name, id, &mut g, &want).await?;
                Ok(blob_created(name, &want))
            }
            Method::DELETE => {
                drop(s);
                self.store.cancel_upload(id);
                Ok(Response::builder()
                    .status(StatusCode::NO_CONTENT)
                    .body(empty())
                    .expect("a valid response"))
            }
            _ => Err(unsupported_method()),
        }
    }
}

fn range_of(req: &Request<Incoming>) -> Option<String> {
    req.headers()
        .get(header::RANGE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// A blob's answer: whole, or the range asked for.
pub fn blob_response(
    d: &Digest,
    path: PathBuf,
    size: u64,
    span: Option<(u64, u64)>,
    head: bool,
) -> Response<Body> {
    let (status, start, len) = match span {
        Some((a, b)) => (StatusCode::PARTIAL_CONTENT, a, b - a + 1),
        None => (StatusCode::OK, 0, size),
    };
    let mut r = Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "application/octet-stream")
        .header(header::CONTENT_LENGTH, len)
        .header(header::ACCEPT_RANGES, "bytes")
        .header("Docker-Content-Digest", d.to_string())
        .header(header::ETAG, format!("\"{d}\""));
    if span.is_some() {
        r = r.header(
            header::CONTENT_RANGE,
            format!("bytes {start}-{}/{size}", start + len - 1),
        );
    }
    r.body(if head {
        empty()
    } else {
        file_body(path, start, len)
    })
    .expect("a valid response")
}

fn composed_read_only(name: &str) -> ApiError {
    ApiError::new(
        405,
        "UNSUPPORTED",
        format!("`{name}` is composed on request (`--compose`): it cannot be written"),
    )
}

fn unsupported_method() -> ApiError {
    ApiError::new(405, "UNSUPPORTED", "the method is not supported here")
}

fn accepted() -> Response<Body> {
    Response::builder()
        .status(StatusCode::ACCEPTED)
        .header(header::CONTENT_LENGTH, 0)
        .body(empty())
        .expect("a valid response")
}

fn blob_created(name: &str, d: &Digest) -> Response<Body> {
    Response::builder()
        .status(StatusCode::CREATED)
        .header(header::LOCATION, format!("/v2/{name}/blobs/{d}"))
        .header("Docker-Content-Digest", d.to_string())
        .header(header::CONTENT_LENGTH, 0)
        .body(empty())
        .expect("a valid response")
}

fn upload_status(status: StatusCode, name: &str, id: &str, size: u64) -> Response<Body> {
    Response::builder()
        .status(status)
        .header(header::LOCATION, format!("/v2/{name}/blobs/uploads/{id}"))
        .header(header::RANGE, format!("0-{}", size.saturating_sub(1)))
        .header("Docker-Upload-UUID", id)
        .header(header::CONTENT_LENGTH, 0)
        .body(empty())
        .expect("a valid response")
}

/// Runs the server until SIGINT or SIGTERM: `ready` is called with the address bound (port 0
/// picks one). On a signal, no new connection is taken, requests in flight are finished (30
/// seconds at most), and uploads left unfinished are discarded.
pub async fn run(
    opts: Options,
    client: crate::client::Client,
    ready: impl FnOnce(SocketAddr, &Options),
) -> Result<()> {
    let tls = match &opts.tls {
        Some((cert, key)) => Some(auth::tls_acceptor(cert, key)?),
        None => None,
    };
    let listener = tokio::net::TcpListener::bind(opts.addr)
        .await
        .map_err(|e| {
            let f = crate::error::Failure::new(
                crate::error::Kind::Other,
                format!("cannot listen on {}: {e}", opts.addr),
            );
            match e.kind() {
                std::io::ErrorKind::AddrInUse => {
                    f.hint("another process listens there: pick another address with `--addr`")
                }
                std::io::ErrorKind::PermissionDenied => {
                    f.hint("ports below 1024 need privileges: pick a higher port with `--addr`")
                }
                _ => f,
            }
        })?;
    let server = Arc::new(Server::new(opts.clone(), client)?);
    ready(listener.local_addr()?, &opts);
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let mut conns = tokio::task::JoinSet::new();
    let stop = crate::signal::interrupted();
    tokio::pin!(stop);
    loop {
        tokio::select! {
            _ = &mut stop => break,
            acc = listener.accept() => {
                let Ok((tcp, _)) = acc else { continue };
                let _ = tcp.set_nodelay(true);
                let server = server.clone();
                let mut stop_rx = stop_rx.clone();
                let tls = tls.clone();
                conns.spawn(async move {
                    let svc = hyper::service::service_fn(move |req| {
                        let s = server.clone();
                        async move { Ok::<_, std::convert::Infallible>(s.handle(req).await) }
                    });
                    match tls {
                        None => {
                            serve_conn(hyper_util::rt::TokioIo::new(tcp), svc, &mut stop_rx).await
                        }
                        Some(acceptor) => {
                            let handshake = tokio::time::timeout(
                                std::time::Duration::from_secs(10),
                                acceptor.accept(tcp),
                            );
                            if let Ok(Ok(stream)) = handshake.await {
                                serve_conn(hyper_util::rt::TokioIo::new(stream), svc, &mut stop_rx)
                                    .await
                            }
                        }
                    }
                });
            }
            Some(_) = conns.join_next(), if !conns.is_empty() => {}
        }
    }
    let _ = stop_tx.send(true);
    let _ = tokio::time::timeout(std::time::Duration::from_secs(30), async {
        while conns.join_next().await.is_some() {}
    })
    .await;
    server.store.discard_uploads();
    Ok(())
}

async fn serve_conn<I, S>(io: I, svc: S, stop: &mut tokio::sync::watch::Receiver<bool>)
where
    I: hyper::rt::Read + hyper::rt::Write + Unpin + Send + 'static,
    S: hyper::service::Service<Request<Incoming>, Response = Response<Body>> + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    // A client that sends its request head slowly is not waited for past 30 seconds.
    let conn = hyper::server::conn::http1::Builder::new()
        .keep_alive(true)
        .timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(std::time::Duration::from_secs(30))
        .serve_connection(io, svc);
    tokio::pin!(conn);
    loop {
        tokio::select! {
            _ = conn.as_mut() => return,
            r = stop.changed() => {
                if r.is_err() || *stop.borrow() {
                    conn.as_mut().graceful_shutdown();
                    let _ = conn.as_mut().await;
                    return;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name_of(path: &str) -> Option<String> {
        match route(path).ok()? {
            Route::Tags(n)
            | Route::Manifest(n, _)
            | Route::Blob(n, _)
            | Route::Uploads(n, _)
            | Route::Referrers(n, _) => Some(n),
            Route::Base | Route::Catalog => Some(String::new()),
        }
    }

    #[test]
    fn paths_split_into_checked_names_and_what_follows() {
        assert!(matches!(route("/v2/"), Ok(Route::Base)));
        assert!(matches!(route("/v2/_catalog"), Ok(Route::Catalog)));
        assert!(
            matches!(route("/v2/a/b/manifests/1.0"), Ok(Route::Manifest(n, r)) if n == "a/b" && r == "1.0")
        );
        // The last fixed part splits: a repository may be called `manifests`.
        assert!(
            matches!(route("/v2/x/manifests/y/manifests/t"), Ok(Route::Manifest(n, r)) if n == "x/manifests/y" && r == "t")
        );
        assert!(matches!(route("/v2/a/blobs/uploads/"), Ok(Route::Uploads(n, None)) if n == "a"));
        assert!(
            matches!(route("/v2/a/blobs/uploads/abc"), Ok(Route::Uploads(n, Some(i))) if n == "a" && i == "abc")
        );
        for bad in [
            "/v2/../x/tags/list",
            "/v2/%2e%2e/tags/list",
            "/v2//x/tags/list",
            "/v2/X/tags/list",
            "/v2/x/blobs/manifests/1",
            "/v2/.uploads/tags/list",
            "/v1/x/tags/list",
            "/v2/x/nothing",
        ] {
            assert_eq!(name_of(bad), None, "{bad}");
        }
        assert_eq!(unescape("sha256%3Aab%2f"), "sha256:ab/");
        assert_eq!(unescape("100%"), "100%");
        assert_eq!(span(Some("bytes=2-5"), 10).unwrap(), Some((2, 5)));
        assert_eq!(span(Some("bytes=-3"), 10).unwrap(), Some((7, 9)));
        assert_eq!(span(Some("bytes=8-"), 10).unwrap(), Some((8, 9)));
        assert!(span(Some("bytes=10-12"), 10).is_err());
        assert!(span(Some("bytes=5-2"), 10).is_err());
    }
}
