//! Everything generated from the clap definitions: shell completions (`hoist completion`),
//! man pages (hidden `hoist man DIR`) and the Markdown CLI reference (hidden
//! `hoist cli-reference`). The checked-in copies under `completions/` and `docs/` are compared
//! with fresh output by the test suite, so they cannot drift from the code.
//!
//! It must not touch registries or read stdin.

use std::path::PathBuf;

use anyhow::{Context as _, Result};
use clap::{Args, CommandFactory as _};
use clap_complete::Shell;

use super::Cli;

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  hoist completion bash > /etc/bash_completion.d/hoist
  hoist completion zsh > \"${fpath[1]}/_hoist\"
  hoist completion fish > ~/.config/fish/completions/hoist.fish")]
pub struct CompletionArgs {
    /// The shell to generate for.
    pub shell: Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Directory to write `hoist.1`, `hoist-manifest.1`, `hoist-manifest-get.1`, ... into.
    pub dir: PathBuf,
}

/// Platforms offered when completing `--platform` (any other is accepted too).
const PLATFORMS: &[&str] = &[
    "all",
    "local",
    "linux/amd64",
    "linux/arm64",
    "linux/arm/v7",
    "linux/arm/v6",
    "linux/386",
    "linux/ppc64le",
    "linux/s390x",
    "linux/riscv64",
    "windows/amd64",
];

/// The command tree as completion offers it: no hidden commands (`man`, `cli-reference`,
/// the aliases kept for other tools' habits) or hidden flags, and `--platform` with the
/// usual platforms as its values.
fn for_completion(c: &clap::Command) -> clap::Command {
    let mut n = clap::Command::new(c.get_name().to_string()).visible_aliases(
        c.get_visible_aliases()
            .map(str::to_string)
            .collect::<Vec<_>>(),
    );
    if let Some(about) = c.get_about() {
        n = n.about(about.clone());
    }
    if let Some(v) = c.get_version() {
        n = n.version(v.to_string());
    }
    for a in c.get_arguments().filter(|a| !a.is_hide_set()) {
        let a = if a.get_id() == "platform" {
            a.clone()
                .value_parser(clap::builder::PossibleValuesParser::new(PLATFORMS))
                .hide_possible_values(true)
        } else {
            a.clone()
        };
        n = n.arg(a);
    }
    for sub in visible_subcommands(c) {
        n = n.subcommand(for_completion(sub));
    }
    n
}

/// The completion script for a shell.
pub fn completion_script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    let mut cmd = for_completion(&Cli::command());
    clap_complete::generate(shell, &mut cmd, "hoist", &mut out);
    if shell == Shell::Bash {
        out = subcommands_first(&out);
    }
    out
}

/// bash lists a command's candidates in one `opts="..."` string, flags first; subcommands are
/// what a user looks for first, so they go to the front.
fn subcommands_first(script: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(script);
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        match trimmed
            .strip_prefix("opts=\"")
            .and_then(|r| r.strip_suffix("\"\n"))
        {
            Some(words) => {
                let indent = &line[..line.len() - trimmed.len()];
                let (flags, rest): (Vec<&str>, Vec<&str>) =
                    words.split(' ').partition(|w| w.starts_with('-'));
                let ordered: Vec<&str> = rest.into_iter().chain(flags).collect();
                out.push_str(&format!("{indent}opts=\"{}\"\n", ordered.join(" ")));
            }
            None => out.push_str(line),
        }
    }
    out.into_bytes()
}

pub fn run(a: CompletionArgs) -> Result<()> {
    crate::output::out(&completion_script(a.shell))?;
    Ok(())
}

pub fn man(a: ManArgs) -> Result<()> {
    std::fs::create_dir_all(&a.dir).with_context(|| format!("creating `{}`", a.dir.display()))?;
    let mut cmd = Cli::command();
    cmd.build();
    write_man(&cmd, "hoist", &a.dir)
}

fn visible_subcommands(cmd: &clap::Command) -> impl Iterator<Item = &clap::Command> {
    cmd.get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
}

fn write_man(cmd: &clap::Command, name: &str, dir: &std::path::Path) -> Result<()> {
    let page = cmd.clone().name(name.to_string());
    let mut buf = Vec::new();
    clap_mangen::Man::new(page).render(&mut buf)?;
    std::fs::write(dir.join(format!("{name}.1")), buf)?;
    for sub in visible_subcommands(cmd) {
        write_man(sub, &format!("{name}-{}", sub.get_name()), dir)?;
    }
    Ok(())
}

/// The Markdown CLI reference (`docs/cli.md`).
pub fn reference_markdown() -> String {
    let mut cmd = Cli::command();
    cmd.build();
    let mut s = String::from(
        "# hoist command reference\n\nGenerated from the command definitions; do not edit by hand.\n\n",
    );
    s.push_str("## Global options\n\nAccepted by every command.\n\n");
    for a in cmd.get_arguments().filter(|a| a.is_global_set()) {
        s.push_str(&arg_line(a));
    }
    s.push('\n');
    write_markdown(&cmd, "hoist", &mut s);
    s
}

fn arg_line(a: &clap::Arg) -> String {
    let names = match (a.get_long(), a.get_short()) {
        (Some(l), Some(c)) => format!("`-{c}`, `--{l}`"),
        (Some(l), None) => format!("`--{l}`"),
        (None, Some(c)) => format!("`-{c}`"),
        (None, None) => format!(
            "`{}`",
            a.get_value_names()
                .and_then(|v| v.first())
                .map(|v| v.to_string())
                .unwrap_or_else(|| a.get_id().to_string().to_uppercase())
        ),
    };
    let value = if a.get_long().is_some() && a.get_action().takes_values() {
        a.get_value_names()
            .and_then(|v| v.first())
            .map(|v| format!(" `<{v}>`"))
            .unwrap_or_default()
    } else {
        String::new()
    };
    let help = a
        .get_help()
        .map(|h| h.to_string())
        .unwrap_or_default()
        .replace('\n', " ");
    let default = a
        .get_default_values()
        .iter()
        .filter(|_| a.get_action().takes_values())
        .collect::<Vec<_>>()
        .first()
        .map(|d| format!(" (default: `{}`)", d.to_string_lossy()))
        .unwrap_or_default();
    format!("- {names}{value}: {help}{default}\n")
}

fn write_markdown(cmd: &clap::Command, path: &str, s: &mut String) {
    if path != "hoist" {
        s.push_str(&format!("## {path}\n\n"));
        if let Some(about) = cmd.get_about() {
            s.push_str(&format!("{about}\n\n"));
        }
        let mut c = cmd.clone();
        let usage = c.render_usage().to_string().replace("Usage: ", "");
        s.push_str(&format!("```text\n{usage}\n```\n\n"));
        let args: Vec<&clap::Arg> = cmd
            .get_arguments()
            .filter(|a| {
                !a.is_global_set()
                    && !a.is_hide_set()
                    && a.get_id() != "help"
                    && a.get_id() != "version"
            })
            .collect();
        if !args.is_empty() {
            for a in args {
                s.push_str(&arg_line(a));
            }
            s.push('\n');
        }
        if let Some(after) = cmd.get_after_help() {
            s.push_str(&format!(
                "```text\n{}\n```\n\n",
                after.to_string().trim_end()
            ));
        }
    }
    for sub in visible_subcommands(cmd) {
        write_markdown(sub, &format!("{path} {}", sub.get_name()), s);
    }
}
