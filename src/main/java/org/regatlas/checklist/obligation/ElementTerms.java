package org.regatlas.checklist.obligation;

import java.util.List;

/**
 * Protocol terms the checklist needs that the taxonomy does not carry: parts of obligations a protocol states in its
 * own words (a baseline re-assessment, a pooled safety analysis, disease progression, bleeding), and paraphrases that
 * extend a taxonomy topic (a protocol states a washout as "must end at least 14 days before"). Each entry gives a
 * Chinese and an English regular expression; they are matched like the taxonomy's terms (case-insensitive English,
 * whitespace around Chinese characters removed). When {@code corpus/glossary.json} carries a concept, the glossary
 * entry is used as well.
 */
public final class ElementTerms {
    private ElementTerms() {}

    /**
     * @param id     a taxonomy topic id to extend, or {@code x:...} for a concept of its own
     * @param label  English label for reasons
     * @param zh     Chinese regular expression (no whitespace)
     * @param en     English regular expression (case-insensitive)
     */
    record Entry(String id, String label, String zh, String en) {}

    /** An entry whose English expression is the alternatives given, joined by {@code |}. */
    private static Entry entry(String id, String label, String zh, String... en) {
        return new Entry(id, label, zh, String.join("|", en));
    }

    /**
     * Concepts that name a requirement by themselves (a site qualified for CAR-T, tocilizumab on site, tumour testing
     * for the transgene): an obligation asking for one of them is missing when the protocol never states it, however
     * much of the obligation's general wording (adverse events, infusion, investigators) the protocol uses.
     */
    public static final java.util.Set<String> DECISIVE = java.util.Set.of("x:site-qualification",
            "x:rescue-availability", "x:tumour-transgene-testing", "x:sponsor-continuity");

    /**
     * Terms of the checklist's own that name a part of a broader topic by the same words as the topic's synonyms
     * (生产延迟 is a manufacturing delay and the taxonomy's manufacturing; Cmax a kinetic parameter and its cellular
     * kinetics): where both match, an obligation asks for the part.
     */
    static final java.util.Set<String> NARROWING = java.util.Set.of("x:manufacturing-failure", "x:kinetic-parameters",
            "x:clonal-expansion");

    /**
     * Terms that say how a duty is done (with which assay, weighing which factors): a protocol silent on them has
     * done the duty in part, not left it out, so they are checked but never the duty's primary concept.
     */
    static final java.util.Set<String> QUALIFYING = java.util.Set.of("x:assay-format", "x:target-expression",
            "x:inter-patient-variability");

    /**
     * What follows a concept's term when the term is another word: 生产商 is the company, not manufacturing; "area
     * under the curve (AUC) 5" is a carboplatin dose, not a kinetic parameter.
     */
    static final java.util.Map<String, java.util.regex.Pattern> OTHER_SENSE = java.util.Map.of(
            "manufacturing", java.util.regex.Pattern.compile("商|企业|厂"),
            // the persistence of antibodies or of a disease is not the product's cellular kinetics
            "cellular-kinetics", java.util.regex.Pattern.compile("\\)?\\s*(?:\\(AUC\\)\\s*)?(?:of\\s+|=\\s*)?\\d"
                    + "|(?i)\\s+of\\s+(?:\\w+[- ]){0,2}(?:antibod\\w*|titers?|titres?|symptoms?|disease|infections?)"),
            // an immune response against the tumour is the treatment's effect, not a response to the product
            "immunogenicity", java.util.regex.Pattern.compile("(?i)\\s+(?:against|to|towards?)\\s+(?:the\\s+|a\\s+)?"
                    + "(?:tumou?rs?|cancer|malignan\\w*|lymphoma|leuka?emia|infections?|pathogens?)"),
            // clinical experience with a product or class is what is known of it, not a trained investigator
            "investigator-training", java.util.regex.Pattern.compile("(?i)\\s+(?:with|of)\\s+(?:the\\s+|this\\s+|a\\s+)?"
                    + "(?:\\w+\\s+){0,2}(?:products?|drugs?|agents?|class|therap(?:y|ies))\\b"));

    private static final String DURATION = "\\d+ (?:hours?|days?|weeks?)";

