//! Sync files: regsync's shape (entries, defaults, credentials) and skopeo's sync files read
//! into one [`SyncFile`], and `copy --all-tags` as a file of one entry. Parsing only: it must
//! not plan or copy (that is [`super::plan`] and the engine in [`super`]).

use std::collections::BTreeMap;

use anyhow::Result;
use serde::{Deserialize, Serialize};

use crate::error::Failure;

/// Which tags of a repository to take.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TagRules {
    /// Regular expressions; a tag must match one (when any are given). YAML numbers
    /// (`allow: [3, 3.9]`) are read as the text they are written as.
    #[serde(default, deserialize_with = "super::regsync::strings")]
    pub allow: Vec<String>,
    /// Regular expressions; a tag matching one is left out.
    #[serde(default, deserialize_with = "super::regsync::strings")]
    pub deny: Vec<String>,
    /// A version range (`>=3.19`, `^1.2`, `~1.2.3`, `>=1, <2`); tags that are not versions
    /// are left out when it is given. `v` prefixes and missing minor/patch parts are allowed.
    pub semver: Option<String>,
    /// Only the N highest versions (or, for tags that are not versions, the last N in order).
    pub latest: Option<usize>,
    /// regsync's `semverRange` (and skopeo's `images-by-semver`): Masterminds constraints, any
    /// of which a tag (read as a version) must meet.
    #[serde(rename = "semverRange", default, skip_serializing_if = "Vec::is_empty")]
    pub semver_range: Vec<String>,
    /// The patterns must match the whole tag (regsync wraps each in `^...$`); skopeo's
    /// `images-by-tag-regex` and `copy --all-tags` match anywhere, as `tag ls --include` does.
    #[serde(skip)]
    pub anchored: bool,
}

/// Settings every entry has; `defaults` gives them to all.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Settings {
    /// In `defaults`, regsync's: images copied at once (unless `--jobs`). In an entry,
    /// hoist's: the blob transfers of each of its copies.
    pub parallel: Option<usize>,
    pub referrers: Option<bool>,
    pub digest_tags: Option<bool>,
    /// regsync's `platforms`: the source index is kept (its digest too) and only children of
    /// these platforms are copied.
    pub platforms: Option<Vec<String>>,
    /// hoist's key: `new` writes a new index of just `platforms` instead (a new digest, which
    /// records the source's), for registries that refuse an index missing children; `source`
    /// (the default) is regsync's reading.
    pub platforms_index: Option<String>,
    pub tags: Option<TagRules>,
    pub backup: Option<String>,
    /// How often `sync --serve` runs the entry (a Go duration: `60m`, `12h`).
    pub interval: Option<String>,
    /// When `sync --serve` runs the entry (cron: `15 3 * * *`).
    pub schedule: Option<String>,
    /// Wait while a source has fewer than `min` pulls left, asking again every `retry`.
    pub ratelimit: Option<RateLimit>,
    /// The manifest media types mirrored; others are skipped (regsync's default: Docker
    /// schema 2 and OCI manifests and indexes).
    pub media_types: Option<Vec<String>>,
    /// An image already at the target is not looked at further (no digest tags, referrers).
    pub fast_check: Option<bool>,
    /// An image already at the target is copied again, every child and blob checked.
    pub force_recursive: Option<bool>,
    /// Non-distributable layers are copied from the source too (else left at their URLs).
    pub include_external: Option<bool>,
    /// With `referrers`: only referrers matching one of these.
    pub referrer_filters: Option<Vec<crate::transfer::copy::ReferrerFilter>>,
    /// With `referrers`: read them from this repository, write them to that one (templates
    /// with `.Sync`).
    pub referrer_source: Option<String>,
    pub referrer_target: Option<String>,
    /// regsync searches an OCI layout source's every manifest for referrers with it; sync
    /// sources here are registries, where it changes nothing. Accepted.
    pub referrer_slow: Option<bool>,
    pub hooks: Option<yaml_serde::Value>,
    /// `defaults` only: regsync's manifest cache (hoist keeps none between runs); accepted.
    pub cache_count: Option<u64>,
    pub cache_time: Option<String>,
    /// `defaults` only: no docker credential files or helpers.
    pub skip_docker_config: Option<bool>,
    /// `defaults` only: the largest chunk of a chunked upload, in bytes (0 or less: 1 GiB).
    pub blob_limit: Option<i64>,
    /// `defaults` only: the `User-Agent` sent to every registry.
    pub user_agent: Option<String>,
}

