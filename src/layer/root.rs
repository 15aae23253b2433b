//! A directory that nothing can leave: every path is resolved from an open handle on the
//! target, one component at a time, with symlinks read and followed *inside* the target (an
//! absolute link restarts at the target, `..` stops at it), exactly as a container runtime sees
//! the tree with the target as `/`. Every change is then made relative to the handle of the
//! parent directory with a single final name, and never follows a link in that name.
//!
//! This is the fd-relative walk `openat2(RESOLVE_IN_ROOT)` performs in the kernel, written out
//! so that it behaves the same on every kernel and can be tested directly. Only hoist changes
//! the tree while a layer is applied; the threat is the layer's own entries, in any order.

use std::ffi::{OsStr, OsString};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::os::unix::ffi::{OsStrExt as _, OsStringExt as _};
use std::path::{Component, Path};

use rustix::fs::{AtFlags, FileType, Mode, OFlags};
use rustix::io::Errno;

/// Symlinks followed while resolving one path before giving up (Linux uses 40).
const MAX_HOPS: usize = 40;

/// Why a path could not be resolved.
#[derive(Debug)]
pub enum ResolveError {
    /// A component is missing (and creation was not asked for).
    Missing,
    /// A component is neither a directory nor a symlink.
    NotDir(OsString),
    TooManyLinks,
    Io(std::io::Error),
}

impl std::fmt::Display for ResolveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ResolveError::Missing => write!(f, "a directory in its path does not exist"),
            ResolveError::NotDir(n) => write!(
                f,
                "`{}` in its path is not a directory",
                crate::output::escape(&n.to_string_lossy())
            ),
            ResolveError::TooManyLinks => write!(f, "too many levels of symlinks in its path"),
            ResolveError::Io(e) => write!(f, "{e}"),
        }
    }
}

impl From<Errno> for ResolveError {
    fn from(e: Errno) -> Self {
        ResolveError::Io(e.into())
    }
}

/// An open handle on the target directory.
pub struct Root {
    fd: OwnedFd,
}

fn dir_flags() -> OFlags {
    OFlags::PATH | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC
}

impl Root {
    pub fn open(path: &Path) -> std::io::Result<Root> {
        let fd = rustix::fs::open(path, OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty())?;
        Ok(Root { fd })
    }

