package dev.retort.lint.sql;

import dev.retort.lint.Step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.sql.SqlStatement;
import dev.retort.dialect.sql.SqlSyntax;
import dev.retort.Column;
import dev.retort.Constraint;
import dev.retort.Operation;
import dev.retort.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SQL statements of the four databases read into the operations Java revisions record. */
class SqlClassifierTest {
    private static List<Step> pg(String sql) {
        return new SqlClassifier(SqlSyntax.POSTGRESQL).classify(new SqlStatement(sql, 7));
    }

    private static List<Step> mysql(String sql) {
        return new SqlClassifier(SqlSyntax.MYSQL).classify(new SqlStatement(sql, 7));
    }

    private static Operation only(List<Step> steps) {
        assertThat(steps).hasSize(1);
        assertThat(steps.get(0).line()).isEqualTo(7);
        return steps.get(0).op();
    }

    private static boolean data(List<Step> steps) {
        assertThat(steps).hasSize(1);
        return steps.get(0).has(Step.Flag.DATA);
    }

    @Test
    void dataStatementsAndDoBlocksOfThemAreData() {
        assertThat(data(pg("UPDATE users SET name = upper(name)"))).isTrue();
        assertThat(data(pg("insert into users (id) values (1)"))).isTrue();
        assertThat(data(pg("DO $$ BEGIN UPDATE users SET name = upper(name); END $$"))).isTrue();
        assertThat(data(pg("DO $fill$\nDECLARE n int;\nBEGIN\n  DELETE FROM t WHERE x = 'DROP TABLE t';\nEND\n$fill$")))
                .as("a string inside the body is a string, not DDL").isTrue();
        assertThat(data(pg("DO LANGUAGE plpgsql 'BEGIN INSERT INTO t VALUES (1); END'"))).isTrue();
        assertThat(data(pg("DO $$ BEGIN ALTER TABLE t ADD COLUMN y int; UPDATE t SET y = 1; END $$"))).isFalse();
        assertThat(data(pg("DO $$ BEGIN EXECUTE 'UPDATE t SET y = 1'; END $$"))).as("dynamic SQL").isFalse();
        assertThat(data(pg("DO $$ BEGIN RAISE NOTICE 'hi'; END $$"))).as("changes no rows").isFalse();
        assertThat(data(pg("CREATE FUNCTION f() RETURNS void AS $$ UPDATE t SET y = 1 $$ LANGUAGE sql"))).isFalse();
    }

    @Test
    void createTableReadsColumnsKeysAndReferences() {
        Operation op = only(pg("""
                CREATE TABLE IF NOT EXISTS public."Order" (
                  id bigserial PRIMARY KEY,
                  customer_id integer NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
                  note character varying(200) DEFAULT 'a, b' -- a comment, with a comma
                  , total numeric(10, 2) NOT NULL DEFAULT 0,
                  CONSTRAINT order_total_positive CHECK (total >= 0),
                  UNIQUE (customer_id, note)
                )"""));
        Operation.CreateTable c = (Operation.CreateTable) op;
        assertThat(c.table().name()).isEqualTo("Order");
        assertThat(c.table().columns()).extracting(Column::name).containsExactly("id", "customer_id", "note", "total");
        Column id = c.table().columns().get(0);
        assertThat(id.type()).isEqualTo(Type.BIGINT);
        assertThat(id.primaryKey()).isTrue();
        assertThat(id.autoIncrement()).isTrue();
        Column customer = c.table().columns().get(1);
        assertThat(customer.nullable()).isFalse();
        assertThat(customer.references().referencedTable()).isEqualTo("customer");
        Column note = c.table().columns().get(2);
        assertThat(note.type()).isEqualTo(Type.varchar(200));
        assertThat(note.defaultSql()).isEqualTo("'a, b'");
        assertThat(c.table().columns().get(3).type()).isEqualTo(Type.numeric(10, 2));
        assertThat(c.table().constraints()).hasSize(2);
        assertThat(((Constraint.Check) c.table().constraints().get(0)).condition()).isEqualTo("total >= 0");
        assertThat(((Constraint.Unique) c.table().constraints().get(1)).columns()).containsExactly("customer_id", "note");
    }

    @Test
    void alterTableWithSeveralActionsGivesOneStepEach() {
        List<Step> steps = pg("ALTER TABLE users ADD COLUMN phone text NOT NULL, DROP COLUMN fax, "
                + "ALTER COLUMN name TYPE varchar(50) USING name::varchar(50), ALTER COLUMN email SET NOT NULL, "
                + "RENAME COLUMN login TO username");
        assertThat(steps).extracting(s -> s.op().getClass().getSimpleName())
                .containsExactly("AddColumn", "DropColumn", "AlterColumn", "AlterColumn", "AlterColumn");
        Operation.AddColumn add = (Operation.AddColumn) steps.get(0).op();
        assertThat(add.column().nullable()).isFalse();
        assertThat(add.column().defaultSql()).isNull();
        assertThat(((Operation.AlterColumn) steps.get(2).op()).type()).isEqualTo(Type.varchar(50));
        assertThat(((Operation.AlterColumn) steps.get(3).op()).nullable()).isFalse();
        assertThat(((Operation.AlterColumn) steps.get(4).op()).newName()).isEqualTo("username");
    }

