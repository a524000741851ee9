//! Network analytics of an [`ActorGraph`]: per node degree, weighted degree,
//! PageRank, betweenness centrality and a community id.
//!
//! Everything runs on compact petgraph [`Graph`](petgraph::graph::Graph)s
//! copied from the actor graph with node indices in id order and edges in the
//! graph's sorted edge order, so results are deterministic: the same graph
//! gives the same numbers, bit for bit, whatever order its articles were read
//! or merged in.
//!
//! * **degree**: relations (edges) the actor takes part in, either end;
//!   **weighted degree**: the sum of their counts.
//! * **PageRank**: power iteration, damping 0.85, on the directed graph
//!   weighted by edge count; a symmetric relation (`met`, ...) points both
//!   ways. Dangling actors spread their rank evenly. Sums to 1.
//! * **betweenness**: Brandes' algorithm on the undirected, unweighted
//!   projection (one link per pair of actors with any relation), normalized
//!   by the number of pairs of other actors as networkx does
//!   (`betweenness_centrality(G.to_undirected())`). On graphs so large that
//!   one search from every actor would exceed [`BETWEENNESS_BUDGET`] link
//!   visits, it is estimated from evenly spaced source actors (as networkx's
//!   `k` does; still deterministic), so huge graphs stay fast.
//! * **community**: Louvain modularity optimisation on the undirected
//!   projection weighted by counts. Nodes are visited in id order and a node
//!   moves only for a strictly better gain, ties going to the smaller
//!   community id. Communities are then numbered 0, 1, ... by size, largest
//!   first, ties by their first member's id.

use crate::export::json::NodeExtras;
use crate::graph::ActorGraph;
use petgraph::Direction;
use petgraph::graph::{DiGraph, NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;
use std::collections::{BTreeMap, VecDeque};

/// PageRank damping factor.
pub const DAMPING: f64 = 0.85;

/// Betweenness is exact while actors × links stays under this (about a
/// second of work), and estimated from fewer source actors above it.
pub const BETWEENNESS_BUDGET: usize = 50_000_000;

/// The analytics of one node.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeStats {
    /// Relations the actor takes part in.
    pub degree: usize,
    /// Sum of the counts of those relations.
    pub weighted_degree: usize,
    /// PageRank (the whole graph sums to 1).
    pub pagerank: f64,
    /// Normalized betweenness centrality, in [0, 1].
    pub betweenness: f64,
    /// Community id: 0 is the largest community.
    pub community: usize,
}

/// The analytics of every node, by node id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Analytics {
    /// Per node, by id (sorted).
    pub nodes: BTreeMap<String, NodeStats>,
}

/// The compact copies the algorithms run on.
struct Compact {
    /// Node ids, in index order (sorted).
    ids: Vec<String>,
    /// Directed, weighted by count; symmetric relations both ways.
    directed: DiGraph<(), f64>,
    /// One edge per linked pair, weighted by the sum of counts.
    undirected: UnGraph<(), f64>,
    degree: Vec<usize>,
    weighted_degree: Vec<usize>,
}

impl Compact {
    fn new(graph: &ActorGraph) -> Compact {
        let ids: Vec<String> = graph.nodes().map(|n| n.id.clone()).collect();
        let index: BTreeMap<&str, usize> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.as_str(), i))
            .collect();
        let n = ids.len();
        let mut directed = DiGraph::with_capacity(n, graph.edge_count());
        let mut undirected = UnGraph::with_capacity(n, graph.edge_count());
        for _ in 0..n {
            directed.add_node(());
            undirected.add_node(());
        }
        let mut degree = vec![0; n];
        let mut weighted_degree = vec![0; n];
        let mut pairs: BTreeMap<(usize, usize), f64> = BTreeMap::new();
        for (a, b, e) in graph.edges() {
            let (Some(&s), Some(&t)) = (index.get(a.id.as_str()), index.get(b.id.as_str())) else {
                continue;
            };
            let w = e.count() as f64;
            degree[s] += 1;
            degree[t] += 1;
            weighted_degree[s] += e.count();
            weighted_degree[t] += e.count();
            directed.add_edge(NodeIndex::new(s), NodeIndex::new(t), w);
            if e.symmetric {
                directed.add_edge(NodeIndex::new(t), NodeIndex::new(s), w);
            }
            if s != t {
                *pairs.entry((s.min(t), s.max(t))).or_insert(0.0) += w;
            }
        }
        for ((s, t), w) in pairs {
            undirected.add_edge(NodeIndex::new(s), NodeIndex::new(t), w);
        }
        Compact {
            ids,
            directed,
            undirected,
            degree,
            weighted_degree,
        }
    }

    /// Sorted neighbour lists of the undirected projection.
    fn neighbours(&self) -> Vec<Vec<usize>> {
        let mut adj = vec![Vec::new(); self.ids.len()];
        for e in self.undirected.edge_references() {
            let (s, t) = (e.source().index(), e.target().index());
            adj[s].push(t);
            adj[t].push(s);
        }
        for l in &mut adj {
            l.sort_unstable();
        }
        adj
    }
}

