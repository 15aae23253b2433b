//! What regsync's keys mean, applied to a parsed [`SyncFile`]: templates in `creds`, `source`,
//! `target` and `backup` ([`super::gotmpl`]); `creds[].tls`, `hostname`, `regcert`,
//! `clientCert`/`clientKey`, `credHelper`; durations and schedules checked; and the keys hoist
//! refuses, each with its reason (see `docs/sync.md`).
//!
//! It must not plan or copy; it must not accept a key it would read differently from regsync.

use anyhow::Result;
use serde::Deserialize;

use super::file::{Creds, Settings, SyncFile};
use super::gotmpl::{self, Data};
use crate::auth::Credential;
use crate::client::ClientOptions;
use crate::config::TlsSetting;
use crate::error::Failure;
use crate::reference::{Reference, normalise_registry};

/// regsync's least wait between rate-limit checks.
pub const MIN_RETRY: std::time::Duration = std::time::Duration::from_secs(300);

/// The manifest media types regsync mirrors unless `mediaTypes` says otherwise.
pub const DEFAULT_MEDIA_TYPES: &[&str] = &[
    crate::media_types::DOCKER_MANIFEST,
    crate::media_types::DOCKER_LIST,
    crate::media_types::OCI_MANIFEST,
    crate::media_types::OCI_INDEX,
];

/// Keys hoist reads but refuses, and why.
pub const REFUSED: &[(&str, &str)] = &[
    (
        "hooks",
        "hoist runs no commands from a sync file; run them around `hoist sync`, whose JSON report says what changed",
    ),
    (
        "mirrors",
        "hoist does not read from mirrors; name the mirror as the source",
    ),
    ("priority", "hoist does not read from mirrors"),
    ("pathPrefix", "hoist does not read from mirrors"),
    (
        "token",
        "regsync's experimental `token` is not read; use `user` and `pass`",
    ),
];

fn refused(key: &str, where_: &str) -> anyhow::Error {
    let why = REFUSED
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, w)| *w)
        .unwrap_or("not supported");
    Failure::usage(format!("`{key}` in {where_} is not supported: {why}"))
        .hint("remove it (docs/sync.md lists every key and what hoist does with it)")
        .into()
}

/// YAML scalars as strings: `allow: [3, 3.9, latest]` is `["3", "3.9", "latest"]`.
pub fn strings<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let v = Vec::<yaml_serde::Value>::deserialize(d)?;
    v.into_iter()
        .map(|x| match x {
            yaml_serde::Value::String(s) => Ok(s),
            yaml_serde::Value::Number(n) => Ok(n.to_string()),
            yaml_serde::Value::Bool(b) => Ok(b.to_string()),
            other => Err(serde::de::Error::custom(format!(
                "a pattern must be text, not {other:?}"
            ))),
        })
        .collect()
}

