package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, "The Java DSL as people expect it", as a user meets it on the command line. */
class JavaDslCommandTest {
    @TempDir
    Path dir;

    private void project() throws IOException {
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\nurl = \"jdbc:sqlite:app.db\"\n");
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("migrations/versions/a1_users.sql"), """
                -- users
                --
                -- Revision ID: a1
                -- Revises:
                -- Create Date: 2025-10-16 09:12:44

                -- +upgrade
                CREATE TABLE users (id INT PRIMARY KEY, login TEXT);
                INSERT INTO users (id, login) VALUES (1, 'ada');

                -- +downgrade
                DROP TABLE users;
                """);
    }

    private void rename(String call) throws IOException {
        Files.writeString(dir.resolve("migrations/versions/b2_rename.java"), """
                import dev.retort.*;

                @Revision(id = "b2", revises = "a1", created = "2025-10-16 09:13:00", message = "rename login")
                public class Rb2_rename implements Migration {
                    @Override
                    public void upgrade(Ops op) {
                        %s;
                    }
                }
                """.formatted(call));
    }

    private CliRun.Result run(String... args) {
        return CliRun.run(dir, Map.of(), args);
    }

    private List<String> column(String name) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + name + " FROM users")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void renameColumnUpgradesAndItsDerivedDowngradeRenamesBackKeepingTheData() throws Exception {
        project();
        rename("op.renameColumn(\"users\", \"login\", \"username\")");
        CliRun.Result up = run("upgrade", "head");
        assertThat(up.code()).as(up.toString()).isZero();
        assertThat(column("username")).containsExactly("ada");
        CliRun.Result down = run("downgrade", "-1");
        assertThat(down.code()).as(down.toString()).isZero();
        assertThat(column("login")).containsExactly("ada");
        CliRun.Result sql = run("upgrade", "a1:b2", "--sql");
        assertThat(sql.out()).as(sql.toString()).contains("ALTER TABLE \"users\" RENAME COLUMN \"login\" TO \"username\"");
    }

    @Test
    void aCompileErrorShowsJavacsWholeMessageTheLineAndACaretInOneErrorBlock() throws IOException {
        project();
        rename("op.renameColum(\"users\", \"login\", \"username\")");
        CliRun.Result r = run("upgrade", "head");
        assertThat(r.code()).isEqualTo(2);
        List<String> lines = r.err().lines().toList();
        assertThat(lines.get(0)).isEqualTo("error: migrations/versions/b2_rename.java:7: cannot find symbol");
        assertThat(lines).anySatisfy(l -> assertThat(l.strip()).isEqualTo("symbol:   method renameColum(String,String,String)"));
        assertThat(lines).anySatisfy(l -> assertThat(l.strip()).startsWith("location:").contains("Ops"));
        int source = lines.indexOf(lines.stream().filter(l -> l.contains("op.renameColum(")).findFirst().orElseThrow());
        String caret = lines.get(source + 1);
        assertThat(caret.strip()).isEqualTo("^");
        assertThat(lines.get(source).charAt(caret.length() - 1)).as("the caret points into the call").isEqualTo('.');
        assertThat(lines.get(lines.size() - 1)).startsWith("hint: fix the revision");
        assertThat(lines.stream().filter(l -> l.startsWith("error:"))).hasSize(1);
    }
}
