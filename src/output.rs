//! Output policy: data on stdout, everything else on stderr; formats and templates.
//!
//! `--format` takes `text` (the default human view), `raw` (bytes exactly as stored, where a
//! command has them), `json`, or a template over the JSON view (anything containing `{{` or
//! `{%`; see [`crate::template`]). Anything else is a usage error naming those values: a typo
//! must never print itself back with exit 0 in a CI log.

use std::io::{IsTerminal as _, Write};

use anyhow::Result;
use serde::Serialize;

use crate::error::Failure;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Format {
    Text,
    Raw,
    Json,
    /// SARIF 2.1.0 (`image audit`).
    Sarif,
    Template(crate::template::Template),
}

/// What `--format` accepts, for messages and completions.
pub const FORMATS: &[&str] = &["text", "json", "raw"];

impl Format {
    /// Reads a `--format` value: `text`, `json`, a template, or one of `extra` (`raw` for the
    /// commands that print stored bytes, `sarif` for `image audit`).
    pub fn parse(s: Option<&str>, extra: &[&str]) -> Result<Format, Failure> {
        match s {
            None | Some("text") => return Ok(Format::Text),
            Some("json") => return Ok(Format::Json),
            Some("raw") if extra.contains(&"raw") => return Ok(Format::Raw),
            Some("sarif") if extra.contains(&"sarif") => return Ok(Format::Sarif),
            Some(t) if t.contains("{{") || t.contains("{%") => {
                return Ok(Format::Template(crate::template::Template::parse(t)?));
            }
            _ => {}
        }
        let other = s.unwrap_or_default();
        let mut accepted: Vec<&str> = vec!["text", "json"];
        accepted.extend(extra);
        let list = accepted
            .iter()
            .map(|v| format!("`{v}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let mut f = Failure::usage(format!(
            "unknown `--format` `{other}`: this command takes {list} or a template such as `{{{{ digest }}}}`"
        ));
        let lower = other.trim().to_ascii_lowercase();
        if FORMATS.contains(&lower.as_str()) && !accepted.contains(&lower.as_str()) {
            f = f.hint(format!(
                "`--format {lower}` is for commands that print stored bytes (`manifest get`, `config get`); use `--format json` here"
            ));
        } else if let Some(v) = accepted.iter().find(|v| {
            lower == **v
                || (lower.len() > 1 && (v.starts_with(&lower[..2]) || lower.starts_with(**v)))
        }) {
            f = f.hint(format!("did you mean `--format {v}`?"));
        }
        if lower == "yaml" || lower == "yml" {
            f = f.hint("hoist prints no YAML; JSON is YAML too: use `--format json`");
        }
        if other.contains('.') || other.contains('{') {
            f = f.hint("a template needs `{{ }}` around fields: `--format '{{ digest }}'`");
        }
        Err(f)
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

    /// A warning on stderr (`-q` leaves only errors).
    pub fn warn(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            eprintln!("warning: {}", escape_lines(msg.as_ref()));
        }
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
                let mut s = escape_lines(&t.render(&v)?).into_owned();
                if !s.ends_with('\n') {
                    s.push('\n');
                }
                out(s.as_bytes())?;
                Ok(true)
            }
            Format::Text | Format::Raw | Format::Sarif => Ok(false),
        }
    }
}

/// Log events as hoist's own stderr lines: `warning: ...` and `error: ...`, escaped, with no
/// timestamp or level column (that is `-v`'s format).
pub struct PlainEvents;

impl<S, N> tracing_subscriber::fmt::FormatEvent<S, N> for PlainEvents
where
    S: tracing::Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>,
    N: for<'a> tracing_subscriber::fmt::FormatFields<'a> + 'static,
{
    fn format_event(
        &self,
        ctx: &tracing_subscriber::fmt::FmtContext<'_, S, N>,
        mut writer: tracing_subscriber::fmt::format::Writer<'_>,
        event: &tracing::Event<'_>,
    ) -> std::fmt::Result {
        let label = match *event.metadata().level() {
            tracing::Level::ERROR => "error",
            tracing::Level::WARN => "warning",
            _ => "note",
        };
        let mut fields = String::new();
        tracing_subscriber::fmt::FormatFields::format_fields(
            ctx,
            tracing_subscriber::fmt::format::Writer::new(&mut fields),
            event,
        )?;
        writeln!(writer, "{label}: {}", escape_lines(&fields))
    }
}

/// The terminal's settings while a prompt has echo off, to be put back if the prompt is
/// interrupted (Ctrl-C, SIGTERM) before it could do so itself.
static PROMPTING: std::sync::Mutex<Option<(std::fs::File, rustix::termios::Termios)>> =
    std::sync::Mutex::new(None);

/// Asks for a secret on the terminal without echoing it (as `docker login` does): the prompt
/// goes to stderr, the answer is read from the terminal with echo off and restored after.
/// `None` when there is no terminal to ask. The read runs on a blocking thread, so Ctrl-C and
/// SIGTERM still end the command (and [`restore_terminal`] turns echo back on).
pub async fn prompt_secret(prompt: &str) -> Result<Option<String>> {
    use rustix::termios::{LocalModes, OptionalActions, tcgetattr, tcsetattr};
    use std::io::BufRead as _;
    let Ok(tty) = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")
    else {
        return Ok(None);
    };
    let Ok(saved) = tcgetattr(&tty) else {
        return Ok(None);
    };
    let mut quiet = saved.clone();
    quiet.local_modes.remove(LocalModes::ECHO);
    quiet.local_modes.insert(LocalModes::ECHONL);
    // Echo goes off before the prompt shows, and what is already typed is kept: an answer
    // typed as soon as the prompt appears (a script on a pty, a fast typist) is never lost.
    tcsetattr(&tty, OptionalActions::Now, &quiet)?;
    *PROMPTING.lock().expect("prompting") = Some((tty.try_clone()?, saved));
    eprint!("{prompt}");
    let read = tokio::task::spawn_blocking(move || {
        let mut line = String::new();
        std::io::BufReader::new(&tty)
            .read_line(&mut line)
            .map(|_| line)
    })
    .await;
    restore_terminal();
    let line = read.map_err(|e| anyhow::anyhow!("reading the terminal: {e}"))??;
    Ok(Some(line.trim_end_matches(['\r', '\n']).to_string()))
}

/// Puts the terminal back as a prompt found it, if one has echo off (a no-op otherwise).
pub fn restore_terminal() {
    if let Some((tty, saved)) = PROMPTING.lock().expect("prompting").take() {
        let _ = rustix::termios::tcsetattr(&tty, rustix::termios::OptionalActions::Now, &saved);
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

/// Renders a template over a JSON value (for callers that hold a template string).
pub fn render(template: &str, value: &serde_json::Value) -> Result<String> {
    Ok(crate::template::Template::parse(template)?.render(value)?)
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

/// `1 manifest`, `2 manifests`: a count with its noun in the right number.
pub fn count(n: impl Into<u64>, singular: &str, plural: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { singular } else { plural })
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
