//! `hoist copy` and tags across anonymous, basic and token registries and OCI layouts, with
//! skopeo as the oracle for digests and a counting proxy to prove work was avoided.

use std::process::Command;

use serde_json::json;

use crate::support::cmd::Env;
use crate::support::fixtures::{self, Blob, Compression};
use crate::support::proxy::{Action, Fault, Proxy};
use crate::support::registry::{ALICE, Registry};
use crate::support::token::TokenServer;
use crate::support::{have_tools, run_ok};

/// skopeo's view of the raw manifest at `r` (plain-HTTP loopback registry).
fn skopeo_raw(r: &str) -> Vec<u8> {
    run_ok(Command::new("skopeo").args([
        "inspect",
        "--raw",
        "--tls-verify=false",
        "--creds",
        "alice:wonderland",
        &format!("docker://{r}"),
    ]))
    .into_bytes()
}

fn skopeo_raw_anon(r: &str) -> Vec<u8> {
    run_ok(Command::new("skopeo").args([
        "inspect",
        "--raw",
        "--tls-verify=false",
        &format!("docker://{r}"),
    ]))
    .into_bytes()
}

#[test]
fn a_multi_arch_index_copies_whole_with_the_same_digest() {
    if !have_tools() {
        return;
    }
    let src = Registry::anonymous();
    let dst = Registry::basic();
    let fx = fixtures::multi_arch(71, false);
    fx.push_to(&src, "app", "v1", None);
    let env = Env::new();
    let out = env
        .run(&[
            "copy",
            &format!("{}/app:v1", src.host),
            &format!("{}/mirror/app:v1", dst.host),
            "--dest-creds",
            "alice:wonderland",
        ])
        .ok();
    assert_eq!(out.text().trim(), fx.top.digest);
    assert!(
        out.stderr.contains("blobs: 11 copied"),
        "9 image blobs + 2 attestation blobs: {}",
        out.stderr
    );
    assert_eq!(
        skopeo_raw(&format!("{}/mirror/app:v1", dst.host)),
        fx.top.data
    );
    for (i, p) in ["linux/amd64", "linux/arm64", "linux/arm/v7"]
        .iter()
        .enumerate()
    {
        let got = env
            .run(&[
                "manifest",
                "get",
                &format!("{}/mirror/app:v1", dst.host),
                "--platform",
                p,
                "--format",
                "raw",
                "--creds",
                "alice:wonderland",
            ])
            .ok();
        assert_eq!(got.stdout, fx.images[i].manifest.data);
    }
    let att = &fx.others[0].0;
    let got = env
        .run(&[
            "manifest",
            "get",
            &format!("{}/mirror/app@{}", dst.host, att.digest),
            "--format",
            "raw",
            "--creds",
            "alice:wonderland",
        ])
        .ok();
    assert_eq!(got.stdout, att.data, "the attestation manifest came along");
}

#[test]
fn docker_lists_and_zstd_images_copy_byte_for_byte_to_a_token_registry() {
    if !have_tools() {
        return;
    }
    let src = Registry::anonymous();
    let ts = TokenServer::start();
    let dst = Registry::token(&ts);
    let list = fixtures::multi_arch(72, true);
    list.push_to(&src, "list", "v1", None);
    let zstd = fixtures::single(73, Compression::Zstd);
    zstd.push_to(&src, "zstd", "v1", None);
    let env = Env::new();
    for (name, fx) in [("list", &list), ("zstd", &zstd)] {
        let out = env
            .run(&[
                "copy",
                &format!("{}/{name}:v1", src.host),
                &format!("{}/team/{name}:v1", dst.host),
                "--dest-creds",
                "alice:wonderland",
            ])
            .ok();
        assert_eq!(out.text().trim(), fx.top.digest);
        assert_eq!(
            skopeo_raw(&format!("{}/team/{name}:v1", dst.host)),
            fx.top.data,
            "{name}"
        );
    }
    // A user without push is refused with a hint.
    let out = env
        .run(&[
            "copy",
            &format!("{}/zstd:v1", src.host),
            &format!("{}/team/other:v1", dst.host),
            "--dest-creds",
            "reader:readonly",
        ])
        .code(4);
    out.says("push");
}

#[test]
fn one_platform_copies_the_child_manifest_and_says_so() {
    if !have_tools() {
        return;
    }
    let reg = Registry::anonymous();
    let fx = fixtures::multi_arch(74, false);
    fx.push_to(&reg, "app", "v1", None);
    let dir = tempfile::tempdir().unwrap();
    let out = Env::new()
        .run(&[
            "copy",
            &format!("{}/app:v1", reg.host),
            &format!("ocidir://{}:arm", dir.path().display()),
            "--platform",
            "linux/arm64",
        ])
        .ok();
    assert_eq!(out.text().trim(), fx.images[1].manifest.digest);
    out.says("the child's, not the index's");
    let raw = Env::new()
        .run(&[
            "manifest",
            "get",
            &format!("ocidir://{}:arm", dir.path().display()),
            "--format",
            "raw",
        ])
        .ok();
    assert_eq!(raw.stdout, fx.images[1].manifest.data);
    let out = Env::new()
        .run(&[
            "copy",
            &format!("{}/app:v1", reg.host),
            &format!("ocidir://{}:x", dir.path().display()),
            "--platform",
            "linux/s390x",
        ])
        .code(3);
    out.says("linux/amd64");
}

