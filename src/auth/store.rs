//! Where credentials live: docker's `config.json` (helpers, store, inline `auths`) and podman's
//! `auth.json`, read in docker's order of precedence, and written back by `hoist login`.
//!
//! Lookup order for a registry:
//! 1. `credHelpers[<registry>]` in docker's config: run `docker-credential-<name> get`;
//! 2. `credsStore`: the same with the default store;
//! 3. `auths[<registry>]` in docker's config (`auth` base64 `user:pass`, or `identitytoken`);
//! 4. podman's `auth.json` (`$REGISTRY_AUTH_FILE`, `$XDG_RUNTIME_DIR/containers/auth.json`,
//!    `~/.config/containers/auth.json`).
//!
//! Docker Hub is keyed as `https://index.docker.io/v1/` (docker's legacy key), with the other
//! spellings accepted on read. Writes keep every other field of the file untouched, go through
//! a temp file and rename, and leave the file mode 0600.
//!
//! It reads and writes credential stores; it must not send requests (the client asks it).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context as _, Result};
use base64::Engine as _;
use serde_json::{Map, Value};

use super::{CredSource, Credential, Secret};
use crate::error::Failure;
use crate::reference::{DOCKER_HUB, DOCKER_HUB_AUTH_KEY, normalise_registry};

/// The path of docker's config file: `$DOCKER_CONFIG/config.json` or `~/.docker/config.json`.
pub fn docker_config_path() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("DOCKER_CONFIG").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir).join("config.json"));
    }
    home().map(|h| h.join(".docker").join("config.json"))
}

fn home() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(PathBuf::from)
}

fn podman_auth_paths() -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Some(p) = std::env::var_os("REGISTRY_AUTH_FILE").filter(|p| !p.is_empty()) {
        out.push(PathBuf::from(p));
    }
    if let Some(d) = std::env::var_os("XDG_RUNTIME_DIR").filter(|p| !p.is_empty()) {
        out.push(PathBuf::from(d).join("containers").join("auth.json"));
    }
    if let Some(h) = home() {
        out.push(h.join(".config").join("containers").join("auth.json"));
    }
    out
}

/// The key a registry has in `auths` / is passed to helpers as (docker's conventions).
pub fn auth_key(registry: &str) -> String {
    if registry == DOCKER_HUB {
        DOCKER_HUB_AUTH_KEY.to_string()
    } else {
        registry.to_string()
    }
}

/// Whether an `auths` key names `registry` (`https://host/v2/`, `host`, Hub aliases).
fn key_matches(key: &str, registry: &str) -> bool {
    normalise_registry(key) == registry
}

fn read_json(path: &Path) -> Result<Option<Map<String, Value>>> {
    let text = match std::fs::read(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("reading `{}`", path.display())),
    };
    if text.iter().all(u8::is_ascii_whitespace) {
        return Ok(Some(Map::new()));
    }
    match serde_json::from_slice::<Value>(&text) {
        Ok(Value::Object(m)) => Ok(Some(m)),
        Ok(_) | Err(_) => Err(
            Failure::usage(format!("`{}` is not a JSON object", path.display()))
                .hint("fix or move the file; hoist does not overwrite files it cannot read")
                .into(),
        ),
    }
}

/// Finds credentials for `registry`, or `None` for anonymous access.
pub fn lookup(registry: &str) -> Result<Option<(Credential, CredSource)>> {
    let registry = &normalise_registry(registry);
    if let Some(path) = docker_config_path()
        && let Some(cfg) = read_json(&path)?
    {
        let helper = cfg
            .get("credHelpers")
            .and_then(Value::as_object)
            .and_then(|h| {
                h.iter()
                    .find(|(k, _)| key_matches(k, registry))
                    .and_then(|(_, v)| v.as_str())
            })
            .or_else(|| cfg.get("credsStore").and_then(Value::as_str))
            .filter(|h| !h.is_empty());
        if let Some(helper) = helper
            && let Some(c) = helper_get(helper, registry)?
        {
            return Ok(Some((c, CredSource::Helper(helper_command(helper)))));
        }
        if let Some(c) = from_auths(&cfg, registry)? {
            return Ok(Some((c, CredSource::DockerConfig(path))));
        }
    }
    for path in podman_auth_paths() {
        if let Some(cfg) = read_json(&path)?
            && let Some(c) = from_auths(&cfg, registry)?
        {
            return Ok(Some((c, CredSource::PodmanAuth(path))));
        }
    }
    Ok(None)
}

