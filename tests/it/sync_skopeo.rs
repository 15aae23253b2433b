//! skopeo's sync files (tests/data/skopeo: the man page's example and the YAML files of
//! skopeo's integration tests), their registries pointed at local distribution registries, run
//! through the installed skopeo and through `hoist sync`: both must leave the same
//! repositories, tags and digests.

use std::path::Path;

use crate::support::cmd::Env;
use crate::support::fixtures::{self, Compression};
use crate::support::have_tools;
use crate::support::registry::Registry;
use crate::sync_files::tags;

/// `skopeo sync --all --preserve-digests --src yaml --dest docker --dest-tls-verify=false
/// [--scoped] FILE DEST`, as the installed skopeo runs it.
pub(crate) fn skopeo_sync(file: &Path, dest: &str, scoped: bool) -> std::process::Output {
    let mut args = vec!["sync", "--all", "--preserve-digests"];
    if scoped {
        args.push("--scoped");
    }
    args.extend([
        "--src",
        "yaml",
        "--dest",
        "docker",
        "--dest-tls-verify=false",
        file.to_str().unwrap(),
        dest,
    ]);
    std::process::Command::new("skopeo")
        .args(args)
        .output()
        .unwrap()
}

/// skopeo's man-page sync file, its registries pointed at local ones, run through the
/// installed skopeo and `hoist sync`: the same tags and digests at both targets. (Debian's
/// skopeo predates `images-by-semver`: that key is checked against Masterminds' rules.)
#[test]
fn skopeos_man_page_example_lands_where_skopeo_puts_it() {
    if !have_tools() {
        return;
    }
    let (reg, quay) = (Registry::anonymous(), Registry::anonymous());
    let mut seed = 1600;
    let mut push = |r: &Registry, repo: &str, list: &[&str]| {
        for t in list {
            seed += 1;
            fixtures::single(seed, Compression::Gzip).push_to(r, repo, t, None);
        }
    };
    push(&reg, "busybox", &["1-glibc", "latest"]);
    push(&reg, "redis", &["1.0", "2.0", "3.0"]);
    push(
        &reg,
        "nginx",
        &[
            "1.13.1-alpine-perl",
            "1.13.2-alpine-perl",
            "1.13.3-alpine-perl",
            "1.13.1-alpine",
        ],
    );
    push(
        &reg,
        "alpine",
        &["3.11.0", "3.12.0", "3.12.1", "4.0.0", "edge"],
    );
    push(&quay, "coreos/etcd", &["latest", "v3"]);
    let env = Env::new();
    let head = |r: &str| env.digest_of(r);
    // The listed digest: redis:3.0's, copied by digest alone.
    let pinned = head(&format!("{}/redis:3.0", reg.host));
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/skopeo/sync-example.yml"),
    )
    .unwrap()
    .replace("registry.example.com:", &format!("{}:", reg.host))
    .replace("quay.io:", &format!("{}:", quay.host))
    .replace(
        "sha256:0000000000000000000000000000000011111111111111111111111111111111",
        &pinned,
    );
    let work = tempfile::tempdir().unwrap();
    // As written, `registry.example.com` says `tls-verify: true`: a plain-HTTP registry on
    // loopback is refused, as skopeo refuses it (exit 6; none of its images copied).
    let as_written = work.path().join("as-written.yml");
    std::fs::write(&as_written, &text).unwrap();
    let refused = Registry::anonymous();
    env.run(&[
        "sync",
        as_written.to_str().unwrap(),
        "--dest",
        &format!("{}/repo/", refused.host),
    ])
    .code(6);
    let listed = env.run(&["repo", "ls", &refused.host]).ok().text();
    for name in ["busybox", "redis", "nginx", "alpine"] {
        assert!(!listed.contains(name), "{listed}");
    }
    // Both tools get plain HTTP allowed; skopeo is older than images-by-semver.
    let text = text.replace("tls-verify: true", "tls-verify: false");
    let for_hoist = work.path().join("hoist.yml");
    std::fs::write(&for_hoist, &text).unwrap();
    let for_skopeo = work.path().join("skopeo.yml");
    let skopeo_text: String = text
        .lines()
        .filter(|l| !l.contains("images-by-semver") && !l.contains("alpine:"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&for_skopeo, skopeo_text).unwrap();
    let (a, b) = (Registry::anonymous(), Registry::anonymous());
    let s = skopeo_sync(&for_skopeo, &format!("{}/repo/", a.host), false);
    assert!(s.status.success(), "{}", String::from_utf8_lossy(&s.stderr));
    let j = env.json(&[
        "sync",
        for_hoist.to_str().unwrap(),
        "--dest",
        &format!("{}/repo/", b.host),
    ]);
    assert_eq!(j["failed"], 0, "{j}");
    for (repo, want) in [
        ("busybox", vec!["1-glibc", "latest"]),
        ("redis", vec!["1.0", "2.0"]),
        ("nginx", vec!["1.13.1-alpine-perl", "1.13.2-alpine-perl"]),
        ("etcd", vec!["latest"]),
    ] {
        for side in [&a, &b] {
            assert_eq!(
                tags(&env, &format!("{}/repo/{repo}", side.host)),
                want,
                "{repo}"
            );
        }
        for t in want {
            assert_eq!(
                head(&format!("{}/repo/{repo}:{t}", a.host)),
                head(&format!("{}/repo/{repo}:{t}", b.host)),
                "{repo}:{t}"
            );
        }
    }
    // The digest-pinned redis image is at both, by digest.
    for side in [&a, &b] {
        assert_eq!(head(&format!("{}/repo/redis@{pinned}", side.host)), pinned);
    }
    // `>= 3.12.0` as Masterminds reads it.
    assert_eq!(
        tags(&env, &format!("{}/repo/alpine", b.host)),
        ["3.12.0", "3.12.1", "4.0.0"]
    );
}