#[test]
fn layouts_round_trip_and_skopeo_pushes_what_hoist_wrote() {
    if !have_tools() {
        return;
    }
    let reg = Registry::anonymous();
    let fx = fixtures::multi_arch(75, false);
    fx.push_to(&reg, "app", "v1", None);
    let other = fixtures::single(76, Compression::Gzip);
    other.push_to(&reg, "other", "v1", None);
    let dir = tempfile::tempdir().unwrap();
    let layout = dir.path().join("mirror");
    let env = Env::new();
    env.run(&[
        "copy",
        &format!("{}/app:v1", reg.host),
        &format!("ocidir://{}:app", layout.display()),
    ])
    .ok();
    env.run(&[
        "copy",
        &format!("{}/other:v1", reg.host),
        &format!("ocidir://{}:other", layout.display()),
    ])
    .ok();
    let tags = env
        .run(&["tag", "ls", &format!("ocidir://{}", layout.display())])
        .ok()
        .text();
    assert_eq!(
        tags.lines().collect::<Vec<_>>(),
        vec!["app", "other"],
        "a second image keeps the first"
    );
    // skopeo reads hoist's layout and pushes it unchanged.
    run_ok(Command::new("skopeo").args([
        "copy",
        "--all",
        "--preserve-digests",
        "--dest-tls-verify=false",
        &format!("oci:{}:app", layout.display()),
        &format!("docker://{}/viaskopeo:v1", reg.host),
    ]));
    assert_eq!(
        skopeo_raw_anon(&format!("{}/viaskopeo:v1", reg.host)),
        fx.top.data
    );
    // And hoist pushes it back from the layout.
    let out = env
        .run(&[
            "copy",
            &format!("ocidir://{}:app", layout.display()),
            &format!("{}/back:v1", reg.host),
        ])
        .ok();
    assert_eq!(out.text().trim(), fx.top.digest);
    assert_eq!(
        skopeo_raw_anon(&format!("{}/back:v1", reg.host)),
        fx.top.data
    );
    env.run(&[
        "digest",
        "verify",
        &format!("ocidir://{}:app", layout.display()),
    ])
    .ok();
}

#[test]
fn a_retag_is_one_manifest_put_and_moves_no_blobs() {
    if !have_tools() {
        return;
    }
    let reg = Registry::anonymous();
    let fx = fixtures::multi_arch(77, false);
    fx.push_to(&reg, "app", "sha-abc123", None);
    let proxy = Proxy::start(&reg.host);
    let env = Env::new();
    let out = env
        .run(&[
            "copy",
            &format!("{}/app:sha-abc123", proxy.host),
            &format!("{}/app:v1.2.0", proxy.host),
        ])
        .ok();
    assert_eq!(out.text().trim(), fx.top.digest);
    let reqs = proxy.requests();
    assert!(!reqs.iter().any(|(_, p)| p.contains("/blobs/")), "{reqs:?}");
    assert_eq!(proxy.count("PUT", "/manifests/"), 1, "{reqs:?}");
    assert_eq!(
        skopeo_raw_anon(&format!("{}/app:v1.2.0", reg.host)),
        fx.top.data
    );

    let before = proxy.requests().len();
    env.run(&[
        "tag",
        "add",
        &format!("{}/app:v1.2.0", proxy.host),
        "latest",
        "stable",
    ])
    .ok();
    let new: Vec<_> = proxy.requests()[before..].to_vec();
    assert!(!new.iter().any(|(_, p)| p.contains("/blobs/")), "{new:?}");
    assert_eq!(new.iter().filter(|(m, _)| m == "PUT").count(), 2, "{new:?}");

    // Deleting a tag on a registry that cannot delete tags deletes only that tag: it is moved
    // to a placeholder, which is deleted; the image and its other tags stay.
    env.run(&["tag", "delete", &format!("{}/app:stable", reg.host)])
        .ok()
        .says("cannot delete a tag alone");
    env.run(&["manifest", "head", &format!("{}/app:stable", reg.host)])
        .code(3);
    for t in ["latest", "sha-abc123", "v1.2.0"] {
        let h = env
            .run(&["manifest", "head", &format!("{}/app:{t}", reg.host)])
            .ok();
        assert!(h.text().contains(&fx.top.digest), "{t}: {}", h.text());
    }
    let tags = env
        .run(&["tag", "ls", &format!("{}/app", reg.host)])
        .ok()
        .text();
    assert!(!tags.lines().any(|t| t == "stable"), "{tags}");
    // `--manifest`: the manifest goes, and the warning names the tags that went with it.
    let out = env
        .run(&[
            "tag",
            "delete",
            &format!("{}/app:latest", reg.host),
            "--manifest",
        ])
        .ok();
    assert!(
        out.stderr.contains("v1.2.0") && out.stderr.contains("sha-abc123"),
        "{}",
        out.stderr
    );
    env.run(&["manifest", "head", &format!("{}/app:v1.2.0", reg.host)])
        .code(3);
}

