//! Behaviour that needs no registry: reference and argument errors, help and version.

use crate::support::cmd::Env;

#[test]
fn malformed_references_are_usage_errors_with_hints() {
    let env = Env::new();
    for (bad, says) in [
        ("Alpine:latest", "must be lowercase"),
        ("alpine@sha256:abc", "invalid digest"),
        ("registry.example.com//app", "empty path component"),
        ("alpine:", "invalid tag"),
        ("https://ghcr.io/a/b", "URL scheme"),
    ] {
        let out = env.run(&["manifest", "get", bad]).code(2);
        assert!(out.stderr.contains(says), "{bad}: {}", out.stderr);
        assert!(out.stderr.contains("hint:"), "{bad}: {}", out.stderr);
    }
}

#[test]
fn bad_flags_and_values_exit_2() {
    let env = Env::new();
    env.run(&["manifest", "get"]).code(2);
    env.run(&["no-such-command"]).code(2);
    let out = env
        .run(&["manifest", "get", "alpine", "--creds", "nocolon"])
        .code(2);
    assert!(out.stderr.contains("USER:PASSWORD"), "{}", out.stderr);
    let out = env
        .run(&["config", "get", "alpine", "--platform", "linux/amd64/v1/x"])
        .code(2);
    assert!(out.stderr.contains("invalid platform"), "{}", out.stderr);
}

#[test]
fn help_and_version() {
    let env = Env::new();
    let out = env.run(&["--help"]).ok().text();
    assert!(
        out.contains("manifest") && out.contains("Exit codes"),
        "{out}"
    );
    let out = env.run(&["--version"]).ok().text();
    assert!(out.starts_with("hoist "), "{out}");
}

#[test]
fn a_closed_stdout_is_not_an_error() {
    let env = Env::new();
    let mut c = env.command(&["cli-reference"]);
    c.stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = c.spawn().unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
