//! hoist against the registries people use, emulated in front of the real one with their real
//! names and TLS (`support/quirks.rs`): reads, copies in and out, login and tag listing, with
//! the requests each makes asserted.

use crate::support::cmd::Env;
use crate::support::fixtures;
use crate::support::have_tools;
use crate::support::quirks::{
    ACR, ACR_USER, ECR, GAR, GAR_KEY, GAR_TOKEN, GITLAB, GITLAB_AUTH, HUB_AUTH, HUB_CDN, Mode,
    Quirks, USER,
};
use crate::support::registry::Registry;

/// The emulations listen on port 443 and run hoist in a mount namespace: root only.
fn can_emulate() -> bool {
    if !have_tools() {
        return false;
    }
    if hoist::layer::apply::running_as_root() {
        return true;
    }
    if std::env::var_os("HOIST_REQUIRE_REGISTRY").is_some_and(|v| v == "1") {
        panic!("HOIST_REQUIRE_REGISTRY=1 but the registry emulations need root");
    }
    eprintln!("skipping: the registry emulations need root");
    false
}

/// `(result, detail)` of one capability in `registry probe --format json`.
fn finding(report: &serde_json::Value, capability: &str) -> (String, String) {
    let f = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["capability"] == capability)
        .unwrap_or_else(|| panic!("no {capability} in {report}"));
    (
        f["result"].as_str().unwrap().to_string(),
        f["detail"].as_str().unwrap_or("").to_string(),
    )
}

/// What every emulation must support: log in (when given credentials), read, list tags,
/// copy out to a layout and back in under another name, and verify both.
fn exercise(q: &Quirks, env: &Env, image: &str, login: Option<(&str, &str)>, into: &str) {
    if let Some((u, p)) = login {
        q.run_stdin(
            env,
            &["login", &q.registry, "-u", u, "--password-stdin"],
            Some(p.as_bytes()),
        )
        .ok()
        .says("Login succeeded");
    }
    q.run(env, &["manifest", "get", image]).ok();
    q.run(env, &["image", "inspect", image]).ok();
    let (repo, tag) = image.rsplit_once(':').unwrap();
    let tags = q.run(env, &["tag", "ls", repo]).ok().text();
    assert!(tags.lines().any(|t| t == tag), "{tags}");
    let dir = tempfile::tempdir().unwrap();
    let out = format!("ocidir://{}:1", dir.path().join("out").display());
    q.run(env, &["copy", image, &out]).ok();
    q.run(env, &["digest", "verify", &out]).ok();
    q.run(env, &["copy", &out, &format!("{into}:1")]).ok();
    q.run(env, &["digest", "verify", &format!("{into}:1")]).ok();
    let tags = q.run(env, &["tag", "ls", into]).ok().text();
    assert_eq!(tags.trim(), "1");
}

fn creds() -> String {
    format!("{}:{}", USER.0, USER.1)
}

