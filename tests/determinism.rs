//! The same articles always give the same bytes: across runs, whatever order
//! the input files are given in, and whatever the number of worker threads.

use crate::corpus::{self, ALL, write_articles};
use crate::util::{TestDir, assert_same_bytes};

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

/// `geokg build INPUTS... -o OUT -q EXTRA...`; returns (graph.json, graph.dot).
fn build(dir: &TestDir, inputs: &[String], out: &str, extra: &[&str]) -> (Vec<u8>, Vec<u8>) {
    dir.geokg(["build"])
        .args(inputs)
        .args(["-o", out, "-q"])
        .args(extra)
        .run()
        .success();
    (
        dir.read_bytes(format!("{out}/graph.json")),
        dir.read_bytes(format!("{out}/graph.dot")),
    )
}

#[test]
fn two_builds_give_identical_json_and_dot() {
    let dir = TestDir::new();
    articles(&dir);
    let args = ["articles".to_string()];
    let (json1, dot1) = build(&dir, &args, "one", &[]);
    let (json2, dot2) = build(&dir, &args, "two", &[]);
    assert_same_bytes("graph.json of two runs", &json1, &json2);
    assert_same_bytes("graph.dot of two runs", &dot1, &dot2);
    assert!(json1.len() > 1000, "suspiciously small graph");
}

#[test]
fn input_order_does_not_matter() {
    let dir = TestDir::new();
    let paths = articles(&dir);
    let (reference, dot) = build(&dir, &["articles".to_string()], "dir", &[]);
    // a few fixed shuffles: reversed, rotated, interleaved
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
    for (name, order) in [
        ("sorted", &paths),
        ("reversed", &reversed),
        ("rotated", &rotated),
        ("interleaved", &interleaved),
    ] {
        let (json, d) = build(&dir, order, name, &[]);
        assert_same_bytes(&format!("graph.json, files {name}"), &json, &reference);
        assert_same_bytes(&format!("graph.dot, files {name}"), &d, &dot);
    }
}

#[test]
fn thread_count_does_not_matter() {
    let dir = TestDir::new();
    articles(&dir);
    // more lines than one extraction batch, so batches run in parallel
    dir.write("corpus.jsonl", corpus::jsonl_corpus(1200));
    let args = ["articles".to_string(), "corpus.jsonl".to_string()];
    let (json1, dot1) = build(&dir, &args, "j1", &["--jobs", "1"]);
    let (json2, dot2) = build(&dir, &args, "j2", &["--jobs", "2"]);
    let (json4, _) = build(&dir, &args, "j4", &["-j", "4"]);
    assert_same_bytes("graph.json, --jobs 1 vs 2", &json1, &json2);
    assert_same_bytes("graph.dot, --jobs 1 vs 2", &dot1, &dot2);
    assert_same_bytes("graph.json, --jobs 1 vs 4", &json1, &json4);

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
