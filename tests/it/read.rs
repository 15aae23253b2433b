//! Reading from an anonymous registry: manifests, configs, inspect, blobs, tags, catalog,
//! platform selection, and skopeo as the oracle for what was pushed.

use std::process::Command;

use crate::support::cmd::Env;
use crate::support::fixtures::{self, Compression};
use crate::support::registry::Registry;
use crate::support::{have_tools, run_ok, sha256_hex};

struct Setup {
    reg: Registry,
    env: Env,
    multi: fixtures::Fixture,
    list: fixtures::Fixture,
    single: fixtures::Fixture,
}

fn setup() -> Option<Setup> {
    if !have_tools() {
        return None;
    }
    let reg = Registry::anonymous();
    let client = fixtures::client(&reg.host, None);
    let multi = fixtures::multi_arch(1, false);
    multi.push(&client, &format!("{}/multi", reg.host), "v1");
    let list = fixtures::multi_arch(2, true);
    list.push(&client, &format!("{}/dlist", reg.host), "v1");
    let single = fixtures::single(3, Compression::Gzip);
    single.push(&client, &format!("{}/single", reg.host), "v1");
    Some(Setup {
        reg,
        env: Env::new(),
        multi,
        list,
        single,
    })
}

#[test]
fn manifest_get_of_an_index_shows_platforms_and_raw_bytes_hash_to_the_digest() {
    let Some(s) = setup() else { return };
    let r = format!("{}/multi:v1", s.reg.host);
    let raw = s.env.run(&["manifest", "get", &r, "--format", "raw"]).ok();
    assert_eq!(
        raw.stdout, s.multi.top.data,
        "raw output must be the exact bytes pushed"
    );
    assert_eq!(
        format!("sha256:{}", sha256_hex(&raw.stdout)),
        s.multi.top.digest
    );

    let text = s.env.run(&["manifest", "get", &r]).ok().text();
    assert!(text.contains(&s.multi.top.digest), "{text}");
    for p in [
        "linux/amd64",
        "linux/arm64/v8",
        "linux/arm/v7",
        "(attestation)",
    ] {
        assert!(text.contains(p), "missing {p} in:\n{text}");
    }

    let j = s.env.json(&["manifest", "get", &r]);
    assert_eq!(j["digest"], s.multi.top.digest);
    assert_eq!(j["mediaType"], fixtures::OCI_INDEX);
    assert_eq!(j["size"], s.multi.top.data.len());
    assert_eq!(j["manifest"]["manifests"].as_array().unwrap().len(), 4);

    let t = s
        .env
        .run(&[
            "manifest",
            "get",
            &r,
            "--format",
            "{{ .mediaType }} {{ size }}",
        ])
        .ok()
        .text();
    assert_eq!(
        t.trim(),
        format!("{} {}", fixtures::OCI_INDEX, s.multi.top.data.len())
    );
}

#[test]
fn platform_selection_resolves_children_and_lists_what_exists() {
    let Some(s) = setup() else { return };
    let r = format!("{}/multi:v1", s.reg.host);
    for (plat, idx) in [
        ("linux/arm64", 1),
        ("linux/aarch64", 1),
        ("linux/arm64/v8", 1),
        ("linux/arm", 2),
        ("linux/amd64", 0),
        ("linux/x86_64", 0),
    ] {
        let out = s
            .env
            .run(&["manifest", "get", &r, "--platform", plat, "--format", "raw"])
            .ok();
        assert_eq!(
            out.stdout, s.multi.images[idx].manifest.data,
            "platform {plat}"
        );
    }
    let miss = s
        .env
        .run(&["manifest", "get", &r, "--platform", "linux/s390x"])
        .code(3);
    miss.says("linux/s390x");
    assert!(
        miss.stderr
            .contains("linux/amd64, linux/arm64/v8, linux/arm/v7"),
        "hint must list platforms: {}",
        miss.stderr
    );
    assert!(
        !miss.stderr.contains("unknown/unknown"),
        "attestations are not platforms: {}",
        miss.stderr
    );
    let bad = s
        .env
        .run(&["manifest", "get", &r, "--platform", "linux"])
        .code(2);
    bad.says("invalid platform");
}

#[test]
fn docker_manifest_list_is_served_as_a_list_not_schema1() {
    let Some(s) = setup() else { return };
    let r = format!("{}/dlist:v1", s.reg.host);
    let j = s.env.json(&["manifest", "get", &r]);
    assert_eq!(j["mediaType"], fixtures::DOCKER_LIST);
    assert_eq!(j["digest"], s.list.top.digest);
    let child = s
        .env
        .json(&["manifest", "get", &r, "--platform", "linux/arm/v7"]);
    assert_eq!(child["mediaType"], fixtures::DOCKER_MANIFEST);
    assert_eq!(child["digest"], s.list.images[2].manifest.digest);
}

