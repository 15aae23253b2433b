//! The contracts every command keeps, tested across commands rather than one command at a
//! time: one exit code per failure class (`docs/exit-codes.md`), `--format` validated the
//! same way everywhere (`docs/formats.md`), nothing unverified on stdout, warnings as
//! `warning:` lines, and the habits of regctl, crane, skopeo and docker users leading to the
//! right command.

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::support::cmd::{Env, Out};
use crate::support::fixtures::{self, Compression};
use crate::support::registry::{ALICE, Registry};
use crate::support::{free_port, have_tools};

/// The failure classes of `docs/exit-codes.md` that a test can produce on purpose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// The command works on a good image (so a failure below is the class's doing).
    Ok,
    /// A malformed reference.
    Usage,
    /// `--format` that is neither a format nor a template.
    Format,
    /// An unknown tag, blob or repository.
    NotFound,
    /// Wrong credentials.
    Auth,
    /// A layer whose stored bytes do not match its digest.
    Verify,
    /// Nothing listening at the registry's address.
    Network,
}

impl Class {
    fn code(self) -> i32 {
        match self {
            Class::Ok => 0,
            Class::Usage | Class::Format => 2,
            Class::NotFound => 3,
            Class::Auth => 4,
            Class::Verify => 5,
            Class::Network => 6,
        }
    }
}

use Class::*;

/// Every class but `Verify`: commands that read no layer bytes.
const NO_LAYERS: &[Class] = &[Ok, Usage, Format, NotFound, Auth, Network];
/// Every class: commands that read layers.
const ALL: &[Class] = &[Ok, Usage, Format, NotFound, Auth, Verify, Network];

/// A command of the matrix: its arguments, with `{R}` an image reference, `{B}` a blob
/// reference, `{REPO}` a repository, `{P}` a file in the image, `{GOOD}` the good image and
/// `{O}` a fresh output path; and the classes it meets.
const MATRIX: &[(&str, &[Class])] = &[
    ("manifest get {R}", NO_LAYERS),
    ("manifest head {R}", NO_LAYERS),
    ("config get {R}", NO_LAYERS),
    ("image inspect {R}", NO_LAYERS),
    ("tag ls {REPO}", NO_LAYERS),
    ("referrers {R}", NO_LAYERS),
    ("layer ls {R} --sizes", ALL),
    ("digest verify {R}", ALL),
    ("image size {R} --uncompressed", ALL),
    ("image files {R}", ALL),
    ("image cat {R} {P}", ALL),
    ("image audit {R}", ALL),
    ("image diff {R} {GOOD}", ALL),
    ("layer pull {R} --extract {O}", ALL),
    ("blob get {B} -o {O}", ALL),
    ("copy {R} ocidir://{O}:v1", ALL),
    ("image mod {R} {HOST}/modded:v1 --label a=b", NO_LAYERS),
    ("tag add {R} extra", NO_LAYERS),
];

struct World {
    reg: Registry,
    good: fixtures::Fixture,
    bad: fixtures::Fixture,
    unreachable: String,
    out: tempfile::TempDir,
    n: AtomicUsize,
}

impl World {
    fn new() -> World {
        let reg = Registry::basic();
        let good = fixtures::single(71, Compression::Gzip);
        good.push_to(&reg, "good", "v1", Some(ALICE));
        let bad = fixtures::single(72, Compression::Gzip);
        bad.push_to(&reg, "bad", "v1", Some(ALICE));
        // The registry now holds a layer whose bytes are not its digest's: one byte flipped in
        // the middle, the size unchanged.
        let layer = &bad.images[0].layers[0];
        let path = reg.blob_data_path(layer.digest.trim_start_matches("sha256:"));
        let mut data = std::fs::read(&path).unwrap();
        let mid = data.len() / 2;
        data[mid] ^= 0xff;
        std::fs::write(&path, data).unwrap();
        World {
            reg,
            good,
            bad,
            unreachable: format!("127.0.0.1:{}", free_port()),
            out: tempfile::tempdir().unwrap(),
            n: AtomicUsize::new(0),
        }
    }

