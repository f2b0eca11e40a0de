package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where Alembic users stand: a folder with alembic.ini and no retort.toml. Read-only commands
 * take the script location and the database from alembic.ini; writing ones ask for a retort.toml.
 */
class AlembicProjectTest {
    @TempDir
    Path dir;

    private static void revision(Path file, String id, String parent, String doc) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                \"""%s

                Revision ID: %s
                Revises: %s
                Create Date: 2024-01-02 03:04:05

                \"""
                from alembic import op
                import sqlalchemy as sa

                revision = '%s'
                down_revision = %s
                branch_labels = None
                depends_on = None


                def upgrade():
                    op.add_column("account", sa.Column("note", sa.Text()))


                def downgrade():
                    op.drop_column("account", "note")
                """.formatted(doc, id, parent == null ? "" : parent, id, parent == null ? "None" : "'" + parent + "'"));
    }

    @BeforeEach
    void alembicProject() throws IOException, SQLException {
        Files.writeString(dir.resolve("alembic.ini"), """
                [alembic]
                script_location = %(here)s/alembic
                sqlalchemy.url = sqlite:///app.db

                [loggers]
                keys = root
                """);
        Path versions = dir.resolve("alembic/versions");
        Files.writeString(Files.createDirectories(dir.resolve("alembic")).resolve("env.py"), "from alembic import context\n");
        revision(versions.resolve("1a2b3c4d5e6f_create_account.py"), "1a2b3c4d5e6f", null, "create account");
        revision(versions.resolve("2b3c4d5e6f70_add_note.py"), "2b3c4d5e6f70", "1a2b3c4d5e6f", "add note\nto accounts\n\nLonger text.");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)");
            st.execute("INSERT INTO alembic_version VALUES ('1a2b3c4d5e6f')");
        }
    }

    @Test
    void readOnlyCommandsWorkFromAlembicIni() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("app"));
        CliRun.Result heads = CliRun.run(sub, "heads");
        assertThat(heads.code()).as(heads.toString()).isZero();
        assertThat(heads.out()).isEqualTo("2b3c4d5e6f70 (head)\n");

        CliRun.Result history = CliRun.run(dir, "history");
        assertThat(history.out()).isEqualTo("""
                1a2b3c4d5e6f -> 2b3c4d5e6f70 (head), add note
                to accounts
                <base> -> 1a2b3c4d5e6f, create account
                """);
        for (String command : new String[] {"branches", "graph", "lint"}) {
            CliRun.Result r = CliRun.run(dir, command);
            assertThat(r.err()).as(command + ": " + r).doesNotContain("error:");
        }
        assertThat(CliRun.run(dir, "show", "2b3c").out()).contains("Rev: 2b3c4d5e6f70 (head)");
    }

    @Test
    void currentAndDoctorReadAlembicVersion() {
        CliRun.Result current = CliRun.run(dir, "current");
        assertThat(current.code()).as(current.toString()).isZero();
        assertThat(current.out()).isEqualTo("1a2b3c4d5e6f\n");

        CliRun.Result doctor = CliRun.run(dir, "doctor", "--json");
        assertThat(doctor.code()).as(doctor.toString()).isZero();
        assertThat(doctor.out()).contains("\"alembic_version\"").contains("1a2b3c4d5e6f");
        assertThat(CliRun.run(dir, "doctor", ".").code()).isZero(); // env.py at the root is not a revision
    }

    @Test
    void writingCommandsSayTheyNeedARetortToml() throws IOException {
        byte[] before = Files.readAllBytes(dir.resolve("app.db"));
        CliRun.Result upgrade = CliRun.run(dir, "upgrade", "head");
        assertThat(upgrade.code()).isEqualTo(2);
        assertThat(upgrade.err()).contains("alembic.ini is Alembic's config; this command needs a retort.toml")
                .contains("hint: ").contains("alembic upgrade");
        assertThat(Files.readAllBytes(dir.resolve("app.db"))).isEqualTo(before);
        assertThat(CliRun.run(dir, "revision", "-m", "x").code()).isEqualTo(2);
    }

    @Test
    void theSqlalchemyPasswordIsNeverPrinted() throws IOException {
        Files.writeString(dir.resolve("alembic.ini"), """
                [alembic]
                script_location = %(here)s/alembic
                sqlalchemy.url = postgresql://scott:s3cr3t-pw@127.0.0.1:1/nowhere
                """);
        CliRun.Result current = CliRun.run(dir, Map.of(), "current");
        assertThat(current.code()).isEqualTo(2);
        assertThat(current.out() + current.err()).doesNotContain("s3cr3t-pw");
        CliRun.Result doctor = CliRun.run(dir, Map.of(), "doctor");
        assertThat(doctor.out() + doctor.err()).doesNotContain("s3cr3t-pw");
        // alembic.ini's database is often a developer's local one: when it is down, check the files
        assertThat(doctor.code()).as(doctor.toString()).isZero();
        assertThat(doctor.err()).contains("note: cannot read the database of alembic.ini").contains("checked the revision files only");
        assertThat(CliRun.run(dir, Map.of(), "doctor", "--url", "jdbc:postgresql://127.0.0.1:1/nowhere").code()).isEqualTo(2);
    }
}
