#!/usr/bin/env python3
"""Measures the `pairing` kind on the evaluation set that generate.py writes.

Prints, for the whole set: challenge-count exact accuracy (the document's `challenges` fact equals
its label), solved-count exact accuracy, and the precision and recall of the unpaired-challenge
findings (`unpaired-challenge` and `count-mismatch` at a challenge, matched to the labelled line).
Then the same figures with each named heuristic switched off in turn (the ablation table).

Usage: evaluate.py LEARNLINT_BINARY SET_DIR [--markdown] [--no-ablation] [--show-misses]
"""

import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def run(binary, config, paths, disabled=()):
    """JSON report of learnlint over `paths` with `config`, heuristics in `disabled` switched off
    (through the pairing rule's `disable:` list, written into a copy of the rules file)."""
    with tempfile.TemporaryDirectory() as folder:
        if disabled:
            with open(config, encoding="utf-8") as handle:
                lines = handle.read().split("\n")
            at = next(index for index, line in enumerate(lines) if line.strip() == "kind: pairing")
            lines.insert(at + 1, "    disable: [" + ", ".join(disabled) + "]")
            config = os.path.join(folder, "rules.yaml")
            with open(config, "w", encoding="utf-8") as handle:
                handle.write("\n".join(lines))
        result = subprocess.run(
            [binary, "check", "--config", config, "--format", "json", "--fail-on", "never", *paths],
            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"learnlint failed ({result.returncode}): {result.stderr}")
    return json.loads(result.stdout)


def measure(binary, set_dir, labels, disabled=()):
    by_language = {}
    for label in labels:
        by_language.setdefault(label["language"], []).append(label)
    configs = {"en": os.path.join(REPO, "rules.yaml"), "fr": os.path.join(HERE, "rules-fr.yaml")}
    documents = {}
    findings = {}
    for language, group in by_language.items():
        paths = [os.path.join(set_dir, label["name"] + ".md") for label in group]
        report = run(binary, configs[language], paths, disabled)
        for document in report["documents"]:
            documents[os.path.basename(document["path"])[:-3]] = document
        for finding in report["findings"]:
            if finding["rule"] != "challenge-solution":
                continue
            problem = finding["data"].get("problem")
            if problem == "unpaired-challenge" or (problem == "count-mismatch" and "challenge" in finding["data"]):
                findings.setdefault(os.path.basename(finding["path"])[:-3], []).append(finding["line"])
    exact = solved_exact = tp = fp = fn = 0
    misses = []
    for label in labels:
        name = label["name"]
        document = documents.get(name, {})
        found = set(findings.get(name, []))
        expected = set(label["unpaired_lines"])
        exact += document.get("challenges") == label["challenges"]
        solved_exact += document.get("challenges_paired") == label["solved"]
        tp += len(found & expected)
        fp += len(found - expected)
        fn += len(expected - found)
        if document.get("challenges") != label["challenges"] or found != expected:
            misses.append(f"{name}: challenges {document.get('challenges')}/{label['challenges']}, "
                          f"paired {document.get('challenges_paired')}/{label['solved']}, "
                          f"unpaired lines {sorted(found)} expected {sorted(expected)}")
    total = len(labels)
    return {
        "count": exact / total, "solved": solved_exact / total,
        "precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
        "tp": tp, "fp": fp, "fn": fn, "misses": misses,
    }


def heuristics(binary):
    """The pairing heuristics' names, as `learnlint explain challenge-solution --heuristics` lists them."""
    result = subprocess.run([binary, "explain", "challenge-solution", "--heuristics"], capture_output=True, text=True)
    if result.returncode != 0:
        return []
    return [line.split()[0] for line in result.stdout.splitlines() if line.strip() and not line.startswith(" ")]


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary, set_dir = sys.argv[1], sys.argv[2]
    flags = set(sys.argv[3:])
    with open(os.path.join(set_dir, "labels.json"), encoding="utf-8") as handle:
        labels = json.load(handle)
    base = measure(binary, set_dir, labels)
    print(f"pairing evaluation: {len(labels)} documents, "
          f"{sum(label['challenges'] for label in labels)} challenges, "
          f"{sum(len(label['unpaired_lines']) for label in labels)} without a solution")
    print(f"  challenge count exact   {base['count']:.1%}")
    print(f"  solved count exact      {base['solved']:.1%}")
    print(f"  unpaired precision      {base['precision']:.3f}  ({base['tp']} right, {base['fp']} false)")
    print(f"  unpaired recall         {base['recall']:.3f}  ({base['fn']} missed)")
    heldout = [label for label in labels if label["name"].startswith("heldout-")]
    if heldout:
        held = measure(binary, set_dir, heldout)
        print(f"  held-out part ({len(heldout)} documents, never used to tune): count exact {held['count']:.1%}, "
              f"precision {held['precision']:.3f}, recall {held['recall']:.3f}")
    if "--show-misses" in flags:
        for miss in base["misses"]:
            print("   ", miss)
    if "--no-ablation" in flags:
        return
    names = heuristics(binary)
    if not names:
        print("(this learnlint has no named heuristics to switch off)")
        return
    markdown = "--markdown" in flags
    print()
    if markdown:
        print("| heuristic switched off | count exact | Δ | precision | Δ | recall | Δ |")
        print("|---|---:|---:|---:|---:|---:|---:|")
    else:
        print(f"  {'heuristic switched off':34} {'count':>7} {'Δ':>7} {'prec.':>7} {'Δ':>7} {'recall':>7} {'Δ':>7}")
    for name in names:
        figures = measure(binary, set_dir, labels, disabled=[name])
        deltas = [(figures[key], figures[key] - base[key]) for key in ("count", "precision", "recall")]
        if markdown:
            cells = " | ".join(f"{value:.3f} | {delta:+.3f}" for value, delta in deltas)
            print(f"| `{name}` | {cells} |")
        else:
            cells = " ".join(f"{value:7.3f} {delta:+7.3f}" for value, delta in deltas)
            print(f"  {name:34} {cells}")


if __name__ == "__main__":
    main()
