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
//! The operations built on it (manifests, blobs, tags, uploads) are in [`api`].

pub mod api;

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

/// The most a token service's answer may hold (tokens are a few kilobytes).
const MAX_TOKEN_RESPONSE: u64 = 1024 * 1024;

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
    challenge: Mutex<Option<Challenge>>,
    tokens: Mutex<HashMap<Scopes, Token>>,
    token_fetch: tokio::sync::Mutex<()>,
}

/// Marks a response to a request that carried no credentials or token, so an error can say
/// "log in" rather than "the credentials lack permission".
#[derive(Debug, Clone, Copy)]
pub struct Anonymous;

/// What a host's HTTP clients are built from.
#[derive(Clone)]
struct HttpSettings {
    system_roots: bool,
    insecure: bool,
    roots: Vec<reqwest::Certificate>,
    identity: Option<reqwest::Identity>,
    idle: Duration,
}

impl HttpSettings {
    fn build(&self, read_timeout: bool) -> Result<reqwest::Client> {
        let mut b = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .tls_built_in_root_certs(self.system_roots)
            .connect_timeout(self.idle.min(Duration::from_secs(30)))
            .pool_idle_timeout(Duration::from_secs(60))
            // Redirects are followed by `Client::send`, which decides per hop whether the
            // origin may see credentials.
            .redirect(reqwest::redirect::Policy::none())
            .danger_accept_invalid_certs(self.insecure);
        if read_timeout {
            b = b.read_timeout(self.idle);
        } else {
            // Without a read timeout, a peer that stops acknowledging what was sent is noticed
            // by TCP itself.
            #[cfg(any(target_os = "linux", target_os = "android"))]
            {
                b = b.tcp_user_timeout(self.idle);
            }
        }
        for c in &self.roots {
            b = b.add_root_certificate(c.clone());
        }
        if let Some(id) = &self.identity {
            b = b.identity(id.clone());
        }
        b.build().context("building the HTTP client")
    }
}

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

/// When a streamed request body last handed a chunk to the connection.
struct Moved {
    start: Instant,
    /// Milliseconds after `start`.
    last: std::sync::atomic::AtomicU64,
}

impl Moved {
    fn new() -> Moved {
        Moved {
            start: Instant::now(),
            last: std::sync::atomic::AtomicU64::new(0),
        }
    }

    fn touch(&self) {
        let ms = self.start.elapsed().as_millis() as u64;
        self.last.store(ms, std::sync::atomic::Ordering::Relaxed);
    }

    fn idle_since(&self) -> Instant {
        self.start + Duration::from_millis(self.last.load(std::sync::atomic::Ordering::Relaxed))
    }
}

/// Awaits a request whose body streams, failing (`Err(None)`) once `idle` passes with no chunk
/// of the body taken and no response. reqwest's read timeout cannot do this: it runs from the
/// start of the request to the response, so it would cut off any upload that takes longer
/// than the timeout, however steadily it moves.
async fn watch<T>(
    send: impl std::future::Future<Output = reqwest::Result<T>>,
    moved: &Moved,
    idle: Duration,
) -> std::result::Result<T, Option<reqwest::Error>> {
    tokio::pin!(send);
    loop {
        let deadline = moved.idle_since() + idle;
        tokio::select! {
            r = &mut send => return r.map_err(Some),
            _ = tokio::time::sleep_until(deadline.into()) => {
                if moved.idle_since() + idle <= Instant::now() {
                    return Err(None);
                }
            }
        }
    }
}

impl Host {
    fn upload_client(&self) -> Result<&reqwest::Client> {
        if let Some(c) = self.upload.get() {
            return Ok(c);
        }
        let c = self.settings.build(false)?;
        Ok(self.upload.get_or_init(|| c))
    }
}