/// regsync's `ratelimit`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RateLimit {
    #[serde(default)]
    pub min: u64,
    pub retry: Option<String>,
}

/// Which repositories of a registry to take (regsync's `repos`: patterns match whole names).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RepoRules {
    #[serde(default, deserialize_with = "super::regsync::strings")]
    pub allow: Vec<String>,
    #[serde(default, deserialize_with = "super::regsync::strings")]
    pub deny: Vec<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntryKind {
    #[default]
    Image,
    Repository,
    Registry,
}

/// One `sync` entry: what it mirrors, and its settings (each falling back to `defaults`).
#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "yaml_serde::Mapping")]
pub struct Entry {
    pub source: String,
    pub target: String,
    pub kind: EntryKind,
    /// More tag rules; a tag any of them (or `tags`) takes is mirrored.
    pub tag_sets: Vec<TagRules>,
    /// For `type: registry`: which repositories.
    pub repos: Option<RepoRules>,
    /// One platform of an index, copied as that image's manifest.
    pub platform: Option<String>,
    pub settings: Settings,
    /// Appended to every target tag (skopeo's `--append-suffix`); never read from a file.
    pub tag_suffix: String,
}

impl TryFrom<yaml_serde::Mapping> for Entry {
    type Error = String;

    fn try_from(mut m: yaml_serde::Mapping) -> Result<Entry, String> {
        let mut take = |k: &str| m.remove(k);
        let text = |v: Option<yaml_serde::Value>, k: &str| -> Result<Option<String>, String> {
            v.map(|v| yaml_serde::from_value::<String>(v).map_err(|e| format!("`{k}`: {e}")))
                .transpose()
        };
        let source = text(take("source"), "source")?.ok_or("missing field `source`")?;
        let target = text(take("target"), "target")?.ok_or("missing field `target`")?;
        let kind = take("type")
            .map(yaml_serde::from_value::<EntryKind>)
            .transpose()
            .map_err(|e| format!("`type`: {e}"))?
            .unwrap_or_default();
        let tag_sets = take("tagSets")
            .map(yaml_serde::from_value::<Vec<TagRules>>)
            .transpose()
            .map_err(|e| format!("`tagSets`: {e}"))?
            .unwrap_or_default();
        let repos = take("repos")
            .map(yaml_serde::from_value::<RepoRules>)
            .transpose()
            .map_err(|e| format!("`repos`: {e}"))?;
        let platform = text(take("platform"), "platform")?;
        for only in [
            "cacheCount",
            "cacheTime",
            "skipDockerConfig",
            "blobLimit",
            "userAgent",
        ] {
            if m.contains_key(only) {
                return Err(format!("`{only}` belongs in `defaults`, not in an entry"));
            }
        }
        let settings: Settings =
            yaml_serde::from_value(yaml_serde::Value::Mapping(m)).map_err(|e| e.to_string())?;
        Ok(Entry {
            source,
            target,
            kind,
            tag_sets,
            repos,
            platform,
            settings,
            tag_suffix: String::new(),
        })
    }
}

