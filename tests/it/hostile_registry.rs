//! Hostile registries: a fake registry (and a second origin beside it) answering what no real
//! registry would: links, upload locations and redirects to other origins, a storage host's
//! own token realm, control characters, dripping, endless and lying bodies, huge numbers,
//! redirect loops, indexes nested a thousand deep. Each test asserts the exit code, that no
//! credential reached another origin (each fake counts the Authorization headers it got), and
//! peak RSS where memory is the point.

use std::sync::Arc;

use serde_json::json;

use crate::support::cmd::{Env, Out};
use crate::support::fake::{Fake, Mode, Reply, Seen};
use crate::support::fixtures::{self, Blob, Compression, Fixture};

const CREDS: &str = "u:secret";
/// `Basic base64(u:secret)`.
const BASIC: &str = "Basic dTpzZWNyZXQ=";

fn basic_challenge() -> Reply {
    Reply::status(401).header("WWW-Authenticate", "Basic realm=\"fake\"")
}

/// Runs hoist with `args` under a small Python parent that reports hoist's peak RSS (a child
/// spawned straight from this test process would count the test's own memory: its address
/// space is shared until exec). A hang is killed after a minute and fails the test.
fn run_measured(env: &Env, args: &[&str]) -> (Out, u64) {
    const PARENT: &str = r#"
import resource, subprocess, sys
try:
    code = subprocess.run(sys.argv[2:], timeout=60).returncode
except subprocess.TimeoutExpired:
    code = 124
open(sys.argv[1], "w").write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(code if code >= 0 else 128 - code)
"#;
    let report = tempfile::NamedTempFile::new().unwrap();
    let mut all = vec![
        "-c",
        PARENT,
        report.path().to_str().unwrap(),
        env!("CARGO_BIN_EXE_hoist"),
    ];
    all.extend(args);
    let o = env
        .command_via("python3", &all)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let code = o.status.code().unwrap_or(-1);
    assert!(
        code != 124 && code < 128,
        "hoist {args:?} hung or crashed ({code})"
    );
    let rss = std::fs::read_to_string(report.path())
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let out = Out {
        code,
        stdout: o.stdout,
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    };
    eprintln!("hoist {}: peak RSS {rss} KiB", args[..2].join(" "));
    (out, rss)
}

/// `hoist ARGS --plain-http` in a fresh environment.
fn run_plain(args: &[&str]) -> Out {
    let mut all = args.to_vec();
    all.push("--plain-http");
    run(&Env::new(), &all)
}

/// `hoist ARGS --plain-http --creds u:secret` in a fresh environment.
fn run_with_creds(args: &[&str]) -> Out {
    let mut all = args.to_vec();
    all.extend(["--plain-http", "--creds", CREDS]);
    run(&Env::new(), &all)
}

fn run(env: &Env, args: &[&str]) -> Out {
    run_measured(env, args).0
}

/// A Basic-auth registry whose tag list's next page is on `other`; returns `hoist tag ls`'s
/// outcome with the credentials.
fn tags_with_next_page_at(other: &Fake) -> Out {
    let other_host = other.host.clone();
    let registry = Fake::start(move |req: &Seen| match req.header("authorization") {
        Some(BASIC) => Reply::json(200, r#"{"name":"app","tags":["a"]}"#).header(
            "Link",
            &format!("<http://{other_host}/v2/app/tags/list?last=a>; rel=\"next\""),
        ),
        _ => basic_challenge(),
    });
    let r = format!("{}/app", registry.host);
    run(
        &Env::new(),
        &["tag", "ls", &r, "--plain-http", "--creds", CREDS],
    )
}

