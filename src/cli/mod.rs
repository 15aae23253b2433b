//! Command-line definitions (clap) and dispatch. One file per command group, each with `Args`
//! structs whose doc comments are the `--help` text, and a `run` function.
//!
//! It must not hold logic a library user would need: command files call the library and render;
//! the shared rendering is `cli/render.rs`, re-exported here, and no command file uses another's.

pub mod archive;
pub mod artifact;
pub mod blob;
pub mod completion;
pub mod config;
pub mod copy;
pub mod digest;
pub mod edit;
pub mod image;
pub mod layer;
pub mod login;
pub mod manifest;
pub mod ratelimit;
pub mod referrers;
pub mod registry;
mod render;
pub mod repo;
pub mod serve;
pub mod sign;
pub mod sync;
pub mod tag;

use std::io::Read as _;
use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, Parser, Subcommand};

use crate::auth::Credential;
use crate::client::{Client, ClientOptions};
use crate::error::Failure;
use crate::output::{Format, Printer};
use crate::reference::ImageRef;
use crate::repo::Repo;

pub use render::{Change, deliver, run_sync};

const AFTER_HELP: &str = "\
Examples:
  hoist manifest get docker.io/library/alpine:latest --platform linux/arm64
  hoist image inspect ghcr.io/org/app:1.2 --format json
  hoist tag ls localhost:5000/team/app --include '^v1\\.'

References are `[registry/]repository[:tag][@digest]` (Docker Hub when no registry is given),
`ocidir://PATH[:TAG|@DIGEST]` for an OCI image layout directory, or (to read)
`docker-archive:PATH[:REF|:@N]` and `oci-archive:PATH[:TAG]` for docker and OCI archives.
`--format` takes `text`, `json`, `raw` (`manifest get`, `config get`) or a Jinja template over
the JSON view (`{{ digest }}`; Go forms such as `{{.Digest}}` and `{{json .}}` work too).

Exit codes:
  0    ok
  1    other error
  2    usage: bad flag, reference, platform, `--format` or template
  3    not found: manifest, blob, tag, repository, platform
  4    auth: credentials refused (401) or missing permission (403)
  5    verification failed: digest, size, diffID or signature mismatch; malformed content
  6    registry unreachable, TLS or network failure
  7    policy: `image audit --fail-on` found what it names
  130  interrupted (Ctrl-C, SIGTERM)";