#[test]
fn copying_onto_a_complete_destination_uploads_nothing_and_same_registry_mounts() {
    if !have_tools() {
        return;
    }
    let src = Registry::anonymous();
    let dst = Registry::anonymous();
    let fx = fixtures::multi_arch(78, false);
    fx.push_to(&src, "app", "v1", None);
    let proxy = Proxy::start(&dst.host);
    let env = Env::new();
    env.run(&[
        "copy",
        &format!("{}/app:v1", src.host),
        &format!("{}/app:v1", proxy.host),
    ])
    .ok();
    let uploads = proxy.count("POST", "/blobs/uploads/");
    assert_eq!(uploads, 11, "{:?}", proxy.requests());
    // Everything is there: not one upload, and the whole index is skipped.
    let out = env
        .run(&[
            "copy",
            &format!("{}/app:v1", src.host),
            &format!("{}/app:v2", proxy.host),
        ])
        .ok();
    assert_eq!(
        proxy.count("POST", "/blobs/uploads/"),
        uploads,
        "{:?}",
        proxy.requests()
    );
    out.says("skipped manifest");
    // --force copies again.
    env.run(&[
        "copy",
        &format!("{}/app:v1", src.host),
        &format!("{}/app:v3", proxy.host),
        "--force",
    ])
    .ok();
    assert_eq!(proxy.count("POST", "/blobs/uploads/"), uploads * 2);

    // Within one registry, blobs are mounted from the source repository instead of copied.
    let before_puts = proxy.count("PUT", "/blobs/uploads/");
    let out = env
        .run(&[
            "copy",
            &format!("{}/app:v1", proxy.host),
            &format!("{}/elsewhere:v1", proxy.host),
        ])
        .ok();
    out.says("blobs: 0 copied, 0 skipped, 11 mounted");
    assert_eq!(proxy.count("POST", "mount="), 11);
    assert_eq!(
        proxy.count("PUT", "/blobs/uploads/"),
        before_puts,
        "no blob bytes were uploaded"
    );
    assert_eq!(
        skopeo_raw_anon(&format!("{}/elsewhere:v1", dst.host)),
        fx.top.data
    );
}

#[test]
fn a_copy_through_faults_finishes_with_identical_digests() {
    if !have_tools() {
        return;
    }
    let src = Registry::anonymous();
    let dst = Registry::anonymous();
    let fx = fixtures::mixed(79);
    fx.push_to(&src, "app", "v1", None);
    let sp = Proxy::start(&src.host);
    let dp = Proxy::start(&dst.host);
    let layer = &fx.images[0].layers[1];
    sp.fault(Fault {
        method: "GET",
        path_contains: layer.digest.clone(),
        action: Action::ResetAfter(3000),
        times: 1,
    });
    sp.fault(Fault {
        method: "GET",
        path_contains: "/manifests/v1".into(),
        action: Action::Status(503, None),
        times: 1,
    });
    dp.fault(Fault {
        method: "HEAD",
        path_contains: "/blobs/".into(),
        action: Action::Status(429, Some(1)),
        times: 1,
    });
    dp.fault(Fault {
        method: "PUT",
        path_contains: "/manifests/v1".into(),
        action: Action::Status(502, None),
        times: 1,
    });
    let out = Env::new()
        .run(&[
            "copy",
            &format!("{}/app:v1", sp.host),
            &format!("{}/app:v1", dp.host),
        ])
        .ok();
    assert_eq!(out.text().trim(), fx.top.digest);
    assert_eq!(
        skopeo_raw_anon(&format!("{}/app:v1", dst.host)),
        fx.top.data
    );
    assert_eq!(
        sp.count("GET", &layer.digest),
        2,
        "the cut layer was resumed: {:?}",
        sp.requests()
    );
    Env::new()
        .run(&["digest", "verify", &format!("{}/app:v1", dst.host)])
        .ok();
}

#[test]
fn a_digest_mismatch_on_the_way_fails_and_tags_nothing() {
    if !have_tools() {
        return;
    }
    let src = Registry::anonymous();
    let dst = Registry::anonymous();
    let fx = fixtures::single(80, Compression::Gzip);
    fx.push_to(&src, "app", "v1", None);
    let sp = Proxy::start(&src.host);
    let layer = &fx.images[0].layers[0];
    sp.fault(Fault {
        method: "GET",
        path_contains: layer.digest.clone(),
        action: Action::Corrupt,
        times: 1,
    });
    let env = Env::new();
    let out = env
        .run(&[
            "copy",
            &format!("{}/app:v1", sp.host),
            &format!("{}/app:v1", dst.host),
        ])
        .code(5);
    out.says(&format!("expected {}", layer.digest));
    env.run(&["manifest", "head", &format!("{}/app:v1", dst.host)])
        .code(3);
    env.run(&[
        "blob",
        "head",
        &format!("{}/app@{}", dst.host, layer.digest),
    ])
    .code(3);
}

#[test]
fn dry_run_reports_the_plan_and_writes_nothing() {
    if !have_tools() {
        return;
    }
    let src = Registry::anonymous();
    let dst = Registry::anonymous();
    let fx = fixtures::single(81, Compression::Gzip);
    fx.push_to(&src, "app", "v1", None);
    let dp = Proxy::start(&dst.host);
    let out = Env::new()
        .run(&[
            "copy",
            &format!("{}/app:v1", src.host),
            &format!("{}/app:v1", dp.host),
            "--dry-run",
        ])
        .ok();
    assert!(
        out.stderr.contains("would copy") && out.stderr.contains("would push manifest"),
        "{}",
        out.stderr
    );
    assert!(
        dp.requests().iter().all(|(m, _)| m == "GET" || m == "HEAD"),
        "{:?}",
        dp.requests()
    );
}

