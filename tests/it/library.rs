//! The library calls behind commands that used to live in command files: copying every tag
//! (`sync::all_tags`), copying with compression (`image::change::compress_copy`) and copying
//! into an archive with its name (`transfer::archive::copy_into`, `load_name`). A library user
//! gets them without the CLI.

use hoist::archive::{ArchiveRef, Kind};
use hoist::client::{Client, ClientOptions};
use hoist::media_types::Compression;
use hoist::reference::ImageRef;
use hoist::repo::Repo;

use crate::support::cmd::Env;

fn hello() -> String {
    format!("ocidir://{}/examples/hello:1.0", env!("CARGO_MANIFEST_DIR"))
}

fn client() -> Client {
    Client::new(ClientOptions::new())
}

#[test]
fn all_tags_is_one_repository_entry_with_the_filters() {
    let f = hoist::sync::all_tags("a.example/src", "b.example/dst", Some("^v1"), Some("-rc$"));
    assert_eq!(f.sync.len(), 1);
    let e = &f.sync[0];
    assert_eq!(
        (e.source.as_str(), e.target.as_str()),
        ("a.example/src", "b.example/dst")
    );
    assert!(matches!(e.kind, hoist::sync::EntryKind::Repository));
    let rules = e.settings.tags.as_ref().unwrap();
    assert_eq!(rules.allow, ["^v1"]);
    assert_eq!(rules.deny, ["-rc$"]);
}

#[test]
fn compress_copy_compresses_only_what_is_uncompressed() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let work = tempfile::tempdir().unwrap();
    // A docker archive's layers are plain tars.
    let tar = work.path().join("saved.tar");
    Env::new()
        .run(&[
            "archive",
            "create",
            tar.to_str().unwrap(),
            &hello(),
            "-p",
            "linux/amd64",
        ])
        .ok();
    let c = client();
    let dst_ref = ImageRef::parse(&format!("ocidir://{}/out:1", work.path().display())).unwrap();
    let dst = Repo::open_for_write(&c, &dst_ref).unwrap();
    let src = ImageRef::parse(&format!("docker-archive:{}", tar.display())).unwrap();
    let out = rt
        .block_on(hoist::image::change::compress_copy(
            &c,
            &src,
            &dst,
            Vec::new(),
            Compression::Gzip,
        ))
        .unwrap()
        .expect("the archive's layers are uncompressed");
    assert_eq!(out.compressed, 2);
    let layers = match out.top.view().unwrap() {
        hoist::manifest::View::Image(m) => m.layers,
        other => panic!("{other:?}"),
    };
    assert!(
        layers.iter().all(|l| l.media_type.ends_with("gzip")),
        "{layers:?}"
    );
    // Already compressed: nothing to do.
    let gz = ImageRef::parse(&hello()).unwrap();
    let none = rt
        .block_on(hoist::image::change::compress_copy(
            &c,
            &gz,
            &dst,
            Vec::new(),
            Compression::Gzip,
        ))
        .unwrap();
    assert!(none.is_none());
}

#[test]
fn copy_into_an_archive_names_the_image() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let work = tempfile::tempdir().unwrap();
    let c = client();
    let reg = ImageRef::parse("registry.example.com/team/app:1.2").unwrap();
    assert_eq!(
        hoist::transfer::archive::load_name(&reg).as_deref(),
        Some("registry.example.com/team/app:1.2")
    );
    assert_eq!(
        hoist::transfer::archive::load_name(&ImageRef::parse(&hello()).unwrap()),
        None
    );
    let arch = ArchiveRef {
        kind: Kind::Oci,
        path: work.path().join("a.tar"),
        selector: Some("hello".into()),
    };
    let src = ImageRef::parse(&hello()).unwrap();
    let w = rt
        .block_on(hoist::transfer::archive::copy_into(&c, &src, &arch, None))
        .unwrap();
    assert_eq!(w.images, 1);
    let tags = Env::new()
        .run(&["tag", "ls", &format!("oci-archive:{}", arch.path.display())])
        .ok()
        .text();
    assert_eq!(tags.trim(), "hello");
}
