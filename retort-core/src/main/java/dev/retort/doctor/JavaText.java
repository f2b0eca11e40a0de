package dev.retort.doctor;

import dev.retort.RetortException;
import dev.retort.script.Format;
import dev.retort.script.JavaRevisionReader;
import dev.retort.script.Revision;
import dev.retort.script.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java revision's {@code @Revision(id = "...", revises = ...)} annotation, read as text (graph
 * commands never compile). A downgrade that is not written is derived, so only an empty one counts.
 */
record JavaText(String content, Revision revision, Map<String, Attr> attrs, boolean upgradeDoesWork,
                boolean downgradeMissing) implements RevisionText {

    /** An annotation attribute; {@code literals} is null when the value is not made of string literals. */
    record Attr(int line, int valueStart, int valueEnd, List<TextEdit.Literal> literals) {
        List<String> values() {
            return literals == null ? List.of() : literals.stream().map(TextEdit.Literal::value).toList();
        }
    }

    private static final Pattern ANNOTATION = Pattern.compile("@(?:[\\w.]+\\.)?Revision\\s*\\(");

    /**
     * What the file declares comes from {@link JavaRevisionReader}, so doctor reads exactly what
     * every other command reads; this adds where each value sits, and the method bodies.
     */
    static JavaText parse(Path path, String content) {
        Revision declared = JavaRevisionReader.read(path, content);
        Matcher m = ANNOTATION.matcher(content);
        if (!m.find()) {
            throw RetortException.usage(path + ":1: no @Revision annotation", "annotate the class with @Revision(id = ..., revises = ...)");
        }
        LineIndex index = new LineIndex(content);
        Map<String, Attr> attrs = new JavaScanner(path, content, index).annotation(m.end());
        Map<String, Integer> lines = new HashMap<>(declared.source().lines());
        JavaScanner scanner = new JavaScanner(path, content, index);
        JavaScanner.Body up = scanner.method("upgrade");
        JavaScanner.Body down = scanner.method("downgrade");
        if (up != null) {
            lines.put("upgrade", up.line());
        }
        if (down != null) {
            lines.put("downgrade", down.line());
        }
        Revision r = new Revision(declared.id(), declared.revises(), declared.branchLabels(), declared.dependsOn(),
                declared.message(), declared.createDate(), new Source(path, Format.JAVA, lines));
        return new JavaText(content, r, Map.copyOf(attrs), up != null && !up.empty(), down != null && down.empty());
    }

    @Override
    public String copiedId() {
        return null;
    }

    @Override
    public List<String> copiedParents() {
        return null;
    }

    @Override
    public List<TextEdit> setParents(List<String> parents) {
        return setList("revises", parents);
    }

    @Override
    public List<TextEdit> setDependsOn(List<String> dependsOn) {
        return setList("dependsOn", dependsOn);
    }

    @Override
    public List<TextEdit> syncCopies() {
        return List.of();
    }

    private List<TextEdit> setList(String name, List<String> values) {
        Attr a = attrs.get(name);
        if (a == null) {
            if (values.isEmpty()) {
                return List.of();
            }
            int at = attrs.containsKey("revises") ? attrs.get("revises").valueEnd() : attrs.get("id").valueEnd();
            return List.of(new TextEdit(at, at, ", " + name + " = " + render(values)));
        }
        if (a.literals() == null) {
            return List.of(new TextEdit(a.valueStart(), a.valueEnd(), render(values)));
        }
        return TextEdit.rewriteList(a.literals(), a.valueStart(), a.valueEnd(), values, JavaText::escape, JavaText::render);
    }

    private static String render(List<String> values) {
        List<String> quoted = values.stream().map(v -> "\"" + escape(v) + "\"").toList();
        return values.size() == 1 ? quoted.get(0) : "{" + String.join(", ", quoted) + "}";
    }

    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Reads annotation attributes and method bodies, skipping comments and literals. */
    private static final class JavaScanner {
        record Body(int line, boolean empty) {}

        private final Path path;
        private final String s;
        private final LineIndex index;
        private int pos;

        JavaScanner(Path path, String s, LineIndex index) {
            this.path = path;
            this.s = s;
            this.index = index;
        }

        Map<String, Attr> annotation(int from) {
            Map<String, Attr> attrs = new HashMap<>();
            pos = from;
            while (true) {
                skipSpace();
                if (pos >= s.length()) {
                    throw error(from, "@Revision( is never closed");
                }
                if (s.charAt(pos) == ')') {
                    return attrs;
                }
                int nameStart = pos;
                while (pos < s.length() && Character.isJavaIdentifierPart(s.charAt(pos))) {
                    pos++;
                }
                String name = s.substring(nameStart, pos);
                skipSpace();
                if (name.isEmpty() || pos >= s.length() || s.charAt(pos) != '=') {
                    throw error(nameStart, "@Revision attributes must be written as name = value");
                }
                pos++;
                skipSpace();
                attrs.put(name, value());
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                }
            }
        }

        private Attr value() {
            int start = pos;
            List<TextEdit.Literal> literals = new ArrayList<>();
            boolean allLiterals = true;
            int depth = 0;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (depth == 0 && (c == ',' || c == ')')) {
                    break;
                }
                if (c == '"') {
                    literals.add(string());
                    continue;
                }
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                } else if (c != ',' && !Character.isWhitespace(c)) {
                    allLiterals = false;
                }
                pos++;
                skipSpace();
            }
            int end = pos;
            while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
            return new Attr(index.line(start), start, end, allLiterals ? literals : null);
        }

        private TextEdit.Literal string() {
            int start = ++pos;
            StringBuilder v = new StringBuilder();
            while (pos < s.length() && s.charAt(pos) != '"') {
                char c = s.charAt(pos);
                if (c == '\n' || c == '\r') {
                    throw error(start, "unterminated string");
                }
                if (c == '\\' && pos + 1 < s.length()) {
                    v.append(s.charAt(++pos));
                } else {
                    v.append(c);
                }
                pos++;
            }
            if (pos >= s.length()) {
                throw error(start, "unterminated string");
            }
            return new TextEdit.Literal(start, pos++, v.toString());
        }

        private void skipSpace() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (Character.isWhitespace(c)) {
                    pos++;
                } else if (s.startsWith("//", pos)) {
                    while (pos < s.length() && s.charAt(pos) != '\n') {
                        pos++;
                    }
                } else if (s.startsWith("/*", pos)) {
                    int end = s.indexOf("*/", pos + 2);
                    pos = end < 0 ? s.length() : end + 2;
                } else {
                    return;
                }
            }
        }

        /** The body of {@code void name(...) { ... }}, or null when the class does not declare it. */
        Body method(String name) {
            Matcher m = Pattern.compile("\\bvoid\\s+" + name + "\\s*\\(").matcher(s);
            if (!m.find()) {
                return null;
            }
            int open = s.indexOf('{', m.end());
            if (open < 0) {
                return null;
            }
            pos = open + 1;
            int depth = 1;
            boolean empty = true;
            while (pos < s.length() && depth > 0) {
                skipSpace();
                if (pos >= s.length()) {
                    break;
                }
                char c = s.charAt(pos);
                if (c == '}') {
                    depth--;
                    pos++;
                    continue;
                }
                empty = false;
                if (c == '{') {
                    depth++;
                    pos++;
                } else if (c == '"' || c == '\'') {
                    skipQuoted(c);
                } else {
                    pos++;
                }
            }
            return new Body(index.line(m.start()), empty);
        }

        private void skipQuoted(char q) {
            pos++;
            while (pos < s.length() && s.charAt(pos) != q) {
                pos += s.charAt(pos) == '\\' ? 2 : 1;
            }
            pos++;
        }

        private RetortException error(int at, String what) {
            return RetortException.usage(path + ":" + index.line(at) + ": " + what,
                    "Retort reads the @Revision annotation as text: use string literals, e.g. revises = {\"a\", \"b\"}");
        }
    }
}
