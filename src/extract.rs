//! Applying image layers to a directory, safely.
//!
//! A layer is an untrusted tar. Every entry's path is checked before anything is written: no
//! absolute paths, no `..`, and every parent directory is resolved inside the target the way a
//! container runtime would see it (symlinks followed with the target directory as `/`). A
//! symlink whose resolution leaves the target, a hardlink to outside, or a device node when not
//! root is refused with an error naming the entry and the layer; nothing outside the target is
//! ever created, changed or removed. Whiteouts (`.wh.NAME`, `.wh..wh..opq`) delete what lower
//! layers put there. Directory modes and times are applied after the layer's entries, so a
//! read-only directory can still receive its children.

use std::collections::HashSet;
use std::ffi::OsString;
use std::io::Read;
use std::os::unix::fs::PermissionsExt as _;
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, UNIX_EPOCH};

use anyhow::{Context as _, Result};

use crate::error::Failure;

const WHITEOUT: &str = ".wh.";
const OPAQUE: &str = ".wh..wh..opq";

/// Whether this process may set ownership and create device nodes.
pub fn running_as_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

/// Applies one (already decompressed) layer tar onto `root`. `layer` names it in errors.
pub fn apply_layer(root: &Path, layer: &str, tar: impl Read, as_root: bool) -> Result<()> {
    let root = root
        .canonicalize()
        .with_context(|| format!("opening `{}`", root.display()))?;
    let mut archive = tar::Archive::new(tar);
    let mut written: HashSet<PathBuf> = HashSet::new();
    let mut dirs: Vec<(PathBuf, u32, u64)> = Vec::new();
    for entry in archive
        .entries()
        .with_context(|| format!("reading layer {layer}"))?
    {
        let mut entry = entry.with_context(|| format!("reading layer {layer}"))?;
        let raw = entry
            .path()
            .with_context(|| format!("reading an entry name in layer {layer}"))?
            .into_owned();
        let refuse = |why: &str| -> anyhow::Error {
            Failure::verify(format!(
                "refusing entry `{}` in layer {layer}: {why}",
                raw.display()
            ))
            .hint("the layer tries to write outside the target directory; do not use this image")
            .into()
        };
        let rel = match clean(&raw) {
            Ok(Some(r)) => r,
            Ok(None) => continue,
            Err(why) => return Err(refuse(why)),
        };
        let name = rel
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let parent_rel = rel.parent().map(Path::to_path_buf).unwrap_or_default();
        let parent = resolve(&root, &parent_rel).map_err(|why| refuse(&why))?;
        let kind = entry.header().entry_type();

        if name == OPAQUE {
            if let Ok(children) = std::fs::read_dir(&parent) {
                for c in children.flatten() {
                    if !written.contains(&c.path()) {
                        remove(&c.path())?;
                    }
                }
            }
            continue;
        }
        if let Some(victim) = name.strip_prefix(WHITEOUT) {
            let target = parent.join(victim);
            if std::fs::symlink_metadata(&target).is_ok() {
                remove(&target)?;
            }
            continue;
        }

        std::fs::create_dir_all(&parent)
            .with_context(|| format!("creating `{}`", parent.display()))?;
        let dest = parent.join(&name);
        let mode = entry.header().mode().unwrap_or(0o644) & 0o7777;
        let mtime = entry.header().mtime().unwrap_or(0);
        let existing = std::fs::symlink_metadata(&dest).ok();
        // Replace whatever is there, never write through it (unless both are directories).
        if let Some(m) = &existing
            && !(m.is_dir() && kind.is_dir())
        {
            remove(&dest)?;
        }
        match kind {
            tar::EntryType::Directory => {
                if existing.as_ref().is_none_or(|m| !m.is_dir()) {
                    std::fs::create_dir(&dest)
                        .with_context(|| format!("creating `{}`", dest.display()))?;
                }
                dirs.push((dest.clone(), mode, mtime));
            }
            tar::EntryType::Regular | tar::EntryType::Continuous => {
                let mut f = std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&dest)
                    .with_context(|| format!("creating `{}`", dest.display()))?;
                std::io::copy(&mut entry, &mut f)
                    .with_context(|| format!("writing `{}`", dest.display()))?;
                f.set_permissions(std::fs::Permissions::from_mode(mode))?;
                let _ = f.set_modified(UNIX_EPOCH + Duration::from_secs(mtime));
            }
            tar::EntryType::Symlink => {
                let target = entry
                    .link_name()?
                    .ok_or_else(|| refuse("symlink without a target"))?;
                std::os::unix::fs::symlink(&target, &dest)
                    .with_context(|| format!("creating `{}`", dest.display()))?;
            }
            tar::EntryType::Link => {
                let target = entry
                    .link_name()?
                    .ok_or_else(|| refuse("hardlink without a target"))?;
                let trel = match clean(&target) {
                    Ok(Some(t)) => t,
                    _ => {
                        return Err(refuse(&format!(
                            "hardlink to `{}` points outside the target",
                            target.display()
                        )));
                    }
                };
                let tparent = resolve(&root, trel.parent().unwrap_or(Path::new("")))
                    .map_err(|why| refuse(&why))?;
                let src = tparent.join(trel.file_name().unwrap_or_default());
                if std::fs::symlink_metadata(&src).is_err() {
                    return Err(refuse(&format!(
                        "hardlink to `{}`, which does not exist in the image",
                        target.display()
                    )));
                }
                std::fs::hard_link(&src, &dest)
                    .with_context(|| format!("linking `{}`", dest.display()))?;
            }
            tar::EntryType::Char | tar::EntryType::Block | tar::EntryType::Fifo => {
                if kind != tar::EntryType::Fifo && !as_root {
                    return Err(Failure::verify(format!(
                        "refusing entry `{}` in layer {layer}: device nodes can only be created as root",
                        raw.display()
                    ))
                    .hint("run as root to extract device nodes")
                    .into());
                }
                mknod(
                    &dest,
                    kind,
                    mode,
                    entry.header().device_major()?.unwrap_or(0),
                    entry.header().device_minor()?.unwrap_or(0),
                )?;
            }
            tar::EntryType::XGlobalHeader
            | tar::EntryType::XHeader
            | tar::EntryType::GNULongName
            | tar::EntryType::GNULongLink => continue,
            other => return Err(refuse(&format!("unsupported entry type {other:?}"))),
        }
        if as_root {
            let uid = entry.header().uid().unwrap_or(0) as u32;
            let gid = entry.header().gid().unwrap_or(0) as u32;
            let _ = std::os::unix::fs::lchown(&dest, Some(uid), Some(gid));
        }
        written.insert(dest);
    }
    // Deepest first, so a parent's time is set after its children changed it.
    dirs.sort_by_key(|d| std::cmp::Reverse(d.0.components().count()));
    for (d, mode, mtime) in dirs {
        std::fs::set_permissions(&d, std::fs::Permissions::from_mode(mode))?;
        if let Ok(f) = std::fs::File::open(&d) {
            let _ = f.set_modified(UNIX_EPOCH + Duration::from_secs(mtime));
        }
    }
    Ok(())
}

