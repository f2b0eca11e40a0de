package dev.retort.doctor.text;

import dev.retort.script.AlembicReader;
import dev.retort.script.AlembicScript;
import dev.retort.script.AlembicScript.Assignment;
import dev.retort.script.AlembicScript.DocLine;
import dev.retort.script.RevisionHeader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** An Alembic script: parents live in {@code down_revision} and in the docstring's {@code Revises:}. */
public record AlembicText(AlembicScript script) implements RevisionText {

    public static AlembicText parse(Path path, String content) {
        return new AlembicText(AlembicReader.parse(path, content));
    }

    @Override
    public RevisionHeader revision() {
        return script.revision();
    }

    @Override
    public String copiedId() {
        return script.docRevisionId() == null ? null : script.docRevisionId().value();
    }

    @Override
    public List<String> copiedParents() {
        return script.docRevises() == null ? null : script.docRevises().ids();
    }

    @Override
    public boolean upgradeDoesWork() {
        return !script.upgradeEmpty();
    }

    @Override
    public String upgradeWork() {
        return switch (script.upgrade() == null ? AlembicScript.Work.NOTHING : script.upgrade().work()) {
            case SCHEMA -> "the upgrade changes the schema";
            case DATA -> "the upgrade only changes data (UPDATE, INSERT or DELETE through execute, or bulk_insert)";
            default -> "the upgrade runs code";
        };
    }

    @Override
    public boolean downgradeMissing() {
        return script.downgradeEmpty();
    }

    @Override
    public List<TextEdit> setParents(List<String> parents) {
        List<TextEdit> edits = new ArrayList<>(rewrite(script.downRevision(), parents));
        if (script.docRevises() != null && !script.docRevises().ids().equals(parents)) {
            edits.add(docEdit(script.docRevises(), String.join(", ", parents)));
        }
        return edits;
    }

    @Override
    public List<TextEdit> setDependsOn(List<String> dependsOn) {
        return script.dependsOn() == null ? List.of() : rewrite(script.dependsOn(), dependsOn);
    }

    @Override
    public List<TextEdit> setId(String id) {
        AlembicScript.Literal literal = script.revisionId().literals().get(0);
        List<TextEdit> edits = new ArrayList<>();
        edits.add(new TextEdit(literal.start(), literal.end(), escape(id, literal.quote())));
        if (script.docRevisionId() != null && !script.docRevisionId().value().equals(id)) {
            edits.add(docEdit(script.docRevisionId(), id));
        }
        return edits;
    }

    @Override
    public List<TextEdit> syncCopies() {
        List<TextEdit> edits = new ArrayList<>();
        RevisionHeader r = script.revision();
        if (script.docRevisionId() != null && !script.docRevisionId().value().equals(r.id())) {
            edits.add(docEdit(script.docRevisionId(), r.id()));
        }
        if (script.docRevises() != null
                && !new HashSet<>(script.docRevises().ids()).equals(new HashSet<>(r.revises()))) {
            edits.add(docEdit(script.docRevises(), String.join(", ", r.revises())));
        }
        return edits;
    }

    private static TextEdit docEdit(DocLine line, String value) {
        boolean needsSpace = line.valueStart() == line.keyEnd() && !value.isEmpty();
        return new TextEdit(line.valueStart(), line.valueEnd(), (needsSpace ? " " : "") + value);
    }

    private List<TextEdit> rewrite(Assignment a, List<String> values) {
        char quote = quote(a);
        List<TextEdit.Literal> old = a.literals().stream()
                .map(l -> new TextEdit.Literal(l.start(), l.end(), l.value())).toList();
        return TextEdit.rewriteList(old, a.valueStart(), a.valueEnd(), values,
                v -> escape(v, quote), vs -> render(vs, quote, a.bracket()));
    }

    /** Keeps the file's own quoting style. */
    private char quote(Assignment a) {
        if (!a.literals().isEmpty()) {
            return a.literals().get(0).quote();
        }
        return script.revisionId().literals().get(0).quote();
    }

    private static String render(List<String> values, char quote, char bracket) {
        if (values.isEmpty()) {
            return "None";
        }
        List<String> quoted = values.stream().map(v -> quote + escape(v, quote) + quote).toList();
        if (bracket == '[') {
            return "[" + String.join(", ", quoted) + "]";
        }
        return values.size() == 1 ? quoted.get(0) : "(" + String.join(", ", quoted) + ")";
    }

    private static String escape(String value, char quote) {
        return value.replace("\\", "\\\\").replace(String.valueOf(quote), "\\" + quote);
    }
}