/// Computes every node's analytics.
pub fn analyze(graph: &ActorGraph) -> Analytics {
    let c = Compact::new(graph);
    let pr = pagerank_of(&c.directed);
    let adj = c.neighbours();
    let bc = betweenness_of(&adj);
    let community = louvain(&c.undirected);
    let nodes = c
        .ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            (
                id.clone(),
                NodeStats {
                    degree: c.degree[i],
                    weighted_degree: c.weighted_degree[i],
                    pagerank: pr[i],
                    betweenness: bc[i],
                    community: community[i],
                },
            )
        })
        .collect();
    Analytics { nodes }
}

/// PageRank of every node, by id (see the [module docs](self)).
pub fn pagerank(graph: &ActorGraph) -> BTreeMap<String, f64> {
    let c = Compact::new(graph);
    let pr = pagerank_of(&c.directed);
    c.ids.into_iter().zip(pr).collect()
}

/// Rounds for output, so the JSON does not print float noise.
fn round6(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

impl Analytics {
    /// The analytics as extra JSON node fields (`degree`, `weighted_degree`,
    /// `pagerank`, `betweenness`, `community`; floats to six decimals), for
    /// [`JsonExporter`](crate::export::json::JsonExporter).
    pub fn node_extras(&self) -> NodeExtras {
        self.nodes
            .iter()
            .map(|(id, s)| {
                let fields = BTreeMap::from([
                    ("degree".to_string(), serde_json::json!(s.degree)),
                    (
                        "weighted_degree".to_string(),
                        serde_json::json!(s.weighted_degree),
                    ),
                    (
                        "pagerank".to_string(),
                        serde_json::json!(round6(s.pagerank)),
                    ),
                    (
                        "betweenness".to_string(),
                        serde_json::json!(round6(s.betweenness)),
                    ),
                    ("community".to_string(), serde_json::json!(s.community)),
                ]);
                (id.clone(), fields)
            })
            .collect()
    }

    /// Node ids ranked by PageRank, highest first (ties by id).
    pub fn by_pagerank(&self) -> Vec<&str> {
        let mut v: Vec<(&str, f64)> = self
            .nodes
            .iter()
            .map(|(id, s)| (id.as_str(), s.pagerank))
            .collect();
        v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
        v.into_iter().map(|(id, _)| id).collect()
    }
}

/// Weighted PageRank by power iteration, visiting nodes and their incoming
/// edges in index order.
fn pagerank_of(g: &DiGraph<(), f64>) -> Vec<f64> {
    let n = g.node_count();
    if n == 0 {
        return Vec::new();
    }
    let nf = n as f64;
    let out: Vec<f64> = g
        .node_indices()
        .map(|v| {
            g.edges_directed(v, Direction::Outgoing)
                .map(|e| *e.weight())
                .sum()
        })
        .collect();
    // incoming (source, share of the source's rank) per node, in a fixed order
    let incoming: Vec<Vec<(usize, f64)>> = g
        .node_indices()
        .map(|v| {
            let mut l: Vec<(usize, f64)> = g
                .edges_directed(v, Direction::Incoming)
                .map(|e| {
                    let s = e.source().index();
                    (s, *e.weight() / out[s])
                })
                .collect();
            l.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
            l
        })
        .collect();
    let mut pr = vec![1.0 / nf; n];
    for _ in 0..200 {
        let dangling: f64 = (0..n).filter(|&v| out[v] == 0.0).map(|v| pr[v]).sum();
        let base = (1.0 - DAMPING) / nf + DAMPING * dangling / nf;
        let next: Vec<f64> = incoming
            .iter()
            .map(|inc| base + DAMPING * inc.iter().map(|&(s, w)| pr[s] * w).sum::<f64>())
            .collect();
        let diff: f64 = next.iter().zip(&pr).map(|(a, b)| (a - b).abs()).sum();
        pr = next;
        if diff < 1e-12 {
            break;
        }
    }
    pr
}

/// Brandes' betweenness on an unweighted undirected graph given as sorted
/// neighbour lists, normalized by (n-1)(n-2) (each pair is counted from
/// both ends, so this is pairs through the node / pairs of other nodes).
fn betweenness_of(adj: &[Vec<usize>]) -> Vec<f64> {
    let n = adj.len();
    let links: usize = adj.iter().map(Vec::len).sum::<usize>().max(1);
    let k = n.min((BETWEENNESS_BUDGET / links).max(64));
    // evenly spaced sources: all of them when the budget allows
    let sources = (0..k).map(|i| i * n / k);
    let mut bc = vec![0.0; n];
    let mut sigma = vec![0.0f64; n];
    let mut dist = vec![usize::MAX; n];
    let mut delta = vec![0.0f64; n];
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
    for s in sources {
        let mut stack = Vec::with_capacity(n);
        for v in 0..n {
            sigma[v] = 0.0;
            dist[v] = usize::MAX;
            delta[v] = 0.0;
            preds[v].clear();
        }
        sigma[s] = 1.0;
        dist[s] = 0;
        let mut queue = VecDeque::from([s]);
        while let Some(v) = queue.pop_front() {
            stack.push(v);
            for &w in &adj[v] {
                if dist[w] == usize::MAX {
                    dist[w] = dist[v] + 1;
                    queue.push_back(w);
                }
                if dist[w] == dist[v] + 1 {
                    sigma[w] += sigma[v];
                    preds[w].push(v);
                }
            }
        }
        while let Some(w) = stack.pop() {
            for &v in &preds[w] {
                delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
            }
            if w != s {
                bc[w] += delta[w];
            }
        }
    }
    if n > 2 {
        let scale = n as f64 / k as f64 / ((n - 1) as f64 * (n - 2) as f64);
        for b in &mut bc {
            *b *= scale;
        }
    } else {
        bc.iter_mut().for_each(|b| *b = 0.0);
    }
    bc
}

/// A weighted undirected graph for Louvain: sorted adjacency with weights,
/// and self-loop weights (the internal weight of aggregated communities).
struct Level {
    adj: Vec<Vec<(usize, f64)>>,
    self_loops: Vec<f64>,
}

impl Level {
    /// Weighted degree: self-loops count twice.
    fn strength(&self, i: usize) -> f64 {
        self.adj[i].iter().map(|&(_, w)| w).sum::<f64>() + 2.0 * self.self_loops[i]
    }
}

/// Louvain community detection; returns a community id per node (see the
/// [module docs](self) for the order rules).
fn louvain(g: &UnGraph<(), f64>) -> Vec<usize> {
    let n = g.node_count();
    let mut adj = vec![Vec::new(); n];
    for e in g.edge_references() {
        let (s, t, w) = (e.source().index(), e.target().index(), *e.weight());
        adj[s].push((t, w));
        adj[t].push((s, w));
    }
    for l in &mut adj {
        l.sort_by_key(|a| a.0);
    }
    let mut level = Level {
        adj,
        self_loops: vec![0.0; n],
    };
    // membership[original node] = node of the current level
    let mut membership: Vec<usize> = (0..n).collect();
    for _ in 0..64 {
        let (community, moved) = one_level(&level);
        if !moved {
            break;
        }
        // renumber communities by first appearance in index order
        let mut renumber: BTreeMap<usize, usize> = BTreeMap::new();
        for &c in &community {
            let next = renumber.len();
            renumber.entry(c).or_insert(next);
        }
        let community: Vec<usize> = community.iter().map(|c| renumber[c]).collect();
        for m in &mut membership {
            *m = community[*m];
        }
        level = aggregate(&level, &community, renumber.len());
    }
    // number communities by size (largest first), ties by first member
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, &c) in membership.iter().enumerate() {
        members.entry(c).or_default().push(i);
    }
    let mut order: Vec<(usize, usize, usize)> =
        members.iter().map(|(&c, m)| (c, m.len(), m[0])).collect();
    order.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    let rank: BTreeMap<usize, usize> = order
        .iter()
        .enumerate()
        .map(|(r, &(c, _, _))| (c, r))
        .collect();
    membership.iter().map(|c| rank[c]).collect()
}

