use std::process::ExitCode;

use clap::Parser as _;
use hoist::cli::{Cli, run};
use hoist::error::{hints_of, kind_of, render};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let level = match (cli.global.quiet, cli.global.verbose) {
        (true, _) => tracing::Level::ERROR,
        (_, 0) => tracing::Level::WARN,
        (_, 1) => tracing::Level::DEBUG,
        _ => tracing::Level::TRACE,
    };
    tracing_subscriber::fmt()
        .with_max_level(level)
        .with_writer(std::io::stderr)
        .with_target(false)
        .init();
    // Bulk transfers get worker threads; everything else starts faster on one thread.
    let mut rt = match cli.command.wants_threads() {
        true => tokio::runtime::Builder::new_multi_thread(),
        false => tokio::runtime::Builder::new_current_thread(),
    };
    let rt = rt.enable_all().build().expect("tokio runtime");
    match rt.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        // `hoist ... | head`: the reader has all it wanted.
        Err(e) if hoist::output::is_stdout_closed(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {}", render(&e));
            for h in hints_of(&e) {
                eprintln!("hint: {h}");
            }
            ExitCode::from(kind_of(&e).code() as u8)
        }
    }
}
