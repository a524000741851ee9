//! The documented behaviour of `geokg build`, `extract` and `merge`.

use crate::corpus::{self, ALL, ANKARA, Article, BERLIN, ENVOY, write_articles};
use crate::util::{TestDir, assert_same_bytes, graphviz_available};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// The fields `geokg extract` documents for each JSON line, in its order.
const EXTRACT_FIELDS: [&str; 15] = [
    "article",
    "subject",
    "subject_kind",
    "subject_country",
    "relation",
    "class",
    "object",
    "object_kind",
    "object_country",
    "sentence",
    "start",
    "end",
    "trigger",
    "date",
    "intended",
];

/// The parts of a geokg/1 graph these tests read, decoded by our own types
/// (fields the exporter adds later are ignored, documented ones are required).
#[derive(Debug, Deserialize)]
struct Graph {
    schema: String,
    directed: bool,
    graph: BTreeMap<String, Value>,
    nodes: Vec<Node>,
    edges: Vec<Edge>,
}

#[derive(Debug, Deserialize)]
struct Node {
    id: String,
    label: String,
    kind: String,
    country: Option<String>,
    first_seen: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Edge {
    source: String,
    target: String,
    relation: String,
    class: String,
    count: usize,
    evidence: Vec<Evidence>,
}

#[derive(Debug, Deserialize)]
struct Evidence {
    article: String,
    sentence: String,
    start: usize,
    end: usize,
    date: Option<String>,
}

/// One `geokg extract` line.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // every field is decoded to check its type; not all are read
struct Triple {
    article: String,
    subject: String,
    subject_kind: String,
    subject_country: Option<String>,
    relation: String,
    class: String,
    object: String,
    object_kind: String,
    object_country: Option<String>,
    sentence: String,
    start: usize,
    end: usize,
    trigger: String,
    date: Option<String>,
    intended: bool,
}

fn parse_graph(what: &str, text: &str) -> Graph {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{what} is not a geokg/1 graph: {e}"))
}

fn has_edge(g: &Graph, a: &str, relation: &str, b: &str) -> bool {
    g.edges.iter().any(|e| {
        e.relation == relation
            && ((e.source == a && e.target == b) || (e.source == b && e.target == a))
    })
}

fn body_of(id: &str) -> &'static str {
    ALL.iter()
        .find(|a| a.id() == id)
        .map(|a| a.body)
        .unwrap_or_else(|| panic!("unknown article id {id:?}"))
}

/// Decodes `extract` output and checks each line against the documented
/// field list and value types.
fn triples(stdout: &str) -> Vec<Triple> {
    stdout
        .lines()
        .map(|line| {
            let v: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
            let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
            let mut want = EXTRACT_FIELDS.to_vec();
            want.sort_unstable();
            assert_eq!(keys, want, "fields of {line}");
            let t: Triple = serde_json::from_value(v).unwrap_or_else(|e| panic!("{e}: {line}"));
            for kind in [&t.subject_kind, &t.object_kind] {
                assert!(
                    ["person", "country", "organization", "group"].contains(&kind.as_str()),
                    "kind {kind:?} in {line}"
                );
            }
            assert!(
                ["VC", "MC", "VK", "MK", "AF"].contains(&t.class.as_str()),
                "class in {line}"
            );
            for c in [&t.subject_country, &t.object_country]
                .into_iter()
                .flatten()
            {
                assert!(
                    c.len() == 3 && c.chars().all(|c| c.is_ascii_uppercase()),
                    "country {c:?} is not ISO alpha-3 in {line}"
                );
            }
            assert!(t.start < t.end, "empty span in {line}");
            assert!(!t.trigger.is_empty(), "empty trigger in {line}");
            t
        })
        .collect()
}

