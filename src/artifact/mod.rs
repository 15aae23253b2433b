//! `hoist artifact push`, `attach` and `pull`: files as OCI 1.1 artifacts, as oras makes and
//! reads them (one layer per file titled with its name, a directory as one tar+gzip layer that
//! unpacks, the empty config, `subject` for what is attached to an image).
//!
//! Uploads stream from the files; a pulled file reaches its name only once its digest is
//! checked, and unpacking goes through the one confined tar walk ([`crate::layer::apply`]).
//! It must not write outside the directory it is given, nor print.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use bytes::Bytes;
use serde::Serialize;

use crate::digest::{Algorithm, Digest, HashingWriter};
use crate::error::Failure;
use crate::manifest::{Descriptor, Manifest, View};
use crate::media_types as mt;
use crate::repo::Repo;

/// A layer's file name.
pub const TITLE: &str = "org.opencontainers.image.title";
/// oras's mark on a directory's layer: unpack it.
pub const UNPACK: &str = "io.deis.oras.content.unpack";
/// oras's digest of a directory layer's tar (before compression).
pub const CONTENT_DIGEST: &str = "io.deis.oras.content.digest";
/// The artifact type when none is given and there is no config (oras's).
pub const UNKNOWN_ARTIFACT: &str = "application/vnd.unknown.artifact.v1";
/// The empty config's two bytes.
const EMPTY: &[u8] = b"{}";

/// A file to push and its media type (`FILE[:MEDIATYPE]`).
#[derive(Debug, Clone)]
pub struct FileSpec {
    pub path: PathBuf,
    pub media_type: Option<String>,
}

impl FileSpec {
    /// `FILE[:MEDIATYPE]`: a path that exists is taken whole (names may hold `:`); otherwise
    /// the part after the last `:` is the media type.
    pub fn parse(s: &str) -> FileSpec {
        if Path::new(s).exists() {
            return FileSpec {
                path: s.into(),
                media_type: None,
            };
        }
        match s.rsplit_once(':') {
            Some((p, t)) if !p.is_empty() && !t.is_empty() => FileSpec {
                path: p.into(),
                media_type: Some(t.to_string()),
            },
            _ => FileSpec {
                path: s.into(),
                media_type: None,
            },
        }
    }
}

/// What goes into the manifest besides the files.
#[derive(Debug, Clone, Default)]
pub struct PushOptions {
    pub artifact_type: Option<String>,
    pub config: Option<FileSpec>,
    pub annotations: BTreeMap<String, String>,
    /// The manifest this artifact refers to (in the same repository).
    pub subject: Option<Descriptor>,
}

/// What a push did.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Pushed {
    pub digest: String,
    pub media_type: String,
    pub size: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub artifact_type: Option<String>,
    /// The fallback tag updated for a registry without the referrers API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fallback_tag: Option<String>,
}

fn base_name(p: &Path) -> Result<String> {
    let canonical = std::fs::canonicalize(p)
        .map_err(|e| Failure::usage(format!("cannot read `{}`: {e}", p.display())))?;
    canonical
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| Failure::usage(format!("`{}` has no name", p.display())).into())
}

/// A directory as oras packs it: a tar rooted at its base name, gzip-compressed, in a
/// temporary file. Returns the file and the tar's digest.
fn pack_dir(dir: &Path, name: &str) -> Result<(tempfile::NamedTempFile, Digest)> {
    let file = tempfile::NamedTempFile::new().context("a temporary file for the directory")?;
    let gz = flate2::write::GzEncoder::new(
        std::io::BufWriter::new(file.reopen()?),
        flate2::Compression::default(),
    );
    let mut tar = tar::Builder::new(HashingWriter::new(gz, Algorithm::Sha256));
    tar.follow_symlinks(false);
    tar.append_dir_all(name, dir)
        .with_context(|| format!("packing `{}`", dir.display()))?;
    let (gz, tar_digest, _) = tar.into_inner()?.finish();
    gz.finish()?.flush()?;
    Ok((file, tar_digest))
}

async fn upload_file(repo: &Repo, path: &Path) -> Result<(Digest, u64)> {
    let f = tokio::fs::File::open(path)
        .await
        .map_err(|e| Failure::usage(format!("cannot read `{}`: {e}", path.display())))?;
    crate::transfer::put::put_blob(repo, f).await
}

