//! Applying layers to a directory, confined to it.
//!
//! Each entry from [`super::walk`] is applied through [`super::root::Root`]: its parent is
//! resolved inside the target (symlinks followed as if the target were `/`), and the change is
//! made relative to that parent's handle with a final name that is never followed. So no name,
//! whiteout or symlink, in any order, in one layer or across layers, reaches outside the target.
//!
//! Order of metadata: ownership before mode (`chown` clears setuid/setgid), then times; symlinks
//! and FIFOs get their owner and times without being followed or opened. Directory mode and
//! times wait until the end of the layer (a read-only directory can still receive its
//! children); they are applied through a handle opened then, and only when that handle is the
//! same directory (device and inode) the entry created: a later entry that replaced it with a
//! symlink or a FIFO gets nothing. Nothing ever opens a FIFO or a device node.
//!
//! A layer is verified before it is applied ([`extract`]): its diffID is checked in a first
//! pass, so a layer that does not match its config leaves the target exactly as it was.

use std::collections::HashSet;
use std::ffi::OsStr;
use std::io::Read;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use rustix::fs::{AtFlags, FileType, Mode, OFlags, Timespec, Timestamps};

use super::root::{self, ResolveError, Root};
use super::{Item, Kind, Meta};
use crate::digest::{Algorithm, Digest, HashingReader};
use crate::error::Failure;
use crate::media_types::Compression;

/// Whether this process may set ownership and create device nodes.
pub fn running_as_root() -> bool {
    rustix::process::geteuid().is_root()
}

/// How entries are applied.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Set owners from the tar and create device nodes (needs root).
    pub as_root: bool,
}

impl Options {
    pub fn detect() -> Options {
        Options {
            as_root: running_as_root(),
        }
    }
}

/// A directory whose mode and times wait for the end of the layer.
struct Deferred {
    path: PathBuf,
    dev: u64,
    ino: u64,
    meta: Meta,
}

/// A directory a layer changes without listing it: its times before the first change, put
/// back at the end of the layer (creating or removing a child moves a directory's mtime; the
/// image says nothing new about it, and umoci keeps it too).
struct Touched {
    path: PathBuf,
    atime: Timespec,
    mtime: Timespec,
}

/// The paths a layer has written so far, and the directories leading to them (which an opaque
/// marker in the same layer keeps).
#[derive(Default)]
struct Written {
    paths: HashSet<PathBuf>,
    ancestors: HashSet<PathBuf>,
}

impl Written {
    fn insert(&mut self, p: PathBuf) {
        for a in p.ancestors().skip(1) {
            if a.as_os_str().is_empty() || !self.ancestors.insert(a.to_path_buf()) {
                break;
            }
        }
        self.paths.insert(p);
    }
}

/// Applies one decompressed layer tar onto the directory `target`. `layer` names it in errors.
pub fn apply_layer(target: &Path, layer: &str, tar: impl Read, opts: Options) -> Result<()> {
    let root = Root::open(target).with_context(|| format!("opening `{}`", target.display()))?;
    let mut written = Written::default();
    let mut dirs: Vec<Deferred> = Vec::new();
    let mut touched: std::collections::HashMap<(u64, u64), Touched> = Default::default();
    let mut seen_parents: HashSet<PathBuf> = HashSet::new();
    super::walk(tar, layer, |item| {
        let path = item.path.clone();
        // The directory this entry changes, as it was before this layer touched it.
        let parent_rel = match item.kind {
            Kind::Opaque => Some(path.clone()),
            _ => path.parent().map(Path::to_path_buf),
        };
        if let Some(rel) = parent_rel
            && seen_parents.insert(rel.clone())
            && let Ok(fd) = root.dir(&rel, false)
            && let Ok(st) = rustix::fs::fstat(&fd)
        {
            touched.entry((st.st_dev, st.st_ino)).or_insert(Touched {
                path: rel,
                atime: Timespec {
                    tv_sec: st.st_atime,
                    tv_nsec: st.st_atime_nsec as _,
                },
                mtime: Timespec {
                    tv_sec: st.st_mtime,
                    tv_nsec: st.st_mtime_nsec as _,
                },
            });
        }
        if let Some(at) = apply_entry(&root, layer, item, opts, &written, &mut dirs)? {
            written.insert(at);
        }
        Ok(())
    })?;
    for ((dev, ino), t) in touched {
        if dirs.iter().any(|d| d.dev == dev && d.ino == ino) {
            continue;
        }
        restore_times(&root, &t, dev, ino).with_context(|| {
            format!(
                "restoring the time of `{}` in layer {layer}",
                crate::output::escape(&t.path.to_string_lossy())
            )
        })?;
    }
    // Deepest first, so a parent's time is set after its children changed it.
    dirs.sort_by_key(|d| std::cmp::Reverse(d.path.components().count()));
    for d in dirs {
        finish_dir(&root, &d, opts).with_context(|| {
            format!(
                "setting the mode of `{}` in layer {layer}",
                crate::output::escape(&d.path.to_string_lossy())
            )
        })?;
    }
    Ok(())
}

