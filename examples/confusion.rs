//! Confusion report against a gold set (default: `../shared/eval/dev`):
//! for each article, the gold triples geokg missed and the triples it produced
//! that gold does not have, with their sentences. Actor matching follows the
//! scorer: label or alias (case, punctuation and a leading article ignored),
//! or a unique surname.
//!
//! ```sh
//! cargo run --release --example confusion            # dev set
//! cargo run --release --example confusion -- DIR     # another gold dir
//! cargo run --release --example confusion -- DIR ID  # one article
//! ```

use geokg::extract::extract;
use geokg::graph::ActorGraph;
use geokg::input::Document;
use geokg::lexicon::Lexicon;
use std::collections::{BTreeMap, BTreeSet};

fn norm(s: &str) -> String {
    let s = s.to_lowercase().replace('\u{2019}', "'");
    let s = s.replace("'s ", " ").trim_end_matches("'s").to_string();
    let s: String = s
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace() || *c == '_')
        .collect();
    let s = s.trim();
    let s = ["the ", "a ", "an "].iter().fold(s.to_string(), |acc, p| {
        acc.strip_prefix(p).map(str::to_string).unwrap_or(acc)
    });
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

const SYM: &[&str] = &[
    "met",
    "spoke_with",
    "negotiated_with",
    "agreed_with",
    "cooperated_with",
    "allied_with",
];

fn key(s: &str, r: &str, o: &str) -> (String, String, String) {
    if SYM.contains(&r) && o < s {
        (o.to_string(), r.to_string(), s.to_string())
    } else {
        (s.to_string(), r.to_string(), o.to_string())
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args
        .first()
        .cloned()
        .unwrap_or_else(|| "../shared/eval/dev".to_string());
    let only = args.get(1).cloned();
    let mut files: Vec<_> = match std::fs::read_dir(&dir) {
        Ok(d) => d
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect(),
        Err(e) => {
            eprintln!("{dir}: {e}");
            std::process::exit(2);
        }
    };
    files.sort();
    let lex = Lexicon::embedded();
    let (mut tp, mut fp, mut fneg) = (0, 0, 0);
    for txt in files {
        let id = txt
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if only.as_ref().is_some_and(|o| o != &id) {
            continue;
        }
        let (Ok(text), Ok(gold_text)) = (
            std::fs::read_to_string(&txt),
            std::fs::read_to_string(txt.with_extension("json")),
        ) else {
            continue;
        };
        let Ok(gold) = serde_json::from_str::<serde_json::Value>(&gold_text) else {
            continue;
        };
        let doc = Document::new(id.clone(), text);
        let x = extract(lex, &doc);
        let mut g = ActorGraph::new();
        g.add(&x);
        // gold actors
        let mut aliases: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut surnames: BTreeMap<String, Vec<String>> = BTreeMap::new();
        if let Some(actors) = gold["actors"].as_object() {
            for (name, a) in actors {
                let set = aliases.entry(name.clone()).or_default();
                set.insert(norm(name));
                for al in a["aliases"].as_array().into_iter().flatten() {
                    set.insert(norm(al.as_str().unwrap_or("")));
                }
                if a["kind"] == "person"
                    && let Some(last) = norm(name).split(' ').next_back()
                {
                    surnames
                        .entry(last.to_string())
                        .or_default()
                        .push(name.clone());
                }
            }
        }
        let map_node = |n: &geokg::graph::Node| -> Option<String> {
            let names: BTreeSet<String> = std::iter::once(norm(&n.label))
                .chain(n.aliases.iter().map(|a| norm(a)))
                .filter(|s| !s.is_empty())
                .collect();
            let mut best = None;
            let mut best_score = 0;
            for (name, al) in &aliases {
                let score = if names.contains(&norm(name)) {
                    3
                } else if names.iter().any(|x| al.contains(x)) {
                    2
                } else {
                    0
                };
                if score > best_score {
                    best = Some(name.clone());
                    best_score = score;
                }
            }
            if best.is_none() {
                for x in &names {
                    if let Some(c) = surnames.get(x.split(' ').next_back().unwrap_or(""))
                        && c.len() == 1
                    {
                        return Some(c[0].clone());
                    }
                }
            }
            best
        };
        let mut required = BTreeMap::new();
        let mut optional = BTreeSet::new();
        for t in gold["triples"].as_array().into_iter().flatten() {
            let k = key(
                t["subject"].as_str().unwrap_or(""),
                t["relation"].as_str().unwrap_or(""),
                t["object"].as_str().unwrap_or(""),
            );
            if t["optional"].as_bool().unwrap_or(false) {
                optional.insert(k);
            } else {
                required.insert(k, t["evidence"].as_str().unwrap_or("").to_string());
            }
        }
        let mut system = BTreeMap::new();
        for (a, b, e) in g.edges() {
            let (Some(s), Some(o)) = (map_node(a), map_node(b)) else {
                let ev = e
                    .evidence
                    .iter()
                    .next()
                    .map(|v| v.sentence.clone())
                    .unwrap_or_default();
                system.insert(
                    key(
                        &format!("?{}", a.label),
                        &e.relation,
                        &format!("?{}", b.label),
                    ),
                    (
                        e.evidence
                            .iter()
                            .next()
                            .map(|v| v.trigger.clone())
                            .unwrap_or_default(),
                        ev,
                    ),
                );
                continue;
            };
            if s == o {
                continue;
            }
            let ev = e
                .evidence
                .iter()
                .next()
                .map(|v| (v.trigger.clone(), v.sentence.clone()))
                .unwrap_or_default();
            system.insert(key(&s, &e.relation, &o), ev);
        }
        let mut lines = Vec::new();
        for (k, ev) in &required {
            if system.contains_key(k) {
                tp += 1;
            } else {
                fneg += 1;
                lines.push(format!(
                    "  MISS {} -{}-> {}\n       {}",
                    k.0,
                    k.1,
                    k.2,
                    ev.chars().take(220).collect::<String>()
                ));
            }
        }
        for (k, (trig, ev)) in &system {
            if !required.contains_key(k) && !optional.contains(k) {
                fp += 1;
                lines.push(format!(
                    "  SPUR {} -{}-> {}  [{}]\n       {}",
                    k.0,
                    k.1,
                    k.2,
                    trig,
                    ev.chars().take(220).collect::<String>()
                ));
            }
        }
        println!("== {id}");
        for l in lines {
            println!("{l}");
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fneg).max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!(
        "\nall relations (events and affiliations): tp={tp} fp={fp} fn={fneg} P={p:.3} R={r:.3} F1={f:.3}"
    );
}
