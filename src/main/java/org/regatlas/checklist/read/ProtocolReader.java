package org.regatlas.checklist.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.regatlas.corpus.HeadingPatterns;
import org.regatlas.corpus.PdfPages;
import org.regatlas.corpus.SourceReader;
import org.regatlas.corpus.SourceReaders;
import org.regatlas.corpus.SourceText;
import org.regatlas.corpus.Taxonomy;
import org.regatlas.corpus.UnreadableSourceException;
import org.regatlas.model.Deadline;
import org.regatlas.model.Section;
import org.regatlas.parse.Outline;
import org.regatlas.parse.SectionParser;

/**
 * Reads a protocol file into a {@link Protocol}: the corpus readers extract the visible text (markup stripped, PDF
 * page furniture removed), {@link HeadingRecovery} marks headings where the format does not, {@code SectionParser}
 * builds the outline, and {@link SectionClassifier} gives each section its kind. Thread-safe.
 */
public final class ProtocolReader {
    /** Largest protocol file accepted. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    /** Lines of extracted text a protocol may have: over six times a long protocol. */
    public static final long MAX_LINES = 100_000;

    private static final Pattern TITLE_CUE = Pattern.compile("(?i)(?:^|\\b)(?:protocol title|study title|full title|"
            + "official title|title|方案名称|试验名称|研究名称|方案标题)\\s*[:：|]\\s*(.*)$");
    private static final int MIN_LETTERS = 20;
    private static final Pattern LENIENT_DECIMAL = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,5})\\.?\\s+(\\S.*)$");

    private final SectionClassifier classifier;

    public ProtocolReader(Taxonomy taxonomy) {
        this.classifier = new SectionClassifier(taxonomy);
    }

    /** Reads a protocol from disk. */
    public Protocol read(Path file) throws ProtocolException {
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) throw new ProtocolException(ProtocolException.Problem.UNREADABLE, name
                    + ": no such file");
            if (Files.size(file) > MAX_BYTES) throw tooLarge(name, Files.size(file));
            if (Files.size(file) == 0 || blank(file)) throw new ProtocolException(ProtocolException.Problem.EMPTY,
                    name + ": the file is empty");
        } catch (IOException e) {
            throw new ProtocolException(ProtocolException.Problem.UNREADABLE, name + ": cannot be read ("
                    + e.getMessage() + ")", e);
        }
        SourceReader reader = SourceReaders.forFile(file).orElseThrow(() -> unsupported(name));
        SourceText source;
        List<String> pages = null;
        try {
            if (SourceReaders.extension(file).equals("pdf")) {
                PdfPages.Paged paged = PdfPages.read(file);
                source = paged.text();
                pages = paged.pages();
            } else {
                source = reader.read(file);
            }
        } catch (UnreadableSourceException e) {
            String reason = e.getMessage() == null ? "is unreadable" : e.getMessage().replace(file.toString() + ": ",
                    "");
            throw new ProtocolException(ProtocolException.Problem.UNREADABLE, name + ": " + reason, e);
        } catch (Deadline.DeadlineExceededException e) {
            throw e;                                  // the caller's time is up: not a fault of the file
        } catch (RuntimeException e) {
            throw new ProtocolException(ProtocolException.Problem.UNREADABLE, name + ": cannot be read as a ."
                    + SourceReaders.extension(file) + " file (it may be damaged)", e);
        }
        source = keepHeadingLines(file, source);
        long lines = source.text().lines().count();
        if (lines > MAX_LINES) {
            // Memory and time grow with the lines (the in-memory index of paragraphs is built in one flush): past
            // this the file is not a protocol but a way to hold a checklist slot.
            throw new ProtocolException(ProtocolException.Problem.TOO_LARGE, String.format(Locale.ROOT,
                    "%s: has %,d lines of text; at most %,d are checked (a 300-page protocol has about 15,000)", name,
                    lines, MAX_LINES));
        }
        if (source.text().codePoints().filter(Character::isLetterOrDigit).count() < MIN_LETTERS) {
            throw new ProtocolException(ProtocolException.Problem.EMPTY, name + ": has no text to check");
        }
        return build(name, HeadingRecovery.recover(source), pages);
    }

    /** Whether a small file holds nothing but whitespace (and a byte-order mark). */
    private static boolean blank(Path file) throws IOException {
        if (Files.size(file) > 64 * 1024) return false;
        String s = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
        return s.isBlank();
    }

    /** Reads an uploaded protocol: the bytes go to a temporary file named like the upload, which is then removed. */
    public Protocol read(String fileName, byte[] content) throws ProtocolException {
        String safe = Path.of(fileName.isBlank() ? "protocol" : fileName).getFileName().toString();
        if (content.length > MAX_BYTES) throw tooLarge(safe, content.length);
        if (SourceReaders.forFile(Path.of(safe)).isEmpty()) throw unsupported(safe);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("regatlas-protocol-");
            Path file = dir.resolve(safe);
            Files.write(file, content);
            return read(file);
        } catch (IOException e) {
            throw new ProtocolException(ProtocolException.Problem.UNREADABLE, safe + ": cannot be stored for reading",
                    e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** A protocol already held as normalized text (tests, other front ends). */
    public Protocol read(String fileName, SourceText source) {
        return build(fileName, HeadingRecovery.recover(source), null);
    }

    private Protocol build(String name, SourceText source, @Nullable List<String> pages) {
        Outline outline = SectionParser.parse(source);
        PageMap pageMap = pages == null ? PageMap.none() : PageMap.of(source.text(), pages);
        List<Heading> headings = new ArrayList<>();
        Map<Section, String> ids = new HashMap<>();
        ids.put(outline.root(), "");
        for (Section top : outline.root().children()) flatten(top, null, headings, ids, pageMap);
        List<ProtocolSection> sections = new ArrayList<>();
        if (outline.blocks().stream().anyMatch(b -> b.section() == outline.root())) {
            sections.add(new ProtocolSection("", "", "", "", 0, null, null, List.of(), false, false,
                    null));
        }
        sections.addAll(sectionsOf(headings));
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Outline.Block b : outline.blocks()) {
            if (paragraphs.size() % 1024 == 0) Deadline.checkpoint();
            String text = source.text().substring(b.span().start(), b.span().end());
            paragraphs.add(new Paragraph(paragraphs.size(), ids.getOrDefault(b.section(), ""), text,
                    text.contains(" | "), pageMap.pageAt(b.span().start())));
        }
        return new Protocol(name, Legends.strip(title(source, sections)), source.text(), sections, paragraphs,
                pages == null ? null : pages.size());
    }

    /** A heading of the outline with its printed numbering, before nesting and kinds are settled. */
    private record Heading(String id, String heading, String number, String title, boolean numbered, boolean decimal,
                           @Nullable String outlineParent, @Nullable Integer page) {}

    private static void flatten(Section s, @Nullable String parentId, List<Heading> out, Map<Section, String> ids,
                                PageMap pages) {
        Integer page = pages.pageAt(s.headingSpan().start());
        String id = s.path() == null ? "§" + out.size() : s.path();
        ids.put(s, id);
        Optional<HeadingPatterns.Match> m = numbering(s.heading());
        Matcher lenient = LENIENT_DECIMAL.matcher(s.heading().strip());
        Heading h;
        if (m.isPresent()) {
            boolean decimal = m.get().style() == HeadingPatterns.Style.DECIMAL;
            String title = decimal && lenient.matches() ? lenient.group(2).strip() : m.get().title();   // not cut at 80
            h = new Heading(id, s.heading(), decimal ? m.get().number() : m.get().label(), Legends.strip(title), true,
                    decimal, parentId, page);
        } else if (lenient.matches()) {     // "7.6. Physical Exam, Vital Signs, and Performance Status"
            h = new Heading(id, s.heading(), lenient.group(1), Legends.strip(lenient.group(2).strip()), true, true,
                    parentId, page);
        } else {
            h = new Heading(id, s.heading(), id, Legends.strip(s.heading()), false, false, parentId, page);
        }
        out.add(h);
        for (Section c : s.children()) flatten(c, id, out, ids, pages);
    }

    /**
     * Nests decimal-numbered sections by their numbers (5.3 under the nearest preceding 5), which corrects outlines
     * where an unrecognised heading swallowed its followers; then gives each section its kinds, parents first.
     */
    private List<ProtocolSection> sectionsOf(List<Heading> headings) {
        List<ProtocolSection> out = new ArrayList<>();
        Map<String, ProtocolSection> byId = new HashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            String parent = h.outlineParent();
            if (h.decimal()) {
                String decimalParent = null;
                for (int j = i - 1; j >= 0 && decimalParent == null; j--) {
                    Heading p = headings.get(j);
                    if (p.decimal() && h.number().startsWith(p.number() + ".")) decimalParent = p.id();
                }
                if (decimalParent != null) {
                    parent = decimalParent;
                } else {        // no decimal ancestor prefixes it: climb out of every decimal section ("3" after 2.3.3)
                    while (parent != null && byId.containsKey(parent) && isDecimal(byId.get(parent), headings)) {
                        parent = byId.get(parent).parentId();
                    }
                }
            }
            ProtocolSection ps = byId.get(parent);
            boolean apparatus = SectionClassifier.isApparatus(h.title());
            List<String> kinds = apparatus ? List.of() : classifier.classify(h.title(), ps == null ? null : ps.kinds());
            ProtocolSection section = new ProtocolSection(h.id(), h.number(), h.heading(), h.title(),
                    ps == null ? 1 : ps.level() + 1, parent, kinds.isEmpty() ? null : kinds.get(0), kinds,
                            h.numbered(), apparatus, h.page());
            out.add(section);
            byId.put(h.id(), section);
        }
        return out;
    }

    private static boolean isDecimal(ProtocolSection s, List<Heading> headings) {
        return headings.stream().anyMatch(h -> h.id().equals(s.id()) && h.decimal());
    }

    /**
     * A .txt protocol written in an editor has one paragraph per line. The text reader repairs PDF line breaks and so
     * joins a heading to an unterminated line before it ("...II 期临床试验" + "1 研究背景"); when that repair loses
     * numbered headings, the file's own lines are kept instead.
     */
    private static SourceText keepHeadingLines(Path file, SourceText repaired) {
        String ext = SourceReaders.extension(file);
        if (!ext.equals("txt") && !ext.equals("text")) return repaired;
        String raw;
        try {
            raw = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
        } catch (IOException e) {
            return repaired;      // not UTF-8: the reader decoded it; keep its result
        }
        List<String> lines = raw.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        long headings = lines.stream().filter(l -> HeadingPatterns.match(l).isPresent()).count();
        long kept = repaired.text().lines().filter(l -> HeadingPatterns.match(l.strip()).isPresent()).count();
        return kept < headings ? SourceText.ofLines(lines, List.of()) : repaired;
    }

    private static Optional<HeadingPatterns.Match> numbering(String heading) {
        String cut = heading.length() > 80 ? heading.substring(0, 80) : heading;
        return HeadingPatterns.match(cut).or(() -> HeadingPatterns.match(cut.replaceAll("[.。:：]+$", "")));
    }

    /** The title a protocol gives itself ("Title: ..."), else its first heading, else its first line. */
    private static String title(SourceText source, List<ProtocolSection> sections) {
        String[] lines = source.text().split("\n");
        for (int i = 0; i < Math.min(lines.length, 200); i++) {
            Matcher m = TITLE_CUE.matcher(lines[i].strip());
            if (!m.find()) continue;
            String value = m.group(1).strip();
            if (value.isEmpty() && i + 1 < lines.length) value = lines[i + 1].strip();
            if (value.length() > 10) return value.length() > 400 ? value.substring(0, 400) : value;
        }
        for (ProtocolSection s : sections) {
            if (!s.isFrontMatter()) return s.title();
        }
        return lines.length == 0 ? "" : lines[0].strip();
    }

    private static ProtocolException tooLarge(String name, long size) {
        return new ProtocolException(ProtocolException.Problem.TOO_LARGE, String.format(java.util.Locale.ROOT,
                "%s: the file is %.1f MB; at most %d MB is accepted", name, size / 1048576.0, MAX_BYTES / 1048576));
    }

    private static ProtocolException unsupported(String name) {
        String ext = SourceReaders.extension(Path.of(name));
        return new ProtocolException(ProtocolException.Problem.UNSUPPORTED_TYPE, name + ": unsupported file type '"
                + (ext.isEmpty() ? "(none)" : "." + ext) + "' (supported: .md, .html, .txt, .docx, .pdf)");
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
