package dev.retort.dialect;

import dev.retort.RetortException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a script into statements with a small lexer: a terminator inside quotes, comments,
 * dollar quotes or a routine body does not end a statement. Statements keep the line they start
 * on so errors can point into the revision file. Comments inside a statement are kept (the
 * database ignores them); comment-only pieces are dropped.
 */
public final class SqlSplitter {
    private static final Set<String> ROUTINE_KINDS = Set.of("TRIGGER", "PROCEDURE", "FUNCTION", "EVENT");
    /** The routine kind must come within the first words of a CREATE (after OR REPLACE, DEFINER, ...). */
    private static final int HEADER_WORDS = 8;

    private final SqlSyntax syntax;
    private final String file;
    private final String sql;
    private final List<SqlStatement> out = new ArrayList<>();
    private int pos;
    private int line;
    private String delimiter = ";";
    // the statement being read
    private int start = -1;
    private int startLine;
    private final List<String> words = new ArrayList<>();
    private boolean routine;
    private int depth;
    /** Collects tokens instead of statements (see {@link #tokens}); null while splitting. */
    private List<SqlToken> tokens;

    private SqlSplitter(SqlSyntax syntax, String file, String sql, int firstLine) {
        this.syntax = syntax;
        this.file = file;
        this.sql = sql;
        this.line = firstLine;
    }

    /** Splits {@code sql}, whose first line is line 1. */
    public static List<SqlStatement> split(String sql, SqlSyntax syntax) {
        return split(sql, syntax, "<sql>", 1);
    }

    /**
     * Splits {@code sql}, which starts on line {@code firstLine} of {@code file}; an unterminated
     * quote or comment is a usage error naming the file and line where it opened.
     */
    public static List<SqlStatement> split(String sql, SqlSyntax syntax, String file, int firstLine) {
        SqlSplitter s = new SqlSplitter(syntax, file, sql, firstLine);
        s.run();
        return List.copyOf(s.out);
    }

    /**
     * The tokens of one statement as {@link #split} returns it, starting on {@code firstLine}:
     * the same lexer, so a check reads the statement exactly as the splitter and the database
     * cut it. The text of MySQL's executable comments (/*! and /*M!) is lexed as the server runs it.
     */
    public static List<SqlToken> tokens(String sql, SqlSyntax syntax, int firstLine) {
        SqlSplitter s = new SqlSplitter(syntax, "<sql>", sql, firstLine);
        s.tokens = new ArrayList<>();
        s.lex();
        return List.copyOf(s.tokens);
    }

