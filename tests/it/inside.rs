//! Looking inside images: `image files` agrees with `layer pull --extract` of the same image,
//! `image cat` reads from the top down and stops at the first layer that decides, `image size`
//! adds up what a pull downloads.

use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt as _;
use std::path::Path;

use serde_json::Value;

use crate::support::cmd::Env;
use crate::support::fixtures::{self, Compression};
use crate::support::have_tools;
use crate::support::proxy::Proxy;
use crate::support::registry::Registry;
use crate::support::tarb::{self, dir, file, hard, sym};

/// A layout of `layers` (gzip), tagged `v1`.
fn layout(seed: u64, layers: &[Vec<tarb::E>]) -> (tempfile::TempDir, String) {
    let fx = fixtures::from_tars(
        seed,
        &layers
            .iter()
            .map(|l| (tarb::tar(l), Compression::Gzip))
            .collect::<Vec<_>>(),
        None,
    );
    let d = tempfile::tempdir().unwrap();
    fx.write_layout(d.path(), "v1");
    let r = format!("ocidir://{}:v1", d.path().display());
    (d, r)
}

/// path -> (type, mode, size, link target) of an extracted tree.
pub fn extracted(root: &Path) -> BTreeMap<String, (String, String, u64, Option<String>)> {
    fn walk(
        root: &Path,
        d: &Path,
        out: &mut BTreeMap<String, (String, String, u64, Option<String>)>,
    ) {
        for e in std::fs::read_dir(d).unwrap().flatten() {
            let p = e.path();
            let m = std::fs::symlink_metadata(&p).unwrap();
            let ft = m.file_type();
            let kind = if ft.is_symlink() {
                "symlink"
            } else if ft.is_dir() {
                "dir"
            } else if ft.is_file() {
                "file"
            } else {
                "other"
            };
            let link = ft.is_symlink().then(|| {
                std::fs::read_link(&p)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            });
            let rel = format!("/{}", p.strip_prefix(root).unwrap().to_string_lossy());
            out.insert(
                rel,
                (
                    kind.to_string(),
                    format!("{:04o}", m.mode() & 0o7777),
                    if ft.is_file() { m.len() } else { 0 },
                    link,
                ),
            );
            if ft.is_dir() {
                walk(root, &p, out);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

/// The same from `image files --format json` (hardlinks are files on disk).
pub fn listed(j: &Value) -> BTreeMap<String, (String, String, u64, Option<String>)> {
    j.as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let kind = match e["type"].as_str().unwrap() {
                "hardlink" => "file",
                "fifo" | "char" | "block" => "other",
                k => k,
            };
            let link = (kind == "symlink").then(|| e["link"].as_str().unwrap().to_string());
            (
                e["path"].as_str().unwrap().to_string(),
                (
                    kind.to_string(),
                    e["mode"].as_str().unwrap().to_string(),
                    if kind == "file" {
                        e["size"].as_u64().unwrap()
                    } else {
                        0
                    },
                    link,
                ),
            )
        })
        .collect()
}

fn tricky_layers() -> Vec<Vec<tarb::E>> {
    vec![
        vec![
            dir("usr"),
            dir("usr/lib"),
            sym("lib", "usr/lib"),
            dir("etc"),
            file("etc/auth.json", b"{\"auths\":{}}"),
            file("etc/keep", b"keep"),
            dir("opq"),
            file("opq/old", b"old"),
            dir("gone"),
            file("gone/a", b"a"),
            dir("replaced"),
            file("replaced/child", b"child"),
            file("big", &[1u8; 5000]),
            hard("big-link", "big"),
            file("setuid", b"x").mode(0o4755),
            file("shadow", b"shadowed content"),
            hard("shadow-link", "shadow"),
        ],
        vec![
            file("lib/libfoo.so", b"elf"),
            file("etc/.wh.auth.json", b""),
            file("opq/.wh..wh..opq", b""),
            file("opq/new", b"new"),
            file(".wh.gone", b""),
            file("replaced", b"now a file"),
            sym("abs", "/etc/keep"),
            file(".wh.shadow", b""),
        ],
    ]
}

#[test]
fn files_agrees_with_extract_and_layers_shows_each_change() {
    let (_d, r) = layout(100, &tricky_layers());
    let env = Env::new();
    let j = env.json(&["image", "files", &r]);
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    env.run(&["layer", "pull", &r, "--extract", root.to_str().unwrap()])
        .ok();
    assert_eq!(listed(&j), extracted(&root));
    // The layer that provides each file.
    let by_path: BTreeMap<&str, &Value> = j
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["path"].as_str().unwrap(), e))
        .collect();
    assert_eq!(by_path["/usr/lib/libfoo.so"]["layer"], 2);
    assert_eq!(by_path["/etc/keep"]["layer"], 1);
    assert_eq!(
        by_path["/big-link"]["digest"], by_path["/big"]["digest"],
        "a hardlink has its target's content"
    );
    // --layers: what layer 2 adds, changes and deletes.
    let l = env.json(&["image", "files", &r, "--layers"]);
    let two = &l[1];
    let names = |k: &str| -> Vec<String> {
        two[k]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["path"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names("added"), ["/usr/lib/libfoo.so", "/opq/new", "/abs"]);
    assert_eq!(names("changed"), ["/replaced"]);
    assert_eq!(
        names("deleted"),
        [
            "/etc/auth.json",
            "/opq/old",
            "/gone",
            "/gone/a",
            "/replaced/child",
            "/shadow"
        ]
    );
    assert_eq!(two["deletedBytes"], 12 + 3 + 1 + 5 + 16);
    // A hardlink to a deleted file keeps its content, on disk and in the list.
    assert_eq!(by_path["/shadow-link"]["size"], 16);
    // The text views name the same.
    let t = env.run(&["image", "files", &r]).ok().text();
    assert!(t.contains("/lib -> usr/lib") && t.contains("- 4755"), "{t}");
    let t = env.run(&["image", "files", &r, "--layers"]).ok().text();
    assert!(t.contains("- file") && t.contains("/etc/auth.json"), "{t}");
}

#[test]
fn cat_reads_from_the_top_and_stops_at_the_deciding_layer() {
    let (_d, r) = layout(101, &tricky_layers());
    let env = Env::new();
    let cat = |p: &str| env.run(&["image", "cat", &r, p]);
    assert_eq!(cat("/etc/keep").ok().stdout, b"keep");
    assert_eq!(cat("/abs").ok().stdout, b"keep", "a symlink is followed");
    assert_eq!(
        cat("/lib/libfoo.so").ok().stdout,
        b"elf",
        "through a symlinked directory"
    );
    assert_eq!(cat("/big-link").ok().stdout, vec![1u8; 5000], "a hardlink");
    // Present in the bottom layer, deleted by the top one: exit 3.
    cat("/etc/auth.json").code(3).says("whiteout");
    cat("/opq/old").code(3).says("opaque");
    cat("/gone/a").code(3);
    cat("/replaced/child").code(3).says("not a directory");
    cat("/nowhere").code(3).says("no layer has it");
    cat("/etc").code(1).says("a directory");
}

#[test]
fn cat_of_a_top_layer_file_downloads_only_the_top_layer() {
    if !have_tools() {
        return;
    }
    let mut layers: Vec<Vec<tarb::E>> = (0..5)
        .map(|i| vec![file(&format!("f{i}"), format!("layer {i}").as_bytes())])
        .collect();
    layers.push(vec![file("top", b"from the top")]);
    let fx = fixtures::from_tars(
        102,
        &layers
            .iter()
            .map(|l| (tarb::tar(l), Compression::Gzip))
            .collect::<Vec<_>>(),
        None,
    );
    let reg = Registry::anonymous();
    let r = fx.push_to(&reg, "six", "v1", None);
    let proxy = Proxy::start(&reg.host);
    let via = r.replace(&reg.host, &proxy.host);
    let out = Env::new().run(&["image", "cat", &via, "/top"]).ok();
    assert_eq!(out.stdout, b"from the top");
    let top = &fx.images[0].layers[5].digest;
    assert_eq!(proxy.count("GET", top), 1);
    for l in &fx.images[0].layers[..5] {
        assert_eq!(proxy.count("GET", &l.digest), 0, "a lower layer was read");
    }
    // A corrupted layer is caught even after its file was written.
    let bad = fixtures::from_tars(
        103,
        &[(tarb::tar(&[file("x", b"x")]), Compression::Gzip)],
        Some(vec![format!("sha256:{}", "0".repeat(64))]),
    );
    let d = tempfile::tempdir().unwrap();
    bad.write_layout(d.path(), "v1");
    Env::new()
        .run(&[
            "image",
            "cat",
            &format!("ocidir://{}:v1", d.path().display()),
            "/x",
        ])
        .code(5)
        .says("diffID");
}

#[test]
fn size_counts_shared_blobs_once_and_unpacked_bytes_by_streaming() {
    let fx = fixtures::multi_arch(104, false);
    let d = tempfile::tempdir().unwrap();
    fx.write_layout(d.path(), "v1");
    let r = format!("ocidir://{}:v1", d.path().display());
    let j = Env::new().json(&["image", "size", &r, "--uncompressed"]);
    let plats = j["platforms"].as_array().unwrap();
    assert_eq!(plats.len(), fx.images.len());
    for (p, img) in plats.iter().zip(&fx.images) {
        let layers: u64 = img.layers.iter().map(|l| l.data.len() as u64).sum();
        assert_eq!(
            p["compressed"].as_u64().unwrap(),
            layers + img.config.data.len() as u64 + img.manifest.data.len() as u64
        );
        assert!(p["uncompressed"].as_u64().unwrap() > 0);
    }
    let mut unique: BTreeMap<String, u64> = BTreeMap::new();
    for b in fx.blobs().iter().chain(fx.children().iter()) {
        unique.insert(b.digest.clone(), b.data.len() as u64);
    }
    for img in &fx.images {
        unique.insert(img.manifest.digest.clone(), img.manifest.data.len() as u64);
    }
    unique.insert(fx.top.digest.clone(), fx.top.data.len() as u64);
    // Attestation manifests are not platforms: only what a pull of every platform downloads.
    let att: u64 = fx
        .others
        .iter()
        .map(|(m, bs)| m.data.len() as u64 + bs.iter().map(|b| b.data.len() as u64).sum::<u64>())
        .sum();
    assert_eq!(
        j["totalCompressed"].as_u64().unwrap(),
        unique.values().sum::<u64>() - att
    );
}

#[test]
fn diff_reports_the_changed_file_and_downloads_no_shared_layer() {
    if !have_tools() {
        return;
    }
    let base = vec![
        dir("app"),
        file("app/lib.js", &[7u8; 3000]),
        file("app/config.json", b"{\"v\":1}"),
    ];
    let top_a = vec![file("app/main.js", b"console.log(1)")];
    let top_b = vec![file("app/main.js", b"console.log(2)")];
    let build = |seed: u64, top: &Vec<tarb::E>, c: Compression| {
        fixtures::from_tars(
            seed,
            &[(tarb::tar(&base), c), (tarb::tar(top), Compression::Gzip)],
            None,
        )
    };
    let a = build(110, &top_a, Compression::Gzip);
    let b = build(111, &top_b, Compression::Gzip);
    let reg = Registry::anonymous();
    let ra = a.push_to(&reg, "diff", "a", None);
    let rb = b.push_to(&reg, "diff", "b", None);
    let proxy = Proxy::start(&reg.host);
    let (ra, rb) = (
        ra.replace(&reg.host, &proxy.host),
        rb.replace(&reg.host, &proxy.host),
    );
    let env = Env::new();
    let j = env.json(&["image", "diff", &ra, &rb]);
    assert_eq!(j["changed"].as_array().unwrap().len(), 1, "{j}");
    assert_eq!(j["changed"][0]["path"], "/app/main.js");
    assert_eq!(j["changed"][0]["what"], serde_json::json!(["content"]));
    assert_eq!(j["added"].as_array().unwrap().len(), 0);
    assert_eq!(j["removed"].as_array().unwrap().len(), 0);
    assert_eq!(j["sharedLayersRead"], false);
    assert_eq!(j["layers"][0]["status"], "shared");
    let shared = &a.images[0].layers[0].digest;
    assert_eq!(
        proxy.count("GET", shared),
        0,
        "the shared layer was downloaded"
    );
    // The seeds differ, so the configs' Env differs.
    assert!(
        j["config"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["field"] == "env"),
        "{j}"
    );
    // A file only one side adds: the shared layer is read to tell added from changed.
    let c = fixtures::from_tars(
        112,
        &[
            (tarb::tar(&base), Compression::Zstd),
            (
                tarb::tar(&[
                    file("app/main.js", b"console.log(1)"),
                    file("app/new.js", b"new"),
                    file("app/.wh.config.json", b""),
                ]),
                Compression::Gzip,
            ),
        ],
        None,
    );
    let rc = c.push_to(&reg, "diff", "c", None);
    let j = env.json(&["image", "diff", &ra.replace(&proxy.host, &reg.host), &rc]);
    let paths = |k: &str| -> Vec<String> {
        j[k].as_array()
            .unwrap()
            .iter()
            .map(|e| e["path"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(paths("added"), ["/app/new.js"], "{j}");
    assert_eq!(paths("removed"), ["/app/config.json"], "{j}");
    assert!(j["changed"].as_array().unwrap().is_empty(), "{j}");
    assert_eq!(j["sharedLayersRead"], true);
    // gzip vs zstd of the same tar: same content, recompressed.
    assert_eq!(j["layers"][0]["status"], "recompressed", "{j}");
    let t = env.run(&["image", "diff", &ra, &rb]).ok().text();
    assert!(
        t.contains("~ file") && t.contains("/app/main.js (content)"),
        "{t}"
    );
}
