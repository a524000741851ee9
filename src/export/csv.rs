//! CSV: a triples table for spreadsheets and pandas, and the two files of a
//! Neo4j bulk import.
//!
//! # Triples ([`TriplesCsvExporter`])
//! One row per edge, in [`ActorGraph::edges`] order, RFC 4180 (comma
//! separated, CRLF line ends, a field holding `,`, `"`, CR or LF is quoted
//! with `"` doubled; values are otherwise written as they are):
//! ```text
//! source_label,relation,class,target_label,count,articles,first_seen,last_seen,source_id,target_id,example_sentence
//! Steve Witkoff,met,VC,Vladimir Putin,2,a1;a7,2025-04-11,2025-08-06,steve-witkoff,vladimir-putin,"..."
//! ```
//! `articles` is `;`-separated; `example_sentence` is the first evidence
//! sentence.
//!
//! # Neo4j ([`write_neo4j`])
//! `nodes.csv` and `relationships.csv` in the header format of
//! `neo4j-admin database import full --nodes=nodes.csv
//! --relationships=relationships.csv` (Neo4j 4/5; the defaults: `,`
//! delimiter, `;` array delimiter, `"` quotes doubled inside quoted fields):
//! ```text
//! id:ID,label,kind,country,roles:string[],aliases:string[],mentions:int,:LABEL
//! steve-witkoff,Steve Witkoff,person,USA,envoy;special envoy,Witkoff,12,Actor;Person
//! :START_ID,:END_ID,:TYPE,class,count:int,first_seen,last_seen,articles:string[]
//! steve-witkoff,vladimir-putin,MET,VC,2,2025-04-11,2025-08-06,a1;a7
//! ```
//! `:TYPE` is the relation upper-cased with anything but letters, digits and
//! `_` turned into `_`. A `;` inside an array value becomes `,`; line breaks
//! and other control characters become spaces (the importer refuses
//! multi-line fields unless told otherwise). Unknown values (country, dates)
//! are empty fields, which the importer leaves unset.

use super::{Exporter, Staging, join_list};
use crate::error::Result;
use crate::graph::ActorGraph;
use crate::lexicon::ActorKind;
use std::io::Write;
use std::path::Path;

/// Writes the triples CSV.
#[derive(Debug, Clone, Default)]
pub struct TriplesCsvExporter;

/// Writes Neo4j's `nodes.csv`.
#[derive(Debug, Clone, Default)]
pub struct Neo4jNodesExporter;

/// Writes Neo4j's `relationships.csv`.
#[derive(Debug, Clone, Default)]
pub struct Neo4jRelationshipsExporter;

/// Quotes one field per RFC 4180 when it needs it.
pub fn field(s: &str) -> String {
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn record(w: &mut dyn Write, fields: &[&str]) -> std::io::Result<()> {
    let line: Vec<String> = fields.iter().map(|f| field(f)).collect();
    w.write_all(line.join(",").as_bytes())?;
    w.write_all(b"\r\n")
}

/// One line, no control characters: what a Neo4j import field may hold.
fn flat(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn flat_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    flat(&join_list(items))
}

fn neo4j_label(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "Actor;Person",
        ActorKind::Country => "Actor;Country",
        ActorKind::Organization => "Actor;Organization",
        ActorKind::Group => "Actor;Group",
    }
}

/// The Neo4j relationship type of a relation label: `affiliated_with` ->
/// `AFFILIATED_WITH`.
pub fn neo4j_type(relation: &str) -> String {
    let t: String = relation
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .flat_map(char::to_uppercase)
        .collect();
    if t.is_empty() {
        "RELATED".to_string()
    } else {
        t
    }
}

impl Exporter for TriplesCsvExporter {
    fn write(&self, graph: &ActorGraph, w: &mut dyn Write) -> std::io::Result<()> {
        record(
            w,
            &[
                "source_label",
                "relation",
                "class",
                "target_label",
                "count",
                "articles",
                "first_seen",
                "last_seen",
                "source_id",
                "target_id",
                "example_sentence",
            ],
        )?;
        for (a, b, e) in graph.edges() {
            let (first, last) = e.date_range();
            record(
                w,
                &[
                    &a.label,
                    &e.relation,
                    e.class.as_str(),
                    &b.label,
                    &e.count().to_string(),
                    &join_list(e.articles()),
                    first.unwrap_or(""),
                    last.unwrap_or(""),
                    &a.id,
                    &b.id,
                    e.evidence.iter().next().map_or("", |v| &*v.sentence),
                ],
            )?;
        }
        Ok(())
    }
}

impl Exporter for Neo4jNodesExporter {
    fn write(&self, graph: &ActorGraph, w: &mut dyn Write) -> std::io::Result<()> {
        record(
            w,
            &[
                "id:ID",
                "label",
                "kind",
                "country",
                "roles:string[]",
                "aliases:string[]",
                "mentions:int",
                ":LABEL",
            ],
        )?;
        for n in graph.nodes() {
            record(
                w,
                &[
                    &flat(&n.id),
                    &flat(&n.label),
                    n.kind.as_str(),
                    &flat(n.country.as_deref().unwrap_or("")),
                    &flat_list(n.roles.iter().map(String::as_str)),
                    &flat_list(n.aliases.iter().map(String::as_str)),
                    &n.mention_count().to_string(),
                    neo4j_label(n.kind),
                ],
            )?;
        }
        Ok(())
    }
}

