//! Property tests of the merge semantics over generated extractions: merging
//! is commutative, associative and idempotent, the build order does not
//! matter, `merge(a.json, b.json)` is byte for byte the build of the union,
//! and `--max-evidence` keeps every count exact.
//!
//! Articles come from one generated pool, so an article id always stands for
//! the same extraction (as it does for the real, deterministic extractor).
//! Labels are drawn from a small set with shared surnames and slug collisions
//! (`Erdoğan` / `Erdogan`), and kinds and countries vary between articles, so
//! the tie-breaking rules get exercised.

use super::*;
use crate::export::Exporter;
use crate::export::json::{JsonExporter, read_graph};
use crate::extract::{Actor, Fact};
use proptest::prelude::*;
use std::path::Path;

const LABELS: [&str; 7] = [
    "Anna Kovacs",
    "Ben Kovacs",
    "Kovacs",
    "Erdoğan",
    "Erdogan",
    "Ruritania",
    "Blue Party",
];
const RELATIONS: [(&str, Class, bool); 4] = [
    ("met", Class::VC, true),
    ("criticized", Class::VK, false),
    ("sanctioned", Class::MK, false),
    ("affiliated_with", Class::AF, false),
];
const KINDS: [ActorKind; 4] = [
    ActorKind::Person,
    ActorKind::Country,
    ActorKind::Organization,
    ActorKind::Group,
];

fn actor() -> impl Strategy<Value = Actor> {
    (
        0..LABELS.len(),
        0..KINDS.len(),
        prop::option::of(prop::sample::select(vec!["USA", "RUS", "TUR"])),
        prop::collection::btree_set(prop::sample::select(vec!["envoy", "president"]), 0..2),
        prop::collection::btree_set(prop::sample::select(vec!["Mr. X", "the envoy"]), 0..2),
        1usize..4,
    )
        .prop_map(|(l, k, country, roles, aliases, mentions)| Actor {
            label: LABELS[l].to_string(),
            kind: KINDS[k],
            country: country.map(str::to_string),
            roles: roles.into_iter().map(str::to_string).collect(),
            aliases: aliases.into_iter().map(str::to_string).collect(),
            mentions,
        })
}

/// One article's extraction, with id `a{i}`.
fn extraction(i: usize) -> impl Strategy<Value = Extraction> {
    (
        prop::option::of(prop::sample::select(vec![
            "2025-04-01",
            "2025-04-02",
            "2025-05-09",
        ])),
        prop::collection::vec(actor(), 1..5),
    )
        .prop_flat_map(move |(date, actors)| {
            let n = actors.len();
            let fact = (
                0..n,
                0..n,
                0..RELATIONS.len(),
                0usize..4,
                0usize..2,
                any::<bool>(),
            );
            (Just(date), Just(actors), prop::collection::vec(fact, 0..7))
        })
        .prop_map(move |(date, actors, facts)| {
            let article: std::sync::Arc<str> = format!("a{i}").into();
            let facts = facts
                .into_iter()
                .map(|(subject, object, r, sentence, trigger, intended)| {
                    let (relation, class, symmetric) = RELATIONS[r];
                    Fact {
                        subject,
                        relation: relation.to_string(),
                        class,
                        symmetric,
                        object,
                        evidence: Evidence {
                            article: article.clone(),
                            start: sentence * 10,
                            end: sentence * 10 + 9,
                            sentence: format!("Sentence {sentence}.").into(),
                            trigger: format!("t{trigger}").into(),
                            date: date.map(Into::into),
                            intended,
                        },
                    }
                })
                .collect();
            Extraction {
                article,
                date: date.map(Into::into),
                actors,
                facts,
            }
        })
}

/// A pool of up to six articles.
fn pool() -> impl Strategy<Value = Vec<Extraction>> {
    (1usize..7).prop_flat_map(|n| (0..n).map(extraction).collect::<Vec<_>>())
}

