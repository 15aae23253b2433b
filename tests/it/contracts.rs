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
/// `{O}` a fresh output path, `{KEY}` and `{PUB}` a key pair that signed the good image and
/// `{F}` a small file; and the classes it meets.
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
    ("sign {R} --key {KEY}", NO_LAYERS),
    ("verify {R} --key {PUB}", ALL),
    ("copy {R} ocidir://{O}:v1 --verify-key {PUB}", ALL),
    ("artifact pull {R} -o {O}", NO_LAYERS),
    (
        "artifact attach {R} {F} --artifact-type application/x-contract",
        NO_LAYERS,
    ),
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
        let out = tempfile::tempdir().unwrap();
        // The good image is signed (the bad one is not).
        let mut env = Env::new();
        env.set("HOIST_CREDS", &format!("{}:{}", ALICE.0, ALICE.1));
        env.set("COSIGN_PASSWORD", "pw");
        let key = out.path().join("cosign");
        env.run(&["key", "generate", "--prefix", key.to_str().unwrap()])
            .ok();
        env.run(&[
            "sign",
            &format!("{}/good:v1", reg.host),
            "--key",
            key.with_extension("key").to_str().unwrap(),
        ])
        .ok();
        World {
            reg,
            good,
            bad,
            unreachable: format!("127.0.0.1:{}", free_port()),
            out,
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
        env.set("COSIGN_PASSWORD", "pw");
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
                    "{KEY}" => self.out.path().join("cosign.key").display().to_string(),
                    "{PUB}" => self.out.path().join("cosign.pub").display().to_string(),
                    "{F}" => self.out.path().join("cosign.pub").display().to_string(),
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
    let raw = env.run(&["manifest", "get", &img, "--format", "raw"]).ok();
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
        format!(
            "{}@{}",
            j["reference"].as_str().unwrap(),
            j["digest"].as_str().unwrap()
        )
    );
    let whole: serde_json::Value = serde_json::from_str(&t("{{json .}}")).unwrap();
    assert_eq!(whole, j);
    // image inspect: camelCase JSON; skopeo's PascalCase still works in templates.
    let inspect = env.json(&["image", "inspect", &img, "-p", "linux/arm64"]);
    assert!(inspect["digest"].is_string() && inspect.get("Digest").is_none());
    let pascal = env
        .run(&[
            "image",
            "inspect",
            &img,
            "-p",
            "linux/arm64",
            "--format",
            "{{.Digest}} {{.Architecture}}",
        ])
        .ok()
        .text();
    assert_eq!(
        pascal.trim(),
        format!("{} arm64", inspect["digest"].as_str().unwrap())
    );
    // A Go action hoist does not translate: exit 2 with the Jinja.
    let refused = env
        .run(&[
            "manifest",
            "get",
            &img,
            "--format",
            "{{with .Manifests}}x{{end}}",
        ])
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
    doc["manifests"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
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
    let inspect = env
        .run(&["image", "inspect", &img, "-p", "linux/amd64"])
        .ok()
        .text();
    assert_eq!(
        env.run(&["inspect", &img, "-p", "linux/amd64"]).ok().text(),
        inspect
    );
    assert_eq!(
        env.run(&["ls", &hello()]).ok().text(),
        env.run(&["tag", "ls", &hello()]).ok().text()
    );
    let out = tempfile::tempdir().unwrap();
    let dst = format!("ocidir://{}/cp:1.0", out.path().display());
    assert_eq!(env.run(&["cp", &img, &dst]).ok().text(), head);
    let dst2 = format!("ocidir://{}/cp2:1.0", out.path().display());
    assert_eq!(
        env.run(&["image", "copy", &img, &dst2, "--preserve-digests"])
            .ok()
            .text(),
        head
    );
    // crane digest --platform.
    let arm = env.json(&["manifest", "get", &img, "-p", "linux/arm64"]);
    assert_eq!(
        env.run(&["manifest", "head", &img, "-p", "linux/arm64"])
            .ok()
            .text()
            .trim(),
        arm["digest"]
    );
    // skopeo's transports.
    env.run(&[
        "manifest",
        "head",
        &format!("oci:{}/examples/hello:1.0", env!("CARGO_MANIFEST_DIR")),
    ])
    .code(2)
    .says("ocidir://");
    // Flags that exist elsewhere: a hint, never clap's `--` tip, never `--all-tags` for `--all`.
    let all = env.run(&["copy", &img, &dst, "--all"]).code(2);
    all.says("every platform");
    assert!(
        !all.stderr.contains("--all-tags") && !all.stderr.contains("tip:"),
        "{}",
        all.stderr
    );
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
        assert!(
            help.lines().any(|l| l.trim_start().starts_with(code)),
            "{code}: {help}"
        );
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
    assert!(
        !bash.contains("cli-reference") && !bash.contains(" man "),
        "hidden commands offered"
    );
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
        vec![
            "digest",
            "verify",
            &img,
            "-p",
            "linux/amd64",
            "--format",
            "json",
        ],
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
    let header: Vec<&str> = lines[0]
        .split("  ")
        .filter(|c| !c.is_empty())
        .map(str::trim)
        .collect();
    assert_eq!(header[3], "UNCOMPRESSED", "{table}");
    let row: Vec<&str> = lines[1]
        .split("  ")
        .filter(|c| !c.is_empty())
        .map(str::trim)
        .collect();
    assert!(row[3].ends_with("KiB") || row[3].ends_with(" B"), "{table}");
    assert!(row[4].starts_with("sha256:"), "{table}");
}

