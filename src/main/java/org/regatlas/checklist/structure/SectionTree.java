package org.regatlas.checklist.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regatlas.checklist.read.Paragraph;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.checklist.read.ProtocolSection;

/** Fast lookups over a protocol's section tree: parents, chapters, subtrees and each section's paragraphs. */
public final class SectionTree {
    private final Protocol protocol;
    private final Map<String, ProtocolSection> byId = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final Map<String, List<Paragraph>> own = new HashMap<>();

    public SectionTree(Protocol protocol) {
        this.protocol = protocol;
        for (ProtocolSection s : protocol.sections()) {
            byId.put(s.id(), s);
            if (s.parentId() != null) children.computeIfAbsent(s.parentId(), k -> new ArrayList<>()).add(s.id());
        }
        for (Paragraph p : protocol.paragraphs()) own.computeIfAbsent(p.sectionId(), k -> new ArrayList<>()).add(p);
    }

    public Protocol protocol() {
        return protocol;
    }

    public ProtocolSection section(String id) {
        ProtocolSection s = byId.get(id);
        if (s == null) throw new IllegalArgumentException("no section '" + id + "'");
        return s;
    }

    /**
     * The chapter containing {@code id}: its highest numbered ancestor (5 for 5.3.1). An unnumbered heading above the
     * numbered ones is the document's title ("Clinical Study Protocol"), not a chapter.
     */
    public String chapterOf(String id) {
        ProtocolSection s = byId.get(id);
        while (s != null && s.parentId() != null && byId.containsKey(s.parentId())
                && byId.get(s.parentId()).numbered()) {
            s = byId.get(s.parentId());
        }
        return s == null ? id : s.id();
    }

    /** {@code id} and all its descendants, depth first. */
    List<String> subtree(String id) {
        List<String> out = new ArrayList<>();
        collect(id, out);
        return out;
    }

    private void collect(String id, List<String> out) {
        out.add(id);
        for (String c : children.getOrDefault(id, List.of())) collect(c, out);
    }

    /** The section's own paragraphs (subsections excluded). */
    public List<Paragraph> ownParagraphs(String id) {
        return own.getOrDefault(id, List.of());
    }

    /** Paragraphs of the section and its subsections, in reading order. */
    public List<Paragraph> paragraphsUnder(String id) {
        List<Paragraph> out = new ArrayList<>();
        for (String s : subtree(id)) out.addAll(ownParagraphs(s));
        out.sort(java.util.Comparator.comparingInt(Paragraph::index));
        return out;
    }

    /** Whether {@code id} is {@code ancestor} or lies below it. */
    boolean within(String id, String ancestor) {
        for (ProtocolSection s = byId.get(id); s != null; s = s.parentId() == null ? null : byId.get(s.parentId())) {
            if (s.id().equals(ancestor)) return true;
        }
        return false;
    }
}
