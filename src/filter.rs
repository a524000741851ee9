//! Filters that cut a graph down to the diagram wanted: [`Filter`] ->
//! [`ActorGraph`] -> smaller [`ActorGraph`].
//!
//! Applied in this order, each to what the previous one left:
//! 1. `--since` / `--until`: only observations from articles dated in the
//!    range (inclusive; a date may be `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and
//!    `--until 2025-05` includes all of May). Undated articles drop out.
//!    Node mentions and dates shrink to those articles too.
//! 2. `--relation`, `--class`, `--no-affiliations`, `--min-count`: edges by
//!    label, quad class and count (the count within the date range).
//! 3. `--actor NAME --depth K`: the ego network, every actor within K links
//!    of the actor (either direction), and the relations among them.
//! 4. `--top N`: the N actors with the highest PageRank (in what is left),
//!    and the relations among them.
//!
//! Edges whose end was dropped go, and so do actors left without any
//! relation. The set of articles read (`graph.articles`) is not changed:
//! filters decide what is drawn, not what was read.

use crate::analytics;
use crate::error::{Error, Result};
use crate::graph::ActorGraph;
use crate::lexicon::Class;
use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// What to keep of a graph. The default keeps everything.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Keep only these relation labels.
    pub relations: Option<BTreeSet<String>>,
    /// Keep only these classes.
    pub classes: Option<BTreeSet<Class>>,
    /// Drop `affiliated_with` and the other standing ties (class AF).
    pub no_affiliations: bool,
    /// Keep edges observed at least this many times.
    pub min_count: Option<usize>,
    /// Keep observations dated on or after this (prefix-compared).
    pub since: Option<String>,
    /// Keep observations dated on or before this (prefix-compared).
    pub until: Option<String>,
    /// Keep the ego network of the actors this names (label, id or alias,
    /// case-insensitive).
    pub actor: Option<String>,
    /// Radius of the ego network (links).
    pub depth: usize,
    /// Keep the N actors with the highest PageRank.
    pub top: Option<usize>,
}

/// Checks a relation list against the known labels; an unknown label is an
/// error that lists the valid ones.
pub fn relations(names: &[String], known: &[&str]) -> Result<BTreeSet<String>> {
    let mut out = BTreeSet::new();
    for n in names {
        let n = n.trim();
        let Some(k) = known.iter().find(|k| k.eq_ignore_ascii_case(n)) else {
            return Err(Error::invalid(format!(
                "--relation: unknown relation {n:?}; valid relations: {}",
                known.join(", ")
            )));
        };
        out.insert(k.to_string());
    }
    Ok(out)
}

/// Parses a class list (`VC`, `MC`, `VK`, `MK`, `AF`, any case); an unknown
/// class is an error that lists the valid ones.
pub fn classes(names: &[String]) -> Result<BTreeSet<Class>> {
    names
        .iter()
        .map(|n| {
            Class::parse(&n.trim().to_ascii_uppercase()).ok_or_else(|| {
                Error::invalid(format!(
                    "--class: unknown class {:?}; valid classes: VC (verbal cooperation), MC (material cooperation), VK (verbal conflict), MK (material conflict), AF (standing ties)",
                    n.trim()
                ))
            })
        })
        .collect()
}

/// Checks a `--since` / `--until` date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn date(flag: &str, s: &str) -> Result<String> {
    let ok = match s.len() {
        4 | 7 | 10 => s.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        }),
        _ => false,
    };
    if ok {
        Ok(s.to_string())
    } else {
        Err(Error::invalid(format!(
            "{flag}: {s:?} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY"
        )))
    }
}

impl Filter {
    /// Whether the filter keeps everything.
    pub fn is_empty(&self) -> bool {
        *self
            == Filter {
                depth: self.depth,
                ..Filter::default()
            }
    }

    fn in_range(&self, date: Option<&str>) -> bool {
        let Some(d) = date else { return false };
        let cut = |bound: &str| &d[..bound.len().min(d.len())];
        self.since.as_deref().is_none_or(|s| cut(s) >= s)
            && self.until.as_deref().is_none_or(|u| cut(u) <= u)
    }

    /// Applies the filter (see the [module docs](self) for the order).
    /// Fails when `actor` matches no actor, naming a few that come close.
    pub fn apply(&self, graph: &ActorGraph) -> Result<ActorGraph> {
        let mut g = if self.since.is_some() || self.until.is_some() {
            if graph.max_evidence().is_some() {
                return Err(Error::invalid(
                    "--since / --until need per-article observations, which a graph built with --max-evidence does not keep (it keeps totals); filter by date without --max-evidence",
                ));
            }
            let dates = graph.article_dates();
            graph.restricted(&dates, |a| {
                self.in_range(dates.get(a).and_then(|d| d.as_deref()))
            })
        } else {
            graph.clone()
        };
        if self.relations.is_some()
            || self.classes.is_some()
            || self.no_affiliations
            || self.min_count.is_some()
        {
            g = g.filtered(|_, _, e| {
                self.relations
                    .as_ref()
                    .is_none_or(|r| r.contains(&e.relation))
                    && self.classes.as_ref().is_none_or(|c| c.contains(&e.class))
                    && !(self.no_affiliations && e.class == Class::AF)
                    && self.min_count.is_none_or(|m| e.count() >= m)
            });
        }
        if let Some(name) = &self.actor {
            let seeds = matching(&g, name);
            if seeds.is_empty() {
                return Err(no_such_actor(graph, &g, name));
            }
            let keep = ego(&g, &seeds, self.depth);
            g = g.filtered(|a, b, _| keep.contains(&a.id) && keep.contains(&b.id));
        }
        if let Some(n) = self.top {
            let ranked = analytics::analyze(&g);
            let keep: BTreeSet<&str> = ranked.by_pagerank().into_iter().take(n).collect();
            g = g.filtered(|a, b, _| keep.contains(a.id.as_str()) && keep.contains(b.id.as_str()));
        }
        Ok(g)
    }
}

