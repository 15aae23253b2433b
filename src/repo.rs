//! One interface over the two places images live: a registry repository and an OCI layout.
//!
//! Commands take an [`ImageRef`] and get a [`Repo`]; they never branch on where the image is.
//! Platform resolution (index → image manifest) is here too, since every image-reading command
//! needs it and it must behave the same for registries and directories.

use anyhow::{Context as _, Result};
use bytes::{Bytes, BytesMut};

use crate::client::Client;
use crate::client::api::BlobStream;
use crate::digest::Digest;
use crate::error::Failure;
use crate::layout::Layout;
use crate::manifest::{Descriptor, ImageConfig, ImageManifest, Manifest, View};
use crate::platform::{self, Platform};
use crate::reference::{ImageRef, LayoutRef, Reference};

#[derive(Clone)]
pub enum Repo {
    Registry {
        client: Client,
        reference: Reference,
    },
    Layout {
        layout: Layout,
        reference: LayoutRef,
    },
    /// A `docker-archive:` or `oci-archive:` file, read only.
    Archive {
        archive: std::sync::Arc<crate::archive::Archive>,
        reference: crate::archive::ArchiveRef,
    },
}

/// What writing to an archive says.
pub fn read_only(r: &crate::archive::ArchiveRef) -> anyhow::Error {
    Failure::usage(format!("`{r}` is an archive, which hoist reads only"))
        .hint("copy into a registry or an `ocidir://` layout")
        .into()
}

/// The largest config blob read into memory.
pub const MAX_CONFIG_SIZE: u64 = 8 * 1024 * 1024;

impl Repo {
    pub fn open(client: &Client, r: &ImageRef) -> Result<Repo> {
        Ok(match r {
            ImageRef::Registry(reference) => Repo::Registry {
                client: client.clone(),
                reference: reference.clone(),
            },
            ImageRef::Layout(l) => Repo::Layout {
                layout: Layout::open(&l.path)?,
                reference: l.clone(),
            },
            ImageRef::Archive(a) => Repo::Archive {
                archive: std::sync::Arc::new(crate::archive::Archive::open(a)?),
                reference: a.clone(),
            },
        })
    }

    /// Opens a destination: an OCI layout is created when missing.
    pub fn open_for_write(client: &Client, r: &ImageRef) -> Result<Repo> {
        match r {
            ImageRef::Layout(l) => Ok(Repo::Layout {
                layout: Layout::create(&l.path)?,
                reference: l.clone(),
            }),
            ImageRef::Archive(a) => Err(read_only(a)),
            _ => Repo::open(client, r),
        }
    }

    /// Opens a destination only to look at it: a missing layout is not created.
    pub fn open_to_look(client: &Client, r: &ImageRef) -> Result<Repo> {
        match r {
            ImageRef::Layout(l) => Ok(Repo::Layout {
                layout: Layout::at(&l.path),
                reference: l.clone(),
            }),
            _ => Repo::open(client, r),
        }
    }

    /// The registry and repository, for registries.
    pub fn registry_ref(&self) -> Option<&Reference> {
        match self {
            Repo::Registry { reference, .. } => Some(reference),
            Repo::Layout { .. } | Repo::Archive { .. } => None,
        }
    }

    /// Whether both name the same repository (registry and repository, or layout directory).
    pub fn same_place(&self, other: &Repo) -> bool {
        match (self, other) {
            (Repo::Registry { reference: a, .. }, Repo::Registry { reference: b, .. }) => {
                a.registry == b.registry && a.repository == b.repository
            }
            (Repo::Layout { layout: a, .. }, Repo::Layout { layout: b, .. }) => {
                a.root() == b.root()
                    || matches!((a.root().canonicalize(), b.root().canonicalize()), (Ok(x), Ok(y)) if x == y)
            }
            _ => false,
        }
    }

    /// The tag the reference names, if any.
    pub fn tag(&self) -> Option<&str> {
        match self {
            Repo::Registry { reference, .. } => reference.tag.as_deref(),
            Repo::Layout { reference, .. } => reference.tag.as_deref(),
            Repo::Archive { .. } => None,
        }
    }

