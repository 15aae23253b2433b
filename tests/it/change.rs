//! Images changed where they live: `image compose`, `mod`, `squash`, `rebase`, `index` and
//! `blob put|delete`, against the real registry, with buildah's images as inputs and podman,
//! skopeo and umoci reading the results.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::interop::{
    assert_same_tree, buildah, built, containers_tool, interop_tools, umoci_rootfs,
};
use crate::support::cmd::Env;
use crate::support::fixtures;
use crate::support::proxy::Proxy;
use crate::support::registry::{ALICE, Registry};
use crate::support::{have_tools, run_ok, sha256_hex, skopeo_digest};

/// Pushes a buildah image (from the interop build) to `dst` on a test registry.
fn push_built(image: &str, dst: &str) {
    buildah(&[
        "push",
        "-q",
        "--tls-verify=false",
        image,
        &format!("docker://{dst}"),
    ]);
}

/// The config of `r`, as hoist reads it.
fn config(env: &Env, r: &str) -> Value {
    env.json(&["config", "get", r])["config"].clone()
}

/// `podman image inspect` of `r` after pulling it into `store`.
fn podman_inspect(store: &Path, r: &str) -> Value {
    let podman = |args: &[&str]| containers_tool("podman", store, args);
    podman(&["pull", "-q", "--tls-verify=false", r]);
    let v: Value = serde_json::from_str(&podman(&["image", "inspect", r])).unwrap();
    v[0].clone()
}

/// How many layers `r` has.
fn layer_count(env: &Env, r: &str) -> usize {
    env.json(&["layer", "ls", r]).as_array().unwrap().len()
}

/// History entries that are not `empty_layer`.
fn layer_history(cfg: &Value) -> usize {
    cfg["history"]
        .as_array()
        .map(|h| {
            h.iter()
                .filter(|e| !e["empty_layer"].as_bool().unwrap_or(false))
                .count()
        })
        .unwrap_or(0)
}

