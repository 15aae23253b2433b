//! `image files`: the merged filesystem as a runtime sees it, and what each layer adds, changes
//! and deletes.
//!
//! Layers are walked in parallel, each into a list of records (path, type, metadata, content
//! digest hashed while streaming); the lists are then merged in layer order with the overlay
//! rules extraction applies: a whiteout removes a path and everything below it, an opaque
//! marker hides what lower layers put in its directory, an entry of another type replaces what
//! was there with its subtree, directories over directories keep their children, and a parent
//! path that is a symlink is followed inside the image root (so `lib/x` under `lib -> usr/lib`
//! lands in `usr/lib/x`, as on disk).
//!
//! It returns records and trees; it must not print or write files.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use anyhow::Result;
use futures_util::StreamExt as _;
use serde::Serialize;

use super::{Entry, Flow, LayerSpec, Visitor};
use crate::digest::{Algorithm, HashingWriter};
use crate::layer::Kind;
use crate::repo::Repo;

/// One path of the merged filesystem, or of a layer's changes.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct FileEntry {
    /// Absolute, as inside the container (`/etc/hosts`).
    pub path: String,
    /// `file`, `dir`, `symlink`, `hardlink`, `fifo`, `char` or `block`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Permission bits with setuid/setgid/sticky, in octal (`0755`).
    pub mode: String,
    pub uid: u64,
    pub gid: u64,
    /// Bytes of content (regular files and hardlinks to them).
    pub size: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// sha256 of the content (regular files and hardlinks to them).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
    /// The layer that provides it (1-based).
    pub layer: usize,
}

/// What one layer does to the filesystem below it.
#[derive(Debug, Clone, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct LayerChanges {
    pub layer: usize,
    pub digest: String,
    pub added: Vec<FileEntry>,
    pub changed: Vec<FileEntry>,
    /// Paths this layer removes (whiteouts, opaque directories, replaced types), with what
    /// they were.
    pub deleted: Vec<FileEntry>,
    pub added_bytes: u64,
    pub changed_bytes: u64,
    pub deleted_bytes: u64,
    /// What the changed paths were before this layer (they are still shipped below).
    #[serde(skip)]
    pub overwritten: Vec<FileEntry>,
}

/// One entry of one layer, as recorded while streaming.
#[derive(Debug, Clone)]
pub struct Record {
    pub path: PathBuf,
    pub kind: Kind,
    pub mode: u32,
    pub uid: u64,
    pub gid: u64,
    pub size: u64,
    pub digest: Option<String>,
    /// Secrets in the content (when the walk scans for them).
    pub secrets: Vec<super::secrets::Hit>,
    /// Seconds since the epoch.
    pub mtime: i64,
    /// Where the content of a regular file (or a hardlink to one) was written: (layer, the
    /// entry's position in that layer's tar, from 0). Entries that share it are one inode.
    pub origin: Option<(usize, usize)>,
}

/// What a walk does with file contents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Content {
    /// sha256 of each file (`image files`, `diff`).
    #[default]
    Hash,
    /// Search for secrets (`audit`).
    Scan,
    /// Nothing: only the tree is wanted (`squash`).
    Skip,
}

#[derive(Default)]
struct Recorder {
    content: Content,
    ordinal: usize,
    records: Vec<Record>,
}

impl Visitor for Recorder {
    fn entry(&mut self, e: Entry<'_>) -> Result<Flow> {
        let mut secrets = Vec::new();
        let ordinal = self.ordinal;
        self.ordinal += 1;
        let scan = self.content == Content::Scan;
        let (size, digest) = if *e.kind == Kind::File {
            let (n, d) = if self.content == Content::Skip {
                (std::io::copy(e.content, &mut std::io::sink())?, None)
            } else if scan {
                // Scanning needs no content digest (the layer's own digests are checked).
                let mut scanner = super::secrets::Scanner::default();
                let n = std::io::copy(e.content, &mut scanner)?;
                secrets = scanner.finish();
                (n, None)
            } else {
                let mut w = HashingWriter::new(std::io::sink(), Algorithm::Sha256);
                let n = std::io::copy(e.content, &mut w)?;
                let (_, d, _) = w.finish();
                (n, Some(d.to_string()))
            };
            if scan && n > 0 && super::secrets::credential_file(e.path) {
                secrets.push(super::secrets::Hit {
                    rule: "credential-file",
                    redacted: format!("({n} bytes)"),
                });
            }
            (n, d)
        } else {
            (0, None)
        };
        self.records.push(Record {
            path: e.path.to_path_buf(),
            kind: e.kind.clone(),
            mode: e.meta.mode,
            uid: e.meta.uid,
            gid: e.meta.gid,
            size,
            digest,
            secrets,
            mtime: e.meta.mtime,
            origin: (*e.kind == Kind::File).then_some((0, ordinal)),
        });
        Ok(Flow::Continue)
    }
}