fn from_auths(cfg: &Map<String, Value>, registry: &str) -> Result<Option<Credential>> {
    let Some(auths) = cfg.get("auths").and_then(Value::as_object) else {
        return Ok(None);
    };
    let Some(entry) = auths
        .iter()
        .find(|(k, _)| key_matches(k, registry))
        .and_then(|(_, v)| v.as_object())
    else {
        return Ok(None);
    };
    let identity = entry
        .get("identitytoken")
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty());
    let (mut username, mut password) = (String::new(), String::new());
    if let Some(auth) = entry
        .get("auth")
        .and_then(Value::as_str)
        .filter(|a| !a.is_empty())
    {
        let raw = base64::engine::general_purpose::STANDARD
            .decode(auth.trim())
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .and_then(|s| {
                s.split_once(':')
                    .map(|(u, p)| (u.to_string(), p.to_string()))
            });
        match raw {
            Some((u, p)) => (username, password) = (u, p),
            None => {
                return Err(Failure::auth(format!(
                    "the stored credentials for `{registry}` are not valid base64 `user:password`"
                ))
                .hint(format!("log in again with `hoist login {registry}`"))
                .into());
            }
        }
    } else if let (Some(u), Some(p)) = (
        entry.get("username").and_then(Value::as_str),
        entry.get("password").and_then(Value::as_str),
    ) {
        (username, password) = (u.to_string(), p.to_string());
    }
    if username.is_empty() && identity.is_none() {
        return Ok(None);
    }
    Ok(Some(Credential {
        username,
        password: Secret::new(password),
        identity_token: identity.map(Secret::new),
    }))
}

fn helper_command(helper: &str) -> String {
    format!("docker-credential-{helper}")
}

/// Runs `docker-credential-<helper> get`. "Not found" answers mean no credentials.
pub fn helper_get(helper: &str, registry: &str) -> Result<Option<Credential>> {
    program_get(&helper_command(helper), &auth_key(registry))
}

/// Runs the credential helper `program` (a command name or a path, as regsync's `credHelper`
/// names it) with `get`, asking for `server`. "Not found" answers mean no credentials.
pub fn program_get(program: &str, server: &str) -> Result<Option<Credential>> {
    match run_helper(program, "get", server.as_bytes())? {
        Some(out) => helper_output(program, &out),
        None => Ok(None),
    }
}

/// What a helper's `get` printed, as credentials: `Username` and `Secret` (a `<token>` user
/// means an identity token); an empty secret is none. Anything else is an error naming
/// `program`.
pub fn helper_output(program: &str, out: &[u8]) -> Result<Option<Credential>> {
    let v: Value = serde_json::from_slice(out).map_err(|_| {
        Failure::auth(format!(
            "`{program}` printed something that is not JSON credentials"
        ))
    })?;
    let user = v.get("Username").and_then(Value::as_str).unwrap_or("");
    let secret = v.get("Secret").and_then(Value::as_str).unwrap_or("");
    if secret.is_empty() {
        return Ok(None);
    }
    if user == "<token>" {
        return Ok(Some(Credential {
            username: String::new(),
            password: Secret::new(""),
            identity_token: Some(Secret::new(secret)),
        }));
    }
    Ok(Some(Credential::basic(user, secret)))
}

/// Runs a helper's action (`cmd` is the whole command: `docker-credential-NAME`) with `input`
/// on stdin. Returns `None` when the helper says the credentials are not there (docker's
/// helpers print "credentials not found").
fn run_helper(cmd: &str, action: &str, input: &[u8]) -> Result<Option<Vec<u8>>> {
    let mut child = Command::new(cmd)
        .arg(action)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            Failure::auth(format!("cannot run credential helper `{cmd}`: {e}")).hint(format!(
                "install `{cmd}` or remove it from where it is named (`credHelpers`/`credsStore` in `{}`, or a sync file's `credHelper`)",
                docker_config_path()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| "config.json".into())
            ))
        })?;
    if let Some(mut stdin) = child.stdin.take() {
        // A helper that exits early closes its stdin; its exit status tells the story.
        let _ = stdin.write_all(input);
    }
    let out = child.wait_with_output()?;
    if out.status.success() {
        return Ok(Some(out.stdout));
    }
    let msg =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    if msg.to_ascii_lowercase().contains("not found") {
        return Ok(None);
    }
    Err(Failure::auth(format!(
        "credential helper `{cmd} {action}` failed: {}",
        msg.trim()
    ))
    .into())
}

