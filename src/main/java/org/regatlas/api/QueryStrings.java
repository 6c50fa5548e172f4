package org.regatlas.api;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Refuses a query string that is not percent-encoded UTF-8. Jetty decodes a bad escape to nothing and invalid UTF-8
 * to U+FFFD, so {@code q=%C3%28} would otherwise reach the search as "\uFFFD(" and be refused for an unclosed
 * bracket the caller never typed, and {@code q=%} would silently become an empty query.
 */
final class QueryStrings {
    private QueryStrings() {}

    /** Before every API route: 400 naming the parameter whose name or value is malformed. */
    static void check(Context ctx) {
        String raw = ctx.queryString();
        if (raw == null || raw.isEmpty()) return;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), null, "query string");
            if (eq >= 0) decode(pair.substring(eq + 1), name, "query string");
        }
    }

    /**
     * Parses {@code name=value&...} (a query string or a form body, named by {@code what} in errors) strictly: a malformed escape or invalid UTF-8 is
     * a 400 naming the parameter, as for the query string.
     */
    static Map<String, List<String>> parse(String raw, String what) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw.isEmpty()) return out;
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), null, what);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), name, what);
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    /** The parameter a malformed name or value is in, for the error message. */
    private static String where(@Nullable String param) {
        return param == null ? "a parameter name" : "parameter '" + CorpusRoutes.shorten(param) + "'";
    }

    /** Decodes one name or value strictly; {@code param} names the parameter a value belongs to. */
    private static String decode(String s, @Nullable String param, String what) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%') {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (lo < 0) {
                    throw ApiException.badRequest("The " + what + " has a malformed escape '"
                            + CorpusRoutes.shorten(s.substring(i, Math.min(s.length(), i + 3))) + "' in " + where(param)
                            + ": '%' must be followed by two hex digits (write a literal '%' as %25)");
                }
                bytes.write(hi * 16 + lo);
                i += 3;
            } else if (c < 0x80) {
                bytes.write(c == '+' ? ' ' : c);
                i++;
            } else {
                int end = i;
                while (end < s.length() && s.charAt(end) != '%') end++;
                bytes.writeBytes(s.substring(i, end).replace('+', ' ').getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        byte[] raw = bytes.toByteArray();
        // Lenient decoding marks each malformed sequence with U+FFFD; only text that has one can be malformed.
        String lenient = new String(raw, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) return lenient;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("The " + what + " is not valid UTF-8 in " + where(param)
                    + ": percent-escapes must encode UTF-8 text");
        }
    }
}
