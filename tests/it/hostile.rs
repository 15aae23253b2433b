//! Hostile layers: every entry type crossed with the path tricks, in one layer and across
//! layers, applied by the library and by `layer pull --extract`; each case proves that nothing
//! outside the target changed (a snapshot of a canary tree beside it), and gives either the
//! safe result or exit 5 naming the entry. Plus the reproductions from the security review:
//! whiteout names, deferred directory metadata through a replaced name, FIFOs, huge numbers,
//! empty device fields, setuid bits, times of links and FIFOs, diffID mismatches, TMPDIR.

use std::os::unix::fs::{FileTypeExt as _, MetadataExt as _, PermissionsExt as _};
use std::path::Path;

use hoist::layer::apply::{Options, apply_layer};
use proptest::prelude::*;

use crate::support::cmd::Env;
use crate::support::fixtures::{self, Compression};
use crate::support::tarb::{self, E, Sandbox, chr, dir, fifo, file, hard, sym};

fn opts() -> Options {
    Options::detect()
}

/// Empties a target between cases (making read-only directories writable first; links are
/// not followed).
fn reset(target: &Path) {
    fn open_up(p: &Path) {
        let m = std::fs::symlink_metadata(p).unwrap();
        if m.is_dir() {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o700)).unwrap();
            for e in std::fs::read_dir(p).unwrap().flatten() {
                open_up(&e.path());
            }
        }
    }
    open_up(target);
    // Empty it rather than remove it: recreating it would change its parent's time.
    for e in std::fs::read_dir(target).unwrap().flatten() {
        let p = e.path();
        if e.file_type().unwrap().is_dir() {
            std::fs::remove_dir_all(p).unwrap();
        } else {
            std::fs::remove_file(p).unwrap();
        }
    }
}

/// Applies `layers` in order; stops at the first error, which it returns as text with its
/// exit code.
pub(crate) fn apply_all(root: &Path, layers: &[Vec<E>]) -> Result<(), (i32, String)> {
    for (i, l) in layers.iter().enumerate() {
        let t = tarb::tar(l);
        if let Err(e) = apply_layer(root, &format!("{}", i + 1), &t[..], opts()) {
            return Err((hoist::error::kind_of(&e).code(), hoist::error::render(&e)));
        }
    }
    Ok(())
}

/// The names an entry can be given to try to leave the target, given a prelude that plants
/// escaping symlinks (`esc` to the canary by its absolute host path, `up` to `../..`, `top`
/// to `/`) and a directory `r` that a symlink to the canary replaces.
fn tricks(canary: &str) -> (Vec<E>, Vec<&'static str>) {
    let prelude = vec![
        sym("esc", canary),
        sym("up", "../.."),
        sym("top", "/"),
        dir("r"),
        file("r/inner", b"i"),
        sym("r", canary),
        sym("chain", "esc"),
    ];
    let names = vec![
        "x",
        "../x",
        "/x",
        "./../x",
        "esc/x",
        "esc/file",
        "esc/dir",
        "up/x",
        "up/canary/file",
        "top/x",
        "r/x",
        "r/file",
        "chain/file",
        "chain/dir/sub/deep",
    ];
    (prelude, names)
}

fn kinds(name: &str, canary: &str) -> Vec<E> {
    let (parent, base) = match name.rsplit_once('/') {
        Some((p, b)) => (format!("{p}/"), b.to_string()),
        None => (String::new(), name.to_string()),
    };
    vec![
        file(name, b"pwned").mode(0o777),
        dir(name).mode(0o777),
        sym(name, canary),
        sym(name, "../../.."),
        hard(name, "esc/file"),
        hard(name, "../canary/file"),
        hard(name, "r/file"),
        fifo(name).empty_dev(),
        chr(name),
        file(&format!("{parent}.wh.{base}"), b""),
        file(&format!("{name}/.wh..wh..opq"), b""),
        file(&format!("{parent}.wh..wh..opq"), b""),
    ]
}