/// Inspect, verify and move container images in OCI/Docker registries.
#[derive(Debug, Parser)]
#[command(name = "hoist", version, about, after_help = AFTER_HELP, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command accepts.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Output format: `text`, `json`, `raw` (stored bytes: `manifest get`, `config get`) or a
    /// Jinja template over the JSON view, such as `{{ digest }}` (Go forms like `{{.Digest}}`,
    /// `{{json .}}` and `{{range .Manifests}}...{{end}}` work too). See docs/formats.md.
    #[arg(long, global = true, value_name = "FORMAT", value_parser = FormatValues)]
    pub format: Option<String>,

    /// The same as `--format raw` (skopeo's and crane's spelling).
    #[arg(long, global = true, hide = true, conflicts_with = "format")]
    pub raw: bool,

    /// Speak plain HTTP to registries (no TLS).
    #[arg(long, global = true)]
    pub plain_http: bool,

    /// Skip TLS certificate verification, and allow credentials over plain HTTP.
    #[arg(long, global = true)]
    pub insecure: bool,

    /// Trust this CA certificate (PEM) in addition to the system's.
    #[arg(long, global = true, value_name = "FILE")]
    pub ca_file: Option<PathBuf>,

    /// Client certificate (PEM) for mutual TLS; needs `--key-file`.
    #[arg(long, global = true, value_name = "FILE", requires = "key_file")]
    pub cert_file: Option<PathBuf>,

    /// Private key (PEM) for `--cert-file`.
    #[arg(long, global = true, value_name = "FILE", requires = "cert_file")]
    pub key_file: Option<PathBuf>,

    /// Credentials for the registry, instead of the stored ones (prefer `--creds-stdin`: command
    /// lines are visible to other users).
    #[arg(
        long,
        global = true,
        value_name = "USER:PASSWORD",
        env = "HOIST_CREDS",
        hide_env_values = true
    )]
    pub creds: Option<String>,

    /// Read `USER:PASSWORD` from the first line of standard input.
    #[arg(long, global = true, conflicts_with = "creds")]
    pub creds_stdin: bool,

    /// Seconds a registry may keep hoist waiting with no bytes moving, before the request
    /// is given up (and retried, or resumed where it stopped).
    #[arg(
        long,
        global = true,
        value_name = "SECONDS",
        env = "HOIST_TIMEOUT",
        default_value_t = 120,
        value_parser = clap::value_parser!(u64).range(1..=86_400)
    )]
    pub timeout: u64,

    /// Give up on a blob download that averages fewer than this many bytes per second over
    /// `--min-rate-window` of waiting on the network (0 turns the check off). Time spent
    /// waiting for the destination or the disk does not count.
    #[arg(
        long,
        global = true,
        value_name = "BYTES",
        env = "HOIST_MIN_RATE",
        default_value_t = 1024
    )]
    pub min_rate: u64,

    /// The window `--min-rate` is measured over.
    #[arg(
        long,
        global = true,
        value_name = "SECONDS",
        env = "HOIST_MIN_RATE_WINDOW",
        default_value_t = 30,
        value_parser = clap::value_parser!(u64).range(1..=86_400)
    )]
    pub min_rate_window: u64,

    /// More detail on stderr (`-v` requests and auth decisions, `-vv` everything).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Only errors on stderr.
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Get, check, push and delete manifests.
    #[command(subcommand)]
    Manifest(manifest::Command),
    /// Read image configs.
    #[command(subcommand)]
    Config(config::Command),
    /// Inspect images (manifest and config together).
    #[command(subcommand)]
    Image(ImageCommand),
    /// Write multi-platform indexes over existing images.
    #[command(subcommand)]
    Index(edit::IndexCommand),
    /// Download, check, upload and delete blobs.
    #[command(subcommand)]
    Blob(blob::Command),
    /// Copy or retag images between registries and OCI layouts.
    #[command(visible_alias = "cp")]
    Copy(copy::CopyArgs),
    /// The same as `image inspect` (skopeo's and regctl's spelling).
    #[command(hide = true)]
    Inspect(image::InspectArgs),
    /// The same as `tag ls` (crane's spelling).
    #[command(hide = true)]
    Ls(tag::LsArgs),
    /// Write docker and OCI archives (`docker save`'s and `oci-archive:` formats).
    #[command(subcommand)]
    Archive(archive::Command),
    /// Mirror many images from a sync file (regsync's shape), shardable across jobs.
    Sync(sync::SyncArgs),
    /// Pull, extract and list layers.
    #[command(subcommand)]
    Layer(layer::Command),
    /// Hash local files, or verify an image's digests and diffIDs.
    Digest(digest::DigestArgs),
    /// List, add and delete tags.
    #[command(subcommand)]
    Tag(tag::Command),
    /// List what is attached to an image: signatures, SBOMs, attestations.
    Referrers(referrers::ReferrersArgs),
    /// Push, attach and pull OCI artifacts (files, SBOMs), as oras does.
    #[command(subcommand)]
    Artifact(artifact::Command),
    /// Make signing keys in cosign's formats.
    #[command(subcommand)]
    Key(sign::KeyCommand),
    /// Sign an image as cosign does (a `sha256-<hex>.sig` tag beside it).
    Sign(sign::SignArgs),
    /// Check an image's cosign signatures with a public key (exit 5 unless one verifies).
    Verify(sign::VerifyArgs),
    /// List repositories.
    #[command(subcommand)]
    Repo(repo::Command),
    /// Find out what a registry supports.
    #[command(subcommand)]
    Registry(registry::Command),
    /// Show Docker Hub's pull rate limit and what is left of it (one HEAD; spends no pull).
    #[command(after_help = "Examples:
  hoist ratelimit
  hoist ratelimit docker.io/library/alpine:3.20 --format json