/// A signature-like artifact whose subject is `subject`, and the fallback-tag index listing it.
struct Signature {
    empty: Blob,
    sig: Blob,
    art: Blob,
    index: Blob,
}

impl Signature {
    fn of(subject: &Blob) -> Signature {
        Signature::saying(subject, "signed by tests")
    }

    fn saying(subject: &Blob, text: &str) -> Signature {
        let empty = Blob::new("application/vnd.oci.empty.v1+json", b"{}".to_vec());
        let sig = Blob::new(
            "application/vnd.example.signature",
            text.as_bytes().to_vec(),
        );
        let art = json!({
            "schemaVersion": 2, "mediaType": fixtures::OCI_MANIFEST, "artifactType": "application/vnd.example.signature",
            "config": empty.descriptor(), "layers": [sig.descriptor()], "subject": subject.descriptor(),
        });
        let art = Blob::new(fixtures::OCI_MANIFEST, serde_json::to_vec(&art).unwrap());
        let mut entry = art.descriptor();
        entry["artifactType"] = json!("application/vnd.example.signature");
        let index = Blob::new(
            fixtures::OCI_INDEX,
            serde_json::to_vec(
                &json!({"schemaVersion": 2, "mediaType": fixtures::OCI_INDEX, "manifests": [entry]}),
            )
            .unwrap(),
        );
        Signature {
            empty,
            sig,
            art,
            index,
        }
    }

    /// The artifact and its blob are in `host/app`, byte for byte.
    fn assert_copied_to(&self, host: &str) {
        let env = Env::new();
        let got = env
            .run(&[
                "manifest",
                "get",
                &format!("{host}/app@{}", self.art.digest),
                "--format",
                "raw",
            ])
            .ok();
        assert_eq!(got.stdout, self.art.data);
        env.run(&["blob", "head", &format!("{host}/app@{}", self.sig.digest)])
            .ok();
    }

    /// Pushes the artifact to `host/app` by digest, and with `fallback_tag` also the index
    /// under `sha256-<subject hex>`, as a client does for a registry without the API.
    fn push(&self, host: &str, subject: &Blob, fallback_tag: bool) {
        let client = fixtures::client(host, None);
        let rt = tokio::runtime::Runtime::new().unwrap();
        rt.block_on(async {
            let r = hoist::reference::Reference::parse(&format!("{host}/app")).unwrap();
            for b in [&self.empty, &self.sig] {
                client
                    .push_blob_bytes(&r, bytes::Bytes::from(b.data.clone()))
                    .await
                    .unwrap();
            }
            let tag = format!("sha256-{}", subject.digest.trim_start_matches("sha256:"));
            let mut docs = vec![(&self.art, self.art.digest.clone())];
            if fallback_tag {
                docs.push((&self.index, tag));
            }
            for (m, t) in docs {
                let man = hoist::manifest::Manifest::from_bytes(
                    bytes::Bytes::from(m.data.clone()),
                    Some(&m.media_type),
                )
                .unwrap();
                client.put_manifest(&r, &t, &man).await.unwrap();
            }
        });
    }
}

#[test]
fn referrers_come_along_through_the_fallback_tag() {
    if !have_tools() {
        return;
    }
    let src = Registry::anonymous();
    let dst = Registry::anonymous();
    let fx = fixtures::single(82, Compression::Gzip);
    let client = fixtures::client(&src.host, None);
    fx.push(&client, &format!("{}/app", src.host), "v1");
    let s = Signature::of(&fx.top);
    s.push(&src.host, &fx.top, true);
    let env = Env::new();
    let out = env
        .run(&[
            "copy",
            &format!("{}/app:v1", src.host),
            &format!("{}/app:v1", dst.host),
            "--referrers",
        ])
        .ok();
    out.says("referrer");
    let tag = format!(
        "{}/app:sha256-{}",
        dst.host,
        fx.top.digest.trim_start_matches("sha256:")
    );
    assert_eq!(
        skopeo_raw_anon(&tag),
        s.index.data,
        "the fallback tag index is copied as is"
    );
    s.assert_copied_to(&dst.host);
    let _ = ALICE;
}

