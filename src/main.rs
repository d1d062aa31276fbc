//! Starts the window, or runs one of the headless commands.

use adisker::cli::{self, Cli};
use clap::Parser;
use std::process::ExitCode;

// Typesetting a batch of certificates allocates from two threads at once;
// with mimalloc the process asks the system for a tenth of the pages the C
// library's allocator does, and prints the batch a fifth faster.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    adisker::ui::STARTED.get_or_init(std::time::Instant::now);
    if std::env::args_os().nth(1).is_some_and(|a| a == adisker::print::sandbox::TRIAL_ARGUMENT) {
        return adisker::print::sandbox::run_trial();
    }
    if let Ok(program) = std::env::current_exe() {
        adisker::print::sandbox::use_program(program);
    }
    tracing_subscriber::fmt()
        // An unusual system locale («C», «POSIX») is normal on school PCs
        // and must not greet the user with an error line.
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn,i18n_embed::requester=off")),
        )
        .with_writer(std::io::stderr)
        .init();
    adisker::crash::install_hook(|reason| adisker::fl!("app-crashed", reason = reason));
    let cli = Cli::parse();
    match cli.command {
        Some(_) => cli::run(cli),
        None => adisker::ui::run(cli.data_dir),
    }
}
