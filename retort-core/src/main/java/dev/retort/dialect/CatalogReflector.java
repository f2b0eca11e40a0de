package dev.retort.dialect;

import dev.retort.Constraint;
import dev.retort.Index;
import dev.retort.Type;
import dev.retort.schema.model.Reflector;
import dev.retort.schema.model.Schema;
import dev.retort.schema.model.SchemaColumn;
import dev.retort.schema.model.SchemaTable;
import dev.retort.schema.model.TableFilter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The shape every database's reflection shares: list the schema's tables (keeping those the
 * filter accepts), stop if none is left, then read their columns, keys and indexes in a few bulk
 * queries (never one per table), each narrowed to the kept tables only when some were left out.
 * A database supplies the two queries' worth of knowledge: {@link #listTables} and
 * {@link #readParts}. Rows are read into small records of the database's own, not arrays.
 *
 * @param <K> what the bulk queries key a table by (its name, or PostgreSQL's oid)
 * @param <T> what the table list says of a table besides its name, for the parts to use (SQLite: its CREATE text)
 */
public abstract class CatalogReflector<K, T> implements Reflector {
    private final Dialect dialect;

    protected CatalogReflector(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public final Schema reflect(Connection c, String schemaName, TableFilter filter) throws SQLException {
        Catalog<K, T> catalog = new Catalog<>(dialect, filter, resolveSchema(c, schemaName));
        listTables(c, catalog);
        if (catalog.tables.isEmpty()) {
            return new Schema(dialect.name(), List.of(), List.of());
        }
        readParts(c, catalog);
        return new Schema(dialect.name(), catalog.tables.values().stream().map(TableParts::build).toList(), catalog.notes);
    }

    /** The schema (or database) to read when the caller names none; by default null, left to the queries. */
    protected String resolveSchema(Connection c, String schemaName) throws SQLException {
        return schemaName;
    }

    /** Offers every table of {@code catalog.schema()} to {@link Catalog#offer}. */
    protected abstract void listTables(Connection c, Catalog<K, T> catalog) throws SQLException;

    /** Reads the parts of the kept tables into {@link Catalog#table}. */
    protected abstract void readParts(Connection c, Catalog<K, T> catalog) throws SQLException;

    /** Reads one result row into a typed record. */
    @FunctionalInterface
    public interface RowReader<R> {
        R read(ResultSet rs) throws SQLException;
    }

    /** Runs a bulk query, binding {@code params} in order, and returns its rows as records. */
    public static <R> List<R> query(Connection c, String sql, List<?> params, RowReader<R> reader) throws SQLException {
        List<R> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
        }
        return rows;
    }

    /** Reads one result row into the tables being built. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Runs a bulk query, binding {@code params} in order, handing each row to {@code row}. */
    public static void each(Connection c, String sql, List<?> params, RowConsumer row) throws SQLException {
        query(c, sql, params, rs -> {
            row.accept(rs);
            return Boolean.TRUE;
        });
    }

    /** Rows that belong together (grouped by key, in order of first appearance) (the columns of one index, one foreign key), in query order. */
    public static <R> List<List<R>> grouped(List<R> rows, Function<R, Object> key) {
        Map<Object, List<R>> out = new LinkedHashMap<>();
        for (R row : rows) {
            out.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        return List.copyOf(out.values());
    }

    /** The tables being read, the notes on what is not compared, and the type spellings seen so far. */
    public static final class Catalog<K, T> {
        private final Dialect dialect;
        private final TableFilter filter;
        private final String schema;
        private final Map<K, TableParts> tables = new LinkedHashMap<>();
        private final Map<K, T> listed = new HashMap<>();
        private final List<String> notes = new ArrayList<>();
        private final Map<String, Type> types = new HashMap<>();
        private boolean skipped;

        private Catalog(Dialect dialect, TableFilter filter, String schema) {
            this.dialect = dialect;
            this.filter = filter;
            this.schema = schema;
        }

        /** The schema (or database) being read; null: the connection's own. */
        public String schema() {
            return schema;
        }

        /** Keeps the table if the filter accepts it; returns whether it did. */
        public boolean offer(K key, String name) {
            return offer(key, name, () -> null);
        }

        /** Keeps the table, with what the list says of it, if the filter accepts it; returns whether it did. */
        public boolean offer(K key, String name, Supplier<T> listedAs) {
            if (filter.accepts(name)) {
                tables.put(key, new TableParts(name));
                listed.put(key, listedAs.get()); // only for kept tables: SQLite parses each table's CREATE text
                return true;
            }
            skipped = true;
            return false;
        }

        /** The kept table under {@code key}, or null (a table the filter left out). */
        public TableParts table(K key) {
            return tables.get(key);
        }

        /** What the table list said of the kept table under {@code key}. */
        public T listed(K key) {
            return listed.get(key);
        }

        public List<K> keys() {
            return List.copyOf(tables.keySet());
        }

        /** The kept tables' keys when some table was left out, else none: bulk queries then read everything. */
        public List<K> narrowing() {
            return skipped ? keys() : List.of();
        }

        /** {@code " AND column IN (?, ...)"} when some table was left out, else nothing. */
        public String only(String column) {
            return skipped ? " AND " + column + " IN (" + String.join(", ", Collections.nCopies(tables.size(), "?")) + ")" : "";
        }

        /** {@code first} (when not null) followed by {@link #narrowing()}: the parameters of an {@link #only} query. */
        public List<Object> params(Object first) {
            List<Object> out = new ArrayList<>();
            if (first != null) {
                out.add(first);
            }
            out.addAll(narrowing());
            return out;
        }

        /** Something reflection saw and does not compare (an expression index, a generated column). */
        public void note(String text) {
            notes.add(text);
        }

        /** The normalized type of a catalog spelling, remembered: a catalog repeats a handful of spellings thousands of times. */
        public Type type(String text) {
            return types.computeIfAbsent(text, dialect.types()::parse);
        }
    }

    /** The parts of one table while the bulk queries fill them in. */
    public static final class TableParts {
        public final String name;
        public final List<SchemaColumn> columns = new ArrayList<>();
        public Constraint.PrimaryKey primaryKey;
        public final List<Constraint.Unique> uniques = new ArrayList<>();
        public final List<Constraint.Check> checks = new ArrayList<>();
        public final List<Constraint.ForeignKey> foreignKeys = new ArrayList<>();
        public final List<Index> indexes = new ArrayList<>();

        TableParts(String name) {
            this.name = name;
        }

        SchemaTable build() {
            return new SchemaTable(name, columns, primaryKey, uniques, checks, foreignKeys, indexes);
        }
    }
}