#[test]
fn build_on_a_directory_writes_graph_json_and_dot() {
    let dir = TestDir::new();
    write_articles(&dir, "articles", &ALL);
    let run = dir.geokg(["build", "articles", "-o", "out"]).run();
    run.success().stderr_has("3 article(s)");
    assert!(run.stdout.is_empty(), "build -o printed to stdout\n{run}");

    let g = parse_graph("out/graph.json", &dir.read("out/graph.json"));
    assert_eq!(g.schema, "geokg/1");
    assert!(g.directed);
    assert_eq!(g.graph["nodes"], g.nodes.len());
    assert_eq!(g.graph["edges"], g.edges.len());
    let witkoff = g.nodes.iter().find(|n| n.id == "steve-witkoff").unwrap();
    assert_eq!(
        (witkoff.label.as_str(), witkoff.kind.as_str()),
        ("Steve Witkoff", "person")
    );
    assert_eq!(witkoff.country.as_deref(), Some("USA"));
    assert!(
        has_edge(&g, "steve-witkoff", "met", "vladimir-putin"),
        "no Witkoff -met- Putin edge in {:#?}",
        g.edges
    );
    let met = g.edges.iter().find(|e| e.relation == "met").unwrap();
    assert_eq!(met.class, "VC");
    assert_eq!(met.count, met.evidence.len());
    // node ids are unique and sorted
    let ids: Vec<&str> = g.nodes.iter().map(|n| n.id.as_str()).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(ids, sorted);

    let dot = dir.read("out/graph.dot");
    assert!(dot.starts_with("digraph"), "graph.dot:\n{dot}");
    assert!(dot.contains("\"steve-witkoff\""), "graph.dot:\n{dot}");
    assert!(dot.trim_end().ends_with('}'), "graph.dot:\n{dot}");

    if graphviz_available() {
        assert!(
            dir.exists("out/graph.svg"),
            "no graph.svg although dot is installed\n{run}"
        );
    } else {
        run.stderr_has("Graphviz");
        assert!(!dir.exists("out/graph.svg"));
    }
}

#[test]
fn json_alone_writes_only_that_file() {
    let dir = TestDir::new();
    write_articles(&dir, "articles", &ALL);
    dir.geokg(["build", "articles", "--json", "g.json"])
        .run()
        .success();
    assert_eq!(dir.listing(), ["articles", "g.json"]);
    let g = parse_graph("g.json", &dir.read("g.json"));
    assert!(!g.nodes.is_empty());
}

#[test]
fn json_dash_prints_the_graph_on_stdout() {
    let dir = TestDir::new();
    write_articles(&dir, "articles", &ALL);
    let run = dir.geokg(["build", "articles", "--json", "-"]).run();
    run.success();
    parse_graph("stdout", &run.stdout);
    assert_eq!(dir.listing(), ["articles"], "--json - wrote a file");

    dir.geokg(["build", "articles", "--json", "g.json", "-q"])
        .run()
        .success();
    assert_same_bytes(
        "--json - vs --json FILE",
        &run.stdout_bytes,
        &dir.read_bytes("g.json"),
    );

    let run = dir.geokg(["build", "articles", "--dot", "-"]).run();
    run.success();
    assert!(run.stdout.starts_with("digraph"), "{run}");
}

#[test]
fn extract_prints_every_documented_field_with_offsets_into_the_body() {
    let dir = TestDir::new();
    write_articles(&dir, "articles", &ALL);
    let run = dir.geokg(["extract", "articles"]).run();
    run.success();
    let ts = triples(&run.stdout);
    assert!(!ts.is_empty(), "no triples\n{run}");
    for t in &ts {
        let body = body_of(&t.article);
        assert_eq!(
            body.get(t.start..t.end),
            Some(t.sentence.as_str()),
            "offsets {}..{} of {:?}",
            t.start,
            t.end,
            t.article
        );
    }
    // offsets after a multi-byte character (Erdoğan) are byte offsets
    assert!(ts.iter().any(|t| t.article == ANKARA.id() && t.start > 0));
    assert!(ts.iter().any(|t| {
        t.article == ENVOY.id()
            && t.subject == "Steve Witkoff"
            && t.relation == "met"
            && t.object == "Vladimir Putin"
            && t.date.as_deref() == Some("2025-03-14")
            && !t.intended
    }));
    // triples come article by article, in input (sorted file) order
    let order: Vec<&str> = ts.iter().map(|t| t.article.as_str()).collect();
    let mut sorted = order.clone();
    sorted.sort_unstable();
    assert_eq!(order, sorted);
}

#[test]
fn extract_help_lists_the_fields_it_prints() {
    let dir = TestDir::new();
    let run = dir.geokg(["extract", "--help"]).run();
    run.success();
    for f in EXTRACT_FIELDS {
        run.stdout_has(f);
    }
}

