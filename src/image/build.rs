//! New images from parts of existing ones: the shared ground of `image compose`, `mod`,
//! `squash`, `rebase` and `index`.
//!
//! A [`Draft`] is an image taken apart: its manifest and config as JSON objects (the fields
//! hoist does not touch stay as they were, in their order), and its layers, each with its
//! descriptor, diffID, the history entries that belong to it and the repository that holds
//! its blob. Commands edit drafts; [`Draft::finish`] serialises the new config and manifest
//! once, deterministically (the same inputs give the same digests), into a [`Stage`].
//!
//! A [`Stage`] is a private OCI layout in `TMPDIR` that holds what is new (configs, manifests,
//! indexes, layers hoist wrote) and remembers where every other blob lives. Pushing a stage
//! is a copy from it ([`crate::transfer::copy`]), with each shared blob read from, or mounted
//! from, the input that has it: no layer is downloaded to build a manifest, and on one
//! registry none moves at all.
//!
//! It stages documents and pushes what the caller asks; it must not print beyond the printer it is
//! handed.

use std::collections::BTreeMap;

use anyhow::{Context as _, Result};
use bytes::Bytes;
use serde_json::{Map, Value, json};

use crate::digest::Digest;
use crate::error::Failure;
use crate::layout::Layout;
use crate::manifest::{Descriptor, Manifest, View};
use crate::media_types as mt;
use crate::output::Printer;
use crate::platform::Platform;
use crate::reference::LayoutRef;
use crate::repo::{Repo, Resolved};
use crate::transfer::copy::{Copier, Options, Sources, Summary};

/// One layer of a draft.
#[derive(Clone)]
pub struct Layer {
    pub desc: Descriptor,
    pub diff_id: Digest,
    /// The history entries that belong to it: empty-layer entries recorded before it, then
    /// its own (exactly one entry that is not `empty_layer`, last).
    pub history: Vec<Value>,
    /// Where the blob is; `None` for a layer hoist wrote into the stage.
    pub source: Option<Repo>,
}

impl Layer {
    /// Its own (non-empty) history entry.
    pub fn entry(&self) -> &Value {
        self.history.last().expect("one entry per layer")
    }

    /// `created_by` of its own history entry.
    pub fn created_by(&self) -> &str {
        self.entry()
            .get("created_by")
            .and_then(Value::as_str)
            .unwrap_or("")
    }
}

/// An image taken apart for editing.
#[derive(Clone)]
pub struct Draft {
    pub manifest: Map<String, Value>,
    pub media_type: String,
    pub config: Map<String, Value>,
    pub config_media_type: String,
    pub layers: Vec<Layer>,
    /// Empty-layer history entries after the last layer.
    pub trailing: Vec<Value>,
    /// The index entry it came through (platform, annotations), if any.
    pub entry: Option<Descriptor>,
    /// The platform its config names.
    pub platform: Platform,
    /// Where it was read from (named in messages).
    pub from: String,
}

fn object(bytes: &[u8], what: &str) -> Result<Map<String, Value>> {
    match serde_json::from_slice(bytes) {
        Ok(Value::Object(m)) => Ok(m),
        _ => Err(Failure::verify(format!("{what} is not a JSON object")).into()),
    }
}

fn is_empty_layer(h: &Value) -> bool {
    h.get("empty_layer")
        .and_then(Value::as_bool)
        .unwrap_or(false)
}

/// Splits history into one group per layer (empty entries before a layer's own entry belong to
/// it) and the empty entries after the last layer. A layer without an entry gets one, so
/// tools that pair history with layers keep working.
pub fn split_history(history: &[Value], layers: usize) -> (Vec<Vec<Value>>, Vec<Value>) {
    let mut groups = Vec::with_capacity(layers);
    let mut pending = Vec::new();
    for h in history {
        if !is_empty_layer(h) && groups.len() == layers {
            // More layer entries than layers (a malformed config): the extra ones go.
            continue;
        }
        pending.push(h.clone());
        if !is_empty_layer(h) {
            groups.push(std::mem::take(&mut pending));
        }
    }
    while groups.len() < layers {
        groups.push(vec![
            json!({"comment": "no history was recorded for this layer"}),
        ]);
    }
    (groups, pending)
}