#[test]
fn compose_on_one_registry_mounts_every_layer_and_podman_sees_the_edits() {
    if !interop_tools() {
        return;
    }
    let reg = Registry::anonymous();
    let proxy = Proxy::start(&reg.host);
    let env = Env::new();
    push_built("rich:2", &format!("{}/base/rich:1", reg.host));
    push_built("layer-php:1", &format!("{}/layers/php:8.2", reg.host));
    push_built("layer-node:1", &format!("{}/layers/node:20", reg.host));
    let p = &proxy.host;
    let spec = env.home.path().join("app.toml");
    std::fs::write(
        &spec,
        format!(
            "base = \"{p}/base/rich:1\"\nlayers = [\"{p}/layers/php:8.2\", \"{p}/layers/node:20\"]\n\
             [config]\nenv = [\"APP_ENV=prod\"]\ncmd = [\"php-fpm\"]\n\
             labels = {{ \"org.opencontainers.image.title\" = \"app\" }}\n"
        ),
    )
    .unwrap();
    let app = format!("{p}/app/web:1");
    let out = env
        .run(&[
            "image",
            "compose",
            &app,
            "--spec",
            spec.to_str().unwrap(),
            "--user",
            "1000:1000",
        ])
        .ok();
    let digest = out.text().trim().to_string();
    // No layer moved: every layer was mounted, the one upload is the config, nothing was
    // PATCHed; no layer was downloaded to build the manifest.
    let base_layers = 2;
    assert_eq!(
        proxy.count("POST", "mount="),
        base_layers + 2,
        "{:?}",
        proxy.requests()
    );
    assert_eq!(proxy.count("PATCH", "/blobs/uploads/"), 0);
    assert_eq!(proxy.count("PUT", "/blobs/uploads/"), 1);
    let blob_gets = proxy.count("GET", "/blobs/");
    assert_eq!(blob_gets, 3, "only the three configs are read");
    assert!(proxy.requests().len() <= 15, "{:?}", proxy.requests());
    env.run(&["digest", "verify", &app]).ok();
    assert_eq!(skopeo_digest(&app), digest);
    // The same inputs give the same digest; a dry run prints the documents and pushes nothing.
    let again = env
        .run(&[
            "image",
            "compose",
            &format!("{p}/app/web:2"),
            "--spec",
            spec.to_str().unwrap(),
            "--user",
            "1000:1000",
        ])
        .ok();
    assert_eq!(again.text().trim(), digest);
    let dry = env
        .run(&[
            "image",
            "compose",
            &format!("{p}/app/web:3"),
            "--spec",
            spec.to_str().unwrap(),
            "--user",
            "1000:1000",
            "--dry-run",
        ])
        .ok();
    assert!(
        dry.text().contains(&format!("# manifest {digest}")),
        "{}",
        dry.text()
    );
    env.run(&["manifest", "head", &format!("{p}/app/web:3")])
        .code(3);
    // The files are the base's plus each layer image's.
    let files = env.run(&["image", "files", &app]).ok().text();
    for f in ["/usr/bin/tool", "/opt/php/bin/php", "/opt/node/bin/node"] {
        assert!(files.contains(f), "{f} missing:\n{files}");
    }
    let cfg = config(&env, &app);
    assert_eq!(layer_history(&cfg), base_layers + 2);
    // podman pulls it and sees the edits.
    let work = tempfile::tempdir().unwrap();
    let direct = format!("{}/app/web:1", reg.host);
    let i = podman_inspect(&work.path().join("podman"), &direct);
    assert_eq!(i["Digest"], digest);
    let env_list: Vec<&str> = i["Config"]["Env"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(
        env_list.contains(&"APP_ENV=prod") && env_list.contains(&"A=1"),
        "{env_list:?}"
    );
    assert_eq!(i["Config"]["Cmd"], serde_json::json!(["php-fpm"]));
    assert_eq!(i["Config"]["User"], "1000:1000");
    assert_eq!(
        i["Config"]["Labels"]["org.opencontainers.image.title"],
        "app"
    );
    assert_eq!(
        i["RootFS"]["Layers"].as_array().unwrap().len(),
        base_layers + 2
    );
}

#[test]
fn compose_into_a_layout_copies_blobs_and_a_missing_platform_is_named() {
    if !have_tools() {
        return;
    }
    let reg = Registry::anonymous();
    let env = Env::new();
    let base = fixtures::multi_arch(61, false).push_to(&reg, "base/multi", "1", None);
    let amd =
        fixtures::single(62, fixtures::Compression::Gzip).push_to(&reg, "layers/one", "1", None);
    // The layer image is one platform (amd64) in an index of its own.
    let layer_index = format!("{}/layers/one:idx", reg.host);
    env.run(&["index", "create", &layer_index, &amd]).ok();
    let out = env.run(&[
        "image",
        "compose",
        &format!("{}/app/c:1", reg.host),
        "--base",
        &base,
        "--add",
        &layer_index,
    ]);
    out.code(3)
        .says("platform `linux/arm64/v8` not found in")
        .says("`--platform` narrows the set");
    // Narrowed, into a layout: an index of one, its blobs copied from the registry.
    let dir = tempfile::tempdir().unwrap();
    let dst = format!("ocidir://{}:app", dir.path().join("out").display());
    let j = env.json(&[
        "image",
        "compose",
        &dst,
        "--base",
        &base,
        "--add",
        &layer_index,
        "--platform",
        "linux/amd64",
    ]);
    assert_eq!(j["mediaType"], "application/vnd.oci.image.index.v1+json");
    assert_eq!(j["images"].as_array().unwrap().len(), 1);
    assert_eq!(j["images"][0]["platform"], "linux/amd64");
    env.run(&["digest", "verify", &dst, "--platform", "all"])
        .ok();
    let layers = env.json(&["layer", "ls", &dst, "--platform", "linux/amd64"]);
    assert_eq!(layers.as_array().unwrap().len(), 4);
    let skopeo = run_ok(Command::new("skopeo").args([
        "inspect",
        &format!("oci:{}:app", dir.path().join("out").display()),
    ]));
    assert!(skopeo.contains("\"Architecture\": \"amd64\""), "{skopeo}");
}

#[test]
fn squash_unpacks_like_the_original_extracts() {
    if !interop_tools() {
        return;
    }
    let env = Env::new();
    let reg = Registry::anonymous();
    let w = built();
    let app = format!("{}/app/app:1", reg.host);
    push_built("app:1", &app);
    let work = tempfile::tempdir().unwrap();
    let sources = [
        ("umoci", format!("ocidir://{}:2", w.join("umoci").display())),
        ("rich", format!("ocidir://{}:2", w.join("gz").display())),
        ("app", app.clone()),
    ];
    for (name, src) in &sources {
        let orig = work.path().join(format!("{name}-orig"));
        env.run(&["layer", "pull", src, "--extract", orig.to_str().unwrap()])
            .ok();
        let n_layers = layer_count(&env, src);
        for keep in [0usize, 1] {
            let dst = format!(
                "ocidir://{}:sq",
                work.path().join(format!("{name}-{keep}")).display()
            );
            let out = env
                .run(&["image", "squash", src, &dst, "--keep", &keep.to_string()])
                .ok();
            out.says("a change to one file costs users a download of");
            env.run(&["digest", "verify", &dst]).ok();
            let after = layer_count(&env, &dst);
            assert_eq!(after, keep + 1, "{name} keep {keep}");
            let cfg = config(&env, &dst);
            assert_eq!(
                layer_history(&cfg),
                keep + 1,
                "{name}: one history entry per layer"
            );
            let unpacked = umoci_rootfs(&dst, &work.path().join(format!("u-{name}-{keep}")));
            assert_same_tree(
                &orig,
                &unpacked,
                &format!("{name} squashed above {keep} of {n_layers}"),
            );
        }
    }
    // Into the registry, and podman pulls it.
    let sq = format!("{}/app/app:squashed", reg.host);
    env.run(&["image", "squash", &app, &sq]).ok();
    let i = podman_inspect(&work.path().join("podman"), &sq);
    assert_eq!(i["RootFS"]["Layers"].as_array().unwrap().len(), 1);
    assert_eq!(i["Digest"], skopeo_digest(&sq));
}

#[test]
fn rebase_onto_a_new_base_built_with_buildah() {
    if !interop_tools() {
        return;
    }
    let env = Env::new();
    let reg = Registry::anonymous();
    let (old, new, app) = (
        format!("{}/base/rich:1", reg.host),
        format!("{}/base/new:1", reg.host),
        format!("{}/app/app:1", reg.host),
    );
    push_built("rich:2", &old);
    push_built("newbase:1", &new);
    push_built("app:1", &app);
    let rebased = format!("{}/app/app:rebased", reg.host);
    env.run(&[
        "image",
        "rebase",
        &app,
        "--old-base",
        &old,
        "--new-base",
        &new,
        &rebased,
    ])
    .ok();
    env.run(&["digest", "verify", &rebased]).ok();
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("root");
    env.run(&[
        "layer",
        "pull",
        &rebased,
        "--extract",
        root.to_str().unwrap(),
    ])
    .ok();
    assert_eq!(
        std::fs::read_to_string(root.join("etc/os-release")).unwrap(),
        "NAME=newbase\n"
    );
    assert_eq!(
        std::fs::read_to_string(root.join("app/app.txt")).unwrap(),
        "app\n"
    );
    assert!(
        !root.join("usr/bin/tool").exists(),
        "the old base's files are gone"
    );
    let cfg = config(&env, &rebased);
    let new_cfg = config(&env, &new);
    assert_eq!(
        cfg["rootfs"]["diff_ids"][0],
        new_cfg["rootfs"]["diff_ids"][0]
    );
    assert_eq!(layer_history(&cfg), 2);
    assert!(
        cfg["config"]["Env"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e == "APP=1")
    );
    let i = podman_inspect(&work.path().join("podman"), &rebased);
    assert_eq!(i["RootFS"]["Layers"].as_array().unwrap().len(), 2);
    // Not built on that base: exit 5, naming the first layer that differs.
    env.run(&[
        "image",
        "rebase",
        &app,
        "--old-base",
        &new,
        "--new-base",
        &old,
        &format!("{}/app/app:bad", reg.host),
    ])
    .code(5)
    .says("layer 1 of");
}

#[test]
fn mod_of_a_three_platform_index_changes_every_child_in_order() {
    if !have_tools() {
        return;
    }
    let env = Env::new();
    let reg = Registry::anonymous();
    let src = fixtures::multi_arch(71, false).push_to(&reg, "multi/app", "1", None);
    let before = env.json(&["manifest", "get", &src]);
    let dst = format!("{}/multi/app:2", reg.host);
    let j = env.json(&[
        "image",
        "mod",
        &src,
        &dst,
        "--env",
        "X=1",
        "--annotation",
        "a=b",
        "--annotation-index",
        "i=j",
    ]);
    assert_eq!(j["images"].as_array().unwrap().len(), 3);
    let after = env.json(&["manifest", "get", &dst]);
    let plats = |m: &Value| -> Vec<Value> {
        m["manifest"]["manifests"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["platform"].clone())
            .collect()
    };
    let want: Vec<Value> = plats(&before).into_iter().take(3).collect();
    assert_eq!(
        plats(&after),
        want,
        "the platforms keep their order; the attestation of a changed image goes"
    );
    assert_eq!(after["manifest"]["annotations"]["i"], "j");
    for p in ["linux/amd64", "linux/arm64/v8", "linux/arm/v7"] {
        let cfg = env.json(&["config", "get", &dst, "--platform", p])["config"].clone();
        assert!(
            cfg["config"]["Env"]
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e == "X=1"),
            "{p}"
        );
        let m = env.json(&["manifest", "get", &dst, "--platform", p]);
        assert_eq!(m["manifest"]["annotations"]["a"], "b", "{p}");
    }
    env.run(&["digest", "verify", &dst, "--platform", "all"])
        .ok();
    assert_eq!(skopeo_digest(&dst), j["digest"]);
    // One platform picked: only its child changes.
    let one = format!("{}/multi/app:3", reg.host);
    env.run(&[
        "image",
        "mod",
        &src,
        &one,
        "--label",
        "only=arm64",
        "--platform",
        "linux/arm64",
    ])
    .ok();
    let m = env.json(&["manifest", "get", &one]);
    let digests = |m: &Value| -> Vec<String> {
        m["manifest"]["manifests"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["digest"].as_str().unwrap().to_string())
            .collect()
    };
    let (b, a) = (digests(&before), digests(&m));
    // The attestation describes the amd64 image, which did not change: it stays.
    assert_eq!(a.len(), 4);
    assert_eq!(
        (a[0] == b[0], a[1] == b[1], a[2] == b[2], a[3] == b[3]),
        (true, false, true, true)
    );
    let platforms_of = |j: &Value| -> Vec<String> {
        j["images"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["platform"].as_str().unwrap().to_string())
            .collect()
    };
    // Index entries removed and added.
    let rm = env.json(&["index", "rm", &one, "--platform", "linux/arm/v7"]);
    assert_eq!(
        platforms_of(&rm),
        ["linux/amd64", "linux/arm64/v8", "unknown/unknown"]
    );
    let arm7 = format!("{}/multi/app@{}", reg.host, b[2]);
    let added = env.json(&["index", "add", &one, &arm7]);
    assert_eq!(
        platforms_of(&added),
        [
            "linux/amd64",
            "linux/arm64/v8",
            "unknown/unknown",
            "linux/arm/v7"
        ]
    );
    env.run(&["index", "rm", &one, "--platform", "windows/amd64"])
        .code(3)
        .says("the index has:");
    // An index made of single images reads each platform from its config.
    let singles: Vec<String> = ["linux/amd64", "linux/arm64/v8", "linux/arm/v7"]
        .iter()
        .map(|p| {
            format!(
                "{}/multi/app@{}",
                reg.host,
                b[["linux/amd64", "linux/arm64/v8", "linux/arm/v7"]
                    .iter()
                    .position(|x| x == p)
                    .unwrap()]
            )
        })
        .collect();
    let made = format!("{}/multi/made:1", reg.host);
    let mut args = vec!["index", "create", made.as_str()];
    args.extend(singles.iter().map(String::as_str));
    env.run(&args).ok();
    let made_m = env.json(&["manifest", "get", &made]);
    assert_eq!(plats(&made_m), want);
    assert_eq!(digests(&made_m), b[..3].to_vec());
}

