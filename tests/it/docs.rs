//! Docs that run: every fenced shell example in `README.md` and `docs/*.md` is executed with
//! bash against a real registry, the host names it uses (`docker.io`, `registry.example.com`,
//! `ghcr.io`, ...) mapped to that registry, and must succeed. A block that cannot run here (a
//! server that runs until stopped, a file the reader brings, an elided digest) is preceded by
//! `<!-- not run: why -->`, and each `hoist` command in it is still parsed with the real
//! command definitions. Synopses are ```text blocks.

use std::path::{Path, PathBuf};

use crate::support::cmd::Env;
use crate::support::registry::Registry;
use crate::support::{copy_dir, have_tools};

/// The host names the docs use, longest first (one is a prefix of another).
const HOSTS: &[&str] = &[
    "registry.internal:5000",
    "registry.internal",
    "registry.example.com",
    "build.example.com",
    "release.example.com",
    "docker.io",
    "ghcr.io",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

struct Block {
    file: String,
    line: usize,
    text: String,
    /// `<!-- not run: why -->` before it.
    not_run: Option<String>,
}

/// The shell blocks of the README and docs.
fn blocks() -> Vec<Block> {
    let mut files = vec![root().join("README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root().join("docs"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    docs.sort();
    files.extend(docs);
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            let fence = lines[i].trim();
            if matches!(fence, "```sh" | "```bash" | "```shell" | "```console") {
                let start = i;
                let mut body = Vec::new();
                i += 1;
                while i < lines.len() && lines[i].trim() != "```" {
                    body.push(lines[i]);
                    i += 1;
                }
                let not_run = lines[..start]
                    .iter()
                    .rev()
                    .find(|l| !l.trim().is_empty())
                    .and_then(|l| l.trim().strip_prefix("<!-- not run:"))
                    .map(|r| r.trim_end_matches("-->").trim().to_string());
                out.push(Block {
                    file: f.strip_prefix(root()).unwrap().display().to_string(),
                    line: start + 1,
                    text: body.join("\n"),
                    not_run,
                });
            }
            i += 1;
        }
    }
    out
}

/// Lines with their `\` continuations joined, comments dropped.
fn logical_lines(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for l in text.lines() {
        let l = l.trim_end();
        match l.strip_suffix('\\') {
            Some(part) => {
                cur.push_str(part);
                cur.push(' ');
            }
            None => {
                cur.push_str(l);
                let line = std::mem::take(&mut cur);
                let line = line.trim();
                if !line.is_empty() && !line.starts_with('#') {
                    out.push(line.to_string());
                }
            }
        }
    }
    out
}

/// The `hoist ...` commands of a line (after pipes, `$(`, `&&`), as words.
fn hoist_commands(line: &str) -> Vec<Vec<String>> {
    line.split(['|', ';'])
        .flat_map(|s| s.split("&&"))
        .filter_map(|s| {
            let s = s.trim();
            let s = s
                .split_once("$(")
                .map(|(_, r)| r.trim_end_matches(')'))
                .unwrap_or(s);
            let s = s.split(" #").next().unwrap_or(s).trim();
            let s = s.split(" > ").next().unwrap_or(s).trim();
            s.starts_with("hoist ").then(|| shell_words(s))
        })
        .collect()
}

/// Splits a command line with single and double quotes (no expansion: parsing only needs
/// the words).
fn shell_words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quote: Option<char> = None;
    let mut any = false;
    for c in s.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => cur.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                any = true;
            }
            (None, ' ') => {
                if any || !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
                any = false;
            }
            (None, c) => cur.push(c),
        }
    }
    if any || !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// The docs' host names pointed at the test registry: `HOST/path` becomes
/// `REGISTRY/<host as a path component>/path`, a bare `HOST` the registry itself.
fn map_hosts(text: &str, registry: &str) -> String {
    let mut s = text.to_string();
    for h in HOSTS {
        let component = h.replace(['.', ':'], "-");
        s = s.replace(&format!("{h}/"), &format!("{registry}/{component}/"));
        s = s.replace(h, registry);
    }
    s
}

