package dev.retort.script;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where things sit in a Java revision's text, for tools that edit or point into it (doctor, lint).
 * Reads with the same scanner as {@link JavaRevisionReader}, so comments and literals never count
 * as code. Offsets are {@code char} indexes into the text given.
 */
public final class JavaSource {
    /**
     * A {@code void name(...) { ... }} method: {@code start} is the offset of {@code void},
     * {@code line} its line; {@code empty} when the body holds nothing but comments.
     */
    public record Method(int line, int start, boolean empty) {}

    /** A plain string literal: the characters between its quotes, and its decoded value. */
    public record Literal(int start, int end, String value) {}

    /**
     * An annotation attribute's value {@code valueStart..valueEnd}; {@code literals} is null unless
     * the value is plain string literals (one, or an array of them).
     */
    public record Attribute(int line, int valueStart, int valueEnd, List<Literal> literals) {}

    private JavaSource() {}

    /** The method {@code void name(...)} the class declares with a body; empty when it declares none. */
    public static Optional<Method> method(Path path, String content, String name) {
        JavaScanner scan = new JavaScanner(path, content);
        int start = scan.findVoidMethod(name);
        if (start < 0) {
            return Optional.empty();
        }
        int line = lineOf(content, start);
        int depth = 1;
        while (depth > 0) { // the parameter list, which may hold annotations with parentheses
            char c = scan.nextCode();
            if (c == '\0') {
                return Optional.empty();
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        char c;
        do { // a throws clause, up to the body; ';' is an abstract method
            c = scan.nextCode();
        } while (c != '{' && c != ';' && c != '\0');
        if (c != '{') {
            return Optional.empty();
        }
        boolean empty = true;
        depth = 1;
        while (depth > 0) {
            c = scan.nextCode();
            if (c == '\0') {
                break;
            }
            if (c == '}') {
                depth--;
            } else {
                empty = false;
                depth += c == '{' ? 1 : 0;
            }
        }
        return Optional.of(new Method(line, start, empty));
    }

    /** The attributes of the first {@code @name(...)} annotation, by attribute name; empty when there is none. */
    public static Map<String, Attribute> annotation(Path path, String content, String name) {
        JavaScanner scan = new JavaScanner(path, content);
        Map<String, Attribute> out = new HashMap<>();
        if (!scan.findAnnotation(name)) {
            return out;
        }
        scan.expect('(');
        while (true) {
            scan.skipTrivia();
            if (scan.peek() == ')' || scan.peek() == '\0') {
                return out;
            }
            String attribute = scan.identifier();
            if (attribute.isEmpty()) {
                throw RevisionIds.malformed(path, scan.line(), "@" + name + " attributes must be written as name = value",
                        "write @" + name + "(id = \"...\", revises = \"...\")");
            }
            scan.expect('=');
            scan.skipTrivia();
            out.put(attribute, value(scan));
            scan.skipTrivia();
            if (scan.peek() == ',') {
                scan.next();
            }
        }
    }

    private static Attribute value(JavaScanner scan) {
        int line = scan.line();
        int start = scan.pos();
        int end = start;
        List<Literal> literals = new ArrayList<>();
        boolean plain = true;
        int depth = 0;
        while (true) {
            scan.skipTrivia();
            char c = scan.peek();
            if (c == '\0' || (depth == 0 && (c == ',' || c == ')'))) {
                break;
            }
            if (c == '"' && !scan.atTextBlock()) {
                int open = scan.pos();
                String v = scan.stringLiteral();
                literals.add(new Literal(open + 1, scan.pos() - 1, v));
            } else {
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                } else if (c != ',') {
                    plain = false; // a text block, a concatenation, a constant: rendered anew when edited
                }
                if (c == '"' || c == '\'') {
                    scan.skipLiteral();
                } else {
                    scan.next();
                }
            }
            end = scan.pos();
        }
        return new Attribute(line, start, end, plain ? List.copyOf(literals) : null);
    }

    private static int lineOf(String content, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            char c = content.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= content.length() || content.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