#[test]
fn mod_removes_and_adds_layers_with_history_and_fixed_digests() {
    if !have_tools() {
        return;
    }
    let env = Env::new();
    let reg = Registry::anonymous();
    let src = fixtures::single(81, fixtures::Compression::Gzip).push_to(&reg, "app/one", "1", None);
    let r = |t: &str| format!("{}/app/one:{t}", reg.host);
    // Layer 1 removed: the empty history entry recorded before layer 2 stays.
    env.run(&["image", "mod", &src, &r("rm1"), "--layer-rm", "1"])
        .ok();
    let cfg = config(&env, &r("rm1"));
    assert_eq!(cfg["rootfs"]["diff_ids"].as_array().unwrap().len(), 1);
    assert_eq!(layer_history(&cfg), 1);
    assert_eq!(cfg["history"].as_array().unwrap().len(), 2);
    env.run(&[
        "image",
        "mod",
        &src,
        &r("rm2"),
        "--layer-rm-created-by",
        "layer-1",
    ])
    .ok();
    assert_eq!(
        config(&env, &r("rm2"))["history"][0]["created_by"],
        "ADD layer-0 /srv"
    );
    env.run(&["image", "mod", &src, &r("same")])
        .code(2)
        .says("nothing to change");
    env.run(&["image", "mod", &src, &r("bad"), "--layer-rm", "9"])
        .code(2)
        .says("has layers 1 to 2");
    env.run(&[
        "image",
        "mod",
        &src,
        &format!("{}/app/one@sha256:{}", reg.host, "0".repeat(64)),
        "--env",
        "A=1",
    ])
    .code(2);
    // A directory as a layer: the same digest whatever the files' times and owners.
    let dir = tempfile::tempdir().unwrap();
    let conf = dir.path().join("etc/app");
    std::fs::create_dir_all(&conf).unwrap();
    std::fs::write(conf.join("app.conf"), "x=1\n").unwrap();
    std::os::unix::fs::symlink("app.conf", conf.join("link")).unwrap();
    let add = |tag: &str| {
        env.run(&[
            "image",
            "mod",
            &src,
            &r(tag),
            "--layer-add",
            dir.path().to_str().unwrap(),
            "--reproducible",
        ])
        .ok()
        .text()
        .trim()
        .to_string()
    };
    let first = add("dir1");
    run_ok(
        Command::new("touch")
            .args(["-d", "2001-01-01"])
            .arg(conf.join("app.conf")),
    );
    let second = add("dir2");
    assert_eq!(first, second);
    let cfg = config(&env, &r("dir1"));
    assert_eq!(cfg["created"], "1970-01-01T00:00:00Z");
    assert!(
        cfg["history"]
            .as_array()
            .unwrap()
            .iter()
            .all(|h| h["created"] == "1970-01-01T00:00:00Z")
    );
    assert_eq!(layer_history(&cfg), 3);
    env.run(&["digest", "verify", &r("dir1")]).ok();
    let cat = env.run(&["image", "cat", &r("dir1"), "/etc/app/link"]).ok();
    assert_eq!(cat.text(), "x=1\n");
    // A tar file as a layer: a plain tar is gzipped; its diffID is the tar's digest.
    let tar = fixtures::layer_tar(5, 3000);
    let tar_path = dir.path().join("layer.tar");
    std::fs::write(&tar_path, &tar).unwrap();
    let j = env.json(&[
        "image",
        "mod",
        &src,
        &r("tar"),
        "--layer-add",
        tar_path.to_str().unwrap(),
    ]);
    let cfg = config(&env, &r("tar"));
    assert_eq!(
        cfg["rootfs"]["diff_ids"][2],
        format!("sha256:{}", sha256_hex(&tar))
    );
    assert_eq!(j["digest"], skopeo_digest(&r("tar")));
    env.run(&["digest", "verify", &r("tar")]).ok();
    // Not a tar: refused, nothing pushed.
    std::fs::write(dir.path().join("notes.txt"), "not a layer").unwrap();
    let bad = dir.path().join("notes.txt");
    env.run(&[
        "image",
        "mod",
        &src,
        &r("notar"),
        "--layer-add",
        bad.to_str().unwrap(),
    ])
    .code(5);
    env.run(&["manifest", "head", &r("notar")]).code(3);
}

