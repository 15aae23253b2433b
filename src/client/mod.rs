//! The one registry client every command goes through.
//!
//! Shape: a [`Client`] holds one [`Host`] per registry, created on first use. A host owns its
//! own `reqwest::Client` (TLS settings are per host: CA files, client certs, `--insecure`), the
//! scheme it settled on (loopback registries try HTTPS and fall back to HTTP, as docker treats
//! them as insecure registries), the challenge it last answered, and a token cache keyed by the
//! merged scope set. [`Client::send`] is the single request path: it adds credentials, answers
//! `401` challenges (Basic, or Bearer with scopes, re-authenticating on `insufficient_scope`),
//! retries idempotent requests on connection errors, 429 and 5xx with exponential backoff and
//! jitter (honouring `Retry-After`), and turns transport failures into exit-6 errors with hints.
//!
//! `--timeout` is an idle limit, never a limit on a transfer's length: downloads use reqwest's
//! read timeout (reset by every byte that arrives), while requests with streamed bodies go
//! through a second client without one and are watched by `watch` instead, because reqwest
//! counts its read timeout from the start of an upload to the response.
//!
//! The operations built on it (manifests, blobs, tags, uploads) are in [`api`]. The request
//! path is split by concern: this file holds the loop ([`Client::send`]); [`tls`] builds each
//! host's clients, [`credentials`] answers challenges, [`redirect`] decides which origin a URL
//! is on, [`retry`] decides what is tried again, [`bounds`] limits what a registry may
//! cost in time, and [`pace`] how many requests a registry has open and how fast they start. Nothing outside this module builds a request of its own.

pub mod api;
mod blobs;
mod bounds;
mod credentials;
mod envelope;
mod pace;
mod redirect;
mod retry;
mod tls;

pub use bounds::*;
pub use credentials::*;
pub use pace::Slot;
use redirect::*;
pub use retry::*;
pub use tls::*;

use std::collections::HashMap;
use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use bytes::Bytes;
use reqwest::header::{self, HeaderMap, HeaderValue};
use reqwest::{Method, Response, StatusCode};
use tracing::debug;

use crate::auth::{self, Challenge, CredSource, Credential, Scopes};
use crate::config::{Config, TlsSetting};
use crate::error::Failure;
use crate::reference::api_host;

pub const USER_AGENT: &str = concat!("hoist/", env!("CARGO_PKG_VERSION"));

/// Settings that apply to every host of one invocation.
#[derive(Debug, Clone, Default)]
pub struct ClientOptions {
    /// `--plain-http`: speak HTTP to every registry.
    pub plain_http: bool,
    /// `--insecure`: skip TLS verification, and allow credentials over plain HTTP.
    pub insecure: bool,
    pub ca_file: Option<PathBuf>,
    pub cert_file: Option<PathBuf>,
    pub key_file: Option<PathBuf>,
    /// Credentials given explicitly, by normalised registry name.
    pub creds: HashMap<String, Credential>,
    /// Credentials for any registry not in `creds` (`--creds`).
    pub default_creds: Option<Credential>,
    /// Where explicit credentials came from, by registry (`--dest-creds`, `HOIST_SRC_CREDS`),
    /// and for `default_creds`: named by `-v` and in hints, never their values.
    pub creds_from: HashMap<String, String>,
    pub default_creds_from: Option<String>,
    /// Whether docker/podman credential files and helpers are consulted.
    pub no_credential_stores: bool,
    pub config: Config,
    /// Retries after the first attempt for idempotent requests.
    pub retries: u32,
    /// Base delay of the exponential backoff.
    pub backoff_base: Duration,
    /// How long a registry may keep a request waiting without a byte moving either way
    /// (`--timeout`).
    pub idle_timeout: Duration,
    /// Blob bodies averaging fewer bytes per second than this over `min_rate_window` of
    /// waiting are given up (0: no check). See [`RateGuard`].
    pub min_rate: u64,
    pub min_rate_window: Duration,
    /// The `User-Agent` sent (regsync's `userAgent`); hoist's own when unset.
    pub user_agent: Option<String>,
    /// The largest chunk of a chunked upload (regsync's `blobLimit`); 1 GiB when unset.
    pub blob_chunk_limit: Option<u64>,
    /// A credential helper named for a registry (a sync file's `credHelper`), by normalised
    /// registry name: it is asked before the stores, and again when what it gave is older
    /// than its `max_age` or is refused.
    pub helpers: HashMap<String, HelperConf>,
}

