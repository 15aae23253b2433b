//! A token server for the registry's `auth: token:` mode: RS256 JWTs signed with `openssl`,
//! carrying the x5c certificate the registry trusts through `rootcertbundle`.
//!
//! Policy: `alice`/`wonderland` may pull, push and delete everywhere and read the catalog;
//! `reader`/`readonly` may only pull; anonymous clients may pull `public/*` only. It answers the
//! docker GET flow (Basic auth) and the OAuth2 POST flow (`password` and `refresh_token` grants;
//! refresh token `refresh-alice` is alice). Requests are counted.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use base64::Engine as _;

pub const SERVICE: &str = "hoist-test-registry";
pub const ISSUER: &str = "hoist-test-issuer";

pub struct TokenServer {
    pub realm: String,
    pub cert: PathBuf,
    pub requests: Arc<AtomicUsize>,
    _dir: tempfile::TempDir,
}

struct State {
    key: PathBuf,
    x5c: String,
    requests: Arc<AtomicUsize>,
    /// Refuse docker's GET flow (OAuth2-only token services do).
    post_only: bool,
}

impl TokenServer {
    pub fn start() -> TokenServer {
        TokenServer::start_with(false)
    }

    /// A token service that answers only the OAuth2 POST flow.
    pub fn start_post_only() -> TokenServer {
        TokenServer::start_with(true)
    }

    fn start_with(post_only: bool) -> TokenServer {
        let dir = tempfile::tempdir().unwrap();
        let (key, cert) = super::certs::token_signer(dir.path());
        let pem = std::fs::read_to_string(&cert).unwrap();
        let b64: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let requests = Arc::new(AtomicUsize::new(0));
        let state = Arc::new(State {
            key,
            x5c: b64,
            requests: requests.clone(),
            post_only,
        });
        std::thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                let state = state.clone();
                std::thread::spawn(move || {
                    let _ = handle(conn, &state);
                });
            }
        });
        TokenServer {
            realm: format!("http://127.0.0.1:{port}/token"),
            cert,
            requests,
            _dir: dir,
        }
    }

    pub fn count(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }
}

fn users() -> HashMap<&'static str, (&'static str, &'static [&'static str])> {
    HashMap::from([
        (
            "alice",
            ("wonderland", &["pull", "push", "delete", "*"][..]),
        ),
        ("reader", ("readonly", &["pull"][..])),
    ])
}

fn url_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap_or(b'?'));
                i += 2;
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn parse_form(s: &str) -> Vec<(String, String)> {
    s.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (url_decode(k), url_decode(v))
        })
        .collect()
}

fn handle(mut conn: TcpStream, st: &State) -> std::io::Result<()> {
    st.requests.fetch_add(1, Ordering::SeqCst);
    let mut r = BufReader::new(conn.try_clone()?);
    let mut line = String::new();
    r.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let target = parts.next().unwrap_or("").to_string();
    let mut headers = HashMap::new();
    loop {
        let mut h = String::new();
        r.read_line(&mut h)?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
        }
    }
    let len: usize = headers
        .get("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; len];
    r.read_exact(&mut body)?;
    if st.post_only && method == "GET" {
        return respond(&mut conn, 405, r#"{"details":"use POST"}"#);
    }
    let query = target.split_once('?').map(|(_, q)| q).unwrap_or("");
    let mut params = parse_form(query);
    if method == "POST" {
        params.extend(parse_form(&String::from_utf8_lossy(&body)));
    }
    let get = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let scopes: Vec<String> = params
        .iter()
        .filter(|(k, _)| k == "scope")
        .flat_map(|(_, v)| v.split(' ').map(str::to_string).collect::<Vec<_>>())
        .filter(|s| !s.is_empty())
        .collect();

    let users = users();
    // Who is asking?
    let mut user: Option<&str> = None;
    let mut bad = false;
    if let Some(auth) = headers
        .get("authorization")
        .and_then(|a| a.strip_prefix("Basic "))
    {
        let raw = base64::engine::general_purpose::STANDARD
            .decode(auth)
            .unwrap_or_default();
        let raw = String::from_utf8_lossy(&raw).into_owned();
        let (u, p) = raw.split_once(':').unwrap_or(("", ""));
        match users.get_key_value(u) {
            Some((name, (pw, _))) if *pw == p => user = Some(name),
            _ => bad = true,
        }
    }
    if method == "POST" {
        match get("grant_type").as_deref() {
            Some("password") => {
                let u = get("username").unwrap_or_default();
                let p = get("password").unwrap_or_default();
                match users.get_key_value(u.as_str()) {
                    Some((name, (pw, _))) if *pw == p => user = Some(name),
                    _ => bad = true,
                }
            }
            Some("refresh_token") => match get("refresh_token").as_deref() {
                Some("refresh-alice") => user = Some("alice"),
                _ => bad = true,
            },
            _ => bad = true,
        }
    }
    if bad {
        return respond(&mut conn, 401, r#"{"details":"invalid credentials"}"#);
    }
    let mut access = Vec::new();
    for s in &scopes {
        let Some((resource, actions)) = s.rsplit_once(':') else {
            continue;
        };
        let Some((kind, name)) = resource.split_once(':') else {
            continue;
        };
        let allowed: Vec<&str> = actions
            .split(',')
            .filter(|a| match user {
                Some(u) => {
                    let perms = users[u].1;
                    if kind == "registry" {
                        u == "alice"
                    } else {
                        perms.contains(a)
                    }
                }
                None => kind == "repository" && *a == "pull" && name.starts_with("public/"),
            })
            .collect();
        access.push(serde_json::json!({"type": kind, "name": name, "actions": allowed}));
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let header = serde_json::json!({"typ": "JWT", "alg": "RS256", "x5c": [st.x5c]});
    let claims = serde_json::json!({
        "iss": ISSUER, "sub": user.unwrap_or(""), "aud": get("service").unwrap_or_default(),
        "exp": now + 300, "nbf": now - 10, "iat": now, "jti": format!("{now}-{}", st.requests.load(Ordering::SeqCst)),
        "access": access,
    });
    let b64 = |v: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v);
    let signing_input = format!(
        "{}.{}",
        b64(header.to_string().as_bytes()),
        b64(claims.to_string().as_bytes())
    );
    let mut child = Command::new("openssl")
        .args(["dgst", "-sha256", "-binary", "-sign"])
        .arg(&st.key)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(signing_input.as_bytes())?;
    let sig = child.wait_with_output()?.stdout;
    let token = format!("{signing_input}.{}", b64(&sig));
    let body = serde_json::json!({"token": token, "access_token": token, "expires_in": 300, "issued_at": "2026-01-01T00:00:00Z"});
    respond(&mut conn, 200, &body.to_string())
}

fn respond(conn: &mut TcpStream, status: u16, body: &str) -> std::io::Result<()> {
    let reason = match status {
        200 => "OK",
        405 => "Method Not Allowed",
        _ => "Unauthorized",
    };
    write!(
        conn,
        "HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    conn.flush()
}
