//! A summary of a graph: [`ActorGraph`] -> [`Stats`], printed for people
//! ([`Stats::human`]) or as JSON (`Stats` is `Serialize`); what `geokg
//! stats` shows.
//!
//! Actors by kind, relations by class and label, the top actors by PageRank
//! and by degree, the most observed relations, the date range and the
//! communities (see [`crate::analytics`]).

use crate::analytics::{self, NodeStats};
use crate::graph::{ActorGraph, Edge, Node};
use crate::lexicon::Class;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The summary.
#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    /// Articles read.
    pub articles: usize,
    /// Actors (nodes).
    pub actors: usize,
    /// Relations (edges).
    pub relations: usize,
    /// Observations: the sum of the edges' counts.
    pub observations: usize,
    /// Earliest and latest article date with a relation.
    pub first_date: Option<String>,
    /// See `first_date`.
    pub last_date: Option<String>,
    /// Actors per kind (`person`, `country`, ...).
    pub actors_by_kind: BTreeMap<String, usize>,
    /// Relations per class (`VC`, ...), in class order.
    pub relations_by_class: BTreeMap<String, usize>,
    /// Relations per label.
    pub relations_by_label: BTreeMap<String, usize>,
    /// Number of communities.
    pub communities: usize,
    /// The top actors by PageRank.
    pub top_by_pagerank: Vec<ActorStat>,
    /// The top actors by degree (then weighted degree).
    pub top_by_degree: Vec<ActorStat>,
    /// The most observed relations.
    pub top_edges: Vec<EdgeStat>,
    /// The most observed events: relations other than standing ties (AF).
    pub top_events: Vec<EdgeStat>,
}

/// One actor in a ranking.
#[derive(Debug, Clone, Serialize)]
pub struct ActorStat {
    /// Node id.
    pub id: String,
    /// Label.
    pub label: String,
    /// Kind.
    pub kind: String,
    /// Relations it takes part in.
    pub degree: usize,
    /// Sum of their counts.
    pub weighted_degree: usize,
    /// PageRank, to six decimals.
    pub pagerank: f64,
    /// Betweenness, to six decimals.
    pub betweenness: f64,
    /// Community id.
    pub community: usize,
}

/// One relation in a ranking.
#[derive(Debug, Clone, Serialize)]
pub struct EdgeStat {
    /// Source label.
    pub source: String,
    /// Relation label.
    pub relation: String,
    /// Target label.
    pub target: String,
    /// Class.
    pub class: String,
    /// Observations.
    pub count: usize,
    /// Articles it was seen in.
    pub articles: usize,
}

fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

/// Summarizes `graph`, listing `limit` entries in each ranking.
pub fn stats(graph: &ActorGraph, limit: usize) -> Stats {
    let analytics = analytics::analyze(graph);
    let actor = |id: &str, s: &NodeStats| {
        let n = graph.node(id);
        ActorStat {
            id: id.to_string(),
            label: n.map_or_else(|| id.to_string(), |n| n.label.clone()),
            kind: n.map_or("", |n| n.kind.as_str()).to_string(),
            degree: s.degree,
            weighted_degree: s.weighted_degree,
            pagerank: round6(s.pagerank),
            betweenness: round6(s.betweenness),
            community: s.community,
        }
    };
    let top_by_pagerank = analytics
        .by_pagerank()
        .into_iter()
        .take(limit)
        .map(|id| actor(id, &analytics.nodes[id]))
        .collect();
    let mut by_degree: Vec<(&String, &NodeStats)> = analytics.nodes.iter().collect();
    by_degree.sort_by(|a, b| {
        (b.1.degree, b.1.weighted_degree)
            .cmp(&(a.1.degree, a.1.weighted_degree))
            .then(a.0.cmp(b.0))
    });
    let top_by_degree = by_degree
        .into_iter()
        .take(limit)
        .map(|(id, s)| actor(id, s))
        .collect();
    let mut edges: Vec<_> = graph.edges().collect();
    // most observed first; ties keep the graph's edge order
    edges.sort_by_key(|e| std::cmp::Reverse(e.2.count()));
    let edge = |(a, b, e): &(&Node, &Node, &Edge)| EdgeStat {
        source: a.label.clone(),
        relation: e.relation.clone(),
        target: b.label.clone(),
        class: e.class.as_str().to_string(),
        count: e.count(),
        articles: e.article_count(),
    };
    let top_edges = edges.iter().take(limit).map(edge).collect();
    let top_events = edges
        .iter()
        .filter(|e| e.2.class != Class::AF)
        .take(limit)
        .map(edge)
        .collect();
    let mut actors_by_kind = BTreeMap::new();
    for n in graph.nodes() {
        *actors_by_kind
            .entry(n.kind.as_str().to_string())
            .or_insert(0) += 1;
    }
    let mut relations_by_class = BTreeMap::new();
    let mut relations_by_label = BTreeMap::new();
    for (_, _, e) in graph.edges() {
        *relations_by_class.entry(e.class).or_insert(0) += 1;
        *relations_by_label.entry(e.relation.clone()).or_insert(0) += 1;
    }
    // the dates of the articles with a relation: those of the edges
    let dates: Vec<&str> = graph
        .edges()
        .flat_map(|(_, _, e)| {
            let (first, last) = e.date_range();
            first.into_iter().chain(last)
        })
        .collect();
    Stats {
        articles: graph.article_count(),
        actors: graph.node_count(),
        relations: graph.edge_count(),
        observations: graph.edges().map(|e| e.2.count()).sum(),
        first_date: dates.iter().min().map(|d| d.to_string()),
        last_date: dates.iter().max().map(|d| d.to_string()),
        actors_by_kind,
        relations_by_class: relations_by_class
            .into_iter()
            .map(|(c, n): (Class, usize)| (c.as_str().to_string(), n))
            .collect(),
        relations_by_label,
        communities: analytics
            .nodes
            .values()
            .map(|s| s.community + 1)
            .max()
            .unwrap_or(0),
        top_by_pagerank,
        top_by_degree,
        top_edges,
        top_events,
    }
}

