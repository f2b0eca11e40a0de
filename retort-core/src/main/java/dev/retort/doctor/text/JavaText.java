package dev.retort.doctor.text;

import dev.retort.script.Format;
import dev.retort.script.JavaRevisionReader;
import dev.retort.script.JavaSource;
import dev.retort.script.RevisionHeader;
import dev.retort.script.Source;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Java revision's {@code @Revision(id = "...", revises = ...)} annotation, read as text (graph
 * commands never compile). A downgrade that is not written is derived, so only an empty one counts.
 */
public record JavaText(String content, RevisionHeader revision, Map<String, Attr> attrs, boolean upgradeDoesWork,
                boolean downgradeMissing) implements RevisionText {

    /** An annotation attribute; {@code literals} is null when the value is not made of string literals. */
    record Attr(int line, int valueStart, int valueEnd, List<TextEdit.Literal> literals) {
        List<String> values() {
            return literals == null ? List.of() : literals.stream().map(TextEdit.Literal::value).toList();
        }
    }

    /**
     * What the file declares comes from {@link JavaRevisionReader}, so doctor reads exactly what
     * every other command reads; {@link JavaSource} adds where each value sits, and the method bodies.
     */
    public static JavaText parse(Path path, String content) {
        RevisionHeader declared = JavaRevisionReader.read(path, content);
        Map<String, Attr> attrs = new HashMap<>();
        JavaSource.annotation(path, content, "Revision").forEach((name, a) -> attrs.put(name, new Attr(a.line(),
                a.valueStart(), a.valueEnd(), a.literals() == null ? null
                        : a.literals().stream().map(l -> new TextEdit.Literal(l.start(), l.end(), l.value())).toList())));
        Map<String, Integer> lines = new HashMap<>(declared.source().lines());
        Optional<JavaSource.Method> up = JavaSource.method(path, content, "upgrade");
        Optional<JavaSource.Method> down = JavaSource.method(path, content, "downgrade");
        up.ifPresent(m -> lines.put("upgrade", m.line()));
        down.ifPresent(m -> lines.put("downgrade", m.line()));
        RevisionHeader r = new RevisionHeader(declared.id(), declared.revises(), declared.branchLabels(), declared.dependsOn(),
                declared.message(), declared.createDate(), new Source(path, Format.JAVA, lines));
        return new JavaText(content, r, Map.copyOf(attrs), up.isPresent() && !up.get().empty(),
                down.isPresent() && down.get().empty());
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
}
