package dev.retort.schema;

import dev.retort.dialect.registry.Dialects;
import dev.retort.schema.render.JavaBodies;
import dev.retort.schema.render.Review;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.SchemaColumn;
import dev.retort.schema.diff.SchemaDiff;
import dev.retort.schema.model.SchemaTable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialect;
import dev.retort.Constraint;
import dev.retort.Operation;
import dev.retort.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diff's decisions, on schemas built in memory. */
class SchemaDiffTest {
    private static final Dialect PG = Dialects.named("postgresql");

    private static SchemaColumn col(String name, Type type) {
        return new SchemaColumn(name, type, true, null, false);
    }

    private static SchemaTable table(String name, List<SchemaColumn> columns, List<Constraint.ForeignKey> fks) {
        return new SchemaTable(name, columns, new Constraint.PrimaryKey(name + "_pkey", List.of(columns.get(0).name())),
                List.of(), List.of(), fks, List.of());
    }

    private static Constraint.ForeignKey fk(String name, String column, String table) {
        return new Constraint.ForeignKey(name, List.of(column), table, List.of("id"), null, null);
    }

    @Test
    void aDroppedAndAnAddedColumnOfOneTypeAreARenameNeverDropAndAdd() {
        Schema db = new Schema(PG.name(), List.of(table("t", List.of(col("id", Type.INTEGER), col("nick", Type.varchar(20))), List.of())));
        Schema model = new Schema(PG.name(), List.of(table("t", List.of(col("id", Type.INTEGER), col("handle", Type.varchar(20))), List.of())));
        List<Operation> ops = SchemaDiff.diff(db, model);
        assertThat(ops).singleElement().isInstanceOfSatisfying(Operation.AlterColumn.class,
                a -> assertThat(a.newName()).isEqualTo("handle"));
        assertThat(Review.note(ops.get(0))).startsWith("REVIEW: column t.nick is gone and handle has the same type")
                .contains("written as a rename, which keeps the data");
        assertThat(JavaBodies.call(ops.get(0))).isEqualTo("op.renameColumn(\"t\", \"nick\", \"handle\")");
        Schema other = new Schema(PG.name(), List.of(table("t", List.of(col("id", Type.INTEGER), col("handle", Type.BIGINT)), List.of())));
        assertThat(SchemaDiff.diff(db, other)).extracting(o -> o.getClass().getSimpleName())
                .containsExactly("AddColumn", "DropColumn");
    }

    @Test
    void aDroppedAndAnAddedTableOfOneShapeAreARename() {
        Schema db = new Schema(PG.name(), List.of(table("people", List.of(col("id", Type.INTEGER)), List.of())));
        Schema model = new Schema(PG.name(), List.of(table("persons", List.of(col("id", Type.INTEGER)), List.of())));
        assertThat(SchemaDiff.diff(db, model)).containsExactly(new Operation.RenameTable("people", "persons"));
    }

    @Test
    void tablesAreCreatedParentsFirstAndACycleGetsItsKeysAfterwards() {
        Schema empty = new Schema(PG.name(), List.of());
        Schema model = new Schema(PG.name(), List.of(
                table("c", List.of(col("id", Type.INTEGER), col("b_id", Type.INTEGER)), List.of(fk("c_b", "b_id", "b"))),
                table("b", List.of(col("id", Type.INTEGER), col("a_id", Type.INTEGER)), List.of(fk("b_a", "a_id", "a"))),
                table("a", List.of(col("id", Type.INTEGER)), List.of()),
                table("x", List.of(col("id", Type.INTEGER), col("y_id", Type.INTEGER)), List.of(fk("x_y", "y_id", "y"))),
                table("y", List.of(col("id", Type.INTEGER), col("x_id", Type.INTEGER)), List.of(fk("y_x", "x_id", "x")))));
        List<Operation> ops = SchemaDiff.diff(empty, model);
        assertThat(ops).extracting(Operation::describe).containsExactly(
                "createTable(\"a\")", "createTable(\"b\")", "createTable(\"c\")", "createTable(\"x\")", "createTable(\"y\")",
                "add foreign key \"x_y\" on \"x\"");
        List<Operation> down = SchemaDiff.downgrade(ops);
        assertThat(down).extracting(Operation::describe).containsExactly("dropConstraint(\"x_y\", \"x\")",
                "dropTable(\"y\")", "dropTable(\"x\")", "dropTable(\"c\")", "dropTable(\"b\")", "dropTable(\"a\")");
        assertThat(SchemaDiff.diff(model, empty)).extracting(Operation::describe).containsExactly(
                "dropConstraint(\"x_y\", \"x\")", "dropTable(\"y\")", "dropTable(\"x\")", "dropTable(\"c\")",
                "dropTable(\"b\")", "dropTable(\"a\")");
    }

