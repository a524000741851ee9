//! Runs one `geokg build` in this process and reports its throughput and
//! peak memory: input MB, seconds, MB/s, peak RSS (`VmHWM` from
//! `/proc/self/status`) and CPU time (`/proc/self/stat`); Linux only.
//!
//! The arguments are those of `geokg build`:
//!
//! ```sh
//! cargo run --release --example gen_corpus -- --mb 100 -o /tmp/c100.jsonl
//! cargo run --release --example scale -- /tmp/c100.jsonl --json /tmp/g.json -j 1 -q
//! cargo run --release --example scale -- /tmp/c100.jsonl --json /tmp/g.json -j 2 -q --max-evidence 5
//! ```
//!
//! It prints one line, e.g.
//! `scale: 100.0 MB in 12.34 s = 8.10 MB/s, peak RSS 123 MB, CPU 24.1 s (-j 2)`.

use clap::Parser;
use geokg::cli::{Cli, run};
use std::time::Instant;

// The allocator of the geokg binary (src/main.rs), so the figures match it.
#[global_allocator]
static ALLOCATOR: geokg::alloc::Mimalloc = geokg::alloc::Mimalloc;

/// Peak resident set size in kB, from `/proc/self/status`.
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// CPU time (user + system) of this process so far, in seconds, from
/// `/proc/self/stat` (clock ticks of 1/100 s).
fn cpu_secs() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // fields after the command name, which is in parentheses
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    Some(ticks as f64 / 100.0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // Input size: every argument that names an existing file (or a directory's files).
    let mut bytes = 0u64;
    for a in &args {
        let p = std::path::Path::new(a);
        if p.is_file() && !a.ends_with(".json") {
            bytes += p.metadata().map_or(0, |m| m.len());
        }
    }
    let jobs = args
        .iter()
        .position(|a| a == "-j" || a == "--jobs")
        .and_then(|i| args.get(i + 1))
        .map_or_else(|| "all cores".to_string(), |n| format!("-j {n}"));
    let cli = Cli::parse_from(
        ["geokg".to_string(), "build".to_string()]
            .into_iter()
            .chain(args.iter().cloned()),
    );
    let start = Instant::now();
    let cpu0 = cpu_secs();
    if let Err(e) = run(cli) {
        eprintln!("scale: {e:#}");
        std::process::exit(2);
    }
    let secs = start.elapsed().as_secs_f64();
    let cpu = match (cpu0, cpu_secs()) {
        (Some(a), Some(b)) => format!(", CPU {:.2} s", b - a),
        _ => String::new(),
    };
    let mb = bytes as f64 / 1e6;
    let rss = peak_rss_kb().map_or_else(|| "unknown".to_string(), |k| format!("{} MB", k / 1024));
    println!(
        "scale: {mb:.1} MB in {secs:.2} s = {:.2} MB/s, peak RSS {rss}{cpu} ({jobs})",
        mb / secs
    );
}