/// Ids of the actors `name` names: by label, id or alias, ignoring case.
pub fn matching(g: &ActorGraph, name: &str) -> BTreeSet<String> {
    let want = name.trim().to_lowercase();
    g.nodes()
        .filter(|n| {
            n.id == want
                || n.label.to_lowercase() == want
                || n.aliases.iter().any(|a| a.to_lowercase() == want)
        })
        .map(|n| n.id.clone())
        .collect()
}

fn no_such_actor(original: &ActorGraph, filtered: &ActorGraph, name: &str) -> Error {
    if !matching(original, name).is_empty() {
        return Error::invalid(format!(
            "--actor {name:?}: the actor has no relation left after the other filters"
        ));
    }
    let want = name.trim().to_lowercase();
    let close: Vec<&str> = filtered
        .nodes()
        .filter(|n| {
            n.label.to_lowercase().contains(&want)
                || n.aliases.iter().any(|a| a.to_lowercase().contains(&want))
        })
        .map(|n| n.label.as_str())
        .take(8)
        .collect();
    if close.is_empty() {
        Error::invalid(format!(
            "--actor {name:?}: no actor has this label, id or alias (see `geokg stats` for the actors)"
        ))
    } else {
        Error::invalid(format!(
            "--actor {name:?}: no actor has this label, id or alias; did you mean: {}",
            close.join(", ")
        ))
    }
}

