//! The one walk over layer tars.
//!
//! A layer is an untrusted tar: its headers can carry any bytes, any numbers and any order.
//! [`walk`] reads one (already decompressed) layer and hands each entry to a callback as an
//! [`Item`] whose path is clean (relative, no `..`, no empty name), whose kind is classified
//! (whiteouts and opaque markers are kinds of their own, with their victim checked like any
//! other name), and whose numbers are parsed tolerantly where real tools are sloppy (empty
//! device fields from GNU tar and Python's tarfile) and clamped where they are absurd (an mtime
//! of 2^64-1). Everything that reads layers as a filesystem goes through here: extraction
//! ([`apply`]), and the commands that look inside images. That is deliberate: whiteout rules,
//! name checks and number parsing exist once, so a fix lands everywhere.
//!
//! Streams that stop inside the padding after the last entry, or without the two zero blocks
//! that end a tar (as `umoci insert` writes them), are accepted like umoci, podman and
//! containerd accept them; a stream that stops inside an entry's data or header is refused.
//!
//! It must not know registries or repositories: callers hand it decompressed bytes.

pub mod apply;
mod root;

use std::ffi::OsString;
use std::io::Read;
use std::os::unix::ffi::{OsStrExt as _, OsStringExt as _};
use std::path::{Component, Path, PathBuf};

use anyhow::Result;

use crate::error::Failure;

/// The prefix that marks a whiteout (`.wh.NAME` deletes `NAME` from lower layers).
pub const WHITEOUT: &str = ".wh.";
/// The name that marks an opaque directory (lower layers' children are hidden).
pub const OPAQUE: &str = ".wh..wh..opq";
/// Other `.wh..wh.` names are aufs bookkeeping (hardlink directories); runtimes skip them.
const META_PREFIX: &str = ".wh..wh.";

/// What an entry is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    File,
    Dir,
    /// The link target exactly as stored (may be absolute or leave the root; it is only ever
    /// followed inside the root).
    Symlink(PathBuf),
    /// The clean path of the entry it links to.
    Hardlink(PathBuf),
    Fifo,
    Char(u32, u32),
    Block(u32, u32),
    /// `.wh.NAME`: deletes the lower layers' `NAME` in the same directory (the item's path is
    /// the victim's path).
    Whiteout,
    /// `.wh..wh..opq`: hides the lower layers' children of the directory (the item's path is
    /// the directory's).
    Opaque,
}

/// Metadata of an entry, parsed tolerantly and clamped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Meta {
    /// Permission bits including setuid, setgid and sticky (`0o7777`).
    pub mode: u32,
    pub uid: u64,
    pub gid: u64,
    /// Seconds since the epoch, clamped to `i64`.
    pub mtime: i64,
    /// Nanoseconds of the mtime (from a PAX `mtime` record).
    pub mtime_nsec: u32,
    /// Bytes of content (regular files).
    pub size: u64,
}

/// One entry of a layer: a clean path, its kind and metadata, and (for files) its content.
pub struct Item<'a, 'r, R: Read> {
    /// Relative, clean, non-empty.
    pub path: PathBuf,
    /// The name as the tar stores it, for messages.
    pub raw: String,
    pub kind: Kind,
    pub meta: Meta,
    /// The tar entry, for reading a file's content.
    pub entry: &'a mut ::tar::Entry<'r, R>,
}

impl<R: Read> Item<'_, '_, R> {
    /// A verification error that names this entry and its layer.
    pub fn refuse(&self, layer: &str, why: &str) -> anyhow::Error {
        refusal(&self.raw, layer, why)
    }
}

fn refusal(raw: &str, layer: &str, why: &str) -> anyhow::Error {
    Failure::verify(format!(
        "refusing entry `{}` in layer {layer}: {why}",
        crate::output::escape(raw)
    ))
    .hint("the layer is malformed or tries to write outside the target; do not use this image")
    .into()
}

/// Counts the bytes the tar reader pulled, to tell a stream that ended in the padding after its
/// last entry (accepted) from one cut inside an entry (refused).
pub struct Counting<R> {
    inner: R,
    n: std::rc::Rc<std::cell::Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let k = self.inner.read(buf)?;
        self.n.set(self.n.get().saturating_add(k as u64));
        Ok(k)
    }
}

