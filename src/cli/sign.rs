//! `hoist key generate`, `hoist sign` and `hoist verify`: cosign's keys and signatures (the
//! work is in [`crate::sign`]).
//!
//! It parses arguments, reads key files and passwords, calls the library and renders the
//! result; it must not hold logic a library user would need, nor use another command file's.
//! A password is read from `COSIGN_PASSWORD` or the terminal, never from an argument.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::{Args, Subcommand};
use zeroize::Zeroizing;

use super::Ctx;
use crate::error::Failure;
use crate::platform::Selector;
use crate::reference::ImageRef;
use crate::sign::{self, Identity, PublicKey};

/// Make and manage signing keys (cosign's formats).
#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// Write a new ECDSA P-256 key pair: NAME.key (encrypted, 0600) and NAME.pub.
    #[command(after_help = "Examples:
  COSIGN_PASSWORD=... hoist key generate
  hoist key generate --prefix release        # release.key and release.pub

The private key is encrypted as `cosign generate-key-pair` encrypts it (scrypt, then
nacl/secretbox), so cosign reads it and hoist reads cosign's. The password comes from
COSIGN_PASSWORD (empty is allowed), else it is asked twice on the terminal.")]
    Generate(GenerateArgs),
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// The files' name: NAME.key and NAME.pub.
    #[arg(long, value_name = "NAME", default_value = "cosign")]
    pub prefix: String,
    /// Replace existing key files.
    #[arg(long)]
    pub force: bool,
}

/// Sign an image as cosign does (a `sha256-<hex>.sig` tag beside it).
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  hoist sign registry.example.com/app:1.2 --key cosign.key
  hoist sign registry.example.com/app:1.2 --key cosign.key --annotation build=1234
  hoist sign registry.example.com/app:1.2 --key cosign.key --platform linux/arm64

The manifest the reference names is signed (an index as the index; `--platform` signs one
of its images). The signature is added to the image's `.sig` manifest; other signatures there
are kept. Keys: cosign's encrypted keys or PKCS#8 PEM, ECDSA P-256/P-384, RSA or Ed25519.")]
pub struct SignArgs {
    /// Image reference (a registry).
    pub reference: String,
    /// The private key file.
    #[arg(long, value_name = "FILE")]
    pub key: PathBuf,
    /// Put KEY=VALUE into the signed payload's `optional` object.
    #[arg(long, value_name = "KEY=VALUE", value_parser = crate::image::edit::parse_kv)]
    pub annotation: Vec<(String, String)>,
    /// Sign the index's image for this platform instead of the index.
    #[arg(long, short = 'p', value_name = "PLATFORM")]
    pub platform: Option<String>,
}

/// Check an image's cosign signatures with a public key.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  hoist verify registry.example.com/app:1.2 --key cosign.pub
  hoist verify mirror.example.com/app:1.2 --key cosign.pub --allow-identity registry.example.com/app
  hoist verify registry.example.com/app@sha256:... --key cosign.pub --format json

Exit 0 only when a signature verifies with the key, its payload names this manifest's digest,
and its identity (`docker-reference`) is this repository or one allowed. `cosign verify`
does not check the identity unless asked: `--ignore-identity` does as it does. Exit 5 says
what failed: no signatures, none verifies with the key, another digest, another repository.")]
pub struct VerifyArgs {
    /// Image reference.
    pub reference: String,
    /// The public key file (PEM); repeat for several keys, any of which may match.
    #[arg(long, value_name = "FILE", required = true)]
    pub key: Vec<PathBuf>,
    /// Also accept signatures made for this repository (a mirror, the place it was promoted
    /// from).
    #[arg(long, value_name = "REPO")]
    pub allow_identity: Vec<String>,
    /// Accept a signature whatever repository it names (what `cosign verify` does by default).
    #[arg(long, conflicts_with = "allow_identity")]
    pub ignore_identity: bool,
    /// Verify the index's image for this platform instead of the index.
    #[arg(long, short = 'p', value_name = "PLATFORM")]
    pub platform: Option<String>,
}

/// The password: `COSIGN_PASSWORD`, else asked on the terminal (twice with `confirm`).
async fn password(confirm: bool) -> Result<Zeroizing<Vec<u8>>> {
    if let Some(p) = std::env::var_os("COSIGN_PASSWORD") {
        return Ok(Zeroizing::new(p.into_encoded_bytes()));
    }
    async fn ask(prompt: &str) -> Result<Option<Zeroizing<String>>> {
        Ok(crate::output::prompt_secret(prompt)
            .await?
            .map(Zeroizing::new))
    }
    let Some(first) = ask("Enter password for private key: ").await? else {
        return Err(Failure::usage("no password for the private key")
            .hint("set COSIGN_PASSWORD (empty is allowed), or run on a terminal to be asked")
            .into());
    };
    if confirm {
        let again = ask("Enter password for private key again: ")
            .await?
            .unwrap_or_default();
        if *again != *first {
            return Err(Failure::usage("the two passwords differ").into());
        }
    }
    Ok(Zeroizing::new(first.as_bytes().to_vec()))
}

/// Writes `text` to `path` with `mode`, through a temporary file renamed into place; without
/// `force`, an existing file stays and is an error.
/// A key file that cannot be written (a local file: exit 1), named as the user named it.
fn cannot_write(path: &Path, os: Option<i32>) -> anyhow::Error {
    let why = os.map_or_else(
        || "it cannot be created".to_string(),
        |c| std::io::Error::from_raw_os_error(c).to_string(),
    );
    Failure::new(
        crate::error::Kind::Other,
        format!("cannot write `{}`: {why}", path.display()),
    )
    .hint("give `--prefix` a path in a directory that exists and you can write to")
    .into()
}

