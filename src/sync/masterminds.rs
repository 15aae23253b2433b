//! Version constraints as skopeo's `images-by-semver` and regsync's `semverRange` read them:
//! the Masterminds semver v3 grammar. `||` separates alternatives; within one, constraints
//! separated by spaces or commas must all hold. Operators `=` (or none), `!=`, `>`, `<`, `>=`,
//! `<=`, `~` (`~>`), `^`; `1.2 - 1.4.5` ranges; `x`, `X` and `*` wildcards; a partial version is
//! a wildcard for what it leaves out (`3.12` is `3.12.x`, `3.12.1` exactly that).
//! Pre-releases match only an alternative that names one.
//!
//! It reads constraints and tags; it must not list or select anything itself.

use std::cmp::Ordering;

use anyhow::Result;
use semver::Version;

use crate::error::Failure;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    TildeOrEqual,
    NotEqual,
    Greater,
    Less,
    GreaterEqual,
    LessEqual,
    Tilde,
    Caret,
}

#[derive(Debug, Clone)]
struct Constraint {
    op: Op,
    con: Version,
    dirty: bool,
    minor_dirty: bool,
    patch_dirty: bool,
}

/// Parsed constraints: alternatives of constraints that must all hold.
#[derive(Debug, Clone)]
pub struct Constraints {
    groups: Vec<(Vec<Constraint>, bool)>,
}

fn bad(s: &str, why: &str) -> anyhow::Error {
    Failure::usage(format!("`{s}` is not a version constraint: {why}"))
        .hint("constraints read as skopeo and regsync read them: `>= 3.12.0 < 4.0.0`, `~1.2`, `^2`, `3.12`, `< 3.12.0 || >= 4.0.0`, `1.2 - 1.4.5`")
        .into()
}

/// A number part of a version: digits without a leading zero.
fn number(p: &str) -> Option<u64> {
    if p.is_empty() || (p.len() > 1 && p.starts_with('0')) || !p.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    p.parse().ok()
}

/// Splits `1.2.3-rc.1+meta` into its core and the pre-release after `-`.
fn split(v: &str) -> (&str, &str) {
    let v = v.split('+').next().unwrap_or(v);
    match v.split_once('-') {
        Some((core, pre)) => (core, pre),
        None => (v, ""),
    }
}

/// A tag as Masterminds reads a version: an optional `v`, one to three numbers (missing ones
/// are 0), a pre-release and build metadata. `None` for anything else.
pub fn version(tag: &str) -> Option<Version> {
    let t = tag.strip_prefix('v').unwrap_or(tag);
    let (core, pre) = split(t);
    let parts: Vec<&str> = core.split('.').collect();
    if parts.is_empty() || parts.len() > 3 {
        return None;
    }
    let nums: Option<Vec<u64>> = parts.iter().map(|p| number(p)).collect();
    let nums = nums?;
    let mut v = Version::new(
        nums[0],
        *nums.get(1).unwrap_or(&0),
        *nums.get(2).unwrap_or(&0),
    );
    if !pre.is_empty() {
        v.pre = semver::Prerelease::new(pre).ok()?;
    }
    Some(v)
}

fn is_x(p: &str) -> bool {
    matches!(p, "x" | "X" | "*")
}

