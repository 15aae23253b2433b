//! A tar builder for hostile layers: any name bytes (GNU long names past 100 bytes), any entry
//! type, raw numeric fields (base-256 mtimes, empty device fields), and a canary tree with a
//! snapshot, to prove that applying a layer changed nothing outside its target.

use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt as _;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug)]
pub struct E {
    pub name: Vec<u8>,
    pub kind: u8,
    pub link: Vec<u8>,
    pub data: Vec<u8>,
    pub mode: u32,
    pub mtime: u64,
    pub uid: u64,
    pub gid: u64,
    /// Leave the device fields empty (GNU tar's and Python's way for FIFOs).
    pub empty_dev: bool,
}

fn e(name: &str, kind: u8) -> E {
    E {
        name: name.as_bytes().to_vec(),
        kind,
        link: vec![],
        data: vec![],
        mode: 0o644,
        mtime: 1_700_000_000,
        uid: 0,
        gid: 0,
        empty_dev: false,
    }
}

pub fn file(name: &str, data: &[u8]) -> E {
    E {
        data: data.to_vec(),
        ..e(name, b'0')
    }
}
pub fn dir(name: &str) -> E {
    E {
        mode: 0o755,
        ..e(name, b'5')
    }
}
pub fn sym(name: &str, target: &str) -> E {
    E {
        link: target.as_bytes().to_vec(),
        mode: 0o777,
        ..e(name, b'2')
    }
}
pub fn hard(name: &str, target: &str) -> E {
    E {
        link: target.as_bytes().to_vec(),
        ..e(name, b'1')
    }
}
pub fn fifo(name: &str) -> E {
    e(name, b'6')
}
pub fn chr(name: &str) -> E {
    e(name, b'3')
}

impl E {
    pub fn mode(mut self, m: u32) -> E {
        self.mode = m;
        self
    }
    pub fn mtime(mut self, t: u64) -> E {
        self.mtime = t;
        self
    }
    pub fn owner(mut self, uid: u64, gid: u64) -> E {
        self.uid = uid;
        self.gid = gid;
        self
    }
    pub fn empty_dev(mut self) -> E {
        self.empty_dev = true;
        self
    }
}

fn octal(field: &mut [u8], v: u64) {
    let s = format!("{:0width$o}\0", v, width = field.len() - 1);
    if s.len() == field.len() {
        field.copy_from_slice(s.as_bytes());
    } else {
        // Too big for octal: base-256, high bit set.
        field.fill(0);
        field[0] = 0x80;
        let n = field.len();
        for (i, b) in v.to_be_bytes().iter().enumerate() {
            field[n - 8 + i] = *b;
        }
    }
}

fn header(name: &[u8], kind: u8, link: &[u8], size: u64, x: &E) -> [u8; 512] {
    let mut h = [0u8; 512];
    h[..name.len().min(100)].copy_from_slice(&name[..name.len().min(100)]);
    octal(&mut h[100..108], u64::from(x.mode));
    octal(&mut h[108..116], x.uid);
    octal(&mut h[116..124], x.gid);
    octal(&mut h[124..136], size);
    octal(&mut h[136..148], x.mtime);
    h[156] = kind;
    h[157..157 + link.len().min(100)].copy_from_slice(&link[..link.len().min(100)]);
    h[257..263].copy_from_slice(b"ustar ");
    h[263..265].copy_from_slice(b" \0");
    if !x.empty_dev {
        octal(&mut h[329..337], 0);
        octal(&mut h[337..345], 0);
    }
    h[148..156].fill(b' ');
    let sum: u64 = h.iter().map(|b| u64::from(*b)).sum();
    let s = format!("{sum:06o}\0 ");
    h[148..156].copy_from_slice(s.as_bytes());
    h
}

fn push(out: &mut Vec<u8>, h: [u8; 512], data: &[u8]) {
    out.extend_from_slice(&h);
    out.extend_from_slice(data);
    out.extend(std::iter::repeat_n(0u8, (512 - data.len() % 512) % 512));
}

/// One entry (with GNU long-name records when the name or link is over 100 bytes).
pub fn entry(out: &mut Vec<u8>, x: &E) {
    for (long, kind) in [(&x.name, b'L'), (&x.link, b'K')] {
        if long.len() > 100 {
            let mut n = long.clone();
            n.push(0);
            let h = header(b"././@LongLink", kind, b"", n.len() as u64, x);
            push(out, h, &n);
        }
    }
    let h = header(&x.name, x.kind, &x.link, x.data.len() as u64, x);
    push(out, h, &x.data);
}

/// A whole tar: the entries and the two zero blocks.
pub fn tar(entries: &[E]) -> Vec<u8> {
    let mut out = Vec::new();
    for x in entries {
        entry(&mut out, x);
    }
    out.extend(std::iter::repeat_n(0u8, 1024));
    out
}

/// A sandbox: `base/canary` (files, a directory, a symlink, all with known modes and times)
/// beside `base/target`, where layers are applied.
pub struct Sandbox {
    pub base: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        let base = tempfile::tempdir().unwrap();
        let c = base.path().join("canary");
        std::fs::create_dir_all(c.join("dir/sub")).unwrap();
        std::fs::write(c.join("file"), b"canary").unwrap();
        std::fs::write(c.join("dir/sub/deep"), b"deep").unwrap();
        std::os::unix::fs::symlink("file", c.join("link")).unwrap();
        std::fs::write(base.path().join("beside"), b"beside").unwrap();
        std::fs::create_dir_all(base.path().join("target")).unwrap();
        Sandbox { base }
    }

    pub fn target(&self) -> PathBuf {
        self.base.path().join("target")
    }

    pub fn canary(&self) -> PathBuf {
        self.base.path().join("canary")
    }

    /// Everything under `base` except the target: type, mode, owner, mtime, content or link.
    pub fn snapshot(&self) -> BTreeMap<PathBuf, String> {
        let mut out = BTreeMap::new();
        snap(self.base.path(), self.base.path(), &self.target(), &mut out);
        out
    }
}

fn snap(base: &Path, p: &Path, skip: &Path, out: &mut BTreeMap<PathBuf, String>) {
    let m = std::fs::symlink_metadata(p).unwrap();
    let rel = p.strip_prefix(base).unwrap().to_path_buf();
    let what = if m.file_type().is_symlink() {
        format!("link {:?}", std::fs::read_link(p).unwrap())
    } else if m.is_file() {
        format!("file {:?}", std::fs::read(p).unwrap())
    } else if m.is_dir() {
        "dir".to_string()
    } else {
        "other".to_string()
    };
    out.insert(
        rel,
        format!(
            "{what} mode={:o} uid={} gid={} mtime={} nlink={}",
            m.mode(),
            m.uid(),
            m.gid(),
            m.mtime(),
            m.nlink()
        ),
    );
    if m.is_dir() && p != skip {
        let mut names: Vec<_> = std::fs::read_dir(p)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        names.sort();
        for n in names {
            if n != skip {
                snap(base, &n, skip, out);
            }
        }
    }
}