/// The YAML files of skopeo's integration tests (tests/data/skopeo/integration), their
/// registries pointed at local ones named without a port (so `--scoped`, which every one of
/// those tests passes, can put the name in a path), run through the installed skopeo
/// (`--all --preserve-digests`) and through `hoist sync`: each leaves the same repositories,
/// tags and digests. And `TestYamlTLSVerify`: `tls-verify: false` reads a plain-HTTP
/// registry on loopback, `true` and no `tls-verify` refuse it, in both.
#[test]
fn skopeos_integration_files_land_where_skopeo_puts_them() {
    if !have_tools() {
        return;
    }
    let (k8s, quay, tgt) = (
        Registry::anonymous_without_port(),
        Registry::anonymous_without_port(),
        Registry::anonymous_without_port(),
    );
    let mut seed = 1700;
    let mut push = |r: &Registry, repo: &str, list: &[&str]| {
        for t in list {
            seed += 1;
            fixtures::single(seed, Compression::Gzip).push_to(r, repo, t, None);
        }
    };
    push(&k8s, "coredns/coredns", &["v1.7.1", "v1.6.6"]);
    fixtures::multi_arch(1750, false).push_to(&k8s, "coredns/coredns", "v1.8.0", None);
    push(&k8s, "k8s-dns-kube-dns", &["1.14.11", "1.14.12", "1.14.13"]);
    push(
        &k8s,
        "pause",
        &["latest", "1.0", "2.0", "2.0.1", "3.0", "12.0"],
    );
    push(&quay, "quay/busybox", &["latest", "1.36"]);
    let env = Env::new();
    let head = |r: &str| env.digest_of(r);
    let pinned = head(&format!("{}/pause:3.0", k8s.host));
    let read = |name: &str| {
        std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/data/skopeo/integration")
                .join(name),
        )
        .unwrap()
    };
    let point = |text: &str| {
        text.replace(
            "registry.k8s.io:\n",
            &format!("{}:\n  tls-verify: false\n", k8s.host),
        )
        .replace(
            "quay.io:\n",
            &format!("{}:\n  tls-verify: false\n", quay.host),
        )
        .replace(
            "sha256:59eec8837a4d942cc19a52b8c09ea75121acc38114a2c68b98983ce9356b8610",
            &pinned,
        )
    };
    let work = tempfile::tempdir().unwrap();
    let skopeo = |file: &Path, dest: &str| skopeo_sync(file, dest, true);
    let hoist = |file: &Path, dest: &str| {
        env.run(&[
            "sync",
            file.to_str().unwrap(),
            "--dest",
            dest,
            "--scoped",
            "--format",
            "json",
        ])
    };
    // Every repository under `prefix` at the target, with each tag's digest (a repository
    // holding an image by digest alone has no tags: distribution answers 404).
    let landed = |prefix: &str| -> Vec<(String, String, String)> {
        let mut out = Vec::new();
        let listed = env.run(&["repo", "ls", &tgt.host]).ok().text();
        for repo in listed.lines().filter_map(|l| l.strip_prefix(prefix)) {
            let r = format!("{}/{prefix}{repo}", tgt.host);
            let listed = env.run(&["tag", "ls", &r]);
            let tagged = match listed.code {
                3 => Vec::new(),
                _ => tags(&env, &r),
            };
            for t in tagged {
                let d = head(&format!("{}/{prefix}{repo}:{t}", tgt.host));
                out.push((repo.to_string(), t, d));
            }
        }
        out
    };
    let (k, q) = (&k8s.host, &quay.host);
    for (name, want) in [
        (
            "yaml2docker.yml",
            vec![
                format!("{k}/coredns/coredns:v1.6.6"),
                format!("{k}/coredns/coredns:v1.7.1"),
                format!("{k}/coredns/coredns:v1.8.0"),
            ],
        ),
        (
            "yaml-regex2dir.yml",
            vec![format!("{k}/pause:1.0"), format!("{k}/pause:2.0")],
        ),
        ("yaml-digest2dir.yml", vec![]),
        (
            "yaml2dir.yml",
            vec![
                format!("{k}/coredns/coredns:v1.7.1"),
                format!("{k}/coredns/coredns:v1.8.0"),
                format!("{k}/k8s-dns-kube-dns:1.14.12"),
                format!("{k}/k8s-dns-kube-dns:1.14.13"),
                format!("{k}/pause:latest"),
                format!("{q}/quay/busybox:latest"),
            ],
        ),
    ] {
        let file = work.path().join(name);
        std::fs::write(&file, point(&read(name))).unwrap();
        let stem = name.trim_end_matches(".yml");
        let s = skopeo(&file, &format!("{}/skopeo/{stem}", tgt.host));
        assert!(
            s.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&s.stderr)
        );
        let j = hoist(&file, &format!("{}/hoist/{stem}", tgt.host))
            .ok()
            .json();
        assert_eq!(j["failed"], 0, "{name}: {j}");
        let by_skopeo = landed(&format!("skopeo/{stem}/"));
        let by_hoist = landed(&format!("hoist/{stem}/"));
        assert_eq!(by_hoist, by_skopeo, "{name}");
        let mut tagged: Vec<String> = by_hoist
            .iter()
            .map(|(r, t, _)| format!("{r}:{t}"))
            .collect();
        tagged.sort();
        assert_eq!(tagged, want, "{name}");
        // Digests are the sources'.
        for (r, t, d) in &by_hoist {
            assert_eq!(*d, head(&format!("{r}:{t}")), "{name}: {r}:{t}");
        }
    }
    // The digest-pinned image is there by digest (no tag), at both.
    for side in ["skopeo", "hoist"] {
        let r = format!("{}/{side}/yaml-digest2dir/{k}/pause@{pinned}", tgt.host);
        assert_eq!(head(&r), pinned);
    }

    // TestYaml2Docker's way back: from where the first file landed (the registry the test
    // calls `localhost:5555`), scoped again.
    let back = read("yaml2docker-back.yml")
        .replace("localhost:5555:", &format!("{}:", tgt.host))
        .replace(
            "registry.k8s.io/coredns/coredns",
            &format!("skopeo/yaml2docker/{k}/coredns/coredns"),
        );
    let file = work.path().join("back.yml");
    std::fs::write(&file, back).unwrap();
    assert!(
        skopeo(&file, &format!("{}/back-skopeo", tgt.host))
            .status
            .success()
    );
    assert_eq!(
        hoist(&file, &format!("{}/back-hoist", tgt.host))
            .ok()
            .json()["failed"],
        0
    );
    let by_skopeo = landed("back-skopeo/");
    assert_eq!(by_skopeo.len(), 3, "{by_skopeo:?}");
    assert_eq!(landed("back-hoist/"), by_skopeo);

    // TestYamlTLSVerify against a plain-HTTP registry on loopback.
    let template = read("yaml-tls-verify.yml.tmpl");
    for (line, ok) in [
        ("tls-verify: false", true),
        ("tls-verify: true", false),
        ("", false),
    ] {
        let text = template
            .replace("localhost:5555:", &format!("{k}:"))
            .replace("%s", line)
            .replace("registry.k8s.io/pause", "pause");
        let file = work.path().join("tls.yml");
        std::fs::write(&file, text).unwrap();
        let s = skopeo(&file, &format!("{}/tls-skopeo", tgt.host));
        assert_eq!(
            s.status.success(),
            ok,
            "{line:?}: {}",
            String::from_utf8_lossy(&s.stderr)
        );
        let h = hoist(&file, &format!("{}/tls-hoist", tgt.host));
        if ok {
            h.ok();
        } else {
            h.code(6);
        }
    }
}