#[test]
fn a_referrers_listing_in_pages_is_read_to_the_end() {
    if !have_tools() {
        return;
    }
    let src = Registry::anonymous();
    let dst = Registry::anonymous();
    let sp = Proxy::with_paged_referrers_api(&src.host, 1);
    let fx = fixtures::single(84, Compression::Gzip);
    let client = fixtures::client(&src.host, None);
    fx.push(&client, &format!("{}/app", src.host), "v1");
    let sigs = [
        Signature::saying(&fx.top, "first signer"),
        Signature::saying(&fx.top, "second signer"),
    ];
    for s in &sigs {
        s.push(&sp.host, &fx.top, false);
    }
    Env::new()
        .run(&[
            "copy",
            &format!("{}/app:v1", sp.host),
            &format!("{}/app:v1", dst.host),
            "--referrers",
        ])
        .ok();
    assert!(
        sp.count("GET", "/referrers/sha256:") >= 2,
        "both pages were read: {:?}",
        sp.requests()
    );
    for s in &sigs {
        s.assert_copied_to(&dst.host);
    }
    // The destination has no API: its fallback tag lists both.
    let tag = format!(
        "{}/app:sha256-{}",
        dst.host,
        fx.top.digest.trim_start_matches("sha256:")
    );
    let index: serde_json::Value = serde_json::from_slice(&skopeo_raw_anon(&tag)).unwrap();
    let listed: Vec<&str> = index["manifests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["digest"].as_str().unwrap())
        .collect();
    assert_eq!(
        listed,
        vec![sigs[0].art.digest.as_str(), sigs[1].art.digest.as_str()]
    );
}

#[test]
fn referrers_move_through_the_referrers_api_where_registries_have_it() {
    if !have_tools() {
        return;
    }
    let src = Registry::anonymous();
    let dst = Registry::anonymous();
    let sp = Proxy::with_referrers_api(&src.host);
    let dp = Proxy::with_referrers_api(&dst.host);
    let fx = fixtures::single(83, Compression::Gzip);
    let client = fixtures::client(&src.host, None);
    fx.push(&client, &format!("{}/app", src.host), "v1");
    // Pushed through the API-speaking proxy, the artifact is listed by the API alone: the
    // source has no fallback tag.
    let s = Signature::of(&fx.top);
    s.push(&sp.host, &fx.top, false);
    let env = Env::new();
    let out = env
        .run(&[
            "copy",
            &format!("{}/app:v1", sp.host),
            &format!("{}/app:v1", dp.host),
            "--referrers",
        ])
        .ok();
    out.says(&s.art.digest);
    assert!(
        sp.count("GET", "/referrers/") >= 1,
        "the source's API was asked: {:?}",
        sp.requests()
    );
    assert_eq!(
        sp.count("GET", "/manifests/sha256-"),
        0,
        "the API answered, so the fallback tag was not needed: {:?}",
        sp.requests()
    );
    s.assert_copied_to(&dst.host);
    // The destination's API lists the artifact by itself, so no fallback tag was written.
    assert_eq!(dp.referrers_of(&fx.top.digest), vec![s.art.digest.clone()]);
    let tag = format!(
        "{}/app:sha256-{}",
        dst.host,
        fx.top.digest.trim_start_matches("sha256:")
    );
    env.run(&["manifest", "get", &tag]).code(3);
    assert_eq!(
        dp.count("PUT", "/manifests/sha256-"),
        0,
        "{:?}",
        dp.requests()
    );
}

#[test]
fn a_refused_monolithic_upload_falls_back_to_a_chunked_one() {
    if !have_tools() {
        return;
    }
    let src = Registry::anonymous();
    let dst = Registry::anonymous();
    let fx = fixtures::single(83, Compression::Gzip);
    fx.push_to(&src, "app", "v1", None);
    let dp = Proxy::start(&dst.host);
    dp.fault(Fault {
        method: "PUT",
        path_contains: "/blobs/uploads/".into(),
        action: Action::Status(400, None),
        times: 1,
    });
    let out = Env::new()
        .run(&[
            "copy",
            &format!("{}/app:v1", src.host),
            &format!("{}/app:v1", dp.host),
            "--jobs",
            "1",
        ])
        .ok();
    assert_eq!(out.text().trim(), fx.top.digest);
    assert_eq!(
        dp.count("PATCH", "/blobs/uploads/"),
        1,
        "{:?}",
        dp.requests()
    );
    Env::new()
        .run(&["digest", "verify", &format!("{}/app:v1", dst.host)])
        .ok();
}

#[test]
fn layout_to_layout_copies_keep_digests() {
    let env = Env::new();
    let src = tempfile::tempdir().unwrap();
    let fx = fixtures::multi_arch(84, true);
    fx.write_layout(src.path(), "v1");
    let dst = tempfile::tempdir().unwrap();
    let out = env
        .run(&[
            "copy",
            &format!("ocidir://{}:v1", src.path().display()),
            &format!("ocidir://{}/copy:v1", dst.path().display()),
        ])
        .ok();
    assert_eq!(out.text().trim(), fx.top.digest);
    let raw = env
        .run(&[
            "manifest",
            "get",
            &format!("ocidir://{}/copy:v1", dst.path().display()),
            "--format",
            "raw",
        ])
        .ok();
    assert_eq!(
        raw.stdout, fx.top.data,
        "Docker media types are kept as they are"
    );
}

#[test]
fn several_platforms_make_a_new_index_and_token_registries_mount_across_repositories() {
    if !have_tools() {
        return;
    }
    let ts = TokenServer::start();
    let reg = Registry::token(&ts);
    let fx = fixtures::multi_arch(85, false);
    fx.push_to(&reg, "public/app", "v1", Some(ALICE));
    let env = Env::new();
    let out = env
        .run(&[
            "copy",
            &format!("{}/public/app:v1", reg.host),
            &format!("{}/team/two:v1", reg.host),
            "--platform",
            "linux/amd64",
            "--platform",
            "linux/arm/v7",
            "--creds",
            "alice:wonderland",
        ])
        .ok();
    out.says("into a new index");
    assert!(
        out.stderr.contains("6 mounted"),
        "a token with pull on the source and push on the destination mounts: {}",
        out.stderr
    );
    let j = env
        .run(&[
            "manifest",
            "get",
            &format!("{}/team/two:v1", reg.host),
            "--format",
            "json",
            "--creds",
            "alice:wonderland",
        ])
        .ok()
        .json();
    let digests: Vec<&str> = j["manifest"]["manifests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["digest"].as_str().unwrap())
        .collect();
    assert_eq!(
        digests,
        vec![
            fx.images[0].manifest.digest.as_str(),
            fx.images[2].manifest.digest.as_str()
        ]
    );
    assert_eq!(j["digest"], out.text().trim());
}

/// A one-layer image (`size` bytes, uncompressed) on a source registry, an empty destination
/// registry, and a fault proxy in front of the destination; `None` without the tools.
struct UploadCase {
    src: Registry,
    dst: Registry,
    dp: Proxy,
    fx: fixtures::Fixture,
}

impl UploadCase {
    fn new(seed: u64, size: usize) -> Option<UploadCase> {
        if !have_tools() {
            return None;
        }
        let src = Registry::anonymous();
        let dst = Registry::anonymous();
        let tars = vec![(fixtures::layer_tar(seed, size), Compression::None)];
        let fx = fixtures::from_tars(seed, &tars, None);
        fx.push_to(&src, "app", "v1", None);
        let dp = Proxy::start(&dst.host);
        Some(UploadCase { src, dst, dp, fx })
    }

    fn layer(&self) -> &Blob {
        &self.fx.images[0].layers[0]
    }

    /// Copies the image through the proxy; checks the printed digest.
    fn copy(&self, extra: &[&str]) {
        let mut args = vec![
            "copy".to_string(),
            format!("{}/app:v1", self.src.host),
            format!("{}/app:v1", self.dp.host),
        ];
        args.extend(extra.iter().map(|a| a.to_string()));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = Env::new().run(&args).ok();
        assert_eq!(out.text().trim(), self.fx.top.digest);
    }

    fn verify_destination(&self) {
        Env::new()
            .run(&["digest", "verify", &format!("{}/app:v1", self.dst.host)])
            .ok();
    }
}

#[test]
fn a_broken_upload_on_distribution_starts_a_fresh_session() {
    let Some(c) = UploadCase::new(86, 300_000) else {
        return;
    };
    // distribution invalidates a session whose request broke (its signed state no longer
    // matches), so hoist asks, is told the session is gone, and starts again.
    c.dp.fault(Fault {
        method: "PUT",
        path_contains: format!("digest={}", c.layer().digest),
        action: Action::CutRequestAfter(200_000),
        times: 1,
    });
    c.dp.fault(Fault {
        method: "PATCH",
        path_contains: "/blobs/uploads/".into(),
        action: Action::CutRequestAfter(150_000),
        times: 1,
    });
    c.copy(&["--jobs", "1"]);
    assert_eq!(
        c.dp.count("GET", "/blobs/uploads/"),
        2,
        "the status of each broken session was asked: {:?}",
        c.dp.requests()
    );
    c.verify_destination();
}

#[test]
fn a_stalled_upload_is_given_up_after_the_timeout_and_sent_again() {
    let Some(c) = UploadCase::new(88, 300_000) else {
        return;
    };
    let put = format!("digest={}", c.layer().digest);
    c.dp.fault(Fault {
        method: "PUT",
        path_contains: put.clone(),
        action: Action::StallRequestAfter(100_000),
        times: 1,
    });
    c.copy(&["--timeout", "1"]);
    let sent = c.dp.count("PUT", &put) + c.dp.count("PATCH", "/blobs/uploads/");
    assert!(sent >= 2, "the layer was sent again: {:?}", c.dp.requests());
    c.verify_destination();
}

#[test]
fn a_steady_upload_may_take_longer_than_the_timeout() {
    let Some(c) = UploadCase::new(89, 24 << 20) else {
        return;
    };
    let put = format!("digest={}", c.layer().digest);
    // 384 pieces of 64 KiB, 10 ms apart: almost four seconds of steady upload.
    c.dp.fault(Fault {
        method: "PUT",
        path_contains: put.clone(),
        action: Action::ThrottleRequest(std::time::Duration::from_millis(10)),
        times: 1,
    });
    let started = std::time::Instant::now();
    c.copy(&["--timeout", "2"]);
    assert!(started.elapsed() > std::time::Duration::from_secs(3));
    assert_eq!(
        c.dp.count("PUT", &put),
        1,
        "one upload, never cut off: {:?}",
        c.dp.requests()
    );
    c.verify_destination();
}

#[test]
fn a_broken_upload_resumes_where_a_registry_keeps_the_session() {
    use crate::support::fake::{Fake, Reply, Seen};
    if !have_tools() {
        return;
    }
    let src = Registry::anonymous();
    let tars = vec![(fixtures::layer_tar(87, 300_000), Compression::None)];
    let fx = fixtures::from_tars(87, &tars, None);
    fx.push_to(&src, "app", "v1", None);
    let layer = fx.images[0].layers[0].clone();
    // A registry that breaks the first monolithic upload of the layer after keeping 100_000
    // bytes, reports them on the session, and accepts the rest with a ranged PATCH.
    let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let seen = log.clone();
    let data = layer.data.clone();
    let digest = layer.digest.clone();
    let fake = Fake::start(move |req: &Seen| {
        let mut log = seen.lock().unwrap();
        log.push(format!("{} {}", req.method, req.path));
        let broke_before = log.iter().any(|l| l == "BROKE");
        match (req.method.as_str(), req.path.as_str()) {
            ("GET", p) if p.contains("/tags/list") => Reply::status(404),
            ("POST", _) => Reply::status(202).header("Location", "/v2/app/blobs/uploads/s1"),
            ("PUT", p)
                if p.contains(&format!("digest={digest}"))
                    && !broke_before
                    && !req.body.is_empty() =>
            {
                log.push("BROKE".into());
                Reply::hang_up()
            }
            ("GET", "/v2/app/blobs/uploads/s1") => Reply::status(204)
                .header("Range", "0-99999")
                .header("Location", "/v2/app/blobs/uploads/s1?resumed"),
            ("PATCH", _) => {
                let range = req.header("content-range").unwrap_or("").to_string();
                let ok =
                    range == format!("100000-{}", data.len() - 1) && req.body == data[100_000..];
                log.push(format!("PATCH-BODY-OK {ok}"));
                Reply::status(202).header("Location", "/v2/app/blobs/uploads/s1?done")
            }
            ("PUT", _) => Reply::status(201),
            _ => Reply::status(404),
        }
    });
    let out = Env::new()
        .run(&[
            "copy",
            &format!("{}/app:v1", src.host),
            &format!("{}/app:v1", fake.host),
            "--jobs",
            "1",
            "--plain-http",
        ])
        .ok();
    assert_eq!(out.text().trim(), fx.top.digest);
    let log = log.lock().unwrap();
    assert!(
        log.contains(&"PATCH-BODY-OK true".to_string()),
        "only the missing bytes were sent, with their range: {log:?}"
    );
}

/// skopeo's view of the raw manifest in an OCI archive.
fn skopeo_raw_archive(r: &str) -> Vec<u8> {
    run_ok(Command::new("skopeo").args(["inspect", "--raw", &format!("oci-archive:{r}")]))
        .into_bytes()
}

#[test]
fn oci_archives_hold_whole_indexes_with_their_digests_and_are_added_to() {
    if !have_tools() {
        return;
    }
    let reg = Registry::anonymous();
    let fx = fixtures::multi_arch(83, false);
    let src = fx.push_to(&reg, "multi/app", "1", None);
    let env = Env::new();
    let work = tempfile::tempdir().unwrap();
    let tar = work.path().join("o.tar");
    let t = tar.to_str().unwrap();
    // The whole index, attestation included: skopeo reads the same bytes out of it.
    env.run(&["copy", &src, &format!("oci-archive:{t}:1")]).ok();
    assert_eq!(skopeo_raw_archive(&format!("{t}:1")), fx.top.data);
    env.run(&[
        "digest",
        "verify",
        &format!("oci-archive:{t}:1"),
        "--platform",
        "all",
    ])
    .ok();
    // Added to: one platform under another name; the first image is still there.
    env.run(&[
        "copy",
        &src,
        &format!("oci-archive:{t}:arm"),
        "--platform",
        "linux/arm64",
    ])
    .ok();
    assert_eq!(
        skopeo_raw_archive(&format!("{t}:arm")),
        fx.images[1].manifest.data
    );
    assert_eq!(skopeo_raw_archive(&format!("{t}:1")), fx.top.data);
    // Every blob is in the tar once.
    let names = run_ok(Command::new("tar").args(["-tf", t]));
    let blobs: Vec<&str> = names.lines().filter(|l| l.starts_with("blobs/")).collect();
    let mut unique = blobs.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(blobs.len(), unique.len(), "{names}");
    assert_eq!(
        blobs.len(),
        fx.blobs().len() + fx.children().len() + 1,
        "{names}"
    );
    // Referrers are not written into archives: said, not silently left out.
    env.run(&["copy", &src, &format!("oci-archive:{t}:r"), "--referrers"])
        .code(2)
        .says("--referrers");
    // Back into a registry, with the same digest.
    let back = format!("{}/back/app:1", reg.host);
    let out = env
        .run(&["copy", &format!("oci-archive:{t}:1"), &back])
        .ok();
    assert_eq!(out.text().trim(), fx.top.digest);
    // Written by `archive create oci-archive:PATH`: named by their references.
    let made = work.path().join("made.tar");
    env.run(&[
        "archive",
        "create",
        &format!("oci-archive:{}", made.display()),
        &src,
        &back,
    ])
    .ok();
    let listed = env
        .run(&["tag", "ls", &format!("oci-archive:{}", made.display())])
        .ok();
    assert!(
        listed.text().contains(&src) && listed.text().contains(&back),
        "{}",
        listed.text()
    );
    assert_eq!(
        skopeo_raw_archive(&format!("{}:{back}", made.display())),
        fx.top.data
    );
    // Archives and layouts are the user's files, made as the user's other files are (0666
    // less the umask), not private scratch files.
    let plain = work.path().join("plain");
    std::fs::write(&plain, b"x").unwrap();
    let mode = |p: &std::path::Path| {
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(p).unwrap().permissions())
            & 0o777
    };
    let lay = work.path().join("lay");
    env.run(&["copy", &src, &format!("ocidir://{}:1", lay.display())])
        .ok();
    let blobs = std::fs::read_dir(lay.join("blobs/sha256")).unwrap();
    for p in [tar.clone(), made.clone(), lay.join("index.json")]
        .into_iter()
        .chain(blobs.map(|e| e.unwrap().path()))
    {
        assert_eq!(mode(&p), mode(&plain), "{}", p.display());
    }
    std::fs::remove_file(&plain).unwrap();
    std::fs::remove_dir_all(&lay).unwrap();
    // A broken blob on the way: nothing is written.
    let bad = work.path().join("bad.tar");
    let proxy = Proxy::start(&reg.host);
    proxy.fault(Fault {
        method: "GET",
        path_contains: fx.images[2].layers[0].digest.clone(),
        action: Action::Corrupt,
        times: 100,
    });
    env.run(&[
        "copy",
        &format!("{}/multi/app:1", proxy.host),
        &format!("oci-archive:{}", bad.display()),
    ])
    .code(5);
    assert!(!bad.exists());
    assert_eq!(
        std::fs::read_dir(work.path()).unwrap().count(),
        2,
        "no temporary file is left"
    );
}

#[test]
fn hoist_serve_is_a_source_and_destination_with_the_referrers_api() {
    if !have_tools() {
        return;
    }
    let reg = Registry::anonymous();
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    let srv = crate::support::serve::Served::start(&env, dir.path(), &[]);
    let work = tempfile::tempdir().unwrap();
    // Single, multi-arch (with an attestation), Docker list, zstd: in, out, same digests.
    let fixtures = [
        ("single", fixtures::single(85, Compression::Gzip)),
        ("multi", fixtures::multi_arch(86, false)),
        ("list", fixtures::multi_arch(87, true)),
        ("zstd", fixtures::single(88, Compression::Zstd)),
    ];
    for (name, fx) in &fixtures {
        let src = fx.push_to(&reg, name, "1", None);
        let into = format!("{}/{name}:1", srv.host);
        let out = env.run(&["copy", &src, &into]).ok();
        assert_eq!(out.text().trim(), fx.top.digest, "{name}");
        assert_eq!(skopeo_raw_anon(&into), fx.top.data, "{name}");
        env.run(&["digest", "verify", &into, "--platform", "all"])
            .ok();
        // What was pushed is a layout on disk, as it is.
        let on_disk = format!("ocidir://{}:1", dir.path().join(name).display());
        env.run(&["digest", "verify", &on_disk, "--platform", "all"])
            .ok();
        let lay = work.path().join(name);
        let out = env
            .run(&["copy", &into, &format!("ocidir://{}:1", lay.display())])
            .ok();
        assert_eq!(out.text().trim(), fx.top.digest, "{name}");
    }
    // Referrers: into hoist serve through its API (no fallback tag written)...
    let sp = Proxy::with_referrers_api(&reg.host);
    let fx = fixtures::single(89, Compression::Gzip);
    fx.push(
        &fixtures::client(&reg.host, None),
        &format!("{}/app", reg.host),
        "v1",
    );
    let s = Signature::of(&fx.top);
    s.push(&sp.host, &fx.top, false);
    env.run(&[
        "copy",
        &format!("{}/app:v1", sp.host),
        &format!("{}/app:v1", srv.host),
        "--referrers",
    ])
    .ok();
    s.assert_copied_to(&srv.host);
    assert!(
        srv.requests("PUT", "/manifests/sha256-").is_empty(),
        "{}",
        srv.log()
    );
    let fallback = format!(
        "{}/app:sha256-{}",
        srv.host,
        fx.top.digest.trim_start_matches("sha256:")
    );
    env.run(&["manifest", "get", &fallback]).code(3);
    let listed = env.json(&["referrers", &format!("{}/app:v1", srv.host)]);
    assert!(listed.to_string().contains(&s.art.digest), "{listed}");
    // ...and out of it, read through the API, to a registry without one.
    let asked = srv.requests("GET", "/manifests/sha256-").len();
    let dst = Registry::anonymous();
    env.run(&[
        "copy",
        &format!("{}/app:v1", srv.host),
        &format!("{}/app:v1", dst.host),
        "--referrers",
    ])
    .ok();
    srv.wait_line(|l| l.starts_with("GET ") && l.contains("/referrers/"));
    assert_eq!(
        srv.requests("GET", "/manifests/sha256-").len(),
        asked,
        "the API answered, so the fallback tag was not asked for: {}",
        srv.log()
    );
    s.assert_copied_to(&dst.host);
    // The artifactType filter.
    let url = format!(
        "http://{}/v2/app/referrers/{}?artifactType=application/vnd.example.signature",
        srv.host, fx.top.digest
    );
    let got = run_ok(Command::new("curl").args(["-sfi", &url]));
    assert!(
        got.to_lowercase()
            .contains("oci-filters-applied: artifacttype"),
        "{got}"
    );
    assert!(got.contains(&s.art.digest), "{got}");
    let none = run_ok(
        Command::new("curl").args(["-sf", &url.replace("example.signature", "example.other")]),
    );
    assert!(!none.contains(&s.art.digest), "{none}");
}