/// A pool and three subsets of it (as index lists, in a shuffled order).
fn pool_and_subsets() -> impl Strategy<Value = (Vec<Extraction>, [Vec<usize>; 3])> {
    pool().prop_flat_map(|p| {
        let n = p.len();
        let subset = || prop::collection::vec(0..n, 0..=n).prop_shuffle();
        (Just(p), [subset(), subset(), subset()])
    })
}

fn build(pool: &[Extraction], which: &[usize], cap: Option<usize>) -> ActorGraph {
    let mut g = ActorGraph::new();
    if let Some(n) = cap {
        g.cap_evidence(n);
    }
    for &i in which {
        g.add(&pool[i]);
    }
    g
}

fn json(g: &ActorGraph) -> String {
    let mut out = Vec::new();
    JsonExporter::default()
        .write(g, &mut out)
        .expect("writing to a Vec cannot fail");
    String::from_utf8(out).expect("JSON is UTF-8")
}

fn merged(a: &ActorGraph, b: &ActorGraph) -> ActorGraph {
    let mut m = a.clone();
    m.merge(b).expect("these graphs merge exactly");
    m
}

/// Under a cap, graphs keep totals instead of per-article detail, and two
/// capped graphs merge only when their article sets are disjoint (or one
/// holds the other): with a cap, each subset drops the articles of the
/// ones before it.
fn apart(cap: Option<usize>, mut sets: [Vec<usize>; 3]) -> [Vec<usize>; 3] {
    if cap.is_some() {
        let mut seen = BTreeSet::new();
        for s in &mut sets {
            s.retain(|i| !seen.contains(i));
            seen.extend(s.iter().copied());
        }
    }
    sets
}