/// Whether a registry host is on this machine (docker treats these as insecure registries).
pub fn is_loopback(api: &str) -> bool {
    let host = if let Some(rest) = api.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        api.rsplit_once(':').map(|(h, _)| h).unwrap_or(api)
    };
    host == "localhost"
        || host.ends_with(".localhost")
        || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
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

    fn build_host(&self, registry: &str) -> Result<Host> {
        let opts = &self.inner.opts;
        let api = api_host(registry).to_string();
        let loopback = is_loopback(&api);
        let rc = opts
            .config
            .for_registry(registry)
            .cloned()
            .unwrap_or_default();
        let setting = if opts.plain_http {
            Some(TlsSetting::Disabled)
        } else if opts.insecure {
            Some(TlsSetting::Insecure)
        } else {
            rc.tls
        };
        let insecure = opts.insecure || setting == Some(TlsSetting::Insecure);
        let scheme = if setting == Some(TlsSetting::Disabled) {
            Scheme::Http
        } else {
            Scheme::Https
        };
        let fallback = loopback && setting.is_none();

        // Loading the system's roots costs milliseconds (every file in /etc/ssl/certs), and no
        // public CA issues certificates for loopback names or is needed for plain HTTP: those
        // hosts trust only the CAs given explicitly.
        let system_roots = !loopback && scheme == Scheme::Https;
        let mut settings = HttpSettings {
            system_roots,
            insecure,
            roots: Vec::new(),
            identity: None,
            idle: opts.idle_timeout,
        };
        let mut cas: Vec<PathBuf> = Vec::new();
        cas.extend(opts.ca_file.clone());
        cas.extend(rc.ca_file.clone());
        let mut cert = opts
            .cert_file
            .clone()
            .zip(opts.key_file.clone())
            .or_else(|| rc.cert_file.clone().zip(rc.key_file.clone()));
        for dir in certs_dirs(registry, &api) {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            let mut names: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
            names.sort();
            for p in names {
                match p.extension().and_then(|e| e.to_str()) {
                    Some("crt") => cas.push(p),
                    Some("cert") if cert.is_none() => {
                        let key = p.with_extension("key");
                        if key.exists() {
                            cert = Some((p, key));
                        }
                    }
                    _ => {}
                }
            }
        }
        for ca in &cas {
            let pem =
                std::fs::read(ca).with_context(|| format!("reading CA file `{}`", ca.display()))?;
            let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| {
                Failure::usage(format!(
                    "CA file `{}` is not PEM certificates: {e}",
                    ca.display()
                ))
            })?;
            settings.roots.extend(certs);
        }
        if let Some((c, k)) = &cert {
            let mut pem = std::fs::read(c).with_context(|| format!("reading `{}`", c.display()))?;
            pem.push(b'\n');
            pem.extend(std::fs::read(k).with_context(|| format!("reading `{}`", k.display()))?);
            let id = reqwest::Identity::from_pem(&pem).map_err(|e| {
                Failure::usage(format!(
                    "client certificate `{}` / key `{}` cannot be used: {e}",
                    c.display(),
                    k.display()
                ))
            })?;
            settings.identity = Some(id);
        }
        let http = settings.build(true)?;
        debug!(
            registry,
            api,
            ?scheme,
            fallback,
            insecure,
            "new registry host"
        );
        Ok(Host {
            registry: registry.to_string(),
            api,
            http,
            upload: std::sync::OnceLock::new(),
            settings,
            scheme: Mutex::new(scheme),
            fallback: Mutex::new(fallback),
            insecure,
            cred: tokio::sync::OnceCell::new(),
            renewed: Mutex::new(None),
            renewed_at: Mutex::new(None),
            renewals: std::sync::atomic::AtomicU64::new(0),
            renewing: tokio::sync::Mutex::new(()),
            challenge: Mutex::new(None),
            tokens: Mutex::new(HashMap::new()),
            token_fetch: tokio::sync::Mutex::new(()),
        })
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

    /// The credential for a host: the command line's, else the stores' (looked up once).
    pub async fn credential(&self, host: &Host) -> Result<Option<Credential>> {
        if let Some((c, _)) = host.renewed.lock().expect("renewed lock").as_ref() {
            return Ok(Some(c.clone()));
        }
        let opts = &self.inner.opts;
        let found = host
            .cred
            .get_or_try_init(|| async {
                let explicit = match opts.creds.get(&host.registry) {
                    Some(c) => Some((c, opts.creds_from.get(&host.registry))),
                    None => opts
                        .default_creds
                        .as_ref()
                        .map(|c| (c, opts.default_creds_from.as_ref())),
                };
                if let Some((c, from)) = explicit {
                    let src = CredSource::CommandLine(
                        from.cloned().unwrap_or_else(|| "--creds".to_string()),
                    );
                    debug!(registry = host.registry, source = %src, "using credentials");
                    return Ok::<_, anyhow::Error>(Some((c.clone(), src)));
                }
                if opts.no_credential_stores {
                    return Ok(None);
                }
                let reg = host.registry.clone();
                let found = tokio::task::spawn_blocking(move || auth::store::lookup(&reg))
                    .await
                    .context("credential lookup")??;
                if let Some((_, src)) = &found {
                    debug!(registry = host.registry, source = %src, "using stored credentials");
                }
                Ok(found)
            })
            .await?;
        Ok(found.as_ref().map(|(c, _)| c.clone()))
    }

    /// After the registry refused credentials a helper gave: asks the helper again (at most
    /// once a minute), and uses what it gives if it is something new. Long runs outlive
    /// short-lived credentials (ECR's last 12 hours); docker asks its helpers on every pull.
    async fn renew_credential(&self, host: &Host, generation: u64) -> bool {
        // One renewal at a time; requests refused with the old credentials use the new ones.
        let _one = host.renewing.lock().await;
        if host.renewals.load(std::sync::atomic::Ordering::SeqCst) > generation {
            return true;
        }
        let from_helper = host
            .renewed
            .lock()
            .expect("renewed lock")
            .as_ref()
            .map(|(_, s)| s.clone())
            .or_else(|| {
                host.cred
                    .get()
                    .and_then(|c| c.as_ref())
                    .map(|(_, s)| s.clone())
            });
        if !matches!(from_helper, Some(CredSource::Helper(_))) {
            return false;
        }
        {
            let mut at = host.renewed_at.lock().expect("renewed lock");
            if at.is_some_and(|t| t.elapsed() < Duration::from_secs(60)) {
                return false;
            }
            *at = Some(Instant::now());
        }
        let current = self.credential(host).await.ok().flatten();
        let reg = host.registry.clone();
        let Ok(Ok(Some((fresh, src)))) =
            tokio::task::spawn_blocking(move || auth::store::lookup(&reg)).await
        else {
            return false;
        };
        let same = current.as_ref().is_some_and(|c| {
            c.username == fresh.username
                && c.password.expose() == fresh.password.expose()
                && c.identity_token.as_ref().map(|t| t.expose().to_string())
                    == fresh
                        .identity_token
                        .as_ref()
                        .map(|t| t.expose().to_string())
        });
        if same {
            return false;
        }
        debug!(registry = host.registry, source = %src, "the helper gave new credentials");
        *host.renewed.lock().expect("renewed lock") = Some((fresh, src));
        host.tokens.lock().expect("tokens lock").clear();
        host.renewals
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        true
    }

    fn cred_source(host: &Host) -> Option<String> {
        host.cred
            .get()
            .and_then(|c| c.as_ref())
            .map(|(_, s)| s.to_string())
    }

    async fn authorization(&self, host: &Host, scopes: &Scopes) -> Result<Option<String>> {
        let challenge = host.challenge.lock().expect("challenge lock").clone();
        match challenge {
            None => Ok(None),
            Some(Challenge::Basic) => Ok(self.credential(host).await?.map(|c| c.basic_header())),
            Some(Challenge::Bearer { realm, service, .. }) => {
                let generation = host.renewals.load(std::sync::atomic::Ordering::SeqCst);
                let token = match self.token(host, &realm, service.as_deref(), scopes).await {
                    Ok(t) => t,
                    // A token service refusing credentials a helper gave (expired in a long
                    // run): ask the helper again, once.
                    Err(e)
                        if crate::error::kind_of(&e) == crate::error::Kind::Auth
                            && self.renew_credential(host, generation).await =>
                    {
                        self.token(host, &realm, service.as_deref(), scopes).await?
                    }
                    Err(e) => return Err(e),
                };
                Ok(Some(format!("Bearer {token}")))
            }
        }
    }

    /// A bearer token for `scopes`, from the cache or the token service.
    async fn token(
        &self,
        host: &Host,
        realm: &str,
        service: Option<&str>,
        scopes: &Scopes,
    ) -> Result<String> {
        if let Some(t) = host.cached_token(scopes) {
            return Ok(t);
        }
        let _guard = host.token_fetch.lock().await;
        if let Some(t) = host.cached_token(scopes) {
            return Ok(t);
        }
        let cred = self.credential(host).await?;
        if cred.is_some() {
            host.may_send_secret(realm)?;
        }
        let scope_list = scopes.to_vec();
        let realm_err = |what: String| {
            Failure::auth(format!(
                "token service `{realm}` for `{}` {what}",
                host.registry
            ))
        };
        let send = |rb: reqwest::RequestBuilder| async move {
            rb.send().await.map_err(|e| network_failure(host, realm, e))
        };
        let resp = match &cred {
            Some(c) if c.identity_token.is_some() => {
                let mut form: Vec<(&str, &str)> = vec![
                    ("grant_type", "refresh_token"),
                    ("client_id", "hoist"),
                    (
                        "refresh_token",
                        c.identity_token.as_ref().expect("checked").expose(),
                    ),
                ];
                let joined = scope_list.join(" ");
                if let Some(s) = service {
                    form.push(("service", s));
                }
                if !joined.is_empty() {
                    form.push(("scope", &joined));
                }
                send(host.http.post(realm).form(&form)).await?
            }
            _ => {
                let mut q: Vec<(&str, &str)> = Vec::new();
                if let Some(s) = service {
                    q.push(("service", s));
                }
                for s in &scope_list {
                    q.push(("scope", s));
                }
                if let Some(c) = &cred {
                    q.push(("account", &c.username));
                }
                let mut rb = host.http.get(realm).query(&q);
                if let Some(c) = &cred {
                    rb = rb.header(header::AUTHORIZATION, c.basic_header());
                }
                let resp = send(rb).await?;
                // Some OAuth2-only token services refuse GET; the password grant is their way.
                match (&cred, resp.status()) {
                    (Some(c), StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED) => {
                        let joined = scope_list.join(" ");
                        let mut form: Vec<(&str, &str)> = vec![
                            ("grant_type", "password"),
                            ("client_id", "hoist"),
                            ("username", &c.username),
                            ("password", c.password.expose()),
                        ];
                        if let Some(s) = service {
                            form.push(("service", s));
                        }
                        if !joined.is_empty() {
                            form.push(("scope", &joined));
                        }
                        send(host.http.post(realm).form(&form)).await?
                    }
                    _ => resp,
                }
            }
        };
        let status = resp.status();
        if status == StatusCode::UNAUTHORIZED || status == StatusCode::FORBIDDEN {
            let f = match &cred {
                Some(c) => realm_err(format!(
                    "rejected the credentials{}",
                    if c.username.is_empty() {
                        String::new()
                    } else {
                        format!(" for user `{}`", c.username)
                    }
                ))
                .hint(wrong_creds_hint(&host.registry, Self::cred_source(host))),
                None => {
                    realm_err("refused anonymous access".into()).hint(login_hint(&host.registry))
                }
            };
            return Err(f.into());
        }
        if !status.is_success() {
            return Err(realm_err(format!("answered {status}")).into());
        }
        #[derive(serde::Deserialize)]
        struct TokenResponse {
            #[serde(default)]
            token: Option<String>,
            #[serde(default)]
            access_token: Option<String>,
            #[serde(default)]
            expires_in: Option<u64>,
        }
        let body = api::read_bounded(resp, MAX_TOKEN_RESPONSE, self.deadline(), |n| {
            realm_err(format!(
                "answered {n} bytes or more, over the {MAX_TOKEN_RESPONSE}-byte limit for a token"
            ))
        })
        .await
        .with_context(|| format!("reading the token from `{}`", crate::output::escape(realm)))?;
        let tr: TokenResponse = serde_json::from_slice(&body)
            .map_err(|_| realm_err("answered something that is not a token".into()))?;
        let value = tr
            .token
            .filter(|t| !t.is_empty())
            .or(tr.access_token)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| realm_err("answered without a token".into()))?;
        // docker's minimum lifetime is 60s; refresh a little early. A lifetime past a day is
        // taken as a day (input decides nothing about arithmetic bounds).
        let life = tr.expires_in.unwrap_or(60).clamp(60, 86_400);
        host.tokens.lock().expect("tokens lock").insert(
            scopes.clone(),
            Token {
                value: value.clone(),
                expires: Instant::now() + Duration::from_secs(life - 5),
            },
        );
        debug!(registry = host.registry, scopes = %scopes, life, "got token");
        Ok(value)
    }

    /// A token without the scope asked for: Docker Hub (and registries like it) answers so
    /// for a repository that does not exist as for one the user may not read, and does not
    /// say which. Say both, as docker does.
    async fn no_such_repository(&self, host: &Host, repo: &str) -> anyhow::Error {
        let cred = self.credential(host).await.ok().flatten();
        let name = if host.registry == crate::reference::DOCKER_HUB {
            repo.strip_prefix("library/").unwrap_or(repo).to_string()
        } else {
            format!("{}/{repo}", host.registry)
        };
        let (what, hint) = match &cred {
            Some(c) if !c.username.is_empty() => (
                format!(
                    "repository `{name}` does not exist, or user `{}` may not access it",
                    c.username
                ),
                format!("check the name, and that `{}` has access to it", c.username),
            ),
            Some(_) => (
                format!(
                    "repository `{name}` does not exist, or these credentials may not access it"
                ),
                "check the name, and the token's access".to_string(),
            ),
            None => (
                format!("repository `{name}` does not exist, or needs a login"),
                format!(
                    "check the name; if it is private, {}",
                    login_hint(&host.registry)
                ),
            ),
        };
        Failure::auth(format!(
            "{what} (`{}` denied the token's scope)",
            host.registry
        ))
        .hint(hint)
        .into()
    }

    async fn auth_failure(
        &self,
        host: &Host,
        scopes: &Scopes,
        resp: Response,
        had_auth: bool,
    ) -> anyhow::Error {
        let status = resp.status();
        let detail = api::envelope_message(resp).await;
        let cred = self.credential(host).await.ok().flatten();
        let what = match (&cred, had_auth) {
            (Some(c), true) if !c.username.is_empty() => format!(
                "`{}` rejected the credentials for user `{}` ({status})",
                host.registry, c.username
            ),
            (Some(_), true) => format!("`{}` rejected the credentials ({status})", host.registry),
            _ => format!("`{}` requires authentication ({status})", host.registry),
        };
        // `UNAUTHORIZED: authentication required` only repeats the status.
        let detail = detail.filter(|d| !d.starts_with("UNAUTHORIZED"));
        let mut f = Failure::auth(match detail {
            Some(d) => format!("{what}: {d}"),
            None => what,
        });
        // Scopes are a token matter; a Basic registry has none to lack.
        let bearer = matches!(
            *host.challenge.lock().expect("challenge lock"),
            Some(Challenge::Bearer { .. })
        );
        if bearer && !scopes.is_empty() {
            f = f.hint(format!("the request needed `{scopes}`"));
        }
        f = match cred {
            Some(_) => f.hint(wrong_creds_hint(&host.registry, Self::cred_source(host))),
            None => f.hint(login_hint(&host.registry)),
        };
        f.into()
    }
}

