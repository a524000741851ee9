//! Runs one `geokg build` in this process and reports its throughput and
//! peak memory: input MB, seconds, MB/s and peak RSS (`VmHWM` from
//! `/proc/self/status`, Linux only).
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
//! `scale: 100.0 MB in 12.34 s = 8.10 MB/s, peak RSS 123 MB (-j 2)`.

use clap::Parser;
use geokg::cli::{Cli, run};
use std::time::Instant;

/// Peak resident set size in kB, from `/proc/self/status`.
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
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
    if let Err(e) = run(cli) {
        eprintln!("scale: {e:#}");
        std::process::exit(2);
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = bytes as f64 / 1e6;
    let rss = peak_rss_kb().map_or_else(|| "unknown".to_string(), |k| format!("{} MB", k / 1024));
    println!(
        "scale: {mb:.1} MB in {secs:.2} s = {:.2} MB/s, peak RSS {rss} ({jobs})",
        mb / secs
    );
}