    @Test
    void aNewTablesKeyToAnExistingTableIsWrittenInsideCreateTableSoSqliteNeedsNoRebuild() {
        Dialect sqlite = Dialects.named("sqlite");
        SchemaTable users = table("users", List.of(col("id", Type.INTEGER)), List.of());
        SchemaTable orders = table("orders", List.of(col("id", Type.INTEGER), col("user_id", Type.INTEGER)),
                List.of(fk("orders_user", "user_id", "users")));
        List<Operation> ops = SchemaDiff.diff(new Schema(sqlite.name(), List.of(users)), new Schema(sqlite.name(), List.of(users, orders)));
        // on SQLite every add or drop of a constraint is a rebuild of the table: there must be none
        assertThat(ops).singleElement().isInstanceOfSatisfying(Operation.CreateTable.class,
                c -> assertThat(c.table().constraints()).anySatisfy(k -> assertThat(k).isInstanceOf(Constraint.ForeignKey.class)));
        assertThat(SchemaDiff.downgrade(ops)).extracting(Operation::describe).containsExactly("dropTable(\"orders\")");
    }

    @Test
    void aNewTablesKeyToAKeyTheExistingTableGainsInThisRevisionWaitsForIt() {
        SchemaTable before = table("users", List.of(col("id", Type.INTEGER), col("email", Type.TEXT)), List.of());
        SchemaTable after = new SchemaTable("users", before.columns(), before.primaryKey(),
                List.of(new Constraint.Unique("users_email_key", List.of("email"))), List.of(), List.of(), List.of());
        SchemaTable logins = table("logins", List.of(col("id", Type.INTEGER), col("email", Type.TEXT)),
                List.of(new Constraint.ForeignKey("logins_email", List.of("email"), "users", List.of("email"), null, null)));
        List<Operation> ops = SchemaDiff.diff(new Schema(PG.name(), List.of(before)), new Schema(PG.name(), List.of(after, logins)));
        assertThat(ops).extracting(o -> o.getClass().getSimpleName()).containsExactly("CreateTable", "AddConstraint", "AddConstraint");
        assertThat(ops.get(2).describe()).contains("logins_email");
    }

    @Test
    void constraintNamesTheDatabaseMadeUpAreNotChanges() {
        SchemaTable named = new SchemaTable("t", List.of(col("id", Type.INTEGER), col("e", Type.TEXT)),
                new Constraint.PrimaryKey("CONSTRAINT_8", List.of("id")), List.of(new Constraint.Unique("CONSTRAINT_2", List.of("e"))),
                List.of(new Constraint.Check("CONSTRAINT_1", "(e <> ''::text)")), List.of(), List.of());
        SchemaTable other = new SchemaTable("t", List.of(col("id", Type.INTEGER), col("e", Type.TEXT)),
                new Constraint.PrimaryKey("CONSTRAINT_9", List.of("id")), List.of(new Constraint.Unique("CONSTRAINT_3", List.of("e"))),
                List.of(new Constraint.Check("CONSTRAINT_4", "e <> ''")), List.of(), List.of());
        assertThat(SchemaDiff.diff(new Schema(PG.name(), List.of(named)), new Schema(PG.name(), List.of(other)))).isEmpty();
    }
}