/// Writes `doc` as a blob of the layout at `root` and tags it `tag` in `index.json`.
fn put_in_layout(
    root: &std::path::Path,
    doc: &serde_json::Value,
    media_type: &str,
    tag: &str,
) -> String {
    let bytes = serde_json::to_vec(doc).unwrap();
    let hex = crate::support::sha256_hex(&bytes);
    std::fs::write(root.join("blobs/sha256").join(&hex), &bytes).unwrap();
    let index_path = root.join("index.json");
    let mut index: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&index_path).unwrap()).unwrap();
    index["manifests"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "mediaType": media_type,
            "digest": format!("sha256:{hex}"),
            "size": bytes.len(),
            "annotations": {"org.opencontainers.image.ref.name": tag}
        }));
    std::fs::write(&index_path, serde_json::to_vec(&index).unwrap()).unwrap();
    format!("sha256:{hex}")
}

/// The findings about copy, compose and mod, each on layouts.
#[test]
fn copy_compose_and_mod_keep_their_promises() {
    let env = Env::new();
    let (dir, r) = hello_copy();
    let img = format!("{r}:1.0");
    let root = std::path::Path::new(r.trim_start_matches("ocidir://")).to_path_buf();
    let work = dir.path();

    // A destination naming another digest: refused, nothing written.
    let other = format!("sha256:{}", "1".repeat(64));
    let dst = work.join("dst");
    env.run(&["copy", &img, &format!("ocidir://{}@{other}", dst.display())])
        .code(2)
        .says("cannot be copied to another digest");
    assert!(!dst.join("index.json").exists(), "nothing may be written");
    // Its own digest is fine.
    let top = env.run(&["manifest", "head", &img]).ok().text();
    env.run(&[
        "copy",
        &img,
        &format!("ocidir://{}@{}", dst.display(), top.trim()),
    ])
    .ok();

    // A dry run says what it would do, in the right number.
    let dry = env
        .run(&[
            "copy",
            &img,
            &format!("ocidir://{}/dry:1", work.display()),
            "--dry-run",
            "-p",
            "linux/amd64",
        ])
        .ok();
    dry.says("would push 1 manifest (")
        .says("blobs: 3 to copy")
        .says("nothing was written");
    assert!(!dry.stderr.contains("0 manifests pushed"), "{}", dry.stderr);
    assert!(!work.join("dry").exists());

    // A single-platform image: its platform comes from its config, and `image size -p`'s row
    // and total agree.
    let amd = format!("ocidir://{}/amd:1", work.display());
    env.run(&["copy", &img, &amd, "-p", "linux/amd64"]).ok();
    let size = env.json(&["image", "size", &amd]);
    assert_eq!(size["platforms"][0]["platform"], "linux/amd64");
    let verify = env.json(&["digest", "verify", &amd]);
    assert_eq!(verify[0]["platform"], "linux/amd64");
    let picked = env.json(&["image", "size", &img, "-p", "linux/arm64"]);
    assert_eq!(
        picked["platforms"][0]["compressed"],
        picked["totalCompressed"]
    );

    // compose: a layer image without the base's arm64 is exit 3, naming the platform to use.
    let out = env
        .run(&[
            "image",
            "compose",
            &format!("ocidir://{}/c:1", work.display()),
            "--base",
            &img,
            "--add",
            &amd,
        ])
        .code(3);
    out.says("linux/arm64").says("--platform linux/amd64");

    // compose: a Docker-typed layer image's layers take the OCI names in an OCI result.
    let amd_root = work.join("amd");
    let manifest = env.json(&["manifest", "get", &amd]);
    let mut docker = manifest["manifest"].clone();
    docker["mediaType"] = "application/vnd.docker.distribution.manifest.v2+json".into();
    docker["config"]["mediaType"] = "application/vnd.docker.container.image.v1+json".into();
    for l in docker["layers"].as_array_mut().unwrap() {
        l["mediaType"] = "application/vnd.docker.image.rootfs.diff.tar.gzip".into();
    }
    put_in_layout(
        &amd_root,
        &docker,
        "application/vnd.docker.distribution.manifest.v2+json",
        "docker",
    );
    let composed = format!("ocidir://{}/c:2", work.display());
    env.run(&[
        "image",
        "compose",
        &composed,
        "--base",
        &img,
        "--add",
        &format!("ocidir://{}:docker", amd_root.display()),
        "-p",
        "linux/amd64",
    ])
    .ok();
    let c = env.json(&["manifest", "get", &composed, "-p", "linux/amd64"]);
    assert_eq!(c["mediaType"], "application/vnd.oci.image.manifest.v1+json");
    for l in c["manifest"]["layers"].as_array().unwrap() {
        assert_eq!(
            l["mediaType"], "application/vnd.oci.image.layer.v1.tar+gzip",
            "{c}"
        );
    }

    // mod: a removal that matches nothing is refused, like `--layer-rm 9`.
    env.run(&[
        "image",
        "mod",
        &img,
        &format!("ocidir://{}/m:1", work.display()),
        "--layer-rm-created-by",
        "^no such step$",
    ])
    .code(2)
    .says("matches no layer");
    env.run(&[
        "image",
        "mod",
        &img,
        &format!("ocidir://{}/m:1", work.display()),
        "--layer-rm",
        "9",
    ])
    .code(2);

    // mod --layer-add DIR: entries in `tar --sort=name` order (depth first, byte order).
    let tree = work.join("tree");
    for d in ["a/deep", "b"] {
        std::fs::create_dir_all(tree.join(d)).unwrap();
    }
    for f in ["a/deep/z", "a/x", "b/y", "c", "B"] {
        std::fs::write(tree.join(f), f).unwrap();
    }
    let added = format!("ocidir://{}/m:2", work.display());
    env.run(&[
        "image",
        "mod",
        &img,
        &added,
        "--layer-add",
        tree.to_str().unwrap(),
        "-p",
        "linux/amd64",
    ])
    .ok();
    let layers = env.json(&["layer", "ls", &added]);
    let last = layers.as_array().unwrap().last().unwrap()["digest"]
        .as_str()
        .unwrap()
        .to_string();
    let blob = work
        .join("m/blobs/sha256")
        .join(last.trim_start_matches("sha256:"));
    let tar = crate::support::run_ok(std::process::Command::new("tar").arg("tzf").arg(&blob));
    let names: Vec<&str> = tar.lines().map(|l| l.trim_end_matches('/')).collect();
    assert_eq!(
        names,
        ["B", "a", "a/deep", "a/deep/z", "a/x", "b", "b/y", "c"],
        "{tar}"
    );
    drop(root);
}