fn constraint(op: &str, ver: &str, whole: &str) -> Result<Constraint> {
    let op = match op {
        "" | "=" => Op::TildeOrEqual,
        "!=" => Op::NotEqual,
        ">" => Op::Greater,
        "<" => Op::Less,
        ">=" | "=>" => Op::GreaterEqual,
        "<=" | "=<" => Op::LessEqual,
        "~" | "~>" => Op::Tilde,
        "^" => Op::Caret,
        other => return Err(bad(whole, &format!("`{other}` is not an operator"))),
    };
    let v = ver.strip_prefix('v').unwrap_or(ver);
    let (core, pre) = split(v);
    let parts: Vec<&str> = core.split('.').collect();
    if parts.is_empty() || parts.len() > 3 {
        return Err(bad(whole, &format!("`{ver}` is not a version")));
    }
    let num = |i: usize| -> Result<Option<u64>> {
        match parts.get(i) {
            None => Ok(None),
            Some(p) if is_x(p) => Ok(None),
            Some(p) => number(p)
                .map(Some)
                .ok_or_else(|| bad(whole, &format!("`{ver}` is not a version"))),
        }
    };
    let (major, minor, patch) = (num(0)?, num(1)?, num(2)?);
    let (con, dirty, minor_dirty, patch_dirty) = match (major, minor, patch) {
        (None, _, _) => (Version::new(0, 0, 0), true, false, false),
        (Some(a), None, _) => (Version::new(a, 0, 0), true, true, false),
        (Some(a), Some(b), None) => (Version::new(a, b, 0), true, false, true),
        (Some(a), Some(b), Some(c)) => (Version::new(a, b, c), false, false, false),
    };
    let mut con = con;
    if !pre.is_empty() {
        con.pre = semver::Prerelease::new(pre)
            .map_err(|_| bad(whole, &format!("`{ver}` has a malformed pre-release")))?;
    }
    Ok(Constraint {
        op,
        con,
        dirty,
        minor_dirty,
        patch_dirty,
    })
}

fn cmp(a: &Version, b: &Version) -> Ordering {
    a.cmp_precedence(b)
}

impl Constraint {
    fn check(&self, v: &Version) -> bool {
        let c = &self.con;
        let tilde = || {
            if cmp(v, c) == Ordering::Less {
                return false;
            }
            if c.major == 0
                && c.minor == 0
                && c.patch == 0
                && !self.minor_dirty
                && !self.patch_dirty
            {
                return true;
            }
            v.major == c.major && (v.minor == c.minor || self.minor_dirty)
        };
        match self.op {
            Op::TildeOrEqual if self.dirty => tilde(),
            Op::TildeOrEqual => cmp(v, c) == Ordering::Equal,
            Op::Tilde => tilde(),
            Op::NotEqual => {
                if self.dirty {
                    if c.major != v.major {
                        return true;
                    }
                    if self.minor_dirty {
                        return false;
                    }
                    if c.minor != v.minor {
                        return true;
                    }
                    if self.patch_dirty {
                        return !v.pre.is_empty() && v.pre != c.pre;
                    }
                }
                cmp(v, c) != Ordering::Equal
            }
            Op::Greater => {
                if !self.dirty {
                    return cmp(v, c) == Ordering::Greater;
                }
                if v.major != c.major {
                    return v.major > c.major;
                }
                if self.minor_dirty {
                    return false;
                }
                if self.patch_dirty {
                    return v.minor > c.minor;
                }
                cmp(v, c) == Ordering::Greater
            }
            Op::Less => cmp(v, c) == Ordering::Less,
            Op::GreaterEqual => cmp(v, c) != Ordering::Less,
            Op::LessEqual => {
                if !self.dirty {
                    return cmp(v, c) != Ordering::Greater;
                }
                !(v.major > c.major
                    || (v.major == c.major && v.minor > c.minor && !self.minor_dirty))
            }
            Op::Caret => {
                if cmp(v, c) == Ordering::Less {
                    return false;
                }
                if c.major > 0 || self.minor_dirty {
                    return v.major == c.major;
                }
                if v.major > 0 {
                    return false;
                }
                if c.minor > 0 || self.patch_dirty {
                    return v.minor == c.minor;
                }
                if v.minor > 0 {
                    return false;
                }
                v.patch == c.patch
            }
        }
    }
}

/// `A - B` ranges rewritten as `>= A, <= B`.
fn rewrite_ranges(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if i + 2 < words.len()
            && words[i + 1] == "-"
            && words[i]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit() || c == 'v')
        {
            out.push(format!(">= {}, <= {}", words[i], words[i + 2]));
            i += 3;
        } else {
            out.push(words[i].to_string());
            i += 1;
        }
    }
    out.join(" ")
}