    /// The same repository at tag `tag` (registries and layouts; an archive is itself).
    pub fn with_tag(&self, tag: &str) -> Repo {
        match self {
            Repo::Registry { client, reference } => Repo::Registry {
                client: client.clone(),
                reference: Reference {
                    tag: Some(tag.to_string()),
                    digest: None,
                    ..reference.clone()
                },
            },
            Repo::Layout { layout, reference } => Repo::Layout {
                layout: layout.clone(),
                reference: LayoutRef {
                    tag: Some(tag.to_string()),
                    digest: None,
                    ..reference.clone()
                },
            },
            Repo::Archive { .. } => self.clone(),
        }
    }

    /// The same repository at digest `d` (what a tag named when it was checked).
    pub fn with_digest(&self, d: &Digest) -> Repo {
        match self {
            Repo::Registry { client, reference } => Repo::Registry {
                client: client.clone(),
                reference: reference.with_digest(d.clone()),
            },
            Repo::Layout { layout, reference } => Repo::Layout {
                layout: layout.clone(),
                reference: LayoutRef {
                    tag: None,
                    digest: Some(d.clone()),
                    ..reference.clone()
                },
            },
            Repo::Archive { .. } => self.clone(),
        }
    }

    /// The descriptor of the manifest the reference names, at one HEAD for a registry.
    pub async fn head(&self) -> Result<Descriptor> {
        match self {
            Repo::Registry { client, reference } => {
                Ok(client.head_manifest(reference).await?.descriptor)
            }
            Repo::Layout { layout, reference } => {
                layout.resolve(reference.tag.as_deref(), reference.digest.as_ref())
            }
            Repo::Archive { archive, .. } => Ok(archive.manifest.descriptor()),
        }
    }

