//! Merging across articles: one node per actor whatever its surface form,
//! no false merges of people who share a surname, a user dictionary of
//! actors, and `--max-evidence`.

use crate::corpus;
use crate::util::{TestDir, assert_same_bytes, repo_root};
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
                format!(
                    "{} -{}-> {}",
                    e["source"].as_str().unwrap(),
                    e["relation"].as_str().unwrap(),
                    e["target"].as_str().unwrap()
                ),
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
        for field in ["count", "first_seen", "last_seen", "intended"] {
            assert_eq!(e1[field], e2[field], "{field} of {k1}");
        }
        let kept = e2["evidence"].as_array().unwrap();
        assert!(kept.len() <= 1, "{k2} keeps {} pieces", kept.len());
        assert_eq!(kept.first(), e1["evidence"].as_array().unwrap().first());
        if e1["count"].as_u64().unwrap() > 1 {
            truncated += 1;
            // totals instead of the list of articles
            assert_eq!(e2["evidence_truncated"], true, "{k2}");
            assert!(e2.get("articles").is_none(), "{k2}");
            let totals = &e2["totals"];
            assert_eq!(totals["count"], e1["count"], "{k2}");
            assert_eq!(
                totals["articles"].as_u64(),
                Some(e1["articles"].as_array().unwrap().len() as u64),
                "{k2}"
            );
            let intended = e1["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|v| v["intended"] == true)
                .count();
            assert_eq!(totals["intended"].as_u64(), Some(intended as u64), "{k2}");
        } else {
            assert_eq!(e1["articles"], e2["articles"], "{k1}");
            assert!(e2.get("evidence_truncated").is_none(), "{k2}");
            assert!(e2.get("totals").is_none(), "{k2}");
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

    // capped graphs keep totals, not per-article counts: two that share
    // some articles (but not all) cannot be merged exactly, and are refused
    corpus::copy_examples(&dir, "mix", &[first[0], second[0]]);
    dir.geokg([
        "build",
        "mix",
        "--json",
        "mix.json",
        "-q",
        "--max-evidence",
        "1",
    ])
    .run()
    .success();
    dir.geokg(["merge", "one.json", "mix.json", "--json", "bad.json", "-q"])
        .run()
        .code(2)
        .stderr_has("mix.json")
        .stderr_has("partly overlap");
    assert!(!dir.exists("bad.json"));
    // nor can a capped graph be filtered by date
    dir.geokg([
        "merge", "one.json", "--since", "2025", "--json", "d.json", "-q",
    ])
    .run()
    .code(2)
    .stderr_has("--max-evidence");
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

/// Three articles naming one actor five ways: with title, surname, a
/// description, full name, and honorific.
const FIVE_FORMS: [(&str, &str); 3] = [
    (
        "t1.txt",
        "Date: 2025-08-15\n\nPresident Donald Trump met Russian President Vladimir Putin in \
         Alaska on Friday. The US president later criticized Iran.\n",
    ),
    (
        "t2.txt",
        "Date: 2025-08-19\n\nTrump spoke with Chinese President Xi Jinping on Tuesday. \
         Mr. Trump also threatened Venezuela.\n",
    ),
    (
        "t3.txt",
        "Date: 2025-08-25\n\nDonald Trump sanctioned Cuba on Monday. Canadian Prime Minister \
         Mark Carney criticized Trump.\n",
    ),
];

fn node<'a>(g: &'a Value, id: &str) -> &'a Value {
    g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == id)
        .unwrap_or_else(|| panic!("no node {id:?} in {:#}", g["nodes"]))
}

fn ids(g: &Value) -> Vec<&str> {
    g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect()
}

#[test]
fn five_surface_forms_across_three_articles_are_one_node() {
    let dir = TestDir::new();
    for (file, text) in FIVE_FORMS {
        dir.write(format!("arts/{file}"), text);
    }
    dir.geokg(["build", "arts", "--json", "g.json", "-q"])
        .run()
        .success();
    let g = json(&dir, "g.json");
    let trump: Vec<&str> = ids(&g)
        .into_iter()
        .filter(|id| id.contains("trump"))
        .collect();
    assert_eq!(trump, ["donald-trump"], "one node for every form");
    let n = node(&g, "donald-trump");
    assert_eq!(n["label"], "Donald Trump");
    assert_eq!(n["kind"], "person");
    assert_eq!(n["country"], "USA");
    assert_eq!(n["articles"], serde_json::json!(["t1", "t2", "t3"]));
    assert_eq!(n["first_seen"], "2025-08-15");
    assert_eq!(n["last_seen"], "2025-08-25");
    // every named form is an alias; the description counts as a mention
    let aliases: Vec<&str> = n["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    for form in [
        "President Donald Trump",
        "Trump",
        "Donald Trump",
        "Mr. Trump",
    ] {
        assert!(
            aliases.contains(&form),
            "alias {form:?} missing: {aliases:?}"
        );
    }
    let mut sorted = aliases.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(aliases, sorted, "aliases are sorted and unique");
    assert_eq!(n["mentions"], 6);
    // the relation each form took part in landed on that one node
    let have: Vec<String> = edges(&g).into_iter().map(|(k, _)| k).collect();
    for want in [
        "donald-trump -met-> vladimir-putin",
        "donald-trump -criticized-> iran",
        "donald-trump -spoke_with-> xi-jinping",
        "donald-trump -threatened-> venezuela",
        "donald-trump -sanctioned-> cuba",
        "mark-carney -criticized-> donald-trump",
    ] {
        assert!(have.iter().any(|h| h == want), "no {want} in {have:#?}");
    }

    // the same node when each article is built alone and the graphs merged
    for (file, _) in FIVE_FORMS {
        let stem = file.trim_end_matches(".txt");
        dir.geokg([
            "build",
            &format!("arts/{file}"),
            "--json",
            &format!("{stem}.json"),
            "-q",
        ])
        .run()
        .success();
    }
    dir.geokg([
        "merge", "t3.json", "t1.json", "t2.json", "--json", "m.json", "-q",
    ])
    .run()
    .success();
    assert_same_bytes(
        "merge vs build",
        &dir.read_bytes("m.json"),
        &dir.read_bytes("g.json"),
    );
}

