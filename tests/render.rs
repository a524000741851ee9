//! Graphviz accepts the DOT geokg writes, even when actor names and evidence
//! sentences hold quotes, backslashes, `<`, `&`, newlines and non-ASCII text.
//!
//! The extractor only produces such labels for actors added with `--actors`,
//! so one test goes through the CLI that way and another builds the graph
//! through the library API. Without Graphviz (`dot`) on the PATH, the
//! rendering step prints a note and is skipped; CI installs Graphviz.

use crate::util::{TestDir, graphviz_available};
use geokg::export::dot::{DotExporter, Layout};
use geokg::extract::{Actor, Evidence, Extraction, Fact};
use geokg::graph::ActorGraph;
use geokg::lexicon::{ActorKind, Class};
use std::collections::BTreeSet;
use std::io::Write;
use std::process::{Command, Stdio};

/// Checks the DOT's lexical structure without Graphviz: every quoted string
/// ends, and braces and brackets outside strings balance.
fn check_dot_syntax(dot: &str) {
    let mut depth: Vec<char> = Vec::new();
    let mut chars = dot.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => loop {
                match chars.next() {
                    Some('\\') => {
                        chars.next();
                    }
                    Some('"') => break,
                    Some(_) => {}
                    None => panic!("unterminated string in DOT:\n{dot}"),
                }
            },
            '{' | '[' => depth.push(c),
            '}' => assert_eq!(depth.pop(), Some('{'), "unbalanced '}}' in DOT:\n{dot}"),
            ']' => assert_eq!(depth.pop(), Some('['), "unbalanced ']' in DOT:\n{dot}"),
            _ => {}
        }
    }
    assert!(depth.is_empty(), "unclosed {depth:?} in DOT:\n{dot}");
}

/// Renders `dot_text` with `dot -Tsvg` and checks that Graphviz neither
/// fails nor warns. Returns `None` (after a note) when Graphviz is missing.
fn render_svg(what: &str, dot_text: &str) -> Option<String> {
    if !graphviz_available() {
        eprintln!("note: Graphviz `dot` is not installed; not rendering {what}");
        return None;
    }
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = dot_text.to_string();
    let feeder = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "dot -Tsvg rejected {what}: {stderr}\n--- DOT ---\n{dot_text}"
    );
    assert!(
        stderr.trim().is_empty(),
        "dot -Tsvg warned about {what}: {stderr}\n--- DOT ---\n{dot_text}"
    );
    let svg = String::from_utf8(out.stdout).expect("dot wrote non-UTF-8 SVG");
    assert!(svg.trim_end().ends_with("</svg>"), "{what}: truncated SVG");
    Some(svg)
}

/// Awkward labels: each holds something DOT or SVG must escape.
const LABELS: [(&str, ActorKind, Option<&str>); 5] = [
    ("the \"Iron\" Brigade", ActorKind::Group, Some("UKR")),
    (r"C:\Grid\ Holdings", ActorKind::Organization, None),
    ("Smith & Sons <Arms>", ActorKind::Organization, Some("GBR")),
    ("Ünïcödé Front «Ω» 東京", ActorKind::Group, Some("JPN")),
    ("Two\nLines \\N trailing\\", ActorKind::Person, None),
];

fn awkward_extraction() -> Extraction {
    let actors = LABELS
        .iter()
        .map(|(label, kind, country)| Actor {
            label: label.to_string(),
            kind: *kind,
            country: country.map(str::to_string),
            roles: BTreeSet::from(["commander \"in chief\" & <co>".to_string()]),
            aliases: BTreeSet::from([format!("{label} (alias)")]),
            mentions: 2,
        })
        .collect();
    let sentence = "They said: \"attack\" at <dawn> & C:\\ — über 東京; {braces} [brackets]";
    let fact = |subject, object, relation: &str, class, symmetric| Fact {
        subject,
        relation: relation.to_string(),
        class,
        symmetric,
        object,
        evidence: Evidence {
            article: "weird \"article\" <1>".into(),
            start: 0,
            end: sentence.len(),
            sentence: sentence.into(),
            trigger: relation.into(),
            date: Some("2025-06-01".into()),
            intended: false,
        },
    };
    Extraction {
        article: "weird \"article\" <1>".into(),
        date: Some("2025-06-01".into()),
        actors,
        facts: vec![
            fact(0, 1, "attacked", Class::MK, false),
            fact(1, 2, "met", Class::VC, true),
            fact(2, 3, "criticized", Class::VK, false),
            fact(3, 4, "cooperated_with", Class::MC, true),
            fact(4, 0, "affiliated_with", Class::AF, false),
        ],
    }
}

