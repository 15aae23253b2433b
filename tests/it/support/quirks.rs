//! Registries people use, emulated in front of the real one: a TLS server on port 443 of a
//! loopback address of its own, answering for the registries' real host names (hoist runs in a
//! mount namespace whose `/etc/hosts` points those names here, and trusts a test CA). It
//! forwards the distribution API to a real anonymous `docker-registry` and adds what each
//! registry does differently, from their documentation and their users' bug reports:
//!
//! - Docker Hub: `docker.io` is served by `registry-1.docker.io`; tokens come from another host
//!   (`auth.docker.io`) for `library/` scopes; a token for a repository that does not exist (or
//!   is private) grants nothing and the registry answers 401 `insufficient_scope`; blob GETs
//!   are redirected (307) to a CDN host with a signed URL that must get no `Authorization`;
//!   manifest GETs carry `ratelimit-*` headers and spend a pull, HEADs spend none; a limit
//!   reached is 429 `TOOMANYREQUESTS` with `Retry-After`; no catalog.
//! - GHCR: anonymous pulls need a token too (from `ghcr.io/token`, no credentials); a private
//!   repository without credentials is 403 `DENIED`.
//! - ECR: Basic auth; pushing to a repository that does not exist is 404 `NAME_UNKNOWN` (ECR
//!   never creates repositories on push); cross-repository mounts are not honoured.
//! - Quay: `tags/list` in pages of 50 with `Link`, whatever `n` asks.
//! - Harbor: Basic auth; a mount is answered 202 with an upload location.
//! - Artifactory: Basic auth; `OCI-Chunk-Min-Length` larger than small blobs; no referrers API
//!   (400); an index whose children are not all there is refused.
//! - Google (GAR/GCR): Bearer, with Basic at the token endpoint as `_json_key` (a service
//!   account key) or `oauth2accesstoken`.
//! - Azure (ACR): Bearer; `/oauth2/exchange` trades an AAD token for a refresh token, which
//!   `/oauth2/token` takes as a refresh-token grant (docker's identity token) or as the
//!   password of the all-zero user.
//! - GitLab: tokens from another host (`/jwt/auth`), several scopes per request.
//!
//! Every request is recorded with its host and whether it carried credentials.

use std::collections::{HashMap, HashSet};
use std::io::BufReader;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

use base64::Engine as _;

use super::cmd::{Env, Out};
use super::proxy::{Message, exchange, header, read_body, read_head, write_message};
use super::registry::Registry;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    DockerHub,
    Ghcr,
    Ecr,
    Quay,
    Harbor,
    Artifactory,
    Gar,
    Acr,
    GitLab,
}

/// Credentials the emulated registries accept (Basic, or at their token endpoints).
pub const USER: (&str, &str) = ("mirror-bot", "s3cret-pass");

pub const HUB_API: &str = "registry-1.docker.io";
pub const HUB_AUTH: &str = "auth.docker.io";
pub const HUB_CDN: &str = "production.cloudflare.docker.com";
pub const ECR: &str = "123456789012.dkr.ecr.us-east-1.amazonaws.com";
pub const GAR: &str = "us-docker.pkg.dev";
pub const ACR: &str = "example.azurecr.io";
pub const GITLAB: &str = "registry.gitlab.example.com";
pub const GITLAB_AUTH: &str = "gitlab.example.com";
/// What Google's registries accept as Basic credentials: a service account key...
pub const GAR_KEY: &str = "{\n  \"type\": \"service_account\",\n  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIE...\\n-----END PRIVATE KEY-----\\n\"\n}";
/// ...or an OAuth2 access token.
pub const GAR_TOKEN: &str = "ya29.a0AfH6SMBx-access-token";
/// The user Azure's registries take with a refresh token as the password.
pub const ACR_USER: &str = "00000000-0000-0000-0000-000000000000";
const NAMES: [&str; 12] = [
    HUB_API,
    HUB_AUTH,
    HUB_CDN,
    "ghcr.io",
    ECR,
    "quay.io",
    "harbor.example.com",
    "example.jfrog.io",
    GAR,
    ACR,
    GITLAB,
    GITLAB_AUTH,
];

