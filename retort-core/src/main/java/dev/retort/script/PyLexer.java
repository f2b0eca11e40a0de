package dev.retort.script;

import dev.retort.RetortException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Just enough of Python's tokenizer to find module-level statements in a revision script:
 * strings (all quote forms and prefixes), comments, brackets, line continuations and ';'.
 * It never fails on odd characters (they become one-character operators), only on an
 * unterminated string, because everything after one would be misread.
 */
public final class PyLexer {
    /** Module-level statements longer than this keep only their first tokens; the reader never needs more. */
    private static final int MAX_TOKENS = 4096;
    /** Indented statements keep enough to see a compound header's colon and a call's first argument. */
    private static final int MAX_BODY_TOKENS = 16;

    public enum Kind { NAME, STRING, NUMBER, OP }

    /** A token; for strings, {@code valueStart..valueEnd} is the text between the quotes. */
    public record Token(Kind kind, String text, int start, int end, int line, int depth,
                 String prefix, char quote, boolean triple, int valueStart, int valueEnd, String value) {
        public boolean is(String s) {
            return (kind == Kind.OP || kind == Kind.NAME) && text.equals(s);
        }
    }

    /** One logical line: its indentation column, first line and tokens. */
    public record Statement(int indent, int line, List<Token> tokens) {}

    private final String file;
    private final boolean full;
    private final String s;
    private final int n;
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;
    private List<Token> tokens = new ArrayList<>();
    private int indent = -1;
    private int stmtLine;

    private PyLexer(String file, String s, boolean full) {
        this.file = file;
        this.full = full;
        this.s = s;
        this.n = s.length();
    }

    /** Streams the logical lines of {@code content} to {@code sink}. */
    static void statements(String file, String content, Consumer<Statement> sink) {
        new PyLexer(file, content, false).run(sink);
    }

    /**
     * Every logical line of {@code content} with all of its tokens, function bodies included,
     * for readers that need the calls inside them (lint). Throws like {@link #statements}.
     */
    public static List<Statement> allStatements(String file, String content) {
        List<Statement> out = new ArrayList<>();
        new PyLexer(file, content, true).run(out::add);
        return out;
    }

