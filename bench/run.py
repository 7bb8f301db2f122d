#!/usr/bin/env python3
"""Scale benchmark for learnlint: linear time and facts-bounded memory, as ratios within one run.

usage: bench/run.py [--n N] [--seed S] [--repeat R] [--strict] [--keep DIR]

Generates synthetic corpora of N and 2N documents with ../shared/bench/synth_corpus.py, then measures
(wall time, peak RSS of the learnlint process):
  * `check` on N vs 2N documents          -> time ratio ~2 (linear), RSS ratio well under 2
  * `check --jobs 1` vs `--jobs 2` on 2N  -> speed-up from the parallel document pass
  * `merge` of 4 shard reports of 2N      -> the corpus pass alone, from facts only
  * `check --jobs 1` on N with all default rules vs only the `sections` rule, as CPU (user) time
                                          -> what the content rules cost on top of parsing; a
                                             machine-independent baseline for per-document speed
Absolute numbers depend on the machine; the ratios are what to compare between runs. With --strict the
script exits 1 when a ratio is out of bounds (time ratio > 2.8, RSS ratio > 2.0).
Environment: LEARNLINT_BIN (default .build/release/learnlint), SYNTH_CORPUS (path to synth_corpus.py).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Runs a command in a child process and prints "seconds max_rss_kb code user_seconds" for that command only.
MEASURE = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "elapsed = time.perf_counter() - start\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(elapsed, usage.ru_maxrss, code, usage.ru_utime)\n"
)

# The default-rule cost ratio: all rules over sections only, in CPU time. Above this, per-document
# work has regressed (it was about 14 before the pairing/concept/vocabulary fast paths, about 6 after).
RULE_COST_LIMIT = 10.0


def find_synth():
    candidates = [os.environ.get("SYNTH_CORPUS", ""),
                  os.path.join(REPO, "..", "shared", "bench", "synth_corpus.py"),
                  "/work/shared/bench/synth_corpus.py"]
    for path in candidates:
        if path and os.path.isfile(path):
            return os.path.abspath(path)
    sys.exit("bench: synth_corpus.py not found (set SYNTH_CORPUS)")


def measure(command, repeat, cpu=False):
    """Fastest wall time (or user CPU time, with `cpu`) and largest peak RSS (KB) over `repeat` runs."""
    times, peaks = [], []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", MEASURE] + command, capture_output=True, text=True, check=True)
        seconds, rss, code, user = out.stdout.split()
        if int(code) > 1:
            sys.exit(f"bench: {' '.join(command)} exited {code}")
        times.append(float(user if cpu else seconds))
        peaks.append(int(rss))
    return min(times), max(peaks)


def sections_only_config(config, path):
    """rules.yaml with only its `kind: sections` rules, written to `path`: the `coverage:` block (it names
    other rules) and the `concepts:` list (matched in every document) go too, so what remains is reading,
    parsing and sectioning; documents and contributors are kept."""
    with open(config, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    out, entry, in_rules, in_coverage = [], [], False, False

    def flush():
        if any(line.strip() == "kind: sections" for line in entry):
            out.extend(entry)
        entry.clear()

    for line in lines:
        top_level = line and not line.startswith((" ", "#"))
        if in_rules and top_level:
            flush()
            in_rules = False
        if top_level:
            in_coverage = line.rstrip() in ("coverage:", "concepts:")
        if in_coverage:
            continue
        if in_rules:
            if line.startswith("  - "):
                flush()
            entry.append(line)
            continue
        out.append(line)
        in_rules = line.rstrip() == "rules:"
    flush()
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(out) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--strict", action="store_true")
    parser.add_argument("--keep", help="generate corpora here and keep them")
    args = parser.parse_args()

    binary = os.environ.get("LEARNLINT_BIN", os.path.join(REPO, ".build", "release", "learnlint"))
    if not os.access(binary, os.X_OK):
        sys.exit(f"bench: no learnlint binary at {binary} (run `make build`)")
    synth = find_synth()
    work = args.keep or tempfile.mkdtemp(prefix="learnlint-bench-")
    config = os.path.join(REPO, "rules.yaml")
    try:
        corpora = {}
        for size in (args.n, 2 * args.n):
            folder = os.path.join(work, f"corpus-{size}")
            if not os.path.isdir(folder):
                subprocess.run([sys.executable, synth, folder, str(size), "--seed", str(args.seed)], check=True)
            corpora[size] = folder

        def check(size, jobs, rules=config):
            return [binary, "check", os.path.join(corpora[size], "contributors"), "--config", rules,
                    "--format", "json", "--fail-on", "never", "--jobs", str(jobs)]

        rows = {}
        rows["check N, jobs 2"] = measure(check(args.n, 2), args.repeat)
        rows["check 2N, jobs 2"] = measure(check(2 * args.n, 2), args.repeat)
        rows["check 2N, jobs 1"] = measure(check(2 * args.n, 1), args.repeat)
        sections_config = os.path.join(work, "sections-only.yaml")
        sections_only_config(config, sections_config)
        all_cpu = measure(check(args.n, 1), args.repeat, cpu=True)[0]
        sections_cpu = measure(check(args.n, 1, sections_config), args.repeat, cpu=True)[0]

        shards = []
        for index in range(1, 5):
            path = os.path.join(work, f"shard-{index}.json")
            subprocess.run(check(2 * args.n, 2) + ["--shard", f"{index}/4", "--output", path], check=True)
            shards.append(path)
        rows["merge 4 shards of 2N"] = measure(
            [binary, "merge", *shards, "--config", config, "--format", "json", "--fail-on", "never"], args.repeat)
        with open(shards[0], encoding="utf-8") as handle:
            report = json.load(handle)
        facts_bytes = sum(len(json.dumps(entry)) for entry in report["documents"]) / max(1, len(report["documents"]))

        print(f"learnlint benchmark: N = {args.n} documents (seed {args.seed}), best of {args.repeat}")
        print(f"{'run':<24} {'seconds':>9} {'peak RSS MB':>12}")
        for name, (seconds, rss) in rows.items():
            print(f"{name:<24} {seconds:>9.3f} {rss / 1024:>12.1f}")
        time_ratio = rows["check 2N, jobs 2"][0] / rows["check N, jobs 2"][0]
        rss_ratio = rows["check 2N, jobs 2"][1] / rows["check N, jobs 2"][1]
        speedup = rows["check 2N, jobs 1"][0] / rows["check 2N, jobs 2"][0]
        rule_cost = all_cpu / max(sections_cpu, 1e-3)
        print(f"time 2N / N:            {time_ratio:.2f}  (linear is 2.0)")
        print(f"peak RSS 2N / N:        {rss_ratio:.2f}  (facts-bound: under 2.0)")
        print(f"speed-up jobs 2 vs 1:   {speedup:.2f}")
        print(f"facts per document:     {facts_bytes:.0f} bytes of JSON")
        print(f"CPU all rules/sections: {rule_cost:.2f}  ({all_cpu:.2f} s vs {sections_cpu:.2f} s user on N, "
              f"jobs 1; limit {RULE_COST_LIMIT:.0f})")
        print(f"CPU per document:       {1000 * all_cpu / args.n:.2f} ms (all rules)")
        failures = []
        if time_ratio > 2.8:
            failures.append(f"time grows faster than linearly ({time_ratio:.2f})")
        if rss_ratio > 2.0:
            failures.append(f"memory grows with the corpus more than linearly ({rss_ratio:.2f})")
        if rule_cost > RULE_COST_LIMIT:
            failures.append(f"default rules cost {rule_cost:.1f}x the sections rule alone")
        for failure in failures:
            print("WARNING: " + failure)
        return 1 if failures and args.strict else 0
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