    #[cfg(test)]
    pub fn fd(&self) -> BorrowedFd<'_> {
        self.fd.as_fd()
    }

    /// Resolves directory `rel` inside the root, following symlinks inside it. With `create`,
    /// missing directories are made (mode 0755, as runtimes make implicit parents).
    pub fn dir(&self, rel: &Path, create: bool) -> Result<OwnedFd, ResolveError> {
        self.dir_resolved(rel, create).map(|(fd, _)| fd)
    }

    /// As [`Root::dir`], also returning where the directory is (its path inside the root with
    /// every symlink resolved).
    pub fn dir_resolved(
        &self,
        rel: &Path,
        create: bool,
    ) -> Result<(OwnedFd, std::path::PathBuf), ResolveError> {
        // The chain of open directories from the root, with their names; `..` pops, never
        // past the root.
        let mut stack: Vec<OwnedFd> = Vec::new();
        let mut names: Vec<OsString> = Vec::new();
        let mut todo: Vec<OsString> = components(rel).rev().collect();
        let mut hops = 0;
        while let Some(name) = todo.pop() {
            if name == ".." {
                stack.pop();
                names.pop();
                continue;
            }
            if name == "." || name.is_empty() {
                continue;
            }
            let cur = stack.last().map_or(self.fd.as_fd(), |f| f.as_fd());
            match rustix::fs::openat(cur, &name, dir_flags(), Mode::empty()) {
                Ok(fd) => {
                    stack.push(fd);
                    names.push(name);
                }
                Err(Errno::NOENT) if create => {
                    match rustix::fs::mkdirat(cur, &name, Mode::from_raw_mode(0o755)) {
                        Ok(()) | Err(Errno::EXIST) => {}
                        Err(e) => return Err(e.into()),
                    }
                    // Loop again on the same name: it is a directory now (or, if something
                    // raced it into place, whatever it is gets resolved like any other).
                    todo.push(name);
                }
                Err(Errno::NOENT) => return Err(ResolveError::Missing),
                Err(Errno::NOTDIR) | Err(Errno::LOOP) => {
                    let st = rustix::fs::statat(cur, &name, AtFlags::SYMLINK_NOFOLLOW)?;
                    if FileType::from_raw_mode(st.st_mode) != FileType::Symlink {
                        return Err(ResolveError::NotDir(name));
                    }
                    hops += 1;
                    if hops > MAX_HOPS {
                        return Err(ResolveError::TooManyLinks);
                    }
                    let target = rustix::fs::readlinkat(cur, &name, Vec::new())?;
                    let target = OsString::from_vec(target.into_bytes());
                    if target.as_bytes().starts_with(b"/") {
                        stack.clear();
                        names.clear();
                    }
                    todo.extend(components(Path::new(&target)).rev());
                }
                Err(e) => return Err(e.into()),
            }
        }
        let at: std::path::PathBuf = names.iter().collect();
        match stack.pop() {
            Some(fd) => Ok((fd, at)),
            None => Ok((
                rustix::fs::openat(&self.fd, ".", dir_flags(), Mode::empty())?,
                at,
            )),
        }
    }

    /// Resolves the parent of `rel` and returns its handle and `rel`'s final name.
    pub fn parent<'p>(
        &self,
        rel: &'p Path,
        create: bool,
    ) -> Result<(OwnedFd, &'p OsStr), ResolveError> {
        self.parent_resolved(rel, create)
            .map(|(fd, name, _)| (fd, name))
    }

    /// As [`Root::parent`], also returning `rel` with its directories resolved.
    pub fn parent_resolved<'p>(
        &self,
        rel: &'p Path,
        create: bool,
    ) -> Result<(OwnedFd, &'p OsStr, std::path::PathBuf), ResolveError> {
        let name = rel.file_name().unwrap_or_default();
        let parent = rel.parent().unwrap_or(Path::new(""));
        let (fd, at) = self.dir_resolved(parent, create)?;
        Ok((fd, name, at.join(name)))
    }
}

/// The names in a path, with `..` kept (as a name) so resolution can pop.
fn components(p: &Path) -> impl DoubleEndedIterator<Item = OsString> + '_ {
    p.components().filter_map(|c| match c {
        Component::Normal(n) => Some(n.to_os_string()),
        Component::ParentDir => Some(OsString::from("..")),
        _ => None,
    })
}

