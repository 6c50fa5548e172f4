#!/usr/bin/env python3
"""RegAtlas against PostgreSQL, speed only, each driven by its own native load generator: wrk for RegAtlas's HTTP
API, pgbench for PostgreSQL. Both are C programs that cost a few microseconds per request, so the figures are the
engines' own; compare.py's Python client costs about 0.3 ms per request (decoding RegAtlas's 10-13 KB of JSON is
half of it), as much as RegAtlas's whole search, and so understates the faster engine.

Levels: 1 client, then CONCURRENCY, 2x and 4x as many; the table ends with each engine's peak over the levels.
The same 30 dev queries, unchanged: wrk cycles through GET /api/search?size=10&q=... (bench/search-mix.lua), one
keep-alive connection per client; pgbench runs bench/pg/search.sql as a prepared statement, one connection per
client, the query text picked at random from the 30 by a number that is the statement's parameter (pgbench
variables hold no strings), so PostgreSQL plans it as it plans compare.py's parameter.

    native.py --regatlas URL [--regatlas-cached URL] --dsn DSN --pgbench PATH --sql search.sql
              --queries search-dev.json --work DIR [--duration S] [--concurrency N] [--warmup S] [--json-out F]
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import urllib.parse

import psycopg

from compare import markdown, measure, pct  # the same percentile, runs and table as the Python client's

HERE = os.path.dirname(os.path.abspath(__file__))
MIX = os.path.join(os.path.dirname(HERE), "search-mix.lua")


def wrk(url, paths, clients, seconds):
    """wrk on `clients` connections: requests/s, p50/p99 (ms) and errors."""
    out = subprocess.run(["wrk", f"-t{threads(clients)}", f"-c{clients}", f"-d{seconds}s", "--latency", "-s", MIX, url],
                         env={**os.environ, "QUERIES": paths}, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = int(re.search(r"non-200 responses: (\d+)", out).group(1))
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors += sum(int(x) for x in sock.groups()) if sock else 0
    return {"clients": clients, "qps": rps, "p50_ms": latency(out, "50%"), "p99_ms": latency(out, "99%"),
            "errors": errors}


def threads(clients):
    """One client thread per connection, at most one per core: the generators' threads are event loops."""
    return max(1, min(clients, os.cpu_count() or 1))