#[test]
fn mod_results_pull_in_podman_with_the_edits() {
    if !interop_tools() {
        return;
    }
    let env = Env::new();
    let reg = Registry::anonymous();
    let src = format!("{}/app/app:1", reg.host);
    push_built("app:1", &src);
    let dst = format!("{}/app/app:prod", reg.host);
    let digest = env
        .run(&[
            "image",
            "mod",
            &src,
            &dst,
            "--env",
            "APP=2",
            "--label",
            "team=web",
            "--user",
            "1000",
            "--cmd",
            "[\"/usr/bin/tool\",\"-v\"]",
            "--workdir",
            "/app",
            "--expose-add",
            "8080",
        ])
        .ok()
        .text()
        .trim()
        .to_string();
    let work = tempfile::tempdir().unwrap();
    let i = podman_inspect(&work.path().join("podman"), &dst);
    assert_eq!(i["Digest"], digest);
    assert_eq!(skopeo_digest(&dst), digest);
    assert!(
        i["Config"]["Env"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e == "APP=2")
    );
    assert!(
        !i["Config"]["Env"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e == "APP=1")
    );
    assert_eq!(i["Config"]["Labels"]["team"], "web");
    assert_eq!(i["Config"]["User"], "1000");
    assert_eq!(
        i["Config"]["Cmd"],
        serde_json::json!(["/usr/bin/tool", "-v"])
    );
    assert_eq!(i["Config"]["WorkingDir"], "/app");
    assert!(i["Config"]["ExposedPorts"]["8080/tcp"].is_object());
}

