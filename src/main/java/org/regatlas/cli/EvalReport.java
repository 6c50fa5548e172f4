package org.regatlas.cli;

import java.util.List;
import java.util.Map;
import org.regatlas.checklist.eval.ProfileScore;
import org.regatlas.checklist.eval.StatusKey;
import org.regatlas.checklist.eval.StatusScore;

/** Prints key scores for a person: tables of figures, the confusion matrix, the items the checklist got wrong. */
final class EvalReport {
    private EvalReport() {}

    static void statusTable(List<StatusScore> scores) {
        System.out.printf("%-9s %-17s %-19s %-17s %-17s%n", "set", "status accuracy", "addressed precision",
                "missing precision", "missing recall");
        for (StatusScore s : scores) {
            System.out.printf("%-9s %-17s %-19s %-17s %-17s%n", s.set(), s.accuracy(), s.addressedPrecision(),
                    s.missingPrecision(), s.missingRecall());
        }
    }

    static void confusion(StatusScore s) {
        List<String> statuses = StatusKey.STATUSES;
        System.out.printf("%nconfusion (%s): rows judged, columns reported%n%-17s", s.set(), "");
        for (String c : statuses) System.out.printf(" %8s", abbreviate(c));
        System.out.println();
        for (String r : statuses) {
            Map<String, Integer> row = s.confusion().get(r);
            if (row == null) continue;
            System.out.printf("%-17s", r);
            for (String c : statuses) System.out.printf(" %8d", row.getOrDefault(c, 0));
            System.out.println();
        }
    }

    static void wrongLines(StatusScore s) {
        System.out.printf("%n%s: wrong items%n", s.set());
        for (StatusScore.Line l : s.lines()) {
            if (l.right()) continue;
            System.out.printf("  #%-4s %-16s reported %-16s key %s  %s%n", l.position() == null ? "" : l.position(),
                    l.origin(), l.reported(), String.join("|", l.acceptable()), l.provisionId());
        }
    }

    static void profiles(ProfileScore s) {
        String row = "%-13s %-36s %-24s %-8s %-16s %-24s %s%n";
        System.out.printf(row, "protocol", "modality: key / reported", "randomized, single-arm", "phase",
                "warning (owed)", "CAR-T-specific set aside", "class-shared kept");
        for (ProfileScore.Line l : s.protocols()) {
            System.out.printf(row, l.name(),
                    mark(l.modalityRight()) + l.modality() + " / " + l.modalityReported(),
                    mark(l.designRight()) + yesNo(l.randomizedReported()) + ", " + yesNo(l.singleArmReported()),
                    mark(l.phaseRight()) + l.phaseReported(),
                    mark(l.warningRight()) + yesNo(l.warningPresent()) + " (" + yesNo(l.warningOwed()) + ")",
                    l.cartSpecificSetAside(), l.classSharedKept());
        }
        System.out.println("(x: differs from the key)");
        System.out.printf("%nmodality right %s   design right %s   phase right %s   warning right %s%n",
                s.modality(), s.design(), s.phase(), s.warning());
        System.out.printf("not cell or gene therapy: CAR-T-specific set aside %s   class-shared kept %s%n",
                s.cartSpecificSetAside(), s.classSharedKept());
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static String mark(boolean right) {
        return right ? "  " : "x ";
    }

    private static String abbreviate(String status) {
        return switch (status) {
            case "not-applicable" -> "n/a";
            case "outside-protocol" -> "outside";
            case "needs-review" -> "review";
            default -> status;
        };
    }
}
