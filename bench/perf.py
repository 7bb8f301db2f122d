#!/usr/bin/env python3
"""`make bench`: learnlint against named baselines, every timing in one hyperfine run; writes docs/performance.md.

usage: bench/perf.py [--quick] [--no-install] [--output docs/performance.md]

Baselines, each measured in the same hyperfine run as learnlint so they share the machine's state:
  * the parse floor: Debian's `cmark-gfm` CLI with the extensions learnlint attaches and --sourcepos,
    500 files per process, one process per core, output discarded;
  * rumdl (from PyPI, in .build/bench-venv) with only MD043 (required headings) and its cache off.
Timed: learnlint `check` (all default rules, corpus rules included) and `coverage` on 10,000 synthetic
documents (../shared/bench/synth_corpus.py OUT 10000 --seed 1); one document, learnlint vs rumdl;
`learnlint --version`. Then, outside hyperfine: peak RSS of `check` at 1k, 10k and 50k documents (and
the 50k / 10k time ratio), and instruction counts per document under valgrind's callgrind for learnlint
and for the cmark-gfm floor on 200 documents (they do not drift with machine noise), with the functions
learnlint spends them in. The hand-written analysis in bench/performance-notes.md is appended.

It installs what is missing: hyperfine, cmark-gfm and valgrind from Debian, rumdl from PyPI.
Environment: LEARNLINT_BIN (default .build/release/learnlint), SYNTH_CORPUS (path to synth_corpus.py).
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Not under .build/: the default rules.yaml excludes `.build/**` from discovery (gitignored as `.build*/`).
WORK = os.path.join(REPO, ".build-bench")
VENV = os.path.join(REPO, ".build", "bench-venv")
RUMDL_VERSION = "0.3.0"
APT = {"hyperfine": "hyperfine", "cmark-gfm": "cmark-gfm", "valgrind": "valgrind"}
CMARK_ARGS = ["-e", "table", "-e", "autolink", "-e", "strikethrough", "-e", "tasklist", "--sourcepos"]
FILES_PER_PROCESS = 500
# MD043 with the four sections learnlint requires by default, anything around them allowed.
RUMDL_MD043 = ('MD043.headings = ["*", "## Key Technologies", "*", "## Important Backend Development Concepts", "*", '
               '"## Challenges Faced and Solutions Implemented", "*", "## Best Practices and Personal Takeaways", "*"]')

# The targets, as (label, measured ratio key, limit).
TARGETS = [
    ("check 10k ≤ 1.25 × parse floor", "check/floor", 1.25),
    ("coverage 10k ≤ 1.25 × parse floor", "coverage/floor", 1.25),
    ("check 10k ≤ 1.0 × rumdl MD043", "check/rumdl", 1.0),
    ("coverage 10k ≤ 1.0 × rumdl MD043", "coverage/rumdl", 1.0),
    ("one document ≤ 1.0 × rumdl", "one/rumdl", 1.0),
    ("50k time ≤ 5.5 × 10k time", "50k/10k", 5.5),
]


def run(command, **kwargs):
    return subprocess.run(command, check=True, **kwargs)


def sudo():
    return [] if os.geteuid() == 0 or not shutil.which("sudo") else ["sudo"]


def install_tools():
    missing = [package for tool, package in APT.items() if not shutil.which(tool)]
    if missing:
        print("bench: installing " + " ".join(missing), flush=True)
        run(sudo() + ["apt-get", "update", "-qq"])
        run(sudo() + ["apt-get", "install", "-y", "-qq"] + missing, env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    rumdl = os.path.join(VENV, "bin", "rumdl")
    if not os.access(rumdl, os.X_OK):
        print(f"bench: installing rumdl {RUMDL_VERSION} into {os.path.relpath(VENV, REPO)}", flush=True)
        run([sys.executable, "-m", "venv", VENV])
        run([os.path.join(VENV, "bin", "pip"), "install", "-q", "--disable-pip-version-check", f"rumdl=={RUMDL_VERSION}"])
    return rumdl


def find_synth():
    for path in [os.environ.get("SYNTH_CORPUS", ""), os.path.join(REPO, "..", "shared", "bench", "synth_corpus.py"),
                 "/work/shared/bench/synth_corpus.py"]:
        if path and os.path.isfile(path):
            return os.path.abspath(path)
    sys.exit("bench: synth_corpus.py not found (set SYNTH_CORPUS)")


def corpus(size, synth):
    """The synthetic corpus of `size` documents (seed 1), generated once under .build-bench/."""
    folder = os.path.join(WORK, f"corpus-{size}")
    if not os.path.isfile(os.path.join(folder, ".done")):
        shutil.rmtree(folder, ignore_errors=True)
        print(f"bench: generating {size} documents", flush=True)
        run([sys.executable, synth, folder, str(size), "--seed", "1"], stdout=subprocess.DEVNULL)
        open(os.path.join(folder, ".done"), "w").close()
    return folder


def documents(folder):
    found = []
    for root, _, files in os.walk(folder):
        found += [os.path.join(root, name) for name in files if name.endswith(".md")]
    return sorted(found)


def file_list(folder):
    path = folder + ".files"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(documents(folder)) + "\n")
    return path


def q(text):
    return "'" + text.replace("'", "'\\''") + "'"


def version(command):
    try:
        out = subprocess.run(command, capture_output=True, text=True).stdout.strip().splitlines()
        return out[0] if out else "?"
    except OSError:
        return "?"


# Peak RSS (KB) and wall seconds of one command, for that child only.
MEASURE = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "elapsed = time.perf_counter() - start\n"
    "print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)\n"
)


def measure(command):
    out = run([sys.executable, "-c", MEASURE] + command, capture_output=True, text=True).stdout.split()
    if int(out[2]) > 1:
        sys.exit(f"bench: {' '.join(command)} exited {out[2]}")
    return float(out[0]), int(out[1]) / 1024


def callgrind(command, out_file):
    """Total instructions (Ir) of a command under callgrind."""
    run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out_file}"] + command,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(out_file, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    sys.exit(f"bench: no instruction count in {out_file}")


def profile(out_file, limit=18):
    """The functions with the most own (exclusive) instructions, demangled, as (share, name)."""
    text = run(["callgrind_annotate", "--inclusive=no", out_file], capture_output=True, text=True).stdout
    demangle = shutil.which("swift-demangle") or shutil.which("swift")
    if demangle:
        args = [demangle, "--simplified"] if demangle.endswith("swift-demangle") else [demangle, "demangle", "--simplified"]
        text = subprocess.run(args, input=text, capture_output=True, text=True).stdout or text
    total, rows = None, []
    for line in text.splitlines():
        match = re.match(r"\s*([\d,]+)\s+(?:\(\s*[\d.]+%\)\s+)?(.*?)\s*$", line)
        if not match:
            continue
        count, rest = int(match.group(1).replace(",", "")), match.group(2)
        if "PROGRAM TOTALS" in rest:
            total = count
        elif total and ":" in rest and len(rows) < limit:
            name = rest.split(":", 1)[1] if not rest.startswith("0x") else rest
            name = re.sub(r"\s*\[[^\]]*\]\s*$", "", name)
            rows.append((count / total, name[:110]))
    return rows


def hyperfine(commands, quick):
    out = os.path.join(WORK, "hyperfine.json")
    args = ["hyperfine", "--warmup", "1", "--min-runs", "2" if quick else "3", "--export-json", out, "--style", "basic"]
    for name, command in commands:
        args += ["-n", name, command]
    run(args)
    with open(out, encoding="utf-8") as handle:
        results = json.load(handle)["results"]
    return {entry["command"]: entry for entry in results}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer runs, no 50k corpus (for trying the script)")
    parser.add_argument("--no-install", action="store_true")
    parser.add_argument("--output", default=os.path.join(REPO, "docs", "performance.md"))
    parser.add_argument("--rewrite", action="store_true",
                        help="write the page again from the last run's measurements (.build-bench/results.json)")
    args = parser.parse_args()
    results = os.path.join(WORK, "results.json")
    if args.rewrite:
        with open(results, encoding="utf-8") as handle:
            write_page(args.output, **json.load(handle))
        return

    learnlint = os.path.abspath(os.environ.get("LEARNLINT_BIN", os.path.join(REPO, ".build", "release", "learnlint")))
    if not os.access(learnlint, os.X_OK):
        sys.exit(f"bench: no learnlint binary at {learnlint} (run `make build`)")
    rumdl = os.path.join(VENV, "bin", "rumdl") if args.no_install else install_tools()
    os.makedirs(WORK, exist_ok=True)
    synth = find_synth()
    cores = os.cpu_count() or 1
    config = os.path.join(REPO, "rules.yaml")
    c10k = corpus(10_000, synth)
    c200 = corpus(200, synth)
    one = documents(c200)[0]
    files10k = file_list(c10k)

    check = f"{q(learnlint)} check {q(c10k)} --config {q(config)} --format json --fail-on never"
    floor = (f"xargs -d '\\n' -n {FILES_PER_PROCESS} -P {cores} -a {q(files10k)} cmark-gfm {' '.join(CMARK_ARGS)} "
             "> /dev/null")
    rumdl_run = f"{q(rumdl)} check %s --isolated --enable MD043 --config {q(RUMDL_MD043)} --no-cache --fail-on never --output-format concise"
    commands = [
        ("learnlint check 10k", check),
        ("learnlint coverage 10k", f"{q(learnlint)} coverage {q(c10k)} --config {q(config)} --format json --fail-under 0"),
        ("parse floor cmark-gfm 10k", floor),
        ("rumdl MD043 10k", rumdl_run % q(c10k)),
        ("learnlint check 1 doc", f"{q(learnlint)} check {q(one)} --config {q(config)} --fail-on never"),
        ("rumdl MD043 1 doc", rumdl_run % q(one)),
        ("learnlint --version", f"{q(learnlint)} --version"),
    ]
    timed = hyperfine(commands, args.quick)

    # Memory and scaling: outside hyperfine (one run each), after it.
    sizes = [1_000, 10_000] + ([] if args.quick else [50_000])
    memory = {}
    for size in sizes:
        folder = corpus(size, synth)
        memory[size] = measure([learnlint, "check", folder, "--config", config, "--format", "json", "--fail-on", "never"])

    # Instructions: 200 documents and 1, so start-up can be told apart from the per-document cost.
    grind = os.path.join(WORK, "callgrind")
    os.makedirs(grind, exist_ok=True)
    docs200 = documents(c200)
    ir = {
        "learnlint 200": callgrind([learnlint, "check", c200, "--config", config, "--format", "json", "--fail-on", "never",
                                    "--jobs", "1"], os.path.join(grind, "learnlint-200.out")),
        "learnlint 1": callgrind([learnlint, "check", one, "--config", config, "--format", "json", "--fail-on", "never",
                                  "--jobs", "1"], os.path.join(grind, "learnlint-1.out")),
        "cmark 200": callgrind(["cmark-gfm"] + CMARK_ARGS + docs200, os.path.join(grind, "cmark-200.out")),
        "cmark 1": callgrind(["cmark-gfm"] + CMARK_ARGS + [one], os.path.join(grind, "cmark-1.out")),
    }
    hot = profile(os.path.join(grind, "learnlint-200.out"))

    measured = dict(commands=commands, timed=timed, memory={str(k): v for k, v in memory.items()}, ir=ir, hot=hot,
                    cores=cores, versions={
                        "learnlint": version([learnlint, "--version"]),
                        "cmark-gfm": version(["cmark-gfm", "--version"]),
                        "rumdl": version([rumdl, "--version"]),
                        "hyperfine": version(["hyperfine", "--version"]),
                        "valgrind": version(["valgrind", "--version"]),
                        "swift": version(["swift", "--version"]),
                    }, load=os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan"),
                    date=datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
    with open(results, "w", encoding="utf-8") as handle:
        json.dump(measured, handle)
    write_page(args.output, **measured)


def write_page(output, commands, timed, memory, ir, hot, cores, versions, load, date):
    memory = {int(size): value for size, value in memory.items()}
    median = {name: timed[name]["median"] for name, _ in commands}
    # CPU (user + system, mean) as well as wall: on a shared machine wall time also measures the others' load.
    cpu_time = {name: timed[name]["user"] + timed[name]["system"] for name, _ in commands}
    cpu_ratios = {
        "check/floor": cpu_time["learnlint check 10k"] / cpu_time["parse floor cmark-gfm 10k"],
        "coverage/floor": cpu_time["learnlint coverage 10k"] / cpu_time["parse floor cmark-gfm 10k"],
        "check/rumdl": cpu_time["learnlint check 10k"] / cpu_time["rumdl MD043 10k"],
        "coverage/rumdl": cpu_time["learnlint coverage 10k"] / cpu_time["rumdl MD043 10k"],
        "one/rumdl": cpu_time["learnlint check 1 doc"] / cpu_time["rumdl MD043 1 doc"],
    }
    ratios = {
        "check/floor": median["learnlint check 10k"] / median["parse floor cmark-gfm 10k"],
        "coverage/floor": median["learnlint coverage 10k"] / median["parse floor cmark-gfm 10k"],
        "check/rumdl": median["learnlint check 10k"] / median["rumdl MD043 10k"],
        "coverage/rumdl": median["learnlint coverage 10k"] / median["rumdl MD043 10k"],
        "one/rumdl": median["learnlint check 1 doc"] / median["rumdl MD043 1 doc"],
    }
    if 50_000 in memory:
        ratios["50k/10k"] = memory[50_000][0] / memory[10_000][0]
    per_doc = {
        "learnlint": (ir["learnlint 200"] - ir["learnlint 1"]) / 199,
        "cmark": (ir["cmark 200"] - ir["cmark 1"]) / 199,
    }

    cpu = "?"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            cpu = next((line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")), "?")
    except OSError:
        pass

    lines = [
        "# Performance",
        "",
        "Written by `make bench` (bench/perf.py); the analysis at the end is bench/performance-notes.md. "
        "Every timing in the first table comes from one hyperfine run, so the ratios share the machine's state; "
        "absolute times depend on the machine and its load, the ratios and instruction counts are what to compare.",
        "",
        f"- date: {date}",
        f"- machine: {cpu}, {cores} cores, {platform.system()} {platform.release()}, load average {load:.1f} at the end"
        + (" (the machine was shared: wall times are noisy)" if load > cores else ""),
        "- versions: " + "; ".join(f"{name} `{text}`" for name, text in versions.items()),
        "- corpus: `synth_corpus.py OUT N --seed 1` (10,000 documents for the timings; 200 for instructions)",
        "",
        "## Timings (hyperfine, median of the runs)",
        "",
        "| command | median s | mean s | min s | CPU s (user + sys) | runs |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, _ in commands:
        entry = timed[name]
        lines.append(f"| {name} | {entry['median']:.4f} | {entry['mean']:.4f} | {entry['min']:.4f} | "
                     f"{cpu_time[name]:.4f} | {len(entry['times'])} |")
    lines += ["", "Commands:", ""] + [f"- {name}: `{command.replace(REPO + '/', '')}`" for name, command in commands]
    lines += ["", "## Against the targets", "",
              "Ratios of medians of wall time; CPU ratios (user + system) beside them, as the machine's load inflates "
              "wall time unevenly.", "",
              "| target | wall ratio | CPU ratio | met (wall) |", "|---|---:|---:|:---:|"]
    for label, key, limit in TARGETS:
        if key in ratios:
            cpu = f"{cpu_ratios[key]:.2f} ×" if key in cpu_ratios else "—"
            lines.append(f"| {label} | {ratios[key]:.2f} × | {cpu} | {'yes' if ratios[key] <= limit else '**no**'} |")
    version_ms = median["learnlint --version"] * 1000
    lines.append(f"| `learnlint --version` ≤ 3 ms | {version_ms:.1f} ms | — | {'yes' if version_ms <= 3 else '**no**'} |")
    rss10k = memory[10_000][1]
    lines.append(f"| peak RSS at 10k ≤ 200 MB | {rss10k:.0f} MB | — | {'yes' if rss10k <= 200 else '**no**'} |")
    lines += ["", "## Memory and scaling (`check`, one run each, after the hyperfine run)", "",
              "| documents | wall s | peak RSS MB |", "|---:|---:|---:|"]
    for size, (seconds, rss) in memory.items():
        lines.append(f"| {size:,} | {seconds:.2f} | {rss:.0f} |")
    lines += [
        "",
        "## Instructions (valgrind callgrind, 200 documents, `--jobs 1`)",
        "",
        "Per document = (instructions for 200 documents − for 1) / 199, so start-up is not spread over the documents.",
        "",
        "| program | 1 document | 200 documents | per document | × floor |",
        "|---|---:|---:|---:|---:|",
        f"| learnlint check (all default rules) | {ir['learnlint 1']:,} | {ir['learnlint 200']:,} | "
        f"{per_doc['learnlint']:,.0f} | {per_doc['learnlint'] / per_doc['cmark']:.2f} |",
        f"| cmark-gfm CLI (the floor) | {ir['cmark 1']:,} | {ir['cmark 200']:,} | {per_doc['cmark']:,.0f} | 1.00 |",
        "",
        "## Where learnlint's instructions go (own instructions, 200 documents)",
        "",
        "| share | function |",
        "|---:|---|",
    ]
    for share, name in hot:
        escaped = name.replace("|", "\\|")
        lines.append(f"| {100 * share:.1f}% | `{escaped}` |")
    notes = os.path.join(REPO, "bench", "performance-notes.md")
    if os.path.isfile(notes):
        with open(notes, encoding="utf-8") as handle:
            lines += ["", handle.read().rstrip()]
    with open(output, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    print("\n".join(lines[lines.index("## Against the targets"):lines.index("## Where learnlint's instructions go (own instructions, 200 documents)")]))
    print(f"bench: wrote {os.path.relpath(output, REPO)}")


if __name__ == "__main__":
    main()