impl Stats {
    /// The summary as a few lines of text.
    pub fn human(&self) -> String {
        let mut s = String::new();
        let join = |m: &BTreeMap<String, usize>| {
            let mut v: Vec<(&String, &usize)> = m.iter().collect();
            v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            v.iter()
                .map(|(k, n)| format!("{n} {k}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = writeln!(
            s,
            "{} article(s), {} actor(s), {} relation(s) ({} observation(s)), {} communit{}",
            self.articles,
            self.actors,
            self.relations,
            self.observations,
            self.communities,
            if self.communities == 1 { "y" } else { "ies" }
        );
        let _ = writeln!(
            s,
            "dates:     {}",
            match (&self.first_date, &self.last_date) {
                (Some(a), Some(b)) if a == b => a.clone(),
                (Some(a), Some(b)) => format!("{a} .. {b}"),
                _ => "none".to_string(),
            }
        );
        let _ = writeln!(s, "actors:    {}", join(&self.actors_by_kind));
        let classes: Vec<String> = ["VC", "MC", "VK", "MK", "AF"]
            .iter()
            .filter_map(|c| self.relations_by_class.get(*c).map(|n| format!("{c} {n}")))
            .collect();
        let _ = writeln!(s, "classes:   {}", classes.join(", "));
        let _ = writeln!(s, "relations: {}", join(&self.relations_by_label));
        let width = self
            .top_by_pagerank
            .iter()
            .chain(&self.top_by_degree)
            .map(|a| a.label.chars().count())
            .max()
            .unwrap_or(0);
        let _ = writeln!(s, "\ntop actors by PageRank:");
        for (i, a) in self.top_by_pagerank.iter().enumerate() {
            let _ = writeln!(
                s,
                "  {:>2}. {:<width$}  {:<12}  pagerank {:.4}  degree {}",
                i + 1,
                a.label,
                a.kind,
                a.pagerank,
                a.degree
            );
        }
        let _ = writeln!(s, "\ntop actors by degree:");
        for (i, a) in self.top_by_degree.iter().enumerate() {
            let _ = writeln!(
                s,
                "  {:>2}. {:<width$}  {:<12}  degree {} (weighted {})  betweenness {:.4}",
                i + 1,
                a.label,
                a.kind,
                a.degree,
                a.weighted_degree,
                a.betweenness
            );
        }
        for (title, list) in [
            ("top events by count", &self.top_events),
            (
                "top relations by count (standing ties included)",
                &self.top_edges,
            ),
        ] {
            let _ = writeln!(s, "\n{title}:");
            for (i, e) in list.iter().enumerate() {
                let _ = writeln!(
                    s,
                    "  {:>2}. {} -{}-> {}  [{}] ×{} in {} article(s)",
                    i + 1,
                    e.source,
                    e.relation,
                    e.target,
                    e.class,
                    e.count,
                    e.articles
                );
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summarizes_the_fixture() {
        let g = crate::export::fixture();
        let st = stats(&g, 2);
        assert_eq!((st.articles, st.actors, st.relations), (2, 3, 3));
        assert_eq!(st.observations, 4);
        assert_eq!(st.actors_by_kind["person"], 1);
        assert_eq!(st.relations_by_class["VC"], 1);
        assert_eq!(st.top_by_pagerank.len(), 2);
        assert_eq!(st.top_edges[0].relation, "met");
        assert_eq!(st.top_edges[0].count, 2);
        assert_eq!(st.first_date.as_deref(), Some("2025-08-06"));
        assert_eq!(st.top_events.len(), 2);
        assert!(st.top_events.iter().all(|e| e.class != "AF"));
        let text = st.human();
        assert!(
            text.starts_with("2 article(s), 3 actor(s), 3 relation(s)"),
            "{text}"
        );
        assert!(text.contains("top actors by PageRank:"), "{text}");
        assert!(text.contains("×2 in 2 article(s)"), "{text}");
    }
}
