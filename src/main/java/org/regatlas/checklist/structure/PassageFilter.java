package org.regatlas.checklist.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.regatlas.checklist.read.Paragraph;
import org.regatlas.checklist.read.ProtocolSection;

/**
 * Which paragraphs of a protocol may serve as evidence: only its own normative content (the synopsis, design,
 * eligibility, treatment, assessments, safety, statistics, follow-up and appendices). Never the title page or
 * confidentiality legends, the table of contents, the abbreviations or definitions list, references, the amendment
 * summary of changes, the disease background, or the results of earlier studies ("ZUMA-1 enrolled 111 subjects"):
 * they state what other studies did or what a word means, not what this protocol requires. A background chapter's
 * own rationale subsection ("2.3 Study Rationale") is the protocol's reasoning and stays admissible.
 *
 * <p>Sections are classified by their headings, a section inheriting its nearest classified ancestor's kind; text
 * before the first heading by a small state machine over its markers (SYNOPSIS, TABLE OF CONTENTS, LIST OF
 * ABBREVIATIONS, SUMMARY OF CHANGES); an appendix that starts inside a chapter by its own title (an amendment history,
 * a signature page); a few line shapes (dot leaders, legends, change-log entries and table heads) anywhere.
 */
public final class PassageFilter {
    /** Where a paragraph stands in the protocol. */
    public enum Kind {
        NORMATIVE, SYNOPSIS, TITLE_PAGE, LEGEND, CONTENTS, ABBREVIATIONS, REFERENCES, SUMMARY_OF_CHANGES, BACKGROUND,
        EARLIER_STUDY;

        public boolean admissible() {
            return this == NORMATIVE || this == SYNOPSIS;
        }
    }