    static final List<Entry> ENTRIES = List.of(
            // extensions of taxonomy topics
            entry("washout", "Washout period", "洗脱|(?:结束|停止|停用|完成)[^。；]{0,6}(?:至少|≥)\\s*\\d+\\s*(?:天|日|周|小时)",
                    "\\b(?:end|ended|ends|stop|stopped|completed?|discontinued|be (?:completed|stopped|discontinued)) "
                            + "(?:at least |no later than |≥ ?)" + DURATION + "(?: \\([^)]*\\))? (?:before|prior)",
                    "\\b(?:must|should|shall) end at least " + DURATION),
            entry("crossover", "Crossover", "对照组[^。；]{0,20}(?:给予|接受|交叉)[^。；]{0,12}(?:CAR-?T|细胞治疗|试验组)",
                    "\\b(?:control|comparator|standard[- ]of[- ]care) arm (?:patients|subjects|participants)?"
                            + "[^.;]{0,80}\\b(?:may|will|can|are eligible to|be offered|offered)\\b"
                            + "[^.;]{0,30}\\b(?:receive|cross)"),
            entry("ltfu", "Long-term follow-up", "长期随访|(?:随访|观察|监测)(?:至少)?\\d+年",
                    "\\b(?:followed|follow-up|monitored) (?:for|up to) (?:\\d+|fifteen) years"),
            entry("safety-review-group", "Safety review group", "安全性?(?:评估|审查|监查)(?:小组|委员会)",
                    "\\bsafety (?:assessment|evaluation|review|monitoring) (?:group|committee|board|team)\\b"),
            entry("subgroup-analysis", "Subgroup analysis", "分层分析", "\\b(?:analy[sz]ed|analy[sz]is) stratified by\\b"),
            // the taxonomy lists the plural; a sentence on "long-term persistence of neutralizing antibody" names it too
            entry("immunogenicity", "Immunogenicity", "中和抗体|抗药抗体",
                    "\\bneutrali[sz]ing antibody\\b", "\\banti-?(?:drug|product) antibod(?:y|ies)\\b"),
            entry("icans", "Neurotoxicity (ICANS)", "神经系统不良事件",
                    "\\bneurologic(?:al)? (?:events?|toxicit(?:y|ies)|adverse (?:events?|reactions?))\\b"),
            // concepts of the checklist's own
            entry("x:baseline", "Baseline", "基线", "\\bbaseline\\b"),
            entry("x:reassessment", "Re-assessment", "再次评估|重新评估|复评",
                    "\\bre-?(?:assess|evaluat|baselin|stag)\\w*",
                    "\\brepeat(?:ed)? (?:\\w+[- ]){0,2}"
                            + "(?:assessment|evaluation|scan|imaging|PET|CT|biopsy|bone marrow)"),
            entry("x:progression", "Disease progression", "疾病进展|出现进展|进展或死亡",
                    "\\b(?:disease progression|progressive disease|progression)\\b"),
            entry("x:death", "Death", "死亡", "\\b(?:death|deaths|died|mortality)\\b"),
            entry("x:non-response", "Lack of response", "无应答|未缓解|未达到缓解|无效",
                    "\\b(?:no response|non-?response|lack of response|stable disease|failure to respond)\\b",
                    "\\bnot achieving (?:a )?(?:CR|PR|response)\\b"),
            entry("x:new-therapy", "Start of new anti-tumour therapy", "新的抗肿瘤治疗|新的抗癌治疗|新抗肿瘤治疗",
                    "\\b(?:new|commencement of (?:new )?|start of (?:new )?)"
                            + "(?:anti-?cancer|anti-?tumou?r|lymphoma|leuka?emia|myeloma|systemic)? ?"
                            + "therap(?:y|ies)\\b"),
            entry("x:bleeding", "Bleeding", "出血", "\\b(?:bleeding|ha?emorrhage)\\b"),
            // 验证 alone is "verify" (评估或验证疗效终点, 验证临床获益); validation is of a method or its data
            entry("x:validation", "Validation", "方法学验证|验证数据|(?:方法|检测|测定|分析)[^。；，]{0,6}验证",
                    "\\bvalidat(?:ed|ion|e)\\b"),
            entry("x:cell-mediated-immunity", "Cell-mediated immune response",
                    "细胞介导的?免疫(?:应答|反应)|细胞免疫(?:应答|反应)",
                    "\\bcell[- ]mediated immun\\w*", "\\bcellular immune (?:response|reactivity)",
                    "\\bT[- ]cell (?:responses?|immunity) (?:to|against)\\b"),
            entry("x:exposure", "Treatment exposure", "治疗暴露|暴露量", "\\b(?:treatment )?exposure\\b"),
            entry("x:pooled", "Pooled analysis", "汇总分析|合并分析",
                    "\\b(?:pooled|pooling|integrated (?:safety )?analys[ie]s)\\b"),
            entry("x:same-target", "Same-target agents", "相同靶点|同靶点",
                    "\\b(?:same target|same antigen|CD\\d+[- ](?:directed|targeted))",
                    "\\banti-CD\\d+ (?:agents?|antibod|therap)"),
            entry("x:molecular-analysis", "Molecular genetic analysis", "分子遗传学分析|分子遗传学检测|基因测序|整合位点",
                    "\\bmolecular (?:genetic )?(?:analysis|testing|work-?up)", "\\bsequencing\\b",
                    "\\bintegration sites? (?:analys\\w+|testing|sequencing)"),
            // the outgrowth of one clone of the product's cells, which a protocol monitors; not the risk of insertional
            // mutagenesis that the taxonomy files it under, nor a disease's own clonality (克隆性浆细胞)
            entry("x:clonal-expansion", "Clonal expansion of the product's cells", "克隆(?:形成|扩增|性增殖|演变)|克隆优势",
                    "\\bclonal (?:expansion|outgrowth|dominance|proliferation)\\b|\\bclone formation\\b",
                    "\\boligoclonal\\w*"),
            entry("x:mutation-burden", "Mutation burden", "突变负荷", "\\bmutation(?:al)? (?:burden|load)\\b"),
            entry("x:relatedness", "Causality assessment", "相关性",
                    "\\b(?:relatedness|causality|relationship to|related to|adjudicat\\w+)\\b"),
            entry("x:toxicity", "Treatment-related toxicity", "治疗相关毒性|相关毒性",
                    "\\b(?:treatment|therapy|product|drug)?-?related toxicit(?:y|ies)\\b"),
            entry("x:adverse-events", "Adverse events", "不良事件|不良反应", "\\badverse (?:events?|reactions?)\\b",
                    "\\bAEs?\\b"),
            entry("x:rationale", "Rationale", "依据|理由", "\\b(?:rationale|justif(?:y|ied|ication)|reason for)\\b"),
            entry("x:target-effect", "Target effect", "目标效应|目标值",
                    "\\b(?:target value|target effect|expected effect|null hypothesis|performance goal)\\b"),
            entry("x:marketed-products", "Marketed products", "已上市",
                    "\\b(?:marketed|approved|licensed|authori[sz]ed) (?:\\w+[- ]){0,3}(?:products?|therap(?:y|ies))"),
            entry("x:prevention", "Prevention", "预防", "\\b(?:prevention|prophyla\\w+)\\b"),
            entry("x:diagnosis", "Diagnosis", "诊断", "\\b(?:diagnos\\w+)\\b"),
            entry("x:consensus", "Consensus guidance", "共识", "\\bconsensus\\b"),
            // a product that cannot be given as planned; a passage on manufacturing or release testing is not one
            entry("x:manufacturing-failure", "Manufacturing failure or delay",
                    "生产失败|生产延迟|制备失败|不合格产品|超出质量标准|不符合放行标准|未能(?:成功)?(?:生产|制备)",
                    "\\bmanufactur\\w* (?:failures?|delays?|issues?)\\b",
                    "\\b(?:fail\\w*|failures?) to (?:meet|pass) (?:\\w+ ){0,2}(?:release|specifications?)",
                    "\\bout[- ]of[- ]specification\\b|\\bOOS\\b",
                    "\\b(?:cannot|could not|can't|not) (?:be )?(?:successfully )?"
                            + "(?:manufactured|produced|generated)\\b",
                    "\\b(?:product|manufacturing) (?:is |was |may be )?delayed\\b|\\bdelayed product\\b"),
            // the named parameters of a kinetic profile; sampling CAR-T levels is cellular kinetics, not its parameters
            entry("x:kinetic-parameters", "Kinetic parameters", "峰浓度|达峰时间|动力学参数|C(?i:max)|T(?i:max)",
                    "\\b(?:C ?max|T ?max|peak (?:expansion|levels?|concentrations?)|time to peak|"
                            + "(?:pharmaco|cellular[- ]|cell[- ])?kinetic parameters)\\b"),
            entry("x:site-qualification", "Site and investigator qualification",
                    "(?:选择|具备|具有|有)[^。；]{0,30}(?:经验|能力|资质)[^。；]{0,6}(?:的)?(?:医疗机构|研究中心|研究者|中心)"
                            + "|研究者[^。；]{0,10}培训|(?:认证|资质)的?(?:医疗机构|中心)"
                            + "|(?:研究中心|参研中心|医疗机构)[^。；]{0,6}(?:须|应|需|应当)?具备[^。]{0,40}(?:资质|经验|能力)"
                            + "|(?:研究者|研究中心|参研中心)(?:及|和|与)?(?:研究者|研究中心)?(?:的)?资质",
                    "\\b(?:sites?|centres?|centers?|hospitals?|clinics?|investigators?|staff|personnel)\\b"
                            + "(?: \\w+){0,4} (?:experienced|qualified|trained|certified)\\b(?: \\w+){0,3} "
                            + "(?:in|to|for|on) (?:\\w+[- ]){0,4}(?:CAR|cell therap\\w*|CRS|cytokine release|"
                            + "neurolog\\w*|ICANS|toxicit\\w*)",
                    "\\b(?:trained|training|qualified|experienced|certified)\\b(?: \\w+){0,3} (?:in|on|with) "
                            + "(?:the )?(?:\\w+[- ]){0,3}(?:management|recognition|treatment|administration) of "
                            + "(?:CAR|CRS|cytokine|neuro\\w*|toxicit\\w*|cell)",
                    "\\bsite (?:qualification|certification|selection)\\b|\\bsites? (?:are|will be) selected\\b"
                            + "|\\bREMS\\b",
                    "\\b(?:capability|capable|experience|experienced)\\b(?: \\w+){0,3} (?:to|in|with) (?:diagnos|manag|"
                            + "treat)\\w*(?: \\w+){0,2} (?:CAR|CRS|cytokine|neuro|toxicit|cell)"),
            entry("x:rescue-availability", "Rescue medication available on site",
                    "(?:急救|抢救)药(?:物|品)?的?储备|(?:托珠单抗|药物|药品)[^。；]{0,10}(?:储备|备有|备好|配备|可用)"
                            + "|(?:备有|储备|备好|配备|可获得|确保)[^。；]{0,12}(?:托珠单抗|急救药|抢救药)",
                    "\\b(?:tocilizumab|emergency (?:drugs?|medications?)|rescue medications?)\\b[^.;]{0,100}"
                            + "\\b(?:available|on[- ]site|in stock|readily accessible)",
                    "\\bavailab\\w+ of (?:at least \\w+ doses? of )?(?:tocilizumab|emergency)"),
            entry("x:tumour-transgene-testing", "Tumour testing for the transgene",
                    "肿瘤[^。；]{0,20}(?:检测|检查|分析)[^。；]{0,10}(?:CAR|转基因|载体)|(?:检测|检查|分析)肿瘤[^。；]{0,12}(?:CAR|转基因|载体)",
                    "\\b(?:tumou?r|malignan\\w+|biops\\w+)\\b[^.;]{0,80}\\b(?:test\\w*|analy[sz]\\w+|assess\\w*) "
                            + "(?:\\w+ ){0,2}for (?:the )?(?:presence of )?(?:the )?(?:CAR|vector|transgene)",
                    "\\b(?:CAR|vector|transgene) (?:integration|insertion|presence)\\b[^.;]{0,40}\\b(?:tumou?r|"
                            + "malignan\\w+)"),
            // samples kept for later testing: "storage" alone is any storage (of the product, of records)
            entry("x:sample-banking", "Samples stored for later testing",
                    "(?:样本|标本|血清|血浆)[^。；]{0,20}(?:保存|留存|储存|存储|冻存)|(?:保存|留存|储存|存储|冻存)[^。；]{0,12}"
                            + "(?:样本|标本)|样本库",
                    "\\b(?:samples?|specimens?|sera|serum|plasma)\\b[^.;]{0,30}\\b(?:bank\\w*|stored|storage|retained|"
                            + "retention|archiv\\w+|frozen)\\b",
                    "\\b(?:banking|storage|retention) of (?:\\w+ ){0,2}(?:samples?|specimens?|sera|serum)\\b"),
            entry("x:single-site", "Single site", "单中心|单一(?:研究)?中心|一家(?:研究)?(?:中心|机构)",
                    "\\bsingle[- ](?:site|centre|center|institution)\\b|\\bmono-?cent(?:re|er|ric)\\w*"),
            entry("x:target-expression", "Target antigen expression", "靶(?:抗原|点)(?:的)?表达|抗原表达",
                    "\\b(?:target|antigen|target[- ]antigen) expression\\b|\\bexpression of the target\\b"),
            entry("x:inter-patient-variability", "Variability between patients", "个体(?:间)?差异|患者间差异|受试者间差异",
                    "\\b(?:inter-?(?:patient|individual|subject)|between[- ](?:patient|subject|individual)) variab\\w+",
                    "\\bvariab\\w+ between (?:patients|subjects|individuals)\\b|\\bindividual differences?\\b"),
            // how anti-drug antibodies are detected: a ligand-binding or a cell-based method
            entry("x:assay-format", "Assay format", "配体结合(?:实验|试验|分析|法|检测)|细胞学(?:方法|检测)"
                            + "|基于细胞的(?:功能)?(?:检测|实验|方法)|酶联免疫|ELISA|电化学发光",
                    "\\bligand[- ]binding (?:assays?|methods?|formats?)|\\bcell[- ]based (?:functional )?(?:assays?|"
                            + "methods?)|\\bELISA\\b|\\belectrochemiluminescen\\w+"),
            // follow-up that outlives the sponsor or its IND: the arrangement is the duty, the follow-up its subject
            entry("x:sponsor-continuity", "Follow-up if the sponsor stops or the IND is withdrawn",
                    "(?:申办方|申办者|企业|公司)[^。；]{0,12}(?:停止运营|终止运营|停止经营|破产|解散|注销|倒闭)"
                            + "|撤回[^。；]{0,8}(?:IND|临床试验申请|新药临床试验申请)",
                    "\\b(?:stops?|stopped|ceases?|ceased) (?:operating|operations|business|to operate|to exist)\\b",
                    "\\bgoes out of business\\b|\\bbankrupt\\w*",
                    "\\bIND (?:is |was |being )?(?:withdrawn|inactivated|terminated)\\b",
                    "\\bwithdraw\\w* (?:of )?(?:the |its )?IND\\b"),
            // the named starting-dose bases of a first-in-human trial: a protocol stating its dose rationale without
            // them has not stated what a sentence asking for them asks
            entry("x:mabel", "Minimal anticipated biological effect level (MABEL)",
                    "最低预期生物(?:学)?效应(?:剂量|水平)|MABEL",
                    "\\bMABEL\\b|\\bminim(?:al|um) anticipated biological effect level\\b"),
            entry("x:pad", "Pharmacologically active dose (PAD)", "药理(?:学)?活性剂量",
                    "(?-i:\\bPAD\\b)|\\bpharmacologically active doses?\\b"),
            entry("x:noael", "No-observed-adverse-effect level (NOAEL)",
                    "NOAEL|未观察到不良反应的剂量|无可见有害作用水平|未见(?:明显)?(?:毒性|不良)反应(?:的)?(?:剂量|水平)",
                    "\\bNOAEL\\b|\\bno[- ]observed[- ]adverse[- ]effect[- ]level\\b"),
            entry("x:transplant-aim", "Bridge to transplant", "以期获得长期缓解|移植为目的|使患者可以接受",
                    "\\bbridge to (?:allo\\S* )?(?:transplant|HSCT)\\w*"));
}