/// Pushes an artifact manifest to `repo` (under `tag`, else by digest): one layer per file,
/// a directory as one unpacking layer, the empty config unless `opts.config`. With a subject,
/// registries without the referrers API get the fallback tag index updated.
pub async fn push(
    repo: &Repo,
    files: &[FileSpec],
    opts: &PushOptions,
    tag: Option<&str>,
) -> Result<Pushed> {
    if files.is_empty() && opts.config.is_none() {
        return Err(Failure::usage("nothing to push: name at least one file").into());
    }
    let mut layers = Vec::new();
    let mut titles = std::collections::HashSet::new();
    for f in files {
        let name = base_name(&f.path)?;
        if !titles.insert(name.clone()) {
            return Err(Failure::usage(format!(
                "two files are named `{name}`: a pull could not tell them apart"
            ))
            .into());
        }
        let mut annotations = BTreeMap::from([(TITLE.to_string(), name.clone())]);
        let (digest, size, media_type) = if f.path.is_dir() {
            let (dir, name2) = (f.path.clone(), name.clone());
            let (packed, tar_digest) =
                tokio::task::spawn_blocking(move || pack_dir(&dir, &name2)).await??;
            annotations.insert(UNPACK.into(), "true".into());
            annotations.insert(CONTENT_DIGEST.into(), tar_digest.to_string());
            let (d, n) = upload_file(repo, packed.path()).await?;
            (
                d,
                n,
                f.media_type.clone().unwrap_or(mt::OCI_LAYER_GZIP.into()),
            )
        } else {
            let (d, n) = upload_file(repo, &f.path).await?;
            (
                d,
                n,
                f.media_type.clone().unwrap_or(mt::OCI_LAYER_TAR.into()),
            )
        };
        let mut desc = Descriptor::new(&media_type, digest, size);
        desc.annotations = Some(annotations);
        layers.push(desc);
    }
    let config = match &opts.config {
        Some(c) => {
            let (d, n) = upload_file(repo, &c.path).await?;
            Descriptor::new(c.media_type.as_deref().unwrap_or(mt::OCI_EMPTY), d, n)
        }
        None => Descriptor::new(
            mt::OCI_EMPTY,
            repo.put_blob_bytes(Bytes::from_static(EMPTY)).await?,
            EMPTY.len() as u64,
        ),
    };
    let artifact_type = match (&opts.artifact_type, &opts.config) {
        (Some(t), _) => Some(t.clone()),
        (None, None) => Some(UNKNOWN_ARTIFACT.to_string()),
        (None, Some(_)) => None,
    };
    let mut doc = serde_json::json!({
        "schemaVersion": 2,
        "mediaType": mt::OCI_MANIFEST,
    });
    if let Some(t) = &artifact_type {
        doc["artifactType"] = t.clone().into();
    }
    doc["config"] = serde_json::to_value(&config)?;
    doc["layers"] = serde_json::to_value(&layers)?;
    if let Some(s) = &opts.subject {
        doc["subject"] = serde_json::to_value(s)?;
    }
    if !opts.annotations.is_empty() {
        doc["annotations"] = serde_json::to_value(&opts.annotations)?;
    }
    let m = Manifest::from_bytes(
        Bytes::from(serde_json::to_vec(&doc)?),
        Some(mt::OCI_MANIFEST),
    )?;
    repo.put_manifest(&m, tag).await?;
    let fallback_tag = match &opts.subject {
        Some(s) => {
            let mut entry = m.descriptor();
            entry.artifact_type = artifact_type.clone();
            entry.annotations = (!opts.annotations.is_empty()).then(|| opts.annotations.clone());
            repo.record_referrers(&s.digest, &[entry]).await?
        }
        None => None,
    };
    Ok(Pushed {
        digest: m.digest.to_string(),
        media_type: m.media_type.clone(),
        size: m.bytes.len() as u64,
        artifact_type,
        fallback_tag,
    })
}

/// What a pull wrote.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Pulled {
    pub digest: String,
    /// Files written, and directories unpacked, by title.
    pub files: Vec<String>,
    /// Layers without a title (not written, as oras leaves them).
    pub skipped: usize,
    pub bytes: u64,
}

/// Why a title cannot be a file name in the directory, if it cannot (a title is what a
/// registry says; it must never name a path outside the directory).
pub fn unsafe_title(t: &str) -> Option<&'static str> {
    if t.is_empty() {
        Some("it is empty")
    } else if t == "." || t == ".." {
        Some("it names a directory, not a file in it")
    } else if t.starts_with('/') {
        Some("it is absolute")
    } else if t.contains(['/', '\\']) {
        Some("it holds a path separator")
    } else if t.contains('\0') {
        Some("it holds a NUL byte")
    } else {
        None
    }
}