    /// The manifest the reference names, or `None` when there is none (404).
    pub async fn manifest_if_any(&self) -> Result<Option<Manifest>> {
        match self.manifest().await {
            Ok(m) => Ok(Some(m)),
            Err(e) if crate::error::kind_of(&e) == crate::error::Kind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Stores a small blob held in memory (a config, a payload) unless it is there already.
    pub async fn put_blob_bytes(&self, bytes: Bytes) -> Result<Digest> {
        match self {
            Repo::Registry { client, reference } => client.push_blob_bytes(reference, bytes).await,
            Repo::Layout { layout, .. } => layout.write_blob(&bytes),
            Repo::Archive { reference, .. } => Err(read_only(reference)),
        }
    }

    /// Whether a manifest with this digest exists here.
    pub async fn has_manifest(&self, d: &Digest) -> Result<bool> {
        match self {
            Repo::Registry { client, reference } => {
                let r = reference.with_digest(d.clone());
                match client.head_manifest(&r).await {
                    Ok(_) => Ok(true),
                    Err(e) if crate::error::kind_of(&e) == crate::error::Kind::NotFound => {
                        Ok(false)
                    }
                    Err(e) => Err(e),
                }
            }
            Repo::Layout { layout, .. } => Ok(layout.blob_path(d).is_file()),
            Repo::Archive { archive, .. } => {
                Ok(archive.manifest.digest == *d || archive.blob(d).is_some())
            }
        }
    }

    /// Stores manifest bytes verbatim, under `tag` or (without one) by digest.
    pub async fn put_manifest(&self, m: &Manifest, tag: Option<&str>) -> Result<()> {
        match self {
            Repo::Registry { client, reference } => {
                let target = tag
                    .map(str::to_string)
                    .unwrap_or_else(|| m.digest.to_string());
                client.put_manifest(reference, &target, m).await?;
            }
            Repo::Layout { layout, .. } => {
                layout.write_blob(&m.bytes)?;
                if let Some(t) = tag {
                    layout.set_ref(&m.descriptor(), Some(t))?;
                }
            }
            Repo::Archive { reference, .. } => return Err(read_only(reference)),
        }
        Ok(())
    }

    /// Referrers of `d` (signatures, SBOMs, attestations): through the referrers API, else the
    /// `sha256-<hex>` fallback tag. `None` when there are none.
    pub async fn referrers(&self, d: &Digest) -> Result<Option<Manifest>> {
        let fallback_tag = format!("{}-{}", d.algorithm().as_str(), d.hex());
        match self {
            Repo::Registry { client, reference } => {
                // A registry with the API answers for every digest, also with an empty
                // list; only one without it needs the fallback tag.
                if let Some(m) = client.referrers_api(reference, d).await? {
                    return Ok(lists_any(&m).then_some(m));
                }
                let r = Reference {
                    tag: Some(fallback_tag),
                    digest: None,
                    ..reference.clone()
                };
                match client.get_manifest(&r).await {
                    Ok(m) => Ok(Some(m)),
                    Err(e) if crate::error::kind_of(&e) == crate::error::Kind::NotFound => Ok(None),
                    Err(e) => Err(e),
                }
            }
            Repo::Layout { layout, .. } => match layout.resolve(Some(&fallback_tag), None) {
                Ok(desc) => Ok(Some(layout.manifest(&desc)?)),
                Err(_) => Ok(None),
            },
            Repo::Archive { .. } => Ok(None),
        }
    }

    /// Records that `entries` refer to `subject`, where clients will look: a registry with
    /// the referrers API lists them by itself once they are pushed; elsewhere the
    /// `sha256-<hex>` fallback tag's index gets them, its existing entries kept. Returns that
    /// tag when it was written.
    pub async fn record_referrers(
        &self,
        subject: &Digest,
        entries: &[Descriptor],
    ) -> Result<Option<String>> {
        if let Repo::Registry { client, reference } = self
            && client
                .referrers_api(reference, subject)
                .await?
                .is_some_and(|m| lists_any(&m))
        {
            return Ok(None);
        }
        let tag = format!("{}-{}", subject.algorithm().as_str(), subject.hex());
        let existing = self.referrers(subject).await.ok().flatten();
        let mut list = match existing.as_ref().map(|e| e.view()) {
            Some(Ok(View::Index(have))) => have.manifests,
            _ => Vec::new(),
        };
        let before = list.len();
        for d in entries {
            if !list.iter().any(|e| e.digest == d.digest) {
                list.push(d.clone());
            }
        }
        if list.len() == before && existing.is_some() {
            return Ok(None);
        }
        let doc = serde_json::json!({
            "schemaVersion": 2,
            "mediaType": crate::media_types::OCI_INDEX,
            "manifests": list,
        });
        let m = Manifest::from_bytes(
            Bytes::from(serde_json::to_vec(&doc)?),
            Some(crate::media_types::OCI_INDEX),
        )?;
        self.put_manifest(&m, Some(&tag)).await?;
        Ok(Some(tag))
    }

    pub fn display(&self) -> String {
        match self {
            Repo::Registry { reference, .. } => reference.to_string(),
            Repo::Layout { reference, .. } => reference.to_string(),
            Repo::Archive { reference, .. } => reference.to_string(),
        }
    }

    /// `registry/repo@digest` or `ocidir://path@digest`: how to name a child object.
    pub fn display_at(&self, d: &Digest) -> String {
        match self {
            Repo::Registry { reference, .. } => format!("{}@{d}", reference.name()),
            Repo::Layout { reference, .. } => format!("ocidir://{}@{d}", reference.path.display()),
            Repo::Archive { reference, .. } => format!("{reference}@{d}"),
        }
    }

    /// The manifest the reference names (tag or digest).
    pub async fn manifest(&self) -> Result<Manifest> {
        match self {
            Repo::Registry { client, reference } => client.get_manifest(reference).await,
            Repo::Layout { layout, reference } => {
                let desc = layout.resolve(reference.tag.as_deref(), reference.digest.as_ref())?;
                layout.manifest(&desc)
            }
            Repo::Archive { archive, .. } => Ok(archive.manifest.clone()),
        }
    }

    /// A manifest by descriptor (a child of an index), verified against it.
    pub async fn manifest_at(&self, desc: &Descriptor) -> Result<Manifest> {
        let m = match self {
            Repo::Registry { client, reference } => {
                let r = reference.with_digest(desc.digest.clone());
                client.get_manifest(&r).await?
            }
            Repo::Layout { layout, .. } => layout.manifest(desc)?,
            Repo::Archive { archive, .. } => archive.manifest_at(desc)?,
        };
        if desc.size != 0 && m.bytes.len() as u64 != desc.size {
            return Err(Failure::verify(format!(
                "size mismatch for manifest `{}`: descriptor says {} bytes, got {}",
                self.display_at(&desc.digest),
                desc.size,
                m.bytes.len()
            ))
            .into());
        }
        Ok(m)
    }

    /// Starts streaming a blob (from `offset`). The caller verifies while consuming.
    pub async fn blob(&self, d: &Digest, offset: u64) -> Result<BlobStream> {
        match self {
            Repo::Registry { client, reference } => client.get_blob(reference, d, offset).await,
            Repo::Layout { layout, .. } => layout.open_blob(d, offset).await,
            Repo::Archive { archive, reference } => {
                let (at, size) = archive.blob(d).ok_or_else(|| {
                    Failure::not_found(format!("blob `{d}` is not in `{reference}`"))
                })?;
                open_range(archive.path(), at, size, offset).await
            }
        }
    }

    /// Size of a blob, or `None` when absent.
    pub async fn head_blob(&self, d: &Digest) -> Result<Option<u64>> {
        match self {
            Repo::Registry { client, reference } => client.head_blob(reference, d).await,
            Repo::Layout { layout, .. } => {
                Ok(std::fs::metadata(layout.blob_path(d)).ok().map(|m| m.len()))
            }
            Repo::Archive { archive, .. } => Ok(archive.blob(d).map(|(_, n)| n)),
        }
    }

    /// Reads a small blob (a config) whole, verifying size and digest.
    pub async fn blob_bytes(&self, desc: &Descriptor, limit: u64) -> Result<Bytes> {
        if desc.size > limit {
            return Err(Failure::verify(format!(
                "blob `{}` is {} bytes, over the {limit}-byte limit for documents",
                desc.digest, desc.size
            ))
            .into());
        }
        let mut reader = BlobReader::new(self, &desc.digest, Some(desc.size));
        let mut buf = BytesMut::with_capacity(desc.size as usize);
        while let Some(chunk) = reader.next_chunk().await? {
            buf.extend_from_slice(&chunk);
        }
        reader.verify()?;
        Ok(buf.freeze())
    }

    pub async fn tags(&self) -> Result<Vec<String>> {
        match self {
            Repo::Registry { client, reference } => client.tags(reference).await,
            Repo::Layout { layout, .. } => layout.tags(),
            Repo::Archive { archive, .. } => Ok(archive.names.clone()),
        }
    }
}

/// Streams `size` bytes at `at` of `path` (an archive's entry), from `offset` on.
async fn open_range(path: &std::path::Path, at: u64, size: u64, offset: u64) -> Result<BlobStream> {
    use futures_util::StreamExt as _;
    use tokio::io::{AsyncReadExt as _, AsyncSeekExt as _};
    let mut f = tokio::fs::File::open(path).await?;
    f.seek(std::io::SeekFrom::Start(at + offset.min(size)))
        .await?;
    let left = size.saturating_sub(offset);
    let stream = futures_util::stream::unfold((f.take(left), false), |(mut f, done)| async move {
        if done {
            return None;
        }
        let mut buf = vec![0u8; 256 * 1024];
        match f.read(&mut buf).await {
            Ok(0) => None,
            Ok(n) => {
                buf.truncate(n);
                Some((Ok(Bytes::from(buf)), (f, false)))
            }
            Err(e) => Some((Err(anyhow::Error::from(e)), (f, true))),
        }
    })
    .boxed();
    Ok(BlobStream {
        size: Some(size),
        offset,
        stream,
    })
}

/// Whether an index lists at least one manifest.
pub fn lists_any(m: &Manifest) -> bool {
    matches!(m.view(), Ok(View::Index(ref i)) if !i.manifests.is_empty())
}

/// An image manifest resolved from a reference, with the index it came through (if any).
pub struct Resolved {
    pub manifest: Manifest,
    pub image: ImageManifest,
    pub index: Option<Manifest>,
    pub platform: Option<Platform>,
}

/// Resolves `m` to image manifests for `sel`: an image manifest is itself (whatever the
/// selector); an index yields the matching child, or every runnable child for `all`. Nested
/// indexes (an index of indexes) are followed, at most [`crate::manifest::MAX_NESTING`] deep.
pub async fn resolve(repo: &Repo, m: Manifest, sel: &platform::Selector) -> Result<Vec<Resolved>> {
    resolve_at(repo, m, sel, 0).await
}

fn resolve_at<'a>(
    repo: &'a Repo,
    m: Manifest,
    sel: &'a platform::Selector,
    depth: usize,
) -> futures_util::future::BoxFuture<'a, Result<Vec<Resolved>>> {
    Box::pin(async move {
        if depth > crate::manifest::MAX_NESTING {
            return Err(crate::manifest::too_deep(&format!("`{}`", repo.display())).into());
        }
        match m.view()? {
            View::Image(image) => Ok(vec![Resolved {
                manifest: m,
                image,
                index: None,
                platform: None,
            }]),
            View::Schema1(_) => Err(Failure::new(
                crate::error::Kind::Other,
                format!(
                    "`{}` is a Docker schema1 manifest, which hoist reads only as raw JSON",
                    repo.display()
                ),
            )
            .hint("use `hoist manifest get --format raw`, or re-push the image with a current tool")
            .into()),
            View::Index(idx) => {
                let picks: Vec<&Descriptor> = match sel {
                    platform::Selector::All => idx
                        .manifests
                        .iter()
                        .filter(|d| {
                            !crate::descriptor::is_attestation(d)
                                && (crate::media_types::is_image_manifest(&d.media_type)
                                    || crate::media_types::is_index(&d.media_type))
                        })
                        .collect(),
                    platform::Selector::One(p) => {
                        vec![crate::descriptor::pick(&idx.manifests, p, &repo.display())?]
                    }
                };
                let mut out = Vec::new();
                for d in picks {
                    let child = repo.manifest_at(d).await.with_context(|| {
                        format!(
                            "fetching the manifest for {}",
                            d.platform
                                .as_ref()
                                .map(|p| p.to_string())
                                .unwrap_or_else(|| d.digest.to_string())
                        )
                    })?;
                    match child.view()? {
                        View::Image(image) => out.push(Resolved {
                            manifest: child,
                            image,
                            index: Some(m.clone()),
                            platform: d.platform.clone(),
                        }),
                        View::Index(_) => {
                            out.extend(resolve_at(repo, child, sel, depth + 1).await?);
                        }
                        View::Schema1(_) => {
                            return Err(Failure::verify(format!(
                                "index entry `{}` is not an image manifest",
                                d.digest
                            ))
                            .into());
                        }
                    }
                }
                Ok(out)
            }
        }
    })
}