/// Streams every layer (up to `jobs` at once) into its records, in layer order; `content`
/// says what is done with file contents (records carry a digest only with [`Content::Hash`]).
pub async fn walk_all(
    repo: &Repo,
    layers: &[LayerSpec],
    jobs: usize,
    content: Content,
) -> Result<Vec<Vec<Record>>> {
    futures_util::stream::iter(layers.iter().cloned().map(|l| {
        let repo = repo.clone();
        tokio::spawn(async move {
            super::walk_layer(
                &repo,
                &l,
                Recorder {
                    content,
                    ordinal: 0,
                    records: Vec::new(),
                },
            )
            .await
            .map(|r| r.records)
        })
    }))
    .buffered(jobs.max(1))
    .map(|joined| joined.map_err(anyhow::Error::from).and_then(|r| r))
    .collect::<Vec<Result<Vec<Record>>>>()
    .await
    .into_iter()
    .collect()
}

/// Streams one layer into its records (`content` says what is done with file contents),
/// writing its compressed bytes to `keep` on the way (see [`super::walk_layer_keeping`]).
pub async fn walk_keeping(
    repo: &Repo,
    l: &LayerSpec,
    content: Content,
    keep: std::path::PathBuf,
) -> Result<Vec<Record>> {
    let r = Recorder {
        content,
        ..Recorder::default()
    };
    Ok(super::walk_layer_keeping(repo, l, r, Some(keep))
        .await?
        .records)
}

/// The records of one decompressed layer tar read from `tar` (no digests are checked: for
/// callers that hold verified bytes, and for tests).
pub fn records_of(tar: impl std::io::Read, layer: &str) -> Result<Vec<Record>> {
    records_with(tar, layer, Content::Hash)
}

/// [`records_of`], doing `content` with file contents.
pub fn records_with(tar: impl std::io::Read, layer: &str, content: Content) -> Result<Vec<Record>> {
    let mut r = Recorder {
        content,
        ..Recorder::default()
    };
    super::visit(tar, layer, &mut r)?;
    Ok(r.records)
}

/// Merges walked layers: the final tree and each layer's changes.
pub fn merge(layers: &[LayerSpec], walked: Vec<Vec<Record>>) -> (Tree, Vec<LayerChanges>) {
    let mut tree = Tree::default();
    let changes = layers
        .iter()
        .zip(walked)
        .map(|(l, records)| tree.apply(l, records))
        .collect();
    (tree, changes)
}

/// The merged filesystem and every layer's changes.
#[derive(Debug, Clone, Serialize)]
pub struct Files {
    pub files: Vec<FileEntry>,
    pub layers: Vec<LayerChanges>,
}

/// Streams every layer (up to `jobs` at once) and merges them. The result's order does not
/// depend on which layer arrives first.
pub async fn files(repo: &Repo, layers: &[LayerSpec], jobs: usize) -> Result<Files> {
    let walked = walk_all(repo, layers, jobs, Content::Hash).await?;
    let (tree, changes) = merge(layers, walked);
    Ok(Files {
        files: tree.entries(),
        layers: changes,
    })
}

/// The merged view: every path with the record and layer that provide it.
#[derive(Default, Clone)]
pub struct Tree {
    nodes: BTreeMap<PathBuf, (Record, usize)>,
}

const MAX_HOPS: usize = 40;

