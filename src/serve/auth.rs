//! `--htpasswd` users (bcrypt, as distribution reads them) and `--tls-cert`/`--tls-key`.
//!
//! It must not see request bodies.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::{Arc, Mutex};

use anyhow::Result;
use base64::Engine as _;
use hyper::header::HeaderValue;

use crate::error::Failure;

/// Users and their bcrypt hashes. A verified `Authorization` value is remembered (by its
/// SHA-256, never the value itself), so bcrypt's deliberate cost is paid once per client, not
/// on every request.
pub struct Users {
    hashes: HashMap<String, String>,
    verified: Mutex<HashSet<crate::digest::Digest>>,
}

impl std::fmt::Debug for Users {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Users")
            .field("users", &self.hashes.keys().collect::<Vec<_>>())
            .finish_non_exhaustive()
    }
}

impl Users {
    /// Reads an htpasswd file: `user:hash` lines, bcrypt hashes only (`htpasswd -B`).
    pub fn load(path: &Path) -> Result<Users> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            Failure::usage(format!(
                "cannot read the htpasswd file `{}`: {e}",
                path.display()
            ))
            .hint("make one with `htpasswd -B -c FILE USER`")
        })?;
        Users::parse(&text).map_err(|e| {
            Failure::usage(format!("`{}`: {e}", path.display()))
                .hint("make one with `htpasswd -B -c FILE USER`")
                .into()
        })
    }

    pub fn parse(text: &str) -> std::result::Result<Users, String> {
        let mut hashes = HashMap::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (user, hash) = line
                .split_once(':')
                .ok_or_else(|| format!("line {} is not `user:hash`", i + 1))?;
            if !(hash.starts_with("$2a$") || hash.starts_with("$2b$") || hash.starts_with("$2y$")) {
                return Err(format!(
                    "line {} (user `{user}`) is not a bcrypt hash; only bcrypt is accepted",
                    i + 1
                ));
            }
            hashes.insert(user.to_string(), hash.to_string());
        }
        if hashes.is_empty() {
            return Err("it names no users".into());
        }
        Ok(Users {
            hashes,
            verified: Mutex::default(),
        })
    }

    /// Whether `Authorization: Basic ...` names a user with the right password.
    pub fn check(&self, auth: Option<&HeaderValue>) -> bool {
        let Some(v) = auth else { return false };
        let key = crate::digest::Digest::sha256(v.as_bytes());
        if self.verified.lock().expect("verified").contains(&key) {
            return true;
        }
        let Some(b64) = v.to_str().ok().and_then(|s| s.strip_prefix("Basic ")) else {
            return false;
        };
        let Ok(raw) = base64::engine::general_purpose::STANDARD.decode(b64.trim()) else {
            return false;
        };
        let Ok(text) = String::from_utf8(raw) else {
            return false;
        };
        let Some((user, pass)) = text.split_once(':') else {
            return false;
        };
        let ok = self
            .hashes
            .get(user)
            .is_some_and(|h| bcrypt::verify(pass, h).unwrap_or(false));
        if ok {
            self.verified.lock().expect("verified").insert(key);
        }
        ok
    }
}

/// A TLS acceptor for a PEM certificate chain and key.
pub fn tls_acceptor(cert: &Path, key: &Path) -> Result<tokio_rustls::TlsAcceptor> {
    use rustls_pki_types::pem::PemObject as _;
    use rustls_pki_types::{CertificateDer, PrivateKeyDer};
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert)
        .and_then(|i| i.collect::<std::result::Result<_, _>>())
        .map_err(|e| {
            Failure::usage(format!(
                "`{}` is not a PEM certificate: {e}",
                cert.display()
            ))
        })?;
    if certs.is_empty() {
        return Err(Failure::usage(format!("`{}` holds no certificate", cert.display())).into());
    }
    let key = PrivateKeyDer::from_pem_file(key).map_err(|e| {
        Failure::usage(format!("`{}` is not a PEM private key: {e}", key.display()))
    })?;
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()?
    .with_no_client_auth()
    .with_single_cert(certs, key)
    .map_err(|e| Failure::usage(format!("the TLS certificate and key do not fit: {e}")))?;
    Ok(tokio_rustls::TlsAcceptor::from(Arc::new(config)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn htpasswd_bcrypt_users_are_checked_and_others_refused() {
        let hash = bcrypt::hash("wonderland", 4).unwrap();
        let u = Users::parse(&format!("# users\nalice:{hash}\n")).unwrap();
        let basic = |s: &str| {
            HeaderValue::from_str(&format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(s)
            ))
            .unwrap()
        };
        assert!(u.check(Some(&basic("alice:wonderland"))));
        assert!(u.check(Some(&basic("alice:wonderland"))), "remembered");
        assert!(!u.check(Some(&basic("alice:wrong"))));
        assert!(!u.check(Some(&basic("bob:wonderland"))));
        assert!(!u.check(None));
        assert!(!u.check(Some(&HeaderValue::from_static("Bearer x"))));
        assert!(Users::parse("alice:{SHA}abc").is_err(), "not bcrypt");
        assert!(Users::parse("").is_err());
        assert!(!format!("{u:?}").contains(&hash), "no hash in debug output");
    }
}
