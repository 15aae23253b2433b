//! What a registry's answer means: the OCI error envelope read (bounded in size and time),
//! status codes mapped to errors with exit codes and hints, the one bounded reader for bodies
//! kept in memory, and the scope a repository operation asks for. It reads responses; it
//! must not send requests.

use anyhow::Result;
use bytes::{Bytes, BytesMut};
use futures_util::StreamExt as _;
use reqwest::header::HeaderMap;
use reqwest::{Response, StatusCode};

use crate::auth::Scopes;
use crate::error::{Failure, Kind};
use crate::reference::Reference;

pub(crate) fn repo_scope(r: &Reference, actions: &[&str]) -> Scopes {
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
pub(crate) const MAX_LISTING: u64 = 64 * 1024 * 1024;

/// The one reader for bodies kept in memory (manifests, indexes, listings, tokens): at most
/// `limit` bytes (a larger `Content-Length` is refused before reading, a body that grows past
/// it as soon as it does, with `too_big(n)`), and all of it within `deadline`, so a registry
/// dripping a document a byte at a time cannot hold hoist forever. Blobs are not read here:
/// they stream through [`crate::transfer::BlobReader`], bounded by their descriptor's size and a
/// minimum rate.
pub(crate) async fn read_bounded(
    mut resp: Response,
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
    // The registry's slot (`req_concurrent`) is given back once the body is read.
    let _slot = resp.extensions_mut().remove::<crate::client::Slot>();
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
pub(crate) async fn read_limited_quiet(
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
pub(crate) const ENVELOPE_DEADLINE: std::time::Duration = std::time::Duration::from_secs(10);

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

pub(crate) fn header_str<'a>(h: &'a HeaderMap, k: &str) -> Option<&'a str> {
    h.get(k).and_then(|v| v.to_str().ok())
}

pub(crate) fn content_length(h: &HeaderMap) -> Option<u64> {
    header_str(h, "content-length").and_then(|v| v.parse().ok())
}

/// For a push answered 404: the repository is not there, and this registry does not make
/// repositories on push (Amazon ECR never does).
pub(crate) fn create_first_hint(r: &Reference) -> String {
    format!(
        "the repository `{}` does not exist, and `{}` does not create repositories on push (Amazon ECR never does): create it first (ECR: `aws ecr create-repository --repository-name {}`)",
        r.repository, r.registry, r.repository
    )
}

/// [`failure`] for a read of a tag or manifest. A 404 hints at the repository's tags, or, when
/// the registry says the repository itself is unknown (`NAME_UNKNOWN`), at the registry's
/// repositories.
pub(crate) async fn read_failure(resp: Response, what: &str, r: &Reference) -> anyhow::Error {
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

pub(crate) fn tag_hint(r: &Reference) -> Option<String> {
    r.digest.is_none().then(|| {
        format!(
            "list the repository's tags with `hoist tag ls {}`",
            r.name()
        )
    })
}