Docker Hub counts pulls per account (or per IP address, anonymously) in a window; manifest
GETs spend them, HEADs do not. Other registries send no such headers.")]
    Ratelimit(ratelimit::RateLimitArgs),
    /// Serve OCI layouts as a registry (with the referrers API, and images composed on request).
    Serve(serve::ServeArgs),
    /// Verify and store credentials for a registry.
    Login(login::LoginArgs),
    /// Remove stored credentials for a registry.
    Logout(login::LogoutArgs),
    /// Print a shell completion script.
    Completion(completion::CompletionArgs),
    /// Write man pages into a directory.
    #[command(hide = true)]
    Man(completion::ManArgs),
    /// Print the Markdown command reference.
    #[command(hide = true)]
    CliReference,
}

/// `--format`'s values for help and completion (`text`, `json`, `raw`, `sarif`); any other
/// value is kept for [`Format::parse`], which knows the command and reads templates.
#[derive(Clone)]
struct FormatValues;

impl clap::builder::TypedValueParser for FormatValues {
    type Value = String;

    fn parse_ref(
        &self,
        _cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        value
            .to_str()
            .map(str::to_string)
            .ok_or_else(|| clap::Error::new(clap::error::ErrorKind::InvalidUtf8))
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            ["text", "json", "raw", "sarif"]
                .into_iter()
                .map(clap::builder::PossibleValue::new),
        ))
    }
}

/// `hoist image ...`: the commands of `cli/image.rs` (looking at an image) and `cli/edit.rs`
/// (changing one), and the aliases other tools' users type.
#[derive(Debug, Subcommand)]
pub enum ImageCommand {
    /// Show an image's digest, platform, config and layers (with diffIDs).
    #[command(after_help = "Examples:
  hoist image inspect alpine:3.20
  hoist image inspect ghcr.io/org/app:1.2 --platform linux/arm64 --format json
  hoist image inspect localhost:5000/app:v1 --format '{{ digest }} {{ created }}'")]
    Inspect(image::InspectArgs),
    /// The same as `hoist copy` (regctl's spelling).
    #[command(hide = true)]
    Copy(copy::CopyArgs),
    /// The same as `hoist manifest head` (regctl's `image digest`).
    #[command(hide = true)]
    Digest(manifest::HeadArgs),
    /// List the files of an image as a container sees them (every layer merged), or with
    /// `--layers` what each layer adds, changes and deletes.
    #[command(after_help = "Examples:
  hoist image files alpine:3.20
  hoist image files ghcr.io/org/app:1.2 --layers
  hoist image files localhost:5000/app:v1 --format json

Layers stream straight from the registry (or the layout) and are checked against their
digests and diffIDs; nothing is written to disk. Whiteouts, opaque directories, replaced
types and symlinked directories are applied as `layer pull --extract` applies them.")]
    Files(image::FilesArgs),
    /// Write one file of an image to stdout.
    #[command(after_help = "Examples:
  hoist image cat alpine:3.20 /etc/os-release
  hoist image cat ghcr.io/org/app:1.2 /app/config.yaml --platform linux/arm64 > config.yaml

Layers are read from the top down and the search stops at the first layer that has the file
or deletes it: layers below are never downloaded. Symlinks are followed inside the image. A
file the image does not have exits 3. The layer that held the file is read to its end to check
its digests, and the file is written only then: a mismatch writes nothing and exits 5.")]
    Cat(image::CatArgs),
    /// Show what an image costs to download, per platform and in all.
    #[command(after_help = "Examples:
  hoist image size alpine:3.20
  hoist image size ghcr.io/org/app:1.2 --uncompressed --format json

Blobs shared between platforms count once in the total. `--uncompressed` streams every layer
once to add up its tar size (configs do not record it).")]
    Size(image::SizeArgs),
    /// Find shadowed files, wasted bytes and secrets in an image.
    #[command(after_help = "Examples:
  hoist image audit ghcr.io/org/app:1.2
  hoist image audit ghcr.io/org/app:1.2 --platform all --fail-on secrets,wasted:20
  hoist image audit localhost:5000/app:v1 --format sarif > audit.sarif

Shadowed files are deleted (whiteout, opaque directory) or overwritten by a later layer but
still shipped in theirs. Wasted bytes are theirs; efficiency is the final tree's file bytes
over all layers' file bytes. Secrets are searched in every file, live or shadowed, and in the
config's Env, labels and history; they are always shown redacted.

Exit codes: 0 when nothing `--fail-on` names was found, 7 when it was (the findings are
printed either way), and the usual codes for errors (see docs/exit-codes.md).")]
    Audit(image::AuditArgs),
    /// Compare two images: files added, removed and changed, and config differences.
    #[command(after_help = "Examples:
  hoist image diff ghcr.io/org/app:1.2 ghcr.io/org/app:1.3
  hoist image diff app:old ocidir://build/app:new --format json

The bottom layers both images share (equal diffIDs) are not downloaded; only the layers above
them are streamed and compared. If a path is touched on one side only, or a directory is made
opaque above them, the shared layers are read too, to tell added from changed. Equal diffIDs
behind different digests are reported as \"same content, recompressed\".")]
    Diff(image::DiffArgs),
    /// Make an image from a base and pre-built layer images, with no build and no layer
    /// downloaded.
    #[command(after_help = "Examples:
  hoist image compose registry.example.com/app:1 --base registry.example.com/base/debian:12 \\
      --add registry.example.com/layers/php:8.2 --add registry.example.com/layers/nodejs:20
  hoist image compose ocidir://out:app --spec app.toml --env APP_ENV=prod

