//! Keys in cosign's formats: the encrypted private key (`ENCRYPTED SIGSTORE PRIVATE KEY`, or
//! the older `ENCRYPTED COSIGN PRIVATE KEY`: scrypt, then nacl/secretbox around PKCS#8 DER),
//! unencrypted PKCS#8 PEM, and PKIX public keys; signing and verifying with them.
//!
//! The primitives are ring's and RustCrypto's; this file only reads and writes their encodings.
//! It must not print, log or format a private key or a password: [`PrivateKey`]'s `Debug`
//! names only its algorithm, and passwords and decrypted key bytes are wiped when dropped.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use pkcs8::der::Decode as _;
use ring::rand::SecureRandom as _;
use ring::signature::{self as rs, KeyPair as _};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::error::Failure;

/// The PEM type cosign writes for its encrypted private keys.
pub const SIGSTORE_PRIVATE: &str = "ENCRYPTED SIGSTORE PRIVATE KEY";
/// The PEM type older cosign versions wrote.
pub const COSIGN_PRIVATE: &str = "ENCRYPTED COSIGN PRIVATE KEY";

const OID_EC: &str = "1.2.840.10045.2.1";
const OID_P256: &str = "1.2.840.10045.3.1.7";
const OID_P384: &str = "1.3.132.0.34";
const OID_RSA: &str = "1.2.840.113549.1.1.1";
const OID_RSA_PSS: &str = "1.2.840.113549.1.1.10";
const OID_ED25519: &str = "1.3.101.112";

/// scrypt's cost for new keys (cosign's current default); reading also takes 2^15 and 2^17.
const SCRYPT_LOG_N: u8 = 16;

fn bad_key(what: &str, why: impl std::fmt::Display) -> Failure {
    Failure::usage(format!("{what}: {why}"))
}

/// One PEM block: its type and DER body.
fn pem_decode(text: &str, what: &str) -> Result<(String, Vec<u8>), Failure> {
    let begin = text
        .find("-----BEGIN ")
        .ok_or_else(|| bad_key(what, "not a key (no PEM block)"))?;
    let rest = &text[begin + 11..];
    let label_end = rest
        .find("-----")
        .ok_or_else(|| bad_key(what, "not a key (a broken PEM header)"))?;
    let label = rest[..label_end].to_string();
    let body = &rest[label_end + 5..];
    let end_marker = format!("-----END {label}-----");
    let end = body
        .find(&end_marker)
        .ok_or_else(|| bad_key(what, format!("not a key (no `{end_marker}`)")))?;
    let b64: String = body[..end]
        .chars()
        .filter(|c| !c.is_ascii_whitespace())
        .collect();
    let der = B64
        .decode(b64)
        .map_err(|e| bad_key(what, format!("not a key (its PEM body is not base64: {e})")))?;
    Ok((label, der))
}

fn pem_encode(label: &str, der: &[u8]) -> String {
    let b64 = B64.encode(der);
    let mut out = format!("-----BEGIN {label}-----\n");
    for line in b64.as_bytes().chunks(64) {
        out.push_str(std::str::from_utf8(line).expect("base64 is ASCII"));
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}

/// cosign's envelope around an encrypted key (the secure-systems-lab format).
#[derive(Serialize, Deserialize)]
struct Envelope {
    kdf: Kdf,
    cipher: Cipher,
    #[serde(with = "b64")]
    ciphertext: Vec<u8>,
}

#[derive(Serialize, Deserialize)]
struct Kdf {
    name: String,
    params: KdfParams,
    #[serde(with = "b64")]
    salt: Vec<u8>,
}

#[derive(Serialize, Deserialize)]
struct KdfParams {
    #[serde(rename = "N")]
    n: u64,
    r: u32,
    p: u32,
}

#[derive(Serialize, Deserialize)]
struct Cipher {
    name: String,
    #[serde(with = "b64")]
    nonce: Vec<u8>,
}

mod b64 {
    use base64::Engine as _;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::B64.encode(v))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let s = String::deserialize(d)?;
        super::B64.decode(s).map_err(serde::de::Error::custom)
    }
}