impl Constraints {
    pub fn parse(s: &str) -> Result<Constraints> {
        let mut groups = Vec::new();
        for alt in rewrite_ranges(s).split("||") {
            let mut cs = Vec::new();
            let chars: Vec<char> = alt.chars().collect();
            let mut i = 0;
            loop {
                while i < chars.len() && (chars[i].is_whitespace() || chars[i] == ',') {
                    i += 1;
                }
                if i >= chars.len() {
                    break;
                }
                let start = i;
                while i < chars.len() && "=!<>~^".contains(chars[i]) {
                    i += 1;
                }
                let op: String = chars[start..i].iter().collect();
                while i < chars.len() && chars[i].is_whitespace() {
                    i += 1;
                }
                let vstart = i;
                while i < chars.len()
                    && (chars[i].is_ascii_alphanumeric() || ".-+*".contains(chars[i]))
                {
                    i += 1;
                }
                let ver: String = chars[vstart..i].iter().collect();
                if ver.is_empty() {
                    return Err(bad(s, "an operator without a version"));
                }
                cs.push(constraint(&op, &ver, s)?);
            }
            if cs.is_empty() {
                return Err(bad(s, "an empty alternative"));
            }
            let has_pre = cs.iter().any(|c| !c.con.pre.is_empty());
            groups.push((cs, has_pre));
        }
        Ok(Constraints { groups })
    }

    /// Whether version `v` meets one alternative (all of its constraints).
    pub fn check(&self, v: &Version) -> bool {
        self.groups
            .iter()
            .any(|(cs, has_pre)| (v.pre.is_empty() || *has_pre) && cs.iter().all(|c| c.check(v)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn takes(c: &str, tags: &[&str]) -> Vec<String> {
        let cs = Constraints::parse(c).unwrap();
        tags.iter()
            .filter(|t| version(t).is_some_and(|v| cs.check(&v)))
            .map(|t| t.to_string())
            .collect()
    }

    #[test]
    fn skopeos_and_regsyncs_constraints_read_as_masterminds_reads_them() {
        let tags = [
            "3.11.9",
            "3.12",
            "3.12.0",
            "3.12.1",
            "3.12.7",
            "3.13.0",
            "4.0.0",
            "4.1",
            "v3.12.2",
            "3.12.1-rc1",
            "edge",
            "03.12.1",
        ];
        // A partial version is a wildcard; a full one is exact.
        assert_eq!(
            takes("3.12", &tags),
            ["3.12", "3.12.0", "3.12.1", "3.12.7", "v3.12.2"]
        );
        assert_eq!(takes("3.12.1", &tags), ["3.12.1"]);
        // Space (or comma) is AND; || is OR.
        assert_eq!(
            takes(">= 3.12.0 < 4.0.0", &tags),
            ["3.12", "3.12.0", "3.12.1", "3.12.7", "3.13.0", "v3.12.2"]
        );
        assert_eq!(
            takes(">= 3.12.0, < 3.13", &tags),
            ["3.12", "3.12.0", "3.12.1", "3.12.7", "v3.12.2"]
        );
        assert_eq!(
            takes("< 3.12.0 || >= 4.0.0", &tags),
            ["3.11.9", "4.0.0", "4.1"]
        );
        // Ranges, tilde, caret, wildcards, not-equal.
        assert_eq!(
            takes("3.12.1 - 3.12.7", &tags),
            ["3.12.1", "3.12.7", "v3.12.2"]
        );
        assert_eq!(takes("~3.12.1", &tags), ["3.12.1", "3.12.7", "v3.12.2"]);
        assert_eq!(
            takes("^3.12.1", &tags),
            ["3.12.1", "3.12.7", "3.13.0", "v3.12.2"]
        );
        assert_eq!(takes("4.x", &tags), ["4.0.0", "4.1"]);
        assert_eq!(takes("> 3.12", &tags), ["3.13.0", "4.0.0", "4.1"]);
        assert_eq!(
            takes("!= 3.12.1, ~3.12", &tags),
            ["3.12", "3.12.0", "3.12.7", "v3.12.2"]
        );
        // A pre-release only where the constraint names one.
        assert!(takes(">= 3.12.1-rc0", &tags).contains(&"3.12.1-rc1".to_string()));
        assert!(!takes(">= 3.12.0", &tags).contains(&"3.12.1-rc1".to_string()));
        for bad in ["", ">=", "3.12.1.4", "~> banana", "1.02"] {
            assert!(Constraints::parse(bad).is_err(), "{bad:?}");
        }
    }
}
