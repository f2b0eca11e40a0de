// Over 300 lines: one state machine over one cursor (quotes, comments, terminators, routine
// bodies); split, its parts would share every field.
package dev.retort.dialect.sql;

import dev.retort.RetortException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one SQL lexer: cuts text into {@link SqlToken}s with one database's {@link SqlSyntax} hooks
 * (quotes, backslash escapes, dollar quotes, comments, executable comments). Read as a script it
 * also marks where statements end ({@link SqlToken.Kind#TERMINATOR}): the terminator, changed by
 * the client command DELIMITER, outside quotes, comments and routine bodies. The splitter, the
 * scratch guard, lint's classifier, SQLite's catalog text and expression keys all read SQL
 * through it, so they cannot disagree about where a string or a statement ends.
 *
 * <p>A cursor: {@link #advance} moves to the next token and the accessors describe it, so the
 * splitter on the apply path allocates nothing per token.
 */
public final class SqlLexer {
    private static final Set<String> ROUTINE_KINDS = Set.of("TRIGGER", "PROCEDURE", "FUNCTION", "EVENT");
    /** The routine kind must come within the first words of a CREATE (after OR REPLACE, DEFINER, ...). */
    private static final int HEADER_WORDS = 8;

    private final SqlSyntax syntax;
    private final String file;
    private final String sql;
    /** Reading a script: terminators, DELIMITER and errors for unterminated text; else one statement. */
    private final boolean script;
    private int pos;
    private int line;
    private String delimiter = ";";
    /** Inside the text of an executable comment, whose closing marker ends it. */
    private boolean inHint;
    // the statement being read (script only): has it started, and its routine-body nesting
    private boolean started;
    private final List<String> words = new ArrayList<>();
    private boolean routine;
    private int depth;
    // the current token
    private SqlToken.Kind kind;
    private int start;
    private int tokenLine;

    private SqlLexer(String sql, SqlSyntax syntax, String file, int firstLine, boolean script) {
        this.sql = sql;
        this.syntax = syntax;
        this.file = file;
        this.line = firstLine;
        this.script = script;
    }

    /**
     * A cursor over a script that starts on line {@code firstLine} of {@code file}: its tokens
     * include terminators and DELIMITER commands; an unterminated quote or comment is a usage
     * error naming the file and line where it opened.
     */
    public static SqlLexer script(String sql, SqlSyntax syntax, String file, int firstLine) {
        return new SqlLexer(sql, syntax, file, firstLine, true);
    }

    /**
     * The tokens of one statement (as the splitter cut it, or catalog text) starting on line
     * {@code firstLine}: no terminators (a ';' is punctuation), no comment markers, and the text
     * of MySQL's executable comments lexed as the server runs it. Unterminated text ends at the end.
     */
    public static List<SqlToken> tokens(String sql, SqlSyntax syntax, int firstLine) {
        SqlLexer lexer = new SqlLexer(sql, syntax, "<sql>", firstLine, false);
        List<SqlToken> out = new ArrayList<>();
        while (lexer.advance()) {
            if (lexer.kind != SqlToken.Kind.HINT) {
                out.add(lexer.token());
            }
        }
        return List.copyOf(out);
    }

    /** Moves to the next token; false at the end of the text. */
    public boolean advance() {
        int n = sql.length();
        while (pos < n) {
            char c = sql.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (script && !started && syntax.delimiterCommand() && atLineStart() && startsWithWord("DELIMITER")) {
                begin();
                readDelimiterCommand();
                return is(SqlToken.Kind.COMMAND);
            } else if (c == '-' && peek(1) == '-' && lineCommentAllowed() || c == '#' && syntax.hashComments()) {
                skipToEndOfLine();
            } else if (inHint && c == '*' && peek(1) == '/') {
                begin();
                pos += 2;
                inHint = false;
                return is(SqlToken.Kind.HINT);
            } else if (c == '/' && peek(1) == '*') {
                int body = inHint ? -1 : executableCommentBody();
                if (body > 0) {
                    begin();
                    pos = body;
                    inHint = true;
                    return is(SqlToken.Kind.HINT);
                }
                boolean optimizerHint = syntax.executableComments() && peek(2) == '+';
                begin();
                skipBlockComment();
                if (optimizerHint) {
                    return is(SqlToken.Kind.HINT);
                }
            } else if (script && !inHint && depth == 0 && sql.startsWith(delimiter, pos)) {
                begin();
                pos += delimiter.length();
                endStatement();
                return is(SqlToken.Kind.TERMINATOR);
            } else {
                begin();
                return is(lexToken(c));
            }
        }
        return false;
    }

    public SqlToken.Kind kind() {
        return kind;
    }

    /** Offset of the current token's first character. */
    public int start() {
        return start;
    }

    /** Offset just past the current token. */
    public int end() {
        return pos;
    }

    public int line() {
        return tokenLine;
    }

    /** The current token as a value. */
    public SqlToken token() {
        return new SqlToken(kind, sql.substring(start, pos), start, pos, tokenLine);
    }

    private void begin() {
        start = pos;
        tokenLine = line;
    }

    private boolean is(SqlToken.Kind k) {
        kind = k;
        if (k != SqlToken.Kind.TERMINATOR && k != SqlToken.Kind.COMMAND) {
            started = true;
        }
        return true;
    }

    private SqlToken.Kind lexToken(char c) {
        if (c == '\'') {
            skipQuoted('\'', syntax.backslashEscapes());
            return SqlToken.Kind.STRING;
        } else if ((c == 'E' || c == 'e') && peek(1) == '\'' && syntax.escapeStrings()) {
            pos++;
            skipQuoted('\'', true);
            return SqlToken.Kind.STRING;
        } else if (c == '"') {
            skipQuoted('"', syntax.backslashEscapes());
            return syntax.backslashEscapes() ? SqlToken.Kind.STRING : SqlToken.Kind.QUOTED;
        } else if (c == '`' && syntax.backticks()) {
            skipQuoted('`', false);
            return SqlToken.Kind.QUOTED;
        } else if (c == '[' && syntax.bracketQuotes()) {
            skipBracketed();
            return SqlToken.Kind.QUOTED;
        } else if (c == '$' && syntax.dollarQuotes() != SqlSyntax.DollarQuotes.NONE && dollarTag() != null) {
            skipDollarQuoted(dollarTag());
            return SqlToken.Kind.STRING;
        } else if (Character.isLetter(c) || c == '_') {
            while (pos < sql.length() && isWordChar(sql.charAt(pos))) {
                pos++;
            }
            if (script) {
                word(sql.substring(start, pos).toUpperCase(Locale.ROOT));
            }
            return SqlToken.Kind.WORD;
        } else if (Character.isDigit(c)) {
            return number();
        }
        pos += c == ':' && peek(1) == ':' ? 2 : 1;
        return SqlToken.Kind.PUNCT;
    }

    /**
     * 12, 1.5, 1e5 and 0x1F are numbers; on MySQL a name may start with a digit (2024db), and
     * 2024db.t stays three tokens.
     */
    private SqlToken.Kind number() {
        boolean digits = true;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (isWordChar(c)) {
                digits &= Character.isDigit(c);
                pos++;
            } else if (c == '.' && digits && Character.isDigit(peek(1))) {
                pos++;
            } else {
                break;
            }
        }
        return !syntax.backticks() || isNumber(sql, start, pos) ? SqlToken.Kind.NUMBER : SqlToken.Kind.WORD;
    }

    /** digits[.digits][e|E digits], or 0x / 0b followed by word characters. */
    private static boolean isNumber(String s, int from, int to) {
        if (to - from > 1 && s.charAt(from) == '0' && "xXbB".indexOf(s.charAt(from + 1)) >= 0) {
            return true;
        }
        int i = from;
        while (i < to && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        if (i < to && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            while (i < to && Character.isDigit(s.charAt(i))) {
                i++;
            }
        }
        return i == to;
    }

    /** Tracks BEGIN ... END nesting in statements that can have bodies. */
    private void word(String w) {
        String prev = words.isEmpty() ? "" : words.get(words.size() - 1);
        words.add(w);
        if (!delimiter.equals(";") || syntax.blocks() == SqlSyntax.Blocks.NONE) {
            return; // with a custom DELIMITER the author marks the ends
        }
        if (!routine) {
            routine = switch (syntax.blocks()) {
                case TRIGGER -> words.get(0).equals("CREATE") && words.size() <= HEADER_WORDS && w.equals("TRIGGER");
                case ROUTINE -> (words.get(0).equals("CREATE") && words.size() <= HEADER_WORDS && ROUTINE_KINDS.contains(w))
                        || (words.size() == 3 && words.equals(List.of("BEGIN", "NOT", "ATOMIC")) && ++depth > 0);
                case ATOMIC -> words.get(0).equals("CREATE") && words.size() <= HEADER_WORDS
                        && (w.equals("FUNCTION") || w.equals("PROCEDURE"));
                case NONE -> false;
            };
            return;
        }
        switch (w) {
            case "BEGIN" -> depth += syntax.blocks() == SqlSyntax.Blocks.ATOMIC ? 0 : 1;
            case "ATOMIC" -> depth += prev.equals("BEGIN") && syntax.blocks() == SqlSyntax.Blocks.ATOMIC ? 1 : 0;
            case "CASE" -> depth += prev.equals("END") ? 0 : 1;
            case "END" -> depth = Math.max(0, depth - 1);
            case "IF", "LOOP", "WHILE", "REPEAT" -> depth += prev.equals("END") ? 1 : 0; // END IF closes no BEGIN
            default -> { }
        }
    }

    private void endStatement() {
        started = false;
        words.clear();
        routine = false;
        depth = 0;
    }

    private void readDelimiterCommand() {
        int eol = sql.indexOf('\n', pos);
        int end = eol < 0 ? sql.length() : eol;
        String value = sql.substring(pos + "DELIMITER".length(), end).strip();
        if (value.isEmpty()) {
            throw RetortException.usage(file + ":" + line + ": DELIMITER without a delimiter",
                    "write e.g. 'DELIMITER //' and end the following statements with //");
        }
        delimiter = value;
        pos = end;
    }

    /** Where the text of a MySQL executable comment at pos starts (after its version), or -1. */
    private int executableCommentBody() {
        if (!syntax.executableComments()) {
            return -1;
        }
        int i = pos + 2 + (peek(2) == 'M' ? 1 : 0);
        if (i >= sql.length() || sql.charAt(i) != '!') {
            return -1;
        }
        i++;
        int digits = i;
        while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
            i++;
        }
        // MariaDB's dump marker /*M!999999\- ... */ names a version no server reaches: every
        // server skips it, so it is a plain comment (and does not start the script's statements)
        if (i - digits == 6 && sql.startsWith("999999", digits)) {
            return -1;
        }
        return i;
    }

    private void skipQuoted(char quote, boolean backslash) {
        int openLine = line;
        pos++;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == '\n') {
                line++;
            }
            if (backslash && c == '\\' && pos + 1 < sql.length()) {
                if (sql.charAt(pos + 1) == '\n') {
                    line++;
                }
                pos += 2;
                continue;
            }
            pos++;
            if (c == quote) {
                if (peek(0) == quote) {
                    pos++; // doubled quote
                } else {
                    return;
                }
            }
        }
        unterminated("quoted text (" + quote + ")", openLine);
    }

    private void skipBracketed() {
        int close = sql.indexOf(']', pos);
        int to = close < 0 ? sql.length() : close + 1;
        countLines(pos, to);
        pos = to;
        if (close < 0) {
            unterminated("quoted name ([)", tokenLine);
        }
    }

    private void skipDollarQuoted(String tag) {
        int close = sql.indexOf(tag, pos + tag.length());
        int to = close < 0 ? sql.length() : close + tag.length();
        countLines(pos, to);
        pos = to;
        if (close < 0) {
            unterminated("dollar-quoted text (" + tag + ")", tokenLine);
        }
    }

    private void skipBlockComment() {
        int openLine = line;
        int nesting = 0;
        while (pos < sql.length()) {
            if (sql.startsWith("/*", pos)) {
                nesting = syntax.nestedComments() ? nesting + 1 : 1;
                pos += 2;
            } else if (sql.startsWith("*/", pos)) {
                pos += 2;
                if (--nesting == 0) {
                    return;
                }
            } else {
                if (sql.charAt(pos) == '\n') {
                    line++;
                }
                pos++;
            }
        }
        unterminated("comment (/*)", openLine);
    }

    private void skipToEndOfLine() {
        while (pos < sql.length() && sql.charAt(pos) != '\n') {
            pos++;
        }
    }

    /** $$ or $tag$ at pos, or null: a tag is a letter or _ then letters, digits and _ ($1 is a parameter). */
    private String dollarTag() {
        if (pos > 0 && isWordChar(sql.charAt(pos - 1))) {
            return null; // part of an identifier such as a$b
        }
        int i = pos + 1;
        while (i < sql.length() && isWordChar(sql.charAt(i)) && sql.charAt(i) != '$') {
            if (i == pos + 1 && Character.isDigit(sql.charAt(i))) {
                return null;
            }
            i++;
        }
        if (i >= sql.length() || sql.charAt(i) != '$') {
            return null;
        }
        if (i > pos + 1 && syntax.dollarQuotes() == SqlSyntax.DollarQuotes.PLAIN) {
            return null;
        }
        return sql.substring(pos, i + 1);
    }

    private boolean lineCommentAllowed() {
        if (!syntax.dashCommentNeedsSpace()) {
            return true;
        }
        char after = peek(2);
        return after == 0 || Character.isWhitespace(after);
    }

    private boolean atLineStart() {
        for (int i = pos - 1; i >= 0 && sql.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(sql.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWithWord(String word) {
        int end = pos + word.length();
        return sql.regionMatches(true, pos, word, 0, word.length())
                && (end == sql.length() || Character.isWhitespace(sql.charAt(end)));
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (sql.charAt(i) == '\n') {
                line++;
            }
        }
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < sql.length() ? sql.charAt(i) : 0;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** A script stops with the line where the text opened; one statement just ends there. */
    private void unterminated(String what, int openLine) {
        if (script) {
            throw RetortException.usage(file + ":" + openLine + ": unterminated " + what,
                    "close it, or check for a stray quote earlier in the statement");
        }
    }
}
