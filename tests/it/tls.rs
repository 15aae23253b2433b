//! TLS rules: verification against a generated CA from `--ca-file`, the config file or a
//! certs.d directory; `--insecure`; and no silent fallback when HTTPS is required.

use crate::support::cmd::Env;
use crate::support::fixtures::{self, Compression};
use crate::support::have_tools;
use crate::support::registry::Registry;

#[test]
fn tls_registry_needs_its_ca_and_says_how_to_trust_it() {
    if !have_tools() {
        return;
    }
    let reg = Registry::tls();
    let tls = reg.tls.as_ref().unwrap();
    let env = Env::new();
    let fx = fixtures::single(21, Compression::Gzip);
    let r = format!("{}/app:v1", reg.host);

    // Push through hoist with the CA given (this is also the first check that TLS works).
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("m.json");
    std::fs::write(&file, &fx.top.data).unwrap();
    let ca = tls.ca.to_str().unwrap();
    let put = env.run(&[
        "manifest",
        "put",
        &r,
        file.to_str().unwrap(),
        "--ca-file",
        ca,
    ]);
    // The blobs are not there yet, so the registry refuses the manifest: proof we reached it over TLS.
    assert_eq!(put.code, 1, "{}", put.stderr);
    assert!(
        put.stderr.contains("MANIFEST_BLOB_UNKNOWN") || put.stderr.contains("BLOB_UNKNOWN"),
        "{}",
        put.stderr
    );

    let untrusted = env.run(&["manifest", "head", &r]).code(6);
    untrusted.says("TLS verification failed");
    untrusted.says("--ca-file");

    // Each way of trusting the CA reaches the registry (exit 3: the tag is not there yet).
    env.run(&["manifest", "head", &r, "--ca-file", ca]).code(3);
    env.run(&["manifest", "head", &r, "--insecure"]).code(3);
    std::fs::write(
        env.hoist_config(),
        format!("[registry.\"{}\"]\nca_file = \"{}\"\n", reg.host, ca),
    )
    .unwrap();
    env.run(&["manifest", "head", &r]).code(3);
    std::fs::remove_file(env.hoist_config()).unwrap();
    let d = env.certs_dir().join(&reg.host);
    std::fs::create_dir_all(&d).unwrap();
    std::fs::copy(&tls.ca, d.join("ca.crt")).unwrap();
    env.run(&["manifest", "head", &r]).code(3);
}

#[test]
fn https_required_on_a_plain_registry_fails_with_a_plain_http_hint() {
    if !have_tools() {
        return;
    }
    let reg = Registry::anonymous();
    let fx = fixtures::single(22, Compression::Gzip);
    let r = fx.push_to(&reg, "app", "v1", None);
    let env = Env::new();
    // Loopback default: HTTPS first, then plain HTTP, like docker's insecure registries.
    assert_eq!(
        env.run(&["manifest", "head", &r]).ok().text().trim(),
        fx.top.digest
    );
    // With TLS required for this registry there is no fallback.
    std::fs::write(
        env.hoist_config(),
        format!("[registry.\"{}\"]\ntls = \"enabled\"\n", reg.host),
    )
    .unwrap();
    let out = env.run(&["manifest", "head", &r]).code(6);
    out.says("--plain-http");
    // And explicitly plain works.
    assert_eq!(
        env.run(&["manifest", "head", &r, "--plain-http"])
            .ok()
            .text()
            .trim(),
        fx.top.digest
    );
}

#[test]
fn mutual_tls_uses_the_client_certificate_from_flags_config_or_certs_d() {
    if !have_tools() {
        return;
    }
    let reg = Registry::mutual_tls();
    let tls = reg.tls.as_ref().unwrap();
    let (cert, key) = crate::support::certs::client_cert(reg.dir.path());
    let env = Env::new();
    let r = format!("{}/app:v1", reg.host);
    let ca = tls.ca.to_str().unwrap();
    // Without a client certificate the registry refuses the handshake.
    env.run(&["manifest", "head", &r, "--ca-file", ca]).code(6);
    // With one, it answers (exit 3: the tag does not exist).
    env.run(&[
        "manifest",
        "head",
        &r,
        "--ca-file",
        ca,
        "--cert-file",
        cert.to_str().unwrap(),
        "--key-file",
        key.to_str().unwrap(),
    ])
    .code(3);
    std::fs::write(
        env.hoist_config(),
        format!(
            "[registry.\"{}\"]\nca_file = \"{}\"\ncert_file = \"{}\"\nkey_file = \"{}\"\n",
            reg.host,
            ca,
            cert.display(),
            key.display()
        ),
    )
    .unwrap();
    env.run(&["manifest", "head", &r]).code(3);
    std::fs::remove_file(env.hoist_config()).unwrap();
    let d = env.certs_dir().join(&reg.host);
    std::fs::create_dir_all(&d).unwrap();
    std::fs::copy(&tls.ca, d.join("ca.crt")).unwrap();
    std::fs::copy(&cert, d.join("client.cert")).unwrap();
    std::fs::copy(&key, d.join("client.key")).unwrap();
    env.run(&["manifest", "head", &r]).code(3);
    // --cert-file alone is a usage error.
    env.run(&[
        "manifest",
        "head",
        &r,
        "--cert-file",
        cert.to_str().unwrap(),
    ])
    .code(2);
}
