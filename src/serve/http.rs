//! The HTTP side of `hoist serve`: the OCI error envelope ([`ApiError`]), response bodies
//! (bytes, files, ranges), content negotiation, bounded request bodies, and the one log line
//! per request written when its response is sent. It answers; it must not decide what a
//! request means (that is the router in [`super`] and the handlers).

use super::*;

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
pub(super) struct Extra {
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

    pub(super) fn header(mut self, name: header::HeaderName, value: impl Into<String>) -> ApiError {
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

    pub(super) fn response(self, head: bool) -> Response<Body> {
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

pub(super) fn full(b: impl Into<Bytes>) -> Body {
    Full::new(b.into())
        .map_err(|never| match never {})
        .boxed_unsync()
}

pub(super) fn empty() -> Body {
    full(Bytes::new())
}

/// A request's log line, written when its response body is done (or dropped): method, path,
/// status, bytes sent, and the time from the request to the last byte.
pub(super) struct LogLine {
    pub(super) method: Method,
    pub(super) path: String,
    pub(super) status: u16,
    pub(super) start: Instant,
    pub(super) json: bool,
}

/// A response body that counts what it sends and logs the request when it is done.
pub(super) struct Logged {
    pub(super) inner: Body,
    pub(super) sent: u64,
    pub(super) ended: bool,
    pub(super) line: Option<LogLine>,
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

pub(super) fn json_response(
    status: StatusCode,
    v: &serde_json::Value,
    head: bool,
) -> Response<Body> {
    let body = serde_json::to_vec(v).unwrap_or_default();
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::CONTENT_LENGTH, body.len())
        .body(if head { empty() } else { full(body) })
        .expect("a valid response")
}

/// Accepts the manifest's media type? An empty `Accept` (or `*/*`) takes anything.
pub(super) fn accepts(req: &Request<Incoming>, media_type: &str) -> bool {
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
pub(super) async fn read_bounded(body: Incoming, limit: u64) -> Result<Bytes, ApiError> {
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
/// Streams a request body into an upload, and writes all of it before the request is
/// answered (so the offset the client is told is on disk). A body cut off midway keeps what
/// arrived: the client asks where the upload stands and resumes. An upload cancelled meanwhile
/// (`DELETE`) ends the request with 404 and its file is removed.
pub(super) async fn receive(
    mut body: Incoming,
    s: &mut store::Session,
    store: &store::Store,
) -> Result<(), ApiError> {
    let unknown = || ApiError::new(404, "BLOB_UPLOAD_UNKNOWN", "the upload was cancelled");
    s.begin();
    while let Some(frame) = body.frame().await {
        if s.cancelled() {
            store.discard(s);
            return Err(unknown());
        }
        let frame = match frame {
            Ok(f) => f,
            Err(e) => {
                // Cut off by the client: keep what arrived for a resume.
                if s.flush().await.is_ok() {
                    s.keep();
                }
                s.close();
                return Err(ApiError::new(400, "BLOB_UPLOAD_INVALID", format!("{e}")));
            }
        };
        if let Ok(data) = frame.into_data()
            && let Err(e) = s.write(&data).await
        {
            s.close();
            return Err(e);
        }
    }
    if s.cancelled() {
        store.discard(s);
        return Err(unknown());
    }
    let r = s.flush().await;
    s.close();
    r
}

/// `Range: bytes=a-b` (one range) against a blob of `size` bytes: the inclusive span.
pub(super) fn range(req: &Request<Incoming>, size: u64) -> Result<Option<(u64, u64)>, ApiError> {
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

/// A committed blob's bytes `[start, start + len)`, mapped a window at a time
/// ([`super::mapped`]).
pub(super) fn file_body(path: PathBuf, start: u64, len: u64) -> Body {
    use futures_util::{StreamExt as _, TryStreamExt as _};
    let s = super::mapped::body(path, start, len)
        .map_ok(hyper::body::Frame::data)
        .boxed();
    http_body_util::BodyExt::boxed_unsync(http_body_util::StreamBody::new(s))
}

pub(super) fn range_of(req: &Request<Incoming>) -> Option<String> {
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

pub(super) fn composed_read_only(name: &str) -> ApiError {
    ApiError::new(
        405,
        "UNSUPPORTED",
        format!("`{name}` is composed on request (`--compose`): it cannot be written"),
    )
}

pub(super) fn unsupported_method() -> ApiError {
    ApiError::new(405, "UNSUPPORTED", "the method is not supported here")
}

pub(super) fn accepted() -> Response<Body> {
    Response::builder()
        .status(StatusCode::ACCEPTED)
        .header(header::CONTENT_LENGTH, 0)
        .body(empty())
        .expect("a valid response")
}

pub(super) fn blob_created(name: &str, d: &Digest) -> Response<Body> {
    Response::builder()
        .status(StatusCode::CREATED)
        .header(header::LOCATION, format!("/v2/{name}/blobs/{d}"))
        .header("Docker-Content-Digest", d.to_string())
        .header(header::CONTENT_LENGTH, 0)
        .body(empty())
        .expect("a valid response")
}

pub(super) fn upload_status(status: StatusCode, name: &str, id: &str, size: u64) -> Response<Body> {
    Response::builder()
        .status(status)
        .header(header::LOCATION, format!("/v2/{name}/blobs/uploads/{id}"))
        .header(header::RANGE, format!("0-{}", size.saturating_sub(1)))
        .header("Docker-Upload-UUID", id)
        .header(header::CONTENT_LENGTH, 0)
        .body(empty())
        .expect("a valid response")
}
