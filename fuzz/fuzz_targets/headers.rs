//! `WWW-Authenticate` challenges and `Link` headers from registries, and what a credential
//! helper prints: never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = hoist::auth::store::helper_output("docker-credential-fuzz", data);
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let _ = hoist::auth::parse_challenge(s);
    let _ = hoist::client::api::next_link(s);
});
