//! Authentication against the real registry: htpasswd basic auth and token auth with scopes,
//! credentials from the command line, docker's config.json, credential helpers and podman's
//! auth.json, `login`/`logout`, and secrets kept out of output.

use std::os::unix::fs::PermissionsExt as _;

use base64::Engine as _;

use crate::support::cmd::Env;
use crate::support::fixtures::{self, Compression};
use crate::support::have_tools;
use crate::support::proxy::Proxy;
use crate::support::registry::{ALICE, READER, Registry};
use crate::support::token::TokenServer;

fn b64(s: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(s)
}

#[test]
fn basic_auth_wrong_missing_and_right_credentials() {
    if !have_tools() {
        return;
    }
    let reg = Registry::basic();
    let fx = fixtures::single(11, Compression::Gzip);
    let r = fx.push_to(&reg, "app", "v1", Some(ALICE));
    let env = Env::new();

    let none = env.run(&["manifest", "head", &r]).code(4);
    none.says("requires authentication");
    none.says(&format!("hoist login {}", reg.host));

    let wrong = env
        .run(&["manifest", "head", &r, "--creds", "alice:nope"])
        .code(4);
    wrong.says("rejected the credentials for user `alice`");
    assert!(
        !wrong.stderr.contains("nope"),
        "the password must not be printed: {}",
        wrong.stderr
    );

    let ok = env
        .run(&["manifest", "head", &r, "--creds", "alice:wonderland"])
        .ok()
        .text();
    assert_eq!(ok.trim(), fx.top.digest);
    let ok = env
        .run_stdin(
            &["manifest", "head", &r, "--creds-stdin"],
            Some(b"alice:wonderland\n"),
        )
        .ok()
        .text();
    assert_eq!(ok.trim(), fx.top.digest);
}

#[test]
fn login_verifies_stores_0600_and_logout_removes() {
    if !have_tools() {
        return;
    }
    let reg = Registry::basic();
    let fx = fixtures::single(12, Compression::Gzip);
    fx.push_to(&reg, "app", "v1", Some(ALICE));
    let env = Env::new();
    let cfg = env.docker_config();
    std::fs::write(&cfg, r#"{"auths":{},"psFormat":"keep-me"}"#).unwrap();

    let bad = env
        .run_stdin(
            &["login", &reg.host, "-u", "alice", "--password-stdin"],
            Some(b"wrong\n"),
        )
        .code(4);
    assert!(!bad.stderr.contains("wrong"), "{}", bad.stderr);
    let untouched: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&cfg).unwrap()).unwrap();
    assert_eq!(
        untouched["auths"],
        serde_json::json!({}),
        "failed login must store nothing"
    );

    let out = env
        .run_stdin(
            &["login", &reg.host, "-u", "alice", "--password-stdin"],
            Some(b"wonderland\n"),
        )
        .ok();
    out.says("Login succeeded");
    assert!(!out.stderr.contains("wonderland"));
    let mode = std::fs::metadata(&cfg).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let saved: serde_json::Value = serde_json::from_slice(&std::fs::read(&cfg).unwrap()).unwrap();
    assert_eq!(saved["auths"][&reg.host]["auth"], b64("alice:wonderland"));
    assert_eq!(saved["psFormat"], "keep-me", "other settings are kept");

    let r = format!("{}/app:v1", reg.host);
    assert_eq!(
        env.run(&["manifest", "head", &r]).ok().text().trim(),
        fx.top.digest
    );

    env.run(&["logout", &reg.host]).ok();
    let saved: serde_json::Value = serde_json::from_slice(&std::fs::read(&cfg).unwrap()).unwrap();
    assert!(saved["auths"].get(&reg.host).is_none());
    env.run(&["manifest", "head", &r]).code(4);
}

