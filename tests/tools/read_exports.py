#!/usr/bin/env python3
"""Read every file `geokg build -o OUT_DIR` wrote with the parser its users
would use, and check that each holds every actor label of graph.json.

Usage: read_exports.py OUT_DIR

Standard library only (tests/tools/check_exports.py goes further with
networkx). Per file:

  graph.json            json: nodes[].label and edges (the reference)
  graph.cytoscape.json  json: elements.nodes[].data.label
  graph.gexf            xml.etree: <node label="..."> (an xsd:token)
  graph.graphml         xml.etree: <data key="label">
  graph.csv             csv: source_label / target_label of every row
  neo4j/nodes.csv       csv: label column
  neo4j/relationships.csv  csv: one row per edge
  graph.html            html.parser: the <script id="geokg-data"> block, json
  graph.dot             Graphviz `dot -Tjson` (skipped without Graphviz):
                        node labels, with DOT's escString decoded
  graph.svg             xml.etree (when present): one <g class="node"> per node

Each format's documented changes to a label are applied to the reference
before comparing: XML drops the characters XML 1.0 forbids (GEXF also
collapses whitespace: xsd:token); Neo4j and DOT turn control characters
into spaces. Exits 0 and prints one summary line when everything matches,
1 with one line per problem otherwise.
"""

import csv
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://gexf.net/1.3}"


def xml_text(s):
    return XML_FORBIDDEN.sub("", s)


def xsd_token(s):
    return " ".join(xml_text(s).split())


def controls_to_spaces(s):
    return "".join(" " if (ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0) else c for c in s)


def dot_label(s):
    """DOT's exporter: CR dropped; LF kept; other control characters, U+FFFE
    and U+FFFF become spaces."""
    s = s.replace("\r", "")
    return "".join(c if c == "\n" else
                   " " if c in "\ufffe\uffff" else controls_to_spaces(c) for c in s)


def decode_esc_string(s):
    r"""Graphviz escString as a label shows it: \\ is \, \n \l \r end a line."""
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            out.append("\n" if n in "nlr" else n)
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


