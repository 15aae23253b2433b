//! `hoist sync` and `copy --all-tags` against real registries (anonymous, basic, token), with
//! the requests each run makes counted by proxies in front of them.

use serde_json::Value;

use crate::support::cmd::Env;
use crate::support::fixtures;
use crate::support::have_tools;
use crate::support::proxy::Proxy;
use crate::support::registry::{ALICE, Registry};
use crate::support::token::TokenServer;

fn statuses(report: &Value) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = report["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["target"].as_str().unwrap().to_string(),
                i["status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn a_second_sync_makes_only_heads_and_a_moved_tag_is_copied_with_a_backup() {
    if !have_tools() {
        return;
    }
    let src = Registry::anonymous();
    let basic = Registry::basic();
    let ts = TokenServer::start();
    let token = Registry::token(&ts);
    for (i, t) in ["3.18", "3.19", "3.20", "3.21-rc1", "edge"]
        .iter()
        .enumerate()
    {
        fixtures::single(300 + i as u64, fixtures::Compression::Gzip).push_to(
            &src,
            "lib/alpine",
            t,
            None,
        );
    }
    fixtures::single(310, fixtures::Compression::Gzip).push_to(&src, "lib/app", "1", None);
    fixtures::multi_arch(311, false).push_to(&src, "lib/multi", "1", None);
    let (ps, pb, pt) = (
        Proxy::start(&src.host),
        Proxy::start(&basic.host),
        Proxy::start(&token.host),
    );
    let mut env = Env::new();
    env.set("MIRROR_USER", ALICE.0);
    env.set("MIRROR_PASS", ALICE.1);
    let file = env.home.path().join("mirror.yaml");
    std::fs::write(
        &file,
        format!(
            "version: 1\n\
             creds:\n  - {{ registry: '{b}', user: '{{{{ env \"MIRROR_USER\" }}}}', pass: '{{{{ env \"MIRROR_PASS\" }}}}' }}\n\
             \x20 - {{ registry: '{t}', user: '{{{{ env \"MIRROR_USER\" }}}}', pass: '{{{{ env \"MIRROR_PASS\" }}}}' }}\n\
             defaults: {{ parallel: 2 }}\n\
             sync:\n\
             \x20 - source: {s}/lib/alpine\n    target: {b}/mirror/alpine\n    type: repository\n    tags: {{ allow: ['3\\..*'], deny: ['.*-rc.*'], semver: '>=3.19' }}\n\
             \x20 - source: {s}/lib/app:1\n    target: {t}/mirror/app:1\n    type: image\n    backup: 'bkup-{{{{.Ref.Tag}}}}'\n\
             \x20 - source: {s}/lib/multi:1\n    target: {b}/mirror/multi:1\n    platforms: [linux/amd64, linux/arm64]\n    platformsIndex: new\n",
            s = ps.host,
            b = pb.host,
            t = pt.host
        ),
    )
    .unwrap();
    let f = file.to_str().unwrap();
    // First run: everything is copied.
    let first = env.json(&["sync", f]);
    let want_targets = [
        format!("{}/mirror/alpine:3.19", pb.host),
        format!("{}/mirror/alpine:3.20", pb.host),
        format!("{}/mirror/app:1", pt.host),
        format!("{}/mirror/multi:1", pb.host),
    ];
    let mut want_sorted = want_targets.to_vec();
    want_sorted.sort();
    assert_eq!(
        statuses(&first),
        want_sorted
            .iter()
            .map(|t| (t.clone(), "copied".to_string()))
            .collect::<Vec<_>>()
    );
    for t in &want_targets {
        env.run(&[
            "digest",
            "verify",
            t,
            "--platform",
            "all",
            "--creds",
            &format!("{}:{}", ALICE.0, ALICE.1),
        ])
        .ok();
    }
    // The platform selection is reported by the digest it wrote, not the source's.
    let multi_target = format!("{}/mirror/multi:1", pb.host);
    let multi = first["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["target"] == multi_target.as_str())
        .unwrap()
        .clone();
    let written = env
        .run(&[
            "manifest",
            "head",
            &multi_target,
            "--creds",
            &format!("{}:{}", ALICE.0, ALICE.1),
        ])
        .ok()
        .text();
    assert_eq!(multi["digest"], written.trim(), "{multi}");
    assert_ne!(multi["sourceDigest"], written.trim(), "{multi}");
    assert!(multi["sourceDigest"].is_string(), "{multi}");
    // Second run: nothing is copied; the sources see HEADs only (no pulls), the targets too,
    // except one GET of the platform selection's own index.
    let (s0, b0, t0, tok0) = (
        ps.requests().len(),
        pb.requests().len(),
        pt.requests().len(),
        ts.count(),
    );
    let second = env.json(&["sync", f]);
    assert!(
        statuses(&second).iter().all(|(_, s)| s == "unchanged"),
        "{second}"
    );
    assert_eq!(second["pulls"], 0);
    let after = |p: &Proxy, from: usize| p.requests()[from..].to_vec();
    let src_reqs = after(&ps, s0);
    // Manifests: HEADs only (no pulls); the one GET lists the repository entry's tags.
    let heads = src_reqs
        .iter()
        .filter(|(m, p)| m == "HEAD" && p.contains("/manifests/"))
        .count();
    assert_eq!(heads, 4, "{src_reqs:?}");
    assert!(
        src_reqs
            .iter()
            .all(|(m, p)| m == "HEAD" || (m == "GET" && p.contains("/tags/list"))),
        "{src_reqs:?}"
    );
    let tgt: Vec<_> = after(&pb, b0)
        .into_iter()
        .chain(after(&pt, t0))
        .filter(|(_, p)| p.contains("/manifests/"))
        .collect();
    assert_eq!(tgt.iter().filter(|(m, _)| m == "GET").count(), 1, "{tgt:?}");
    assert!(
        tgt.iter()
            .filter(|(m, _)| m != "GET")
            .all(|(m, _)| m == "HEAD"),
        "{tgt:?}"
    );
    assert!(ts.count() - tok0 <= 2, "tokens: {}", ts.count() - tok0);
    // A tag moved at the source is copied, and the old target image kept under the backup.
    let old = env
        .run(&[
            "manifest",
            "head",
            &format!("{}/mirror/app:1", pt.host),
            "--creds",
            &format!("{}:{}", ALICE.0, ALICE.1),
        ])
        .ok()
        .text();
    fixtures::single(320, fixtures::Compression::Gzip).push_to(&src, "lib/app", "1", None);
    let third = env.json(&["sync", f]);
    let st = statuses(&third);
    assert!(
        st.contains(&(format!("{}/mirror/app:1", pt.host), "copied".into())),
        "{third}"
    );
    assert_eq!(
        st.iter().filter(|(_, s)| s == "copied").count(),
        1,
        "{third}"
    );
    let backup = env
        .run(&[
            "manifest",
            "head",
            &format!("{}/mirror/app:bkup-1", pt.host),
            "--creds",
            &format!("{}:{}", ALICE.0, ALICE.1),
        ])
        .ok()
        .text();
    assert_eq!(
        backup.split_whitespace().next(),
        old.split_whitespace().next()
    );
}

#[test]
fn shards_cover_fifty_images_once_each() {
    if !have_tools() {
        return;
    }
    let src = Registry::anonymous();
    let fx = fixtures::single(330, fixtures::Compression::Gzip);
    fx.push_to(&src, "many/app", "t00", None);
    let c = fixtures::client(&src.host, None);
    let r = hoist::reference::Reference::parse(&format!("{}/many/app", src.host)).unwrap();
    let top = hoist::manifest::Manifest::from_bytes(
        bytes::Bytes::from(fx.top.data.clone()),
        Some(&fx.top.media_type),
    )
    .unwrap();
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        for i in 1..50 {
            c.put_manifest(&r, &format!("t{i:02}"), &top).await.unwrap();
        }
    });
    let env = Env::new();
    let file = env.home.path().join("s.yaml");
    std::fs::write(
        &file,
        format!(
            "sync:\n  - source: {0}/many/app\n    target: {0}/mirror/app\n    type: repository\n",
            src.host
        ),
    )
    .unwrap();
    for n in 1..=5 {
        let mut seen: std::collections::BTreeMap<String, usize> = Default::default();
        for i in 0..n {
            let j = env.json(&[
                "sync",
                file.to_str().unwrap(),
                "--dry-run",
                "--shard",
                &format!("{i}/{n}"),
            ]);
            for it in j["items"].as_array().unwrap() {
                assert_eq!(it["status"], "would copy");
                *seen
                    .entry(it["source"].as_str().unwrap().to_string())
                    .or_default() += 1;
            }
        }
        assert_eq!(seen.len(), 50, "N={n}");
        assert!(seen.values().all(|&c| c == 1), "N={n}: {seen:?}");
    }
    env.run(&["sync", file.to_str().unwrap(), "--shard", "5/5"])
        .code(2);
}

