package dev.retort.verify;

import dev.retort.support.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The projects verify is tested on: one whose downgrades are right (SQL and Java revisions,
 * portable to the four databases), and planted faults, each a revision "fault" after a base
 * that creates the customer table.
 */
final class VerifyProjects {
    static final String BASE = "CREATE TABLE customer (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, note VARCHAR(100));";

    private VerifyProjects() {}

    private static TestProject project(Path dir) {
        TestProject p = new TestProject(dir);
        try {
            Files.writeString(dir.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\nurl = \"${DATABASE_URL}\"\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        p.sql("r1", null, BASE, "DROP TABLE customer;");
        return p;
    }

    static Path good(Path dir) {
        TestProject p = project(dir);
        p.java("r2", "r1", "op.createIndex(\"ix_customer_name\", \"customer\", \"name\");", null, null);
        p.java("r3", "r2", """
                op.createTable("orders", t -> t
                    .column("id", INTEGER, c -> c.primaryKey())
                    .column("customer_id", INTEGER, c -> c.notNull().references("customer", "id"))
                    .column("total", Type.numeric(10, 2), c -> c.notNull().defaultValue("0")));
                op.createIndex("ix_orders_customer", "orders", "customer_id");""",
                // not derived: the derived one drops the index first, which MySQL refuses while the
                // foreign key needs it (MySQL dropped its own index for the key when ours came)
                "op.dropTable(\"orders\");", null);
        p.sql("r4", "r3", "ALTER TABLE customer ADD COLUMN email VARCHAR(200);", "ALTER TABLE customer DROP COLUMN email;");
        p.java("r5", "r4", "op.alterColumn(\"customer\", \"note\", c -> c.defaultValue(\"'n/a'\").existingDefault(null));", null, null);
        p.java("r6", "r5", "op.alterColumn(\"customer\", \"email\", c -> c.rename(\"mail\"));", null, null);
        data(dir, "r6.sql", "INSERT INTO customer (id, name, email) VALUES (1, 'ann', 'ann@example.com');");
        data(dir, "r6.check.sql", "SELECT id, email FROM customer");
        return dir;
    }

    /** The planted faults, by name. */
    static Path fault(Path dir, String name) {
        TestProject p = project(dir);
        switch (name) {
            case "forgets-index" -> p.java("fault", "r1", """
                    op.createIndex("ix_customer_name", "customer", "name");
                    op.createIndex("ix_customer_note", "customer", "note");""",
                    "op.dropIndex(\"ix_customer_name\", \"customer\");", null);
            case "drops-wrong-column" -> p.java("fault", "r1", "op.addColumn(\"customer\", \"phone\", Type.varchar(20));",
                    "op.dropColumn(\"customer\", \"note\");", null);
            case "leaves-default" -> p.java("fault", "r1", """
                    op.addColumn("customer", "status", Type.varchar(10), c -> c.defaultValue("'new'"));
                    op.alterColumn("customer", "note", c -> c.defaultValue("'none'"));""",
                    "op.dropColumn(\"customer\", \"status\");", null);
            case "empty-downgrade" -> p.sql("fault", "r1", "CREATE TABLE audit (id INTEGER PRIMARY KEY);", "");
            case "loses-data" -> {
                p.java("fault", "r1", """
                        op.addColumn("customer", "remark", Type.varchar(100));
                        op.execute("UPDATE customer SET remark = note");
                        op.dropColumn("customer", "note");""", """
                        op.addColumn("customer", "note", Type.varchar(100));
                        op.dropColumn("customer", "remark");""", null);
                data(dir, "fault.sql", "INSERT INTO customer (id, name, note) VALUES (1, 'ann', 'keep me');");
                data(dir, "fault.check.sql", "SELECT id, note FROM customer");
            }
            default -> throw new IllegalArgumentException(name);
        }
        p.sql("after", "fault", "CREATE TABLE later (id INTEGER PRIMARY KEY);", "DROP TABLE later;");
        return dir;
    }

    private static void data(Path dir, String name, String sql) {
        try {
            Files.createDirectories(dir.resolve("data"));
            Files.writeString(dir.resolve("data").resolve(name), sql + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
