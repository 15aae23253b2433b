//! `hoist serve`: skopeo, podman and the oras SDK push to it and pull from it; images composed
//! on request; many clients at once; a kill mid-push; hostile requests; read-only, htpasswd
//! and TLS. (hoist's own copy suite against it is in `copy.rs`.)

use std::io::{Read as _, Write as _};
use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::interop::{containers_tool, interop_tools};
use crate::support::cmd::Env;
use crate::support::fixtures::{self, Compression};
use crate::support::registry::Registry;
use crate::support::serve::Served;
use crate::support::{have_tools, run_ok};

/// skopeo's raw manifest at `r` (plain HTTP).
fn skopeo_raw(r: &str) -> Vec<u8> {
    run_ok(Command::new("skopeo").args([
        "inspect",
        "--raw",
        "--tls-verify=false",
        &format!("docker://{r}"),
    ]))
    .into_bytes()
}

/// Sends one raw HTTP/1.1 request (the path exactly as given, unnormalised) and returns the
/// status code and the whole response.
fn raw(host: &str, request: &str, body: &[u8]) -> (u16, String) {
    let mut s = std::net::TcpStream::connect(host).unwrap();
    s.write_all(request.as_bytes()).unwrap();
    s.write_all(body).unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let text = String::from_utf8_lossy(&out).into_owned();
    let code = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (code, text)
}

fn get(host: &str, path: &str) -> (u16, String) {
    raw(
        host,
        &format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"),
        b"",
    )
}

