//! Errors a person can act on, and the exit code each one maps to.
//!
//! Commands return `anyhow::Result` so that context can be layered on as an error travels up
//! ("fetching manifest of `x`: ..."). The one piece of structure we need at the top is *which
//! exit code* and *which hints* apply, so a [`Failure`] is placed somewhere in the chain by the
//! code that knows (the registry client knows a 401 is an auth failure; the digest code knows a
//! mismatch is a verification failure). `main` walks the chain to find it. Network errors from
//! reqwest that never became a `Failure` are recognised here too, so every connect/TLS error maps
//! to exit 6 without each call site having to remember it.

use std::fmt;

/// The documented exit codes (see `docs/exit-codes.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// 1: anything not covered below.
    Other = 1,
    /// 2: bad command-line input: malformed reference, unknown flag, bad platform string.
    Usage = 2,
    /// 3: manifest, blob, tag, repository or platform not found.
    NotFound = 3,
    /// 4: authentication or authorisation failed (401/403).
    Auth = 4,
    /// 5: verification failed: digest, size or diffID mismatch, oversized or malformed content.
    Verify = 5,
    /// 6: registry unreachable, TLS failure, network error.
    Network = 6,
    /// 7: `image audit --fail-on` found what it names (secrets, shadowed files, waste).
    Policy = 7,
}

impl Kind {
    pub fn code(self) -> i32 {
        self as i32
    }

    /// The kind an exit code stands for (anything unknown is `Other`).
    pub fn from_code(code: i32) -> Kind {
        match code {
            2 => Kind::Usage,
            3 => Kind::NotFound,
            4 => Kind::Auth,
            5 => Kind::Verify,
            6 => Kind::Network,
            7 => Kind::Policy,
            _ => Kind::Other,
        }
    }
}

/// An error with an exit code and optional `hint:` lines.
#[derive(Debug)]
pub struct Failure {
    pub kind: Kind,
    pub message: String,
    pub hints: Vec<String>,
    /// The lower-level error this one explains, shown after the message.
    pub source: Option<anyhow::Error>,
}

impl Failure {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Failure {
            kind,
            message: message.into(),
            hints: Vec::new(),
            source: None,
        }
    }

    pub fn with_source(mut self, source: impl Into<anyhow::Error>) -> Self {
        self.source = Some(source.into());
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Failure::new(Kind::Usage, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Failure::new(Kind::NotFound, message)
    }

    pub fn auth(message: impl Into<String>) -> Self {
        Failure::new(Kind::Auth, message)
    }

    pub fn verify(message: impl Into<String>) -> Self {
        Failure::new(Kind::Verify, message)
    }

    pub fn network(message: impl Into<String>) -> Self {
        Failure::new(Kind::Network, message)
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_ref()
            .map(|e| e.as_ref() as &(dyn std::error::Error + 'static))
    }
}

/// The exit code for an error chain: the first [`Failure`] wins, then network errors.
pub fn kind_of(err: &anyhow::Error) -> Kind {
    for cause in err.chain() {
        if let Some(f) = cause.downcast_ref::<Failure>() {
            return f.kind;
        }
    }
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<reqwest::Error>()
            && (e.is_connect() || e.is_timeout() || e.is_request())
        {
            return Kind::Network;
        }
        if let Some(e) = cause.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind as K;
            match e.kind() {
                K::ConnectionRefused | K::ConnectionReset | K::ConnectionAborted | K::TimedOut => {
                    return Kind::Network;
                }
                K::NotFound => return Kind::NotFound,
                _ => {}
            }
        }
    }
    Kind::Other
}

/// All hints in the chain, outermost first, without repeats.
pub fn hints_of(err: &anyhow::Error) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for cause in err.chain() {
        if let Some(f) = cause.downcast_ref::<Failure>() {
            for h in &f.hints {
                if !out.contains(h) {
                    out.push(h.clone());
                }
            }
        }
    }
    out
}

/// Renders an error chain as one line: `outer: inner: innermost`, skipping links whose text
/// is already contained in the previous one (reqwest and hyper repeat themselves).
pub fn render(err: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in err.chain() {
        let text = cause.to_string();
        // reqwest's and hyper's wrappers repeat the URL or say nothing a person can use.
        if text.is_empty()
            || text.starts_with("error sending request for url")
            || text.starts_with("client error (")
        {
            continue;
        }
        if parts.last().is_some_and(|p| p.contains(&text)) {
            continue;
        }
        parts.push(text);
    }
    parts.join(": ")
}