/// Reads and parses the config of a resolved image.
pub async fn config(repo: &Repo, r: &Resolved) -> Result<(Bytes, ImageConfig)> {
    let bytes = repo
        .blob_bytes(&r.image.config, MAX_CONFIG_SIZE)
        .await
        .context("fetching the image config")?;
    // An artifact's config is verified like any blob, but it need not be an image config
    // (oras, helm and signatures use their own, often `{}`): no fields are demanded of it.
    let cfg = if crate::media_types::is_image_config(&r.image.config.media_type) {
        ImageConfig::parse(&bytes)?
    } else {
        ImageConfig::parse(&bytes).unwrap_or_default()
    };
    Ok((bytes, cfg))
}

/// One layer of a resolved image: its position (1-based, as `layer ls` numbers them), its
/// descriptor, and the diffID the config gives it.
#[derive(Debug, Clone)]
pub struct LayerSpec {
    pub index: usize,
    pub desc: Descriptor,
    pub diff_id: Option<Digest>,
}

impl LayerSpec {
    /// `3 (sha256:...)`, as errors and findings name a layer.
    pub fn name(&self) -> String {
        format!("{} ({})", self.index, self.desc.digest)
    }

    /// The layers of a resolved image, with its config's diffIDs when the config is an image
    /// config (an artifact's layers have none to check).
    pub fn of(res: &Resolved, config: &crate::manifest::ImageConfig) -> Vec<LayerSpec> {
        let diff_ids = if crate::media_types::is_image_config(&res.image.config.media_type) {
            config.diff_ids()
        } else {
            &[]
        };
        LayerSpec::all(&res.image.layers, diff_ids)
    }

