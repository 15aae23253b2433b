//! `hoist key`, `sign`, `verify` and `copy --verify-key`: cosign's key files and its tag-based
//! signatures (the simple-signing payload as a layer of the manifest tagged `sha256-<hex>.sig`).
//!
//! [`keys`] reads and writes keys; [`cosign`] signs and verifies images with them. It returns
//! data and failures; it must not print, prompt for passwords (the caller hands them in) or
//! write anything but the signature manifest and its blobs.

pub mod cosign;
pub mod keys;

pub use cosign::{
    Identity, Promotion, Signed, Verified, check_promotion, identity, payload, sig_tag, sign,
    target, verify,
};
pub use keys::{PrivateKey, PublicKey, generate, read_private};
