//! `hoist serve DIR`: a registry over OCI image layouts (one per repository, see [`store`]),
//! speaking the distribution API as clients use it, with the OCI 1.1 referrers API, and
//! (`--compose`) virtual repositories whose tags are images composed on request
//! ([`compose`], through [`crate::image::change::compose`]).
//!
//! Safety: names are checked against the reference grammar before they become paths (so no
//! request reaches outside DIR); bodies are bounded (manifests 4 MiB); blobs and manifests are
//! checked before they become visible; `--read-only` refuses every write; with `--htpasswd`,
//! writes (and reads, unless `--anonymous-read`) need a user's bcrypt password.
//!
//! This file holds the server and its accept loop; it must not parse paths or write envelopes
//! itself ([`routes`], [`http`]).

pub mod auth;
pub mod compose;
mod handlers;
mod http;
mod mapped;
mod routes;
pub mod store;
mod upload;

pub use http::*;
pub use routes::*;

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
    /// Connections served at once (`--max-connections`); more wait to be accepted.
    pub max_connections: usize,
    /// Accept an index whose listed manifests are not all here (`--sparse-indexes`).
    pub sparse_indexes: bool,
}

/// A connection idle this long between requests (or this slow to send a request head) is
/// closed.
pub const IDLE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// The server's state, shared by every connection.
pub struct Server {
    store: Store,
    opts: Options,
    users: Option<auth::Users>,
    compose: Option<compose::Catalogue>,
}

impl Server {
    /// Reads what the options name (users, compose file, DIR) and refuses what is wrong with
    /// them, before anything listens or changes on disk.
    pub fn new(opts: Options, client: crate::client::Client) -> Result<Server> {
        let users = match &opts.htpasswd {
            Some(p) => Some(auth::Users::load(p)?),
            None => None,
        };
        let compose = match &opts.compose {
            Some(p) => Some(compose::Catalogue::load(p, client)?),
            None => None,
        };
        let mut store = Store::open(&opts.dir, opts.read_only)
            .with_context(|| format!("opening `{}`", opts.dir.display()))?;
        store.sparse_indexes = opts.sparse_indexes;
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
}

/// Runs the server until SIGINT or SIGTERM: `ready` is called with the address bound (port 0
/// picks one). On a signal, no new connection is taken, requests in flight are finished (30
/// seconds at most), and uploads left unfinished are discarded.
pub async fn run(
    opts: Options,
    client: crate::client::Client,
    ready: impl FnOnce(SocketAddr, &Options),
) -> Result<()> {
    // Arguments first (a missing `--htpasswd` file is a usage error whatever the address),
    // then the address, then what a crash left in DIR/.uploads.
    let tls = match &opts.tls {
        Some((cert, key)) => Some(auth::tls_acceptor(cert, key)?),
        None => None,
    };
    let server = Arc::new(Server::new(opts.clone(), client)?);
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
    if !opts.read_only {
        server.store.discard_uploads();
    }
    ready(listener.local_addr()?, &opts);
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let mut conns = tokio::task::JoinSet::new();
    let stop = crate::signal::interrupted();
    tokio::pin!(stop);
    // Each connection holds a permit: at the bound, the server stops accepting until one
    // ends (the kernel's backlog holds the rest), so descriptors cannot run out through
    // connections alone. Running out anyway (EMFILE) backs off instead of spinning.
    let permits = Arc::new(tokio::sync::Semaphore::new(opts.max_connections.max(1)));
    loop {
        let permit = tokio::select! {
            _ = &mut stop => break,
            p = permits.clone().acquire_owned() => p.expect("the semaphore is never closed"),
        };
        let acc = tokio::select! {
            _ = &mut stop => break,
            acc = listener.accept() => acc,
        };
        while conns.try_join_next().is_some() {}
        {
            let (tcp, peer) = match acc {
                Ok(a) => a,
                Err(e) => {
                    if matches!(
                        e.raw_os_error(),
                        Some(libc::EMFILE | libc::ENFILE | libc::ENOBUFS | libc::ENOMEM)
                    ) {
                        tracing::warn!("cannot accept a connection: {e}; waiting 100 ms");
                        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                    }
                    continue;
                }
            };
            let _ = tcp.set_nodelay(true);
            let server = server.clone();
            let mut stop_rx = stop_rx.clone();
            let tls = tls.clone();
            conns.spawn(async move {
                let _permit = permit;
                let svc = hyper::service::service_fn(move |mut req: Request<Incoming>| {
                    req.extensions_mut().insert(upload::ClientAddr(peer.ip()));
                    let s = server.clone();
                    async move { Ok::<_, std::convert::Infallible>(s.handle(req).await) }
                });
                match tls {
                    None => serve_conn(hyper_util::rt::TokioIo::new(tcp), svc, &mut stop_rx).await,
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
    // A client that sends its request head slowly, or keeps an idle connection open between
    // requests (hyper times the wait for each request head), is not waited for past
    // IDLE_TIMEOUT.
    let conn = hyper::server::conn::http1::Builder::new()
        .keep_alive(true)
        .timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(IDLE_TIMEOUT)
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