    private static final Pattern ABBREVIATIONS = Pattern.compile(
            "(?i)abbreviation|acronym|glossary|definitions? of terms|缩略语|缩写|术语");
    private static final Pattern REFERENCES = Pattern.compile("(?i)references|bibliography|参考文献");
    private static final Pattern CONTENTS = Pattern.compile("(?i)table of contents|^contents$|list of "
            + "(?:tables|figures)|目录");
    private static final Pattern SIGNATURES = Pattern.compile("(?i)signature|investigator'?s agreement|签字");
    private static final Pattern CHANGES = Pattern.compile("(?i)summary of changes|document history|amendment "
            + "(?:summary|history|rationale)|protocol amendment|修订(?:说明|历史|摘要|记录)|变更说明");
    /** A change-log entry that became a heading: "3. SoA, Section 1.1, Section 4.3...", "1. Throughout: ...". */
    private static final Pattern CHANGE_ENTRY = Pattern.compile("(?i)^(?:\\d+\\.\\s*)?(?:SoA\\b|Throughout\\b|"
            + "(?:Protocol Summary|Section \\d+(?:\\.\\d+)*)\\s*[,:/-])");
    // 概述 alone is any overview ("治疗流程概述", the treatment's own steps); only a disease overview is background
    private static final Pattern BACKGROUND = Pattern.compile("(?i)background|introduction|disease overview|研究背景"
            + "|背景|引言|前言|疾病概述");
    private static final Pattern OWN_RATIONALE = Pattern.compile("(?i)rationale|benefit[/ -]risk|risk[/ -]benefit"
            + "|justification|研究依据|立题依据|合理性");
    private static final Pattern EARLIER_STUDY = Pattern.compile("(?i)\\b(?:prior|previous|earlier|completed)\\b.{0,40}"
            + "\\b(?:stud(?:y|ies)|trials?|experience)|clinical experience|(?:non-?clinical|pre-?clinical) "
            + "(?:stud|data|experience|pharmacology|toxicology|safety|efficacy)|summary of (?:clinical|non-?clinical|"
            + "safety|efficacy)|designs? and results|\\bresults\\b|\\bNCT\\d{8}\\b|既往研究|前期研究|临床前研究|非临床研究");
    private static final Pattern SYNOPSIS = Pattern.compile("(?i)synopsis|protocol summary|study schema|schedule of "
            + "activities|方案摘要|方案概要|试验概要|研究概要|研究流程");
    private static final Pattern CONTENTS_LINE = Pattern.compile("(?:[.…·]\\s?){6,}\\s*\\d");
    private static final Pattern LEGEND = Pattern.compile("(?i)contains? confidential information|confidentiality "
            + "(?:statement|notice)|must not be (?:disclosed|copied)|hold this information in confidence|proprietary "
            + "(?:property|information) of|保密信息|不得(?:向|泄露)");
    private static final Pattern CHANGE_LINE = Pattern.compile("(?i)^(?:\\W\\s*)?(?:(?:Protocol Summary[^:]{0,60}|"
            + "Section \\d+(?:\\.\\d+)*[^:]{0,60}):\\s*)?(?:Added|Removed|Clarified|Updated|Revised|Deleted|Modified|"
            + "Corrected|Replaced|Changed)\\b");
    /** A bibliography entry: two authors with initials in a row, or a journal citation ("2019;380:45-56"). */
    private static final Pattern REFERENCE_LINE = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]+ \\p{Lu}{1,3}, \\p{Lu}"
            + "[\\p{L}'’-]+ \\p{Lu}{1,3}[,.]|\\b(?:19|20)\\d{2};\\s?\\d+(?:\\(\\d+\\))?:\\s?\\d+|\\bdoi:\\s?10\\."
            + "|\\bPMID\\b");
    private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}[\\p{Lu}\\d-]{1,9}\\b");
    private static final Pattern REQUIREMENT_WORDS = Pattern.compile("(?i)\\b(?:will|must|should|shall|may)\\b|[≤≥<>]");
    private static final Pattern CHINESE_SENTENCE = Pattern.compile("[。；，：]");
    /**
     * An appendix that starts inside a chapter ("Appendix G. Protocol Amendment History" under "18. APPENDICES"):
     * its title decides what follows, up to the next appendix or section. Several in one paragraph are a list of the
     * appendices, a table of contents.
     */
    private static final Pattern APPENDIX = Pattern.compile("^(?:(?i:appendix|annex)|附录)\\s*[A-Z0-9]{1,2}\\b[.:]?");
    private static final Pattern APPENDIX_ANYWHERE = Pattern.compile("\\b(?i:appendix|annex)\\s*[A-Z0-9]{1,2}[.:]");
    /** A change log's table head ("Section Number and Name | High-level Description of Change | Brief Rationale"). */
    private static final Pattern CHANGE_TABLE = Pattern.compile("(?i)description of (?:the )?changes?\\b.{0,60}"
            + "\\brationale|section number and name");
    /** Front-matter paragraphs read as the title page when no marker has started anything else. */
    private static final int TITLE_PAGE = 15;

    private final Map<Integer, Kind> kinds = new HashMap<>();

    public PassageFilter(SectionTree tree) {
        Map<String, Kind> sections = new HashMap<>();
        for (ProtocolSection s : tree.protocol().sections()) sections.put(s.id(), sectionKind(s, sections));
        Kind front = Kind.TITLE_PAGE;
        int frontSeen = 0;
        String appendixSection = null;
        Kind appendix = null;
        for (Paragraph p : tree.protocol().paragraphs()) {
            String text = p.text().strip();
            Kind k;
            if (p.sectionId().isEmpty()) {
                front = frontState(front, text, frontSeen++);
                k = front;
            } else {
                k = sections.getOrDefault(p.sectionId(), Kind.NORMATIVE);
                if (!p.sectionId().equals(appendixSection)) appendix = null;
                if (APPENDIX_ANYWHERE.matcher(text).results().count() >= 3) {
                    k = Kind.CONTENTS;
                } else if (APPENDIX.matcher(text).find()) {
                    appendixSection = p.sectionId();
                    appendix = appendixKind(text, k);
                }
                if (appendix != null && k.admissible()) k = appendix;
            }
            if (k.admissible()) k = lineKind(text, k);
            kinds.put(p.index(), k);
        }
    }

    /** The kind of a paragraph. */
    public Kind kind(int paragraph) {
        return kinds.getOrDefault(paragraph, Kind.NORMATIVE);
    }

    /** Whether a paragraph may be quoted as evidence. */
    public boolean admissible(int paragraph) {
        return kind(paragraph).admissible();
    }

    private static Kind sectionKind(ProtocolSection s, Map<String, Kind> done) {
        Kind parent = s.parentId() == null ? Kind.NORMATIVE : done.getOrDefault(s.parentId(), Kind.NORMATIVE);
        String title = s.title().strip();
        if (s.isFrontMatter()) return Kind.NORMATIVE;
        if (CONTENTS.matcher(title).find()) return Kind.CONTENTS;
        if (ABBREVIATIONS.matcher(title).find()) return Kind.ABBREVIATIONS;
        if (REFERENCES.matcher(title).find()) return Kind.REFERENCES;
        if (SIGNATURES.matcher(title).find()) return Kind.TITLE_PAGE;
        if (CHANGES.matcher(title).find() || CHANGE_ENTRY.matcher(s.heading().strip()).find()) {
            return Kind.SUMMARY_OF_CHANGES;
        }
        if (EARLIER_STUDY.matcher(title).find()) return Kind.EARLIER_STUDY;
        if (BACKGROUND.matcher(title).find()) return Kind.BACKGROUND;
        if (parent == Kind.BACKGROUND && OWN_RATIONALE.matcher(title).find()) return Kind.NORMATIVE;
        return parent;
    }

    /** The front matter's state after {@code text}, its {@code seen}-th paragraph. */
    private static Kind frontState(Kind state, String text, int seen) {
        String head = text.length() > 120 ? text.substring(0, 120) : text;
        if (CONTENTS.matcher(head).find() || CONTENTS_LINE.matcher(text).find()) return Kind.CONTENTS;
        if (ABBREVIATIONS.matcher(head).find() && !SYNOPSIS.matcher(head).find()) return Kind.ABBREVIATIONS;
        if (CHANGES.matcher(head).find()) return Kind.SUMMARY_OF_CHANGES;
        if (SYNOPSIS.matcher(head).find()) return Kind.SYNOPSIS;
        if (SIGNATURES.matcher(head).find()) return Kind.TITLE_PAGE;
        if (state == Kind.TITLE_PAGE && seen >= TITLE_PAGE) return Kind.NORMATIVE;
        return state;
    }

    /** What an appendix holds, by its title (the paragraph's first words). */
    private static Kind appendixKind(String text, Kind section) {
        String head = text.length() > 100 ? text.substring(0, 100) : text;
        if (CHANGES.matcher(head).find()) return Kind.SUMMARY_OF_CHANGES;
        if (SIGNATURES.matcher(head).find()) return Kind.TITLE_PAGE;
        if (REFERENCES.matcher(head).find()) return Kind.REFERENCES;
        if (ABBREVIATIONS.matcher(head).find()) return Kind.ABBREVIATIONS;
        return section;
    }

    /** Line shapes that are apparatus wherever they stand. */
    private static Kind lineKind(String text, Kind k) {
        if (CONTENTS_LINE.matcher(text).find()) return Kind.CONTENTS;
        if (LEGEND.matcher(text).find()) return Kind.LEGEND;
        if (CHANGE_LINE.matcher(text).find() || CHANGE_TABLE.matcher(text).find()) return Kind.SUMMARY_OF_CHANGES;
        if (REFERENCE_LINE.matcher(text).find()) return Kind.REFERENCES;
        if (abbreviationList(text)) return Kind.ABBREVIATIONS;
        return k;
    }

    /**
     * A run of acronyms and their expansions with nothing required of anyone: a page of an abbreviations list. A list
     * has no sentences, so Chinese sentence punctuation makes it prose: Chinese has no spaces between words, and a
     * sentence listing AESIs (CRS；ICANS；HLH/MAS…) read as a few space-separated words was taken for a list.
     */
    private static boolean abbreviationList(String text) {
        if (REQUIREMENT_WORDS.matcher(text).find() || CHINESE_SENTENCE.matcher(text).find()) return false;
        long acronyms = ACRONYM.matcher(text).results().count();
        long words = text.split("\\s+").length;
        return acronyms >= 6 && acronyms * 4 >= words;
    }

    /** The kinds that may never be quoted, for reasons and tests. */
    static List<Kind> excluded() {
        return List.of(Kind.TITLE_PAGE, Kind.LEGEND, Kind.CONTENTS, Kind.ABBREVIATIONS, Kind.REFERENCES,
                Kind.SUMMARY_OF_CHANGES, Kind.BACKGROUND, Kind.EARLIER_STUDY);
    }
}
