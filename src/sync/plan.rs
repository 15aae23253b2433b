//! A sync file expanded into items (one per source image and tag): tag lists read and filtered
//! by the entry's rules (regular expressions, semver, latest N), shards picked by hash. It reads
//! tag lists and catalogs; it must not copy.

use anyhow::{Context as _, Result};
use serde::Serialize;

use super::file::*;
// Tags read as versions one way for every rule: `v` dropped, missing parts taken as 0.
use super::masterminds::version;
use crate::client::Client;
use crate::error::Failure;
use crate::reference::Reference;

/// One image to mirror.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    pub source: String,
    pub target: String,
    #[serde(skip)]
    pub(super) src: Reference,
    #[serde(skip)]
    pub(super) dst: Reference,
    #[serde(skip)]
    pub(super) settings: Settings,
    /// The entry's `platform`: that image of an index is copied, as its own manifest.
    #[serde(skip)]
    pub(super) platform: Option<crate::platform::Platform>,
}

/// Which shard an image belongs to: the first 8 bytes of sha256(source reference), modulo N.
pub fn shard_of(source: &str, n: u64) -> u64 {
    let d = crate::digest::Digest::sha256(source.as_bytes());
    let v = u64::from_str_radix(&d.hex()[..16], 16).unwrap_or(0);
    v % n.max(1)
}

/// An entry's settings, each falling back to `defaults` as regsync's `syncSetDefaults` does.
pub(super) fn merged(defaults: &Settings, e: &Entry) -> Settings {
    let s = &e.settings;
    let (interval, schedule) = match (&s.interval, &s.schedule) {
        (None, None) => match &defaults.schedule {
            Some(c) => (None, Some(c.clone())),
            None => (defaults.interval.clone(), None),
        },
        (i, c) => (i.clone(), c.clone()),
    };
    let ratelimit = match (&s.ratelimit, &defaults.ratelimit) {
        (None, None) => None,
        (mine, theirs) => Some(RateLimit {
            min: mine
                .as_ref()
                .map(|r| r.min)
                .filter(|m| *m != 0)
                .or(theirs.as_ref().map(|r| r.min))
                .unwrap_or(0),
            retry: mine
                .as_ref()
                .and_then(|r| r.retry.clone())
                .or_else(|| theirs.as_ref().and_then(|r| r.retry.clone())),
        }),
    };
    Settings {
        // regsync's `defaults.parallel` is how many images are copied at once (the run's
        // jobs); an entry's own `parallel` (hoist's key) is its blob transfers.
        parallel: s.parallel,
        referrers: s.referrers.or(defaults.referrers),
        digest_tags: s.digest_tags.or(defaults.digest_tags),
        platforms: s.platforms.clone().or_else(|| defaults.platforms.clone()),
        platforms_index: s
            .platforms_index
            .clone()
            .or_else(|| defaults.platforms_index.clone()),
        tags: s.tags.clone().or_else(|| defaults.tags.clone()),
        backup: s.backup.clone().or_else(|| defaults.backup.clone()),
        interval,
        schedule,
        ratelimit,
        media_types: s
            .media_types
            .clone()
            .or_else(|| defaults.media_types.clone()),
        fast_check: s.fast_check.or(defaults.fast_check),
        force_recursive: s.force_recursive.or(defaults.force_recursive),
        include_external: s.include_external.or(defaults.include_external),
        referrer_filters: s
            .referrer_filters
            .clone()
            .or_else(|| defaults.referrer_filters.clone()),
        referrer_source: s
            .referrer_source
            .clone()
            .or_else(|| defaults.referrer_source.clone()),
        referrer_target: s
            .referrer_target
            .clone()
            .or_else(|| defaults.referrer_target.clone()),
        ..Settings::default()
    }
}