#[test]
fn every_entry_type_with_every_path_trick_stays_inside() {
    let sb = Sandbox::new();
    let canary = sb.canary().to_str().unwrap().to_string();
    let (prelude, names) = tricks(&canary);
    let before = sb.snapshot();
    let mut cases = 0;
    for name in &names {
        for k in kinds(name, &canary) {
            // In one layer, and split across two.
            for split in [false, true] {
                let target = sb.target();
                reset(&target);
                let layers = if split {
                    vec![prelude.clone(), vec![k.clone()]]
                } else {
                    let mut one = prelude.clone();
                    one.push(k.clone());
                    vec![one]
                };
                let r = apply_all(&target, &layers);
                if let Err((code, msg)) = &r {
                    assert_eq!(*code, 5, "{name} {}: {msg}", k.kind as char);
                    assert!(
                        msg.contains("refusing entry") || msg.contains("in layer"),
                        "{msg}"
                    );
                }
                assert_eq!(
                    sb.snapshot(),
                    before,
                    "{name} (type {}) split={split} changed something outside the target",
                    k.kind as char
                );
                cases += 1;
            }
        }
    }
    assert!(cases > 300);
    // The escaping symlinks were followed inside the target: `esc/x` landed under the canary's
    // absolute path re-rooted at the target.
    let target = sb.target();
    reset(&target);
    let mut l = prelude.clone();
    l.push(file("esc/x", b"inside"));
    l.push(file("up/y", b"inside"));
    apply_all(&target, &[l]).unwrap();
    let rerooted = target.join(canary.trim_start_matches('/'));
    assert_eq!(std::fs::read(rerooted.join("x")).unwrap(), b"inside");
    assert_eq!(std::fs::read(target.join("y")).unwrap(), b"inside");
}

#[test]
fn whiteouts_of_dot_dotdot_and_empty_names_are_refused() {
    for name in [".wh...", ".wh..", ".wh.", "a/b/.wh...", "a/.wh.."] {
        let sb = Sandbox::new();
        let target = sb.target();
        std::fs::create_dir_all(target.join("a/b")).unwrap();
        std::fs::write(target.join("a/b/keep"), b"k").unwrap();
        std::fs::write(target.join("a/keep"), b"k").unwrap();
        let before = sb.snapshot();
        let (code, msg) = apply_all(&target, &[vec![file(name, b"")]]).unwrap_err();
        assert_eq!(code, 5, "{name}: {msg}");
        assert!(msg.contains(&format!("refusing entry `{name}`")), "{msg}");
        assert!(msg.contains("whiteout"), "{msg}");
        assert_eq!(sb.snapshot(), before, "{name}");
        assert!(target.join("a/b/keep").exists() && target.join("a/keep").exists());
    }
}

#[test]
fn deferred_directory_metadata_never_follows_a_replacement() {
    let sb = Sandbox::new();
    let canary = sb.canary();
    let target = sb.target();
    let before = sb.snapshot();
    // A directory, then a symlink by the same name to outside: its mode and time must not
    // reach the canary.
    apply_all(
        &target,
        &[vec![
            dir("d").mode(0o700).mtime(5),
            sym("d", canary.to_str().unwrap()),
        ]],
    )
    .unwrap();
    assert_eq!(sb.snapshot(), before);
    assert_eq!(
        std::fs::read_link(target.join("d")).unwrap(),
        canary.as_path()
    );
    // A directory, then a FIFO by the same name: nothing opens the FIFO (this would hang).
    apply_all(
        &target,
        &[vec![dir("f").mode(0o700), fifo("f").mode(0o640)]],
    )
    .unwrap();
    let m = std::fs::symlink_metadata(target.join("f")).unwrap();
    assert!(m.file_type().is_fifo());
    assert_eq!(m.mode() & 0o7777, 0o640);
}

#[test]
fn huge_times_empty_device_fields_and_odd_numbers_do_not_panic() {
    let sb = Sandbox::new();
    let target = sb.target();
    apply_all(
        &target,
        &[vec![
            file("t63", b"a").mtime(1 << 63),
            file("tmax", b"b").mtime(u64::MAX),
            dir("dmax").mtime(u64::MAX),
            fifo("p").empty_dev().mtime(1_600_000_000),
            file("big-ids", b"c").owner(u64::MAX, 1 << 40),
        ]],
    )
    .unwrap();
    assert_eq!(std::fs::read(target.join("t63")).unwrap(), b"a");
    let p = std::fs::symlink_metadata(target.join("p")).unwrap();
    assert!(p.file_type().is_fifo());
    assert_eq!(p.mtime(), 1_600_000_000, "a FIFO's time is restored");
}

