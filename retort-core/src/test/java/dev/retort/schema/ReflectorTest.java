package dev.retort.schema;

import dev.retort.schema.model.Expressions;
import dev.retort.schema.model.Reflector;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.SchemaTable;
import dev.retort.schema.model.TableFilter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Type;
import dev.retort.support.TestDatabases;
import dev.retort.support.TestDatabases.Kind;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reflection reads the catalog in a constant handful of statements however many tables there
 * are, skips the tables a filter leaves out, and folds spellings that are not changes.
 */
// every case works in databases of its own (scratch or uniquely named): cases run concurrently
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
@org.junit.jupiter.api.Order(1) // one of the longest classes here: starts first
class ReflectorTest {
    static final TestDatabases dbs = new TestDatabases(ReflectorTest.class);

    @AfterAll
    static void close() throws Exception {
        dbs.close();
    }

    /** A connection that counts the statements prepared or created on it. */
    private static Connection counting(Connection c, AtomicInteger statements) {
        return (Connection) Proxy.newProxyInstance(ReflectorTest.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
                            || method.getName().equals("prepareCall")) {
                        statements.incrementAndGet();
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static void createTables(ScratchDatabase db, int from, int to) throws Exception {
        try (Statement s = db.connection().createStatement()) {
            for (int i = from; i < to; i++) {
                s.execute("CREATE TABLE t" + i + " (id INT NOT NULL, a VARCHAR(20), b INT, c NUMERIC(8,2), up INT,"
                        + " CONSTRAINT pk_t" + i + " PRIMARY KEY (id)"
                        + (i > 0 ? ", CONSTRAINT fk_t" + i + " FOREIGN KEY (up) REFERENCES t" + (i - 1) + " (id)" : "") + ")");
                s.execute("CREATE INDEX ix_t" + i + " ON t" + i + " (a, b)");
            }
        }
    }

    private static int statementsToReflect(ScratchDatabase db, TableFilter filter, int tables) throws Exception {
        AtomicInteger n = new AtomicInteger();
        Schema s = db.dialect().reflector().reflect(counting(db.connection(), n), db.schemaName(), filter);
        assertThat(s.tables()).hasSize(tables);
        return n.get();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void twoHundredTablesTakeAsFewStatementsAsTwo(Kind kind) throws Exception {
        TestDatabases.Db db = dbs.get(kind);
        try (ScratchDatabase scratch = ScratchDatabase.open(db.dialect(), db.url(), u -> () -> java.sql.DriverManager.getConnection(u))) {
            createTables(scratch, 0, 2);
            int few = statementsToReflect(scratch, TableFilter.ALL, 2);
            createTables(scratch, 2, 200);
            int many = statementsToReflect(scratch, TableFilter.ALL, 200);
            assertThat(many).isEqualTo(few).isLessThanOrEqualTo(6);
            String t = kind == Kind.H2 ? "T1*" : "t1*";
            int filtered = statementsToReflect(scratch, new TableFilter(List.of(t), List.of(), java.util.Set.of()), 111);
            assertThat(filtered).isEqualTo(few);
            Schema one = scratch.reflect(new TableFilter(List.of(kind == Kind.H2 ? "T150" : "t150"), List.of(), java.util.Set.of()));
            SchemaTable t150 = one.tables().get(0);
            assertThat(t150.columns()).hasSize(5);
            assertThat(t150.foreignKeys()).singleElement().satisfies(fk -> assertThat(fk.referencedTable()).isEqualToIgnoringCase("t149"));
            // MySQL also keeps the index it made for the foreign key
            assertThat(t150.indexes()).anySatisfy(i -> {
                assertThat(i.name()).isEqualToIgnoringCase("ix_t150");
                assertThat(i.columns()).hasSize(2);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void autoIncrementAndDefaultsAsTheDatabaseSpellsThem(Kind kind) throws Exception {
        TestDatabases.Db db = dbs.get(kind);
        try (ScratchDatabase scratch = ScratchDatabase.open(db.dialect(), db.url(), u -> () -> java.sql.DriverManager.getConnection(u));
                Statement s = scratch.connection().createStatement()) {
            s.execute("CREATE TABLE a (id " + switch (kind) {
                case POSTGRESQL -> "SERIAL PRIMARY KEY";
                case MARIADB -> "INT AUTO_INCREMENT PRIMARY KEY";
                case SQLITE -> "INTEGER PRIMARY KEY AUTOINCREMENT";
                case H2 -> "INT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
            } + ", note VARCHAR(10) DEFAULT 'x', n INT DEFAULT 3)");
            SchemaTable a = scratch.reflect(TableFilter.ALL).tables().get(0);
            assertThat(a.columns().get(0).autoIncrement()).isTrue();
            assertThat(a.columns().get(0).defaultSql()).as("serial's nextval is not a default").isNull();
            assertThat(a.columns().get(0).type()).isEqualTo(Type.INTEGER);
            assertThat(Expressions.key(a.columns().get(1).defaultSql())).isEqualTo("'x'");
            assertThat(Expressions.key(a.columns().get(2).defaultSql())).isEqualTo("3");
            assertThat(a.primaryKeyColumns()).hasSize(1);
        }
    }
}
