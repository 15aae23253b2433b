//! A small HTTP/1.1 reverse proxy between hoist and a real registry: it counts every request
//! and can inject faults a healthy registry never produces (5xx/429 with Retry-After, a
//! connection reset or stalled mid-body, corrupted bytes, a lying `Docker-Content-Digest`).
//!
//! Each request is forwarded on a fresh upstream connection; responses are read whole (test
//! blobs are small) and written back with a Content-Length.
//!
//! [`Proxy::with_referrers_api`] also gives distribution 2.8 the OCI 1.1 referrers API it
//! lacks, so both of hoist's referrers paths meet a real registry.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

#[derive(Clone, Debug)]
pub enum Action {
    /// Answer with this status (and `Retry-After` seconds) without asking the registry.
    Status(u16, Option<u32>),
    /// Send the headers and this many body bytes, then close the connection.
    ResetAfter(usize),
    /// Send the headers and this many body bytes, then send nothing more, holding the
    /// connection open until the client gives up on it.
    StallAfter(usize),
    /// Flip one byte of the body.
    Corrupt,
    /// Replace a response header's value.
    Header(&'static str, String),
    /// Add response headers.
    AddHeaders(Vec<(&'static str, String)>),
    /// Forward the request head and this many body bytes, then hang up on both sides (an
    /// upload broken mid-body).
    CutRequestAfter(usize),
    /// Read this many bytes of the request body, then stop reading it, holding the
    /// connection open until the client gives up on it (an upload that stalls).
    StallRequestAfter(usize),
    /// Read the request body 64 KiB at a time with this pause after each piece (a slow but
    /// steady uplink), then forward it.
    ThrottleRequest(std::time::Duration),
}

#[derive(Clone, Debug)]
pub struct Fault {
    pub method: &'static str,
    pub path_contains: String,
    pub action: Action,
    /// How many matching requests it applies to.
    pub times: usize,
}

#[derive(Default)]
struct State {
    upstream: String,
    log: Mutex<Vec<(String, String)>>,
    faults: Mutex<Vec<Fault>>,
    /// With the referrers API: descriptors of manifests pushed with a `subject`, by subject
    /// digest.
    referrers: Option<Mutex<HashMap<String, Vec<Value>>>>,
    /// Referrers per page of the API's answer (all on one page when unset).
    per_page: Option<usize>,
    /// Requests read and not yet being answered, the most there were at once, and when each
    /// arrived.
    open: std::sync::atomic::AtomicUsize,
    most_open: std::sync::atomic::AtomicUsize,
    arrivals: Mutex<Vec<std::time::Instant>>,
    /// The `User-Agent` of each request since the last reset.
    agents: Mutex<Vec<String>>,
    /// Blob downloads open, by repository, and the most repositories that had one open at
    /// once.
    blob_repos: Mutex<HashMap<String, usize>>,
    most_blob_repos: std::sync::atomic::AtomicUsize,
    /// How long each answer is held before it is written (so that requests a client has open
    /// at once are seen open at once).
    hold: Mutex<std::time::Duration>,
}

/// A request counted open until its answer starts to be written (a blob download also by
/// its repository).
struct Open<'a>(&'a State, Option<String>);

impl<'a> Open<'a> {
    fn new(st: &'a State, method: &str, path: &str) -> Open<'a> {
        use std::sync::atomic::Ordering::SeqCst;
        st.arrivals.lock().unwrap().push(std::time::Instant::now());
        let now = st.open.fetch_add(1, SeqCst) + 1;
        st.most_open.fetch_max(now, SeqCst);
        let repo = (method == "GET")
            .then(|| path.strip_prefix("/v2/")?.split_once("/blobs/"))
            .flatten()
            .map(|(repo, _)| repo.to_string());
        if let Some(r) = &repo {
            let mut open = st.blob_repos.lock().unwrap();
            *open.entry(r.clone()).or_default() += 1;
            st.most_blob_repos.fetch_max(open.len(), SeqCst);
        }
        Open(st, repo)
    }
}

impl Drop for Open<'_> {
    fn drop(&mut self) {
        self.0
            .open
            .fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
        if let Some(r) = &self.1 {
            let mut open = self.0.blob_repos.lock().unwrap();
            if let Some(n) = open.get_mut(r) {
                *n -= 1;
                if *n == 0 {
                    open.remove(r);
                }
            }
        }
    }
}

pub struct Proxy {
    /// `127.0.0.1:PORT`
    pub host: String,
    state: Arc<State>,
}

impl Proxy {
    pub fn start(upstream: &str) -> Proxy {
        Proxy::with_state(State {
            upstream: upstream.to_string(),
            ..Default::default()
        })
    }

    /// A proxy that gives the registry behind it the OCI 1.1 referrers API, as newer
    /// registries have: manifests pushed with a `subject` are answered with `OCI-Subject` and
    /// listed by `GET /v2/<repo>/referrers/<digest>`, together with what the registry's
    /// `sha256-<hex>` fallback tag lists.
    pub fn with_referrers_api(upstream: &str) -> Proxy {
        Proxy::with_state(State {
            upstream: upstream.to_string(),
            referrers: Some(Mutex::new(HashMap::new())),
            ..Default::default()
        })
    }

    /// As [`Proxy::with_referrers_api`], answering `per_page` referrers at a time with a
    /// `Link` to the next page.
    pub fn with_paged_referrers_api(upstream: &str, per_page: usize) -> Proxy {
        Proxy::with_state(State {
            upstream: upstream.to_string(),
            referrers: Some(Mutex::new(HashMap::new())),
            per_page: Some(per_page),
            ..Default::default()
        })
    }

    fn with_state(state: State) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let host = format!("127.0.0.1:{}", listener.local_addr().unwrap().port());
        let state = Arc::new(state);
        let st = state.clone();
        std::thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                let st = st.clone();
                std::thread::spawn(move || {
                    let _ = serve(conn, &st);
                });
            }
        });
        Proxy { host, state }
    }

    pub fn fault(&self, f: Fault) {
        self.state.faults.lock().unwrap().push(f);
    }

    /// Requests seen so far, as `(method, path)`.
    pub fn requests(&self) -> Vec<(String, String)> {
        self.state.log.lock().unwrap().clone()
    }

    /// Digests the referrers API has recorded for `subject`.
    pub fn referrers_of(&self, subject: &str) -> Vec<String> {
        let Some(r) = &self.state.referrers else {
            return Vec::new();
        };
        r.lock()
            .unwrap()
            .get(subject)
            .into_iter()
            .flatten()
            .map(|d| d["digest"].as_str().unwrap_or("").to_string())
            .collect()
    }

    /// Holds every answer this long before writing it.
    pub fn hold(&self, d: std::time::Duration) {
        *self.state.hold.lock().unwrap() = d;
    }

    /// The most requests that were open at once since the last [`Proxy::reset_counts`].
    pub fn most_open(&self) -> usize {
        self.state
            .most_open
            .load(std::sync::atomic::Ordering::SeqCst)
    }

    /// The most repositories that had a blob download open at once since the last
    /// [`Proxy::reset_counts`].
    pub fn most_blob_repositories(&self) -> usize {
        self.state
            .most_blob_repos
            .load(std::sync::atomic::Ordering::SeqCst)
    }

    /// When each request since the last [`Proxy::reset_counts`] arrived.
    pub fn arrivals(&self) -> Vec<std::time::Instant> {
        self.state.arrivals.lock().unwrap().clone()
    }

    /// The `User-Agent` of each request since the last [`Proxy::reset_counts`].
    pub fn user_agents(&self) -> Vec<String> {
        self.state.agents.lock().unwrap().clone()
    }

    pub fn reset_counts(&self) {
        self.state.agents.lock().unwrap().clear();
        self.state
            .most_blob_repos
            .store(0, std::sync::atomic::Ordering::SeqCst);
        self.state
            .most_open
            .store(0, std::sync::atomic::Ordering::SeqCst);
        self.state.arrivals.lock().unwrap().clear();
    }

    pub fn count(&self, method: &str, path_contains: &str) -> usize {
        self.requests()
            .iter()
            .filter(|(m, p)| m == method && p.contains(path_contains))
            .count()
    }
}

