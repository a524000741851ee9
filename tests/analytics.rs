//! Node analytics in the outputs, the filters of `build` and `merge`, and
//! `geokg stats`, run on the sample articles in `examples/articles/`.

use crate::corpus;
use crate::util::{TestDir, assert_same_bytes};
use serde::Deserialize;
use std::collections::BTreeSet;

/// The parts of a geokg/1 graph these tests read.
#[derive(Debug, Deserialize)]
struct Graph {
    graph: serde_json::Map<String, serde_json::Value>,
    nodes: Vec<Node>,
    edges: Vec<Edge>,
}

#[derive(Debug, Deserialize)]
struct Node {
    id: String,
    label: String,
    aliases: Vec<String>,
    degree: usize,
    weighted_degree: usize,
    pagerank: f64,
    betweenness: f64,
    community: usize,
    first_seen: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Edge {
    source: String,
    target: String,
    relation: String,
    class: String,
    count: usize,
    first_seen: Option<String>,
    last_seen: Option<String>,
}

/// A directory with all the sample articles in `arts/`.
fn examples() -> TestDir {
    let dir = TestDir::new();
    let names = corpus::examples();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    corpus::copy_examples(&dir, "arts", &names);
    dir
}

/// `geokg build arts ARGS... --json -`, decoded.
fn build(dir: &TestDir, args: &[&str]) -> Graph {
    let run = dir
        .geokg(["build", "arts", "--json", "-", "-q"])
        .args(args)
        .run();
    run.success();
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}\n{run}"))
}

fn ids(g: &Graph) -> BTreeSet<&str> {
    g.nodes.iter().map(|n| n.id.as_str()).collect()
}

/// Every edge's ends are nodes, and every node has an edge.
fn consistent(g: &Graph) {
    let ids = ids(g);
    let mut ends = BTreeSet::new();
    for e in &g.edges {
        assert!(ids.contains(e.source.as_str()) && ids.contains(e.target.as_str()));
        ends.insert(e.source.as_str());
        ends.insert(e.target.as_str());
    }
    assert_eq!(ids, ends, "nodes without edges");
    assert_eq!(g.graph["nodes"], g.nodes.len());
    assert_eq!(g.graph["edges"], g.edges.len());
}

#[test]
fn nodes_carry_degree_pagerank_betweenness_and_community() {
    let dir = examples();
    let g = build(&dir, &[]);
    let total: f64 = g.nodes.iter().map(|n| n.pagerank).sum();
    assert!((total - 1.0).abs() < 1e-4, "PageRank sums to {total}");
    for n in &g.nodes {
        let incident: Vec<&Edge> = g
            .edges
            .iter()
            .filter(|e| e.source == n.id || e.target == n.id)
            .collect();
        assert_eq!(n.degree, incident.len(), "degree of {}", n.id);
        assert_eq!(
            n.weighted_degree,
            incident.iter().map(|e| e.count).sum::<usize>(),
            "weighted degree of {}",
            n.id
        );
        assert!((0.0..=1.0).contains(&n.betweenness), "{}", n.id);
        assert!(n.pagerank > 0.0);
    }
    // communities are numbered from 0 by size, largest first
    let mut sizes = vec![0; g.nodes.len()];
    for n in &g.nodes {
        sizes[n.community] += 1;
    }
    let used: Vec<usize> = sizes.into_iter().take_while(|&s| s > 0).collect();
    assert!(used.windows(2).all(|w| w[0] >= w[1]), "{used:?}");
    assert_eq!(used.iter().sum::<usize>(), g.nodes.len());
    // the most central actors of the sample are the big powers: both in
    // the top tenth by PageRank (the Sahel states, allied with one another
    // and urged by ECOWAS, rank high too)
    let mut ranked: Vec<&Node> = g.nodes.iter().collect();
    ranked.sort_by(|a, b| b.pagerank.total_cmp(&a.pagerank));
    let tenth = g.nodes.len().div_ceil(10);
    let top: Vec<&str> = ranked.iter().take(tenth).map(|n| n.id.as_str()).collect();
    assert!(
        top.contains(&"russia") && top.contains(&"united-states"),
        "{top:?}"
    );
}