/// Normalises an entry path: strips `./`, refuses absolute paths and `..`. `None` for the root.
fn clean(p: &Path) -> Result<Option<PathBuf>, &'static str> {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::Normal(n) => out.push(n),
            Component::CurDir => {}
            Component::ParentDir => return Err("the path contains `..`"),
            Component::RootDir | Component::Prefix(_) => return Err("the path is absolute"),
        }
    }
    Ok((!out.as_os_str().is_empty()).then_some(out))
}

/// Resolves a directory path inside `root`, following symlinks as if `root` were `/`.
/// Errors when a symlink leads outside `root`.
fn resolve(root: &Path, rel: &Path) -> Result<PathBuf, String> {
    let mut cur: Vec<OsString> = Vec::new();
    let mut todo: Vec<OsString> = rel
        .components()
        .rev()
        .filter_map(|c| match c {
            Component::Normal(n) => Some(n.to_os_string()),
            _ => None,
        })
        .collect();
    let mut hops = 0;
    while let Some(name) = todo.pop() {
        if name == ".." {
            if cur.pop().is_none() {
                return Err("a symlink in its path leads outside the target directory".into());
            }
            continue;
        }
        if name == "." {
            continue;
        }
        let candidate: PathBuf = std::iter::once(root.as_os_str().to_os_string())
            .chain(cur.iter().cloned())
            .chain(std::iter::once(name.clone()))
            .collect();
        match std::fs::symlink_metadata(&candidate) {
            Ok(m) if m.file_type().is_symlink() => {
                hops += 1;
                if hops > 40 {
                    return Err("too many levels of symlinks in its path".into());
                }
                let target = std::fs::read_link(&candidate).map_err(|e| e.to_string())?;
                if target.is_absolute() {
                    cur.clear();
                }
                for c in target.components().rev() {
                    match c {
                        Component::Normal(n) => todo.push(n.to_os_string()),
                        Component::ParentDir => todo.push("..".into()),
                        _ => {}
                    }
                }
            }
            Ok(m) if !m.is_dir() => {
                return Err(format!(
                    "`{}` in its path is not a directory",
                    name.to_string_lossy()
                ));
            }
            _ => cur.push(name),
        }
    }
    Ok(std::iter::once(root.as_os_str().to_os_string())
        .chain(cur)
        .collect())
}

fn remove(p: &Path) -> Result<()> {
    let m = std::fs::symlink_metadata(p)?;
    if m.is_dir() {
        std::fs::remove_dir_all(p)
    } else {
        std::fs::remove_file(p)
    }
    .with_context(|| format!("removing `{}`", p.display()))
}

fn mknod(p: &Path, kind: tar::EntryType, mode: u32, major: u32, minor: u32) -> Result<()> {
    use std::os::unix::ffi::OsStrExt as _;
    let c = std::ffi::CString::new(p.as_os_str().as_bytes())?;
    let fmt = match kind {
        tar::EntryType::Char => libc::S_IFCHR,
        tar::EntryType::Block => libc::S_IFBLK,
        _ => libc::S_IFIFO,
    };
    let dev = libc::makedev(major, minor);
    // SAFETY: `c` is a valid NUL-terminated path; mknod reports failure through its result.
    let rc = unsafe { libc::mknod(c.as_ptr(), fmt | (mode as libc::mode_t), dev) };
    if rc != 0 {
        return Err(std::io::Error::last_os_error())
            .with_context(|| format!("creating `{}`", p.display()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_paths() {
        assert_eq!(
            clean(Path::new("./a/b")).unwrap(),
            Some(PathBuf::from("a/b"))
        );
        assert_eq!(clean(Path::new("./")).unwrap(), None);
        assert!(clean(Path::new("/etc/passwd")).is_err());
        assert!(clean(Path::new("a/../../b")).is_err());
    }
}