The image is the base's layers, then each layer image's layers in order; the config is the
base's, with diffIDs and history extended and the edits applied. A spec is TOML:

  base = \"registry.example.com/base/debian:12\"
  layers = [\"registry.example.com/layers/php:8.2\", \"registry.example.com/layers/nodejs:20\"]
  [config]
  env = [\"APP_ENV=prod\"]
  cmd = [\"php-fpm\"]
  labels = { \"org.opencontainers.image.title\" = \"app\" }

When the base is an index, every platform is composed (every input must have it; `--platform`
narrows the set) and an index is pushed. On one registry, layers are mounted across
repositories; elsewhere they are copied blob by blob. The same inputs give the same digest.")]
    Compose(Box<edit::ComposeArgs>),
    /// Change an image's config, annotations or layers, where it lives.
    #[command(
        name = "mod",
        after_help = "Examples:
  hoist image mod registry.example.com/app:1 registry.example.com/app:1-prod --env APP_ENV=prod --label team=web
  hoist image mod app:1 app:1-slim --layer-rm-created-by 'apt-get install.*-dev'
  hoist image mod app:1 app:1-conf --layer-add ./conf-dir --reproducible

On an index every platform is changed (or those `--platform` picks; the others are kept as
they are) and a new index is written. Layers are numbered from 1, as `hoist layer ls`
numbers them. A directory added as a layer is tarred deterministically: sorted names, one
time (`--created`, else the epoch), owner 0:0, gzip."
    )]
    Mod(Box<edit::ModArgs>),
    /// Merge an image's layers into one (above the first N, or above a base's).
    #[command(after_help = "Examples:
  hoist image squash registry.example.com/app:1 registry.example.com/app:1-squashed
  hoist image squash app:1 app:1-flat --base registry.example.com/base/debian:12

The merged layer is built in one streaming pass: whiteouts applied, hardlinks kept, files
deleted by later layers gone. Sizes before and after are printed, with what a change to one
file costs users to download before (one layer) and after (the merged layer).")]
    Squash(Box<edit::SquashArgs>),
    /// Put an image's own layers on a new base.
    #[command(after_help = "Examples:
  hoist image rebase registry.example.com/app:1 --old-base debian:12.5 --new-base debian:12.6 registry.example.com/app:1-rebased

SOURCE's first layers must be OLD's (compared by diffID), else exit 5 naming the first layer
that differs. They are replaced by NEW's; history follows. No layer is downloaded.")]
    Rebase(Box<edit::RebaseArgs>),
}

/// Resolves `reference` to one image (a platform of an index) for a command that shows one.
pub async fn resolve_one(
    ctx: &Ctx,
    reference: &str,
    platform: &str,
    command: &str,
) -> Result<(crate::repo::Repo, crate::repo::Resolved)> {
    let r = parse_ref(reference)?;
    let sel = parse_platform(platform)?;
    if sel == crate::platform::Selector::All {
        return Err(crate::error::Failure::usage(format!(
            "`{command}` works on one image; pick one platform"
        ))
        .hint("`--platform all` is for `digest verify`, `image audit` and `image size`")
        .into());
    }
    let repo = ctx.repo(&r)?;
    let m = repo.manifest().await?;
    let res = crate::repo::resolve(&repo, m, &sel).await?.remove(0);
    Ok((repo, res))
}

/// What every command needs: the client and the printer.
pub struct Ctx {
    pub client: Client,
    pub printer: Printer,
    pub global: GlobalArgs,
}

impl Ctx {
    /// `formats`: the `--format` values the command takes besides `text`, `json` and templates.
    pub fn new(global: GlobalArgs, formats: &[&str]) -> Result<Ctx> {
        let format = match global.raw {
            true => Format::parse(Some("raw"), formats)?,
            false => Format::parse(global.format.as_deref(), formats)?,
        };
        let client = Client::new(client_options(&global)?);
        let printer = Printer::new(format, global.quiet);
        Ok(Ctx {
            client,
            printer,
            global,
        })
    }

    pub fn repo(&self, r: &ImageRef) -> Result<Repo> {
        Repo::open(&self.client, r)
    }

    pub fn format(&self) -> &Format {
        &self.printer.format
    }
}

pub fn client_options(g: &GlobalArgs) -> Result<ClientOptions> {
    let mut o = ClientOptions::new();
    o.plain_http = g.plain_http;
    o.insecure = g.insecure;
    o.ca_file = g.ca_file.clone();
    o.cert_file = g.cert_file.clone();
    o.key_file = g.key_file.clone();
    o.idle_timeout = std::time::Duration::from_secs(g.timeout);
    o.min_rate = g.min_rate;
    o.min_rate_window = std::time::Duration::from_secs(g.min_rate_window);
    o.config = crate::config::Config::load()?;
    let creds = if g.creds_stdin {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s)?;
        Some(s.lines().next().unwrap_or("").to_string())
    } else {
        g.creds.clone()
    };
    if let Some(c) = creds {
        o.default_creds_from = Some(creds_source("--creds", "HOIST_CREDS", g.creds_stdin, &c));
        o.default_creds = Some(
            Credential::parse_user_pass(&c)
                .ok_or_else(|| Failure::usage("credentials must look like `USER:PASSWORD`"))?,
        );
    }
    Ok(o)
}