fn apply_entry<R: Read>(
    root: &Root,
    layer: &str,
    item: Item<'_, '_, R>,
    opts: Options,
    written: &Written,
    dirs: &mut Vec<Deferred>,
) -> Result<Option<PathBuf>> {
    let resolve_err = |e: ResolveError| item.refuse(layer, &e.to_string());
    match &item.kind {
        Kind::Whiteout => {
            let (parent, name, at) = match root.parent_resolved(&item.path, false) {
                Ok(p) => p,
                // Nothing below to delete.
                Err(ResolveError::Missing) | Err(ResolveError::NotDir(_)) => return Ok(None),
                Err(e) => return Err(resolve_err(e)),
            };
            root::remove_all(parent.as_fd(), name)
                .with_context(|| format!("applying whiteout `{}`", item.raw))?;
            forget_under(dirs, &at);
            return Ok(None);
        }
        Kind::Opaque => {
            let (dir, at) = match root.dir_resolved(&item.path, false) {
                Ok(d) => d,
                Err(ResolveError::Missing) | Err(ResolveError::NotDir(_)) => return Ok(None),
                Err(e) => return Err(resolve_err(e)),
            };
            // Everything below it from lower layers goes; what this layer wrote stays, with
            // the directories leading to it (whose lower contents go too).
            let what = || format!("applying opaque whiteout `{}`", item.raw);
            let mut stack = vec![(dir, at)];
            while let Some((fd, rel)) = stack.pop() {
                let listing = root::open_dir(fd.as_fd(), OsStr::new("."))
                    .and_then(|d| root::list(d.as_fd()))
                    .with_context(what)?;
                for child in listing {
                    let p = rel.join(&child);
                    if written.paths.contains(&p) || written.ancestors.contains(&p) {
                        if root::lstat(fd.as_fd(), &child)?.is_some_and(|st| root::is_dir(&st)) {
                            let sub = rustix::fs::openat(
                                fd.as_fd(),
                                child.as_os_str(),
                                OFlags::PATH
                                    | OFlags::DIRECTORY
                                    | OFlags::NOFOLLOW
                                    | OFlags::CLOEXEC,
                                Mode::empty(),
                            )
                            .with_context(what)?;
                            stack.push((sub, p));
                        }
                    } else {
                        root::remove_all(fd.as_fd(), &child).with_context(what)?;
                    }
                }
            }
            return Ok(None);
        }
        _ => {}
    }
    let (parent, name, at) = root
        .parent_resolved(&item.path, true)
        .map_err(resolve_err)?;
    let parent = parent.as_fd();
    let existing = root::lstat(parent, name)?;
    // Replace whatever is there, never write through it (unless both are directories).
    if let Some(st) = &existing
        && !(root::is_dir(st) && item.kind == Kind::Dir)
    {
        root::remove_all(parent, name)
            .with_context(|| format!("replacing `{}`", crate::output::escape(&item.raw)))?;
        forget_under(dirs, &at);
    }
    let meta = item.meta;
    let what = || format!("creating `{}`", crate::output::escape(&item.raw));
    match &item.kind {
        Kind::Dir => {
            if existing.as_ref().is_none_or(|st| !root::is_dir(st)) {
                rustix::fs::mkdirat(parent, name, Mode::from_raw_mode(0o700)).with_context(what)?;
            }
            let st = rustix::fs::statat(parent, name, AtFlags::SYMLINK_NOFOLLOW)?;
            if opts.as_root {
                chown(parent, name, &meta).with_context(what)?;
            }
            // By the path as resolved now: a symlink on the way that a later entry of this
            // layer removes must not lose the directory its mode and times.
            dirs.push(Deferred {
                path: at.clone(),
                dev: st.st_dev,
                ino: st.st_ino,
                meta,
            });
        }
        Kind::File => {
            let fd = rustix::fs::openat(
                parent,
                name,
                OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                Mode::from_raw_mode(0o600),
            )
            .with_context(what)?;
            let mut f = std::fs::File::from(fd);
            let n = std::io::copy(item.entry, &mut f).with_context(what)?;
            if n != meta.size {
                return Err(item.refuse(
                    layer,
                    &format!("the layer ends inside it ({n} of {} bytes)", meta.size),
                ));
            }
            if opts.as_root {
                rustix::fs::fchown(&f, uid(meta.uid), gid(meta.gid)).with_context(what)?;
            }
            rustix::fs::fchmod(&f, Mode::from_raw_mode(meta.mode)).with_context(what)?;
            rustix::fs::futimens(&f, &times(&meta)).with_context(what)?;
        }
        Kind::Symlink(target) => {
            rustix::fs::symlinkat(target.as_os_str(), parent, name).with_context(what)?;
            finish_link(parent, name, &meta, opts).with_context(what)?;
        }
        Kind::Hardlink(target) => {
            let (tparent, tname) = root.parent(target, false).map_err(resolve_err)?;
            let linked = root::lstat(tparent.as_fd(), tname)?;
            if linked.as_ref().is_some_and(root::is_dir) {
                return Err(item.refuse(
                    layer,
                    &format!(
                        "hardlink to `{}`, which is a directory",
                        crate::output::escape(&target.to_string_lossy())
                    ),
                ));
            }
            if linked.is_none() {
                return Err(item.refuse(
                    layer,
                    &format!(
                        "hardlink to `{}`, which does not exist in the image",
                        crate::output::escape(&target.to_string_lossy())
                    ),
                ));
            }
            rustix::fs::linkat(&tparent, tname, parent, name, AtFlags::empty())
                .with_context(what)?;
        }
        Kind::Fifo | Kind::Char(..) | Kind::Block(..) => {
            let (ty, dev) = match item.kind {
                Kind::Char(a, b) => (FileType::CharacterDevice, rustix::fs::makedev(a, b)),
                Kind::Block(a, b) => (FileType::BlockDevice, rustix::fs::makedev(a, b)),
                _ => (FileType::Fifo, 0),
            };
            if ty != FileType::Fifo && !opts.as_root {
                return Err(Failure::verify(format!(
                    "refusing entry `{}` in layer {layer}: device nodes can only be created as root",
                    crate::output::escape(&item.raw)
                ))
                .hint("run as root to extract device nodes")
                .into());
            }
            rustix::fs::mknodat(parent, name, ty, Mode::from_raw_mode(0o600), dev)
                .with_context(what)?;
            if opts.as_root {
                chown(parent, name, &meta).with_context(what)?;
            }
            // The node was just made here by this walk, so the name is not a link; chmod sets
            // the bits umask took from mknod without opening it.
            rustix::fs::chmodat(
                parent,
                name,
                Mode::from_raw_mode(meta.mode),
                AtFlags::empty(),
            )
            .with_context(what)?;
            rustix::fs::utimensat(parent, name, &times(&meta), AtFlags::SYMLINK_NOFOLLOW)
                .with_context(what)?;
        }
        Kind::Whiteout | Kind::Opaque => unreachable!("handled above"),
    }
    Ok(Some(at))
}