#[test]
fn relation_class_and_affiliation_filters_keep_only_those_edges() {
    let dir = examples();
    let all = build(&dir, &[]);
    let met = build(&dir, &["--relation", "met,spoke_with"]);
    consistent(&met);
    assert!(!met.edges.is_empty());
    assert!(
        met.edges
            .iter()
            .all(|e| e.relation == "met" || e.relation == "spoke_with")
    );
    assert_eq!(
        met.edges.len(),
        all.edges
            .iter()
            .filter(|e| e.relation == "met" || e.relation == "spoke_with")
            .count()
    );
    let conflict = build(&dir, &["--class", "VK,mk"]);
    consistent(&conflict);
    assert!(
        conflict
            .edges
            .iter()
            .all(|e| e.class == "VK" || e.class == "MK")
    );
    assert!(conflict.edges.iter().any(|e| e.class == "MK"));
    let no_af = build(&dir, &["--no-affiliations"]);
    consistent(&no_af);
    assert!(no_af.edges.iter().all(|e| e.class != "AF"));
    assert_eq!(
        no_af.edges.len(),
        all.edges.iter().filter(|e| e.class != "AF").count()
    );
    // the article count is what was read, whatever is drawn
    assert_eq!(no_af.graph["articles"], all.graph["articles"]);
    let twice = build(&dir, &["--min-count", "2"]);
    consistent(&twice);
    assert!(twice.edges.iter().all(|e| e.count >= 2));
    assert_eq!(
        twice.edges.len(),
        all.edges.iter().filter(|e| e.count >= 2).count()
    );
}

#[test]
fn date_filters_keep_what_articles_in_the_range_say() {
    let dir = examples();
    let july = build(&dir, &["--since", "2025-07", "--until", "2025-07-31"]);
    consistent(&july);
    assert!(!july.edges.is_empty());
    for e in &july.edges {
        for d in [&e.first_seen, &e.last_seen] {
            let d = d.as_deref().unwrap();
            assert!(d.starts_with("2025-07"), "{e:?}");
        }
    }
    assert!(
        july.nodes
            .iter()
            .all(|n| n.first_seen.as_deref().unwrap() >= "2025-07-01")
    );
    // --until with a month includes the whole month
    let month = build(&dir, &["--since", "2025-07", "--until", "2025-07"]);
    assert_eq!(ids(&month), ids(&july));
}

#[test]
fn the_ego_network_of_an_actor_by_alias() {
    let dir = examples();
    let all = build(&dir, &[]);
    // "Putin" is an alias of the node vladimir-putin
    let ego = build(&dir, &["--actor", "putin"]);
    consistent(&ego);
    assert!(ids(&ego).contains("vladimir-putin"));
    let neighbours: BTreeSet<&str> = all
        .edges
        .iter()
        .filter_map(|e| {
            if e.source == "vladimir-putin" {
                Some(e.target.as_str())
            } else if e.target == "vladimir-putin" {
                Some(e.source.as_str())
            } else {
                None
            }
        })
        .chain(["vladimir-putin"])
        .collect();
    assert_eq!(ids(&ego), neighbours);
    let wider = build(&dir, &["--actor", "Vladimir Putin", "--depth", "2"]);
    assert!(ids(&wider).is_superset(&ids(&ego)) && ids(&wider).len() > ids(&ego).len());
    let putin = all.nodes.iter().find(|n| n.id == "vladimir-putin").unwrap();
    assert!(putin.aliases.iter().any(|a| a == "Putin"), "{putin:?}");
    assert_eq!(putin.label, "Vladimir Putin");

    // no such actor: a clear error, nothing written
    dir.geokg([
        "build",
        "arts",
        "--json",
        "g.json",
        "--actor",
        "Nobody Atall",
    ])
    .run()
    .failure(&["--actor", "Nobody Atall", "no actor"]);
    assert!(!dir.exists("g.json"));
    dir.geokg(["build", "arts", "--json", "g.json", "--depth", "2"])
        .run()
        .code(2)
        .stderr_has("--actor");
}