/// Credentials and connection settings for one registry (regsync's `creds`), values literal
/// or templates (`{{ env "NAME" }}`, `{{ file "/run/secrets/x" }}`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Creds {
    pub registry: String,
    pub user: Option<String>,
    pub pass: Option<String>,
    /// `enabled` (the default), `insecure` (no verification) or `disabled` (plain HTTP).
    pub tls: Option<String>,
    /// The host to connect to for `registry`.
    pub hostname: Option<String>,
    /// The registry's CA certificate (PEM).
    pub regcert: Option<String>,
    /// A client certificate and key (PEM) for mutual TLS.
    pub client_cert: Option<String>,
    pub client_key: Option<String>,
    /// A credential helper program (`docker-credential-ecr-login`, or a path), asked for
    /// `cred_host` (else the registry's name), again after `cred_expire` (a Go duration; an
    /// hour by default).
    pub cred_helper: Option<String>,
    pub cred_expire: Option<String>,
    pub cred_host: Option<String>,
    /// Tokens per repository: what hoist always asks for; accepted.
    pub repo_auth: Option<bool>,
    /// Deprecated in regclient, which reads neither any more (`tls` says the scheme):
    /// accepted, and nothing done with them, as regsync does.
    pub api: Option<yaml_serde::Value>,
    pub scheme: Option<yaml_serde::Value>,
    /// Requests started each second, and open at once, at most (0: no limit).
    pub req_per_sec: Option<f64>,
    pub req_concurrent: Option<i64>,
    /// Blobs larger than `blob_max` bytes are uploaded in chunks of `blob_chunk` bytes (1 MiB
    /// by default); `blob_max` 0 or less: each blob in one request.
    pub blob_max: Option<i64>,
    pub blob_chunk: Option<i64>,
    /// Refused (see [`super::regsync::REFUSED`]).
    pub mirrors: Option<yaml_serde::Value>,
    pub priority: Option<yaml_serde::Value>,
    pub path_prefix: Option<yaml_serde::Value>,

    /// regclient's API options: `disableHead` (manifests checked with a GET).
    pub api_opts: Option<std::collections::BTreeMap<String, yaml_serde::Value>>,
    pub token: Option<yaml_serde::Value>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SyncFile {
    /// regsync writes `version: 1`.
    pub version: Option<u32>,
    #[serde(default)]
    pub creds: Vec<Creds>,
    #[serde(default)]
    pub defaults: Settings,
    #[serde(default)]
    pub sync: Vec<Entry>,
    /// TLS settings per registry (from a skopeo file's `tls-verify` and `cert-dir`, or
    /// regsync's `creds[].tls`, `regcert`, `clientCert` and `clientKey`).
    #[serde(skip)]
    pub tls: Vec<(String, crate::config::RegistryConfig)>,
    /// Where certificates given inline are written for the run (removed afterwards).
    #[serde(skip)]
    pub scratch: Option<std::sync::Arc<tempfile::TempDir>>,
}

/// One registry of a `skopeo sync` YAML file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct SkopeoRegistry {
    #[serde(default)]
    images: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    images_by_tag_regex: BTreeMap<String, String>,
    #[serde(default)]
    images_by_semver: BTreeMap<String, String>,
    credentials: Option<SkopeoCreds>,
    tls_verify: Option<bool>,
    cert_dir: Option<std::path::PathBuf>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct SkopeoCreds {
    username: String,
    password: String,
}

/// A sync file's text read as what it is: a skopeo file (its images landing under `dest`) or a
/// regsync-shaped file (which names its own targets). Text that is not YAML at all is said so,
/// with the line and column where it stops being YAML.
pub fn read(text: &str, name: &str, dest: Option<&SkopeoDest>) -> Result<SyncFile> {
    if let Err(e) = yaml_serde::from_str::<yaml_serde::Value>(text) {
        return Err(Failure::usage(format!("`{name}` is not YAML: {e}")).into());
    }
    match (is_skopeo(text), dest) {
        (true, Some(dest)) => from_skopeo(text, name, dest),
        (true, None) => Err(Failure::usage(format!(
            "`{name}` is a skopeo sync file; say where its images go"
        ))
        .hint("give `--dest PREFIX` (images land at PREFIX/<name>:<tag>, as skopeo's `--dest docker` puts them)")
        .into()),
        (false, Some(_)) => Err(Failure::usage(
            "`--dest` is for skopeo sync files; this file names its targets",
        )
        .into()),
        (false, None) => SyncFile::parse(text, name),
    }
}

/// Whether a regsync file uses `x-*` anchor keys or `<<` merge keys.
fn uses_anchors(text: &str) -> bool {
    text.lines().any(|l| {
        let t = l.trim_start();
        t.starts_with("x-") || t.starts_with("<<:") || t.starts_with("- <<:")
    })
}

/// Whether `text` is a `skopeo sync` file (registries at the top) rather than regsync's shape.
pub fn is_skopeo(text: &str) -> bool {
    match yaml_serde::from_str::<yaml_serde::Value>(text) {
        Ok(yaml_serde::Value::Mapping(m)) => !m.keys().any(|k| {
            matches!(k.as_str(), Some("sync" | "defaults" | "creds" | "version"))
                || k.as_str().is_some_and(|k| k.starts_with("x-"))
        }),
        _ => false,
    }
}

