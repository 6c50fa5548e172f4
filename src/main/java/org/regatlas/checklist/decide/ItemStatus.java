package org.regatlas.checklist.decide;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The verdict on one obligation (DESIGN.md "Checklist JSON"), one meaning each:
 * <ul>
 *   <li>{@code addressed}: the protocol itself states what is required; the quotes prove it;</li>
 *   <li>{@code partial}: part of it is stated; the reason says which part is there and which is not;</li>
 *   <li>{@code missing}: the obligation applies to the protocol's content and the protocol does not state it;</li>
 *   <li>{@code needs-review}: no usable evidence either way (the obligation's terms are too general to check);</li>
 *   <li>{@code not-applicable}: a profile dimension or a condition of the obligation is not met; the reason names
 *   it;</li>
 *   <li>{@code outside-protocol}: the obligation belongs to another document (IB, IMPD/Module 3, RMP, labelling,
 *   ICF); the reason says which.</li>
 * </ul>
 */
public enum ItemStatus {
    ADDRESSED("addressed"), PARTIAL("partial"), MISSING("missing"), NEEDS_REVIEW("needs-review"),
    NOT_APPLICABLE("not-applicable"), OUTSIDE_PROTOCOL("outside-protocol");

    private final String wire;

    ItemStatus(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wireName() {
        return wire;
    }
}
