package org.regatlas.checklist;

import com.fasterxml.jackson.annotation.JsonValue;

/** The verdict on one obligation (DESIGN.md: addressed | partial | missing | not-applicable). */
public enum ItemStatus {
    ADDRESSED("addressed"), PARTIAL("partial"), MISSING("missing"), NOT_APPLICABLE("not-applicable");

    private final String wire;

    ItemStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wireName() {
        return wire;
    }
}
