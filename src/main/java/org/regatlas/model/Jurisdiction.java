package org.regatlas.model;

/** Where a document applies. {@code INTL} covers ICH and other international standards. */
public enum Jurisdiction {
    CN, US, EU, INTL
}
