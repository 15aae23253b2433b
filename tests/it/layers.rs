//! Layers and digests: `digest verify` (compressed digests, sizes and diffIDs for gzip,
//! multi-member gzip, zstd and plain layers), `layer pull` (parallel, verified, resumable),
//! safe extraction (whiteouts, links, and hostile tars refused), `layer ls` and `digest FILE`.

use std::io::Write as _;
use std::path::Path;
use std::process::Command;

use crate::support::cmd::Env;
use crate::support::fixtures::{self, Compression, raw_end, raw_entry};
use crate::support::proxy::{Action, Fault, Proxy};
use crate::support::registry::Registry;
use crate::support::{have_tools, run_ok, sha256_hex};

fn pushed(fx: &fixtures::Fixture, repo: &str) -> Option<(Registry, String)> {
    if !have_tools() {
        return None;
    }
    let reg = Registry::anonymous();
    let r = fx.push_to(&reg, repo, "v1", None);
    Some((reg, r))
}

#[test]
fn verify_passes_for_gzip_multi_member_gzip_zstd_and_plain_layers() {
    let fx = fixtures::mixed(51);
    let Some((_reg, r)) = pushed(&fx, "mixed") else {
        return;
    };
    let env = Env::new();
    let out = env.run(&["digest", "verify", &r]).ok();
    out.says("all digests match");
    let j = env.json(&["digest", "verify", &r]);
    let layers = j[0]["layers"].as_array().unwrap();
    assert_eq!(layers.len(), 4);
    for (i, l) in layers.iter().enumerate() {
        assert_eq!(
            l["digest"]["actual"], fx.images[0].layers[i].digest,
            "layer {i}"
        );
        assert_eq!(l["diffId"]["actual"], fx.images[0].diff_ids[i], "layer {i}");
        assert_eq!(l["diffId"]["ok"], true);
        assert_eq!(
            l["size"]["actual"],
            fx.images[0].layers[i].data.len(),
            "layer {i}"
        );
    }
    assert_eq!(j[0]["config"]["digest"]["ok"], true);
    assert_eq!(
        j[0]["config"]["size"]["actual"],
        fx.images[0].config.data.len()
    );
    // Reached by tag, the manifest has no descriptor stating its size.
    assert_eq!(j[0]["manifest"]["digest"]["actual"], fx.top.digest);
    assert!(j[0]["manifest"].get("size").is_none());
}

#[test]
fn verify_covers_every_platform_of_an_index_and_skips_attestations() {
    let fx = fixtures::multi_arch(52, false);
    let Some((_reg, r)) = pushed(&fx, "multi") else {
        return;
    };
    let env = Env::new();
    let j = env.json(&["digest", "verify", &r]);
    let plats: Vec<&str> = j
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["platform"].as_str().unwrap())
        .collect();
    assert_eq!(plats, vec!["linux/amd64", "linux/arm64/v8", "linux/arm/v7"]);
    // Each child manifest is checked against its index entry's size.
    for (i, img) in j.as_array().unwrap().iter().enumerate() {
        assert_eq!(img["manifest"]["size"]["ok"], true, "{i}");
        assert_eq!(
            img["manifest"]["size"]["actual"],
            fx.images[i].manifest.data.len(),
            "{i}"
        );
    }
    let one = env.json(&["digest", "verify", &r, "--platform", "linux/arm/v7"]);
    assert_eq!(one.as_array().unwrap().len(), 1);
}

#[test]
fn a_blob_corrupted_on_the_registry_disk_fails_with_both_digests() {
    let fx = fixtures::mixed(53);
    let Some((reg, r)) = pushed(&fx, "corrupt") else {
        return;
    };
    let layer = &fx.images[0].layers[2];
    let path = reg.blob_data_path(layer.digest.trim_start_matches("sha256:"));
    let mut data = std::fs::read(&path).unwrap();
    data[100] ^= 0x55;
    std::fs::write(&path, data).unwrap();
    let out = Env::new().run(&["digest", "verify", &r]).code(5);
    out.says(&format!("digest expected {}", layer.digest));
    out.says("got sha256:");
    assert!(out.text().contains('✗'), "{}", out.text());
}