/// Runs hoist on a pseudo-terminal (stdin, stdout and stderr), typing `input` once `prompt`
/// appears (when given). Returns the exit code and everything the terminal showed.
fn on_tty(env: &Env, args: &[&str], prompt: Option<&str>, input: &str) -> (i32, String) {
    const SCRIPT: &str = r#"
import os, pty, sys, select
prompt, data, argv = sys.argv[1], sys.argv[2], sys.argv[3:]
pid, fd = pty.fork()
if pid == 0:
    os.execv(argv[0], argv)
seen, sent = b"", prompt == ""
while True:
    r, _, _ = select.select([fd], [], [], 30)
    if not r:
        break
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        break
    if not chunk:
        break
    seen += chunk
    if not sent and prompt.encode() in seen:
        os.write(fd, data.encode())
        sent = True
_, status = os.waitpid(pid, 0)
sys.stdout.write(seen.decode("utf-8", "replace"))
sys.exit(os.waitstatus_to_exitcode(status))
"#;
    let mut all = vec![
        "-c",
        SCRIPT,
        prompt.unwrap_or(""),
        input,
        env!("CARGO_BIN_EXE_hoist"),
    ];
    all.extend(args);
    let out = env.command_via("python3", &all).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// Credentials: hints name the flag for the side that failed, `-v` names where explicit
/// credentials came from, `login -u` asks for the password on a terminal without echo, and a
/// terminal gets no binary from `blob get`.
#[test]
fn credentials_and_terminals() {
    if !have_tools() {
        return;
    }
    let reg = Registry::basic();
    let fx = fixtures::single(74, Compression::Gzip);
    let r = fx.push_to(&reg, "app", "v1", Some(ALICE));
    let mut env = Env::new();
    let src = format!("{}:1.0", hello());

    // A 401 at the destination of a copy names `--dest-creds`.
    let out = env
        .run(&["copy", &src, &format!("{}/copy:v1", reg.host)])
        .code(4);
    out.says("--dest-creds USER:PASSWORD");
    assert!(!out.stderr.contains("`--creds USER"), "{}", out.stderr);
    let wrong = env
        .run(&[
            "copy",
            &src,
            &format!("{}/copy:v1", reg.host),
            "--dest-creds",
            "alice:nope",
        ])
        .code(4);
    wrong.says("`--dest-creds`");

    // `-v` names the source of explicit credentials, never their value.
    let v = env
        .run(&["-v", "manifest", "head", &r, "--creds", "alice:wonderland"])
        .ok();
    v.says("`--creds`");
    assert!(!v.stderr.contains("wonderland"));
    env.set("HOIST_CREDS", "alice:wonderland");
    env.run(&["-v", "manifest", "head", &r])
        .ok()
        .says("`HOIST_CREDS`");

    // `login -u` on a terminal prompts, without echo.
    let login = Env::new();
    let (code, screen) = on_tty(
        &login,
        &["login", &reg.host, "-u", "alice"],
        Some("Password:"),
        "wonderland\n",
    );
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("Login succeeded"), "{screen}");
    assert!(
        !screen.contains("wonderland"),
        "the password was echoed: {screen}"
    );
    login.run(&["manifest", "head", &r]).ok();

    // `blob get` to a terminal: refused unless `-o -`.
    let blob = format!("{}/app@{}", reg.host, fx.images[0].layers[0].digest);
    let (code, screen) = on_tty(&env, &["blob", "get", &blob], None, "");
    assert_eq!(code, 2, "{screen}");
    assert!(screen.contains("-o -"), "{screen}");
    let (code, _) = on_tty(&env, &["blob", "get", &blob, "-o", "-"], None, "");
    assert_eq!(code, 0);
}

/// Long work shows progress on a terminal in one style: `digest verify` a bar of the bytes
/// checked, `copy` an overall `n/N blobs, x/y` line beside its per-blob bars (never
/// "0 manifests" mid-copy).
#[test]
fn progress_on_a_terminal() {
    let env = Env::new();
    let img = format!("{}:1.0", hello());
    let (code, screen) = on_tty(&env, &["digest", "verify", &img], None, "");
    assert_eq!(code, 0, "{screen}");
    assert!(
        screen.contains("verify [") && screen.contains("437 B/437 B"),
        "{screen}"
    );
    let out = tempfile::tempdir().unwrap();
    let dst = format!("ocidir://{}/p:1", out.path().display());
    let (code, screen) = on_tty(&env, &["copy", &img, &dst], None, "");
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains(" blobs, "), "{screen}");
    assert!(screen.contains("/5 blobs"), "{screen}");
    assert!(!screen.contains("0 manifests"), "{screen}");
    assert!(
        screen.contains("] 143 B/143 B"),
        "per-blob bars in the same style: {screen}"
    );
}