    /// Every layer of an image, with the config's diffIDs.
    pub fn all(layers: &[Descriptor], diff_ids: &[Digest]) -> Vec<LayerSpec> {
        layers
            .iter()
            .enumerate()
            .map(|(i, d)| LayerSpec {
                index: i + 1,
                desc: d.clone(),
                diff_id: diff_ids.get(i).cloned(),
            })
            .collect()
    }
}

/// How many times a cut-off body is resumed before giving up.
const RESUMES: u32 = 5;

/// A blob being read chunk by chunk: hashes every byte, and when the body breaks off (or ends
/// short of the known size) asks again with a Range request from where it stopped. It never
/// judges the result; callers decide what a mismatch means (an error, or a report row).
pub struct BlobReader {
    repo: Repo,
    digest: Digest,
    what: String,
    /// Expected size: the descriptor's, else the first response's Content-Length.
    size: Option<u64>,
    hasher: crate::digest::Hasher,
    cur: Option<futures_util::stream::BoxStream<'static, Result<Bytes>>>,
    /// Where the current response says its body ends.
    cur_end: Option<u64>,
    resumes: u32,
}

impl BlobReader {
    /// Reads `digest` from the start.
    pub fn new(repo: &Repo, digest: &Digest, size: Option<u64>) -> BlobReader {
        BlobReader::resume(
            repo,
            digest,
            size,
            crate::digest::Hasher::new(digest.algorithm()),
        )
    }