#[test]
fn blob_put_and_delete_on_a_registry_and_a_layout() {
    if !have_tools() {
        return;
    }
    let env = Env::new();
    let reg = Registry::basic();
    let creds = format!("{}:{}", ALICE.0, ALICE.1);
    let data: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
    let want = format!("sha256:{}", sha256_hex(&data));
    let repo = format!("{}/blobs/x", reg.host);
    let out = env
        .run_stdin(&["blob", "put", &repo, "-", "--creds", &creds], Some(&data))
        .ok();
    assert_eq!(out.text().trim(), want);
    let got = env
        .run(&["blob", "get", &format!("{repo}@{want}"), "--creds", &creds])
        .ok();
    assert_eq!(got.stdout, data);
    env.run(&[
        "blob",
        "delete",
        &format!("{repo}@{want}"),
        "--creds",
        &creds,
    ])
    .ok();
    env.run(&["blob", "head", &format!("{repo}@{want}"), "--creds", &creds])
        .code(3);
    env.run(&[
        "blob",
        "delete",
        &format!("{repo}@{want}"),
        "--creds",
        &creds,
    ])
    .code(3);
    // A layout, from a file.
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("data.bin");
    std::fs::write(&f, &data).unwrap();
    let lay = format!("ocidir://{}", dir.path().join("lay").display());
    let j = env.json(&["blob", "put", &lay, f.to_str().unwrap()]);
    assert_eq!(j["digest"], want);
    assert_eq!(j["size"], data.len());
    assert_eq!(
        std::fs::read(dir.path().join("lay/blobs/sha256").join(&want[7..])).unwrap(),
        data
    );
    env.run(&["blob", "put", &format!("{lay}@{want}"), f.to_str().unwrap()])
        .code(2);
}