#[test]
fn a_next_page_on_another_origin_gets_no_credentials() {
    let other =
        Fake::start(|_req: &Seen| Reply::json(200, r#"{"name":"app","tags":["from-elsewhere"]}"#));
    let out = tags_with_next_page_at(&other).ok();
    assert_eq!(out.text(), "a\nfrom-elsewhere\n");
    assert_eq!(other.seen().len(), 1, "the next page was fetched");
    assert!(
        other.authorizations().is_empty(),
        "the other origin got credentials"
    );
    // The other origin asks for credentials: an auth error, and still none sent.
    let other = Fake::start(|_req: &Seen| basic_challenge());
    tags_with_next_page_at(&other)
        .code(4)
        .says("asked for credentials")
        .says("only to");
    assert!(other.authorizations().is_empty());
}

/// A token service on `self`'s origin that hands out `tok-<n>` and counts requests.
fn bearer_registry(
    tags_link_to: Option<String>,
    token_body: impl Fn() -> Reply + Send + Sync + 'static,
) -> Fake {
    let port = crate::support::free_port();
    let me = format!("127.0.0.1:{port}");
    let token_body = Arc::new(token_body);
    let me2 = me.clone();
    let f = Fake::start_with_port(port, move |req: &Seen| {
        if req.path.starts_with("/token") {
            return token_body();
        }
        match req.header("authorization") {
            Some(a) if a.starts_with("Bearer ") => {
                let mut r = Reply::json(200, r#"{"name":"app","tags":["a"]}"#);
                if let Some(o) = &tags_link_to {
                    r = r.header(
                        "Link",
                        &format!("<http://{o}/v2/app/tags/list?last=a>; rel=\"next\""),
                    );
                }
                r
            }
            _ => Reply::status(401).header(
                "WWW-Authenticate",
                &format!(
                    "Bearer realm=\"http://{me2}/token\",service=\"fake\",scope=\"repository:app:pull\""
                ),
            ),
        }
    });
    assert_eq!(f.host, me);
    f
}

#[test]
fn a_bearer_token_never_reaches_a_next_page_on_another_origin() {
    let other = Fake::start(|_req: &Seen| Reply::json(200, r#"{"tags":["b"]}"#));
    let registry = bearer_registry(Some(other.host.clone()), || {
        Reply::json(200, r#"{"token":"tok-1","expires_in":300}"#)
    });
    let out = run_with_creds(&["tag", "ls", &format!("{}/app", registry.host)]).ok();
    assert_eq!(out.text(), "a\nb\n");
    assert!(other.authorizations().is_empty());
    // The token service (the registry's own realm) got the credentials, the API the token.
    let auths = registry.authorizations();
    assert!(auths.contains(&BASIC.to_string()), "{auths:?}");
    assert!(auths.contains(&"Bearer tok-1".to_string()), "{auths:?}");
}

#[test]
fn hostile_token_answers_are_bounded_and_huge_lifetimes_do_not_panic() {
    // expires_in = 2^64-1 panicked (an Instant overflow).
    let registry = bearer_registry(None, || {
        Reply::json(200, r#"{"token":"tok","expires_in":18446744073709551615}"#)
    });
    run_plain(&["tag", "ls", &format!("{}/app", registry.host)]).ok();
    // An endless token answer stops at the token limit, with flat memory.
    let registry = bearer_registry(None, || {
        Reply::status(200)
            .body(vec![b' '; 64 * 1024])
            .mode(Mode::Endless)
    });
    let (out, rss) = run_measured(
        &Env::new(),
        &[
            "tag",
            "ls",
            &format!("{}/app", registry.host),
            "--plain-http",
        ],
    );
    let out = out.code(4);
    out.says("limit for a token");
    assert!(rss < 64 * 1024, "peak RSS {rss} KiB");
}

#[test]
fn uploads_to_a_location_on_another_origin_carry_no_credentials() {
    let other = Fake::start(|req: &Seen| match req.method.as_str() {
        "PUT" => Reply::status(201),
        _ => Reply::status(202).header("Location", &req.path),
    });
    let registry = push_target(Some(other.host.clone()), TagsList::Missing);
    let src = layout(&fixtures::single(80, Compression::Gzip));
    let out = run_with_creds(&[
        "copy",
        &format!("ocidir://{}:v1", src.path().display()),
        &format!("{}/app:v1", registry.host),
    ])
    .ok();
    let _ = out;
    let puts = other.seen().iter().filter(|s| s.method == "PUT").count();
    assert!(
        puts >= 2,
        "the blobs went to the other origin's upload location"
    );
    assert!(
        other.authorizations().is_empty(),
        "{:?}",
        other.authorizations()
    );
    assert!(
        registry
            .seen()
            .iter()
            .any(|s| s.method == "PUT" && s.path.contains("/manifests/")),
        "the manifest was pushed"
    );
}

#[test]
fn a_destination_with_an_endless_tag_list_costs_no_memory_in_copy() {
    let registry = push_target(None, TagsList::Endless);
    let src = layout(&fixtures::single(81, Compression::Gzip));
    let (out, rss) = run_measured(
        &Env::new(),
        &[
            "copy",
            &format!("ocidir://{}:v1", src.path().display()),
            &format!("{}/app:v1", registry.host),
            "--plain-http",
            "--creds",
            CREDS,
        ],
    );
    out.ok();
    assert!(rss < 64 * 1024, "peak RSS {rss} KiB");
    // `tag ls` of it stops at the listing limit.
    let (out, rss) = run_measured(
        &Env::new(),
        &[
            "tag",
            "ls",
            &format!("{}/app", registry.host),
            "--plain-http",
            "--creds",
            CREDS,
        ],
    );
    out.code(5).says("byte limit");
    assert!(rss < 300 * 1024, "peak RSS {rss} KiB");
}

#[test]
fn a_redirected_blob_whose_storage_asks_for_its_own_token_gets_no_registry_credentials() {
    let data = b"blob bytes".to_vec();
    let digest = format!("sha256:{}", crate::support::sha256_hex(&data));
    let port = crate::support::free_port();
    let storage = Fake::start_with_port(port, move |_req: &Seen| {
        Reply::status(401).header(
            "WWW-Authenticate",
            &format!("Bearer realm=\"http://127.0.0.1:{port}/token\",service=\"storage\""),
        )
    });
    let storage_host = storage.host.clone();
    let registry = Fake::start(move |req: &Seen| match req.header("authorization") {
        Some(BASIC) => Reply::status(307).header(
            "Location",
            &format!("http://{storage_host}/bucket/blob?sig=1"),
        ),
        _ => basic_challenge(),
    });
    let out = run_with_creds(&["blob", "get", &format!("{}/app@{digest}", registry.host)]).code(4);
    out.says("asked for credentials");
    assert!(
        storage.authorizations().is_empty(),
        "{:?}",
        storage.authorizations()
    );
    assert!(
        !storage.seen().iter().any(|s| s.path.starts_with("/token")),
        "the storage host's realm was never asked"
    );
}

#[test]
fn redirect_loops_and_lying_lengths_end_with_clear_errors() {
    let port = crate::support::free_port();
    let looping = Fake::start_with_port(port, move |req: &Seen| {
        Reply::status(307).header("Location", &format!("http://127.0.0.1:{port}{}", req.path))
    });
    let get = |host: &str| {
        run(
            &Env::new(),
            &["manifest", "get", &format!("{host}/app:v1"), "--plain-http"],
        )
    };
    get(&looping.host).code(6).says("more than 10 times");
    // A manifest claiming 10 MiB is refused before it is read.
    let lying = Fake::start(|_req: &Seen| {
        Reply::json(200, "{}")
            .header("Content-Type", "application/vnd.oci.image.manifest.v1+json")
            .mode(Mode::Lying(10 * 1024 * 1024))
    });
    get(&lying.host).code(5).says("limit");
}

#[test]
fn dripping_bodies_end_at_the_minimum_rate_and_the_document_deadline() {
    let data = vec![7u8; 1024 * 1024];
    let digest = format!("sha256:{}", crate::support::sha256_hex(&data));
    let drip = Fake::start(move |_req: &Seen| {
        Reply::status(200)
            .body(data.clone())
            .mode(Mode::Drip(std::time::Duration::from_millis(100)))
    });
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("blob");
    let out = run_plain(&[
        "blob",
        "get",
        &format!("{}/app@{digest}", drip.host),
        "--timeout",
        "5",
        "--min-rate",
        "1024",
        "--min-rate-window",
        "2",
        "-o",
        dest.to_str().unwrap(),
    ])
    .code(6);
    out.says("below the minimum");
    assert!(!dest.exists(), "no partial file under the final name");
    assert_eq!(
        drip.seen().len(),
        1,
        "a body below the minimum rate is not resumed"
    );
    // A manifest dripped a byte at a time: each byte resets the idle limit, the document
    // deadline ends it.
    let m = br#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[]}"#;
    let drip = Fake::start(move |_req: &Seen| {
        Reply::json(200, m.to_vec())
            .header("Content-Type", "application/vnd.oci.image.index.v1+json")
            .mode(Mode::Drip(std::time::Duration::from_millis(300)))
    });
    run_plain(&[
        "manifest",
        "get",
        &format!("{}/app:v1", drip.host),
        "--timeout",
        "2",
    ])
    .code(6)
    .says("did not finish");
}

#[test]
fn control_characters_from_a_registry_are_escaped() {
    let registry = Fake::start(|req: &Seen| {
        if req.path.contains("tags/list") {
            Reply::json(200, "{\"tags\":[\"ok\",\"red\\u001b[31m\",\"a\\rb\"]}")
        } else {
            Reply::json(
                404,
                "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"no \\u001b]0;pwned\\u0007 here\"}]}",
            )
        }
    });
    let env = Env::new();
    let out = run(
        &env,
        &[
            "tag",
            "ls",
            &format!("{}/app", registry.host),
            "--plain-http",
        ],
    )
    .ok();
    let text = out.text();
    assert!(!text.contains('\x1b') && !text.contains('\r'), "{text:?}");
    assert!(text.contains("red\\u{1b}[31m"), "{text:?}");
    assert!(text.contains("a\\u{d}b"), "{text:?}");
    let out = run(
        &env,
        &[
            "manifest",
            "get",
            &format!("{}/app:v1", registry.host),
            "--plain-http",
        ],
    )
    .code(3);
    assert!(
        !out.stderr.contains('\x1b') && !out.stderr.contains('\x07'),
        "{:?}",
        out.stderr
    );
    out.says("\\u{1b}]0;pwned\\u{7}");
    // JSON carries them escaped by JSON's own rules.
    let j = env.json(&[
        "tag",
        "ls",
        &format!("{}/app", registry.host),
        "--plain-http",
    ]);
    assert!(!j.to_string().contains('\x1b'));
}

/// Writes `fx` as a layout tagged `v1`.
fn layout(fx: &Fixture) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fx.write_layout(dir.path(), "v1");
    dir
}

/// An index blob listing `children`.
fn index_of(children: &[serde_json::Value]) -> Blob {
    Blob::new(
        "application/vnd.oci.image.index.v1+json",
        serde_json::to_vec(&json!({
            "schemaVersion": 2,
            "mediaType": "application/vnd.oci.image.index.v1+json",
            "manifests": children,
        }))
        .unwrap(),
    )
}

#[test]
fn an_index_chain_a_thousand_deep_is_refused_not_a_stack_overflow() {
    let base = fixtures::single(82, Compression::Gzip);
    let mut chain = vec![];
    let mut below = base.top.descriptor();
    for _ in 0..1000 {
        let idx = index_of(&[below]);
        below = idx.descriptor();
        chain.push(idx);
    }
    let top = chain.pop().unwrap();
    let fx = Fixture {
        top,
        images: base.images.clone(),
        others: chain.into_iter().map(|b| (b, vec![])).collect(),
    };
    let src = layout(&fx);
    let dst = tempfile::tempdir().unwrap();
    let env = Env::new();
    let r = format!("ocidir://{}:v1", src.path().display());
    run(
        &env,
        &["copy", &r, &format!("ocidir://{}:v1", dst.path().display())],
    )
    .code(5)
    .says("more than 8 levels");
    run(&env, &["digest", "verify", &r, "--platform", "all"])
        .code(5)
        .says("more than 8 levels");
}

#[test]
fn a_nested_index_with_wrong_bytes_fails_verification_instead_of_passing_empty() {
    let base = fixtures::single(83, Compression::Gzip);
    let nested = index_of(&[base.top.descriptor()]);
    let top = index_of(&[nested.descriptor()]);
    let fx = Fixture {
        top,
        images: base.images.clone(),
        others: vec![(nested.clone(), vec![])],
    };
    let src = layout(&fx);
    let env = Env::new();
    let r = format!("ocidir://{}:v1", src.path().display());
    // Intact, the nested index's image is verified.
    let out = run(&env, &["digest", "verify", &r, "--platform", "all"]).ok();
    out.says("verified 1 image");
    // Its bytes changed on disk: exit 5, not "verified 0 images".
    let path = src
        .path()
        .join("blobs/sha256")
        .join(nested.digest.trim_start_matches("sha256:"));
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.push(b' ');
    std::fs::write(&path, bytes).unwrap();
    run(&env, &["digest", "verify", &r, "--platform", "all"]).code(5);
    // An index that lists only an attestation verifies nothing, and says so.
    let att = index_of(&[json!({
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "digest": base.top.digest, "size": base.top.data.len(),
        "platform": {"architecture": "unknown", "os": "unknown"},
        "annotations": {"vnd.docker.reference.type": "attestation-manifest"},
    })]);
    let fx = Fixture {
        top: att,
        images: base.images.clone(),
        others: vec![],
    };
    let src = layout(&fx);
    run(
        &env,
        &[
            "digest",
            "verify",
            &format!("ocidir://{}:v1", src.path().display()),
            "--platform",
            "all",
        ],
    )
    .code(3)
    .says("no image to verify");
}

#[test]
fn a_layer_listed_three_times_is_downloaded_once() {
    let t = crate::support::tarb::tar(&[crate::support::tarb::file("f", b"same")]);
    let fx = fixtures::from_tars(
        84,
        &[
            (t.clone(), Compression::Gzip),
            (t.clone(), Compression::Gzip),
            (t, Compression::Gzip),
        ],
        None,
    );
    let layer = fx.images[0].layers[0].clone();
    let src = layout(&fx);
    let out_dir = tempfile::tempdir().unwrap();
    let root = out_dir.path().join("root");
    let r = format!("ocidir://{}:v1", src.path().display());
    run(
        &Env::new(),
        &[
            "layer",
            "pull",
            &r,
            "-o",
            out_dir.path().join("layers").to_str().unwrap(),
            "--extract",
            root.to_str().unwrap(),
        ],
    )
    .ok();
    let files: Vec<_> = std::fs::read_dir(out_dir.path().join("layers"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().into_string().unwrap())
        .collect();
    assert_eq!(
        files,
        vec![layer.digest.trim_start_matches("sha256:").to_string()]
    );
    assert_eq!(
        std::fs::read(out_dir.path().join("layers").join(&files[0])).unwrap(),
        layer.data
    );
    assert_eq!(std::fs::read(root.join("f")).unwrap(), b"same");
}

/// What a push target answers for its tag list.
#[derive(Clone, Copy)]
enum TagsList {
    Missing,
    Endless,
}

/// A registry that accepts pushes (without storing them) behind Basic auth; upload sessions
/// live at `upload_origin` when given.
fn push_target(upload_origin: Option<String>, tags: TagsList) -> Fake {
    Fake::start(move |req: &Seen| {
        if req.header("authorization") != Some(BASIC) {
            return basic_challenge();
        }
        let p = req.path.as_str();
        match (req.method.as_str(), tags) {
            ("GET", TagsList::Missing) if p.contains("/tags/list") => Reply::json(
                404,
                r#"{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry"}]}"#,
            ),
            ("GET", TagsList::Endless) if p.contains("/tags/list") => {
                let mut r = Reply::json(200, r#"{"name":"app","tags":["#);
                r.body.extend(b"\"t\",".repeat(16 * 1024));
                r.mode(Mode::Endless)
            }
            ("HEAD", _) => Reply::status(404),
            ("POST", _) if p.contains("/blobs/uploads/") => {
                let loc = match &upload_origin {
                    Some(o) => format!("http://{o}/upload/session"),
                    None => "/v2/app/blobs/uploads/session".to_string(),
                };
                Reply::status(202).header("Location", &loc)
            }
            ("PUT", _) | ("PATCH", _) => Reply::status(201),
            ("GET", _) if p == "/v2/" => Reply::status(200),
            _ => Reply::status(404),
        }
    })
}

/// A network namespace joined to this one by a veth pair: the host end's address is a real,
/// non-loopback address on this machine. Removed on drop.
struct Netns {
    name: String,
    addr: String,
}

impl Netns {
    /// `None` (with a line saying the test skipped) when namespaces cannot be made here.
    fn create() -> Option<Netns> {
        let id = std::process::id() % 10_000;
        let name = format!("hoist-t{id}");
        let (host_if, ns_if) = (format!("hh{id}"), format!("hn{id}"));
        let net = format!("10.213.{}", id % 250);
        let ip = |args: &[&str]| {
            std::process::Command::new("ip")
                .args(args)
                .output()
                .is_ok_and(|o| o.status.success())
        };
        let _ = ip(&["netns", "del", &name]);
        if !ip(&["netns", "add", &name]) {
            eprintln!("skipping: cannot create a network namespace (needs root and iproute2)");
            return None;
        }
        let ns = Netns {
            name: name.clone(),
            addr: format!("{net}.1"),
        };
        let ok = ip(&[
            "link", "add", &host_if, "type", "veth", "peer", "name", &ns_if,
        ]) && ip(&["link", "set", &ns_if, "netns", &name])
            && ip(&["addr", "add", &format!("{net}.1/30"), "dev", &host_if])
            && ip(&["link", "set", &host_if, "up"])
            && ip(&[
                "-n",
                &name,
                "addr",
                "add",
                &format!("{net}.2/30"),
                "dev",
                &ns_if,
            ])
            && ip(&["-n", &name, "link", "set", &ns_if, "up"]);
        if !ok {
            eprintln!("skipping: cannot set up a veth pair into the namespace");
            return None;
        }
        Some(ns)
    }
}

impl Drop for Netns {
    fn drop(&mut self) {
        // Deleting the namespace deletes the veth end inside it, and with it the pair.
        let _ = std::process::Command::new("ip")
            .args(["netns", "del", &self.name])
            .output();
    }
}

#[test]
fn credentials_never_go_over_plain_http_to_a_host_that_is_not_loopback() {
    let Some(ns) = Netns::create() else { return };
    let registry = Fake::start_on(&ns.addr, |req: &Seen| match req.header("authorization") {
        Some(BASIC) => Reply::json(200, r#"{"tags":["a"]}"#),
        _ => basic_challenge(),
    });
    assert!(!registry.host.starts_with("127."));
    let r = format!("{}/app", registry.host);
    let env = Env::new();
    run(&env, &["tag", "ls", &r, "--plain-http", "--creds", CREDS])
        .code(4)
        .says("over plain HTTP");
    assert!(registry.authorizations().is_empty());
    // Trusting the network explicitly sends them.
    let out = run(
        &env,
        &[
            "tag",
            "ls",
            &r,
            "--plain-http",
            "--insecure",
            "--creds",
            CREDS,
        ],
    )
    .ok();
    assert_eq!(out.text(), "a\n");
    assert_eq!(registry.authorizations(), vec![BASIC.to_string()]);
}

#[test]
fn an_interrupted_extraction_leaves_no_temporary_layers_behind() {
    let t = crate::support::tarb::tar(&[crate::support::tarb::file("f", &[1u8; 4096])]);
    let fx = fixtures::from_tars(85, &[(t, Compression::Gzip)], None);
    let img = fx.images[0].clone();
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    let tx = std::sync::Mutex::new(tx);
    let registry = Fake::start(move |req: &Seen| {
        if req.path.contains("/manifests/") {
            return Reply::json(200, img.manifest.data.clone())
                .header("Content-Type", &img.manifest.media_type)
                .header("Docker-Content-Digest", &img.manifest.digest);
        }
        if req.path.ends_with(&img.config.digest) {
            return Reply::json(200, img.config.data.clone());
        }
        if req.path.ends_with(&img.layers[0].digest) {
            let _ = tx.lock().unwrap().send(());
            return Reply::status(200)
                .body(img.layers[0].data.clone())
                .mode(Mode::Drip(std::time::Duration::from_millis(200)));
        }
        Reply::status(404)
    });
    let tmp = tempfile::tempdir().unwrap();
    let root = tempfile::tempdir().unwrap();
    let mut env = Env::new();
    env.set("TMPDIR", tmp.path().to_str().unwrap());
    let child = env
        .command(&[
            "layer",
            "pull",
            &format!("{}/app:v1", registry.host),
            "--plain-http",
            "--min-rate",
            "0",
            "--extract",
            root.path().join("rootfs").to_str().unwrap(),
        ])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The layer download has started: the temporary directory exists now.
    rx.recv_timeout(std::time::Duration::from_secs(30))
        .expect("the layer was requested");
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
    // SAFETY: kill has no memory preconditions; the pid is our child's.
    unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGTERM) };
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("interrupted"));
    assert_eq!(
        std::fs::read_dir(tmp.path()).unwrap().count(),
        0,
        "the temporary layer directory is removed"
    );
}
