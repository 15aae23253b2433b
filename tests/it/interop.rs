//! Images other tools wrote, read and written by hoist, with those tools as oracles: buildah
//! and umoci build images from scratch (once per run, `support/interop.sh`), skopeo, umoci and
//! podman read what hoist copies, umoci's unpack is the reference for extraction, and the
//! `oras` Python SDK pushes and pulls artifacts with referrers.

use std::collections::BTreeMap;
use std::io::Read as _;
use std::os::unix::fs::MetadataExt as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use serde_json::{Value, json};

use crate::support::cmd::Env;
use crate::support::registry::Registry;
use crate::support::{have_tools, run_ok, skopeo_digest};

/// Whether buildah, podman, umoci and the oras SDK are here (and we are root, which `buildah
/// mount` and umoci's ownership need). Required under `HOIST_REQUIRE_REGISTRY=1`.
pub(crate) fn interop_tools() -> bool {
    if !have_tools() {
        return false;
    }
    let which = |b: &str| {
        Command::new("sh")
            .args(["-c", &format!("command -v {b}")])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    let oras = Command::new("python3")
        .args(["-c", "import oras.client"])
        .output()
        .is_ok_and(|o| o.status.success())
        && Command::new("python3")
            .args(["-c", "import sarif"])
            .output()
            .is_ok_and(|o| o.status.success());
    let root = hoist::layer::apply::running_as_root();
    if ["buildah", "podman", "umoci"].iter().all(|b| which(b)) && oras && root {
        return true;
    }
    if std::env::var_os("HOIST_REQUIRE_REGISTRY").is_some_and(|v| v == "1") {
        panic!(
            "HOIST_REQUIRE_REGISTRY=1 but buildah/podman/umoci/the oras SDK are missing or not root (run scripts/test.sh as root)"
        );
    }
    eprintln!(
        "skipping: buildah, podman, umoci, the oras SDK and sarif-tools (as root) are needed"
    );
    false
}

/// The images built by `support/interop.sh`, once per test run.
pub(crate) fn built() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let base = Path::new(env!("CARGO_TARGET_TMPDIR"));
        // Earlier runs' builds: storage of a few megabytes each, not left to pile up.
        if let Ok(entries) = std::fs::read_dir(base) {
            for e in entries.flatten() {
                if e.file_name().to_string_lossy().starts_with("interop-") {
                    let _ = std::fs::remove_dir_all(e.path());
                }
            }
        }
        let dir = base.join(format!("interop-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        run_ok(
            Command::new("bash")
                .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/support/interop.sh"))
                .arg(&dir),
        );
        uncompressed_copy(&dir.join("gz"), &dir.join("plain"));
        dir
    })
}

/// buildah or podman with vfs storage under `store` (no overlay mounts needed).
pub(crate) fn containers_tool(program: &str, store: &Path, args: &[&str]) -> String {
    let mut c = Command::new(program);
    c.args(["--storage-driver", "vfs", "--root"])
        .arg(store.join("root"))
        .arg("--runroot")
        .arg(store.join("run"))
        .args(args);
    run_ok(&mut c)
}

pub(crate) fn buildah(args: &[&str]) -> String {
    containers_tool("buildah", built(), args)
}

fn blob(layout: &Path, digest: &str) -> Vec<u8> {
    std::fs::read(
        layout
            .join("blobs/sha256")
            .join(digest.trim_start_matches("sha256:")),
    )
    .unwrap()
}

fn put_blob(layout: &Path, data: &[u8]) -> Value {
    let hex = crate::support::sha256_hex(data);
    std::fs::write(layout.join("blobs/sha256").join(&hex), data).unwrap();
    json!({"digest": format!("sha256:{hex}"), "size": data.len()})
}

