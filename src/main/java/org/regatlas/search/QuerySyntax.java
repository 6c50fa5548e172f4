package org.regatlas.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the user query syntax: words, {@code "exact phrases"}, {@code AND} / {@code OR} / {@code NOT}, {@code -word}
 * and {@code +word}, parentheses, and field filters {@code jurisdiction:CN agency:FDA doc:ID topic:crs strength:MUST
 * status:final provenance:digest}. Words are combined as in Lucene's classic parser: optional by default (ranked by how
 * much they match), required next to {@code AND} or after {@code +}, excluded after {@code NOT} or {@code -}.
 *
 * <p>Malformed input (an unclosed quote or parenthesis, an operator with nothing on one side, an empty filter) is
 * rejected with a message naming the problem rather than guessed at: a silently reinterpreted query would show
 * results for something the user did not ask. A colon in other words ({@code IL-6:}, {@code 注:}) is plain text.
 */
public final class QuerySyntax {
    private QuerySyntax() {}

    public enum Occur { SHOULD, MUST, MUST_NOT }

    /** A node of the parsed query. */
    public sealed interface Node permits Text, Phrase, Filter, Group {}

    /** Free text: one or more words (a Chinese run is one "word" here; analysis splits it). */
    public record Text(String text) implements Node {}

    /** An exact phrase. */
    public record Phrase(String text) implements Node {}

    /** A field filter written inside the query. */
    public record Filter(String name, String value) implements Node {}

    /** A parenthesised group of clauses. */
    public record Group(List<Clause> clauses) implements Node {}

    public record Clause(Occur occur, Node node) {}

    private static final Map<String, String> FILTER_ALIASES = Map.of("jurisdiction", "jurisdiction", "jur", "jurisdiction",
            "agency", "agency", "doc", "doc", "docid", "doc", "topic", "topic", "strength", "strength", "status", "status",
            "provenance", "provenance");

    private enum Kind { WORD, PHRASE, FILTER, AND, OR, NOT, LPAREN, RPAREN }

    private record Token(Kind kind, String text, String field, char modifier) {}

    /** Parses {@code query}; an empty or blank query yields no clauses. */
    public static List<Clause> parse(String query) {
        List<Token> tokens = tokenize(query);
        int[] pos = {0};
        List<Clause> clauses = clauses(tokens, pos, false);
        if (pos[0] < tokens.size()) {
            throw new InvalidQueryException("Unbalanced ')' in the query: remove it or add a matching '('");
        }
        return clauses;
    }

    private static List<Clause> clauses(List<Token> tokens, int[] pos, boolean nested) {
        List<Clause> out = new ArrayList<>();
        Kind pending = null;
        while (pos[0] < tokens.size()) {
            Token t = tokens.get(pos[0]);
            if (t.kind() == Kind.RPAREN) {
                if (!nested) throw new InvalidQueryException("Unbalanced ')' in the query: remove it or add a matching '('");
                break;
            }
            pos[0]++;
            if (t.kind() == Kind.AND || t.kind() == Kind.OR) {
                if (out.isEmpty() || pending != null) {
                    throw new InvalidQueryException("'" + t.text() + "' needs a search term on both sides");
                }
                pending = t.kind();
                continue;
            }
            Occur occur = Occur.SHOULD;
            char modifier = t.modifier();
            if (t.kind() == Kind.NOT) {
                if (pos[0] >= tokens.size() || tokens.get(pos[0]).kind() == Kind.RPAREN) {
                    throw new InvalidQueryException("'NOT' needs a search term after it");
                }
                t = tokens.get(pos[0]++);
                if (t.kind() == Kind.AND || t.kind() == Kind.OR || t.kind() == Kind.NOT) {
                    throw new InvalidQueryException("'NOT' needs a search term after it, not '" + t.text() + "'");
                }
                modifier = '-';
            }
            Node node = switch (t.kind()) {
                case WORD -> new Text(t.text());
                case PHRASE -> new Phrase(t.text());
                case FILTER -> new Filter(t.field(), t.text());
                case LPAREN -> {
                    List<Clause> inner = clauses(tokens, pos, true);
                    if (pos[0] >= tokens.size() || tokens.get(pos[0]).kind() != Kind.RPAREN) {
                        throw new InvalidQueryException("Unclosed '(' in the query: add the matching ')'");
                    }
                    pos[0]++;
                    yield new Group(inner);
                }
                default -> throw new InvalidQueryException("Unexpected '" + t.text() + "' in the query");
            };
            if (pending == Kind.AND) {
                Clause prev = out.get(out.size() - 1);
                if (prev.occur() == Occur.SHOULD) out.set(out.size() - 1, new Clause(Occur.MUST, prev.node()));
                occur = Occur.MUST;
            }
            if (modifier == '-') occur = Occur.MUST_NOT;
            if (modifier == '+') occur = Occur.MUST;
            out.add(new Clause(occur, node));
            pending = null;
        }
        if (pending != null) {
            throw new InvalidQueryException("'" + pending + "' needs a search term on both sides");
        }
        return out;
    }