/// Node ids within `depth` links of `seeds` (either direction).
fn ego(g: &ActorGraph, seeds: &BTreeSet<String>, depth: usize) -> BTreeSet<String> {
    let mut adj: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (a, b, _) in g.edges() {
        adj.entry(&a.id).or_default().insert(&b.id);
        adj.entry(&b.id).or_default().insert(&a.id);
    }
    let mut seen: BTreeSet<String> = seeds.clone();
    let mut queue: VecDeque<(&str, usize)> = seeds.iter().map(|s| (s.as_str(), 0)).collect();
    while let Some((v, d)) = queue.pop_front() {
        if d == depth {
            continue;
        }
        for &w in adj.get(v).into_iter().flatten() {
            if seen.insert(w.to_string()) {
                queue.push_back((w, d + 1));
            }
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Evidence;
    use crate::graph::{Edge, Node};
    use crate::lexicon::ActorKind;

    /// A chain a - b - c - d - e with varied relations, counts and dates.
    fn chain() -> ActorGraph {
        let rows = [
            (
                "a",
                "met",
                "b",
                Class::VC,
                vec![("x1", "2025-04-01"), ("x2", "2025-05-02")],
            ),
            (
                "b",
                "criticized",
                "c",
                Class::VK,
                vec![("x2", "2025-05-02")],
            ),
            (
                "c",
                "affiliated_with",
                "d",
                Class::AF,
                vec![("x3", "2025-06-03")],
            ),
            (
                "d",
                "attacked",
                "e",
                Class::MK,
                vec![("x1", "2025-04-01"), ("x3", "2025-06-03")],
            ),
        ];
        let mut g = ActorGraph::new();
        for (s, rel, t, class, obs) in rows {
            for (id, art) in [s, t]
                .into_iter()
                .flat_map(|id| obs.iter().map(move |o| (id, o)))
            {
                g.upsert_node(Node {
                    id: id.to_string(),
                    label: id.to_uppercase(),
                    kind: ActorKind::Person,
                    country: None,
                    roles: BTreeSet::new(),
                    aliases: BTreeSet::from([format!("Alias {id}")]),
                    mentions: BTreeMap::from([(art.0.into(), 1)]),
                    dates: BTreeSet::from([art.1.to_string()]),
                    totals: None,
                });
            }
            let evidence = obs
                .iter()
                .map(|(art, date)| Evidence {
                    article: (*art).into(),
                    start: 0,
                    end: 1,
                    sentence: "s".into(),
                    trigger: (*rel).into(),
                    date: Some((*date).into()),
                    intended: false,
                })
                .collect();
            g.upsert_edge(s, t, Edge::new(rel, class, rel == "met", evidence));
        }
        g
    }

    fn ids(g: &ActorGraph) -> Vec<&str> {
        g.nodes().map(|n| n.id.as_str()).collect()
    }

    fn rels(g: &ActorGraph) -> Vec<&str> {
        g.edges().map(|(_, _, e)| e.relation.as_str()).collect()
    }

    #[test]
    fn edge_filters_keep_matching_edges_and_their_ends() {
        let g = chain();
        let f = |f: Filter| f.apply(&g).unwrap();
        let only_met = f(Filter {
            relations: Some(BTreeSet::from(["met".to_string()])),
            ..Filter::default()
        });
        assert_eq!(
            (ids(&only_met), rels(&only_met)),
            (vec!["a", "b"], vec!["met"])
        );
        let conflict = f(Filter {
            classes: Some(BTreeSet::from([Class::VK, Class::MK])),
            ..Filter::default()
        });
        assert_eq!(rels(&conflict), ["criticized", "attacked"]);
        let no_af = f(Filter {
            no_affiliations: true,
            ..Filter::default()
        });
        assert_eq!(rels(&no_af), ["met", "criticized", "attacked"]);
        let twice = f(Filter {
            min_count: Some(2),
            ..Filter::default()
        });
        assert_eq!(rels(&twice), ["met", "attacked"]);
        // filters decide what is drawn, not what was read
        assert_eq!(twice.article_count(), g.article_count());
    }

    #[test]
    fn dates_restrict_observations_and_node_mentions() {
        let g = chain();
        let may = Filter {
            since: Some("2025-05".to_string()),
            until: Some("2025-05".to_string()),
            ..Filter::default()
        }
        .apply(&g)
        .unwrap();
        assert_eq!(rels(&may), ["met", "criticized"]);
        let met = may.edges().next().unwrap().2;
        assert_eq!(met.count(), 1);
        assert_eq!(met.date_range(), (Some("2025-05-02"), Some("2025-05-02")));
        let a = may.node("a").unwrap();
        assert_eq!(a.mentions.keys().map(|k| &**k).collect::<Vec<_>>(), ["x2"]);
        assert_eq!(a.dates.iter().collect::<Vec<_>>(), ["2025-05-02"]);
        // counts within the range decide --min-count
        let later = Filter {
            since: Some("2025-05-02".to_string()),
            min_count: Some(1),
            ..Filter::default()
        }
        .apply(&g)
        .unwrap();
        assert_eq!(
            rels(&later),
            ["met", "criticized", "affiliated_with", "attacked"]
        );
        assert_eq!(later.edges().last().unwrap().2.count(), 1);
    }

    #[test]
    fn ego_networks_follow_links_both_ways_up_to_the_depth() {
        let g = chain();
        let ego = |name: &str, depth| {
            Filter {
                actor: Some(name.to_string()),
                depth,
                ..Filter::default()
            }
            .apply(&g)
            .map(|g| ids(&g).join(","))
        };
        assert_eq!(ego("c", 1).unwrap(), "b,c,d");
        assert_eq!(ego("C", 2).unwrap(), "a,b,c,d,e");
        assert_eq!(ego("alias E", 1).unwrap(), "d,e");
        let err = ego("zed", 1).unwrap_err().to_string();
        assert!(err.contains("no actor") && err.contains("zed"), "{err}");
        let err = ego("alias", 1).unwrap_err().to_string();
        assert!(err.contains("did you mean: A, B"), "{err}");
    }

    #[test]
    fn top_keeps_the_highest_pagerank_actors() {
        let g = chain();
        let top = Filter {
            top: Some(3),
            ..Filter::default()
        }
        .apply(&g)
        .unwrap();
        let ranked = analytics::analyze(&g);
        let best: BTreeSet<&str> = ranked.by_pagerank().into_iter().take(3).collect();
        for id in ids(&top) {
            assert!(best.contains(id), "{id} is not in the top 3 {best:?}");
        }
        assert!(top.node_count() <= 3 && top.edge_count() > 0);
    }

    #[test]
    fn unknown_labels_classes_and_dates_name_the_valid_ones() {
        let known = ["met", "criticized"];
        let err = relations(&["mett".to_string()], &known)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("\"mett\"") && err.contains("met, criticized"),
            "{err}"
        );
        assert_eq!(
            relations(&["MET".to_string()], &known).unwrap(),
            BTreeSet::from(["met".to_string()])
        );
        let err = classes(&["XX".to_string()]).unwrap_err().to_string();
        assert!(err.contains("VC") && err.contains("AF"), "{err}");
        assert_eq!(
            classes(&["vk".to_string()]).unwrap(),
            BTreeSet::from([Class::VK])
        );
        assert!(date("--since", "2025-13").is_ok()); // shape only; compared as text
        assert!(date("--since", "May 2025").is_err());
        assert!(date("--until", "2025-5-1").is_err());
    }

    #[test]
    fn an_empty_filter_keeps_everything() {
        let g = chain();
        let f = Filter {
            depth: 1,
            ..Filter::default()
        };
        assert!(f.is_empty());
        let out = f.apply(&g).unwrap();
        assert_eq!((ids(&out), rels(&out)), (ids(&g), rels(&g)));
    }
}
