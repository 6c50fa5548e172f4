package org.regatlas.model;

/**
 * How binding a provision's wording is (DESIGN.md, "Provision"). Ordered from strongest to weakest, so
 * {@code compareTo} sorts obligations first.
 */
public enum Strength {
    /** 应 / 应当 / 必须 / 须 / 不得; must, shall, required. */
    MUST,
    /** 建议 / 推荐 / 宜; should, recommend. */
    SHOULD,
    /** 可 / 可以 / 可考虑; may. */
    MAY,
    /** Background, scope, definitions, facts. */
    INFO;

    /** True for MUST and SHOULD, the strengths a checklist turns into items. */
    public boolean isObligation() {
        return this == MUST || this == SHOULD;
    }
}