#[test]
fn graphviz_accepts_dot_with_awkward_labels_built_through_the_library() {
    let mut graph = ActorGraph::new();
    graph.add(&awkward_extraction());
    assert_eq!(graph.node_count(), LABELS.len());
    assert_eq!(graph.edge_count(), 5);
    for cluster_by_country in [false, true] {
        let exporter = DotExporter {
            layout: Layout::Dot,
            cluster_by_country,
            cluster_by_community: !cluster_by_country,
        };
        let dot = exporter.to_string(&graph);
        check_dot_syntax(&dot);
        assert!(dot.contains(r#""the \"Iron\" Brigade""#), "{dot}");
        assert!(dot.contains(r#""C:\\Grid\\ Holdings""#), "{dot}");
        assert!(dot.contains("Ünïcödé Front «Ω» 東京"), "{dot}");
        let what = format!("the library graph (cluster_by_country: {cluster_by_country})");
        if let Some(svg) = render_svg(&what, &dot) {
            assert!(svg.contains("Brigade"), "{svg}");
            assert!(svg.contains("Ünïcödé Front"), "{svg}");
            assert!(svg.contains("東京"), "{svg}");
            // XML stays well formed: no raw `<Arms>` element
            assert!(!svg.contains("<Arms>"), "{svg}");
        }
    }
}

#[test]
fn graphviz_accepts_dot_from_the_cli_with_awkward_names() {
    let dir = TestDir::new();
    dir.write(
        "actors.tsv",
        "Iron \"Brigade\"\tgroup\tRUS\t\t\n\
         Søren & Ølsen <Holdings>\torganization\tDNK\t\t\n\
         Back\\slash Front\tgroup\t\t\t\n",
    );
    dir.write(
        "articles/strange.txt",
        "Date: 2025-06-02\n\n\
         Iron \"Brigade\" attacked Søren & Ølsen <Holdings> near Zaporizhzhia on Monday. \
         Back\\slash Front condemned Iron \"Brigade\" in Kyiv.\n",
    );
    dir.write(
        "articles/plain.txt",
        "Fighters of the \"Iron\" Brigade shelled Kharkiv, and Kyiv condemned the attack on \
         the C:\\Grid <North> & Co plant. Ukrainian President Volodymyr Zelensky met Polish \
         President Andrzej Duda in Rzeszów.\n",
    );
    let run = dir
        .geokg([
            "build",
            "articles",
            "--actors",
            "actors.tsv",
            "--dot",
            "g.dot",
            "--json",
            "g.json",
        ])
        .run();
    run.success();
    let json = dir.read("g.json");
    assert!(json.contains(r#""label": "Iron \"Brigade\"""#), "{json}");
    assert!(json.contains("Søren & Ølsen <Holdings>"), "{json}");
    let dot = dir.read("g.dot");
    check_dot_syntax(&dot);
    assert!(dot.contains(r#""Iron \"Brigade\"""#), "{dot}");
    assert!(dot.contains(r#""Back\\slash Front""#), "{dot}");
    if render_svg("the CLI graph", &dot).is_some() {
        // and geokg's own rendering, through the same Graphviz
        dir.geokg([
            "build",
            "articles",
            "--actors",
            "actors.tsv",
            "--svg",
            "g.svg",
            "--cluster",
            "country",
        ])
        .run()
        .success();
        let svg = dir.read("g.svg");
        assert!(svg.contains("Ølsen"), "{svg}");
        assert!(svg.trim_end().ends_with("</svg>"));
    }
}