impl Command {
    /// Commands that move bulk data get worker threads for hashing and I/O; the rest run on
    /// one thread, which starts faster.
    pub fn wants_threads(&self) -> bool {
        matches!(
            self,
            Command::Layer(_)
                | Command::Archive(_)
                | Command::Serve(_)
                | Command::Digest(_)
                | Command::Blob(_)
                | Command::Image(
                    ImageCommand::Files(_)
                        | ImageCommand::Cat(_)
                        | ImageCommand::Size(_)
                        | ImageCommand::Audit(_)
                        | ImageCommand::Diff(_)
                        | ImageCommand::Squash(_)
                        | ImageCommand::Mod(_)
                )
        )
    }
}

impl Command {
    /// The `--format` values a command takes besides `text`, `json` and templates.
    pub fn formats(&self) -> &'static [&'static str] {
        match self {
            Command::Manifest(manifest::Command::Get(_)) | Command::Config(_) => &["raw"],
            // `inspect --raw` is skopeo's manifest: `image inspect` says where it is.
            Command::Inspect(_) | Command::Image(ImageCommand::Inspect(_)) => &["raw"],
            Command::Image(ImageCommand::Audit(_)) => &["sarif"],
            _ => &[],
        }
    }

    /// Commands that handle SIGINT and SIGTERM themselves (`serve` finishes what is in
    /// flight); every other command is dropped on them.
    pub fn handles_signals(&self) -> bool {
        matches!(self, Command::Serve(_))
    }
}