#[test]
fn jsonl_input_keeps_id_and_date() {
    let dir = TestDir::new();
    let lines = [
        serde_json::json!({"id": "wire-7", "date": "2025-05-02", "title": "Talks", "text": ENVOY.body}),
        serde_json::json!({"text": ANKARA.body, "url": "https://example.org/a"}),
        serde_json::json!({"id": 42, "date": "2025-05-04", "text": BERLIN.body}),
    ];
    let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
    dir.write("corpus.jsonl", text);
    let run = dir.geokg(["extract", "corpus.jsonl"]).run();
    run.success();
    let ts = triples(&run.stdout);
    let of = |id: &str| -> Vec<&Triple> { ts.iter().filter(|t| t.article == id).collect() };
    assert!(!of("wire-7").is_empty(), "{run}");
    assert!(
        of("wire-7")
            .iter()
            .all(|t| t.date.as_deref() == Some("2025-05-02"))
    );
    // a line without an id is named after the file and line
    assert!(!of("corpus:2").is_empty(), "{run}");
    assert!(of("corpus:2").iter().all(|t| t.date.is_none()));
    for t in &ts {
        let body = match t.article.as_str() {
            "wire-7" => ENVOY.body,
            "corpus:2" => ANKARA.body,
            "42" => BERLIN.body,
            other => panic!("unexpected article id {other:?}\n{run}"),
        };
        assert_eq!(body.get(t.start..t.end), Some(t.sentence.as_str()));
    }
}

#[test]
fn stdin_is_read_with_dash() {
    let dir = TestDir::new();
    // plain text on stdin is one article
    let run = dir.geokg(["extract", "-"]).stdin(ENVOY.contents()).run();
    run.success();
    let ts = triples(&run.stdout);
    assert!(ts.iter().any(|t| t.relation == "met"), "{run}");
    assert!(ts.iter().all(|t| t.date.as_deref() == Some("2025-03-14")));
    assert!(
        ts.iter()
            .all(|t| ENVOY.body.get(t.start..t.end) == Some(t.sentence.as_str()))
    );

    // JSON Lines on stdin, graph on stdout
    let run = dir
        .geokg(["build", "-", "--json", "-"])
        .stdin(corpus::jsonl_corpus(8))
        .run();
    run.success().stderr_has("8 article(s)");
    let g = parse_graph("stdout", &run.stdout);
    assert!(
        g.edges
            .iter()
            .any(|e| e.evidence.iter().any(|v| v.article == "a7"))
    );
    assert_eq!(dir.listing(), Vec::<String>::new());
}

#[test]
fn date_header_reaches_the_evidence() {
    let dir = TestDir::new();
    write_articles(&dir, "articles", &[&ENVOY, &ANKARA]);
    let run = dir.geokg(["build", "articles", "--json", "-"]).run();
    run.success();
    let g = parse_graph("stdout", &run.stdout);
    let evidence: Vec<&Evidence> = g.edges.iter().flat_map(|e| &e.evidence).collect();
    assert!(evidence.iter().any(|v| v.article == "envoy"));
    for v in &evidence {
        let want = (v.article == "envoy").then_some("2025-03-14");
        assert_eq!(v.date.as_deref(), want, "evidence {v:?}");
        let body = body_of(&v.article);
        assert_eq!(body.get(v.start..v.end), Some(v.sentence.as_str()));
    }
    let putin = g.nodes.iter().find(|n| n.id == "vladimir-putin").unwrap();
    assert_eq!(putin.first_seen.as_deref(), Some("2025-03-14"));
}

#[test]
fn every_subcommand_help_shows_an_example() {
    let dir = TestDir::new();
    let run = dir.geokg(["--help"]).run();
    run.success();
    for sub in ["build", "extract", "merge"] {
        run.stdout_has(sub);
        let run = dir.geokg([sub, "--help"]).run();
        run.success()
            .stdout_has("Example:")
            .stdout_has(&format!("geokg {sub} "));
    }
}

/// Builds `articles` (written into `sub`) to `sub.json` and returns the bytes.
fn build_json(dir: &TestDir, sub: &str, articles: &[&Article], examples: &[&str]) -> Vec<u8> {
    write_articles(dir, sub, articles);
    corpus::copy_examples(dir, sub, examples);
    let out = format!("{sub}.json");
    dir.geokg(["build", sub, "--json", &out, "-q"])
        .run()
        .success();
    dir.read_bytes(&out)
}