/// A Docker image with one layer (a Docker v2 manifest, Docker layer types).
fn docker_image(seed: u64) -> fixtures::Fixture {
    let img = fixtures::image(seed, "linux/amd64", fixtures::Compression::Gzip, true);
    fixtures::Fixture {
        top: img.manifest.clone(),
        images: vec![img],
        others: vec![],
    }
}

#[test]
fn compose_keeps_a_docker_base_docker_unless_a_layer_has_no_docker_type() {
    if !have_tools() {
        return;
    }
    let env = Env::new();
    let reg = Registry::anonymous();
    let base = docker_image(91).push_to(&reg, "base/docker", "1", None);
    let gz =
        fixtures::single(92, fixtures::Compression::Gzip).push_to(&reg, "layers/gz", "1", None);
    let zst =
        fixtures::single(93, fixtures::Compression::Zstd).push_to(&reg, "layers/zstd", "1", None);
    // An OCI gzip layer on a Docker base: the same bytes under the Docker type.
    let a = format!("{}/app/mixed:gz", reg.host);
    env.run(&["image", "compose", &a, "--base", &base, "--add", &gz])
        .ok();
    let m = env.json(&["manifest", "get", &a]);
    assert_eq!(
        m["mediaType"],
        "application/vnd.docker.distribution.manifest.v2+json"
    );
    for l in m["manifest"]["layers"].as_array().unwrap() {
        assert_eq!(
            l["mediaType"],
            "application/vnd.docker.image.rootfs.diff.tar.gzip"
        );
    }
    // zstd has no Docker type: the image becomes an OCI image.
    let b = format!("{}/app/mixed:zstd", reg.host);
    env.run(&["image", "compose", &b, "--base", &base, "--add", &zst])
        .ok();
    let m = env.json(&["manifest", "get", &b]);
    assert_eq!(m["mediaType"], "application/vnd.oci.image.manifest.v1+json");
    assert_eq!(
        m["manifest"]["config"]["mediaType"],
        "application/vnd.oci.image.config.v1+json"
    );
    for r in [&a, &b] {
        env.run(&["digest", "verify", r]).ok();
        assert_eq!(
            skopeo_digest(r),
            env.json(&["manifest", "get", r])["digest"]
        );
    }
    // A spec with a field hoist does not know is refused before anything is read.
    let spec = env.home.path().join("bad.toml");
    std::fs::write(&spec, "base = \"x\"\nlayer = [\"y\"]\n").unwrap();
    env.run(&["image", "compose", &a, "--spec", spec.to_str().unwrap()])
        .code(2)
        .says("is not a compose spec");
    env.run(&["image", "compose", &a])
        .code(2)
        .says("no base image");
}

