package dev.retort.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code @Revision(...)} annotation of a Java revision as text; never compiles. Values
 * must be string literals (concatenation with {@code +} allowed) or {@code {"a", "b"}} arrays,
 * since constants cannot be resolved without compiling. A missing {@code revises} is a root.
 */
public final class JavaRevisionReader {
    /** Annotation attribute -> Source key. */
    private static final Map<String, String> ATTRIBUTES = Map.of(
            "id", "revision",
            "revises", "revises",
            "branchLabels", "branch_labels",
            "dependsOn", "depends_on",
            "created", "create_date",
            "message", "message",
            "transaction", "transaction");
    private static final String KNOWN = "id, revises, branchLabels, dependsOn, created, message, transaction";
    private static final String HINT_LITERALS =
            "graph commands read @Revision as text without compiling: write string literals, or {\"a\", \"b\"} for several";

    private JavaRevisionReader() {}

    public static RevisionHeader read(Path path) {
        String content;
        try {
            content = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw SqlRevisionReader.cannotRead(path, e);
        }
        return read(path, content);
    }

    public static RevisionHeader read(Path path, String content) {
        JavaScanner scan = new JavaScanner(path, content);
        if (!scan.findAnnotation("Revision")) {
            throw RevisionIds.malformed(path, 1, "no @Revision annotation",
                    "annotate the class: @Revision(id = \"<id>\", revises = \"<parent id>\", message = \"...\")");
        }
        int annotationLine = scan.line();
        scan.expect('(');
        Map<String, List<String>> values = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        scan.skipTrivia();
        if (scan.peek() != ')') {
            while (true) {
                scan.skipTrivia();
                int line = scan.line();
                String name = scan.identifier();
                if (name.isEmpty()) {
                    throw RevisionIds.malformed(path, line, "@Revision needs name = value pairs", HINT_LITERALS);
                }
                String key = ATTRIBUTES.get(name);
                if (key == null) {
                    throw RevisionIds.malformed(path, line, "unknown @Revision attribute '" + name + "'", "known attributes: " + KNOWN);
                }
                if (lines.putIfAbsent(key, line) != null) {
                    throw RevisionIds.malformed(path, line, "@Revision attribute '" + name + "' given twice", "keep one");
                }
                scan.expect('=');
                values.put(key, value(scan, name));
                scan.skipTrivia();
                char c = scan.next();
                if (c == ')') {
                    break;
                }
                if (c != ',') {
                    throw RevisionIds.malformed(path, scan.line(), "expected ',' or ')' in @Revision", HINT_LITERALS);
                }
            }
        }
        return build(path, annotationLine, values, lines);
    }

    private static List<String> value(JavaScanner scan, String name) {
        scan.skipTrivia();
        List<String> out = new ArrayList<>();
        if (scan.peek() == '{') {
            scan.next();
            scan.skipTrivia();
            while (scan.peek() != '}') {
                out.add(stringExpression(scan, name));
                scan.skipTrivia();
                if (scan.peek() == ',') {
                    scan.next();
                    scan.skipTrivia();
                } else if (scan.peek() != '}') {
                    throw RevisionIds.malformed(scan.path(), scan.line(), "expected ',' or '}' in " + name, HINT_LITERALS);
                }
            }
            scan.next();
        } else {
            out.add(stringExpression(scan, name));
        }
        return out;
    }

    private static String stringExpression(JavaScanner scan, String name) {
        StringBuilder text = new StringBuilder();
        while (true) {
            scan.skipTrivia();
            String literal = scan.stringLiteral();
            if (literal == null) {
                throw RevisionIds.malformed(scan.path(), scan.line(), "@Revision " + name + " must be a string literal", HINT_LITERALS);
            }
            text.append(literal);
            scan.skipTrivia();
            if (scan.peek() != '+') {
                return text.toString();
            }
            scan.next();
        }
    }

    private static RevisionHeader build(Path path, int annotationLine, Map<String, List<String>> values, Map<String, Integer> lines) {
        if (!values.containsKey("revision")) {
            throw RevisionIds.malformed(path, annotationLine, "@Revision has no id", "add id = \"<revision id>\"");
        }
        String id = single(path, values, lines, "revision", "id");
        RevisionIds.check(id, path, lines.get("revision"), "revision id", false);
        List<String> revises = values.getOrDefault("revises", List.of());
        for (String r : revises) {
            RevisionIds.check(r, path, lines.get("revises"), "revises", false);
        }
        for (String key : List.of("branch_labels", "depends_on")) {
            for (String label : values.getOrDefault(key, List.of())) {
                RevisionIds.check(label, path, lines.get(key), key.equals("branch_labels") ? "branchLabels" : "dependsOn", true);
            }
        }
        String message = values.containsKey("message") ? single(path, values, lines, "message", "message") : "";
        String created = values.containsKey("create_date") ? single(path, values, lines, "create_date", "created") : "";
        String transaction = values.containsKey("transaction") ? single(path, values, lines, "transaction", "transaction") : "";
        if (!transaction.isEmpty() && TransactionMode.ofText(transaction) == null) {
            throw RevisionIds.malformed(path, lines.get("transaction"), "unknown transaction mode '" + transaction + "'",
                    "use \"none\" (run outside a transaction), or leave transaction out");
        }
        lines.putIfAbsent("revises", annotationLine);
        return new RevisionHeader(id, revises, values.getOrDefault("branch_labels", List.of()),
                values.getOrDefault("depends_on", List.of()), message.strip(), created,
                new Source(path, Format.JAVA, lines));
    }

    private static String single(Path path, Map<String, List<String>> values, Map<String, Integer> lines, String key, String name) {
        List<String> v = values.get(key);
        if (v.size() != 1) {
            throw RevisionIds.malformed(path, lines.get(key), "@Revision " + name + " must be one string, not an array",
                    "write " + name + " = \"...\"");
        }
        return v.get(0);
    }
}