/// A Go duration (`60m`, `12h`, `1h30m`, `90s`).
pub fn duration(s: &str) -> Result<std::time::Duration> {
    let bad = || {
        Failure::usage(format!(
            "`{s}` is not a duration (write it as regsync does: `90s`, `15m`, `12h`, `1h30m`)"
        ))
    };
    let mut total = 0f64;
    let mut rest = s.trim();
    if rest.is_empty() {
        return Err(bad().into());
    }
    while !rest.is_empty() {
        let n = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .ok_or_else(bad)?;
        let value: f64 = rest[..n].parse().map_err(|_| bad())?;
        rest = &rest[n..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let scale = match &rest[..unit_len] {
            "ns" => 1e-9,
            "us" | "µs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return Err(bad().into()),
        };
        total += value * scale;
        rest = &rest[unit_len..];
    }
    // Go's durations end at 2^63 nanoseconds (about 292 years); longer is invalid, as there.
    if !total.is_finite() || total > MAX_GO_DURATION_SECS {
        return Err(Failure::usage(format!(
            "`{s}` is longer than a duration can be (about 292 years)"
        ))
        .into());
    }
    Ok(std::time::Duration::from_secs_f64(total))
}

/// The longest Go duration, in seconds (2^63 - 1 nanoseconds).
const MAX_GO_DURATION_SECS: f64 = 9_223_372_036.854_775;

fn check_settings(s: &Settings, where_: &str) -> Result<()> {
    if s.hooks.is_some() {
        return Err(refused("hooks", where_));
    }
    if let Some(i) = &s.interval {
        duration(i)?;
    }
    if let Some(c) = &s.schedule {
        super::schedule::Cron::parse(c)?;
    }
    if let Some(t) = &s.cache_time {
        duration(t)?;
    }
    if let Some(r) = s.ratelimit.as_ref().and_then(|r| r.retry.as_deref()) {
        duration(r)?;
    }
    for p in s.platforms.iter().flatten() {
        crate::platform::Platform::parse(p)?;
    }
    if let Some(v) = &s.platforms_index
        && !matches!(v.as_str(), "source" | "new")
    {
        return Err(Failure::usage(format!(
            "`platformsIndex: {v}` in {where_} is not `source` (regsync's: the source index, only those platforms' children) or `new` (a new index of those platforms)"
        ))
        .into());
    }
    Ok(())
}

fn check_creds(c: &Creds) -> Result<()> {
    let at = format!("`creds` of `{}`", c.registry);
    for (key, set) in [
        ("mirrors", c.mirrors.is_some()),
        ("priority", c.priority.is_some()),
        ("pathPrefix", c.path_prefix.is_some()),
        ("token", c.token.is_some()),
    ] {
        if set {
            return Err(refused(key, &at));
        }
    }
    if let Some(opts) = &c.api_opts {
        disable_head(opts).map_err(|e| e.context(format!("{at}: `apiOpts`")))?;
    }
    if let Some(e) = &c.cred_expire {
        duration(e).map_err(|e| e.context(format!("{at}: `credExpire`")))?;
    }
    if let Some(r) = c.req_per_sec
        && crate::config::RegistryConfig::rate_is_invalid(r)
    {
        return Err(Failure::usage(format!(
            "{at}: `reqPerSec: {r}` is not a number of requests a second (0, or one a year or more)"
        ))
        .into());
    }
    if let Some(n) = c.req_concurrent
        && n < 0
    {
        return Err(Failure::usage(format!(
            "{at}: `reqConcurrent: {n}` is not a number of requests (0 or more)"
        ))
        .into());
    }
    if let Some(t) = &c.tls
        && !matches!(t.as_str(), "enabled" | "insecure" | "disabled")
    {
        return Err(Failure::usage(format!(
            "{at}: `tls: {t}` is not one of enabled, insecure, disabled"
        ))
        .into());
    }
    Ok(())
}

/// regclient's one API option, `disableHead` (a boolean, or text Go's `strconv.ParseBool`
/// reads); any other option is refused by name.
fn disable_head(opts: &std::collections::BTreeMap<String, yaml_serde::Value>) -> Result<bool> {
    let mut off = false;
    for (k, v) in opts {
        if k != "disableHead" {
            return Err(Failure::usage(format!(
                "`{k}` is not an API option regclient reads (it reads `disableHead`)"
            ))
            .into());
        }
        off = match v {
            yaml_serde::Value::Bool(b) => *b,
            yaml_serde::Value::String(s) => match s.as_str() {
                "1" | "t" | "T" | "TRUE" | "true" | "True" => true,
                "0" | "f" | "F" | "FALSE" | "false" | "False" => false,
                _ => {
                    return Err(
                        Failure::usage(format!("`disableHead: {s}` is not true or false")).into(),
                    );
                }
            },
            other => {
                return Err(Failure::usage(format!(
                    "`disableHead: {other:?}` is not true or false"
                ))
                .into());
            }
        };
    }
    Ok(off)
}

/// A backup tag from its template, for the target `r`: regsync's `{{.Ref.Tag}}`,
/// `{{.Ref.Repository}}`, `{{.Ref.Registry}}` (and hoist's earlier `{{tag}}`), with regsync's
/// functions.
pub fn backup_name(template: &str, r: &Reference) -> Result<String> {
    let data = Data::new()
        .with(".Ref.Tag", r.tag.clone().unwrap_or_default())
        .with(".Ref.Repository", r.repository.clone())
        .with(".Ref.Registry", r.registry.clone())
        .with(".Ref.Reference", r.to_string());
    let template = template.replace("{{tag}}", "{{.Ref.Tag}}");
    gotmpl::render(&template, &data)
}

/// Applies regsync's meaning to a parsed regsync file: refused keys named, templates
/// expanded (credentials, then each entry's `source` and `target`), registries' `hostname`s
/// put in place of their names, durations, schedules and backup templates checked.
pub fn finish(f: &mut SyncFile, name: &str) -> Result<()> {
    let in_file = |e: anyhow::Error| e.context(format!("in `{name}`"));
    check_settings(&f.defaults, "`defaults`").map_err(in_file)?;
    let plain = Data::new();
    for c in &mut f.creds {
        check_creds(c).map_err(in_file)?;
        for v in [
            Some(&mut c.registry),
            c.user.as_mut(),
            c.pass.as_mut(),
            c.regcert.as_mut(),
            c.client_cert.as_mut(),
            c.client_key.as_mut(),
        ]
        .into_iter()
        .flatten()
        {
            *v = gotmpl::render(v, &plain).map_err(in_file)?;
        }
    }
    for (i, e) in f.sync.iter_mut().enumerate() {
        let at = format!("`sync` entry {}", i + 1);
        check_settings(&e.settings, &at).map_err(in_file)?;
        let kind = format!("{:?}", e.kind).to_lowercase();
        let raw = Data::new()
            .with(".Sync.Source", e.source.clone())
            .with(".Sync.Target", e.target.clone())
            .with(".Sync.Type", kind.clone());
        e.source = gotmpl::render(&e.source, &raw).map_err(in_file)?;
        let data = Data::new()
            .with(".Sync.Source", e.source.clone())
            .with(".Sync.Target", e.target.clone())
            .with(".Sync.Type", kind);
        e.target = gotmpl::render(&e.target, &data).map_err(in_file)?;
        // regsync expands the referrer repositories with the expanded source and target.
        let data = data.with(".Sync.Target", e.target.clone());
        for v in [
            &mut e.settings.referrer_source,
            &mut e.settings.referrer_target,
        ]
        .into_iter()
        .flatten()
        {
            *v = gotmpl::render(v, &data).map_err(in_file)?;
            Reference::parse(v).map_err(|e| in_file(e.into()))?;
        }
        if let Some(p) = &e.platform {
            crate::platform::Platform::parse(p)?;
        }
        for rules in &mut e.tag_sets {
            rules.anchored = true;
        }
    }
    // regsync mirrors Docker schema 2 and OCI manifests and indexes unless told otherwise.
    if f.defaults.media_types.is_none() {
        f.defaults.media_types = Some(DEFAULT_MEDIA_TYPES.iter().map(|s| s.to_string()).collect());
    }
    // Backup templates are checked now, not when an image has already been copied.
    let probe = Reference::parse("localhost/x:t")?;
    for b in std::iter::once(&f.defaults.backup)
        .chain(f.sync.iter().map(|e| &e.settings.backup))
        .flatten()
    {
        backup_name(b, &probe).map_err(in_file)?;
    }
    // `hostname`: the registry is reached at another address; entries are pointed there.
    let hosts: Vec<(String, String)> = f
        .creds
        .iter()
        .filter_map(|c| {
            c.hostname
                .as_ref()
                .map(|h| (normalise_registry(&c.registry), h.clone()))
        })
        .collect();
    for e in &mut f.sync {
        for v in [&mut e.source, &mut e.target] {
            if let Some(p) = hosts.iter().find_map(|(reg, host)| pointed(v, reg, host)) {
                *v = p;
            }
        }
    }
    for c in &mut f.creds {
        if let Some(h) = &c.hostname {
            c.registry = h.clone();
        }
    }
    Ok(())
}

/// `v` (a registry entry's bare registry name, or a reference) pointed at `host`, when it
/// names registry `reg`.
fn pointed(v: &str, reg: &str, host: &str) -> Option<String> {
    if !v.contains('/') && normalise_registry(v) == reg {
        return Some(host.to_string());
    }
    let r = Reference::parse(v).ok().filter(|r| r.registry == reg)?;
    Some(
        Reference {
            registry: host.to_string(),
            ..r
        }
        .to_string(),
    )
}

impl SyncFile {
    /// Client options with the file's credentials and TLS settings added (the usual stores
    /// still apply to registries it does not name, unless `skipDockerConfig`).
    pub fn client_options(&mut self, base: &ClientOptions) -> Result<ClientOptions> {
        let mut o = base.clone();
        if self.defaults.skip_docker_config == Some(true) {
            o.no_credential_stores = true;
        }
        if let Some(ua) = &self.defaults.user_agent {
            o.user_agent = Some(ua.clone());
        }
        if let Some(n) = self
            .defaults
            .blob_limit
            .and_then(|n| u64::try_from(n).ok())
            .filter(|n| *n > 0)
        {
            o.blob_chunk_limit = Some(n);
        }
        // A skopeo file's registries: what it says over hoist's config, and verified HTTPS
        // where neither says (skopeo's default, loopback included).
        for (reg, t) in &self.tls {
            let mut merged = o.config.registry.get(reg).cloned().unwrap_or_default();
            merged.tls = t.tls.or(merged.tls).or(Some(TlsSetting::Enabled));
            for (mine, slot) in [
                (&t.ca_file, &mut merged.ca_file),
                (&t.cert_file, &mut merged.cert_file),
                (&t.key_file, &mut merged.key_file),
            ] {
                if mine.is_some() {
                    *slot = mine.clone();
                }
            }
            o.config.registry.insert(reg.clone(), merged);
        }
        for c in self.creds.clone() {
            let reg = normalise_registry(&c.registry);
            let mut tls = o.config.registry.get(&reg).cloned().unwrap_or_default();
            tls.tls = match c.tls.as_deref() {
                Some("insecure") => Some(TlsSetting::Insecure),
                Some("disabled") => Some(TlsSetting::Disabled),
                Some(_) => Some(TlsSetting::Enabled),
                None => tls.tls,
            };
            for (pem, slot) in [
                (&c.regcert, &mut tls.ca_file),
                (&c.client_cert, &mut tls.cert_file),
                (&c.client_key, &mut tls.key_file),
            ] {
                if let Some(pem) = pem {
                    *slot = Some(self.scratch_file(pem)?);
                }
            }
            if c.req_per_sec.is_some() {
                tls.req_per_sec = c.req_per_sec;
            }
            if c.blob_max.is_some() {
                tls.blob_max = c.blob_max;
            }
            if let Some(opts) = &c.api_opts {
                tls.disable_head = Some(disable_head(opts)?);
            }
            // regclient keeps its default chunk for a size of 0 or less.
            if let Some(n) = c
                .blob_chunk
                .and_then(|n| u64::try_from(n).ok())
                .filter(|n| *n > 0)
            {
                tls.blob_chunk = Some(n);
            }
            if let Some(n) = c.req_concurrent {
                tls.req_concurrent = Some(usize::try_from(n).unwrap_or(0));
            }
            o.config.registry.insert(reg.clone(), tls);
            // regsync's credHelper is a program (`docker-credential-ecr-login`, or a path),
            // asked for `credHost` (else the registry's name), and asked again after
            // `credExpire` (an hour) or when what it gave is refused.
            if let Some(helper) = &c.cred_helper {
                let max_age = match c.cred_expire.as_deref() {
                    Some(e) => duration(e)?,
                    None => std::time::Duration::from_secs(3600),
                };
                o.helpers.insert(
                    reg.clone(),
                    crate::client::HelperConf {
                        program: helper.clone(),
                        server: c
                            .cred_host
                            .clone()
                            .unwrap_or_else(|| crate::auth::store::auth_key(&reg)),
                        max_age,
                    },
                );
                continue;
            }
            // Only what is given: a registry named for its TLS alone keeps the usual stores.
            if c.user.is_some() || c.pass.is_some() {
                o.creds.insert(
                    reg,
                    Credential::basic(
                        c.user.as_deref().unwrap_or_default(),
                        c.pass.as_deref().unwrap_or_default(),
                    ),
                );
            }
        }
        Ok(o)
    }

    /// A PEM given inline, written to a file of the run's scratch directory (0600).
    fn scratch_file(&mut self, pem: &str) -> Result<std::path::PathBuf> {
        use std::io::Write as _;
        if self.scratch.is_none() {
            self.scratch = Some(std::sync::Arc::new(tempfile::tempdir()?));
        }
        let dir = self
            .scratch
            .as_ref()
            .expect("just made")
            .path()
            .to_path_buf();
        let mut f = tempfile::Builder::new().suffix(".pem").tempfile_in(&dir)?;
        f.write_all(pem.as_bytes())?;
        let (_, path) = f.keep().map_err(|e| e.error)?;
        Ok(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_as_go_reads_them() {
        assert_eq!(duration("60m").unwrap().as_secs(), 3600);
        assert_eq!(duration("1h30m").unwrap().as_secs(), 5400);
        assert_eq!(duration("90s").unwrap().as_secs(), 90);
        assert_eq!(duration("1.5h").unwrap().as_secs(), 5400);
        for bad in [
            "",
            "60",
            "5 minutes",
            "m",
            "1d",
            "8s666666666666666666666666666666666666666666666666666668s8s",
            "2562048h",
        ] {
            assert!(duration(bad).is_err(), "{bad}");
        }
    }
}