fn secretbox_key(password: &[u8], salt: &[u8], log_n: u8) -> Result<Zeroizing<[u8; 32]>, Failure> {
    let params = scrypt::Params::new(log_n, 8, 1, 32)
        .map_err(|e| Failure::new(crate::error::Kind::Other, format!("scrypt: {e}")))?;
    let mut key = Zeroizing::new([0u8; 32]);
    scrypt::scrypt(password, salt, &params, key.as_mut())
        .map_err(|e| Failure::new(crate::error::Kind::Other, format!("scrypt: {e}")))?;
    Ok(key)
}

fn random(n: usize) -> Vec<u8> {
    let mut v = vec![0u8; n];
    ring::rand::SystemRandom::new()
        .fill(&mut v)
        .expect("the system's random source");
    v
}

/// A key file's text; one that cannot be read is a usage error naming it.
pub fn read_key_file(path: &std::path::Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).map_err(|e| {
        Failure::usage(format!("cannot read key file `{}`: {e}", path.display())).into()
    })
}

/// A new ECDSA P-256 key pair, as `cosign generate-key-pair` makes: the private key encrypted
/// under `password` (PEM `ENCRYPTED SIGSTORE PRIVATE KEY`) and the public key (PEM `PUBLIC KEY`).
pub fn generate(password: &[u8]) -> Result<(Zeroizing<String>, String), Failure> {
    let rng = ring::rand::SystemRandom::new();
    let pkcs8 = rs::EcdsaKeyPair::generate_pkcs8(&rs::ECDSA_P256_SHA256_ASN1_SIGNING, &rng)
        .map_err(|_| Failure::new(crate::error::Kind::Other, "generating a P-256 key failed"))?;
    let pair =
        rs::EcdsaKeyPair::from_pkcs8(&rs::ECDSA_P256_SHA256_ASN1_SIGNING, pkcs8.as_ref(), &rng)
            .map_err(|e| Failure::new(crate::error::Kind::Other, format!("the new key: {e}")))?;
    let salt = random(32);
    let nonce = random(24);
    let key = secretbox_key(password, &salt, SCRYPT_LOG_N)?;
    let ciphertext = {
        use crypto_secretbox::aead::{Aead as _, KeyInit as _};
        let cipher = crypto_secretbox::XSalsa20Poly1305::new(key.as_ref().into());
        cipher
            .encrypt(nonce.as_slice().into(), pkcs8.as_ref())
            .map_err(|_| Failure::new(crate::error::Kind::Other, "sealing the key failed"))?
    };
    let env = Envelope {
        kdf: Kdf {
            name: "scrypt".into(),
            params: KdfParams {
                n: 1 << SCRYPT_LOG_N,
                r: 8,
                p: 1,
            },
            salt,
        },
        cipher: Cipher {
            name: "nacl/secretbox".into(),
            nonce,
        },
        ciphertext,
    };
    let json = serde_json::to_vec(&env).expect("the envelope serialises");
    let private = Zeroizing::new(pem_encode(SIGSTORE_PRIVATE, &json));
    let public = pem_encode("PUBLIC KEY", &p256_spki(pair.public_key().as_ref()));
    Ok((private, public))
}

/// The PKIX encoding of an uncompressed P-256 point.
fn p256_spki(point: &[u8]) -> Vec<u8> {
    // SEQUENCE { SEQUENCE { id-ecPublicKey, prime256v1 }, BIT STRING (point) }
    const PREFIX: [u8; 26] = [
        0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08,
        0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00,
    ];
    let mut out = PREFIX.to_vec();
    out.extend_from_slice(point);
    out
}

enum Signer {
    Ecdsa(rs::EcdsaKeyPair),
    Rsa(rs::RsaKeyPair),
    Ed25519(rs::Ed25519KeyPair),
}

/// A private key able to sign.
pub struct PrivateKey {
    signer: Signer,
    algorithm: &'static str,
}

