//! When `sync --serve` runs each entry again: regsync's `interval` (a Go duration) or
//! `schedule` (cron: minute hour day-of-month month day-of-week, in UTC).
//!
//! It computes times; it must not sleep, plan or copy.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::Result;

use crate::error::Failure;

/// A parsed cron schedule: the allowed values of each field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cron {
    minutes: Vec<bool>,
    hours: Vec<bool>,
    days: Vec<bool>,
    months: Vec<bool>,
    weekdays: Vec<bool>,
    /// Whether day-of-month and day-of-week were both restricted (then either matches).
    either_day: bool,
}

fn field(text: &str, lo: u32, hi: u32, whole: &str) -> Result<(Vec<bool>, bool)> {
    let bad = || {
        Failure::usage(format!(
            "`schedule: {whole}`: `{text}` is not a cron field ({lo}-{hi}, `*`, lists, ranges, `/step`)"
        ))
    };
    let mut set = vec![false; hi as usize + 1];
    let restricted = !(text == "*" || text == "?");
    for part in text.split(',') {
        let (range, step) = match part.split_once('/') {
            Some((r, s)) => (r, s.parse::<u32>().map_err(|_| bad())?),
            None => (part, 1),
        };
        if step == 0 {
            return Err(bad().into());
        }
        let (a, b) = match range {
            "*" | "?" => (lo, hi),
            r => match r.split_once('-') {
                Some((a, b)) => (
                    a.parse::<u32>().map_err(|_| bad())?,
                    b.parse::<u32>().map_err(|_| bad())?,
                ),
                None => {
                    let a = r.parse::<u32>().map_err(|_| bad())?;
                    (a, if part.contains('/') { hi } else { a })
                }
            },
        };
        if a < lo || b > hi || a > b {
            return Err(bad().into());
        }
        let mut v = a;
        while v <= b {
            set[v as usize] = true;
            v += step;
        }
    }
    Ok((set, restricted))
}

impl Cron {
    pub fn parse(s: &str) -> Result<Cron> {
        let f: Vec<&str> = s.split_whitespace().collect();
        let [mi, ho, dm, mo, dw] = f.as_slice() else {
            return Err(Failure::usage(format!(
                "`schedule: {s}` is not a cron schedule of five fields (`15 3 * * *`)"
            ))
            .into());
        };
        let (minutes, _) = field(mi, 0, 59, s)?;
        let (hours, _) = field(ho, 0, 23, s)?;
        let (days, dom_set) = field(dm, 1, 31, s)?;
        let (months, _) = field(mo, 1, 12, s)?;
        let (mut weekdays, dow_set) = field(dw, 0, 7, s)?;
        // 7 is Sunday too.
        if weekdays[7] {
            weekdays[0] = true;
        }
        Ok(Cron {
            minutes,
            hours,
            days,
            months,
            weekdays,
            either_day: dom_set && dow_set,
        })
    }

    /// The first minute strictly after `after` that the schedule names (within four years).
    pub fn next_after(&self, after: SystemTime) -> Option<SystemTime> {
        let secs = after.duration_since(UNIX_EPOCH).ok()?.as_secs();
        let first = secs / 60 + 1;
        for minute in first..first + 4 * 366 * 24 * 60 {
            let (mo, d, h, mi, wd) = civil(minute);
            let day_ok = if self.either_day {
                self.days[d as usize] || self.weekdays[wd as usize]
            } else {
                self.days[d as usize] && self.weekdays[wd as usize]
            };
            if self.months[mo as usize]
                && day_ok
                && self.hours[h as usize]
                && self.minutes[mi as usize]
            {
                return Some(UNIX_EPOCH + Duration::from_secs(minute * 60));
            }
        }
        None
    }
}

/// (month 1-12, day 1-31, hour, minute, weekday 0=Sunday) of a minute since the epoch, UTC.
fn civil(minute: u64) -> (u32, u32, u32, u32, u32) {
    let days = minute / (24 * 60);
    let in_day = minute % (24 * 60);
    // 1970-01-01 was a Thursday.
    let weekday = ((days + 4) % 7) as u32;
    // Howard Hinnant's days-to-civil.
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (
        month,
        day,
        (in_day / 60) as u32,
        (in_day % 60) as u32,
        weekday,
    )
}

