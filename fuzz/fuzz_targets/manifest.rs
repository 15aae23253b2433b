//! Manifest, index and config views over arbitrary bytes: never a panic, whatever the bytes or
//! the content type claim.
#![no_main]
use libfuzzer_sys::fuzz_target;

const TYPES: [Option<&str>; 6] = [
    None,
    Some("application/vnd.oci.image.manifest.v1+json"),
    Some("application/vnd.oci.image.index.v1+json"),
    Some("application/vnd.docker.distribution.manifest.v2+json"),
    Some("application/vnd.docker.distribution.manifest.list.v2+json"),
    Some("application/vnd.docker.distribution.manifest.v1+prettyjws"),
];

fuzz_target!(|data: &[u8]| {
    let Some((first, rest)) = data.split_first() else {
        return;
    };
    let ct = TYPES[*first as usize % TYPES.len()];
    if let Ok(m) = hoist::manifest::Manifest::from_bytes(bytes::Bytes::copy_from_slice(rest), ct) {
        let _ = m.view();
        let _ = m.json();
        let _ = m.descriptor();
    }
    if let Ok(c) = hoist::manifest::ImageConfig::parse(rest) {
        let _ = c.diff_ids();
        let _ = c.layer_history();
    }
});
