//! `hoist serve --compose FILE`: virtual repositories whose tags are images composed on
//! request, as the registry in the first talk's case study does. The file (TOML) names, per
//! repository, a base and components with versions, each version an image of layers:
//!
//! ```toml
//! [repository."app"]
//! base = "registry.example.com/base/debian:12"
//! [repository."app".layers.php]
//! "8.2" = "registry.example.com/layers/php:8.2"
//! [repository."app".layers.nodejs]
//! "20" = "registry.example.com/layers/nodejs:20"
//! ```
//!
//! The tag `php-8.2_nodejs-20` is split at `_` into components, each at its first `-` into
//! name and version. The image is [`crate::image::change::compose`]'s: the base's layers, then
//! each selected component's, in the order the components appear in the file. The manifest
//! and config are generated once per tag (deterministically: the same digest every time, on
//! every server) and kept; layers are served from where the catalogue's images are.
//!
//! It composes through the library ([`crate::image::change`]); it must not build documents itself.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

use anyhow::Result;
use hyper::{Response, StatusCode, header};

use super::{ApiError, Body};
use crate::digest::Digest;
use crate::error::Failure;
use crate::image::change::{Compose, compose};
use crate::manifest::{Manifest, View};
use crate::reference::ImageRef;
use crate::repo::Repo;

/// One virtual repository.
struct Spec {
    base: ImageRef,
    /// Components in the file's order, each with its versions in the file's order.
    components: Vec<(String, Vec<(String, ImageRef)>)>,
}

/// A composed tag: its stage (configs and manifests), its manifests by digest, and the sizes
/// of the layers it lists.
struct Composed {
    stage: crate::image::build::Stage,
    top: Manifest,
    manifests: HashMap<Digest, Manifest>,
    sizes: HashMap<Digest, u64>,
}

type Slot = Arc<tokio::sync::OnceCell<Arc<Composed>>>;

pub struct Catalogue {
    client: crate::client::Client,
    repos: HashMap<String, Spec>,
    composed: Mutex<HashMap<(String, String), Slot>>,
}

fn bad(path: &Path, why: String) -> anyhow::Error {
    Failure::usage(format!("`{}`: {why}", path.display())).into()
}