#[test]
fn docker_hub_tokens_cdn_redirects_rate_limits_and_its_messages() {
    if !can_emulate() {
        return;
    }
    let reg = Registry::anonymous();
    fixtures::single(201, fixtures::Compression::Gzip).push_to(
        &reg,
        "library/alpine",
        "3.20",
        None,
    );
    fixtures::single(202, fixtures::Compression::Gzip).push_to(
        &reg,
        "mirror-bot/secret",
        "1",
        None,
    );
    let q = Quirks::start(Mode::DockerHub, &reg);
    q.private("mirror-bot/secret");
    let env = Env::new();
    // An anonymous read: a token from auth.docker.io for library/alpine, then the manifest.
    let m = q
        .run(
            &env,
            &["manifest", "get", "alpine:3.20", "--format", "json"],
        )
        .ok()
        .json();
    assert!(m["digest"].as_str().unwrap().starts_with("sha256:"));
    let seen = q.seen();
    let tokens: Vec<_> = seen.iter().filter(|s| s.host == HUB_AUTH).collect();
    assert_eq!(tokens.len(), 1, "{seen:?}");
    assert!(
        tokens[0]
            .path
            .contains("scope=repository%3Alibrary%2Falpine%3Apull")
            || tokens[0]
                .path
                .contains("scope=repository:library/alpine:pull"),
        "{}",
        tokens[0].path
    );
    assert!(
        !tokens[0].auth,
        "no credentials to the token endpoint when there are none"
    );
    // A HEAD spends no pull; a GET spends one.
    let before = q.remaining();
    q.run(&env, &["manifest", "head", "alpine:3.20"]).ok();
    assert_eq!(q.remaining(), before);
    // Layers come from the CDN, which gets no Authorization and needs none.
    q.clear();
    q.run(&env, &["digest", "verify", "alpine:3.20"]).ok();
    let seen = q.seen();
    let cdn: Vec<_> = seen.iter().filter(|s| s.host == HUB_CDN).collect();
    assert_eq!(
        cdn.len(),
        3,
        "the config and both layers from the CDN: {seen:?}"
    );
    assert!(cdn.iter().all(|s| !s.auth), "{cdn:?}");
    // 429 with Retry-After: waited for, then read.
    q.limit_once();
    q.run(&env, &["manifest", "get", "alpine:3.20"]).ok();
    // A repository that does not exist (or is private): say both.
    q.run(&env, &["manifest", "get", "alpien:latest"])
        .code(4)
        .says("repository `alpien` does not exist, or needs a login");
    q.run(&env, &["manifest", "get", "mirror-bot/secret:1"])
        .code(4)
        .says("does not exist, or needs a login");
    // No catalog.
    q.run(&env, &["repo", "ls", "docker.io"])
        .code(1)
        .says("Docker Hub has no catalog");
    // Log in (stored as docker does, under index.docker.io), then read the private one and
    // copy into and out of Docker Hub.
    q.run_stdin(
        &env,
        &["login", "docker.io", "-u", USER.0, "--password-stdin"],
        Some(USER.1.as_bytes()),
    )
    .ok();
    let cfg = std::fs::read_to_string(env.docker_config()).unwrap();
    assert!(cfg.contains("https://index.docker.io/v1/"), "{cfg}");
    q.run(&env, &["manifest", "get", "mirror-bot/secret:1"])
        .ok();
    q.run(&env, &["manifest", "get", "someone/else:1"])
        .code(4)
        .says("repository `someone/else` does not exist, or user `mirror-bot` may not access it");
    let dir = tempfile::tempdir().unwrap();
    let out = format!("ocidir://{}:1", dir.path().join("out").display());
    q.run(&env, &["copy", "alpine:3.20", &out]).ok();
    q.clear();
    q.run(&env, &["copy", &out, "mirror-bot/app:1"]).ok();
    q.run(&env, &["digest", "verify", "mirror-bot/app:1"]).ok();
    let seen = q.seen();
    assert!(seen.iter().filter(|s| s.host == HUB_CDN).all(|s| !s.auth));
    assert!(
        seen.iter()
            .any(|s| s.method == "PUT" && s.path.contains("/v2/mirror-bot/app/manifests/1"))
    );
    let tags = q.run(&env, &["tag", "ls", "mirror-bot/app"]).ok().text();
    assert_eq!(tags.trim(), "1");
    // What the probe finds: tokens from another host, no catalog, rate-limit headers.
    let p = q
        .run(
            &env,
            &[
                "registry",
                "probe",
                "docker.io/library/alpine",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    let (auth, realm) = finding(&p, "auth");
    assert_eq!(auth, "bearer");
    assert!(realm.contains("https://auth.docker.io/token"), "{realm}");
    assert_eq!(finding(&p, "catalog").0, "no");
    assert_eq!(finding(&p, "rate-limit headers").0, "yes");
    assert_eq!(finding(&p, "anonymous pull").0, "yes");
    assert_eq!(finding(&p, "referrers API").0, "no");
    // The rate limit from one HEAD.
    let before = q.remaining();
    let rl = q
        .run(&env, &["ratelimit", "alpine:3.20", "--format", "json"])
        .ok()
        .json();
    assert_eq!(rl["limit"], 100);
    assert_eq!(rl["remaining"], before);
    assert_eq!(rl["windowSeconds"], 21600);
    assert_eq!(q.remaining(), before);
}

#[test]
fn ghcr_anonymous_tokens_and_private_repositories() {
    if !can_emulate() {
        return;
    }
    let reg = Registry::anonymous();
    fixtures::single(211, fixtures::Compression::Gzip).push_to(&reg, "org/public", "1.0", None);
    fixtures::single(212, fixtures::Compression::Gzip).push_to(&reg, "org/internal", "1.0", None);
    let q = Quirks::start(Mode::Ghcr, &reg);
    q.private("org/internal");
    let env = Env::new();
    q.run(&env, &["image", "inspect", "ghcr.io/org/public:1.0"])
        .ok();
    assert!(
        q.seen()
            .iter()
            .any(|s| s.path.starts_with("/token") && !s.auth)
    );
    let env_login = Env::new();
    exercise(
        &q,
        &env_login,
        "ghcr.io/org/public:1.0",
        Some(USER),
        "ghcr.io/org/mine",
    );
    // Private, no credentials: the hint is to log in, not that the credentials lack access.
    let out = q.run(&env, &["manifest", "get", "ghcr.io/org/internal:1.0"]);
    let out = out.code(4);
    out.says("no credentials were sent")
        .says("hoist login ghcr.io");
    assert!(!out.stderr.contains("lack permission"), "{}", out.stderr);
    // The probe: tokens from ghcr.io, no anonymous pull, and without access the repository's
    // probes are not reported as unsupported.
    let p = q
        .run(
            &env,
            &[
                "registry",
                "probe",
                "ghcr.io/org/internal",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(finding(&p, "auth").0, "bearer");
    assert_eq!(finding(&p, "anonymous pull").0, "no");
    let (access, why) = finding(&p, "repository access");
    assert_eq!(access, "no");
    assert!(why.contains("hoist login ghcr.io"), "{why}");
    q.run(
        &env,
        &[
            "manifest",
            "get",
            "ghcr.io/org/internal:1.0",
            "--creds",
            &creds(),
        ],
    )
    .ok();
    // Copy out, and back in under another name.
    let dir = tempfile::tempdir().unwrap();
    let out = format!("ocidir://{}:1", dir.path().join("out").display());
    q.run(&env, &["copy", "ghcr.io/org/public:1.0", &out]).ok();
    q.run(
        &env,
        &["copy", &out, "ghcr.io/org/copied:1", "--creds", &creds()],
    )
    .ok();
    q.run(
        &env,
        &["tag", "ls", "ghcr.io/org/copied", "--creds", &creds()],
    )
    .ok()
    .says("");
}

/// A docker credential helper named like Amazon's: it makes credentials (the password in
/// `ecr-password` beside it, else the usual one) and stores none; each `get` is counted in
/// `ecr-gets`.
fn ecr_helper(env: &mut Env) {
    install_helper(
        env,
        "ecr-login",
        ECR,
        &format!(
            "#!/bin/sh\nd=$(dirname \"$0\")\ncase \"$1\" in\n  get) cat >/dev/null; echo x >>\"$d/ecr-gets\"; p=$(cat \"$d/ecr-password\" 2>/dev/null || echo '{}'); printf '{{\"Username\":\"{}\",\"Secret\":\"%s\"}}' \"$p\" ;;\n  *) cat >/dev/null; echo 'not implemented' >&2; exit 1 ;;\nesac\n",
            USER.1, USER.0
        ),
    );
}

/// Installs `docker-credential-NAME` (the shell `script`) in a directory put first on the
/// environment's PATH, and names it in `credHelpers` for `registry`. Returns the directory.
fn install_helper(env: &mut Env, name: &str, registry: &str, script: &str) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt as _;
    let bin = env.home.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let path = bin.join(format!("docker-credential-{name}"));
    std::fs::write(&path, script).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    let search = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    env.set("PATH", &search);
    std::fs::write(
        env.docker_config(),
        format!("{{\"credHelpers\":{{\"{registry}\":\"{name}\"}}}}"),
    )
    .unwrap();
    bin
}

#[test]
fn ecr_helper_credentials_repositories_made_first_and_no_mounts() {
    if !can_emulate() {
        return;
    }
    let reg = Registry::anonymous();
    fixtures::single(221, fixtures::Compression::Gzip).push_to(&reg, "team/base", "1", None);
    let q = Quirks::start(Mode::Ecr, &reg);
    q.create("team/base");
    let mut env = Env::new();
    ecr_helper(&mut env);
    let base = format!("{ECR}/team/base:1");
    q.run(&env, &["manifest", "get", &base]).ok();
    // A repository that does not exist: ECR does not create it on push.
    let missing = format!("{ECR}/team/missing:1");
    q.run(&env, &["copy", &base, &missing])
        .code(3)
        .says("create it first");
    // Once created, the copy works; the mount ECR does not honour becomes an upload.
    q.create("team/missing");
    q.clear();
    let out = q
        .run(&env, &["copy", &base, &missing, "--format", "json"])
        .ok()
        .json();
    assert_eq!(out["summary"]["blobsMounted"], 0);
    assert!(out["summary"]["blobsCopied"].as_u64().unwrap() >= 2);
    q.run(&env, &["digest", "verify", &missing]).ok();
    exercise(&q, &env, &base, None, &format!("{ECR}/team/missing"));
    // A long run outlives the helper's credentials: after a refusal the helper is asked
    // again, and the run goes on with what it gives.
    let bin = env.home.path().join("bin");
    q.create("team/rotated");
    let asked = std::fs::read_to_string(bin.join("ecr-gets"))
        .unwrap_or_default()
        .lines()
        .count();
    q.rotate_password(3, "rotated-pass", &bin.join("ecr-password"));
    q.run(&env, &["copy", &base, &format!("{ECR}/team/rotated:1")])
        .ok();
    let gets = std::fs::read_to_string(bin.join("ecr-gets"))
        .unwrap()
        .lines()
        .count();
    assert_eq!(gets - asked, 2, "this run asked the helper twice");
    // The probe, with writes: no mounts, chunked uploads, manifests deleted, tags not alone.
    let p = q
        .run(
            &env,
            &[
                "registry",
                "probe",
                &format!("{ECR}/team/rotated"),
                "--write",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(finding(&p, "auth").0, "basic");
    assert_eq!(finding(&p, "cross-repository mount").0, "no");
    assert_eq!(finding(&p, "chunked upload").0, "yes");
    assert_eq!(finding(&p, "tag deletion").0, "no");
    assert_eq!(finding(&p, "manifest deletion").0, "yes");
    assert_eq!(finding(&p, "OCI-Subject").0, "no");
    assert!(p.get("leftBehind").is_none(), "{p}");
    // Login: the registry accepts the credentials, the helper stores none.
    q.run_stdin(
        &env,
        &["login", ECR, "-u", USER.0, "--password-stdin"],
        Some(b"rotated-pass"),
    )
    .code(1)
    .says("stores none");
}

/// A directory for the multi-platform layout, kept for the test's run.
fn dir_multi() -> std::path::PathBuf {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().unwrap())
        .path()
        .join("multi")
}

#[test]
fn quay_pages_harbor_mounts_and_artifactory_chunk_minimums() {
    if !can_emulate() {
        return;
    }
    let reg = Registry::anonymous();
    let fx = fixtures::single(231, fixtures::Compression::Gzip);
    fx.push_to(&reg, "org/many", "t000", None);
    let c = fixtures::client(&reg.host, None);
    let rt = tokio::runtime::Runtime::new().unwrap();
    let r = hoist::reference::Reference::parse(&format!("{}/org/many", reg.host)).unwrap();
    let top = hoist::manifest::Manifest::from_bytes(
        bytes::Bytes::from(fx.top.data.clone()),
        Some(&fx.top.media_type),
    )
    .unwrap();
    rt.block_on(async {
        for i in 1..120 {
            c.put_manifest(&r, &format!("t{i:03}"), &top).await.unwrap();
        }
    });
    // Quay: pages of 50, whatever hoist asks for.
    let q = Quirks::start(Mode::Quay, &reg);
    let env = Env::new();
    let tags = q.run(&env, &["tag", "ls", "quay.io/org/many"]).ok().text();
    assert_eq!(tags.lines().count(), 120);
    let pages = q
        .seen()
        .iter()
        .filter(|s| s.path.contains("/tags/list"))
        .count();
    assert_eq!(pages, 3);
    exercise(
        &q,
        &env,
        "quay.io/org/many:t001",
        Some(USER),
        "quay.io/org/copied",
    );
    // Harbor: a mount answered with an upload location still copies.
    let h = Quirks::start(Mode::Harbor, &reg);
    let env_h = Env::new();
    exercise(
        &h,
        &env_h,
        "harbor.example.com/org/many:t002",
        Some(USER),
        "harbor.example.com/org/copied",
    );
    let out = h
        .run(
            &env,
            &[
                "copy",
                "harbor.example.com/org/many:t001",
                "harbor.example.com/other/copy:1",
                "--creds",
                &creds(),
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(out["summary"]["blobsMounted"], 0);
    h.run(
        &env,
        &[
            "digest",
            "verify",
            "harbor.example.com/other/copy:1",
            "--creds",
            &creds(),
        ],
    )
    .ok();
    assert!(
        h.seen()
            .iter()
            .any(|s| s.method == "POST" && s.path.contains("mount="))
    );
    // Artifactory: a chunk minimum larger than the blobs, and no referrers API.
    let a = Quirks::start(Mode::Artifactory, &reg);
    let env_a = Env::new();
    exercise(
        &a,
        &env_a,
        "example.jfrog.io/org/many:t003",
        Some(USER),
        "example.jfrog.io/docker-local/copied",
    );
    // An index is pushed children first (Artifactory refuses one whose children are not
    // there); a sparse index (a child missing, as a remote repository caches them) is refused
    // by hoist with the child named, and its present platforms still copy.
    let multi = fixtures::multi_arch(251, false);
    multi.write_layout(&dir_multi(), "1");
    a.run(
        &env_a,
        &[
            "copy",
            &format!("ocidir://{}:1", dir_multi().display()),
            "example.jfrog.io/remote/multi:1",
        ],
    )
    .ok();
    let arm = multi.images[1].manifest.digest.clone();
    let up = hoist::reference::Reference::parse(&format!("{}/remote/multi", reg.host)).unwrap();
    rt.block_on(c.delete_manifest(&up, &arm.parse().unwrap()))
        .unwrap();
    let dir_s = tempfile::tempdir().unwrap();
    a.run(
        &env_a,
        &[
            "copy",
            "example.jfrog.io/remote/multi:1",
            &format!("ocidir://{}:1", dir_s.path().join("s").display()),
        ],
    )
    .code(3)
    .says(&arm);
    a.run(
        &env_a,
        &[
            "copy",
            "example.jfrog.io/remote/multi:1",
            &format!("ocidir://{}:amd", dir_s.path().join("s").display()),
            "--platform",
            "linux/amd64",
        ],
    )
    .ok();
    let dir = tempfile::tempdir().unwrap();
    let lay = format!("ocidir://{}:1", dir.path().join("l").display());
    fx.write_layout(&dir.path().join("l"), "1");
    a.run(
        &env,
        &[
            "copy",
            &lay,
            "example.jfrog.io/docker-local/app:1",
            "--creds",
            &creds(),
            "--referrers",
        ],
    )
    .ok();
    a.run(
        &env,
        &[
            "digest",
            "verify",
            "example.jfrog.io/docker-local/app:1",
            "--creds",
            &creds(),
        ],
    )
    .ok();
    a.run(
        &env,
        &[
            "referrers",
            "example.jfrog.io/docker-local/app:1",
            "--creds",
            &creds(),
        ],
    )
    .ok();
    let p = a
        .run(
            &env,
            &[
                "registry",
                "probe",
                "example.jfrog.io/docker-local/scratch",
                "--write",
                "--creds",
                &creds(),
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert!(finding(&p, "chunked upload").1.contains("10485760"), "{p}");
    assert_eq!(finding(&p, "cross-repository mount").0, "yes");
    // Wrong credentials are said to be wrong.
    a.run(
        &env,
        &[
            "tag",
            "ls",
            "example.jfrog.io/docker-local/app",
            "--creds",
            "mirror-bot:nope",
        ],
    )
    .code(4)
    .says("rejected the credentials");
}

#[test]
fn gar_acr_and_gitlab_credentials_and_tokens() {
    if !can_emulate() {
        return;
    }
    let reg = Registry::anonymous();
    fixtures::single(241, fixtures::Compression::Gzip).push_to(&reg, "proj/repo/app", "1", None);
    fixtures::single(242, fixtures::Compression::Gzip).push_to(&reg, "team/app", "1", None);
    fixtures::single(243, fixtures::Compression::Gzip).push_to(&reg, "group/a", "1", None);
    // Google: Basic at the token endpoint with a service account key (JSON, several lines) or
    // an access token.
    let g = Quirks::start(Mode::Gar, &reg);
    let env = Env::new();
    exercise(
        &g,
        &env,
        &format!("{GAR}/proj/repo/app:1"),
        Some(("_json_key", GAR_KEY)),
        &format!("{GAR}/proj/repo/copied"),
    );
    let env2 = Env::new();
    exercise(
        &g,
        &env2,
        &format!("{GAR}/proj/repo/app:1"),
        Some(("oauth2accesstoken", GAR_TOKEN)),
        &format!("{GAR}/proj/repo/copied2"),
    );
    // docker-credential-gcloud's access tokens last an hour: when the token service refuses
    // the old one mid-run, the helper is asked again.
    let mut env4 = Env::new();
    let bin = install_helper(
        &mut env4,
        "gcloud",
        GAR,
        &format!(
            "#!/bin/sh\nd=$(dirname \"$0\")\ncat >/dev/null\necho x >>\"$d/gets\"\np=$(cat \"$d/token\" 2>/dev/null || echo '{GAR_TOKEN}')\nprintf '{{\"Username\":\"oauth2accesstoken\",\"Secret\":\"%s\"}}' \"$p\"\n"
        ),
    );
    g.run(
        &env4,
        &["manifest", "get", &format!("{GAR}/proj/repo/app:1")],
    )
    .ok();
    let asked = std::fs::read_to_string(bin.join("gets"))
        .unwrap_or_default()
        .lines()
        .count();
    g.rotate_password(2, "ya29.rotated-token", &bin.join("token"));
    let dir = tempfile::tempdir().unwrap();
    g.run(
        &env4,
        &[
            "copy",
            &format!("{GAR}/proj/repo/app:1"),
            &format!("ocidir://{}:1", dir.path().join("o").display()),
        ],
    )
    .ok();
    let gets = std::fs::read_to_string(bin.join("gets"))
        .unwrap()
        .lines()
        .count();
    assert_eq!(gets - asked, 2, "this run asked the helper twice");
    // Azure: an AAD token is exchanged for a refresh token (as `az acr login` does), which
    // docker's config holds as an identity token; hoist trades it at /oauth2/token.
    let a = Quirks::start(Mode::Acr, &reg);
    let env = Env::new();
    let ex = a
        .program(
            &env,
            &[
                "curl",
                "-sf",
                "--cacert",
                a.ca.to_str().unwrap(),
                "-X",
                "POST",
                "-d",
                &format!("grant_type=access_token&service={ACR}&access_token=aad-test"),
                &format!("https://{ACR}/oauth2/exchange"),
            ],
            None,
        )
        .ok()
        .json();
    let refresh = ex["refresh_token"].as_str().unwrap().to_string();
    std::fs::write(
        env.docker_config(),
        format!("{{\"auths\":{{\"{ACR}\":{{\"identitytoken\":\"{refresh}\"}}}}}}"),
    )
    .unwrap();
    exercise(
        &a,
        &env,
        &format!("{ACR}/team/app:1"),
        None,
        &format!("{ACR}/team/copied"),
    );
    assert!(
        a.seen()
            .iter()
            .any(|s| s.method == "POST" && s.path == "/oauth2/token")
    );
    // The refresh token also works as a password for the all-zero user.
    let env3 = Env::new();
    exercise(
        &a,
        &env3,
        &format!("{ACR}/team/app:1"),
        Some((ACR_USER, &refresh)),
        &format!("{ACR}/team/copied3"),
    );
    // GitLab: the token for a copy between two projects covers both in one request.
    let l = Quirks::start(Mode::GitLab, &reg);
    let env = Env::new();
    exercise(
        &l,
        &env,
        &format!("{GITLAB}/group/a:1"),
        Some(USER),
        &format!("{GITLAB}/group/copied"),
    );
    l.clear();
    let out = l
        .run(
            &env,
            &[
                "copy",
                &format!("{GITLAB}/group/a:1"),
                &format!("{GITLAB}/group/b:1"),
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert!(
        out["summary"]["blobsMounted"].as_u64().unwrap() >= 2,
        "{out}"
    );
    let both = l.seen().iter().any(|s| {
        s.host == GITLAB_AUTH
            && s.path.contains("group%2Fa%3Apull")
            && s.path.contains("group%2Fb%3Apull%2Cpush")
    });
    assert!(both, "one token request for both scopes: {:?}", l.seen());
}

#[test]
fn sync_stops_at_docker_hubs_rate_limit_floor_and_a_second_run_takes_it_up() {
    if !can_emulate() {
        return;
    }
    let reg = Registry::anonymous();
    for (i, t) in ["3.18", "3.19", "3.20"].iter().enumerate() {
        fixtures::single(260 + i as u64, fixtures::Compression::Gzip).push_to(
            &reg,
            "library/alpine",
            t,
            None,
        );
    }
    let mirror = Registry::anonymous();
    let q = Quirks::start(Mode::DockerHub, &reg);
    q.set_remaining(3);
    let env = Env::new();
    let file = env.home.path().join("hub.yaml");
    std::fs::write(
        &file,
        format!("sync:\n  - source: docker.io/library/alpine\n    target: {}/mirror/alpine\n    type: repository\n", mirror.host),
    )
    .unwrap();
    let f = file.to_str().unwrap();
    // Two images spend the two pulls above the floor; the third is left for later.
    let out = q.run(&env, &["sync", f, "--rate-floor", "1", "--jobs", "1"]);
    let out = out.code(1);
    out.says("stopped at the rate-limit floor: 1 of 3 images not copied");
    assert_eq!(q.remaining(), 1);
    // The window has passed: the next run copies only what was left.
    q.set_remaining(100);
    let j = q
        .run(&env, &["sync", f, "--rate-floor", "1", "--format", "json"])
        .ok()
        .json();
    assert_eq!(
        (j["copied"].as_u64(), j["unchanged"].as_u64()),
        (Some(1), Some(2)),
        "{j}"
    );
    assert_eq!(q.remaining(), 99, "one pull for the one image copied");
}
