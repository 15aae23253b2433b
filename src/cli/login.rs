//! `hoist login` and `hoist logout`.
//!
//! It parses arguments, calls the library and renders the result; it must not hold logic a library
//! user would need, nor use another command file's.

use std::io::{IsTerminal as _, Read as _};

use anyhow::Result;
use clap::Args;

use super::Ctx;
use crate::auth::Credential;
use crate::auth::store::{self, Stored};
use crate::client::Client;
use crate::error::Failure;
use crate::reference::parse_registry;

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  echo \"$REGISTRY_TOKEN\" | hoist login registry.example.com -u ci --password-stdin
  hoist login localhost:5000 -u admin --password-stdin < password.txt
  hoist login registry.example.com -u admin      # asks for the password on a terminal

The credentials are checked against the registry first, then stored like docker stores them:
through the configured credential helper, else in docker's config.json (mode 0600).")]
pub struct LoginArgs {
    /// Registry host (`docker.io`, `registry.example.com:5000`).
    pub registry: String,
    /// Username.
    #[arg(short, long)]
    pub username: String,
    /// Read the password (or token) from standard input.
    #[arg(long)]
    pub password_stdin: bool,
    /// Password on the command line (visible to other users; prefer `--password-stdin`).
    #[arg(short, long, conflicts_with = "password_stdin", hide_env_values = true)]
    pub password: Option<String>,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  hoist logout registry.example.com
  hoist logout docker.io")]
pub struct LogoutArgs {
    /// Registry host.
    pub registry: String,
}

pub async fn login(ctx: &Ctx, a: LoginArgs) -> Result<()> {
    let registry = parse_registry(&a.registry)?;
    let password = match (a.password, a.password_stdin) {
        (Some(p), _) => {
            ctx.printer.warn(
                "a password on the command line can be read by other users; use `--password-stdin`",
            );
            p
        }
        (None, true) => {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s)?;
            s.trim_end_matches(['\r', '\n']).to_string()
        }
        (None, false) if std::io::stdin().is_terminal() => {
            match crate::output::prompt_secret("Password: ").await? {
                Some(p) => p,
                None => {
                    return Err(Failure::usage("no password given")
                        .hint("pass `--password-stdin` and pipe the password")
                        .into());
                }
            }
        }
        (None, false) => {
            return Err(Failure::usage("no password given")
                .hint("pass `--password-stdin` to read it from the pipe")
                .into());
        }
    };
    if password.is_empty() {
        return Err(Failure::usage("the password is empty")
            .hint("pipe the password or token into `--password-stdin`, e.g. `printf '%s' \"$TOKEN\" | hoist login ...`")
            .into());
    }
    let cred = Credential::basic(a.username.clone(), password);
    // Verify with exactly these credentials: no stored ones, no `--creds`.
    let mut opts = ctx.client.options().clone();
    opts.no_credential_stores = true;
    opts.default_creds = None;
    opts.creds.insert(registry.clone(), cred.clone());
    let client = Client::new(opts);
    client.ping(&registry).await?;
    let stored = tokio::task::spawn_blocking({
        let registry = registry.clone();
        move || store::store(&registry, &cred)
    })
    .await??;
    let place = match stored {
        Stored::Helper(h) => format!("credential helper `docker-credential-{h}`"),
        Stored::File(p) => format!("`{}`", p.display()),
    };
    ctx.printer.status(format!(
        "Login succeeded for `{registry}` as `{}` (stored in {place})",
        a.username
    ));
    Ok(())
}

pub async fn logout(ctx: &Ctx, a: LogoutArgs) -> Result<()> {
    let registry = parse_registry(&a.registry)?;
    let removed = tokio::task::spawn_blocking({
        let registry = registry.clone();
        move || store::remove(&registry)
    })
    .await??;
    if removed {
        ctx.printer
            .status(format!("Removed the credentials for `{registry}`"));
    } else {
        ctx.printer
            .status(format!("No stored credentials for `{registry}`"));
    }
    Ok(())
}