impl Tree {
    /// Resolves `rel`'s parent directories through symlinks in the tree, inside the root, as
    /// extraction does; the final name is kept as it is.
    fn resolve_parent(&self, rel: &Path) -> PathBuf {
        let name = rel.file_name().map(PathBuf::from).unwrap_or_default();
        let mut cur = PathBuf::new();
        let mut todo: Vec<PathBuf> = rel
            .parent()
            .unwrap_or(Path::new(""))
            .components()
            .rev()
            .filter_map(|c| match c {
                Component::Normal(n) => Some(PathBuf::from(n)),
                _ => None,
            })
            .collect();
        let mut hops = 0;
        while let Some(c) = todo.pop() {
            if c.as_os_str() == ".." {
                cur.pop();
                continue;
            }
            let next = cur.join(&c);
            match self.nodes.get(&next) {
                Some((
                    Record {
                        kind: Kind::Symlink(target),
                        ..
                    },
                    _,
                )) if hops < MAX_HOPS => {
                    hops += 1;
                    if target.is_absolute() {
                        cur = PathBuf::new();
                    }
                    for t in target.components().rev() {
                        match t {
                            Component::Normal(n) => todo.push(PathBuf::from(n)),
                            Component::ParentDir => todo.push(PathBuf::from("..")),
                            _ => {}
                        }
                    }
                }
                _ => cur = next,
            }
        }
        cur.join(name)
    }

    /// Removes `p` and everything below it; returns what was removed.
    fn remove_tree(&mut self, p: &Path) -> Vec<(PathBuf, (Record, usize))> {
        let keys: Vec<PathBuf> = self
            .nodes
            .range(p.to_path_buf()..)
            .take_while(|(k, _)| k.starts_with(p))
            .map(|(k, _)| k.clone())
            .collect();
        keys.into_iter()
            .filter_map(|k| self.nodes.remove(&k).map(|v| (k, v)))
            .collect()
    }

    fn apply(&mut self, l: &LayerSpec, records: Vec<Record>) -> LayerChanges {
        let mut ch = LayerChanges {
            layer: l.index,
            digest: l.desc.digest.to_string(),
            ..Default::default()
        };
        let deleted = |removed: Vec<(PathBuf, (Record, usize))>, ch: &mut LayerChanges| {
            for (path, (rec, layer)) in removed {
                let e = entry(&path, &rec, layer);
                ch.deleted_bytes += e.size;
                ch.deleted.push(e);
            }
        };
        for r in records {
            // An opaque marker's directory is itself resolved (the marker lives inside it).
            let path = if r.kind == Kind::Opaque {
                let marker = self.resolve_parent(&r.path.join(crate::layer::OPAQUE));
                marker.parent().map(Path::to_path_buf).unwrap_or_default()
            } else {
                self.resolve_parent(&r.path)
            };
            match &r.kind {
                Kind::Whiteout => {
                    let removed = self.remove_tree(&path);
                    self.relink(&removed);
                    deleted(removed, &mut ch);
                }
                Kind::Opaque => {
                    // Everything below it from lower layers goes; this layer's own stay, with
                    // the directories leading to them.
                    let under: Vec<(PathBuf, usize)> = self
                        .nodes
                        .range(path.clone()..)
                        .take_while(|(k, _)| k.starts_with(&path))
                        .filter(|(k, _)| **k != path)
                        .map(|(k, (_, layer))| (k.clone(), *layer))
                        .collect();
                    let keep: std::collections::HashSet<PathBuf> = under
                        .iter()
                        .filter(|(_, layer)| *layer == l.index)
                        .flat_map(|(k, _)| k.ancestors().map(Path::to_path_buf))
                        .collect();
                    let lower: Vec<PathBuf> = under
                        .into_iter()
                        .filter(|(k, _)| !keep.contains(k))
                        .map(|(k, _)| k)
                        .collect();
                    let mut removed = Vec::new();
                    for k in lower {
                        if let Some(v) = self.nodes.remove(&k) {
                            removed.push((k, v));
                        }
                    }
                    self.relink(&removed);
                    deleted(removed, &mut ch);
                }
                _ => {
                    // Parents the tar does not list are made as extraction makes them
                    // (directories, 0755, root's).
                    let missing: Vec<PathBuf> = path
                        .ancestors()
                        .skip(1)
                        .filter(|a| !a.as_os_str().is_empty() && !self.nodes.contains_key(*a))
                        .map(Path::to_path_buf)
                        .collect();
                    for a in missing.into_iter().rev() {
                        let implicit = Record {
                            path: a.clone(),
                            kind: Kind::Dir,
                            mode: 0o755,
                            uid: 0,
                            gid: 0,
                            size: 0,
                            digest: None,
                            secrets: Vec::new(),
                            mtime: 0,
                            origin: None,
                        };
                        ch.added.push(entry(&a, &implicit, l.index));
                        self.nodes.insert(a, (implicit, l.index));
                    }
                    let before = self.nodes.get(&path).cloned();
                    let both_dirs = matches!(&before, Some((b, _)) if b.kind == Kind::Dir)
                        && r.kind == Kind::Dir;
                    if before.is_some() && !both_dirs {
                        let mut removed = self.remove_tree(&path);
                        self.relink(&removed);
                        // The replaced path itself is reported as changed, not deleted.
                        removed.retain(|(k, _)| *k != path);
                        deleted(removed, &mut ch);
                    }
                    let mut rec = r.clone();
                    if let Some((_, ordinal)) = rec.origin {
                        rec.origin = Some((l.index, ordinal));
                    }
                    // A hardlink is its target's inode: the same content, mode and owner, and
                    // when the target is not a regular file (a symlink, a FIFO), the same kind.
                    if let Kind::Hardlink(t) = &r.kind
                        && let Some((target, _)) = self.nodes.get(&self.resolve_parent(t))
                    {
                        if !matches!(target.kind, Kind::File | Kind::Hardlink(_)) {
                            rec.kind = target.kind.clone();
                        }
                        rec.size = target.size;
                        rec.digest = target.digest.clone();
                        rec.origin = target.origin;
                        rec.mode = target.mode;
                        rec.uid = target.uid;
                        rec.gid = target.gid;
                    }
                    let e = entry(&path, &rec, l.index);
                    match before {
                        Some((old, old_layer)) => {
                            ch.overwritten.push(entry(&path, &old, old_layer));
                            ch.changed_bytes += e.size;
                            ch.changed.push(e);
                        }
                        None => {
                            ch.added_bytes += e.size;
                            ch.added.push(e);
                        }
                    }
                    self.nodes.insert(path, (rec, l.index));
                }
            }
        }
        ch
    }