/// Owner and times of a symlink, never following it.
fn finish_link(parent: BorrowedFd<'_>, name: &OsStr, meta: &Meta, opts: Options) -> Result<()> {
    if opts.as_root {
        chown(parent, name, meta)?;
    }
    rustix::fs::utimensat(parent, name, &times(meta), AtFlags::SYMLINK_NOFOLLOW)?;
    Ok(())
}

fn chown(parent: BorrowedFd<'_>, name: &OsStr, meta: &Meta) -> std::io::Result<()> {
    Ok(rustix::fs::chownat(
        parent,
        name,
        uid(meta.uid),
        gid(meta.gid),
        AtFlags::SYMLINK_NOFOLLOW,
    )?)
}

/// Ids that do not fit (`u32::MAX` means "unchanged" to the kernel) are left as they are.
fn uid(id: u64) -> Option<rustix::fs::Uid> {
    u32::try_from(id)
        .ok()
        .filter(|i| *i != u32::MAX)
        .map(rustix::fs::Uid::from_raw)
}

fn gid(id: u64) -> Option<rustix::fs::Gid> {
    u32::try_from(id)
        .ok()
        .filter(|i| *i != u32::MAX)
        .map(rustix::fs::Gid::from_raw)
}

fn times(meta: &Meta) -> Timestamps {
    let t = Timespec {
        tv_sec: meta.mtime,
        tv_nsec: meta.mtime_nsec.into(),
    };
    Timestamps {
        last_access: t,
        last_modification: t,
    }
}