#[test]
fn merge_of_disjoint_builds_equals_a_build_of_the_union() {
    let dir = TestDir::new();
    let (first, second) = corpus::example_halves();
    let union: Vec<&str> = first.iter().chain(&second).map(String::as_str).collect();
    let first: Vec<&str> = first.iter().map(String::as_str).collect();
    let second: Vec<&str> = second.iter().map(String::as_str).collect();
    build_json(&dir, "one", &[&ENVOY], &first);
    build_json(&dir, "two", &[&BERLIN, &ANKARA], &second);
    let all = build_json(&dir, "all", &ALL, &union);

    dir.geokg(["merge", "one.json", "two.json", "--json", "merged.json"])
        .run()
        .success()
        .stderr_has("merged 2 graph(s)");
    assert_same_bytes("merge vs build", &dir.read_bytes("merged.json"), &all);

    // the DOT of the merged graph is the DOT of the union too
    dir.geokg(["merge", "one.json", "two.json", "-o", "m", "-q"])
        .run()
        .success();
    dir.geokg(["build", "all", "-o", "b", "-q"]).run().success();
    assert_same_bytes(
        "merge vs build (DOT)",
        &dir.read_bytes("m/graph.dot"),
        &dir.read_bytes("b/graph.dot"),
    );

    // an article present in several inputs counts once
    dir.geokg([
        "merge",
        "one.json",
        "all.json",
        "--json",
        "again.json",
        "-q",
    ])
    .run()
    .success();
    assert_same_bytes(
        "merge with overlap vs build",
        &dir.read_bytes("again.json"),
        &all,
    );
}

#[test]
fn merging_a_graph_with_itself_changes_nothing() {
    let dir = TestDir::new();
    let (first, _) = corpus::example_halves();
    let first: Vec<&str> = first.iter().map(String::as_str).collect();
    let g = build_json(&dir, "arts", &ALL, &first);
    dir.geokg(["merge", "arts.json", "arts.json", "--json", "twice.json"])
        .run()
        .success();
    assert_same_bytes("merge g g vs g", &dir.read_bytes("twice.json"), &g);
    dir.geokg(["merge", "arts.json", "--json", "once.json"])
        .run()
        .success();
    assert_same_bytes("merge g vs g", &dir.read_bytes("once.json"), &g);
}

#[test]
fn links_names_the_edge_list_and_merge_reads_it_back() {
    let dir = TestDir::new();
    let plain = build_json(&dir, "arts", &ALL, &[]);
    dir.geokg(["build", "arts", "--links", "--json", "links.json", "-q"])
        .run()
        .success();
    let v: Value = serde_json::from_slice(&dir.read_bytes("links.json")).unwrap();
    assert!(v.get("edges").is_none() && v["links"].is_array(), "{v}");
    dir.geokg(["merge", "links.json", "--json", "back.json", "-q"])
        .run()
        .success();
    assert_same_bytes(
        "merge of a --links graph",
        &dir.read_bytes("back.json"),
        &plain,
    );
}

/// Regression: a bare country name as subject once gave no triple.
#[test]
fn a_country_name_can_be_the_subject() {
    let dir = TestDir::new();
    let run = dir
        .geokg(["extract", "-"])
        .stdin("Germany condemned Iran on Monday.\n")
        .run();
    run.success();
    let ts = triples(&run.stdout);
    assert!(
        ts.iter()
            .any(|t| t.subject == "Germany" && t.relation == "criticized" && t.object == "Iran"),
        "{run}"
    );
}

/// `graph.articles` counts the articles read, also those without any
/// relation, and merge unites the article sets.
#[test]
fn articles_without_relations_are_counted_and_merge_unites_them() {
    let dir = TestDir::new();
    write_articles(&dir, "a", &[&ENVOY]);
    dir.write("a/quiet.txt", "The weather was mild on Tuesday.\n");
    dir.write(
        "b/quiet.txt",
        "Id: quiet\n\nThe weather was mild on Tuesday.\n",
    );
    dir.write("b/calm.txt", "Nothing happened.\n");
    let articles = |file: &str| -> (Value, Value) {
        let v: Value = serde_json::from_slice(&dir.read_bytes(file)).unwrap();
        (
            v["graph"]["articles"].clone(),
            v["graph"]["article_ids"].clone(),
        )
    };
    dir.geokg(["build", "a", "--json", "a.json", "-q"])
        .run()
        .success();
    let (n, ids) = articles("a.json");
    assert_eq!(n, 2, "{ids}");
    assert_eq!(ids, serde_json::json!([ENVOY.id(), "quiet"]));
    dir.geokg(["build", "b", "--json", "b.json", "-q"])
        .run()
        .success();
    assert_eq!(articles("b.json").0, 2);
    dir.geokg(["merge", "a.json", "b.json", "b.json", "--json", "m.json"])
        .run()
        .success();
    let (n, ids) = articles("m.json");
    assert_eq!(n, 3, "{ids}");
    assert_eq!(ids, serde_json::json!(["calm", ENVOY.id(), "quiet"]));
}