/// One Louvain level: local moves until no node moves. Returns each node's
/// community and whether any node moved.
fn one_level(g: &Level) -> (Vec<usize>, bool) {
    let n = g.adj.len();
    let k: Vec<f64> = (0..n).map(|i| g.strength(i)).collect();
    let m2: f64 = k.iter().sum();
    let mut community: Vec<usize> = (0..n).collect();
    if m2 == 0.0 {
        return (community, false);
    }
    let mut tot = k.clone();
    let mut moved_any = false;
    for _ in 0..100 {
        let mut moved = false;
        for i in 0..n {
            let ci = community[i];
            // weight from i to each neighbouring community, in community order
            let mut to: BTreeMap<usize, f64> = BTreeMap::new();
            for &(j, w) in &g.adj[i] {
                if j != i {
                    *to.entry(community[j]).or_insert(0.0) += w;
                }
            }
            tot[ci] -= k[i];
            let gain = |c: usize, w: f64| w - tot[c] * k[i] / m2;
            let mut best = ci;
            let mut best_gain = gain(ci, to.get(&ci).copied().unwrap_or(0.0));
            for (&c, &w) in &to {
                let g = gain(c, w);
                if g > best_gain + 1e-12 {
                    best = c;
                    best_gain = g;
                }
            }
            tot[best] += k[i];
            if best != ci {
                community[i] = best;
                moved = true;
                moved_any = true;
            }
        }
        if !moved {
            break;
        }
    }
    (community, moved_any)
}

