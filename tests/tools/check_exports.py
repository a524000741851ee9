#!/usr/bin/env python3
"""Check that geokg's exports load in the tools they are written for.

Usage: check_exports.py OUT_DIR

OUT_DIR is what `geokg build ... -o OUT_DIR` wrote. graph.json (geokg/1) is
the reference: every other format must hold the same actors and relations.

  graph.json            networkx.node_link_graph(data, edges="edges")
  graph.gexf            networkx.read_gexf
  graph.graphml         networkx.read_graphml (force_multigraph=True)
  graph.cytoscape.json  structure of Cytoscape.js elements JSON
  graph.csv             triples CSV: header, one row per relation
  neo4j/*.csv           neo4j-admin import headers, ids, relationship types
  graph.html            embedded JSON data block; with Chromium/Chrome on the
                        PATH, `--headless --dump-dom` must report
                        data-nodes-drawn equal to the number of nodes

Needs python3 with networkx (pip install networkx). Exits 0 when everything
matches, 1 with one line per problem otherwise, 2 on bad usage.
"""

import csv
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

try:
    import networkx as nx
except ImportError:
    sys.exit("check_exports.py needs networkx: pip install networkx")

TRIPLES_HEADER = [
    "source_label", "relation", "class", "target_label", "count", "articles",
    "first_seen", "last_seen", "source_id", "target_id", "example_sentence",
]
NEO4J_NODES_HEADER = [
    "id:ID", "label", "kind", "country", "roles:string[]", "aliases:string[]",
    "mentions:int", ":LABEL",
]
NEO4J_RELS_HEADER = [
    ":START_ID", ":END_ID", ":TYPE", "class", "count:int", "first_seen",
    "last_seen", "articles:string[]",
]
# Characters XML 1.0 cannot carry; the XML exporters drop them.
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class Checker:
    def __init__(self, out):
        self.out = out
        self.problems = []

    def fail(self, where, message):
        self.problems.append(f"{where}: {message}")

    def expect(self, where, what, got, want):
        if got != want:
            self.fail(where, f"{what} is {got!r}, expected {want!r}")
            return False
        return True

    def path(self, name):
        p = self.out / name
        if not p.is_file():
            self.fail(name, "missing")
            return None
        return p

    def run(self, name, check):
        p = self.path(name)
        if p is None:
            return
        try:
            check(name, p)
        except Exception as e:  # a reader refusing the file is the finding
            self.fail(name, f"{type(e).__name__}: {e}")


def edge_key(source, target, relation):
    return (str(source), str(target), str(relation))