class DataBlock(HTMLParser):
    """Collects the text of <script id="geokg-data">."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.inside = False
        self.blocks = []

    def handle_starttag(self, tag, attrs):
        if tag == "script" and ("id", "geokg-data") in attrs:
            self.inside = True
            self.blocks.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.blocks[-1] += data


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(sys.argv[1])
    problems = []
    checked = []

    ref = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    labels = Counter(n["label"] for n in ref["nodes"])
    by_id = {n["id"]: n["label"] for n in ref["nodes"]}
    n_edges = len(ref["edges"])
    checked.append("graph.json")

    def compare(name, got, expect):
        got, expect = Counter(got), Counter(expect)
        if got != expect:
            problems.append(
                f"{name}: labels differ: missing {sorted((expect - got).elements())!r}, "
                f"unexpected {sorted((got - expect).elements())!r}"
            )
        checked.append(name)

    def attempt(name, f):
        try:
            f()
        except Exception as e:  # any parser error is a finding
            problems.append(f"{name}: {type(e).__name__}: {e}")

    def cytoscape():
        d = json.loads((out / "graph.cytoscape.json").read_text(encoding="utf-8"))
        compare("graph.cytoscape.json", [n["data"]["label"] for n in d["elements"]["nodes"]],
                labels.elements())
        if len(d["elements"]["edges"]) != n_edges:
            problems.append("graph.cytoscape.json: edge count differs")

    def gexf():
        root = ET.parse(out / "graph.gexf").getroot()
        nodes = root.iter(f"{GEXF}node")
        compare("graph.gexf", [n.get("label") for n in nodes],
                [xsd_token(l) for l in labels.elements()])
        if len(list(root.iter(f"{GEXF}edge"))) != n_edges:
            problems.append("graph.gexf: edge count differs")

    def graphml():
        root = ET.parse(out / "graph.graphml").getroot()
        got = []
        for n in root.iter(f"{GRAPHML}node"):
            for d in n.findall(f"{GRAPHML}data"):
                if d.get("key") == "label":
                    got.append(d.text or "")
        compare("graph.graphml", got, [xml_text(l) for l in labels.elements()])
        if len(list(root.iter(f"{GRAPHML}edge"))) != n_edges:
            problems.append("graph.graphml: edge count differs")

    def triples():
        with open(out / "graph.csv", newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        if len(rows) != n_edges:
            problems.append(f"graph.csv: {len(rows)} rows for {n_edges} edges")
        got = set()
        for r in rows:
            got.add(r["source_label"])
            got.add(r["target_label"])
            for side in ("source", "target"):
                if by_id.get(r[f"{side}_id"]) != r[f"{side}_label"]:
                    problems.append(f"graph.csv: {side}_label {r[f'{side}_label']!r} "
                                    f"is not the label of {r[f'{side}_id']!r}")
        compare("graph.csv", got, set(labels))

    def neo4j():
        with open(out / "neo4j/nodes.csv", newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        compare("neo4j/nodes.csv", [r["label"] for r in rows],
                [controls_to_spaces(l) for l in labels.elements()])
        with open(out / "neo4j/relationships.csv", newline="", encoding="utf-8") as f:
            rels = list(csv.DictReader(f))
        if len(rels) != n_edges:
            problems.append(f"neo4j/relationships.csv: {len(rels)} rows for {n_edges} edges")
        ids = {r["id:ID"] for r in rows}
        for r in rels:
            if r[":START_ID"] not in ids or r[":END_ID"] not in ids:
                problems.append(f"neo4j/relationships.csv: dangling row {r!r}")

    def html():
        p = DataBlock()
        p.feed((out / "graph.html").read_text(encoding="utf-8"))
        p.close()
        if len(p.blocks) != 1:
            problems.append(f"graph.html: {len(p.blocks)} data blocks, expected 1")
            return
        d = json.loads(p.blocks[0])
        compare("graph.html", [n["label"] for n in d["nodes"]], labels.elements())
        if len(d["edges"]) != n_edges:
            problems.append("graph.html: edge count differs")

    def dot():
        if shutil.which("dot") is None:
            print("read_exports.py: note: Graphviz is not installed; graph.dot not read",
                  file=sys.stderr)
            return
        r = subprocess.run(["dot", "-Tjson", str(out / "graph.dot")],
                           capture_output=True, text=True, encoding="utf-8")
        if r.returncode != 0 or r.stderr.strip():
            problems.append(f"graph.dot: dot -Tjson failed or warned: {r.stderr.strip()}")
            return
        d = json.loads(r.stdout)
        # clusters are objects too; nodes are the objects named by a node id
        nodes = [o for o in d.get("objects", []) if o.get("name") in by_id]
        compare("graph.dot", [decode_esc_string(o["label"]) for o in nodes],
                [dot_label(l) for l in labels.elements()])
        if len(d.get("edges", [])) != n_edges:
            problems.append(f"graph.dot: {len(d.get('edges', []))} edges for {n_edges}")

    def svg():
        path = out / "graph.svg"
        if not path.exists():
            return
        root = ET.parse(path).getroot()
        nodes = [g for g in root.iter("{http://www.w3.org/2000/svg}g")
                 if g.get("class") == "node"]
        if len(nodes) != len(by_id):
            problems.append(f"graph.svg: {len(nodes)} nodes drawn for {len(by_id)}")
        checked.append("graph.svg")

    for name, f in [("graph.cytoscape.json", cytoscape), ("graph.gexf", gexf),
                    ("graph.graphml", graphml), ("graph.csv", triples),
                    ("neo4j", neo4j), ("graph.html", html), ("graph.dot", dot),
                    ("graph.svg", svg)]:
        attempt(name, f)

    if problems:
        for p in problems:
            print(p)
        return 1
    print(f"read_exports.py: {len(by_id)} nodes, {n_edges} edges; read {', '.join(checked)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
