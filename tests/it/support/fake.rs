//! A fake registry for what a real registry cannot produce: oversized, malformed, lying,
//! dripping and endless answers, redirects and links to other origins, hostile token services.
//! Each connection serves one request from a closure; every request is logged, so tests can
//! count what each origin (each fake is one) received, Authorization headers above all.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::Arc;

#[derive(Default)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub mode: Mode,
}

/// How the body goes out.
#[derive(Default, Clone)]
pub enum Mode {
    /// With its true Content-Length.
    #[default]
    Whole,
    /// With this Content-Length, whatever the body's real length.
    Lying(u64),
    /// No Content-Length; `body` repeated until the client hangs up.
    Endless,
    /// No Content-Length; `body` one byte at a time, this far apart.
    Drip(std::time::Duration),
}

impl Reply {
    pub fn status(status: u16) -> Reply {
        Reply {
            status,
            ..Reply::default()
        }
    }

    pub fn json(status: u16, body: impl Into<Vec<u8>>) -> Reply {
        Reply {
            status,
            headers: vec![("Content-Type".into(), "application/json".into())],
            body: body.into(),
            mode: Mode::Whole,
        }
    }

    pub fn body(mut self, body: impl Into<Vec<u8>>) -> Reply {
        self.body = body.into();
        self
    }

    pub fn mode(mut self, mode: Mode) -> Reply {
        self.mode = mode;
        self
    }

    pub fn header(mut self, k: &str, v: &str) -> Reply {
        self.headers.push((k.to_string(), v.to_string()));
        self
    }

    /// Hang up without answering (a connection broken mid-request).
    pub fn hang_up() -> Reply {
        Reply::status(0)
    }
}

/// What the fake saw of a request.
#[derive(Clone, Debug)]
pub struct Seen {
    pub method: String,
    pub path: String,
    /// Header lines, lowercased names.
    pub headers: Vec<(String, String)>,
    /// The body, when it had a Content-Length.
    pub body: Vec<u8>,
}

impl Seen {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

pub struct Fake {
    pub host: String,
    log: Arc<std::sync::Mutex<Vec<Seen>>>,
}

impl Fake {
    pub fn start(handler: impl Fn(&Seen) -> Reply + Send + Sync + 'static) -> Fake {
        Fake::start_on("127.0.0.1", handler)
    }

    /// Every request served so far, in order.
    pub fn seen(&self) -> Vec<Seen> {
        self.log.lock().unwrap().clone()
    }

    /// The Authorization headers this origin received.
    pub fn authorizations(&self) -> Vec<String> {
        self.seen()
            .iter()
            .filter_map(|s| s.header("authorization").map(str::to_string))
            .collect()
    }

    /// A fake on another local address (a network namespace's veth end, say).
    pub fn start_on(addr: &str, handler: impl Fn(&Seen) -> Reply + Send + Sync + 'static) -> Fake {
        Fake::serve(TcpListener::bind(format!("{addr}:0")).unwrap(), handler)
    }

    /// A fake on a given loopback port (for answers that name their own origin).
    pub fn start_with_port(
        port: u16,
        handler: impl Fn(&Seen) -> Reply + Send + Sync + 'static,
    ) -> Fake {
        Fake::serve(TcpListener::bind(("127.0.0.1", port)).unwrap(), handler)
    }

    fn serve(
        listener: TcpListener,
        handler: impl Fn(&Seen) -> Reply + Send + Sync + 'static,
    ) -> Fake {
        let addr = listener.local_addr().unwrap();
        let host = format!("{}:{}", addr.ip(), addr.port());
        let handler = Arc::new(handler);
        let log = Arc::new(std::sync::Mutex::new(Vec::new()));
        let log2 = log.clone();
        std::thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                let handler = handler.clone();
                let log = log2.clone();
                std::thread::spawn(move || {
                    let mut r = BufReader::new(conn.try_clone().unwrap());
                    let mut line = String::new();
                    if r.read_line(&mut line).is_err() {
                        return;
                    }
                    let mut headers = Vec::new();
                    loop {
                        let mut h = String::new();
                        if r.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
                            break;
                        }
                        if let Some((k, v)) = h.split_once(':') {
                            headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
                        }
                    }
                    let mut parts = line.split_whitespace();
                    let method = parts.next().unwrap_or("").to_string();
                    let path = parts.next().unwrap_or("").to_string();
                    let len: usize = headers
                        .iter()
                        .find(|(k, _)| k == "content-length")
                        .and_then(|(_, v)| v.parse().ok())
                        .unwrap_or(0);
                    let mut body = vec![0u8; len];
                    if std::io::Read::read_exact(&mut r, &mut body).is_err() {
                        return;
                    }
                    let seen = Seen {
                        method: method.clone(),
                        path,
                        headers,
                        body,
                    };
                    log.lock().unwrap().push(seen.clone());
                    let reply = handler(&seen);
                    if reply.status == 0 {
                        let _ = conn.shutdown(std::net::Shutdown::Both);
                        return;
                    }
                    let length = match reply.mode {
                        Mode::Whole => Some(reply.body.len() as u64),
                        Mode::Lying(n) => Some(n),
                        Mode::Endless | Mode::Drip(_) => None,
                    };
                    let mut out =
                        format!("HTTP/1.1 {} Fake\r\nConnection: close\r\n", reply.status);
                    if let Some(n) = length {
                        out.push_str(&format!("Content-Length: {n}\r\n"));
                    }
                    for (k, v) in &reply.headers {
                        out.push_str(&format!("{k}: {v}\r\n"));
                    }
                    out.push_str("\r\n");
                    let mut w = conn;
                    let _ = w.write_all(out.as_bytes());
                    if method != "HEAD" {
                        match reply.mode {
                            Mode::Whole | Mode::Lying(_) => {
                                let _ = w.write_all(&reply.body);
                            }
                            // Bounded so a test that fails cannot leave a thread behind forever.
                            Mode::Endless => {
                                for _ in 0..1_000_000 {
                                    if w.write_all(&reply.body).is_err() {
                                        break;
                                    }
                                }
                            }
                            Mode::Drip(every) => {
                                for b in &reply.body {
                                    if w.write_all(&[*b]).and_then(|()| w.flush()).is_err() {
                                        break;
                                    }
                                    std::thread::sleep(every);
                                }
                            }
                        }
                    }
                    let _ = w.flush();
                });
            }
        });
        Fake { host, log }
    }
}
