//! Request paths read as the distribution API's routes: the repository name (checked against
//! the reference grammar before it becomes a path), what follows it, query values, and paged
//! listings with `Link`. Pure functions: they must not touch storage.

use super::*;

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
    // Any name the grammar allows, `x/blobs` and `sq/index.json` included: storage escapes a
    // layout's own names (see `store`).
    crate::reference::validate_repository(name).map_err(bad)?;
    Ok(())
}

pub(super) fn parse_digest(s: &str) -> Result<Digest, ApiError> {
    s.parse::<Digest>()
        .map_err(|_| ApiError::new(400, "DIGEST_INVALID", format!("`{s}` is not a digest")))
}

pub(super) fn query(req: &Request<Incoming>) -> Vec<(String, String)> {
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

pub(super) fn param<'a>(q: &'a [(String, String)], k: &str) -> Option<&'a str> {
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
pub(super) fn paged(
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
pub(super) fn page(
    all: Vec<String>,
    q: &[(String, String)],
    path: &str,
) -> (Vec<String>, Option<String>) {
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
            "/v2/.uploads/tags/list",
            "/v1/x/tags/list",
            "/v2/x/nothing",
        ] {
            assert_eq!(name_of(bad), None, "{bad}");
        }
        assert_eq!(
            name_of("/v2/x/blobs/manifests/1").as_deref(),
            Some("x/blobs")
        );
        assert_eq!(unescape("sha256%3Aab%2f"), "sha256:ab/");
        assert_eq!(unescape("100%"), "100%");
        assert_eq!(span(Some("bytes=2-5"), 10).unwrap(), Some((2, 5)));
        assert_eq!(span(Some("bytes=-3"), 10).unwrap(), Some((7, 9)));
        assert_eq!(span(Some("bytes=8-"), 10).unwrap(), Some((8, 9)));
        assert!(span(Some("bytes=10-12"), 10).is_err());
        assert!(span(Some("bytes=5-2"), 10).is_err());
    }
}
