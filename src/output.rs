//! Output policy: data on stdout, everything else on stderr; formats and templates.
//!
//! `--format` takes `text` (the default human view), `raw` (bytes exactly as stored, where a
//! command has them), `json`, or anything else as a template over the JSON view. Templates use
//! `{{ field }}` syntax; the Go-template spelling `{{ .field }}` that docker and regctl users
//! type is accepted too.

use std::io::{IsTerminal as _, Write};

use anyhow::Result;
use serde::Serialize;

use crate::error::Failure;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Format {
    Text,
    Raw,
    Json,
    Template(String),
}

impl Format {
    pub fn parse(s: Option<&str>) -> Format {
        match s {
            None | Some("text") | Some("") => Format::Text,
            Some("raw") => Format::Raw,
            Some("json") => Format::Json,
            Some(t) => Format::Template(t.to_string()),
        }
    }
}

/// Who may print what, decided once per invocation.
#[derive(Debug, Clone)]
pub struct Printer {
    pub format: Format,
    pub quiet: bool,
    /// stderr is a terminal: progress bars allowed.
    pub interactive: bool,
}

impl Printer {
    pub fn new(format: Format, quiet: bool) -> Printer {
        Printer {
            format,
            quiet,
            interactive: std::io::stderr().is_terminal(),
        }
    }

    /// Whether progress bars are drawn (stderr is a terminal and `-q` was not given).
    pub fn bars(&self) -> bool {
        self.interactive && !self.quiet
    }

    /// A status line on stderr (suppressed by `-q`).
    pub fn status(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            eprintln!("{}", escape_lines(msg.as_ref()));
        }
    }

    /// A warning on stderr (not suppressed).
    pub fn warn(&self, msg: impl AsRef<str>) {
        eprintln!("warning: {}", escape_lines(msg.as_ref()));
    }

    /// Prints `value` as JSON or through the template; `Ok(false)` means the format is
    /// text or raw and the caller prints its own view.
    pub fn data<T: Serialize>(&self, value: &T) -> Result<bool> {
        match &self.format {
            Format::Json => {
                let mut s = serde_json::to_string_pretty(value)?;
                s.push('\n');
                out(s.as_bytes())?;
                Ok(true)
            }
            Format::Template(t) => {
                let v = serde_json::to_value(value)?;
                let mut s = escape_lines(&render(t, &v)?).into_owned();
                if !s.ends_with('\n') {
                    s.push('\n');
                }
                out(s.as_bytes())?;
                Ok(true)
            }
            Format::Text | Format::Raw => Ok(false),
        }
    }
}

/// Stdout was closed by the reader (`hoist ... | head`): not an error worth a message. Only
/// writes to stdout produce it, so a broken pipe to a registry is still reported.
#[derive(Debug)]
pub struct StdoutClosed;

impl std::fmt::Display for StdoutClosed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("stdout was closed")
    }
}

impl std::error::Error for StdoutClosed {}

/// Maps a stdout write error: a closed pipe becomes [`StdoutClosed`].
pub fn stdout_error(e: std::io::Error) -> anyhow::Error {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        anyhow::Error::new(StdoutClosed)
    } else {
        anyhow::Error::new(e).context("writing to stdout")
    }
}

/// Whether an error is (or wraps) [`StdoutClosed`].
pub fn is_stdout_closed(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.is::<StdoutClosed>()
            || c.downcast_ref::<std::io::Error>()
                .and_then(|io| io.get_ref())
                .is_some_and(|inner| inner.is::<StdoutClosed>())
    })
}

/// Stdout as a `Write` for streaming, with a closed pipe reported as [`StdoutClosed`].
pub struct StdoutSink(pub std::io::Stdout);

impl Write for StdoutSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.write(buf).map_err(closed_pipe)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush().map_err(closed_pipe)
    }
}

fn closed_pipe(e: std::io::Error) -> std::io::Error {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::io::Error::other(StdoutClosed)
    } else {
        e
    }
}

