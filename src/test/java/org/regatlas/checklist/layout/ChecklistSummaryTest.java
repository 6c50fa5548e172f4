package org.regatlas.checklist.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regatlas.checklist.decide.ItemStatus;

class ChecklistSummaryTest {
    @Test
    void countsKeepStatusAndSeverityOrderInEveryRun() {
        Checklist.Summary summary = Checklist.Summary.of(List.of(), List.of());

        assertEquals(Arrays.stream(ItemStatus.values()).map(ItemStatus::wireName).toList(),
                List.copyOf(summary.requirementsByStatus().keySet()));
        assertEquals(Arrays.stream(Severity.values()).map(Severity::wireName).toList(),
                List.copyOf(summary.openBySeverity().keySet()));
    }
}