impl std::fmt::Debug for PrivateKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PrivateKey({})", self.algorithm)
    }
}

impl PrivateKey {
    /// The algorithm, as said to users (`ECDSA P-256`).
    pub fn algorithm(&self) -> &'static str {
        self.algorithm
    }

    /// Signs `msg` as cosign does: ECDSA (ASN.1 DER) with SHA-256 for P-256 and SHA-384 for
    /// P-384, RSA PKCS#1 v1.5 with SHA-256, Ed25519.
    pub fn sign(&self, msg: &[u8]) -> Result<Vec<u8>, Failure> {
        let rng = ring::rand::SystemRandom::new();
        let failed = |_| Failure::new(crate::error::Kind::Other, "signing failed");
        match &self.signer {
            Signer::Ecdsa(k) => Ok(k.sign(&rng, msg).map_err(failed)?.as_ref().to_vec()),
            Signer::Rsa(k) => {
                let mut sig = vec![0u8; k.public().modulus_len()];
                k.sign(&rs::RSA_PKCS1_SHA256, &rng, msg, &mut sig)
                    .map_err(failed)?;
                Ok(sig)
            }
            Signer::Ed25519(k) => Ok(k.sign(msg).as_ref().to_vec()),
        }
    }

    /// The matching public key.
    pub fn public(&self) -> PublicKey {
        match &self.signer {
            Signer::Ecdsa(k) => {
                let point = k.public_key().as_ref().to_vec();
                if self.algorithm == "ECDSA P-256" {
                    PublicKey::P256(point)
                } else {
                    PublicKey::P384(point)
                }
            }
            Signer::Rsa(k) => PublicKey::Rsa(k.public().as_ref().to_vec()),
            Signer::Ed25519(k) => PublicKey::Ed25519(k.public_key().as_ref().to_vec()),
        }
    }
}

/// Whether a private key file's text is one of cosign's encrypted keys (which need a password).
pub fn is_encrypted(text: &str) -> bool {
    text.contains(&format!("-----BEGIN {SIGSTORE_PRIVATE}-----"))
        || text.contains(&format!("-----BEGIN {COSIGN_PRIVATE}-----"))
}

/// Reads a private key file's text: cosign's encrypted formats (decrypted with the password
/// `password` yields, asked only then) or unencrypted PKCS#8 PEM. Every failure says what was
/// wrong (wrong password, not a key, unsupported algorithm) and is a usage error.
pub fn read_private(
    text: &str,
    what: &str,
    password: impl FnOnce() -> anyhow::Result<Zeroizing<Vec<u8>>>,
) -> anyhow::Result<PrivateKey> {
    let (label, der) = pem_decode(text, what)?;
    let der = Zeroizing::new(der);
    let pkcs8 = match label.as_str() {
        SIGSTORE_PRIVATE | COSIGN_PRIVATE => {
            let env: Envelope = serde_json::from_slice(&der)
                .map_err(|e| bad_key(what, format!("not a cosign key (its envelope: {e})")))?;
            if env.kdf.name != "scrypt" || env.cipher.name != "nacl/secretbox" {
                return Err(bad_key(
                    what,
                    format!(
                        "unsupported encryption `{}` with `{}` (cosign uses scrypt and nacl/secretbox)",
                        env.kdf.name, env.cipher.name
                    ),
                )
                .into());
            }
            let log_n = match (env.kdf.params.n, env.kdf.params.r, env.kdf.params.p) {
                (32768, 8, 1) => 15,
                (65536, 8, 1) => 16,
                (131072, 8, 1) => 17,
                (n, r, p) => {
                    return Err(bad_key(
                        what,
                        format!("unsupported scrypt parameters N={n} r={r} p={p} (cosign accepts N of 32768, 65536 or 131072 with r=8, p=1)"),
                    )
                    .into());
                }
            };
            if env.cipher.nonce.len() != 24 {
                return Err(bad_key(what, "not a cosign key (its nonce is not 24 bytes)").into());
            }
            let pass = password()?;
            let key = secretbox_key(&pass, &env.kdf.salt, log_n)?;
            use crypto_secretbox::aead::{Aead as _, KeyInit as _};
            let cipher = crypto_secretbox::XSalsa20Poly1305::new(key.as_ref().into());
            Zeroizing::new(
                cipher
                    .decrypt(
                        env.cipher.nonce.as_slice().into(),
                        env.ciphertext.as_slice(),
                    )
                    .map_err(|_| {
                        bad_key(what, "wrong password (the key does not decrypt with it)")
                            .hint("the password comes from COSIGN_PASSWORD, else a prompt")
                    })?,
            )
        }
        "PRIVATE KEY" => der,
        "EC PRIVATE KEY" | "RSA PRIVATE KEY" => {
            return Err(bad_key(
                what,
                format!("a `{label}` PEM block is not read; give the key as PKCS#8 (`openssl pkcs8 -topk8`) or a cosign key"),
            )
            .into());
        }
        "PUBLIC KEY" => {
            return Err(
                bad_key(what, "this is a public key; signing needs the private key").into(),
            );
        }
        other => return Err(bad_key(what, format!("not a private key (PEM `{other}`)")).into()),
    };
    Ok(parse_pkcs8(&pkcs8, what)?)
}