/// `host[:port]` of a URL, as registries are named.
pub(crate) fn host_port(u: &reqwest::Url) -> Option<String> {
    let h = u.host_str()?;
    Some(match u.port() {
        Some(p) => format!("{h}:{p}"),
        None => h.to_string(),
    })
}

/// The repository a `/v2/<name>/...` API path names.
fn repository_of(path: &str) -> Option<&str> {
    let rest = path.strip_prefix("/v2/")?;
    ["/manifests/", "/blobs/", "/tags/", "/referrers/"]
        .iter()
        .filter_map(|k| rest.find(k))
        .min()
        .map(|i| &rest[..i])
}

/// The flag that gives credentials for each registry, where it is not `--creds` (`copy`'s
/// `--src-creds` and `--dest-creds`), so a hint names the flag for the side that failed.
static CREDS_FLAGS: std::sync::Mutex<Vec<(String, &'static str)>> =
    std::sync::Mutex::new(Vec::new());

/// Names the flag that gives `registry`'s credentials in this run (for hints).
pub fn set_creds_flag(registry: &str, flag: &'static str) {
    let mut m = CREDS_FLAGS.lock().unwrap_or_else(|p| p.into_inner());
    m.retain(|(r, _)| r != registry);
    m.push((registry.to_string(), flag));
}

fn creds_flag(registry: &str) -> &'static str {
    CREDS_FLAGS
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .iter()
        .find(|(r, _)| r == registry)
        .map(|(_, f)| *f)
        .unwrap_or("--creds")
}

