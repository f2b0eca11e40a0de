// Over 300 lines: a hand-written binder for the whole schema model, both ways, kept in one place so the format is seen at once.
package dev.retort.schema.cache;

import dev.retort.dialect.registry.Dialects;
import dev.retort.schema.diff.Canonical;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.SchemaColumn;
import dev.retort.schema.model.SchemaTable;
import dev.retort.schema.diff.TypeNames;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.retort.Constraint;
import dev.retort.Index;
import dev.retort.ReferentialAction;
import dev.retort.Type;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
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
            g.writeStringField("dialect", schema.dialect());
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
                    number(g, "length", c.type().length());
                    number(g, "precision", c.type().precision());
                    number(g, "scale", c.type().scale());
                    string(g, "raw", c.type().raw());
                    g.writeBooleanField("nullable", c.nullable());
                    string(g, "default", c.defaultSql());
                    if (c.autoIncrement()) {
                        g.writeBooleanField("auto", true);
                    }
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
                    string(g, "onDelete", f.onDelete() == null ? null : f.onDelete().name());
                    string(g, "onUpdate", f.onUpdate() == null ? null : f.onUpdate().name());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("indexes");
                for (Index i : t.indexes()) {
                    g.writeStartObject();
                    g.writeStringField("name", i.name());
                    strings(g, "columns", i.columns());
                    if (i.unique()) {
                        g.writeBooleanField("unique", true);
                    }
                    string(g, "where", i.where());
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
        // Streamed straight into the records (no maps in between): a cached model of a thousand
        // tables is read on every check.
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken();
            String dialect = null;
            List<String> notes = List.of();
            List<SchemaTable> tables = List.of();
            Map<String, Type> types = new HashMap<>(); // one instance per distinct type (see Canonical.Types)
            for (String field = firstField(p); field != null; field = nextField(p)) {
                switch (field) {
                    case "dialect" -> dialect = text(p);
                    case "notes" -> notes = strings(p);
                    case "tables" -> tables = array(p, q -> table(q, types));
                    default -> p.skipChildren();
                }
            }
            return new Schema(Dialects.named(dialect).name(), tables, notes);
        } catch (RuntimeException e) {
            throw new IOException("not a schema written by this version of Retort: " + e.getMessage(), e);
        }
    }

    private record IndexFields(String name, List<String> columns, boolean unique, String where) {}

    private static SchemaTable table(JsonParser p, Map<String, Type> types) throws IOException {
        String name = null;
        List<SchemaColumn> columns = List.of();
        Constraint.PrimaryKey pk = null;
        List<Constraint.Unique> uniques = List.of();
        List<Constraint.Check> checks = List.of();
        List<Constraint.ForeignKey> fks = List.of();
        List<IndexFields> indexes = List.of();
        for (String field = firstField(p); field != null; field = nextField(p)) {
            switch (field) {
                case "name" -> name = text(p);
                case "columns" -> columns = array(p, q -> column(q, types));
                case "pk" -> pk = p.currentToken() == JsonToken.VALUE_NULL ? null : primaryKey(p);
                case "uniques" -> uniques = array(p, SchemaJson::unique);
                case "checks" -> checks = array(p, SchemaJson::check);
                case "fks" -> fks = array(p, SchemaJson::foreignKey);
                case "indexes" -> indexes = array(p, SchemaJson::index);
                default -> p.skipChildren();
            }
        }
        List<Index> built = new ArrayList<>(indexes.size());
        for (IndexFields i : indexes) {
            built.add(new Index(i.name(), name, i.columns(), i.unique(), i.where(), false));
        }
        return new SchemaTable(name, columns, pk, uniques, checks, fks, built);
    }

    private static SchemaColumn column(JsonParser p, Map<String, Type> types) throws IOException {
        String name = null;
        String kind = null;
        int length = 0;
        int precision = 0;
        int scale = 0;
        String raw = null;
        Boolean nullable = null;
        String dflt = null;
        boolean auto = false;
        for (String field = firstField(p); field != null; field = nextField(p)) {
            switch (field) {
                case "name" -> name = text(p);
                case "kind" -> kind = text(p);
                case "length" -> length = number(p);
                case "precision" -> precision = number(p);
                case "scale" -> scale = number(p);
                case "raw" -> raw = text(p);
                case "nullable" -> nullable = bool(p);
                case "default" -> dflt = text(p);
                case "auto" -> auto = bool(p);
                default -> p.skipChildren();
            }
        }
        Type.Kind k = Type.Kind.valueOf(kind);
        String key = TypeNames.key(k, length, precision, scale, raw);
        Type type = types.get(key);
        if (type == null) {
            type = new Type(k, length, precision, scale, raw);
            types.put(key, type);
        }
        return new SchemaColumn(name, type, nullable, dflt, auto);
    }

    private static Constraint.PrimaryKey primaryKey(JsonParser p) throws IOException {
        String name = null;
        List<String> columns = List.of();
        for (String field = firstField(p); field != null; field = nextField(p)) {
            switch (field) {
                case "name" -> name = text(p);
                case "columns" -> columns = strings(p);
                default -> p.skipChildren();
            }
        }
        return new Constraint.PrimaryKey(name, columns);
    }

    private static Constraint.Unique unique(JsonParser p) throws IOException {
        Constraint.PrimaryKey parts = primaryKey(p); // the same fields: name, columns
        return new Constraint.Unique(parts.name(), parts.columns());
    }

    private static Constraint.Check check(JsonParser p) throws IOException {
        String name = null;
        String condition = null;
        for (String field = firstField(p); field != null; field = nextField(p)) {
            switch (field) {
                case "name" -> name = text(p);
                case "condition" -> condition = text(p);
                default -> p.skipChildren();
            }
        }
        return new Constraint.Check(name, condition);
    }

    private static Constraint.ForeignKey foreignKey(JsonParser p) throws IOException {
        String name = null;
        List<String> columns = List.of();
        String table = null;
        List<String> references = List.of();
        ReferentialAction onDelete = null;
        ReferentialAction onUpdate = null;
        for (String field = firstField(p); field != null; field = nextField(p)) {
            switch (field) {
                case "name" -> name = text(p);
                case "columns" -> columns = strings(p);
                case "table" -> table = text(p);
                case "references" -> references = strings(p);
                case "onDelete" -> onDelete = action(text(p));
                case "onUpdate" -> onUpdate = action(text(p));
                default -> p.skipChildren();
            }
        }
        return new Constraint.ForeignKey(name, columns, table, references, onDelete, onUpdate);
    }

    private static IndexFields index(JsonParser p) throws IOException {
        String name = null;
        List<String> columns = List.of();
        boolean unique = false;
        String where = null;
        for (String field = firstField(p); field != null; field = nextField(p)) {
            switch (field) {
                case "name" -> name = text(p);
                case "columns" -> columns = strings(p);
                case "unique" -> unique = bool(p);
                case "where" -> where = text(p);
                default -> p.skipChildren();
            }
        }
        return new IndexFields(name, columns, unique, where);
    }

    // Fields at their default (0, null, false) are left out: the cache of a large model is read on every check.

    private static void number(JsonGenerator g, String field, int value) throws IOException {
        if (value != 0) {
            g.writeNumberField(field, value);
        }
    }

    private static void string(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private interface Item<T> {
        T read(JsonParser p) throws IOException;
    }

    /** At an object's start: its first field's name, the parser on that field's value; null when empty. */
    private static String firstField(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new IOException("expected an object, not " + p.currentToken());
        }
        return nextField(p);
    }

    /** After a field's value: the next field's name, the parser on its value; null at the object's end. */
    private static String nextField(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_OBJECT) {
            return null;
        }
        if (t != JsonToken.FIELD_NAME) {
            throw new IOException("expected a field name, not " + t);
        }
        String name = p.currentName();
        p.nextToken();
        return name;
    }

    /** An array of items, each read by {@code item} from its first token; null is the empty list. */
    private static <T> List<T> array(JsonParser p, Item<T> item) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new IOException("expected an array, not " + p.currentToken());
        }
        List<T> out = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null) {
                throw new IOException("unexpected end of input");
            }
            out.add(item.read(p));
        }
        return out;
    }

    private static List<String> strings(JsonParser p) throws IOException {
        return array(p, SchemaJson::text);
    }

    private static String text(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_STRING -> p.getText();
            case VALUE_NULL -> null;
            default -> throw new IOException("expected a string, not " + p.currentToken());
        };
    }

    private static int number(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_NUMBER_INT -> p.getIntValue();
            case VALUE_NULL -> 0;
            default -> throw new IOException("expected a number, not " + p.currentToken());
        };
    }

    private static boolean bool(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            default -> throw new IOException("expected true or false, not " + p.currentToken());
        };
    }

    private static ReferentialAction action(String name) {
        return name == null ? null : ReferentialAction.valueOf(name);
    }
}
