//! The corpus generator behind `examples/gen_corpus` and the benchmarks:
//! news-like articles recombined from `examples/articles/*.txt`, from a seed.
//!
//! Every generated article takes 6 to 24 sentences from random sample
//! articles and swaps about half of the names of the actors geokg finds in
//! them (people, countries, organizations) for other actors of the same kind,
//! so the corpus has realistic sentences, many distinct actor pairs and no
//! outside data. The same seed and size give the same bytes.

#![allow(dead_code)] // each user of this file takes a different part of it

use geokg::extract::extract;
use geokg::input::{Document, ReadOptions, Reader, Source, expand};
use geokg::lexicon::{ActorKind, Lexicon};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The sample articles shipped with geokg.
pub fn sample_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/articles"))
}

/// splitmix64: small, fast and fully deterministic.
pub struct Rng(u64);

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

/// A sample sentence with the actor names in it: (start, end, kind index).
struct Sample {
    text: String,
    names: Vec<(usize, usize, usize)>,
}

/// The material a corpus is recombined from.
pub struct Material {
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

impl Material {
    /// The material of the sample articles in `dir`.
    pub fn load(dir: &Path) -> Result<Material, String> {
        load(dir)
    }

    /// Generated articles, in order, until about `bytes` bytes of JSON Lines
    /// would have been written; calls `f` with each.
    pub fn generate(
        &self,
        seed: u64,
        bytes: u64,
        f: &mut dyn FnMut(Document, &[u8]) -> std::io::Result<()>,
    ) -> std::io::Result<u64> {
        let mut rng = Rng(seed);
        let mut written = 0u64;
        let mut n = 0u64;
        let mut line = Vec::with_capacity(1 << 14);
        while written < bytes {
            n += 1;
            let k = 6 + rng.below(19);
            let mut text = String::new();
            for p in 0..k {
                if p > 0 {
                    // paragraphs of one to three sentences, as in wire copy
                    text.push(if rng.below(3) == 0 { ' ' } else { '\n' });
                }
                let s = rng.pick(&self.sentences);
                vary(self, &mut rng, s, &mut text);
            }
            let title = if self.titles.is_empty() {
                format!("Article {n}")
            } else {
                let mut t = String::new();
                let s = rng.pick(&self.titles);
                vary(self, &mut rng, s, &mut t);
                t
            };
            let date = format!(
                "20{:02}-{:02}-{:02}",
                20 + rng.below(6),
                1 + rng.below(12),
                1 + rng.below(28)
            );
            let doc = Document {
                id: format!("gen-{n:07}"),
                title: Some(title),
                date: Some(date),
                url: None,
                text,
            };
            let obj = serde_json::json!({
                "id": doc.id,
                "date": doc.date,
                "title": doc.title,
                "text": doc.text,
            });
            line.clear();
            serde_json::to_writer(&mut line, &obj)?;
            line.push(b'\n');
            written += line.len() as u64;
            f(doc, &line)?;
        }
        Ok(n)
    }

    /// Writes about `bytes` bytes of JSON Lines to `w`; returns the number of articles.
    pub fn write(&self, seed: u64, bytes: u64, w: &mut dyn Write) -> std::io::Result<u64> {
        self.generate(seed, bytes, &mut |_, line| w.write_all(line))
    }

    /// About `bytes` bytes worth of articles, in memory.
    pub fn documents(&self, seed: u64, bytes: u64) -> Vec<Document> {
        let mut out = Vec::new();
        let _ = self.generate(seed, bytes, &mut |d, _| {
            out.push(d);
            Ok(())
        });
        out
    }
}

fn load(dir: &Path) -> Result<Material, String> {
    let lex = Lexicon::embedded();
    let sources = expand(&[dir.to_path_buf()]).map_err(|e| e.to_string())?;
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
                let tz = geokg::token::tokenize(&doc.text);
                let toks = tz.tokens();
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
