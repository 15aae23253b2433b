//! `hoist serve`: parses arguments and runs [`crate::serve::run`].
//!
//! It parses arguments, calls the library and renders the result; it must not hold logic a library
//! user would need, nor use another command file's.

use anyhow::Result;
use clap::Args;

use super::Ctx;
use crate::error::Failure;

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  hoist serve ./registry
  hoist serve ./registry --addr 0.0.0.0:5000 --htpasswd htpasswd --anonymous-read \\
    --tls-cert cert.pem --tls-key key.pem
  hoist serve ./mirror --read-only
  hoist serve ./registry --compose compose.toml

Each repository is an OCI image layout at DIR/<repository>, with its own blobs: what
`hoist copy IMAGE ocidir://DIR/<repository>:TAG` writes is served as it is, and what is pushed
can be read as a layout. Uploads are checked, synced and renamed into place only when their
digest matches; a manifest is accepted only when the blobs it lists are there. The referrers
API is served, and a manifest with a subject is answered with `OCI-Subject`.

With `--compose FILE` (TOML), the repositories it names are composed on request: the tag
`php-8.2_nodejs-20` is the base's layers and then those components' layers, generated once
and with the same digest every time.

One line per request goes to stderr (`--format json`: one JSON object). SIGINT or SIGTERM
stops taking connections, finishes requests in flight and discards unfinished uploads.")]
pub struct ServeArgs {
    /// The directory of repositories (created if missing).
    pub dir: std::path::PathBuf,
    /// Address and port to listen on (port 0 picks a free one, printed at start).
    #[arg(long, default_value = "127.0.0.1:5000")]
    pub addr: std::net::SocketAddr,
    /// Refuse every write (405).
    #[arg(long)]
    pub read_only: bool,
    /// Users and bcrypt passwords (`htpasswd -B`): writes need them, and reads too unless
    /// `--anonymous-read`.
    #[arg(long, value_name = "FILE")]
    pub htpasswd: Option<std::path::PathBuf>,
    /// With `--htpasswd`: let anyone read.
    #[arg(long, requires = "htpasswd")]
    pub anonymous_read: bool,
    /// TLS certificate chain (PEM).
    #[arg(long, value_name = "FILE", requires = "tls_key")]
    pub tls_cert: Option<std::path::PathBuf>,
    /// TLS private key (PEM).
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    pub tls_key: Option<std::path::PathBuf>,
    /// Virtual repositories composed on request (TOML).
    #[arg(long, value_name = "FILE")]
    pub compose: Option<std::path::PathBuf>,
    /// Connections served at once; more wait to be accepted (each holds a descriptor).
    #[arg(long, value_name = "N", default_value_t = 512, value_parser = clap::value_parser!(u32).range(1..=65_536))]
    pub max_connections: u32,
    /// Accept an index whose listed manifests are not all here, as distribution 3 does with
    /// `validation.manifests.indexes.platforms: none`: a mirror of some of an image's
    /// platforms that keeps the index's digest (a sync file's `platforms`). Images and their
    /// blobs are always checked.
    #[arg(long)]
    pub sparse_indexes: bool,
}

pub async fn run(ctx: &Ctx, a: ServeArgs) -> Result<()> {
    if a.htpasswd.is_some() && a.tls_cert.is_none() && !a.addr.ip().is_loopback() {
        ctx.printer.warn(
            "passwords will cross the network in clear text: give `--tls-cert` and `--tls-key`",
        );
    }
    if a.dir.is_file() {
        return Err(
            Failure::usage(format!("`{}` is a file, not a directory", a.dir.display())).into(),
        );
    }
    let opts = crate::serve::Options {
        dir: a.dir,
        addr: a.addr,
        read_only: a.read_only,
        htpasswd: a.htpasswd,
        anonymous_read: a.anonymous_read,
        tls: a.tls_cert.zip(a.tls_key),
        compose: a.compose,
        json_logs: matches!(ctx.format(), crate::output::Format::Json),
        max_connections: a.max_connections as usize,
        sparse_indexes: a.sparse_indexes,
    };
    let printer = &ctx.printer;
    crate::serve::run(opts, ctx.client.clone(), |addr, o| {
        let scheme = if o.tls.is_some() { "https" } else { "http" };
        printer.status(format!(
            "serving `{}` on {scheme}://{addr}{}",
            o.dir.display(),
            if o.read_only { " (read-only)" } else { "" }
        ));
    })
    .await
}
