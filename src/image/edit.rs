//! Config and manifest edits shared by `image mod`, `image compose` and the `[config]` table
//! of a compose spec: environment, labels, annotations, command, user, working directory,
//! ports, volumes and times. Edits are applied to a [`Draft`]'s JSON, so fields hoist does not
//! know are kept as they are.
//!
//! It changes configs in memory; it must not touch registries.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::build::Draft;

/// What to change in an image's config and manifest.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Edits {
    pub env: Vec<(String, String)>,
    pub env_rm: Vec<String>,
    pub labels: Vec<(String, String)>,
    pub labels_rm: Vec<String>,
    /// On each image manifest.
    pub annotations: Vec<(String, String)>,
    /// On the index (when one is written).
    pub index_annotations: BTreeMap<String, String>,
    pub cmd: Option<Vec<String>>,
    pub entrypoint: Option<Vec<String>>,
    pub user: Option<String>,
    pub workdir: Option<String>,
    pub expose_add: Vec<String>,
    pub expose_rm: Vec<String>,
    pub volume_add: Vec<String>,
    pub volume_rm: Vec<String>,
    /// The config's `created` (RFC 3339).
    pub created: Option<String>,
    /// Every history entry's `created` set to the image's `created` (the `--created` time, or
    /// the epoch).
    pub reproducible: bool,
}

/// `K=V`, for `--env`, `--label` and `--annotation`.
pub fn parse_kv(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
        _ => Err(format!("`{s}` is not KEY=VALUE")),
    }
}

/// A command: a JSON array (`["php-fpm","-F"]`), else words split at whitespace (no shell
/// is added; write `["/bin/sh","-c","..."]` for one). An empty string clears it.
pub fn parse_command(s: &str) -> Result<Vec<String>, String> {
    if s.trim_start().starts_with('[') {
        serde_json::from_str::<Vec<String>>(s)
            .map_err(|e| format!("`{s}` is not a JSON array of strings: {e}"))
    } else {
        Ok(s.split_whitespace().map(str::to_string).collect())
    }
}

/// A port as the config records it: `8080` is `8080/tcp`.
fn port(p: &str) -> String {
    if p.contains('/') {
        p.to_string()
    } else {
        format!("{p}/tcp")
    }
}

/// The `created` value for `--created TIME`: `now`, seconds since the epoch, or RFC 3339
/// (kept as written).
pub fn parse_created(s: &str) -> Result<String, String> {
    if s == "now" {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        return Ok(format_time(secs));
    }
    if let Ok(secs) = s.parse::<i64>() {
        return Ok(format_time(secs));
    }
    match parse_time(s) {
        Some(_) => Ok(s.to_string()),
        None => Err(format!(
            "`{s}` is not a time: use `now`, seconds since the epoch, or RFC 3339 (2024-05-01T12:00:00Z)"
        )),
    }
}

/// Days since the epoch of a civil date (proleptic Gregorian).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `1970-01-01T00:00:00Z` for seconds since the epoch.
pub fn format_time(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Seconds since the epoch of an RFC 3339 time (fractions dropped).
pub fn parse_time(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<i64>().ok();
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, se) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || se > 60 {
        return None;
    }
    let mut rest = &s[19..];
    if let Some(r) = rest.strip_prefix('.') {
        let digits = r.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        rest = &r[digits..];
    }
    let offset = match rest {
        "Z" | "z" => 0,
        _ if rest.len() == 6 && matches!(rest.as_bytes()[0], b'+' | b'-') => {
            let oh = rest.get(1..3)?.parse::<i64>().ok()?;
            let om = rest.get(4..6)?.parse::<i64>().ok()?;
            let sign = if rest.starts_with('-') { -1 } else { 1 };
            sign * (oh * 3600 + om * 60)
        }
        _ => return None,
    };
    Some(days_from_civil(y, mo, d) * 86_400 + h * 3600 + mi * 60 + se - offset)
}

/// The time `--reproducible` writes: `--created`, else `SOURCE_DATE_EPOCH`, else the epoch.
pub fn reproducible_time(created: Option<&str>) -> String {
    if let Some(c) = created {
        return c.to_string();
    }
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .map(format_time)
        .unwrap_or_else(|| format_time(0))
}

fn object<'a>(m: &'a mut Map<String, Value>, key: &str) -> &'a mut Map<String, Value> {
    let v = m
        .entry(key.to_string())
        .or_insert_with(|| Value::Object(Map::new()));
    if !v.is_object() {
        *v = Value::Object(Map::new());
    }
    v.as_object_mut().expect("an object")
}

fn strings(v: &[String]) -> Value {
    Value::Array(v.iter().cloned().map(Value::from).collect())
}

impl Edits {
    /// Whether anything would change the config (not just the manifest).
    pub fn is_empty(&self) -> bool {
        *self == Edits::default()
    }