/// Pulls the artifact `repo` names into `dir` (created when missing): every titled layer to
/// `dir/TITLE`, checked against its digest before it gets that name; a layer marked to unpack
/// is extracted into `dir` through the confined tar walk, its tar digest checked when given.
/// Every title is checked, and (without `overwrite`) every target found free, before anything
/// is written.
pub async fn pull(repo: &Repo, dir: &Path, overwrite: bool) -> Result<Pulled> {
    let m = repo.manifest().await?;
    let View::Image(img) = m.view()? else {
        return Err(
            Failure::usage(format!("`{}` is an index, not an artifact", repo.display()))
                .hint("name one of its manifests by digest")
                .into(),
        );
    };
    let mut out = Pulled {
        digest: m.digest.to_string(),
        ..Pulled::default()
    };
    let mut wanted = Vec::new();
    for l in &img.layers {
        let Some(title) = l.annotation(TITLE) else {
            out.skipped += 1;
            continue;
        };
        if let Some(why) = unsafe_title(title) {
            return Err(Failure::verify(format!(
                "layer {} of `{}` is titled {title:?}, which cannot be a file name: {why}",
                l.digest,
                repo.display()
            ))
            .into());
        }
        if wanted
            .iter()
            .any(|(t, _): &(String, &Descriptor)| t == title)
        {
            return Err(Failure::verify(format!(
                "two layers of `{}` are titled `{title}`",
                repo.display()
            ))
            .into());
        }
        wanted.push((title.to_string(), l));
    }
    if !overwrite {
        for (title, _) in &wanted {
            let p = dir.join(title);
            if p.symlink_metadata().is_ok() {
                return Err(Failure::usage(format!("`{}` exists", p.display()))
                    .hint("give `--overwrite` to replace it")
                    .into());
            }
        }
    }
    std::fs::create_dir_all(dir).with_context(|| format!("creating `{}`", dir.display()))?;
    for (title, l) in wanted {
        if l.annotation(UNPACK) == Some("true") {
            unpack(repo, l, dir, &title).await?;
        } else {
            crate::transfer::fetch_to_path(
                repo,
                &l.digest,
                Some(l.size),
                &dir.join(&title),
                &mut (),
            )
            .await?;
        }
        out.bytes += l.size;
        out.files.push(title);
    }
    Ok(out)
}

/// Extracts an unpacking layer into `dir`: fetched and checked in scratch space beside it, its
/// tar checked against `io.deis.oras.content.digest`, then applied through the confined walk.
async fn unpack(repo: &Repo, l: &Descriptor, dir: &Path, title: &str) -> Result<()> {
    let scratch = tempfile::Builder::new()
        .prefix(".hoist-unpack-")
        .tempdir_in(dir)
        .with_context(|| format!("scratch space in `{}`", dir.display()))?;
    let file = scratch.path().join(l.digest.hex());
    crate::transfer::fetch_to_scratch(repo, &l.digest, Some(l.size), &file).await?;
    let diff_id = match l.annotation(CONTENT_DIGEST) {
        Some(d) => Some(d.parse::<Digest>().map_err(|e| {
            Failure::verify(format!(
                "layer {}'s {CONTENT_DIGEST} is not a digest: {e}",
                l.digest
            ))
        })?),
        None => None,
    };
    let lf = crate::layer::apply::LayerFile {
        name: format!("`{title}` ({})", l.digest),
        file,
        compression: mt::layer_compression(&l.media_type),
        diff_id,
    };
    let target = dir.to_path_buf();
    tokio::task::spawn_blocking(move || {
        lf.check()?;
        lf.apply(&target, crate::layer::apply::Options::detect())
    })
    .await??;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_that_are_not_file_names_are_refused() {
        for bad in ["", ".", "..", "/etc/passwd", "a/b", "a\\b", "a\0b"] {
            assert!(unsafe_title(bad).is_some(), "{bad:?}");
        }
        for good in ["sbom.json", "..hidden", "a b", "x.tar.gz"] {
            assert!(unsafe_title(good).is_none(), "{good:?}");
        }
    }

    #[test]
    fn file_arguments_split_at_the_last_colon_unless_the_path_exists() {
        let f = FileSpec::parse("sbom.json:application/spdx+json");
        assert_eq!(f.path, PathBuf::from("sbom.json"));
        assert_eq!(f.media_type.as_deref(), Some("application/spdx+json"));
        let f = FileSpec::parse("plain.txt");
        assert_eq!(f.media_type, None);
    }
}