fn write_new(path: &Path, text: &[u8], mode: u32, force: bool) -> Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".hoist-key-")
        .permissions(std::fs::Permissions::from_mode(mode))
        .tempfile_in(dir)
        .map_err(|e| cannot_write(path, e.raw_os_error()))?;
    tmp.write_all(text)?;
    tmp.as_file().sync_all()?;
    if force {
        tmp.persist(path)?;
    } else {
        tmp.persist_noclobber(path).map_err(|e| {
            if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                anyhow::Error::from(
                    Failure::usage(format!("`{}` exists", path.display()))
                        .hint("give `--force` to replace it"),
                )
            } else {
                anyhow::Error::from(e.error)
            }
        })?;
    }
    Ok(())
}

pub async fn key(ctx: &Ctx, c: KeyCommand) -> Result<()> {
    let KeyCommand::Generate(a) = c;
    let private = PathBuf::from(format!("{}.key", a.prefix));
    let public = PathBuf::from(format!("{}.pub", a.prefix));
    // Where the files go is checked before a password is asked for.
    let dir = match private.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(cannot_write(&private, Some(libc::ENOENT)));
    }
    if !a.force {
        for p in [&private, &public] {
            if p.exists() {
                return Err(Failure::usage(format!("`{}` exists", p.display()))
                    .hint("give `--force` to replace it, or `--prefix` for another name")
                    .into());
            }
        }
    }
    let pass = password(true).await?;
    let (key_pem, pub_pem) = sign::generate(&pass)?;
    write_new(&private, key_pem.as_bytes(), 0o600, a.force)?;
    write_new(&public, pub_pem.as_bytes(), 0o644, a.force)?;
    let out = serde_json::json!({
        "privateKey": private.display().to_string(),
        "publicKey": public.display().to_string(),
    });
    if ctx.printer.data(&out)? {
        return Ok(());
    }
    crate::output::text(&format!(
        "Private key written to {}\nPublic key written to {}\n",
        private.display(),
        public.display()
    ))
}

fn one_platform(p: Option<&str>) -> Result<Option<crate::platform::Platform>> {
    match p.map(super::parse_platform).transpose()? {
        None => Ok(None),
        Some(Selector::One(p)) => Ok(Some(p)),
        Some(Selector::All) => {
            Err(Failure::usage("`--platform all` does not apply: name one platform").into())
        }
    }
}

pub async fn run_sign(ctx: &Ctx, a: SignArgs) -> Result<()> {
    let r = super::parse_ref(&a.reference)?;
    let ImageRef::Registry(reference) = &r else {
        return Err(Failure::usage("`sign` signs images in a registry")
            .hint("push the image first, then sign it where it is pulled from")
            .into());
    };
    let platform = one_platform(a.platform.as_deref())?;
    let text = sign::keys::read_key_file(&a.key)?;
    // Asked only for a key that is encrypted (and before any request is made).
    let pass = match sign::keys::is_encrypted(&text) {
        true => Some(password(false).await?),
        false => None,
    };
    let key = sign::read_private(&text, &format!("`{}`", a.key.display()), || {
        Ok(pass.unwrap_or_default())
    })?;
    let repo = ctx.repo(&r)?;
    let target = sign::target(&repo, platform.as_ref()).await?;
    let annotations: BTreeMap<String, String> = a.annotation.into_iter().collect();
    let done = sign::sign(
        &repo,
        &target.digest,
        &sign::identity(reference),
        &key,
        &annotations,
    )
    .await?;
    if ctx.printer.data(&done)? {
        return Ok(());
    }
    crate::output::text(&format!(
        "signed {}@{} with {} ({} in `{}`)\n",
        reference.name(),
        done.digest,
        key.algorithm(),
        crate::output::count(done.signatures as u64, "signature", "signatures"),
        done.tag
    ))
}

pub async fn run_verify(ctx: &Ctx, a: VerifyArgs) -> Result<()> {
    let r = super::parse_ref(&a.reference)?;
    let platform = one_platform(a.platform.as_deref())?;
    let keys = PublicKey::read_files(&a.key)?;
    let who = Identity::of(
        match &r {
            ImageRef::Registry(x) => Some(x),
            _ => None,
        },
        &a.allow_identity,
        a.ignore_identity,
    );
    if matches!((&r, &who), (ImageRef::Layout(_) | ImageRef::Archive(_), Identity::Allow(v)) if v.is_empty())
    {
        return Err(Failure::usage(
            "a layout has no repository for the signature to name: say which to accept",
        )
        .hint("give `--allow-identity REPO` (the repository it was signed for) or `--ignore-identity`")
        .into());
    }
    let repo = ctx.repo(&r)?;
    let target = sign::target(&repo, platform.as_ref()).await?;
    let verified = sign::verify(&repo, &target.digest, &keys, &who).await?;
    let out = serde_json::json!({
        "digest": target.digest.to_string(),
        "verified": verified,
    });
    if ctx.printer.data(&out)? {
        return Ok(());
    }
    ctx.printer.status(format!(
        "verified {} of {}",
        crate::output::count(verified.len() as u64, "signature", "signatures"),
        repo.display_at(&target.digest)
    ));
    let mut s = String::new();
    for v in &verified {
        s.push_str(&serde_json::to_string(&v.payload)?);
        s.push('\n');
    }
    crate::output::text(&s)
}
