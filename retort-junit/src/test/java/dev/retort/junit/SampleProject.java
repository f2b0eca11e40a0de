package dev.retort.junit;

import dev.retort.support.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small projects the sample test classes run against: a sound one, and one broken per assertion. */
final class SampleProject {
    enum Variant { GOOD, BAD_DOWNGRADE, DRIFT, TWO_HEADS, DROPS_TABLE }

    static final String ACCOUNT = "CREATE TABLE account (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL)";
    static final String NOTE = "CREATE TABLE note (id INTEGER PRIMARY KEY, body VARCHAR(200))";

    private SampleProject() {}

    /** Writes the variant into {@code root} and returns its retort.toml. */
    static Path write(Path root, Variant v) {
        TestProject p = new TestProject(root);
        try {
            Files.writeString(root.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n\n[model]\nschema = \"schema.sql\"\n");
            Files.writeString(root.resolve("schema.sql"),
                    ACCOUNT + ";\n" + (v == Variant.DRIFT ? "CREATE TABLE note (id INTEGER PRIMARY KEY);\n" : NOTE + ";\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.sql("a1", null, ACCOUNT + ";", "DROP TABLE account;");
        p.sql("b2", "a1", NOTE + ";", v == Variant.BAD_DOWNGRADE
                ? "DROP TABLE note;\nCREATE TABLE stray (id INTEGER PRIMARY KEY);" : "DROP TABLE note;");
        switch (v) {
            case TWO_HEADS -> p.sql("c3", "a1", "CREATE TABLE tag (id INTEGER PRIMARY KEY);", "DROP TABLE tag;");
            case DROPS_TABLE -> p.sql("c3", "b2", "DROP TABLE note;", NOTE + ";");
            default -> { }
        }
        return root.resolve("retort.toml");
    }
}