#[test]
fn owners_before_modes_keep_setuid_and_links_keep_their_times() {
    let sb = Sandbox::new();
    let target = sb.target();
    apply_all(
        &target,
        &[vec![
            dir("bin").owner(1000, 1000).mode(0o2775),
            file("bin/su", b"elf").owner(1000, 1000).mode(0o4755),
            file("bin/wall", b"elf").owner(1000, 5).mode(0o2755),
            sym("bin/sh", "su").mtime(1_500_000_000).owner(1000, 1000),
            fifo("bin/pipe").mtime(1_400_000_000).mode(0o600),
        ]],
    )
    .unwrap();
    let m = |p: &str| std::fs::symlink_metadata(target.join(p)).unwrap();
    assert_eq!(m("bin/su").mode() & 0o7777, 0o4755);
    assert_eq!(m("bin/wall").mode() & 0o7777, 0o2755);
    assert_eq!(m("bin").mode() & 0o7777, 0o2775);
    assert_eq!(
        m("bin/sh").mtime(),
        1_500_000_000,
        "a symlink's time is restored"
    );
    assert_eq!(m("bin/pipe").mtime(), 1_400_000_000);
    if Options::detect().as_root {
        assert_eq!((m("bin/su").uid(), m("bin/su").gid()), (1000, 1000));
        assert_eq!((m("bin/sh").uid(), m("bin/sh").gid()), (1000, 1000));
        assert_eq!(m("bin/wall").gid(), 5);
    } else {
        eprintln!("not root: ownership not checked");
    }
}

#[test]
fn tars_cut_in_their_padding_are_accepted_and_cut_in_data_refused() {
    let whole = tarb::tar(&[file("a", b"hello"), file("b", &[7u8; 700])]);
    // Without the end blocks, and cut anywhere inside the last entry's padding.
    let data_end = 512 + 512 + 512 + 700;
    for cut in [whole.len() - 1024, data_end + 1, data_end] {
        let sb = Sandbox::new();
        apply_layer(&sb.target(), "1", &whole[..cut], opts())
            .unwrap_or_else(|e| panic!("cut at {cut}: {e:#}"));
        assert_eq!(std::fs::read(sb.target().join("b")).unwrap().len(), 700);
    }
    // Cut inside the data, or inside a header: refused, exit 5.
    for cut in [data_end - 1, 512 + 512 + 100, 514] {
        let sb = Sandbox::new();
        let e = apply_layer(&sb.target(), "1", &whole[..cut], opts()).unwrap_err();
        assert_eq!(
            hoist::error::kind_of(&e),
            hoist::error::Kind::Verify,
            "cut at {cut}: {e:#}"
        );
    }
}

/// `hoist layer pull R --extract TARGET` into the sandbox's target.
fn extract(env: &Env, r: &str, sb: &Sandbox) -> crate::support::cmd::Out {
    env.run(&[
        "layer",
        "pull",
        r,
        "--extract",
        sb.target().to_str().unwrap(),
    ])
}

/// A one-image layout of `tars` (plain tar layers), with the real diffIDs unless given.
fn layout(tars: &[Vec<u8>], diff_ids: Option<Vec<String>>) -> (tempfile::TempDir, String) {
    let fx = fixtures::from_tars(
        70,
        &tars
            .iter()
            .map(|t| (t.clone(), Compression::Gzip))
            .collect::<Vec<_>>(),
        diff_ids,
    );
    let dir = tempfile::tempdir().unwrap();
    fx.write_layout(dir.path(), "v1");
    let r = format!("ocidir://{}:v1", dir.path().display());
    (dir, r)
}

#[test]
fn layer_pull_refuses_hostile_whiteouts_and_keeps_the_parent() {
    let (_l, r) = layout(
        &[
            tarb::tar(&[dir("a"), file("a/keep", b"k")]),
            tarb::tar(&[file(".wh...", b"")]),
        ],
        None,
    );
    let sb = Sandbox::new();
    let before = sb.snapshot();
    let out = extract(&Env::new(), &r, &sb).code(5);
    out.says("refusing entry `.wh...` in layer 2");
    assert_eq!(sb.snapshot(), before);
    assert!(sb.target().join("a/keep").exists());
}