/// The tags `rules` keep, in a stable order.
pub fn select_tags(mut tags: Vec<String>, rules: &TagRules) -> Result<Vec<String>> {
    let compile = |res: &[String], what: &str| -> Result<Vec<regex_lite::Regex>> {
        res.iter()
            .map(|r| {
                let pattern = if rules.anchored {
                    format!("^(?:{r})$")
                } else {
                    r.clone()
                };
                regex_lite::Regex::new(&pattern).map_err(|e| {
                    Failure::usage(format!("`{what}: {r}` is not a regular expression: {e}")).into()
                })
            })
            .collect()
    };
    let allow = compile(&rules.allow, "allow")?;
    let deny = compile(&rules.deny, "deny")?;
    let req =
        match &rules.semver {
            Some(s) => Some(semver::VersionReq::parse(s).map_err(|e| {
                Failure::usage(format!("`semver: {s}` is not a version range: {e}"))
            })?),
            None => None,
        };
    let ranges = rules
        .semver_range
        .iter()
        .filter(|r| !r.is_empty())
        .map(|r| super::masterminds::Constraints::parse(r))
        .collect::<Result<Vec<_>>>()?;
    tags.retain(|t| {
        ranges.is_empty() || version(t).is_some_and(|v| ranges.iter().any(|c| c.check(&v)))
    });
    tags.retain(|t| {
        (allow.is_empty() || allow.iter().any(|r| r.is_match(t)))
            && !deny.iter().any(|r| r.is_match(t))
            && req
                .as_ref()
                .is_none_or(|q| version(t).is_some_and(|v| q.matches(&v)))
    });
    tags.sort();
    tags.dedup();
    if let Some(n) = rules.latest {
        // Versions highest first; tags that are not versions after them, last first.
        tags.sort_by(|a, b| match (version(a), version(b)) {
            (Some(x), Some(y)) => y.cmp(&x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => b.cmp(a),
        });
        tags.truncate(n);
        tags.sort();
    }
    Ok(tags)
}

/// The tags any of `sets` (and `rules`, when it says anything) takes, in the order listed; all
/// of them when there are no rules at all (regsync's `tags` and `tagSets`).
fn select_sets(tags: Vec<String>, rules: &TagRules, sets: &[TagRules]) -> Result<Vec<String>> {
    let says = !rules.allow.is_empty()
        || !rules.deny.is_empty()
        || !rules.semver_range.is_empty()
        || rules.semver.is_some()
        || rules.latest.is_some();
    if sets.is_empty() {
        return select_tags(tags, rules);
    }
    let mut out: Vec<String> = Vec::new();
    for set in sets.iter().chain(says.then_some(rules)) {
        for t in select_tags(tags.clone(), set)? {
            if !out.contains(&t) {
                out.push(t);
            }
        }
    }
    Ok(out)
}

/// Whether a registry entry's `repos` takes repository `name` (whole-name patterns).
fn repo_taken(rules: Option<&RepoRules>, name: &str) -> Result<bool> {
    let Some(r) = rules else {
        return Ok(true);
    };
    let as_tags = TagRules {
        allow: r.allow.clone(),
        deny: r.deny.clone(),
        anchored: true,
        ..TagRules::default()
    };
    Ok(!select_tags(vec![name.to_string()], &as_tags)?.is_empty())
}

/// Expands the entries into items (listing tags and catalogs as needed).
pub async fn plan(client: &Client, file: &SyncFile) -> Result<Vec<Item>> {
    let mut out = Vec::new();
    for e in &file.sync {
        let settings = merged(&file.defaults, e);
        let rules = settings.tags.clone().unwrap_or_default();
        let platform = match &e.platform {
            Some(p) => Some(crate::platform::Platform::parse(p)?),
            None => None,
        };
        let mut add = |src: Reference, dst: Reference, tag: &str| {
            let src = Reference {
                tag: Some(tag.to_string()),
                digest: None,
                ..src
            };
            let dst = Reference {
                tag: Some(format!("{tag}{}", e.tag_suffix)),
                digest: None,
                ..dst
            };
            out.push(Item {
                source: src.to_string(),
                target: dst.to_string(),
                src,
                dst,
                settings: settings.clone(),
                platform: platform.clone(),
            });
        };
        match e.kind {
            EntryKind::Image if Reference::parse(&e.source)?.digest.is_some() => {
                // By digest: the target gets it under its own tag when it names one (regsync
                // sets it), else by digest alone.
                let src = Reference::parse(&e.source)?;
                let target = Reference::parse(&e.target)?;
                let dst = match target.tag.clone() {
                    Some(t) => Reference {
                        tag: Some(format!("{t}{}", e.tag_suffix)),
                        digest: None,
                        ..target
                    },
                    None => Reference {
                        tag: None,
                        digest: src.digest.clone(),
                        ..target
                    },
                };
                out.push(Item {
                    source: src.to_string(),
                    target: dst.to_string(),
                    src,
                    dst,
                    settings: settings.clone(),
                    platform: platform.clone(),
                });
            }
            EntryKind::Image => {
                let src = Reference::parse(&e.source)?;
                let dst = Reference::parse(&e.target)?;
                let tag = src
                    .tag
                    .clone()
                    .unwrap_or_else(|| crate::reference::DEFAULT_TAG.into());
                // A target without a tag is `latest`, as regsync names it.
                let dst_tag = dst
                    .tag
                    .clone()
                    .unwrap_or_else(|| crate::reference::DEFAULT_TAG.into());
                let s = Reference {
                    tag: Some(tag),
                    ..src
                };
                let d = Reference {
                    tag: Some(format!("{dst_tag}{}", e.tag_suffix)),
                    ..dst
                };
                out.push(Item {
                    source: s.to_string(),
                    target: d.to_string(),
                    src: s,
                    dst: d,
                    settings: settings.clone(),
                    platform: platform.clone(),
                });
            }
            EntryKind::Repository => {
                let src = Reference::parse(&e.source)?;
                let dst = Reference::parse(&e.target)?;
                let tags = client
                    .tags(&src)
                    .await
                    .with_context(|| format!("listing the tags of `{}`", src.name()))?;
                for t in select_sets(tags, &rules, &e.tag_sets)? {
                    add(src.clone(), dst.clone(), &t);
                }
            }
            EntryKind::Registry => {
                let registry = crate::reference::normalise_registry(&e.source);
                let repos = client.catalog(&registry).await?;
                for repo in repos {
                    if !repo_taken(e.repos.as_ref(), &repo)? {
                        continue;
                    }
                    let src = Reference::parse(&format!("{registry}/{repo}"))?;
                    let dst =
                        Reference::parse(&format!("{}/{repo}", e.target.trim_end_matches('/')))?;
                    let tags = client.tags(&src).await?;
                    for t in select_sets(tags, &rules, &e.tag_sets)? {
                        add(src.clone(), dst.clone(), &t);
                    }
                }
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_selected_by_rules() {
        let tags: Vec<String> = [
            "3.18", "3.19", "3.20", "3.20.1", "3.21-rc1", "edge", "latest", "v4.0",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let r =
            |allow: &[&str], deny: &[&str], semver: Option<&str>, latest: Option<usize>| TagRules {
                allow: allow.iter().map(|s| s.to_string()).collect(),
                deny: deny.iter().map(|s| s.to_string()).collect(),
                semver: semver.map(str::to_string),
                latest,
                anchored: false,
                semver_range: Vec::new(),
            };
        assert_eq!(
            select_tags(tags.clone(), &r(&[r"^3\."], &["-rc"], None, None)).unwrap(),
            ["3.18", "3.19", "3.20", "3.20.1"]
        );
        assert_eq!(
            select_tags(tags.clone(), &r(&[], &[], Some(">=3.19"), None)).unwrap(),
            ["3.19", "3.20", "3.20.1", "v4.0"]
        );
        assert_eq!(
            select_tags(tags.clone(), &r(&[r"^3\."], &["-rc"], None, Some(2))).unwrap(),
            ["3.20", "3.20.1"]
        );
        assert!(select_tags(tags, &r(&["("], &[], None, None)).is_err());
    }

    #[test]
    fn shards_split_and_cover() {
        let names: Vec<String> = (0..50)
            .map(|i| format!("registry.example.com/app:{i}"))
            .collect();
        for n in 1..=5u64 {
            let mut seen = vec![0; names.len()];
            for i in 0..n {
                for (k, name) in names.iter().enumerate() {
                    if shard_of(name, n) == i {
                        seen[k] += 1;
                    }
                }
            }
            assert!(seen.iter().all(|&c| c == 1), "N={n}");
        }
    }

    #[test]
    fn regsync_patterns_match_whole_tags() {
        let tags: Vec<String> = ["3", "13", "3.20.1", "v3.18", "12", "12-slim"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let anchored = |allow: &[&str], deny: &[&str]| TagRules {
            allow: allow.iter().map(|s| s.to_string()).collect(),
            deny: deny.iter().map(|s| s.to_string()).collect(),
            anchored: true,
            ..TagRules::default()
        };
        assert_eq!(
            select_tags(tags.clone(), &anchored(&["3"], &[])).unwrap(),
            ["3"]
        );
        assert_eq!(
            select_tags(tags.clone(), &anchored(&[], &["12"])).unwrap(),
            ["12-slim", "13", "3", "3.20.1", "v3.18"]
        );
        // Unanchored (skopeo's regexes, `copy --all-tags --include`) match anywhere.
        let loose = TagRules {
            allow: vec!["3".into()],
            ..TagRules::default()
        };
        assert_eq!(select_tags(tags, &loose).unwrap().len(), 4);
    }

    #[test]
    fn regsync_image_targets_get_regsyncs_tags() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let client = Client::new(crate::client::ClientOptions::new());
        let d = format!("sha256:{}", "a".repeat(64));
        let yaml = format!(
            "version: 1\nsync:\n  - source: r.example/pause@{d}\n    target: t.example/pause:pinned\n    type: image\n  - source: r.example/app:1.2\n    target: t.example/app\n    type: image\n"
        );
        let file = SyncFile::parse(&yaml, "t.yaml").unwrap();
        let items = rt.block_on(plan(&client, &file)).unwrap();
        // A digest-pinned source with a tagged target: copied by digest, tagged `pinned`.
        assert_eq!(items[0].src.digest.as_ref().unwrap().to_string(), d);
        assert_eq!(items[0].dst.tag.as_deref(), Some("pinned"));
        assert!(items[0].dst.digest.is_none());
        // A target without a tag is `latest`.
        assert_eq!(items[1].dst.tag.as_deref(), Some("latest"));
    }

    #[test]
    fn skopeo_scoped_and_suffix_name_targets_as_skopeo_does() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let client = Client::new(crate::client::ClientOptions::new());
        let yaml = "quay.example:\n  images:\n    team/busybox: ['1.36']\n";
        let plain = SkopeoDest {
            prefix: "mirror.example/m".into(),
            ..SkopeoDest::default()
        };
        let f = crate::sync::read(yaml, "s.yaml", Some(&plain)).unwrap();
        let items = rt.block_on(plan(&client, &f)).unwrap();
        assert_eq!(items[0].target, "mirror.example/m/busybox:1.36");
        let scoped = SkopeoDest {
            scoped: true,
            suffix: "-mirrored".into(),
            ..plain
        };
        let f = crate::sync::read(yaml, "s.yaml", Some(&scoped)).unwrap();
        let items = rt.block_on(plan(&client, &f)).unwrap();
        assert_eq!(
            items[0].target,
            "mirror.example/m/quay.example/team/busybox:1.36-mirrored"
        );
        assert_eq!(items[0].source, "quay.example/team/busybox:1.36");
    }
}