impl Draft {
    /// Reads a resolved image's config and takes the image apart. Artifacts (configs that are
    /// not image configs) and images whose config lists another number of diffIDs than the
    /// manifest lists layers are refused.
    pub async fn load(repo: &Repo, r: &Resolved) -> Result<Draft> {
        let from = match &r.index {
            Some(_) => repo.display_at(&r.manifest.digest),
            None => repo.display(),
        };
        if !mt::is_image_config(&r.image.config.media_type) {
            return Err(Failure::usage(format!(
                "`{from}` is an artifact (config `{}`), not a container image",
                r.image.config.media_type
            ))
            .into());
        }
        let (bytes, cfg) = crate::repo::config(repo, r).await?;
        let config = object(&bytes, "the image config")?;
        let diff_ids = cfg.diff_ids();
        if diff_ids.len() != r.image.layers.len() {
            return Err(Failure::verify(format!(
                "`{from}` lists {} layers but its config {} diffIDs",
                r.image.layers.len(),
                diff_ids.len()
            ))
            .into());
        }
        let history: Vec<Value> = config
            .get("history")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let (groups, trailing) = split_history(&history, r.image.layers.len());
        let layers = r
            .image
            .layers
            .iter()
            .zip(diff_ids)
            .zip(groups)
            .map(|((d, id), history)| Layer {
                desc: d.clone(),
                diff_id: id.clone(),
                history,
                source: Some(repo.clone()),
            })
            .collect();
        let entry = r.index.as_ref().and_then(|idx| match idx.view() {
            Ok(View::Index(i)) => i
                .manifests
                .iter()
                .find(|d| d.digest == r.manifest.digest)
                .cloned(),
            _ => None,
        });
        Ok(Draft {
            manifest: object(&r.manifest.bytes, "the manifest")?,
            media_type: r.manifest.media_type.clone(),
            config,
            config_media_type: r.image.config.media_type.clone(),
            layers,
            trailing,
            entry,
            platform: cfg.platform(),
            from,
        })
    }

    /// A run-time config field (`Env`, `Cmd`, `Labels`...), created when missing.
    pub fn runtime(&mut self) -> &mut Map<String, Value> {
        let c = self
            .config
            .entry("config")
            .or_insert_with(|| Value::Object(Map::new()));
        if !c.is_object() {
            *c = Value::Object(Map::new());
        }
        c.as_object_mut().expect("an object")
    }

    /// Manifest annotations, created when missing.
    pub fn annotations(&mut self) -> &mut Map<String, Value> {
        let a = self
            .manifest
            .entry("annotations")
            .or_insert_with(|| Value::Object(Map::new()));
        if !a.is_object() {
            *a = Value::Object(Map::new());
        }
        a.as_object_mut().expect("an object")
    }

    /// Layer descriptors take the media-type family of the manifest that lists them (the
    /// same bytes and digests under the family's name): a Docker manifest gets Docker layer
    /// types where one exists, else the image becomes an OCI image (zstd has no Docker name);
    /// an OCI manifest gets OCI layer types. Layers of other types (artifacts) are kept.
    fn unify_media_types(&mut self) {
        if self.media_type == mt::DOCKER_MANIFEST {
            let docker: Option<Vec<&'static str>> = self
                .layers
                .iter()
                .map(|l| docker_layer_type(&l.desc.media_type))
                .collect();
            match docker {
                Some(types) => {
                    for (l, t) in self.layers.iter_mut().zip(types) {
                        l.desc.media_type = t.to_string();
                    }
                    return;
                }
                None => {
                    self.media_type = mt::OCI_MANIFEST.to_string();
                    if self.config_media_type == mt::DOCKER_CONFIG {
                        self.config_media_type = mt::OCI_CONFIG.to_string();
                    }
                }
            }
        }
        if self.media_type == mt::OCI_MANIFEST {
            for l in &mut self.layers {
                if let Some(t) = oci_layer_type(&l.desc.media_type) {
                    l.desc.media_type = t.to_string();
                }
            }
        }
    }

