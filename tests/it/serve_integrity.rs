//! `hoist serve` keeps content addressing under faults, tested for real: a small tmpfs that
//! fills up mid-upload, an upload cancelled while a PATCH streams into it, and a read-only
//! mount. The invariant (docs/serve.md): a blob path holds exactly the bytes of its digest or
//! does not exist, and the offset an upload reports is what is on disk.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::support::cmd::Env;
use crate::support::serve::Served;
use crate::support::{copy_dir, run_ok, sha256_hex};

/// A tmpfs of `mib` MiB mounted on a fresh directory, unmounted on drop. `None` (with a line
/// said) where mounts are not allowed, unless `HOIST_REQUIRE_REGISTRY=1` asks for every test.
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    fn new(mib: u32) -> Option<Tmpfs> {
        let dir = tempfile::tempdir().unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={mib}m"), "tmpfs"])
            .arg(dir.path())
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            if std::env::var_os("HOIST_REQUIRE_REGISTRY").is_some_and(|v| v == "1") {
                panic!("cannot mount a tmpfs (the fault tests need root)");
            }
            eprintln!("skipping: cannot mount a tmpfs");
            return None;
        }
        Some(Tmpfs { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Fills the file system until `leave` bytes are free.
    fn fill(&self, leave: u64) -> PathBuf {
        let st = rustix::fs::statvfs(self.path()).unwrap();
        let free = st.f_bavail * st.f_frsize;
        let filler = self.path().join("filler");
        let mut f = std::fs::File::create(&filler).unwrap();
        let chunk = vec![0u8; 64 * 1024];
        let mut left = free.saturating_sub(leave);
        while left > 0 {
            let n = left.min(chunk.len() as u64) as usize;
            if f.write_all(&chunk[..n]).is_err() {
                break;
            }
            left -= n as u64;
        }
        f.sync_all().ok();
        filler
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}

/// `curl` with the method, headers and body given; returns (status, headers, body).
fn curl(method: &str, url: &str, headers: &[&str], body: Option<&[u8]>) -> (u16, String, Vec<u8>) {
    let hdr = tempfile::NamedTempFile::new().unwrap();
    let mut c = Command::new("curl");
    // `-X HEAD` would wait for a body that never comes; `-I` is curl's HEAD.
    if method == "HEAD" {
        c.args(["-s", "-I", "-D"]);
    } else {
        c.args(["-s", "-X", method, "-D"]);
    }
    c.arg(hdr.path()).args(["-o", "-", "-w", "\n%{http_code}"]);
    for h in headers {
        c.args(["-H", h]);
    }
    if body.is_some() {
        c.args(["--data-binary", "@-"]);
    }
    c.arg(url).stdin(Stdio::piped()).stdout(Stdio::piped());
    let mut child = c.spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    if let Some(b) = body {
        stdin.write_all(b).unwrap();
    }
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let mut all = out.stdout;
    let nl = all.iter().rposition(|b| *b == b'\n').unwrap();
    let code: u16 = String::from_utf8_lossy(&all[nl + 1..])
        .trim()
        .parse()
        .unwrap();
    all.truncate(nl);
    (code, std::fs::read_to_string(hdr.path()).unwrap(), all)
}

fn header(headers: &str, name: &str) -> Option<String> {
    headers.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.trim()
            .eq_ignore_ascii_case(name)
            .then(|| v.trim().to_string())
    })
}

fn data(n: usize, seed: u8) -> Vec<u8> {
    (0..n)
        .map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed))
        .collect()
}

/// Starts an upload; its URL.
/// A script in `dir` that runs hoist with at most 64 file descriptors.
fn limited(dir: &Path) -> PathBuf {
    let wrapper = dir.join("limited");
    std::fs::write(
        &wrapper,
        format!(
            "#!/bin/sh\nexec prlimit --nofile=64:64 {} \"$@\"\n",
            env!("CARGO_BIN_EXE_hoist")
        ),
    )
    .unwrap();
    run_ok(Command::new("chmod").arg("755").arg(&wrapper));
    wrapper
}

fn start(host: &str, repo: &str) -> String {
    let (code, h, _) = curl(
        "POST",
        &format!("http://{host}/v2/{repo}/blobs/uploads/"),
        &[],
        None,
    );
    assert_eq!(code, 202);
    let loc = header(&h, "location").unwrap();
    if loc.starts_with("http") {
        loc
    } else {
        format!("http://{host}{loc}")
    }
}

