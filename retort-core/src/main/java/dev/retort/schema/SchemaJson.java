package dev.retort.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.retort.dialect.Dialect;
import dev.retort.ops.Constraint;
import dev.retort.ops.Index;
import dev.retort.ops.ReferentialAction;
import dev.retort.ops.Type;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A schema as JSON and back, exactly: what the model cache keeps, so that an unchanged
 * schema.sql is not applied to a scratch database again.
 */
public final class SchemaJson {
    private static final JsonFactory JSON = new JsonFactory();

    private SchemaJson() {}

    public static String write(Schema schema) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("dialect", schema.dialect().name());
            strings(g, "notes", schema.notes());
            g.writeArrayFieldStart("tables");
            for (SchemaTable t : schema.tables()) {
                g.writeStartObject();
                g.writeStringField("name", t.name());
                g.writeArrayFieldStart("columns");
                for (SchemaColumn c : t.columns()) {
                    g.writeStartObject();
                    g.writeStringField("name", c.name());
                    g.writeStringField("kind", c.type().kind().name());
                    g.writeNumberField("length", c.type().length());
                    g.writeNumberField("precision", c.type().precision());
                    g.writeNumberField("scale", c.type().scale());
                    g.writeStringField("raw", c.type().raw());
                    g.writeBooleanField("nullable", c.nullable());
                    g.writeStringField("default", c.defaultSql());
                    g.writeBooleanField("auto", c.autoIncrement());
                    g.writeEndObject();
                }
                g.writeEndArray();
                if (t.primaryKey() != null) {
                    g.writeObjectFieldStart("pk");
                    g.writeStringField("name", t.primaryKey().name());
                    strings(g, "columns", t.primaryKey().columns());
                    g.writeEndObject();
                }
                g.writeArrayFieldStart("uniques");
                for (Constraint.Unique u : t.uniques()) {
                    g.writeStartObject();
                    g.writeStringField("name", u.name());
                    strings(g, "columns", u.columns());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("checks");
                for (Constraint.Check k : t.checks()) {
                    g.writeStartObject();
                    g.writeStringField("name", k.name());
                    g.writeStringField("condition", k.condition());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("fks");
                for (Constraint.ForeignKey f : t.foreignKeys()) {
                    g.writeStartObject();
                    g.writeStringField("name", f.name());
                    strings(g, "columns", f.columns());
                    g.writeStringField("table", f.referencedTable());
                    strings(g, "references", f.referencedColumns());
                    g.writeStringField("onDelete", f.onDelete() == null ? null : f.onDelete().name());
                    g.writeStringField("onUpdate", f.onUpdate() == null ? null : f.onUpdate().name());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("indexes");
                for (Index i : t.indexes()) {
                    g.writeStartObject();
                    g.writeStringField("name", i.name());
                    strings(g, "columns", i.columns());
                    g.writeBooleanField("unique", i.unique());
                    g.writeStringField("where", i.where());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to a string cannot fail", e);
        }
        return out.toString();
    }

    /** The schema {@link #write} wrote; an IOException for anything else. */
    public static Schema read(String json) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            Map<String, Object> root = object(p, p.nextToken());
            List<SchemaTable> tables = new ArrayList<>();
            for (Object o : list(root.get("tables"))) {
                Map<String, Object> t = map(o);
                String name = (String) t.get("name");
                List<SchemaColumn> columns = new ArrayList<>();
                for (Object c : list(t.get("columns"))) {
                    Map<String, Object> m = map(c);
                    Type type = new Type(Type.Kind.valueOf((String) m.get("kind")), number(m.get("length")),
                            number(m.get("precision")), number(m.get("scale")), (String) m.get("raw"));
                    columns.add(new SchemaColumn((String) m.get("name"), type, (Boolean) m.get("nullable"),
                            (String) m.get("default"), (Boolean) m.get("auto")));
                }
                Map<String, Object> pk = t.get("pk") == null ? null : map(t.get("pk"));
                List<Constraint.Unique> uniques = new ArrayList<>();
                for (Object u : list(t.get("uniques"))) {
                    uniques.add(new Constraint.Unique((String) map(u).get("name"), strings(map(u).get("columns"))));
                }
                List<Constraint.Check> checks = new ArrayList<>();
                for (Object k : list(t.get("checks"))) {
                    checks.add(new Constraint.Check((String) map(k).get("name"), (String) map(k).get("condition")));
                }
                List<Constraint.ForeignKey> fks = new ArrayList<>();
                for (Object f : list(t.get("fks"))) {
                    Map<String, Object> m = map(f);
                    fks.add(new Constraint.ForeignKey((String) m.get("name"), strings(m.get("columns")), (String) m.get("table"),
                            strings(m.get("references")), action(m.get("onDelete")), action(m.get("onUpdate"))));
                }
                List<Index> indexes = new ArrayList<>();
                for (Object i : list(t.get("indexes"))) {
                    Map<String, Object> m = map(i);
                    indexes.add(new Index((String) m.get("name"), name, strings(m.get("columns")), (Boolean) m.get("unique"),
                            (String) m.get("where"), false));
                }
                tables.add(new SchemaTable(name, columns,
                        pk == null ? null : new Constraint.PrimaryKey((String) pk.get("name"), strings(pk.get("columns"))),
                        uniques, checks, fks, indexes));
            }
            return new Schema(Dialect.named((String) root.get("dialect")), tables, strings(root.get("notes")));
        } catch (RuntimeException e) {
            throw new IOException("not a schema written by this version of Retort: " + e.getMessage(), e);
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case START_OBJECT -> object(p, t);
            case START_ARRAY -> {
                List<Object> out = new ArrayList<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
                    out.add(value(p, n));
                }
                yield out;
            }
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getIntValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected " + t);
        };
    }

    private static Map<String, Object> object(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            throw new IOException("expected an object");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
            String name = p.currentName();
            out.put(name, value(p, p.nextToken()));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    private static List<String> strings(Object o) {
        return list(o).stream().map(x -> (String) x).toList();
    }

    private static int number(Object o) {
        return o == null ? 0 : (Integer) o;
    }

    private static ReferentialAction action(Object o) {
        return o == null ? null : ReferentialAction.valueOf((String) o);
    }
}