fn put(host: &str, path: &str, content_type: &str, body: &[u8]) -> (u16, String) {
    raw(
        host,
        &format!(
            "PUT {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        ),
        body,
    )
}

/// Every path under `dir`, relative, sorted.
fn tree(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            out.push(p.strip_prefix(dir).unwrap().display().to_string());
            if e.file_type().unwrap().is_dir() {
                stack.push(p);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn skopeo_podman_and_the_oras_sdk_push_and_pull_with_the_same_digests() {
    if !interop_tools() {
        return;
    }
    let reg = Registry::anonymous();
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    let srv = Served::start(&env, dir.path(), &[]);
    let work = tempfile::tempdir().unwrap();
    // skopeo pushes a multi-arch index, digests kept, and reads it back.
    let fx = fixtures::multi_arch(95, false);
    let src = fx.push_to(&reg, "multi", "1", None);
    run_ok(Command::new("skopeo").args([
        "copy",
        "--all",
        "--preserve-digests",
        "--src-tls-verify=false",
        "--dest-tls-verify=false",
        &format!("docker://{src}"),
        &format!("docker://{}/sk/multi:1", srv.host),
    ]));
    assert_eq!(skopeo_raw(&format!("{}/sk/multi:1", srv.host)), fx.top.data);
    run_ok(Command::new("skopeo").args([
        "copy",
        "--all",
        "--preserve-digests",
        "--src-tls-verify=false",
        &format!("docker://{}/sk/multi:1", srv.host),
        &format!("oci:{}:1", work.path().join("back").display()),
    ]));
    let back = format!("ocidir://{}:1", work.path().join("back").display());
    assert_eq!(
        env.json(&["manifest", "get", &back])["digest"],
        fx.top.digest
    );
    // podman pulls an image and pushes it under another name: the same image ID both ways.
    let single = fixtures::single(96, Compression::Gzip);
    single.push_to(&reg, "single", "1", None);
    env.run(&[
        "copy",
        &format!("{}/single:1", reg.host),
        &format!("{}/single:1", srv.host),
    ])
    .ok();
    let store = work.path().join("podman");
    let id = containers_tool(
        "podman",
        &store,
        &[
            "pull",
            "-q",
            "--tls-verify=false",
            &format!("{}/single:1", srv.host),
        ],
    );
    assert_eq!(
        format!("sha256:{}", id.trim()),
        single.images[0].config.digest
    );
    containers_tool(
        "podman",
        &store,
        &[
            "push",
            "-q",
            "--tls-verify=false",
            &format!("{}/single:1", srv.host),
            &format!("{}/podman/single:2", srv.host),
        ],
    );
    let pushed = env.json(&["config", "get", &format!("{}/podman/single:2", srv.host)]);
    assert_eq!(pushed["digest"], single.images[0].config.digest);
    env.run(&["digest", "verify", &format!("{}/podman/single:2", srv.host)])
        .ok();
    // The oras SDK pushes files and pulls them back.
    let files = work.path().join("files");
    std::fs::create_dir_all(&files).unwrap();
    std::fs::write(files.join("notes.txt"), b"served by hoist\n").unwrap();
    run_ok(Command::new("python3").arg("-c").arg(
        "import os, sys, oras.client\nc = oras.client.OrasClient(insecure=True)\nos.chdir(sys.argv[1])\nc.push(target=sys.argv[2], files=['notes.txt'], disable_path_validation=True)\n",
    ).args([files.to_str().unwrap(), &format!("{}/art:1", srv.host)]));
    let out = work.path().join("pulled");
    run_ok(Command::new("python3").arg("-c").arg(
        "import sys, oras.client\nc = oras.client.OrasClient(insecure=True)\nc.pull(target=sys.argv[1], outdir=sys.argv[2])\n",
    ).args([&format!("{}/art:1", srv.host), out.to_str().unwrap()]));
    assert_eq!(
        std::fs::read(out.join("notes.txt")).unwrap(),
        b"served by hoist\n"
    );
    let art = env.json(&["manifest", "get", &format!("{}/art:1", srv.host)]);
    let on_disk = env.json(&[
        "manifest",
        "get",
        &format!("ocidir://{}:1", dir.path().join("art").display()),
    ]);
    assert_eq!(art["digest"], on_disk["digest"]);
    // A referrer the SDK pushes by tag is found through the referrers API.
    std::fs::write(files.join("sbom.json"), br#"{"sbom": true}"#).unwrap();
    run_ok(Command::new("python3").arg("-c").arg(
        "import os, sys, oras.client, oras.oci\nc = oras.client.OrasClient(insecure=True)\nos.chdir(sys.argv[1])\nm, d, n = sys.argv[3].split(',')\nc.push(target=sys.argv[2], files=['sbom.json'], subject=oras.oci.Subject(mediaType=m, digest=d, size=int(n)), disable_path_validation=True)\n",
    ).args([
        files.to_str().unwrap(),
        &format!("{}/art:sbom", srv.host),
        &format!("{},{},{}", art["mediaType"].as_str().unwrap(), art["digest"].as_str().unwrap(), art["size"]),
    ]));
    let sbom = env.json(&["manifest", "get", &format!("{}/art:sbom", srv.host)]);
    let listed = env.json(&["referrers", &format!("{}/art:1", srv.host)]);
    assert!(
        listed
            .to_string()
            .contains(sbom["digest"].as_str().unwrap()),
        "{listed}"
    );
}

#[test]
fn composed_tags_are_the_base_and_the_chosen_layers_with_a_stable_digest() {
    if !have_tools() {
        return;
    }
    let reg = Registry::anonymous();
    let base = fixtures::single(101, Compression::Gzip).push_to(&reg, "base", "12", None);
    let php82 = fixtures::single(102, Compression::Gzip).push_to(&reg, "layers/php", "8.2", None);
    let php83 = fixtures::single(103, Compression::Gzip).push_to(&reg, "layers/php", "8.3", None);
    let node = fixtures::single(104, Compression::Gzip).push_to(&reg, "layers/nodejs", "20", None);
    let env = Env::new();
    let work = tempfile::tempdir().unwrap();
    let spec = work.path().join("compose.toml");
    std::fs::write(
        &spec,
        format!(
            "[repository.\"app\"]\nbase = \"{base}\"\n[repository.\"app\".layers.php]\n\"8.2\" = \"{php82}\"\n\"8.3\" = \"{php83}\"\n[repository.\"app\".layers.nodejs]\n\"20\" = \"{node}\"\n"
        ),
    )
    .unwrap();
    let dir = work.path().join("srv");
    let srv = Served::start(&env, &dir, &["--compose", spec.to_str().unwrap()]);
    // Components in the file's order, whatever the tag's order.
    let tag = format!("{}/app:nodejs-20_php-8.2", srv.host);
    let want = env.json(&[
        "image",
        "compose",
        "--dry-run",
        "--base",
        &base,
        "--add",
        &php82,
        "--add",
        &node,
        &format!("{}/x:1", reg.host),
    ]);
    let got = env.json(&["manifest", "get", &tag]);
    assert_eq!(
        got["digest"], want["digest"],
        "the same composition as `image compose`"
    );
    let layers = env.json(&["layer", "ls", &tag]);
    let expect: Vec<Value> = [&base, &php82, &node]
        .iter()
        .flat_map(|r| {
            env.json(&["layer", "ls", r])
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l["digest"].clone())
                .collect::<Vec<_>>()
        })
        .collect();
    let listed: Vec<Value> = layers
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["digest"].clone())
        .collect();
    assert_eq!(listed, expect);
    env.run(&["digest", "verify", &tag]).ok();
    // Extracted, the files are the base's plus the chosen layers'.
    let root = work.path().join("root");
    env.run(&["layer", "pull", &tag, "--extract", root.to_str().unwrap()])
        .ok();
    for r in [&base, &php82, &node] {
        let files = env.json(&["image", "files", r]);
        for f in files.as_array().unwrap() {
            let p = f["path"].as_str().unwrap().trim_start_matches('/');
            assert!(
                root.join(p).symlink_metadata().is_ok(),
                "{p} of {r} is in the composed image"
            );
        }
    }
    // The same tag again, and after a restart: the same digest.
    assert_eq!(
        env.json(&["manifest", "get", &tag])["digest"],
        got["digest"]
    );
    drop(srv);
    let srv = Served::start(&env, &dir, &["--compose", spec.to_str().unwrap()]);
    let tag = format!("{}/app:nodejs-20_php-8.2", srv.host);
    assert_eq!(
        env.json(&["manifest", "get", &tag])["digest"],
        got["digest"]
    );
    // Unknown names say what there is; composed repositories cannot be written.
    env.run(&["manifest", "get", &format!("{}/app:php-9", srv.host)])
        .code(3)
        .says("php (8.2, 8.3)");
    env.run(&["manifest", "get", &format!("{}/app:ruby-3", srv.host)])
        .code(3)
        .says("nodejs (20)");
    let tags = env.run(&["tag", "ls", &format!("{}/app", srv.host)]).ok();
    assert!(tags.text().contains("php-8.3_nodejs-20"), "{}", tags.text());
    let (code, _) = put(
        &srv.host,
        "/v2/app/manifests/x",
        "application/vnd.oci.image.manifest.v1+json",
        b"{}",
    );
    assert_eq!(code, 405);
    // podman pulls a composed tag: the image ID is the composed config.
    if interop_tools() {
        let store = work.path().join("podman");
        let id = containers_tool(
            "podman",
            &store,
            &["pull", "-q", "--tls-verify=false", &tag],
        );
        let cfg = env.json(&["config", "get", &tag]);
        assert_eq!(
            format!("sha256:{}", id.trim()),
            cfg["digest"].as_str().unwrap()
        );
    }
}

#[test]
fn many_clients_at_once_and_a_kill_mid_push_leave_nothing_partial() {
    if !have_tools() {
        return;
    }
    let reg = Registry::anonymous();
    let env = Env::new();
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("srv");
    let srv = Served::start(&env, &dir, &[]);
    let a = fixtures::multi_arch(111, false);
    let src_a = a.push_to(&reg, "a", "1", None);
    let b = fixtures::single(112, Compression::Gzip);
    let src_b = b.push_to(&reg, "b", "1", None);
    // 16 clients push the same image to the same tag at once.
    let to = format!("{}/same:1", srv.host);
    std::thread::scope(|s| {
        let hs: Vec<_> = (0..16)
            .map(|_| s.spawn(|| env.run(&["copy", &src_a, &to])))
            .collect();
        for h in hs {
            let out = h.join().unwrap().ok();
            assert_eq!(out.text().trim(), a.top.digest);
        }
    });
    env.run(&["digest", "verify", &to, "--platform", "all"])
        .ok();
    // 16 clients read while the tag moves: each reads a whole image, the old one or the new.
    std::thread::scope(|s| {
        let pusher = s.spawn(|| env.run(&["copy", &src_b, &to]));
        let readers: Vec<_> = (0..16)
            .map(|_| s.spawn(|| env.run(&["digest", "verify", &to, "--platform", "all"])))
            .collect();
        pusher.join().unwrap().ok();
        for r in readers {
            r.join().unwrap().ok();
        }
    });
    assert_eq!(env.json(&["manifest", "get", &to])["digest"], b.top.digest);
    // A push killed halfway: an upload session with half a blob, then kill -9.
    let (code, resp) = raw(
        &srv.host,
        &format!(
            "POST /v2/half/blobs/uploads/ HTTP/1.1\r\nHost: {}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            srv.host
        ),
        b"",
    );
    assert_eq!(code, 202, "{resp}");
    let location = resp
        .lines()
        .find_map(|l| {
            l.strip_prefix("location: ")
                .or_else(|| l.strip_prefix("Location: "))
        })
        .unwrap()
        .trim()
        .to_string();
    let chunk = vec![7u8; 100_000];
    let (code, resp) = raw(
        &srv.host,
        &format!(
            "PATCH {location} HTTP/1.1\r\nHost: {}\r\nContent-Range: 0-99999\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n",
            srv.host
        ),
        &chunk,
    );
    assert_eq!(code, 202, "{resp}");
    assert!(
        !tree(&dir.join(".uploads")).is_empty(),
        "the half upload is on disk"
    );
    let before = tree(&dir);
    srv.kill();
    let srv = Served::start(&env, &dir, &[]);
    assert!(
        tree(&dir.join(".uploads")).is_empty(),
        "a restart removes it"
    );
    let whole = format!("sha256:{}", crate::support::sha256_hex(&vec![7u8; 200_000]));
    assert_eq!(get(&srv.host, &format!("/v2/half/blobs/{whole}")).0, 404);
    assert_eq!(
        get(&srv.host, "/v2/half/tags/list").0,
        404,
        "no repository was made"
    );
    let after: Vec<String> = tree(&dir);
    let left: Vec<&String> = after.iter().filter(|p| !before.contains(p)).collect();
    assert!(left.is_empty(), "{left:?}");
    let to = format!("{}/same:1", srv.host);
    env.run(&["digest", "verify", &to, "--platform", "all"])
        .ok();
    // SIGTERM with an upload open: a clean exit, the upload discarded.
    let (code, _) = raw(
        &srv.host,
        &format!(
            "POST /v2/open/blobs/uploads/ HTTP/1.1\r\nHost: {}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            srv.host
        ),
        b"",
    );
    assert_eq!(code, 202);
    assert!(srv.stop(), "exits 0 on SIGTERM");
    assert!(tree(&dir.join(".uploads")).is_empty());
}

#[test]
fn hostile_requests_get_clean_errors_and_nothing_is_written_outside_the_directory() {
    if !have_tools() {
        return;
    }
    let env = Env::new();
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("srv");
    let srv = Served::start(&env, &dir, &[]);
    let outside = tree(work.path());
    // Path tricks in repository names.
    for path in [
        "/v2/../../etc/manifests/latest",
        "/v2/%2e%2e/x/manifests/latest",
        "/v2//etc/passwd/manifests/latest",
        "/v2/a/../../b/tags/list",
        "/v2/a%2fb/tags/list",
        "/v2/A/tags/list",
        "/v2/x/blobs/manifests/1",
        "/v2/.uploads/tags/list",
    ] {
        let (code, resp) = get(&srv.host, path);
        assert!((400..500).contains(&code), "{path}: {code}\n{resp}");
        assert!(
            resp.contains("\"errors\""),
            "{path}: an OCI error envelope: {resp}"
        );
    }
    for path in [
        "/v2/../../tmp/x/blobs/uploads/",
        "/v2/%2e%2e/blobs/uploads/",
    ] {
        let (code, _) = raw(
            &srv.host,
            &format!(
                "POST {path} HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            ),
            b"",
        );
        assert!((400..500).contains(&code), "{path}: {code}");
    }
    // Malformed manifests, a wrong digest, a blob it lists that is missing, too big.
    let oci = "application/vnd.oci.image.manifest.v1+json";
    let (code, resp) = put(&srv.host, "/v2/app/manifests/1", oci, b"{not json");
    assert_eq!(code, 400, "{resp}");
    assert!(resp.contains("MANIFEST_INVALID"), "{resp}");
    let fx = fixtures::single(121, Compression::Gzip);
    let m = &fx.images[0].manifest.data;
    let (code, resp) = put(&srv.host, "/v2/app/manifests/1", oci, m);
    assert_eq!(code, 400, "{resp}");
    assert!(resp.contains("MANIFEST_BLOB_UNKNOWN"), "{resp}");
    let wrong = format!("/v2/app/manifests/sha256:{}", "0".repeat(64));
    let (code, resp) = put(&srv.host, &wrong, oci, m);
    assert_eq!(code, 400);
    assert!(resp.contains("DIGEST_INVALID"), "{resp}");
    let big = vec![b' '; 5 * 1024 * 1024];
    let (code, _) = put(&srv.host, "/v2/app/manifests/1", oci, &big);
    assert_eq!(code, 413);
    // A blob whose bytes are not its digest: refused, nothing kept.
    let d = format!("sha256:{}", "1".repeat(64));
    let (code, resp) = raw(
        &srv.host,
        &format!(
            "POST /v2/app/blobs/uploads/?digest={d} HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\n"
        ),
        b"hello",
    );
    assert_eq!(code, 400, "{resp}");
    assert!(resp.contains("DIGEST_INVALID"), "{resp}");
    assert_eq!(get(&srv.host, &format!("/v2/app/blobs/{d}")).0, 404);
    // A chunk that does not start where the upload is.
    let (_, resp) = raw(
        &srv.host,
        "POST /v2/app/blobs/uploads/ HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        b"",
    );
    let location = resp
        .lines()
        .find_map(|l| l.strip_prefix("location: "))
        .unwrap()
        .trim()
        .to_string();
    let (code, _) = raw(
        &srv.host,
        &format!(
            "PATCH {location} HTTP/1.1\r\nHost: x\r\nContent-Range: 10-14\r\nContent-Length: 5\r\nConnection: close\r\n\r\n"
        ),
        b"hello",
    );
    assert_eq!(code, 416);
    // Nothing outside DIR changed; inside, only the layouts and the upload area.
    assert_eq!(
        tree(work.path())
            .into_iter()
            .filter(|p| !p.starts_with("srv"))
            .collect::<Vec<_>>(),
        outside
            .into_iter()
            .filter(|p| !p.starts_with("srv"))
            .collect::<Vec<_>>()
    );
    // The server is still there.
    assert_eq!(get(&srv.host, "/v2/").0, 200);
}

#[test]
fn read_only_htpasswd_and_tls_guard_the_registry() {
    if !have_tools() {
        return;
    }
    let reg = Registry::anonymous();
    let fx = fixtures::single(131, Compression::Gzip);
    let src = fx.push_to(&reg, "app", "1", None);
    let env = Env::new();
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("srv");
    // Filled, then served read-only.
    env.run(&[
        "copy",
        &src,
        &format!("ocidir://{}:1", dir.join("app").display()),
    ])
    .ok();
    let ro = Served::start(&env, &dir, &["--read-only", "--format", "json"]);
    env.run(&["manifest", "get", &format!("{}/app:1", ro.host)])
        .ok();
    // One JSON object per request, written once the body is sent.
    let line: Value = serde_json::from_str(&ro.wait_line(|l| {
        serde_json::from_str::<Value>(l)
            .is_ok_and(|v| v["path"] == "/v2/app/manifests/1" && v["method"] == "GET")
    }))
    .unwrap();
    assert_eq!(line["status"], 200);
    assert_eq!(line["bytes"], fx.top.data.len());
    assert_eq!(line["complete"], true);
    env.run(&["copy", &src, &format!("{}/app:2", ro.host)])
        .code(1)
        .says("read-only");
    drop(ro);
    // A missing htpasswd file is a usage error that says how to make one, found before the
    // address is bound (here one already in use).
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let taken_addr = taken.local_addr().unwrap().to_string();
    env.run(&[
        "serve",
        dir.to_str().unwrap(),
        "--addr",
        &taken_addr,
        "--htpasswd",
        work.path().join("missing").to_str().unwrap(),
    ])
    .code(2)
    .says("htpasswd -B");
    drop(taken);
    // htpasswd: writes need a user; reads too unless --anonymous-read.
    let pw = work.path().join("htpasswd");
    std::fs::write(
        &pw,
        run_ok(Command::new("htpasswd").args(["-Bbn", "alice", "wonderland"])),
    )
    .unwrap();
    let srv = Served::start(&env, &dir, &["--htpasswd", pw.to_str().unwrap()]);
    env.run(&["manifest", "get", &format!("{}/app:1", srv.host)])
        .code(4);
    env.run(&[
        "manifest",
        "get",
        &format!("{}/app:1", srv.host),
        "--creds",
        "alice:wrong",
    ])
    .code(4);
    env.run(&[
        "copy",
        &src,
        &format!("{}/app:2", srv.host),
        "--dest-creds",
        "alice:wonderland",
    ])
    .ok();
    assert!(!srv.log().contains("wonderland"), "no secret in the log");
    drop(srv);
    let srv = Served::start(
        &env,
        &dir,
        &["--htpasswd", pw.to_str().unwrap(), "--anonymous-read"],
    );
    env.run(&["manifest", "get", &format!("{}/app:2", srv.host)])
        .ok();
    run_ok(Command::new("skopeo").args([
        "inspect",
        "--raw",
        "--tls-verify=false",
        &format!("docker://{}/app:2", srv.host),
    ]));
    env.run(&["copy", &src, &format!("{}/app:3", srv.host)])
        .code(4);
    drop(srv);
    // TLS with a certificate of the test CA.
    let tls = crate::support::certs::server_tls(work.path());
    let srv = Served::start(
        &env,
        &dir,
        &[
            "--tls-cert",
            tls.cert.to_str().unwrap(),
            "--tls-key",
            tls.key.to_str().unwrap(),
        ],
    );
    assert!(
        srv.log().is_empty() || !srv.log().contains("error"),
        "{}",
        srv.log()
    );
    env.run(&[
        "manifest",
        "get",
        &format!("{}/app:1", srv.host),
        "--ca-file",
        tls.ca.to_str().unwrap(),
    ])
    .ok();
    env.run(&["manifest", "get", &format!("{}/app:1", srv.host)])
        .code(6);
}

/// The header named `name` of a raw response (case-insensitive).
fn header(resp: &str, name: &str) -> Option<String> {
    resp.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
    })
}

#[test]
fn the_api_details_clients_rely_on() {
    if !have_tools() {
        return;
    }
    let env = Env::new();
    let work = tempfile::tempdir().unwrap();
    let srv = Served::start(&env, &work.path().join("srv"), &[]);
    let h = srv.host.clone();
    let req = |method: &str, path: &str, headers: &str, body: &[u8]| {
        raw(
            &h,
            &format!(
                "{method} {path} HTTP/1.1\r\nHost: {h}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            ),
            body,
        )
    };
    // A chunked upload: two chunks, the status between them, then the digest.
    let data: Vec<u8> = (0..10u8).collect();
    let d = format!("sha256:{}", crate::support::sha256_hex(&data));
    let (code, resp) = req("POST", "/v2/up/blobs/uploads/", "", b"");
    assert_eq!(code, 202, "{resp}");
    let loc = header(&resp, "location").unwrap();
    let (code, resp) = req("PATCH", &loc, "Content-Range: 0-4\r\n", &data[..5]);
    assert_eq!(code, 202, "{resp}");
    assert_eq!(header(&resp, "range").as_deref(), Some("0-4"));
    let (code, resp) = req("GET", &loc, "", b"");
    assert_eq!(code, 204, "{resp}");
    assert_eq!(
        header(&resp, "range").as_deref(),
        Some("0-4"),
        "resumable from here"
    );
    let (code, _) = req("PATCH", &loc, "Content-Range: 5-9\r\n", &data[5..]);
    assert_eq!(code, 202);
    let (code, resp) = req("PUT", &format!("{loc}?digest={d}"), "", b"");
    assert_eq!(code, 201, "{resp}");
    assert_eq!(header(&resp, "docker-content-digest"), Some(d.clone()));
    // Ranges.
    let (code, resp) = req(
        "GET",
        &format!("/v2/up/blobs/{d}"),
        "Range: bytes=2-5\r\n",
        b"",
    );
    assert_eq!(code, 206, "{resp}");
    assert_eq!(
        header(&resp, "content-range").as_deref(),
        Some("bytes 2-5/10")
    );
    assert!(resp.ends_with("\u{2}\u{3}\u{4}\u{5}"), "{resp:?}");
    let (code, _) = req(
        "GET",
        &format!("/v2/up/blobs/{d}"),
        "Range: bytes=20-30\r\n",
        b"",
    );
    assert_eq!(code, 416);
    // A cross-repository mount, and a mount from where the blob is not: a session instead.
    let (code, resp) = req(
        "POST",
        &format!("/v2/other/blobs/uploads/?mount={d}&from=up"),
        "",
        b"",
    );
    assert_eq!(code, 201, "{resp}");
    assert_eq!(req("HEAD", &format!("/v2/other/blobs/{d}"), "", b"").0, 200);
    let (code, _) = req(
        "POST",
        &format!("/v2/third/blobs/uploads/?mount={d}&from=nowhere"),
        "",
        b"",
    );
    assert_eq!(code, 202);
    // Tags in pages with a Link, the catalog, deletes.
    let fx = fixtures::single(141, Compression::Gzip);
    let reg = Registry::anonymous();
    let src = fx.push_to(&reg, "app", "1", None);
    env.run(&["copy", &src, &format!("{h}/app:1")]).ok();
    env.run(&["tag", "add", &format!("{h}/app:1"), "2", "3", "4"])
        .ok();
    let (code, resp) = get(&h, "/v2/app/tags/list?n=2");
    assert_eq!(code, 200);
    assert!(resp.contains(r#""tags":["1","2"]"#), "{resp}");
    assert_eq!(
        header(&resp, "link").as_deref(),
        Some(r#"</v2/app/tags/list?last=2&n=2>; rel="next""#)
    );
    let (_, resp) = get(&h, "/v2/app/tags/list?n=2&last=2");
    assert!(resp.contains(r#""tags":["3","4"]"#), "{resp}");
    let listed = env.run(&["tag", "ls", &format!("{h}/app")]).ok();
    assert_eq!(listed.text(), "1\n2\n3\n4\n");
    let repos = env.run(&["repo", "ls", &h]).ok();
    assert_eq!(repos.text(), "app\nother\nup\n");
    assert_eq!(req("DELETE", "/v2/app/manifests/4", "", b"").0, 202);
    env.run(&["manifest", "get", &format!("{h}/app:4")]).code(3);
    env.run(&["manifest", "get", &format!("{h}/app:3")]).ok();
    assert_eq!(
        req(
            "DELETE",
            &format!("/v2/app/manifests/{}", fx.top.digest),
            "",
            b""
        )
        .0,
        202
    );
    env.run(&["manifest", "get", &format!("{h}/app:1")]).code(3);
    assert_eq!(req("DELETE", &format!("/v2/up/blobs/{d}"), "", b"").0, 202);
    assert_eq!(req("HEAD", &format!("/v2/up/blobs/{d}"), "", b"").0, 404);
    // An unknown repository points to the repository list, not to its (absent) tags.
    env.run(&["manifest", "get", &format!("{h}/nope:1")])
        .code(3)
        .says(&format!("hoist repo ls {h}"));
    // A second server on the same address says why it cannot start.
    let other = work.path().join("other");
    env.run(&["serve", other.to_str().unwrap(), "--addr", &h])
        .code(1)
        .says("another process listens there");
    // Content negotiation: a client that takes only Docker types is not sent an OCI manifest.
    env.run(&["copy", &src, &format!("{h}/app:5")]).ok();
    let (code, resp) = req(
        "GET",
        "/v2/app/manifests/5",
        "Accept: application/vnd.docker.distribution.manifest.v2+json\r\n",
        b"",
    );
    assert_eq!(code, 404, "{resp}");
    assert!(resp.contains("Accept"), "{resp}");
    let (code, resp) = req(
        "GET",
        "/v2/app/manifests/5",
        "Accept: application/vnd.oci.image.manifest.v1+json\r\n",
        b"",
    );
    assert_eq!(code, 200, "{resp}");
    assert_eq!(
        header(&resp, "docker-content-digest"),
        Some(fx.top.digest.clone())
    );
}
