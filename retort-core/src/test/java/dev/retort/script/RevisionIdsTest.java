package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ids and labels Retort's identifier syntax would misread; existing Alembic ids stay valid. */
class RevisionIdsTest {
    @Test
    void idsOfRealProjectsStayValid() {
        for (String id : List.of("0fe9bd3b1f3c", "20251011_admin_chat", "20250902_evt_type_idx", "ptero_eggs_001", "v1.2",
                "headless", "base_tables", "x.")) {
            assertThat(RevisionIds.misread(id, false)).as(id).isNull();
            assertThat(RevisionIds.idProblem(id)).as(id).isNull();
        }
        assertThat(RevisionIds.labelProblem("my-branch")).isNull();
    }

    @Test
    void reservedWordsAndIdentifierSyntaxAreRefused() {
        assertThat(RevisionIds.misread("head", false)).startsWith("revision id 'head' is a reserved word");
        assertThat(RevisionIds.misread("heads", true)).startsWith("branch label 'heads' is a reserved word");
        assertThat(RevisionIds.misread("base", false)).contains("the empty database");
        assertThat(RevisionIds.misread("..", false)).isEqualTo("revision id '..' starts with '.' (a hidden file name, or a relative step)");
        assertThat(RevisionIds.misread(".x", false)).contains("starts with '.'");
        assertThat(RevisionIds.misread("-x", true)).contains("starts with '-'");
        assertThat(RevisionIds.misread("a..b", false)).contains("contains '..'");
        assertThat(RevisionIds.misread("a@b", false)).contains("contains '@'");
        assertThat(RevisionIds.misread("a:b", false)).contains("contains ':'");
        assertThat(RevisionIds.misread("a+1", false)).contains("contains '+'");
        assertThat(RevisionIds.misread("a-1", false)).contains("contains '-'");
        assertThat(RevisionIds.misread("a b", false)).contains("whitespace");
        assertThat(RevisionIds.misread("a\rDROP", false)).isEqualTo("revision id 'a\\u000dDROP' contains the control character U+000D");
        assertThat(RevisionIds.misread("a\u2028b", false)).contains("U+2028");
        assertThat(RevisionIds.idProblem("a$b")).isEqualTo("revision id 'a$b' may contain only letters, digits, '_' and '.'");
    }
}