/// Walks one decompressed layer tar, calling `f` for every entry in order. `layer` names the
/// layer in errors. Entries the callback does not read are skipped by the walk.
pub fn walk<R: Read>(
    tar: R,
    layer: &str,
    mut f: impl FnMut(Item<'_, '_, Counting<R>>) -> Result<()>,
) -> Result<()> {
    let read = std::rc::Rc::new(std::cell::Cell::new(0u64));
    let mut archive = ::tar::Archive::new(Counting {
        inner: tar,
        n: read.clone(),
    });
    let bad = |e: std::io::Error| -> anyhow::Error {
        Failure::verify(format!("layer {layer} is not a valid tar: {e}"))
            .hint("the layer is corrupt or not a tar; `hoist digest verify` checks its digests")
            .into()
    };
    // Where the last entry's data ended: a stream may stop anywhere in its padding.
    let mut data_end = 0u64;
    let mut entries = archive.entries().map_err(bad)?;
    loop {
        let mut entry = match entries.next() {
            None => return Ok(()),
            Some(Ok(e)) => e,
            Some(Err(e)) => {
                // Cut after the last entry's data, inside its padding: the end of the layer.
                let at = read.get();
                if data_end > 0 && at >= data_end && at <= data_end.div_ceil(512) * 512 {
                    return Ok(());
                }
                return Err(bad(e));
            }
        };
        data_end = entry.raw_file_position().saturating_add(entry.size());
        let raw_bytes = entry.path_bytes().into_owned();
        let raw = String::from_utf8_lossy(&raw_bytes).into_owned();
        let ty = entry.header().entry_type();
        use ::tar::EntryType as T;
        if matches!(
            ty,
            T::XGlobalHeader | T::XHeader | T::GNULongName | T::GNULongLink
        ) {
            continue;
        }
        let path = match clean(Path::new(std::ffi::OsStr::from_bytes(&raw_bytes))) {
            Ok(Some(p)) => p,
            // The root itself (`./`): runtimes keep the target's own metadata.
            Ok(None) => continue,
            Err(why) => return Err(refusal(&raw, layer, why)),
        };
        let meta = meta_of(&mut entry).map_err(|why| refusal(&raw, layer, &why))?;
        let name = path.file_name().unwrap_or_default().as_bytes().to_vec();
        let (path, kind) = if name == OPAQUE.as_bytes() {
            (
                path.parent().map(Path::to_path_buf).unwrap_or_default(),
                Kind::Opaque,
            )
        } else if name.starts_with(META_PREFIX.as_bytes()) {
            continue;
        } else if let Some(victim) = name.strip_prefix(WHITEOUT.as_bytes()) {
            if victim.is_empty() || victim == b"." || victim == b".." || victim.contains(&b'/') {
                return Err(refusal(
                    &raw,
                    layer,
                    "a whiteout must name one file (not empty, `.` or `..`)",
                ));
            }
            (
                path.with_file_name(OsString::from_vec(victim.to_vec())),
                Kind::Whiteout,
            )
        } else {
            let kind = match ty {
                T::Regular | T::Continuous | T::GNUSparse => Kind::File,
                T::Directory => Kind::Dir,
                T::Symlink => Kind::Symlink(
                    link_target(&mut entry)
                        .ok_or_else(|| refusal(&raw, layer, "a symlink without a target"))?,
                ),
                T::Link => {
                    let target = link_target(&mut entry)
                        .ok_or_else(|| refusal(&raw, layer, "a hardlink without a target"))?;
                    match clean(&target) {
                        Ok(Some(t)) => Kind::Hardlink(t),
                        _ => {
                            return Err(refusal(
                                &raw,
                                layer,
                                &format!(
                                    "hardlink to `{}` points outside the target",
                                    crate::output::escape(&target.to_string_lossy())
                                ),
                            ));
                        }
                    }
                }
                T::Fifo => Kind::Fifo,
                T::Char | T::Block => {
                    let h = entry.header().as_bytes();
                    let (major, minor) = (
                        number(&h[329..337]).map_err(|w| refusal(&raw, layer, &w))?,
                        number(&h[337..345]).map_err(|w| refusal(&raw, layer, &w))?,
                    );
                    let (major, minor) = (
                        u32::try_from(major).unwrap_or(u32::MAX),
                        u32::try_from(minor).unwrap_or(u32::MAX),
                    );
                    if ty == T::Char {
                        Kind::Char(major, minor)
                    } else {
                        Kind::Block(major, minor)
                    }
                }
                other => {
                    return Err(refusal(
                        &raw,
                        layer,
                        &format!("unsupported entry type {other:?}"),
                    ));
                }
            };
            (path, kind)
        };
        if path.as_os_str().is_empty() && kind != Kind::Opaque {
            return Err(refusal(&raw, layer, "the entry names the root itself"));
        }
        f(Item {
            path,
            raw,
            kind,
            meta,
            entry: &mut entry,
        })?;
    }
}

fn link_target<R: Read>(entry: &mut ::tar::Entry<'_, R>) -> Option<PathBuf> {
    let b = entry.link_name_bytes()?;
    (!b.is_empty()).then(|| PathBuf::from(OsString::from_vec(b.into_owned())))
}