pub async fn run(cli: Cli) -> Result<()> {
    // Commands that touch no registry do not need a client (and must not read stdin for one).
    match cli.command {
        Command::Completion(a) => return completion::run(a),
        Command::Man(a) => return completion::man(a),
        Command::CliReference => {
            crate::output::out(completion::reference_markdown().as_bytes())?;
            return Ok(());
        }
        _ => {}
    }
    let ctx = Ctx::new(cli.global, cli.command.formats())?;
    match cli.command {
        Command::Manifest(c) => manifest::run(&ctx, c).await,
        Command::Config(c) => config::run(&ctx, c).await,
        Command::Inspect(a) => image::inspect(&ctx, a).await,
        Command::Ls(a) => tag::run(&ctx, tag::Command::Ls(a)).await,
        Command::Image(c) => match c {
            ImageCommand::Inspect(a) => image::inspect(&ctx, a).await,
            ImageCommand::Files(a) => image::files(&ctx, a).await,
            ImageCommand::Cat(a) => image::cat(&ctx, a).await,
            ImageCommand::Size(a) => image::size(&ctx, a).await,
            ImageCommand::Audit(a) => image::audit(&ctx, a).await,
            ImageCommand::Diff(a) => image::diff(&ctx, a).await,
            ImageCommand::Compose(a) => edit::compose(&ctx, *a).await,
            ImageCommand::Mod(a) => edit::modify(&ctx, *a).await,
            ImageCommand::Squash(a) => edit::squash(&ctx, *a).await,
            ImageCommand::Rebase(a) => edit::rebase(&ctx, *a).await,
            // regctl's `image copy` and `image digest` lead to `copy` and `manifest head`.
            ImageCommand::Copy(a) => copy::run(&ctx, a).await,
            ImageCommand::Digest(a) => manifest::run(&ctx, manifest::Command::Head(a)).await,
        },
        Command::Index(c) => edit::index(&ctx, c).await,
        Command::Blob(c) => blob::run(&ctx, c).await,
        Command::Copy(a) => copy::run(&ctx, a).await,
        Command::Sync(a) => sync::run(&ctx, a).await,
        Command::Archive(c) => archive::run(&ctx, c).await,
        Command::Referrers(a) => referrers::run(&ctx, a).await,
        Command::Artifact(c) => artifact::run(&ctx, c).await,
        Command::Key(c) => sign::key(&ctx, c).await,
        Command::Sign(a) => sign::run_sign(&ctx, a).await,
        Command::Verify(a) => sign::run_verify(&ctx, a).await,
        Command::Layer(c) => layer::run(&ctx, c).await,
        Command::Digest(a) => digest::run(&ctx, a).await,
        Command::Tag(c) => tag::run(&ctx, c).await,
        Command::Repo(c) => repo::run(&ctx, c).await,
        Command::Ratelimit(a) => ratelimit::run(&ctx, a).await,
        Command::Registry(c) => registry::run(&ctx, c).await,
        Command::Serve(a) => serve::run(&ctx, a).await,
        Command::Login(a) => login::login(&ctx, a).await,
        Command::Logout(a) => login::logout(&ctx, a).await,
        Command::Completion(_) | Command::Man(_) | Command::CliReference => {
            unreachable!("handled above")
        }
    }
}

