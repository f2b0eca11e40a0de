package dev.retort.support;

import dev.retort.graph.RevisionMap;
import dev.retort.script.RevisionHeader;
import dev.retort.script.ScriptDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A project folder of SQL and Java revision files written by a test, read with the real readers. */
public final class TestProject {
    private final Path root;
    private final Path versions;

    public TestProject(Path root) {
        this.root = root;
        this.versions = root.resolve("migrations").resolve("versions");
        try {
            Files.createDirectories(versions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    /**
     * A SQL revision; {@code downgrade} null leaves out the section. {@code headerExtra} lines
     * (e.g. "Transaction: none") go into the header.
     */
    public Path sql(String id, String parent, String upgrade, String downgrade, String... headerExtra) {
        StringBuilder b = new StringBuilder("-- " + id + "\n--\n-- Revision ID: " + id + "\n-- Revises: "
                + (parent == null ? "" : parent) + "\n");
        for (String h : headerExtra) {
            b.append("-- ").append(h).append('\n');
        }
        b.append("\n-- +upgrade\n").append(upgrade.strip()).append('\n');
        if (downgrade != null) {
            b.append("\n-- +downgrade\n").append(downgrade.strip()).append('\n');
        }
        return write(id + ".sql", b.toString());
    }

    /**
     * A Java revision; {@code downgrade} null derives it. {@code annotations} are written above
     * the class (e.g. {@code @Allow("drop-column")}); {@code transaction} may be null.
     */
    public Path java(String id, String parent, String upgrade, String downgrade, String transaction, String... annotations) {
        String cls = "R_" + id.replaceAll("[^A-Za-z0-9_]", "_");
        StringBuilder b = new StringBuilder("import dev.retort.*;\nimport java.util.List;\n\n");
        b.append("@Revision(id = \"").append(id).append("\"").append(parent == null ? "" : ", revises = \"" + parent + "\"")
                .append(transaction == null ? "" : ", transaction = \"" + transaction + "\"").append(")\n");
        for (String a : annotations) {
            b.append(a).append('\n');
        }
        b.append("public class ").append(cls).append(" implements Migration {\n    public void upgrade(Ops op) {\n");
        b.append(indent(upgrade)).append("    }\n");
        if (downgrade != null) {
            b.append("\n    public void downgrade(Ops op) {\n").append(indent(downgrade)).append("    }\n");
        }
        b.append("}\n");
        return write(id + ".java", b.toString());
    }

    private static String indent(String body) {
        StringBuilder b = new StringBuilder();
        for (String line : body.strip().split("\n", -1)) {
            if (!line.isBlank()) {
                b.append("        ").append(line.strip());
            }
            b.append('\n');
        }
        return body.isBlank() ? "" : b.toString();
    }

    public Path write(String name, String text) {
        try {
            return Files.writeString(versions.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All revisions, oldest first. */
    public List<RevisionHeader> revisions() {
        List<RevisionHeader> history = new ArrayList<>(RevisionMap.of(new ScriptDirectory(root.resolve("migrations")).revisions())
                .history(null));
        Collections.reverse(history);
        return history;
    }
}