/// One request as the emulation saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub host: String,
    pub method: String,
    pub path: String,
    pub auth: bool,
}

struct St {
    mode: Mode,
    upstream: String,
    log: Mutex<Vec<Seen>>,
    /// Docker Hub's remaining pulls.
    remaining: AtomicI64,
    /// The next manifest GET is refused with 429.
    limited: AtomicBool,
    /// Repositories that need credentials to read.
    private: Mutex<HashSet<String>>,
    /// ECR: repositories that exist (pushes elsewhere are refused).
    created: Mutex<HashSet<String>>,
    /// Issued tokens: token -> (repository -> actions).
    tokens: Mutex<HashMap<String, HashMap<String, Vec<String>>>>,
    next: AtomicU32,
    /// The password accepted now, and a change of it after so many requests (written to a
    /// file a credential helper reads, as a rotated ECR token would be).
    password: Mutex<String>,
    rotate: Mutex<Option<(usize, String, PathBuf)>>,
    /// ACR: refresh tokens `/oauth2/exchange` gave out.
    refresh: Mutex<HashSet<String>>,
}

pub struct Quirks {
    pub mode: Mode,
    /// What users write: `docker.io`, `ghcr.io`, the ECR host...
    pub registry: String,
    pub ca: PathBuf,
    hosts: PathBuf,
    st: Arc<St>,
    _dir: tempfile::TempDir,
}

/// A loopback address of its own for each emulation, so all can listen on port 443 at once.
fn next_ip() -> String {
    static N: AtomicU32 = AtomicU32::new(0);
    let n = N.fetch_add(1, Ordering::SeqCst);
    format!("127.0.{}.{}", 10 + n / 250, 2 + n % 250)
}

fn openssl(args: &[&str], dir: &Path) {
    super::run_ok(Command::new("openssl").current_dir(dir).args(args));
}

/// A CA and a leaf for every emulated name, as DER for rustls and PEM for hoist.
fn certificates(dir: &Path) -> (Vec<u8>, Vec<u8>) {
    openssl(
        &[
            "req",
            "-x509",
            "-new",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-days",
            "30",
            "-subj",
            "/CN=quirks CA",
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
        ],
        dir,
    );
    let san = NAMES
        .iter()
        .map(|n| format!("DNS:{n}"))
        .collect::<Vec<_>>()
        .join(",");
    std::fs::write(
        dir.join("ext.cnf"),
        format!("subjectAltName={san}\nextendedKeyUsage=serverAuth\n"),
    )
    .unwrap();
    openssl(
        &[
            "req",
            "-new",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-subj",
            "/CN=registry",
            "-keyout",
            "leaf.key",
            "-out",
            "leaf.csr",
        ],
        dir,
    );
    openssl(
        &[
            "x509",
            "-req",
            "-in",
            "leaf.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-days",
            "30",
            "-extfile",
            "ext.cnf",
            "-outform",
            "DER",
            "-out",
            "leaf.der",
        ],
        dir,
    );
    openssl(
        &[
            "pkcs8", "-topk8", "-nocrypt", "-in", "leaf.key", "-outform", "DER", "-out", "leaf.p8",
        ],
        dir,
    );
    (
        std::fs::read(dir.join("leaf.der")).unwrap(),
        std::fs::read(dir.join("leaf.p8")).unwrap(),
    )
}

