#!/usr/bin/env python3
"""Language-server latency: from a keystroke (didChange) to its diagnostics (publishDiagnostics).

usage: bench/lsp.py [--size BYTES] [--rounds N] [--strict]

Starts `learnlint lsp` in a temporary workspace, opens a learnings document of about --size bytes
(default 10 KB) and sends --rounds incremental changes, one at a time, each waiting for the diagnostics
of its own version. The time includes the server's debounce delay, so it is what an editor sees; the
server's CPU time per change is printed too (on a busy machine the wall time also waits for a core). The
budget is 50 ms for a 10 KB document; with --strict the script exits 1 when the median is over it.
Environment: LEARNLINT_BIN (default .build/release/learnlint).
"""
import argparse
import json
import os
import select
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUDGET_MS = 50.0


def document(size):
    """A learnings document of about `size` bytes: the four sections, the technologies list growing."""
    head = ["# Notes from the backend track", "", "## Key Technologies", ""]
    names = ["Docker", "PostgreSQL", "Redis", "Github Actions", "Django", "Celery", "RabbitMQ", "Nginx"]
    tail = [
        "",
        "## Important Backend Development Concepts",
        "",
        "- Indexes that match the queries the service really runs",
        "- Idempotent endpoints, so a retried request changes nothing twice",
        "",
        "## Challenges Faced and Solutions Implemented",
        "",
        "- **Challenge:** The nightly import timed out on large files.",
        "- **Solution:** Streamed the rows in batches and committed every thousand.",
        "",
        "## Best Practices and Personal Takeaways",
        "",
        "- Measure before optimising, and keep the measurement in the repository.",
        "",
    ]
    items = []
    index = 0
    while len("\n".join(head + items + tail)) < size:
        name = names[index % len(names)]
        items.append(f"- {name} for part {index} of the service, configured per environment and documented")
        index += 1
    return "\n".join(head + items + tail)


def cpu_seconds(pid):
    """User plus system CPU time of a process so far (Linux /proc; 0 elsewhere). On a loaded machine the
    wall-clock latency waits for a core; the CPU time per change is what the server itself spends."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


class Server:
    def __init__(self, binary, cwd):
        self.process = subprocess.Popen([binary, "lsp"], cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.buffer = b""

    def send(self, message):
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def receive(self, timeout=10.0):
        deadline = time.monotonic() + timeout
        while True:
            if b"\r\n\r\n" in self.buffer:
                header, rest = self.buffer.split(b"\r\n\r\n", 1)
                length = int(header.split(b":", 1)[1])
                if len(rest) >= length:
                    self.buffer = rest[length:]
                    return json.loads(rest[:length])
            ready, _, _ = select.select([self.process.stdout], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                sys.exit("bench/lsp: the server did not answer in time")
            chunk = os.read(self.process.stdout.fileno(), 1 << 16)
            if not chunk:
                sys.exit("bench/lsp: the server closed its output")
            self.buffer += chunk

    def diagnostics(self, uri, version):
        while True:
            message = self.receive()
            params = message.get("params") or {}
            if message.get("method") == "textDocument/publishDiagnostics" and params.get("uri") == uri \
                    and params.get("version") == version:
                return params["diagnostics"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args()
    binary = os.path.abspath(os.environ.get("LEARNLINT_BIN", os.path.join(REPO, ".build", "release", "learnlint")))
    with tempfile.TemporaryDirectory() as workspace:
        path = os.path.join(workspace, "alice", "README.md")
        os.makedirs(os.path.dirname(path))
        text = document(args.size)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        uri = "file://" + path
        server = Server(binary, workspace)
        server.send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                     "params": {"rootUri": "file://" + workspace, "capabilities": {}}})
        server.receive()
        server.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
        found = server.diagnostics(uri, 1)
        # Typing on the last technology line: insert a letter, then delete it again.
        line = text.split("\n").index("## Important Backend Development Concepts") - 2
        latencies = []
        cpu_before = cpu_seconds(server.process.pid)
        for round_number in range(args.rounds):
            version = round_number + 2
            position = {"line": line, "character": 2}
            if round_number % 2 == 0:
                change = {"range": {"start": position, "end": position}, "text": "x"}
            else:
                change = {"range": {"start": position, "end": {"line": line, "character": 3}}, "text": ""}
            start = time.perf_counter()
            server.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
                "textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}})
            server.diagnostics(uri, version)
            latencies.append((time.perf_counter() - start) * 1000)
        cpu_per_change = (cpu_seconds(server.process.pid) - cpu_before) * 1000 / args.rounds
        server.send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
        server.receive()
        server.send({"jsonrpc": "2.0", "method": "exit"})
        server.process.wait(timeout=10)
    latencies.sort()
    p50 = statistics.median(latencies)
    p95 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))]
    print(f"lsp: didChange -> publishDiagnostics, {len(text)} byte document, {len(found)} findings, "
          f"{args.rounds} changes (debounce included)")
    print(f"  median {p50:.1f} ms, p95 {p95:.1f} ms, max {latencies[-1]:.1f} ms (budget {BUDGET_MS:.0f} ms); "
          f"server CPU {cpu_per_change:.1f} ms per change")
    if args.strict and p50 > BUDGET_MS:
        sys.exit(f"bench/lsp: the median {p50:.1f} ms is over the {BUDGET_MS:.0f} ms budget")


if __name__ == "__main__":
    main()
