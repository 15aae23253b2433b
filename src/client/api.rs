//! Registry API operations on top of [`Client::send`]: manifests, blobs, uploads, tags, catalog.
//!
//! Each operation states the scope it needs, maps status codes to errors with hints, and
//! verifies what it can: a manifest fetched by digest must hash to that digest; one fetched by
//! tag must agree with `Docker-Content-Digest` when the registry sends it.
//!
//! It must not build requests outside [`Client::send`], nor buffer a blob.

use anyhow::{Context as _, Result};
use bytes::Bytes;
use futures_util::stream::BoxStream;
use reqwest::header::{self, HeaderMap};
use reqwest::{Method, Response, StatusCode};
use serde::Serialize;

pub(crate) use super::envelope::read_bounded;
use super::envelope::*;
pub use super::envelope::{envelope_message, failure};
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
        // A registry that mishandles HEAD (the config's `disable_head`) is asked with a GET.
        if self
            .options()
            .config
            .for_registry(&r.registry)
            .is_some_and(|c| c.disable_head == Some(true))
        {
            let m = self.get_manifest(r).await?;
            return Ok(ManifestHead {
                descriptor: m.descriptor(),
                rate_limit: None,
            });
        }
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