def main(argv):
    if len(argv) != 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    out = Path(argv[1])
    if not out.is_dir():
        print(f"check_exports.py: {out} is not a directory", file=sys.stderr)
        return 2
    c = Checker(out)
    notes = []

    ref_path = c.path("graph.json")
    if ref_path is None:
        print("\n".join(c.problems), file=sys.stderr)
        return 1
    ref = json.loads(ref_path.read_text(encoding="utf-8"))
    nodes = {n["id"]: n for n in ref["nodes"]}
    edges = Counter(edge_key(e["source"], e["target"], e["relation"]) for e in ref["edges"])
    n_nodes, n_edges = len(ref["nodes"]), len(ref["edges"])
    c.expect("graph.json", "graph.nodes", ref.get("graph", {}).get("nodes"), n_nodes)
    c.expect("graph.json", "graph.edges", ref.get("graph", {}).get("edges"), n_edges)
    c.expect("graph.json", "number of distinct node ids", len(nodes), n_nodes)

    def check_counts(name, g):
        c.expect(name, "number of nodes", g.number_of_nodes(), n_nodes)
        c.expect(name, "number of edges", g.number_of_edges(), n_edges)
        c.expect(name, "directed", g.is_directed(), True)
        missing = set(nodes) - set(map(str, g.nodes))
        if missing:
            c.fail(name, f"node ids missing: {sorted(missing)[:5]}")

    def check_relations(name, g, relation_attr):
        got = Counter(
            edge_key(u, v, d.get(relation_attr)) for u, v, d in g.edges(data=True)
        )
        if got != edges:
            diff = list((got - edges) + (edges - got))[:5]
            c.fail(name, f"(source, target, relation) triples differ from graph.json, e.g. {diff}")

    def check_labels(name, g, token=False):
        for node_id, d in g.nodes(data=True):
            want = nodes.get(str(node_id))
            if want is None:
                c.fail(name, f"unknown node {node_id!r}")
                continue
            label = XML_FORBIDDEN.sub("", want["label"])
            if token:  # GEXF labels are xsd:token: whitespace collapsed
                label = " ".join(label.split())
            if d.get("label") != label:
                c.fail(name, f"node {node_id!r}: label {d.get('label')!r}, expected {label!r}")

    # -- geokg/1 JSON through networkx's node-link reader
    def json_check(name, _p):
        try:
            g = nx.node_link_graph(ref, edges="edges")
        except TypeError:  # networkx < 3.4 names it `link`
            g = nx.node_link_graph(ref, link="edges")
        check_counts(name, g)
        c.expect(name, "multigraph", g.is_multigraph(), True)
        check_relations(name, g, "relation")

    c.run("graph.json", json_check)

    # -- GEXF (Gephi); networkx returns a DiGraph when no edges are parallel
    def gexf_check(name, p):
        g = nx.read_gexf(p)
        check_counts(name, g)
        check_relations(name, g, "relation")
        check_labels(name, g, token=True)
        for u, v, d in g.edges(data=True):
            if not isinstance(d.get("count"), int) or d.get("weight") != float(d.get("count", -1)):
                c.fail(name, f"edge {u}->{v}: count {d.get('count')!r} / weight {d.get('weight')!r}")
                break
        for n, d in g.nodes(data=True):
            if not isinstance(d.get("mentions"), int) or "color" not in d.get("viz", {}):
                c.fail(name, f"node {n!r}: mentions {d.get('mentions')!r}, viz {d.get('viz')!r}")
                break

    c.run("graph.gexf", gexf_check)

    # -- GraphML (Cytoscape, yEd, networkx)
    def graphml_check(name, p):
        g = nx.read_graphml(p, force_multigraph=True)
        check_counts(name, g)
        check_relations(name, g, "relation")
        check_labels(name, g)
        for u, v, d in g.edges(data=True):
            if not isinstance(d.get("count"), int) or not isinstance(d.get("symmetric"), bool):
                c.fail(name, f"edge {u}->{v}: count {d.get('count')!r}, symmetric {d.get('symmetric')!r} not typed")
                break
        for n, d in g.nodes(data=True):
            if not isinstance(d.get("mentions"), int) or d.get("kind") != nodes[n]["kind"]:
                c.fail(name, f"node {n!r}: mentions {d.get('mentions')!r}, kind {d.get('kind')!r}")
                break

    c.run("graph.graphml", graphml_check)

    # -- Cytoscape.js elements JSON
    def cytoscape_check(name, p):
        doc = json.loads(p.read_text(encoding="utf-8"))
        els = doc["elements"]
        c.expect(name, "number of nodes", len(els["nodes"]), n_nodes)
        c.expect(name, "number of edges", len(els["edges"]), n_edges)
        ids = [e["data"]["id"] for e in els["nodes"] + els["edges"]]
        if len(set(ids)) != len(ids):
            c.fail(name, "element ids are not unique across nodes and edges")
        for e in els["nodes"]:
            d = e["data"]
            want = nodes.get(d["id"])
            if want is None or d.get("label") != want["label"] or d.get("kind") != want["kind"]:
                c.fail(name, f"node {d['id']!r} does not match graph.json")
                break
        got = Counter(
            edge_key(e["data"]["source"], e["data"]["target"], e["data"]["relation"])
            for e in els["edges"]
        )
        if got != edges:
            c.fail(name, "edges differ from graph.json")

    c.run("graph.cytoscape.json", cytoscape_check)

    # -- triples CSV
    def triples_check(name, p):
        with p.open(newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        if not rows or not c.expect(name, "header", rows[0], TRIPLES_HEADER):
            return
        body = rows[1:]
        c.expect(name, "number of rows", len(body), n_edges)
        bad = [r for r in body if len(r) != len(TRIPLES_HEADER)]
        if bad:
            c.fail(name, f"{len(bad)} row(s) with the wrong number of fields")
            return
        got = Counter(edge_key(r[8], r[9], r[1]) for r in body)
        if got != edges:
            c.fail(name, "rows differ from graph.json's edges")
        for r in body:
            if r[0] != nodes[r[8]]["label"] or r[3] != nodes[r[9]]["label"]:
                c.fail(name, f"labels of {r[8]} -> {r[9]} do not round-trip")
                break

    c.run("graph.csv", triples_check)

    # -- Neo4j bulk import
    neo4j_ids = set()

    def neo4j_nodes_check(name, p):
        with p.open(newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        if not rows or not c.expect(name, "header", rows[0], NEO4J_NODES_HEADER):
            return
        c.expect(name, "number of rows", len(rows) - 1, n_nodes)
        for r in rows[1:]:
            neo4j_ids.add(r[0])
            if not re.fullmatch(r"Actor;(Person|Country|Organization|Group)", r[7]):
                c.fail(name, f"node {r[0]!r}: :LABEL {r[7]!r}")
            if any(ch in v for v in r for ch in "\r\n"):
                c.fail(name, f"node {r[0]!r}: a field spans lines")
        c.expect(name, "node ids", neo4j_ids, set(nodes))

    def neo4j_rels_check(name, p):
        with p.open(newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        if not rows or not c.expect(name, "header", rows[0], NEO4J_RELS_HEADER):
            return
        c.expect(name, "number of rows", len(rows) - 1, n_edges)
        for r in rows[1:]:
            if r[0] not in nodes or r[1] not in nodes:
                c.fail(name, f"relationship {r[:3]} refers to an unknown node")
            if not re.fullmatch(r"[A-Z0-9_]+", r[2]):
                c.fail(name, f"relationship type {r[2]!r} is not upper-case")
            if not r[4].isdigit():
                c.fail(name, f"count:int {r[4]!r}")

    c.run("neo4j/nodes.csv", neo4j_nodes_check)
    c.run("neo4j/relationships.csv", neo4j_rels_check)

    # -- HTML: the embedded data block
    def html_check(name, p):
        page = p.read_text(encoding="utf-8")
        m = re.search(r'<script type="application/json" id="geokg-data">(.*?)</script>', page, re.S)
        if not m:
            c.fail(name, "no geokg-data block")
            return
        data = json.loads(m.group(1))
        c.expect(name, "number of nodes", len(data["nodes"]), n_nodes)
        c.expect(name, "number of edges", len(data["edges"]), n_edges)
        if "nodesDrawn" not in page:
            c.fail(name, "the page never sets data-nodes-drawn")
        if re.search(r"""\s(src|href)\s*=""", page):
            c.fail(name, "the page references an external resource")
        browser = next(
            (b for b in ("chromium", "chromium-browser", "google-chrome", "chrome")
             if shutil.which(b)), None)
        if browser is None:
            notes.append("no Chromium/Chrome on the PATH: graph.html was not rendered")
            return
        import tempfile
        profile = tempfile.mkdtemp(prefix="geokg-chromium-")
        base = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                f"--user-data-dir={profile}"]
        args = base + ["--dump-dom", p.resolve().as_uri()]
        dom = subprocess.run(args, capture_output=True, text=True, timeout=120).stdout
        shot_dir = os.environ.get("GEOKG_SCREENSHOT_DIR")
        if shot_dir:
            os.makedirs(shot_dir, exist_ok=True)
            shot = os.path.join(shot_dir, "graph-html.png")
            subprocess.run(base + ["--window-size=1200,900", "--virtual-time-budget=3000",
                                   f"--screenshot={shot}", p.resolve().as_uri()],
                           capture_output=True, timeout=120)
            if not os.path.exists(shot):
                c.fail(name, f"{browser} --screenshot wrote no {shot}")
        drawn = re.search(r'<body[^>]*\sdata-nodes-drawn="(\d+)"', dom)
        if not drawn:
            c.fail(name, f"{browser} --dump-dom: <body> has no data-nodes-drawn (the script did not run)")
        else:
            c.expect(name, f"data-nodes-drawn in {browser}", int(drawn.group(1)), n_nodes)

    c.run("graph.html", html_check)

    for n in notes:
        print(f"check_exports.py: note: {n}", file=sys.stderr)
    if c.problems:
        print(f"check_exports.py: {len(c.problems)} problem(s) in {out}:", file=sys.stderr)
        for p in c.problems:
            print(f"  {p}", file=sys.stderr)
        return 1
    print(f"check_exports.py: {out}: {n_nodes} nodes, {n_edges} edges; "
          "json, gexf, graphml, cytoscape, csv, neo4j and html agree")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
