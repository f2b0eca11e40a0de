package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AlembicReaderTest {
    private static final Path FILE = Path.of("versions/abc_add_user.py");

    private static final String CLASSIC = """
            \"\"\"add user phone

            Revision ID: 1975ea83b712
            Revises: 27c6a30d7c24
            Create Date: 2011-11-08 11:40:27.089406

            \"\"\"
            from alembic import op
            import sqlalchemy as sa

            # revision identifiers, used by Alembic.
            revision = '1975ea83b712'
            down_revision = '27c6a30d7c24'
            branch_labels = None
            depends_on = None


            def upgrade():
                op.add_column('user', sa.Column('phone', sa.String(20)))


            def downgrade():
                op.drop_column('user', 'phone')
            """;

    @Test
    void readsTheClassicTemplate() {
        AlembicScript s = AlembicReader.parse(FILE, CLASSIC);
        RevisionHeader r = s.revision();
        assertThat(r.id()).isEqualTo("1975ea83b712");
        assertThat(r.revises()).containsExactly("27c6a30d7c24");
        assertThat(r.branchLabels()).isEmpty();
        assertThat(r.dependsOn()).isEmpty();
        assertThat(r.message()).isEqualTo("add user phone");
        assertThat(r.createDate()).isEqualTo("2011-11-08 11:40:27.089406");
        assertThat(r.source().format()).isEqualTo(Format.ALEMBIC);
        assertThat(r.source().lines()).containsEntry("message", 1).containsEntry("docstring_revision", 3)
                .containsEntry("docstring_revises", 4).containsEntry("create_date", 5).containsEntry("revision", 12)
                .containsEntry("revises", 13).containsEntry("branch_labels", 14).containsEntry("depends_on", 15)
                .containsEntry("upgrade", 18).containsEntry("downgrade", 22);
        assertThat(s.docRevises().value()).isEqualTo("27c6a30d7c24");
        assertThat(s.docRevisionId().value()).isEqualTo("1975ea83b712");
        assertThat(s.upgradeEmpty()).isFalse();
        assertThat(s.downgradeEmpty()).isFalse();
    }

    @Test
    void positionsPointAtTheExactCharacters() {
        AlembicScript s = AlembicReader.parse(FILE, CLASSIC);
        AlembicScript.Literal parent = s.downRevision().literals().get(0);
        assertThat(CLASSIC.substring(parent.start(), parent.end())).isEqualTo("27c6a30d7c24");
        assertThat(CLASSIC.substring(s.downRevision().valueStart(), s.downRevision().valueEnd())).isEqualTo("'27c6a30d7c24'");
        assertThat(CLASSIC.substring(s.docRevises().valueStart(), s.docRevises().valueEnd())).isEqualTo("27c6a30d7c24");
        assertThat(CLASSIC.charAt(s.docRevises().keyEnd() - 1)).isEqualTo(':');
    }

    @Test
    void readsTypeAnnotationsTuplesListsAndTrailingCommas() {
        String src = """
                \"\"\"merge\"\"\"
                from typing import Sequence, Union
                revision: str = "m1"
                down_revision: Union[str, Sequence[str], None] = ("a", 'b',)
                branch_labels: Union[str, Sequence[str], None] = ['x']
                depends_on: Union[str, Sequence[str], None] = 'd1', "d2",
                def upgrade() -> None:
                    pass
                """;
        RevisionHeader r = AlembicReader.read(FILE, src);
        assertThat(r.id()).isEqualTo("m1");
        assertThat(r.revises()).containsExactly("a", "b");
        assertThat(r.branchLabels()).containsExactly("x");
        assertThat(r.dependsOn()).containsExactly("d1", "d2");
        assertThat(r.source().line("revises")).isEqualTo(4);
    }

    @Test
    void noneAndEmptyTupleMeanARoot() {
        assertThat(AlembicReader.read(FILE, "revision = 'a'\ndown_revision = None\n").revises()).isEmpty();
        assertThat(AlembicReader.read(FILE, "revision = 'a'\ndown_revision = ()\n").revises()).isEmpty();
    }

    @Test
    void toleratesCrlfBomCommentsAndSemicolons() {
        String src = "\uFEFF\"\"\"msg\r\n\r\nRevision ID: a\r\nRevises: b\r\n\"\"\"\r\n"
                + "revision = 'a'  # the id\r\ndown_revision = \\\r\n    'b'; branch_labels = None\r\n";
        AlembicScript s = AlembicReader.parse(FILE, src);
        assertThat(s.revision().revises()).containsExactly("b");
        assertThat(s.revision().message()).isEqualTo("msg");
        assertThat(s.docRevises().value()).isEqualTo("b");
        assertThat(s.revision().source().line("docstring_revises")).isEqualTo(4);
        assertThat(s.revision().source().line("revises")).isEqualTo(7);
        assertThat(src.substring(s.docRevises().valueStart(), s.docRevises().valueEnd())).isEqualTo("b");
    }

    @Test
    void ignoresAssignmentsInsideFunctionsAndStrings() {
        String src = """
                revision = 'a'
                down_revision = None
                NOTE = '''
                revision = 'not me'
                '''
                def upgrade():
                    revision = 'nor me'
                """;
        assertThat(AlembicReader.read(FILE, src).id()).isEqualTo("a");
    }

    @Test
    void detectsEmptyDowngrades() {
        String template = """
                revision = 'a'
                down_revision = None
                def upgrade() -> None:
                    op.create_table('t')
                def downgrade() -> None:
                    # ### commands auto generated by Alembic - please adjust! ###
                    pass
                    # ### end Alembic commands ###
                """;
        assertThat(AlembicReader.parse(FILE, template).downgradeEmpty()).isTrue();
        assertThat(AlembicReader.parse(FILE, "revision = 'a'\ndown_revision = None\ndef downgrade(): pass\n").downgradeEmpty()).isTrue();
        assertThat(AlembicReader.parse(FILE, "revision = 'a'\ndown_revision = None\n").downgradeEmpty()).isTrue();
        assertThat(AlembicReader.parse(FILE, "revision = 'a'\ndown_revision = None\ndef downgrade(): op.drop_table('t')\n").downgradeEmpty()).isFalse();
        assertThat(AlembicReader.parse(FILE, template).upgradeEmpty()).isFalse();
    }

    @Test
    void malformedValuesAreUsageErrorsWithFileAndLine() {
        assertThatThrownBy(() -> AlembicReader.read(FILE, "revision = 'a'\ndown_revision = 'b\n"))
                .isInstanceOf(RetortException.class)
                .hasMessage("versions/abc_add_user.py:2: unterminated string")
                .extracting(e -> ((RetortException) e).kind()).isEqualTo(RetortException.Kind.USAGE);
        assertThatThrownBy(() -> AlembicReader.read(FILE, "revision = 'a'\ndown_revision = PARENT\n"))
                .hasMessageStartingWith("versions/abc_add_user.py:2: down_revision must be a string");
        assertThatThrownBy(() -> AlembicReader.read(FILE, "revision = 'a' 'b'\ndown_revision = None\n"))
                .hasMessageStartingWith("versions/abc_add_user.py:1: revision must be one string literal");
        assertThatThrownBy(() -> AlembicReader.read(FILE, "import os\n"))
                .hasMessageStartingWith("versions/abc_add_user.py:1: no module-level revision");
        assertThatThrownBy(() -> AlembicReader.read(FILE, "\n\nrevision = 'a'\n"))
                .hasMessageStartingWith("versions/abc_add_user.py:3: no module-level down_revision");
        assertThatThrownBy(() -> AlembicReader.read(FILE, "revision = 'a'\ndown_revision = ('a'\n"))
                .hasMessageStartingWith("versions/abc_add_user.py:2: down_revision must be");
    }

    @Test
    void errorsCarryAHint() {
        assertThatThrownBy(() -> AlembicReader.read(FILE, "revision = 'a'\ndown_revision = f'{x}'\n"))
                .isInstanceOfSatisfying(RetortException.class, e -> assertThat(e.hint()).contains("never runs"));
    }
}
