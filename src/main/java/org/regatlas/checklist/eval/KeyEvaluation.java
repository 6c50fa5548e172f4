package org.regatlas.checklist.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regatlas.checklist.ChecklistService;
import org.regatlas.checklist.applicability.ProfileRequest;
import org.regatlas.checklist.read.ProtocolException;

/**
 * Builds the checklists the keys judge and scores them; each protocol's checklist is built once however many keys
 * judge it. Not thread-safe.
 */
public final class KeyEvaluation {
    private final ChecklistService service;
    private final ProfileRequest request;
    private final Map<Path, ChecklistJson> built = new HashMap<>();

    public KeyEvaluation(ChecklistService service, ProfileRequest request) {
        this.service = service;
        this.request = request;
    }

    /** The checklist of a protocol file, built on first use. A protocol that cannot be read is an error. */
    public ChecklistJson checklist(Path protocol) {
        Path p = protocol.toAbsolutePath().normalize();
        ChecklistJson c = built.get(p);
        if (c == null) {
            try {
                c = ChecklistJson.of(service.check(service.read(p), request));
            } catch (ProtocolException e) {
                throw new IllegalArgumentException(p + ": " + e.getMessage(), e);
            }
            built.put(p, c);
        }
        return c;
    }

    /** The protocol's checklist against status keys: one score per key, and one over all when there are several. */
    public List<StatusScore> status(Path protocol, List<StatusKey> keys) {
        return StatusScorer.score(checklist(protocol), keys);
    }

    /** Every protocol of the profile key (files relative to {@code shared}) against it and the CAR-T key. */
    public ProfileScore profiles(Path shared, ProfileKey key, CartKey cart) {
        List<ProfileScore.Line> lines = new ArrayList<>();
        for (ProfileKey.Entry e : key.protocols()) {
            lines.add(ProfileScorer.line(e, checklist(shared.resolve(e.file())), cart));
        }
        return ProfileScorer.score(lines);
    }
}
