//! Faults between hoist and the real registry (through the proxy), and protocol edge cases
//! from the fake server: retries, resumed downloads, corrupted and lying content, oversized and
//! malformed manifests, unreachable hosts.

use crate::support::cmd::Env;
use crate::support::fake::{Fake, Reply, Seen};
use crate::support::fixtures::{self, Compression};
use crate::support::proxy::{Action, Fault, Proxy};
use crate::support::registry::Registry;
use crate::support::{free_port, have_tools};

struct Setup {
    _reg: Registry,
    proxy: Proxy,
    env: Env,
    fx: fixtures::Fixture,
}

fn setup() -> Option<Setup> {
    if !have_tools() {
        return None;
    }
    let reg = Registry::anonymous();
    let fx = fixtures::single(31, Compression::Gzip);
    fx.push_to(&reg, "app", "v1", None);
    let proxy = Proxy::start(&reg.host);
    Some(Setup {
        _reg: reg,
        proxy,
        env: Env::new(),
        fx,
    })
}

#[test]
fn server_errors_and_rate_limits_are_retried() {
    let Some(s) = setup() else { return };
    let r = format!("{}/app:v1", s.proxy.host);
    s.proxy.fault(Fault {
        method: "GET",
        path_contains: "/manifests/v1".into(),
        action: Action::Status(503, None),
        times: 2,
    });
    s.proxy.fault(Fault {
        method: "GET",
        path_contains: "/blobs/".into(),
        action: Action::Status(429, Some(1)),
        times: 1,
    });
    let out = s.env.run(&["config", "get", &r, "--format", "raw"]).ok();
    assert_eq!(out.stdout, s.fx.images[0].config.data);
    assert_eq!(
        s.proxy.count("GET", "/manifests/v1"),
        3,
        "{:?}",
        s.proxy.requests()
    );
    assert_eq!(
        s.proxy.count("GET", "/blobs/"),
        2,
        "{:?}",
        s.proxy.requests()
    );
}

/// `blob get` of a layer whose first download meets `action` still writes the right bytes,
/// with one more request (a Range request picking up where the first stopped).
fn blob_get_recovers_from(action: Action, extra: &[&str]) {
    let Some(s) = setup() else { return };
    let layer = &s.fx.images[0].layers[0];
    let r = format!("{}/app@{}", s.proxy.host, layer.digest);
    s.proxy.fault(Fault {
        method: "GET",
        path_contains: layer.digest.clone(),
        action,
        times: 1,
    });
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("layer");
    let mut args = vec!["blob", "get", &r, "-o", dest.to_str().unwrap()];
    args.extend(extra);
    s.env.run(&args).ok();
    assert_eq!(std::fs::read(&dest).unwrap(), layer.data);
    assert_eq!(
        s.proxy.count("GET", &layer.digest),
        2,
        "{:?}",
        s.proxy.requests()
    );
}

#[test]
fn a_download_cut_mid_body_resumes_with_a_range_request() {
    blob_get_recovers_from(Action::ResetAfter(1000), &[]);
}

#[test]
fn a_download_that_stalls_is_given_up_after_the_timeout_and_resumed() {
    blob_get_recovers_from(Action::StallAfter(1000), &["--timeout", "1"]);
}

#[test]
fn a_corrupted_blob_fails_with_both_digests_and_leaves_no_file() {
    let Some(s) = setup() else { return };
    let layer = &s.fx.images[0].layers[1];
    let r = format!("{}/app@{}", s.proxy.host, layer.digest);
    s.proxy.fault(Fault {
        method: "GET",
        path_contains: layer.digest.clone(),
        action: Action::Corrupt,
        times: 1,
    });
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("layer");
    let out = s
        .env
        .run(&["blob", "get", &r, "-o", dest.to_str().unwrap()])
        .code(5);
    out.says(&format!("expected {}", layer.digest));
    out.says("got sha256:");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing may be left behind"
    );
}

#[test]
fn a_registry_lying_about_a_manifest_digest_is_caught() {
    let Some(s) = setup() else { return };
    let r = format!("{}/app:v1", s.proxy.host);
    let lie = format!("sha256:{}", "ab".repeat(32));
    s.proxy.fault(Fault {
        method: "GET",
        path_contains: "/manifests/v1".into(),
        action: Action::Header("Docker-Content-Digest", lie.clone()),
        times: 1,
    });
    let out = s.env.run(&["manifest", "get", &r]).code(5);
    assert!(
        out.stderr.contains(&lie) && out.stderr.contains(&s.fx.top.digest),
        "{}",
        out.stderr
    );
    // By digest, altered bytes are caught by hashing.
    let by_digest = format!("{}/app@{}", s.proxy.host, s.fx.top.digest);
    s.proxy.fault(Fault {
        method: "GET",
        path_contains: s.fx.top.digest.clone(),
        action: Action::Corrupt,
        times: 1,
    });
    s.env.run(&["manifest", "get", &by_digest]).code(5);
}

