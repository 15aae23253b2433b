//! The house rules, checked on the source: the module graph has no cycle (a lower module never
//! imports a higher one), no command file in `src/cli/` uses another (only `cli/mod.rs` and the
//! helpers it re-exports), no source file is over 800 lines, and every module opens with `//!`
//! saying what it owns and what it must not do.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn files() -> Vec<(String, String)> {
    let mut paths = Vec::new();
    rust_files(&src(), &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(src()).unwrap().display().to_string();
            (rel, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// The code of a file without comments and without its `#[cfg(test)]` module.
fn code(text: &str) -> String {
    // The test module runs from its attribute to the first closing brace in column 0.
    let body = match text.find("#[cfg(test)]\nmod tests") {
        Some(i) => {
            let end = text[i..]
                .find("\n}\n")
                .map(|e| i + e + 3)
                .unwrap_or(text.len());
            format!("{}{}", &text[..i], &text[end..])
        }
        None => text.to_string(),
    };
    body.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level module a file belongs to (`client/tls.rs` is `client`).
fn top(rel: &str) -> Option<String> {
    let first = rel.split('/').next()?;
    let name = first.trim_end_matches(".rs");
    (!matches!(name, "lib" | "main")).then(|| name.to_string())
}

/// The top-level modules each module uses, through `crate::` paths (and `super::` from a
/// top-level file, which is the crate).
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (rel, text) in files() {
        let Some(me) = top(&rel) else { continue };
        let deps = g.entry(me.clone()).or_default();
        let code = code(&text);
        let single = !rel.contains('/');
        for (prefix, applies) in [("crate::", true), ("super::", single)] {
            if !applies {
                continue;
            }
            let mut rest = code.as_str();
            while let Some(i) = rest.find(prefix) {
                rest = &rest[i + prefix.len()..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                    .collect();
                if !name.is_empty() && name != me {
                    deps.insert(name);
                }
            }
        }
    }
    let known: BTreeSet<String> = g.keys().cloned().collect();
    for deps in g.values_mut() {
        deps.retain(|d| known.contains(d));
    }
    g
}

/// A cycle through `start`, if there is one.
fn cycle_from(g: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    fn walk(
        g: &BTreeMap<String, BTreeSet<String>>,
        start: &str,
        at: &str,
        path: &mut Vec<String>,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        for next in &g[at] {
            if next == start {
                path.push(next.clone());
                return true;
            }
            if seen.insert(next.clone()) {
                path.push(next.clone());
                if walk(g, start, next, path, seen) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }
    let mut path = vec![start.to_string()];
    let mut seen = BTreeSet::new();
    walk(g, start, start, &mut path, &mut seen).then_some(path)
}

#[test]
fn the_module_graph_has_no_cycle() {
    let g = graph();
    assert!(
        g.len() > 20,
        "expected hoist's modules, found {:?}",
        g.keys()
    );
    // The graph is read, not assumed: edges that must exist do.
    assert!(g["transfer"].contains("repo") && g["repo"].contains("client"));
    let cycles: Vec<String> = g
        .keys()
        .filter_map(|m| cycle_from(&g, m))
        .map(|c| c.join(" -> "))
        .collect();
    assert!(cycles.is_empty(), "module cycles:\n{}", cycles.join("\n"));
}

#[test]
fn command_files_do_not_use_each_other() {
    let all = files();
    let commands: BTreeSet<String> = all
        .iter()
        .filter_map(|(rel, _)| rel.strip_prefix("cli/"))
        .map(|f| f.trim_end_matches(".rs").to_string())
        .filter(|f| f != "mod")
        .collect();
    // Helpers `cli/mod.rs` owns and re-exports.
    let helpers = ["render"];
    let mut wrong = Vec::new();
    for (rel, text) in &all {
        let Some(me) = rel.strip_prefix("cli/") else {
            continue;
        };
        if me == "mod.rs" {
            continue;
        }
        let code = code(text);
        for other in &commands {
            if helpers.contains(&other.as_str()) && me != "render.rs" {
                continue;
            }
            let used = [
                format!("super::{other}::"),
                format!("crate::cli::{other}::"),
            ]
            .iter()
            .any(|p| code.contains(p.as_str()));
            if used && format!("{other}.rs") != me {
                wrong.push(format!("cli/{me} uses cli/{other}.rs"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn source_files_are_small_and_say_what_they_own() {
    let mut wrong = Vec::new();
    for (rel, text) in files() {
        let n = text.lines().count();
        if n > 800 {
            wrong.push(format!("src/{rel} has {n} lines (at most 800)"));
        }
        let doc: Vec<&str> = text
            .lines()
            .take_while(|l| l.starts_with("//!"))
            .map(|l| l.trim_start_matches("//!").trim())
            .collect();
        if doc.is_empty() {
            wrong.push(format!("src/{rel} does not open with `//!`"));
            continue;
        }
        let said = doc.join(" ").to_lowercase();
        if !(said.contains("must not") || said.contains("never")) {
            wrong.push(format!(
                "src/{rel}: its `//!` does not say what it must not do"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
