//! regsync's own files (tests/data/regsync, from regclient), their registries pointed at local
//! distribution registries, run through `hoist sync`: the target must hold exactly the tags
//! regsync's rules select. And each regsync key hoist reads, adds or refuses, on small files.

use std::path::Path;

use serde_json::Value;

use crate::support::cmd::{Env, Out};
use crate::support::fixtures::{self, Compression};
use crate::support::have_tools;
use crate::support::proxy::{Action, Fault, Proxy};
use crate::support::registry::Registry;

fn data(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/regsync")
            .join(name),
    )
    .unwrap()
}

/// The file with `registry:5000` as `tgt` and Docker Hub, `ghcr.io` and `gcr.io` reached at
/// `src` through regsync's `hostname`.
fn pointed(text: &str, src: &str, tgt: &str) -> String {
    let hosts = format!(
        "creds:\n  - registry: ghcr.io\n    hostname: {src}\n  - registry: gcr.io\n    hostname: {src}\n"
    );
    let mut t = text.replace("registry:5000", tgt);
    t = if t.contains("  - registry: docker.io\n") {
        t.replace(
            "  - registry: docker.io\n",
            &format!("  - registry: docker.io\n    hostname: {src}\n"),
        )
    } else {
        t.replacen(
            "creds:\n",
            &format!("creds:\n  - registry: docker.io\n    hostname: {src}\n"),
            1,
        )
    };
    t.replacen("creds:\n", &hosts, 1)
}

pub(crate) fn tags(env: &Env, repo: &str) -> Vec<String> {
    let out = env.run(&["tag", "ls", repo]).ok().text();
    let mut v: Vec<String> = out.lines().map(str::to_string).collect();
    v.sort();
    v
}

/// Writes `text` as `dir/name` and runs `hoist sync` on it with `--format json`, then `extra`.
fn sync_text(env: &Env, dir: &Path, name: &str, text: &str, extra: &[&str]) -> Out {
    let f = dir.join(name);
    std::fs::write(&f, text).unwrap();
    let mut args = vec!["sync", f.to_str().unwrap(), "--format", "json"];
    args.extend_from_slice(extra);
    env.run(&args)
}