    /// After `removed` left the tree: hardlinks to a removed path keep the inode, so the first
    /// of them becomes the regular file (with its content) and the others hardlinks to it,
    /// as extraction and squash leave them.
    fn relink(&mut self, removed: &[(PathBuf, (Record, usize))]) {
        for (gone, _) in removed {
            let links: Vec<PathBuf> = self
                .nodes
                .iter()
                .filter(|(_, (r, _))| {
                    matches!(&r.kind, Kind::Hardlink(t) if t == gone || self.resolve_parent(t) == *gone)
                })
                .map(|(k, _)| k.clone())
                .collect();
            let Some((first, rest)) = links.split_first() else {
                continue;
            };
            if let Some((r, _)) = self.nodes.get_mut(first) {
                r.kind = Kind::File;
            }
            for k in rest {
                if let Some((r, _)) = self.nodes.get_mut(k) {
                    r.kind = Kind::Hardlink(first.clone());
                }
            }
        }
    }

    /// Applies one layer's records (in layer order), as [`merge`] does.
    pub fn apply_layer(&mut self, l: &LayerSpec, records: Vec<Record>) -> LayerChanges {
        self.apply(l, records)
    }

    /// Every path of the tree (relative, sorted) with its record and the layer providing it.
    pub fn nodes(&self) -> impl Iterator<Item = (&PathBuf, &(Record, usize))> {
        self.nodes.iter()
    }

    /// The record and layer of `path`.
    pub fn get(&self, path: &Path) -> Option<&(Record, usize)> {
        self.nodes.get(path)
    }

    /// The layer that provides `path` in the final tree.
    pub fn layer_of(&self, path: &Path) -> Option<usize> {
        self.nodes.get(path).map(|(_, l)| *l)
    }

    /// Every path of the final tree.
    pub fn entries(&self) -> Vec<FileEntry> {
        self.nodes
            .iter()
            .map(|(p, (r, layer))| entry(p, r, *layer))
            .collect()
    }
}