    private void run(Consumer<Statement> sink) {
        if (n > 0 && s.charAt(0) == '\uFEFF') {
            pos = 1;
            lineStart = 1;
        }
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == '\n' || c == '\r') {
                newline(c);
                if (depth == 0) {
                    flush(sink);
                }
            } else if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                while (pos < n && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (c == '\\' && pos + 1 < n && (s.charAt(pos + 1) == '\n' || s.charAt(pos + 1) == '\r')) {
                pos++;
                newline(s.charAt(pos));
            } else if (c == '\'' || c == '"') {
                string(pos, "");
            } else if (Character.isLetter(c) || c == '_') {
                name();
            } else if (Character.isDigit(c)) {
                int start = pos;
                while (pos < n && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_' || s.charAt(pos) == '.')) {
                    pos++;
                }
                if (wants(start)) {
                    add(new Token(Kind.NUMBER, s.substring(start, pos), start, pos, line, depth, "", '\0', false, 0, 0, null));
                }
            } else if (c == ';' && depth == 0) {
                pos++;
                flush(sink);
            } else {
                operator(c);
            }
        }
        flush(sink);
    }

    private void newline(char c) {
        pos++;
        if (c == '\r' && pos < n && s.charAt(pos) == '\n') {
            pos++;
        }
        line++;
        lineStart = pos;
    }

    private void flush(Consumer<Statement> sink) {
        if (!tokens.isEmpty()) {
            sink.accept(new Statement(indent, stmtLine, tokens));
            tokens = new ArrayList<>();
        }
        indent = -1;
    }

    /**
     * Starts a statement at {@code start} if none is open, and says whether its next token is
     * worth building: the reader needs all of a module-level statement but only the first few
     * tokens of an indented one (to tell {@code pass} from real work, and what the work is). Skipping the rest keeps
     * function bodies cheap.
     */
    private boolean wants(int start) {
        if (indent < 0) {
            indent = start - lineStart;
            stmtLine = line;
        }
        return full || tokens.size() < (indent == 0 ? MAX_TOKENS : MAX_BODY_TOKENS);
    }

    private void add(Token t) {
        tokens.add(t);
    }

    private void name() {
        int start = pos;
        while (pos < n && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
            pos++;
        }
        if (pos < n && pos - start <= 2 && (s.charAt(pos) == '\'' || s.charAt(pos) == '"')
                && isStringPrefix(s.substring(start, pos))) {
            String prefix = s.substring(start, pos);
            pos = start;
            string(start, prefix);
            return;
        }
        if (wants(start)) {
            add(new Token(Kind.NAME, s.substring(start, pos), start, pos, line, depth, "", '\0', false, 0, 0, null));
        }
    }

    private static boolean isStringPrefix(String p) {
        if (p.length() > 2) {
            return false;
        }
        String l = p.toLowerCase(java.util.Locale.ROOT);
        return switch (l) {
            case "r", "u", "b", "f", "br", "rb", "fr", "rf" -> true;
            default -> false;
        };
    }

    private void string(int start, String prefix) {
        int startLine = line;
        boolean keep = wants(start);
        pos = start + prefix.length();
        char q = s.charAt(pos);
        boolean triple = pos + 2 < n && s.charAt(pos + 1) == q && s.charAt(pos + 2) == q;
        pos += triple ? 3 : 1;
        int valueStart = pos;
        boolean raw = prefix.toLowerCase(java.util.Locale.ROOT).contains("r");
        StringBuilder value = keep ? new StringBuilder() : null;
        while (true) {
            if (pos >= n) {
                throw unterminated(startLine);
            }
            char c = s.charAt(pos);
            if (c == '\\' && pos + 1 < n) {
                char next = s.charAt(pos + 1);
                if (next == '\n' || next == '\r') {
                    pos++;
                    newline(next);
                    if (raw && keep) {
                        value.append('\\').append('\n');
                    }
                    continue;
                }
                if (keep) {
                    value.append(raw ? "\\" + next : unescape(next));
                }
                pos += 2;
                continue;
            }
            if (c == q && (!triple || (pos + 2 < n && s.charAt(pos + 1) == q && s.charAt(pos + 2) == q))) {
                int valueEnd = pos;
                pos += triple ? 3 : 1;
                if (keep) {
                    add(new Token(Kind.STRING, "", start, pos, startLine, depth,
                            prefix, q, triple, valueStart, valueEnd, value.toString()));
                }
                return;
            }
            if (c == '\n' || c == '\r') {
                if (!triple) {
                    throw unterminated(startLine);
                }
                newline(c);
                if (keep) {
                    value.append('\n');
                }
                continue;
            }
            if (keep) {
                value.append(c);
            }
            pos++;
        }
    }

    private static String unescape(char c) {
        return switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case '\\', '\'', '"' -> String.valueOf(c);
            default -> "\\" + c;
        };
    }

    private RetortException unterminated(int startLine) {
        return RetortException.usage(file + ":" + startLine + ": unterminated string",
                "close the quote that starts on line " + startLine + " (Retort reads revision scripts as text and never runs them)");
    }

    private void operator(char c) {
        int start = pos;
        char next = pos + 1 < n ? s.charAt(pos + 1) : '\0';
        int len = 1;
        if (c == '-' && next == '>') {
            len = 2;
        } else if (c == '.' && next == '.' && pos + 2 < n && s.charAt(pos + 2) == '.') {
            len = 3;
        } else if (next == '=' && "=!<>:+-*/%&|^@".indexOf(c) >= 0) {
            len = 2;
        }
        int d = depth;
        if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
            depth--;
            d = depth;
        }
        pos += len;
        if (wants(start)) {
            add(new Token(Kind.OP, s.substring(start, pos), start, pos, line, d, "", '\0', false, 0, 0, null));
        }
    }
}