fn parse_pkcs8(der: &[u8], what: &str) -> Result<PrivateKey, Failure> {
    let info = pkcs8::PrivateKeyInfo::from_der(der)
        .map_err(|e| bad_key(what, format!("not a PKCS#8 private key ({e})")))?;
    let oid = info.algorithm.oid.to_string();
    let curve = info.algorithm.parameters_oid().ok().map(|o| o.to_string());
    let rng = ring::rand::SystemRandom::new();
    let rejected = |e: ring::error::KeyRejected| bad_key(what, format!("the key is rejected: {e}"));
    match (oid.as_str(), curve.as_deref()) {
        (OID_EC, Some(OID_P256)) => Ok(PrivateKey {
            signer: Signer::Ecdsa(
                rs::EcdsaKeyPair::from_pkcs8(&rs::ECDSA_P256_SHA256_ASN1_SIGNING, der, &rng)
                    .map_err(rejected)?,
            ),
            algorithm: "ECDSA P-256",
        }),
        (OID_EC, Some(OID_P384)) => Ok(PrivateKey {
            signer: Signer::Ecdsa(
                rs::EcdsaKeyPair::from_pkcs8(&rs::ECDSA_P384_SHA384_ASN1_SIGNING, der, &rng)
                    .map_err(rejected)?,
            ),
            algorithm: "ECDSA P-384",
        }),
        (OID_EC, c) => Err(bad_key(
            what,
            format!(
                "unsupported algorithm: ECDSA on curve {} (P-256 and P-384 sign)",
                c.unwrap_or("?")
            ),
        )),
        (OID_RSA, _) => Ok(PrivateKey {
            signer: Signer::Rsa(rs::RsaKeyPair::from_pkcs8(der).map_err(rejected)?),
            algorithm: "RSA",
        }),
        (OID_ED25519, _) => Ok(PrivateKey {
            signer: Signer::Ed25519(
                rs::Ed25519KeyPair::from_pkcs8_maybe_unchecked(der).map_err(rejected)?,
            ),
            algorithm: "Ed25519",
        }),
        (other, _) => Err(bad_key(
            what,
            format!("unsupported algorithm {other} (ECDSA P-256/P-384, RSA and Ed25519 sign)"),
        )),
    }
}

/// A public key that verifies cosign's signatures.
#[derive(Clone, PartialEq, Eq)]
pub enum PublicKey {
    /// An uncompressed P-256 point.
    P256(Vec<u8>),
    /// An uncompressed P-384 point.
    P384(Vec<u8>),
    /// A PKCS#1 `RSAPublicKey`.
    Rsa(Vec<u8>),
    Ed25519(Vec<u8>),
}