#[test]
fn credential_helpers_and_podman_auth_are_used_in_docker_order() {
    if !have_tools() {
        return;
    }
    let reg = Registry::basic();
    let fx = fixtures::single(13, Compression::Gzip);
    let r = fx.push_to(&reg, "app", "v1", Some(ALICE));
    let mut env = Env::new();

    // podman's auth.json alone.
    let podman = env.home.path().join("podman-auth.json");
    std::fs::write(
        &podman,
        format!(
            r#"{{"auths":{{"{}":{{"auth":"{}"}}}}}}"#,
            reg.host,
            b64("reader:readonly")
        ),
    )
    .unwrap();
    env.set("REGISTRY_AUTH_FILE", podman.to_str().unwrap());
    assert_eq!(
        env.run(&["manifest", "head", &r]).ok().text().trim(),
        fx.top.digest
    );

    // docker's inline auths beat podman's: a wrong one there must be what is used.
    std::fs::write(
        env.docker_config(),
        format!(
            r#"{{"auths":{{"http://{}/v2/":{{"auth":"{}"}}}}}}"#,
            reg.host,
            b64("alice:stale")
        ),
    )
    .unwrap();
    let out = env.run(&["manifest", "head", &r]).code(4);
    assert!(
        out.stderr.contains("config.json"),
        "the hint names where the credentials came from: {}",
        out.stderr
    );

    // A helper named in credHelpers beats inline auths.
    let bin = env.home.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let log = env.home.path().join("helper.log");
    let helper = bin.join("docker-credential-hoisttest");
    std::fs::write(&helper, format!(
        "#!/bin/sh\nread server\necho \"$1 $server\" >> {}\ncase \"$1\" in get) printf '{{\"ServerURL\":\"%s\",\"Username\":\"alice\",\"Secret\":\"wonderland\"}}' \"$server\";; *) cat >/dev/null;; esac\n",
        log.display()
    )).unwrap();
    std::fs::set_permissions(&helper, std::fs::Permissions::from_mode(0o755)).unwrap();
    env.set(
        "PATH",
        &format!("{}:{}", bin.display(), std::env::var("PATH").unwrap()),
    );
    std::fs::write(
        env.docker_config(),
        format!(
            r#"{{"credHelpers":{{"{}":"hoisttest"}},"auths":{{"{}":{{"auth":"{}"}}}}}}"#,
            reg.host,
            reg.host,
            b64("alice:stale")
        ),
    )
    .unwrap();
    assert_eq!(
        env.run(&["manifest", "head", &r]).ok().text().trim(),
        fx.top.digest
    );
    let calls = std::fs::read_to_string(&log).unwrap();
    assert!(calls.contains(&format!("get {}", reg.host)), "{calls}");

    // login with a helper configured stores through it, not in the file.
    env.run_stdin(
        &["login", &reg.host, "-u", "alice", "--password-stdin"],
        Some(b"wonderland"),
    )
    .ok();
    let calls = std::fs::read_to_string(&log).unwrap();
    assert!(calls.contains("store"), "{calls}");
}

#[test]
fn token_auth_scopes_anonymous_and_missing_permissions() {
    if !have_tools() {
        return;
    }
    let ts = TokenServer::start();
    let reg = Registry::token(&ts);
    let alice = fixtures::client(&reg.host, Some(ALICE));
    let fx = fixtures::multi_arch(14, false);
    fx.push(&alice, &format!("{}/public/app", reg.host), "v1");
    fx.push(&alice, &format!("{}/private/app", reg.host), "v1");
    let env = Env::new();

    // Anonymous may pull public/*.
    let j = env.json(&[
        "image",
        "inspect",
        &format!("{}/public/app:v1", reg.host),
        "--platform",
        "linux/arm/v7",
    ]);
    assert_eq!(j["digest"], fx.images[2].manifest.digest);

    // ... but not private/*.
    let out = env
        .run(&["manifest", "get", &format!("{}/private/app:v1", reg.host)])
        .code(4);
    out.says("hint:");

    // A reader can pull but not push: the missing scope is named.
    let r = format!("{}/private/app:v2", reg.host);
    let out = env
        .run(&[
            "manifest",
            "get",
            &format!("{}/private/app:v1", reg.host),
            "--creds",
            "reader:readonly",
            "--format",
            "raw",
        ])
        .ok();
    assert_eq!(out.stdout, fx.top.data);
    let out = env
        .run_stdin(
            &["manifest", "put", &r, "--creds", "reader:readonly"],
            Some(&fx.top.data),
        )
        .code(4);
    assert!(
        out.stderr.contains("push"),
        "the hint names the missing scope: {}",
        out.stderr
    );

    // Wrong password at the token service.
    let out = env
        .run(&["manifest", "head", &r, "--creds", "alice:nope"])
        .code(4);
    out.says("rejected the credentials for user `alice`");

    // alice can push; the catalog needs its own scope.
    env.run_stdin(
        &["manifest", "put", &r, "--creds", "alice:wonderland"],
        Some(&fx.top.data),
    )
    .ok();
    let repos = env
        .run(&["repo", "ls", &reg.host, "--creds", "alice:wonderland"])
        .ok()
        .text();
    assert_eq!(
        repos.lines().collect::<Vec<_>>(),
        vec!["private/app", "public/app"]
    );
    let _ = READER;
}