impl Quirks {
    /// Starts the emulation of `mode` in front of `upstream` (an anonymous registry).
    pub fn start(mode: Mode, upstream: &Registry) -> Quirks {
        let dir = tempfile::tempdir().unwrap();
        let (cert, key) = certificates(dir.path());
        let ip = next_ip();
        let hosts = dir.path().join("hosts");
        std::fs::write(
            &hosts,
            format!("127.0.0.1 localhost\n{ip} {}\n", NAMES.join(" ")),
        )
        .unwrap();
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(
                vec![rustls::pki_types::CertificateDer::from(cert)],
                rustls::pki_types::PrivateKeyDer::Pkcs8(key.into()),
            )
            .unwrap();
        let config = Arc::new(config);
        let listener = TcpListener::bind(format!("{ip}:443")).expect("binding port 443 (root)");
        let st = Arc::new(St {
            mode,
            upstream: upstream.host.clone(),
            log: Mutex::new(Vec::new()),
            remaining: AtomicI64::new(100),
            limited: AtomicBool::new(false),
            private: Mutex::new(HashSet::new()),
            created: Mutex::new(HashSet::new()),
            tokens: Mutex::new(HashMap::new()),
            next: AtomicU32::new(0),
            password: Mutex::new(if mode == Mode::Gar { GAR_TOKEN } else { USER.1 }.to_string()),
            rotate: Mutex::new(None),
            refresh: Mutex::new(HashSet::new()),
        });
        let s = st.clone();
        std::thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                let s = s.clone();
                let config = config.clone();
                std::thread::spawn(move || {
                    let Ok(tls) = rustls::ServerConnection::new(config) else {
                        return;
                    };
                    let _ = serve(rustls::StreamOwned::new(tls, conn), &s);
                });
            }
        });
        let registry = match mode {
            Mode::DockerHub => "docker.io",
            Mode::Ghcr => "ghcr.io",
            Mode::Ecr => ECR,
            Mode::Quay => "quay.io",
            Mode::Harbor => "harbor.example.com",
            Mode::Artifactory => "example.jfrog.io",
            Mode::Gar => GAR,
            Mode::Acr => ACR,
            Mode::GitLab => GITLAB,
        }
        .to_string();
        Quirks {
            mode,
            registry,
            ca: dir.path().join("ca.pem"),
            hosts,
            st,
            _dir: dir,
        }
    }

    /// Makes `repo` need credentials to read.
    pub fn private(&self, repo: &str) {
        self.st.private.lock().unwrap().insert(repo.to_string());
    }

    /// ECR: makes `repo` exist, so pushes to it are accepted.
    pub fn create(&self, repo: &str) {
        self.st.created.lock().unwrap().insert(repo.to_string());
    }

    /// Docker Hub: the next manifest GET is refused with 429 and `Retry-After: 1`.
    pub fn limit_once(&self) {
        self.st.limited.store(true, Ordering::SeqCst);
    }

    /// After `after` more requests, only `password` is accepted, and it is written to `file`.
    pub fn rotate_password(&self, after: usize, password: &str, file: &Path) {
        let n = self.st.log.lock().unwrap().len() + after;
        *self.st.rotate.lock().unwrap() = Some((n, password.to_string(), file.to_path_buf()));
    }

    /// Sets Docker Hub's remaining pulls.
    pub fn set_remaining(&self, n: i64) {
        self.st.remaining.store(n, Ordering::SeqCst);
    }

    /// Docker Hub's remaining pulls.
    pub fn remaining(&self) -> i64 {
        self.st.remaining.load(Ordering::SeqCst)
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.st.log.lock().unwrap().clone()
    }

    pub fn clear(&self) {
        self.st.log.lock().unwrap().clear();
    }

    /// `hoist ARGS` with these names pointing here and the test CA trusted.
    pub fn run(&self, env: &Env, args: &[&str]) -> Out {
        self.run_stdin(env, args, None)
    }

    pub fn run_stdin(&self, env: &Env, args: &[&str], stdin: Option<&[u8]>) -> Out {
        let mut all = vec![
            env!("CARGO_BIN_EXE_hoist"),
            "--ca-file",
            self.ca.to_str().unwrap(),
        ];
        all.extend_from_slice(args);
        self.program(env, &all, stdin)
    }

    /// Any program (`curl`, as `az acr login` would call the registry) with these names.
    pub fn program(&self, env: &Env, argv: &[&str], stdin: Option<&[u8]>) -> Out {
        let script = "mount --bind \"$0\" /etc/hosts && exec \"$@\"";
        let mut all = vec!["-m", "sh", "-c", script, self.hosts.to_str().unwrap()];
        all.extend_from_slice(argv);
        env.run_command(env.command_via("unshare", &all), stdin)
    }
}

