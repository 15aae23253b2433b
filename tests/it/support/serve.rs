//! Runs `hoist serve` on a free loopback port (port 0, read back from its start line) over a
//! directory, collecting its request log. Readiness is the server's own start line.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::{Arc, Condvar, Mutex, mpsc};
use std::time::Duration;

use super::cmd::Env;

pub struct Served {
    /// `127.0.0.1:PORT`
    pub host: String,
    pub dir: PathBuf,
    child: Child,
    log: Arc<(Mutex<String>, Condvar)>,
}

impl Served {
    /// `hoist serve DIR --addr 127.0.0.1:0 ARGS...`
    pub fn start(env: &Env, dir: &Path, args: &[&str]) -> Served {
        Served::start_via(env, env!("CARGO_BIN_EXE_hoist"), dir, args)
    }

    /// [`Served::start`] through `program` (a wrapper that runs hoist, such as `prlimit`).
    pub fn start_via(env: &Env, program: &str, dir: &Path, args: &[&str]) -> Served {
        let mut all = vec!["serve", dir.to_str().unwrap(), "--addr", "127.0.0.1:0"];
        all.extend_from_slice(args);
        let mut child = env
            .command_via(program, &all)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("starting hoist serve");
        let stderr = child.stderr.take().unwrap();
        let log = Arc::new((Mutex::new(String::new()), Condvar::new()));
        let (tx, rx) = mpsc::channel::<Result<String, String>>();
        let kept = log.clone();
        std::thread::spawn(move || {
            let mut tx = Some(tx);
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(t) = &tx
                    && let Some(rest) = line.split(" on http").nth(1)
                {
                    let host = rest
                        .trim_start_matches('s')
                        .trim_start_matches("://")
                        .split_whitespace()
                        .next()
                        .unwrap_or("")
                        .to_string();
                    let _ = t.send(Ok(host));
                    tx = None;
                    continue;
                }
                let mut l = kept.0.lock().unwrap();
                l.push_str(&line);
                l.push('\n');
                kept.1.notify_all();
            }
            if let Some(t) = tx {
                let _ = t.send(Err(kept.0.lock().unwrap().clone()));
            }
        });
        let host = match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(Ok(h)) => h,
            Ok(Err(log)) => panic!("hoist serve exited before listening:\n{log}"),
            Err(_) => panic!("hoist serve did not start within 30s"),
        };
        Served {
            host,
            dir: dir.to_path_buf(),
            child,
            log,
        }
    }

    /// The request log so far.
    pub fn log(&self) -> String {
        self.log.0.lock().unwrap().clone()
    }

    /// Waits (30 seconds at most) until the log holds a line for which `want` is true, and
    /// returns that line: a request is logged when its response is done, which may be just
    /// after the client has it.
    pub fn wait_line(&self, want: impl Fn(&str) -> bool) -> String {
        let (lock, cv) = &*self.log;
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        let mut log = lock.lock().unwrap();
        loop {
            if let Some(l) = log.lines().find(|l| want(l)) {
                return l.to_string();
            }
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            assert!(!left.is_zero(), "no such log line:\n{log}");
            log = cv.wait_timeout(log, left).unwrap().0;
        }
    }

    /// Log lines with this method whose path contains `part`.
    pub fn requests(&self, method: &str, part: &str) -> Vec<String> {
        self.log()
            .lines()
            .filter(|l| l.starts_with(&format!("{method} ")) && l.contains(part))
            .map(str::to_string)
            .collect()
    }

    /// The server's resident memory, in MiB.
    pub fn rss_mib(&self) -> f64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|kb| kb.parse::<f64>().ok())
            .unwrap_or(0.0)
            / 1024.0
    }

    /// SIGKILL: no chance to clean up.
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// SIGTERM, then waits for the exit; returns whether it exited successfully.
    pub fn stop(mut self) -> bool {
        // SAFETY: a signal to our own child, which has not been waited for.
        unsafe {
            libc::kill(self.child.id() as i32, libc::SIGTERM);
        }
        self.child.wait().map(|s| s.success()).unwrap_or(false)
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