#[test]
fn all_tags_and_keep_going() {
    if !have_tools() {
        return;
    }
    let src = Registry::anonymous();
    for (i, t) in ["v1", "v2", "v3-rc", "dev"].iter().enumerate() {
        fixtures::single(340 + i as u64, fixtures::Compression::Gzip)
            .push_to(&src, "team/app", t, None);
    }
    let env = Env::new();
    let dst = format!("{}/copy/app", src.host);
    let src_repo = format!("{}/team/app", src.host);
    let all_tags = || {
        env.json(&[
            "copy",
            "--all-tags",
            &src_repo,
            &dst,
            "--include",
            "^v",
            "--exclude=-rc",
        ])
    };
    assert_eq!(all_tags()["copied"], 2);
    let tags = env.run(&["tag", "ls", &dst]).ok().text();
    assert_eq!(tags.lines().collect::<Vec<_>>(), ["v1", "v2"]);
    let again = all_tags();
    assert_eq!(again["unchanged"], 2);
    // A missing source image: without --keep-going the run stops (exit 3); with it the
    // others are still mirrored and the exit code is the worst failure's.
    let file = env.home.path().join("k.yaml");
    std::fs::write(
        &file,
        format!(
            "sync:\n  - source: {0}/team/app:nope\n    target: {0}/k/a:nope\n  - source: {0}/team/app:v1\n    target: {0}/k/b:v1\n  - source: {0}/team/app:v2\n    target: {0}/k/c:v2\n",
            src.host
        ),
    )
    .unwrap();
    let out = env.run(&[
        "sync",
        file.to_str().unwrap(),
        "--keep-going",
        "--jobs",
        "1",
    ]);
    out.code(3).says("1 of 3 images failed");
    env.run(&["manifest", "head", &format!("{}/k/c:v2", src.host)])
        .ok();
    let out = env.run(&["sync", file.to_str().unwrap(), "--jobs", "1"]);
    let out = out.code(3);
    assert!(
        out.stderr.contains("not run") || out.stderr.contains("unchanged"),
        "{}",
        out.stderr
    );
}