/// Answers requests on one connection until the client closes it.
fn serve(
    stream: rustls::StreamOwned<rustls::ServerConnection, TcpStream>,
    st: &St,
) -> std::io::Result<()> {
    let mut r = BufReader::new(stream);
    loop {
        let Some(head) = read_head(&mut r)? else {
            return Ok(());
        };
        let body = read_body(&mut r, &head, false)?;
        let req = Message { head, body };
        let resp = answer(&req, st)?;
        let is_head = req.head[0].starts_with("HEAD ");
        write_message(r.get_mut(), &resp, is_head)?;
    }
}

fn respond(status: &str, headers: &[(&str, String)], body: &[u8]) -> Message {
    let mut head = vec![format!("HTTP/1.1 {status}")];
    for (k, v) in headers {
        head.push(format!("{k}: {v}"));
    }
    Message {
        head,
        body: body.to_vec(),
    }
}

fn error(status: &str, code: &str, message: &str, headers: &[(&str, String)]) -> Message {
    let body = serde_json::json!({"errors": [{"code": code, "message": message}]}).to_string();
    let mut h = vec![("Content-Type", "application/json".to_string())];
    h.extend(headers.iter().cloned());
    respond(status, &h, body.as_bytes())
}

fn query<'a>(path: &'a str, key: &str) -> Vec<&'a str> {
    path.split_once('?')
        .map(|(_, q)| q)
        .unwrap_or("")
        .split('&')
        .filter_map(|kv| kv.strip_prefix(key).and_then(|v| v.strip_prefix('=')))
        .collect()
}