/// Puts back a changed directory's times through a fresh handle, if it is still that
/// directory.
fn restore_times(root: &Root, t: &Touched, dev: u64, ino: u64) -> Result<()> {
    let Ok(fd) = root.dir(&t.path, false) else {
        return Ok(());
    };
    let fd = root::open_dir(fd.as_fd(), OsStr::new("."))?;
    let st = rustix::fs::fstat(&fd)?;
    if st.st_dev != dev || st.st_ino != ino {
        return Ok(());
    }
    rustix::fs::futimens(
        &fd,
        &Timestamps {
            last_access: t.atime,
            last_modification: t.mtime,
        },
    )?;
    Ok(())
}

/// Drops the deferred metadata of directories at or under `at`, which are gone: a directory
/// made later at the same place (its inode number may be reused) gets none of theirs.
fn forget_under(dirs: &mut Vec<Deferred>, at: &Path) {
    dirs.retain(|d| !d.path.starts_with(at));
}

/// Applies a directory's deferred mode and times through a fresh handle, if it is still the
/// directory the entry made.
fn finish_dir(root: &Root, d: &Deferred, opts: Options) -> Result<()> {
    let _ = opts;
    let (parent, name) = match root.parent(&d.path, false) {
        Ok(p) => p,
        Err(_) => return Ok(()),
    };
    let fd: OwnedFd = match root::open_dir(parent.as_fd(), name) {
        Ok(fd) => fd,
        // Replaced by something that is not a directory, or removed.
        Err(_) => return Ok(()),
    };
    let st = rustix::fs::fstat(&fd)?;
    if st.st_dev != d.dev || st.st_ino != d.ino {
        return Ok(());
    }
    rustix::fs::fchmod(&fd, Mode::from_raw_mode(d.meta.mode))?;
    rustix::fs::futimens(&fd, &times(&d.meta))?;
    Ok(())
}

/// One layer to extract: a verified blob file and what its content must hash to.
#[derive(Debug, Clone)]
pub struct LayerFile {
    /// How errors name it (`2 (sha256:...)`).
    pub name: String,
    pub file: PathBuf,
    pub compression: Option<Compression>,
    /// The config's diffID for it, checked before anything is applied.
    pub diff_id: Option<Digest>,
}

impl LayerFile {
    /// The decompressed tar.
    pub fn open(&self) -> Result<Box<dyn Read>> {
        let f = std::fs::File::open(&self.file)
            .with_context(|| format!("opening `{}`", self.file.display()))?;
        Ok(crate::decode::decode(self.compression, f)?)
    }

    /// Inflates the blob and checks its diffID (when the config gives one).
    pub fn check(&self) -> Result<()> {
        let Some(want) = &self.diff_id else {
            return Ok(());
        };
        let mut r = HashingReader::new(self.open()?, Algorithm::Sha256);
        std::io::copy(&mut r, &mut std::io::sink())
            .with_context(|| format!("inflating layer {}", self.name))?;
        let (_, got, _) = r.finish();
        want.check(
            &got,
            &format!("the uncompressed content (diffID) of layer {}", self.name),
        )?;
        Ok(())
    }

    /// Applies the (already checked) layer onto `target`.
    pub fn apply(&self, target: &Path, opts: Options) -> Result<()> {
        apply_layer(target, &self.name, self.open()?, opts)
    }
}

/// Extracts layers in order into `target`. Each layer's diffID is checked before the layer is
/// applied, and the checks of the next `ahead` layers run while earlier ones are applied, so a
/// layer that fails its check leaves the target as the layers before it made it. `applied` is
/// told each layer's index once it is in place.
pub async fn extract(
    target: &Path,
    layers: Vec<LayerFile>,
    opts: Options,
    ahead: usize,
    mut applied: impl FnMut(usize),
) -> Result<()> {
    use futures_util::StreamExt as _;
    let mut checks = futures_util::stream::iter(
        layers
            .into_iter()
            .enumerate()
            .map(|(i, l)| tokio::task::spawn_blocking(move || l.check().map(|()| (i, l)))),
    )
    .buffered(ahead.max(1));
    while let Some(joined) = checks.next().await {
        let (i, l) = joined??;
        let target = target.to_path_buf();
        tokio::task::spawn_blocking(move || l.apply(&target, opts)).await??;
        applied(i);
    }
    Ok(())
}