fn reread(g: &ActorGraph) -> ActorGraph {
    read_graph(Path::new("g.json"), &json(g)).expect("our own JSON reads back")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn merge_is_commutative_associative_and_idempotent(
        (pool, sets) in pool_and_subsets(),
        cap in prop::option::of(0usize..3),
    ) {
        let [x, y, z] = apart(cap, sets);
        let (a, b, c) = (build(&pool, &x, cap), build(&pool, &y, None), build(&pool, &z, cap));
        prop_assert_eq!(json(&merged(&a, &b)), json(&merged(&b, &a)));
        prop_assert_eq!(
            json(&merged(&merged(&a, &b), &c)),
            json(&merged(&a, &merged(&b, &c)))
        );
        prop_assert_eq!(json(&merged(&a, &a)), json(&a));
        let ab = merged(&a, &b);
        prop_assert_eq!(json(&merged(&ab, &a)), json(&ab));
    }

    #[test]
    fn a_capped_and_an_uncapped_graph_merge_exactly_whatever_they_share(
        (pool, [x, y, _]) in pool_and_subsets(),
        cap in 0usize..3,
    ) {
        let (a, b) = (build(&pool, &x, Some(cap)), build(&pool, &y, None));
        let mut union: Vec<usize> = x.iter().chain(&y).copied().collect();
        union.sort_unstable();
        union.dedup();
        let all = json(&build(&pool, &union, Some(cap)));
        prop_assert_eq!(&json(&merged(&a, &b)), &all);
        prop_assert_eq!(&json(&merged(&b, &a)), &all);
        prop_assert_eq!(&json(&merged(&reread(&a), &reread(&b))), &all);
    }

    #[test]
    fn capped_graphs_that_partly_overlap_are_refused(
        (pool, [x, y, _]) in pool_and_subsets(),
        cap in 0usize..3,
    ) {
        let (xs, ys): (BTreeSet<usize>, BTreeSet<usize>) =
            (x.iter().copied().collect(), y.iter().copied().collect());
        let (a, b) = (build(&pool, &x, Some(cap)), build(&pool, &y, Some(cap)));
        let partly = !xs.is_disjoint(&ys) && !xs.is_subset(&ys) && !ys.is_subset(&xs);
        prop_assert_eq!(a.clone().merge(&b).is_err(), partly);
    }

    #[test]
    fn merging_json_files_equals_building_the_union(
        (pool, sets) in pool_and_subsets(),
        cap in prop::option::of(0usize..3),
    ) {
        let [x, y, _] = apart(cap, sets);
        let (a, b) = (build(&pool, &x, cap), build(&pool, &y, cap));
        let mut union: Vec<usize> = x.iter().chain(&y).copied().collect();
        union.sort_unstable();
        union.dedup();
        let all = build(&pool, &union, cap);
        // geokg merge a.json b.json: read both files back, merge
        let mut m = ActorGraph::new();
        m.merge(&reread(&a)).expect("merges");
        m.merge(&reread(&b)).expect("merges");
        prop_assert_eq!(json(&m), json(&all));
        // and the JSON round trip itself is lossless
        prop_assert_eq!(json(&reread(&all)), json(&all));
    }

    #[test]
    fn the_builder_builds_what_add_builds(
        (pool, [x, y, _]) in pool_and_subsets(),
        cap in prop::option::of(0usize..3),
        jobs in 1usize..4,
        shared_ids in any::<bool>(),
    ) {
        // different texts under one id: the larger count of mentions, the
        // evidence of both
        let mut pool = pool;
        if shared_ids {
            for (i, x) in pool.iter_mut().enumerate() {
                x.article = format!("a{}", i % 2).into();
                for f in &mut x.facts {
                    f.evidence.article = Arc::clone(&x.article);
                }
            }
        }
        // onto a graph that holds some of the articles already
        let start = build(&pool, &y, cap);
        let mut direct = start.clone();
        let mut builder = GraphBuilder::new(start);
        for (k, &i) in x.iter().enumerate() {
            direct.add(&pool[i]);
            // by reference and by value
            if k % 2 == 0 {
                builder.add(&pool[i]);
            } else {
                builder.push(pool[i].clone());
            }
        }
        let built = builder.finish(jobs);
        prop_assert_eq!(json(&built), json(&direct));
        prop_assert_eq!(built.article_count(), direct.article_count());
    }

    #[test]
    fn the_build_order_does_not_matter(
        (pool, [x, _, _]) in pool_and_subsets(),
        cap in prop::option::of(0usize..3),
    ) {
        let mut sorted = x.clone();
        sorted.sort_unstable();
        prop_assert_eq!(json(&build(&pool, &x, cap)), json(&build(&pool, &sorted, cap)));
    }

    #[test]
    fn a_cap_keeps_counts_articles_and_dates_exact(
        (pool, sets) in pool_and_subsets(),
        cap in 0usize..3,
    ) {
        let [x, y, _] = apart(Some(cap), sets);
        let full = merged(&build(&pool, &x, None), &build(&pool, &y, None));
        let capped = merged(&build(&pool, &x, Some(cap)), &reread(&build(&pool, &y, Some(cap))));
        prop_assert_eq!(capped.max_evidence(), Some(cap));
        let a: Vec<_> = full.edges().collect();
        let b: Vec<_> = capped.edges().collect();
        prop_assert_eq!(a.len(), b.len());
        for ((s1, t1, e1), (s2, t2, e2)) in a.into_iter().zip(b) {
            prop_assert_eq!((&s1.id, &t1.id, &e1.relation), (&s2.id, &t2.id, &e2.relation));
            prop_assert_eq!(e1.count(), e2.count());
            prop_assert_eq!(e1.article_count(), e2.article_count());
            if !e2.is_truncated() {
                prop_assert_eq!(e1.articles(), e2.articles());
            }
            prop_assert_eq!(e1.date_range(), e2.date_range());
            prop_assert_eq!(e1.intended_only(), e2.intended_only());
            prop_assert!(e2.evidence.len() <= cap);
            prop_assert_eq!(e2.is_truncated(), e1.count() > cap);
            // the evidence kept is the first `cap` of all of it
            let first: Vec<_> = e1.evidence.iter().take(cap).collect();
            let kept: Vec<_> = e2.evidence.iter().collect();
            prop_assert_eq!(first, kept);
        }
    }
}