#[test]
fn a_truncated_layer_fails_on_size_and_digest() {
    let fx = fixtures::mixed(54);
    let Some((reg, r)) = pushed(&fx, "trunc") else {
        return;
    };
    let layer = &fx.images[0].layers[0];
    let path = reg.blob_data_path(layer.digest.trim_start_matches("sha256:"));
    let data = std::fs::read(&path).unwrap();
    std::fs::write(&path, &data[..data.len() / 2]).unwrap();
    let out = Env::new()
        .run(&["digest", "verify", &r, "--no-diffid"])
        .code(5);
    assert!(
        out.stderr
            .contains(&format!("size expected {} bytes", layer.data.len())),
        "{}",
        out.stderr
    );
}

#[test]
fn a_config_with_wrong_diff_ids_fails_unless_only_compressed_digests_are_checked() {
    let tars = vec![
        (fixtures::layer_tar(1, 3000), Compression::Gzip),
        (fixtures::layer_tar(2, 3000), Compression::Zstd),
    ];
    let wrong = format!("sha256:{}", "7".repeat(64));
    let real = format!("sha256:{}", sha256_hex(&tars[0].0));
    let fx = fixtures::from_tars(55, &tars, Some(vec![real, wrong.clone()]));
    let Some((_reg, r)) = pushed(&fx, "liar") else {
        return;
    };
    let env = Env::new();
    let out = env.run(&["digest", "verify", &r]).code(5);
    out.says(&format!(
        "layer 2: diffID expected {wrong}, got {}",
        fx.images[0].diff_ids[1]
    ));
    out.says("hint:");
    env.run(&["digest", "verify", &r, "--no-diffid"]).ok();
}

#[test]
fn skopeo_pushed_images_verify_clean() {
    if !have_tools() {
        return;
    }
    let reg = Registry::anonymous();
    let fx = fixtures::mixed(56);
    let dir = tempfile::tempdir().unwrap();
    fx.write_layout(dir.path(), "v1");
    run_ok(Command::new("skopeo").args([
        "copy",
        "--preserve-digests",
        "--dest-tls-verify=false",
        &format!("oci:{}:v1", dir.path().display()),
        &format!("docker://{}/sk:v1", reg.host),
    ]));
    Env::new()
        .run(&["digest", "verify", &format!("{}/sk:v1", reg.host)])
        .ok();
}

#[test]
fn layer_pull_downloads_verifies_skips_and_picks_one_layer() {
    let fx = fixtures::mixed(57);
    let Some((reg, _)) = pushed(&fx, "pull") else {
        return;
    };
    let proxy = Proxy::start(&reg.host);
    let r = format!("{}/pull:v1", proxy.host);
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("layers");
    env.run(&[
        "layer",
        "pull",
        &r,
        "-o",
        out.to_str().unwrap(),
        "--jobs",
        "2",
    ])
    .ok();
    for l in &fx.images[0].layers {
        assert_eq!(
            std::fs::read(out.join(l.digest.trim_start_matches("sha256:"))).unwrap(),
            l.data
        );
    }
    assert_eq!(
        std::fs::read_dir(&out).unwrap().count(),
        4,
        "only the layers, no partial files"
    );
    let before = proxy.count("GET", "/blobs/");
    let again = env
        .run(&["layer", "pull", &r, "-o", out.to_str().unwrap()])
        .ok();
    again.says("already present");
    assert_eq!(
        proxy.count("GET", "/blobs/"),
        before,
        "nothing is downloaded twice"
    );

    let one = dir.path().join("one");
    env.run(&[
        "layer",
        "pull",
        &r,
        "-o",
        one.to_str().unwrap(),
        "--layer",
        "2",
    ])
    .ok();
    let names: Vec<String> = std::fs::read_dir(&one)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        vec![
            fx.images[0].layers[1]
                .digest
                .trim_start_matches("sha256:")
                .to_string()
        ]
    );
    env.run(&[
        "layer",
        "pull",
        &r,
        "-o",
        one.to_str().unwrap(),
        "--layer",
        "9",
    ])
    .code(3);
}

