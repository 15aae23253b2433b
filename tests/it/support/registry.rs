//! Starts the real CNCF distribution registry (`docker-registry`) on a free loopback port with
//! its own storage and config, in one of four modes: anonymous, htpasswd basic auth, token auth
//! (trusting a [`TokenServer`]), and TLS with a generated CA. Readiness is the registry's own
//! "listening on" log line, not a sleep. Like hosted registries, each accepts manifests whose
//! non-distributable layers carry URLs.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use super::certs::{Tls, server_tls};
use super::token::{ISSUER, SERVICE, TokenServer};

pub enum Auth<'a> {
    Anonymous,
    Basic,
    Token(&'a TokenServer),
}

pub struct Registry {
    /// `127.0.0.1:PORT`
    pub host: String,
    pub tls: Option<Tls>,
    pub dir: tempfile::TempDir,
    child: Child,
}

/// Users in basic mode (htpasswd) and token mode (the token server's policy).
pub const ALICE: (&str, &str) = ("alice", "wonderland");
pub const READER: (&str, &str) = ("reader", "readonly");

impl Registry {
    pub fn anonymous() -> Registry {
        Registry::start(Auth::Anonymous, false)
    }

    pub fn basic() -> Registry {
        Registry::start(Auth::Basic, false)
    }

    pub fn token(ts: &TokenServer) -> Registry {
        Registry::start(Auth::Token(ts), false)
    }

    pub fn tls() -> Registry {
        Registry::start(Auth::Anonymous, true)
    }

    /// TLS that also requires a client certificate signed by the test CA.
    pub fn mutual_tls() -> Registry {
        Registry::start_full(Auth::Anonymous, true, true)
    }

    pub fn start(auth: Auth, tls: bool) -> Registry {
        Registry::start_full(auth, tls, false)
    }

    /// An anonymous registry named by a loopback address alone, on port 80 of an address of
    /// its own (`127.0.200.N`): a name without a port, as public registries have, so that
    /// tools that put the registry's name in a repository path (skopeo's `--scoped`) can.
    pub fn anonymous_without_port() -> Registry {
        static N: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        Registry::start_on(
            Auth::Anonymous,
            false,
            false,
            format!("127.0.200.{}", 2 + n % 250),
        )
    }

    fn start_full(auth: Auth, tls: bool, client_certs: bool) -> Registry {
        let port = super::free_port();
        Registry::start_on(auth, tls, client_certs, format!("127.0.0.1:{port}"))
    }

    fn start_on(auth: Auth, tls: bool, client_certs: bool, host: String) -> Registry {
        let dir = tempfile::tempdir().unwrap();
        // distribution listens where it is told; a name without a port is port 80.
        let listen = if host.contains(':') {
            host.clone()
        } else {
            format!("{host}:80")
        };
        let mut cfg = format!(
            "version: 0.1\nlog:\n  level: info\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: {}\n  delete:\n    enabled: true\n  maintenance:\n    uploadpurging:\n      enabled: false\nvalidation:\n  manifests:\n    urls:\n      allow:\n        - ^https?://\nhttp:\n  addr: {listen}\n  secret: hoist-test-secret\n",
            dir.path().join("data").display()
        );
        let tls = tls.then(|| server_tls(dir.path()));
        if let Some(t) = &tls {
            cfg.push_str(&format!(
                "  tls:\n    certificate: {}\n    key: {}\n",
                t.cert.display(),
                t.key.display()
            ));
            if client_certs {
                cfg.push_str(&format!("    clientcas:\n      - {}\n", t.ca.display()));
            }
        }
        match auth {
            Auth::Anonymous => {}
            Auth::Basic => {
                let pw = dir.path().join("htpasswd");
                let mut lines = String::new();
                for (u, p) in [ALICE, READER] {
                    lines.push_str(
                        super::run_ok(Command::new("htpasswd").args(["-Bbn", u, p])).trim(),
                    );
                    lines.push('\n');
                }
                std::fs::write(&pw, lines).unwrap();
                cfg.push_str(&format!(
                    "auth:\n  htpasswd:\n    realm: hoist-test\n    path: {}\n",
                    pw.display()
                ));
            }
            Auth::Token(ts) => {
                cfg.push_str(&format!(
                    "auth:\n  token:\n    realm: {}\n    service: {SERVICE}\n    issuer: {ISSUER}\n    rootcertbundle: {}\n",
                    ts.realm,
                    ts.cert.display()
                ));
            }
        }
        let cfg_path = dir.path().join("config.yml");
        std::fs::write(&cfg_path, cfg).unwrap();
        let mut child = Command::new("docker-registry")
            .arg("serve")
            .arg(&cfg_path)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("starting docker-registry");
        let stderr = child.stderr.take().unwrap();
        let (tx, rx) = mpsc::channel::<Result<(), String>>();
        std::thread::spawn(move || {
            let mut seen = String::new();
            let mut tx = Some(tx);
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(t) = &tx {
                    if line.contains("listening on") {
                        let _ = t.send(Ok(()));
                        tx = None;
                    } else {
                        seen.push_str(&line);
                        seen.push('\n');
                        if line.contains("level=fatal") || line.contains("panic") {
                            let _ = t.send(Err(seen.clone()));
                            tx = None;
                        }
                    }
                }
            }
            if let Some(t) = tx {
                let _ = t.send(Err(format!("registry exited before listening:\n{seen}")));
            }
        });
        match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(Ok(())) => {}
            Ok(Err(log)) => panic!("docker-registry failed to start:\n{log}"),
            Err(_) => panic!("docker-registry did not report listening within 30s"),
        }
        Registry {
            host,
            tls,
            dir,
            child,
        }
    }

    /// Where the registry keeps blob data on disk (for corrupting a blob in a test).
    pub fn blob_data_path(&self, hex: &str) -> PathBuf {
        self.dir
            .path()
            .join("data/docker/registry/v2/blobs/sha256")
            .join(&hex[..2])
            .join(hex)
            .join("data")
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