#[test]
fn mod_appends_an_images_layers_and_squash_keeps_a_base() {
    if !have_tools() {
        return;
    }
    let env = Env::new();
    let reg = Registry::anonymous();
    let base =
        fixtures::single(101, fixtures::Compression::Gzip).push_to(&reg, "base/b", "1", None);
    let extra =
        fixtures::single(102, fixtures::Compression::Gzip).push_to(&reg, "layers/x", "1", None);
    let app = format!("{}/app/a:1", reg.host);
    env.run(&["image", "mod", &base, &app, "--layer-add", &extra])
        .ok();
    let cfg = config(&env, &app);
    let base_cfg = config(&env, &base);
    let extra_cfg = config(&env, &extra);
    let ids = cfg["rootfs"]["diff_ids"].as_array().unwrap();
    assert_eq!(ids.len(), 4);
    assert_eq!(
        ids[2..],
        extra_cfg["rootfs"]["diff_ids"].as_array().unwrap()[..]
    );
    assert_eq!(layer_history(&cfg), 4);
    // Squashing above the base keeps the base's two layers as they are.
    let sq = format!("{}/app/a:sq", reg.host);
    let j = env.json(&["image", "squash", &app, &sq, "--base", &base]);
    assert_eq!(j["squash"][0]["layersBefore"], 4);
    assert_eq!(j["squash"][0]["layersAfter"], 3);
    let sq_cfg = config(&env, &sq);
    assert_eq!(
        sq_cfg["rootfs"]["diff_ids"].as_array().unwrap()[..2],
        base_cfg["rootfs"]["diff_ids"].as_array().unwrap()[..]
    );
    env.run(&["digest", "verify", &sq]).ok();
    let listed = |r: &str| {
        let mut v: Vec<(String, String)> = env
            .json(&["image", "files", r])
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["path"].as_str().unwrap().to_string(),
                    f["digest"].to_string(),
                )
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(listed(&sq), listed(&app));
    // A base the image was not built on: exit 5.
    env.run(&[
        "image",
        "squash",
        &app,
        &format!("{}/app/a:bad", reg.host),
        "--base",
        &extra,
    ])
    .code(5)
    .says("layer 1 of");
}

