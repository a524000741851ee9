//! Merging across articles: one node per actor whatever its surface form,
//! no false merges of people who share a surname, a user dictionary of
//! actors, and `--max-evidence`.

use crate::corpus;
use crate::util::{TestDir, assert_same_bytes};
use serde_json::Value;

fn json(dir: &TestDir, file: &str) -> Value {
    serde_json::from_str(&dir.read(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The edges of a graph as (source, relation, target) -> edge.
fn edges(g: &Value) -> Vec<(String, &Value)> {
    g["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                format!("{} -{}-> {}", e["source"], e["relation"], e["target"]),
                e,
            )
        })
        .collect()
}

#[test]
fn max_evidence_caps_evidence_but_keeps_true_counts_through_merge() {
    let dir = TestDir::new();
    let (first, second) = corpus::example_halves();
    let first: Vec<&str> = first.iter().map(String::as_str).collect();
    let second: Vec<&str> = second.iter().map(String::as_str).collect();
    corpus::copy_examples(&dir, "one", &first);
    corpus::copy_examples(&dir, "two", &second);
    corpus::copy_examples(&dir, "all", &[first.clone(), second.clone()].concat());
    for (sub, extra) in [
        ("one", None),
        ("two", None),
        ("all", None),
        ("all", Some("full")),
    ] {
        let out = format!("{}.json", extra.unwrap_or(sub));
        let mut args = vec!["build", sub, "--json", &out, "-q"];
        if extra.is_none() {
            args.extend(["--max-evidence", "1"]);
        }
        dir.geokg(args).run().success();
    }

    let full = json(&dir, "full.json");
    let capped = json(&dir, "all.json");
    assert_eq!(capped["graph"]["max_evidence"], 1);
    assert!(full["graph"].get("max_evidence").is_none());
    let (full_edges, capped_edges) = (edges(&full), edges(&capped));
    assert_eq!(full_edges.len(), capped_edges.len());
    let mut truncated = 0;
    for ((k1, e1), (k2, e2)) in full_edges.iter().zip(&capped_edges) {
        assert_eq!(k1, k2);
        for field in ["count", "articles", "first_seen", "last_seen", "intended"] {
            assert_eq!(e1[field], e2[field], "{field} of {k1}");
        }
        let kept = e2["evidence"].as_array().unwrap();
        assert!(kept.len() <= 1, "{k2} keeps {} pieces", kept.len());
        assert_eq!(kept.first(), e1["evidence"].as_array().unwrap().first());
        if e1["count"].as_u64().unwrap() > 1 {
            truncated += 1;
            assert_eq!(e2["evidence_truncated"], true, "{k2}");
            let per_article: u64 = e2["observations"]
                .as_object()
                .unwrap()
                .values()
                .map(|o| o["count"].as_u64().unwrap())
                .sum();
            assert_eq!(Some(per_article), e2["count"].as_u64(), "{k2}");
        } else {
            assert!(e2.get("evidence_truncated").is_none(), "{k2}");
            assert!(e2.get("observations").is_none(), "{k2}");
        }
    }
    assert!(truncated > 0, "no edge was seen twice in the examples");

    // merging capped halves gives the capped build of the union, and an
    // input that is already merged in counts once
    dir.geokg(["merge", "one.json", "two.json", "--json", "m.json", "-q"])
        .run()
        .success();
    assert_same_bytes(
        "merge of capped halves",
        &dir.read_bytes("m.json"),
        &dir.read_bytes("all.json"),
    );
    dir.geokg(["merge", "m.json", "one.json", "--json", "m2.json", "-q"])
        .run()
        .success();
    assert_same_bytes(
        "merge again",
        &dir.read_bytes("m2.json"),
        &dir.read_bytes("all.json"),
    );

    // the tightest cap wins: an uncapped graph merged with a capped one is capped
    dir.geokg([
        "merge",
        "full.json",
        "one.json",
        "--json",
        "mixed.json",
        "-q",
    ])
    .run()
    .success();
    assert_same_bytes(
        "uncapped + capped",
        &dir.read_bytes("mixed.json"),
        &dir.read_bytes("all.json"),
    );
    // and merge itself can cap
    dir.geokg([
        "merge",
        "full.json",
        "--max-evidence",
        "1",
        "--json",
        "c.json",
        "-q",
    ])
    .run()
    .success();
    assert_same_bytes(
        "merge --max-evidence",
        &dir.read_bytes("c.json"),
        &dir.read_bytes("all.json"),
    );
}

#[test]
fn max_evidence_rejects_what_is_not_a_number() {
    let dir = TestDir::new();
    corpus::copy_examples(&dir, "a", &["01-witkoff-putin-moscow.txt"]);
    dir.geokg(["build", "a", "--json", "g.json", "--max-evidence", "many"])
        .run()
        .code(2)
        .stderr_has("--max-evidence");
    assert!(!dir.exists("g.json"));
}
