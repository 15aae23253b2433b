//! Sync files: regsync's shape (entries, defaults, credentials) and skopeo's sync files read
//! into one [`SyncFile`], and `copy --all-tags` as a file of one entry. Parsing only: it must
//! not plan or copy (that is [`super::plan`] and the engine in [`super`]).

use std::collections::BTreeMap;

use anyhow::Result;
use serde::{Deserialize, Serialize};

use crate::auth::Credential;
use crate::client::ClientOptions;
use crate::error::Failure;

/// Which tags of a repository to take.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TagRules {
    /// Regular expressions; a tag must match one (when any are given).
    #[serde(default)]
    pub allow: Vec<String>,
    /// Regular expressions; a tag matching one is left out.
    #[serde(default)]
    pub deny: Vec<String>,
    /// A version range (`>=3.19`, `^1.2`, `~1.2.3`, `>=1, <2`); tags that are not versions
    /// are left out when it is given. `v` prefixes and missing minor/patch parts are allowed.
    pub semver: Option<String>,
    /// Only the N highest versions (or, for tags that are not versions, the last N in order).
    pub latest: Option<usize>,
    /// The patterns must match the whole tag (regsync wraps each in `^...$`); skopeo's
    /// `images-by-tag-regex` and `copy --all-tags` match anywhere, as `tag ls --include` does.
    #[serde(skip)]
    pub anchored: bool,
}

/// Settings every entry has; `defaults` gives them to all.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Settings {
    pub parallel: Option<usize>,
    pub referrers: Option<bool>,
    pub digest_tags: Option<bool>,
    pub platforms: Option<Vec<String>>,
    pub tags: Option<TagRules>,
    pub backup: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntryKind {
    #[default]
    Image,
    Repository,
    Registry,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Entry {
    pub source: String,
    pub target: String,
    #[serde(rename = "type", default)]
    pub kind: EntryKind,
    pub parallel: Option<usize>,
    pub referrers: Option<bool>,
    pub digest_tags: Option<bool>,
    pub platforms: Option<Vec<String>>,
    pub tags: Option<TagRules>,
    pub backup: Option<String>,
    /// Appended to every target tag (skopeo's `--append-suffix`); never read from a file.
    #[serde(skip)]
    pub tag_suffix: String,
}

/// Credentials for one registry, each value literal or `{{ env "NAME" }}` (regsync's form).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Creds {
    pub registry: String,
    pub user: Option<String>,
    pub pass: Option<String>,
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
    /// TLS settings per registry (from a skopeo file's `tls-verify` and `cert-dir`).
    #[serde(skip)]
    pub tls: Vec<(String, crate::config::RegistryConfig)>,
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
        parallel: None,
        referrers: None,
        digest_tags: None,
        platforms: None,
        tags,
        backup: None,
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
                semver: Some(c.clone()),
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
            });
        }
        let mut tls = crate::config::RegistryConfig::default();
        // skopeo's `tls-verify: false` skips verification and allows plain HTTP, on every host:
        // `insecure` skips verification, and a loopback registry still falls back to HTTP (a
        // plain-HTTP one elsewhere needs `tls = "disabled"` in hoist's config).
        if r.tls_verify == Some(false) {
            tls.tls = Some(crate::config::TlsSetting::Insecure);
        }
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

