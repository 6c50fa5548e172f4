package org.regatlas.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regatlas.checklist.read.Paragraph;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.checklist.read.ProtocolSection;
import org.regatlas.checklist.structure.PassageFilter;
import org.regatlas.checklist.structure.SectionTree;
import org.regatlas.checklist.structure.StructureCheck;

/**
 * What every read protocol must hold, whatever its bytes: sections with unique ids, each below an earlier parent one
 * level up; paragraphs numbered in reading order, each cut from the text in order and owned by a section that comes
 * no earlier than the previous paragraph's; pages within the document and never going back; and a section tree whose
 * subtrees cover every paragraph once.
 */
final class StructureInvariants {
    private StructureInvariants() {}

    static void check(Protocol protocol) {
        Map<String, Integer> position = new HashMap<>();
        Map<String, ProtocolSection> byId = new HashMap<>();
        List<ProtocolSection> sections = protocol.sections();
        for (int i = 0; i < sections.size(); i++) {
            ProtocolSection s = sections.get(i);
            assertNull(position.put(s.id(), i), "section id '" + s.id() + "' is unique");
            assertTrue(!s.isFrontMatter() || i == 0, "the front matter comes first");
            if (s.parentId() == null) {
                assertEquals(s.isFrontMatter() ? 0 : 1, s.level(), s.id() + " is top-level");
            } else {
                ProtocolSection parent = byId.get(s.parentId());
                assertNotNull(parent, s.id() + "'s parent '" + s.parentId() + "' comes before it");
                assertEquals(parent.level() + 1, s.level(), s.id() + " is one level below its parent");
            }
            byId.put(s.id(), s);
        }
        assertFalse(protocol.listedSections().stream().anyMatch(ProtocolSection::isFrontMatter), "front matter listed");
        String text = protocol.text();
        int cursor = 0;
        int lastSection = -1;
        Integer lastPage = null;
        for (int i = 0; i < protocol.paragraphs().size(); i++) {
            Paragraph p = protocol.paragraphs().get(i);
            assertEquals(i, p.index(), "paragraphs are numbered in reading order");
            Integer at = position.get(p.sectionId());
            assertNotNull(at, "paragraph " + i + "'s section '" + p.sectionId() + "' exists");
            assertTrue(at >= lastSection, "paragraph " + i + " goes back to an earlier section");
            lastSection = at;
            int found = text.indexOf(p.text(), cursor);
            assertTrue(found >= 0, "paragraph " + i + " is cut from the text, after the one before it: " + p.text());
            cursor = found + p.text().length();
            lastPage = page(protocol, p.page(), lastPage, "paragraph " + i);
        }
        lastPage = null;
        for (ProtocolSection s : sections) if (s.page() != null) lastPage = page(protocol, s.page(), lastPage, s.id());
        SectionTree tree = new SectionTree(protocol);
        int owned = 0;
        int under = 0;
        for (ProtocolSection s : sections) {
            owned += tree.ownParagraphs(s.id()).size();
            if (s.parentId() == null) under += tree.paragraphsUnder(s.id()).size();
            assertTrue(position.containsKey(tree.chapterOf(s.id())), s.id() + "'s chapter is a section");
        }
        assertEquals(protocol.paragraphs().size(), owned, "every paragraph belongs to exactly one section");
        assertEquals(protocol.paragraphs().size(), under, "the top-level subtrees cover every paragraph");
        PassageFilter passages = new PassageFilter(tree);
        for (Paragraph p : protocol.paragraphs()) assertNotNull(passages.kind(p.index()));
        StructureCheck.warning(protocol).ifPresent(w -> assertFalse(w.message().isBlank(), "a warning says why"));
    }

    /** A page within the protocol's pages and not before {@code last}; none at all for formats without pages. */
    private static Integer page(Protocol protocol, Integer page, Integer last, String what) {
        if (protocol.pages() == null) {
            assertNull(page, what + " has a page in a format without pages");
            return null;
        }
        if (page == null) return last;
        assertTrue(page >= 1 && page <= protocol.pages(), what + " is on page " + page + " of " + protocol.pages());
        assertTrue(last == null || page >= last, what + " goes back from page " + last + " to " + page);
        return page;
    }
}