/// The buildah image in `gz`, with every layer stored uncompressed (the tar bytes buildah
/// wrote, so the config's diffIDs still hold), as tag 2 of a new layout.
fn uncompressed_copy(gz: &Path, out: &Path) {
    std::fs::create_dir_all(out.join("blobs/sha256")).unwrap();
    std::fs::write(out.join("oci-layout"), r#"{"imageLayoutVersion":"1.0.0"}"#).unwrap();
    let index: Value =
        serde_json::from_slice(&std::fs::read(gz.join("index.json")).unwrap()).unwrap();
    let desc = &index["manifests"][0];
    let mut m: Value = serde_json::from_slice(&blob(gz, desc["digest"].as_str().unwrap())).unwrap();
    let cfg = blob(gz, m["config"]["digest"].as_str().unwrap());
    put_blob(out, &cfg);
    for l in m["layers"].as_array_mut().unwrap() {
        let mut tar = Vec::new();
        flate2::read::GzDecoder::new(&blob(gz, l["digest"].as_str().unwrap())[..])
            .read_to_end(&mut tar)
            .unwrap();
        let d = put_blob(out, &tar);
        l["mediaType"] = "application/vnd.oci.image.layer.v1.tar".into();
        l["digest"] = d["digest"].clone();
        l["size"] = d["size"].clone();
    }
    let bytes = serde_json::to_vec(&m).unwrap();
    let d = put_blob(out, &bytes);
    let index = json!({"schemaVersion": 2, "manifests": [{
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "digest": d["digest"], "size": d["size"],
        "annotations": {"org.opencontainers.image.ref.name": "2"},
    }]});
    std::fs::write(out.join("index.json"), serde_json::to_vec(&index).unwrap()).unwrap();
}

/// The rich image in a fresh registry in four forms: OCI gzip and Docker v2s2 pushed by
/// buildah, zstd (buildah's layout) and uncompressed, copied byte for byte.
fn pushed(reg: &Registry, env: &Env) -> Vec<(&'static str, String)> {
    let w = built();
    let oci = format!("{}/rich:oci", reg.host);
    let docker = format!("{}/rich:docker", reg.host);
    buildah(&[
        "push",
        "-q",
        "--tls-verify=false",
        "rich:2",
        &format!("docker://{oci}"),
    ]);
    buildah(&[
        "push",
        "-q",
        "--tls-verify=false",
        "--format",
        "docker",
        "rich:2",
        &format!("docker://{docker}"),
    ]);
    let mut out = vec![("oci", oci), ("docker", docker)];
    for (name, dir) in [("zstd", "zstd"), ("plain", "plain")] {
        let r = format!("{}/rich-{name}:2", reg.host);
        env.run(&["copy", &format!("ocidir://{}:2", w.join(dir).display()), &r])
            .ok();
        out.push((name, r));
    }
    out
}

/// The layer digests of `hoist image inspect --format json`, as skopeo lists them.
fn layer_digests(inspect: &Value) -> Value {
    json!(
        inspect["layers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| &l["digest"])
            .collect::<Vec<_>>()
    )
}

/// A tree as a map: path -> type, mode, owner, mtime, link target or content, link count.
pub(crate) fn tree(root: &Path) -> BTreeMap<String, String> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, String>) {
        let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        names.sort();
        for p in names {
            let m = std::fs::symlink_metadata(&p).unwrap();
            let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
            let what = if m.file_type().is_symlink() {
                format!("-> {:?}", std::fs::read_link(&p).unwrap())
            } else if m.is_file() {
                format!("{:?} links={}", std::fs::read(&p).unwrap(), m.nlink())
            } else {
                String::new()
            };
            out.insert(
                rel,
                format!(
                    "mode={:o} owner={}:{} mtime={} {what}",
                    m.mode(),
                    m.uid(),
                    m.gid(),
                    m.mtime()
                ),
            );
            if m.is_dir() {
                walk(root, &p, out);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

/// `umoci unpack` of `image` (a registry reference or `ocidir://DIR:TAG`). umoci reads only
/// OCI gzip images, so skopeo converts it first: the tars, and so the tree, stay the same.
pub(crate) fn umoci_rootfs(image: &str, work: &Path) -> PathBuf {
    let src = match image.strip_prefix("ocidir://") {
        Some(l) => format!("oci:{l}"),
        None => format!("docker://{image}"),
    };
    std::fs::create_dir_all(work).unwrap();
    let layout = format!("{}:img", work.join("pulled").display());
    run_ok(Command::new("skopeo").args([
        "copy",
        "--src-tls-verify=false",
        "--format",
        "oci",
        "--dest-compress-format",
        "gzip",
        &src,
        &format!("oci:{layout}"),
    ]));
    let bundle = work.join("bundle");
    run_ok(
        Command::new("umoci")
            .args(["unpack", "--image", &layout])
            .arg(&bundle),
    );
    bundle.join("rootfs")
}

pub(crate) fn assert_same_tree(hoist: &Path, umoci: &Path, what: &str) {
    let (a, b) = (tree(hoist), tree(umoci));
    let diff: Vec<String> = a
        .keys()
        .chain(b.keys())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .filter(|k| a.get(*k) != b.get(*k))
        .map(|k| format!("{k}:\n  hoist {:?}\n  umoci {:?}", a.get(k), b.get(k)))
        .collect();
    assert!(diff.is_empty(), "{what}: trees differ\n{}", diff.join("\n"));
    assert!(a.len() > 15, "{what}: {} entries", a.len());
}

#[test]
fn buildah_images_verify_inspect_like_skopeo_and_extract_like_umoci() {
    if !interop_tools() {
        return;
    }
    let reg = Registry::anonymous();
    let env = Env::new();
    for (name, r) in pushed(&reg, &env) {
        env.run(&["digest", "verify", &r]).ok();
        let ours = env.json(&["image", "inspect", &r]);
        let theirs: Value = serde_json::from_str(&run_ok(Command::new("skopeo").args([
            "inspect",
            "--tls-verify=false",
            &format!("docker://{r}"),
        ])))
        .unwrap();
        // hoist's camelCase fields are skopeo's PascalCase ones.
        for (o, k) in [
            ("digest", "Digest"),
            ("architecture", "Architecture"),
            ("os", "Os"),
            ("env", "Env"),
            ("labels", "Labels"),
            ("created", "Created"),
        ] {
            assert_eq!(ours[o], theirs[k], "{name}: {k}");
        }
        assert_eq!(layer_digests(&ours), theirs["Layers"], "{name}: layers");
        let work = tempfile::tempdir().unwrap();
        let root = work.path().join("hoist");
        env.run(&["layer", "pull", &r, "--extract", root.to_str().unwrap()])
            .ok();
        assert_same_tree(&root, &umoci_rootfs(&r, work.path()), name);
    }
    // umoci's own layers (opaque directory, whiteout, tars without end blocks).
    let w = built();
    let r = format!("ocidir://{}:2", w.join("umoci").display());
    env.run(&["digest", "verify", &r]).ok();
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("hoist");
    env.run(&["layer", "pull", &r, "--extract", root.to_str().unwrap()])
        .ok();
    assert!(root.join("etc/app/fresh").exists() && !root.join("etc/app/hello.txt").exists());
    assert!(!root.join("usr/bin/gtool").exists());
    assert_same_tree(&root, &umoci_rootfs(&r, work.path()), "umoci insert");
    // `image files` lists the same tree, without extracting anything.
    let listed = env.json(&["image", "files", &r]);
    assert_eq!(
        crate::inside::listed(&listed),
        crate::inside::extracted(&root)
    );
}

#[test]
fn hoist_copies_are_read_back_by_umoci_skopeo_and_podman() {
    if !interop_tools() {
        return;
    }
    let reg = Registry::anonymous();
    let other = Registry::anonymous();
    let env = Env::new();
    let variants = pushed(&reg, &env);
    let work = tempfile::tempdir().unwrap();
    for (name, r) in &variants {
        let dst = format!("{}/copied-{name}:1", other.host);
        let digest = env.run(&["copy", r, &dst]).ok().text().trim().to_string();
        let raw = run_ok(Command::new("skopeo").args([
            "inspect",
            "--raw",
            "--tls-verify=false",
            &format!("docker://{dst}"),
        ]));
        assert_eq!(
            format!("sha256:{}", crate::support::sha256_hex(raw.as_bytes())),
            digest
        );
        // Into a layout umoci unpacks.
        let layout = work.path().join(format!("layout-{name}"));
        env.run(&["copy", r, &format!("ocidir://{}:1", layout.display())])
            .ok();
        let copied = format!("ocidir://{}:1", layout.display());
        env.run(&["digest", "verify", &copied]).ok();
        // skopeo's and umoci's layout readers take only OCI-typed entries; a Docker manifest
        // keeps its own type in hoist's index.json.
        if *name != "docker" {
            let unpacked = umoci_rootfs(&copied, &work.path().join(format!("u-{name}")));
            assert!(unpacked.join("usr/bin/tool").exists(), "{name}");
        }
    }
    // podman pulls a copy and reports the same digest.
    let dst = format!("{}/copied-oci:1", other.host);
    let store = work.path().join("podman");
    let podman = |args: &[&str]| containers_tool("podman", &store, args);
    podman(&["pull", "-q", "--tls-verify=false", &dst]);
    let digests = podman(&["images", "--digests", "--format", "{{.Digest}}"]);
    let want = env.run(&["manifest", "head", &dst]).ok().text();
    assert!(
        digests.contains(want.split_whitespace().next().unwrap()),
        "{digests} vs {want}"
    );
}

#[test]
fn buildah_lists_pick_platforms_like_skopeo() {
    if !interop_tools() {
        return;
    }
    let reg = Registry::anonymous();
    let env = Env::new();
    let list = push_list(&reg);
    let mut picked = Vec::new();
    for (plat, arch, variant) in [("linux/amd64", "amd64", ""), ("linux/arm64", "arm64", "v8")] {
        let ours = env.json(&["image", "inspect", &list, "--platform", plat]);
        let mut args = vec![
            "inspect".to_string(),
            "--tls-verify=false".into(),
            "--override-os".into(),
            "linux".into(),
            "--override-arch".into(),
            arch.into(),
        ];
        if !variant.is_empty() {
            args.extend(["--override-variant".into(), variant.into()]);
        }
        args.push(format!("docker://{list}"));
        let theirs: Value =
            serde_json::from_str(&run_ok(Command::new("skopeo").args(&args))).unwrap();
        // skopeo's Digest is the list's; its layers and architecture are the chosen image's.
        assert_eq!(ours["indexDigest"], theirs["Digest"], "{plat}");
        assert_eq!(ours["architecture"], theirs["Architecture"], "{plat}");
        assert_eq!(layer_digests(&ours), theirs["Layers"], "{plat}");
        assert_eq!(ours["architecture"], arch);
        picked.push(ours["digest"].clone());
    }
    let raw = run_ok(Command::new("skopeo").args([
        "inspect",
        "--raw",
        "--tls-verify=false",
        &format!("docker://{list}"),
    ]));
    let j = env.json(&["manifest", "get", &list]);
    assert_eq!(
        j["digest"],
        format!("sha256:{}", crate::support::sha256_hex(raw.as_bytes()))
    );
    // The children hoist picked are the list's entries for those platforms.
    let entries: Value = serde_json::from_str(&raw).unwrap();
    let listed: Vec<&Value> = entries["manifests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| &d["digest"])
        .collect();
    assert_eq!(json!(listed), json!(picked));
    env.run(&["digest", "verify", &list, "--platform", "all"])
        .ok()
        .says("verified 2 image(s)");
}

#[test]
fn an_index_sharing_layers_copies_fifty_times_with_eight_jobs() {
    if !interop_tools() {
        return;
    }
    let src = Registry::anonymous();
    let dst = Registry::anonymous();
    let env = Env::new();
    let list = push_list(&src);
    for i in 0..50 {
        env.run(&[
            "copy",
            &list,
            &format!("{}/race{i}:1", dst.host),
            "--jobs",
            "8",
        ])
        .ok();
    }
    // A corrupted shared layer: exit 5 every time, and no tag at the destination.
    let shared =
        env.json(&["image", "inspect", &list, "--platform", "linux/amd64"])["layers"][0]["digest"]
            .as_str()
            .unwrap()
            .to_string();
    let path = src.blob_data_path(shared.trim_start_matches("sha256:"));
    let mut bytes = std::fs::read(&path).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0xff;
    std::fs::write(&path, bytes).unwrap();
    for i in 0..20 {
        let to = format!("{}/bad{i}:1", dst.host);
        env.run(&["copy", &list, &to, "--jobs", "8"])
            .code(5)
            .says(&shared);
        env.run(&["manifest", "head", &to]).code(3);
    }
}

/// buildah's two-platform list (layers shared) pushed to `reg` as `richlist:1`.
fn push_list(reg: &Registry) -> String {
    let list = format!("{}/richlist:1", reg.host);
    buildah(&[
        "manifest",
        "push",
        "-q",
        "--all",
        "--tls-verify=false",
        "richlist",
        &format!("docker://{list}"),
    ]);
    list
}

/// Runs a Python snippet with the oras SDK; `args` are its `sys.argv[1:]`.
fn oras(script: &str, args: &[&str]) -> String {
    run_ok(Command::new("python3").arg("-c").arg(script).args(args))
}

#[test]
fn oras_artifacts_with_referrers_copy_and_pull_back() {
    if !interop_tools() {
        return;
    }
    let reg = Registry::anonymous();
    let env = Env::new();
    let work = tempfile::tempdir().unwrap();
    let files = work.path().join("files");
    std::fs::create_dir_all(&files).unwrap();
    std::fs::write(files.join("readme.txt"), b"an artifact\n").unwrap();
    std::fs::write(files.join("data.bin"), [7u8; 3000]).unwrap();
    std::fs::write(files.join("sbom.json"), br#"{"sbom": true}"#).unwrap();
    // The source has the referrers API (the test proxy adds it to distribution), so the
    // SDK's referrer is found by its subject.
    let src = crate::support::proxy::Proxy::with_referrers_api(&reg.host);
    let art = format!("{}/art:1", src.host);
    const PUSH: &str = r#"
import os, sys, oras.client
c = oras.client.OrasClient(insecure=True)
os.chdir(sys.argv[1])
subject = None
if len(sys.argv) > 4:
    import oras.oci
    media_type, digest, size = sys.argv[4].split(",")
    subject = oras.oci.Subject(mediaType=media_type, digest=digest, size=int(size))
c.push(target=sys.argv[2], files=sys.argv[3].split(","), subject=subject, disable_path_validation=True)
"#;
    oras(
        PUSH,
        &[files.to_str().unwrap(), &art, "readme.txt,data.bin"],
    );
    // Pushes `file` as `art:TAG` referring to the manifest at `subject`; returns that
    // manifest's JSON view.
    let refer = |subject: &str, tag: &str, file: &str| -> Value {
        let head = env.json(&["manifest", "get", subject]);
        let described = format!(
            "{},{},{}",
            head["mediaType"].as_str().unwrap(),
            head["digest"].as_str().unwrap(),
            head["size"]
        );
        oras(
            PUSH,
            &[
                files.to_str().unwrap(),
                &format!("{}/art:{tag}", src.host),
                file,
                &described,
            ],
        );
        head
    };
    let head = refer(&art, "sbom", "sbom.json");
    let digest = head["digest"].as_str().unwrap().to_string();
    assert_eq!(
        src.referrers_of(&digest).len(),
        1,
        "the SDK pushed a referrer"
    );
    // A signature of the SBOM: a referrer of a referrer.
    let sbom = refer(&format!("{}/art:sbom", src.host), "sig", "readme.txt");
    let tree = env.json(&["referrers", &art, "--tree"]);
    assert_eq!(tree.as_array().unwrap().len(), 1, "{tree}");
    assert_eq!(tree[0]["digest"], sbom["digest"], "{tree}");
    assert_eq!(tree[0]["referrers"].as_array().unwrap().len(), 1, "{tree}");
    let flat = env.json(&["referrers", &art]);
    assert!(flat[0].get("referrers").is_none(), "{flat}");
    let none = env.json(&["referrers", &art, "--artifact-type", "application/x-none"]);
    assert_eq!(none, serde_json::json!([]));
    let text = env.run(&["referrers", &art, "--tree"]).ok().text();
    assert!(text.contains("└── ") && text.contains("    └── "), "{text}");
    env.run(&["manifest", "get", &art]).ok();
    env.run(&["digest", "verify", &art])
        .ok()
        .says("verified 1 image");
    // Copy with referrers to another repository and into a layout.
    let copy = format!("{}/art-copy:1", reg.host);
    env.run(&["copy", &art, &copy, "--referrers"])
        .ok()
        .says("referrer sha256:");
    let layout = work.path().join("layout");
    env.run(&[
        "copy",
        &art,
        &format!("ocidir://{}:1", layout.display()),
        "--referrers",
    ])
    .ok();
    let fallback = format!("sha256-{}", digest.trim_start_matches("sha256:"));
    for base in [
        format!("{}/art-copy", reg.host),
        format!("ocidir://{}", layout.display()),
    ] {
        let j = env.json(&["manifest", "get", &format!("{base}:{fallback}")]);
        assert_eq!(
            j["manifest"]["manifests"].as_array().unwrap().len(),
            1,
            "{base}: {j}"
        );
    }
    // The SDK pulls the copy with identical files.
    const PULL: &str = r#"
import sys, oras.client
c = oras.client.OrasClient(insecure=True)
print("\n".join(sorted(c.pull(target=sys.argv[1], outdir=sys.argv[2]))))
"#;
    let out = work.path().join("pulled");
    oras(PULL, &[&copy, out.to_str().unwrap()]);
    for f in ["readme.txt", "data.bin"] {
        assert_eq!(
            std::fs::read(out.join(f)).unwrap(),
            std::fs::read(files.join(f)).unwrap(),
            "{f}"
        );
    }
}

#[test]
fn audit_finds_the_talks_deleted_credentials_and_none_in_the_multi_stage_build() {
    if !interop_tools() {
        return;
    }
    let w = built();
    let env = Env::new();
    let talk = format!("ocidir://{}:1", w.join("talk").display());
    let j = env.json(&["image", "audit", &talk]);
    let a = &j[0];
    let secrets = a["secrets"].as_array().unwrap();
    let auth: Vec<&Value> = secrets
        .iter()
        .filter(|s| s["path"] == "/app/auth.json")
        .collect();
    assert!(!auth.is_empty(), "{j}");
    for s in &auth {
        assert_eq!(s["layer"], 1, "{s}");
        assert_eq!(s["shadowed"], true, "{s}");
        assert_eq!(s["createdBy"], "COPY auth.json /app/auth.json", "{s}");
    }
    assert!(auth.iter().any(|s| s["rule"] == "github-token"), "{j}");
    assert!(auth.iter().any(|s| s["rule"] == "credential-file"), "{j}");
    assert!(
        secrets
            .iter()
            .any(|s| s["path"] == "/root/.docker/config.json")
    );
    // Redacted, never whole.
    let text = j.to_string();
    assert!(!text.contains("Z3xQ9vLm2RtY7wBn4KpD8sHf6JcA1gE5"), "{text}");
    let shadowed: Vec<&str> = a["shadowed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["path"].as_str().unwrap())
        .collect();
    assert!(shadowed.contains(&"/app/auth.json"), "{shadowed:?}");
    assert!(a["wastedBytes"].as_u64().unwrap() > 0);
    let out = env
        .run(&["image", "audit", &talk, "--fail-on", "secrets"])
        .code(7);
    out.says("--fail-on");
    assert!(!out.text().contains("Z3xQ9vLm2RtY7wBn4KpD8sHf6JcA1gE5"));
    assert!(
        out.text().contains("/app/auth.json in layer 1 (shadowed"),
        "{}",
        out.text()
    );
    // The multi-stage build never had them.
    let ms = format!("ocidir://{}:1", w.join("talk-ms").display());
    let j = env.json(&["image", "audit", &ms]);
    assert_eq!(j[0]["secrets"].as_array().unwrap().len(), 0, "{j}");
    assert_eq!(j[0]["shadowed"].as_array().unwrap().len(), 0, "{j}");
    env.run(&[
        "image",
        "audit",
        &ms,
        "--fail-on",
        "secrets,shadowed,wasted:0",
    ])
    .ok();
    // SARIF, read back by a SARIF consumer.
    let sarif = env
        .run(&["image", "audit", &talk, "--format", "sarif"])
        .ok();
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), &sarif.stdout).unwrap();
    let summary = run_ok(
        Command::new("python3")
            .args(["-m", "sarif", "summary"])
            .arg(file.path()),
    );
    assert!(summary.contains("error: "), "{summary}");
    let errors: u64 = summary
        .lines()
        .find_map(|l| l.strip_prefix("error: "))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(errors >= 3, "{summary}");
    assert!(summary.contains("secret/github-token"), "{summary}");
}

/// podman in the interop build's storage (where buildah made the images).
fn podman_built(args: &[&str]) -> String {
    containers_tool("podman", built(), args)
}

#[test]
fn podman_saved_archives_read_like_podman_sees_them() {
    if !interop_tools() {
        return;
    }
    let env = Env::new();
    let work = tempfile::tempdir().unwrap();
    let d = work.path().join("d.tar");
    let o = work.path().join("o.tar");
    let m = work.path().join("m.tar");
    podman_built(&[
        "save",
        "-q",
        "--format",
        "docker-archive",
        "-o",
        d.to_str().unwrap(),
        "localhost/rich:2",
    ]);
    podman_built(&[
        "save",
        "-q",
        "--format",
        "oci-archive",
        "-o",
        o.to_str().unwrap(),
        "localhost/rich:2",
    ]);
    podman_built(&[
        "save",
        "-q",
        "-m",
        "--format",
        "docker-archive",
        "-o",
        m.to_str().unwrap(),
        "localhost/rich:1",
        "localhost/rich:2",
    ]);
    let theirs: Value =
        serde_json::from_str(&podman_built(&["image", "inspect", "localhost/rich:2"])).unwrap();
    let id = format!("sha256:{}", theirs[0]["Id"].as_str().unwrap());
    let diff_ids = theirs[0]["RootFS"]["Layers"].clone();
    for r in [
        format!("docker-archive:{}", d.display()),
        format!("oci-archive:{}", o.display()),
    ] {
        let cfg = env.json(&["config", "get", &r]);
        assert_eq!(cfg["digest"], id, "{r}");
        assert_eq!(cfg["config"]["rootfs"]["diff_ids"], diff_ids, "{r}");
        env.run(&["digest", "verify", &r]).ok();
        let root = work.path().join(format!("x-{}", r.len()));
        env.run(&["layer", "pull", &r, "--extract", root.to_str().unwrap()])
            .ok();
        let gz = format!("ocidir://{}:2", built().join("gz").display());
        assert_same_tree(
            &root,
            &umoci_rootfs(&gz, &work.path().join(format!("u-{}", r.len()))),
            &r,
        );
    }
    // Into a registry, and podman pulls the same image (its ID is the config's digest).
    let reg = Registry::anonymous();
    let dst = format!("{}/from/archive:2", reg.host);
    env.run(&["copy", &format!("docker-archive:{}", d.display()), &dst])
        .ok();
    env.run(&["digest", "verify", &dst]).ok();
    let store = work.path().join("podman");
    let pulled = containers_tool(
        "podman",
        &store,
        &["pull", "-q", "--tls-verify=false", &dst],
    );
    assert_eq!(format!("sha256:{}", pulled.trim()), id);
    // Compressed on the way: new layer digests, the same image (config, diffIDs) for podman.
    for (c, media_type) in [
        ("gzip", "application/vnd.docker.image.rootfs.diff.tar.gzip"),
        ("zstd", "application/vnd.oci.image.layer.v1.tar+zstd"),
    ] {
        let to = format!("{}/from/{c}:2", reg.host);
        let out = env
            .run(&[
                "copy",
                &format!("docker-archive:{}", d.display()),
                &to,
                "--compress",
                c,
            ])
            .ok();
        assert!(
            out.stderr.contains("their digests are new"),
            "{}",
            out.stderr
        );
        env.run(&["digest", "verify", &to]).ok();
        let m: Value = serde_json::from_str(
            &env.run(&["manifest", "get", &to, "--format", "raw"])
                .ok()
                .text(),
        )
        .unwrap();
        let layers = m["layers"].as_array().unwrap();
        assert_eq!(layers.len(), diff_ids.as_array().unwrap().len());
        for l in layers {
            assert_eq!(l["mediaType"], media_type, "{m}");
        }
        assert_eq!(env.json(&["config", "get", &to])["digest"], id);
        if c == "gzip" {
            let pulled =
                containers_tool("podman", &store, &["pull", "-q", "--tls-verify=false", &to]);
            assert_eq!(format!("sha256:{}", pulled.trim()), id);
            // Nothing left to compress: copied as it is.
            let again = format!("{}/from/again:2", reg.host);
            let out = env.run(&["copy", &to, &again, "--compress", "zstd"]).ok();
            assert!(out.stderr.contains("copied as it is"), "{}", out.stderr);
            assert_eq!(skopeo_digest(&again), skopeo_digest(&to));
        }
    }
    // Several images: picked by name or position; none picked is an error naming them.
    let mr = format!("docker-archive:{}", m.display());
    env.run(&["image", "inspect", &mr])
        .code(3)
        .says("localhost/rich:1");
    let by_name = env.json(&["config", "get", &format!("{mr}:localhost/rich:2")]);
    assert_eq!(by_name["digest"], id);
    let by_position = env.json(&["config", "get", &format!("{mr}:@1")]);
    assert_eq!(by_position["digest"], id);
    // Written: `archive create`, and `copy` into an archive (a second copy adds to it);
    // podman loads them with the same image IDs.
    let written = work.path().join("w.tar");
    env.run(&[
        "archive",
        "create",
        written.to_str().unwrap(),
        &dst,
        &format!("docker-archive:{}", d.display()),
    ])
    .ok();
    env.run(&[
        "digest",
        "verify",
        &format!("docker-archive:{}:@0", written.display()),
    ])
    .ok();
    let appended = work.path().join("a.tar");
    let talk = format!("ocidir://{}:1", built().join("talk").display());
    let talk_id = env.json(&["config", "get", &talk])["digest"]
        .as_str()
        .unwrap()
        .to_string();
    env.run(&[
        "copy",
        &talk,
        &format!(
            "docker-archive:{}:registry.example.com/mirror/talk:1",
            appended.display()
        ),
    ])
    .ok();
    env.run(&[
        "copy",
        &dst,
        &format!("docker-archive:{}", appended.display()),
    ])
    .ok();
    for (archive, want) in [
        (&written, vec![(dst.clone(), id.clone())]),
        (
            &appended,
            vec![
                (
                    "registry.example.com/mirror/talk:1".to_string(),
                    talk_id.clone(),
                ),
                (dst.clone(), id.clone()),
            ],
        ),
    ] {
        let store = work.path().join(format!(
            "load-{}",
            archive.file_name().unwrap().to_string_lossy()
        ));
        containers_tool(
            "podman",
            &store,
            &["load", "-q", "-i", archive.to_str().unwrap()],
        );
        for (name, want_id) in want {
            let got: Value = serde_json::from_str(&containers_tool(
                "podman",
                &store,
                &["image", "inspect", &name],
            ))
            .unwrap();
            assert_eq!(
                format!("sha256:{}", got[0]["Id"].as_str().unwrap()),
                want_id,
                "{name} from {}",
                archive.display()
            );
        }
    }
    // An OCI archive hoist wrote: podman loads it under its name, with the same image ID.
    let oci = work.path().join("o-w.tar");
    env.run(&[
        "copy",
        &talk,
        &format!(
            "oci-archive:{}:registry.example.com/mirror/talk:1",
            oci.display()
        ),
    ])
    .ok();
    let store = work.path().join("load-oci");
    containers_tool(
        "podman",
        &store,
        &["load", "-q", "-i", oci.to_str().unwrap()],
    );
    let got: Value = serde_json::from_str(&containers_tool(
        "podman",
        &store,
        &["image", "inspect", "registry.example.com/mirror/talk:1"],
    ))
    .unwrap();
    assert_eq!(
        format!("sha256:{}", got[0]["Id"].as_str().unwrap()),
        talk_id
    );
    // Not an archive.
    let junk = work.path().join("junk.tar");
    std::fs::write(&junk, vec![7u8; 5000]).unwrap();
    env.run(&[
        "image",
        "inspect",
        &format!("docker-archive:{}", junk.display()),
    ])
    .code(5);
}