/// Writes a text view to stdout, with control characters that came from a registry or an
/// image made visible (see [`escape`]).
pub fn text(s: &str) -> Result<()> {
    out(escape_lines(s).as_bytes())
}

/// Writes to stdout, byte for byte (raw documents, digests, generated scripts).
pub fn out(bytes: &[u8]) -> Result<()> {
    let mut o = std::io::stdout().lock();
    o.write_all(bytes)
        .and_then(|()| o.flush())
        .map_err(stdout_error)
}

/// Renders a template over a JSON value.
pub fn render(template: &str, value: &serde_json::Value) -> Result<String> {
    let re = regex_lite::Regex::new(r"\{\{(-?)\s*\.").expect("static regex");
    let tpl = re.replace_all(template, "{{$1 ");
    let mut env = minijinja::Environment::new();
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    let bad = |e: minijinja::Error| {
        Failure::usage(format!("template `{template}` failed: {e}"))
            .hint("templates look like `{{ digest }}` or `{{ manifest.mediaType }}`; use `--format json` to see the fields")
    };
    env.add_template("t", &tpl).map_err(bad)?;
    let t = env.get_template("t").map_err(bad)?;
    Ok(t.render(minijinja::Value::from_serialize(value))
        .map_err(bad)?)
}

/// A table with hoist's style: no borders, a header row.
pub fn table(header: &[&str]) -> comfy_table::Table {
    let mut t = comfy_table::Table::new();
    t.load_preset(comfy_table::presets::NOTHING);
    t.set_header(header.iter().map(|h| h.to_string()).collect::<Vec<_>>());
    t
}

/// Prints a table (trimmed lines) to stdout.
pub fn print_table(t: &comfy_table::Table) -> Result<()> {
    let mut s = String::new();
    for line in t.to_string().lines() {
        // The preset pads every cell by one space; the first column needs none.
        s.push_str(line.strip_prefix(' ').unwrap_or(line).trim_end());
        s.push('\n');
    }
    text(&s)?;
    Ok(())
}

/// `1.5 MiB` style sizes.
pub fn human_size(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = n as f64;
    let mut u = 0;
    while v >= 1024.0 && u < UNITS.len() - 1 {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", UNITS[u])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_accept_go_style() {
        let v = serde_json::json!({"digest": "sha256:x", "manifest": {"mediaType": "m"}});
        assert_eq!(
            render("{{ .digest }} {{.manifest.mediaType}}", &v).unwrap(),
            "sha256:x m"
        );
        assert!(render("{{ nope }}", &v).is_err());
    }

    #[test]
    fn sizes() {
        assert_eq!(human_size(12), "12 B");
        assert_eq!(human_size(1536), "1.5 KiB");
    }
}

/// Registry and image text made safe for a terminal: control characters (ESC, CR, BEL, C1 and
/// the like) become visible escapes (`\u{1b}`), so a tag or an error body cannot move the
/// cursor, rewrite a line or retitle the window. Tabs and newlines in multi-line text are kept
/// only by [`escape_lines`].
pub fn escape(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(s.chars().map(escape_char).collect())
}

/// Like [`escape`], keeping newlines and tabs (for messages of several lines).
pub fn escape_lines(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.chars()
            .map(|c| {
                if c == '\n' || c == '\t' {
                    c.to_string()
                } else {
                    escape_char(c)
                }
            })
            .collect(),
    )
}

fn escape_char(c: char) -> String {
    if c.is_control() {
        c.escape_unicode().to_string()
    } else {
        c.to_string()
    }
}

#[cfg(test)]
mod escape_tests {
    #[test]
    fn control_characters_become_visible() {
        assert_eq!(super::escape("v1"), "v1");
        assert_eq!(super::escape("a\x1b[2Jb\r"), "a\\u{1b}[2Jb\\u{d}");
        assert_eq!(super::escape("\u{9b}x"), "\\u{9b}x");
        assert_eq!(super::escape_lines("a\nb\x07"), "a\nb\\u{7}");
    }
}
