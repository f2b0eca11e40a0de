package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.script.Format;
import dev.retort.script.RevisionHeader;
import dev.retort.script.ScriptDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** revision and merge, end to end: what they write, and that a refused request writes nothing. */
class RevisionCommandTest {
    private static final Pattern GENERATED = Pattern.compile("Generating (\\S+) \\.\\.\\. done\n");

    @TempDir
    Path dir;

    @BeforeEach
    void init() {
        assertThat(CliRun.run(dir, "init").code()).isZero();
    }

    /** Runs a writing command and returns the revision it wrote. */
    private RevisionHeader written(String... args) {
        CliRun.Result r = CliRun.run(dir, args);
        assertThat(r.code()).as(r.toString()).isZero();
        Matcher m = GENERATED.matcher(r.out());
        assertThat(m.matches()).as(r.out()).isTrue();
        Path file = dir.resolve(m.group(1));
        assertThat(file).exists();
        return ScriptDirectory.read(file);
    }

    private List<String> versionFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private CliRun.Result refused(String... args) throws IOException {
        List<String> before = versionFiles();
        CliRun.Result r = CliRun.run(dir, args);
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(2);
        assertThat(versionFiles()).isEqualTo(before);
        return r;
    }

    @Test
    void firstRevisionIsARootAndTheNextFollowsTheHead() throws IOException {
        CliRun.Result r = CliRun.run(dir, "revision", "-m", "Create users");
        assertThat(r.code()).isZero();
        Matcher m = GENERATED.matcher(r.out());
        assertThat(m.matches()).isTrue();
        assertThat(m.group(1)).matches("migrations/versions/[0-9a-f]{12}_create_users\\.sql");
        RevisionHeader first = ScriptDirectory.read(dir.resolve(m.group(1)));
        assertThat(first.revises()).isEmpty();
        assertThat(first.message()).isEqualTo("Create users");
        assertThat(first.createDate()).isEqualTo("2025-10-16 09:12:44");
        assertThat(m.group(1)).contains(first.id());

        RevisionHeader second = written("revision", "-m", "Add email", "--rev-id", "r2");
        assertThat(second.revises()).containsExactly(first.id());
        assertThat(CliRun.run(dir, "heads").out()).isEqualTo("r2 (head)\n");
        assertThat(versionFiles()).contains("r2_add_email.sql");
    }

    @Test
    void multipleHeadsNeedHeadLikeAlembic() throws IOException {
        written("revision", "-m", "a", "--rev-id", "a");
        RevisionHeader other = written("revision", "-m", "other root", "--rev-id", "o1", "--head", "base", "--branch-label", "other");
        assertThat(other.revises()).isEmpty();
        assertThat(other.branchLabels()).containsExactly("other");

        CliRun.Result r = refused("revision", "-m", "which?");
        assertThat(r.err()).isEqualTo("error: multiple heads are present (a, o1); the new revision needs to know which one it follows\n"
                + "hint: pass --head REV, or first merge them: retort merge heads -m \"merge heads\"\n");

        RevisionHeader onOther = written("revision", "-m", "on other", "--rev-id", "o2", "--head", "other@head");
        assertThat(onOther.revises()).containsExactly("o1");
    }

    @Test
    void branchingFromAnInnerRevisionNeedsSplice() throws IOException {
        written("revision", "-m", "a", "--rev-id", "a");
        written("revision", "-m", "b", "--rev-id", "b");
        CliRun.Result r = refused("revision", "-m", "c", "--head", "a");
        assertThat(r.err()).isEqualTo("error: revision a is not a head revision\n"
                + "hint: pass --splice to start a new branch from it, or follow a head: b\n");
        RevisionHeader c = written("revision", "-m", "c", "--rev-id", "c", "--head", "a", "--splice");
        assertThat(c.revises()).containsExactly("a");
        assertThat(CliRun.run(dir, "heads").out()).isEqualTo("b (head)\nc (head)\n");
        assertThat(CliRun.run(dir, "branches").out()).startsWith("a (branchpoint)\n  -> ");
    }