fn with_digest(url: &str, d: &str) -> String {
    format!(
        "{url}{}digest={d}",
        if url.contains('?') { "&" } else { "?" }
    )
}

#[test]
fn a_full_disk_never_commits_a_blob_that_is_not_its_digest() {
    let Some(fs) = Tmpfs::new(8) else { return };
    let srv = Served::start(&Env::new(), fs.path(), &[]);
    let body = data(1 << 20, 1);
    let d = format!("sha256:{}", sha256_hex(&body));
    let blob_url = format!("http://{}/v2/full/blobs/{d}", srv.host);

    // The closing PUT fails on a full disk, and is retried once space is back.
    let filler = fs.fill(256 * 1024);
    let url = start(&srv.host, "full");
    let (code, _, _) = curl("PUT", &with_digest(&url, &d), &[], Some(&body));
    assert!(code >= 500, "a write to a full disk must fail: {code}");
    assert_eq!(
        curl("GET", &blob_url, &[], None).0,
        404,
        "nothing committed"
    );
    std::fs::remove_file(&filler).unwrap();
    let (code, _, _) = curl("PUT", &with_digest(&url, &d), &[], Some(&body));
    assert_eq!(code, 201, "the retried PUT lands whole");
    let (code, _, got) = curl("GET", &blob_url, &[], None);
    assert_eq!(code, 200);
    assert_eq!(got.len(), body.len());
    assert_eq!(format!("sha256:{}", sha256_hex(&got)), d);

    // A PATCH fails for lack of space; the offset the upload then reports is what its file
    // holds; the client resumes from there and the blob is whole.
    let body = data(3 << 20, 2);
    let d = format!("sha256:{}", sha256_hex(&body));
    let url = start(&srv.host, "full");
    let first = 1 << 20;
    let (code, _, _) = curl(
        "PATCH",
        &url,
        &[&format!("Content-Range: 0-{}", first - 1)],
        Some(&body[..first]),
    );
    assert_eq!(code, 202);
    let filler = fs.fill(256 * 1024);
    let (code, _, _) = curl(
        "PATCH",
        &url,
        &[&format!("Content-Range: {first}-{}", body.len() - 1)],
        Some(&body[first..]),
    );
    assert!(code >= 500, "{code}");
    let (code, h, _) = curl("GET", &url, &[], None);
    assert_eq!(code, 204);
    let range = header(&h, "range").unwrap();
    let held: u64 = range.split('-').nth(1).unwrap().parse::<u64>().unwrap() + 1;
    let on_disk: u64 = std::fs::read_dir(fs.path().join(".uploads"))
        .unwrap()
        .flatten()
        .map(|e| e.metadata().unwrap().len())
        .sum();
    assert_eq!(held, on_disk, "the reported offset is what is on disk");
    assert_eq!(held, first as u64, "the failed PATCH was undone whole");
    std::fs::remove_file(&filler).unwrap();
    let (code, _, _) = curl(
        "PATCH",
        &url,
        &[&format!("Content-Range: {held}-{}", body.len() - 1)],
        Some(&body[held as usize..]),
    );
    assert_eq!(code, 202);
    assert_eq!(curl("PUT", &with_digest(&url, &d), &[], None).0, 201);
    let (_, _, got) = curl(
        "GET",
        &format!("http://{}/v2/full/blobs/{d}", srv.host),
        &[],
        None,
    );
    assert_eq!(format!("sha256:{}", sha256_hex(&got)), d);

    // A closing PUT whose Content-Range skips ahead is 416, and the upload is kept.
    let url = start(&srv.host, "full");
    let (code, _, _) = curl(
        "PUT",
        &with_digest(&url, &d),
        &["Content-Range: 10-19"],
        Some(b"0123456789"),
    );
    assert_eq!(code, 416);
    assert_eq!(
        curl("GET", &url, &[], None).0,
        204,
        "the upload is still there"
    );
}

