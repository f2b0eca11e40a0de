package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** edit opens the named revision's file in $VISUAL or $EDITOR and exits with the editor's status. */
class EditCommandTest {
    @TempDir
    Path dir;

    private Path project;
    private Path record;

    @BeforeEach
    void setUp() throws IOException {
        project = CliRun.quickstart(dir);
        record = dir.resolve("edited.txt");
    }

    /** A stand-in editor that writes the file it was given (and its own name) and exits with {@code code}. */
    private String editor(String name, int code) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\necho \"" + name + " $1\" >> '" + record + "'\nexit " + code + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script.toString();
    }

    @Test
    void opensTheFileOfARevisionNamedByPrefixOrLabel() throws IOException {
        CliRun.Result r = CliRun.run(project, Map.of("EDITOR", editor("ed1", 0)), "edit", "1a7f");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(Files.readString(record).strip()).startsWith("ed1 /").endsWith(".sql").contains("1a7f3c9e2b10");

        Files.delete(record);
        r = CliRun.run(project, Map.of("EDITOR", editor("ed1", 0)), "edit", "reporting@head");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(Files.readString(record)).contains(DatabaseCommandsTest.HEAD);
    }

    @Test
    void visualWinsOverEditorAndTheEditorsStatusIsTheExitCode() throws IOException {
        CliRun.Result r = CliRun.run(project, Map.of("EDITOR", editor("ed1", 0), "VISUAL", editor("vis", 3)), "edit", "head");
        assertThat(r.code()).as(r.toString()).isEqualTo(3);
        assertThat(Files.readString(record)).startsWith("vis ");
    }

    @Test
    void baseHasNoFileToEdit() throws IOException {
        CliRun.Result r = CliRun.run(project, Map.of("EDITOR", editor("ed1", 0)), "edit", "base");
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: 'base' names no revision file");
        assertThat(record).doesNotExist();
    }
}
