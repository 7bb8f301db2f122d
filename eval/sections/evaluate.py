#!/usr/bin/env python3
"""Scores learnlint's sections and technology-name findings on the labelled evaluation set.

Every document ends with `<!-- eval {"sections": [...], "spellings": [{"found", "expected"}]} -->`: the
sections a careful reader finds and the wrong spellings a careful reader marks. The script runs the
built binary once over the set (default rules) and prints:

- sections: a missing-section finding is a positive; precision and recall over (document, section)
  pairs, the share of present sections reported missing and of missing ones caught;
- spellings: a `technology-names` finding with an `expected` spelling is a positive, matched to a label
  by (found, expected); recall, precision, and false findings per 20 documents.

    python3 eval/sections/evaluate.py BINARY [--verbose] [--check]

`--check` exits 1 when a target of issue 14 is missed (present reported missing > 1 %, missing caught
< 95 %, spelling recall < 0.9, more than one false finding per 20 documents).
"""

import argparse
import glob
import json
import os
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
REQUIRED = ["technologies", "concepts", "challenges", "practices"]


def labels_of(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    start = text.rfind("<!-- eval ")
    if start < 0:
        raise SystemExit(f"{path}: no `<!-- eval … -->` label")
    end = text.index("-->", start)
    return json.loads(text[start + len("<!-- eval "):end])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    paths = sorted(glob.glob(os.path.join(HERE, "generated", "*.md")) + glob.glob(os.path.join(HERE, "handwritten", "*.md")))
    relative = [os.path.relpath(p, REPO) for p in paths]
    run = subprocess.run(
        [args.binary, "check", "--config", "rules.yaml", "--format", "json", "--fail-on", "never"] + relative,
        cwd=REPO, capture_output=True, text=True)
    if run.returncode != 0:
        sys.stderr.write(run.stderr)
        raise SystemExit(f"learnlint exited {run.returncode}")
    report = json.loads(run.stdout)
    findings = {}
    for finding in report["findings"]:
        findings.setdefault(finding["path"], []).append(finding)

    tp = fp = fn = tn = 0
    spell_tp = spell_fp = spell_fn = 0
    problems = []
    for path in relative:
        label = labels_of(os.path.join(REPO, path))
        own = findings.get(path, [])
        reported = {f["data"].get("section") for f in own
                    if f["rule"] == "required-sections" and f["message"].startswith("missing section")}
        for section in REQUIRED:
            missing = section not in label["sections"]
            if section in reported:
                if missing:
                    tp += 1
                else:
                    fp += 1
                    problems.append(f"{path}: present section '{section}' reported missing")
            elif missing:
                fn += 1
                problems.append(f"{path}: missing section '{section}' not reported")
            else:
                tn += 1
        expected = Counter((s["found"], s["expected"]) for s in label["spellings"])
        found = Counter((f["data"].get("found"), f["data"].get("expected")) for f in own
                        if f["rule"] == "technology-names" and "expected" in f.get("data", {}))
        matched = expected & found
        spell_tp += sum(matched.values())
        for pair, count in (found - matched).items():
            spell_fp += count
            problems.append(f"{path}: false spelling finding '{pair[0]}' → '{pair[1]}'")
        for pair, count in (expected - matched).items():
            spell_fn += count
            problems.append(f"{path}: wrong spelling '{pair[0]}' (→ '{pair[1]}') not reported")

    documents = len(relative)
    present = fp + tn
    absent = tp + fn

    def ratio(a, b):
        return a / b if b else 1.0

    section_precision = ratio(tp, tp + fp)
    section_recall = ratio(tp, tp + fn)
    present_missed = ratio(fp, present)
    spelling_recall = ratio(spell_tp, spell_tp + spell_fn)
    spelling_precision = ratio(spell_tp, spell_tp + spell_fp)
    false_per_20 = 20 * spell_fp / documents if documents else 0.0
    print(f"documents: {documents}")
    print(f"sections: precision {section_precision:.3f}  recall {section_recall:.3f}  "
          f"(missing caught {tp}/{absent}; present reported missing {fp}/{present} = {100 * present_missed:.1f} %)")
    print(f"spellings: recall {spelling_recall:.3f}  precision {spelling_precision:.3f}  "
          f"(found {spell_tp}/{spell_tp + spell_fn}; false findings {spell_fp} = {false_per_20:.2f} per 20 documents)")
    if args.verbose or args.check:
        for problem in problems:
            print("  " + problem)
    if args.check:
        failed = present_missed > 0.01 or section_recall < 0.95 or spelling_recall < 0.9 or false_per_20 > 1
        if failed:
            print("eval-sections: a target of issue 14 is missed")
            raise SystemExit(1)


if __name__ == "__main__":
    main()
