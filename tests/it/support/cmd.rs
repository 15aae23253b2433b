//! Runs the `hoist` binary with an isolated environment: its own HOME, docker config, hoist
//! config, certs directory, and no proxies.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Stdio};

pub struct Env {
    pub home: tempfile::TempDir,
    vars: Vec<(String, String)>,
}

pub struct Out {
    pub code: i32,
    pub stdout: Vec<u8>,
    pub stderr: String,
}

impl Out {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}\nstderr: {}", self.text(), self.stderr))
    }

    /// Asserts that stderr contains `needle`.
    #[track_caller]
    pub fn says(&self, needle: &str) -> &Out {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}:\n{}",
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn ok(self) -> Out {
        assert_eq!(
            self.code,
            0,
            "expected success\nstdout: {}\nstderr: {}",
            self.text(),
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn code(self, want: i32) -> Out {
        assert_eq!(
            self.code,
            want,
            "wrong exit code\nstdout: {}\nstderr: {}",
            self.text(),
            self.stderr
        );
        self
    }
}

impl Env {
    pub fn new() -> Env {
        let home = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(home.path().join(".docker")).unwrap();
        Env {
            home,
            vars: Vec::new(),
        }
    }

    /// Sets an extra environment variable for every later run.
    pub fn set(&mut self, k: &str, v: &str) {
        self.vars.push((k.to_string(), v.to_string()));
    }

    pub fn docker_config(&self) -> PathBuf {
        self.home.path().join(".docker").join("config.json")
    }

    pub fn hoist_config(&self) -> PathBuf {
        self.home.path().join("hoist.toml")
    }

    pub fn certs_dir(&self) -> PathBuf {
        self.home.path().join("certs.d")
    }

    pub fn command(&self, args: &[&str]) -> Command {
        self.command_via(env!("CARGO_BIN_EXE_hoist"), args)
    }

    /// `program args...` with hoist's isolated environment (for wrappers around hoist).
    pub fn command_via(&self, program: &str, args: &[&str]) -> Command {
        let mut c = Command::new(program);
        c.args(args)
            .current_dir(self.home.path())
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.home.path())
            .env("DOCKER_CONFIG", self.home.path().join(".docker"))
            .env("HOIST_CONFIG", self.hoist_config())
            .env("HOIST_CERTS_DIR", self.certs_dir())
            .env("XDG_RUNTIME_DIR", self.home.path().join("run"))
            .env("NO_PROXY", "*");
        for (k, v) in &self.vars {
            c.env(k, v);
        }
        c
    }

    pub fn run(&self, args: &[&str]) -> Out {
        self.run_stdin(args, None)
    }

    /// The digest `hoist manifest head R` reports (it must succeed).
    #[track_caller]
    pub fn digest_of(&self, r: &str) -> String {
        self.run(&["manifest", "head", r])
            .ok()
            .text()
            .split_whitespace()
            .next()
            .unwrap()
            .to_string()
    }

    /// Runs `args` with `--format json`, expects success, and parses stdout.
    #[track_caller]
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut all = args.to_vec();
        all.extend(["--format", "json"]);
        self.run(&all).ok().json()
    }

    pub fn run_stdin(&self, args: &[&str], stdin: Option<&[u8]>) -> Out {
        self.run_command(self.command(args), stdin)
    }

    /// Runs a prepared command (from [`Env::command_via`]) and collects its output.
    pub fn run_command(&self, mut c: Command, stdin: Option<&[u8]>) -> Out {
        c.stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
        let mut child = c.spawn().expect("running hoist");
        if let Some(input) = stdin {
            child.stdin.take().unwrap().write_all(input).unwrap();
        }
        let out = child.wait_with_output().unwrap();
        Out {
            code: out.status.code().unwrap_or(-1),
            stdout: out.stdout,
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}