def latency(out, label):
    m = re.search(rf"^\s+{re.escape(label)}\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    return float(m.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[m.group(2)]


def pgbench(binary, dsn, script, work, clients, seconds):
    """pgbench, prepared statements, `clients` connections: queries/s, p50/p99 (ms), failures."""
    conn = psycopg.conninfo.conninfo_to_dict(dsn)
    prefix = os.path.join(work, "pgbench-log")
    for f in glob.glob(prefix + ".*"):
        os.remove(f)
    cmd = [binary, "-n", "-M", "prepared", "-c", str(clients), "-j", str(threads(clients)), "-T", str(seconds),
           "--log", f"--log-prefix={prefix}", "-f", script, "-h", conn["host"], "-p", str(conn["port"]),
           "-U", conn["user"], conn["dbname"]]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    tps = float(re.search(r"^tps = ([\d.]+)", out, re.M).group(1))
    failed = int(re.search(r"number of failed transactions: (\d+)", out).group(1))
    lat = []
    for f in glob.glob(prefix + ".*"):  # one line per transaction: client, number, latency in microseconds, ...
        with open(f) as fh:
            lat += [int(line.split()[2]) / 1000 for line in fh if line.strip()]
    lat.sort()
    return {"clients": clients, "qps": tps, "p50_ms": pct(lat, 50), "p99_ms": pct(lat, 99), "errors": failed}


def prepare(queries, sql_path, work):
    """The wrk path list and the pgbench script; returns (paths file, script file)."""
    paths = os.path.join(work, "search-paths.txt")
    with open(paths, "w", encoding="utf-8") as f:
        for q in queries:  # exactly the request compare.py sends
            f.write("/api/search?size=10&q=" + urllib.parse.quote(q) + "\n")
    for q in queries:
        if re.search(r":[A-Za-z_]", q):
            sys.exit(f"native.py: pgbench would read ':name' in {q!r} as one of its variables")
    # pgbench variables hold numbers only, so the query text is picked from an array constant by a random number;
    # with -M prepared that number is the statement's parameter, and the planner knows the text no more than it
    # does with psycopg's parameter: the same generic plan.
    texts = "(ARRAY[" + ", ".join("'" + q.replace("'", "''") + "'" for q in queries) + "]::text[])[:i]"
    lines = [l for l in open(sql_path, encoding="utf-8") if not l.lstrip().startswith("--")]
    search = " ".join("".join(lines).split()).replace("$1", texts)  # pgbench: one line per statement
    script = os.path.join(work, "pgbench-search.sql")
    with open(script, "w", encoding="utf-8") as f:
        f.write(f"\\set i random(1, {len(queries)})\n")
        f.write(search + ";\n")
    return paths, script


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--regatlas", required=True, help="a RegAtlas server with its result cache off")
    ap.add_argument("--regatlas-cached", help="a RegAtlas server as shipped (result cache on)")
    ap.add_argument("--dsn", required=True)
    ap.add_argument("--pgbench", required=True)
    ap.add_argument("--sql", required=True)
    ap.add_argument("--queries", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--duration", type=int, default=10)
    ap.add_argument("--concurrency", type=int, default=2)
    ap.add_argument("--warmup", type=int, default=10)
    ap.add_argument("--json-out")
    a = ap.parse_args()

    queries = [q["query"] for q in json.load(open(a.queries, encoding="utf-8"))["queries"]]
    paths, script = prepare(queries, a.sql, a.work)
    runs = {"regatlas": lambda c, s: wrk(a.regatlas, paths, c, s),
            "pg": lambda c, s: pgbench(a.pgbench, a.dsn, script, a.work, c, s)}
    if a.regatlas_cached:
        runs["regatlas_cached"] = lambda c, s: wrk(a.regatlas_cached, paths, c, s)

    # 1 client: one user's searches one after another (latency-bound). CONCURRENCY clients and 2x and 4x that: as
    # clients are added each engine reaches the most it can answer on this machine (its peak), PostgreSQL at about
    # one client per core, RegAtlas later, since its answers are so short that the hops between client and server
    # leave a core idle while a request is in transit.
    levels = sorted({1, a.concurrency, 2 * a.concurrency, 4 * a.concurrency})
    speed = measure(runs, levels, a.duration, a.warmup, a.concurrency, "native load generators (wrk, pgbench), ")
    table(speed, levels, a.duration)
    if a.json_out:  # added to compare.py's figures under "native" when that file is there
        figures = json.load(open(a.json_out, encoding="utf-8")) if os.path.exists(a.json_out) else {}
        figures["native"] = {"speed": speed, "concurrency": a.concurrency, "duration": a.duration,
                             "loadavg": os.getloadavg()}
        with open(a.json_out, "w", encoding="utf-8") as f:
            json.dump(figures, f, indent=2)
    if any(r["errors"] for s in speed.values() for r in s.values()):
        sys.exit("errors during the native load runs (see above)")


def table(speed, levels, duration):
    cached = "regatlas_cached" in speed
    head = ["", "RegAtlas, no result cache (wrk)", "PostgreSQL (pgbench)", "RegAtlas / PostgreSQL"]
    if cached:
        head += ["RegAtlas, result cache on (wrk)", "cached / PostgreSQL"]
    rows = []
    for c in levels:
        label = "1 client" if c == 1 else f"{c} clients"
        ra, pg = speed["regatlas"][c], speed["pg"][c]
        row = [f"queries/s, {label}", f"{ra['qps']:,.1f}",
               f"{pg['qps']:,.1f}", f"{ra['qps'] / pg['qps']:.2f}x"]
        lat = [f"p50 / p99 latency, {label}", f"{ra['p50_ms']:.2f} / {ra['p99_ms']:.2f} ms",
               f"{pg['p50_ms']:.2f} / {pg['p99_ms']:.2f} ms",
               f"{ra['p50_ms'] / pg['p50_ms']:.2f}x / {ra['p99_ms'] / pg['p99_ms']:.2f}x"]
        if cached:
            rc = speed["regatlas_cached"][c]
            row += [f"{rc['qps']:,.1f}", f"{rc['qps'] / pg['qps']:.2f}x"]
            lat += [f"{rc['p50_ms']:.2f} / {rc['p99_ms']:.2f} ms",
                    f"{rc['p50_ms'] / pg['p50_ms']:.2f}x / {rc['p99_ms'] / pg['p99_ms']:.2f}x"]
        rows += [row, lat]
    peak = {name: max(s.values(), key=lambda r: r["qps"]) for name, s in speed.items()}
    row = ["peak queries/s (clients)", f"{peak['regatlas']['qps']:,.1f} ({peak['regatlas']['clients']})",
           f"{peak['pg']['qps']:,.1f} ({peak['pg']['clients']})", f"{peak['regatlas']['qps'] / peak['pg']['qps']:.2f}x"]
    if cached:
        row += [f"{peak['regatlas_cached']['qps']:,.1f} ({peak['regatlas_cached']['clients']})",
                f"{peak['regatlas_cached']['qps'] / peak['pg']['qps']:.2f}x"]
    rows.append(row)
    print()
    print(f"native load generators, {duration} s per run, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.2f} at the end")
    markdown(head, rows)
    print("(ratio columns: queries/s and latency as RegAtlas / PostgreSQL)")


if __name__ == "__main__":
    main()
