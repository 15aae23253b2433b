//! `artifact push`, `attach` and `pull`: read back by the oras Python SDK and reading what it
//! pushes, on the distribution registry (fallback tags) and `hoist serve` (referrers API), and
//! hostile artifacts that must write nothing outside (or nothing at all in) the directory.

use std::path::Path;
use std::process::Command;

use serde_json::{Value, json};

use crate::support::cmd::Env;
use crate::support::fixtures::{self, Blob, Compression};
use crate::support::registry::Registry;
use crate::support::serve::Served;
use crate::support::{have_tools, run_ok};

fn oras(script: &str, args: &[&str]) -> String {
    run_ok(Command::new("python3").arg("-c").arg(script).args(args))
}

const ORAS_PULL: &str = r#"
import sys, oras.client
c = oras.client.OrasClient(insecure=True)
print("\n".join(sorted(c.pull(target=sys.argv[1], outdir=sys.argv[2]))))
"#;

const ORAS_PUSH: &str = r#"
import os, sys, oras.client
c = oras.client.OrasClient(insecure=True)
os.chdir(sys.argv[1])
c.push(target=sys.argv[2], files=sys.argv[3].split(","), disable_path_validation=True)
"#;

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn files(root: &Path) -> std::path::PathBuf {
    let f = root.join("files");
    std::fs::create_dir_all(f.join("site/sub")).unwrap();
    std::fs::write(f.join("readme.txt"), b"an artifact\n").unwrap();
    std::fs::write(f.join("data.bin"), [7u8; 70_000]).unwrap();
    std::fs::write(f.join("sbom.json"), br#"{"spdxVersion":"SPDX-2.3"}"#).unwrap();
    std::fs::write(f.join("site/index.html"), b"<h1>hi</h1>\n").unwrap();
    std::fs::write(f.join("site/sub/page.html"), b"<p>page</p>\n").unwrap();
    f
}

/// Every file under `root` by relative path, with its bytes (directories as empty entries).
fn contents(root: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut std::collections::BTreeMap<String, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            let rel = p.strip_prefix(root).unwrap().display().to_string();
            if p.is_dir() {
                out.insert(format!("{rel}/"), Vec::new());
                walk(root, &p, out);
            } else {
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    let mut out = std::collections::BTreeMap::new();
    walk(root, root, &mut out);
    out
}

fn raw_manifest(env: &Env, r: &str) -> Value {
    env.run(&["manifest", "get", r, "--format", "raw"])
        .ok()
        .json()
}

/// Push, pull and attach on one registry; `fallback` when it has no referrers API.
fn round_trips_on(host: &str, fallback: bool, env: &Env, work: &Path) {
    let f = files(work);
    let art = format!("{host}/docs:v1");
    let digest = env
        .run_command(
            {
                let mut c = env.command(&[
                    "artifact",
                    "push",
                    &art,
                    "readme.txt",
                    "data.bin:application/octet-stream",
                    "site",
                ]);
                c.current_dir(&f);
                c
            },
            None,
        )
        .ok()
        .text()
        .trim()
        .to_string();
    let m = raw_manifest(env, &art);
    assert_eq!(m["artifactType"], "application/vnd.unknown.artifact.v1");
    assert_eq!(
        m["config"]["mediaType"],
        "application/vnd.oci.empty.v1+json"
    );
    assert_eq!(m["config"]["size"], 2);
    assert_eq!(
        m["layers"][0]["mediaType"],
        "application/vnd.oci.image.layer.v1.tar"
    );
    assert_eq!(m["layers"][1]["mediaType"], "application/octet-stream");
    assert_eq!(
        m["layers"][2]["mediaType"],
        "application/vnd.oci.image.layer.v1.tar+gzip"
    );
    assert_eq!(
        m["layers"][2]["annotations"]["io.deis.oras.content.unpack"],
        "true"
    );
    assert!(digest.starts_with("sha256:"), "{digest}");
    // The oras SDK pulls it file for file, and unpacks the directory.
    let by_oras = work.join(format!("oras-{}", host.replace([':', '.'], "-")));
    oras(ORAS_PULL, &[&art, s(&by_oras)]);
    for p in [
        "readme.txt",
        "data.bin",
        "site/index.html",
        "site/sub/page.html",
    ] {
        assert_eq!(
            std::fs::read(by_oras.join(p)).unwrap(),
            std::fs::read(f.join(p)).unwrap(),
            "{p}"
        );
    }
    // hoist pulls it back the same, and refuses to overwrite without --overwrite.
    let by_hoist = work.join(format!("hoist-{}", host.replace([':', '.'], "-")));
    env.run(&["artifact", "pull", &art, "-o", s(&by_hoist)])
        .ok();
    // The same files with the same bytes (times differ: each tool writes them when it pulls).
    let (mine, theirs) = (contents(&by_hoist), contents(&by_oras));
    assert_eq!(
        mine.keys().collect::<Vec<_>>(),
        theirs.keys().collect::<Vec<_>>()
    );
    assert!(mine == theirs, "the pulled files' bytes differ");
    env.run(&["artifact", "pull", &art, "-o", s(&by_hoist)])
        .code(2)
        .says("exists")
        .says("--overwrite");
    env.run(&["artifact", "pull", &art, "-o", s(&by_hoist), "--overwrite"])
        .ok();
    // What the SDK pushed, hoist pulls file for file.
    let pushed_by_oras = format!("{host}/from-oras:1");
    oras(ORAS_PUSH, &[s(&f), &pushed_by_oras, "readme.txt,sbom.json"]);
    let out = work.join(format!("from-oras-{}", host.replace([':', '.'], "-")));
    env.run(&["artifact", "pull", &pushed_by_oras, "-o", s(&out)])
        .ok();
    for p in ["readme.txt", "sbom.json"] {
        assert_eq!(
            std::fs::read(out.join(p)).unwrap(),
            std::fs::read(f.join(p)).unwrap()
        );
    }
    // Attach two artifacts to an image: both are its referrers; without the referrers API the
    // fallback tag lists both, with their types and annotations.
    let image = format!("{host}/app:1");
    let subject = fixtures::single(950, Compression::Gzip);
    subject.push(&fixtures::client(host, None), &format!("{host}/app"), "1");
    let sbom = env
        .run(&[
            "artifact",
            "attach",
            &image,
            s(&f.join("sbom.json")),
            "--artifact-type",
            "application/spdx+json",
            "--annotation",
            "org.example.kind=sbom",
        ])
        .ok()
        .text()
        .trim()
        .to_string();
    let att = env.json(&[
        "artifact",
        "push",
        &format!("{host}/app:provenance"),
        s(&f.join("readme.txt")),
        "--artifact-type",
        "application/vnd.example.provenance",
        "--subject",
        &image,
    ]);
    let listed = env.json(&["referrers", &image]);
    let mut got: Vec<(String, String)> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["digest"].as_str().unwrap().to_string(),
                r["artifactType"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    got.sort();
    let mut want = vec![
        (sbom.clone(), "application/spdx+json".to_string()),
        (
            att["digest"].as_str().unwrap().to_string(),
            "application/vnd.example.provenance".to_string(),
        ),
    ];
    want.sort();
    assert_eq!(got, want, "{listed}");
    let sbom_entry = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["digest"] == sbom.as_str())
        .unwrap();
    assert_eq!(sbom_entry["annotations"]["org.example.kind"], "sbom");
    let m = raw_manifest(env, &format!("{host}/app@{sbom}"));
    assert_eq!(m["subject"]["digest"], subject.top.digest.as_str());
    let fallback_tag = format!(
        "sha256-{}",
        subject.top.digest.trim_start_matches("sha256:")
    );
    let tags = env.run(&["tag", "ls", &format!("{host}/app")]).ok().text();
    assert_eq!(
        tags.lines().any(|t| t == fallback_tag),
        fallback,
        "fallback tag on {host}: {tags}"
    );
    if fallback {
        assert_eq!(att["fallbackTag"], fallback_tag.as_str());
    }
    // --config: its media type, and no artifactType unless given.
    let with_config = env.json(&[
        "artifact",
        "push",
        &format!("{host}/cfg:1"),
        s(&f.join("readme.txt")),
        "--config",
        &format!(
            "{}:application/vnd.example.config+json",
            s(&f.join("sbom.json"))
        ),
    ]);
    assert!(with_config.get("artifactType").is_none(), "{with_config}");
    let m = raw_manifest(env, &format!("{host}/cfg:1"));
    assert_eq!(
        m["config"]["mediaType"],
        "application/vnd.example.config+json"
    );
    assert!(m.get("artifactType").is_none());
}

#[test]
fn artifacts_round_trip_with_oras_on_distribution_and_serve() {
    if !have_tools() || !crate::interop::interop_tools() {
        return;
    }
    let env = Env::new();
    let work = tempfile::tempdir().unwrap();
    let reg = Registry::anonymous();
    round_trips_on(&reg.host, true, &env, work.path());
    let store = tempfile::tempdir().unwrap();
    let served = Served::start(&env, store.path(), &[]);
    let work2 = tempfile::tempdir().unwrap();
    round_trips_on(&served.host, false, &env, work2.path());
}

/// A tar+gzip layer of regular files, written as they are named (`../x` included).
fn gz_layer(files: &[(&str, &[u8])]) -> Blob {
    let mut tar = Vec::new();
    for (name, data) in files {
        fixtures::raw_entry(&mut tar, name, b'0', "", data, 0o644);
    }
    fixtures::raw_end(&mut tar);
    Blob::new(
        "application/vnd.oci.image.layer.v1.tar+gzip",
        fixtures::compress(&tar, Compression::Gzip),
    )
}

/// Pushes an artifact of `layers` (blob, annotations) to `host/repo:tag`.
fn push_artifact(host: &str, repo: &str, tag: &str, layers: &[(Blob, Value)]) -> String {
    let empty = Blob::new("application/vnd.oci.empty.v1+json", b"{}".to_vec());
    let descs: Vec<Value> = layers
        .iter()
        .map(|(b, a)| {
            let mut d = b.descriptor();
            d["annotations"] = a.clone();
            d
        })
        .collect();
    let m = json!({
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "artifactType": "application/vnd.example",
        "config": empty.descriptor(),
        "layers": descs,
    });
    let client = fixtures::client(host, None);
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let r = hoist::reference::Reference::parse(&format!("{host}/{repo}")).unwrap();
        for b in std::iter::once(&empty).chain(layers.iter().map(|(b, _)| b)) {
            client
                .push_blob_bytes(&r, bytes::Bytes::from(b.data.clone()))
                .await
                .unwrap();
        }
        let man = hoist::manifest::Manifest::from_bytes(
            bytes::Bytes::from(serde_json::to_vec(&m).unwrap()),
            Some("application/vnd.oci.image.manifest.v1+json"),
        )
        .unwrap();
        client.put_manifest(&r, tag, &man).await.unwrap();
    });
    format!("{host}/{repo}:{tag}")
}