impl Exporter for Neo4jRelationshipsExporter {
    fn write(&self, graph: &ActorGraph, w: &mut dyn Write) -> std::io::Result<()> {
        record(
            w,
            &[
                ":START_ID",
                ":END_ID",
                ":TYPE",
                "class",
                "count:int",
                "first_seen",
                "last_seen",
                "articles:string[]",
            ],
        )?;
        for (a, b, e) in graph.edges() {
            let (first, last) = e.date_range();
            record(
                w,
                &[
                    &flat(&a.id),
                    &flat(&b.id),
                    &neo4j_type(&e.relation),
                    e.class.as_str(),
                    &e.count().to_string(),
                    &flat(first.unwrap_or("")),
                    &flat(last.unwrap_or("")),
                    &flat_list(e.articles()),
                ],
            )?;
        }
        Ok(())
    }
}

/// Writes `nodes.csv` and `relationships.csv` into `dir` (created if
/// missing), both or neither.
pub fn write_neo4j(graph: &ActorGraph, dir: &Path) -> Result<()> {
    let mut staging = Staging::new();
    stage_neo4j(graph, dir, &mut staging)?;
    staging.commit()
}

/// Stages Neo4j's `nodes.csv` and `relationships.csv` into `dir`, to be
/// written with the rest of a run's outputs by [`Staging::commit`].
pub fn stage_neo4j(graph: &ActorGraph, dir: &Path, staging: &mut Staging) -> Result<()> {
    staging.stage(&dir.join("nodes.csv"), |w| {
        Neo4jNodesExporter.write(graph, w)
    })?;
    staging.stage(&dir.join("relationships.csv"), |w| {
        Neo4jRelationshipsExporter.write(graph, w)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(e: &dyn Exporter) -> String {
        let mut out = Vec::new();
        e.write(&super::super::fixture(), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// Splits RFC 4180 text into records of fields (the reading side).
    fn parse(text: &str) -> Vec<Vec<String>> {
        let (mut rows, mut row, mut cur) = (Vec::new(), Vec::new(), String::new());
        let mut chars = text.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cur.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => cur.push(c),
                (false, '"') if cur.is_empty() => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut cur)),
                (false, '\r') if chars.peek() == Some(&'\n') => {
                    chars.next();
                    row.push(std::mem::take(&mut cur));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => {
                    assert!(c != '"' && c != '\n' && c != '\r', "stray {c:?}");
                    cur.push(c)
                }
            }
        }
        assert!(!quoted && cur.is_empty() && row.is_empty(), "unterminated");
        rows
    }

    #[test]
    fn triples_are_rfc4180() {
        let got = run(&TriplesCsvExporter);
        let want = "source_label,relation,class,target_label,count,articles,first_seen,last_seen,source_id,target_id,example_sentence\r\n\
            \"Ann \"\"Q\"\" O'Neil \\ <b>&]]>\u{7}\nÆrø\",met,VC,Bob & Co <Ltd>,2,a1;a2,2025-08-06,2025-08-07,ann,bob-co,\"They met.</script>\n\"\"Yes,\"\" she said.\"\r\n\
            \"Ann \"\"Q\"\" O'Neil \\ <b>&]]>\u{7}\nÆrø\",affiliated_with,AF,Россия,1,a2,someday,someday,ann,rus,\"Ann, of Россия.\"\r\n\
            \"Ann \"\"Q\"\" O'Neil \\ <b>&]]>\u{7}\nÆrø\",sanctioned,MK,Россия,1,a2,,,ann,rus,Ann sanctioned Россия.\r\n";
        super::super::assert_lines(&got, want);
        let rows = parse(&got);
        assert_eq!(rows.len(), 4);
        assert!(rows.iter().all(|r| r.len() == 11));
        assert_eq!(rows[1][0], "Ann \"Q\" O'Neil \\ <b>&]]>\u{7}\nÆrø");
        assert_eq!(rows[1][10], "They met.</script>\n\"Yes,\" she said.");
    }

    #[test]
    fn neo4j_files_follow_the_import_header_format() {
        let nodes = run(&Neo4jNodesExporter);
        let want = "id:ID,label,kind,country,roles:string[],aliases:string[],mentions:int,:LABEL\r\n\
            ann,\"Ann \"\"Q\"\" O'Neil \\ <b>&]]>  Ærø\",person,USA,\"a,b;envoy, special\",Ann,3,Actor;Person\r\n\
            bob-co,Bob & Co <Ltd>,organization,,,,1,Actor;Organization\r\n\
            rus,Россия,country,RUS,,,3,Actor;Country\r\n";
        super::super::assert_lines(&nodes, want);
        let rels = run(&Neo4jRelationshipsExporter);
        let want = ":START_ID,:END_ID,:TYPE,class,count:int,first_seen,last_seen,articles:string[]\r\n\
            ann,bob-co,MET,VC,2,2025-08-06,2025-08-07,a1;a2\r\n\
            ann,rus,AFFILIATED_WITH,AF,1,someday,someday,a2\r\n\
            ann,rus,SANCTIONED,MK,1,,,a2\r\n";
        super::super::assert_lines(&rels, want);
        for text in [&nodes, &rels] {
            let rows = parse(text);
            assert!(rows.iter().all(|r| r.len() == rows[0].len()));
            assert!(rows.iter().flatten().all(|f| !f.contains('\n')));
        }
    }

    #[test]
    fn relation_types_are_neo4j_identifiers() {
        assert_eq!(neo4j_type("affiliated_with"), "AFFILIATED_WITH");
        assert_eq!(neo4j_type("meets with"), "MEETS_WITH");
        assert_eq!(neo4j_type(""), "RELATED");
    }

    #[test]
    fn write_neo4j_writes_both_files() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("neo4j");
        write_neo4j(&super::super::fixture(), &out).unwrap();
        let names: Vec<_> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        assert_eq!(names, ["nodes.csv", "relationships.csv"]);
    }
}