/// A credential helper for one registry (regsync's `credHelper`, `credHost`, `credExpire`).
#[derive(Debug, Clone)]
pub struct HelperConf {
    /// The command run with `get`, as written (`docker-credential-ecr-login`, or a path).
    pub program: String,
    /// What the helper is asked for.
    pub server: String,
    /// How long what it gives is used before it is asked again.
    pub max_age: Duration,
}

impl ClientOptions {
    pub fn new() -> ClientOptions {
        ClientOptions {
            retries: 4,
            backoff_base: Duration::from_millis(200),
            idle_timeout: Duration::from_secs(120),
            min_rate: 1024,
            min_rate_window: Duration::from_secs(30),
            ..Default::default()
        }
    }
}

/// A cheap-to-clone handle; clones share hosts, tokens and credentials.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    opts: ClientOptions,
    hosts: Mutex<HashMap<String, Arc<Host>>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scheme {
    Https,
    Http,
}

impl Scheme {
    fn as_str(self) -> &'static str {
        match self {
            Scheme::Https => "https",
            Scheme::Http => "http",
        }
    }
}

struct Token {
    value: String,
    expires: Instant,
}

/// Per-registry state.
pub struct Host {
    /// The registry's name as users write it (`docker.io`, `localhost:5000`).
    pub registry: String,
    /// The `host[:port]` requests go to.
    pub api: String,
    http: reqwest::Client,
    /// For requests with streamed bodies, built on first use: no read timeout, which reqwest
    /// would count from the first byte of an upload to the response (see [`Client::send`]).
    upload: std::sync::OnceLock<reqwest::Client>,
    settings: HttpSettings,
    scheme: Mutex<Scheme>,
    /// May still fall back from HTTPS to HTTP (loopback with no explicit setting).
    fallback: Mutex<bool>,
    insecure: bool,
    cred: tokio::sync::OnceCell<Option<(Credential, CredSource)>>,
    /// Credentials a helper gave again after the first ones were refused (they expire: ECR's
    /// last 12 hours), and when that was last asked.
    renewed: Mutex<Option<(Credential, CredSource)>>,
    renewed_at: Mutex<Option<Instant>>,
    /// How many times credentials were renewed: a request refused with older ones is sent
    /// again with the new ones.
    renewals: std::sync::atomic::AtomicU64,
    renewing: tokio::sync::Mutex<()>,
    /// When a helper named for this registry (`ClientOptions::helpers`) last gave credentials.
    obtained: Mutex<Option<Instant>>,
    challenge: Mutex<Option<Challenge>>,
    tokens: Mutex<HashMap<Scopes, Token>>,
    token_fetch: tokio::sync::Mutex<()>,
    /// Requests open at once and started per second (`req_concurrent`, `req_per_sec`).
    pace: pace::Pace,
}

/// Marks a response to a request that carried no credentials or token, so an error can say
/// "log in" rather than "the credentials lack permission".
#[derive(Debug, Clone, Copy)]
pub struct Anonymous;

/// A streamed request body.
pub type ByteStream = std::pin::Pin<
    Box<
        dyn futures_util::Stream<Item = Result<Bytes, Box<dyn std::error::Error + Send + Sync>>>
            + Send,
    >,
>;

/// A request body that can be sent again (for retries and auth round trips), or a stream
/// that cannot.
pub enum Body {
    Empty,
    Bytes(Bytes),
    Stream(Option<ByteStream>),
}

/// One registry request. `path` is either `/v2/...` or an absolute URL (upload locations,
/// pagination links).
pub struct Request {
    pub method: Method,
    pub path: String,
    pub scopes: Scopes,
    pub headers: HeaderMap,
    pub body: Body,
    /// Whether it is safe to send again after a connection error or a 5xx.
    pub retry: bool,
}

impl Request {
    pub fn new(method: Method, path: impl Into<String>, scopes: Scopes) -> Request {
        let retry = matches!(
            method,
            Method::GET | Method::HEAD | Method::PUT | Method::DELETE
        );
        Request {
            method,
            path: path.into(),
            scopes,
            headers: HeaderMap::new(),
            body: Body::Empty,
            retry,
        }
    }

    pub fn header(mut self, name: header::HeaderName, value: &str) -> Request {
        if let Ok(v) = HeaderValue::from_str(value) {
            self.headers.insert(name, v);
        }
        self
    }

    pub fn body(mut self, body: Body) -> Request {
        if matches!(body, Body::Stream(_)) {
            self.retry = false;
        }
        self.body = body;
        self
    }
}

impl Client {
    pub fn new(opts: ClientOptions) -> Client {
        Client {
            inner: Arc::new(Inner {
                opts,
                hosts: Mutex::new(HashMap::new()),
            }),
        }
    }

