package dev.retort.dialect.ddl;

import dev.retort.dialect.registry.Dialects;
import static dev.retort.ReferentialAction.CASCADE;
import static dev.retort.Type.BIGINT;
import static dev.retort.Type.INTEGER;
import static dev.retort.Type.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.Migration;
import dev.retort.Operation;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SQLite's table rebuild: nothing the user had is lost, and broken foreign keys are caught. */
class SqliteRebuildTest {
    private TestDb db;
    private final DdlRenderer ddl = Dialects.named("sqlite").ddl();

    @BeforeEach
    void open() throws SQLException {
        db = TestDb.open("sqlite");
        db.exec("CREATE TABLE parent (id INTEGER PRIMARY KEY, code TEXT)");
        db.exec("""
                CREATE TABLE "child" (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, -- a comment, with a comma
                    parent_id INTEGER REFERENCES parent (id) ON DELETE CASCADE,
                    name VARCHAR(10) COLLATE NOCASE CONSTRAINT nn_name NOT NULL DEFAULT 'n/a',
                    qty INTEGER DEFAULT -1 CHECK (qty <> 0),
                    doubled INTEGER GENERATED ALWAYS AS (qty * 2) VIRTUAL,
                    CONSTRAINT uq_child_name UNIQUE (name, parent_id)
                )""");
        db.exec("CREATE INDEX ix_child_qty ON child (qty) WHERE qty > 0");
        db.exec("CREATE TABLE grandchild (id INTEGER, child_id INTEGER REFERENCES child (id) ON DELETE CASCADE)");
        db.exec("CREATE TRIGGER tr_child AFTER INSERT ON child BEGIN UPDATE parent SET code = 'touched' WHERE id = new.parent_id; END");
        db.exec("CREATE VIEW v_child AS SELECT name, qty FROM child");
        db.exec("INSERT INTO parent VALUES (1, 'p')");
        db.exec("INSERT INTO child (parent_id, name, qty) VALUES (1, 'a', 5), (1, 'b', 7)");
        db.exec("INSERT INTO grandchild VALUES (1, 1), (2, 2)");
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private void up(Connection c, Migration m) {
        new DdlExecutor(ddl, c, s -> {}).upgrade(m);
    }

    private List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private String schemaOf(String name) throws SQLException {
        return strings(db.connection, "SELECT sql FROM sqlite_master WHERE name = '" + name + "'").get(0);
    }

    @Test
    void alteringAColumnKeepsRowsIndexesTriggersViewsAndEveryOtherClause() throws SQLException {
        up(db.connection, op -> op.alterColumn("child", "qty", c -> c.type(BIGINT).notNull().defaultValue("3")));

        String sql = schemaOf("child");
        assertThat(sql).contains("qty BIGINT NOT NULL DEFAULT 3", "CHECK (qty <> 0)", "COLLATE NOCASE",
                "CONSTRAINT nn_name NOT NULL DEFAULT 'n/a'", "AUTOINCREMENT", "GENERATED ALWAYS AS (qty * 2) VIRTUAL",
                "REFERENCES parent (id) ON DELETE CASCADE", "CONSTRAINT uq_child_name UNIQUE (name, parent_id)");
        assertThat(sql).doesNotContain("DEFAULT -1");
        assertThat(strings(db.connection, "SELECT name || ':' || qty || ':' || doubled FROM child ORDER BY id")).containsExactly("a:5:10", "b:7:14");
        assertThat(strings(db.connection, "SELECT name FROM sqlite_master WHERE tbl_name = 'child' AND type IN ('index', 'trigger') ORDER BY name"))
                .contains("ix_child_qty", "tr_child");
        assertThat(schemaOf("ix_child_qty")).contains("WHERE qty > 0");
        assertThat(strings(db.connection, "SELECT name FROM v_child ORDER BY name")).containsExactly("a", "b");
        assertThat(strings(db.connection, "SELECT COUNT(*) FROM grandchild")).containsExactly("2");
        db.exec("INSERT INTO child (parent_id, name) VALUES (1, 'c')");
        assertThat(strings(db.connection, "SELECT qty FROM child WHERE name = 'c'")).containsExactly("3");
        assertThat(strings(db.connection, "SELECT code FROM parent")).containsExactly("touched");
    }

    @Test
    void namedConstraintsAreDroppedAndAdded() throws SQLException {
        up(db.connection, op -> {
            op.dropConstraint("uq_child_name", "child");
            op.dropConstraint("nn_name", "child");
            op.createCheckConstraint("ck_qty_small", "child", "qty < 100");
        });
        String sql = schemaOf("child");
        assertThat(sql).doesNotContain("uq_child_name", "nn_name").contains("CONSTRAINT \"ck_qty_small\" CHECK (qty < 100)");
        db.exec("INSERT INTO child (parent_id, name, qty) VALUES (1, 'a', 9)"); // duplicate name now allowed
        assertThatThrownBy(() -> db.exec("INSERT INTO child (parent_id, name, qty) VALUES (1, 'z', 100)")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> up(db.connection, op -> op.dropConstraint("no_such", "child")))
                .isInstanceOf(RetortException.class).hasMessageContaining("has no constraint named no_such");
    }

    @Test
    void aForeignKeyViolationIsDetectedAfterTheRebuildAndTheTransactionRollsBack() throws SQLException {
        db.exec("CREATE TABLE orphan (id INTEGER, parent_id INTEGER)");
        db.exec("INSERT INTO orphan VALUES (1, 1), (2, 99)");
        db.connection.setAutoCommit(false);
        assertThatThrownBy(() -> up(db.connection, op -> op.createForeignKey("fk_orphan_parent", "orphan",
                List.of("parent_id"), "parent", List.of("id"))))
                .isInstanceOfSatisfying(RetortException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RetortException.Kind.FAILED);
                    assertThat(e.getMessage()).contains("foreign key violations after rebuilding table orphan").contains("parent=parent");
                });
        db.connection.rollback();
        db.connection.setAutoCommit(true);
        assertThat(schemaOf("orphan")).doesNotContain("fk_orphan_parent");
        assertThat(strings(db.connection, "SELECT COUNT(*) FROM orphan")).containsExactly("2");
    }

    @Test
    void withForeignKeysOnAndAutocommitTheRebuildTurnsThemOffAndBackOn() throws Exception {
        Properties on = new Properties();
        on.setProperty("foreign_keys", "true");
        try (Connection c = db.reconnect(on)) {
            assertThat(strings(c, "PRAGMA foreign_keys")).containsExactly("1");
            up(c, op -> op.alterColumn("child", "name", cc -> cc.type(TEXT)));
            assertThat(strings(c, "PRAGMA foreign_keys")).containsExactly("1");
            // ON DELETE CASCADE did not fire when the old table was dropped
            assertThat(strings(c, "SELECT COUNT(*) FROM grandchild")).containsExactly("2");
            assertThat(strings(c, "SELECT COUNT(*) FROM child")).containsExactly("2");

            db.exec("INSERT INTO grandchild VALUES (3, 42)"); // a violation made behind its back
            assertThatThrownBy(() -> up(c, op -> op.alterColumn("child", "name", cc -> cc.type(INTEGER))))
                    .isInstanceOf(RetortException.class).hasMessageContaining("foreign key violations");
            assertThat(strings(c, "PRAGMA foreign_keys")).as("re-enabled after the failure").containsExactly("1");
            assertThat(schemaOf("child")).as("rolled back").contains("name TEXT COLLATE");
        }
    }

    @Test
    void withForeignKeysOnInsideATransactionAReferencedTableIsRefused() throws Exception {
        Properties on = new Properties();
        on.setProperty("foreign_keys", "true");
        try (Connection c = db.reconnect(on)) {
            c.setAutoCommit(false);
            assertThatThrownBy(() -> up(c, op -> op.alterColumn("child", "qty", cc -> cc.notNull())))
                    .isInstanceOf(RetortException.class).hasMessageContaining("grandchild")
                    .hasMessageContaining("ON DELETE actions");
            c.rollback();
            // a table nobody references rebuilds fine in the transaction
            up(c, op -> op.alterColumn("grandchild", "id", cc -> cc.notNull()));
            c.commit();
        }
        assertThat(schemaOf("grandchild")).contains("NOT NULL");
    }

    @Test
    void addingAKeyColumnRebuildsAndAPlainColumnDoesNot() throws SQLException {
        List<String> log = new ArrayList<>();
        new DdlExecutor(ddl, db.connection, log::add).upgrade(op -> {
            op.addColumn("parent", "plain", TEXT);
            op.addColumn("parent", "uniq", TEXT, c -> c.unique());
            op.addColumn("parent", "req", INTEGER, c -> c.notNull().defaultValue("0").references("parent", "id").onDelete(CASCADE));
        });
        assertThat(log.stream().filter(s -> s.startsWith("CREATE TABLE"))).hasSize(1);
        assertThat(schemaOf("parent")).contains("\"uniq\" TEXT UNIQUE", "\"plain\" TEXT");
        assertThat(strings(db.connection, "SELECT id || code FROM parent")).containsExactly("1touched");
    }

    @Test
    void offlineARebuildNeedsTheLiveSchema() {
        assertThatThrownBy(() -> ddl.renderOffline(new Operation.DropConstraint("child", "uq_child_name", null)))
                .isInstanceOfSatisfying(RetortException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RetortException.Kind.USAGE);
                    assertThat(e.getMessage()).contains("rebuild table child").contains("offline (--sql)");
                    assertThat(e.hint()).contains("execute(");
                });
    }
}
