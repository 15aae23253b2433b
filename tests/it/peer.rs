//! Layouts and documents other projects wrote (tests/data/peer: go-containerregistry's and
//! regclient's test data, copied unchanged, see its PROVENANCE.json), read, verified and copied
//! to the real registry, with skopeo as the oracle.

use std::path::{Path, PathBuf};

use crate::support::cmd::Env;
use crate::support::fixtures::{self, Compression};
use crate::support::have_tools;
use crate::support::proxy::Proxy;
use crate::support::registry::Registry;

fn peer(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/peer")
        .join(p)
}

fn tags(env: &Env, layout: &Path) -> Vec<String> {
    env.run(&["tag", "ls", &format!("ocidir://{}", layout.display())])
        .ok()
        .text()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn go_containerregistry_layouts_push_with_each_documents_own_media_type() {
    if !have_tools() {
        return;
    }
    let reg = Registry::anonymous();
    let env = Env::new();
    let layout = peer("ggcr/test_index");
    let all = tags(&env, &layout);
    assert_eq!(all, ["1", "2", "3", "4"]);
    // Tag 4 is an index without a mediaType, listed as a Docker list while its children are
    // OCI manifests: distribution refuses it as a Docker list, and skopeo cannot read the tag.
    let all = &all[..3];
    let mut said = false;
    for t in all {
        let src = format!("ocidir://{}:{t}", layout.display());
        let dst = format!("{}/ggcr:{t}", reg.host);
        let out = env.run(&["copy", &src, &dst, "-v"]).ok();
        let digest = out.text().trim().to_string();
        assert_eq!(
            crate::support::skopeo_digest(&dst),
            digest,
            "{t}: skopeo reads the same bytes"
        );
        let j = env.json(&["manifest", "get", &dst]);
        assert_eq!(j["digest"], digest.as_str());
        // These layouts list Docker manifests as OCI: hoist says so under -v.
        said |= out.stderr.contains("another media type than its own");
        env.run(&["digest", "verify", &dst, "--platform", "all"])
            .ok();
    }
    assert!(said, "-v names the disagreeing media types");
}

#[test]
fn regclient_referrer_loops_copy_subjects_first_and_end() {
    if !have_tools() {
        return;
    }
    let reg = Registry::anonymous();
    let env = Env::new();
    let layout = peer("regclient/testrepo");
    let dir = tempfile::tempdir().unwrap();
    for t in ["child", "loop", "v2"] {
        let src = format!("ocidir://{}:{t}", layout.display());
        let digest = env
            .run(&["copy", &src, &format!("{}/rc:{t}", reg.host), "--referrers"])
            .ok()
            .text();
        assert_eq!(
            crate::support::skopeo_digest(&format!("{}/rc:{t}", reg.host)),
            digest.trim()
        );
        env.run(&[
            "copy",
            &src,
            &format!("ocidir://{}:{t}", dir.path().display()),
            "--referrers",
        ])
        .ok();
    }
    // The loop's referrer is listed under its subject's fallback tag on both destinations,
    // and every manifest that tag lists is there.
    let subject = env
        .run(&["manifest", "head", &format!("{}/rc:child", reg.host)])
        .ok()
        .text();
    let subject = subject.split_whitespace().next().unwrap().to_string();
    let fallback = format!("sha256-{}", subject.trim_start_matches("sha256:"));
    for base in [
        format!("{}/rc", reg.host),
        format!("ocidir://{}", dir.path().display()),
    ] {
        let j = env.json(&["manifest", "get", &format!("{base}:{fallback}")]);
        let listed = j["manifest"]["manifests"].as_array().unwrap();
        assert!(!listed.is_empty(), "{j}");
        for d in listed {
            let at = format!("{base}@{}", d["digest"].as_str().unwrap());
            env.run(&["manifest", "head", &at]).ok();
        }
    }
}

/// A layout with `extra` entries appended to its `index.json` (as JSON text).
fn layout_with_entries(extra: &str) -> tempfile::TempDir {
    let fx = fixtures::single(90, Compression::Gzip);
    let dir = tempfile::tempdir().unwrap();
    fx.write_layout(dir.path(), "good");
    let path = dir.path().join("index.json");
    let mut idx: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let extra: serde_json::Value = serde_json::from_str(extra).unwrap();
    idx["manifests"]
        .as_array_mut()
        .unwrap()
        .extend(extra.as_array().unwrap().iter().cloned());
    std::fs::write(&path, serde_json::to_vec(&idx).unwrap()).unwrap();
    dir
}

#[test]
fn an_index_entry_with_an_unknown_digest_algorithm_spoils_only_itself() {
    // From image-spec's own descriptor tests: a well-formed digest of another algorithm.
    let dir = layout_with_entries(
        r#"[{"mediaType": "application/vnd.oci.image.manifest.v1+json", "size": 7682,
             "digest": "multihash+base58:QmRZxt2b1FVZPNqd8hsiykDL3TdBDeTSPX9Kv46HmX4Gx8",
             "annotations": {"org.opencontainers.image.ref.name": "odd"}}]"#,
    );
    let env = Env::new();
    let base = format!("ocidir://{}", dir.path().display());
    let out = env.run(&["tag", "ls", &base]).ok();
    assert_eq!(out.text(), "good\n");
    out.says("skipping it");
    env.run(&["digest", "verify", &format!("{base}:good")]).ok();
    env.run(&["manifest", "get", &format!("{base}:odd")])
        .code(5)
        .says("the entry for tag `odd`");
    // docker 25 writes `"manifests": null` for an empty layout.
    std::fs::write(
        dir.path().join("index.json"),
        r#"{"schemaVersion":2,"manifests":null}"#,
    )
    .unwrap();
    assert_eq!(env.run(&["tag", "ls", &base]).ok().text(), "");
}