#[test]
fn top_keeps_the_highest_pagerank_actors() {
    let dir = examples();
    let top = build(&dir, &["--top", "6"]);
    consistent(&top);
    assert!(
        top.nodes.len() <= 6 && top.nodes.len() >= 2,
        "{:?}",
        ids(&top)
    );
    // ranked on the whole graph, the kept actors are among the top six
    let all = build(&dir, &[]);
    let mut ranked: Vec<&Node> = all.nodes.iter().collect();
    ranked.sort_by(|a, b| b.pagerank.total_cmp(&a.pagerank).then(a.id.cmp(&b.id)));
    let best: BTreeSet<&str> = ranked.iter().take(6).map(|n| n.id.as_str()).collect();
    assert!(ids(&top).is_subset(&best), "{:?} vs {best:?}", ids(&top));
}

#[test]
fn unknown_relations_and_classes_list_the_valid_ones() {
    let dir = examples();
    dir.geokg([
        "build",
        "arts",
        "--json",
        "g.json",
        "--relation",
        "met,hugged",
    ])
    .run()
    .failure(&["\"hugged\"", "valid relations:", "met", "affiliated_with"]);
    dir.geokg(["build", "arts", "--json", "g.json", "--class", "VX"])
        .run()
        .failure(&["\"VX\"", "VC", "MC", "VK", "MK", "AF"]);
    dir.geokg(["build", "arts", "--json", "g.json", "--since", "last week"])
        .run()
        .failure(&["--since", "YYYY-MM-DD"]);
    assert!(!dir.exists("g.json"));
}

#[test]
fn merge_filters_like_build() {
    let dir = examples();
    let (first, second) = corpus::example_halves();
    for (name, half) in [("one", first), ("two", second)] {
        let paths: Vec<String> = half.iter().map(|n| format!("arts/{n}")).collect();
        dir.geokg(["build", "--json", &format!("{name}.json"), "-q"])
            .args(&paths)
            .run()
            .success();
    }
    let filters = [
        "--no-affiliations",
        "--since",
        "2025-06",
        "--min-count",
        "1",
    ];
    dir.geokg(["merge", "one.json", "two.json", "--json", "m.json", "-q"])
        .args(filters)
        .run()
        .success();
    dir.geokg(["build", "arts", "--json", "b.json", "-q"])
        .args(filters)
        .run()
        .success();
    assert_same_bytes(
        "filtered merge vs filtered build",
        &dir.read_bytes("m.json"),
        &dir.read_bytes("b.json"),
    );
}

/// The parts of `geokg stats --json` these tests read.
#[derive(Debug, Deserialize)]
struct Stats {
    articles: usize,
    actors: usize,
    relations: usize,
    observations: usize,
    first_date: Option<String>,
    last_date: Option<String>,
    actors_by_kind: std::collections::BTreeMap<String, usize>,
    relations_by_class: std::collections::BTreeMap<String, usize>,
    communities: usize,
    top_by_pagerank: Vec<RankedActor>,
    top_by_degree: Vec<RankedActor>,
    top_edges: Vec<RankedEdge>,
    top_events: Vec<RankedEdge>,
}

#[derive(Debug, Deserialize)]
struct RankedActor {
    id: String,
    label: String,
    degree: usize,
    pagerank: f64,
}

#[derive(Debug, Deserialize)]
struct RankedEdge {
    class: String,
    count: usize,
}