#[test]
fn an_upload_cancelled_while_a_patch_streams_is_gone() {
    let Some(fs) = Tmpfs::new(16) else { return };
    let srv = Served::start(&Env::new(), fs.path(), &[]);
    let url = start(&srv.host, "cancel");
    let mut patch = Command::new("curl")
        .args([
            "-s",
            "-o",
            "/dev/null",
            "-w",
            "%{http_code}",
            "-X",
            "PATCH",
            "-T",
            "-",
        ])
        .arg(&url)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = patch.stdin.take().unwrap();
    stdin.write_all(&data(512 * 1024, 3)).unwrap();
    stdin.flush().unwrap();
    // Until the server has written some of it (its upload file grows).
    let uploads = fs.path().join(".uploads");
    let size = || -> u64 {
        std::fs::read_dir(&uploads)
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.metadata().map(|m| m.len()).unwrap_or(0))
                    .sum()
            })
            .unwrap_or(0)
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while size() == 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "the PATCH never reached the disk"
        );
        std::thread::yield_now();
    }
    assert_eq!(curl("DELETE", &url, &[], None).0, 204);
    let _ = stdin.write_all(&data(64 * 1024, 4));
    drop(stdin);
    let out = patch.wait_with_output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "404",
        "the PATCH ends with the upload gone"
    );
    assert_eq!(size(), 0, "its file is removed");
    assert_eq!(curl("GET", &url, &[], None).0, 404);
}

#[test]
fn read_only_serves_a_read_only_mount() {
    let Some(fs) = Tmpfs::new(8) else { return };
    let repo = fs.path().join("hello");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/hello"),
        &repo,
    );
    run_ok(
        Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(fs.path()),
    );
    let srv = Served::start(&Env::new(), fs.path(), &["--read-only"]);
    let (code, _, _) = curl(
        "GET",
        &format!("http://{}/v2/hello/manifests/1.0", srv.host),
        &["Accept: application/vnd.oci.image.index.v1+json"],
        None,
    );
    assert_eq!(code, 200);
    assert!(!fs.path().join(".uploads").exists());
    let (code, _, _) = curl(
        "POST",
        &format!("http://{}/v2/hello/blobs/uploads/", srv.host),
        &[],
        None,
    );
    assert!(code == 405 || code == 403 || code == 401, "{code}");
}

fn sha512_hex(b: &[u8]) -> String {
    use sha2::Digest as _;
    sha2::Sha512::digest(b)
        .iter()
        .map(|x| format!("{x:02x}"))
        .collect()
}

/// Findings of the conformance suite and of names: a manifest pushed by a sha512 digest is
/// found by it and reported under it (and an index may list it so); `?tag=` on a push by
/// digest sets the tags; repository names whose components are a layout's own names are
/// repositories of their own.
#[test]
fn digests_tags_and_names_as_clients_use_them() {
    let dir = tempfile::tempdir().unwrap();
    let srv = Served::start(&Env::new(), dir.path(), &[]);
    let index = "application/vnd.oci.image.index.v1+json";
    let ct = format!("Content-Type: {index}");
    let accept = format!("Accept: {index}");
    let empty = br#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[]}"#;
    let d512 = format!("sha512:{}", sha512_hex(empty));
    let url = |repo: &str, r: &str| format!("http://{}/v2/{repo}/manifests/{r}", srv.host);
    let (code, h, _) = curl("PUT", &url("s512", &d512), &[&ct], Some(empty));
    assert_eq!(code, 201);
    assert_eq!(header(&h, "docker-content-digest").unwrap(), d512);
    let (code, h, body) = curl("GET", &url("s512", &d512), &[&accept], None);
    assert_eq!(code, 200);
    assert_eq!(header(&h, "docker-content-digest").unwrap(), d512);
    assert_eq!(body, empty);
    assert_eq!(curl("HEAD", &url("s512", &d512), &[&accept], None).0, 200);
    let listing = format!(
        r#"{{"schemaVersion":2,"mediaType":"{index}","manifests":[{{"mediaType":"{index}","digest":"{d512}","size":{}}}]}}"#,
        empty.len()
    );
    let (code, _, _) = curl(
        "PUT",
        &url("s512", "list"),
        &[&ct],
        Some(listing.as_bytes()),
    );
    assert_eq!(
        code, 201,
        "an index may list a manifest by its sha512 digest"
    );

    // `?tag=` on a push by digest (the spec's next version).
    let d256 = format!("sha256:{}", sha256_hex(empty));
    let (code, h, _) = curl(
        "PUT",
        &format!("{}?tag=a&tag=b", url("tagged", &d256)),
        &[&ct],
        Some(empty),
    );
    assert_eq!(code, 201);
    assert!(h.to_ascii_lowercase().contains("oci-tag: a"), "{h}");
    for t in ["a", "b"] {
        let (code, h, _) = curl("GET", &url("tagged", t), &[&accept], None);
        assert_eq!(code, 200, "{t}");
        assert_eq!(header(&h, "docker-content-digest").unwrap(), d256);
    }

    // A mount that names no source finds a repository holding the blob.
    let blob = data(1000, 9);
    let bd = format!("sha256:{}", sha256_hex(&blob));
    let up = start(&srv.host, "src");
    assert_eq!(curl("PUT", &with_digest(&up, &bd), &[], Some(&blob)).0, 201);
    let (code, _, _) = curl(
        "POST",
        &format!("http://{}/v2/dst/blobs/uploads/?mount={bd}", srv.host),
        &[],
        None,
    );
    assert_eq!(code, 201, "an anonymous mount");
    let (_, _, got) = curl(
        "GET",
        &format!("http://{}/v2/dst/blobs/{bd}", srv.host),
        &[],
        None,
    );
    assert_eq!(got, blob);

    // `sq` and `sq/index.json` are two repositories.
    for repo in ["sq", "sq/index.json", "sq2/oci-layout", "blobs/x"] {
        let (code, _, body) = curl("PUT", &url(repo, "v1"), &[&ct], Some(empty));
        assert_eq!(code, 201, "{repo}: {}", String::from_utf8_lossy(&body));
    }
    for repo in ["sq", "sq/index.json", "sq2/oci-layout", "blobs/x"] {
        let (code, _, body) = curl("GET", &url(repo, "v1"), &[&accept], None);
        assert_eq!(code, 200, "{repo}");
        assert_eq!(body, empty);
    }
    let (_, _, cat) = curl(
        "GET",
        &format!("http://{}/v2/_catalog", srv.host),
        &[],
        None,
    );
    let cat: serde_json::Value = serde_json::from_slice(&cat).unwrap();
    for repo in ["sq", "sq/index.json", "sq2/oci-layout", "blobs/x"] {
        assert!(
            cat["repositories"]
                .as_array()
                .unwrap()
                .iter()
                .any(|r| r == repo),
            "{cat}"
        );
    }
    // The layout `sq` is still a layout other tools read.
    Env::new()
        .run(&[
            "manifest",
            "get",
            &format!("ocidir://{}/sq:v1", dir.path().display()),
        ])
        .ok();
}