    @Test
    void dependsOnKeepsLabelsAndResolvesPrefixes() throws IOException {
        written("revision", "-m", "lib", "--rev-id", "lib111", "--branch-label", "lib");
        written("revision", "-m", "app", "--rev-id", "app111", "--head", "base", "--branch-label", "app");
        RevisionHeader dep = written("revision", "-m", "uses lib", "--rev-id", "app222", "--head", "app@head",
                "--depends-on", "lib", "--depends-on", "lib1");
        assertThat(dep.dependsOn()).containsExactly("lib", "lib111");
        assertThat(CliRun.run(dir, "heads", "--resolve-dependencies").out()).isEqualTo("app222 (app) (head)\n");
        assertThat(CliRun.run(dir, "heads").out()).isEqualTo("app222 (app) (head)\nlib111 (lib) (effective head)\n");
    }

    @Test
    void javaFormatWritesARevisionTheGraphCommandsRead() {
        written("revision", "-m", "a", "--rev-id", "a");
        RevisionHeader j = written("revision", "-m", "Add index", "--rev-id", "b2", "--format", "java");
        assertThat(j.source().format()).isEqualTo(Format.JAVA);
        assertThat(j.source().path().getFileName().toString()).isEqualTo("b2_add_index.java");
        assertThat(j.revises()).containsExactly("a");
        assertThat(CliRun.run(dir, "history").out()).isEqualTo("a -> b2 (head), Add index\n<base> -> a, a\n");
    }

    @Test
    void badRequestsAreRefusedWithoutWriting() throws IOException {
        written("revision", "-m", "a", "--rev-id", "a", "--branch-label", "main");
        assertThat(refused("revision", "-m", "x", "--rev-id", "a").err())
                .startsWith("error: revision id 'a' already exists (migrations/versions/a_a.sql)\n");
        assertThat(refused("revision", "-m", "x", "--rev-id", "a b").err())
                .startsWith("error: --rev-id: revision id 'a b' contains whitespace\n");
        assertThat(refused("revision", "-m", "x", "--branch-label", "a@b").err())
                .startsWith("error: branch label 'a@b' contains '@', which identifiers use as syntax");
        assertThat(refused("revision", "-m", "x", "--head", "base", "--branch-label", "main").err()).startsWith("error: ");
        assertThat(refused("revision", "-m", "x", "--depends-on", "nothing").err()).startsWith("error: ");
        assertThat(refused("revision", "-m", "x", "--format", "py").err()).startsWith("error: Invalid value for option '--format'");
    }

    @Test
    void mergeJoinsHeadsIntoOne() throws IOException {
        written("revision", "-m", "a", "--rev-id", "a");
        written("revision", "-m", "b", "--rev-id", "b");
        written("revision", "-m", "c", "--rev-id", "c", "--head", "a", "--splice");
        RevisionHeader m = written("merge", "heads", "-m", "Merge b and c", "--rev-id", "m1");
        assertThat(m.revises()).containsExactly("b", "c");
        assertThat(m.message()).isEqualTo("Merge b and c");
        assertThat(CliRun.run(dir, "heads").out()).isEqualTo("m1 (head)\n");
        assertThat(CliRun.run(dir, "history", "--graph").out()).isEqualTo("""
                * m1 (head) (mergepoint), Merge b and c
                |\\
                * | b, b
                | * c, c
                |/
                * a (branchpoint), a
                """);
        assertThat(refused("merge", "m1", "-m", "alone").err())
                .isEqualTo("error: a merge needs at least two revisions; m1 names only m1\n"
                        + "hint: name two or more revisions, or 'heads' for all heads\n");
        refused("merge", "-m", "nothing");
    }

    @Test
    void projectTemplateIsUsed() throws IOException {
        Files.writeString(dir.resolve("migrations/templates/revision.sql.tmpl"),
                "-- ${message}\n-- Revision ID: ${revision}\n-- Revises: ${revises}\n\n-- +upgrade\n-- house style\n${upgrade}\n-- +downgrade\n");
        CliRun.Result r = CliRun.run(dir, "revision", "-m", "styled", "--rev-id", "s1");
        assertThat(r.code()).isZero();
        assertThat(Files.readString(dir.resolve("migrations/versions/s1_styled.sql")))
                .isEqualTo("-- styled\n-- Revision ID: s1\n-- Revises:\n\n-- +upgrade\n-- house style\n\n-- +downgrade\n");
    }
}