#[test]
fn people_who_share_a_surname_stay_apart_and_a_bare_surname_is_not_guessed() {
    let dir = TestDir::new();
    dir.write(
        "arts/k1.txt",
        "Hungarian Foreign Minister Anna Kovacs met Chinese President Xi Jinping in Beijing on \
         Monday. On Tuesday, Kovacs criticized Russia.\n",
    );
    dir.write(
        "arts/k2.txt",
        "Slovak envoy Peter Kovacs criticized Serbia on Tuesday. Mr. Kovacs also met Turkish \
         President Recep Tayyip Erdogan.\n",
    );
    // no full name in this article: the surname stays its own node
    dir.write(
        "arts/k3.txt",
        "On Wednesday, Kovacs condemned Iran. Turkey criticized Kovacs.\n",
    );
    dir.geokg(["build", "arts", "--json", "g.json", "-q"])
        .run()
        .success();
    let g = json(&dir, "g.json");
    let kovacs: Vec<&str> = ids(&g)
        .into_iter()
        .filter(|id| id.contains("kovacs"))
        .collect();
    assert_eq!(kovacs, ["anna-kovacs", "kovacs", "peter-kovacs"]);
    assert_eq!(
        node(&g, "anna-kovacs")["articles"],
        serde_json::json!(["k1"])
    );
    assert_eq!(node(&g, "anna-kovacs")["country"], "HUN");
    assert_eq!(
        node(&g, "peter-kovacs")["articles"],
        serde_json::json!(["k2"])
    );
    assert_eq!(node(&g, "peter-kovacs")["country"], "SVK");
    assert_eq!(node(&g, "kovacs")["articles"], serde_json::json!(["k3"]));
    let have: Vec<String> = edges(&g).into_iter().map(|(k, _)| k).collect();
    for want in [
        "anna-kovacs -criticized-> russia",
        "kovacs -criticized-> iran",
        "turkey -criticized-> kovacs",
    ] {
        assert!(have.iter().any(|h| h == want), "no {want} in {have:#?}");
    }
    // in the surname's own article it attached to that article's full name
    assert!(
        !have.iter().any(|h| h == "kovacs -criticized-> russia"),
        "{have:#?}"
    );
}

#[test]
fn an_alias_from_the_example_actors_file_resolves_to_its_canonical_node() {
    let dir = TestDir::new();
    let actors = repo_root().join("examples/actors.tsv");
    let actors = actors.to_str().unwrap();
    dir.write(
        "arts/e1.txt",
        "Date: 2025-10-06\n\nMarta Ilvesova met Tomáš Varga in Tallinn on Monday. Ilves later \
         criticized the FHM.\n",
    );
    dir.write(
        "arts/e2.txt",
        "Date: 2025-10-08\n\nThe BEF condemned Russia. Ms. Ilves also spoke with Varga.\n",
    );
    dir.geokg([
        "build", "arts", "--actors", actors, "--json", "g.json", "-q",
    ])
    .run()
    .success();
    let g = json(&dir, "g.json");
    assert_eq!(
        ids(&g),
        [
            "baltic-energy-forum",
            "free-harbour-movement",
            "marta-ilves",
            "russia",
            "tomas-varga"
        ]
    );
    let ilves = node(&g, "marta-ilves");
    assert_eq!(ilves["label"], "Marta Ilves");
    assert_eq!(ilves["kind"], "person");
    assert_eq!(ilves["country"], "EST");
    assert_eq!(ilves["articles"], serde_json::json!(["e1", "e2"]));
    for alias in ["Marta Ilvesova", "Ilves", "Ms. Ilves"] {
        assert!(
            ilves["aliases"]
                .as_array()
                .unwrap()
                .iter()
                .any(|a| a == alias),
            "alias {alias:?} missing from {ilves:#}"
        );
    }
    assert_eq!(node(&g, "free-harbour-movement")["kind"], "group");
    let have: Vec<String> = edges(&g).into_iter().map(|(k, _)| k).collect();
    for want in [
        "marta-ilves -met-> tomas-varga",
        "marta-ilves -criticized-> free-harbour-movement",
        "baltic-energy-forum -criticized-> russia",
        "marta-ilves -spoke_with-> tomas-varga",
    ] {
        assert!(have.iter().any(|h| h == want), "no {want} in {have:#?}");
    }

    // without the dictionary, the spelling variant is a node of its own
    dir.geokg(["build", "arts", "--json", "plain.json", "-q"])
        .run()
        .success();
    let plain = json(&dir, "plain.json");
    assert!(!ids(&plain).contains(&"marta-ilves"), "{:?}", ids(&plain));
}
