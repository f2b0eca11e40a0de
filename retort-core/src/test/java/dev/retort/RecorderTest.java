package dev.retort;

import static dev.retort.Type.BIGINT;
import static dev.retort.Type.INTEGER;
import static dev.retort.Type.TEXT;
import static dev.retort.Type.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecorderTest {

    @Revision(id = "a1", revises = "a0", message = "add users")
    static final class AddUsers implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.createTable("users", t -> t
                    .column("id", BIGINT, c -> c.primaryKey())
                    .column("email", TEXT, c -> c.notNull()));
            op.addColumn("users", "age", INTEGER, c -> c.defaultValue("0"));
            op.createIndex("ix_users_email", "users", List.of("email"), i -> i.unique());
            op.renameTable("users", "people");
        }
    }

    @Test
    void derivedDowngradeReversesEveryOperationInReverseOrder() {
        List<Operation> up = Recorder.upgrade(new AddUsers());
        List<Operation> down = Recorder.downgrade(new AddUsers());

        assertThat(down).extracting(Operation::describe).containsExactly(
                "renameTable(\"people\", \"users\")",
                "dropIndex(\"ix_users_email\", \"users\")",
                "dropColumn(\"users\", \"age\")",
                "dropTable(\"users\")");
        // The reverse of the reverse is the upgrade again, definitions included.
        List<Operation> again = new java.util.ArrayList<>(down.stream().map(o -> o.reverse().orElseThrow()).toList());
        java.util.Collections.reverse(again);
        assertThat(again).containsExactlyElementsOf(up);
    }

    static final class DropsBlindly implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.createTable("t", t -> t.column("id", BIGINT));
            op.dropColumn("other", "legacy");
        }
    }

    @Test
    void derivationNamesTheFirstIrreversibleOperation() {
        assertThatThrownBy(() -> Recorder.downgrade(new DropsBlindly()))
                .isInstanceOfSatisfying(RetortException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RetortException.Kind.USAGE);
                    assertThat(e.getMessage()).contains("dropColumn(\"other\", \"legacy\") is not reversible")
                            .contains("DropsBlindly");
                    assertThat(e.hint()).contains("write a downgrade(Ops op) method in DropsBlindly");
                });
    }

    static final class WithWrittenDowngrade implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.bulkInsert("t", List.of(Map.of("id", 1)));
        }

        @Override
        public void downgrade(Ops op) {
            op.execute("DELETE FROM t WHERE id = 1");
        }
    }

    @Test
    void writtenDowngradeIsRecordedAsWritten() {
        assertThat(Recorder.downgrade(new WithWrittenDowngrade()))
                .containsExactly(new Operation.Execute("DELETE FROM t WHERE id = 1", null));
    }

    static final class UsesConnection implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.addColumn("t", "c", TEXT);
            op.connection();
        }
    }

    @Test
    void connectionIsRefusedOfflineAndWhileDeriving() {
        assertThatThrownBy(() -> Recorder.upgrade(new UsesConnection()))
                .isInstanceOf(RetortException.class).hasMessageContaining("needs a live database");
        assertThatThrownBy(() -> Recorder.downgrade(new UsesConnection()))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("cannot derive the downgrade").hasMessageContaining("live database");
    }

    static final class Alters implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.alterColumn("t", "name", c -> c.type(TEXT).existingType(varchar(20)).notNull()
                    .defaultValue("'x'").existingDefault(null).rename("title"));
        }
    }

    @Test
    void alterColumnReversesEveryAspectItKnows() {
        Operation.AlterColumn back = (Operation.AlterColumn) Recorder.downgrade(new Alters()).get(0);
        assertThat(back).isEqualTo(new Operation.AlterColumn("t", "title", varchar(20), TEXT, true, false,
                new Operation.Default(null), new Operation.Default("'x'"), "name"));
    }

    @Test
    void alterColumnWithoutTheOldTypeIsIrreversible() {
        Operation op = new Operation.AlterColumn("t", "c", BIGINT, null, null, null, null, null, null);
        assertThat(op.reverse()).isEmpty();
        assertThat(op.whyIrreversible()).contains("existingType");
    }

    @Test
    void executeIsReversibleOnlyWithReverseSql() {
        assertThat(new Operation.Execute("A", null).reverse()).isEmpty();
        assertThat(new Operation.Execute("A", "B").reverse()).contains(new Operation.Execute("B", "A"));
    }

    @Test
    void theDesignExampleCompilesAgainstTheApi() {
        Migration m = new Migration() {
            @Override
            public void upgrade(Ops op) {
                op.createTable("prompt", t -> t
                        .column("id", BIGINT, c -> c.primaryKey())
                        .column("body", TEXT, c -> c.notNull()));
            }

            @Override
            public void downgrade(Ops op) {
                op.dropTable("prompt");
            }
        };
        Operation.CreateTable ct = (Operation.CreateTable) Recorder.upgrade(m).get(0);
        assertThat(ct.table().primaryKeyColumns()).containsExactly("id");
        assertThat(ct.table().columns().get(1).nullable()).isFalse();
    }
}
