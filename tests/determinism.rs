//! The same articles always give the same bytes: across runs, whatever order
//! the input files are given in, and whatever the number of worker threads,
//! for every file `-o` writes.

use crate::corpus::{self, ALL, write_articles};
use crate::util::{TestDir, assert_same_bytes};
use std::collections::BTreeMap;
use std::path::Path;

/// A directory `articles/` holding our articles and every sample article;
/// returns their paths relative to the test directory, sorted.
fn articles(dir: &TestDir) -> Vec<String> {
    write_articles(dir, "articles", &ALL);
    let examples = corpus::examples();
    let names: Vec<&str> = examples.iter().map(String::as_str).collect();
    corpus::copy_examples(dir, "articles", &names);
    let mut paths: Vec<String> = ALL
        .iter()
        .map(|a| a.file.to_string())
        .chain(examples)
        .map(|n| format!("articles/{n}"))
        .collect();
    paths.sort();
    paths
}

/// Every file under `dir`, by path relative to it, sorted.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// Every file `-o` writes (graph.svg only with Graphviz installed).
const FORMATS: [&str; 9] = [
    "graph.json",
    "graph.dot",
    "graph.gexf",
    "graph.graphml",
    "graph.cytoscape.json",
    "graph.csv",
    "neo4j/nodes.csv",
    "neo4j/relationships.csv",
    "graph.html",
];

/// `geokg build INPUTS... -o OUT -q EXTRA...`; returns every file written.
fn build(dir: &TestDir, inputs: &[String], out: &str, extra: &[&str]) -> BTreeMap<String, Vec<u8>> {
    dir.geokg(["build"])
        .args(inputs)
        .args(["-o", out, "-q"])
        .args(extra)
        .run()
        .success();
    let written = files(&dir.join(out));
    for f in FORMATS {
        assert!(written.contains_key(f), "-o {out} did not write {f}");
    }
    written
}

/// Asserts two runs wrote the same files with the same bytes.
#[track_caller]
fn assert_same_files(what: &str, a: &BTreeMap<String, Vec<u8>>, b: &BTreeMap<String, Vec<u8>>) {
    assert_eq!(
        a.keys().collect::<Vec<_>>(),
        b.keys().collect::<Vec<_>>(),
        "{what}: different files written"
    );
    for (name, bytes) in a {
        assert_same_bytes(&format!("{name}, {what}"), bytes, &b[name]);
    }
}

#[test]
fn two_builds_give_identical_files_in_every_format() {
    let dir = TestDir::new();
    articles(&dir);
    let args = ["articles".to_string()];
    let one = build(&dir, &args, "one", &[]);
    let two = build(&dir, &args, "two", &[]);
    assert_same_files("two runs", &one, &two);
    assert!(one["graph.json"].len() > 1000, "suspiciously small graph");
}

#[test]
fn input_order_does_not_matter() {
    let dir = TestDir::new();
    let paths = articles(&dir);
    let reference = build(&dir, &["articles".to_string()], "dir", &[]);
    // a few fixed shuffles: reversed, rotated, interleaved, and seeded
    // pseudo-random permutations
    let mut reversed = paths.clone();
    reversed.reverse();
    let mut rotated = paths.clone();
    rotated.rotate_left(paths.len() / 3);
    let (evens, odds): (Vec<_>, Vec<_>) = paths.iter().enumerate().partition(|(i, _)| i % 2 == 0);
    let interleaved: Vec<String> = odds
        .into_iter()
        .rev()
        .chain(evens)
        .map(|(_, p)| p.clone())
        .collect();
    let mut orders = vec![
        ("sorted", paths.clone()),
        ("reversed", reversed),
        ("rotated", rotated),
        ("interleaved", interleaved),
    ];
    for seed in [1u64, 2, 3] {
        orders.push(("shuffled", shuffle(&paths, seed)));
    }
    for (i, (name, order)) in orders.iter().enumerate() {
        let out = format!("order{i}");
        let got = build(&dir, order, &out, &[]);
        assert_same_files(&format!("files {name} ({order:?})"), &got, &reference);
    }
}

/// A Fisher-Yates shuffle driven by a fixed-seed xorshift, so a failure
/// reproduces.
fn shuffle(items: &[String], seed: u64) -> Vec<String> {
    let mut v = items.to_vec();
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    for i in (1..v.len()).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        v.swap(i, (x % (i as u64 + 1)) as usize);
    }
    v
}

#[test]
fn thread_count_does_not_matter() {
    let dir = TestDir::new();
    articles(&dir);
    // more lines than one extraction batch, so batches run in parallel
    dir.write("corpus.jsonl", corpus::jsonl_corpus(1200));
    let args = ["articles".to_string(), "corpus.jsonl".to_string()];
    let j1 = build(&dir, &args, "j1", &["--jobs", "1"]);
    let j2 = build(&dir, &args, "j2", &["--jobs", "2"]);
    let j4 = build(&dir, &args, "j4", &["-j", "4"]);
    assert_same_files("--jobs 1 vs 2", &j1, &j2);
    assert_same_files("--jobs 1 vs 4", &j1, &j4);

    // extract keeps input order whatever the thread count
    let one = dir.geokg(["extract", "corpus.jsonl", "--jobs", "1"]).run();
    let two = dir.geokg(["extract", "corpus.jsonl", "--jobs", "2"]).run();
    one.success();
    two.success();
    assert_same_bytes(
        "extract, --jobs 1 vs 2",
        &one.stdout_bytes,
        &two.stdout_bytes,
    );
}

#[test]
fn order_of_lines_in_a_corpus_does_not_matter() {
    let dir = TestDir::new();
    // every line has an id (a line without one is named by its line number)
    let corpus = corpus::jsonl_corpus(300);
    let lines: Vec<String> = corpus.lines().map(str::to_string).collect();
    dir.write("a/corpus.jsonl", lines.join("\n") + "\n");
    dir.write("b/corpus.jsonl", shuffle(&lines, 7).join("\n") + "\n");
    let a = build(&dir, &["a".to_string()], "out-a", &[]);
    let b = build(&dir, &["b".to_string()], "out-b", &[]);
    assert_same_files("corpus lines shuffled", &a, &b);
}
