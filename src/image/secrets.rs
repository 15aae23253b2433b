//! Finding secrets in file contents and image metadata, and showing them only redacted.
//!
//! Rules are byte regexes run as one set with literal prefilters, so a layer is scanned at close
//! to the speed it inflates. Content is scanned in windows of 1 MiB that overlap by 4 KiB, so
//! memory stays flat and a token that straddles two windows is still seen. A secret is never
//! returned whole: only its first four characters and its length.

use std::sync::OnceLock;

use regex::bytes::Regex;
use serde::Serialize;

/// One secret found: which rule, and the redacted value.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "camelCase")]
pub struct Hit {
    pub rule: &'static str,
    pub redacted: String,
}

struct Rule {
    name: &'static str,
    pattern: &'static str,
    /// The capture group holding the secret (0: the whole match).
    group: usize,
    /// For assignments: the value must look random (bits per character).
    min_entropy: Option<f64>,
}

const RULES: &[Rule] = &[
    Rule {
        name: "private-key",
        pattern: r"-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY( BLOCK)?-----",
        group: 0,
        min_entropy: None,
    },
    Rule {
        name: "aws-access-key-id",
        pattern: r"\b((?:AKIA|ASIA)[0-9A-Z]{16})\b",
        group: 1,
        min_entropy: None,
    },
    Rule {
        name: "github-token",
        pattern: r"\b((?:gh[pousr]_[A-Za-z0-9]{36,255})|(?:github_pat_[A-Za-z0-9_]{22,255}))\b",
        group: 1,
        min_entropy: None,
    },
    Rule {
        name: "gitlab-token",
        pattern: r"\b(glpat-[A-Za-z0-9_\-]{20,})\b",
        group: 1,
        min_entropy: None,
    },
    Rule {
        name: "slack-token",
        pattern: r"\b(xox[baprs]-[A-Za-z0-9\-]{10,})\b",
        group: 1,
        min_entropy: None,
    },
    Rule {
        name: "google-api-key",
        pattern: r"\b(AIza[0-9A-Za-z_\-]{35})\b",
        group: 1,
        min_entropy: None,
    },
    Rule {
        name: "stripe-key",
        pattern: r"\b([sr]k_live_[0-9a-zA-Z]{24,})\b",
        group: 1,
        min_entropy: None,
    },
    Rule {
        name: "npm-token",
        pattern: r"\b(npm_[A-Za-z0-9]{36})\b",
        group: 1,
        min_entropy: None,
    },
    Rule {
        name: "registry-auth",
        pattern: r#""(?:auth|identitytoken)"\s*:\s*"([A-Za-z0-9+/=_\-.]{8,})""#,
        group: 1,
        min_entropy: None,
    },
    Rule {
        // Starts at the keyword (in the three spellings people write), so that every rule
        // begins with a literal and the combined search can skip ahead with a prefilter.
        name: "secret-assignment",
        pattern: r#"(?:[Ss]ecret|SECRET|[Tt]oken|TOKEN|[Pp]ass(?:word|wd)|PASS(?:WORD|WD)|[Aa]pi_?[Kk]ey|API_?KEY|[Aa]ccess_?[Kk]ey|ACCESS_?KEY|[Pp]rivate_?[Kk]ey|PRIVATE_?KEY|[Cc]redentials?|CREDENTIALS?)[A-Za-z0-9_.\-]*["']?\s*[:=]\s*["']?([^\s"'`]{12,200})"#,
        group: 1,
        min_entropy: Some(3.5),
    },
];

/// File names that are credentials whatever they hold (when not empty).
const CREDENTIAL_FILES: &[&str] = &[
    ".npmrc",
    ".pypirc",
    ".git-credentials",
    ".netrc",
    ".pgpass",
    "id_rsa",
    "id_dsa",
    "id_ecdsa",
    "id_ed25519",
    ".env",
    "auth.json",
];

/// All rules as one leftmost-first search (every rule starts with a literal, so the search
/// skips ahead with a literal prefilter instead of stepping through every byte), and each rule
/// alone to tell which matched and to take its capture.
fn compiled() -> &'static (Regex, Vec<Regex>) {
    static C: OnceLock<(Regex, Vec<Regex>)> = OnceLock::new();
    C.get_or_init(|| {
        // ASCII semantics (`(?-u)`): layers are bytes, and `\b`/`\s` need no Unicode tables.
        let ascii = |p: &str| format!("(?-u){p}");
        let any = RULES
            .iter()
            .map(|r| format!("(?:{})", ascii(r.pattern)))
            .collect::<Vec<_>>()
            .join("|");
        let any = Regex::new(&any).expect("static rules");
        let each = RULES
            .iter()
            .map(|r| Regex::new(&ascii(r.pattern)).expect("static rule"))
            .collect();
        (any, each)
    })
}

/// Shannon entropy in bits per character.
fn entropy(s: &[u8]) -> f64 {
    let mut counts = [0u32; 256];
    for b in s {
        counts[*b as usize] += 1;
    }
    let n = s.len() as f64;
    counts
        .iter()
        .filter(|c| **c > 0)
        .map(|c| {
            let p = f64::from(*c) / n;
            -p * p.log2()
        })
        .sum()
}

/// The first four characters and the length: enough to find it, not enough to use it.
pub fn redact(secret: &[u8]) -> String {
    let s = String::from_utf8_lossy(secret);
    let head: String = s.chars().take(4).collect();
    crate::output::escape(&format!("{head}… ({} characters)", s.chars().count())).into_owned()
}