    @Test
    void constraintsCarryNotValidAndUsingIndex() {
        Step fk = pg("ALTER TABLE ONLY orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) "
                + "REFERENCES customers (id) NOT VALID").get(0);
        assertThat(fk.has(Step.Flag.NOT_VALID)).isTrue();
        Constraint.ForeignKey k = (Constraint.ForeignKey) ((Operation.AddConstraint) fk.op()).constraint();
        assertThat(k.name()).isEqualTo("orders_customer_fk");
        assertThat(k.columns()).containsExactly("customer_id");
        Step unique = pg("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx").get(0);
        assertThat(unique.has(Step.Flag.USING_INDEX)).isTrue();
        Step validate = pg("ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk").get(0);
        assertThat(validate.has(Step.Flag.VALIDATES)).isTrue();
        assertThat(validate.has(Step.Flag.LOCKS_TABLE)).isFalse();
    }

    @Test
    void indexesAndConcurrently() {
        Operation.CreateIndex i = (Operation.CreateIndex) only(pg(
                "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email ON users USING btree (lower(email), id) WHERE deleted_at IS NULL"));
        assertThat(i.index().unique()).isTrue();
        assertThat(i.index().concurrently()).isTrue();
        assertThat(i.index().columns()).containsExactly("lower(email)", "id");
        assertThat(i.index().where()).isEqualTo("deleted_at IS NULL");
        assertThat(pg("CREATE INDEX ON users (email)").get(0).op()).isInstanceOf(Operation.CreateIndex.class);
        assertThat(pg("DROP INDEX CONCURRENTLY users_email").get(0).has(Step.Flag.CONCURRENTLY)).isTrue();
    }

    @Test
    void mysqlSpellings() {
        List<Step> steps = mysql("ALTER TABLE `users` MODIFY COLUMN `name` VARCHAR(20) NOT NULL, "
                + "CHANGE `login` `username` VARCHAR(100) NULL, ADD INDEX `users_name` (`name`), ALGORITHM=INPLACE, LOCK=NONE");
        assertThat(steps).hasSize(3);
        Operation.AlterColumn modify = (Operation.AlterColumn) steps.get(0).op();
        assertThat(modify.type()).isEqualTo(Type.varchar(20));
        assertThat(modify.nullable()).isFalse();
        Operation.AlterColumn change = (Operation.AlterColumn) steps.get(1).op();
        assertThat(change.column()).isEqualTo("login");
        assertThat(change.newName()).isEqualTo("username");
        assertThat(steps.get(2).op()).isInstanceOf(Operation.CreateIndex.class);
        assertThat(only(mysql("RENAME TABLE a TO b"))).isEqualTo(new Operation.RenameTable("a", "b"));
        Operation.CreateTable t = (Operation.CreateTable) mysql(
                "CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, u INT, KEY t_u (u)) ENGINE=InnoDB").get(0).op();
        assertThat(t.table().columns()).hasSize(2);
    }

    @Test
    void keywordsInsideStringsAndCommentsAreNotStatements() {
        assertThat(only(pg("UPDATE users SET note = 'DROP TABLE users' /* ALTER TABLE x DROP COLUMN y */")))
                .isInstanceOf(Operation.Execute.class);
        assertThat(only(pg("SET lock_timeout = '5s'")) ).isInstanceOf(Operation.Execute.class);
        assertThat(pg("SET LOCAL lock_timeout TO '2s'").get(0).has(Step.Flag.SETS_LOCK_TIMEOUT)).isTrue();
        assertThat(pg("DROP TABLE IF EXISTS a, b CASCADE")).extracting(Step::op)
                .containsExactly(new Operation.DropTable("a", null), new Operation.DropTable("b", null));
    }

    @Test
    void h2AndSqliteSpellings() {
        Operation.AlterColumn h2 = (Operation.AlterColumn) new SqlClassifier(SqlSyntax.H2)
                .classify(new SqlStatement("ALTER TABLE t ALTER COLUMN c VARCHAR(10) NOT NULL", 1)).get(0).op();
        assertThat(h2.type()).isEqualTo(Type.varchar(10));
        assertThat(h2.nullable()).isFalse();
        List<Step> sqlite = new SqlClassifier(SqlSyntax.SQLITE).classify(new SqlStatement("ALTER TABLE t RENAME TO u", 1));
        assertThat(sqlite.get(0).op()).isEqualTo(new Operation.RenameTable("t", "u"));
        Step created = pg("CREATE TABLE copy AS SELECT * FROM users").get(0);
        assertThat(created.has(Step.Flag.CREATES_TABLE)).isTrue();
        assertThat(created.table()).isEqualTo("copy");
    }
}
