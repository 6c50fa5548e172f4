package org.regatlas.index;

import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of the schema. Chinese text is indexed as CJK bigrams, which match however a query segments its
 * words; the vocabulary's concept terms give the precision that word segmentation would (a smartcn field added
 * nothing to the dev queries' nDCG@10 and cost two thirds of indexing time). English gets stemming. All are
 * thread-safe.
 */
public final class Analyzers {
    private Analyzers() {}

    private static final String IDEOGRAPHIC = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];

    /** CJK bigrams (full-width forms folded) and lower-cased Latin words; no stemming. */
    public static Analyzer bigram() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new LowerCaseFilter(source);
                ts = new CJKBigramFilter(ts);
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
                return new CJKWidthCharFilter(reader);
            }
        };
    }

    /**
     * English: standard tokens, possessives, stop words, Porter stems. Chinese characters are left out: the
     * bigram fields carry Chinese, and one character alone says little.
     */
    public static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new TypeTokenFilter(source, Set.of(IDEOGRAPHIC));
                ts = new EnglishPossessiveFilter(ts);
                ts = new LowerCaseFilter(ts);
                ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                ts = new PorterStemFilter(ts);
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    /** The per-field analyzer used for indexing and query analysis. */
    public static Analyzer perField() {
        Analyzer bigram = bigram();
        Analyzer en = english();
        return new PerFieldAnalyzerWrapper(bigram, Map.of(
                Fields.TEXT_EN, en,
                Fields.CONTEXT_EN, en,
                Fields.NEIGHBOURS_EN, en));
    }
}