pub struct Message {
    pub head: Vec<String>,
    pub body: Vec<u8>,
}

pub fn read_head(r: &mut impl BufRead) -> std::io::Result<Option<Vec<String>>> {
    let mut lines = Vec::new();
    loop {
        let mut l = String::new();
        if r.read_line(&mut l)? == 0 {
            return Ok(None);
        }
        let l = l.trim_end_matches(['\r', '\n']).to_string();
        if l.is_empty() {
            if lines.is_empty() {
                continue;
            }
            return Ok(Some(lines));
        }
        lines.push(l);
    }
}

pub fn header<'a>(head: &'a [String], name: &str) -> Option<&'a str> {
    head.iter().skip(1).find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.trim().eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

pub fn read_body(
    r: &mut impl BufRead,
    head: &[String],
    until_eof: bool,
) -> std::io::Result<Vec<u8>> {
    if header(head, "transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
        let mut body = Vec::new();
        loop {
            let mut l = String::new();
            r.read_line(&mut l)?;
            let n =
                usize::from_str_radix(l.trim().split(';').next().unwrap_or("0"), 16).unwrap_or(0);
            if n == 0 {
                let mut end = String::new();
                r.read_line(&mut end)?;
                return Ok(body);
            }
            let mut chunk = vec![0; n];
            r.read_exact(&mut chunk)?;
            body.extend(chunk);
            let mut crlf = [0u8; 2];
            r.read_exact(&mut crlf)?;
        }
    }
    if let Some(n) = header(head, "content-length").and_then(|v| v.parse::<usize>().ok()) {
        let mut body = vec![0; n];
        r.read_exact(&mut body)?;
        return Ok(body);
    }
    let mut body = Vec::new();
    if until_eof {
        r.read_to_end(&mut body)?;
    }
    Ok(body)
}