#[test]
fn stats_summarizes_a_graph_for_people_and_machines() {
    let dir = examples();
    dir.geokg(["build", "arts", "--json", "g.json", "-q"])
        .run()
        .success();
    let g: Graph = serde_json::from_str(&dir.read("g.json")).unwrap();

    let run = dir
        .geokg(["stats", "g.json", "--json", "--limit", "3"])
        .run();
    run.success();
    let st: Stats = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}\n{run}"));
    assert_eq!(st.articles, corpus::examples().len());
    assert_eq!((st.actors, st.relations), (g.nodes.len(), g.edges.len()));
    assert_eq!(
        st.observations,
        g.edges.iter().map(|e| e.count).sum::<usize>()
    );
    assert_eq!(st.actors_by_kind.values().sum::<usize>(), g.nodes.len());
    assert_eq!(st.relations_by_class.values().sum::<usize>(), g.edges.len());
    assert_eq!(
        st.communities,
        g.nodes.iter().map(|n| n.community).max().unwrap() + 1
    );
    let dates: BTreeSet<&str> = g
        .edges
        .iter()
        .flat_map(|e| [e.first_seen.as_deref(), e.last_seen.as_deref()])
        .flatten()
        .collect();
    assert_eq!(st.first_date.as_deref(), dates.first().copied());
    assert_eq!(st.last_date.as_deref(), dates.last().copied());
    // rankings: limited, ordered, and agreeing with the graph's own numbers
    assert_eq!(st.top_by_pagerank.len(), 3);
    let best = g
        .nodes
        .iter()
        .max_by(|a, b| a.pagerank.total_cmp(&b.pagerank))
        .unwrap();
    assert_eq!(st.top_by_pagerank[0].id, best.id);
    assert!(
        st.top_by_pagerank
            .windows(2)
            .all(|w| w[0].pagerank >= w[1].pagerank)
    );
    let max_degree = g.nodes.iter().map(|n| n.degree).max().unwrap();
    assert_eq!(st.top_by_degree[0].degree, max_degree);
    let max_count = g.edges.iter().map(|e| e.count).max().unwrap();
    assert_eq!(st.top_edges[0].count, max_count);
    assert!(st.top_events.iter().all(|e| e.class != "AF"));

    // the text names the same things
    let run = dir.geokg(["stats", "g.json", "--limit", "3"]).run();
    run.success()
        .stdout_has(&format!(
            "{} article(s), {} actor(s), {} relation(s)",
            st.articles, st.actors, st.relations
        ))
        .stdout_has("top actors by PageRank:")
        .stdout_has(&format!("1. {}", st.top_by_pagerank[0].label))
        .stdout_has("top actors by degree:")
        .stdout_has("top events by count:");
    if let (Some(a), Some(b)) = (&st.first_date, &st.last_date) {
        run.stdout_has(&format!("{a} .. {b}"));
    }
}

#[test]
fn stats_merges_several_graphs_and_refuses_what_is_not_one() {
    let dir = examples();
    let (first, second) = corpus::example_halves();
    for (name, half) in [("one", first), ("two", second)] {
        let paths: Vec<String> = half.iter().map(|n| format!("arts/{n}")).collect();
        dir.geokg(["build", "--json", &format!("{name}.json"), "-q"])
            .args(&paths)
            .run()
            .success();
    }
    dir.geokg(["build", "arts", "--json", "all.json", "-q"])
        .run()
        .success();
    let both = dir.geokg(["stats", "one.json", "two.json", "--json"]).run();
    let all = dir.geokg(["stats", "all.json", "--json"]).run();
    assert_same_bytes(
        "stats of two halves vs of the whole",
        &both.success().stdout_bytes,
        &all.success().stdout_bytes,
    );
    dir.write(
        "other.json",
        r#"{"schema": "geokg/9", "nodes": [], "edges": []}"#,
    );
    dir.geokg(["stats", "other.json"])
        .run()
        .failure(&["other.json", "geokg/9"]);
}
