package dev.retort.script;

import java.nio.file.Path;

/**
 * Just enough of a Java lexer to find an annotation and read its literal arguments: skips
 * comments, string, char and text-block literals, counts lines, decodes escapes.
 */
final class JavaScanner {
    private final Path path;
    private final String text;
    private int pos;
    private int line = 1;

    JavaScanner(Path path, String text) {
        this.path = path;
        this.text = text;
        this.pos = text.startsWith("\uFEFF") ? 1 : 0;
    }

    Path path() {
        return path;
    }

    int line() {
        return line;
    }

    int pos() {
        return pos;
    }

    boolean atTextBlock() {
        return text.startsWith("\"\"\"", pos);
    }

    char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    char next() {
        if (pos >= text.length()) {
            throw RevisionIds.malformed(path, line, "file ends inside @Revision", "close the annotation with ')'");
        }
        char c = text.charAt(pos++);
        if (c == '\n') {
            line++;
        }
        return c;
    }

    void expect(char c) {
        skipTrivia();
        if (peek() != c) {
            throw RevisionIds.malformed(path, line, "expected '" + c + "' in @Revision",
                    "write @Revision(id = \"...\", revises = \"...\", message = \"...\")");
        }
        next();
    }

    /** Skips whitespace and comments. */
    void skipTrivia() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                next();
            } else if (text.startsWith("//", pos)) {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (text.startsWith("/*", pos)) {
                int end = text.indexOf("*/", pos + 2);
                advanceTo(end < 0 ? text.length() : end + 2);
            } else {
                return;
            }
        }
    }

    /** Moves to just after {@code @name(} or {@code @qualified.name(}; false when there is none. */
    boolean findAnnotation(String name) {
        while (pos < text.length()) {
            skipTrivia();
            if (pos >= text.length()) {
                return false;
            }
            char c = text.charAt(pos);
            if (c == '"' || c == '\'') {
                skipLiteral();
            } else if (c == '@') {
                next();
                skipTrivia();
                String qualified = qualifiedName();
                if (qualified.equals(name) || qualified.endsWith("." + name)) {
                    skipTrivia();
                    if (peek() == '(') {
                        return true;
                    }
                }
            } else {
                next();
            }
        }
        return false;
    }

    String identifier() {
        int start = pos;
        while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private String qualifiedName() {
        StringBuilder name = new StringBuilder(identifier());
        while (peek() == '.') {
            pos++;
            name.append('.').append(identifier());
        }
        return name.toString();
    }

    /** A string literal or text block at the cursor, decoded; null when there is none. */
    String stringLiteral() {
        if (peek() != '"') {
            return null;
        }
        int startLine = line;
        if (text.startsWith("\"\"\"", pos)) {
            int end = text.indexOf("\"\"\"", pos + 3);
            while (end > 0 && isEscaped(end)) {
                end = text.indexOf("\"\"\"", end + 1);
            }
            if (end < 0) {
                throw RevisionIds.malformed(path, startLine, "unclosed text block", "close it with \"\"\"");
            }
            String raw = text.substring(text.indexOf('\n', pos) + 1, end);
            advanceTo(end + 3);
            return decode(raw.stripIndent(), startLine);
        }
        int i = pos + 1;
        while (i < text.length() && text.charAt(i) != '"' && text.charAt(i) != '\n') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        if (i >= text.length() || text.charAt(i) != '"') {
            throw RevisionIds.malformed(path, startLine, "unclosed string literal", "close it with '\"' on the same line");
        }
        String raw = text.substring(pos + 1, i);
        advanceTo(i + 1);
        return decode(raw, startLine);
    }

    private boolean isEscaped(int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /**
     * Moves to just after {@code void name(} written in code (not in a comment or literal) and
     * returns the offset of {@code void}; -1 when the text declares no such method.
     */
    int findVoidMethod(String name) {
        String previous = "";
        int previousStart = -1;
        while (pos < text.length()) {
            skipTrivia();
            if (pos >= text.length()) {
                break;
            }
            char c = text.charAt(pos);
            if (c == '"' || c == '\'') {
                skipLiteral();
                previous = "";
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = pos;
                String word = identifier();
                if (previous.equals("void") && word.equals(name)) {
                    skipTrivia();
                    if (peek() == '(') {
                        next();
                        return previousStart;
                    }
                }
                previous = word;
                previousStart = start;
            } else {
                next();
                previous = "";
            }
        }
        return -1;
    }

    /**
     * Skips comments and literals up to the next code character and consumes it; a literal counts
     * as {@code '"'}; {@code '\0'} at the end of the text.
     */
    char nextCode() {
        skipTrivia();
        char c = peek();
        if (c == '"' || c == '\'') {
            skipLiteral();
            return '"';
        }
        if (pos < text.length()) {
            next();
        }
        return c;
    }

    void skipLiteral() {
        if (text.startsWith("\"\"\"", pos)) {
            stringLiteral();
            return;
        }
        char quote = next();
        while (pos < text.length() && text.charAt(pos) != quote && text.charAt(pos) != '\n') {
            pos += text.charAt(pos) == '\\' ? 2 : 1;
        }
        if (pos < text.length()) {
            next();
        }
    }

    private void advanceTo(int target) {
        while (pos < target) {
            next();
        }
    }

    // Unicode escapes first (the compiler translates them before lexing), then the others.
    private String decode(String raw, int atLine) {
        String s = raw;
        if (s.contains("\\u")) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'u' && !isEscapedIn(s, i)) {
                    int j = i + 1;
                    while (j < s.length() && s.charAt(j) == 'u') {
                        j++;
                    }
                    if (j + 4 > s.length()) {
                        throw badEscape(atLine);
                    }
                    try {
                        out.append((char) Integer.parseInt(s.substring(j, j + 4), 16));
                    } catch (NumberFormatException e) {
                        throw badEscape(atLine);
                    }
                    i = j + 3;
                } else {
                    out.append(c);
                }
            }
            s = out.toString();
        }
        try {
            return s.translateEscapes();
        } catch (IllegalArgumentException e) {
            throw badEscape(atLine);
        }
    }

    private static boolean isEscapedIn(String s, int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private RuntimeException badEscape(int atLine) {
        return RevisionIds.malformed(path, atLine, "invalid escape sequence in string literal",
                "use Java escapes: \\n, \\t, \\\", \\\\, \\uXXXX");
    }
}
