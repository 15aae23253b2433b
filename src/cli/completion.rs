//! `hoist completion SHELL` and the hidden `hoist man DIR`.

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

pub fn run(a: CompletionArgs) -> Result<()> {
    let mut out = Vec::new();
    clap_complete::generate(a.shell, &mut Cli::command(), "hoist", &mut out);
    crate::output::out(&out)?;
    Ok(())
}

pub fn man(a: ManArgs) -> Result<()> {
    std::fs::create_dir_all(&a.dir).with_context(|| format!("creating `{}`", a.dir.display()))?;
    let cmd = Cli::command();
    write_man(&cmd, "hoist", &a.dir)
}

fn write_man(cmd: &clap::Command, name: &str, dir: &std::path::Path) -> Result<()> {
    let cmd = cmd.clone().name(name.to_string());
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut buf)?;
    std::fs::write(dir.join(format!("{name}.1")), buf)?;
    for sub in cmd.get_subcommands() {
        if sub.is_hide_set() || sub.get_name() == "help" {
            continue;
        }
        write_man(sub, &format!("{name}-{}", sub.get_name()), dir)?;
    }
    Ok(())
}
