package dev.retort.doctor.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Replace the characters {@code start..end} of a file's text with {@code text}. */
public record TextEdit(int start, int end, String text) {

    /** Applies non-overlapping edits; positions refer to {@code content} before any edit. */
    public static String apply(String content, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::start));
        StringBuilder out = new StringBuilder(content.length() + 64);
        int at = 0;
        for (TextEdit e : sorted) {
            if (e.start < at) {
                throw new IllegalArgumentException("overlapping edits at " + e.start);
            }
            out.append(content, at, e.start).append(e.text);
            at = e.end;
        }
        return out.append(content, at, content.length()).toString();
    }

    /** One piece of a list value: the characters between a literal's quotes. */
    record Literal(int start, int end, String value) {}

    /**
     * Edits that turn a list value into {@code values}: when the number of literals stays the same
     * only the literals' contents change (quotes, spacing and brackets stay); otherwise the whole
     * value {@code valueStart..valueEnd} is rendered anew.
     */
    static List<TextEdit> rewriteList(List<Literal> old, int valueStart, int valueEnd, List<String> values,
                                      java.util.function.UnaryOperator<String> escape,
                                      java.util.function.Function<List<String>, String> render) {
        if (!old.isEmpty() && old.size() == values.size()) {
            List<TextEdit> edits = new ArrayList<>();
            for (int i = 0; i < old.size(); i++) {
                Literal l = old.get(i);
                if (!l.value().equals(values.get(i))) {
                    edits.add(new TextEdit(l.start(), l.end(), escape.apply(values.get(i))));
                }
            }
            return edits;
        }
        return List.of(new TextEdit(valueStart, valueEnd, render.apply(values)));
    }
}
