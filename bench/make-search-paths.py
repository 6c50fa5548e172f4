#!/usr/bin/env python3
"""Writes bench/search-paths.txt: the dev queries as /api/search paths, plain, with filters and with paging."""
import json, sys, urllib.parse
src = sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/search-dev.json"
out = sys.argv[2] if len(sys.argv) > 2 else "bench/search-paths.txt"
queries = [q["query"] for q in json.load(open(src, encoding="utf-8"))["queries"]]
variants = ["", "&jurisdiction=CN", "&strength=MUST,SHOULD", "&page=2", "&jurisdiction=US,EU&size=20"]
with open(out, "w", encoding="utf-8") as f:
    for i, q in enumerate(queries):
        for v in variants[: 1 + (i % len(variants))]:
            f.write("/api/search?q=" + urllib.parse.quote(q) + v + "\n")