fn entry(path: &Path, r: &Record, layer: usize) -> FileEntry {
    let (kind, link) = match &r.kind {
        Kind::File => ("file", None),
        Kind::Dir => ("dir", None),
        Kind::Symlink(t) => ("symlink", Some(t.to_string_lossy().into_owned())),
        Kind::Hardlink(t) => ("hardlink", Some(format!("/{}", t.to_string_lossy()))),
        Kind::Fifo => ("fifo", None),
        Kind::Char(..) => ("char", None),
        Kind::Block(..) => ("block", None),
        Kind::Whiteout | Kind::Opaque => ("whiteout", None),
    };
    FileEntry {
        path: format!("/{}", path.to_string_lossy()),
        kind,
        mode: format!("{:04o}", r.mode),
        uid: r.uid,
        gid: r.gid,
        size: r.size,
        link,
        digest: r.digest.clone(),
        layer,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(path: &str, kind: Kind) -> Record {
        Record {
            path: PathBuf::from(path),
            kind,
            mode: 0o644,
            uid: 0,
            gid: 0,
            size: 1,
            digest: None,
            secrets: Vec::new(),
            mtime: 0,
            origin: None,
        }
    }

    fn spec(i: usize) -> LayerSpec {
        LayerSpec {
            index: i,
            desc: crate::manifest::Descriptor::new(
                "application/vnd.oci.image.layer.v1.tar",
                crate::digest::Digest::sha256(&[i as u8]),
                1,
            ),
            diff_id: None,
        }
    }

    fn paths(t: &Tree) -> Vec<String> {
        t.entries().into_iter().map(|e| e.path).collect()
    }

    #[test]
    fn a_hardlink_to_a_deleted_path_is_the_file_now() {
        let mut t = Tree::default();
        t.apply(
            &spec(1),
            vec![
                rec("srv", Kind::Dir),
                rec("srv/data.bin", Kind::File),
                rec(
                    "srv/data-link",
                    Kind::Hardlink(PathBuf::from("srv/data.bin")),
                ),
                rec(
                    "srv/data-link2",
                    Kind::Hardlink(PathBuf::from("srv/data.bin")),
                ),
            ],
        );
        t.apply(&spec(2), vec![rec("srv/data.bin", Kind::Whiteout)]);
        let e = t.entries();
        let kind = |p: &str| {
            let f = e.iter().find(|f| f.path == p).unwrap();
            (f.kind, f.link.clone())
        };
        assert_eq!(kind("/srv/data-link"), ("file", None));
        assert_eq!(
            kind("/srv/data-link2"),
            ("hardlink", Some("/srv/data-link".to_string()))
        );
        assert!(e.iter().all(|f| f.path != "/srv/data.bin"));
    }

    #[test]
    fn overlay_rules() {
        let mut t = Tree::default();
        t.apply(
            &spec(1),
            vec![
                rec("usr", Kind::Dir),
                rec("usr/lib", Kind::Dir),
                rec("lib", Kind::Symlink(PathBuf::from("usr/lib"))),
                rec("a", Kind::Dir),
                rec("a/x", Kind::File),
                rec("a/y", Kind::File),
                rec("d", Kind::Dir),
                rec("d/old", Kind::File),
            ],
        );
        let ch = t.apply(
            &spec(2),
            vec![
                rec("lib/libfoo.so", Kind::File),
                rec("a/x", Kind::Whiteout),
                rec("d", Kind::Opaque),
                rec("d/new", Kind::File),
                rec("a/y", Kind::File),
            ],
        );
        assert_eq!(
            paths(&t),
            [
                "/a",
                "/a/y",
                "/d",
                "/d/new",
                "/lib",
                "/usr",
                "/usr/lib",
                "/usr/lib/libfoo.so"
            ]
        );
        assert_eq!(
            ch.deleted
                .iter()
                .map(|e| e.path.as_str())
                .collect::<Vec<_>>(),
            ["/a/x", "/d/old"]
        );
        assert_eq!(ch.changed.len(), 1);
        // A directory replaced by a file takes its subtree with it.
        let ch = t.apply(&spec(3), vec![rec("usr", Kind::File)]);
        assert_eq!(ch.deleted.len(), 2);
        assert!(!paths(&t).contains(&"/usr/lib".to_string()));
    }
}