#[test]
fn a_layer_that_fails_its_diff_id_leaves_the_target_as_the_layers_before_made_it() {
    let good = tarb::tar(&[file("one", b"1")]);
    let bad = tarb::tar(&[file("two", b"2"), file("one", b"overwritten")]);
    let ids = vec![
        format!("sha256:{}", crate::support::sha256_hex(&good)),
        format!("sha256:{}", "0".repeat(64)),
    ];
    let (_l, r) = layout(&[good, bad], Some(ids));
    let sb = Sandbox::new();
    let tmp = tempfile::tempdir().unwrap();
    let mut env = Env::new();
    env.set("TMPDIR", tmp.path().to_str().unwrap());
    let before = sb.snapshot();
    let out = extract(&env, &r, &sb).code(5);
    out.says("diffID").says("layer 2");
    assert_eq!(std::fs::read(sb.target().join("one")).unwrap(), b"1");
    assert!(
        !sb.target().join("two").exists(),
        "nothing of the bad layer is applied"
    );
    assert_eq!(sb.snapshot(), before, "nothing beside the target");
    assert_eq!(
        std::fs::read_dir(tmp.path()).unwrap().count(),
        0,
        "the temporary layers under TMPDIR are removed"
    );
}

#[test]
fn layer_pull_keeps_its_downloads_under_tmpdir() {
    let (_l, r) = layout(&[tarb::tar(&[file("a", b"1")])], None);
    let sb = Sandbox::new();
    let mut env = Env::new();
    env.set(
        "TMPDIR",
        sb.base.path().join("no-such-dir").to_str().unwrap(),
    );
    let before = sb.snapshot();
    extract(&env, &r, &sb).code(1).says("TMPDIR");
    assert_eq!(sb.snapshot(), before);
    // A FIFO over a directory in one layer and huge times: completes, no hang.
    let (_l, r) = layout(
        &[tarb::tar(&[
            dir("d").mode(0o700),
            fifo("d").empty_dev(),
            file("t", b"x").mtime(u64::MAX),
        ])],
        None,
    );
    let sb = Sandbox::new();
    extract(&Env::new(), &r, &sb).ok();
    assert!(
        std::fs::symlink_metadata(sb.target().join("d"))
            .unwrap()
            .file_type()
            .is_fifo()
    );
}