/// Go-template actions inside a value, each replaced by what `action` makes of its inner
/// text (`env "NAME"`, `.Ref.Tag`); the text around them is kept.
pub fn fill(v: &str, mut action: impl FnMut(&str) -> Result<String>) -> Result<String> {
    let mut out = String::new();
    let mut rest = v;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let end = after
            .find("}}")
            .ok_or_else(|| Failure::usage(format!("`{v}`: a `{{{{` without its `}}}}`")))?;
        let inner = after[..end].trim_matches('-').trim();
        out.push_str(&action(inner)?);
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

/// `{{ env "NAME" }}` anywhere in a value → the variable's value (regsync's form); any other
/// action is refused rather than sent as written.
pub fn expand(v: &str) -> Result<String> {
    fill(v, |inner| {
        let Some(name) = inner.strip_prefix("env ").map(str::trim) else {
            return Err(Failure::usage(format!(
                "`{v}`: only `{{{{ env \"NAME\" }}}}` is understood here"
            ))
            .into());
        };
        let name = name.trim_matches('"');
        std::env::var(name).map_err(|_| {
            Failure::usage(format!("the sync file reads `${name}`, which is not set")).into()
        })
    })
}

/// A backup tag from its template: regsync's `{{.Ref.Tag}}` (and `.Ref.Repository`,
/// `.Ref.Registry`), or hoist's earlier `{{tag}}`, for the target `r`.
pub fn backup_name(template: &str, r: &crate::reference::Reference) -> Result<String> {
    fill(template, |inner| {
        match inner {
        ".Ref.Tag" | "tag" => Ok(r.tag.clone().unwrap_or_default()),
        ".Ref.Repository" => Ok(r.repository.clone()),
        ".Ref.Registry" => Ok(r.registry.clone()),
        other => Err(Failure::usage(format!(
            "`backup: {template}`: `{{{{{other}}}}}` is not understood (`{{{{.Ref.Tag}}}}`, `{{{{.Ref.Repository}}}}` and `{{{{.Ref.Registry}}}}` are)"
        ))
        .into()),
    }
    })
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
            .chain(f.sync.iter_mut().map(|e| &mut e.tags))
            .flatten()
        {
            rules.anchored = true;
        }
        // Backup templates are checked now, not when an image has already been copied.
        let probe = crate::reference::Reference::parse("localhost/x:t")?;
        for b in std::iter::once(&f.defaults.backup)
            .chain(f.sync.iter().map(|e| &e.backup))
            .flatten()
        {
            backup_name(b, &probe)?;
        }
        Ok(f)
    }

    /// Client options with the file's credentials added (the usual stores still apply to
    /// registries it does not name).
    pub fn client_options(&self, base: &ClientOptions) -> Result<ClientOptions> {
        let mut o = base.clone();
        for (reg, t) in &self.tls {
            o.config.registry.insert(reg.clone(), t.clone());
        }
        for c in &self.creds {
            let user = c
                .user
                .as_deref()
                .map(expand)
                .transpose()?
                .unwrap_or_default();
            let pass = c
                .pass
                .as_deref()
                .map(expand)
                .transpose()?
                .unwrap_or_default();
            o.creds.insert(
                crate::reference::normalise_registry(&c.registry),
                Credential::basic(&user, &pass),
            );
        }
        Ok(o)
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
        sync: vec![Entry {
            source: source.to_string(),
            target: target.to_string(),
            kind: EntryKind::Repository,
            parallel: None,
            referrers: None,
            digest_tags: None,
            platforms: None,
            tags: Some(TagRules {
                allow: include.map(str::to_string).into_iter().collect(),
                deny: exclude.map(str::to_string).into_iter().collect(),
                semver: None,
                latest: None,
                // `--include`/`--exclude` read as `tag ls` reads them.
                anchored: false,
            }),
            backup: None,
            tag_suffix: String::new(),
        }],
        tls: Vec::new(),
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
        assert_eq!(f.sync[0].tags.as_ref().unwrap().latest, Some(3));
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
        assert_eq!(f.sync[0].tags.as_ref().unwrap().allow, ["1\\.2.*"]);
        assert!(f.sync[0].tags.as_ref().unwrap().anchored);
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
        assert!(f.sync[0].tags.as_ref().unwrap().anchored);
        // regsync's backup template, checked when the file is read.
        let r = crate::reference::Reference::parse("reg.example/app:1.2").unwrap();
        assert_eq!(backup_name("bkup-{{.Ref.Tag}}", &r).unwrap(), "bkup-1.2");
        assert_eq!(backup_name("bkup-{{ .Ref.Tag }}", &r).unwrap(), "bkup-1.2");
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
        assert_eq!(
            expand("a {{ env \"HOIST_SYNC_TEST_PASS\" }}").unwrap(),
            "a s3cret"
        );
        assert!(expand("{{ file \"/etc/passwd\" }}").is_err());
    }
}
