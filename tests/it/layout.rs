//! OCI layout directories (`ocidir://`) wherever a reference is accepted, including layouts
//! written by skopeo.

use std::process::Command;

use crate::support::cmd::Env;
use crate::support::fixtures::{self, Compression};
use crate::support::registry::Registry;
use crate::support::{have_tools, run_ok};

#[test]
fn hoist_reads_a_layout_like_a_registry() {
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    let fx = fixtures::multi_arch(41, false);
    fx.write_layout(dir.path(), "v1");
    let r = format!("ocidir://{}:v1", dir.path().display());
    let raw = env.run(&["manifest", "get", &r, "--format", "raw"]).ok();
    assert_eq!(raw.stdout, fx.top.data);
    let j = env.json(&["image", "inspect", &r, "--platform", "linux/arm64"]);
    assert_eq!(j["digest"], fx.images[1].manifest.digest);
    assert_eq!(j["layers"][1]["diffId"], fx.images[1].diff_ids[1]);
    let tags = env
        .run(&["tag", "ls", &format!("ocidir://{}", dir.path().display())])
        .ok()
        .text();
    assert_eq!(tags.trim(), "v1");
    let layer = &fx.images[0].layers[0];
    let blob = env
        .run(&[
            "blob",
            "get",
            &format!("ocidir://{}@{}", dir.path().display(), layer.digest),
        ])
        .ok();
    assert_eq!(blob.stdout, layer.data);

    let miss = env
        .run(&[
            "manifest",
            "get",
            &format!("ocidir://{}:v2", dir.path().display()),
        ])
        .code(3);
    miss.says("the layout has: v1");
    let none = env
        .run(&["manifest", "get", "ocidir://does/not/exist:v1"])
        .code(3);
    none.says("not an OCI image layout");
}

#[test]
fn a_tampered_layout_blob_is_caught() {
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    let fx = fixtures::single(42, Compression::Gzip);
    fx.write_layout(dir.path(), "v1");
    let cfg = &fx.images[0].config;
    let path = dir
        .path()
        .join("blobs/sha256")
        .join(cfg.digest.trim_start_matches("sha256:"));
    let mut data = cfg.data.clone();
    data[5] ^= 1;
    std::fs::write(&path, data).unwrap();
    let out = env
        .run(&[
            "config",
            "get",
            &format!("ocidir://{}:v1", dir.path().display()),
        ])
        .code(5);
    out.says(&cfg.digest);
}

#[test]
fn hoist_reads_what_skopeo_writes_to_a_layout() {
    if !have_tools() {
        return;
    }
    let reg = Registry::anonymous();
    // skopeo writes only OCI types into a layout, so the source is an OCI index.
    let fx = fixtures::multi_arch(43, false);
    fx.push_to(&reg, "dlist", "v1", None);
    let dir = tempfile::tempdir().unwrap();
    run_ok(Command::new("skopeo").args([
        "copy",
        "--all",
        "--preserve-digests",
        "--src-tls-verify=false",
        &format!("docker://{}/dlist:v1", reg.host),
        &format!("oci:{}:mirror", dir.path().display()),
    ]));
    let env = Env::new();
    let j = env.json(&[
        "manifest",
        "get",
        &format!("ocidir://{}:mirror", dir.path().display()),
    ]);
    assert_eq!(
        j["digest"], fx.top.digest,
        "skopeo kept the index byte for byte"
    );
    let j = env.json(&[
        "image",
        "inspect",
        &format!("ocidir://{}:mirror", dir.path().display()),
        "--platform",
        "linux/arm/v7",
    ]);
    assert_eq!(j["digest"], fx.images[2].manifest.digest);
}

#[test]
fn manifest_put_into_a_new_layout_creates_it_and_keeps_other_tags() {
    let env = Env::new();
    let src = tempfile::tempdir().unwrap();
    let fx = fixtures::single(44, Compression::Gzip);
    fx.write_layout(src.path(), "v1");
    let r = format!("ocidir://{}:v2", src.path().display());
    env.run_stdin(&["manifest", "put", &r], Some(&fx.top.data))
        .ok();
    let tags = env
        .run(&["tag", "ls", &format!("ocidir://{}", src.path().display())])
        .ok()
        .text();
    assert_eq!(tags.lines().collect::<Vec<_>>(), vec!["v1", "v2"]);
}