fn entry(source: String, target: String, kind: EntryKind, tags: Option<TagRules>) -> Entry {
    Entry {
        source,
        target,
        kind,
        tag_sets: Vec::new(),
        repos: None,
        platform: None,
        settings: Settings {
            tags,
            ..Settings::default()
        },
        tag_suffix: String::new(),
    }
}

/// Where a skopeo sync file's images land: `PREFIX/<name>` (`PREFIX/<registry>/<path>` when
/// `scoped`), each target tag followed by `suffix` (skopeo's `--scoped` and `--append-suffix`).
#[derive(Debug, Clone, Default)]
pub struct SkopeoDest {
    pub prefix: String,
    pub scoped: bool,
    pub suffix: String,
}

/// A `skopeo sync` file as a sync file whose images land at `dest/<name>`, the last part of
/// each source repository, as `skopeo sync --dest docker` puts them (with `--scoped`, at
/// `dest/<registry>/<repository>`).
pub fn from_skopeo(text: &str, name: &str, to: &SkopeoDest) -> Result<SyncFile> {
    let regs: BTreeMap<String, SkopeoRegistry> = yaml_serde::from_str(text).map_err(|e| {
        Failure::usage(format!("`{name}` is not a skopeo sync file: {e}"))
            .hint("registries at the top, each with `images`, `images-by-tag-regex`, `images-by-semver`, `credentials`, `tls-verify`, `cert-dir`")
    })?;
    if !to
        .suffix
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
    {
        return Err(Failure::usage(format!(
            "`--append-suffix {}` cannot be part of a tag",
            to.suffix
        ))
        .hint("a tag holds letters, digits, `_`, `.` and `-`")
        .into());
    }
    let dest = to.prefix.trim_end_matches('/');
    let mut file = SyncFile {
        version: None,
        creds: Vec::new(),
        defaults: Settings::default(),
        sync: Vec::new(),
        tls: Vec::new(),
        scratch: None,
    };
    for (reg, r) in regs {
        // skopeo keeps the last path component, or with `--scoped` the whole reference.
        let last = |repo: &str| {
            if to.scoped {
                format!("{reg}/{repo}")
            } else {
                repo.rsplit('/').next().unwrap_or(repo).to_string()
            }
        };
        let first = file.sync.len();
        for (repo, refs) in &r.images {
            let target = format!("{dest}/{}", last(repo));
            if refs.is_empty() {
                file.sync.push(entry(
                    format!("{reg}/{repo}"),
                    target.clone(),
                    EntryKind::Repository,
                    None,
                ));
            }
            for t in refs {
                let sep = if t.contains(':') { "@" } else { ":" };
                // A digest keeps its digest; a tag gets the suffix when the plan names it.
                file.sync.push(entry(
                    format!("{reg}/{repo}{sep}{t}"),
                    format!("{target}{sep}{t}"),
                    EntryKind::Image,
                    None,
                ));
            }
        }
        for (repo, re) in &r.images_by_tag_regex {
            let rules = TagRules {
                allow: vec![re.clone()],
                ..TagRules::default()
            };
            file.sync.push(entry(
                format!("{reg}/{repo}"),
                format!("{dest}/{}", last(repo)),
                EntryKind::Repository,
                Some(rules),
            ));
        }
        for (repo, c) in &r.images_by_semver {
            let rules = TagRules {
                semver_range: vec![c.clone()],
                ..TagRules::default()
            };
            file.sync.push(entry(
                format!("{reg}/{repo}"),
                format!("{dest}/{}", last(repo)),
                EntryKind::Repository,
                Some(rules),
            ));
        }
        for e in &mut file.sync[first..] {
            e.tag_suffix = to.suffix.clone();
        }
        if let Some(c) = &r.credentials {
            file.creds.push(Creds {
                registry: reg.clone(),
                user: Some(c.username.clone()),
                pass: Some(c.password.clone()),
                ..Creds::default()
            });
        }
        // skopeo's `tls-verify: false` skips verification and allows plain HTTP, on every host:
        // `insecure` skips verification, and a loopback registry still falls back to HTTP (a
        // plain-HTTP one elsewhere needs `tls = "disabled"` in hoist's config). `true` is
        // verified HTTPS on every host, loopback too: skopeo does not treat loopback registries
        // as insecure, as docker does. Without `tls-verify`, hoist's config file may say (as
        // `registries.conf` may for skopeo); else it is `true` ([`SyncFile::client_options`]).
        let mut tls = crate::config::RegistryConfig {
            tls: r.tls_verify.map(|verify| {
                if verify {
                    crate::config::TlsSetting::Enabled
                } else {
                    crate::config::TlsSetting::Insecure
                }
            }),
            ..Default::default()
        };
        if let Some(dir) = &r.cert_dir {
            for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let p = e.path();
                match p.extension().and_then(|x| x.to_str()) {
                    Some("crt") => tls.ca_file = Some(p),
                    Some("cert") => tls.cert_file = Some(p),
                    Some("key") => tls.key_file = Some(p),
                    _ => {}
                }
            }
        }
        file.tls
            .push((crate::reference::normalise_registry(&reg), tls));
    }
    Ok(file)
}