impl std::fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.algorithm())
    }
}

impl PublicKey {
    pub fn algorithm(&self) -> &'static str {
        match self {
            PublicKey::P256(_) => "ECDSA P-256",
            PublicKey::P384(_) => "ECDSA P-384",
            PublicKey::Rsa(_) => "RSA",
            PublicKey::Ed25519(_) => "Ed25519",
        }
    }

    /// Reads public key files (for `verify` and `copy --verify-key`).
    pub fn read_files(paths: &[std::path::PathBuf]) -> anyhow::Result<Vec<PublicKey>> {
        paths
            .iter()
            .map(|p| {
                Ok(PublicKey::read(
                    &read_key_file(p)?,
                    &format!("`{}`", p.display()),
                )?)
            })
            .collect()
    }

    /// Reads a PEM `PUBLIC KEY` (PKIX).
    pub fn read(text: &str, what: &str) -> Result<PublicKey, Failure> {
        let (label, der) = pem_decode(text, what)?;
        match label.as_str() {
            "PUBLIC KEY" => {}
            SIGSTORE_PRIVATE | COSIGN_PRIVATE | "PRIVATE KEY" | "EC PRIVATE KEY"
            | "RSA PRIVATE KEY" => {
                return Err(bad_key(
                    what,
                    "this is a private key; verifying takes the public key (cosign.pub)",
                ));
            }
            other => return Err(bad_key(what, format!("not a public key (PEM `{other}`)"))),
        }
        let info = spki::SubjectPublicKeyInfoRef::from_der(&der)
            .map_err(|e| bad_key(what, format!("not a PKIX public key ({e})")))?;
        let oid = info.algorithm.oid.to_string();
        let curve = info.algorithm.parameters_oid().ok().map(|o| o.to_string());
        let bits = info
            .subject_public_key
            .as_bytes()
            .ok_or_else(|| bad_key(what, "not a PKIX public key (unaligned bits)"))?
            .to_vec();
        match (oid.as_str(), curve.as_deref()) {
            (OID_EC, Some(OID_P256)) => Ok(PublicKey::P256(bits)),
            (OID_EC, Some(OID_P384)) => Ok(PublicKey::P384(bits)),
            (OID_EC, c) => Err(bad_key(
                what,
                format!(
                    "unsupported algorithm: ECDSA on curve {} (P-256 and P-384 verify)",
                    c.unwrap_or("?")
                ),
            )),
            (OID_RSA, _) => Ok(PublicKey::Rsa(bits)),
            (OID_ED25519, _) if bits.len() == 32 => Ok(PublicKey::Ed25519(bits)),
            (OID_RSA_PSS, _) => Err(bad_key(
                what,
                "unsupported: an RSASSA-PSS-only key (give it as an rsaEncryption key; PSS signatures verify with that)",
            )),
            (other, _) => Err(bad_key(
                what,
                format!(
                    "unsupported algorithm {other} (ECDSA P-256/P-384, RSA and Ed25519 verify)"
                ),
            )),
        }
    }

    /// Whether `sig` is a signature of `msg` under this key: ECDSA P-256 with SHA-256, P-384
    /// with SHA-384 or SHA-256, RSA PKCS#1 v1.5 or PSS (SHA-256, any salt length), Ed25519
    /// and Ed25519ph.
    pub fn verifies(&self, msg: &[u8], sig: &[u8]) -> bool {
        let ring_ok = |alg: &'static dyn rs::VerificationAlgorithm, key: &[u8]| {
            rs::UnparsedPublicKey::new(alg, key)
                .verify(msg, sig)
                .is_ok()
        };
        match self {
            PublicKey::P256(k) => ring_ok(&rs::ECDSA_P256_SHA256_ASN1, k),
            PublicKey::P384(k) => {
                ring_ok(&rs::ECDSA_P384_SHA384_ASN1, k) || ring_ok(&rs::ECDSA_P384_SHA256_ASN1, k)
            }
            PublicKey::Rsa(k) => {
                ring_ok(&rs::RSA_PKCS1_2048_8192_SHA256, k) || rsa_pss(k, msg, sig)
            }
            PublicKey::Ed25519(k) => {
                let Ok(bytes) = <[u8; 32]>::try_from(k.as_slice()) else {
                    return false;
                };
                let Ok(key) = ed25519_dalek::VerifyingKey::from_bytes(&bytes) else {
                    return false;
                };
                let Ok(sig) = ed25519_dalek::Signature::from_slice(sig) else {
                    return false;
                };
                use ed25519_dalek::Verifier as _;
                use sha2::Digest as _;
                key.verify(msg, &sig).is_ok()
                    || key
                        .verify_prehashed(sha2::Sha512::new().chain_update(msg), None, &sig)
                        .is_ok()
            }
        }
    }
}

