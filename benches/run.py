#!/usr/bin/env python3
"""Runs host's benchmarks and prints host's figures next to node's, both
measured in the same run on the same machine.

    cargo build --release
    python3 benches/run.py [bench-name-part ...]

The start-up figure is the median wall time of `<bin> benches/empty.js`
over 30 runs. Every other benches/*.js prints one JSON line per figure,
{"name": ..., "value": ..., "unit": ..., "better": "lower"|"higher"}, and runs
under both binaries. HOST_BENCH_BIN and HOST_BENCH_NODE override the binaries.
"""
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCHES = os.path.join(ROOT, "benches")


def find_node():
    if os.environ.get("HOST_BENCH_NODE"):
        return os.environ["HOST_BENCH_NODE"]
    cached = os.path.expanduser("~/.cache/node24/node_modules/node/bin/node")
    if os.path.exists(cached):
        return cached
    return "node"


def find_host():
    if os.environ.get("HOST_BENCH_BIN"):
        return os.environ["HOST_BENCH_BIN"]
    for profile in ("release", "debug"):
        path = os.path.join(ROOT, "target", profile, "host")
        if os.path.exists(path):
            if profile == "debug":
                print("warning: using a debug build; run `cargo build --release` first", file=sys.stderr)
            return path
    sys.exit("no host binary: run `cargo build --release` first")


def startup(binary, runs=30):
    empty = os.path.join(BENCHES, "empty.js")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([binary, empty], check=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run_bench(binary, script):
    proc = subprocess.run([binary, script], capture_output=True, text=True, timeout=600, cwd=BENCHES)
    figures = {}
    for line in proc.stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                fig = json.loads(line)
                figures[fig["name"]] = fig
            except (ValueError, KeyError):
                pass
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-3:]
        print(f"  {os.path.basename(binary)} failed on {os.path.basename(script)}: {' | '.join(tail)}", file=sys.stderr)
    return figures


def row(name, unit, host_value, node_value, better="lower"):
    if host_value is None or node_value is None:
        ratio = "n/a"
    elif better == "lower":
        ratio = f"{node_value / host_value:.2f}x" if host_value else "inf"
    else:
        ratio = f"{host_value / node_value:.2f}x" if node_value else "inf"
    fmt = lambda v: "-" if v is None else f"{v:,.3f}"
    print(f"{name:<44} {fmt(host_value):>14} {fmt(node_value):>14} {unit:<8} {ratio:>8}")


def main():
    host, node = find_host(), find_node()
    filters = sys.argv[1:]
    print(f"host: {host}\nnode: {node} ({subprocess.run([node, '--version'], capture_output=True, text=True).stdout.strip()})")
    print(f"{'figure':<44} {'host':>14} {'node':>14} {'unit':<8} {'host is':>8}")
    if not filters or any(f in "startup" for f in filters):
        row("startup: run empty.js (median of 30)", "ms", startup(host), startup(node))
    for name in sorted(os.listdir(BENCHES)):
        if not name.endswith(".js") or name == "empty.js":
            continue
        if filters and not any(f in name for f in filters):
            continue
        script = os.path.join(BENCHES, name)
        h, n = run_bench(host, script), run_bench(node, script)
        for key in list(dict.fromkeys(list(n) + list(h))):
            fig = n.get(key) or h.get(key)
            row(key, fig.get("unit", ""), h.get(key, {}).get("value"), n.get(key, {}).get("value"), fig.get("better", "lower"))
    print("('host is' = how many times faster host is than node on that figure)")


if __name__ == "__main__":
    main()
