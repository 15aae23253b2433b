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
    out.says("USER:PASSWORD");
    let out = env
        .run(&["config", "get", "alpine", "--platform", "linux/amd64/v1/x"])
        .code(2);
    out.says("invalid platform");
    for bad in ["0", "soon", "86401"] {
        let out = env
            .run(&["manifest", "get", "alpine", "--timeout", bad])
            .code(2);
        assert!(out.stderr.contains("--timeout"), "{bad}: {}", out.stderr);
    }
}

#[test]
fn layer_destinations_that_are_files_are_refused_before_any_request() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-dir");
    std::fs::write(&file, b"keep").unwrap();
    let env = Env::new();
    for flag in ["--output", "--extract"] {
        // The registry does not exist: a request would exit 6, not 2.
        let out = env
            .run(&[
                "layer",
                "pull",
                "127.0.0.1:9/app:v1",
                flag,
                file.to_str().unwrap(),
            ])
            .code(2);
        out.says("is not a directory");
        out.says(flag);
    }
    assert_eq!(std::fs::read(&file).unwrap(), b"keep");
}

#[test]
fn blob_get_into_a_directory_names_the_file_by_digest() {
    let example = format!("ocidir://{}/examples/hello", env!("CARGO_MANIFEST_DIR"));
    let env = Env::new();
    let digest = env
        .run(&[
            "manifest",
            "get",
            &format!("{example}:1.0"),
            "--platform",
            "linux/amd64",
            "--format",
            "{{ manifest.layers[0].digest }}",
        ])
        .ok()
        .text()
        .trim()
        .to_string();
    let blob = format!("{example}@{digest}");
    let dir = tempfile::tempdir().unwrap();
    env.run(&["blob", "get", &blob, "-o", dir.path().to_str().unwrap()])
        .ok();
    let file = dir.path().join(digest.trim_start_matches("sha256:"));
    let stdout = env.run(&["blob", "get", &blob]).ok().stdout;
    assert_eq!(std::fs::read(&file).unwrap(), stdout);
    let missing = dir.path().join("no/such/dir/layer");
    let out = env
        .run(&["blob", "get", &blob, "-o", missing.to_str().unwrap()])
        .code(2);
    out.says("does not exist");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
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
