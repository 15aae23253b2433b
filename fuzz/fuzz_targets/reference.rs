//! Reference parsing: never panics, and what it accepts prints back to a reference that parses
//! to the same thing (unless the printed name, with `docker.io/library/` added, passes the
//! 255-character limit that applies to names as written).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(r) = hoist::reference::ImageRef::parse(s) {
        let shown = r.to_string();
        let name = shown.split('@').next().unwrap_or("");
        let name = match name.rfind(':') {
            Some(i) if !name[i..].contains('/') => &name[..i],
            _ => name,
        };
        if name.len() > 255 {
            return;
        }
        let again = hoist::reference::ImageRef::parse(&r.to_string())
            .unwrap_or_else(|e| panic!("{s:?} parsed, but its display {r} does not: {e}"));
        assert_eq!(r, again, "{s:?}");
    }
});
