package org.regatlas.checklist.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Scores a checklist against status keys: each key on its own, and all of them together when there are several. */
public final class StatusScorer {
    private StatusScorer() {}

    public static List<StatusScore> score(ChecklistJson checklist, List<StatusKey> keys) {
        List<StatusScore> out = new ArrayList<>();
        List<StatusKey.Entry> all = new ArrayList<>();
        for (StatusKey key : keys) {
            out.add(score(checklist, key.set(), key.entries()));
            all.addAll(key.entries());
        }
        if (keys.size() > 1) out.add(score(checklist, "all", all));
        return out;
    }

    public static StatusScore score(ChecklistJson checklist, String set, List<StatusKey.Entry> entries) {
        List<StatusScore.Line> lines = new ArrayList<>();
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        Map<String, int[]> origins = new TreeMap<>();
        int right = 0, calledAddressed = 0, addressedRight = 0, calledMissing = 0, missingRight = 0;
        int judgedMissing = 0, missingFound = 0;
        for (StatusKey.Entry e : entries) {
            String reported = checklist.status(checklist.find(e.provisionId(), e.marker()));
            boolean ok = e.accepts(reported);
            if (ok) right++;
            if (reported.equals("addressed")) {
                calledAddressed++;
                if (e.accepts("addressed")) addressedRight++;
            }
            if (reported.equals("missing")) {
                calledMissing++;
                if (e.accepts("missing")) missingRight++;
            }
            if (e.status().equals("missing")) {
                judgedMissing++;
                if (reported.equals("missing")) missingFound++;
            }
            confusion.computeIfAbsent(e.status(), k -> new TreeMap<>()).merge(reported, 1, Integer::sum);
            int[] o = origins.computeIfAbsent(e.origin(), k -> new int[2]);
            o[1]++;
            if (ok) o[0]++;
            lines.add(new StatusScore.Line(e.provisionId(), e.position(), e.origin(), e.acceptable(), reported, ok));
        }
        Map<String, Ratio> byOrigin = new TreeMap<>();
        origins.forEach((k, v) -> byOrigin.put(k, Ratio.of(v[0], v[1])));
        return new StatusScore(set, Ratio.of(right, entries.size()), Ratio.of(addressedRight, calledAddressed),
                Ratio.of(missingRight, calledMissing), Ratio.of(missingFound, judgedMissing), confusion, byOrigin,
                lines);
    }
}