    fn env(&self, class: Class) -> Env {
        let mut env = Env::new();
        let creds = if class == Auth {
            "alice:not-her-password".to_string()
        } else {
            format!("{}:{}", ALICE.0, ALICE.1)
        };
        env.set("HOIST_CREDS", &creds);
        // Connection refused is retried with backoff; keep it short.
        env.set("HOIST_TIMEOUT", "5");
        env
    }

    /// The arguments of `template` for `class`.
    fn args(&self, template: &str, class: Class) -> Vec<String> {
        let host = &self.reg.host;
        let layer = |f: &fixtures::Fixture| f.images[0].layers[0].digest.clone();
        let seed_path = |seed: u64| format!("/srv/layer-{}.txt", seed * 10);
        let (image, blob, repo, path) = match class {
            Ok | Format | Auth => (
                format!("{host}/good:v1"),
                format!("{host}/good@{}", layer(&self.good)),
                format!("{host}/good"),
                seed_path(71),
            ),
            Usage => (
                "Bad:Ref".to_string(),
                "Bad:Ref".to_string(),
                "Bad/Repo".to_string(),
                seed_path(71),
            ),
            NotFound => (
                format!("{host}/good:nope"),
                format!("{host}/good@sha256:{}", "0".repeat(64)),
                format!("{host}/nope"),
                seed_path(71),
            ),
            Verify => (
                format!("{host}/bad:v1"),
                format!("{host}/bad@{}", layer(&self.bad)),
                format!("{host}/bad"),
                seed_path(72),
            ),
            Network => (
                format!("{}/x:v1", self.unreachable),
                format!("{}/x@{}", self.unreachable, layer(&self.good)),
                format!("{}/x", self.unreachable),
                seed_path(71),
            ),
        };
        let mut out: Vec<String> = template
            .split(' ')
            .map(|w| {
                let fresh = || {
                    let i = self.n.fetch_add(1, Ordering::SeqCst);
                    self.out.path().join(format!("o{i}")).display().to_string()
                };
                match w {
                    "{R}" => image.clone(),
                    "{B}" => blob.clone(),
                    "{REPO}" => repo.clone(),
                    "{P}" => path.clone(),
                    "{GOOD}" => format!("{host}/good:v1"),
                    "{O}" => fresh(),
                    "ocidir://{O}:v1" => format!("ocidir://{}:v1", fresh()),
                    w => w.replace("{HOST}", host),
                }
            })
            .collect();
        if class == Format {
            out.extend(["--format".to_string(), "jsn".to_string()]);
        }
        out
    }
}

