//! Starts the window, or runs one of the headless commands.

use adisker::cli::{self, Cli};
use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    adisker::ui::STARTED.get_or_init(std::time::Instant::now);
    tracing_subscriber::fmt()
        // An unusual system locale («C», «POSIX») is normal on school PCs
        // and must not greet the user with an error line.
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn,i18n_embed::requester=off")),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    match cli.command {
        Some(command) => cli::run(command, cli.data_dir),
        None => match adisker::ui::run(cli.data_dir) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("{error}");
                ExitCode::FAILURE
            }
        },
    }
}
