//! `index create`, `index add` and `index rm`: indexes written over images that exist.
//!
//! Each entry's platform is read from the image's config (`os`, `architecture`, `variant`,
//! `os.version`); an artifact gets its `artifactType` instead. A reference that is an index
//! contributes its entries as they are. The children are pushed byte for byte (they already
//! are in the destination repository when the index is there).
//!
//! It returns staged indexes; it must not print.

use anyhow::Result;

use super::build::{Stage, finish_index};
use super::change::{Input, Outcome, keep_tree};
use crate::client::Client;
use crate::digest::Digest;
use crate::error::Failure;
use crate::manifest::{Descriptor, ImageConfig, View};
use crate::media_types as mt;
use crate::platform::Platform;
use crate::reference::ImageRef;
use crate::repo::Repo;

/// The entries `input` contributes to an index, staged with what they list.
async fn entries_of(stage: &mut Stage, input: &Input, dst: &Repo) -> Result<Vec<Descriptor>> {
    let mut out = Vec::new();
    match input.manifest.view()? {
        View::Index(idx) => {
            for d in &idx.manifests {
                keep_tree(stage, &input.repo, dst, d, 1).await?;
                out.push(d.clone());
            }
        }
        View::Image(img) => {
            let mut d = input.manifest.descriptor();
            if mt::is_image_config(&img.config.media_type) {
                let bytes = input
                    .repo
                    .blob_bytes(&img.config, crate::repo::MAX_CONFIG_SIZE)
                    .await?;
                let cfg = ImageConfig::parse(&bytes)?;
                if !cfg.os.is_empty() || !cfg.architecture.is_empty() {
                    d.platform = Some(cfg.platform());
                }
            } else {
                d.artifact_type = img.artifact_type.clone().or_else(|| {
                    (img.config.media_type != mt::OCI_EMPTY).then(|| img.config.media_type.clone())
                });
            }
            keep_tree(stage, &input.repo, dst, &d, 0).await?;
            out.push(d);
        }
        View::Schema1(_) => {
            return Err(Failure::usage(format!(
                "`{}` is a Docker schema1 manifest, which no index can list",
                input.repo.display()
            ))
            .into());
        }
    }
    Ok(out)
}

fn annotations(a: &[(String, String)]) -> std::collections::BTreeMap<String, String> {
    a.iter().cloned().collect()
}

fn outcome(
    stage: Stage,
    top: crate::manifest::Manifest,
    entries: &[Descriptor],
    notes: Vec<String>,
) -> Outcome {
    Outcome {
        stage,
        top,
        images: entries
            .iter()
            .filter_map(|e| e.platform.clone().map(|p| (p, e.digest.clone())))
            .collect(),
        notes,
        compressed: 0,
    }
}

/// Same platform (normalised), for replacing and removing entries.
fn same(a: &Platform, b: &Descriptor) -> bool {
    b.platform
        .as_ref()
        .is_some_and(|p| p.clone().normalised() == a.clone().normalised())
}

/// `index create DST REF...`.
pub async fn create(
    client: &Client,
    refs: &[ImageRef],
    dst: &Repo,
    annotations_: &[(String, String)],
) -> Result<Outcome> {
    if refs.is_empty() {
        return Err(Failure::usage("an index needs at least one image").into());
    }
    let inputs =
        futures_util::future::try_join_all(refs.iter().map(|r| Input::open(client, r))).await?;
    let mut stage = Stage::new()?;
    let mut entries: Vec<Descriptor> = Vec::new();
    let mut notes = Vec::new();
    for i in &inputs {
        for e in entries_of(&mut stage, i, dst).await? {
            if entries.iter().any(|x| x.digest == e.digest) {
                notes.push(format!("`{}` is listed once", e.digest));
                continue;
            }
            if let Some(p) = &e.platform
                && entries.iter().any(|x| same(p, x))
            {
                notes.push(format!("two entries are for {p}; clients pick the first"));
            }
            entries.push(e);
        }
    }
    let top = finish_index(
        &mut stage,
        None,
        entries.clone(),
        &annotations(annotations_),
    )?;
    Ok(outcome(stage, top, &entries, notes))
}

/// The index at `dst_ref`, which must be one.
async fn existing(client: &Client, dst_ref: &ImageRef) -> Result<Input> {
    let i = Input::open(client, dst_ref).await?;
    if !i.is_index() {
        return Err(
            Failure::usage(format!("`{dst_ref}` is an image, not an index"))
                .hint("`hoist index create DST REF...` makes an index")
                .into(),
        );
    }
    Ok(i)
}

fn entries(i: &Input) -> Result<Vec<Descriptor>> {
    match i.manifest.view()? {
        View::Index(idx) => Ok(idx.manifests),
        _ => unreachable!("checked to be an index"),
    }
}

/// `index add DST REF`: REF's entries are added; an entry for the same platform is replaced.
pub async fn add(
    client: &Client,
    dst_ref: &ImageRef,
    dst: &Repo,
    r: &ImageRef,
    annotations_: &[(String, String)],
) -> Result<Outcome> {
    let (have, input) = tokio::try_join!(existing(client, dst_ref), Input::open(client, r))?;
    let mut stage = Stage::new()?;
    let mut list = entries(&have)?;
    for d in &list {
        keep_tree(&mut stage, &have.repo, dst, d, 1).await?;
    }
    let mut notes = Vec::new();
    for e in entries_of(&mut stage, &input, dst).await? {
        if list.iter().any(|x| x.digest == e.digest) {
            notes.push(format!("{} is already listed", e.digest));
            continue;
        }
        if let Some(p) = &e.platform
            && let Some(at) = list.iter().position(|x| same(p, x))
        {
            notes.push(format!("replaced the entry for {p} ({})", list[at].digest));
            list[at] = e;
            continue;
        }
        list.push(e);
    }
    let top = finish_index(
        &mut stage,
        Some(&have.manifest),
        list.clone(),
        &annotations(annotations_),
    )?;
    Ok(outcome(stage, top, &list, notes))
}

/// What `index rm` removes.
#[derive(Debug, Clone)]
pub enum Remove {
    Platform(Platform),
    Digest(Digest),
}

/// `index rm DST --platform P | --digest D`.
pub async fn remove(
    client: &Client,
    dst_ref: &ImageRef,
    dst: &Repo,
    what: &Remove,
) -> Result<Outcome> {
    let have = existing(client, dst_ref).await?;
    let mut list = entries(&have)?;
    let before = list.len();
    list.retain(|d| match what {
        Remove::Platform(p) => !same(p, d),
        Remove::Digest(x) => d.digest != *x,
    });
    if list.len() == before {
        let what = match what {
            Remove::Platform(p) => format!("platform `{p}`"),
            Remove::Digest(d) => format!("`{d}`"),
        };
        return Err(Failure::not_found(format!("{what} is not in `{dst_ref}`"))
            .hint(format!(
                "the index has: {}",
                crate::descriptor::list(&entries(&have)?).join(", ")
            ))
            .into());
    }
    if list.is_empty() {
        return Err(Failure::usage(format!("removing it would leave `{dst_ref}` empty")).into());
    }
    let mut stage = Stage::new()?;
    for d in &list {
        keep_tree(&mut stage, &have.repo, dst, d, 1).await?;
    }
    let top = finish_index(
        &mut stage,
        Some(&have.manifest),
        list.clone(),
        &Default::default(),
    )?;
    Ok(outcome(stage, top, &list, Vec::new()))
}
