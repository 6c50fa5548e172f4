package org.regatlas.index;

/** Lucene field names and how each is indexed. Bump {@link #SCHEMA_VERSION} on any change; the index rebuilds. */
public final class Fields {
    private Fields() {}

    public static final int SCHEMA_VERSION = 18;

    /** Provision id: StringField (stored) for exact lookup, plus SortedDocValues for the tie-break sort. */
    public static final String ID = "id";
    /** Document id: StringField filter ({@code doc:}), stored, a facet, and SortedDocValues (diversity). */
    public static final String DOC_ID = "docId";
    /**
     * The product classes the provision's document leaves out of its scope ({@code GuidelineScope#excludes}: cell
     * therapy, gene therapy, ATMPs): StringField, multi-valued, for the priors of a query about such a product.
     */
    public static final String SCOPE_EXCLUDES = "scopeExcludes";
    /**
     * The kinds of answer the provision's text gives in either language ({@link #QUANTITY}): StringField,
     * multi-valued, for the priors of a question asking for that kind ("how long", "多少天").
     */
    public static final String ANSWERS = "answers";
    /** An {@link #ANSWERS} value: the text states a number with a unit of time or count, or a frequency. */
    public static final String QUANTITY = "quantity";
    /** The fact-sheet record a digest provision was written from: stored only (absent for verbatim text). */
    public static final String FACT_ID = "factId";
    /**
     * The official sections or provisions a digest record summarises (multi-valued, absent otherwise):
     * SortedSetDocValues, read at search time so the official sentence ranks above its summary.
     */
    public static final String SUMMARISES = "summarises";
    /** Document title in its own language: stored only. */
    public static final String DOC_TITLE = "docTitle";
    /** CN, US, EU, INTL: StringField filter, stored, facet. */
    public static final String JURISDICTION = "jurisdiction";
    /** NMPA, CDE, FDA, EMA, ICH...: StringField filter, stored, facet. */
    public static final String AGENCY = "agency";
    /** MUST, SHOULD, MAY, INFO: StringField filter, stored, facet; never scored. */
    public static final String STRENGTH = "strength";
    /** draft, final, trial, superseded: StringField filter, stored, facet. */
    public static final String STATUS = "status";
    /** verbatim or digest: StringField filter, stored, facet. */
    public static final String PROVENANCE = "provenance";
    /** Taxonomy topic ids (multi-valued): StringField filter, stored, facet. */
    public static final String TOPIC = "topic";
    /** Protocol-section kinds (multi-valued): StringField filter, stored. */
    public static final String PROTOCOL_SECTION = "protocolSection";
    /** Year of issue: facet; IntPoint for range filters. */
    public static final String YEAR = "year";
    /** Issue date as yyyymmdd (missing parts as 00): NumericDocValues for the date sort. */
    public static final String ISSUED_SORT = "issuedSort";
    /** Issue date as written in the metadata (2024-12): stored. */
    public static final String ISSUED = "issued";
    /** Section path: stored. */
    public static final String SECTION_PATH = "sectionPath";
    /** Section headings from the root, joined by U+001F: stored. */
    public static final String SECTION_HEADINGS = "sectionHeadings";
    /** Language of the displayed text: stored. */
    public static final String LANG = "lang";

    /**
     * The displayed text, stored, analysed into CJK bigrams plus lower-cased words (positions kept for phrases,
     * re-analysed for highlighting). For digests the other language is indexed here too but not stored.
     */
    public static final String TEXT = "text";
    /**
     * The text analysed for English: stop words removed, Porter stemming. A Chinese official sentence's English
     * translation (the team's) is indexed here, and only here.
     */
    public static final String TEXT_EN = "textEn";
    /** The team's unofficial English translation of a Chinese official sentence: stored only, shown and highlighted. */
    public static final String TRANSLATION_EN = "translationEn";
    /** The team's unofficial Chinese translation of an English official sentence: stored only, shown and highlighted. */
    public static final String TRANSLATION_ZH = "translationZh";
    /**
     * The same translation analysed like {@link #TEXT}, in a field of its own that a Chinese query's runs search beside
     * it: in {@link #TEXT} it would lengthen the official sentence and lower its matches for English queries.
     */
    public static final String TRANSLATED_ZH = "translatedZh";
    /**
     * Section headings and the document title, analysed like {@link #TEXT} and {@link #TEXT_EN}. This and the other
     * context fields below keep term frequencies but no positions: no phrase query runs on them.
     */
    public static final String CONTEXT = "context";
    /** The same context for English analysis. */
    public static final String CONTEXT_EN = "contextEn";
    /** The sentences before and after a verbatim provision in its section, analysed like {@link #TEXT}. */
    public static final String NEIGHBOURS = "neighbours";
    /** The same neighbouring sentences for English analysis. */
    public static final String NEIGHBOURS_EN = "neighboursEn";
    /**
     * The ids of the vocabulary concepts the text names, in either language, once per occurrence (term frequency
     * and length norms kept, so BM25 scores them): a query concept is one term here, whatever language either is in.
     */
    public static final String CONCEPT = "concept";
    /** The concepts named in the section headings and document title. */
    public static final String CONTEXT_CONCEPT = "contextConcept";
    /** The concepts named in the neighbouring sentences. */
    public static final String NEIGHBOURS_CONCEPT = "neighboursConcept";

    /** The facet dimensions, in display order. */
    public static final java.util.List<String> FACETS = java.util.List.of(JURISDICTION, AGENCY, DOC_ID, TOPIC, STRENGTH,
            STATUS, PROVENANCE, YEAR);

    /**
     * Where the text stands as a source ({@link #OFFICIAL}, {@link #DIGEST}, {@link #SECONDARY} or {@link #REFERENCE}):
     * NumericDocValues,
     * turned into a score multiplier at query time so the weights can be tuned without reindexing.
     */
    public static final String AUTHORITY = "authority";
    /** {@link #AUTHORITY} of the verbatim text of a guideline, guidance, regulation or law (a primary source). */
    public static final int OFFICIAL = 0;
    /** {@link #AUTHORITY} of the team's digest of a primary source. */
    public static final int DIGEST = 1;
    /** {@link #AUTHORITY} of literature about the rules (a review article), not a rule itself. */
    public static final int SECONDARY = 2;
    /** {@link #AUTHORITY} of an entry of a source's reference list: literature it cites, not a rule of its own. */
    public static final int REFERENCE = 3;
    /**
     * The languages a provision can be read in, as bits ({@link #READ_ZH}, {@link #READ_EN}): its own text, a digest's
     * other language or the team's translation. NumericDocValues, a query-time multiplier.
     */
    public static final String READABLE = "readable";
    public static final int READ_ZH = 1;
    public static final int READ_EN = 2;
    /** The provision's strength as its ordinal (MUST 0 ... INFO 3): NumericDocValues, a query-time multiplier. */
    public static final String STRENGTH_RANK = "strengthRank";

    /** Separator of stored multi-part values. */
    public static final String SEPARATOR = "\u001F";
}