/// When an entry runs again after a run at `last`: its interval later, or the schedule's next
/// time. `None`: neither is set (it ran once).
pub fn next_run(
    interval: Option<Duration>,
    cron: Option<&Cron>,
    last: SystemTime,
) -> Option<SystemTime> {
    match (cron, interval) {
        (Some(c), _) => c.next_after(last),
        (None, Some(i)) => Some(last + i),
        (None, None) => None,
    }
}

/// Each entry's next run, for `sync --serve`.
#[derive(Debug, Clone)]
pub struct Timetable {
    rules: Vec<(Option<Duration>, Option<Cron>)>,
    next: Vec<Option<SystemTime>>,
}

impl Timetable {
    /// Every entry due at once; then each by its `interval` or `schedule` (with `defaults`').
    pub fn of(file: &super::SyncFile) -> Result<Timetable> {
        let mut rules = Vec::new();
        for e in &file.sync {
            let s = super::plan::merged(&file.defaults, e);
            let interval = s
                .interval
                .as_deref()
                .map(super::regsync::duration)
                .transpose()?;
            let cron = s.schedule.as_deref().map(Cron::parse).transpose()?;
            rules.push((interval, cron));
        }
        let next = vec![Some(UNIX_EPOCH); rules.len()];
        Ok(Timetable { rules, next })
    }

    /// Whether any entry has an interval or a schedule.
    pub fn repeats(&self) -> bool {
        self.rules.iter().any(|(i, c)| i.is_some() || c.is_some())
    }

    /// The entries due at `now`.
    pub fn due(&self, now: SystemTime) -> Vec<usize> {
        (0..self.next.len())
            .filter(|i| self.next[*i].is_some_and(|t| t <= now))
            .collect()
    }

    /// Entry `i` ran at `at`.
    pub fn ran(&mut self, i: usize, at: SystemTime) {
        let (interval, cron) = &self.rules[i];
        self.next[i] = next_run(*interval, cron.as_ref(), at);
    }

    /// When the next entry is due; `None` when none will run again.
    pub fn next_wake(&self) -> Option<SystemTime> {
        self.next.iter().flatten().min().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(days: u64, h: u64, m: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(days * 86_400 + h * 3600 + m * 60)
    }

    #[test]
    fn cron_times_are_found() {
        // 1970-01-01 (a Thursday) 00:00 → 03:15 the same day.
        let c = Cron::parse("15 3 * * *").unwrap();
        assert_eq!(c.next_after(at(0, 0, 0)), Some(at(0, 3, 15)));
        // At 03:15 exactly, the next is tomorrow's.
        assert_eq!(c.next_after(at(0, 3, 15)), Some(at(1, 3, 15)));
        // Every 20 minutes.
        let c = Cron::parse("*/20 * * * *").unwrap();
        assert_eq!(c.next_after(at(0, 0, 1)), Some(at(0, 0, 20)));
        // Mondays at noon: 1970-01-05 was the first Monday.
        let c = Cron::parse("0 12 * * 1").unwrap();
        assert_eq!(c.next_after(at(0, 0, 0)), Some(at(4, 12, 0)));
        // 2024-02-29 (a leap day, 19782 days after the epoch) is found.
        let c = Cron::parse("0 0 29 2 *").unwrap();
        assert_eq!(c.next_after(at(19_700, 0, 0)), Some(at(19_782, 0, 0)));
        for bad in [
            "* * * *",
            "60 * * * *",
            "a b c d e",
            "*/0 * * * *",
            "5-1 * * * *",
        ] {
            assert!(Cron::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            next_run(Some(Duration::from_secs(3600)), None, at(0, 0, 0)),
            Some(at(0, 1, 0))
        );
        assert_eq!(next_run(None, None, at(0, 0, 0)), None);
    }
}