#[test]
fn identity_tokens_use_the_oauth2_refresh_grant() {
    if !have_tools() {
        return;
    }
    let ts = TokenServer::start();
    let reg = Registry::token(&ts);
    let fx = fixtures::single(15, Compression::Gzip);
    fx.push_to(&reg, "private/app", "v1", Some(ALICE));
    let env = Env::new();
    std::fs::write(
        env.docker_config(),
        format!(
            r#"{{"auths":{{"{}":{{"identitytoken":"refresh-alice"}}}}}}"#,
            reg.host
        ),
    )
    .unwrap();
    let r = format!("{}/private/app:v1", reg.host);
    assert_eq!(
        env.run(&["manifest", "head", &r]).ok().text().trim(),
        fx.top.digest
    );
    std::fs::write(
        env.docker_config(),
        format!(
            r#"{{"auths":{{"{}":{{"identitytoken":"revoked"}}}}}}"#,
            reg.host
        ),
    )
    .unwrap();
    env.run(&["manifest", "head", &r]).code(4);
}

#[test]
fn a_cold_anonymous_manifest_fetch_takes_three_requests_and_leaks_no_token() {
    if !have_tools() {
        return;
    }
    let ts = TokenServer::start();
    let reg = Registry::token(&ts);
    let fx = fixtures::single(16, Compression::Gzip);
    fx.push_to(&reg, "public/app", "v1", Some(ALICE));
    let proxy = Proxy::start(&reg.host);
    let env = Env::new();
    let before = ts.count();
    let out = env
        .run(&[
            "manifest",
            "get",
            &format!("{}/public/app:v1", proxy.host),
            "--format",
            "raw",
            "-vv",
        ])
        .ok();
    assert_eq!(out.stdout, fx.top.data);
    let registry_requests = proxy.requests().len();
    let token_requests = ts.count() - before;
    assert_eq!(
        registry_requests + token_requests,
        3,
        "registry: {:?}, token: {token_requests}",
        proxy.requests()
    );
    assert!(
        !out.stderr.contains("eyJ"),
        "a JWT appeared in debug output: {}",
        out.stderr
    );
}

#[test]
fn an_oauth2_only_token_service_gets_the_password_grant_and_login_works_with_tokens() {
    if !have_tools() {
        return;
    }
    let ts = TokenServer::start_post_only();
    let reg = Registry::token(&ts);
    let fx = fixtures::single(17, Compression::Gzip);
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    fx.write_layout(dir.path(), "v1");
    // Push through hoist itself: the token comes from the POST password grant.
    let r = format!("{}/private/app:v1", reg.host);
    let out = env
        .run(&[
            "copy",
            &format!("ocidir://{}:v1", dir.path().display()),
            &r,
            "--dest-creds",
            "alice:wonderland",
        ])
        .ok();
    assert_eq!(out.text().trim(), fx.top.digest);
    // login verifies against the token service, then later commands use the stored login.
    env.run_stdin(
        &["login", &reg.host, "-u", "alice", "--password-stdin"],
        Some(b"wonderland"),
    )
    .ok();
    assert_eq!(
        env.run(&["manifest", "head", &r]).ok().text().trim(),
        fx.top.digest
    );
    let bad = env
        .run_stdin(
            &["login", &reg.host, "-u", "alice", "--password-stdin"],
            Some(b"nope"),
        )
        .code(4);
    bad.says("rejected the credentials");
}