fn fake_manifest(body: Vec<u8>) -> Fake {
    let body = std::sync::Arc::new(body);
    Fake::start(move |req| {
        if req.path.contains("/manifests/") {
            Reply {
                status: 200,
                headers: vec![(
                    "Content-Type".into(),
                    "application/vnd.oci.image.manifest.v1+json".into(),
                )],
                body: body.to_vec(),
                ..Reply::default()
            }
        } else {
            Reply {
                status: 404,
                headers: vec![],
                body: vec![],
                ..Reply::default()
            }
        }
    })
}

#[test]
fn oversized_and_malformed_manifests_are_refused() {
    let env = Env::new();
    let mut big = b"{\"schemaVersion\":2,\"annotations\":{\"x\":\"".to_vec();
    big.extend(std::iter::repeat_n(b'a', 5 * 1024 * 1024));
    big.extend(b"\"}}");
    let truncated =
        br#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":"#
            .to_vec();
    for (body, says) in [(big, "limit"), (truncated, "malformed")] {
        let fake = fake_manifest(body);
        env.run(&[
            "manifest",
            "get",
            &format!("{}/app:v1", fake.host),
            "--plain-http",
        ])
        .code(5)
        .says(says);
    }
}

#[test]
fn an_unreachable_registry_exits_6_with_a_hint() {
    let env = Env::new();
    let port = free_port();
    let out = env
        .run(&["manifest", "head", &format!("127.0.0.1:{port}/app:v1")])
        .code(6);
    out.says("cannot reach");
    out.says("nothing is listening");
}

#[test]
fn credentials_do_not_follow_a_redirect_to_another_host() {
    let saw_auth = std::sync::Arc::new(std::sync::Mutex::new(Vec::<bool>::new()));
    let log = saw_auth.clone();
    let data = b"blob bytes".to_vec();
    let digest = format!("sha256:{}", crate::support::sha256_hex(&data));
    let storage = Fake::start(move |req: &Seen| {
        log.lock()
            .unwrap()
            .push(req.header("authorization").is_some());
        Reply {
            status: 200,
            headers: vec![],
            body: data.clone(),
            ..Reply::default()
        }
    });
    let storage_host = storage.host.clone();
    let registry = Fake::start(move |req: &Seen| match req.header("authorization") {
        None => Reply {
            status: 401,
            headers: vec![("WWW-Authenticate".into(), "Basic realm=\"fake\"".into())],
            body: vec![],
            ..Reply::default()
        },
        Some(_) => Reply {
            status: 307,
            headers: vec![(
                "Location".into(),
                format!("http://{storage_host}/storage/blob"),
            )],
            body: vec![],
            ..Reply::default()
        },
    });
    let out = Env::new()
        .run(&[
            "blob",
            "get",
            &format!("{}/app@{digest}", registry.host),
            "--plain-http",
            "--creds",
            "u:secret",
        ])
        .ok();
    assert_eq!(out.stdout, b"blob bytes");
    assert_eq!(
        *saw_auth.lock().unwrap(),
        vec![false],
        "the storage host must not receive the credentials"
    );
}

#[test]
fn docker_hub_rate_limit_headers_are_reported() {
    let Some(s) = setup() else { return };
    s.proxy.fault(Fault {
        method: "HEAD",
        path_contains: "/manifests/v1".into(),
        action: Action::AddHeaders(vec![
            ("ratelimit-limit", "100;w=21600".into()),
            ("ratelimit-remaining", "42;w=21600".into()),
        ]),
        times: 2,
    });
    let r = format!("{}/app:v1", s.proxy.host);
    let j = s.env.json(&["manifest", "head", &r]);
    assert_eq!(j["rateLimit"]["limit"], 100);
    assert_eq!(j["rateLimit"]["remaining"], 42);
    assert_eq!(j["rateLimit"]["window"], 21600);
    let out = s.env.run(&["manifest", "head", &r, "-v"]).ok();
    out.says("42 of 100 pulls left");
    assert_eq!(
        s.proxy.count("GET", "/manifests/"),
        0,
        "a HEAD costs no pull"
    );
}

#[test]
fn tag_listings_follow_link_pagination() {
    // distribution 2.8 ignores `n`, so a fake registry serves the pages.
    let fake = Fake::start(|req: &Seen| {
        let (tags, link) = if req.path.contains("last=b") {
            (r#"["c"]"#, None)
        } else {
            (
                r#"["b","a"]"#,
                Some("</v2/app/tags/list?last=b&n=2>; rel=\"next\""),
            )
        };
        let mut headers = vec![("Content-Type".to_string(), "application/json".to_string())];
        if let Some(l) = link {
            headers.push(("Link".into(), l.into()));
        }
        Reply {
            status: 200,
            headers,
            body: format!(r#"{{"name":"app","tags":{tags}}}"#).into_bytes(),
            ..Reply::default()
        }
    });
    let out = Env::new()
        .run(&["tag", "ls", &format!("{}/app", fake.host), "--plain-http"])
        .ok()
        .text();
    assert_eq!(out.lines().collect::<Vec<_>>(), vec!["a", "b", "c"]);
}
