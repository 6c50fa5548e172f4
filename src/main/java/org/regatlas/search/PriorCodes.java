package org.regatlas.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.regatlas.index.Fields;

/**
 * What the priors read of each provision of one segment ({@link Fields#AUTHORITY}, {@link Fields#STRENGTH_RANK},
 * {@link Fields#READABLE}), packed in a byte per document and read once per segment instead of three doc values per
 * hit of every search: decoding them was a tenth of a search's collection. A segment never changes, and its codes go
 * when it closes. Thread-safe.
 *
 * @param codes   per document: authority, then strength ordinal shifted by 2, then language bits shifted by 4
 * @param regular whether every value fitted in two bits (else the priors read the doc values themselves)
 */
record PriorCodes(byte[] codes, boolean regular) {
    private static final Map<IndexReader.CacheKey, PriorCodes> BY_SEGMENT = new ConcurrentHashMap<>();

    static int kind(int code) {
        return code & 3;
    }

    static int rank(int code) {
        return (code >> 2) & 3;
    }

    static int readable(int code) {
        return (code >> 4) & 3;
    }

    /** The codes of {@code reader}'s documents, read on first use. */
    static PriorCodes of(LeafReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) return read(reader);
        PriorCodes held = BY_SEGMENT.get(helper.getKey());
        if (held != null) return held;
        PriorCodes read = read(reader);
        if (BY_SEGMENT.putIfAbsent(helper.getKey(), read) == null) helper.addClosedListener(BY_SEGMENT::remove);
        return read;
    }

    /** How many segments' codes are held (the open readers' segments). */
    static int held() {
        return BY_SEGMENT.size();
    }

    private static PriorCodes read(LeafReader reader) throws IOException {
        NumericDocValues authority = DocValues.getNumeric(reader, Fields.AUTHORITY);
        NumericDocValues strength = DocValues.getNumeric(reader, Fields.STRENGTH_RANK);
        NumericDocValues readable = DocValues.getNumeric(reader, Fields.READABLE);
        byte[] codes = new byte[reader.maxDoc()];
        boolean regular = true;
        for (int doc = 0; doc < codes.length; doc++) {
            long kind = authority.advanceExact(doc) ? authority.longValue() : Fields.OFFICIAL;
            long rank = strength.advanceExact(doc) ? strength.longValue() : 0;
            long langs = readable.advanceExact(doc) ? readable.longValue() : Fields.READ_ZH | Fields.READ_EN;
            if ((kind | rank | langs) >>> 2 != 0) {
                regular = false;
            } else {
                codes[doc] = (byte) (kind | rank << 2 | langs << 4);
            }
        }
        return new PriorCodes(codes, regular);
    }
}
