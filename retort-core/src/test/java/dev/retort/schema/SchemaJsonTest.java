package dev.retort.schema;

import dev.retort.schema.model.Schema;
import dev.retort.schema.model.SchemaColumn;
import dev.retort.schema.cache.SchemaJson;
import dev.retort.schema.model.SchemaTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Constraint;
import dev.retort.Index;
import dev.retort.ReferentialAction;
import dev.retort.Type;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaJsonTest {
    @Test
    void readGivesBackWhatWriteWrote() throws IOException {
        SchemaTable parent = new SchemaTable("parent",
                List.of(new SchemaColumn("id", Type.BIGINT, false, null, true),
                        new SchemaColumn("code", new Type(Type.Kind.RAW, 0, 0, 0, "citext"), true, "'x'::citext", false)),
                new Constraint.PrimaryKey("parent_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of());
        SchemaTable child = new SchemaTable("child",
                List.of(new SchemaColumn("id", Type.INTEGER, false, null, false),
                        new SchemaColumn("amount", new Type(Type.Kind.NUMERIC, 0, 12, 2, null), true, "0", false),
                        new SchemaColumn("name", new Type(Type.Kind.VARCHAR, 100, 0, 0, null), false, null, false),
                        new SchemaColumn("parent_id", Type.BIGINT, true, null, false)),
                null,
                List.of(new Constraint.Unique(null, List.of("name", "id"))),
                List.of(new Constraint.Check("amount_positive", "amount >= 0")),
                List.of(new Constraint.ForeignKey("fk_parent", List.of("parent_id"), "parent", List.of("id"),
                        ReferentialAction.CASCADE, null)),
                List.of(new Index("ix_name", "child", List.of("name"), true, "amount > 0", false),
                        new Index("ix_parent", "child", List.of("parent_id", "id"), false, null, false)));
        Schema schema = new Schema("postgresql", List.of(parent, child), List.of("a note", "another"));

        assertThat(SchemaJson.read(SchemaJson.write(schema))).isEqualTo(schema);
        Schema empty = new Schema("sqlite", List.of());
        assertThat(SchemaJson.read(SchemaJson.write(empty))).isEqualTo(empty);
    }

    @Test
    void anythingElseIsAnIOException() {
        String good = SchemaJson.write(new Schema("h2", List.of(new SchemaTable("t",
                List.of(new SchemaColumn("id", Type.INTEGER, false, null, false)), null, List.of(), List.of(), List.of(),
                List.of()))));
        for (String bad : List.of("", "[]", "{", "{\"dialect\": \"nosuch\"}", "{\"tables\": []}",
                good.substring(0, good.length() / 2), good.replace("\"INTEGER\"", "\"NOSUCH\""),
                good.replace("\"nullable\":false", "\"nullable\":\"no\""), good.replace("\"columns\":[", "\"columns\":[3,"),
                good.replace("\"tables\":[", "\"tables\":{"))) {
            assertThatThrownBy(() -> SchemaJson.read(bad)).as(bad).isInstanceOf(IOException.class);
        }
    }
}