    /// Reads `digest` after the `hasher.len()` bytes `hasher` has already seen.
    pub fn resume(
        repo: &Repo,
        digest: &Digest,
        size: Option<u64>,
        hasher: crate::digest::Hasher,
    ) -> BlobReader {
        BlobReader {
            repo: repo.clone(),
            digest: digest.clone(),
            what: repo.display_at(digest),
            size,
            hasher,
            cur: None,
            cur_end: None,
            resumes: 0,
        }
    }

    /// Bytes read (and hashed) so far.
    pub fn position(&self) -> u64 {
        self.hasher.len()
    }

    pub fn size(&self) -> Option<u64> {
        self.size
    }

    /// What this blob is called in messages.
    pub fn what(&self) -> &str {
        &self.what
    }

    /// The next chunk, or `None` at the end. More bytes than the expected size is an error.
    pub async fn next_chunk(&mut self) -> Result<Option<Bytes>> {
        loop {
            if self.cur.is_none() {
                let offset = self.hasher.len();
                let s = self.repo.blob(&self.digest, offset).await?;
                if s.offset != offset {
                    return Err(Failure::new(
                        crate::error::Kind::Network,
                        format!(
                            "the registry cannot resume `{}` from byte {offset}",
                            self.what
                        ),
                    )
                    .hint("delete the partial download and try again")
                    .into());
                }
                self.size = self.size.or(s.size);
                self.cur_end = s.size;
                self.cur = Some(s.stream);
            }
            match futures_util::StreamExt::next(self.cur.as_mut().expect("set above")).await {
                Some(Ok(chunk)) => {
                    self.hasher.update(&chunk);
                    if let Some(t) = self.size
                        && self.hasher.len() > t
                    {
                        return Err(Failure::verify(format!(
                            "size mismatch for `{}`: expected {t} bytes, got more",
                            self.what
                        ))
                        .into());
                    }
                    return Ok(Some(chunk));
                }
                Some(Err(e)) => {
                    self.cur = None;
                    if self.resumes >= RESUMES
                        || e.chain().any(|c| c.is::<crate::client::RateTooLow>())
                    {
                        return Err(e.context(format!("downloading `{}`", self.what)));
                    }
                    self.resumes += 1;
                    tracing::debug!(error = %e, offset = self.hasher.len(), "download broke off; resuming");
                }
                None => {
                    self.cur = None;
                    // A body that ended before its own Content-Length was cut off; one that
                    // ended where it said is simply what the source has.
                    let short = self.cur_end.is_some_and(|t| self.hasher.len() < t);
                    if !short || self.resumes >= RESUMES {
                        return Ok(None);
                    }
                    self.resumes += 1;
                    tracing::debug!(offset = self.hasher.len(), "body ended early; resuming");
                }
            }
        }
    }

    /// Whether everything expected has been read (a consumer that stops at Content-Length
    /// never asks for the end).
    pub fn complete(&self) -> bool {
        self.size.is_some_and(|t| self.hasher.len() == t)
    }

    /// The digest and size of what was read.
    pub fn actual(&self) -> (Digest, u64) {
        (self.hasher.clone().finish(), self.hasher.len())
    }

    /// Errors (exit 5) unless what was read has the expected size and digest.
    pub fn verify(&self) -> Result<u64> {
        let (got, n) = self.actual();
        if let Some(t) = self.size
            && n != t
        {
            return Err(Failure::verify(format!(
                "size mismatch for `{}`: expected {t} bytes, got {n}",
                self.what
            ))
            .into());
        }
        self.digest.check(&got, &format!("`{}`", self.what))?;
        Ok(n)
    }
}