/// Flags that users of skopeo, crane, regctl and docker type, and where they lead in hoist.
const HABITS: &[(&str, &str)] = &[
    (
        "-o",
        "hoist's output format is `--format`: `--format json` (`-o` names an output file or directory where a command writes one)",
    ),
    (
        "--output",
        "hoist's output format is `--format`: `--format json`",
    ),
    (
        "--all",
        "hoist copies every platform of an index by default (the destination digest equals the source's); `--platform P` picks some",
    ),
    (
        "--src-tls-verify",
        "`--insecure` skips TLS verification for every registry of the command, `--plain-http` speaks HTTP; both sides use them",
    ),
    (
        "--dest-tls-verify",
        "`--insecure` skips TLS verification for every registry of the command, `--plain-http` speaks HTTP; both sides use them",
    ),
    (
        "--tls-verify",
        "`--insecure` skips TLS verification, `--plain-http` speaks HTTP",
    ),
    (
        "--src-creds",
        "`--src-creds` and `--dest-creds` belong to `hoist copy`; other commands take `--creds USER:PASSWORD`",
    ),
    (
        "--dest-creds",
        "`--src-creds` and `--dest-creds` belong to `hoist copy`; other commands take `--creds USER:PASSWORD`",
    ),
    (
        "--insecure-policy",
        "hoist has no signature policy file; it copies what it is asked to",
    ),
    (
        "--platform-all",
        "every platform is the default: leave out `--platform`",
    ),
];

/// A command-line parse error in hoist's voice: `error:` and `hint:` lines with what the
/// user probably meant (a skopeo, crane or regctl habit leads to hoist's flag) instead of
/// clap's generic tip to use `--`. Returns the exit code (2, or 0 for `--help`).
pub fn parse_error(e: clap::Error) -> i32 {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if e.kind() != ErrorKind::UnknownArgument {
        let _ = e.print();
        return e.exit_code();
    }
    let arg = match e.get(ContextKind::InvalidArg) {
        Some(ContextValue::String(s)) => s.clone(),
        _ => String::new(),
    };
    let name = arg.split('=').next().unwrap_or("").to_string();
    eprintln!(
        "error: unexpected argument `{}`",
        crate::output::escape(&arg)
    );
    let mut hinted = false;
    if let Some((_, h)) = HABITS.iter().find(|(flag, _)| *flag == name) {
        eprintln!("hint: {h}");
        hinted = true;
    }
    if !hinted && let Some(ContextValue::Strings(similar)) = e.get(ContextKind::SuggestedArg) {
        for s in similar {
            eprintln!("hint: a similar flag exists: `{s}`");
        }
    } else if !hinted && let Some(ContextValue::String(similar)) = e.get(ContextKind::SuggestedArg)
    {
        eprintln!("hint: a similar flag exists: `{similar}`");
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.trim().trim_start_matches("Usage:").trim();
        let cmd: Vec<&str> = usage
            .split_whitespace()
            .take_while(|w| !w.starts_with(['[', '<', '-']))
            .collect();
        eprintln!("hint: `{} --help` lists the flags", cmd.join(" "));
    }
    2
}

/// Names where a credential flag's value came from: the flag, its environment variable, or
/// standard input (for `-v` and hints; never the value).
pub fn creds_source(flag: &str, env: &str, stdin: bool, value: &str) -> String {
    if stdin {
        return format!("{flag}-stdin");
    }
    let from_env = std::env::var(env).is_ok_and(|v| v == value)
        && !std::env::args().any(|a| a == flag || a.starts_with(&format!("{flag}=")));
    if from_env {
        env.to_string()
    } else {
        flag.to_string()
    }
}

/// `--compress gzip|zstd`.
pub fn compression(s: Option<&str>) -> Option<crate::media_types::Compression> {
    s.map(|s| match s {
        "zstd" => crate::media_types::Compression::Zstd,
        _ => crate::media_types::Compression::Gzip,
    })
}

/// Parses a reference argument (usage errors keep their hints).
pub fn parse_ref(s: &str) -> Result<ImageRef> {
    Ok(ImageRef::parse(s)?)
}

/// `--platform` value parser shared by commands.
pub fn parse_platform(s: &str) -> Result<crate::platform::Selector> {
    Ok(crate::platform::Selector::parse(s)?)
}