#[test]
fn an_index_hoist_makes_pulls_in_podman() {
    if !interop_tools() {
        return;
    }
    let env = Env::new();
    let reg = Registry::anonymous();
    let amd = format!("{}/multi/rich:amd64", reg.host);
    let arm = format!("{}/multi/rich:arm64", reg.host);
    push_built("rich:2", &amd);
    push_built("rich-arm64:2", &arm);
    let idx = format!("{}/multi/rich:2", reg.host);
    let j = env.json(&[
        "index",
        "create",
        &idx,
        &amd,
        &arm,
        "--annotation",
        "org.opencontainers.image.version=2",
    ]);
    let plats: Vec<&str> = j["images"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["platform"].as_str().unwrap())
        .collect();
    assert_eq!(plats, ["linux/amd64", "linux/arm64/v8"]);
    assert_eq!(skopeo_digest(&idx), j["digest"]);
    let work = tempfile::tempdir().unwrap();
    let i = podman_inspect(&work.path().join("podman"), &idx);
    assert_eq!(i["Architecture"], "amd64");
    assert_eq!(i["Digest"], j["digest"]);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 40, failure_persistence: None, ..proptest::prelude::ProptestConfig::default() })]

    /// Squashing (above any number of kept layers) and extracting gives the tree extracting
    /// the original gives, for every layer sequence extraction accepts: whiteouts, opaque
    /// directories, replaced types and symlinks of random collisions.
    #[test]
    fn squash_then_extract_equals_extract(
        seqs in proptest::collection::vec(proptest::collection::vec(crate::hostile::arb_benign(), 1..8), 2..5),
        keep_pick in 0usize..4,
    ) {
        use crate::support::tarb::{self, Sandbox};
        let sb = Sandbox::new();
        let target = sb.target();
        proptest::prop_assume!(crate::hostile::apply_all(&target, &seqs).is_ok());
        let keep = keep_pick % seqs.len();
        let fx = fixtures::from_tars(
            130,
            &seqs.iter().map(|l| (tarb::tar(l), fixtures::Compression::Gzip)).collect::<Vec<_>>(),
            None,
        );
        let dir = tempfile::tempdir().unwrap();
        fx.write_layout(&dir.path().join("src"), "v1");
        let src = format!("ocidir://{}:v1", dir.path().join("src").display());
        let dst = format!("ocidir://{}:sq", dir.path().join("dst").display());
        let env = Env::new();
        let out = env.run(&["image", "squash", &src, &dst, "--keep", &keep.to_string()]);
        proptest::prop_assert_eq!(out.code, 0, "{}", out.stderr);
        let root = dir.path().join("root");
        let x = env.run(&["layer", "pull", &dst, "--extract", root.to_str().unwrap()]);
        proptest::prop_assert_eq!(x.code, 0, "{}", x.stderr);
        proptest::prop_assert_eq!(crate::inside::extracted(&root), crate::inside::extracted(&target));
    }
}