#[test]
fn skopeo_sync_files_land_where_skopeo_puts_them_with_the_same_digests() {
    if !have_tools() {
        return;
    }
    let src = Registry::anonymous();
    let a = Registry::anonymous();
    let b = Registry::anonymous();
    let mut seed = 350;
    let mut push = |repo: &str, tags: &[&str]| {
        for t in tags {
            seed += 1;
            fixtures::single(seed, fixtures::Compression::Gzip).push_to(&src, repo, t, None);
        }
    };
    push("lib/busybox", &["a", "b"]);
    push("lib/redis", &["1.0", "2.0"]);
    push("lib/nginx", &["1.13.1-alpine", "1.13.2-alpine", "1.14.0"]);
    push("lib/alpine", &["3.11.0", "3.12.0", "3.13"]);
    fixtures::multi_arch(360, false).push_to(&src, "lib/multi", "1", None);
    let env = Env::new();
    let file = env.home.path().join("skopeo.yaml");
    std::fs::write(
        &file,
        format!(
            "{}:\n  images:\n    lib/busybox: []\n    lib/redis: [\"1.0\"]\n    lib/multi: [\"1\"]\n  images-by-tag-regex:\n    lib/nginx: ^1\\.13\\.\n  tls-verify: false\n",
            src.host
        ),
    )
    .unwrap();
    let s = crate::sync_skopeo::skopeo_sync(&file, &format!("{}/mirror", a.host), false);
    assert!(s.status.success(), "{}", String::from_utf8_lossy(&s.stderr));
    env.run(&["sync", file.to_str().unwrap()])
        .code(2)
        .says("--dest");
    // A file that is not YAML is said so with where, not asked for `--dest`.
    let broken = env.home.path().join("broken.yaml");
    std::fs::write(&broken, format!("{}:\n  images: [unclosed\n", src.host)).unwrap();
    env.run(&["sync", broken.to_str().unwrap()])
        .code(2)
        .says("is not YAML")
        .says("line 3");
    env.run(&["sync", file.to_str().unwrap(), "--scoped"])
        .code(2);
    let j = env.json(&[
        "sync",
        file.to_str().unwrap(),
        "--dest",
        &format!("{}/mirror", b.host),
    ]);
    assert_eq!(j["failed"], 0, "{j}");
    let mut compared = 0;
    for (repo, tags) in [
        ("busybox", vec!["a", "b"]),
        ("redis", vec!["1.0"]),
        ("multi", vec!["1"]),
        ("nginx", vec!["1.13.1-alpine", "1.13.2-alpine"]),
    ] {
        for side in [&a, &b] {
            let listed = env
                .run(&["tag", "ls", &format!("{}/mirror/{repo}", side.host)])
                .ok()
                .text();
            assert_eq!(
                listed.lines().collect::<Vec<_>>(),
                tags,
                "{repo} on {}",
                side.host
            );
        }
        for t in tags {
            let d = |side: &Registry| env.digest_of(&format!("{}/mirror/{repo}:{t}", side.host));
            assert_eq!(d(&a), d(&b), "{repo}:{t}");
            compared += 1;
        }
    }
    assert_eq!(compared, 6);
    // `images-by-semver` (newer skopeo than Debian's reads it): the versions in range, read
    // leniently as skopeo's library reads them (`3.13` is 3.13.0).
    let semver = env.home.path().join("semver.yaml");
    std::fs::write(
        &semver,
        format!(
            "{}:\n  images-by-semver:\n    lib/alpine: \">= 3.12.0\"\n  tls-verify: false\n",
            src.host
        ),
    )
    .unwrap();
    env.run(&[
        "sync",
        semver.to_str().unwrap(),
        "--dest",
        &format!("{}/mirror", b.host),
    ])
    .ok();
    let listed = env
        .run(&["tag", "ls", &format!("{}/mirror/alpine", b.host)])
        .ok()
        .text();
    assert_eq!(listed.lines().collect::<Vec<_>>(), ["3.12.0", "3.13"]);
}