/// `lstat` of `name` in `dir`, `None` when absent.
pub fn lstat(dir: BorrowedFd<'_>, name: &OsStr) -> std::io::Result<Option<rustix::fs::Stat>> {
    match rustix::fs::statat(dir, name, AtFlags::SYMLINK_NOFOLLOW) {
        Ok(st) => Ok(Some(st)),
        Err(Errno::NOENT) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

pub fn is_dir(st: &rustix::fs::Stat) -> bool {
    FileType::from_raw_mode(st.st_mode) == FileType::Directory
}

/// Opens directory `name` in `dir` for reading, never through a link and never opening
/// anything that is not a directory (a FIFO in its place fails with ENOTDIR, unopened).
pub fn open_dir(dir: BorrowedFd<'_>, name: &OsStr) -> std::io::Result<OwnedFd> {
    Ok(rustix::fs::openat(
        dir,
        name,
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
        Mode::empty(),
    )?)
}

/// The names in an open directory, without `.` and `..`.
pub fn list(dir: BorrowedFd<'_>) -> std::io::Result<Vec<OsString>> {
    let mut out = Vec::new();
    for e in rustix::fs::Dir::read_from(dir)? {
        let e = e?;
        let n = e.file_name().to_bytes();
        if n != b"." && n != b".." {
            out.push(OsString::from_vec(n.to_vec()));
        }
    }
    Ok(out)
}

/// Removes `name` in `dir` and, when it is a directory, everything below it. Iterative, so a
/// hostile tree of any depth cannot exhaust the stack; never follows a link.
pub fn remove_all(dir: BorrowedFd<'_>, name: &OsStr) -> std::io::Result<()> {
    let Some(st) = lstat(dir, name)? else {
        return Ok(());
    };
    if !is_dir(&st) {
        return Ok(rustix::fs::unlinkat(dir, name, AtFlags::empty())?);
    }
    struct Level {
        fd: OwnedFd,
        name: OsString,
        pending: Vec<OsString>,
    }
    let open = |parent: BorrowedFd<'_>, name: &OsStr| -> std::io::Result<Level> {
        let fd = open_dir(parent, name)?;
        // A read-only directory (mode 0555) must become writable to empty it.
        let _ = rustix::fs::fchmod(&fd, Mode::from_raw_mode(0o700));
        let pending = list(fd.as_fd())?;
        Ok(Level {
            fd,
            name: name.to_os_string(),
            pending,
        })
    };
    let mut stack = vec![open(dir, name)?];
    while let Some(top) = stack.last_mut() {
        if let Some(child) = top.pending.pop() {
            match lstat(top.fd.as_fd(), &child)? {
                Some(st) if is_dir(&st) => {
                    let next = open(top.fd.as_fd(), &child)?;
                    stack.push(next);
                }
                Some(_) => rustix::fs::unlinkat(&top.fd, &child, AtFlags::empty())?,
                None => {}
            }
        } else {
            let done = stack.pop().expect("non-empty");
            let parent = stack.last().map_or(dir, |l| l.fd.as_fd());
            rustix::fs::unlinkat(parent, &done.name, AtFlags::REMOVEDIR)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symlinks_resolve_inside_the_root() {
        let base = tempfile::tempdir().unwrap();
        let root = base.path().join("root");
        std::fs::create_dir_all(root.join("real")).unwrap();
        std::os::unix::fs::symlink("/", root.join("abs")).unwrap();
        std::os::unix::fs::symlink("../../..", root.join("up")).unwrap();
        std::os::unix::fs::symlink("loop", root.join("loop")).unwrap();
        std::fs::write(root.join("file"), b"x").unwrap();
        let r = Root::open(&root).unwrap();
        // `/` and `../../..` both mean the root itself.
        for p in ["abs/real", "up/real", "real/../../../real"] {
            let fd = r.dir(Path::new(p), false).unwrap();
            let st = rustix::fs::fstat(&fd).unwrap();
            let want = std::fs::metadata(root.join("real")).unwrap();
            assert_eq!(st.st_ino, std::os::unix::fs::MetadataExt::ino(&want), "{p}");
        }
        assert!(matches!(
            r.dir(Path::new("loop/x"), true),
            Err(ResolveError::TooManyLinks)
        ));
        assert!(matches!(
            r.dir(Path::new("file/x"), true),
            Err(ResolveError::NotDir(_))
        ));
        r.dir(Path::new("abs/new/deeper"), true).unwrap();
        assert!(root.join("new/deeper").is_dir());
        assert!(!Path::new("/new").exists());
    }

    #[test]
    fn remove_all_is_iterative_and_does_not_follow_links() {
        let base = tempfile::tempdir().unwrap();
        let outside = base.path().join("outside");
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(outside.join("keep"), b"k").unwrap();
        let mut deep = base.path().join("root/victim");
        for _ in 0..300 {
            deep.push("d");
        }
        std::fs::create_dir_all(&deep).unwrap();
        std::os::unix::fs::symlink(&outside, base.path().join("root/victim/link")).unwrap();
        std::fs::set_permissions(
            base.path().join("root/victim/d"),
            std::os::unix::fs::PermissionsExt::from_mode(0o555),
        )
        .unwrap();
        let r = Root::open(&base.path().join("root")).unwrap();
        remove_all(r.fd(), OsStr::new("victim")).unwrap();
        assert!(!base.path().join("root/victim").exists());
        assert!(outside.join("keep").exists());
    }
}