    /// Serialises the new config and manifest into `stage` (once, deterministically) and
    /// records where each layer's blob is. Returns the new manifest and the index entry for
    /// it (the old entry's platform and annotations, the new digest).
    pub fn finish(mut self, stage: &mut Stage) -> Result<Built> {
        self.unify_media_types();
        let diff_ids: Vec<Value> = self
            .layers
            .iter()
            .map(|l| Value::from(l.diff_id.to_string()))
            .collect();
        let rootfs = self
            .config
            .entry("rootfs")
            .or_insert_with(|| json!({"type": "layers"}));
        if !rootfs.is_object() {
            *rootfs = json!({"type": "layers"});
        }
        let rootfs = rootfs.as_object_mut().expect("an object");
        rootfs
            .entry("type")
            .or_insert_with(|| Value::from("layers"));
        rootfs.insert("diff_ids".into(), Value::Array(diff_ids));
        let history: Vec<Value> = self
            .layers
            .iter()
            .flat_map(|l| l.history.iter().cloned())
            .chain(self.trailing.iter().cloned())
            .collect();
        self.config.insert("history".into(), Value::Array(history));
        let config = Bytes::from(serde_json::to_vec(&self.config)?);
        let cdesc = Descriptor::new(
            &self.config_media_type,
            stage.put("config", &config)?,
            config.len() as u64,
        );
        self.manifest
            .insert("mediaType".into(), Value::from(self.media_type.clone()));
        self.manifest
            .insert("config".into(), serde_json::to_value(&cdesc)?);
        self.manifest.insert(
            "layers".into(),
            serde_json::to_value(self.layers.iter().map(|l| &l.desc).collect::<Vec<_>>())?,
        );
        if self
            .manifest
            .get("annotations")
            .is_some_and(|a| a.as_object().is_some_and(Map::is_empty))
        {
            self.manifest.remove("annotations");
        }
        let bytes = Bytes::from(serde_json::to_vec(&self.manifest)?);
        let manifest = Manifest::from_bytes(bytes, Some(&self.media_type))?;
        stage.put("manifest", &manifest.bytes)?;
        stage.sources.authored.insert(manifest.digest.clone());
        for l in &self.layers {
            if let Some(repo) = &l.source {
                stage
                    .sources
                    .blobs
                    .insert(l.desc.digest.clone(), repo.clone());
            }
        }
        let mut entry = self.entry.clone().unwrap_or_else(|| {
            let mut d = manifest.descriptor();
            d.platform = Some(self.platform.clone());
            d
        });
        entry.media_type = manifest.media_type.clone();
        entry.digest = manifest.digest.clone();
        entry.size = manifest.bytes.len() as u64;
        Ok(Built {
            manifest,
            config,
            entry,
        })
    }
}

/// The Docker name of a layer media type, when it has one.
fn docker_layer_type(t: &str) -> Option<&'static str> {
    match t {
        mt::DOCKER_LAYER_GZIP | mt::OCI_LAYER_GZIP => Some(mt::DOCKER_LAYER_GZIP),
        mt::DOCKER_LAYER_FOREIGN | mt::OCI_LAYER_NONDIST_GZIP => Some(mt::DOCKER_LAYER_FOREIGN),
        "application/vnd.docker.image.rootfs.diff.tar" | mt::OCI_LAYER_TAR => {
            Some("application/vnd.docker.image.rootfs.diff.tar")
        }
        _ => None,
    }
}

/// The OCI name of a Docker layer media type.
fn oci_layer_type(t: &str) -> Option<&'static str> {
    match t {
        mt::DOCKER_LAYER_GZIP => Some(mt::OCI_LAYER_GZIP),
        mt::DOCKER_LAYER_FOREIGN => Some(mt::OCI_LAYER_NONDIST_GZIP),
        "application/vnd.docker.image.rootfs.diff.tar" => Some(mt::OCI_LAYER_TAR),
        _ => None,
    }
}

/// A new image manifest, its config, and its entry for an index.
pub struct Built {
    pub manifest: Manifest,
    pub config: Bytes,
    pub entry: Descriptor,
}

