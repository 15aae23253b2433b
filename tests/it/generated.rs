//! Generated files must match the code: completions, man pages and the CLI reference; the
//! docs' field lists and test names must match the code too (`docs.rs` runs their examples).
//! `HOIST_BLESS=1 cargo test generated` rewrites the generated files.

use std::path::{Path, PathBuf};

use crate::support::cmd::Env;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bless() -> bool {
    std::env::var_os("HOIST_BLESS").is_some_and(|v| v == "1")
}

#[track_caller]
fn check(path: &Path, fresh: &[u8]) {
    if bless() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, fresh).unwrap();
        return;
    }
    let old = std::fs::read(path).unwrap_or_default();
    assert!(
        old == fresh,
        "`{}` is stale: run `HOIST_BLESS=1 cargo test --test it generated` and commit",
        path.display()
    );
}

#[test]
fn completions_are_fresh() {
    let env = Env::new();
    for (shell, file) in [
        ("bash", "hoist.bash"),
        ("zsh", "hoist.zsh"),
        ("fish", "hoist.fish"),
        ("powershell", "hoist.ps1"),
        ("elvish", "hoist.elv"),
    ] {
        let out = env.run(&["completion", shell]).ok();
        assert!(
            out.stdout.len() > 500,
            "{shell} script is suspiciously short"
        );
        check(&root().join("completions").join(file), &out.stdout);
    }
}

#[test]
fn man_pages_are_fresh() {
    let env = Env::new();
    let dir = tempfile::tempdir().unwrap();
    env.run(&["man", dir.path().to_str().unwrap()]).ok();
    let mut fresh: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    fresh.sort();
    assert!(
        fresh.contains(&"hoist-manifest-get.1".to_string()),
        "{fresh:?}"
    );
    let man = root().join("docs/man");
    if bless() {
        let _ = std::fs::remove_dir_all(&man);
    }
    for name in &fresh {
        check(
            &man.join(name),
            &std::fs::read(dir.path().join(name)).unwrap(),
        );
    }
    let mut old: Vec<String> = std::fs::read_dir(&man)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    old.sort();
    assert_eq!(
        old, fresh,
        "docs/man has pages for commands that no longer exist"
    );
}

#[test]
fn cli_reference_is_fresh() {
    let env = Env::new();
    let out = env.run(&["cli-reference"]).ok();
    let text = out.text();
    assert!(
        text.contains("## hoist manifest get") && text.contains("--platform"),
        "{text}"
    );
    check(&root().join("docs/cli.md"), &out.stdout);
}

/// Every command's `--help` has a description and at least two examples.
#[test]
fn every_command_has_help_with_examples() {
    let env = Env::new();
    let leaves = [
        "manifest get",
        "manifest head",
        "manifest put",
        "manifest delete",
        "config get",
        "image inspect",
        "blob get",
        "blob head",
        "layer pull",
        "layer ls",
        "digest",
        "digest verify",
        "copy",
        "tag ls",
        "tag add",
        "tag delete",
        "repo ls",
        "login",
        "logout",
        "completion",
    ];
    for cmd in leaves {
        let mut args: Vec<&str> = cmd.split(' ').collect();
        args.push("--help");
        let out = env.run(&args).ok().text();
        let examples = out
            .lines()
            .filter(|l| l.trim_start().starts_with("hoist ") || l.contains("| hoist "))
            .count();
        assert!(
            out.contains("Examples:") && examples >= 2,
            "`hoist {cmd} --help` needs two or more examples:\n{out}"
        );
        assert!(
            out.lines()
                .next()
                .is_some_and(|l| !l.trim().is_empty() && !l.starts_with("Usage")),
            "`hoist {cmd}` needs a description:\n{out}"
        );
    }
}

/// The fields `docs/formats.md` lists for each command, by its heading: (name, optional).
fn documented_fields() -> std::collections::HashMap<String, Vec<(String, bool)>> {
    let doc = std::fs::read_to_string(root().join("docs/formats.md")).unwrap();
    let mut out = std::collections::HashMap::new();
    let mut current: Option<String> = None;
    for line in doc.lines() {
        if let Some(h) = line.strip_prefix("### `hoist ") {
            current = Some(h.trim_end_matches('`').to_string());
            continue;
        }
        let fields = line
            .strip_prefix("Fields: ")
            .or_else(|| line.split_once("each: ").map(|(_, f)| f));
        if let (Some(cmd), Some(fields)) = (&current, fields) {
            let list = fields
                .split(", ")
                .map(|f| {
                    let f = f.trim().trim_matches('`');
                    (f.trim_end_matches('?').to_string(), f.ends_with('?'))
                })
                .collect();
            out.entry(cmd.clone()).or_insert(list);
        }
    }
    out
}

