package dev.retort.dialect.ddl;

import static dev.retort.ReferentialAction.CASCADE;
import static dev.retort.Type.BIGINT;
import static dev.retort.Type.BLOB;
import static dev.retort.Type.BOOLEAN;
import static dev.retort.Type.DATE;
import static dev.retort.Type.DOUBLE;
import static dev.retort.Type.INTEGER;
import static dev.retort.Type.JSON;
import static dev.retort.Type.REAL;
import static dev.retort.Type.SMALLINT;
import static dev.retort.Type.TEXT;
import static dev.retort.Type.TIME;
import static dev.retort.Type.TIMESTAMP;
import static dev.retort.Type.TIMESTAMPTZ;
import static dev.retort.Type.UUID;
import static dev.retort.Type.numeric;
import static dev.retort.Type.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.Constraint;
import dev.retort.Migration;
import dev.retort.Operation;
import dev.retort.Recorder;
import java.math.BigDecimal;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The same operations, run for real on each database; the database's catalog or its behaviour
 * must show each one. Each test uses its own tables in one database per test class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DdlCompliance {
    private final String dialect;
    TestDb db;
    Catalog catalog;

    DdlCompliance(String dialect) {
        this.dialect = dialect;
    }

    @BeforeAll
    void open() {
        db = TestDb.open(dialect);
        catalog = new Catalog(db);
    }

    @AfterAll
    void close() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    void up(Migration m) {
        new DdlExecutor(db.ddl(), db.connection, s -> {}).upgrade(m);
    }

    void down(Migration m) {
        new DdlExecutor(db.ddl(), db.connection, s -> {}).downgrade(m);
    }

    String q(String identifier) {
        return db.ddl().quote(identifier);
    }

    boolean succeeds(String sql) {
        try (Statement s = db.connection.createStatement()) {
            s.execute(sql);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    List<List<Object>> rows(String sql) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Statement s = db.connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void everyPortableTypeCreatesAndStoresValues() throws SQLException {
        up(op -> {
            op.createTable("all_types", t -> t
                    .column("id", BIGINT, c -> c.primaryKey())
                    .column("s", SMALLINT).column("i", INTEGER).column("b", BOOLEAN).column("v", varchar(20))
                    .column("t", TEXT).column("n", numeric(10, 2)).column("r", REAL).column("d", DOUBLE)
                    .column("dt", DATE).column("tm", TIME).column("ts", TIMESTAMP).column("tz", TIMESTAMPTZ)
                    .column("u", UUID).column("j", JSON).column("bl", BLOB));
            op.bulkInsert("all_types", List.of(row("id", 1, "s", 2, "i", 3, "b", true, "v", "it's", "t", "back\\slash",
                    "n", new BigDecimal("12.34"), "r", 1.5f, "d", 2.5, "dt", LocalDate.of(2025, 10, 16),
                    "tm", LocalTime.of(9, 12, 44), "ts", LocalDateTime.of(2025, 10, 16, 9, 12, 44),
                    "tz", OffsetDateTime.of(2025, 10, 16, 9, 12, 44, 0, ZoneOffset.UTC),
                    "u", java.util.UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), "j", "{\"a\": 1}",
                    "bl", new byte[] {1, 2, (byte) 0xff}), row("id", 2)));
        });
        assertThat(catalog.columns("all_types")).extracting(Catalog.ColumnInfo::name)
                .containsExactly("id", "s", "i", "b", "v", "t", "n", "r", "d", "dt", "tm", "ts", "tz", "u", "j", "bl");
        assertThat(catalog.column("all_types", "v").size()).isEqualTo(20);
        assertThat(rows("SELECT " + q("v") + ", " + q("t") + ", " + q("i") + " FROM " + q("all_types") + " ORDER BY " + q("id")))
                .containsExactly(List.of("it's", "back\\slash", 3), java.util.Arrays.asList(null, null, null));
    }

    @Test
    void offlineLiteralsInsertTheSameValuesAsBoundParameters() throws SQLException {
        up(op -> op.createTable("lit", t -> t.column("id", INTEGER).column("s", TEXT).column("b", BOOLEAN)
                .column("dt", DATE).column("n", numeric(8, 3))));
        Operation insert = new Operation.BulkInsert("lit", List.of(
                row("id", 1, "s", "quote ' and \\ backslash \\' end", "b", false, "dt", LocalDate.of(2024, 2, 29),
                        "n", new BigDecimal("-1.250")),
                row("id", 2, "s", null)));
        for (String sql : db.ddl().renderOffline(insert)) {
            db.exec(sql);
        }
        assertThat(rows("SELECT " + q("s") + " FROM " + q("lit") + " ORDER BY " + q("id")))
                .containsExactly(List.of("quote ' and \\ backslash \\' end"), java.util.Arrays.asList((Object) null));
        assertThat(count("SELECT COUNT(*) FROM " + q("lit") + " WHERE " + q("b") + " = " + db.ddl().literal(false)
                + " AND " + q("dt") + " = " + db.ddl().literal(LocalDate.of(2024, 2, 29)))).isEqualTo(1);
    }

    long count(String sql) throws SQLException {
        return ((Number) rows(sql).get(0).get(0)).longValue();
    }

    @Test
    void columnOptionsKeysAndReferencesAreInTheCatalog() throws SQLException {
        up(op -> {
            op.createTable("parent", t -> t.column("id", BIGINT, c -> c.primaryKey().autoIncrement())
                    .column("code", varchar(10), c -> c.notNull().unique()));
            op.createTable("child", t -> t
                    .column("a", INTEGER, c -> c.primaryKey())
                    .column("b", INTEGER, c -> c.primaryKey())
                    .column("parent_id", BIGINT, c -> c.references("parent", "id").onDelete(CASCADE).constraintName("fk_child_parent"))
                    .column("state", varchar(10), c -> c.notNull().defaultValue("'new'"))
                    .check("ck_child_a", q("a") + " > 0"));
        });
        assertThat(catalog.primaryKey("parent")).containsExactly("id");
        assertThat(catalog.primaryKey("child")).containsExactly("a", "b");
        assertThat(catalog.column("parent", "code").nullable()).isFalse();
        assertThat(catalog.foreignKeys("child")).singleElement().satisfies(fk -> {
            assertThat(fk.columns()).containsExactly("parent_id");
            assertThat(fk.referencedTable()).isEqualTo("parent");
            assertThat(fk.deleteRule()).isEqualTo(DatabaseMetaData.importedKeyCascade);
        });
        db.exec("INSERT INTO " + q("parent") + " (" + q("code") + ") VALUES ('p1')");
        assertThat(succeeds("INSERT INTO " + q("parent") + " (" + q("code") + ") VALUES ('p1')")).as("unique").isFalse();
        db.exec("INSERT INTO " + q("child") + " (" + q("a") + ", " + q("b") + ", " + q("parent_id") + ") VALUES (1, 1, 1)");
        assertThat(rows("SELECT " + q("state") + " FROM " + q("child"))).containsExactly(List.of("new"));
        assertThat(succeeds("INSERT INTO " + q("child") + " (" + q("a") + ", " + q("b") + ") VALUES (-1, 1)")).as("check").isFalse();
    }

    @Test
    void tablesAreDroppedAndRenamed() throws SQLException {
        up(op -> {
            op.createTable("t_old", t -> t.column("id", INTEGER));
            op.createTable("t_gone", t -> t.column("id", INTEGER));
            op.renameTable("t_old", "t_new");
            op.dropTable("t_gone");
        });
        assertThat(catalog.tables()).contains("t_new").doesNotContain("t_old", "t_gone");
    }

    @Test
    void renameColumnAndRenameTableKeepTheDataAndRenameBackOnDowngrade() throws SQLException {
        up(op -> {
            op.createTable("rn_people", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("login", varchar(20)));
            op.bulkInsert("rn_people", List.of(row("id", 1, "login", "ada")));
        });
        Migration renames = new Migration() {
            @Override
            public void upgrade(dev.retort.Ops op) {
                op.renameColumn("rn_people", "login", "username");
                op.renameTable("rn_people", "rn_users");
            }
        };
        up(renames);
        assertThat(catalog.tables()).contains("rn_users").doesNotContain("rn_people");
        assertThat(catalog.columns("rn_users")).extracting(Catalog.ColumnInfo::name).containsExactly("id", "username");
        assertThat(rows("SELECT " + q("username") + " FROM " + q("rn_users"))).containsExactly(List.of("ada"));
        down(renames);
        assertThat(catalog.tables()).contains("rn_people").doesNotContain("rn_users");
        assertThat(catalog.columns("rn_people")).extracting(Catalog.ColumnInfo::name).containsExactly("id", "login");
        assertThat(rows("SELECT " + q("login") + " FROM " + q("rn_people"))).containsExactly(List.of("ada"));
    }

    @Test
    void columnsAreAddedAndDropped() throws SQLException {
        up(op -> {
            op.createTable("cols", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("legacy", TEXT));
            op.bulkInsert("cols", List.of(row("id", 1)));
            op.addColumn("cols", "note", TEXT);
            op.addColumn("cols", "flag", BOOLEAN, c -> c.notNull().defaultValue(db.ddl().literal(true)));
            op.dropColumn("cols", "legacy");
        });
        assertThat(catalog.columns("cols")).extracting(Catalog.ColumnInfo::name).containsExactly("id", "note", "flag");
        assertThat(catalog.column("cols", "flag").nullable()).isFalse();
        assertThat(count("SELECT COUNT(*) FROM " + q("cols") + " WHERE " + q("flag") + " = " + db.ddl().literal(true)))
                .isEqualTo(1);
    }

    @Test
    void columnsAreAlteredInTypeNullabilityDefaultAndName() throws SQLException {
        up(op -> {
            op.createTable("alt", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("name", varchar(10))
                    .column("qty", INTEGER, c -> c.defaultValue("1")));
            op.bulkInsert("alt", List.of(row("id", 1, "name", "ten chars!")));
            op.createIndex("ix_alt_name", "alt", "name");
            op.alterColumn("alt", "name", c -> c.type(varchar(50)).notNull());
            op.alterColumn("alt", "qty", c -> c.defaultValue("7"));
            op.alterColumn("alt", "name", c -> c.rename("title"));
        });
        Catalog.ColumnInfo title = catalog.column("alt", "title");
        assertThat(title.size()).isEqualTo(50);
        assertThat(title.nullable()).isFalse();
        assertThat(catalog.column("alt", "name")).isNull();
        assertThat(rows("SELECT " + q("title") + ", " + q("qty") + " FROM " + q("alt"))).containsExactly(List.of("ten chars!", 1));
        db.exec("INSERT INTO " + q("alt") + " (" + q("id") + ", " + q("title") + ") VALUES (2, 'x')");
        assertThat(rows("SELECT " + q("qty") + " FROM " + q("alt") + " WHERE " + q("id") + " = 2")).containsExactly(List.of(7));
        assertThat(succeeds("INSERT INTO " + q("alt") + " (" + q("id") + ") VALUES (3)")).as("not null").isFalse();
        assertThat(catalog.indexes("alt")).containsKey("ix_alt_name");
        up(op -> op.alterColumn("alt", "title", c -> c.nullable().dropDefault()));
        assertThat(catalog.column("alt", "title").nullable()).isTrue();
    }

    @Test
    void indexesAreCreatedAndDropped() throws SQLException {
        up(op -> {
            op.createTable("idx", t -> t.column("id", INTEGER).column("email", varchar(100)).column("a", INTEGER).column("b", INTEGER));
            op.createIndex("ix_idx_email", "idx", List.of("email"), i -> i.unique());
            op.createIndex("ix_idx_ab", "idx", "a", "b");
            op.createIndex("ix_idx_gone", "idx", "b");
            op.dropIndex("ix_idx_gone", "idx");
        });
        Map<String, Catalog.IndexInfo> ix = catalog.indexes("idx");
        assertThat(ix.get("ix_idx_email").unique()).isTrue();
        assertThat(ix.get("ix_idx_ab")).isEqualTo(new Catalog.IndexInfo("ix_idx_ab", false, List.of("a", "b")));
        assertThat(ix).doesNotContainKey("ix_idx_gone");
    }

    @Test
    void constraintsAreAddedEnforcedAndDropped() throws SQLException {
        up(op -> {
            op.createTable("c_parent", t -> t.column("id", INTEGER, c -> c.notNull()));
            op.createTable("c_child", t -> t.column("id", INTEGER).column("pid", INTEGER).column("n", INTEGER));
            op.createPrimaryKey("pk_c_parent", "c_parent", "id");
            op.createForeignKey("fk_c_child_pid", "c_child", List.of("pid"), "c_parent", List.of("id"), fk -> fk.onDelete(CASCADE));
            op.createUniqueConstraint("uq_c_child_n", "c_child", "n");
            op.createCheckConstraint("ck_c_child_n", "c_child", q("n") + " < 100");
        });
        assertThat(catalog.primaryKey("c_parent")).containsExactly("id");
        assertThat(catalog.foreignKeys("c_child")).singleElement()
                .satisfies(fk -> assertThat(fk.deleteRule()).isEqualTo(DatabaseMetaData.importedKeyCascade));
        String insert = "INSERT INTO " + q("c_child") + " (" + q("id") + ", " + q("pid") + ", " + q("n") + ") VALUES ";
        db.exec("INSERT INTO " + q("c_parent") + " VALUES (1)");
        db.exec(insert + "(1, 1, 1)");
        assertThat(succeeds(insert + "(2, 1, 1)")).as("unique").isFalse();
        assertThat(succeeds(insert + "(2, 1, 100)")).as("check").isFalse();
        if (!dialect.equals("sqlite")) { // SQLite enforces foreign keys only when the connection enables them
            assertThat(succeeds(insert + "(2, 9, 2)")).as("foreign key").isFalse();
        }
        up(op -> {
            op.dropConstraint("uq_c_child_n", "c_child");
            op.dropConstraint("c_child", Constraint.check("ck_c_child_n", q("n") + " < 100"));
            op.dropConstraint("fk_c_child_pid", "c_child");
        });
        assertThat(succeeds(insert + "(3, 1, 1)")).as("unique dropped").isTrue();
        assertThat(succeeds(insert + "(4, 1, 100)")).as("check dropped").isTrue();
        assertThat(catalog.foreignKeys("c_child")).isEmpty();
    }

    @Test
    void executeAndConnectionSeeWhatTheOperationsBeforeThemDid() throws SQLException {
        up(op -> {
            op.createTable("ex", t -> t.column("id", INTEGER));
            op.execute("INSERT INTO " + q("ex") + " VALUES (41)");
            try (Statement s = op.connection().createStatement()) {
                s.execute("UPDATE " + q("ex") + " SET " + q("id") + " = " + q("id") + " + 1");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(rows("SELECT " + q("id") + " FROM " + q("ex"))).containsExactly(List.of(42));
    }

    @Test
    void derivedDowngradeRestoresThePreviousSchema() throws SQLException {
        up(op -> op.createTable("rev_base", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("v", TEXT)));
        String before = catalog.snapshot();
        Migration m = op -> {
            op.createTable("rev_new", t -> t.column("id", BIGINT, c -> c.primaryKey())
                    .column("ref", INTEGER, c -> c.references("rev_base", "id")));
            op.addColumn("rev_base", "extra", varchar(30), c -> c.notNull().defaultValue("'x'"));
            op.createIndex("ix_rev_base_extra", "rev_base", List.of("extra"), i -> i.unique());
        };
        up(m);
        assertThat(catalog.snapshot()).isNotEqualTo(before).contains("rev_new", "ix_rev_base_extra", "extra");
        down(m);
        assertThat(catalog.snapshot()).isEqualTo(before);
        assertThat(Recorder.downgrade(m)).hasSize(3);
    }

    @Test
    void derivedDowngradeDropsANewTableWithoutFirstDroppingTheIndexItsForeignKeyUses() throws SQLException {
        up(op -> op.createTable("fk_parent", t -> t.column("id", INTEGER, c -> c.primaryKey())));
        String before = catalog.snapshot();
        Migration m = op -> {
            op.createTable("fk_child", t -> t.column("id", BIGINT, c -> c.primaryKey())
                    .column("parent_id", INTEGER, c -> c.references("fk_parent", "id")));
            op.createIndex("ix_fk_child_parent", "fk_child", List.of("parent_id"), i -> {});
        };
        up(m);
        // MySQL now backs the foreign key with this index and refuses to drop it on its own
        assertThat(Recorder.downgrade(m)).extracting(Operation::describe).containsExactly("dropTable(\"fk_child\")");
        down(m);
        assertThat(catalog.snapshot()).isEqualTo(before);
    }

    @Test
    void identifiersWithQuotesSpacesCaseAndReservedWordsWork() throws SQLException {
        String table = "select";
        String col = "a \"quoted\" name";
        String odd = "Upper Case `tick` 'single'";
        up(op -> {
            op.createTable(table, t -> t.column("order", INTEGER, c -> c.primaryKey()).column(col, varchar(20)));
            op.createTable("Group By", t -> t.column("from", INTEGER, c -> c.references(table, "order")));
            op.addColumn(table, odd, INTEGER, c -> c.defaultValue("5"));
            op.createIndex("where \"ix\"", table, col, odd);
            op.bulkInsert(table, List.of(row("order", 1, col, "it's \"fine\"")));
            op.alterColumn(table, col, c -> c.type(varchar(40)).existingType(varchar(20)));
            op.alterColumn(table, odd, c -> c.rename("Renamed \"Odd\""));
            op.createCheckConstraint("check \"positive\"", table, q("order") + " > 0");
        });
        assertThat(catalog.tables()).contains(table, "Group By");
        assertThat(catalog.columns(table)).extracting(Catalog.ColumnInfo::name).containsExactly("order", col, "Renamed \"Odd\"");
        assertThat(catalog.indexes(table)).containsKey("where \"ix\"");
        assertThat(catalog.foreignKeys("Group By")).singleElement().satisfies(fk -> assertThat(fk.referencedTable()).isEqualTo(table));
        assertThat(rows("SELECT " + q(col) + ", " + q("Renamed \"Odd\"") + " FROM " + q(table)))
                .containsExactly(List.of("it's \"fine\"", 5));
        assertThat(succeeds("INSERT INTO " + q(table) + " (" + q("order") + ") VALUES (-1)")).isFalse();
        up(op -> {
            op.dropTable("Group By");
            op.renameTable(table, "from");
        });
        assertThat(catalog.tables()).contains("from").doesNotContain(table, "Group By");
    }

    @Test
    void aFailingStatementIsReportedWithItsSql() {
        assertThatThrownBy(() -> up(op -> op.execute("DROP TABLE " + q("no_such_table_here"))))
                .isInstanceOfSatisfying(RetortException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RetortException.Kind.FAILED);
                    assertThat(e.getMessage()).startsWith("statement failed: DROP TABLE " + q("no_such_table_here"));
                });
    }
}
