#!/usr/bin/env python3
"""RegAtlas (HTTP /api/search) against PostgreSQL full-text search (bench/pg/search.sql): quality and speed.

Quality: each dev query is sent once to each engine, unchanged and without filters; the top 10 hit texts are
scored with the reference implementation of ../shared/eval/README.md (graded markers, each credited once).
Speed: every client keeps one persistent connection (HTTP keep-alive, or one PostgreSQL connection) and sends the
dev queries round-robin for a fixed time, sequentially (1 client) and with N client processes; queries/s counts
the answers completed inside the window, latency is measured in the client around one request plus decoding.
RegAtlas is measured twice: with its result cache off (every query searched, as PostgreSQL searches it) and as
shipped, cache on; with 30 queries round-robin, every answer after the first round then comes from the cache.

    compare.py --regatlas URL [--regatlas-cached URL] --pg DSN --sql search.sql --queries search-dev.json
               [--duration S] [--concurrency N] [--warmup S] [--eval-json F] [--json-out F]
"""
import argparse
import http.client
import json
import math
import multiprocessing as mp
import os
import re
import signal
import sys
import time
import urllib.parse

import psycopg

# ---- quality: the reference scorer of ../shared/eval/README.md, unchanged ----
WS = re.compile(r"\s+")


def norm(s):
    return WS.sub("", s or "")


def score(query, hits, k=10):
    markers = [(norm(r["marker"]), r["grade"]) for r in query["relevant"]]
    credited, dcg, rr = set(), 0.0, 0.0
    for i, text in enumerate(hits[:k], start=1):
        t = norm(text)
        new = [(j, g) for j, (m, g) in enumerate(markers) if j not in credited and m in t]
        if new:
            credited.update(j for j, _ in new)
            dcg += (2 ** max(g for _, g in new) - 1) / math.log2(i + 1)
            rr = rr or 1.0 / i
    ideal = sorted((g for _, g in markers), reverse=True)[:k]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return {"ndcg": dcg / idcg, "recall": len(credited) / len(markers), "rr": rr}


# ---- engines: one persistent connection per client ----
class RegAtlas:
    label = "RegAtlas"

    def __init__(self, url):
        u = urllib.parse.urlsplit(url)
        self.host, self.port = u.hostname, u.port
        self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)

    def search(self, q):
        self.conn.request("GET", "/api/search?size=10&q=" + urllib.parse.quote(q))
        r = self.conn.getresponse()
        body = r.read()
        if r.status != 200:
            raise RuntimeError(f"HTTP {r.status}: {body[:200]!r}")
        return [h["text"] for h in json.loads(body)["hits"]]

    def close(self):
        self.conn.close()


class Postgres:
    def __init__(self, dsn, sql, prepare):
        # prepare=True is psycopg's default: a statement run 5 times on a connection becomes a server-side
        # prepared statement (the driver default of psycopg 3 and of the JDBC driver alike).
        self.conn = psycopg.connect(dsn, autocommit=True, prepare_threshold=5 if prepare else None)
        self.sql = sql

    def search(self, q):
        rows = self.conn.execute(self.sql, {"q": q}).fetchall()
        return [r[6] for r in rows]

    def close(self):
        self.conn.close()


def load_sql(path):
    """search.sql with its comment lines dropped and $1 as a psycopg placeholder."""
    lines = [l for l in open(path, encoding="utf-8") if not l.lstrip().startswith("--")]
    return "".join(lines).replace("%", "%%").replace("$1", "%(q)s").strip()


def make_engine(spec):
    kind, args = spec
    if kind == "regatlas":
        return RegAtlas(*args)
    return Postgres(*args)


# ---- speed ----
def client(spec, queries, offset, start_at, end_at, out):
    """One client: waits for start_at, sends queries round-robin until end_at; puts its latencies (s)."""
    eng = make_engine(spec)
    lat, errors, i = [], 0, offset
    try:
        while time.time() < start_at:
            time.sleep(0.001)
        while True:
            t0 = time.perf_counter()
            if time.time() >= end_at:
                break
            try:
                eng.search(queries[i % len(queries)])
            except Exception as e:  # counted and reported, never silently dropped
                errors += 1
                if errors == 1:
                    print(f"  error: {e}", file=sys.stderr)
                if errors > 100:
                    break
                eng.close()
                eng = make_engine(spec)
                continue
            t1 = time.perf_counter()
            if time.time() <= end_at:  # an answer that arrived after the window is not counted
                lat.append(t1 - t0)
            i += 1
    finally:
        eng.close()
    out.put((lat, errors))


