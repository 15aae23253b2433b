//! Layer extraction: 1-3 layers, built from structured entries (names from an alphabet that
//! collides often, every entry type, links aimed at the canary beside the target) or taken as
//! raw bytes, applied into a target beside a canary tree. Never a panic, nothing outside the
//! target changes, and when every layer applies, `image files`' in-memory merge lists the same
//! paths and types as the extracted tree.
#![no_main]
use std::path::Path;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 16] = [
    "a", "b", "a/b", "a/b/c", "l", "l/x", "../x", "/abs", ".wh.a", "a/.wh.b", "a/.wh..wh..opq",
    ".wh..", "a/.wh...", "m/.wh.file", "m", "m/x",
];
const TARGETS: [&str; 8] = ["/", "..", "../..", "a", "l", "m", "CANARY", "CANARY/file"];

#[derive(Arbitrary, Debug)]
struct Entry {
    name: u8,
    /// A byte of the name replaced (for names the alphabet lacks), or none.
    twist: Option<(u8, u8)>,
    kind: u8,
    target: u8,
    mode: u16,
    mtime: u64,
    data: Vec<u8>,
}

#[derive(Arbitrary, Debug)]
enum Input {
    Structured(Vec<Vec<Entry>>),
    Raw(Vec<Vec<u8>>),
}

fn octal(field: &mut [u8], v: u64) {
    let s = format!("{:0width$o}\0", v, width = field.len() - 1);
    if s.len() == field.len() {
        field.copy_from_slice(s.as_bytes());
    } else {
        field.fill(0);
        field[0] = 0x80;
        let n = field.len();
        field[n - 8..].copy_from_slice(&v.to_be_bytes());
    }
}

fn tar(entries: &[Entry], canary: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for e in entries.iter().take(16) {
        let mut name = NAMES[e.name as usize % NAMES.len()].as_bytes().to_vec();
        if let Some((at, b)) = e.twist {
            let i = at as usize % name.len();
            name[i] = b.max(1);
        }
        let link = TARGETS[e.target as usize % TARGETS.len()].replace("CANARY", canary);
        let kind = b"0125634"[e.kind as usize % 7];
        let data: &[u8] = if kind == b'0' { &e.data[..e.data.len().min(4096)] } else { &[] };
        let mut h = [0u8; 512];
        h[..name.len()].copy_from_slice(&name);
        octal(&mut h[100..108], u64::from(e.mode) & 0o7777);
        octal(&mut h[108..116], 0);
        octal(&mut h[116..124], 0);
        octal(&mut h[124..136], data.len() as u64);
        octal(&mut h[136..148], e.mtime);
        h[156] = kind;
        let l = link.as_bytes();
        h[157..157 + l.len().min(100)].copy_from_slice(&l[..l.len().min(100)]);
        h[257..263].copy_from_slice(b"ustar ");
        h[263..265].copy_from_slice(b" \0");
        h[148..156].fill(b' ');
        let sum: u64 = h.iter().map(|b| u64::from(*b)).sum();
        h[148..156].copy_from_slice(format!("{sum:06o}\0 ").as_bytes());
        out.extend_from_slice(&h);
        out.extend_from_slice(data);
        out.extend(std::iter::repeat_n(0u8, (512 - data.len() % 512) % 512));
    }
    out.extend(std::iter::repeat_n(0u8, 1024));
    out
}

/// Everything under `dir` but `skip`, as (path, kind, content) text.
fn snapshot(dir: &Path, skip: &Path, out: &mut Vec<String>) {
    let mut names: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
    names.sort();
    for p in names {
        if p == skip {
            continue;
        }
        let m = std::fs::symlink_metadata(&p).unwrap();
        use std::os::unix::fs::MetadataExt as _;
        let what = if m.is_file() {
            format!("{:?}", std::fs::read(&p).unwrap())
        } else if m.file_type().is_symlink() {
            format!("{:?}", std::fs::read_link(&p).unwrap())
        } else {
            String::new()
        };
        out.push(format!("{} {:o} {} {what}", p.display(), m.mode(), m.mtime()));
        if m.is_dir() {
            snapshot(&p, skip, out);
        }
    }
}

/// (path, type) of everything under `dir`, as `image files` names them.
fn kinds(root: &Path, dir: &Path, out: &mut Vec<(String, &'static str)>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        let ft = std::fs::symlink_metadata(&p).unwrap().file_type();
        let kind = if ft.is_symlink() {
            "symlink"
        } else if ft.is_dir() {
            "dir"
        } else if ft.is_file() {
            "file"
        } else {
            "other"
        };
        out.push((format!("/{}", p.strip_prefix(root).unwrap().to_string_lossy()), kind));
        if ft.is_dir() {
            kinds(root, &p, out);
        }
    }
}

fuzz_target!(|input: Input| {
    let base = tempfile::tempdir().unwrap();
    let canary = base.path().join("canary");
    std::fs::create_dir_all(canary.join("dir")).unwrap();
    std::fs::write(canary.join("file"), b"canary").unwrap();
    let target = base.path().join("target");
    std::fs::create_dir(&target).unwrap();
    let mut before = Vec::new();
    snapshot(base.path(), &target, &mut before);
    let layers: Vec<Vec<u8>> = match &input {
        Input::Structured(ls) => ls
            .iter()
            .take(3)
            .map(|l| tar(l, canary.to_str().unwrap()))
            .collect(),
        Input::Raw(ls) => ls.iter().take(3).cloned().collect(),
    };
    let opts = hoist::layer::apply::Options::detect();
    let mut all_applied = true;
    for (i, l) in layers.iter().enumerate() {
        if hoist::layer::apply::apply_layer(&target, &format!("{}", i + 1), &l[..], opts).is_err() {
            all_applied = false;
            break;
        }
    }
    let mut after = Vec::new();
    snapshot(base.path(), &target, &mut after);
    assert_eq!(before, after, "something outside the target changed");
    if all_applied {
        let walked: Vec<_> = layers
            .iter()
            .enumerate()
            .map(|(i, l)| hoist::image::files::records_of(&l[..], &format!("{}", i + 1)))
            .collect::<Result<_, _>>()
            .expect("every layer applied, so every layer reads");
        let specs: Vec<hoist::image::LayerSpec> = layers
            .iter()
            .enumerate()
            .map(|(i, l)| hoist::image::LayerSpec {
                index: i + 1,
                desc: hoist::manifest::Descriptor::new(
                    "application/vnd.oci.image.layer.v1.tar",
                    hoist::digest::Digest::sha256(l),
                    l.len() as u64,
                ),
                diff_id: None,
            })
            .collect();
        let (tree, _) = hoist::image::files::merge(&specs, walked);
        let mut listed: Vec<(String, &str)> = tree
            .entries()
            .into_iter()
            .map(|e| {
                let kind = match e.kind {
                    "hardlink" => "file",
                    "fifo" | "char" | "block" => "other",
                    k => k,
                };
                (e.path, kind)
            })
            .collect();
        listed.sort();
        let mut on_disk = Vec::new();
        kinds(&target, &target, &mut on_disk);
        on_disk.sort();
        assert_eq!(listed, on_disk, "image files and extraction disagree");
    }
    // The target may hold read-only directories: open them up so the temp dir can go.
    fn open_up(p: &Path) {
        use std::os::unix::fs::PermissionsExt as _;
        if let Ok(m) = std::fs::symlink_metadata(p) {
            if m.is_dir() {
                let _ = std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o700));
                for e in std::fs::read_dir(p).into_iter().flatten().flatten() {
                    open_up(&e.path());
                }
            }
        }
    }
    open_up(&target);
});
