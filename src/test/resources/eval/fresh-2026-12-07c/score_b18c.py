#!/usr/bin/env python3
"""Score blind verbatim (strength, well-formed) and topic verdicts against the parser's output at a repository's
current commit: by default this folder's b18c/c18c samples; other rounds pass their own files.

Usage: score_b18c.py [REPO] [--verbatim FILE] [--topics FILE|none] [--scored-out DIR]
  REPO defaults to this checkout; its ./regatlas provisions --json DOC-ID is run for each document drawn.
  --verbatim, --topics: the verdict files (default this folder's b18c and c18c); `--topics none` scores the
  verbatim sample alone (fresh-2026-12-07d: --verbatim ../fresh-2026-12-07d/b18d-verbatim-seed20261240.json).
  --scored-out DIR also writes the verdict files with the parser's fields added (strength, prohibition, topics,
  strengthRight, topicsRight), in the shape of the earlier fresh samples.

Matching: by id; when the id is gone or its text changed, by text (whitespace removed) within the same document.
An item whose text changed since drawing is reported and left out of the well-formed figure (its verdict was on
the old text; re-judge it). Figures are also given for items never drawn in an earlier sample under
src/test/resources/eval/ (found by id; checklist answer keys are reported but do not count as samples).
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VERB = os.path.join(HERE, 'b18c-verbatim-seed20261228.json')
TOPS = os.path.join(HERE, 'c18c-topics-seed20261229.json')
GROUPS = {'safety', 'efficacy', 'design', 'population', 'treatment', 'pharmacology', 'cmc', 'nonclinical',
          'postmarketing', 'regulatory'}


def squash(s):
    return re.sub(r'\s+', '', s or '')


def load_docs(repo, docs):
    out = {}
    for d in sorted(docs):
        r = subprocess.run(['./regatlas', 'provisions', '--json', d], cwd=repo, capture_output=True, text=True)
        if r.returncode != 0:
            print(f'! {d}: regatlas failed ({r.returncode}): {r.stderr.strip()[-300:]}')
            out[d] = []
            continue
        out[d] = json.loads(r.stdout)['provisions']
    return out


def match(item, provs):
    """Returns (provision or None, how) where how is 'id', 'text' (id moved), 'id-text-changed' or 'gone'."""
    by_id = {p['id']: p for p in provs}
    want = squash(item['text'])
    p = by_id.get(item['id'])
    if p is not None and squash(p['text']) == want:
        return p, 'id'
    same = [q for q in provs if squash(q['text']) == want]
    if same:
        return same[0], 'text'
    if p is not None:
        return p, 'id-text-changed'
    return None, 'gone'


def earlier_samples(repo, seeds):
    """Files of earlier samples and answer keys under the repo's eval folder, the scored sample's own folder (named
    by its seeds) left out."""
    root = os.path.join(repo, 'src', 'test', 'resources', 'eval')
    files = []
    for dirpath, _, names in os.walk(root):
        if any(f'seed{seed}' in n for n in names for seed in seeds):
            continue  # this sample's own folder, once it is committed
        for n in names:
            if n.endswith(('.json', '.md')):
                files.append(os.path.join(dirpath, n))
    texts = {}
    for f in sorted(files):
        with open(f, encoding='utf-8') as fh:
            texts[os.path.relpath(f, root)] = fh.read()
    return texts


def heading_topics(repo, headings):
    """Topics a provision's own section headings name (label, synonym or abbreviation), groups left out: the
    c18b criterion counts such a tag right."""
    tax = json.load(open(os.path.join(repo, 'corpus', 'taxonomy.json'), encoding='utf-8'))
    found = set()
    for t in tax['topics']:
        if t['id'] in GROUPS:
            continue
        words = [t['label']['en'], t['label']['zh']] + t['synonyms']['en'] + t['synonyms']['zh'] + t['abbreviations']
        for h in headings:
            for w in words:
                if not w:
                    continue
                if re.search(r'[\u4e00-\u9fff]', w):
                    hit = w in h
                else:
                    hit = re.search(r'(?<![A-Za-z0-9])' + re.escape(w) + r'(?![A-Za-z0-9])', h, re.I)
                if hit:
                    found.add(t['id'])
    return found


def locate(it, provs, seen, part, overlap, gone, moved, changed):
    """The provision the judged item is now (None when gone), noting where it was seen before and how it moved."""
    p, how = match(it, provs[it['doc']])
    samples, keys = seen(it)
    if samples or keys:
        overlap.append((it['n'], it['id'], samples, keys))
    tag = f"{part} #{it['n']} {it['id']}"
    if how == 'gone':
        gone.append(tag)
        it['scored'] = None
        return None, how, tag, samples
    if how == 'text':
        moved.append(f"{tag} -> {p['id']}")
    if how == 'id-text-changed':
        changed.append(f"{tag}: was {it['text'][:90]!r} now {p['text'][:90]!r}")
    return p, how, tag, samples


def seen_in(pid, texts):
    pat = re.compile(r'(?<![A-Za-z0-9-])' + re.escape(pid) + r'(?![0-9])')
    return [f for f, t in texts.items() if pat.search(t)]


def main():
    args = sys.argv[1:]
    scored_out = None
    if '--scored-out' in args:
        i = args.index('--scored-out')
        scored_out = args[i + 1]
        del args[i:i + 2]
    verb_file, tops_file = VERB, TOPS
    if '--verbatim' in args:
        i = args.index('--verbatim')
        verb_file = os.path.abspath(args[i + 1])
        del args[i:i + 2]
    if '--topics' in args:
        i = args.index('--topics')
        tops_file = None if args[i + 1] == 'none' else os.path.abspath(args[i + 1])
        del args[i:i + 2]
    repo = os.path.abspath(args[0] if args else os.path.join(HERE, '..', '..', '..', '..', '..'))
    commit = subprocess.check_output(['git', '-C', repo, 'rev-parse', 'HEAD'], text=True).strip()
    va = json.load(open(verb_file, encoding='utf-8'))
    no_topics = {'seed': None, 'population': None, 'judged': []}
    vb = json.load(open(tops_file, encoding='utf-8')) if tops_file else no_topics
    docs = {it['doc'] for it in va['judged']} | {it['doc'] for it in vb['judged']}
    provs = load_docs(repo, docs)
    texts = earlier_samples(repo, [v['seed'] for v in (va, vb) if v['seed'] is not None])

    print(f'repo {repo} at {commit}')
    print(f'verdicts drawn on {va["commit"]}; A seed {va["seed"]} population {va["population"]}'
          + (f'; B seed {vb["seed"]} population {vb["population"]}' if tops_file else ''))

    def seen(it):
        files = seen_in(it['id'], texts)
        samples = [f for f in files if not f.startswith('checklist-keys')]
        keys = [f for f in files if f.startswith('checklist-keys')]
        return samples, keys

    # A: strength and well-formed
    changed, gone, moved = [], [], []
    s_right = s_class_right = wf_right = wf_judged = 0
    s_miss, wf_miss, pro_miss = [], [], []
    held = {'n': 0, 's': 0, 'wf': 0, 'wfn': 0}
    overlap_a = []
    for it in va['judged']:
        p, how, tag, samples = locate(it, provs, seen, 'A', overlap_a, gone, moved, changed)
        if p is None:
            continue
        ok_class = p['strength'] == it['expectedStrength'] or p['strength'] in it.get('acceptable', [])
        ok_pro = bool(p.get('prohibition')) == bool(it['expectedProhibition'])
        ok = ok_class and ok_pro
        s_right += ok
        s_class_right += ok_class
        if not ok:
            exp = it['expectedStrength'] + (f" (or {'/'.join(it['acceptable'])})" if it.get('acceptable') else '')
            s_miss.append(f"{tag} [{it['lang']}]: parser {p['strength']}{' prohibition' if p.get('prohibition') else ''}"
                          f", expected {exp}{' prohibition' if it['expectedProhibition'] else ''} | "
                          f"{it['text'][:110]!r} | {it['comment']}")
        if ok_class and not ok_pro:
            pro_miss.append(tag)
        wf_ok = None
        if how != 'id-text-changed':
            wf_judged += 1
            wf_ok = bool(it['wellFormed'])
            wf_right += wf_ok
            if not wf_ok:
                wf_miss.append(f"{tag}: {it['comment']}")
        if not samples:
            held['n'] += 1
            held['s'] += ok
            if wf_ok is not None:
                held['wfn'] += 1
                held['wf'] += wf_ok
        it['scored'] = {'id': p['id'], 'strength': p['strength'], 'prohibition': bool(p.get('prohibition')),
                        'strengthRight': ok, 'match': how}

    na = len(va['judged'])
    print()
    print(f'A: 60 verbatim provisions, seed {va["seed"]}')
    print(f'  strength right (class and prohibition): {s_right}/{na} ({100.0 * s_right / na:.1f}%); '
          f'class only {s_class_right}/{na}')
    print(f'  well-formed: {wf_right}/{wf_judged} ({100.0 * wf_right / max(wf_judged, 1):.1f}%)'
          + (f' (left out, text changed: {na - wf_judged - len(gone)})' if na - wf_judged - len(gone) else ''))
    print(f"  never in an earlier sample: {held['n']} items, strength {held['s']}/{held['n']}, "
          f"well-formed {held['wf']}/{held['wfn']}")
    for label, rows in [('strength misses', s_miss), ('prohibition-only misses', pro_miss),
                        ('not well-formed', wf_miss), ('text changed since drawing (re-judge)', changed),
                        ('id moved (matched by text)', moved), ('gone', gone)]:
        if rows:
            print(f'  {label}:')
            for r in rows:
                print(f'    {r}')

    # B: topics
    overlap_b = []
    if tops_file:
        t_right = 0
        t_right_heading = 0
        heading_saved = []
        t_miss, t_changed, t_gone, t_moved = [], [], [], []
        held_t = [0, 0]
        for it in vb['judged']:
            p, how, tag, samples = locate(it, provs, seen, 'B', overlap_b, t_gone, t_moved, t_changed)
            if p is None:
                continue
            tags = list(p.get('topics') or [])
            exp, acc = set(it['expectedTopics']), set(it['acceptableTopics'])
            missing = sorted(exp - set(tags))
            spurious = sorted(t for t in tags if t in GROUPS or t not in exp | acc)
            ok = not missing and not spurious
            t_right += ok
            from_heading = heading_topics(repo, p['section']['headings'])
            if not missing and spurious and all(t in from_heading for t in spurious):
                heading_saved.append(f"{tag}: {spurious} named by its own heading {p['section']['headings'][-1]!r}")
                t_right_heading += 1
            else:
                t_right_heading += ok
            if not samples:
                held_t[0] += 1
                held_t[1] += ok
            if not ok:
                t_miss.append(f"{tag} [{it['lang']}]: tagged {tags}; missing {missing}; spurious {spurious} | "
                              f"{it['text'][:100]!r} | {it['comment']}")
            it['scored'] = {'id': p['id'], 'topics': tags, 'topicsRight': ok, 'match': how}
        nb = len(vb['judged'])
        print()
        print(f'B: 30 provisions, seed {vb["seed"]}')
        print(f'  topics fully right: {t_right}/{nb} ({100.0 * t_right / nb:.1f}%)')
        print(f'  never in an earlier sample: {held_t[1]}/{held_t[0]}')
        print(f'  counting a tag its own section heading names as right (c18b criterion, applied by the script, not in '
              f'the verdicts): {t_right_heading}/{nb} ({100.0 * t_right_heading / nb:.1f}%)')
        for r in heading_saved:
            print(f'    {r}')
        for label, rows in [('topic misses', t_miss), ('text changed since drawing', t_changed),
                            ('id moved (matched by text)', t_moved), ('gone', t_gone)]:
            if rows:
                print(f'  {label}:')
                for r in rows:
                    print(f'    {r}')

    print()
    print('Overlap with earlier samples (by id; checklist answer keys listed apart):')
    for name, rows in [('A', overlap_a), ('B', overlap_b)][:2 if tops_file else 1]:
        if not rows:
            print(f'  {name}: none')
        for n, pid, samples, keys in rows:
            print(f'  {name} #{n} {pid}: samples {samples or "-"}; checklist keys {keys or "-"}')

    end = subprocess.check_output(['git', '-C', repo, 'rev-parse', 'HEAD'], text=True).strip()
    if end != commit:
        print(f'! WARNING: {repo} moved from {commit} to {end} during the run: figures are mixed, run again')
    if scored_out:
        os.makedirs(scored_out, exist_ok=True)
        for src, data in [(verb_file, va), (tops_file, vb)][:2 if tops_file else 1]:
            data['scoredOn'] = commit
            name = os.path.basename(src).replace('.json', f'-scored-{commit[:7]}.json')
            with open(os.path.join(scored_out, name), 'w', encoding='utf-8') as fh:
                json.dump(data, fh, ensure_ascii=False, indent=1)
        print(f'scored copies written to {scored_out}')


if __name__ == '__main__':
    main()