/// Collapses each community into one node.
fn aggregate(g: &Level, community: &[usize], count: usize) -> Level {
    let mut weights: BTreeMap<(usize, usize), f64> = BTreeMap::new();
    let mut self_loops = vec![0.0; count];
    for (i, l) in g.adj.iter().enumerate() {
        self_loops[community[i]] += g.self_loops[i];
        for &(j, w) in l {
            let (a, b) = (community[i], community[j]);
            if a == b {
                // each internal edge is seen from both ends
                self_loops[a] += w / 2.0;
            } else if a < b {
                *weights.entry((a, b)).or_insert(0.0) += w;
            }
        }
    }
    let mut adj = vec![Vec::new(); count];
    for ((a, b), w) in weights {
        adj[a].push((b, w));
        adj[b].push((a, w));
    }
    for l in &mut adj {
        l.sort_by_key(|x| x.0);
    }
    Level { adj, self_loops }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Evidence;
    use crate::graph::{Edge, Node};
    use crate::lexicon::{ActorKind, Class};
    use std::collections::BTreeSet;

    /// A graph from (source, relation, target, count) rows; `met` is symmetric.
    fn graph(rows: &[(&str, &str, &str, usize)]) -> ActorGraph {
        let mut g = ActorGraph::new();
        for &(s, rel, t, count) in rows {
            for id in [s, t] {
                g.upsert_node(Node {
                    id: id.to_string(),
                    label: id.to_string(),
                    kind: ActorKind::Person,
                    country: None,
                    roles: BTreeSet::new(),
                    aliases: BTreeSet::new(),
                    mentions: BTreeMap::from([("a".into(), 1)]),
                    dates: BTreeSet::new(),
                    totals: None,
                });
            }
            let evidence = (0..count)
                .map(|i| Evidence {
                    article: "a".into(),
                    start: i,
                    end: i + 1,
                    sentence: format!("{s} {rel} {t}").into(),
                    trigger: (*rel).into(),
                    date: None,
                    intended: false,
                })
                .collect();
            let symmetric = rel == "met";
            let class = if symmetric { Class::VC } else { Class::VK };
            g.upsert_edge(s, t, Edge::new(rel, class, symmetric, evidence));
        }
        g
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6
    }

    #[test]
    fn degrees_count_relations_and_their_observations() {
        let g = graph(&[
            ("a", "criticized", "b", 3),
            ("b", "met", "c", 1),
            ("a", "met", "b", 2),
        ]);
        let s = analyze(&g);
        let d = |id: &str| (s.nodes[id].degree, s.nodes[id].weighted_degree);
        assert_eq!(d("a"), (2, 5));
        assert_eq!(d("b"), (3, 6));
        assert_eq!(d("c"), (1, 1));
    }

    #[test]
    fn pagerank_sums_to_one_and_follows_the_edges() {
        // a star pointing at "hub", plus a symmetric pair
        let g = graph(&[
            ("x", "criticized", "hub", 1),
            ("y", "criticized", "hub", 1),
            ("z", "criticized", "hub", 1),
            ("p", "met", "q", 1),
        ]);
        let pr = pagerank(&g);
        let total: f64 = pr.values().sum();
        assert!(close(total, 1.0), "{total}");
        assert!(pr["hub"] > pr["x"]);
        assert!(close(pr["x"], pr["y"]) && close(pr["p"], pr["q"]));
        // a symmetric relation links both ways, so p and q keep rank among
        // themselves and rank above the leaves that pass all theirs on
        assert!(pr["p"] > pr["x"]);
        // networkx.pagerank(G, alpha=0.85, weight="weight") on the same graph
        assert!(close(pr["hub"], 0.178541), "{}", pr["hub"]);
        assert!(close(pr["x"], 0.050293), "{}", pr["x"]);
        assert!(close(pr["p"], 0.335289), "{}", pr["p"]);
    }

    #[test]
    fn betweenness_matches_the_textbook_path_and_star() {
        // path a - b - c - d: b and c each lie on 2 of the 3 pairs of others
        let g = graph(&[
            ("a", "met", "b", 1),
            ("b", "met", "c", 1),
            ("c", "criticized", "d", 5),
        ]);
        let s = analyze(&g);
        assert!(close(s.nodes["a"].betweenness, 0.0));
        assert!(close(s.nodes["b"].betweenness, 2.0 / 3.0));
        assert!(close(s.nodes["c"].betweenness, 2.0 / 3.0));
        // star: the centre lies on every path
        let g = graph(&[
            ("c", "met", "x", 1),
            ("c", "met", "y", 1),
            ("z", "met", "c", 1),
        ]);
        let s = analyze(&g);
        assert!(close(s.nodes["c"].betweenness, 1.0));
        assert!(close(s.nodes["x"].betweenness, 0.0));
    }

    #[test]
    fn two_triangles_joined_by_one_edge_are_two_communities() {
        let g = graph(&[
            ("a1", "met", "a2", 2),
            ("a2", "met", "a3", 2),
            ("a1", "met", "a3", 2),
            ("b1", "met", "b2", 2),
            ("b2", "met", "b3", 2),
            ("b1", "met", "b3", 2),
            ("b4", "met", "b1", 2),
            ("a3", "criticized", "b1", 1),
        ]);
        let s = analyze(&g);
        let c = |id: &str| s.nodes[id].community;
        assert_eq!((c("a1"), c("a2"), c("a3")), (1, 1, 1));
        // the larger community is 0
        assert_eq!((c("b1"), c("b2"), c("b3"), c("b4")), (0, 0, 0, 0));
    }

    #[test]
    fn analytics_do_not_depend_on_insertion_order() {
        let rows = [
            ("a", "met", "b", 1),
            ("b", "criticized", "c", 2),
            ("c", "met", "d", 1),
            ("d", "criticized", "a", 1),
            ("e", "met", "a", 3),
        ];
        let mut reversed = rows;
        reversed.reverse();
        assert_eq!(analyze(&graph(&rows)), analyze(&graph(&reversed)));
    }

    #[test]
    fn empty_and_edgeless_graphs_are_fine() {
        assert!(analyze(&ActorGraph::new()).nodes.is_empty());
        let mut g = ActorGraph::new();
        g.upsert_node(Node {
            id: "solo".to_string(),
            label: "Solo".to_string(),
            kind: ActorKind::Person,
            country: None,
            roles: BTreeSet::new(),
            aliases: BTreeSet::new(),
            mentions: BTreeMap::new(),
            dates: BTreeSet::new(),
            totals: None,
        });
        let s = analyze(&g);
        assert!(close(s.nodes["solo"].pagerank, 1.0));
        assert_eq!(s.nodes["solo"].community, 0);
    }
}
