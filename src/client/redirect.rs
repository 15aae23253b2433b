//! Origins and redirects: the URL of an API path on a host, whether a URL is on the registry's
//! own origin (only those requests carry its credentials), and where a redirect points. Pure
//! functions over URLs: it must not send requests.

use super::*;

/// `host[:port]` of a URL, as registries are named.
pub(crate) fn host_port(u: &reqwest::Url) -> Option<String> {
    let h = u.host_str()?;
    Some(match u.port() {
        Some(p) => format!("{h}:{p}"),
        None => h.to_string(),
    })
}

/// The repository a `/v2/<name>/...` API path names.
pub(super) fn repository_of(path: &str) -> Option<&str> {
    let rest = path.strip_prefix("/v2/")?;
    ["/manifests/", "/blobs/", "/tags/", "/referrers/"]
        .iter()
        .filter_map(|k| rest.find(k))
        .min()
        .map(|i| &rest[..i])
}

/// Redirect hops followed for one request.
pub(super) const MAX_REDIRECTS: u32 = 10;

/// `(scheme, host, port)` of a URL, ports defaulted; `None` when it does not parse.
pub(super) fn origin(url: &str) -> Option<(String, String, u16)> {
    let u = reqwest::Url::parse(url).ok()?;
    Some((
        u.scheme().to_string(),
        u.host_str()?.to_ascii_lowercase(),
        u.port_or_known_default()?,
    ))
}

/// An origin as people write it, for messages.
pub(super) fn origin_text(url: &str) -> String {
    match origin(url) {
        Some((s, h, p)) => format!("{s}://{h}:{p}"),
        None => crate::output::escape(url).into_owned(),
    }
}

/// Where a redirect goes: its `Location` resolved against the URL it answered.
pub(super) fn redirect_target(url: &str, h: &HeaderMap) -> Option<String> {
    let loc = h.get(header::LOCATION)?.to_str().ok()?;
    let base = reqwest::Url::parse(url).ok()?;
    Some(base.join(loc).ok()?.to_string())
}

impl Host {
    /// Whether `url` is on this registry's origin (its current scheme, host and port).
    pub fn is_own_origin(&self, url: &str) -> bool {
        let own = origin(&self.url("/v2/"));
        own.is_some() && origin(url) == own
    }
    /// The URL for a `/v2/...` path, or an absolute URL as given.
    pub fn url(&self, path: &str) -> String {
        if path.starts_with("http://") || path.starts_with("https://") {
            return path.to_string();
        }
        let scheme = *self.scheme.lock().expect("scheme lock");
        format!("{}://{}{}", scheme.as_str(), self.api, path)
    }
}