def run_load(spec, queries, clients, seconds):
    ctx = mp.get_context("fork")
    out = ctx.Queue()
    start_at = time.time() + 1.0  # every client has connected before the window opens
    procs = [ctx.Process(target=client, args=(spec, queries, k * len(queries) // clients, start_at,
                                               start_at + seconds, out), daemon=True) for k in range(clients)]
    for p in procs:
        p.start()
    results = [out.get() for _ in procs]
    for p in procs:
        p.join()
    lat = sorted(x for l, _ in results for x in l)
    errors = sum(e for _, e in results)
    return {"clients": clients, "seconds": seconds, "queries": len(lat), "errors": errors,
            "qps": len(lat) / seconds, "p50_ms": pct(lat, 50) * 1000, "p99_ms": pct(lat, 99) * 1000}


def pct(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = max(0, math.ceil(p / 100 * len(sorted_values)) - 1)  # nearest rank
    return sorted_values[k]


def measure(runs, levels, seconds, warmup, warm_clients, title):
    """Warms every engine up with warm_clients clients (RegAtlas without its cache for `warmup` seconds, its JIT
    compiler having the most to do; the others 3 at most), then runs each at every number of clients in `levels`,
    engines in turn so that a slow phase of the machine hits all of them. runs: name -> run(clients, seconds), which
    gives the figures (qps, p50_ms, p99_ms, errors; queries if it counts its answers). Also used by native.py."""
    print(f"{title}warm-up: {warmup:.0f} s for RegAtlas without its cache, {min(warmup, 3):.0f} s for the others")
    for name, run in runs.items():
        run(warm_clients, warmup if name == "regatlas" else min(warmup, 3))
    speed = {name: {} for name in runs}
    for clients in levels:
        for name, run in runs.items():
            r = run(clients, seconds)
            speed[name][clients] = r
            answers = f"{r['queries']} answers, " if "queries" in r else ""
            print(f"  {name:15s} {clients} client(s): {r['qps']:8.1f} queries/s  p50 {r['p50_ms']:7.2f} ms"
                  f"  p99 {r['p99_ms']:7.2f} ms  ({answers}{r['errors']} errors)")
    return speed


def markdown(head, rows):
    """Prints a Markdown table."""
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join("---" for _ in head) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


# ---- quality ----
def quality(spec, evalset):
    eng = make_engine(spec)
    per, lists = [], []
    try:
        for q in evalset:
            hits = eng.search(q["query"])
            lists.append(hits)
            per.append((q, score(q, hits)))
    finally:
        eng.close()

    def mean(lang, key):
        xs = [s[key] for q, s in per if lang is None or q["lang"] == lang]
        return sum(xs) / len(xs) if xs else float("nan")

    res = {}
    for lang in (None, "en", "zh", "mixed"):
        name = lang or "all"
        res[name] = {"n": sum(1 for q, _ in per if lang is None or q["lang"] == lang),
                     "ndcg": mean(lang, "ndcg"), "recall": mean(lang, "recall"), "mrr": mean(lang, "rr")}
    res["per_query"] = {q["id"]: s for q, s in per}
    return res, lists


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--regatlas", required=True, help="a RegAtlas server with its result cache off")
    ap.add_argument("--regatlas-cached", help="a RegAtlas server as shipped (result cache on)")
    ap.add_argument("--pg", required=True)
    ap.add_argument("--sql", required=True)
    ap.add_argument("--queries", required=True)
    ap.add_argument("--duration", type=float, default=10)
    ap.add_argument("--concurrency", type=int, default=2)
    ap.add_argument("--warmup", type=float, default=10)
    ap.add_argument("--eval-json", help="regatlas eval --json output, to cross-check the HTTP-side nDCG")
    ap.add_argument("--json-out")
    a = ap.parse_args()
    # Stopped by the calling script: exit normally, so that the client processes (daemons) are ended too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    evalset = json.load(open(a.queries, encoding="utf-8"))["queries"]
    queries = [q["query"] for q in evalset]
    sql = load_sql(a.sql)
    engines = {"regatlas": ("regatlas", (a.regatlas,)), "pg": ("pg", (a.pg, sql, True))}
    if a.regatlas_cached:
        engines["regatlas_cached"] = ("regatlas", (a.regatlas_cached,))
    engines["pg_unprepared"] = ("pg", (a.pg, sql, False))

    print(f"quality: {len(evalset)} queries, top 10, reference scorer")
    qual, lists = {}, {}
    for name, spec in engines.items():
        qual[name], lists[name] = quality(spec, evalset)
    for x, y in (("pg", "pg_unprepared"), ("regatlas", "regatlas_cached")):
        if y in lists and lists[x] != lists[y]:
            print(f"  warning: {x} and {y} returned different lists", file=sys.stderr)
    if a.eval_json:
        ev = json.load(open(a.eval_json, encoding="utf-8"))["overall"]["ndcg"]
        print(f"  RegAtlas nDCG@10 over HTTP {qual['regatlas']['all']['ndcg']:.4f}, "
              f"`regatlas eval` in process {ev:.4f}")

    runs = {name: (lambda c, t, spec=spec: run_load(spec, queries, c, t)) for name, spec in engines.items()}
    speed = measure(runs, (1, a.concurrency), a.duration, a.warmup, a.concurrency, "")

    table(qual, speed, a.concurrency, a.duration, len(queries))
    if a.json_out:
        with open(a.json_out, "w", encoding="utf-8") as f:
            json.dump({"quality": qual, "speed": speed, "concurrency": a.concurrency, "duration": a.duration,
                       "loadavg": os.getloadavg()}, f, indent=2)
    if any(r["errors"] for s in speed.values() for r in s.values()):
        sys.exit("errors during the load runs (see above)")


def table(qual, speed, n, duration, nq):
    """One row per figure; columns: RegAtlas, PostgreSQL, their ratio, then the cached server and unprepared SQL."""
    cols = [("RegAtlas (no result cache)", "regatlas"), ("PostgreSQL", "pg"), ("RegAtlas / PostgreSQL", None)]
    if "regatlas_cached" in speed:
        cols += [("RegAtlas, result cache on", "regatlas_cached"), ("cached / PostgreSQL", "cached-ratio")]
    cols += [("PostgreSQL, unprepared", "pg_unprepared")]

    def ratio(x, y):
        return f"{x / y:.2f}x" if y else "-"

    rows = []
    for c in (1, n):
        label = "1 client" if c == 1 else f"{c} clients"
        for what, key, fmt in (("queries/s", "qps", "{:,.1f}"), ("p50 latency", "p50_ms", "{:.1f} ms"),
                               ("p99 latency", "p99_ms", "{:.1f} ms")):
            row = [f"{what}, {label}"]
            for _, eng in cols:
                if eng is None:
                    row.append(ratio(speed["regatlas"][c][key], speed["pg"][c][key]))
                elif eng == "cached-ratio":
                    row.append(ratio(speed["regatlas_cached"][c][key], speed["pg"][c][key]))
                else:
                    row.append(fmt.format(speed[eng][c][key]))
            rows.append(row)
    for label, lang, key in [(f"nDCG@10, {l} ({qual['regatlas'][l]['n']})", l, "ndcg") for l in ("all", "en", "zh", "mixed")] \
            + [("Recall@10, all", "all", "recall"), ("MRR, all", "all", "mrr")]:
        row = [label]
        for _, eng in cols:
            if eng is None:
                row.append(f"{qual['regatlas'][lang][key] - qual['pg'][lang][key]:+.4f}")
            elif eng == "cached-ratio":
                row.append(f"{qual['regatlas_cached'][lang][key] - qual['pg'][lang][key]:+.4f}")
            else:
                row.append(f"{qual[eng][lang][key]:.4f}")
        rows.append(row)
    head = [""] + [h for h, _ in cols]
    print()
    print(f"{nq} dev queries round-robin, {duration:.0f} s per run, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.2f} at the end")
    markdown(head, rows)
    print("(ratio columns: queries/s and latency as RegAtlas / PostgreSQL; nDCG, recall and MRR as RegAtlas - PostgreSQL)")


if __name__ == "__main__":
    main()
