//! The geokg binary: parse the command line, run, map the result to an exit code.

use clap::Parser;
use std::process::ExitCode;

// mimalloc: see `geokg::alloc` for why, and why called directly.
#[global_allocator]
static ALLOCATOR: geokg::alloc::Mimalloc = geokg::alloc::Mimalloc;

fn main() -> ExitCode {
    let cli = geokg::cli::Cli::parse();
    match geokg::cli::run(cli) {
        Ok(geokg::cli::Outcome::Success) => ExitCode::from(0),
        Ok(geokg::cli::Outcome::Partial) => ExitCode::from(1),
        Err(e) if e.is_broken_pipe() => ExitCode::from(0),
        Err(e) => {
            eprintln!("geokg: error: {e}");
            ExitCode::from(2)
        }
    }
}
