package org.regatlas.checklist.structure;

import org.regatlas.model.Checks;

/**
 * Something a reader must know before trusting the checklist (DESIGN.md "Checklist JSON" {@code warnings}).
 *
 * @param code    stable machine-readable code: {@code not-cell-therapy} (the protocol's product is not a CAR-T or
 *                other cell or gene therapy), {@code weak-structure} (the section tree looks broken)
 * @param message one or two sentences for people
 */
public record ChecklistWarning(String code, String message) {
    public static final String NOT_CELL_THERAPY = "not-cell-therapy";
    public static final String WEAK_STRUCTURE = "weak-structure";

    public ChecklistWarning {
        Checks.notBlank(code, "code");
        Checks.notBlank(message, "message");
    }
}