/// The table of `docs/exit-codes.md`, command by command: each failure class gets its code in
/// every command that can meet it.
#[test]
fn exit_codes_are_one_contract_across_commands() {
    if !have_tools() {
        return;
    }
    let w = World::new();
    let runs: Vec<(String, Class, Out)> = std::thread::scope(|s| {
        let handles: Vec<_> = MATRIX
            .iter()
            .flat_map(|(template, classes)| classes.iter().map(move |c| (*template, *c)))
            .map(|(template, class)| {
                let w = &w;
                s.spawn(move || {
                    let args = w.args(template, class);
                    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
                    let out = w.env(class).run(&refs);
                    (args.join(" "), class, out)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut wrong = Vec::new();
    for (cmd, class, out) in &runs {
        if out.code != class.code() {
            wrong.push(format!(
                "hoist {cmd}: {class:?} exited {} (want {})\n  {}",
                out.code,
                class.code(),
                out.stderr.trim().replace('\n', "\n  ")
            ));
        }
        // Nothing unverified on stdout: no layer content, no partial listing. (`digest
        // verify` prints its report, which says what failed.)
        if *class == Verify && !out.stdout.is_empty() && !cmd.starts_with("digest verify") {
            wrong.push(format!(
                "hoist {cmd}: wrote {} bytes to stdout before failing verification",
                out.stdout.len()
            ));
        }
        if *class != Ok && !out.stderr.lines().any(|l| l.starts_with("error: ")) {
            wrong.push(format!(
                "hoist {cmd}: {class:?} must say `error: ...`:\n{}",
                out.stderr
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} runs broke the exit-code contract:\n{}",
        wrong.len(),
        runs.len(),
        wrong.join("\n")
    );
}

fn hello() -> String {
    format!("ocidir://{}/examples/hello", env!("CARGO_MANIFEST_DIR"))
}

/// A copy of `examples/hello` to change (layouts are written in place).
fn hello_copy() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/hello");
    crate::support::copy_dir(&src, &dir.path().join("hello"));
    let r = format!("ocidir://{}/hello", dir.path().display());
    (dir, r)
}

/// `--format` takes `text`, `json`, `raw` where documented, or a template; anything else is
/// exit 2 naming the accepted values, and nothing reaches stdout.
#[test]
fn format_typos_are_usage_errors_in_every_command() {
    let env = Env::new();
    let img = format!("{}:1.0", hello());
    let commands: Vec<Vec<String>> = vec![
        vec!["manifest".into(), "get".into(), img.clone()],
        vec!["manifest".into(), "head".into(), img.clone()],
        vec!["config".into(), "get".into(), img.clone()],
        vec!["image".into(), "inspect".into(), img.clone()],
        vec!["tag".into(), "ls".into(), hello()],
        vec!["layer".into(), "ls".into(), img.clone()],
        vec!["digest".into(), "verify".into(), img.clone()],
        vec!["image".into(), "size".into(), img.clone()],
        vec!["image".into(), "files".into(), img.clone()],
        vec!["referrers".into(), img.clone()],
    ];
    for c in &commands {
        for bad in ["JSON", "yaml", "jsn", "Text", "{ digest }"] {
            let mut args: Vec<&str> = c.iter().map(String::as_str).collect();
            args.extend(["--format", bad]);
            let out = env.run(&args).code(2);
            out.says("unknown `--format`").says("`text`, `json`");
            assert!(out.stdout.is_empty(), "{args:?} printed {}", out.text());
        }
    }
    // `raw` only where a command prints stored bytes.
    env.run(&["tag", "ls", &hello(), "--format", "raw"])
        .code(2)
        .says("`--format json`");
    let raw = env
        .run(&["manifest", "get", &img, "--format", "raw"])
        .ok();
    assert!(raw.text().starts_with('{'));
    // A near miss is named.
    env.run(&["manifest", "get", &img, "--format", "JSON"])
        .code(2)
        .says("did you mean `--format json`?");
    // skopeo's `--raw`.
    let same = env.run(&["manifest", "get", &img, "--raw"]).ok();
    assert_eq!(same.stdout, raw.stdout);
}

/// The Go-template forms users paste from docker, skopeo and regctl mean what they mean
/// there, or are refused with the Jinja that does the job.
#[test]
fn go_templates_work_or_are_refused_with_the_equivalent() {
    let env = Env::new();
    let img = format!("{}:1.0", hello());
    let j = env.json(&["manifest", "get", &img]);
    let digests: Vec<String> = j["manifest"]["manifests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["digest"].as_str().unwrap().to_string())
        .collect();
    let t = |tpl: &str| {
        env.run(&["manifest", "get", &img, "--format", tpl])
            .ok()
            .text()
    };
    assert_eq!(t("{{.Digest}}").trim(), j["digest"]);
    assert_eq!(t("{{ digest }}").trim(), j["digest"]);
    assert_eq!(
        t("{{range .Manifests}}{{.Digest}}\n{{end}}").trim(),
        digests.join("\n")
    );
    assert_eq!(
        t("{{printf \"%s@%s\" .Reference .Digest}}").trim(),
        format!("{}@{}", j["reference"].as_str().unwrap(), j["digest"].as_str().unwrap())
    );
    let whole: serde_json::Value = serde_json::from_str(&t("{{json .}}")).unwrap();
    assert_eq!(whole, j);
    // image inspect: camelCase JSON; skopeo's PascalCase still works in templates.
    let inspect = env.json(&["image", "inspect", &img, "-p", "linux/arm64"]);
    assert!(inspect["digest"].is_string() && inspect.get("Digest").is_none());
    let pascal = env
        .run(&["image", "inspect", &img, "-p", "linux/arm64", "--format", "{{.Digest}} {{.Architecture}}"])
        .ok()
        .text();
    assert_eq!(
        pascal.trim(),
        format!("{} arm64", inspect["digest"].as_str().unwrap())
    );
    // A Go action hoist does not translate: exit 2 with the Jinja.
    let refused = env
        .run(&["manifest", "get", &img, "--format", "{{with .Manifests}}x{{end}}"])
        .code(2);
    refused.says("not supported").says("{% for");
    assert!(refused.stdout.is_empty());
    // The language is named in --help.
    let help = env.run(&["manifest", "get", "--help"]).ok().text();
    assert!(help.contains("Jinja template"), "{help}");
}

/// Warnings are `warning: ...` lines (no timestamps or levels without `-v`), said once, and
/// `-q` leaves only errors.
#[test]
fn warnings_are_one_channel() {
    let env = Env::new();
    let (_dir, r) = hello_copy();
    let index = r.trim_start_matches("ocidir://").to_string() + "/index.json";
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&index).unwrap()).unwrap();
    doc["manifests"].as_array_mut().unwrap().push(serde_json::json!({
        "mediaType": "application/vnd.oci.image.index.v1+json",
        "digest": "multihash+base58:QmRZxt2b1FVZPNqd8hsiykDL3TdBDeTSPX9Kv46HmX4Gx8",
        "size": 1,
        "annotations": {"org.opencontainers.image.ref.name": "odd"}
    }));
    std::fs::write(&index, serde_json::to_vec(&doc).unwrap()).unwrap();
    let out = env.run(&["tag", "ls", &r]).ok();
    let warnings: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| l.contains("cannot use"))
        .collect();
    assert_eq!(warnings.len(), 1, "{}", out.stderr);
    assert!(warnings[0].starts_with("warning: "), "{}", out.stderr);
    assert!(!out.stderr.contains("WARN"), "{}", out.stderr);
    assert!(out.text().contains("1.0"));
    let quiet = env.run(&["tag", "ls", &r, "-q"]).ok();
    assert_eq!(quiet.stderr, "", "-q leaves only errors");
}

/// What users of regctl, crane, skopeo and docker type first lands on the right command.
#[test]
fn other_tools_habits_lead_somewhere() {
    let env = Env::new();
    let img = format!("{}:1.0", hello());
    let head = env.run(&["manifest", "head", &img]).ok().text();
    // Aliases: the same answer.
    assert_eq!(env.run(&["image", "digest", &img]).ok().text(), head);
    let inspect = env.run(&["image", "inspect", &img, "-p", "linux/amd64"]).ok().text();
    assert_eq!(env.run(&["inspect", &img, "-p", "linux/amd64"]).ok().text(), inspect);
    assert_eq!(
        env.run(&["ls", &hello()]).ok().text(),
        env.run(&["tag", "ls", &hello()]).ok().text()
    );
    let out = tempfile::tempdir().unwrap();
    let dst = format!("ocidir://{}/cp:1.0", out.path().display());
    assert_eq!(env.run(&["cp", &img, &dst]).ok().text(), head);
    let dst2 = format!("ocidir://{}/cp2:1.0", out.path().display());
    assert_eq!(
        env.run(&["image", "copy", &img, &dst2, "--preserve-digests"]).ok().text(),
        head
    );
    // crane digest --platform.
    let arm = env.json(&["manifest", "get", &img, "-p", "linux/arm64"]);
    assert_eq!(
        env.run(&["manifest", "head", &img, "-p", "linux/arm64"]).ok().text().trim(),
        arm["digest"]
    );
    // skopeo's transports.
    env.run(&["manifest", "head", &format!("oci:{}/examples/hello:1.0", env!("CARGO_MANIFEST_DIR"))])
        .code(2)
        .says("ocidir://");
    // Flags that exist elsewhere: a hint, never clap's `--` tip, never `--all-tags` for `--all`.
    let all = env.run(&["copy", &img, &dst, "--all"]).code(2);
    all.says("every platform");
    assert!(!all.stderr.contains("--all-tags") && !all.stderr.contains("tip:"), "{}", all.stderr);
    env.run(&["image", "inspect", &img, "-o", "json"])
        .code(2)
        .says("--format json");
    env.run(&["copy", &img, &dst, "--dest-tls-verify=false"])
        .code(2)
        .says("--insecure");
    // crane's `digest REF`.
    env.run(&["digest", "alpine:3.20"])
        .code(2)
        .says("hoist manifest head alpine:3.20");
    // docker's `tag SRC DST` shape.
    env.run(&["tag", "add", &img, &format!("{}:2.0", hello())])
        .code(2)
        .says("bare tags")
        .says("hoist copy");
    // The top-level help lists every exit code and both archive kinds.
    let help = env.run(&["--help"]).ok().text();
    for code in ["0 ", "1 ", "2 ", "3 ", "4 ", "5 ", "6 ", "7 ", "130 "] {
        assert!(help.lines().any(|l| l.trim_start().starts_with(code)), "{code}: {help}");
    }
    assert!(help.contains("docker and OCI archives"), "{help}");
    let sub = env.run(&["copy", "--help"]).ok().text();
    assert!(sub.contains("Global options:"), "{sub}");
}

/// Completion scripts offer what a user can type: no hidden commands, `--format` values,
/// platforms, and subcommands before flags.
#[test]
fn completions_offer_what_users_type() {
    let env = Env::new();
    let bash = env.run(&["completion", "bash"]).ok().text();
    assert!(!bash.contains("cli-reference") && !bash.contains(" man "), "hidden commands offered");
    assert!(bash.contains("text json raw sarif"));
    assert!(bash.contains("linux/arm64"));
    let top = bash
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("opts=\"") && l.contains("manifest config image"))
        .unwrap();
    assert!(top.starts_with("opts=\"manifest "), "{top}");
    let zsh = env.run(&["completion", "zsh"]).ok().text();
    assert!(!zsh.contains("cli-reference"));
}

/// Corrupt layers in a layout: exit 5 and nothing on stdout, in every command that reads
/// layer content; `layer ls --sizes` never shows an empty cell for a layer it could not read.
#[test]
fn a_corrupt_layer_is_exit_5_and_writes_nothing() {
    let env = Env::new();
    let (_dir, r) = hello_copy();
    let img = format!("{r}:1.0");
    let layers = env.json(&["layer", "ls", &img, "-p", "linux/amd64"]);
    let d = layers[0]["digest"].as_str().unwrap();
    let path = format!(
        "{}/blobs/sha256/{}",
        r.trim_start_matches("ocidir://"),
        d.trim_start_matches("sha256:")
    );
    let mut data = std::fs::read(&path).unwrap();
    let mid = data.len() / 2;
    data[mid] ^= 0xff;
    std::fs::write(&path, data).unwrap();
    // (`image diff` of these two reads no layer: their layers are listed with equal
    // diffIDs; the registry matrix diffs a corrupt image against another.)
    let good = format!("{}:1.0", hello());
    for args in [
        vec!["image", "cat", &img, "/etc/hello.conf", "-p", "linux/amd64"],
        vec!["image", "files", &img, "-p", "linux/amd64"],
        vec!["image", "audit", &img, "-p", "linux/amd64"],
        vec!["layer", "ls", &img, "--sizes", "-p", "linux/amd64"],
        vec!["image", "size", &img, "--uncompressed", "-p", "linux/amd64"],
        vec!["digest", "verify", &img, "-p", "linux/amd64", "--format", "json"],
    ] {
        let out = env.run(&args).code(5);
        if args[0] != "digest" {
            assert!(out.stdout.is_empty(), "{args:?}: {}", out.text());
        }
    }
    // The intact image: every cell under its header.
    let table = env
        .run(&["layer", "ls", &good, "--sizes", "-p", "linux/amd64"])
        .ok()
        .text();
    let lines: Vec<&str> = table.lines().collect();
    let header: Vec<&str> = lines[0].split("  ").filter(|c| !c.is_empty()).map(str::trim).collect();
    assert_eq!(header[3], "UNCOMPRESSED", "{table}");
    let row: Vec<&str> = lines[1].split("  ").filter(|c| !c.is_empty()).map(str::trim).collect();
    assert!(row[3].ends_with("KiB") || row[3].ends_with(" B"), "{table}");
    assert!(row[4].starts_with("sha256:"), "{table}");
}