    pub fn options(&self) -> &ClientOptions {
        &self.inner.opts
    }

    /// The host state for a registry, created on first use.
    pub fn host(&self, registry: &str) -> Result<Arc<Host>> {
        let mut hosts = self.inner.hosts.lock().expect("hosts lock");
        if let Some(h) = hosts.get(registry) {
            return Ok(h.clone());
        }
        let h = Arc::new(self.build_host(registry)?);
        hosts.insert(registry.to_string(), h.clone());
        Ok(h)
    }

    /// Sends a request to `registry`, handling auth, fallback and retries.
    pub async fn send(&self, registry: &str, mut req: Request) -> Result<Response> {
        let host = self.host(registry)?;
        let opts = &self.inner.opts;
        let mut attempt: u32 = 0;
        let mut auth_rounds = 0;
        let mut hops = 0;
        loop {
            let url = host.url(&req.path);
            // Credentials and tokens belong to the registry's origin (scheme, host, port):
            // next-page links, upload locations and redirects elsewhere get none.
            let own = host.is_own_origin(&url);
            let streamed = matches!(req.body, Body::Stream(_));
            // The registry's pace (`req_per_sec`, `req_concurrent`) before credentials, so a
            // token is not left to age while the request waits its turn.
            let slot = host.pace.enter(streamed).await;
            let http = if streamed {
                host.upload_client()?
            } else {
                &host.http
            };
            let mut rb = http
                .request(req.method.clone(), &url)
                .headers(req.headers.clone());
            let generation = host.renewals.load(std::sync::atomic::Ordering::SeqCst);
            let authz = if own {
                self.authorization(&host, &req.scopes).await?
            } else {
                None
            };
            if let Some(a) = &authz {
                host.may_send_secret(&url)?;
                rb = rb.header(header::AUTHORIZATION, a);
            }
            let moved = Arc::new(Moved::new());
            rb = match &mut req.body {
                Body::Empty => rb,
                Body::Bytes(b) => rb.body(b.clone()),
                Body::Stream(s) => match s.take() {
                    Some(s) => {
                        let m = moved.clone();
                        rb.body(reqwest::Body::wrap_stream(
                            futures_util::StreamExt::inspect(s, move |_| m.touch()),
                        ))
                    }
                    None => {
                        return Err(Failure::new(
                            crate::error::Kind::Other,
                            "a streamed request body cannot be sent twice",
                        )
                        .into());
                    }
                },
            };
            debug!(method = %req.method, url, attempt, "request");
            let sent = if streamed {
                watch(rb.send(), &moved, opts.idle_timeout).await
            } else {
                rb.send().await.map_err(Some)
            };
            let resp = match sent {
                Ok(r) => r,
                Err(None) => {
                    return Err(Failure::network(format!(
                        "`{}` took no upload bytes and sent no answer for {} s ({url})",
                        host.registry,
                        opts.idle_timeout.as_secs()
                    ))
                    .hint("check the network, or give slow registries longer with `--timeout SECONDS`")
                    .into());
                }
                Err(Some(e)) => {
                    if host.try_fallback(&e) {
                        continue;
                    }
                    if req.retry && attempt < opts.retries && retryable_error(&e) {
                        let wait = backoff(opts.backoff_base, attempt);
                        debug!(error = %e, ?wait, "retrying after connection error");
                        tokio::time::sleep(wait).await;
                        attempt += 1;
                        continue;
                    }
                    return Err(network_failure(&host, &url, e));
                }
            };
            // Once a scheme answered, stop guessing.
            *host.fallback.lock().expect("fallback lock") = false;
            let status = resp.status();
            debug!(%status, url, "response");
            if status.is_redirection()
                && let Some(next) = redirect_target(&url, resp.headers())
            {
                hops += 1;
                if hops > MAX_REDIRECTS || matches!(req.body, Body::Stream(_)) {
                    return Err(Failure::network(format!(
                        "`{}` redirected {} ({})",
                        host.registry,
                        if hops > MAX_REDIRECTS {
                            format!("more than {MAX_REDIRECTS} times")
                        } else {
                            "an upload, which cannot be sent twice".into()
                        },
                        crate::output::escape(&next)
                    ))
                    .hint("the registry or a proxy in front of it is misconfigured")
                    .into());
                }
                debug!(from = url, to = next, "redirect");
                if status == StatusCode::SEE_OTHER && req.method != Method::HEAD {
                    req.method = Method::GET;
                    req.body = Body::Empty;
                }
                req.path = next;
                continue;
            }
            if status == StatusCode::UNAUTHORIZED && !own {
                // Another origin (a storage host, a next page elsewhere) asking for
                // credentials gets none of the registry's.
                let other = origin_text(&url);
                return Err(Failure::auth(format!(
                    "`{other}` asked for credentials while serving `{}`; hoist sends the credentials for `{}` only to `{}`",
                    host.registry,
                    host.registry,
                    origin_text(&host.url("/v2/"))
                ))
                .hint("the registry sent hoist to another host that wants its own login; this is a registry configuration problem")
                .into());
            }
            if status == StatusCode::UNAUTHORIZED {
                let header = resp
                    .headers()
                    .get(header::WWW_AUTHENTICATE)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("")
                    .to_string();
                let challenge = auth::parse_challenge(&header);
                auth_rounds += 1;
                // Credentials a helper gave may have expired in a long run: ask it again.
                if authz.is_some()
                    && auth_rounds <= 2
                    && self.renew_credential(&host, generation).await
                {
                    if matches!(req.body, Body::Stream(None)) {
                        return Err(Failure::new(
                            crate::error::Kind::Other,
                            format!(
                                "`{}` refused the credentials mid-upload; the helper gave new ones, and the upload must be sent again",
                                host.registry
                            ),
                        )
                        .into());
                    }
                    continue;
                }
                if auth_rounds > 2 || challenge.is_none() || matches!(req.body, Body::Stream(None))
                {
                    return Err(self
                        .auth_failure(&host, &req.scopes, resp, authz.is_some())
                        .await);
                }
                match challenge.expect("checked above") {
                    Challenge::Basic => {
                        if authz.is_some() || self.credential(&host).await?.is_none() {
                            return Err(self
                                .auth_failure(&host, &req.scopes, resp, authz.is_some())
                                .await);
                        }
                        *host.challenge.lock().expect("challenge lock") = Some(Challenge::Basic);
                    }
                    Challenge::Bearer {
                        realm,
                        service,
                        scope,
                        error,
                    } => {
                        if let Some(s) = &scope {
                            req.scopes.add(s);
                        }
                        if authz.is_some() && auth_rounds > 1 {
                            if error.as_deref() == Some("insufficient_scope")
                                && matches!(req.method, Method::GET | Method::HEAD)
                                && let Some(repo) = repository_of(&req.path)
                            {
                                return Err(self.no_such_repository(&host, repo).await);
                            }
                            let mut f = self.auth_failure(&host, &req.scopes, resp, true).await;
                            if error.as_deref() == Some("insufficient_scope") {
                                f = f.context(format!("the token does not grant `{}`", req.scopes));
                            }
                            return Err(f);
                        }
                        host.tokens.lock().expect("tokens lock").remove(&req.scopes);
                        *host.challenge.lock().expect("challenge lock") = Some(Challenge::Bearer {
                            realm,
                            service,
                            scope: None,
                            error: None,
                        });
                    }
                }
                continue;
            }
            if req.retry && attempt < opts.retries && retryable_status(status) {
                let wait = retry_after(resp.headers())
                    .unwrap_or_else(|| backoff(opts.backoff_base, attempt));
                debug!(%status, ?wait, "retrying");
                tokio::time::sleep(wait).await;
                attempt += 1;
                continue;
            }
            let mut resp = resp;
            // An anonymous token is no credential: what matters to the user is whether any of
            // theirs was sent.
            if !status.is_success()
                && (authz.is_none() || self.credential(&host).await.ok().flatten().is_none())
            {
                resp.extensions_mut().insert(Anonymous);
            }
            // The registry's slot is given back once the body is read.
            if let Some(slot) = slot {
                resp.extensions_mut().insert(slot);
            }
            return Ok(resp);
        }
    }

    /// `GET /v2/` once, with no credentials and no auth round trip: the status, the API
    /// version header and the challenge, as the registry answers a stranger (`registry probe`).
    pub async fn first_contact(
        &self,
        registry: &str,
    ) -> Result<(StatusCode, Option<String>, Option<String>)> {
        let host = self.host(registry)?;
        loop {
            let url = host.url("/v2/");
            let sent = host.http.get(&url).send().await;
            let resp = match sent {
                Ok(r) => r,
                Err(e) if host.try_fallback(&e) => continue,
                Err(e) => return Err(network_failure(&host, &url, e)),
            };
            *host.fallback.lock().expect("fallback lock") = false;
            let h = resp.headers();
            let get = |k: &str| h.get(k).and_then(|v| v.to_str().ok()).map(str::to_string);
            return Ok((
                resp.status(),
                get("docker-distribution-api-version"),
                get("www-authenticate"),
            ));
        }
    }
}