/// Entries drawn from a small alphabet of names, kinds and link targets, so random sequences
/// collide often: replaced types, links through links, whiteouts of what was just made.
/// `/CANARY` in a link target stands for the sandbox's canary directory.
fn arb_entry() -> impl Strategy<Value = E> {
    let names = prop::sample::select(vec![
        "a",
        "b",
        "a/b",
        "a/b/c",
        "b/a",
        "l",
        "l/x",
        "m/x",
        "../a",
        ".wh.a",
        "a/.wh.b",
        "a/.wh..wh..opq",
        ".wh..wh..opq",
        "l/.wh.file",
        ".wh..",
        "a/.wh...",
        "/a",
        "m/.wh.dir",
    ]);
    let targets = prop::sample::select(vec![
        "/",
        "..",
        "../..",
        "a",
        "a/b",
        "l",
        "m",
        "/CANARY",
        "/CANARY/file",
        "/CANARY/dir",
    ]);
    (names, 0u8..7, targets, 0u32..0o10000).prop_map(|(n, k, t, mode)| match k {
        0 => file(n, b"data").mode(mode),
        1 => dir(n).mode(mode | 0o700),
        2 => sym(n, t),
        3 => hard(n, t),
        4 => fifo(n).empty_dev(),
        5 => file(n, b""),
        _ => dir(n).mode(0o555),
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_layers_never_escape_or_panic(
        seqs in prop::collection::vec(prop::collection::vec(arb_entry(), 1..8), 1..4)
    ) {
        let sb = Sandbox::new();
        let canary = sb.canary().to_str().unwrap().to_string();
        let target = sb.target();
        let before = sb.snapshot();
        let layers: Vec<Vec<E>> = seqs.into_iter().map(|l| l.into_iter().map(|mut e| {
            let s = String::from_utf8_lossy(&e.link).replace("/CANARY", &canary);
            e.link = s.into_bytes();
            e
        }).collect()).collect();
        let r = std::panic::catch_unwind(|| apply_all(&target, &layers));
        prop_assert!(r.is_ok(), "panicked");
        if let Err((code, msg)) = r.unwrap() {
            prop_assert!(code == 5, "exit {code}: {msg}");
        }
        prop_assert_eq!(sb.snapshot(), before);
        reset(&target);
    }
}

#[test]
fn read_only_directories_still_receive_children_and_are_replaced() {
    let sb = Sandbox::new();
    let t = sb.target();
    apply_all(
        &t,
        &[
            vec![dir("ro").mode(0o555), file("ro/a", b"a")],
            vec![file("ro/b", b"b"), file("ro", b"now a file")],
        ],
    )
    .unwrap();
    assert_eq!(std::fs::read(t.join("ro")).unwrap(), b"now a file");
    let perm = std::fs::metadata(&t).unwrap().permissions().mode();
    assert_ne!(perm, 0);
}

/// Entries that extraction accepts, drawn so that layers collide: replaced types, whiteouts
/// and opaque directories of what lower layers made, links inside the image.
pub(crate) fn arb_benign() -> impl Strategy<Value = E> {
    let names = prop::sample::select(vec![
        "a",
        "b",
        "a/b",
        "a/c",
        "a/b/c",
        "d",
        "d/e",
        "l",
        "l/x",
        "s",
        ".wh.a",
        "a/.wh.b",
        "a/.wh..wh..opq",
        "d/.wh..wh..opq",
        ".wh.d",
        "a/.wh.c",
        ".wh.l",
    ]);
    let targets = prop::sample::select(vec!["a", "d", "/a", "a/b", "../d", "nowhere"]);
    (names, 0u8..5, targets).prop_map(|(n, k, t)| match k {
        0 => file(n, n.as_bytes()),
        1 => dir(n),
        2 => sym(n, t),
        3 => file(n, b""),
        _ => dir(n).mode(0o750),
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    /// `image files` merges layers in memory with the rules extraction applies on disk: for
    /// every sequence extraction accepts, both give the same paths, types, sizes and links.
    #[test]
    fn the_in_memory_merge_agrees_with_extraction(
        seqs in prop::collection::vec(prop::collection::vec(arb_benign(), 1..8), 1..4)
    ) {
        let sb = Sandbox::new();
        let target = sb.target();
        prop_assume!(apply_all(&target, &seqs).is_ok());
        let tars: Vec<Vec<u8>> = seqs.iter().map(|l| tarb::tar(l)).collect();
        let walked: Vec<_> = tars
            .iter()
            .enumerate()
            .map(|(i, t)| hoist::image::files::records_of(&t[..], &format!("{}", i + 1)).unwrap())
            .collect();
        let specs: Vec<hoist::image::LayerSpec> = (0..tars.len())
            .map(|i| hoist::image::LayerSpec {
                index: i + 1,
                desc: hoist::manifest::Descriptor::new(
                    "application/vnd.oci.image.layer.v1.tar",
                    hoist::digest::Digest::sha256(&tars[i]),
                    tars[i].len() as u64,
                ),
                diff_id: None,
            })
            .collect();
        let (tree, _) = hoist::image::files::merge(&specs, walked);
        let listed: std::collections::BTreeMap<String, (String, u64, Option<String>)> = tree
            .entries()
            .into_iter()
            .map(|e| {
                let kind = if e.kind == "hardlink" { "file" } else { e.kind };
                let link = (kind == "symlink").then(|| e.link.clone().unwrap());
                (e.path, (kind.to_string(), if kind == "file" { e.size } else { 0 }, link))
            })
            .collect();
        let on_disk: std::collections::BTreeMap<String, (String, u64, Option<String>)> =
            crate::inside::extracted(&target)
                .into_iter()
                .map(|(p, (kind, _mode, size, link))| (p, (kind, size, link)))
                .collect();
        prop_assert_eq!(listed, on_disk);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    /// `image cat` decides from the top layer down; for every path that is a regular file or
    /// absent in the extracted tree (with no symlink on the way), it agrees with extraction.
    #[test]
    fn cat_from_the_top_agrees_with_extraction(
        seqs in prop::collection::vec(prop::collection::vec(arb_benign(), 1..8), 1..4)
    ) {
        let sb = Sandbox::new();
        let target = sb.target();
        prop_assume!(apply_all(&target, &seqs).is_ok());
        // Tars made by diffing filesystems never name a path through a symlinked directory;
        // `image cat` reads entries by the names the tars give (documented).
        let links: Vec<String> = seqs
            .iter()
            .flatten()
            .filter(|e| e.kind == b'2')
            .map(|e| format!("{}/", String::from_utf8_lossy(&e.name)))
            .collect();
        prop_assume!(!seqs.iter().flatten().any(|e| {
            let n = String::from_utf8_lossy(&e.name);
            links.iter().any(|l| n.starts_with(l.as_str()))
        }));
        let fx = fixtures::from_tars(
            120,
            &seqs.iter().map(|l| (tarb::tar(l), Compression::None)).collect::<Vec<_>>(),
            None,
        );
        let dir = tempfile::tempdir().unwrap();
        fx.write_layout(dir.path(), "v1");
        let r = format!("ocidir://{}:v1", dir.path().display());
        let env = Env::new();
        for p in ["a", "b", "a/b", "a/c", "a/b/c", "d/e", "s"] {
            let mut through_link = false;
            let mut cur = target.clone();
            for c in Path::new(p).components() {
                cur.push(c);
                if std::fs::symlink_metadata(&cur).is_ok_and(|m| m.file_type().is_symlink()) {
                    through_link = true;
                }
            }
            if through_link {
                continue;
            }
            let out = env.run(&["image", "cat", &r, &format!("/{p}")]);
            // A layer that lists the path twice: cat says so instead of showing the wrong one.
            if out.code == 1 && out.stderr.contains("more than once") {
                continue;
            }
            match std::fs::symlink_metadata(target.join(p)) {
                Ok(m) if m.is_file() => {
                    prop_assert_eq!(out.code, 0, "{}: {}", p, out.stderr);
                    prop_assert_eq!(&out.stdout, &std::fs::read(target.join(p)).unwrap());
                }
                Ok(_) => {}
                Err(_) => prop_assert_eq!(out.code, 3, "{}: {}", p, out.stderr),
            }
        }
    }
}

/// What the property tests found, kept as fixed cases.
#[test]
fn a_symlink_replaced_by_a_directory_and_a_whiteout_of_a_linked_path_agree_everywhere() {
    let env = Env::new();
    let tmp = tempfile::tempdir().unwrap();
    let layout = |name: &str, layers: &[Vec<E>]| {
        let fx = fixtures::from_tars(
            140,
            &layers
                .iter()
                .map(|l| (tarb::tar(l), Compression::Gzip))
                .collect::<Vec<_>>(),
            None,
        );
        let p = tmp.path().join(name);
        fx.write_layout(&p, "v1");
        format!("ocidir://{}:v1", p.display())
    };
    // `a/b -> /a`, then `a/b` made a directory in the same layer: `a/b/c` is not `a/c`.
    let r = layout(
        "cat",
        &[vec![sym("a/b", "/a"), file("a/c", b"c"), dir("a/b")]],
    );
    env.run(&["image", "cat", &r, "/a/b/c"]).code(3);
    env.run(&["image", "cat", &r, "/a/c"]).ok();
    // A directory made through a symlink, whose link the same layer then deletes, keeps the
    // mode its entry gave it; squashed and extracted, the tree is the same.
    let layers = vec![
        vec![sym("a/b", "a")],
        vec![dir("a/b/c").mode(0o750), file("a/.wh.b", b"")],
    ];
    let sb = Sandbox::new();
    apply_all(&sb.target(), &layers).unwrap();
    let r = layout("squash", &layers);
    let sq = format!("ocidir://{}:sq", tmp.path().join("sq").display());
    env.run(&["image", "squash", &r, &sq]).ok();
    let root = tmp.path().join("root");
    env.run(&["layer", "pull", &sq, "--extract", root.to_str().unwrap()])
        .ok();
    assert_eq!(
        crate::inside::extracted(&root),
        crate::inside::extracted(&sb.target())
    );
    let m = std::fs::metadata(sb.target().join("a/a/c")).unwrap();
    assert_eq!(m.permissions().mode() & 0o777, 0o750);
}