impl Catalogue {
    pub fn load(path: &Path, client: crate::client::Client) -> Result<Catalogue> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            Failure::usage(format!(
                "cannot read the compose file `{}`: {e}",
                path.display()
            ))
            .hint("`hoist serve --help` and docs/serve.md show its shape")
        })?;
        let doc: toml::Table = text
            .parse()
            .map_err(|e| bad(path, format!("not TOML: {e}")))?;
        let mut repos = HashMap::new();
        for (k, v) in &doc {
            if k != "repository" {
                return Err(bad(
                    path,
                    format!("unknown key `{k}` (expected `repository`)"),
                ));
            }
            let table = v
                .as_table()
                .ok_or_else(|| bad(path, "`repository` is not a table".into()))?;
            for (name, spec) in table {
                super::check_name(name).map_err(|e| bad(path, e.message))?;
                let spec = spec
                    .as_table()
                    .ok_or_else(|| bad(path, format!("repository `{name}` is not a table")))?;
                let parse = |s: &toml::Value, what: &str| -> Result<ImageRef> {
                    let s = s
                        .as_str()
                        .ok_or_else(|| bad(path, format!("{what} is not a string")))?;
                    ImageRef::parse(s).map_err(|e| bad(path, format!("{what}: {}", e.message)))
                };
                let mut base = None;
                let mut components = Vec::new();
                for (key, value) in spec {
                    match key.as_str() {
                        "base" => base = Some(parse(value, &format!("`{name}`'s base"))?),
                        "layers" => {
                            let layers = value.as_table().ok_or_else(|| {
                                bad(path, format!("`{name}`'s layers are not a table"))
                            })?;
                            for (comp, versions) in layers {
                                if comp.is_empty() || comp.contains(['-', '_']) {
                                    return Err(bad(
                                        path,
                                        format!(
                                            "component `{comp}`: a name has no `-` or `_` (tags are `name-version_name-version`)"
                                        ),
                                    ));
                                }
                                let versions = versions.as_table().ok_or_else(|| {
                                    bad(path, format!("component `{comp}` is not a table"))
                                })?;
                                let mut vs = Vec::new();
                                for (ver, r) in versions {
                                    if ver.is_empty()
                                        || ver.contains('_')
                                        || crate::reference::validate_tag(&format!("{comp}-{ver}"))
                                            .is_err()
                                    {
                                        return Err(bad(
                                            path,
                                            format!(
                                                "`{comp}` version `{ver}` cannot be part of a tag"
                                            ),
                                        ));
                                    }
                                    vs.push((ver.clone(), parse(r, &format!("`{comp}` {ver}"))?));
                                }
                                components.push((comp.clone(), vs));
                            }
                        }
                        other => {
                            return Err(bad(
                                path,
                                format!(
                                    "repository `{name}`: unknown key `{other}` (expected `base` and `layers`)"
                                ),
                            ));
                        }
                    }
                }
                let base =
                    base.ok_or_else(|| bad(path, format!("repository `{name}` has no `base`")))?;
                repos.insert(name.clone(), Spec { base, components });
            }
        }
        if repos.is_empty() {
            return Err(bad(path, "it names no repository".into()));
        }
        Ok(Catalogue {
            client,
            repos,
            composed: Mutex::default(),
        })
    }

    pub fn has(&self, name: &str) -> bool {
        self.repos.contains_key(name)
    }

    pub fn names(&self) -> Vec<String> {
        self.repos.keys().cloned().collect()
    }

    /// The tags a repository answers to: every choice of components (in file order), up to
    /// 10,000 of them.
    pub fn tags(&self, name: &str) -> Vec<String> {
        let Some(spec) = self.repos.get(name) else {
            return Vec::new();
        };
        let mut out: Vec<String> = vec![String::new()];
        for (comp, versions) in &spec.components {
            let mut next = Vec::new();
            for t in &out {
                next.push(t.clone());
                for (v, _) in versions {
                    let part = format!("{comp}-{v}");
                    next.push(if t.is_empty() {
                        part
                    } else {
                        format!("{t}_{part}")
                    });
                }
            }
            out = next;
            // Beyond 10,000 tags nobody reads the list; keep the work bounded.
            out.truncate(10_001);
        }
        out.retain(|t| !t.is_empty());
        out.truncate(10_000);
        out.sort();
        out
    }

    /// What the components of `tag` are, in the file's order.
    fn select(&self, name: &str, tag: &str) -> Result<Vec<ImageRef>, ApiError> {
        let spec = &self.repos[name];
        let available = || {
            spec.components
                .iter()
                .map(|(c, vs)| {
                    format!(
                        "{c} ({})",
                        vs.iter()
                            .map(|(v, _)| v.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                })
                .collect::<Vec<_>>()
                .join("; ")
        };
        let unknown = |why: String| {
            ApiError::new(
                404,
                "MANIFEST_UNKNOWN",
                format!(
                    "{why}; `{name}` composes: {} (tags look like `name-version_name-version`)",
                    available()
                ),
            )
        };
        let mut picked: Vec<(usize, ImageRef)> = Vec::new();
        for part in tag.split('_') {
            let (c, v) = part
                .split_once('-')
                .ok_or_else(|| unknown(format!("`{part}` is not `name-version`")))?;
            let (i, (_, versions)) = spec
                .components
                .iter()
                .enumerate()
                .find(|(_, (n, _))| n == c)
                .ok_or_else(|| unknown(format!("there is no component `{c}`")))?;
            let (_, r) = versions
                .iter()
                .find(|(x, _)| x == v)
                .ok_or_else(|| unknown(format!("`{c}` has no version `{v}`")))?;
            if picked.iter().any(|(j, _)| *j == i) {
                return Err(unknown(format!("`{c}` is named twice")));
            }
            picked.push((i, r.clone()));
        }
        picked.sort_by_key(|(i, _)| *i);
        Ok(picked.into_iter().map(|(_, r)| r).collect())
    }

    /// The image for `name:tag`, composed once (concurrent requests wait for the same one).
    async fn composed(&self, name: &str, tag: &str) -> Result<Arc<Composed>, ApiError> {
        let layers = self.select(name, tag)?;
        let slot = self
            .composed
            .lock()
            .expect("composed")
            .entry((name.to_string(), tag.to_string()))
            .or_default()
            .clone();
        let spec = &self.repos[name];
        slot.get_or_try_init(|| async {
            let c = Compose {
                base: spec.base.clone(),
                layers,
                edits: Default::default(),
                platforms: Vec::new(),
            };
            let out = compose(&self.client, &c).await.map_err(|e| {
                tracing::warn!("composing `{name}:{tag}`: {e:#}");
                ApiError::new(
                    502,
                    "UNKNOWN",
                    format!("composing `{name}:{tag}`: {}", crate::error::render(&e)),
                )
            })?;
            let mut manifests = HashMap::new();
            let mut sizes = HashMap::new();
            let mut todo = vec![out.top.clone()];
            while let Some(m) = todo.pop() {
                match m.view() {
                    Ok(View::Index(idx)) => {
                        for d in &idx.manifests {
                            if let Ok(child) = out.stage.layout().manifest(d) {
                                todo.push(child);
                            }
                        }
                    }
                    Ok(View::Image(img)) => {
                        for l in std::iter::once(&img.config).chain(&img.layers) {
                            sizes.insert(l.digest.clone(), l.size);
                        }
                    }
                    _ => {}
                }
                manifests.insert(m.digest.clone(), m);
            }
            Ok(Arc::new(Composed {
                top: out.top,
                stage: out.stage,
                manifests,
                sizes,
            }))
        })
        .await
        .cloned()
    }

    /// A composed manifest, by tag or (once its tag was asked for) by digest.
    pub async fn manifest(&self, name: &str, reference: &str) -> Result<Manifest, ApiError> {
        if let Ok(d) = reference.parse::<Digest>() {
            return self
                .done(name)
                .iter()
                .find_map(|c| c.manifests.get(&d).cloned())
                .ok_or_else(|| ApiError::manifest_unknown(reference));
        }
        Ok(self.composed(name, reference).await?.top.clone())
    }

    /// The tags of `name` composed so far.
    fn done(&self, name: &str) -> Vec<Arc<Composed>> {
        self.composed
            .lock()
            .expect("composed")
            .iter()
            .filter(|((n, _), _)| n == name)
            .filter_map(|(_, slot)| slot.get().cloned())
            .collect()
    }

    /// A blob a composed image lists: from the stage (configs), or from the catalogue's image
    /// that has it (a layout's file, or streamed from its registry and checked on the way).
    pub async fn blob(
        &self,
        name: &str,
        d: &Digest,
        head: bool,
        range: Option<String>,
    ) -> Result<Response<Body>, ApiError> {
        let composed = self.done(name);
        let Some(c) = composed.iter().find(|c| c.sizes.contains_key(d)) else {
            return Err(ApiError::blob_unknown(d));
        };
        let size = c.sizes[d];
        let staged = c.stage.layout().blob_path(d);
        if staged.is_file() {
            return Ok(super::blob_response(
                d,
                staged,
                size,
                super::span(range.as_deref(), size)?,
                head,
            ));
        }
        let Some(repo) = c.stage.blob_source(d) else {
            return Err(ApiError::blob_unknown(d));
        };
        if let Repo::Layout { layout, .. } = repo {
            let p = layout.blob_path(d);
            return Ok(super::blob_response(
                d,
                p,
                size,
                super::span(range.as_deref(), size)?,
                head,
            ));
        }
        let resp = Response::builder()
            .status(StatusCode::OK)
            .header(header::CONTENT_TYPE, "application/octet-stream")
            .header(header::CONTENT_LENGTH, size)
            .header("Docker-Content-Digest", d.to_string());
        if head {
            return Ok(resp.body(super::empty()).expect("a valid response"));
        }
        // Whole blobs only from a registry: checked as they stream, and a blob that fails its
        // check ends the response early, so no client takes it.
        let reader = crate::transfer::BlobReader::new(repo, d, Some(size));
        let s = futures_util::stream::unfold(Some(reader), |r| async move {
            let mut r = r?;
            match r.next_chunk().await {
                Ok(Some(chunk)) => Some((Ok(hyper::body::Frame::data(chunk)), Some(r))),
                Ok(None) => match r.verify() {
                    Ok(_) => None,
                    Err(e) => Some((Err(std::io::Error::other(format!("{e:#}"))), None)),
                },
                Err(e) => Some((Err(std::io::Error::other(format!("{e:#}"))), None)),
            }
        });
        let body: Body = http_body_util::BodyExt::boxed_unsync(http_body_util::StreamBody::new(s));
        Ok(resp.body(body).expect("a valid response"))
    }
}
