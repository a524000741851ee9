//! Writes a synthetic news corpus (JSON Lines) for benchmarks and scale tests.
//!
//! The articles are recombined from our own sample articles in
//! `examples/articles/*.txt` (see `corpus.rs`): no outside data, and the same
//! seed and size give the same bytes.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- --mb 100 --seed 1 -o /tmp/corpus-100.jsonl
//! cargo run --release --example gen_corpus -- --mb 1 | head -c 600    # stdout when -o is absent
//! ```
//!
//! Each line is `{"date": "2025-03-14", "id": "gen-0000001", "text": "...", "title": "..."}`.

mod corpus;

use corpus::Material;
use std::io::Write;
use std::path::PathBuf;

struct Opts {
    mb: f64,
    seed: u64,
    out: Option<PathBuf>,
    articles: PathBuf,
}

fn parse_args() -> Result<Opts, String> {
    let mut o = Opts {
        mb: 10.0,
        seed: 1,
        out: None,
        articles: corpus::sample_dir(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--mb" => o.mb = val()?.parse().map_err(|e| format!("--mb: {e}"))?,
            "--seed" => o.seed = val()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "-o" | "--out" => o.out = Some(PathBuf::from(val()?)),
            "--articles" => o.articles = PathBuf::from(val()?),
            "-h" | "--help" => {
                return Err(
                    "usage: gen_corpus [--mb N (default 10)] [--seed S (default 1)] [-o FILE] [--articles DIR]"
                        .to_string(),
                );
            }
            _ => return Err(format!("unknown argument {a:?} (try --help)")),
        }
    }
    Ok(o)
}

fn main() {
    let o = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("gen_corpus: {e}");
            std::process::exit(2);
        }
    };
    let m = match Material::load(&o.articles) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("gen_corpus: {e}");
            std::process::exit(2);
        }
    };
    let sink: Box<dyn Write> = match &o.out {
        Some(p) => match std::fs::File::create(p) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("gen_corpus: {}: {e}", p.display());
                std::process::exit(2);
            }
        },
        None => Box::new(std::io::stdout().lock()),
    };
    let mut w = std::io::BufWriter::with_capacity(1 << 20, sink);
    let target = (o.mb * 1_000_000.0) as u64;
    let done = m
        .write(o.seed, target, &mut w)
        .and_then(|n| w.flush().map(|_| n));
    match done {
        Ok(n) => eprintln!("gen_corpus: {n} articles"),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(e) => {
            eprintln!("gen_corpus: {e}");
            std::process::exit(2);
        }
    }
}