/// Writes a response's head announcing the full body length, then only `n` bytes of the body.
fn send_part(w: &mut TcpStream, resp: &Message, n: usize) -> std::io::Result<()> {
    let mut head = resp.head.clone();
    head.retain(|l| {
        let l = l.to_ascii_lowercase();
        !l.starts_with("content-length") && !l.starts_with("transfer-encoding")
    });
    let mut out = String::new();
    for l in &head {
        out.push_str(l);
        out.push_str("\r\n");
    }
    out.push_str(&format!("Content-Length: {}\r\n\r\n", resp.body.len()));
    w.write_all(out.as_bytes())?;
    w.write_all(&resp.body[..n.min(resp.body.len())])?;
    w.flush()
}

fn small_receive_window(s: &TcpStream) {
    use std::os::fd::AsRawFd as _;
    let size: libc::c_int = 64 * 1024;
    // SAFETY: setsockopt reads `size` for the duration of the call; the fd is open.
    unsafe {
        libc::setsockopt(
            s.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_RCVBUF,
            (&size as *const libc::c_int).cast(),
            std::mem::size_of::<libc::c_int>() as libc::socklen_t,
        );
    }
}

/// Reads a Content-Length request body in 64 KiB pieces, pausing after each.
fn read_slowly(
    r: &mut impl BufRead,
    head: &[String],
    pause: std::time::Duration,
) -> std::io::Result<Vec<u8>> {
    let n: usize = header(head, "content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; n];
    for piece in body.chunks_mut(64 * 1024) {
        r.read_exact(piece)?;
        std::thread::sleep(pause);
    }
    Ok(body)
}

const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";

/// `(repository, digest, page)` of `/v2/<repository>/referrers/<digest>[?page=N]`.
fn referrers_path(path: &str) -> Option<(String, String, usize)> {
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let (repo, digest) = path.strip_prefix("/v2/")?.split_once("/referrers/")?;
    let page = query
        .strip_prefix("page=")
        .and_then(|p| p.parse().ok())
        .unwrap_or(1);
    Some((repo.to_string(), digest.to_string(), page))
}

/// Records a pushed manifest that has a `subject`; returns the subject's digest.
fn record_referrer(
    refs: &Mutex<HashMap<String, Vec<Value>>>,
    head: &[String],
    body: &[u8],
) -> Option<String> {
    let doc: Value = serde_json::from_slice(body).ok()?;
    let subject = doc["subject"]["digest"].as_str()?.to_string();
    let mut d = json!({
        "mediaType": header(head, "content-type").unwrap_or(""),
        "digest": format!("sha256:{}", super::sha256_hex(body)),
        "size": body.len(),
    });
    if let Some(t) = doc["artifactType"]
        .as_str()
        .or(doc["config"]["mediaType"].as_str())
    {
        d["artifactType"] = json!(t);
    }
    let mut refs = refs.lock().unwrap();
    let list = refs.entry(subject.clone()).or_default();
    if !list.iter().any(|e| e["digest"] == d["digest"]) {
        list.push(d);
    }
    Some(subject)
}

/// What the referrers API lists for `subject`: the manifests recorded here, then those the
/// registry's fallback tag lists.
fn listed_referrers(
    st: &State,
    refs: &Mutex<HashMap<String, Vec<Value>>>,
    repo: &str,
    subject: &str,
) -> std::io::Result<Vec<Value>> {
    let mut out = refs
        .lock()
        .unwrap()
        .get(subject)
        .cloned()
        .unwrap_or_default();
    let tag = subject.replacen(':', "-", 1);
    let req = Message {
        head: vec![
            format!("GET /v2/{repo}/manifests/{tag} HTTP/1.1"),
            format!("Host: {}", st.upstream),
            format!("Accept: {OCI_INDEX}"),
        ],
        body: Vec::new(),
    };
    if let Some(resp) = exchange(TcpStream::connect(&st.upstream)?, &req, false)?
        && resp.head[0].contains(" 200 ")
    {
        let idx: Value = serde_json::from_slice(&resp.body).unwrap_or_default();
        for d in idx["manifests"].as_array().into_iter().flatten() {
            if !out.iter().any(|e| e["digest"] == d["digest"]) {
                out.push(d.clone());
            }
        }
    }
    Ok(out)
}

/// Sends one request to the registry on `up` and reads its whole answer (`None` when the
/// registry hung up without one).
pub fn exchange(
    mut up: TcpStream,
    req: &Message,
    is_head: bool,
) -> std::io::Result<Option<Message>> {
    write_message(&mut up, req, false)?;
    let mut r = BufReader::new(up.try_clone()?);
    let Some(head) = read_head(&mut r)? else {
        return Ok(None);
    };
    let no_body = is_head || head[0].contains(" 204 ") || head[0].contains(" 304 ");
    let body = if no_body {
        Vec::new()
    } else {
        read_body(&mut r, &head, true)?
    };
    let _ = up.shutdown(Shutdown::Both);
    Ok(Some(Message { head, body }))
}

fn take_fault(st: &State, method: &str, path: &str) -> Option<Action> {
    let mut faults = st.faults.lock().unwrap();
    let f = faults
        .iter_mut()
        .find(|f| f.times > 0 && f.method == method && path.contains(&f.path_contains))?;
    f.times -= 1;
    Some(f.action.clone())
}

pub fn write_message(w: &mut impl Write, m: &Message, is_head: bool) -> std::io::Result<()> {
    let mut out = String::new();
    out.push_str(&m.head[0]);
    out.push_str("\r\n");
    let mut had_len = false;
    for l in &m.head[1..] {
        let name = l
            .split(':')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        if name == "transfer-encoding" || name == "connection" {
            continue;
        }
        if name == "content-length" {
            had_len = true;
            if !is_head {
                continue;
            }
        }
        out.push_str(l);
        out.push_str("\r\n");
    }
    if !is_head || !had_len {
        out.push_str(&format!("Content-Length: {}\r\n", m.body.len()));
    }
    out.push_str("\r\n");
    w.write_all(out.as_bytes())?;
    if !is_head {
        w.write_all(&m.body)?;
    }
    w.flush()
}

fn serve(client: TcpStream, st: &State) -> std::io::Result<()> {
    let mut reader = BufReader::new(client.try_clone()?);
    let mut writer = client;
    loop {
        let Some(head) = read_head(&mut reader)? else {
            return Ok(());
        };
        let mut parts = head[0].split_whitespace();
        let method = parts.next().unwrap_or("").to_string();
        let path = parts.next().unwrap_or("").to_string();
        st.log.lock().unwrap().push((method.clone(), path.clone()));
        let open = Open::new(st, &method, &path);
        st.agents
            .lock()
            .unwrap()
            .push(header(&head, "user-agent").unwrap_or("").to_string());
        let fault = take_fault(st, &method, &path);
        if let Some(Action::StallRequestAfter(n)) = &fault {
            let mut part = vec![0; *n];
            reader.read_exact(&mut part)?;
            // Read nothing more until the client hangs up (read_to_end returns then).
            let mut rest = Vec::new();
            let _ = reader.get_mut().read_to_end(&mut rest);
            return Ok(());
        }
        let body = match &fault {
            Some(Action::ThrottleRequest(pause)) => {
                // A small fixed receive window, so the client cannot park megabytes in
                // socket buffers and the pace it sees is the pace of the reads.
                small_receive_window(&writer);
                read_slowly(&mut reader, &head, *pause)?
            }
            _ => read_body(&mut reader, &head, false)?,
        };
        if let Some(Action::Status(code, retry)) = &fault {
            let mut h = vec![format!("HTTP/1.1 {code} Injected")];
            if let Some(s) = retry {
                h.push(format!("Retry-After: {s}"));
            }
            write_message(
                &mut writer,
                &Message {
                    head: h,
                    body: Vec::new(),
                },
                false,
            )?;
            continue;
        }
        let mut subject = None;
        if let Some(refs) = &st.referrers {
            if let Some((repo, of, page)) =
                method.eq("GET").then(|| referrers_path(&path)).flatten()
            {
                let mut listed = listed_referrers(st, refs, &repo, &of)?;
                let mut head = vec![
                    "HTTP/1.1 200 OK".to_string(),
                    format!("Content-Type: {OCI_INDEX}"),
                ];
                if let Some(n) = st.per_page {
                    let rest = listed.split_off((page * n).min(listed.len()));
                    listed = listed.split_off(((page - 1) * n).min(listed.len()));
                    if !rest.is_empty() {
                        head.push(format!(
                            "Link: </v2/{repo}/referrers/{of}?page={}>; rel=\"next\"",
                            page + 1
                        ));
                    }
                }
                let body = serde_json::to_vec(
                    &json!({"schemaVersion": 2, "mediaType": OCI_INDEX, "manifests": listed}),
                )
                .unwrap();
                write_message(&mut writer, &Message { head, body }, false)?;
                continue;
            }
            if method == "PUT" && path.contains("/manifests/") {
                subject = record_referrer(refs, &head, &body);
            }
        }
        let up = TcpStream::connect(&st.upstream)?;
        if let Some(Action::CutRequestAfter(n)) = &fault {
            let mut up = up;
            let full = Message {
                head: head.clone(),
                body: body.clone(),
            };
            let mut raw = Vec::new();
            write_message(&mut raw, &full, false)?;
            let head_len = raw.len() - body.len();
            up.write_all(&raw[..head_len + (*n).min(body.len())])?;
            up.flush()?;
            // Let the registry read what arrived, then hang up on both sides.
            let _ = up.shutdown(Shutdown::Write);
            let mut sink = Vec::new();
            let _ = std::io::Read::read_to_end(&mut up, &mut sink);
            let _ = writer.shutdown(Shutdown::Both);
            return Ok(());
        }
        let is_head = method == "HEAD";
        let req = Message {
            head: head.clone(),
            body,
        };
        let Some(mut resp) = exchange(up, &req, is_head)? else {
            return Ok(());
        };
        if let Some(d) = subject
            && resp.head[0].contains(" 201 ")
        {
            resp.head.push(format!("OCI-Subject: {d}"));
        }
        match fault {
            Some(Action::ResetAfter(n)) => {
                send_part(&mut writer, &resp, n)?;
                let _ = writer.shutdown(Shutdown::Both);
                return Ok(());
            }
            Some(Action::StallAfter(n)) => {
                send_part(&mut writer, &resp, n)?;
                // Wait for the client to close its end: a read returns when it hangs up.
                let mut rest = Vec::new();
                let _ = std::io::Read::read_to_end(&mut reader, &mut rest);
                return Ok(());
            }
            Some(Action::Corrupt) => {
                if let Some(b) = resp.body.get_mut(0) {
                    *b ^= 0xff;
                }
            }
            Some(Action::Header(name, value)) => {
                resp.head.retain(|l| {
                    !l.to_ascii_lowercase()
                        .starts_with(&format!("{}:", name.to_ascii_lowercase()))
                });
                resp.head.push(format!("{name}: {value}"));
            }
            Some(Action::AddHeaders(hs)) => {
                for (k, v) in hs {
                    resp.head.push(format!("{k}: {v}"));
                }
            }
            _ => {}
        }
        let hold = *st.hold.lock().unwrap();
        if !hold.is_zero() {
            std::thread::sleep(hold);
        }
        drop(open);
        write_message(&mut writer, &resp, is_head)?;
    }
}
