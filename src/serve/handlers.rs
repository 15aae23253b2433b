//! The handlers behind the routes: manifests (by tag and digest, content negotiation, the
//! referrers they make), blobs (with ranges, mounts) and uploads (monolithic, chunked,
//! resumable), on top of [`super::store`]. They must not parse paths or write responses'
//! envelopes themselves (that is [`super::routes`] and [`super::http`]).

use super::*;

impl Server {
    pub(super) fn send_manifest(
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
    pub(super) async fn manifest(
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
                let tags: Vec<String> = query(&req)
                    .into_iter()
                    .filter(|(k, _)| k == "tag")
                    .map(|(_, v)| v)
                    .collect();
                let body = read_bounded(req.into_body(), MAX_MANIFEST_SIZE).await?;
                let (m, subject) = self
                    .store
                    .put_manifest(name, reference, &tags, body, ct.as_deref())
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
                if reference.parse::<Digest>().is_ok() {
                    for t in &tags {
                        b = b.header("OCI-Tag", t.as_str());
                    }
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
    pub(super) async fn blob(
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
    pub(super) async fn upload(
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
            if let Some(m) = param(&q, "mount") {
                let d = parse_digest(m)?;
                // Without `from` (the spec's anonymous mount), any repository that holds the
                // blob is a source.
                let from = match param(&q, "from") {
                    Some(f) => {
                        check_name(f)?;
                        Some(f.to_string())
                    }
                    None => self.store.holder_of(&d),
                };
                if let Some(from) = from
                    && self.store.mount(name, &d, &from).await?
                {
                    return Ok(blob_created(name, &d));
                }
            }
            let client = req.extensions().get::<super::upload::ClientAddr>().copied();
            let id = self.store.start_upload(name, client)?;
            let s = self.store.session(name, &id)?;
            if let Some(want) = param(&q, "digest") {
                // Monolithic: the whole blob in the POST.
                let want = parse_digest(want)?;
                let mut g = s.lock().await;
                if let Err(e) = receive(req.into_body(), &mut g, &self.store).await {
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
                chunk_starts_at_the_end(&req, &g, name, id)?;
                receive(req.into_body(), &mut g, &self.store).await?;
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
                // A closing chunk that skips ahead is refused like a PATCH that does (416),
                // and the upload stays as it was.
                chunk_starts_at_the_end(&req, &g, name, id)?;
                receive(req.into_body(), &mut g, &self.store).await?;
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

/// A chunk's `Content-Range` must start where the upload ends (else 416 with the upload's
/// `Range`, as distribution answers); a chunk without one is appended.
fn chunk_starts_at_the_end(
    req: &Request<Incoming>,
    g: &store::Session,
    name: &str,
    id: &str,
) -> Result<(), ApiError> {
    let Some(cr) = req
        .headers()
        .get(header::CONTENT_RANGE)
        .and_then(|v| v.to_str().ok())
    else {
        return Ok(());
    };
    let start = cr
        .trim_start_matches("bytes")
        .trim()
        .trim_start_matches('=')
        .split('-')
        .next()
        .and_then(|x| x.trim().parse::<u64>().ok());
    if start == Some(g.size()) {
        return Ok(());
    }
    Err(ApiError::new(
        416,
        "BLOB_UPLOAD_INVALID",
        format!(
            "the chunk starts at `{cr}`; the upload holds {} bytes",
            g.size()
        ),
    )
    .header(header::RANGE, format!("0-{}", g.size().saturating_sub(1)))
    .header(header::LOCATION, format!("/v2/{name}/blobs/uploads/{id}")))
}