/// The images a command reads (each must exist before it runs): the references of its
/// words, less the destinations it writes.
fn reads(words: &[String], registry: &str) -> Vec<String> {
    let refs: Vec<&String> = words
        .iter()
        .filter(|w| w.starts_with(&format!("{registry}/")))
        .collect();
    let sub: Vec<&str> = words.iter().skip(1).take(2).map(String::as_str).collect();
    let picked: Vec<&String> = match sub.as_slice() {
        ["copy", ..] | ["cp", ..] | ["tag", "add"] => refs.into_iter().take(1).collect(),
        ["image", "mod" | "squash" | "rebase"] => refs.into_iter().take(1).collect(),
        ["image", "compose"] => refs.into_iter().skip(1).collect(),
        _ => refs,
    };
    picked
        .into_iter()
        .map(|r| {
            let name = r.trim_start_matches(&format!("{registry}/"));
            if name.contains(':') || name.contains('@') {
                r.clone()
            } else {
                // A repository: give it a tag the examples' filters keep.
                format!("{r}:3.20")
            }
        })
        .collect()
}

#[test]
fn every_shell_example_in_the_docs_runs() {
    let all = blocks();
    // Blocks that are not run are still parsed with the real command definitions.
    let mut parsed = 0;
    for b in all.iter().filter(|b| b.not_run.is_some()) {
        for line in logical_lines(&b.text) {
            for words in hoist_commands(&line) {
                use clap::Parser as _;
                if let Err(e) = hoist::cli::Cli::try_parse_from(&words) {
                    panic!("{}:{}: `{line}` does not parse:\n{e}", b.file, b.line);
                }
                parsed += 1;
            }
        }
    }
    assert!(
        parsed >= 8,
        "expected the marked examples to be parsed, found {parsed}"
    );
    if !have_tools() {
        return;
    }
    let reg = Registry::anonymous();
    let env = Env::new();
    let work = tempfile::tempdir().unwrap();
    let cwd = work.path().join("cwd");
    copy_dir(&root().join("examples"), &cwd.join("examples"));
    // Files the examples name: a layer, a docker archive.
    let layer = "71ad570ef2916f37fcbfca27910d70f286bc0156ce0e792ea7f603adcd9f5b2a";
    std::fs::copy(
        root().join("examples/hello/blobs/sha256").join(layer),
        cwd.join("layer.tar.gz"),
    )
    .unwrap();
    let hello = format!("ocidir://{}/examples/hello:1.0", cwd.display());
    env.run(&[
        "archive",
        "create",
        cwd.join("saved.tar").to_str().unwrap(),
        &hello,
    ])
    .ok();
    // The image every example reads: hello, with an /etc/os-release.
    let tree = work.path().join("tree/etc");
    std::fs::create_dir_all(&tree).unwrap();
    std::fs::write(tree.join("os-release"), "NAME=\"hello\"\nID=hello\n").unwrap();
    let image = format!("ocidir://{}/docsimg:1", work.path().display());
    env.run(&[
        "image",
        "mod",
        &hello,
        &image,
        "--layer-add",
        tree.parent().unwrap().to_str().unwrap(),
    ])
    .ok();
    // `hoist` on PATH is the binary under test.
    let bin = work.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_hoist"), bin.join("hoist")).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );

    let runnable: Vec<(&Block, String)> = all
        .iter()
        .filter(|b| b.not_run.is_none())
        .map(|b| (b, map_hosts(&b.text, &reg.host)))
        .collect();
    // Every image an example reads is there before it runs.
    let mut wanted: Vec<String> = Vec::new();
    for (_, text) in &runnable {
        for line in logical_lines(text) {
            for words in hoist_commands(&line) {
                for r in reads(&words, &reg.host) {
                    if !wanted.contains(&r) {
                        wanted.push(r);
                    }
                }
            }
        }
    }
    for r in &wanted {
        env.run(&["copy", &image, r]).ok();
    }

    let mut ran = 0;
    let mut failed = Vec::new();
    for (b, text) in &runnable {
        if !text.contains("hoist ") {
            continue;
        }
        let mut c = env.command_via("bash", &["-e", "-o", "pipefail", "-c", text]);
        c.current_dir(&cwd)
            .env("PATH", &path)
            .env("REGISTRY_TOKEN", "docs-token")
            .env("TOKEN", "docs-token")
            .env("USER", "ci");
        let out = env.run_command(c, None);
        if out.code != 0 {
            failed.push(format!(
                "{}:{} exited {}:\n{text}\n--- stderr:\n{}",
                b.file, b.line, out.code, out.stderr
            ));
        }
        ran += 1;
    }
    assert!(failed.is_empty(), "{}", failed.join("\n\n"));
    assert!(ran >= 20, "expected the docs' examples, ran {ran}");
    let _ = Path::new(".");
}
