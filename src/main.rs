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
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    match rt.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {}", render(&e));
            for h in hints_of(&e) {
                eprintln!("hint: {h}");
            }
            ExitCode::from(kind_of(&e).code() as u8)
        }
    }
}