/// Writes an index over `entries` into `stage`: `base`'s other fields kept (annotations), its
/// `manifests` replaced, `annotations` merged in. A Docker list that would hold OCI manifests
/// becomes an OCI index.
pub fn finish_index(
    stage: &mut Stage,
    base: Option<&Manifest>,
    entries: Vec<Descriptor>,
    annotations: &BTreeMap<String, String>,
) -> Result<Manifest> {
    let mut doc = match base {
        Some(b) => object(&b.bytes, "the index")?,
        None => Map::new(),
    };
    let mut media_type = base.map(|b| b.media_type.clone()).unwrap_or_else(|| {
        if !entries.is_empty() && entries.iter().all(|e| e.media_type == mt::DOCKER_MANIFEST) {
            mt::DOCKER_LIST.to_string()
        } else {
            mt::OCI_INDEX.to_string()
        }
    });
    if media_type == mt::DOCKER_LIST && entries.iter().any(|e| e.media_type != mt::DOCKER_MANIFEST)
    {
        media_type = mt::OCI_INDEX.to_string();
    }
    doc.entry("schemaVersion").or_insert_with(|| Value::from(2));
    doc.insert("mediaType".into(), Value::from(media_type.clone()));
    doc.insert("manifests".into(), serde_json::to_value(&entries)?);
    if !annotations.is_empty() {
        if media_type == mt::DOCKER_LIST {
            return Err(Failure::usage(
                "a Docker manifest list has no annotations; annotate an OCI index",
            )
            .into());
        }
        let a = doc
            .entry("annotations")
            .or_insert_with(|| Value::Object(Map::new()));
        if let Some(a) = a.as_object_mut() {
            for (k, v) in annotations {
                a.insert(k.clone(), Value::from(v.clone()));
            }
        }
    }
    let bytes = Bytes::from(serde_json::to_vec(&doc)?);
    let m = Manifest::from_bytes(bytes, Some(&media_type))?;
    stage.put("index", &m.bytes)?;
    stage.sources.authored.insert(m.digest.clone());
    Ok(m)
}

/// New documents and blobs, and where the blobs they share with their inputs are.
pub struct Stage {
    _dir: tempfile::TempDir,
    layout: Layout,
    sources: Sources,
    /// Every document written, in order: (kind, bytes).
    documents: Vec<(&'static str, Bytes)>,
}

impl Stage {
    /// A new, empty stage in `TMPDIR`.
    pub fn new() -> Result<Stage> {
        let dir = tempfile::Builder::new()
            .prefix("hoist-stage-")
            .tempdir()
            .context("creating a staging directory")?;
        let layout = Layout::create(dir.path())?;
        Ok(Stage {
            _dir: dir,
            layout,
            sources: Sources::default(),
            documents: Vec::new(),
        })
    }

    /// The staging layout (new layers are written into its blob directory).
    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    /// Stores a document hoist wrote (`kind`: config, manifest or index); returns its digest.
    pub fn put(&mut self, kind: &'static str, bytes: &Bytes) -> Result<Digest> {
        let d = self.layout.write_blob(bytes)?;
        self.documents.push((kind, bytes.clone()));
        Ok(d)
    }

    /// Stores a manifest hoist did not write (an index's child), byte for byte; `present` says
    /// the destination has it already.
    pub fn keep_manifest(&mut self, m: &Manifest, present: bool) -> Result<()> {
        self.layout.write_blob(&m.bytes)?;
        if present {
            self.sources.present.insert(m.digest.clone());
        }
        Ok(())
    }

    /// Records that the destination has manifest `d` already.
    pub fn mark_present(&mut self, d: &Digest) {
        self.sources.present.insert(d.clone());
    }

    /// Records that blob `d` is read from `repo`.
    pub fn blob_from(&mut self, d: &Digest, repo: &Repo) {
        self.sources.blobs.insert(d.clone(), repo.clone());
    }

    /// Where blob `d` is read from, when it is not in the stage (a layer of an input).
    pub fn blob_source(&self, d: &Digest) -> Option<&Repo> {
        self.sources.blobs.get(d)
    }

    /// The documents hoist wrote, in order, as (kind, bytes): what `--dry-run` prints.
    pub fn documents(&self) -> &[(&'static str, Bytes)] {
        &self.documents
    }

    /// Pushes `top` and everything below it to `dst` (tagged `tag`): new documents and layers
    /// from the stage, shared blobs from their inputs (mounted on one registry, or known to be
    /// there already).
    pub async fn push(
        self,
        top: &Manifest,
        dst: &Repo,
        tag: Option<String>,
        printer: &Printer,
        jobs: usize,
    ) -> Result<Summary> {
        let src = Repo::Layout {
            layout: self.layout.clone(),
            reference: LayoutRef {
                path: self.layout.root().to_path_buf(),
                tag: None,
                digest: Some(top.digest.clone()),
            },
        };
        let opts = Options {
            jobs,
            ..Options::default()
        };
        let copied = Copier::new(&src, dst, &opts, printer)
            .with_sources(self.sources.clone())
            .run(tag)
            .await?;
        Ok(copied.summary)
    }
}