fn statuses(report: &Value) -> Vec<String> {
    let mut v: Vec<String> = report["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            format!(
                "{} {}",
                i["target"].as_str().unwrap(),
                i["status"].as_str().unwrap()
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn regsyncs_own_files_leave_the_tags_regsync_would() {
    if !have_tools() {
        return;
    }
    let src = Registry::anonymous();
    let mut seed = 1200;
    let mut push = |repo: &str, list: &[&str]| {
        for t in list {
            seed += 1;
            fixtures::single(seed, Compression::Gzip).push_to(&src, repo, t, None);
        }
    };
    push("library/busybox", &["latest", "1.36"]);
    push(
        "library/alpine",
        &["latest", "3", "3.9", "3.19", "3.20", "3.20.1", "13", "edge"],
    );
    push("library/debian", &["12", "11", "12-slim", "bookworm"]);
    push("regclient/regctl", &["latest", "v0.8"]);
    push("example/repo", &["3", "3.9", "latest", "4"]);
    let work = tempfile::tempdir().unwrap();
    let token = work.path().join("hub_token");
    std::fs::write(&token, "not-a-real-token\n").unwrap();
    let mut env = Env::new();
    env.set("HUB_USER", "someone");
    let run = |env: &Env, name: &str, text: &str| -> Value {
        let f = work.path().join(name);
        std::fs::write(&f, text).unwrap();
        let out = env
            .run(&["sync", f.to_str().unwrap(), "--format", "json"])
            .ok();
        // `interval` and `schedule` are for `--serve`; a plain run says it ran once.
        assert!(
            out.stderr.contains("only `hoist sync --serve` follows"),
            "{}",
            out.stderr
        );
        out.json()
    };

    // docs/examples/regsync.yml: patterns match whole tags; a `{{file}}` password.
    let tgt = Registry::anonymous();
    let text = pointed(&data("regsync.yml"), &src.host, &tgt.host)
        .replace("/home/appuser/.docker/hub_token", token.to_str().unwrap());
    let report = run(&env, "regsync.yml", &text);
    assert_eq!(report["failed"], 0, "{report}");
    let t = &tgt.host;
    assert_eq!(tags(&env, &format!("{t}/library/busybox")), ["latest"]);
    assert_eq!(
        tags(&env, &format!("{t}/library/alpine")),
        ["3", "3.19", "3.20", "3.9", "latest"]
    );
    assert_eq!(tags(&env, &format!("{t}/library/debian")), ["11", "12"]);
    assert_eq!(tags(&env, &format!("{t}/regclient/regctl")), ["latest"]);
    // Digests are the source's.
    for (repo, tag) in [("library/alpine", "3.20"), ("library/debian", "12")] {
        let d = |h: &str| env.digest_of(&format!("{h}/{repo}:{tag}"));
        assert_eq!(d(&src.host), d(t), "{repo}:{tag}");
    }
    // A second run: all unchanged.
    let again = run(&env, "regsync.yml", &text);
    assert!(
        statuses(&again).iter().all(|s| s.ends_with(" unchanged")),
        "{again}"
    );

    // The files of regclient's Docker Hub page and quick start: the deprecated `scheme: http`
    // beside `tls: disabled` (regclient no longer reads it), whole-tag patterns (`3\.\d+`,
    // and `3.\d+`, whose `.` is any character), `{{file}}` and `{{env}}` credentials.
    for name in ["hub-regsync.yml", "regsync-quickstart.yml"] {
        let tgt = Registry::anonymous();
        let text = pointed(&data(name), &src.host, &tgt.host)
            .replace("/var/run/secrets/hub_token", token.to_str().unwrap())
            .replace("/home/appuser/.docker/hub_token", token.to_str().unwrap());
        let report = run(&env, name, &text);
        assert_eq!(report["failed"], 0, "{name}: {report}");
        let t = &tgt.host;
        assert_eq!(tags(&env, &format!("{t}/library/busybox")), ["latest"]);
        assert_eq!(
            tags(&env, &format!("{t}/library/alpine")),
            ["3", "3.19", "3.20", "3.9", "latest"],
            "{name}"
        );
        assert_eq!(tags(&env, &format!("{t}/regclient/regctl")), ["latest"]);
    }

    // cmd/regsync/testdata/config1.yml: anchors, `<<` merges, templates in targets
    // (`{{ index (split .Sync.Source "gcr.io/") 1 }}`), numbers as patterns, cacheCount.
    let tgt = Registry::anonymous();
    let report = run(
        &env,
        "config1.yml",
        &pointed(&data("config1.yml"), &src.host, &tgt.host),
    );
    assert_eq!(report["failed"], 0, "{report}");
    let t = &tgt.host;
    assert_eq!(tags(&env, &format!("{t}/library/busybox")), ["latest"]);
    assert_eq!(
        tags(&env, &format!("{t}/hub/alpine")),
        ["3", "3.9", "latest"]
    );
    assert_eq!(
        tags(&env, &format!("{t}/gcr/example/repo")),
        ["3", "3.9", "latest"]
    );

    // cmd/regsync/testdata/config2.yml: no version, a schedule in defaults, an interval and
    // a ratelimit on entries.
    let tgt = Registry::anonymous();
    let report = run(
        &env,
        "config2.yml",
        &pointed(&data("config2.yml"), &src.host, &tgt.host),
    );
    assert_eq!(
        statuses(&report),
        [
            format!("{}/library/alpine:latest copied", tgt.host),
            format!("{}/library/busybox:latest copied", tgt.host),
        ]
    );

    // docs/examples/k8s-regsync.yaml's embedded file: `hostname` for the target too.
    let k8s = data("k8s-regsync.yaml");
    let embedded: String = k8s
        .split("regsync.yml: |+\n")
        .nth(1)
        .unwrap()
        .split("\n---")
        .next()
        .unwrap()
        .lines()
        .map(|l| format!("{}\n", l.strip_prefix("    ").unwrap_or(l)))
        .collect();
    let tgt = Registry::anonymous();
    let text =
        pointed(&embedded, &src.host, "registry:5000").replace("registry.registry:5000", &tgt.host);
    let report = run(&env, "k8s.yml", &text);
    assert_eq!(report["failed"], 0, "{report}");
    assert_eq!(
        tags(&env, &format!("{}/library/alpine", tgt.host)),
        ["3", "latest"]
    );
    assert!(
        statuses(&report)
            .iter()
            .all(|s| s.starts_with("registry:5000/") || s.contains(&tgt.host)),
        "{report}"
    );
}

#[test]
fn regsync_keys_hoist_adds_and_those_it_refuses() {
    if !have_tools() {
        return;
    }
    let src = Registry::anonymous();
    let tgt = Registry::anonymous();
    let env = Env::new();
    for (i, t) in ["1.0", "1.1", "2.0", "2.1", "edge"].iter().enumerate() {
        fixtures::single(1300 + i as u64, Compression::Gzip).push_to(&src, "app", t, None);
    }
    fixtures::single(1310, Compression::Gzip).push_to(&src, "other", "1", None);
    let multi = fixtures::multi_arch(1320, false);
    multi.push_to(&src, "multi", "1", None);
    let work = tempfile::tempdir().unwrap();
    let run = |text: &str| {
        let f = work.path().join("f.yml");
        std::fs::write(&f, text).unwrap();
        env.run(&["sync", f.to_str().unwrap(), "--format", "json"])
    };
    let (s, t) = (&src.host, &tgt.host);
    // tagSets: the union of the sets and `tags`.
    let out = run(&format!(
        "version: 1\nsync:\n  - source: {s}/app\n    target: {t}/sets\n    type: repository\n    tags: {{allow: ['edge']}}\n    tagSets:\n      - allow: ['1\\..*']\n        deny: ['1\\.0']\n      - allow: ['2\\.0']\n"
    ))
    .ok();
    assert_eq!(out.json()["failed"], 0);
    assert_eq!(tags(&env, &format!("{t}/sets")), ["1.1", "2.0", "edge"]);
    // repos: which repositories of a registry entry.
    run(&format!(
        "version: 1\nsync:\n  - source: {s}\n    target: {t}/reg\n    type: registry\n    repos: {{allow: ['app|multi'], deny: ['multi']}}\n    tags: {{allow: ['2\\.1']}}\n"
    ))
    .ok();
    let listed = env.run(&["repo", "ls", t]).ok().text();
    assert!(listed.lines().any(|l| l == "reg/app"), "{listed}");
    assert!(
        !listed
            .lines()
            .any(|l| l.starts_with("reg/multi") || l.starts_with("reg/other")),
        "{listed}"
    );
    // platform: one image of an index, copied as its own manifest.
    run(&format!(
        "version: 1\nsync:\n  - source: {s}/multi:1\n    target: {t}/plat:1\n    platform: linux/arm64\n"
    ))
    .ok();
    let arm = &multi.images[1].manifest.digest;
    let got = env
        .run(&["manifest", "head", &format!("{t}/plat:1")])
        .ok()
        .text();
    assert!(got.starts_with(arm.as_str()), "{got} vs {arm}");
    // mediaTypes: an image whose type is not listed is skipped, not failed.
    let out = run(&format!(
        "version: 1\nsync:\n  - source: {s}/app:1.0\n    target: {t}/only-index:1\n    mediaTypes: [application/vnd.oci.image.index.v1+json]\n"
    ))
    .ok();
    let j = out.json();
    assert_eq!(j["skipped"], 1, "{j}");
    assert_eq!(j["items"][0]["status"], "skipped");
    env.run(&["tag", "ls", &format!("{t}/only-index")]).code(3);
    // Refused keys say why.
    for (key, text) in [
        (
            "hooks",
            format!(
                "version: 1\nsync:\n  - source: {s}/app:1.0\n    target: {t}/h:1\n    hooks: {{post: {{type: cmd, params: [echo]}}}}\n"
            ),
        ),
        (
            "token",
            format!("version: 1\ncreds:\n  - registry: {s}\n    token: abc\nsync: []\n"),
        ),
        (
            "mirrors",
            format!("version: 1\ncreds:\n  - registry: {s}\n    mirrors: [m.example]\nsync: []\n"),
        ),
    ] {
        run(&text).code(2).says(key).says("not supported");
    }
    // regclient reads one API option; another is refused by name, as is a value that is not
    // a boolean.
    run(&format!(
        "version: 1\ncreds:\n  - registry: {s}\n    apiOpts: {{noHead: 'true'}}\nsync: []\n"
    ))
    .code(2)
    .says("noHead");
    run(&format!(
        "version: 1\ncreds:\n  - registry: {s}\n    apiOpts: {{disableHead: 'sometimes'}}\nsync: []\n"
    ))
    .code(2)
    .says("sometimes");
    // A function hoist does not evaluate is refused by name, not sent as written.
    run(&format!(
        "version: 1\nsync:\n  - source: {s}/app:1.0\n    target: '{t}/x/{{{{ exec \"id\" }}}}:1'\n"
    ))
    .code(2)
    .says("exec");
    // A bad schedule is named when the file is read.
    run("version: 1\ndefaults: {schedule: 'every day'}\nsync: []\n")
        .code(2)
        .says("cron");
}

/// `sync --serve`: each entry runs again at its interval; a tag pushed after the first round
/// is mirrored by a later one. Rounds are told apart by their summary lines.
#[test]
fn serve_runs_entries_again_at_their_interval() {
    use std::io::BufRead as _;
    if !have_tools() {
        return;
    }
    let src = Registry::anonymous();
    let tgt = Registry::anonymous();
    let env = Env::new();
    fixtures::single(1400, Compression::Gzip).push_to(&src, "app", "1", None);
    let work = tempfile::tempdir().unwrap();
    let f = work.path().join("serve.yml");
    std::fs::write(
        &f,
        format!(
            "version: 1\ndefaults: {{interval: 1s}}\nsync:\n  - source: {}/app\n    target: {}/app\n    type: repository\n",
            src.host, tgt.host
        ),
    )
    .unwrap();
    let mut child = env
        .command(&["sync", f.to_str().unwrap(), "--serve"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(child.stderr.take().unwrap()).lines();
    let mut summaries = Vec::new();
    let mut pushed = false;
    while let Some(Ok(line)) = lines.next() {
        if line.contains(" copied, ") && line.contains(" unchanged, ") {
            summaries.push(line.clone());
            if !pushed {
                // After the first round, a new tag at the source.
                fixtures::single(1401, Compression::Gzip).push_to(&src, "app", "2", None);
                pushed = true;
            } else if line.contains("1 copied") {
                break;
            }
        }
        assert!(
            summaries.len() < 50,
            "the new tag never came: {summaries:?}"
        );
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(summaries[0].contains("1 image: 1 copied"), "{summaries:?}");
    assert_eq!(tags(&env, &format!("{}/app", tgt.host)), ["1", "2"]);
    // Without --serve, an interval is said to be ignored, and the run is once.
    env.run(&["sync", f.to_str().unwrap()])
        .ok()
        .says("only `hoist sync --serve` follows");
}

/// With `referrers: true`, an image already mirrored still gets the referrers attached to it
/// since (regsync re-checks them): the next run brings an SBOM attached after the first.
#[test]
fn a_referrer_attached_after_the_first_run_comes_with_the_next() {
    if !have_tools() {
        return;
    }
    let src = Registry::anonymous();
    let tgt = Registry::anonymous();
    let env = Env::new();
    let img = fixtures::single(1500, Compression::Gzip);
    img.push_to(&src, "app", "1", None);
    let work = tempfile::tempdir().unwrap();
    let f = work.path().join("refs.yml");
    std::fs::write(
        &f,
        format!(
            "version: 1\ndefaults: {{referrers: true}}\nsync:\n  - source: {}/app:1\n    target: {}/app:1\n",
            src.host, tgt.host
        ),
    )
    .unwrap();
    let first = env.json(&["sync", f.to_str().unwrap()]);
    assert_eq!(first["copied"], 1, "{first}");
    let sbom = work.path().join("sbom.json");
    std::fs::write(&sbom, br#"{"spdxVersion":"SPDX-2.3"}"#).unwrap();
    let attached = env
        .run(&[
            "artifact",
            "attach",
            &format!("{}/app:1", src.host),
            sbom.to_str().unwrap(),
            "--artifact-type",
            "application/spdx+json",
        ])
        .ok()
        .text()
        .trim()
        .to_string();
    let second = env.json(&["sync", f.to_str().unwrap()]);
    assert_eq!(second["items"][0]["status"], "unchanged", "{second}");
    let listed = env.json(&["referrers", &format!("{}/app:1", tgt.host)]);
    assert_eq!(listed[0]["digest"], attached.as_str(), "{listed}");
    // With fastCheck the image is not looked at further.
    std::fs::write(
        &f,
        format!(
            "version: 1\ndefaults: {{referrers: true, fastCheck: true}}\nsync:\n  - source: {}/app:1\n    target: {}/fast:1\n",
            src.host, tgt.host
        ),
    )
    .unwrap();
    env.json(&["sync", f.to_str().unwrap()]);
    let attached2 = env
        .run(&[
            "artifact",
            "attach",
            &format!("{}/app:1", src.host),
            sbom.to_str().unwrap(),
            "--artifact-type",
            "application/vnd.example.other",
        ])
        .ok()
        .text()
        .trim()
        .to_string();
    env.json(&["sync", f.to_str().unwrap()]);
    let listed = env.json(&["referrers", &format!("{}/fast:1", tgt.host)]);
    assert!(
        !listed.to_string().contains(&attached2),
        "fastCheck looked further: {listed}"
    );
}

/// regsync's `referrerFilters` (only matching referrers) and `referrerTarget` (referrers
/// written to another repository, listed there by the fallback tag).
#[test]
fn referrer_filters_and_another_referrer_repository() {
    if !have_tools() {
        return;
    }
    let src = Registry::anonymous();
    let tgt = Registry::anonymous();
    let env = Env::new();
    let img = fixtures::single(1700, Compression::Gzip);
    img.push_to(&src, "app", "1", None);
    let work = tempfile::tempdir().unwrap();
    let file = work.path().join("a.json");
    std::fs::write(&file, b"{}").unwrap();
    let attach = |t: &str, kind: &str| {
        env.run(&[
            "artifact",
            "attach",
            &format!("{}/app:1", src.host),
            file.to_str().unwrap(),
            "--artifact-type",
            t,
            "--annotation",
            &format!("kind={kind}"),
        ])
        .ok()
        .text()
        .trim()
        .to_string()
    };
    let sbom = attach("application/spdx+json", "sbom");
    let _other = attach("application/vnd.example.other", "other");
    let f = work.path().join("f.yml");
    std::fs::write(
        &f,
        format!(
            "version: 1\ndefaults:\n  referrers: true\n  referrerFilters:\n    - artifactType: application/spdx+json\n      annotations: {{kind: sbom}}\nsync:\n  - source: {s}/app:1\n    target: {t}/app:1\n  - source: {s}/app:1\n    target: {t}/elsewhere:1\n    referrerTarget: '{t}/sigs'\n",
            s = src.host,
            t = tgt.host
        ),
    )
    .unwrap();
    let j = env.json(&["sync", f.to_str().unwrap()]);
    assert_eq!(j["failed"], 0, "{j}");
    let listed = env.json(&["referrers", &format!("{}/app:1", tgt.host)]);
    assert_eq!(listed.as_array().unwrap().len(), 1, "{listed}");
    assert_eq!(listed[0]["digest"], sbom.as_str());
    // The second entry's referrers are in `sigs`, not beside the image.
    let none = env.json(&["referrers", &format!("{}/elsewhere:1", tgt.host)]);
    assert_eq!(none, serde_json::json!([]), "{none}");
    let fallback = format!("sha256-{}", img.top.digest.trim_start_matches("sha256:"));
    assert!(tags(&env, &format!("{}/sigs", tgt.host)).contains(&fallback));
    env.run(&["manifest", "head", &format!("{}/sigs@{sbom}", tgt.host)])
        .ok();
}

/// regsync's `includeExternal`: a non-distributable layer the source holds is copied too
/// (without it, it stays at its URLs).
#[test]
fn include_external_copies_non_distributable_layers_the_source_holds() {
    if !have_tools() {
        return;
    }
    let tars: Vec<(Vec<u8>, Compression)> = (0..2)
        .map(|i| (fixtures::layer_tar(1800 + i, 3000), Compression::Gzip))
        .collect();
    let fx = fixtures::from_tars(18, &tars, None);
    let img = &fx.images[0];
    let mut doc: Value = serde_json::from_slice(&img.manifest.data).unwrap();
    doc["layers"][0]["mediaType"] =
        "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip".into();
    doc["layers"][0]["urls"] = serde_json::json!(["https://download.example.com/base.tar.gz"]);
    let manifest = fixtures::Blob::new(fixtures::OCI_MANIFEST, serde_json::to_vec(&doc).unwrap());
    let foreign = img.layers[0].digest.clone();
    let src = Registry::anonymous();
    let tgt = Registry::anonymous();
    let client = fixtures::client(&src.host, None);
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        let r = hoist::reference::Reference::parse(&format!("{}/win", src.host)).unwrap();
        // This source holds the non-distributable layer as well.
        for b in std::iter::once(&img.config).chain(img.layers.iter()) {
            client
                .push_blob_bytes(&r, bytes::Bytes::from(b.data.clone()))
                .await
                .unwrap();
        }
        let m = hoist::manifest::Manifest::from_bytes(
            bytes::Bytes::from(manifest.data.clone()),
            Some(fixtures::OCI_MANIFEST),
        )
        .unwrap();
        client.put_manifest(&r, "v1", &m).await.unwrap();
    });
    let env = Env::new();
    let work = tempfile::tempdir().unwrap();
    let f = work.path().join("f.yml");
    for (repo, include) in [("plain", false), ("external", true)] {
        std::fs::write(
            &f,
            format!(
                "version: 1\nsync:\n  - source: {}/win:v1\n    target: {}/{repo}:v1\n    includeExternal: {include}\n",
                src.host, tgt.host
            ),
        )
        .unwrap();
        let j = env.json(&["sync", f.to_str().unwrap()]);
        assert_eq!(j["copied"], 1, "{j}");
    }
    env.run(&["blob", "head", &format!("{}/plain@{foreign}", tgt.host)])
        .code(3);
    env.run(&["blob", "head", &format!("{}/external@{foreign}", tgt.host)])
        .ok();
    // The manifest is the source's, byte for byte, either way.
    for repo in ["plain", "external"] {
        let raw = env
            .run(&[
                "manifest",
                "get",
                &format!("{}/{repo}:v1", tgt.host),
                "--format",
                "raw",
            ])
            .ok();
        assert_eq!(raw.stdout, manifest.data, "{repo}");
    }
}

/// regsync's `reqConcurrent` and `reqPerSec`: the registry a `creds` entry names sees no more
/// requests open at once, and none started sooner, than it allows; downloads count until
/// their last byte. Without them the same copy has several open at once.
#[test]
fn a_registrys_request_limits_hold() {
    if !have_tools() {
        return;
    }
    use std::time::Duration;
    let src = Registry::anonymous();
    let tgt = Registry::anonymous();
    let multi = fixtures::multi_arch(1400, false);
    multi.push_to(&src, "multi", "1", None);
    let proxy = Proxy::start(&src.host);
    let env = Env::new();
    let work = tempfile::tempdir().unwrap();
    let run = |name: &str, creds: &str| -> Value {
        let text = format!(
            "version: 1\n{creds}sync:\n  - source: {p}/multi:1\n    target: {t}/{name}:1\n    parallel: 4\n",
            p = proxy.host,
            t = tgt.host
        );
        sync_text(&env, work.path(), "limits.yml", &text, &[])
            .ok()
            .json()
    };
    // Each answer is held a little, so requests open together are seen together.
    proxy.hold(Duration::from_millis(100));
    proxy.reset_counts();
    assert_eq!(run("free", "")["copied"], 1);
    assert!(proxy.most_open() >= 2, "{}", proxy.most_open());

    proxy.reset_counts();
    let one = format!(
        "creds:\n  - registry: {}\n    reqConcurrent: 1\n",
        proxy.host
    );
    assert_eq!(run("one", &one)["copied"], 1);
    assert_eq!(proxy.most_open(), 1);
    let got = env
        .run(&["manifest", "head", &format!("{}/one:1", tgt.host)])
        .ok()
        .text();
    assert!(got.starts_with(multi.top.digest.as_str()), "{got}");

    // regsync's `defaults.parallel` is how many images are copied at once: with 1, each
    // image's blobs are all fetched before the next image's first (with `--jobs 4` they
    // interleave). An entry's own `parallel` (hoist's) is its blob transfers.
    for i in 0..3 {
        fixtures::single(1410 + i, Compression::Gzip).push_to(&src, &format!("p{i}"), "1", None);
    }
    let entries: String = (0..3)
        .map(|i| {
            format!(
                "  - source: {}/p{i}:1\n    target: {}/p{i}-{{}}:1\n    parallel: 4\n",
                proxy.host, tgt.host
            )
        })
        .collect();
    let copy_three = |name: &str, extra: &[&str]| {
        let text =
            format!("version: 1\ndefaults: {{parallel: 1}}\nsync:\n{entries}").replace("{}", name);
        proxy.reset_counts();
        let j = sync_text(&env, work.path(), "parallel.yml", &text, extra)
            .ok()
            .json();
        assert_eq!(j["copied"], 3, "{j}");
        (proxy.most_blob_repositories(), proxy.most_open())
    };
    // One image at a time, its blobs together (`parallel: 4` of the entry).
    let (repos, open) = copy_three("one", &[]);
    assert_eq!(repos, 1);
    assert!(open >= 2, "{open}");
    // `--jobs` overrides it: several images' blobs at once.
    let (repos, _) = copy_three("four", &["--jobs", "4"]);
    assert!(repos >= 2, "{repos}");

    // Ten a second: the requests' arrivals span at least (n - 1) tenths of a second (less a
    // little for the loopback's own jitter). And `userAgent` is what every request says.
    proxy.hold(Duration::ZERO);
    proxy.reset_counts();
    let paced = format!(
        "defaults: {{userAgent: mirror-bot/1.0}}\ncreds:\n  - registry: {}\n    reqPerSec: 10\n",
        proxy.host
    );
    assert_eq!(run("paced", &paced)["copied"], 1);
    let agents = proxy.user_agents();
    assert!(agents.iter().all(|a| a == "mirror-bot/1.0"), "{agents:?}");
    let arrivals = proxy.arrivals();
    let n = arrivals.len();
    assert!(n >= 8, "{n} requests");
    let span = arrivals[n - 1] - arrivals[0];
    assert!(
        span >= Duration::from_millis(90 * (n as u64 - 1)),
        "{n} requests in {span:?}"
    );

    // regclient's `apiOpts: {disableHead: true}`: that registry's manifests are checked with a
    // GET, never a HEAD, on a copy and on a run that finds the image unchanged.
    let no_head = format!(
        "creds:\n  - registry: {}\n    apiOpts: {{disableHead: \"true\"}}\n",
        proxy.host
    );
    for want in ["copied", "unchanged"] {
        let before = proxy.requests().len();
        assert_eq!(run("no-head", &no_head)[want], 1);
        let new = &proxy.requests()[before..];
        let manifests = |m: &str| {
            new.iter()
                .filter(|(method, p)| method == m && p.contains("/manifests/"))
                .count()
        };
        assert_eq!(manifests("HEAD"), 0, "{new:?}");
        assert!(manifests("GET") >= 1, "{new:?}");
    }
}

/// regsync's `platforms`: the source index goes as it is (its digest kept, so signatures of it
/// still hold), with only the children of those platforms, and their digest tags. A registry
/// that takes such an index (`hoist serve --sparse-indexes`, as distribution 3 can be set up)
/// holds exactly that; distribution 2.8, which checks an index's children, refuses it, and the
/// error says what to do. hoist's `platformsIndex: new` writes a new index instead.
#[test]
fn platforms_keep_the_source_index_with_only_those_children() {
    if !have_tools() {
        return;
    }
    use crate::support::serve::Served;
    let src = Registry::anonymous();
    let multi = fixtures::multi_arch(1420, false);
    multi.push_to(&src, "multi", "1", None);
    let env = Env::new();
    let arm = multi.images[1].manifest.digest.clone();
    let amd = multi.images[0].manifest.digest.clone();
    // A signature-like digest tag of each child: only the copied child's comes along.
    for d in [&arm, &amd] {
        let hex = d.strip_prefix("sha256:").unwrap();
        fixtures::single(1425, Compression::Gzip).push_to(
            &src,
            "multi",
            &format!("sha256-{hex}.sig"),
            None,
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let served = Served::start(&env, &dir.path().join("reg"), &["--sparse-indexes"]);
    let work = tempfile::tempdir().unwrap();
    let run = |target: &str, extra: &str| {
        let text = format!(
            "version: 1\nsync:\n  - source: {}/multi:1\n    target: {target}\n    platforms: [linux/arm64]\n    digestTags: true\n{extra}",
            src.host
        );
        sync_text(&env, work.path(), "platforms.yml", &text, &[])
    };
    let t = &served.host;
    let out = run(&format!("{t}/mirror/multi:1"), "").ok();
    assert_eq!(out.json()["copied"], 1, "{}", out.text());
    let head = |r: &str| env.run(&["manifest", "head", r]);
    assert!(
        head(&format!("{t}/mirror/multi:1"))
            .ok()
            .text()
            .starts_with(multi.top.digest.as_str())
    );
    head(&format!("{t}/mirror/multi@{arm}")).ok();
    head(&format!("{t}/mirror/multi@{amd}")).code(3);
    let tags = tags(&env, &format!("{t}/mirror/multi"));
    let arm_sig = format!("sha256-{}.sig", arm.strip_prefix("sha256:").unwrap());
    assert_eq!(tags, ["1".to_string(), arm_sig], "{tags:?}");
    // Run again: the same digest is there, nothing to copy.
    let again = run(&format!("{t}/mirror/multi:1"), "").ok().json();
    assert_eq!(again["unchanged"], 1, "{again}");

    // distribution 2.8 refuses the index; the error says what to do, and nothing is tagged.
    let tgt = Registry::anonymous();
    let refused = run(&format!("{}/mirror/multi:1", tgt.host), "");
    assert_ne!(refused.code, 0);
    refused.says("platformsIndex: new");
    head(&format!("{}/mirror/multi:1", tgt.host)).code(3);
    // hoist's `platformsIndex: new`: a new index of those platforms, which that registry takes.
    let out = run(
        &format!("{}/mirror/multi:1", tgt.host),
        "    platformsIndex: new\n",
    )
    .ok();
    let item = &out.json()["items"][0];
    assert_eq!(item["status"], "copied", "{item}");
    assert_eq!(item["sourceDigest"], multi.top.digest.as_str(), "{item}");
    assert_ne!(item["digest"], multi.top.digest.as_str(), "{item}");
}

/// regsync's `credHelper` is a program run as written (here a path, not a
/// `docker-credential-*` name), asked for `credHost` when one is given (else the registry),
/// and asked again within a run once what it gave is older than `credExpire`.
#[test]
fn a_credential_helper_program_with_its_host_and_expiry() {
    if !have_tools() {
        return;
    }
    use crate::support::registry::ALICE;
    use std::os::unix::fs::PermissionsExt as _;
    let src = Registry::basic();
    let tgt = Registry::anonymous();
    fixtures::multi_arch(1440, false).push_to(&src, "app", "1", Some(ALICE));
    let work = tempfile::tempdir().unwrap();
    let log = work.path().join("asked.log");
    let helper = work.path().join("my-helper");
    std::fs::write(
        &helper,
        format!(
            "#!/bin/sh\nread server\necho \"$1 $server\" >> {}\nprintf '{{\"Username\":\"{}\",\"Secret\":\"{}\"}}'\n",
            log.display(),
            ALICE.0,
            ALICE.1
        ),
    )
    .unwrap();
    std::fs::set_permissions(&helper, std::fs::Permissions::from_mode(0o755)).unwrap();
    let env = Env::new();
    let run = |extra: &str, name: &str| {
        let _ = std::fs::remove_file(&log);
        let text = format!(
            "version: 1\ncreds:\n  - registry: {s}\n    credHelper: {h}\n{extra}sync:\n  - source: {s}/app:1\n    target: {t}/{name}:1\n    type: image\n",
            s = src.host,
            h = helper.display(),
            t = tgt.host
        );
        let j = sync_text(&env, work.path(), "helper.yml", &text, &[])
            .ok()
            .json();
        assert_eq!(j["copied"], 1, "{j}");
        std::fs::read_to_string(&log).unwrap_or_default()
    };
    let asked = run("    credHost: creds.example.com\n", "host");
    assert_eq!(asked, "get creds.example.com\n");
    // An hour by default: once in a run.
    let asked = run("", "once");
    assert_eq!(asked, format!("get {}\n", src.host));
    let asked = run("    credExpire: 1ms\n", "aged");
    assert!(asked.lines().count() >= 2, "{asked}");
    assert!(
        asked.lines().all(|l| l == format!("get {}", src.host)),
        "{asked}"
    );
}

/// regsync's `blobMax` and `blobChunk` (the config file's `blob_max`, `blob_chunk`): a blob
/// larger than `blobMax` goes to that registry in PATCHes of `blobChunk` bytes, each with its
/// range, then one PUT; smaller blobs in one PUT. distribution puts them back together: the
/// image is the source's. `blobLimit` caps the chunk.
#[test]
fn blobs_larger_than_blob_max_go_in_chunks() {
    if !have_tools() {
        return;
    }
    let src = Registry::anonymous();
    let tgt = Registry::anonymous();
    let fx = fixtures::single(1460, Compression::Gzip);
    fx.push_to(&src, "app", "1", None);
    let proxy = Proxy::start(&tgt.host);
    let env = Env::new();
    let work = tempfile::tempdir().unwrap();
    let sizes: Vec<u64> = fx.blobs().iter().map(|b| b.data.len() as u64).collect();
    let run = |name: &str, creds: &str, defaults: &str| -> (usize, usize) {
        let text = format!(
            "version: 1\n{defaults}creds:\n  - registry: {p}\n{creds}sync:\n  - source: {s}/app:1\n    target: {p}/{name}:1\n    type: image\n",
            p = proxy.host,
            s = src.host
        );
        let before = proxy.requests().len();
        let j = sync_text(&env, work.path(), "chunks.yml", &text, &[])
            .ok()
            .json();
        assert_eq!(j["copied"], 1, "{j}");
        assert_eq!(
            env.digest_of(&format!("{}/{name}:1", tgt.host)),
            fx.top.digest
        );
        let new = &proxy.requests()[before..];
        let count = |m: &str| {
            new.iter()
                .filter(|(method, p)| method == m && p.contains("/blobs/uploads/"))
                .count()
        };
        (count("PATCH"), count("PUT"))
    };
    let chunks = |max: u64, chunk: u64| -> usize {
        sizes
            .iter()
            .filter(|n| **n > max)
            .map(|n| n.div_ceil(chunk) as usize)
            .sum()
    };
    let smallest = *sizes.iter().min().unwrap();
    let max = smallest; // the smallest blob goes whole, the others in chunks
    assert!(chunks(max, 2048) >= 4, "{sizes:?}");
    assert!(chunks(max, 4096) < chunks(max, 2048), "{sizes:?}");
    let (patches, puts) = run(
        "chunked",
        &format!("    blobMax: {max}\n    blobChunk: 2048\n"),
        "",
    );
    assert_eq!(patches, chunks(max, 2048), "{sizes:?}");
    assert_eq!(puts, sizes.len(), "one PUT per blob, {sizes:?}");
    // `blobLimit` caps the chunk.
    let (patches, _) = run(
        "capped",
        &format!("    blobMax: {max}\n    blobChunk: 1048576\n"),
        "defaults: {blobLimit: 1024}\n",
    );
    assert_eq!(patches, chunks(max, 1024), "{sizes:?}");
    // A registry's `OCI-Chunk-Min-Length` raises the chunk, up to `blobLimit` (as regclient).
    proxy.fault(Fault {
        method: "POST",
        path_contains: "/blobs/uploads/".into(),
        action: Action::AddHeaders(vec![("OCI-Chunk-Min-Length", "4096".into())]),
        times: usize::MAX,
    });
    let (patches, _) = run(
        "raised",
        &format!("    blobMax: {max}\n    blobChunk: 2048\n"),
        "",
    );
    assert_eq!(patches, chunks(max, 4096), "{sizes:?}");
    let (patches, _) = run(
        "raised-capped",
        &format!("    blobMax: {max}\n    blobChunk: 2048\n"),
        "defaults: {blobLimit: 3072}\n",
    );
    assert_eq!(patches, chunks(max, 3072), "{sizes:?}");
    // Without `blobMax`, every blob goes in one PUT.
    let (patches, puts) = run("whole", "    blobChunk: 2048\n", "");
    assert_eq!((patches, puts), (0, sizes.len()));
}
