//! Hostile labels: actor names and evidence holding quotes, backslashes,
//! newlines, `<`, `>`, `&`, `]]>`, control characters and right-to-left
//! marks. Every file `-o DIR` writes must still load in its real consumer:
//! Python's `json`, `csv`, `xml.etree` and `html.parser`, and Graphviz
//! (`dot -Tjson`), which `tests/tools/read_exports.py` drives; each format
//! must keep every label (up to the changes the format documents).
//!
//! The extractor produces such names only from a `--actors` dictionary, and
//! a TSV name cannot hold a tab or a newline, so a second test builds the
//! graph through the library API. Without python3 the checks print a note
//! and pass; without Graphviz the script skips the DOT file.

use crate::util::{TestDir, repo_root};
use geokg::cli::{OutputArgs, write_outputs};
use geokg::extract::{Actor, Evidence, Extraction, Fact};
use geokg::graph::ActorGraph;
use geokg::lexicon::{ActorKind, Class};
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

/// Runs `tests/tools/read_exports.py DIR`; false (after a note) without python3.
fn read_exports(dir: &Path) -> bool {
    let script = repo_root().join("tests/tools/read_exports.py");
    let out = match Command::new("python3").arg(&script).arg(dir).output() {
        Ok(out) => out,
        Err(e) => {
            eprintln!("note: python3 is not available ({e}); exports not parsed");
            return false;
        }
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "an export did not read back in its consumer ({}):\n{stdout}{stderr}",
        dir.display()
    );
    assert!(stdout.contains("graph.gexf") && stdout.contains("graph.html"));
    true
}

/// Names a `--actors` TSV can carry: no tab or newline.
const TSV_NAMES: [(&str, &str, &str); 6] = [
    ("Iron \"Brigade\" \\ Front", "group", "RUS"),
    ("Smith & Sons <Arms> ]]> Ltd", "organization", "GBR"),
    ("Bell\u{7}Tower\u{1b}[31m Party", "group", ""),
    ("O'Brien <b>Bold</b> <!-- Union", "organization", "IRL"),
    ("Comma, Semicolon; \"Pipe\" Front", "group", ""),
    ("Back\\slash \\N Front\\", "group", "UKR"),
];

#[test]
fn hostile_names_from_a_user_dictionary_survive_every_export() {
    let dir = TestDir::new();
    let tsv: String = TSV_NAMES
        .iter()
        .map(|(n, k, c)| format!("{n}\t{k}\t{c}\t\t\n"))
        .collect();
    dir.write("actors.tsv", tsv);
    let mut text = String::from("Date: 2025-06-02\n\n");
    for (i, (a, _, _)) in TSV_NAMES.iter().enumerate() {
        let b = TSV_NAMES[(i + 1) % TSV_NAMES.len()].0;
        text.push_str(&format!(
            "{a} attacked {b} on Monday. {b} condemned {a} in Kyiv.\n"
        ));
    }
    dir.write("articles/hostile.txt", &text);
    for (out, extra) in [
        ("out", &[][..]),
        ("clustered", &["--cluster", "country"][..]),
    ] {
        dir.geokg([
            "build",
            "articles",
            "--actors",
            "actors.tsv",
            "-o",
            out,
            "-q",
        ])
        .args(extra)
        .run()
        .success();
        let json = dir.read(format!("{out}/graph.json"));
        let g: serde_json::Value = serde_json::from_str(&json).unwrap();
        let labels: BTreeSet<&str> = g["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["label"].as_str().unwrap())
            .collect();
        for (name, _, _) in TSV_NAMES {
            assert!(labels.contains(name), "{name:?} is not a node: {labels:?}");
        }
        read_exports(&dir.join(out));
    }
}

/// Labels only the library can produce: line breaks, tabs, NUL, C1
/// controls, line/paragraph separators, bidi overrides, U+FFFE, and an
/// article id and evidence as nasty as the labels.
const API_LABELS: [&str; 8] = [
    "Two\nLines\r\nand\ta tab",
    "\u{200F}Hezb \u{202E}Tahrir\u{202C} \u{2067}Council\u{2069}",
    "Nul\u{0}Byte \u{85}Next\u{2028}Line\u{2029}",
    "]]> <![CDATA[ x ]]> &amp; &#0; &lt;",
    "\"\" '' \\\\ \\\" </script><script>alert(1)</script>",
    "  padded   spaces  ",
    "\u{FFFE}\u{FEFF}Bom \u{1F600} Emoji",
    "=cmd|' /C calc'!A0 ,\"; x\" \n",
];

#[test]
fn hostile_labels_from_the_library_survive_every_export() {
    let article = "art \"1\" <&>\n]]>\u{7}";
    let sentence = "They said: \"attack\" </script> at <dawn> & ]]> \\N \u{202E}\u{0}\n";
    let actors = API_LABELS
        .iter()
        .map(|label| Actor {
            label: label.to_string(),
            kind: ActorKind::Group,
            country: None,
            roles: BTreeSet::from([format!("role of {label}")]),
            aliases: BTreeSet::from([format!("{label} (alias)")]),
            mentions: 2,
        })
        .collect();
    let facts = (0..API_LABELS.len())
        .map(|i| Fact {
            subject: i,
            relation: "attacked".to_string(),
            class: Class::MK,
            symmetric: false,
            object: (i + 1) % API_LABELS.len(),
            evidence: Evidence {
                article: article.into(),
                start: 0,
                end: sentence.len(),
                sentence: sentence.into(),
                trigger: "attacked <\"&\">".into(),
                date: Some("2025-06-01\n<x>".into()),
                intended: false,
            },
        })
        .collect();
    let mut graph = ActorGraph::new();
    graph.add(&Extraction {
        article: article.into(),
        date: Some("2025-06-01".into()),
        actors,
        facts,
    });
    // distinct slugs for every label, or nodes would merge
    assert_eq!(graph.node_count(), API_LABELS.len());
    let dir = TestDir::new();
    for (sub, cluster) in [
        ("plain", None),
        ("clustered", Some(geokg::cli::ClusterArg::Country)),
    ] {
        let out = OutputArgs {
            out_dir: Some(dir.join(sub)),
            cluster,
            ..OutputArgs::default()
        };
        write_outputs(&graph, &out, true).unwrap();
        read_exports(&dir.join(sub));
    }
}