    /// Merges `other` over `self` (command-line edits over a spec file's).
    pub fn merge(&mut self, other: Edits) {
        self.env.extend(other.env);
        self.env_rm.extend(other.env_rm);
        self.labels.extend(other.labels);
        self.labels_rm.extend(other.labels_rm);
        self.annotations.extend(other.annotations);
        self.index_annotations.extend(other.index_annotations);
        self.expose_add.extend(other.expose_add);
        self.expose_rm.extend(other.expose_rm);
        self.volume_add.extend(other.volume_add);
        self.volume_rm.extend(other.volume_rm);
        for (mine, theirs) in [
            (&mut self.cmd, other.cmd),
            (&mut self.entrypoint, other.entrypoint),
        ] {
            if theirs.is_some() {
                *mine = theirs;
            }
        }
        for (mine, theirs) in [
            (&mut self.user, other.user),
            (&mut self.workdir, other.workdir),
            (&mut self.created, other.created),
        ] {
            if theirs.is_some() {
                *mine = theirs;
            }
        }
        self.reproducible |= other.reproducible;
    }

    /// Applies the edits to a draft's config and manifest.
    pub fn apply(&self, d: &mut Draft) {
        {
            let rt = d.runtime();
            if !self.env.is_empty() || !self.env_rm.is_empty() {
                let mut env: Vec<String> = rt
                    .get("Env")
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .filter_map(|v| v.as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default();
                let key = |e: &str| {
                    e.split_once('=')
                        .map(|(k, _)| k.to_string())
                        .unwrap_or(e.to_string())
                };
                env.retain(|e| !self.env_rm.contains(&key(e)));
                for (k, v) in &self.env {
                    let item = format!("{k}={v}");
                    match env.iter_mut().find(|e| key(e) == *k) {
                        Some(e) => *e = item,
                        None => env.push(item),
                    }
                }
                rt.insert("Env".into(), strings(&env));
            }
            if !self.labels.is_empty() || !self.labels_rm.is_empty() {
                let labels = object(rt, "Labels");
                for k in &self.labels_rm {
                    labels.remove(k);
                }
                for (k, v) in &self.labels {
                    labels.insert(k.clone(), Value::from(v.clone()));
                }
            }
            if let Some(c) = &self.cmd {
                rt.insert(
                    "Cmd".into(),
                    if c.is_empty() {
                        Value::Null
                    } else {
                        strings(c)
                    },
                );
            }
            if let Some(e) = &self.entrypoint {
                rt.insert(
                    "Entrypoint".into(),
                    if e.is_empty() {
                        Value::Null
                    } else {
                        strings(e)
                    },
                );
            }
            if let Some(u) = &self.user {
                rt.insert("User".into(), Value::from(u.clone()));
            }
            if let Some(w) = &self.workdir {
                rt.insert("WorkingDir".into(), Value::from(w.clone()));
            }
            for (key, add, rm) in [
                ("ExposedPorts", &self.expose_add, &self.expose_rm),
                ("Volumes", &self.volume_add, &self.volume_rm),
            ] {
                if add.is_empty() && rm.is_empty() {
                    continue;
                }
                let norm = |p: &String| {
                    if key == "ExposedPorts" {
                        port(p)
                    } else {
                        p.clone()
                    }
                };
                let set = object(rt, key);
                for p in rm {
                    set.remove(&norm(p));
                }
                for p in add {
                    set.insert(norm(p), Value::Object(Map::new()));
                }
                if set.is_empty() {
                    rt.remove(key);
                }
            }
        }
        if let Some(c) = &self.created {
            d.config.insert("created".into(), Value::from(c.clone()));
        }
        if self.reproducible {
            let t = reproducible_time(self.created.as_deref());
            d.config.insert("created".into(), Value::from(t.clone()));
            for h in d
                .layers
                .iter_mut()
                .flat_map(|l| l.history.iter_mut())
                .chain(d.trailing.iter_mut())
            {
                if let Some(o) = h.as_object_mut() {
                    o.insert("created".into(), Value::from(t.clone()));
                }
            }
        }
        if !self.annotations.is_empty() {
            let a = d.annotations();
            for (k, v) in &self.annotations {
                a.insert(k.clone(), Value::from(v.clone()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_round_trip() {
        for (s, t) in [
            ("1970-01-01T00:00:00Z", 0),
            ("2024-02-29T23:59:59Z", 1_709_251_199),
            ("2000-03-01T00:00:00Z", 951_868_800),
        ] {
            assert_eq!(parse_time(s), Some(t), "{s}");
            assert_eq!(format_time(t), s);
        }
        assert_eq!(
            parse_time("2024-05-01T14:00:00+02:00"),
            parse_time("2024-05-01T12:00:00Z")
        );
        assert_eq!(
            parse_time("2024-05-01T12:00:00.123456789Z"),
            parse_time("2024-05-01T12:00:00Z")
        );
        for bad in [
            "2024-13-01T00:00:00Z",
            "yesterday",
            "2024-05-01T12:00:00",
            "2024-05-01",
        ] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
        assert_eq!(parse_created("86400").unwrap(), "1970-01-02T00:00:00Z");
    }

    #[test]
    fn commands_parse() {
        assert_eq!(parse_command(r#"["a","b c"]"#).unwrap(), ["a", "b c"]);
        assert_eq!(parse_command("php-fpm -F").unwrap(), ["php-fpm", "-F"]);
        assert!(parse_command("[1]").is_err());
        assert_eq!(parse_kv("A=b=c").unwrap(), ("A".into(), "b=c".into()));
        assert!(parse_kv("=x").is_err());
    }
}
