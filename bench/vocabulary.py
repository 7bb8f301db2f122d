#!/usr/bin/env python3
"""Vocabulary-size benchmark: checking cost must not grow with the number of terms.

usage: bench/vocabulary.py [--n N] [--repeat R] [--strict]

Checks one synthetic corpus (../shared/bench/synth_corpus.py) twice per round with the default rules
plus 10 or plus 1,000 extra vocabulary terms (`extra_terms` of `technology-names`, each with a reject
spelling), and reports the CPU (user) time ratio 1000-terms / 10-terms. The term matcher looks each word
run up in a hash table once, so the ratio should stay near 1; with --strict the script exits 1 above
1.25. Environment: LEARNLINT_BIN (default .build/release/learnlint), SYNTH_CORPUS.
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIMIT = 1.25


def synth_path():
    for path in [os.environ.get("SYNTH_CORPUS", ""), os.path.join(REPO, "..", "shared", "bench", "synth_corpus.py")]:
        if path and os.path.isfile(path):
            return path
    sys.exit("bench: synth_corpus.py not found (set SYNTH_CORPUS)")


def config(path, count):
    # Invented names that occur in no document: the cost measured is the matcher's, not findings'.
    lines = ["extends: [default]", "rules:", "  - id: technology-names", "    extra_terms:"]
    for index in range(count):
        lines.append(f"      - {{ name: Qzx{index:04d}, reject: [qzx-{index:04d}] }}")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


def cpu_seconds(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
    code = subprocess.run(command, stdout=subprocess.DEVNULL).returncode
    if code not in (0, 1):
        sys.exit(f"bench: {' '.join(command)} exited {code}")
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - before


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args()
    binary = os.environ.get("LEARNLINT_BIN", os.path.join(REPO, ".build", "release", "learnlint"))
    with tempfile.TemporaryDirectory(prefix="learnlint-vocab-") as work:
        corpus = os.path.join(work, "corpus")
        subprocess.run([sys.executable, synth_path(), corpus, str(args.n), "--seed", "11"], check=True,
                       stdout=subprocess.DEVNULL)
        small, large = os.path.join(work, "small.yaml"), os.path.join(work, "large.yaml")
        config(small, 10)
        config(large, 1000)
        times = {small: [], large: []}
        for _ in range(args.repeat):
            for path in (small, large):  # interleaved, so machine noise hits both alike
                times[path].append(cpu_seconds([binary, "check", corpus, "--config", path, "--jobs", "1", "--quiet"]))
        best_small, best_large = min(times[small]), min(times[large])
        ratio = best_large / best_small if best_small > 0 else float("inf")
        print(f"vocabulary: {args.n} documents, CPU with 10 extra terms {best_small:.2f}s, "
              f"with 1000 {best_large:.2f}s, ratio 1000/10 = {ratio:.2f} (limit {LIMIT})")
        if ratio > LIMIT:
            print("vocabulary: WARNING: checking got slower with the vocabulary size")
            if args.strict:
                sys.exit(1)


if __name__ == "__main__":
    main()
