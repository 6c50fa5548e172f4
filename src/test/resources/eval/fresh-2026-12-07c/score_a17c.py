#!/usr/bin/env python3
"""Scores the a17c blind verdicts (issue 17, seed 20261227) against the parser's output of a RegAtlas checkout.

usage: score_a17c.py [REPO]      REPO defaults to this checkout; the parser is run there as ./regatlas provisions --json DOC

Items are matched by id; an id no longer listed is looked up by its drawn text in the same document (then anywhere).
An item whose text differs from the drawn text is reported: its boundary and well-formed verdicts were given on the
drawn text and need a new look, so they are counted apart. Strength is right when the parser's strength is the
expected one or one of the 'acceptable' alternatives and its prohibition flag equals the expected one.
Also lists which drawn items occur in earlier samples (src/test/resources/eval of REPO) so held-out figures can be given.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VERDICTS = os.path.join(HERE, 'a17c-english-seed20261227.json')
EARLIER = ['fresh-2026-12-07', 'fresh-2026-12-07b', 'english-sample', 'strength-dev-2026-12-07',
           'content-sample-2026-12-07.md', 'content-sample-2026-12-07b.md']


def norm(text):
    return re.sub(r'\s+', ' ', text or '').strip()


def parser_output(repo, doc_ids):
    docs = {}
    for doc in sorted(doc_ids):
        run = subprocess.run(['./regatlas', 'provisions', '--json', doc], cwd=repo, capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f'regatlas provisions --json {doc} failed in {repo}:\n{run.stderr[-2000:]}')
        docs[doc] = json.loads(run.stdout)['provisions']
    return docs


def find(item, docs):
    """Returns (provision, how) for a drawn item: by id, else by its drawn text (same document first)."""
    doc = item['id'].split(':')[0]
    for p in docs.get(doc, []):
        if p['id'] == item['id']:
            return p, 'id'
    want = norm(item['text'])
    for scope in [doc] + [d for d in docs if d != doc]:
        for p in docs[scope]:
            if norm(p['text']) == want:
                return p, 'text'
    for p in docs.get(doc, []):  # the drawn text now inside a longer provision (a joined list, say)
        if want in norm(p['text']):
            return p, 'text-inside'
    return None, 'gone'


def earlier_samples(repo, ids):
    """id -> list of 'file (section)' of earlier samples naming it."""
    base = os.path.join(repo, 'src', 'test', 'resources', 'eval')
    files = []
    for name in EARLIER:
        path = os.path.join(base, name)
        if os.path.isdir(path):
            files += [os.path.join(path, f) for f in sorted(os.listdir(path)) if f.endswith(('.json', '.md'))]
        elif os.path.isfile(path):
            files.append(path)
    found = {i: [] for i in ids}
    for path in files:
        rel = os.path.relpath(path, base)
        section = ''
        for line in open(path, encoding='utf-8'):
            if path.endswith('.md') and line.startswith('## '):
                section = line[3:].strip()
            for i in ids:
                if re.search(r'(?<![\w.:-])' + re.escape(i) + r'(?![\w.:])', line):
                    where = f'{rel} ({section})' if section else rel
                    if where not in found[i]:
                        found[i].append(where)
    return found


def main():
    repo = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', '..', '..', '..', '..'))
    verdicts = json.load(open(VERDICTS, encoding='utf-8'))
    items = verdicts['judged']
    commit = subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], cwd=repo, capture_output=True,
                            text=True).stdout.strip()
    dirty = subprocess.run(['git', 'status', '--porcelain', '--untracked-files=no'], cwd=repo, capture_output=True,
                           text=True).stdout.strip()
    docs = parser_output(repo, {i['id'].split(':')[0] for i in items})
    overlap = earlier_samples(repo, [i['id'] for i in items])

    rows, changed, missing = [], [], []
    s_ok = b_ok = w_ok = counted_bw = 0
    held = {'n': 0, 's': 0, 'b': 0, 'w': 0, 'bw': 0}
    for it in items:
        p, how = find(it, docs)
        seen = bool(overlap[it['id']])
        if p is None:
            missing.append(it)
            continue
        strength, prohibition = p['strength'], bool(p['prohibition'])
        allowed = [it['expectedStrength']] + it.get('acceptable', [])
        s_right = strength in allowed and prohibition == it['expectedProhibition']
        same_text = norm(p['text']) == norm(it['text'])
        s_ok += s_right
        if not seen:
            held['n'] += 1
            held['s'] += s_right
        if same_text:
            counted_bw += 1
            b_ok += it['boundariesRight']
            w_ok += it['wellFormed']
            if not seen:
                held['bw'] += 1
                held['b'] += it['boundariesRight']
                held['w'] += it['wellFormed']
        else:
            changed.append((it, p, how))
        rows.append((it, p, how, s_right, strength, prohibition, same_text))

    n = len(items)
    pct = lambda a, b: f'{a}/{b} ({100.0 * a / b:.1f}%)' if b else f'{a}/{b}'
    print(f'a17c English sample (seed {verdicts["seed"]}, drawn on {verdicts["commit"]}, population '
          f'{verdicts["population"]}) scored on {repo} at {commit}' + (' (working tree has changes)' if dirty else ''))
    print(f'strength right   {pct(s_ok, n)}')
    print(f'boundaries right {pct(b_ok, counted_bw)}' + (f' (of items with unchanged text; {len(changed)} changed)'
                                                         if changed else ''))
    print(f'well-formed      {pct(w_ok, counted_bw)}')
    print(f'never in an earlier sample ({held["n"]} items): strength {pct(held["s"], held["n"])}; boundaries '
          f'{pct(held["b"], held["bw"])}; well-formed {pct(held["w"], held["bw"])}')
    print()
    print('misses:')
    for it, p, how, s_right, strength, prohibition, same_text in rows:
        flags = []
        if not s_right:
            exp = it['expectedStrength'] + ('/' + '/'.join(it['acceptable']) if it.get('acceptable') else '')
            flags.append(f'strength: parser {strength}{" prohibition" if prohibition else ""}, expected {exp}'
                         f'{" prohibition" if it["expectedProhibition"] else ""}')
        if same_text and not it['boundariesRight']:
            flags.append('boundaries')
        if same_text and not it['wellFormed']:
            flags.append('well-formed')
        if flags:
            seen = ' [earlier sample]' if overlap[it['id']] else ''
            print(f'  #{it["n"]} {it["id"]}{seen}: {"; ".join(flags)}')
            print(f'      "{it["text"][:150]}"')
            print(f'      verdict: {it["reason"]}')
    for it in missing:
        print(f'  #{it["n"]} {it["id"]}: GONE, neither its id nor its text is listed any more')
    if changed:
        print()
        print('text changed since drawing (boundary and well-formed verdicts need a new look):')
        for it, p, how in changed:
            print(f'  #{it["n"]} {it["id"]} -> {p["id"]} (found by {how})\n      drawn: "{it["text"][:200]}"\n'
                  f'      now:   "{p["text"][:200]}"')
    moved = [(it, p) for it, p, how, *_ in rows if p['id'] != it['id']]
    if moved:
        print()
        print('ids changed since drawing:')
        for it, p in moved:
            print(f'  #{it["n"]} {it["id"]} -> {p["id"]}')
    print()
    print('drawn items also in earlier samples (by id):')
    hits = [(it, overlap[it['id']]) for it in items if overlap[it['id']]]
    for it, where in hits:
        print(f'  #{it["n"]} {it["id"]}: {"; ".join(where)}')
    print(f'  {len(hits)} of {n}; never seen: {n - len(hits)}')


if __name__ == '__main__':
    main()
