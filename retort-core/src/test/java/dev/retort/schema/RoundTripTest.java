package dev.retort.schema;

import dev.retort.dialect.registry.Dialects;
import dev.retort.schema.render.Review;
import dev.retort.schema.model.Schema;
import dev.retort.schema.diff.SchemaDiff;
import dev.retort.schema.cache.SchemaJson;
import dev.retort.schema.model.TableFilter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.ddl.DdlExecutor;
import dev.retort.Operation;
import dev.retort.support.EmptyDatabases;
import dev.retort.support.TestDatabases.Kind;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every kind of model change on every database: the diff from the database to the model,
 * applied, leaves nothing to diff; its derived downgrade, applied, gives back the schema the
 * database had before.
 */
// the longest class (its cases on four databases, each in scratch databases of its own): cases run concurrently
@Execution(ExecutionMode.CONCURRENT)
@org.junit.jupiter.api.Order(1) // one of the longest classes here: starts first
class RoundTripTest {
    // PostgreSQL's are reused from case to case, emptied in between
    static final EmptyDatabases dbs = new EmptyDatabases(RoundTripTest.class);

    @AfterAll
    static void close() throws Exception {
        dbs.close();
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (Corpus.Case c : Corpus.all()) {
                out.add(Arguments.of(kind, c));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void upgradeMakesTheModelAndDowngradeUndoesIt(Kind kind, Corpus.Case c) throws Exception {
        Assumptions.assumeTrue(c.runsOn(kind), "not for " + kind);
        try (EmptyDatabases.Lease target = dbs.lease(kind); EmptyDatabases.Lease model = dbs.lease(kind)) {
            apply(target, kind, c.before());
            apply(model, kind, c.after());
            Schema before = reflect(target);
            Schema wanted = reflect(model);
            assertThat(SchemaJson.read(SchemaJson.write(wanted))).isEqualTo(wanted);
            List<Operation> upgrade = SchemaDiff.diff(before, wanted);
            assertThat(upgrade).as("operations").isNotEmpty();
            for (Operation op : upgrade) {
                boolean destructive = op instanceof Operation.DropTable || op instanceof Operation.DropColumn
                        || op instanceof Operation.RenameTable || op instanceof Operation.DropIndex
                        || op instanceof Operation.DropConstraint
                        || (op instanceof Operation.AlterColumn a && a.newName() != null);
                if (destructive) {
                    assertThat(Review.note(op)).as("REVIEW note of " + op.describe()).startsWith("REVIEW: ");
                }
            }

            DdlExecutor run = new DdlExecutor(Dialects.named(target.dialect().name()).ddl(), target.connection(), sql -> { });
            upgrade.forEach(run::accept);
            Schema after = reflect(target);
            assertThat(SchemaDiff.diff(after, wanted)).as("left to do after upgrade " + upgrade).isEmpty();
            assertThat(SchemaText.of(after)).isEqualTo(SchemaText.of(wanted));

            SchemaDiff.downgrade(upgrade).forEach(run::accept);
            Schema back = reflect(target);
            assertThat(SchemaText.of(back)).as("after downgrade of " + upgrade).isEqualTo(SchemaText.of(before));
            assertThat(SchemaDiff.diff(back, before)).isEmpty();
        }
    }

    private static Schema reflect(EmptyDatabases.Lease db) {
        return db.dialect().reflect(db.connection(), db.schemaName(), TableFilter.ALL);
    }

    private static void apply(EmptyDatabases.Lease db, Kind kind, List<String> ddl) throws SQLException {
        try (Statement s = db.connection().createStatement()) {
            for (String sql : ddl) {
                String text = Corpus.sql(kind, sql);
                if (text != null) {
                    s.execute(text);
                }
            }
        }
    }
}