#[test]
fn layer_pull_resumes_a_cut_connection_and_an_interrupted_earlier_run() {
    let fx = fixtures::mixed(58);
    let Some((reg, _)) = pushed(&fx, "resume") else {
        return;
    };
    let proxy = Proxy::start(&reg.host);
    let r = format!("{}/resume:v1", proxy.host);
    let layer = &fx.images[0].layers[3];
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    proxy.fault(Fault {
        method: "GET",
        path_contains: layer.digest.clone(),
        action: Action::ResetAfter(5000),
        times: 1,
    });
    let pull = [
        "layer",
        "pull",
        &r,
        "-o",
        dir.path().to_str().unwrap(),
        "--layer",
        "4",
    ];
    env.run(&pull).ok();
    let dest = dir.path().join(layer.digest.trim_start_matches("sha256:"));
    assert_eq!(std::fs::read(&dest).unwrap(), layer.data);
    assert_eq!(
        proxy.count("GET", &layer.digest),
        2,
        "one cut request and one Range request"
    );

    // A partial file from an earlier interrupted run is resumed, not restarted.
    std::fs::remove_file(&dest).unwrap();
    let partial = dir.path().join(format!(
        ".{}.hoist-partial",
        layer.digest.trim_start_matches("sha256:")
    ));
    std::fs::write(&partial, &layer.data[..7000]).unwrap();
    env.run(&pull).ok().says("resumed at");
    assert_eq!(std::fs::read(&dest).unwrap(), layer.data);
    assert!(!partial.exists());
}

