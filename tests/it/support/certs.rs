//! Certificates made with the `openssl` CLI: a CA and a server cert for 127.0.0.1/localhost,
//! and a self-signed RSA key+cert for signing registry tokens.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::run_ok;

pub struct Tls {
    pub ca: PathBuf,
    pub cert: PathBuf,
    pub key: PathBuf,
}

pub fn server_tls(dir: &Path) -> Tls {
    let p = |n: &str| dir.join(n);
    run_ok(
        Command::new("openssl")
            .args([
                "req",
                "-x509",
                "-new",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:prime256v1",
                "-nodes",
                "-days",
                "30",
                "-subj",
                "/CN=hoist test CA",
            ])
            .arg("-keyout")
            .arg(p("ca.key"))
            .arg("-out")
            .arg(p("ca.pem")),
    );
    let (cert, key) = leaf(
        dir,
        "server",
        "/CN=localhost",
        "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth",
    );
    Tls {
        ca: p("ca.pem"),
        cert,
        key,
    }
}

/// A client certificate signed by the server CA (for mutual TLS); returns (cert, key).
pub fn client_cert(dir: &Path) -> (PathBuf, PathBuf) {
    leaf(
        dir,
        "client",
        "/CN=hoist test client",
        "extendedKeyUsage=clientAuth",
    )
}

/// A P-256 key and a certificate for it signed by `dir/ca.pem`; returns (cert, key).
fn leaf(dir: &Path, name: &str, subject: &str, extensions: &str) -> (PathBuf, PathBuf) {
    let p = |n: String| dir.join(n);
    let (key, csr, ext, cert) = (
        p(format!("{name}.key")),
        p(format!("{name}.csr")),
        p(format!("{name}.cnf")),
        p(format!("{name}.pem")),
    );
    run_ok(
        Command::new("openssl")
            .args([
                "req",
                "-new",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:prime256v1",
                "-nodes",
                "-subj",
                subject,
            ])
            .arg("-keyout")
            .arg(&key)
            .arg("-out")
            .arg(&csr),
    );
    std::fs::write(
        &ext,
        format!("basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\n{extensions}\n"),
    )
    .unwrap();
    run_ok(
        Command::new("openssl")
            .args(["x509", "-req", "-days", "30", "-CAcreateserial"])
            .arg("-in")
            .arg(&csr)
            .arg("-CA")
            .arg(dir.join("ca.pem"))
            .arg("-CAkey")
            .arg(dir.join("ca.key"))
            .arg("-extfile")
            .arg(&ext)
            .arg("-out")
            .arg(&cert),
    );
    (cert, key)
}

/// An RSA key and self-signed cert for RS256 tokens; returns (key, cert).
pub fn token_signer(dir: &Path) -> (PathBuf, PathBuf) {
    let key = dir.join("token.key");
    let cert = dir.join("token.pem");
    run_ok(
        Command::new("openssl")
            .args([
                "req",
                "-x509",
                "-new",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "30",
                "-subj",
                "/CN=hoist test token issuer",
            ])
            .arg("-keyout")
            .arg(&key)
            .arg("-out")
            .arg(&cert),
    );
    (key, cert)
}