/// Each command's JSON has exactly the fields `docs/formats.md` lists (an optional field may
/// be absent), run on `examples/hello`.
#[test]
fn formats_doc_lists_every_json_field() {
    let env = Env::new();
    let work = tempfile::tempdir().unwrap();
    let hello = format!("ocidir://{}/examples/hello", root().display());
    let img = format!("{hello}:1.0");
    let w = |p: &str| format!("ocidir://{}/{p}", work.path().display());
    let blob = "sha256:71ad570ef2916f37fcbfca27910d70f286bc0156ce0e792ea7f603adcd9f5b2a";
    let archive = format!("oci-archive:{}/a.tar", work.path().display());
    let cargo = root().join("Cargo.toml").display().to_string();
    let samples: Vec<(&str, Vec<String>)> = vec![
        (
            "manifest get",
            vec!["manifest".into(), "get".into(), img.clone()],
        ),
        (
            "manifest head",
            vec!["manifest".into(), "head".into(), img.clone()],
        ),
        (
            "config get",
            vec![
                "config".into(),
                "get".into(),
                img.clone(),
                "-p".into(),
                "linux/amd64".into(),
            ],
        ),
        (
            "image inspect",
            vec![
                "image".into(),
                "inspect".into(),
                img.clone(),
                "-p".into(),
                "linux/amd64".into(),
            ],
        ),
        ("tag ls", vec!["tag".into(), "ls".into(), hello.clone()]),
        (
            "layer ls",
            vec![
                "layer".into(),
                "ls".into(),
                img.clone(),
                "-p".into(),
                "linux/amd64".into(),
                "--sizes".into(),
            ],
        ),
        (
            "digest verify",
            vec!["digest".into(), "verify".into(), img.clone()],
        ),
        ("digest FILE...", vec!["digest".into(), cargo]),
        (
            "image size",
            vec![
                "image".into(),
                "size".into(),
                img.clone(),
                "--uncompressed".into(),
            ],
        ),
        (
            "image files",
            vec![
                "image".into(),
                "files".into(),
                img.clone(),
                "-p".into(),
                "linux/amd64".into(),
            ],
        ),
        (
            "image audit",
            vec![
                "image".into(),
                "audit".into(),
                img.clone(),
                "-p".into(),
                "linux/amd64".into(),
            ],
        ),
        (
            "image diff",
            vec!["image".into(), "diff".into(), img.clone(), img.clone()],
        ),
        ("copy", vec!["copy".into(), img.clone(), w("x:1")]),
        (
            "image mod",
            vec![
                "image".into(),
                "mod".into(),
                img.clone(),
                w("y:1"),
                "--label".into(),
                "a=b".into(),
            ],
        ),
        (
            "tag add",
            vec!["tag".into(), "add".into(), w("x:1"), "two".into()],
        ),
        (
            "blob head",
            vec!["blob".into(), "head".into(), format!("{hello}@{blob}")],
        ),
        (
            "archive create",
            vec!["archive".into(), "create".into(), archive, img.clone()],
        ),
    ];
    let docs = documented_fields();
    for (name, args) in samples {
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let v = env.json(&refs);
        let first = match &v {
            serde_json::Value::Array(a) => a.first().cloned().unwrap_or_default(),
            other => other.clone(),
        };
        let have: Vec<String> = first.as_object().unwrap().keys().cloned().collect();
        let want = docs
            .get(name)
            .unwrap_or_else(|| panic!("docs/formats.md has no `hoist {name}` section"));
        for k in &have {
            assert!(
                want.iter().any(|(w, _)| w == k),
                "`hoist {name}` prints `{k}`, which docs/formats.md does not list"
            );
        }
        for (w, optional) in want {
            assert!(
                *optional || have.contains(w),
                "docs/formats.md lists `{w}` for `hoist {name}`, which it does not print: {have:?}"
            );
        }
    }
}

/// Every test `docs/exit-codes.md` names exists.
#[test]
fn exit_codes_doc_names_real_tests() {
    let doc = std::fs::read_to_string(root().join("docs/exit-codes.md")).unwrap();
    let mut named = 0;
    for part in doc.split('`') {
        let Some((module, name)) = part.split_once("::") else {
            continue;
        };
        if module.contains(' ') || name.contains(' ') || name.contains(':') {
            continue;
        }
        let file = root().join("tests/it").join(format!("{module}.rs"));
        let text = std::fs::read_to_string(&file)
            .unwrap_or_else(|_| panic!("docs/exit-codes.md names `{part}`: no {}", file.display()));
        assert!(
            text.contains(&format!("fn {name}(")),
            "docs/exit-codes.md names `{part}`, which does not exist"
        );
        named += 1;
    }
    assert!(named >= 10, "expected the table's tests, found {named}");
}
