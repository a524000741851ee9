#!/usr/bin/env python3
"""Scores geokg against a directory of articles with an EXPECTED.md.

    python3 tests/tools/score_expected.py examples/articles [-v]
    python3 tests/tools/score_expected.py examples/blind [-v]

EXPECTED.md has one `## FILE.txt` section per article; each gold triple is a
list item holding `Subject -relation-> Object` in backticks, and items that
start with `*(optional)*` are neither rewarded nor penalised. Each article is
built on its own (`target/release/geokg build FILE --json`); a node stands for
the gold actor named by its label or one of its aliases (case and punctuation
ignored) or by a unique surname, as the dev-set scorer maps them; triples are
compared by actor and relation, symmetric relations either way. Events (every relation but affiliated_with) and affiliations are scored
apart, as the dev-set scorer does. Standard library only.
"""

import json
import os
import re
import subprocess
import sys
import tempfile

SYMMETRIC = {"met", "spoke_with", "negotiated_with", "agreed_with", "cooperated_with", "allied_with"}
ITEM = re.compile(r"^- (\*\(optional\)\* )?`(.+?) -(\w+)-> (.+?)`")


def key(s, r, o):
    return (min(s, o), r, max(s, o)) if r in SYMMETRIC else (s, r, o)


def gold(path):
    """{article file: (required set, optional set)}"""
    out = {}
    current = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("## "):
                name = line[3:].strip()
                current = name if name.endswith(".txt") else None
                if current:
                    out[current] = (set(), set())
                continue
            m = ITEM.match(line.strip())
            if m and current:
                optional, s, r, o = m.groups()
                out[current][1 if optional else 0].add(key(s, r, o))
    return out


def norm(s):
    """Case, curly apostrophes, possessive 's, punctuation and a leading article ignored."""
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s]", "", s)
    s = re.sub(r"^(the|a|an)\s+", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def extracted(binary, article, names):
    """The article's triples, each node named by the gold actor it stands for:
    its label, else one of its aliases (surface forms) equal to a gold name,
    else a unique gold surname; other nodes keep their own label."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "g.json")
        subprocess.run([binary, "build", article, "--json", out, "-q"], check=True)
        with open(out, encoding="utf-8") as f:
            g = json.load(f)
    by_norm = {norm(n): n for n in names}
    surname = {}
    for n in names:
        surname.setdefault(norm(n).split()[-1] if norm(n) else "", []).append(n)
    label = {}
    for node in g["nodes"]:
        forms = [node["label"]] + list(node.get("aliases") or [])
        match = next((by_norm[norm(f)] for f in forms if norm(f) in by_norm), None)
        if match is None:
            for f in forms:
                c = surname.get(norm(f).split()[-1] if norm(f) else "", [])
                if len(c) == 1:
                    match = c[0]
                    break
        label[node["id"]] = match or node["label"]
    return {key(label[e["source"]], e["relation"], label[e["target"]]) for e in g["edges"]}


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    if len(args) != 1:
        sys.exit(__doc__)
    directory = args[0]
    binary = os.environ.get("GEOKG", "target/release/geokg")
    totals = {"events": [0, 0, 0], "affiliations": [0, 0, 0]}
    for name, (required, optional) in sorted(gold(os.path.join(directory, "EXPECTED.md")).items()):
        names = {x for t in required | optional for x in (t[0], t[2])}
        got = extracted(binary, os.path.join(directory, name), names)
        for part, keep in (("events", lambda t: t[1] != "affiliated_with"),
                           ("affiliations", lambda t: t[1] == "affiliated_with")):
            req = {t for t in required if keep(t)}
            opt = {t for t in optional if keep(t)}
            out = {t for t in got if keep(t)}
            tp, fp, fn = len(req & out), len(out - req - opt), len(req - out)
            for i, v in enumerate((tp, fp, fn)):
                totals[part][i] += v
            if verbose:
                print(f"== {name} {part}: tp={tp} fp={fp} fn={fn}")
                for t in sorted(req - out):
                    print("  MISS", " -{}-> ".join([t[0], t[2]]).format(t[1]))
                for t in sorted(out - req - opt):
                    print("  SPUR", " -{}-> ".join([t[0], t[2]]).format(t[1]))
    for part, (tp, fp, fn) in totals.items():
        p, r, f = f1(tp, fp, fn)
        print(f"{part:13} P={p:.2f} R={r:.2f} F1={f:.2f} tp={tp} fp={fp} fn={fn}")


if __name__ == "__main__":
    main()