/// RSA-PSS with SHA-256 and whatever salt length the signer chose (Go's `PSSSaltLengthAuto`
/// and `PSSSaltLengthEqualsHash` both verify): the usual lengths first, then every other.
fn rsa_pss(key: &[u8], msg: &[u8], sig: &[u8]) -> bool {
    use rsa::pkcs1::DecodeRsaPublicKey as _;
    use rsa::traits::PublicKeyParts as _;
    use sha2::Digest as _;
    let Ok(key) = rsa::RsaPublicKey::from_pkcs1_der(key) else {
        return false;
    };
    let hashed = sha2::Sha256::digest(msg);
    let max = key.size().saturating_sub(32 + 2);
    let usual = [32, 0, max];
    usual
        .into_iter()
        .chain((1..max).filter(|n| *n != 32))
        .any(|salt| {
            key.verify(rsa::Pss::new_with_salt::<sha2::Sha256>(salt), &hashed, sig)
                .is_ok()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_key_reads_back_signs_and_verifies() {
        let (private, public) = generate(b"pw").unwrap();
        assert!(private.starts_with("-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n"));
        let key = read_private(&private, "k", || Ok(Zeroizing::new(b"pw".to_vec()))).unwrap();
        assert_eq!(format!("{key:?}"), "PrivateKey(ECDSA P-256)");
        let sig = key.sign(b"payload").unwrap();
        let pubkey = PublicKey::read(&public, "p").unwrap();
        assert_eq!(pubkey, key.public());
        assert!(pubkey.verifies(b"payload", &sig));
        assert!(!pubkey.verifies(b"payload2", &sig));
        let wrong = read_private(&private, "k", || Ok(Zeroizing::new(b"no".to_vec()))).unwrap_err();
        assert!(format!("{wrong:#}").contains("wrong password"));
        assert_eq!(crate::error::kind_of(&wrong), crate::error::Kind::Usage);
    }

    fn unhex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    #[test]
    fn ed25519ph_verifies_rfc_8032s_test_vector() {
        // RFC 8032, section 7.3 (Ed25519ph, message "abc").
        let key = PublicKey::Ed25519(unhex(
            "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf",
        ));
        let sig = unhex(
            "98a70222f0b8121aa9d30f813d683f809e462b469c7ff87639499bb94e6dae4131f85042463c2a355a2003d062adf5aaa10b8c61e636062aaad11c2a26083406",
        );
        assert!(key.verifies(b"abc", &sig));
        assert!(!key.verifies(b"abd", &sig));
    }

    #[test]
    fn what_is_not_a_key_is_named() {
        let pw = || Ok(Zeroizing::new(Vec::new()));
        let e = read_private("hello", "k", pw).unwrap_err();
        assert!(format!("{e:#}").contains("not a key"), "{e:#}");
        let (_, public) = generate(b"").unwrap();
        let e = read_private(&public, "k", pw).unwrap_err();
        assert!(format!("{e:#}").contains("public key"), "{e:#}");
        let e = PublicKey::read(
            "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n",
            "p",
        )
        .unwrap_err();
        assert!(e.to_string().contains("not a PKIX public key"), "{e}");
    }
}