/// Where each rule matches in `text`: (rule index, start, end of the secret).
fn matches(text: &[u8]) -> Vec<(usize, usize, usize)> {
    let (any, each) = compiled();
    let mut out = Vec::new();
    for m in any.find_iter(text) {
        // Which rule: the first that matches at this spot (a short window around the match).
        let end = (m.end() + 256).min(text.len());
        for (i, rule) in RULES.iter().enumerate() {
            let Some(c) = each[i].captures_at(&text[..end], m.start()) else {
                continue;
            };
            if c.get(0).is_none_or(|w| w.start() != m.start()) {
                continue;
            }
            let Some(g) = c.get(rule.group) else { continue };
            // An assignment's value may be a token of a known kind: name it by that kind.
            if rule.min_entropy.is_some() {
                let known = (0..RULES.len()).filter(|j| *j != i).find_map(|j| {
                    each[j]
                        .captures(g.as_bytes())
                        .and_then(|c| c.get(RULES[j].group))
                        .map(|k| (j, g.start() + k.start(), g.start() + k.end()))
                });
                if let Some(k) = known {
                    out.push(k);
                    break;
                }
            }
            if rule
                .min_entropy
                .is_some_and(|min| entropy(g.as_bytes()) < min)
            {
                continue;
            }
            out.push((i, g.start(), g.end()));
            break;
        }
    }
    out
}

/// Secrets in one piece of text.
pub fn scan(text: &[u8]) -> Vec<Hit> {
    let mut out: Vec<Hit> = matches(text)
        .into_iter()
        .map(|(i, start, end)| {
            let v = &text[start..end];
            Hit {
                rule: RULES[i].name,
                redacted: if RULES[i].name == "private-key" {
                    String::from_utf8_lossy(v).into_owned()
                } else {
                    redact(v)
                },
            }
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// `text` with every secret in it replaced by its redacted form (for showing history lines
/// and the like, which may carry build arguments).
pub fn redact_text(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::new();
    let mut at = 0;
    for (i, start, end) in matches(bytes) {
        if RULES[i].name == "private-key" || start < at {
            continue;
        }
        out.push_str(&String::from_utf8_lossy(&bytes[at..start]));
        out.push_str(&redact(&bytes[start..end]));
        at = end;
    }
    out.push_str(&String::from_utf8_lossy(&bytes[at..]));
    out
}

/// Whether a path names a credential file (`auth.json`, `.npmrc`, `.docker/config.json`...).
pub fn credential_file(path: &std::path::Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    CREDENTIAL_FILES.contains(&name.as_ref()) || path.ends_with(".docker/config.json")
}

/// Scans a stream in overlapping windows, returning its byte count and what it found.
pub struct Scanner {
    window: Vec<u8>,
    hits: Vec<Hit>,
    total: u64,
}

const WINDOW: usize = 1024 * 1024;
const OVERLAP: usize = 4096;

impl Default for Scanner {
    fn default() -> Self {
        Scanner {
            window: Vec::with_capacity(WINDOW + OVERLAP),
            hits: Vec::new(),
            total: 0,
        }
    }
}

impl Scanner {
    fn flush(&mut self) {
        self.hits.extend(scan(&self.window));
        let keep = self.window.len().min(OVERLAP);
        let start = self.window.len() - keep;
        self.window.drain(..start);
    }

    pub fn finish(mut self) -> Vec<Hit> {
        if self.window.len() > OVERLAP || self.total <= OVERLAP as u64 {
            self.hits.extend(scan(&self.window));
        }
        self.hits.sort();
        self.hits.dedup();
        self.hits
    }
}

impl std::io::Write for Scanner {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let room = (WINDOW + OVERLAP).saturating_sub(self.window.len()).max(1);
        let n = buf.len().min(room);
        self.window.extend_from_slice(&buf[..n]);
        self.total += n as u64;
        if self.window.len() >= WINDOW + OVERLAP {
            self.flush();
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_and_redacts() {
        let text = b"{\"auths\":{\"ghcr.io\":{\"auth\":\"dXNlcjpnaHBfMTIzNDU2Nzg5MA==\"}}}\n\
            AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n\
            token: ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789\n\
            -----BEGIN OPENSSH PRIVATE KEY-----\n\
            DB_PASSWORD=hunter2\n\
            API_KEY=Zx8Kq2Lm9Pw4Rt7Yb1Nc6Vd3\n";
        let hits = scan(text);
        let rules: Vec<&str> = hits.iter().map(|h| h.rule).collect();
        for r in [
            "registry-auth",
            "aws-access-key-id",
            "github-token",
            "private-key",
            "secret-assignment",
        ] {
            assert!(rules.contains(&r), "{r}: {hits:?}");
        }
        // Low-entropy values are not secrets; nothing is shown whole.
        let all = format!("{hits:?}");
        assert!(!all.contains("hunter2"));
        assert!(!all.contains("AKIAIOSFODNN7EXAMPLE"));
        assert!(all.contains("AKIA… (20 characters)"));
        let line = "|1 NPM_TOKEN=npm_abcdefghijklmnopqrstuvwxyz0123456789 /bin/sh -c npm ci";
        let shown = redact_text(line);
        assert!(!shown.contains("abcdefghijklmnop"), "{shown}");
        assert!(shown.ends_with("/bin/sh -c npm ci"), "{shown}");
    }

    #[test]
    fn windows_overlap() {
        use std::io::Write as _;
        let mut s = Scanner::default();
        let mut data = vec![b'x'; WINDOW + OVERLAP - 10];
        data.extend_from_slice(b" ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 ");
        data.extend(vec![b'y'; 3 * WINDOW]);
        s.write_all(&data).unwrap();
        let hits = s.finish();
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert!(credential_file(std::path::Path::new(
            "root/.docker/config.json"
        )));
        assert!(credential_file(std::path::Path::new("app/auth.json")));
        assert!(!credential_file(std::path::Path::new("app/main.rs")));
    }
}
