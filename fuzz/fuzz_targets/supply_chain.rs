//! What registries and other tools hand `artifact` and `verify`: layer titles (which become
//! file names), `FILE[:MEDIATYPE]` arguments, public keys (PEM, DER inside) and signatures
//! over payloads. Never a panic; a title that is accepted is one plain file name.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if hoist::artifact::unsafe_title(s).is_none() {
        let p = std::path::Path::new(s);
        let parts: Vec<_> = p.components().collect();
        assert_eq!(parts.len(), 1, "{s:?}");
        assert!(
            matches!(parts[0], std::path::Component::Normal(_)),
            "{s:?}"
        );
    }
    let _ = hoist::artifact::FileSpec::parse(s);
    // A key from these bytes (as PEM, and as the body of a PEM block) verifies or refuses a
    // signature without panicking.
    let pem = format!(
        "-----BEGIN PUBLIC KEY-----\n{}\n-----END PUBLIC KEY-----\n",
        base64_of(data)
    );
    for text in [s.to_string(), pem] {
        if let Ok(k) = hoist::sign::PublicKey::read(&text, "fuzz") {
            let (msg, sig) = data.split_at(data.len() / 2);
            let _ = k.verifies(msg, sig);
        }
    }
    let _ = hoist::sign::read_private(s, "fuzz", || Ok(zeroize::Zeroizing::new(Vec::new())));
});

fn base64_of(b: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for c in b.chunks(3) {
        let n = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            if i <= c.len() {
                out.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}