/// Where `hoist login` stored the credentials, for its message.
pub enum Stored {
    Helper(String),
    File(PathBuf),
}

/// Stores credentials the way docker does: through the registry's helper or `credsStore` when
/// configured, else base64 in `config.json` (mode 0600).
pub fn store(registry: &str, cred: &Credential) -> Result<Stored> {
    let path = docker_config_path().ok_or_else(|| {
        Failure::usage("cannot find docker's config directory")
            .hint("set `DOCKER_CONFIG` or `HOME`")
    })?;
    let mut cfg = read_json(&path)?.unwrap_or_default();
    if let Some(helper) = configured_helper(&cfg, registry) {
        let payload = serde_json::json!({
            "ServerURL": auth_key(registry),
            "Username": cred.username,
            "Secret": cred.password.expose(),
        });
        if let Err(e) = run_helper(
            &helper_command(&helper),
            "store",
            payload.to_string().as_bytes(),
        ) {
            // Helpers such as `ecr-login` make credentials themselves and store none; the
            // registry has accepted these, so this is not an authentication failure.
            let text = crate::error::render(&e).to_ascii_lowercase();
            if text.contains("not implemented") || text.contains("not supported") {
                return Err(Failure::new(
                    crate::error::Kind::Other,
                    format!(
                        "the registry accepted the credentials, but `{}` stores none: it makes credentials itself each time they are needed",
                        helper_command(&helper)
                    ),
                )
                .hint(format!(
                    "nothing needs storing: hoist asks `{}` whenever it talks to `{registry}`; to store a password instead, remove `{registry}` from `credHelpers`",
                    helper_command(&helper)
                ))
                .into());
            }
            return Err(e);
        }
        return Ok(Stored::Helper(helper));
    }
    let auths = cfg
        .entry("auths")
        .or_insert_with(|| Value::Object(Map::new()));
    if !auths.is_object() {
        *auths = Value::Object(Map::new());
    }
    let auths = auths.as_object_mut().expect("just made an object");
    auths.retain(|k, _| !key_matches(k, registry));
    let encoded = base64::engine::general_purpose::STANDARD.encode(format!(
        "{}:{}",
        cred.username,
        cred.password.expose()
    ));
    auths.insert(auth_key(registry), serde_json::json!({ "auth": encoded }));
    write_private(&path, &cfg)?;
    Ok(Stored::File(path))
}

/// Removes stored credentials. Returns whether there were any.
pub fn remove(registry: &str) -> Result<bool> {
    let Some(path) = docker_config_path() else {
        return Ok(false);
    };
    let Some(mut cfg) = read_json(&path)? else {
        return Ok(false);
    };
    let mut removed = false;
    if let Some(helper) = configured_helper(&cfg, registry) {
        removed |= run_helper(
            &helper_command(&helper),
            "erase",
            auth_key(registry).as_bytes(),
        )?
        .is_some();
    }
    if let Some(auths) = cfg.get_mut("auths").and_then(Value::as_object_mut) {
        let before = auths.len();
        auths.retain(|k, _| !key_matches(k, registry));
        if auths.len() != before {
            removed = true;
            write_private(&path, &cfg)?;
        }
    }
    Ok(removed)
}

fn configured_helper(cfg: &Map<String, Value>, registry: &str) -> Option<String> {
    cfg.get("credHelpers")
        .and_then(Value::as_object)
        .and_then(|h| {
            h.iter()
                .find(|(k, _)| key_matches(k, registry))
                .and_then(|(_, v)| v.as_str())
        })
        .or_else(|| cfg.get("credsStore").and_then(Value::as_str))
        .filter(|h| !h.is_empty())
        .map(str::to_string)
}

/// Writes JSON to `path` through a 0600 temp file in the same directory and a rename.
fn write_private(path: &Path, cfg: &Map<String, Value>) -> Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).with_context(|| format!("creating `{}`", dir.display()))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("writing in `{}`", dir.display()))?;
    tmp.as_file()
        .set_permissions(std::fs::Permissions::from_mode(0o600))?;
    let mut text = serde_json::to_vec_pretty(cfg)?;
    text.push(b'\n');
    tmp.write_all(&text)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path)
        .with_context(|| format!("replacing `{}`", path.display()))?;
    Ok(())
}
