//! `key generate`, `sign`, `verify`, `copy --verify-key` and `--digest-tags`, against cosign's
//! formats as an independent implementation (Python's `cryptography` and `pynacl`, in
//! `support/cosign_side.py`) builds and checks them, on the distribution registry (fallback
//! tags) and on `hoist serve` (referrers API).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::support::cmd::Env;
use crate::support::fixtures::{self, Compression, Fixture};
use crate::support::registry::Registry;
use crate::support::serve::Served;
use crate::support::{have_tools, run_ok};

fn side(args: &[&str]) -> String {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/support/cosign_side.py");
    run_ok(Command::new("python3").arg(script).args(args))
}

fn push(host: &str, fixture: &Fixture, repo: &str, tag: &str) -> String {
    fixture.push(
        &fixtures::client(host, None),
        &format!("{host}/{repo}"),
        tag,
    );
    fixture.top.digest.clone()
}

fn key_env(password: &str) -> Env {
    let mut env = Env::new();
    env.set("COSIGN_PASSWORD", password);
    env
}

fn dir(env: &Env, name: &str) -> PathBuf {
    let d = env.home.path().join(name);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Payloads the independent side verified with `pubkey` in the `.sig` manifest of `digest`.
fn checked(host: &str, repo: &str, digest: &str, pubkey: &Path) -> Vec<Value> {
    let out = side(&["check-sigs", host, repo, digest, s(pubkey)]);
    serde_json::from_str::<Vec<Value>>(out.trim()).unwrap()
}

#[test]
fn keys_are_cosigns_files_both_ways() {
    let env = key_env("correct horse");
    let k = env.home.path().join("rel");
    env.run(&["key", "generate", "--prefix", s(&k)]).ok();
    let key = k.with_extension("key");
    let public = k.with_extension("pub");
    use std::os::unix::fs::PermissionsExt as _;
    assert_eq!(
        std::fs::metadata(&key).unwrap().permissions().mode() & 0o777,
        0o600
    );
    // The independent side decrypts it (scrypt N=65536, secretbox) to the pair's private half.
    let ok = side(&["decrypt", s(&key), "correct horse", s(&public)]);
    assert_eq!(ok.trim(), "ok N=65536 r=8 p=1 curve=secp256r1");
    // An existing key is kept without --force, and replaced with it.
    let before = std::fs::read(&key).unwrap();
    env.run(&["key", "generate", "--prefix", s(&k)])
        .code(2)
        .says("exists")
        .says("--force");
    assert_eq!(std::fs::read(&key).unwrap(), before);
    env.run(&["key", "generate", "--prefix", s(&k), "--force"])
        .ok();
    assert_ne!(std::fs::read(&key).unwrap(), before);
    // No password in the environment and no terminal: named, nothing written.
    let bare = Env::new();
    let k2 = bare.home.path().join("k2");
    let hoist = env!("CARGO_BIN_EXE_hoist");
    let c = bare.command_via(
        "setsid",
        &["-w", hoist, "key", "generate", "--prefix", s(&k2)],
    );
    bare.run_command(c, None).code(2).says("COSIGN_PASSWORD");
    assert!(!k2.with_extension("key").exists());
    // A layout names no repository for a signature to name: the identity must be said.
    let lay = env.home.path().join("lay");
    fixtures::single(905, Compression::Gzip).write_layout(&lay, "1");
    let out = env.home.path().join("out");
    env.run(&[
        "copy",
        &format!("ocidir://{}:1", lay.display()),
        &format!("ocidir://{}:1", out.display()),
        "--verify-key",
        s(&public),
    ])
    .code(2)
    .says("--allow-identity");
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn key_files_that_cannot_be_used_say_why() {
    if !have_tools() {
        return;
    }
    let reg = Registry::anonymous();
    let env = key_env("pw");
    push(
        &reg.host,
        &fixtures::single(901, Compression::Gzip),
        "app",
        "1",
    );
    let image = format!("{}/app:1", reg.host);
    let d = dir(&env, "keys");
    // cosign's older label and the other accepted cost both read; N=1024 is refused.
    side(&[
        "cosign-key",
        s(&d),
        "pw",
        "131072",
        "ENCRYPTED COSIGN PRIVATE KEY",
    ]);
    env.run(&["sign", &image, "--key", s(&d.join("enc.key"))])
        .ok();
    key_env("not it")
        .run(&["sign", &image, "--key", s(&d.join("enc.key"))])
        .code(2)
        .says("wrong password");
    side(&[
        "cosign-key",
        s(&d),
        "pw",
        "1024",
        "ENCRYPTED SIGSTORE PRIVATE KEY",
    ]);
    env.run(&["sign", &image, "--key", s(&d.join("enc.key"))])
        .code(2)
        .says("unsupported scrypt parameters");
    side(&["key", "p521", s(&d)]);
    env.run(&["sign", &image, "--key", s(&d.join("priv.pem"))])
        .code(2)
        .says("unsupported algorithm");
    env.run(&["verify", &image, "--key", s(&d.join("priv.pem"))])
        .code(2)
        .says("private key");
    // A key cosign itself wrote (empty password): hoist signs with it, and the signature
    // verifies with the public half the independent side derives from it.
    let cosigns = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/cosign/cosign_generated_encrypted_empty_private.key");
    let real = dir(&env, "real");
    side(&["public-of", s(&cosigns), "", s(&real)]);
    let signed = push(
        &reg.host,
        &fixtures::single(902, Compression::Gzip),
        "real",
        "1",
    );
    key_env("")
        .run(&[
            "sign",
            &format!("{}/real:1", reg.host),
            "--key",
            s(&cosigns),
        ])
        .ok();
    assert_eq!(
        checked(&reg.host, "real", &signed, &real.join("pub.pem")).len(),
        1
    );
    env.run(&[
        "verify",
        &format!("{}/real:1", reg.host),
        "--key",
        s(&real.join("pub.pem")),
    ])
    .ok();
    std::fs::write(d.join("junk"), "hello").unwrap();
    env.run(&["verify", &image, "--key", s(&d.join("junk"))])
        .code(2)
        .says("not a key");
    env.run(&["verify", &image, "--key", s(&d.join("missing.pub"))])
        .code(2)
        .says("missing.pub");
}

/// The whole signing path on one registry.
fn sign_and_verify_on(host: &str, env: &Env) {
    let single = fixtures::single(910, Compression::Gzip);
    let digest = push(host, &single, "app", "1");
    let image = format!("{host}/app:1");
    let d = dir(env, &format!("k-{}", host.replace([':', '.'], "-")));
    // Unsigned: exit 5, said so.
    env.run(&["verify", &image, "--key", s(&d.join("none.pub"))])
        .code(2);
    side(&["key", "p256", s(&d)]);
    env.run(&["verify", &image, "--key", s(&d.join("pub.pem"))])
        .code(5)
        .says("no signatures");
    // A cosign-format key made independently signs; the independent side verifies the
    // signature, the payload's digest and identity.
    side(&[
        "cosign-key",
        s(&d),
        "pw",
        "32768",
        "ENCRYPTED SIGSTORE PRIVATE KEY",
    ]);
    env.run(&["sign", &image, "--key", s(&d.join("enc.key"))])
        .ok();
    let first = checked(host, "app", &digest, &d.join("pub.pem"));
    assert_eq!(first.len(), 1, "{first:?}");
    assert_eq!(
        first[0]["critical"]["identity"]["docker-reference"],
        format!("{host}/app")
    );
    assert_eq!(
        first[0]["critical"]["image"]["docker-manifest-digest"],
        digest.as_str()
    );
    assert_eq!(
        first[0]["critical"]["type"],
        "cosign container image signature"
    );
    assert_eq!(first[0]["optional"], Value::Null);
    let sig_tag = format!("{host}/app:{}.sig", digest.replace(':', "-"));
    let raw = |r: &str| {
        env.run(&["manifest", "get", r, "--format", "raw"])
            .ok()
            .json()
    };
    let before = raw(&sig_tag);
    // A second signer (hoist's own key) appends; the first layer stays as it was.
    let k2 = d.join("second");
    env.run(&["key", "generate", "--prefix", s(&k2)]).ok();
    env.run(&[
        "sign",
        &image,
        "--key",
        s(&k2.with_extension("key")),
        "--annotation",
        "build=42",
    ])
    .ok();
    let after = raw(&sig_tag);
    assert_eq!(after["layers"].as_array().unwrap().len(), 2);
    assert_eq!(after["layers"][0], before["layers"][0]);
    let second = checked(host, "app", &digest, &k2.with_extension("pub"));
    assert_eq!(second.len(), 1);
    assert_eq!(second[0]["optional"]["build"], "42");
    let v = env.json(&["verify", &image, "--key", s(&d.join("pub.pem"))]);
    assert_eq!(v["digest"], digest.as_str());
    assert_eq!(v["verified"].as_array().unwrap().len(), 1);
    let both = env.json(&[
        "verify",
        &image,
        "--key",
        s(&d.join("pub.pem")),
        "--key",
        s(&k2.with_extension("pub")),
    ]);
    assert_eq!(both["verified"].as_array().unwrap().len(), 2);
    // Keys hoist signs with, made independently: P-384, RSA, Ed25519.
    for kind in ["p384", "rsa", "ed25519"] {
        let kd = dir(
            env,
            &format!("sign-{kind}-{}", host.replace([':', '.'], "-")),
        );
        side(&["key", kind, s(&kd)]);
        let img = format!("{host}/{kind}:1");
        let dg = push(host, &single, kind, "1");
        env.run(&["sign", &img, "--key", s(&kd.join("priv.pem"))])
            .ok();
        assert_eq!(
            checked(host, kind, &dg, &kd.join("pub.pem")).len(),
            1,
            "{kind}"
        );
    }
    // Signatures made independently with every algorithm cosign verifies.
    let algs = push(host, &single, "algs", "1");
    let algs_image = format!("{host}/algs:1");
    for kind in [
        "p256",
        "p384",
        "p384-sha256",
        "rsa-pkcs1",
        "rsa-pss-32",
        "rsa-pss-max",
        "ed25519",
        "ed25519ph",
    ] {
        let kd = dir(env, &format!("v-{kind}-{}", host.replace([':', '.'], "-")));
        side(&[
            "sign-push",
            host,
            "algs",
            &algs,
            &format!("{host}/algs"),
            kind,
            s(&kd),
        ]);
        env.run(&["verify", &algs_image, "--key", s(&kd.join("pub.pem"))])
            .ok();
        // Another key of the same kind does not verify it.
        env.run(&["verify", &algs_image, "--key", s(&d.join("pub.pem"))])
            .code(5)
            .says("none of its 1 signature verifies");
    }
    // A signature made for another repository: refused unless that repository is allowed.
    let kd = dir(env, &format!("other-{}", host.replace([':', '.'], "-")));
    side(&[
        "sign-push",
        host,
        "algs",
        &algs,
        "docker.io/library/alpine",
        "p256",
        s(&kd),
    ]);
    let key = kd.join("pub.pem");
    env.run(&["verify", &algs_image, "--key", s(&key)])
        .code(5)
        .says("another repository")
        .says("docker.io/library/alpine")
        .says("--allow-identity");
    env.run(&[
        "verify",
        &algs_image,
        "--key",
        s(&key),
        "--allow-identity",
        "index.docker.io/library/alpine",
    ])
    .ok();
    env.run(&["verify", &algs_image, "--key", s(&key), "--ignore-identity"])
        .ok();
    // The `.sig` of this image holding a payload for another digest.
    let other = push(host, &fixtures::single(911, Compression::Gzip), "algs", "2");
    let kd = dir(env, &format!("digest-{}", host.replace([':', '.'], "-")));
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/support/cosign_side.py");
    run_ok(
        Command::new("python3")
            .arg(script)
            .args([
                "sign-push",
                host,
                "algs",
                &algs,
                &format!("{host}/algs"),
                "p256",
                s(&kd),
            ])
            .env("PAYLOAD_DIGEST", &other),
    );
    env.run(&["verify", &algs_image, "--key", s(&kd.join("pub.pem"))])
        .code(5)
        .says("another digest")
        .says(&other);
    // An index is signed as the index; `--platform` signs and verifies one child.
    let multi = fixtures::multi_arch(920, false);
    push(host, &multi, "multi", "1");
    let multi_image = format!("{host}/multi:1");
    env.run(&[
        "sign",
        &multi_image,
        "--key",
        s(&d.join("enc.key")),
        "--platform",
        "linux/arm64",
    ])
    .ok();
    env.run(&["verify", &multi_image, "--key", s(&d.join("pub.pem"))])
        .code(5);
    env.run(&[
        "verify",
        &multi_image,
        "--key",
        s(&d.join("pub.pem")),
        "--platform",
        "linux/arm64",
    ])
    .ok();
}

#[test]
fn sign_and_verify_on_distribution_and_on_serve() {
    if !have_tools() {
        return;
    }
    let env = key_env("pw");
    let reg = Registry::anonymous();
    sign_and_verify_on(&reg.host, &env);
    let store = tempfile::tempdir().unwrap();
    let served = Served::start(&env, store.path(), &[]);
    sign_and_verify_on(&served.host, &env);
}

fn tags(env: &Env, repo: &str) -> Vec<String> {
    let out = env.run(&["tag", "ls", repo]);
    out.text().lines().map(str::to_string).collect()
}

fn head(env: &Env, r: &str) -> String {
    env.digest_of(r)
}

#[test]
fn copy_promotes_only_what_is_signed_and_carries_the_signatures() {
    if !have_tools() {
        return;
    }
    let env = key_env("pw");
    let reg = Registry::anonymous();
    promote_on(&reg.host, &env, "d");
    let store = tempfile::tempdir().unwrap();
    let served = Served::start(&env, store.path(), &[]);
    promote_on(&served.host, &env, "s");
}

fn promote_on(host: &str, env: &Env, prefix: &str) {
    let multi = fixtures::multi_arch(930, false);
    let top = push(host, &multi, "app", "1");
    let amd = multi.images[0].manifest.digest.clone();
    let src = format!("{}/app:1", host);
    let k = env.home.path().join(format!("ci-{prefix}"));
    env.run(&["key", "generate", "--prefix", s(&k)]).ok();
    let (key, public) = (k.with_extension("key"), k.with_extension("pub"));
    let promote = |dst: &str, extra: &[&str]| {
        let mut args = vec!["copy", src.as_str(), dst, "--verify-key", s(&public)];
        args.extend_from_slice(extra);
        env.run(&args)
    };
    // Nothing signed: exit 5 and nothing at the destination (the repository does not exist).
    let dst = format!("{}/release/app:1", host);
    promote(&dst, &[]).code(5).says("no signatures");
    env.run(&["tag", "ls", &format!("{}/release/app", host)])
        .code(3);
    // One child signed: the whole index is refused (its other children are not signed).
    env.run(&["sign", &src, "--key", s(&key), "--platform", "linux/amd64"])
        .ok();
    promote(&dst, &[]).code(5).says("is not signed either");
    env.run(&["tag", "ls", &format!("{}/release/app", host)])
        .code(3);
    // ... but that child alone may go, with its signature, byte for byte.
    let one = format!("{}/release/amd:1", host);
    promote(&one, &["--platform", "linux/amd64"]).ok();
    assert_eq!(head(env, &one), amd);
    let amd_sig = format!("{}.sig", amd.replace(':', "-"));
    assert_eq!(
        head(env, &format!("{}/release/amd:{amd_sig}", host)),
        head(env, &format!("{}/app:{amd_sig}", host))
    );
    // The promoted copy names the source repository: verified with that identity allowed.
    env.run(&["verify", &one, "--key", s(&public)])
        .code(5)
        .says("another repository");
    env.run(&[
        "verify",
        &one,
        "--key",
        s(&public),
        "--allow-identity",
        &format!("{}/app", host),
    ])
    .ok();
    // The index signed: the whole image goes, with the index's and the child's signatures.
    env.run(&["sign", &src, "--key", s(&key)]).ok();
    let j = {
        let mut args = vec![
            "copy",
            src.as_str(),
            dst.as_str(),
            "--verify-key",
            s(&public),
        ];
        args.extend(["--format", "json"]);
        env.run(&args).ok().json()
    };
    assert_eq!(j["digest"], top.as_str());
    assert_eq!(j["verified"], serde_json::json!([top]));
    let mut carried: Vec<String> = j["digestTags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap().to_string())
        .collect();
    carried.sort();
    let mut want = vec![format!("{}.sig", top.replace(':', "-")), amd_sig.clone()];
    want.sort();
    assert_eq!(carried, want);
    let mut listed = tags(env, &format!("{}/release/app", host));
    listed.sort();
    let mut all = vec!["1".to_string()];
    all.extend(want);
    all.sort();
    assert_eq!(listed, all);
    // Two platforms of a signed index: allowed, and the new index is said to be unsigned.
    promote(
        &format!("{}/release/two:1", host),
        &["--platform", "linux/amd64", "--platform", "linux/arm64"],
    )
    .ok()
    .says("is not");
    // Another key: refused.
    let other = env.home.path().join(format!("other-{prefix}"));
    env.run(&["key", "generate", "--prefix", s(&other)]).ok();
    env.run(&[
        "copy",
        &src,
        &format!("{}/release/x:1", host),
        "--verify-key",
        s(&other.with_extension("pub")),
    ])
    .code(5)
    .says("verifies with the given key");
    env.run(&["tag", "ls", &format!("{}/release/x", host)])
        .code(3);
}

#[test]
fn digest_tags_travel_with_copy_and_sync_and_a_later_one_on_the_next_run() {
    if !have_tools() {
        return;
    }
    let env = Env::new();
    let reg = Registry::anonymous();
    digest_tags_on(&reg.host, &env);
    let store = tempfile::tempdir().unwrap();
    let served = Served::start(&env, store.path(), &[]);
    digest_tags_on(&served.host, &env);
}

fn digest_tags_on(host: &str, env: &Env) {
    let multi = fixtures::multi_arch(940, false);
    let top = push(host, &multi, "app", "1");
    let child = multi.images[1].manifest.digest.clone();
    let stem = |d: &str| d.replace(':', "-");
    let extra = fixtures::single(941, Compression::Gzip);
    let mut want = vec!["1".to_string()];
    for t in [
        format!("{}.sig", stem(&top)),
        format!("{}.att", stem(&top)),
        format!("{}.meta", stem(&top)),
        stem(&top),
        format!("{}.sbom", stem(&child)),
    ] {
        push(host, &extra, "app", &t);
        want.push(t);
    }
    push(host, &extra, "app", "unrelated");
    want.sort();
    let src = format!("{}/app:1", host);
    env.run(&[
        "copy",
        &src,
        &format!("{}/copied/app:1", host),
        "--digest-tags",
    ])
    .ok();
    let mut got = tags(env, &format!("{}/copied/app", host));
    got.sort();
    assert_eq!(got, want);
    for t in &want {
        assert_eq!(
            head(env, &format!("{}/copied/app:{t}", host)),
            head(env, &format!("{}/app:{t}", host)),
            "{t}"
        );
    }
    // sync's digestTags is the same code; a tag added after the first run comes with the next.
    let file = env
        .home
        .path()
        .join(format!("sync-{}.yaml", host.replace([':', '.'], "-")));
    std::fs::write(
        &file,
        format!(
            "version: 1\ndefaults: {{ digestTags: true }}\nsync:\n  - source: {src}\n    target: {}/synced/app:1\n    type: image\n",
            host
        ),
    )
    .unwrap();
    env.json(&["sync", s(&file)]);
    let mut got = tags(env, &format!("{}/synced/app", host));
    got.sort();
    assert_eq!(got, want);
    let later = format!("{}.sig", stem(&child));
    push(host, &extra, "app", &later);
    let j = env.json(&["sync", s(&file)]);
    assert_eq!(j["items"][0]["status"], "unchanged", "{j}");
    assert!(
        tags(env, &format!("{}/synced/app", host)).contains(&later),
        "the later signature is mirrored"
    );
}

/// Runs hoist on a pseudo-terminal, typing the next of `answers` each time `prompt` appears
/// again. Returns the exit code and what the terminal showed.
fn on_tty(env: &Env, args: &[&str], prompt: &str, answers: &[&str]) -> (i32, String) {
    const SCRIPT: &str = r#"
import os, pty, sys, select
prompt, answers, argv = sys.argv[1].encode(), sys.argv[2].split("|"), sys.argv[3:]
pid, fd = pty.fork()
if pid == 0:
    os.execv(argv[0], argv)
seen, sent = b"", 0
while True:
    r, _, _ = select.select([fd], [], [], 30)
    if not r:
        os.kill(pid, 9)
        break
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        break
    if not chunk:
        break
    seen += chunk
    if sent < len(answers) and seen.count(prompt) > sent:
        os.write(fd, answers[sent].encode().decode("unicode_escape").encode())
        sent += 1
_, status = os.waitpid(pid, 0)
sys.stdout.write(seen.decode("utf-8", "replace"))
sys.exit(os.waitstatus_to_exitcode(status))
"#;
    let joined = answers.join("|");
    let mut all = vec!["-c", SCRIPT, prompt, &joined, env!("CARGO_BIN_EXE_hoist")];
    all.extend(args);
    let out = env.command_via("python3", &all).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn key_generate_asks_twice_on_a_terminal_and_ctrl_c_ends_the_prompt() {
    let env = Env::new();
    let k = env.home.path().join("tty");
    let args = ["key", "generate", "--prefix", s(&k)];
    // The two answers typed the moment each prompt shows.
    let (code, shown) = on_tty(
        &env,
        &args,
        "password for private key",
        &["s3cret\\n", "s3cret\\n"],
    );
    assert_eq!(code, 0, "{shown}");
    assert!(
        !shown.contains("s3cret"),
        "the password is not echoed: {shown}"
    );
    let ok = side(&[
        "decrypt",
        s(&k.with_extension("key")),
        "s3cret",
        s(&k.with_extension("pub")),
    ]);
    assert!(ok.starts_with("ok N=65536"), "{ok}");
    // Two different answers: nothing written.
    let k2 = env.home.path().join("tty2");
    let (code, shown) = on_tty(
        &env,
        &["key", "generate", "--prefix", s(&k2)],
        "password for private key",
        &["one\\n", "two\\n"],
    );
    assert_eq!(code, 2, "{shown}");
    assert!(shown.contains("differ"), "{shown}");
    assert!(!k2.with_extension("key").exists());
    // Ctrl-C at the prompt ends hoist (130), as everywhere else.
    let (code, shown) = on_tty(
        &env,
        &["key", "generate", "--prefix", s(&k2)],
        "password for private key",
        &["\\x03"],
    );
    assert_eq!(code, 130, "{shown}");
    assert!(!k2.with_extension("key").exists());
}
