//! Content digests (`sha256:<hex>`, `sha512:<hex>`) and hashing while bytes stream past.
//!
//! Everything hoist keeps or prints is identified by the digest of its exact bytes, so this is
//! the one place that knows how to parse, compute and compare digests. Mismatches are reported
//! with both values: a person debugging a broken mirror needs to see which side changed.
//!
//! It must not do I/O of its own.

use std::fmt;
use std::str::FromStr;

use sha2::{Digest as _, Sha256, Sha512};

use crate::error::Failure;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Algorithm {
    Sha256,
    Sha512,
}

impl Algorithm {
    pub fn as_str(self) -> &'static str {
        match self {
            Algorithm::Sha256 => "sha256",
            Algorithm::Sha512 => "sha512",
        }
    }

    fn hex_len(self) -> usize {
        match self {
            Algorithm::Sha256 => 64,
            Algorithm::Sha512 => 128,
        }
    }
}

/// A validated digest. Always lowercase hex of the right length for its algorithm.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Digest {
    algorithm: Algorithm,
    hex: String,
}

impl Digest {
    pub fn algorithm(&self) -> Algorithm {
        self.algorithm
    }

    pub fn hex(&self) -> &str {
        &self.hex
    }

    /// The sha256 digest of a byte slice.
    pub fn sha256(bytes: &[u8]) -> Digest {
        let mut h = Hasher::new(Algorithm::Sha256);
        h.update(bytes);
        h.finish()
    }

    /// The digest of `bytes` with this digest's algorithm.
    pub fn of(&self, bytes: &[u8]) -> Digest {
        let mut h = Hasher::new(self.algorithm);
        h.update(bytes);
        h.finish()
    }

    /// Errors (exit 5) unless `actual` equals `self`. `what` names the object for the message.
    pub fn check(&self, actual: &Digest, what: &str) -> Result<(), Failure> {
        if self == actual {
            Ok(())
        } else {
            Err(Failure::verify(format!(
                "digest mismatch for {what}: expected {self}, got {actual}"
            )))
        }
    }
}

impl fmt::Display for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.algorithm.as_str(), self.hex)
    }
}

impl FromStr for Digest {
    type Err = Failure;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = |why: &str| {
            Failure::usage(format!("invalid digest `{s}`: {why}"))
                .hint("a digest looks like `sha256:` followed by 64 lowercase hex characters")
        };
        let (alg, hex) = s
            .split_once(':')
            .ok_or_else(|| bad("missing `algorithm:`"))?;
        let algorithm = match alg {
            "sha256" => Algorithm::Sha256,
            "sha512" => Algorithm::Sha512,
            other => return Err(bad(&format!("unsupported algorithm `{other}`"))),
        };
        if hex.len() != algorithm.hex_len() {
            return Err(bad(&format!(
                "{} needs {} hex characters, got {}",
                algorithm.as_str(),
                algorithm.hex_len(),
                hex.len()
            )));
        }
        if !hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            return Err(bad("only lowercase hex characters are allowed"));
        }
        Ok(Digest {
            algorithm,
            hex: hex.to_string(),
        })
    }
}

impl serde::Serialize for Digest {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Digest {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// An incremental hasher that also counts bytes, for verifying size and digest in one pass.
#[derive(Clone)]
pub enum Hasher {
    Sha256(Sha256, u64),
    Sha512(Sha512, u64),
}

impl Hasher {
    pub fn new(algorithm: Algorithm) -> Self {
        match algorithm {
            Algorithm::Sha256 => Hasher::Sha256(Sha256::new(), 0),
            Algorithm::Sha512 => Hasher::Sha512(Sha512::new(), 0),
        }
    }

    pub fn update(&mut self, bytes: &[u8]) {
        match self {
            Hasher::Sha256(h, n) => {
                h.update(bytes);
                *n += bytes.len() as u64;
            }
            Hasher::Sha512(h, n) => {
                h.update(bytes);
                *n += bytes.len() as u64;
            }
        }
    }

    /// Bytes hashed so far.
    pub fn len(&self) -> u64 {
        match self {
            Hasher::Sha256(_, n) | Hasher::Sha512(_, n) => *n,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn finish(self) -> Digest {
        fn hex(bytes: &[u8]) -> String {
            let mut s = String::with_capacity(bytes.len() * 2);
            for b in bytes {
                s.push_str(&format!("{b:02x}"));
            }
            s
        }
        match self {
            Hasher::Sha256(h, _) => Digest {
                algorithm: Algorithm::Sha256,
                hex: hex(&h.finalize()),
            },
            Hasher::Sha512(h, _) => Digest {
                algorithm: Algorithm::Sha512,
                hex: hex(&h.finalize()),
            },
        }
    }
}

/// A writer adaptor that hashes everything written through it.
pub struct HashingWriter<W> {
    inner: W,
    hasher: Hasher,
}

impl<W> HashingWriter<W> {
    pub fn new(inner: W, algorithm: Algorithm) -> Self {
        HashingWriter {
            inner,
            hasher: Hasher::new(algorithm),
        }
    }

    pub fn finish(self) -> (W, Digest, u64) {
        let n = self.hasher.len();
        (self.inner, self.hasher.finish(), n)
    }
}

impl<W: std::io::Write> std::io::Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// A reader adaptor that hashes everything read through it.
pub struct HashingReader<R> {
    inner: R,
    hasher: Hasher,
}

impl<R> HashingReader<R> {
    pub fn new(inner: R, algorithm: Algorithm) -> Self {
        HashingReader {
            inner,
            hasher: Hasher::new(algorithm),
        }
    }

    pub fn finish(self) -> (R, Digest, u64) {
        let n = self.hasher.len();
        (self.inner, self.hasher.finish(), n)
    }
}

impl<R: std::io::Read> std::io::Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints() {
        let d = Digest::sha256(b"");
        assert_eq!(
            d.to_string(),
            "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(d.to_string().parse::<Digest>().unwrap(), d);
    }

    #[test]
    fn rejects_bad_digests() {
        for bad in [
            "sha256",
            "sha256:abc",
            "md5:d41d8cd98f00b204e9800998ecf8427e",
            "sha256:E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
            "sha256:g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        ] {
            assert!(bad.parse::<Digest>().is_err(), "{bad}");
        }
    }

    #[test]
    fn mismatch_names_both() {
        let a = Digest::sha256(b"a");
        let b = Digest::sha256(b"b");
        let msg = a.check(&b, "blob").unwrap_err().to_string();
        assert!(msg.contains(&a.to_string()) && msg.contains(&b.to_string()));
    }
}