#[test]
fn a_blob_missing_from_a_source_layout_is_exit_3_before_any_upload() {
    if !have_tools() {
        return;
    }
    let fx = fixtures::single(91, Compression::Gzip);
    let dir = tempfile::tempdir().unwrap();
    fx.write_layout(dir.path(), "v1");
    let layer = &fx.images[0].layers[0];
    std::fs::remove_file(
        dir.path()
            .join("blobs/sha256")
            .join(layer.digest.trim_start_matches("sha256:")),
    )
    .unwrap();
    let src = format!("ocidir://{}:v1", dir.path().display());
    let reg = Registry::anonymous();
    let proxy = Proxy::start(&reg.host);
    let env = Env::new();
    env.run(&["copy", &src, &format!("{}/app:v1", proxy.host)])
        .code(3)
        .says(&layer.digest)
        .says("missing from");
    assert_eq!(
        proxy.count("POST", "/blobs/uploads/"),
        0,
        "no upload session opened"
    );
    let dst = tempfile::tempdir().unwrap();
    env.run(&[
        "copy",
        &src,
        &format!("ocidir://{}:v1", dst.path().display()),
    ])
    .code(3)
    .says(&layer.digest);
}

#[test]
fn a_spec_invalid_manifest_is_shown_by_both_views_with_a_warning() {
    // containers/image's ociv1.artifact.json: an empty config digest and `"layers": null`.
    let doc = br#"{
  "schemaVersion": 2,
  "mediaType": "application/vnd.oci.image.manifest.v1+json",
  "config": {
    "mediaType": "application/vnd.oci.custom.artifact.config.v1+json",
    "digest": "",
    "size": 0
  },
  "layers": null
}
"#;
    let hex = crate::support::sha256_hex(doc);
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("blobs/sha256")).unwrap();
    std::fs::write(dir.path().join("blobs/sha256").join(&hex), doc).unwrap();
    std::fs::write(
        dir.path().join("oci-layout"),
        r#"{"imageLayoutVersion":"1.0.0"}"#,
    )
    .unwrap();
    std::fs::write(
        dir.path().join("index.json"),
        format!(
            r#"{{"schemaVersion":2,"manifests":[{{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:{hex}","size":{},"annotations":{{"org.opencontainers.image.ref.name":"a"}}}}]}}"#,
            doc.len()
        ),
    )
    .unwrap();
    let r = format!("ocidir://{}:a", dir.path().display());
    let env = Env::new();
    let text = env.run(&["manifest", "get", &r]).ok();
    text.says("does not follow the spec");
    assert!(text.text().contains("\"digest\": \"\""), "{}", text.text());
    let json = env.run(&["manifest", "get", &r, "--format", "json"]).ok();
    json.says("does not follow the spec");
    assert_eq!(json.json()["digest"], format!("sha256:{hex}"));
}