    private void lex() {
        boolean inHint = false;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '-' && peek(1) == '-' && lineCommentAllowed() || c == '#' && syntax.hashComments()) {
                skipToEndOfLine();
            } else if (inHint && c == '*' && peek(1) == '/') {
                pos += 2;
                inHint = false;
            } else if (c == '/' && peek(1) == '*' && !inHint && executableCommentBody() > 0) {
                pos = executableCommentBody();
                inHint = true;
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
            } else {
                token(c);
            }
        }
    }

    /** Where the text of a MySQL executable comment at pos starts (after its version), or -1. */
    private int executableCommentBody() {
        if (!syntax.backticks() || !syntax.hashComments()) {
            return -1;
        }
        int i = pos + 2 + (peek(2) == 'M' ? 1 : 0);
        if (i >= sql.length() || sql.charAt(i) != '!') {
            return -1;
        }
        i++;
        while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
            i++;
        }
        return i;
    }

    private void run() {
        int n = sql.length();
        while (pos < n) {
            char c = sql.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (start < 0 && syntax.delimiterCommand() && atLineStart() && startsWithWord("DELIMITER")) {
                readDelimiterCommand();
            } else if (c == '-' && peek(1) == '-' && lineCommentAllowed()) {
                skipToEndOfLine();
            } else if (c == '#' && syntax.hashComments()) {
                skipToEndOfLine();
            } else if (c == '/' && peek(1) == '*') {
                boolean hint = syntax.backticks() && syntax.hashComments() && (peek(2) == '!' || peek(2) == '+');
                if (hint) {
                    mark(); // MySQL's /*! ... */ is executable text, not a comment
                }
                skipBlockComment();
            } else if (depth == 0 && sql.startsWith(delimiter, pos)) {
                emit(pos);
                pos += delimiter.length();
            } else {
                mark();
                token(c);
            }
        }
        emit(n);
    }

    private void token(char c) {
        int from = pos;
        int fromLine = line;
        lexToken(c);
        if (tokens != null) {
            tokens.add(new SqlToken(kind(sql.substring(from, pos)), sql.substring(from, pos), from, pos, fromLine));
        }
    }

    private SqlToken.Kind kind(String text) {
        char c = text.charAt(0);
        if (c == '\'' || c == '$' && text.length() > 1 || c == '"' && syntax.backslashEscapes()) {
            return SqlToken.Kind.STRING;
        } else if (c == '"' || c == '`') {
            return SqlToken.Kind.QUOTED;
        } else if (Character.isLetter(c) || c == '_') {
            return SqlToken.Kind.WORD;
        } else if (Character.isDigit(c)) {
            // MySQL names may start with a digit (2024db); 12, 1e5 and 0x1F are numbers
            return text.matches("\\d+([eE]\\d*)?|0[xXbB]\\w*") || !syntax.backticks() ? SqlToken.Kind.NUMBER : SqlToken.Kind.WORD;
        }
        return SqlToken.Kind.PUNCT;
    }

    private void lexToken(char c) {
        if (c == '\'') {
            boolean escapes = syntax.backslashEscapes() || (syntax.escapeStrings() && escapePrefix());
            skipQuoted('\'', escapes);
        } else if (c == '"') {
            skipQuoted('"', syntax.backslashEscapes());
        } else if (c == '`' && syntax.backticks()) {
            skipQuoted('`', false);
        } else if (c == '$' && syntax.dollarQuotes() != SqlSyntax.DollarQuotes.NONE && dollarTag() != null) {
            skipDollarQuoted(dollarTag());
        } else if (Character.isLetter(c) || c == '_') {
            int from = pos;
            while (pos < sql.length() && isWordChar(sql.charAt(pos))) {
                pos++;
            }
            word(sql.substring(from, pos).toUpperCase(Locale.ROOT));
        } else if (Character.isDigit(c)) {
            while (pos < sql.length() && isWordChar(sql.charAt(pos))) {
                pos++;
            }
        } else {
            pos++;
        }
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

    private void mark() {
        if (start < 0) {
            start = pos;
            startLine = line;
        }
    }

    private void emit(int end) {
        if (start >= 0) {
            String text = sql.substring(start, end).strip();
            if (!text.isEmpty()) {
                out.add(new SqlStatement(text, startLine));
            }
        }
        start = -1;
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
        throw unterminated("quoted text (" + quote + ")", openLine);
    }

    private void skipDollarQuoted(String tag) {
        int openLine = line;
        int close = sql.indexOf(tag, pos + tag.length());
        if (close < 0) {
            throw unterminated("dollar-quoted text (" + tag + ")", openLine);
        }
        countLines(pos, close + tag.length());
        pos = close + tag.length();
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
        throw unterminated("comment (/*)", openLine);
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

    /** MySQL needs whitespace after "--" for a comment; elsewhere "--" always starts one. */
    private boolean lineCommentAllowed() {
        if (!syntax.hashComments()) {
            return true;
        }
        char after = peek(2);
        return after == 0 || Character.isWhitespace(after);
    }

    private boolean escapePrefix() {
        return pos > 0 && (sql.charAt(pos - 1) == 'E' || sql.charAt(pos - 1) == 'e')
                && (pos < 2 || !isWordChar(sql.charAt(pos - 2)));
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

    private RetortException unterminated(String what, int openLine) {
        return RetortException.usage(file + ":" + openLine + ": unterminated " + what,
                "close it, or check for a stray quote earlier in the statement");
    }
}
