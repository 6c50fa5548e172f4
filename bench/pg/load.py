#!/usr/bin/env python3
"""Loads every provision that RegAtlas indexes into PostgreSQL (bench/pg/schema.sql).

The provisions are read from the running RegAtlas server (/api/documents, /api/documents/{id}/provisions), so
PostgreSQL gets exactly the documents and provisions the search index holds.
    load.py REGATLAS_URL PG_DSN SCHEMA.sql
"""
import json
import sys
import urllib.parse
import urllib.request

import psycopg


def get(base, path):
    with urllib.request.urlopen(base + path, timeout=60) as r:
        return json.load(r)


def main():
    base, dsn, schema = sys.argv[1], sys.argv[2], sys.argv[3]
    health = get(base, "/api/health")
    rows = []
    for doc in get(base, "/api/documents")["documents"]:
        path = "/api/documents/" + urllib.parse.quote(doc["id"], safe="") + "/provisions"
        for p in get(base, path)["provisions"]:
            text = p["text"] or ""
            # A digest carries both language versions; keep the one that is not already the shown text.
            other = [t for t in (p.get("textEn"), p.get("textZh")) if t and t.strip() != text.strip()]
            headings = " / ".join((p.get("section") or {}).get("headings") or [])
            rows.append((p["id"], p["docId"], p.get("docTitle"), p.get("jurisdiction"), p.get("agency"),
                         p.get("strength"), p.get("provenance"), p.get("lang"), headings, text, " ".join(other)))
    if len(rows) != health["provisions"]:
        sys.exit(f"load: read {len(rows)} provisions but the server indexes {health['provisions']}")
    cols = "id, doc_id, doc_title, jurisdiction, agency, strength, provenance, lang, headings, text, text_other"
    with psycopg.connect(dsn) as conn:  # one transaction: schema and rows
        with conn.cursor() as cur:
            cur.execute(open(schema, encoding="utf-8").read())
            with cur.copy(f"COPY provision ({cols}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
    with psycopg.connect(dsn, autocommit=True) as conn:  # VACUUM cannot run inside a transaction
        conn.execute("VACUUM ANALYZE provision")
        n, docs = conn.execute("SELECT count(*), count(DISTINCT doc_id) FROM provision").fetchone()
    print(f"loaded {n} provisions of {docs} documents (server: {health['provisions']} of {health['documents']})")


if __name__ == "__main__":
    main()
