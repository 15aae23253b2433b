//! `hoist`: parses the command line, runs it, and maps the outcome to an exit code (see
//! `docs/exit-codes.md`). Everything else is the library; this file must not hold logic.

use std::process::ExitCode;

use clap::Parser as _;
use hoist::cli::{Cli, run};
use hoist::error::{hints_of, kind_of, render};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return ExitCode::from(hoist::cli::parse_error(e) as u8),
    };
    use tracing_subscriber::prelude::*;
    // `-v`: hoist's own requests and decisions; `-vv`: every library's too.
    let filter = match (cli.global.quiet, cli.global.verbose) {
        (true, _) => tracing_subscriber::filter::Targets::new().with_default(tracing::Level::ERROR),
        (_, 0) => tracing_subscriber::filter::Targets::new().with_default(tracing::Level::WARN),
        (_, 1) => tracing_subscriber::filter::Targets::new()
            .with_default(tracing::Level::WARN)
            .with_target("hoist", tracing::Level::DEBUG),
        _ => tracing_subscriber::filter::Targets::new().with_default(tracing::Level::TRACE),
    };
    // Without `-v`, the warnings that come through tracing read like every other warning
    // (`warning: ...`, no timestamp or level column); `-v` shows the log format.
    if cli.global.verbose == 0 {
        tracing_subscriber::registry()
            .with(
                tracing_subscriber::fmt::layer()
                    .with_writer(std::io::stderr)
                    .event_format(hoist::output::PlainEvents),
            )
            .with(filter)
            .init();
    } else {
        tracing_subscriber::registry()
            .with(
                tracing_subscriber::fmt::layer()
                    .with_writer(std::io::stderr)
                    .with_target(false),
            )
            .with(filter)
            .init();
    }
    // Bulk transfers get worker threads; everything else starts faster on one thread.
    let mut rt = match cli.command.wants_threads() {
        true => tokio::runtime::Builder::new_multi_thread(),
        false => tokio::runtime::Builder::new_current_thread(),
    };
    let rt = rt.enable_all().build().expect("tokio runtime");
    // Ctrl-C or SIGTERM drops the command: its temporary files and directories (layers kept
    // for `--extract`, partial uploads' state) are removed by their owners on the way out.
    let own_signals = cli.command.handles_signals();
    let outcome = rt.block_on(async {
        if own_signals {
            return Some(run(cli).await);
        }
        let interrupted = hoist::signal::interrupted();
        tokio::select! {
            r = run(cli) => Some(r),
            _ = interrupted => None,
        }
    });
    // Blocking work still running (a layer being hashed) is not waited for.
    rt.shutdown_background();
    let Some(outcome) = outcome else {
        // A password prompt cut short leaves echo off; it goes back on.
        hoist::output::restore_terminal();
        eprintln!("error: interrupted");
        return ExitCode::from(130);
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        // `hoist ... | head`: the reader has all it wanted.
        Err(e) if hoist::output::is_stdout_closed(&e) => ExitCode::SUCCESS,
        Err(e) => {
            // Errors quote registry text (envelopes, tags, names): escaped like all output.
            eprintln!("error: {}", hoist::output::escape_lines(&render(&e)));
            for h in hints_of(&e) {
                eprintln!("hint: {}", hoist::output::escape_lines(&h));
            }
            ExitCode::from(kind_of(&e).code() as u8)
        }
    }
}