    private static List<Token> tokenize(String q) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = q.length();
        while (i < n) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                i++;
                continue;
            }
            char modifier = 0;
            if ((c == '-' || c == '+') && i + 1 < n && !Character.isWhitespace(q.charAt(i + 1))) {
                modifier = c;
                c = q.charAt(++i);
            }
            if (c == '(') {
                out.add(new Token(Kind.LPAREN, "(", null, modifier));
                i++;
            } else if (c == ')') {
                out.add(new Token(Kind.RPAREN, ")", null, modifier));
                i++;
            } else if (c == '"' || c == '“') {
                int close = closingQuote(q, i + 1);
                if (close < 0) {
                    throw new InvalidQueryException("Unclosed quote at character " + (i + 1) + ": add the closing '\"'");
                }
                String phrase = q.substring(i + 1, close).strip();
                if (!phrase.isEmpty()) out.add(new Token(Kind.PHRASE, phrase, null, modifier));
                i = close + 1;
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(q.charAt(i)) && q.charAt(i) != '\u3000' && q.charAt(i) != '"'
                        && q.charAt(i) != '“' && q.charAt(i) != '(' && q.charAt(i) != ')') {
                    i++;
                }
                String word = q.substring(start, i);
                // name:"quoted value"
                if (word.endsWith(":") && i < n && (q.charAt(i) == '"' || q.charAt(i) == '“')
                        && FILTER_ALIASES.containsKey(word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT))) {
                    int close = closingQuote(q, i + 1);
                    if (close < 0) throw new InvalidQueryException("Unclosed quote at character " + (i + 1) + ": add the closing '\"'");
                    word = word + q.substring(i + 1, close);
                    i = close + 1;
                }
                out.add(word(word, modifier));
            }
        }
        return out;
    }

    private static int closingQuote(String q, int from) {
        for (int j = from; j < q.length(); j++) {
            if (q.charAt(j) == '"' || q.charAt(j) == '”') return j;
        }
        return -1;
    }

    private static Token word(String word, char modifier) {
        switch (word) {
            case "AND", "&&" -> { return new Token(modifier == 0 ? Kind.AND : Kind.WORD, word, null, modifier); }
            case "OR", "||" -> { return new Token(modifier == 0 ? Kind.OR : Kind.WORD, word, null, modifier); }
            case "NOT" -> { return new Token(modifier == 0 ? Kind.NOT : Kind.WORD, word, null, modifier); }
            default -> { }
        }
        int colon = word.indexOf(':');
        if (colon > 0) {
            String name = FILTER_ALIASES.get(word.substring(0, colon).toLowerCase(Locale.ROOT));
            if (name != null) {
                String value = word.substring(colon + 1).strip();
                if (value.isEmpty()) {
                    throw new InvalidQueryException("Filter '" + word + "' needs a value, e.g. " + name + ":"
                            + example(name));
                }
                return new Token(Kind.FILTER, value, name, modifier);
            }
        }
        return new Token(Kind.WORD, word, null, modifier);
    }

    private static String example(String filter) {
        return switch (filter) {
            case "jurisdiction" -> "CN";
            case "agency" -> "FDA";
            case "doc" -> "cde-2024-cart-heme";
            case "topic" -> "crs";
            case "strength" -> "MUST";
            case "status" -> "final";
            default -> "digest";
        };
    }
}