/// Reads mode, owner and times, tolerating empty fields and clamping huge ones.
fn meta_of<R: Read>(entry: &mut ::tar::Entry<'_, R>) -> Result<Meta, String> {
    let h = entry.header().as_bytes().to_vec();
    let mode = (number(&h[100..108])? & 0o7777) as u32;
    // uid/gid may come from PAX records, which the tar reader folds into the header.
    let uid = number(&h[108..116])?;
    let gid = number(&h[116..124])?;
    let mut mtime = i64::try_from(number(&h[136..148])?).unwrap_or(i64::MAX);
    let mut mtime_nsec = 0;
    if let Ok(Some(pax)) = entry.pax_extensions() {
        for ext in pax.flatten() {
            if ext.key_bytes() == b"mtime"
                && let Some((s, ns)) = pax_time(ext.value_bytes())
            {
                (mtime, mtime_nsec) = (s, ns);
            }
        }
    }
    Ok(Meta {
        mode,
        uid,
        gid,
        mtime,
        mtime_nsec,
        size: entry.size(),
    })
}

/// A tar numeric field: octal text (empty means 0, as GNU tar writes device fields of FIFOs), or
/// base-256 binary (saturating; negative values are 0).
pub fn number(field: &[u8]) -> Result<u64, String> {
    if field.first().is_some_and(|b| b & 0x80 != 0) {
        if field[0] & 0x40 != 0 {
            return Ok(0);
        }
        let mut n: u64 = u64::from(field[0] & 0x3f);
        for b in &field[1..] {
            n = n.checked_mul(256).map_or(u64::MAX, |v| v | u64::from(*b));
        }
        return Ok(n);
    }
    let end = field.iter().position(|b| *b == 0).unwrap_or(field.len());
    let text = std::str::from_utf8(&field[..end])
        .map_err(|_| "a numeric header field is not text".to_string())?
        .trim_matches(' ');
    if text.is_empty() {
        return Ok(0);
    }
    let mut n: u64 = 0;
    for c in text.bytes() {
        if !(b'0'..=b'7').contains(&c) {
            return Err(format!(
                "the numeric header field `{}` is not a number",
                crate::output::escape(text)
            ));
        }
        n = n.saturating_mul(8).saturating_add(u64::from(c - b'0'));
    }
    Ok(n)
}

/// A PAX time (`1700000000.123456789`, possibly negative): clamped seconds and nanoseconds.
fn pax_time(v: &[u8]) -> Option<(i64, u32)> {
    let s = std::str::from_utf8(v).ok()?;
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let neg = int.starts_with('-');
    let digits = int.trim_start_matches('-');
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let secs = digits.parse::<i64>().unwrap_or(i64::MAX);
    let secs = if neg { -secs } else { secs };
    let mut ns: u32 = 0;
    for (i, c) in frac.bytes().take(9).enumerate() {
        if !c.is_ascii_digit() {
            return None;
        }
        ns += u32::from(c - b'0') * 10u32.pow(8 - i as u32);
    }
    // Negative fractional times round toward the past, not the epoch; keep seconds only.
    Some(if neg { (secs, 0) } else { (secs, ns) })
}

/// Normalises an entry path: strips `./`, refuses absolute paths and `..`. `None` for the root.
pub fn clean(p: &Path) -> Result<Option<PathBuf>, &'static str> {
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

    #[test]
    fn numbers_tolerate_empty_fields_and_saturate() {
        assert_eq!(number(b"\0\0\0\0\0\0\0\0").unwrap(), 0);
        assert_eq!(number(b"        ").unwrap(), 0);
        assert_eq!(number(b"0000644\0").unwrap(), 0o644);
        assert_eq!(number(b" 644 \0").unwrap(), 0o644);
        assert!(number(b"12x\0").is_err());
        let mut huge = [0xffu8; 12];
        huge[0] = 0x80;
        assert_eq!(number(&huge).unwrap(), u64::MAX);
        let mut neg = [0xffu8; 12];
        neg[0] = 0xff;
        assert_eq!(number(&neg).unwrap(), 0);
        assert_eq!(number(b"777777777777777777777777").unwrap(), u64::MAX);
    }

    #[test]
    fn pax_times() {
        assert_eq!(
            pax_time(b"1700000000.5"),
            Some((1_700_000_000, 500_000_000))
        );
        assert_eq!(pax_time(b"12"), Some((12, 0)));
        assert_eq!(pax_time(b"-3.25"), Some((-3, 0)));
        assert_eq!(pax_time(b"99999999999999999999999"), Some((i64::MAX, 0)));
        assert_eq!(pax_time(b"x"), None);
    }
}