#[test]
fn a_sync_killed_mid_run_resumes_without_recopying_what_finished() {
    if !have_tools() {
        return;
    }
    let src = Registry::anonymous();
    for i in 0..6u64 {
        fixtures::single(370 + i, fixtures::Compression::Gzip).push_to(
            &src,
            "kill/app",
            &format!("v{i}"),
            None,
        );
    }
    let env = Env::new();
    let file = env.home.path().join("k.yaml");
    std::fs::write(
        &file,
        format!(
            "sync:\n  - source: {0}/kill/app\n    target: {0}/killed/app\n    type: repository\n",
            src.host
        ),
    )
    .unwrap();
    let f = file.to_str().unwrap();
    // Killed once the first image is reported copied.
    let mut c = env.command(&["sync", f, "--jobs", "1"]);
    let mut child = c
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let mut first = None;
    for line in std::io::BufRead::lines(std::io::BufReader::new(stderr)).map_while(Result::ok) {
        if line.starts_with("copied") {
            first = Some(line);
            break;
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let first = first.expect("one image was copied before the kill");
    let j = env.json(&["sync", f]);
    let unchanged: Vec<&str> = j["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["status"] == "unchanged")
        .map(|i| i["source"].as_str().unwrap())
        .collect();
    assert!(
        unchanged.iter().any(|s| first.contains(s)),
        "{first} was not recopied: {j}"
    );
    assert_eq!(
        j["copied"].as_u64().unwrap() + j["unchanged"].as_u64().unwrap(),
        6,
        "{j}"
    );
    for i in 0..6 {
        env.run(&["digest", "verify", &format!("{}/killed/app:v{i}", src.host)])
            .ok();
    }
}

#[test]
fn a_layer_shared_by_many_images_crosses_once_per_target_registry() {
    if !have_tools() {
        return;
    }
    let src = Registry::anonymous();
    let dst = Registry::anonymous();
    let proxy = Proxy::start(&dst.host);
    let base = fixtures::layer_tar(900, 200_000);
    let mut base_digest = String::new();
    let mut entries = String::new();
    for i in 0..5u64 {
        let fx = fixtures::from_tars(
            380 + i,
            &[
                (base.clone(), fixtures::Compression::Gzip),
                (
                    fixtures::layer_tar(910 + i, 3000),
                    fixtures::Compression::Gzip,
                ),
            ],
            None,
        );
        base_digest = fx.images[0].layers[0].digest.clone();
        fx.push_to(&src, &format!("apps/app{i}"), "1", None);
        entries.push_str(&format!(
            "  - source: {0}/apps/app{i}:1\n    target: {1}/mirror/app{i}:1\n",
            src.host, proxy.host
        ));
    }
    let env = Env::new();
    let file = env.home.path().join("shared.yaml");
    std::fs::write(&file, format!("sync:\n{entries}")).unwrap();
    let j = env.json(&["sync", file.to_str().unwrap(), "--jobs", "5"]);
    assert_eq!(j["copied"], 5, "{j}");
    let uploads = proxy
        .requests()
        .iter()
        .filter(|(m, p)| m == "PUT" && p.contains(&format!("digest={base_digest}")))
        .count();
    assert_eq!(
        uploads,
        1,
        "the shared layer is uploaded once: {:?}",
        proxy.requests()
    );
    assert_eq!(proxy.count("POST", &format!("mount={base_digest}")), 4);
    for i in 0..5 {
        env.run(&["digest", "verify", &format!("{}/mirror/app{i}:1", dst.host)])
            .ok();
    }
}

/// skopeo's `tls-verify: false` is honoured on every host, loopback included: an HTTPS registry
/// whose certificate nobody trusts is read, as skopeo reads it.
#[test]
fn skopeo_tls_verify_false_reads_an_untrusted_loopback_registry() {
    if !crate::support::have_tools() {
        return;
    }
    let src = Registry::tls();
    let dst = Registry::anonymous();
    let env = Env::new();
    let hello = format!("ocidir://{}/examples/hello:1.0", env!("CARGO_MANIFEST_DIR"));
    env.run(&[
        "copy",
        &hello,
        &format!("{}/lib/hello:1.0", src.host),
        "--insecure",
    ])
    .ok();
    let file = env.home.path().join("tls.yaml");
    std::fs::write(
        &file,
        format!(
            "{}:\n  images:\n    lib/hello: [\"1.0\"]\n  tls-verify: false\n",
            src.host
        ),
    )
    .unwrap();
    let j = env.json(&[
        "sync",
        file.to_str().unwrap(),
        "--dest",
        &format!("{}/mirror", dst.host),
    ]);
    assert_eq!(j["failed"], 0, "{j}");
    let want = env.run(&["manifest", "head", &hello]).ok().text();
    let got = env
        .run(&[
            "manifest",
            "head",
            &format!("{}/mirror/hello:1.0", dst.host),
        ])
        .ok()
        .text();
    assert_eq!(got, want);
}