impl SyncFile {
    /// Reads a regsync-shaped file, with regsync's meaning: tag patterns match whole tags,
    /// and only `version: 1` is known.
    pub fn parse(text: &str, name: &str) -> Result<SyncFile> {
        let bad = |e: yaml_serde::Error| {
            anyhow::Error::from(Failure::usage(format!("`{name}` is not a sync file: {e}"))
                .hint("a sync file has `sync:` entries with `source`, `target` and `type` (image, repository or registry), and optional `defaults:` and `creds:`"))
        };
        let mut f: SyncFile = if uses_anchors(text) {
            // regsync files share settings through YAML anchors on `x-*` keys and `<<` merge
            // keys: merged first, `x-*` keys dropped (errors then name keys, not lines).
            let mut v: yaml_serde::Value = yaml_serde::from_str(text).map_err(bad)?;
            v.apply_merge().map_err(bad)?;
            if let yaml_serde::Value::Mapping(m) = &mut v {
                m.retain(|k, _| !k.as_str().is_some_and(|k| k.starts_with("x-")));
            }
            yaml_serde::from_value(v).map_err(bad)?
        } else {
            yaml_serde::from_str(text).map_err(bad)?
        };
        if let Some(v) = f.version
            && v != 1
        {
            return Err(Failure::usage(format!(
                "`{name}` says `version: {v}`; regsync's files are version 1, the one hoist reads"
            ))
            .into());
        }
        for rules in std::iter::once(&mut f.defaults.tags)
            .chain(f.sync.iter_mut().map(|e| &mut e.settings.tags))
            .flatten()
        {
            rules.anchored = true;
        }
        super::regsync::finish(&mut f, name)?;
        Ok(f)
    }
}