pub(crate) fn login_hint(registry: &str) -> String {
    format!(
        "log in with `hoist login {registry}`, or pass `{} USER:PASSWORD`",
        creds_flag(registry)
    )
}

fn wrong_creds_hint(registry: &str, source: Option<String>) -> String {
    match source {
        Some(s) => format!(
            "the credentials came from {s}; check them, or log in again with `hoist login {registry}`"
        ),
        None => format!(
            "check the credentials (`{}`), or log in again with `hoist login {registry}`",
            creds_flag(registry)
        ),
    }
}

/// Redirect hops followed for one request.
const MAX_REDIRECTS: u32 = 10;

/// `(scheme, host, port)` of a URL, ports defaulted; `None` when it does not parse.
fn origin(url: &str) -> Option<(String, String, u16)> {
    let u = reqwest::Url::parse(url).ok()?;
    Some((
        u.scheme().to_string(),
        u.host_str()?.to_ascii_lowercase(),
        u.port_or_known_default()?,
    ))
}

/// An origin as people write it, for messages.
fn origin_text(url: &str) -> String {
    match origin(url) {
        Some((s, h, p)) => format!("{s}://{h}:{p}"),
        None => crate::output::escape(url).into_owned(),
    }
}

/// Where a redirect goes: its `Location` resolved against the URL it answered.
fn redirect_target(url: &str, h: &HeaderMap) -> Option<String> {
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

    fn cached_token(&self, scopes: &Scopes) -> Option<String> {
        let tokens = self.tokens.lock().expect("tokens lock");
        tokens
            .get(scopes)
            .filter(|t| t.expires > Instant::now())
            .map(|t| t.value.clone())
    }

    /// Refuses to put a secret on plain HTTP to another machine.
    fn may_send_secret(&self, url: &str) -> Result<()> {
        if !url.starts_with("http://") || self.insecure {
            return Ok(());
        }
        let host = url["http://".len()..].split('/').next().unwrap_or("");
        if is_loopback(host) {
            return Ok(());
        }
        Err(Failure::auth(format!(
            "refusing to send credentials for `{}` over plain HTTP to `{host}`",
            self.registry
        ))
        .hint("use HTTPS, or pass `--insecure` if this network is trusted")
        .into())
    }

    /// On a loopback registry, a failed HTTPS connection that is not a certificate problem
    /// means the registry speaks plain HTTP: switch for good and let the caller resend.
    fn try_fallback(&self, e: &reqwest::Error) -> bool {
        let mut fallback = self.fallback.lock().expect("fallback lock");
        let mut scheme = self.scheme.lock().expect("scheme lock");
        // A request sent over HTTPS before a concurrent one switched the host to plain HTTP:
        // resend it at once (not after a retry's backoff).
        if *scheme == Scheme::Http
            && e.is_connect()
            && e.url().is_some_and(|u| {
                u.scheme() == "https" && host_port(u).as_deref() == Some(&self.api)
            })
        {
            return true;
        }
        if !*fallback || *scheme != Scheme::Https || !e.is_connect() {
            return false;
        }
        let text = error_text(e);
        if text.contains("certificate") || text.contains("connection refused") {
            return false;
        }
        debug!(
            registry = self.registry,
            "HTTPS failed on a loopback registry; using plain HTTP"
        );
        *scheme = Scheme::Http;
        *fallback = false;
        true
    }
}

