//! Sync files (regsync's shape and skopeo's) and compose specs are user input: parsing them,
//! converting skopeo's, and selecting tags by their rules never panics, whatever the bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let tags: Vec<String> = ["1", "1.2", "v1.2.3", "3.20-rc1", "latest", "edge", "2.0.0+meta"]
        .iter()
        .map(|t| t.to_string())
        .collect();
    let files = [
        hoist::sync::SyncFile::parse(s, "fuzz").ok(),
        if hoist::sync::is_skopeo(s) {
            hoist::sync::from_skopeo(s, "fuzz", "mirror.example.com/m").ok()
        } else {
            None
        },
    ];
    for f in files.into_iter().flatten() {
        for e in f.sync.iter().chain(std::iter::empty()) {
            if let Some(rules) = e.tags.as_ref().or(f.defaults.tags.as_ref()) {
                let _ = hoist::sync::select_tags(tags.clone(), rules);
            }
        }
        let _ = f.client_options(&hoist::client::ClientOptions::new());
    }
});