/// `copy --all-tags SRC_REPO DST_REPO`: a sync file of one repository entry, the tags kept by
/// `include` and dropped by `exclude` (regular expressions, as `tag ls` reads them).
pub fn all_tags(
    source: &str,
    target: &str,
    include: Option<&str>,
    exclude: Option<&str>,
) -> SyncFile {
    SyncFile {
        version: None,
        creds: Vec::new(),
        defaults: Settings::default(),
        sync: vec![entry(
            source.to_string(),
            target.to_string(),
            EntryKind::Repository,
            Some(TagRules {
                allow: include.map(str::to_string).into_iter().collect(),
                deny: exclude.map(str::to_string).into_iter().collect(),
                semver: None,
                latest: None,
                semver_range: Vec::new(),
                // `--include`/`--exclude` read as `tag ls` reads them.
                anchored: false,
            }),
        )],
        tls: Vec::new(),
        scratch: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_parse_like_regsyncs() {
        let f = SyncFile::parse(
            "version: 1\ndefaults: { parallel: 4, referrers: true, digestTags: true, platforms: [linux/amd64] }\nsync:\n  - source: docker.io/library/alpine\n    target: registry.example.com/mirror/alpine\n    type: repository\n    tags: { allow: ['^3\\.'], deny: ['-rc'], semver: '>=3.19', latest: 3 }\n    backup: 'bkup-{{tag}}'\n",
            "t.yaml",
        )
        .unwrap();
        assert_eq!(f.sync[0].kind, EntryKind::Repository);
        assert_eq!(f.defaults.parallel, Some(4));
        assert_eq!(f.sync[0].settings.tags.as_ref().unwrap().latest, Some(3));
        assert!(SyncFile::parse("sync:\n  - source: a\n    targt: b\n", "t").is_err());
    }

    #[test]
    fn anchors_merge_keys_and_yaml_errors() {
        // regsync's documented layout: settings shared through an `x-*` anchor and `<<`.
        let f = read(
            "version: 1\nx-sync-hub: &sync-hub\n  type: repository\n  tags:\n    allow: ['1\\.2.*']\nsync:\n  - <<: *sync-hub\n    source: r.example/a\n    target: t.example/a\n  - <<: *sync-hub\n    source: r.example/b\n    target: t.example/b\n    type: image\n",
            "f.yaml",
            None,
        )
        .unwrap();
        assert_eq!(f.sync.len(), 2);
        assert_eq!(f.sync[0].kind, EntryKind::Repository);
        assert_eq!(f.sync[0].settings.tags.as_ref().unwrap().allow, ["1\\.2.*"]);
        assert!(f.sync[0].settings.tags.as_ref().unwrap().anchored);
        // A key set beside the merge wins over the anchor's.
        assert_eq!(f.sync[1].kind, EntryKind::Image);
        // An unknown key inside an anchor is still refused by name.
        let e = read(
            "version: 1\nx-a: &a\n  typo: 1\nsync:\n  - <<: *a\n    source: r.example/a\n    target: t.example/a\n",
            "f.yaml",
            None,
        )
        .unwrap_err();
        assert!(format!("{e:#}").contains("typo"), "{e:#}");
        // Text that is not YAML says where, before anything about --dest.
        let e = read("r.example:\n  images: [unclosed\n", "s.yaml", None).unwrap_err();
        let msg = format!("{e:#}");
        assert!(msg.contains("is not YAML") && msg.contains("line"), "{msg}");
    }

    #[test]
    fn regsync_files_are_read_as_regsync_reads_them() {
        // version 2 is not a regsync file hoist knows.
        let e = SyncFile::parse("version: 2\nsync: []\n", "f.yaml").unwrap_err();
        assert_eq!(crate::error::kind_of(&e), crate::error::Kind::Usage);
        // Tag patterns are anchored.
        let f = SyncFile::parse(
            "version: 1\ndefaults:\n  tags:\n    allow: ['3']\nsync:\n  - {source: a/b, target: c/d, type: repository, tags: {deny: ['x']}}\n",
            "f.yaml",
        )
        .unwrap();
        assert!(f.defaults.tags.as_ref().unwrap().anchored);
        assert!(f.sync[0].settings.tags.as_ref().unwrap().anchored);
        // regsync's backup template, checked when the file is read.
        let r = crate::reference::Reference::parse("reg.example/app:1.2").unwrap();
        assert_eq!(
            crate::sync::backup_name("bkup-{{.Ref.Tag}}", &r).unwrap(),
            "bkup-1.2"
        );
        assert_eq!(
            crate::sync::backup_name("bkup-{{ .Ref.Tag }}", &r).unwrap(),
            "bkup-1.2"
        );
        assert!(
            SyncFile::parse(
                "version: 1\nsync:\n  - {source: a/b:1, target: c/d:1, backup: '{{.Nope}}'}\n",
                "f.yaml"
            )
            .is_err()
        );
        // A template inside a value is expanded, not sent as written.
        // SAFETY: tests in this binary do not read this variable elsewhere.
        unsafe { std::env::set_var("HOIST_SYNC_TEST_PASS", "s3cret") };
        let plain = super::super::gotmpl::Data::new();
        assert_eq!(
            super::super::gotmpl::render("a {{ env \"HOIST_SYNC_TEST_PASS\" }}", &plain).unwrap(),
            "a s3cret"
        );
        assert!(super::super::gotmpl::render("{{ exec \"x\" }}", &plain).is_err());
    }
}