/// Directories with per-registry certificates, docker style (`<dir>/<host>/ca.crt`,
/// `client.cert` + `client.key`). `$HOIST_CERTS_DIR` replaces the system locations.
fn certs_dirs(registry: &str, api: &str) -> Vec<PathBuf> {
    let roots: Vec<PathBuf> = match std::env::var_os("HOIST_CERTS_DIR").filter(|d| !d.is_empty()) {
        Some(d) => std::env::split_paths(&d).collect(),
        None => vec![
            PathBuf::from("/etc/docker/certs.d"),
            PathBuf::from("/etc/containers/certs.d"),
        ],
    };
    let mut out = Vec::new();
    for root in roots {
        out.push(root.join(registry));
        if api != registry {
            out.push(root.join(api));
        }
    }
    out
}

/// The whole source chain of an error, lowercased, for classifying transport failures.
fn error_text(e: &(dyn std::error::Error + 'static)) -> String {
    let mut s = String::new();
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(c) = cur {
        s.push_str(&c.to_string().to_ascii_lowercase());
        s.push_str(": ");
        cur = c.source();
    }
    s
}

fn retryable_error(e: &reqwest::Error) -> bool {
    if e.is_connect() {
        let t = error_text(e);
        // A bad certificate or an unknown host will not fix itself in a second; a refused
        // connection may (a registry restarting), so that is retried like a 503.
        return !(t.contains("certificate") || t.contains("dns error"));
    }
    e.is_timeout() || e.is_request() || e.is_body()
}

fn retryable_status(s: StatusCode) -> bool {
    matches!(s.as_u16(), 429 | 500 | 502 | 503 | 504)
}

/// `Retry-After` in seconds (capped at a minute); HTTP dates are treated as "soon".
/// How long `Retry-After` asks to wait: seconds, or an HTTP date (a date in the past, or one
/// that cannot be read, means one second). Capped at a minute.
fn retry_after(h: &HeaderMap) -> Option<Duration> {
    let v = h.get(header::RETRY_AFTER)?.to_str().ok()?.trim();
    let secs = match v.parse::<u64>() {
        Ok(n) => n,
        Err(_) => http_date(v)
            .and_then(|at| at.duration_since(std::time::SystemTime::now()).ok())
            .map(|d| d.as_secs_f64().ceil() as u64)
            .unwrap_or(1),
    };
    Some(Duration::from_secs(secs.min(60)))
}

/// An IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the HTTP date form servers send.
fn http_date(v: &str) -> Option<std::time::SystemTime> {
    let mut f = v.split_whitespace();
    let (_weekday, day, month, year, time, zone) = (
        f.next()?,
        f.next()?,
        f.next()?,
        f.next()?,
        f.next()?,
        f.next()?,
    );
    if zone != "GMT" || f.next().is_some() {
        return None;
    }
    let day: i64 = day.parse().ok()?;
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .iter()
    .position(|m| *m == month)? as i64
        + 1;
    let year: i64 = year.parse().ok()?;
    let mut hms = time.split(':').map(|p| p.parse::<i64>().ok());
    let (h, m, sec) = (hms.next()??, hms.next()??, hms.next()??);
    if !(1..=31).contains(&day) || h > 23 || m > 59 || sec > 60 {
        return None;
    }
    // Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let secs = days * 86_400 + h * 3600 + m * 60 + sec;
    Some(std::time::UNIX_EPOCH + Duration::from_secs(u64::try_from(secs).ok()?))
}

/// Exponential backoff with jitter: base·2^attempt, scaled by a random factor in [0.5, 1].
pub fn backoff(base: Duration, attempt: u32) -> Duration {
    use std::hash::{BuildHasher, Hasher};
    let exp = base
        .saturating_mul(1u32 << attempt.min(6))
        .min(Duration::from_secs(10));
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u32(attempt);
    let r = (h.finish() % 1000) as f64 / 1000.0;
    exp.mul_f64(0.5 + r / 2.0)
}

/// Turns a transport error into an exit-6 failure that says what to try.
pub fn network_failure(host: &Host, url: &str, e: reqwest::Error) -> anyhow::Error {
    let text = error_text(&e);
    let mut f = Failure::network(format!("cannot reach `{}` ({url})", host.registry));
    if text.contains("certificate") || text.contains("unknownissuer") {
        f.message = format!("TLS verification failed for `{}` ({url})", host.registry);
        f = f.hint(format!(
            "trust the registry's CA with `--ca-file CA.pem` (or `/etc/docker/certs.d/{}/ca.crt`), or skip verification with `--insecure`",
            host.api
        ));
    } else if text.contains("invalidcontenttype")
        || text.contains("corrupt message")
        || text.contains("wrong version number")
    {
        f.message = format!("`{}` does not speak HTTPS ({url})", host.registry);
        f = f.hint("if the registry serves plain HTTP, pass `--plain-http` or set `tls = \"disabled\"` for it in hoist's config file");
    } else if text.contains("connection refused") {
        f = f.hint(
            "nothing is listening there: check the host and port, and that the registry is running",
        );
    } else if text.contains("dns error") || text.contains("failed to lookup") {
        f = f.hint("the host name does not resolve: check the spelling of the registry");
    } else if e.is_timeout() {
        f = f.hint("the registry did not answer in time; check the network or proxy settings, or give it longer with `--timeout SECONDS`");
    }
    f.with_source(e).into()
}

/// A body that must keep a minimum average rate: the idle limit alone is reset by every byte,
/// so a registry dripping a byte a second would hold a download for days. Only the time spent
/// waiting for the network counts (from the moment the body has nothing ready until it has),
/// so a slow consumer (a destination registry, a disk) never trips it.
pub struct RateGuard<S> {
    inner: S,
    min_rate: u64,
    window: Duration,
    waited: Duration,
    bytes: u64,
    pending_since: Option<Instant>,
    registry: String,
    done: bool,
}

impl<S> RateGuard<S> {
    pub fn new(inner: S, min_rate: u64, window: Duration, registry: &str) -> RateGuard<S> {
        RateGuard {
            inner,
            min_rate,
            window,
            waited: Duration::ZERO,
            bytes: 0,
            pending_since: None,
            registry: registry.to_string(),
            done: false,
        }
    }
}

impl<S> futures_util::Stream for RateGuard<S>
where
    S: futures_util::Stream<Item = Result<Bytes>> + Unpin,
{
    type Item = Result<Bytes>;

    fn poll_next(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        use std::task::Poll;
        if self.done {
            return Poll::Ready(None);
        }
        let polled = std::pin::Pin::new(&mut self.inner).poll_next(cx);
        let item = match polled {
            Poll::Pending => {
                if self.pending_since.is_none() {
                    self.pending_since = Some(Instant::now());
                }
                return Poll::Pending;
            }
            Poll::Ready(item) => item,
        };
        if let Some(t) = self.pending_since.take() {
            self.waited += t.elapsed();
        }
        if let Some(Ok(b)) = &item {
            self.bytes = self.bytes.saturating_add(b.len() as u64);
        }
        if self.min_rate > 0 && self.waited >= self.window {
            let need = self.min_rate.saturating_mul(self.window.as_secs().max(1));
            if self.bytes < need {
                self.done = true;
                let f = Failure::network(format!(
                    "`{}` sent {} bytes in {} s, below the minimum of {} bytes/s",
                    self.registry,
                    self.bytes,
                    self.waited.as_secs(),
                    self.min_rate
                ))
                .hint("the registry or the network is too slow; lower the floor with `--min-rate BYTES` or `--min-rate-window SECONDS` (`--min-rate 0` turns it off)");
                return Poll::Ready(Some(Err(RateTooLow(f).into())));
            }
            self.waited = Duration::ZERO;
            self.bytes = 0;
        }
        Poll::Ready(item)
    }
}

/// A body that fell below the minimum rate: not resumed (a resumed drip is still a drip).
#[derive(Debug)]
pub struct RateTooLow(pub Failure);

impl std::fmt::Display for RateTooLow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for RateTooLow {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stand-in for a streamed upload: takes a chunk every `every`, `chunks` times, then
    /// answers after `answer`.
    async fn upload(moved: &Moved, every: Duration, chunks: u32, answer: Duration) -> u32 {
        for _ in 0..chunks {
            tokio::time::sleep(every).await;
            moved.touch();
        }
        tokio::time::sleep(answer).await;
        chunks
    }

    /// Watches an upload that takes `chunks` chunks 30 ms apart, then answers after `answer`,
    /// with a 150 ms idle limit. Returns the outcome and how long the watch took.
    async fn watched(
        chunks: u32,
        answer: Duration,
    ) -> (std::result::Result<u32, Option<reqwest::Error>>, Duration) {
        let moved = Moved::new();
        let start = Instant::now();
        let r = watch(
            async { Ok(upload(&moved, Duration::from_millis(30), chunks, answer).await) },
            &moved,
            Duration::from_millis(150),
        )
        .await;
        (r, start.elapsed())
    }

    #[tokio::test]
    async fn a_steady_upload_may_take_longer_than_the_idle_timeout() {
        let (r, took) = watched(20, Duration::from_millis(60)).await;
        assert_eq!(r.ok(), Some(20));
        assert!(took > Duration::from_millis(450), "{took:?}");
    }

    #[tokio::test]
    async fn an_upload_that_stops_moving_is_given_up_after_the_idle_timeout() {
        let (r, took) = watched(3, Duration::from_secs(30)).await;
        assert!(matches!(r, Err(None)));
        assert!(took >= Duration::from_millis(240), "{took:?}");
        assert!(took < Duration::from_secs(5), "{took:?}");
    }

    #[test]
    fn http_dates_are_read() {
        let at = |v: &str| {
            http_date(v).map(|t| t.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs())
        };
        assert_eq!(at("Sun, 06 Nov 1994 08:49:37 GMT"), Some(784_111_777));
        assert_eq!(at("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
        assert_eq!(at("Tue, 29 Feb 2028 23:59:59 GMT"), Some(1_835_481_599));
        assert_eq!(at("Sun, 06 Nov 1994 08:49:37 CET"), None);
        assert_eq!(at("Sunday, 06-Nov-94 08:49:37 GMT"), None);
        assert_eq!(at("soon"), None);
        let mut h = HeaderMap::new();
        h.insert(
            header::RETRY_AFTER,
            HeaderValue::from_static("Thu, 01 Jan 1970 00:00:00 GMT"),
        );
        assert_eq!(retry_after(&h), Some(Duration::from_secs(1)));
        // A date ahead asks for the time until then, here more than the one-minute cap.
        h.insert(
            header::RETRY_AFTER,
            HeaderValue::from_static("Fri, 01 Jan 2100 00:00:00 GMT"),
        );
        assert_eq!(retry_after(&h), Some(Duration::from_secs(60)));
    }

    #[test]
    fn loopback_detection() {
        for h in [
            "localhost:5000",
            "127.0.0.1:5000",
            "127.3.4.5",
            "[::1]:5000",
            "registry.localhost",
        ] {
            assert!(is_loopback(h), "{h}");
        }
        for h in [
            "registry.example.com",
            "10.0.0.1:5000",
            "localhost.example.com",
        ] {
            assert!(!is_loopback(h), "{h}");
        }
    }

    #[test]
    fn secrets_never_go_over_plain_http_to_other_machines() {
        let mut o = ClientOptions::new();
        o.plain_http = true;
        let c = Client::new(o);
        let h = c.host("registry.example.com").unwrap();
        let e = h
            .may_send_secret("http://registry.example.com/v2/")
            .unwrap_err();
        assert_eq!(crate::error::kind_of(&e), crate::error::Kind::Auth);
        assert!(crate::error::hints_of(&e)[0].contains("--insecure"));
        h.may_send_secret("https://auth.example.com/token").unwrap();
        h.may_send_secret("http://127.0.0.1:5000/token").unwrap();
        let mut o = ClientOptions::new();
        o.insecure = true;
        let c = Client::new(o);
        c.host("registry.example.com")
            .unwrap()
            .may_send_secret("http://registry.example.com/v2/")
            .unwrap();
    }
}
