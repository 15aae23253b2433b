//! Credentials, secrets, `WWW-Authenticate` challenges and token scopes.
//!
//! The state machine that *uses* these lives in the client (it owns the per-host challenge and
//! token cache); this module holds the pieces that are pure data: what a credential is, how a
//! challenge is parsed, how scopes merge. Secrets are wrapped in [`Secret`], whose `Debug` and
//! `Display` never print the value, so a stray `{:?}` in a log line cannot leak a password.

pub mod store;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use base64::Engine as _;

/// A string that must never be printed.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Secret {
        Secret(s.into())
    }

    /// The value, for the one place that puts it on the wire.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// A username/password pair, or an OAuth2 identity (refresh) token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credential {
    pub username: String,
    pub password: Secret,
    /// An identity token from `config.json` (`identitytoken`) or a helper that answered with
    /// username `<token>`: exchanged for access tokens with the OAuth2 refresh grant.
    pub identity_token: Option<Secret>,
}

impl Credential {
    pub fn basic(username: impl Into<String>, password: impl Into<String>) -> Credential {
        Credential {
            username: username.into(),
            password: Secret::new(password),
            identity_token: None,
        }
    }

    /// Parses `USER:PASS` as given to `--creds` (the password may contain `:`).
    pub fn parse_user_pass(s: &str) -> Option<Credential> {
        let (u, p) = s.split_once(':')?;
        if u.is_empty() {
            return None;
        }
        Some(Credential::basic(u, p))
    }

    /// The value of an `Authorization: Basic` header.
    pub fn basic_header(&self) -> String {
        let raw = format!("{}:{}", self.username, self.password.expose());
        format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(raw)
        )
    }
}

/// Where a credential came from, for `-v` logs and error hints (never the value).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CredSource {
    /// A flag or environment variable, named (`--creds`, `HOIST_DEST_CREDS`).
    CommandLine(String),
    /// A credential helper, by its whole command (`docker-credential-NAME`, or a sync file's
    /// `credHelper`).
    Helper(String),
    DockerConfig(std::path::PathBuf),
    PodmanAuth(std::path::PathBuf),
}

impl fmt::Display for CredSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CredSource::CommandLine(name) => write!(f, "`{name}`"),
            CredSource::Helper(h) => write!(f, "credential helper `{h}`"),
            CredSource::DockerConfig(p) => write!(f, "`{}`", p.display()),
            CredSource::PodmanAuth(p) => write!(f, "`{}`", p.display()),
        }
    }
}

/// A parsed authentication challenge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Challenge {
    Basic,
    Bearer {
        realm: String,
        service: Option<String>,
        scope: Option<String>,
        error: Option<String>,
    },
}

/// Parses a `WWW-Authenticate` header value, preferring Bearer over Basic when both are offered.
pub fn parse_challenge(header: &str) -> Option<Challenge> {
    let challenges = http_auth::parse_challenges(header).ok()?;
    let mut basic = false;
    for c in &challenges {
        if c.scheme.eq_ignore_ascii_case("bearer") {
            let get = |k: &str| {
                c.params
                    .iter()
                    .find(|(name, _)| name.eq_ignore_ascii_case(k))
                    .map(|(_, v)| v.to_unescaped())
            };
            return Some(Challenge::Bearer {
                realm: get("realm")?,
                service: get("service"),
                scope: get("scope"),
                error: get("error"),
            });
        }
        if c.scheme.eq_ignore_ascii_case("basic") {
            basic = true;
        }
    }
    // http-auth rejects a bare `Basic` without params on some inputs; accept it by hand.
    if basic || header.trim().to_ascii_lowercase().starts_with("basic") {
        return Some(Challenge::Basic);
    }
    None
}

/// A set of token scopes, merged per resource: `repository:a:pull` + `repository:a:push` is
/// `repository:a:pull,push`. Kept sorted so it can key the token cache.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Scopes(BTreeMap<String, BTreeSet<String>>);

impl Scopes {
    pub fn new() -> Scopes {
        Scopes::default()
    }

    pub fn repository(repo: &str, actions: &[&str]) -> Scopes {
        let mut s = Scopes::new();
        s.add(&format!("repository:{repo}:{}", actions.join(",")));
        s
    }

    pub fn catalog() -> Scopes {
        let mut s = Scopes::new();
        s.add("registry:catalog:*");
        s
    }

    /// Adds scopes in the wire form (`type:name:action,action`), space-separated allowed.
    pub fn add(&mut self, scope: &str) {
        for one in scope.split_whitespace() {
            // The name may itself contain ':' (a registry with a port in some servers), so the
            // actions are after the last ':' and the type before the first.
            let Some((resource, actions)) = one.rsplit_once(':') else {
                continue;
            };
            let set = self.0.entry(resource.to_string()).or_default();
            for a in actions.split(',').filter(|a| !a.is_empty()) {
                set.insert(a.to_string());
            }
        }
    }

    pub fn merge(&mut self, other: &Scopes) {
        for (r, acts) in &other.0 {
            self.0
                .entry(r.clone())
                .or_default()
                .extend(acts.iter().cloned());
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The wire form, one string per resource.
    pub fn to_vec(&self) -> Vec<String> {
        self.0
            .iter()
            .map(|(r, a)| format!("{r}:{}", a.iter().cloned().collect::<Vec<_>>().join(",")))
            .collect()
    }
}

impl fmt::Display for Scopes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_vec().join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_do_not_print() {
        let c = Credential::basic("alice", "hunter2");
        assert!(!format!("{c:?}").contains("hunter2"));
        assert!(!format!("{}", c.password).contains("hunter2"));
    }

    #[test]
    fn parses_challenges() {
        let c = parse_challenge(
            r#"Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull,push",error="insufficient_scope""#,
        )
        .unwrap();
        assert_eq!(
            c,
            Challenge::Bearer {
                realm: "https://auth.example/token".into(),
                service: Some("registry.example".into()),
                scope: Some("repository:a/b:pull,push".into()),
                error: Some("insufficient_scope".into()),
            }
        );
        assert_eq!(
            parse_challenge(r#"Basic realm="x""#),
            Some(Challenge::Basic)
        );
        assert_eq!(parse_challenge("Basic"), Some(Challenge::Basic));
        assert_eq!(parse_challenge("Negotiate"), None);
    }

    #[test]
    fn merges_scopes() {
        let mut s = Scopes::repository("a/b", &["pull"]);
        s.add("repository:a/b:push repository:c:pull");
        assert_eq!(
            s.to_vec(),
            vec!["repository:a/b:pull,push", "repository:c:pull"]
        );
        assert_eq!(
            Credential::parse_user_pass("u:p:q")
                .unwrap()
                .password
                .expose(),
            "p:q"
        );
    }
}
