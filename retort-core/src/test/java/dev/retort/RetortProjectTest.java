package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project commands as an application calls them: init, revision, merge, and the graph they leave. */
class RetortProjectTest {
    @TempDir
    Path dir;

    private Retort open() {
        return Retort.configure().directory(dir).environment(Map.of())
                .clock(Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC)).random(new SplittableRandom(7)).load();
    }

    private static NewRevisionRequest after(String head, String id, String message) {
        return new NewRevisionRequest(message, head, false, List.of(), List.of(), id, RevisionFormat.SQL);
    }

    @Test
    void initWritesTheProjectAndRevisionsFollowTheHead() throws Exception {
        InitResult init = Retort.init(dir);
        assertThat(init.created()).contains(dir.resolve("retort.toml"), dir.resolve("migrations/versions"));
        assertThat(init.ignored()).contains(".retort/");
        assertThat(Files.readString(dir.resolve(".gitignore"))).contains(".retort/");
        assertThatThrownBy(() -> Retort.init(dir)).isInstanceOf(RetortException.class).hasMessageContaining("already exists");

        RevisionInfo first = open().revision(after(null, "a1", "create users"));
        assertThat(first.path()).exists().hasParent(dir.resolve("migrations/versions"));
        assertThat(first.revises()).isEmpty();
        RevisionInfo second = open().revision(after(null, null, "add email"));
        assertThat(second.revises()).containsExactly("a1");
        assertThat(second.id()).matches("[0-9a-f]{12}");
        assertThat(second.createDate()).startsWith("2026-01-02");

        RevisionGraph graph = open().revisions();
        assertThat(graph.heads()).containsExactly(second.id());
        assertThat(graph.history(null)).extracting(RevisionInfo::id).containsExactly(second.id(), "a1");
        assertThat(graph.find("a1")).get().extracting(RevisionInfo::format).isEqualTo(RevisionFormat.SQL);
        assertThat(graph.resolveOne("a1")).get().extracting(RevisionInfo::message).isEqualTo("create users");
    }

    @Test
    void twoHeadsNeedAHeadOrAMerge() {
        Retort.init(dir);
        open().revision(after(null, "a1", "root"));
        open().revision(after("a1", "b1", "one branch"));
        NewRevisionRequest splice = new NewRevisionRequest("other branch", "a1", false, List.of(), List.of(), "c1", RevisionFormat.SQL);
        assertThatThrownBy(() -> open().revision(splice)).hasMessageContaining("a1 is not a head revision");
        open().revision(new NewRevisionRequest("other branch", "a1", true, List.of(), List.of(), "c1", RevisionFormat.JAVA));

        assertThatThrownBy(() -> open().revision(after(null, "d1", "which?"))).isInstanceOf(RetortException.class)
                .hasMessageContaining("multiple heads are present");
        assertThat(open().revisions().isBranchPoint("a1")).isTrue();

        RevisionInfo merge = open().merge(new MergeRequest(List.of("heads"), "merge", List.of(), "m1", RevisionFormat.SQL));
        assertThat(merge.revises()).containsExactlyInAnyOrder("b1", "c1");
        RevisionGraph graph = open().revisions();
        assertThat(graph.heads()).containsExactly("m1");
        assertThat(graph.isMergePoint("m1")).isTrue();
        assertThat(graph.find("c1")).get().extracting(RevisionInfo::format).isEqualTo(RevisionFormat.JAVA);
    }

    @Test
    void aBadRequestWritesNothing() throws Exception {
        Retort.init(dir);
        open().revision(after(null, "a1", "root"));
        assertThatThrownBy(() -> open().revision(after(null, "a1", "again"))).hasMessageContaining("'a1' already exists");
        assertThatThrownBy(() -> open().revision(after(null, "x2", "bell \u0007"))).isInstanceOf(RetortException.class);
        assertThatThrownBy(() -> open().merge(new MergeRequest(List.of("a1"), "m", List.of(), null, RevisionFormat.SQL)))
                .hasMessageContaining("a merge needs at least two revisions");
        try (var files = Files.list(dir.resolve("migrations/versions"))) {
            assertThat(files.toList()).hasSize(1);
        }
    }
}