#[test]
fn manifest_head_prints_the_digest_and_json_descriptor() {
    let Some(s) = setup() else { return };
    let r = format!("{}/single:v1", s.reg.host);
    let out = s.env.run(&["manifest", "head", &r]).ok().text();
    assert_eq!(out.trim(), s.single.top.digest);
    let j = s.env.json(&["manifest", "head", &r]);
    assert_eq!(j["digest"], s.single.top.digest);
    assert_eq!(j["size"], s.single.top.data.len());
    assert_eq!(j["mediaType"], fixtures::OCI_MANIFEST);
}

#[test]
fn unknown_tag_and_repository_exit_3_with_a_hint() {
    let Some(s) = setup() else { return };
    let out = s
        .env
        .run(&["manifest", "get", &format!("{}/single:nope", s.reg.host)])
        .code(3);
    out.says("not found");
    out.says("hoist tag ls");
    let out = s
        .env
        .run(&[
            "manifest",
            "head",
            &format!("{}/missing/repo:v1", s.reg.host),
        ])
        .code(3);
    out.says("hint:");
}

#[test]
fn config_get_and_image_inspect_show_the_config_with_diff_ids() {
    let Some(s) = setup() else { return };
    let r = format!("{}/multi:v1", s.reg.host);
    let arm = &s.multi.images[1];
    let raw = s
        .env
        .run(&[
            "config",
            "get",
            &r,
            "--platform",
            "linux/arm64",
            "--format",
            "raw",
        ])
        .ok();
    assert_eq!(raw.stdout, arm.config.data);
    let text = s
        .env
        .run(&["config", "fetch", &r, "--platform", "linux/arm64"])
        .ok()
        .text();
    assert!(
        text.contains("linux/arm64/v8") && text.contains("HOIST_SEED=101"),
        "{text}"
    );
    assert!(text.contains(&arm.diff_ids[1]), "{text}");

    let j = s
        .env
        .json(&["image", "inspect", &r, "--platform", "linux/arm64"]);
    assert_eq!(j["digest"], arm.manifest.digest);
    assert_eq!(j["indexDigest"], s.multi.top.digest);
    assert_eq!(j["platform"], "linux/arm64/v8");
    assert_eq!(j["layers"][0]["digest"], arm.layers[0].digest);
    assert_eq!(j["layers"][0]["diffId"], arm.diff_ids[0]);
    assert_eq!(j["layers"][1]["size"], arm.layers[1].data.len());
    assert_eq!(j["labels"]["org.opencontainers.image.title"], "fixture-101");
    assert_eq!(j["entrypoint"][0], "/bin/app");

    // Compare with skopeo's view of the same image.
    let sk = run_ok(Command::new("skopeo").args([
        "inspect",
        "--tls-verify=false",
        "--override-arch",
        "arm64",
        "--override-variant",
        "v8",
        &format!("docker://{r}"),
    ]));
    let sk: serde_json::Value = serde_json::from_str(&sk).unwrap();
    // skopeo reports the digest of what the tag points at (the index).
    assert_eq!(sk["Digest"], j["indexDigest"]);
    assert_eq!(sk["Layers"][0], j["layers"][0]["digest"]);
    assert_eq!(
        sk["Created"].as_str().unwrap()[..19],
        j["created"].as_str().unwrap()[..19]
    );
}

#[test]
fn blob_get_verifies_and_writes_only_the_verified_file() {
    let Some(s) = setup() else { return };
    let layer = &s.single.images[0].layers[0];
    let r = format!("{}/single@{}", s.reg.host, layer.digest);
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("layer.tgz");
    s.env
        .run(&["blob", "get", &r, "-o", dest.to_str().unwrap()])
        .ok();
    assert_eq!(std::fs::read(&dest).unwrap(), layer.data);
    let out = s.env.run(&["blob", "get", &r]).ok();
    assert_eq!(out.stdout, layer.data);
    let head = s.env.json(&["blob", "head", &r]);
    assert_eq!(head["size"], layer.data.len());
    let missing = format!("{}/single@sha256:{}", s.reg.host, "0".repeat(64));
    let out = s
        .env
        .run(&[
            "blob",
            "get",
            &missing,
            "-o",
            dir.path().join("x").to_str().unwrap(),
        ])
        .code(3);
    out.says("not found");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        1,
        "only the verified file may remain: {leftovers:?}"
    );
    let out = s
        .env
        .run(&["blob", "get", &format!("{}/single:v1", s.reg.host)])
        .code(2);
    out.says("digest");
}

