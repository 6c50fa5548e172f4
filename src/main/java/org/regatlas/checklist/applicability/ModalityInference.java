package org.regatlas.checklist.applicability;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regatlas.checklist.read.Paragraph;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.checklist.read.ProtocolSection;
import org.regatlas.checklist.structure.PassageFilter;

/**
 * Infers the investigational product's {@link Modality} from the protocol's words: product descriptions (chimeric
 * antigen receptor, bispecific, monoclonal antibody, gene therapy) and the WHO INN stems that name a product's class
 * (-cabtagene for CAR-T, -tamab for bispecifics, -mab for antibodies, -tinib and -ciclib for kinase inhibitors). The
 * title and title page are read first, since that is where a protocol names what it investigates; later text names
 * comparators, prior therapies and excluded drugs as well (ZUMA-7 gives rituximab; MagnetisMM-3 excludes prior
 * CAR-T). A tier decides when it names any modality, keeping those named at least a third as often as the most
 * named one (a combination of an antibody and kinase inhibitors keeps both).
 */
final class ModalityInference {
    private ModalityInference() {}

    private static final Map<Modality, Pattern> CUES = new EnumMap<>(Map.of(
            Modality.CAR_T, Pattern.compile("\\bCAR[- ]?T\\b|chimeric antigen receptor|嵌合抗原受体|\\w+cabtagene\\b"
                    + "|tisagenlecleucel", Pattern.CASE_INSENSITIVE),
            Modality.TCR_T, Pattern.compile("\\bTCR[- ]?T\\b|T[- ]cell receptor[- ](?:engineered|transduced|gene)"
                    + "|TCR[- ]engineered|\\w+tresgene\\b|T\\s*细胞受体", Pattern.CASE_INSENSITIVE),
            Modality.GENE_MODIFIED_CELLS, Pattern.compile("\\bCAR[- ]?NK\\b|genetically (?:modified|engineered) "
                    + "(?:\\w+ )?cells|gene[- ](?:modified|edited) (?:\\w+ )?cells|(?:lenti|retro)viral(?:ly)? "
                    + "transduced|\\w+gene auto\\w*cel\\b|基因修饰的?细胞", Pattern.CASE_INSENSITIVE),
            Modality.CELLS, Pattern.compile("mesenchymal (?:stem|stromal) cells?|tumou?r[- ]infiltrating lymphocytes"
                    + "|\\b(?:cell|cellular) therap(?:y|ies)\\b|\\w+leucel\\b|细胞治疗|干细胞", Pattern.CASE_INSENSITIVE),
            Modality.GENE_THERAPY, Pattern.compile("\\bgene therap(?:y|ies)\\b|adeno-associated|\\bAAV\\d*\\b"
                    + "|vector genomes|oncolytic (?:virus|adenovirus|HSV)|\\w+(?:parvovec|repvec|denovec)\\b|基因治疗"
                    + "|腺相关病毒", Pattern.CASE_INSENSITIVE),
            Modality.T_CELL_ENGAGER, Pattern.compile("bispecific|\\bBiTE\\b|T[- ]cell[- ]engag\\w*|[×x]\\s?CD3\\b"
                    + "|\\bCD3[- ](?:bispecific|engag\\w*|directed)|\\w+tamab\\b|blinatumomab|mosunetuzumab|双特异"
                    + "|双抗", Pattern.CASE_INSENSITIVE),
            Modality.ANTIBODY, Pattern.compile("monoclonal antibod\\w*|antibody[- ]drug conjugate|\\b\\w{3,}mab\\b"
                    + "|单克隆抗体|单抗", Pattern.CASE_INSENSITIVE),
            Modality.SMALL_MOLECULE, Pattern.compile("small[- ]molecule|kinase inhibitor|\\b\\w{3,}(?:tinib|ciclib"
                    + "|lisib|parib|rafenib|degib|zomib|lutamide|sertib)\\b|小分子|激酶抑制剂",
                    Pattern.CASE_INSENSITIVE)));

    /** Paragraphs of the front matter read as the title page, before a synopsis or contents begins. */
    private static final int TITLE_PAGE = 15;
    private static final Pattern FRONT_END = Pattern.compile("(?i)synopsis|table of contents|概要|摘要|目录");
    private static final double SHARE = 1.0 / 3;

    /** The modalities the protocol names for its product; empty when it names none. */
    static List<Modality> infer(Protocol protocol, PassageFilter passages) {
        for (List<String> tier : tiers(protocol, passages)) {
            List<Modality> found = named(tier);
            if (!found.isEmpty()) return found;
        }
        return List.of();
    }

    private static List<List<String>> tiers(Protocol protocol, PassageFilter passages) {
        List<String> title = new ArrayList<>(List.of(protocol.title()));
        List<String> front = new ArrayList<>();
        List<String> body = new ArrayList<>();
        boolean titlePage = true;
        for (Paragraph p : protocol.paragraphs()) {
            boolean frontMatter = p.sectionId().isEmpty();
            if (frontMatter && titlePage && p.index() < TITLE_PAGE && !FRONT_END.matcher(p.text()).find()) {
                title.add(p.text());
                continue;
            }
            titlePage = false;
            if (!passages.admissible(p.index())) continue;
            ProtocolSection s = protocol.section(p.sectionId()).orElseThrow();
            boolean product = s.kinds().stream().anyMatch(k -> k.equals("intervention") || k.equals("design"));
            if (frontMatter || product) front.add(p.text());
            else body.add(p.text());
        }
        return List.of(title, front, body);
    }

    private static List<Modality> named(List<String> texts) {
        Map<Modality, Integer> counts = new EnumMap<>(Modality.class);
        for (String t : texts) {
            for (Map.Entry<Modality, Pattern> e : CUES.entrySet()) {
                Matcher m = e.getValue().matcher(t);
                while (m.find()) {
                    if (e.getKey() == Modality.ANTIBODY && CUES.get(Modality.T_CELL_ENGAGER).matcher(m.group())
                            .matches()) continue;       // elranatamab is a bispecific, not a plain antibody
                    counts.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        // a CAR-T or TCR-T product is also a cell therapy and genetically modified: name the most specific
        if (counts.containsKey(Modality.CAR_T) || counts.containsKey(Modality.TCR_T)) {
            counts.remove(Modality.CELLS);
            counts.remove(Modality.GENE_MODIFIED_CELLS);
        }
        if (counts.containsKey(Modality.GENE_MODIFIED_CELLS)) counts.remove(Modality.CELLS);
        int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Modality> out = new ArrayList<>();
        counts.forEach((m, n) -> {
            if (n >= Math.max(1, top * SHARE)) out.add(m);
        });
        return out;
    }
}
