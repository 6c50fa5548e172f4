package org.regatlas.checklist.eval;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Scores the profile of real protocols' checklists: modality, design, phase, the {@code not-cell-therapy} warning, and
 * how many CAR-T-specific obligations a protocol that is no cell or gene therapy sets aside.
 */
public final class ProfileScorer {
    /** The warning a protocol whose product is not a cell or gene therapy must carry (DESIGN.md). */
    public static final String NOT_CELL_THERAPY = "not-cell-therapy";

    private static final Pattern PHASE = Pattern.compile("(?i)^(?:phase)?[- ]?([1-4]|i{1,3}|iv)$");

    private ProfileScorer() {}

    /** One protocol's checklist against its key entry. */
    public static ProfileScore.Line line(ProfileKey.Entry key, ChecklistJson checklist, CartKey cart) {
        List<String> design = checklist.profileValues("design");
        int specific = 0, setAside = 0, outside = 0, shared = 0, kept = 0;
        for (CartKey.Entry e : cart.entries()) {
            String status = checklist.status(checklist.find(e.provisionId(), e.marker()));
            boolean aside = status.equals("not-applicable") || status.equals(StatusKey.ABSENT);
            if (e.kind().equals(CartKey.SPECIFIC)) {
                specific++;
                if (aside) setAside++;
                if (status.equals("outside-protocol")) outside++;
            } else {
                shared++;
                if (!aside) kept++;
            }
        }
        return new ProfileScore.Line(key.name(), key.modality(), modality(checklist), key.randomized(),
                design.contains("randomized"), key.singleArm(), design.contains("single-arm"), key.phase(),
                phase(checklist), !key.cellOrGeneTherapy(), checklist.hasWarning(NOT_CELL_THERAPY),
                Ratio.of(setAside, specific), outside, Ratio.of(kept, shared));
    }

    /** The lines of all protocols, summed up. */
    public static ProfileScore score(List<ProfileScore.Line> lines) {
        int setAside = 0, specific = 0, kept = 0, shared = 0;
        for (ProfileScore.Line l : lines) {
            if (!l.warningOwed()) continue;
            setAside += l.cartSpecificSetAside().hits();
            specific += l.cartSpecificSetAside().total();
            kept += l.classSharedKept().hits();
            shared += l.classSharedKept().total();
        }
        return new ProfileScore(count(lines, ProfileScore.Line::modalityRight),
                count(lines, ProfileScore.Line::designRight), count(lines, ProfileScore.Line::phaseRight),
                count(lines, ProfileScore.Line::warningRight), Ratio.of(setAside, specific), Ratio.of(kept, shared),
                lines);
    }

    /** {@code profile.modality}, else a {@code product} value from the modality vocabulary (car-t, tcr-t). */
    static @Nullable String modality(ChecklistJson checklist) {
        Optional<String> m = checklist.profileValues("modality").stream().filter(ProfileKey.MODALITIES::contains)
                .findFirst();
        if (m.isEmpty()) {
            m = checklist.profileValues("product").stream().filter(ProfileKey.MODALITIES::contains).findFirst();
        }
        return m.orElse(null);
    }

    /** {@code profile.phase}, else a design value such as {@code phase-2}; as 1..4. */
    static @Nullable String phase(ChecklistJson checklist) {
        List<String> values = checklist.profileValues("phase");
        if (values.isEmpty()) values = checklist.profileValues("design");
        for (String v : values) {
            Matcher m = PHASE.matcher(v.strip());
            if (m.matches()) return arabic(m.group(1).toLowerCase(Locale.ROOT));
        }
        return null;
    }

    private static String arabic(String roman) {
        return switch (roman) {
            case "i" -> "1";
            case "ii" -> "2";
            case "iii" -> "3";
            case "iv" -> "4";
            default -> roman;
        };
    }

    private static Ratio count(List<ProfileScore.Line> lines, java.util.function.Predicate<ProfileScore.Line> p) {
        return Ratio.of((int) lines.stream().filter(p).count(), lines.size());
    }
}