#[test]
fn tag_ls_sorts_filters_and_repo_ls_lists_the_catalog() {
    let Some(s) = setup() else { return };
    let client = fixtures::client(&s.reg.host, None);
    let repo = format!("{}/single", s.reg.host);
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let r = hoist::reference::Reference::parse(&repo).unwrap();
        let m = hoist::manifest::Manifest::from_bytes(
            bytes::Bytes::from(s.single.top.data.clone()),
            Some(fixtures::OCI_MANIFEST),
        )
        .unwrap();
        for t in ["v2", "v10", "a-rc1", "latest"] {
            client.put_manifest(&r, t, &m).await.unwrap();
        }
    });
    let tags = s.env.run(&["tag", "ls", &repo]).ok().text();
    assert_eq!(
        tags.lines().collect::<Vec<_>>(),
        vec!["a-rc1", "latest", "v1", "v10", "v2"]
    );
    let tags = s
        .env
        .run(&["tag", "ls", &repo, "--include", "^v", "--exclude", "0$"])
        .ok()
        .text();
    assert_eq!(tags.lines().collect::<Vec<_>>(), vec!["v1", "v2"]);
    let j = s.env.json(&["tag", "ls", &repo]);
    assert_eq!(j["tags"].as_array().unwrap().len(), 5);
    let bad = s.env.run(&["tag", "ls", &repo, "--include", "("]).code(2);
    bad.says("--include");

    let repos = s.env.run(&["repo", "ls", &s.reg.host]).ok().text();
    assert_eq!(
        repos.lines().collect::<Vec<_>>(),
        vec!["dlist", "multi", "single"]
    );
}

#[test]
fn what_skopeo_pushes_hoist_reads_with_the_same_digests() {
    let Some(s) = setup() else { return };
    let fx = fixtures::single(7, Compression::Zstd);
    let dir = tempfile::tempdir().unwrap();
    fx.write_layout(dir.path(), "z1");
    run_ok(Command::new("skopeo").args([
        "copy",
        "--preserve-digests",
        "--dest-tls-verify=false",
        &format!("oci:{}:z1", dir.path().display()),
        &format!("docker://{}/zstd:z1", s.reg.host),
    ]));
    let j = s
        .env
        .json(&["image", "inspect", &format!("{}/zstd:z1", s.reg.host)]);
    assert_eq!(j["digest"], fx.top.digest);
    assert_eq!(
        j["layers"][0]["mediaType"],
        "application/vnd.oci.image.layer.v1.tar+zstd"
    );
    assert_eq!(j["layers"][0]["diffId"], fx.images[0].diff_ids[0]);
    let sk = run_ok(Command::new("skopeo").args([
        "inspect",
        "--raw",
        "--tls-verify=false",
        &format!("docker://{}/zstd:z1", s.reg.host),
    ]));
    let out = s
        .env
        .run(&[
            "manifest",
            "get",
            &format!("{}/zstd:z1", s.reg.host),
            "--format",
            "raw",
        ])
        .ok();
    assert_eq!(out.stdout, sk.as_bytes());
}

#[test]
fn manifest_put_and_delete_round_trip() {
    let Some(s) = setup() else { return };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("m.json");
    std::fs::write(&file, &s.single.top.data).unwrap();
    let dst = format!("{}/single:copied", s.reg.host);
    let out = s
        .env
        .run(&["manifest", "put", &dst, file.to_str().unwrap()])
        .ok()
        .text();
    assert_eq!(out.trim(), s.single.top.digest);
    let got = s
        .env
        .run(&["manifest", "get", &dst, "--format", "raw"])
        .ok();
    assert_eq!(got.stdout, s.single.top.data);
    // From stdin, by digest, pushes untagged.
    let by_digest = format!("{}/single@{}", s.reg.host, s.single.top.digest);
    s.env
        .run_stdin(
            &["manifest", "put", &by_digest, "-"],
            Some(&s.single.top.data),
        )
        .ok();
    // A digest that does not match the bytes is refused before anything is sent.
    let wrong = format!("{}/single@sha256:{}", s.reg.host, "1".repeat(64));
    s.env
        .run_stdin(&["manifest", "put", &wrong], Some(&s.single.top.data))
        .code(5);
    let bad = s
        .env
        .run_stdin(&["manifest", "put", &dst], Some(b"{not json"))
        .code(5);
    bad.says("malformed");

    let out = s.env.run(&["manifest", "delete", &dst]).ok();
    out.says("every tag pointing at it");
    s.env.run(&["manifest", "get", &dst]).code(3);
}