#[test]
fn layer_pull_of_a_corrupted_layer_leaves_nothing_behind() {
    let fx = fixtures::mixed(59);
    let Some((reg, _)) = pushed(&fx, "bad") else {
        return;
    };
    let proxy = Proxy::start(&reg.host);
    let layer = &fx.images[0].layers[0];
    proxy.fault(Fault {
        method: "GET",
        path_contains: layer.digest.clone(),
        action: Action::Corrupt,
        times: 1,
    });
    let dir = tempfile::tempdir().unwrap();
    let out = Env::new()
        .run(&[
            "layer",
            "pull",
            &format!("{}/bad:v1", proxy.host),
            "-o",
            dir.path().to_str().unwrap(),
            "--layer",
            "1",
        ])
        .code(5);
    out.says(&layer.digest);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

fn tar_of(entries: &[(&str, u8, &str, &[u8], u32)]) -> Vec<u8> {
    let mut t = Vec::new();
    for (name, kind, link, data, mode) in entries {
        raw_entry(&mut t, name, *kind, link, data, *mode);
    }
    raw_end(&mut t);
    t
}

#[test]
fn extract_applies_whiteouts_links_and_modes_in_order() {
    let l1 = tar_of(&[
        ("usr/", b'5', "", b"", 0o755),
        ("usr/lib/", b'5', "", b"", 0o755),
        ("lib", b'2', "usr/lib", b"", 0o777),
        ("a/", b'5', "", b"", 0o755),
        ("a/keep", b'0', "", b"keep", 0o644),
        ("a/gone", b'0', "", b"gone", 0o644),
        ("d/", b'5', "", b"", 0o755),
        ("d/x", b'0', "", b"x", 0o644),
        ("secret", b'0', "", b"s", 0o600),
    ]);
    let l2 = tar_of(&[
        ("a/.wh.gone", b'0', "", b"", 0o644),
        ("d/.wh..wh..opq", b'0', "", b"", 0o644),
        ("d/z", b'0', "", b"z", 0o644),
        ("lib/libfoo.so", b'0', "", b"elf", 0o755),
        ("a/hard", b'1', "a/keep", b"", 0o644),
    ]);
    let fx = fixtures::from_tars(
        60,
        &[(l1, Compression::Gzip), (l2, Compression::Zstd)],
        None,
    );
    let Some((_reg, r)) = pushed(&fx, "fs") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("rootfs");
    Env::new()
        .run(&["layer", "pull", &r, "--extract", root.to_str().unwrap()])
        .ok();
    assert_eq!(std::fs::read(root.join("a/keep")).unwrap(), b"keep");
    assert!(
        !root.join("a/gone").exists(),
        "whiteout removes the lower file"
    );
    let d: Vec<String> = std::fs::read_dir(root.join("d"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        d,
        vec!["z".to_string()],
        "opaque whiteout empties the directory"
    );
    assert_eq!(
        std::fs::read(root.join("usr/lib/libfoo.so")).unwrap(),
        b"elf",
        "writes through an inside symlink land inside"
    );
    use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
    assert_eq!(
        std::fs::metadata(root.join("secret"))
            .unwrap()
            .permissions()
            .mode()
            & 0o777,
        0o600
    );
    assert_eq!(
        std::fs::metadata(root.join("a/hard")).unwrap().ino(),
        std::fs::metadata(root.join("a/keep")).unwrap().ino()
    );
    assert_eq!(
        std::fs::metadata(root.join("a/keep")).unwrap().mtime(),
        1_700_000_000
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        1,
        "the temporary layer directory is gone: {leftovers:?}"
    );
}

fn assert_refused(name: &str, hostile: &[(&str, u8, &str, &[u8], u32)], says: &str, outside: &str) {
    let benign = tar_of(&[
        ("ok/", b'5', "", b"", 0o755),
        ("ok/file", b'0', "", b"fine", 0o644),
    ]);
    let fx = fixtures::from_tars(
        61,
        &[
            (benign, Compression::Gzip),
            (tar_of(hostile), Compression::Gzip),
        ],
        None,
    );
    let Some((_reg, r)) = pushed(&fx, name) else {
        return;
    };
    let base = tempfile::tempdir().unwrap();
    let work = base.path().join("work");
    std::fs::create_dir_all(&work).unwrap();
    let root = work.join("rootfs");
    let out = Env::new()
        .run(&["layer", "pull", &r, "--extract", root.to_str().unwrap()])
        .code(5);
    assert!(out.stderr.contains(says), "{name}: {}", out.stderr);
    assert!(
        out.stderr.contains("in layer 2"),
        "{name}: the layer is named: {}",
        out.stderr
    );
    assert!(
        !Path::new(&base.path().join(outside)).exists(),
        "{name}: something was written outside"
    );
    let in_work: Vec<_> = std::fs::read_dir(&work)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        in_work,
        vec![std::ffi::OsString::from("rootfs")],
        "{name}: only the target exists"
    );
    let in_base: Vec<_> = std::fs::read_dir(base.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        in_base,
        vec![std::ffi::OsString::from("work")],
        "{name}: nothing appeared beside the work dir"
    );
}

#[test]
fn hostile_layers_are_refused_and_nothing_escapes() {
    assert_refused(
        "dotdot",
        &[("../escape.txt", b'0', "", b"x", 0o644)],
        "refusing entry `../escape.txt` in layer 2",
        "work/escape.txt",
    );
    assert_refused(
        "dotdot2",
        &[("ok/../../../pwned", b'0', "", b"x", 0o644)],
        "the path contains `..`",
        "pwned",
    );
    assert_refused(
        "absolute",
        &[("/abs-escape.txt", b'0', "", b"x", 0o644)],
        "the path is absolute",
        "abs-escape.txt",
    );
    assert_refused(
        "hardlink",
        &[("hl", b'1', "../../outside.txt", b"", 0o644)],
        "points outside the target",
        "outside.txt",
    );
}

#[test]
fn device_nodes_are_refused_when_not_root() {
    let t = tar_of(&[
        ("dev/", b'5', "", b"", 0o755),
        ("dev/sda", b'4', "", b"", 0o660),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let e = hoist::layer::apply::apply_layer(
        dir.path(),
        "1 (test)",
        &t[..],
        hoist::layer::apply::Options { as_root: false },
    )
    .unwrap_err();
    assert!(
        hoist::error::render(&e).contains("device nodes can only be created as root"),
        "{e:#}"
    );
    assert_eq!(hoist::error::kind_of(&e), hoist::error::Kind::Verify);
}

#[test]
fn layer_ls_shows_digests_diff_ids_and_history() {
    let fx = fixtures::mixed(62);
    let dir = tempfile::tempdir().unwrap();
    fx.write_layout(dir.path(), "v1");
    let r = format!("ocidir://{}:v1", dir.path().display());
    let j = Env::new().json(&["layer", "ls", &r]);
    assert_eq!(j.as_array().unwrap().len(), 4);
    assert_eq!(
        j[2]["mediaType"],
        "application/vnd.oci.image.layer.v1.tar+zstd"
    );
    assert_eq!(j[2]["diffId"], fx.images[0].diff_ids[2]);
    assert_eq!(j[3]["createdBy"], "RUN step 3");
    let text = Env::new().run(&["layer", "ls", &r]).ok().text();
    assert!(
        text.contains("tar+zstd") && text.contains("RUN step 1"),
        "{text}"
    );
}

#[test]
fn digest_of_local_files_shows_the_diff_id_of_compressed_content() {
    let dir = tempfile::tempdir().unwrap();
    let tar = fixtures::layer_tar(9, 50_000);
    let gz = fixtures::compress(&tar, Compression::MultiGzip);
    let zst = fixtures::compress(&tar, Compression::Zstd);
    for (name, data) in [("a.tar.gz", &gz), ("a.tar.zst", &zst), ("a.tar", &tar)] {
        std::fs::File::create(dir.path().join(name))
            .unwrap()
            .write_all(data)
            .unwrap();
    }
    let env = Env::new();
    let p = |n: &str| dir.path().join(n).to_str().unwrap().to_string();
    let j = env.json(&["digest", &p("a.tar.gz"), &p("a.tar.zst"), &p("a.tar")]);
    let tar_digest = format!("sha256:{}", sha256_hex(&tar));
    assert_eq!(j[0]["digest"], format!("sha256:{}", sha256_hex(&gz)));
    assert_eq!(j[0]["diffId"], tar_digest);
    assert_eq!(j[1]["compression"], "zstd");
    assert_eq!(j[1]["diffId"], tar_digest);
    assert_eq!(j[2]["digest"], tar_digest);
    assert!(j[2].get("diffId").is_none());
    let out = env.run_stdin(&["digest", "-"], Some(&gz)).ok().text();
    assert!(out.contains(&tar_digest), "{out}");
    env.run(&["digest", &p("missing")]).code(3);
}

#[test]
fn artifacts_get_compressed_checks_and_a_note() {
    let empty = fixtures::Blob::new("application/vnd.oci.empty.v1+json", b"{}".to_vec());
    let chart = fixtures::Blob::new(
        "application/vnd.cncf.helm.chart.content.v1.tar+gzip",
        b"not really a chart".to_vec(),
    );
    let m = serde_json::json!({"schemaVersion": 2, "mediaType": fixtures::OCI_MANIFEST, "artifactType": "application/vnd.cncf.helm.config.v1+json", "config": empty.descriptor(), "layers": [chart.descriptor()]});
    let m = fixtures::Blob::new(fixtures::OCI_MANIFEST, serde_json::to_vec(&m).unwrap());
    let dir = tempfile::tempdir().unwrap();
    let blobs = dir.path().join("blobs/sha256");
    std::fs::create_dir_all(&blobs).unwrap();
    for b in [&empty, &chart, &m] {
        std::fs::write(blobs.join(b.digest.trim_start_matches("sha256:")), &b.data).unwrap();
    }
    std::fs::write(
        dir.path().join("oci-layout"),
        r#"{"imageLayoutVersion":"1.0.0"}"#,
    )
    .unwrap();
    let mut d = m.descriptor();
    d["annotations"] = serde_json::json!({"org.opencontainers.image.ref.name": "chart"});
    std::fs::write(
        dir.path().join("index.json"),
        serde_json::to_vec(&serde_json::json!({"schemaVersion": 2, "manifests": [d]})).unwrap(),
    )
    .unwrap();
    let j = Env::new().json(&[
        "digest",
        "verify",
        &format!("ocidir://{}:chart", dir.path().display()),
    ]);
    assert_eq!(j[0]["layers"][0]["digest"]["ok"], true);
    assert!(
        j[0]["layers"][0]["note"]
            .as_str()
            .unwrap()
            .contains("artifact (config application/vnd.oci.empty.v1+json): diffID not checked"),
        "{j}"
    );
    // As the oras SDK pushes files: `...layer.v1.tar` layers under a vendor config. Every
    // blob hashes right, so it verifies; diffIDs are not demanded of an artifact.
    let cfg = fixtures::Blob::new(
        "application/vnd.example.config.v1+json",
        b"{\"x\":1}".to_vec(),
    );
    let file = fixtures::Blob::new("application/vnd.oci.image.layer.v1.tar", b"hello".to_vec());
    let m = serde_json::json!({"schemaVersion": 2, "mediaType": fixtures::OCI_MANIFEST, "config": cfg.descriptor(), "layers": [file.descriptor()]});
    let m = fixtures::Blob::new(fixtures::OCI_MANIFEST, serde_json::to_vec(&m).unwrap());
    for b in [&cfg, &file, &m] {
        std::fs::write(blobs.join(b.digest.trim_start_matches("sha256:")), &b.data).unwrap();
    }
    let mut d = m.descriptor();
    d["annotations"] = serde_json::json!({"org.opencontainers.image.ref.name": "files"});
    std::fs::write(
        dir.path().join("index.json"),
        serde_json::to_vec(&serde_json::json!({"schemaVersion": 2, "manifests": [d]})).unwrap(),
    )
    .unwrap();
    let r = format!("ocidir://{}:files", dir.path().display());
    let out = Env::new().run(&["digest", "verify", &r]).ok();
    assert!(out.text().contains("artifact"), "{}", out.text());
    let out = Env::new().run(&["image", "inspect", &r]).ok();
    assert!(
        out.text()
            .contains("ArtifactType: application/vnd.example.config.v1+json"),
        "{}",
        out.text()
    );
    assert!(out.text().contains("Platform:     -\n"), "{}", out.text());
}

#[test]
fn non_distributable_layers_stay_at_their_urls() {
    if !have_tools() {
        return;
    }
    // A Windows-style image: its base layer is non-distributable, listed with a URL and not
    // stored in the registry; the other layers are ordinary.
    let tars: Vec<(Vec<u8>, Compression)> = (0..3)
        .map(|i| (fixtures::layer_tar(650 + i, 3000), Compression::Gzip))
        .collect();
    let fx = fixtures::from_tars(65, &tars, None);
    let img = &fx.images[0];
    let url = "https://download.example.com/base-layer.tar.gz";
    let mut doc: serde_json::Value = serde_json::from_slice(&img.manifest.data).unwrap();
    doc["layers"][0]["mediaType"] =
        "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip".into();
    doc["layers"][0]["urls"] = serde_json::json!([url]);
    let manifest = fixtures::Blob::new(fixtures::OCI_MANIFEST, serde_json::to_vec(&doc).unwrap());
    let foreign = &img.layers[0].digest;
    let src = Registry::anonymous();
    let dst = Registry::anonymous();
    let client = fixtures::client(&src.host, None);
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        let r = hoist::reference::Reference::parse(&format!("{}/win", src.host)).unwrap();
        for b in std::iter::once(&img.config).chain(&img.layers[1..]) {
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
    let r = format!("{}/win:v1", src.host);

    // copy leaves the layer where it is and pushes the manifest unchanged.
    let out = env.run(&["copy", &r, &format!("{}/win:v1", dst.host)]).ok();
    out.says(&format!("left {foreign} at its URLs"));
    let raw = env
        .run(&[
            "manifest",
            "get",
            &format!("{}/win:v1", dst.host),
            "--format",
            "raw",
        ])
        .ok();
    assert_eq!(raw.stdout, manifest.data);
    env.run(&["blob", "head", &format!("{}/win@{foreign}", dst.host)])
        .code(3);

    // verify checks the layers the registry holds and says which one it could not.
    let out = env.run(&["digest", "verify", &r]).ok();
    out.says("1 non-distributable, not in the registry, not checked");
    let j = env.json(&["digest", "verify", &r]);
    let layers = j[0]["layers"].as_array().unwrap();
    assert!(layers[0].get("digest").is_none());
    assert!(layers[0]["note"].as_str().unwrap().contains(url));
    for (i, l) in layers.iter().enumerate().skip(1) {
        assert_eq!(l["digest"]["ok"], true, "layer {i}");
        assert_eq!(l["diffId"]["actual"], img.diff_ids[i], "layer {i}");
    }

    // layer pull cannot fetch it and says where its bytes are.
    let dir = tempfile::tempdir().unwrap();
    let out = env
        .run(&["layer", "pull", &r, "-o", dir.path().to_str().unwrap()])
        .code(3);
    out.says("non-distributable");
    out.says(url);
}
