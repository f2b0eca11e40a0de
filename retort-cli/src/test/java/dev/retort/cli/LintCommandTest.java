package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `retort lint` through the real entry point: output shapes and exit codes. */
class LintCommandTest {
    @TempDir
    Path dir;

    private Path project(String dialectUrl) throws IOException {
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\nurl = \"" + dialectUrl + "\"\n");
        Path versions = Files.createDirectories(dir.resolve("migrations").resolve("versions"));
        Files.writeString(versions.resolve("a1_users.sql"), """
                -- Create users
                --
                -- Revision ID: a1
                -- Revises:

                -- +upgrade
                CREATE TABLE users (id BIGINT PRIMARY KEY, email VARCHAR(200), note TEXT);

                -- +downgrade
                DROP TABLE users;
                """);
        return versions;
    }

    private void revision(Path versions, String id, String parent, String upgrade) throws IOException {
        Files.writeString(versions.resolve(id + ".sql"), "-- " + id + "\n--\n-- Revision ID: " + id + "\n-- Revises: " + parent
                + "\n\n-- +upgrade\n" + upgrade + "\n\n-- +downgrade\nSELECT 1;\n");
    }

    @Test
    void errorsExitOneWithLevelCodeAndLocation() throws IOException {
        Path v = project("jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=2");
        revision(v, "b2", "a1", "SET lock_timeout = '5s';\nALTER TABLE users DROP COLUMN note;");
        CliRun.Result r = CliRun.run(dir, "lint");
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).startsWith("ERROR drop-column migrations/versions/b2.sql:8 drops column users.note\n    why: ")
                .contains("\n    fix: expand/contract")
                .endsWith("lint: 1 finding (1 error, 0 warnings) in 2 revisions (all revisions: "
                        + "jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=2 did not answer); for postgresql\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void warningsExitZeroUnlessStrict() throws IOException {
        Path v = project("jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=2");
        revision(v, "b2", "a1", "ALTER TABLE users ADD COLUMN nickname TEXT;");
        assertThat(CliRun.run(dir, "lint", "a1:").code()).isZero();
        CliRun.Result strict = CliRun.run(dir, "lint", "--strict", "a1:");
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.out()).contains("WARNING missing-lock-timeout migrations/versions/b2.sql:7 ")
                .endsWith("(range a1:); for postgresql\n");
    }

    @Test
    void dialectFlagJsonAndSilencedWithVerbose() throws IOException {
        Path v = project("jdbc:sqlite:app.db");
        revision(v, "b2", "a1", "-- retort:allow drop-column moved to profiles\nALTER TABLE users DROP COLUMN note;");
        CliRun.Result text = CliRun.run(dir, "lint", "-v");
        assertThat(text.code()).as(text.toString()).isZero();
        assertThat(text.out()).isEqualTo("""
                ALLOWED drop-column migrations/versions/b2.sql:8 drops column users.note
                    reason: moved to profiles
                lint: no problems in 2 revisions (not yet applied to jdbc:sqlite:app.db); 1 silenced; for sqlite
                """);
        assertThat(Files.exists(dir.resolve("app.db"))).isFalse();
        CliRun.Result json = CliRun.run(dir, "lint", "--json", "--dialect", "postgres");
        assertThat(json.out()).contains("\"dialect\" : \"postgresql\"", "\"code\" : \"missing-lock-timeout\"",
                "\"reason\" : \"moved to profiles\"");
        CliRun.Result sarif = CliRun.run(dir, "lint", "--format", "sarif");
        assertThat(sarif.out()).contains("\"version\" : \"2.1.0\"", "\"justification\" : \"moved to profiles\"");
    }

    @Test
    void badInputExitsTwoWithAHint() throws IOException {
        Path v = project("jdbc:sqlite:app.db");
        CliRun.Result dialect = CliRun.run(dir, "lint", "--dialect", "oracle");
        assertThat(dialect.code()).isEqualTo(2);
        assertThat(dialect.err()).startsWith("error: unknown dialect 'oracle'\nhint: ");
        revision(v, "b2", "a1", "ALTER TABLE users ADD COLUMN note2 TEXT DEFAULT 'unterminated;");
        CliRun.Result broken = CliRun.run(dir, "lint");
        assertThat(broken.code()).as(broken.toString()).isEqualTo(2);
        assertThat(broken.err()).startsWith("error: migrations/versions/b2.sql:7");
        assertThat(broken.out()).isEmpty();
    }

    /** An Alembic project as Alembic's template writes it: no retort.toml, lint given its folder. */
    private Path alembicProject() throws IOException {
        Path scripts = dir.resolve("alembic");
        Path versions = Files.createDirectories(scripts.resolve("versions"));
        Files.writeString(scripts.resolve("env.py"), "from alembic import context\n");
        Files.writeString(versions.resolve("1a2b3c4d5e6f_create_users.py"), """
                \"\"\"create users

                Revision ID: 1a2b3c4d5e6f
                Revises:
                Create Date: 2024-03-01 10:00:00.000000

                \"\"\"
                from alembic import op
                import sqlalchemy as sa


                revision = '1a2b3c4d5e6f'
                down_revision = None
                branch_labels = None
                depends_on = None


                def upgrade():
                    op.create_table(
                        'users',
                        sa.Column('id', sa.Integer(), nullable=False),
                        sa.Column('email', sa.String(length=200), nullable=True),
                        sa.PrimaryKeyConstraint('id'),
                    )


                def downgrade():
                    op.drop_table('users')
                """);
        Files.writeString(versions.resolve("2b3c4d5e6f70_drop_email.py"), """
                \"\"\"drop email

                Revision ID: 2b3c4d5e6f70
                Revises: 1a2b3c4d5e6f
                Create Date: 2024-03-02 10:00:00.000000

                \"\"\"
                from alembic import op
                import sqlalchemy as sa


                revision = '2b3c4d5e6f70'
                down_revision = '1a2b3c4d5e6f'
                branch_labels = None
                depends_on = None


                def upgrade():
                    op.execute("SET lock_timeout = '5s'")
                    with op.batch_alter_table('users') as batch_op:
                        batch_op.drop_column('email')


                def downgrade():
                    pass
                """);
        return scripts;
    }

    @Test
    void lintsAnAlembicProjectsFolderWithoutRetortToml() throws IOException {
        alembicProject();
        CliRun.Result r = CliRun.run(dir, "lint", "alembic", "--dialect", "postgresql");
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).startsWith("ERROR drop-column alembic/versions/2b3c4d5e6f70_drop_email.py:21:9 drops column users.email\n")
                .contains("WARNING empty-downgrade alembic/versions/2b3c4d5e6f70_drop_email.py:24 the upgrade changes the schema "
                        + "but downgrade() does nothing", "'# retort: allow drop-column <reason>'")
                .endsWith("lint: 2 findings (1 error, 1 warning) in 2 revisions (all revisions); for postgresql\n");
        CliRun.Result range = CliRun.run(dir, "lint", "alembic/versions", "1a2b3c4d5e6f", "--format", "sarif");
        assertThat(range.code()).as(range.toString()).isZero();
        assertThat(range.out()).doesNotContain("\"ruleId\"");
        CliRun.Result sarif = CliRun.run(dir, "lint", "alembic", "--format", "sarif");
        assertThat(sarif.out()).contains("\"uri\" : \"alembic/versions/2b3c4d5e6f70_drop_email.py\"", "\"startLine\" : 21",
                "\"startColumn\" : 9");
    }

    @Test
    void aFolderWithoutVersionsIsBadInput() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        CliRun.Result r = CliRun.run(dir, "lint", "empty");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("holds no versions folder");
    }
}
