//! When a request is tried again: retryable transport errors and statuses, `Retry-After`
//! (seconds or an HTTP date), exponential backoff with jitter, and the exit-6 error a transport
//! failure becomes. Policy only: it must not send requests.

use super::*;

/// The whole source chain of an error, lowercased, for classifying transport failures.
pub(super) fn error_text(e: &(dyn std::error::Error + 'static)) -> String {
    let mut s = String::new();
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(c) = cur {
        s.push_str(&c.to_string().to_ascii_lowercase());
        s.push_str(": ");
        cur = c.source();
    }
    s
}

pub(super) fn retryable_error(e: &reqwest::Error) -> bool {
    if e.is_connect() {
        let t = error_text(e);
        // A bad certificate or an unknown host will not fix itself in a second; a refused
        // connection may (a registry restarting), so that is retried like a 503.
        return !(t.contains("certificate") || t.contains("dns error"));
    }
    e.is_timeout() || e.is_request() || e.is_body()
}

pub(super) fn retryable_status(s: StatusCode) -> bool {
    matches!(s.as_u16(), 429 | 500 | 502 | 503 | 504)
}

/// `Retry-After` in seconds (capped at a minute); HTTP dates are treated as "soon".
/// How long `Retry-After` asks to wait: seconds, or an HTTP date (a date in the past, or one
/// that cannot be read, means one second). Capped at a minute.
pub(super) fn retry_after(h: &HeaderMap) -> Option<Duration> {
    let v = h.get(header::RETRY_AFTER)?.to_str().ok()?.trim();
    let secs = match v.parse::<u64>() {
        Ok(n) => n,
        Err(_) => http_date(v)
            .and_then(|at| at.duration_since(std::time::SystemTime::now()).ok())
            .map(|d| d.as_secs_f64().ceil() as u64)
            .unwrap_or(1),
    };
    Some(Duration::from_secs(secs.min(60)))
}

/// An IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the HTTP date form servers send.
pub(super) fn http_date(v: &str) -> Option<std::time::SystemTime> {
    let mut f = v.split_whitespace();
    let (_weekday, day, month, year, time, zone) = (
        f.next()?,
        f.next()?,
        f.next()?,
        f.next()?,
        f.next()?,
        f.next()?,
    );
    if zone != "GMT" || f.next().is_some() {
        return None;
    }
    let day: i64 = day.parse().ok()?;
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .iter()
    .position(|m| *m == month)? as i64
        + 1;
    let year: i64 = year.parse().ok()?;
    let mut hms = time.split(':').map(|p| p.parse::<i64>().ok());
    let (h, m, sec) = (hms.next()??, hms.next()??, hms.next()??);
    if !(1..=31).contains(&day) || h > 23 || m > 59 || sec > 60 {
        return None;
    }
    // Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let secs = days * 86_400 + h * 3600 + m * 60 + sec;
    Some(std::time::UNIX_EPOCH + Duration::from_secs(u64::try_from(secs).ok()?))
}

/// Exponential backoff with jitter: base·2^attempt, scaled by a random factor in [0.5, 1].
pub fn backoff(base: Duration, attempt: u32) -> Duration {
    use std::hash::{BuildHasher, Hasher};
    let exp = base
        .saturating_mul(1u32 << attempt.min(6))
        .min(Duration::from_secs(10));
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u32(attempt);
    let r = (h.finish() % 1000) as f64 / 1000.0;
    exp.mul_f64(0.5 + r / 2.0)
}

/// Turns a transport error into an exit-6 failure that says what to try.
pub fn network_failure(host: &Host, url: &str, e: reqwest::Error) -> anyhow::Error {
    let text = error_text(&e);
    let mut f = Failure::network(format!("cannot reach `{}` ({url})", host.registry));
    if text.contains("certificate") || text.contains("unknownissuer") {
        f.message = format!("TLS verification failed for `{}` ({url})", host.registry);
        f = f.hint(format!(
            "trust the registry's CA with `--ca-file CA.pem` (or `/etc/docker/certs.d/{}/ca.crt`), or skip verification with `--insecure`",
            host.api
        ));
    } else if text.contains("invalidcontenttype")
        || text.contains("corrupt message")
        || text.contains("wrong version number")
    {
        f.message = format!("`{}` does not speak HTTPS ({url})", host.registry);
        f = f.hint("if the registry serves plain HTTP, pass `--plain-http` or set `tls = \"disabled\"` for it in hoist's config file");
    } else if text.contains("connection refused") {
        f = f.hint(
            "nothing is listening there: check the host and port, and that the registry is running",
        );
    } else if text.contains("dns error") || text.contains("failed to lookup") {
        f = f.hint("the host name does not resolve: check the spelling of the registry");
    } else if e.is_timeout() {
        f = f.hint("the registry did not answer in time; check the network or proxy settings, or give it longer with `--timeout SECONDS`");
    }
    f.with_source(e).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates_are_read() {
        let at = |v: &str| {
            http_date(v).map(|t| t.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs())
        };
        assert_eq!(at("Sun, 06 Nov 1994 08:49:37 GMT"), Some(784_111_777));
        assert_eq!(at("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
        assert_eq!(at("Tue, 29 Feb 2028 23:59:59 GMT"), Some(1_835_481_599));
        assert_eq!(at("Sun, 06 Nov 1994 08:49:37 CET"), None);
        assert_eq!(at("Sunday, 06-Nov-94 08:49:37 GMT"), None);
        assert_eq!(at("soon"), None);
        let mut h = HeaderMap::new();
        h.insert(
            header::RETRY_AFTER,
            HeaderValue::from_static("Thu, 01 Jan 1970 00:00:00 GMT"),
        );
        assert_eq!(retry_after(&h), Some(Duration::from_secs(1)));
        // A date ahead asks for the time until then, here more than the one-minute cap.
        h.insert(
            header::RETRY_AFTER,
            HeaderValue::from_static("Fri, 01 Jan 2100 00:00:00 GMT"),
        );
        assert_eq!(retry_after(&h), Some(Duration::from_secs(60)));
    }
}