fn decode(v: &str) -> String {
    let mut out = Vec::new();
    let b = v.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let Ok(n) = u8::from_str_radix(&v[i + 1..i + 3], 16)
        {
            out.push(n);
            i += 3;
            continue;
        }
        out.push(if b[i] == b'+' { b' ' } else { b[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn basic_ok(req: &Message, st: &St) -> bool {
    let password = st.password.lock().unwrap().clone();
    let Some(decoded) = header(&req.head, "authorization")
        .and_then(|a| a.strip_prefix("Basic "))
        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
    else {
        return false;
    };
    let text = String::from_utf8_lossy(&decoded).into_owned();
    let Some((user, pass)) = text.split_once(':') else {
        return false;
    };
    match st.mode {
        Mode::Gar => {
            (user == "_json_key" && pass == GAR_KEY)
                || (user == "oauth2accesstoken" && pass == password)
        }
        Mode::Acr if user == ACR_USER => st.refresh.lock().unwrap().contains(pass),
        _ => user == USER.0 && pass == password,
    }
}

/// The repository of a `/v2/<name>/...` path, and whether the request writes.
fn target(method: &str, path: &str) -> Option<(String, bool)> {
    let rest = path.strip_prefix("/v2/")?;
    let end = ["/manifests/", "/blobs/", "/tags/", "/referrers/"]
        .iter()
        .filter_map(|k| rest.find(k))
        .min()?;
    Some((rest[..end].to_string(), !matches!(method, "GET" | "HEAD")))
}

fn exists_upstream(st: &St, repo: &str) -> bool {
    let req = Message {
        head: vec![
            format!("GET /v2/{repo}/tags/list HTTP/1.1"),
            format!("Host: {}", st.upstream),
        ],
        body: Vec::new(),
    };
    TcpStream::connect(&st.upstream)
        .ok()
        .and_then(|c| exchange(c, &req, false).ok().flatten())
        .is_some_and(|m| m.head[0].contains(" 200 "))
}

/// A token endpoint: grants what the credentials (or none, for public repositories that
/// exist) allow, and nothing for what they do not.
fn token(req: &Message, path: &str, st: &St) -> Message {
    // An OAuth2 refresh-token grant (identity tokens) arrives as a POSTed form.
    let form = String::from_utf8_lossy(&req.body).into_owned();
    let field = |k: &str| {
        form.split('&')
            .find_map(|kv| kv.strip_prefix(k).and_then(|v| v.strip_prefix('=')))
            .map(decode)
    };
    let refreshed = req.head[0].starts_with("POST ")
        && field("grant_type").as_deref() == Some("refresh_token")
        && field("refresh_token").is_some_and(|t| st.refresh.lock().unwrap().contains(&t));
    if req.head[0].starts_with("POST ") && !refreshed {
        return error(
            "401 Unauthorized",
            "UNAUTHORIZED",
            "invalid refresh token",
            &[],
        );
    }
    let posted_scopes: Vec<String> = field("scope")
        .map(|s| s.split(' ').map(str::to_string).collect())
        .unwrap_or_default();
    let authed = refreshed || basic_ok(req, st);
    if header(&req.head, "authorization").is_some() && !authed {
        return error(
            "401 Unauthorized",
            "UNAUTHORIZED",
            "incorrect username or password",
            &[],
        );
    }
    let mut grants: HashMap<String, Vec<String>> = HashMap::new();
    let scopes: Vec<String> = query(path, "scope")
        .into_iter()
        .map(decode)
        .chain(posted_scopes)
        .collect();
    for scope in scopes {
        let mut parts = scope.splitn(3, ':');
        let (Some("repository"), Some(repo), Some(actions)) =
            (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let private = st.private.lock().unwrap().contains(repo);
        let granted: Vec<String> = actions
            .split(',')
            .filter(|a| {
                // On Docker Hub a user reaches their own namespace and public repositories;
                // elsewhere, credentials reach everything.
                let own = st.mode != Mode::DockerHub || repo.starts_with(&format!("{}/", USER.0));
                match *a {
                    "pull" => (authed && own) || (!private && exists_upstream(st, repo)),
                    _ => authed && own,
                }
            })
            .map(str::to_string)
            .collect();
        grants.entry(repo.to_string()).or_default().extend(granted);
    }
    let t = format!("tok-{}", st.next.fetch_add(1, Ordering::SeqCst));
    st.tokens.lock().unwrap().insert(t.clone(), grants);
    let body = serde_json::json!({"token": t, "access_token": t, "expires_in": 300}).to_string();
    respond(
        "200 OK",
        &[("Content-Type", "application/json".into())],
        body.as_bytes(),
    )
}

fn answer(req: &Message, st: &St) -> std::io::Result<Message> {
    let mut line = req.head[0].split_whitespace();
    let method = line.next().unwrap_or("").to_string();
    let path = line.next().unwrap_or("").to_string();
    let host = header(&req.head, "host")
        .unwrap_or("")
        .split(':')
        .next()
        .unwrap_or("")
        .to_string();
    let n = {
        let mut log = st.log.lock().unwrap();
        log.push(Seen {
            host: host.clone(),
            method: method.clone(),
            path: path.clone(),
            auth: header(&req.head, "authorization").is_some(),
        });
        log.len()
    };
    {
        let mut rotate = st.rotate.lock().unwrap();
        if let Some((after, pw, file)) = rotate.as_ref()
            && n > *after
        {
            std::fs::write(file, pw)?;
            *st.password.lock().unwrap() = pw.clone();
            // Tokens issued for the old credentials expire with them.
            st.tokens.lock().unwrap().clear();
            *rotate = None;
        }
    }
    // Token endpoints.
    match (st.mode, host.as_str(), path.split('?').next().unwrap_or("")) {
        (Mode::DockerHub, HUB_AUTH, "/token")
        | (Mode::Ghcr, "ghcr.io", "/token")
        | (Mode::Gar, GAR, "/v2/token")
        | (Mode::Acr, ACR, "/oauth2/token")
        | (Mode::GitLab, GITLAB_AUTH, "/jwt/auth") => {
            return Ok(token(req, &path, st));
        }
        (Mode::Acr, ACR, "/oauth2/exchange") => {
            // An Azure AD token for an ACR refresh token (what `az acr login` does).
            let form = String::from_utf8_lossy(&req.body).into_owned();
            if !form.contains("grant_type=access_token") || !form.contains("access_token=aad-") {
                return Ok(error(
                    "400 Bad Request",
                    "BadRequest",
                    "no AAD access token",
                    &[],
                ));
            }
            let t = format!("acr-refresh-{}", st.next.fetch_add(1, Ordering::SeqCst));
            st.refresh.lock().unwrap().insert(t.clone());
            let body = serde_json::json!({"refresh_token": t}).to_string();
            return Ok(respond(
                "200 OK",
                &[("Content-Type", "application/json".into())],
                body.as_bytes(),
            ));
        }
        _ => {}
    }
    // Docker Hub's CDN: signed URLs, no credentials.
    if host == HUB_CDN {
        if header(&req.head, "authorization").is_some() {
            return Ok(error(
                "400 Bad Request",
                "InvalidArgument",
                "Only one auth mechanism allowed",
                &[],
            ));
        }
        let Some((_, rest)) = path.split_once("/registry-v2/") else {
            return Ok(error("404 Not Found", "NoSuchKey", "no such key", &[]));
        };
        let repo_digest = rest.split('?').next().unwrap_or("");
        let (repo, digest) = repo_digest.split_once("/@/").unwrap_or(("", ""));
        return forward(
            &Message {
                head: vec![format!("GET /v2/{repo}/blobs/{digest} HTTP/1.1")],
                body: Vec::new(),
            },
            st,
            &host,
        );
    }
    if path == "/v2/" || path == "/v2" {
        return Ok(match challenge(st, None) {
            Some(c) if !matches!(st.mode, Mode::Quay) && !authorized(req, st, None) => error(
                "401 Unauthorized",
                "UNAUTHORIZED",
                "authentication required",
                &[("WWW-Authenticate", c)],
            ),
            _ => respond(
                "200 OK",
                &[("Docker-Distribution-Api-Version", "registry/2.0".into())],
                b"{}",
            ),
        });
    }
    if path.starts_with("/v2/_catalog") && st.mode == Mode::DockerHub {
        return Ok(error("404 Not Found", "NOT_FOUND", "page not found", &[]));
    }
    let Some((repo, write)) = target(&method, &path) else {
        return forward(req, st, &host);
    };
    // Authentication.
    if !authorized(req, st, Some((&repo, write))) {
        let bearer_sent =
            header(&req.head, "authorization").is_some_and(|a| a.starts_with("Bearer "));
        if st.mode == Mode::Ghcr
            && bearer_sent
            && !write
            && st.private.lock().unwrap().contains(&repo)
        {
            return Ok(error(
                "403 Forbidden",
                "DENIED",
                "requested access to the resource is denied",
                &[],
            ));
        }
        let mut c = challenge(st, Some((&repo, write))).unwrap_or_default();
        if bearer_sent {
            c.push_str(",error=\"insufficient_scope\"");
        }
        return Ok(error(
            "401 Unauthorized",
            "UNAUTHORIZED",
            "authentication required",
            &[("WWW-Authenticate", c)],
        ));
    }
    // What each registry does differently.
    if st.mode == Mode::Ecr && write && !st.created.lock().unwrap().contains(&repo) {
        return Ok(error(
            "404 Not Found",
            "NAME_UNKNOWN",
            &format!(
                "The repository with name '{repo}' does not exist in the registry with id '123456789012'"
            ),
            &[],
        ));
    }
    let mut req = Message {
        head: req.head.clone(),
        body: req.body.clone(),
    };
    if matches!(st.mode, Mode::Ecr | Mode::Harbor) && method == "POST" && path.contains("mount=") {
        // Not honoured: an upload session is opened instead.
        let base = path.split('?').next().unwrap_or("").to_string();
        req.head[0] = format!("POST {base} HTTP/1.1");
    }
    if st.mode == Mode::Quay && path.contains("/tags/list") {
        // Pages of 50 in tag order, whatever `n` asks, with a `Link` to the next one.
        let base = path.split('?').next().unwrap_or("").to_string();
        req.head[0] = format!("GET {base} HTTP/1.1");
        let whole = forward(&req, st, &host)?;
        let v: serde_json::Value = serde_json::from_slice(&whole.body).unwrap_or_default();
        let mut tags: Vec<String> = v["tags"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|t| t.as_str().map(str::to_string))
            .collect();
        tags.sort();
        let last = query(&path, "last").first().map(|l| decode(l));
        let page: Vec<String> = tags
            .into_iter()
            .filter(|t| last.as_ref().is_none_or(|l| t > l))
            .take(50)
            .collect();
        let body = serde_json::json!({"name": repo, "tags": page}).to_string();
        let mut headers = vec![("Content-Type", "application/json".to_string())];
        if page.len() == 50 {
            headers.push((
                "Link",
                format!("<{base}?n=50&last={}>; rel=\"next\"", page[49]),
            ));
        }
        return Ok(respond("200 OK", &headers, body.as_bytes()));
    }
    if st.mode == Mode::DockerHub && method == "GET" && path.contains("/blobs/sha256:") {
        let digest = path.rsplit('/').next().unwrap_or("");
        return Ok(respond(
            "307 Temporary Redirect",
            &[(
                "Location",
                format!(
                    "https://{HUB_CDN}/registry-v2/{repo}/@/{digest}?verify=1700000000-signature"
                ),
            )],
            b"",
        ));
    }
    if st.mode == Mode::DockerHub
        && path.contains("/manifests/")
        && matches!(method.as_str(), "GET" | "HEAD")
    {
        if method == "GET" && st.limited.swap(false, Ordering::SeqCst) {
            return Ok(error(
                "429 Too Many Requests",
                "TOOMANYREQUESTS",
                "You have reached your pull rate limit.",
                &[("Retry-After", "1".into())],
            ));
        }
        let left = if method == "GET" {
            st.remaining.fetch_sub(1, Ordering::SeqCst) - 1
        } else {
            st.remaining.load(Ordering::SeqCst)
        };
        let mut resp = forward(&req, st, &host)?;
        resp.head.push("ratelimit-limit: 100;w=21600".into());
        resp.head
            .push(format!("ratelimit-remaining: {left};w=21600"));
        resp.head
            .push("docker-ratelimit-source: 203.0.113.7".into());
        return Ok(resp);
    }
    if st.mode == Mode::Artifactory && path.contains("/referrers/") {
        // No referrers API, said as some registries say it: 400, not 404.
        return Ok(error(
            "400 Bad Request",
            "UNSUPPORTED",
            "The referrers API is not supported",
            &[],
        ));
    }
    if st.mode == Mode::Artifactory && method == "PUT" && path.contains("/manifests/") {
        // An index whose children are not all here is refused.
        let doc: serde_json::Value = serde_json::from_slice(&req.body).unwrap_or_default();
        for child in doc["manifests"].as_array().into_iter().flatten() {
            let d = child["digest"].as_str().unwrap_or("");
            let probe = Message {
                head: vec![
                    format!("HEAD /v2/{repo}/manifests/{d} HTTP/1.1"),
                    format!("Accept: {}", hoist::media_types::MANIFEST_ACCEPT),
                ],
                body: Vec::new(),
            };
            let there = forward(&probe, st, &host)?;
            if !there.head[0].contains(" 200 ") {
                return Ok(error(
                    "400 Bad Request",
                    "MANIFEST_INVALID",
                    &format!("manifest list refers to {d}, which is not in the repository"),
                    &[],
                ));
            }
        }
    }
    let mut resp = forward(&req, st, &host)?;
    if st.mode == Mode::Artifactory && method == "POST" && path.contains("/blobs/uploads") {
        resp.head.push("OCI-Chunk-Min-Length: 10485760".into());
    }
    Ok(resp)
}

fn challenge(st: &St, scope: Option<(&str, bool)>) -> Option<String> {
    let scope = scope
        .map(|(r, w)| {
            format!(
                ",scope=\"repository:{r}:{}\"",
                if w { "pull,push" } else { "pull" }
            )
        })
        .unwrap_or_default();
    match st.mode {
        Mode::DockerHub => Some(format!(
            "Bearer realm=\"https://{HUB_AUTH}/token\",service=\"registry.docker.io\"{scope}"
        )),
        Mode::Ghcr => Some(format!("Bearer realm=\"https://ghcr.io/token\",service=\"ghcr.io\"{scope}")),
        Mode::Ecr => Some("Basic realm=\"https://123456789012.dkr.ecr.us-east-1.amazonaws.com/\",service=\"ecr.amazonaws.com\"".into()),
        Mode::Harbor => Some("Basic realm=\"harbor\"".into()),
        Mode::Artifactory => Some("Basic realm=\"Artifactory Realm\"".into()),
        Mode::Gar => Some(format!("Bearer realm=\"https://{GAR}/v2/token\",service=\"{GAR}\"{scope}")),
        Mode::Acr => Some(format!("Bearer realm=\"https://{ACR}/oauth2/token\",service=\"{ACR}\"{scope}")),
        Mode::GitLab => Some(format!(
            "Bearer realm=\"https://{GITLAB_AUTH}/jwt/auth\",service=\"container_registry\"{scope}"
        )),
        Mode::Quay => None,
    }
}

fn authorized(req: &Message, st: &St, what: Option<(&str, bool)>) -> bool {
    match st.mode {
        Mode::Quay => true,
        Mode::Ecr | Mode::Harbor | Mode::Artifactory => basic_ok(req, st),
        Mode::DockerHub | Mode::Ghcr | Mode::Gar | Mode::Acr | Mode::GitLab => {
            let Some(t) =
                header(&req.head, "authorization").and_then(|a| a.strip_prefix("Bearer "))
            else {
                return false;
            };
            let tokens = st.tokens.lock().unwrap();
            let Some(grants) = tokens.get(t) else {
                return false;
            };
            match what {
                None => true,
                Some((repo, write)) => grants.get(repo).is_some_and(|a| {
                    a.iter().any(|x| x == "pull") && (!write || a.iter().any(|x| x == "push"))
                }),
            }
        }
    }
}

/// Forwards to the real registry with the name the client used (so the Locations it makes
/// point back here) and `https` as the scheme it was reached by.
fn forward(req: &Message, st: &St, host: &str) -> std::io::Result<Message> {
    let mut head = vec![req.head[0].clone()];
    head.extend(
        req.head[1..]
            .iter()
            .filter(|l| {
                let k = l
                    .split(':')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase();
                !matches!(k.as_str(), "host" | "authorization" | "connection")
            })
            .cloned(),
    );
    let host = if host == HUB_CDN { HUB_API } else { host };
    head.push(format!("Host: {host}"));
    head.push("X-Forwarded-Proto: https".into());
    let is_head = req.head[0].starts_with("HEAD ");
    let up = TcpStream::connect(&st.upstream)?;
    let resp = exchange(
        up,
        &Message {
            head,
            body: req.body.clone(),
        },
        is_head,
    )?
    .unwrap_or_else(|| error("502 Bad Gateway", "UNAVAILABLE", "no answer", &[]));
    Ok(resp)
}
