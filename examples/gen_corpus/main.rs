//! Writes a synthetic news corpus (JSON Lines) for benchmarks and scale tests.
//!
//! The articles are recombined from our own sample articles in
//! `examples/articles/*.txt`: every generated article takes 6 to 24 sentences
//! from random sample articles, and swaps the names of the actors geokg finds
//! in them (people, countries, organizations) for other actors of the same
//! kind, so the corpus has realistic sentences, many distinct actor pairs and
//! no outside data. The same seed and size give the same bytes.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- --mb 100 --seed 1 -o /tmp/corpus-100.jsonl
//! cargo run --release --example gen_corpus -- --mb 1 | head -c 600    # stdout when -o is absent
//! ```
//!
//! Each line is `{"id": "gen-000001", "date": "2025-03-14", "title": "...", "text": "..."}`.

use geokg::extract::extract;
use geokg::input::{ReadOptions, Reader, Source, expand};
use geokg::lexicon::{ActorKind, Lexicon};
use std::io::Write;
use std::path::PathBuf;

/// splitmix64: small, fast and fully deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

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
        articles: PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/articles")),
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

/// A sample sentence with the actor names in it: (start, end, kind index).
struct Sample {
    text: String,
    names: Vec<(usize, usize, usize)>,
}

/// The material a corpus is recombined from.
struct Material {
    sentences: Vec<Sample>,
    titles: Vec<Sample>,
    /// Actor labels found verbatim in the sample texts, one list per kind.
    names: Vec<Vec<String>>,
}

fn kind_index(k: ActorKind) -> usize {
    match k {
        ActorKind::Person => 0,
        ActorKind::Country => 1,
        ActorKind::Organization => 2,
        ActorKind::Group => 3,
    }
}

fn load(dir: &PathBuf) -> Result<Material, String> {
    let lex = Lexicon::embedded();
    let sources = expand(std::slice::from_ref(dir)).map_err(|e| e.to_string())?;
    let mut reader = Reader::new(ReadOptions::default());
    let mut sentences = Vec::new();
    let mut titles = Vec::new();
    let mut names: Vec<Vec<String>> = vec![Vec::new(); 4];
    for (src, in_dir) in &sources {
        if !matches!(src, Source::Text(_)) {
            continue;
        }
        reader
            .read(src, *in_dir, &mut |doc| {
                let toks = geokg::token::tokenize(&doc.text, 0);
                for s in geokg::sentence::split(&doc.text, &toks) {
                    let s = &doc.text[s.start..s.end];
                    // whole sentences only, not datelines or headings
                    if s.len() > 30 {
                        sentences.push(s.to_string());
                    }
                }
                titles.extend(doc.title.clone());
                for a in extract(lex, &doc).actors {
                    if a.label.len() > 3 && doc.text.contains(&a.label) {
                        names[kind_index(a.kind)].push(a.label);
                    }
                }
                Ok(())
            })
            .map_err(|e| e.to_string())?;
    }
    for v in &mut names {
        v.sort();
        v.dedup();
    }
    if sentences.is_empty() {
        return Err(format!("{}: no sentences to recombine", dir.display()));
    }
    let sample = |text: String| Sample {
        names: occurrences(&names, &text),
        text,
    };
    Ok(Material {
        sentences: sentences.into_iter().map(sample).collect(),
        titles: titles.into_iter().map(sample).collect(),
        names,
    })
}

/// Where known names occur in `text`, leftmost-longest, on word boundaries.
fn occurrences(names: &[Vec<String>], text: &str) -> Vec<(usize, usize, usize)> {
    let starts_word = |i: usize| {
        !text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    };
    let ends_word = |i: usize| !text[i..].chars().next().is_some_and(char::is_alphanumeric);
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let mut best: Option<(usize, usize)> = None;
        if starts_word(i) {
            for (k, list) in names.iter().enumerate() {
                for n in list {
                    let end = i + n.len();
                    if text[i..].starts_with(n.as_str())
                        && ends_word(end)
                        && best.is_none_or(|(e, _)| end > e)
                    {
                        best = Some((end, k));
                    }
                }
            }
        }
        match best {
            Some((end, k)) => {
                out.push((i, end, k));
                i = end;
            }
            None => i += text[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

/// Copies a sample into `out`, swapping about half of its actor names for
/// others of the same kind.
fn vary(m: &Material, rng: &mut Rng, s: &Sample, out: &mut String) {
    let mut at = 0;
    for &(start, end, k) in &s.names {
        let list = &m.names[k];
        if list.len() < 2 || rng.below(2) == 0 {
            continue;
        }
        out.push_str(&s.text[at..start]);
        let other: &String = rng.pick(list);
        out.push_str(other);
        at = end;
    }
    out.push_str(&s.text[at..]);
}

fn main() {
    let o = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("gen_corpus: {e}");
            std::process::exit(2);
        }
    };
    let m = match load(&o.articles) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("gen_corpus: {e}");
            std::process::exit(2);
        }
    };
    let target = (o.mb * 1_000_000.0) as u64;
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
    let mut rng = Rng(o.seed);
    let mut written = 0u64;
    let mut n = 0u64;
    let mut line = Vec::with_capacity(1 << 14);
    while written < target {
        n += 1;
        let k = 6 + rng.below(19);
        let mut text = String::new();
        for p in 0..k {
            if p > 0 {
                // paragraphs of one to three sentences, as in wire copy
                text.push(if rng.below(3) == 0 { ' ' } else { '\n' });
            }
            let s = rng.pick(&m.sentences);
            vary(&m, &mut rng, s, &mut text);
        }
        let title = if m.titles.is_empty() {
            format!("Article {n}")
        } else {
            let mut t = String::new();
            let s = rng.pick(&m.titles);
            vary(&m, &mut rng, s, &mut t);
            t
        };
        let date = format!(
            "20{:02}-{:02}-{:02}",
            20 + rng.below(6),
            1 + rng.below(12),
            1 + rng.below(28)
        );
        let obj = serde_json::json!({
            "id": format!("gen-{n:07}"),
            "date": date,
            "title": title,
            "text": text,
        });
        line.clear();
        serde_json::to_writer(&mut line, &obj).expect("a JSON value always serializes");
        line.push(b'\n');
        if let Err(e) = w.write_all(&line) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return;
            }
            eprintln!("gen_corpus: {e}");
            std::process::exit(2);
        }
        written += line.len() as u64;
    }
    if let Err(e) = w.flush()
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("gen_corpus: {e}");
        std::process::exit(2);
    }
    eprintln!("gen_corpus: {n} articles, {written} bytes");
}