/// Unfinished uploads hold no descriptor: with 64 descriptors, 200 uploads stay open.
#[test]
fn idle_uploads_hold_no_descriptor() {
    let dir = tempfile::tempdir().unwrap();
    let env = Env::new();
    let wrapper = limited(dir.path());
    let data_dir = dir.path().join("data");
    let srv = Served::start_via(&env, wrapper.to_str().unwrap(), &data_dir, &[]);
    for i in 0..200 {
        let url = start(&srv.host, "many");
        let (code, _, _) = curl("PATCH", &url, &[], Some(&data(1024, i as u8)));
        assert_eq!(code, 202, "upload {i}");
    }
    let (code, _, _) = curl("GET", &format!("http://{}/v2/", srv.host), &[], None);
    assert_eq!(code, 200);
    // Nor memory: 150 uploads of 1 MiB less a byte each, never finished, are on disk, not in
    // the server (which held each upload's unwritten bytes in memory before).
    let before = srv.rss_mib();
    let chunk = data((1 << 20) - 1, 7);
    for _ in 0..150 {
        let url = start(&srv.host, "big");
        assert_eq!(curl("PATCH", &url, &[], Some(&chunk)).0, 202);
    }
    let grown = srv.rss_mib() - before;
    assert!(
        grown < 48.0,
        "150 idle uploads grew the server by {grown:.1} MiB"
    );
}

/// Out of descriptors (`prlimit --nofile=64`, 100 connections held open): accepting backs off
/// and says so instead of spinning, and once the connections go the server serves again.
#[test]
fn accept_backs_off_when_descriptors_run_out_and_recovers() {
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    let wrapper = limited(dir.path());
    let srv = Served::start_via(
        &env,
        wrapper.to_str().unwrap(),
        &dir.path().join("data"),
        &[],
    );
    let held: Vec<std::net::TcpStream> = (0..100)
        .map(|_| std::net::TcpStream::connect(&srv.host).unwrap())
        .collect();
    let line = srv.wait_line(|l| l.contains("cannot accept a connection"));
    assert!(line.contains("waiting 100 ms"), "{line}");
    drop(held);
    let (code, _, _) = curl("GET", &format!("http://{}/v2/", srv.host), &[], None);
    assert_eq!(code, 200);
}