#[test]
fn hostile_artifacts_write_nothing_outside_and_nothing_unverified() {
    if !have_tools() {
        return;
    }
    let env = Env::new();
    let reg = Registry::anonymous();
    let work = tempfile::tempdir().unwrap();
    let ok = Blob::new("application/vnd.oci.image.layer.v1.tar", b"fine\n".to_vec());
    let title = |t: &str| json!({"org.opencontainers.image.title": t});
    // A title that is not a file name: exit 5, and not even the good file is written.
    for (i, bad) in ["../evil", "/etc/evil", "a/b", "..", ".", "", "a\\b"]
        .iter()
        .enumerate()
    {
        let r = push_artifact(
            &reg.host,
            "hostile",
            &format!("t{i}"),
            &[(ok.clone(), title("good.txt")), (ok.clone(), title(bad))],
        );
        let out = work.path().join(format!("out{i}"));
        env.run(&["artifact", "pull", &r, "-o", s(&out)])
            .code(5)
            .says("cannot be a file name");
        assert!(!out.exists(), "{bad:?}: nothing is written");
    }
    assert!(!work.path().join("evil").exists());
    // A layer whose stored bytes are not its digest: exit 5, no file by that name, no partial.
    let victim = Blob::new("application/vnd.oci.image.layer.v1.tar", vec![9u8; 50_000]);
    let r = push_artifact(
        &reg.host,
        "hostile",
        "corrupt",
        &[(victim.clone(), title("data.bin"))],
    );
    let path = reg.blob_data_path(victim.digest.trim_start_matches("sha256:"));
    let mut data = std::fs::read(&path).unwrap();
    data[25_000] ^= 0xff;
    std::fs::write(&path, data).unwrap();
    let out = work.path().join("corrupt");
    env.run(&["artifact", "pull", &r, "-o", s(&out)]).code(5);
    let left: Vec<_> = std::fs::read_dir(&out)
        .map(|d| d.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "left behind: {left:?}");
    // A directory layer whose tar climbs out: exit 5, nothing outside.
    let gz = gz_layer(&[("site/ok.txt", b"ok\n"), ("../escaped.txt", b"out\n")]);
    let r = push_artifact(
        &reg.host,
        "hostile",
        "climb",
        &[(
            gz,
            json!({"org.opencontainers.image.title": "site", "io.deis.oras.content.unpack": "true"}),
        )],
    );
    let inner = work.path().join("climb").join("inner");
    env.run(&["artifact", "pull", &r, "-o", s(&inner)]).code(5);
    assert!(!work.path().join("climb/escaped.txt").exists());
    // The tar's digest annotation is checked.
    let gz = gz_layer(&[("site/ok.txt", b"ok\n")]);
    let r = push_artifact(
        &reg.host,
        "hostile",
        "liar",
        &[(
            gz,
            json!({
                "org.opencontainers.image.title": "site",
                "io.deis.oras.content.unpack": "true",
                "io.deis.oras.content.digest": format!("sha256:{}", "1".repeat(64)),
            }),
        )],
    );
    let out = work.path().join("liar");
    env.run(&["artifact", "pull", &r, "-o", s(&out)])
        .code(5)
        .says("diffID");
    assert!(!out.join("site/ok.txt").exists());
}
