//! Test support: a real `docker-registry` launcher (anonymous, htpasswd, token, TLS), a token
//! server, a counting/fault-injecting proxy, certificate generation, fixture images, and a
//! runner for the `hoist` binary with an isolated environment.

pub mod certs;
pub mod cmd;
pub mod fake;
pub mod fixtures;
pub mod proxy;
pub mod quirks;
pub mod registry;
pub mod serve;
pub mod tarb;
pub mod token;

use std::process::Command;

/// Whether the real registry and skopeo are installed. Without them a test prints one line and
/// returns; with `HOIST_REQUIRE_REGISTRY=1` (scripts/test.sh) their absence fails the test.
pub fn have_tools() -> bool {
    let ok = ["docker-registry", "skopeo", "htpasswd", "openssl"]
        .iter()
        .all(|b| which(b));
    if ok {
        return true;
    }
    if std::env::var_os("HOIST_REQUIRE_REGISTRY").is_some_and(|v| v == "1") {
        panic!(
            "HOIST_REQUIRE_REGISTRY=1 but docker-registry/skopeo/htpasswd/openssl are not installed (run scripts/test.sh)"
        );
    }
    eprintln!("skipping: docker-registry/skopeo not installed (scripts/test.sh installs them)");
    false
}

fn which(bin: &str) -> bool {
    std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).any(|d| d.join(bin).is_file()))
        .unwrap_or(false)
}

/// Runs a command and panics with its output if it fails.
pub fn run_ok(cmd: &mut Command) -> String {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("running {cmd:?}: {e}"));
    if !out.status.success() {
        panic!(
            "{cmd:?} failed: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A free loopback port (bound and released; the registry binds it right after).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest as _;
    let d = sha2::Sha256::digest(bytes);
    d.iter().map(|b| format!("{b:02x}")).collect()
}

/// The digest skopeo computes for what a registry serves at `r`.
pub fn skopeo_digest(r: &str) -> String {
    let raw = run_ok(Command::new("skopeo").args([
        "inspect",
        "--raw",
        "--tls-verify=false",
        &format!("docker://{r}"),
    ]));
    format!("sha256:{}", sha256_hex(raw.as_bytes()))
}

/// Copies a directory tree (files and directories; what `examples/` holds).
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dst = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &dst);
        } else {
            std::fs::copy(e.path(), dst).unwrap();
        }
    }
}
