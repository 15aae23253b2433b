//! What a client sends `hoist serve`: request paths (repository names become directories,
//! so a name that leaves the grammar must be refused, never a panic), `Range` headers, query
//! values and htpasswd files.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(hoist::serve::Route::Manifest(name, _)
    | hoist::serve::Route::Blob(name, _)
    | hoist::serve::Route::Tags(name)
    | hoist::serve::Route::Uploads(name, _)
    | hoist::serve::Route::Referrers(name, _)) = hoist::serve::route(s)
    {
        // A name that reaches the store is a relative path of plain components, and where it
        // is stored never meets a layout's own files (`blobs`, `index.json` and `oci-layout`
        // are repository names too, stored escaped).
        assert!(!name.is_empty() && !name.starts_with('/'));
        for c in name.split('/') {
            assert!(!c.is_empty() && c != "." && c != "..", "{name}");
            assert!(!c.contains('%') && !c.contains('\\'), "{name}");
        }
        for c in hoist::serve::store::storage_path(&name).components() {
            let std::path::Component::Normal(c) = c else {
                panic!("{name}: {c:?}");
            };
            assert!(!["blobs", "index.json", "oci-layout"].contains(&c.to_str().unwrap()), "{name}");
        }
    }
    let size = data.len() as u64;
    if let Ok(Some((a, b))) = hoist::serve::span(Some(s), size) {
        assert!(a <= b && b < size, "{s}: {a}-{b} of {size}");
    }
    let _ = hoist::serve::unescape(s);
    let _ = hoist::serve::auth::Users::parse(s);
});
