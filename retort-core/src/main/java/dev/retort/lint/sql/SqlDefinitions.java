package dev.retort.lint.sql;

import dev.retort.lint.Step;
import dev.retort.dialect.sql.SqlToken;
import dev.retort.Column;
import dev.retort.Constraint;
import dev.retort.Index;
import dev.retort.ReferentialAction;
import dev.retort.Type;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the definitions inside CREATE TABLE and ALTER TABLE ADD: a column with its type,
 * nullability, default and inline keys, or a table constraint or index. Unknown clauses are
 * skipped; lint needs the facts, not a full grammar.
 */
public final class SqlDefinitions {
    /** Words that end a column's type and start one of its clauses. */
    private static final Set<String> CLAUSES = Set.of("CONSTRAINT", "NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE",
            "REFERENCES", "CHECK", "COLLATE", "GENERATED", "AUTO_INCREMENT", "AUTOINCREMENT", "COMMENT", "ON", "AS",
            "IDENTITY", "CHARSET", "FIRST", "AFTER", "INVISIBLE", "VISIBLE", "STORAGE", "COMPRESSION", "USING", "KEY",
            "WITH", "SELECTIVITY", "SEQUENCE");

    private SqlDefinitions() {}

    /** A column as written; {@code generated}: its values are computed (identity, serial, AS (expr)). */
    public record ColumnDef(Column column, boolean generated) {}

    /** A table element that is not a column: a constraint or an index (MySQL's KEY), with NOT VALID and the like. */
    public record Element(Constraint constraint, Index index, Set<Step.Flag> flags) {}

    public static boolean startsElement(SqlTokens t) {
        SqlToken first = t.peek();
        for (String w : List.of("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "KEY", "INDEX", "FULLTEXT",
                "SPATIAL", "EXCLUDE", "LIKE", "PERIOD")) {
            if (first.isWord(w)) {
                // "key" and "index" may also be column names: a definition follows them with a type, not a list
                return !(w.equals("KEY") || w.equals("INDEX")) || t.peek(1).is("(") || t.peek(2).is("(");
            }
        }
        return false;
    }

    /** A column definition starting at its name; null when none can be read. */
    public static ColumnDef column(SqlTokens t) {
        String name = t.name();
        if (name == null) {
            return null;
        }
        int from = t.position();
        while (!t.atEnd() && !endsType(t)) {
            t.skipItem();
        }
        String typeText = t.textFrom(from);
        if (typeText.isEmpty()) {
            typeText = "unknown"; // SQLite allows columns without a type
        }
        boolean nullable = true;
        String defaultSql = null;
        boolean primaryKey = false;
        boolean unique = false;
        boolean generated = SqlTypes.isSerial(typeText);
        Constraint.ForeignKey references = null;
        String constraintName = null;
        while (!t.atEnd()) {
            if (t.accept("CONSTRAINT")) {
                constraintName = t.name();
            } else if (t.accept("NOT", "NULL")) {
                nullable = false;
            } else if (t.accept("NULL")) {
                nullable = true;
            } else if (t.accept("DEFAULT")) {
                int start = t.position();
                t.skipItem();
                while (!t.atEnd() && !clause(t.peek())) {
                    t.skipItem();
                }
                defaultSql = t.textFrom(start);
            } else if (t.accept("PRIMARY", "KEY")) {
                primaryKey = true;
            } else if (t.accept("UNIQUE")) {
                unique = true;
                t.accept("KEY");
            } else if (t.accept("REFERENCES")) {
                references = references(t, constraintName, List.of(name));
            } else if (t.accept("AUTO_INCREMENT") || t.accept("AUTOINCREMENT") || t.accept("IDENTITY")) {
                generated = true;
            } else if (t.accept("GENERATED") || t.accept("AS")) {
                generated = true; // GENERATED ... AS IDENTITY, GENERATED ALWAYS AS (expr), AS (expr) STORED
            } else {
                t.skipItem();
            }
        }
        Type type = SqlTypes.parse(typeText);
        return new ColumnDef(new Column(name, type, nullable, defaultSql, primaryKey, unique, generated, references), generated);
    }

    private static boolean endsType(SqlTokens t) {
        SqlToken p = t.peek();
        if (p.isWord("CHARACTER")) {
            return t.peek(1).isWord("SET"); // CHARACTER VARYING is a type, CHARACTER SET a clause
        }
        return clause(p);
    }

    private static boolean clause(SqlToken token) {
        return token.kind() == SqlToken.Kind.WORD && CLAUSES.contains(token.upper());
    }

    /** A table constraint or index; null for elements lint does not track (EXCLUDE, LIKE). */
    public static Element element(SqlTokens t, String table) {
        String name = t.accept("CONSTRAINT") ? t.name() : null;
        Set<Step.Flag> flags = EnumSet.noneOf(Step.Flag.class);
        Constraint constraint = null;
        Index index = null;
        if (t.accept("PRIMARY", "KEY")) {
            skipIndexName(t);
            constraint = new Constraint.PrimaryKey(name(name, table, null, "pkey"), columns(t));
        } else if (t.accept("UNIQUE")) {
            if (!t.accept("KEY")) {
                t.accept("INDEX");
            }
            String indexName = skipIndexName(t);
            if (t.accept("USING", "INDEX")) {
                String adopted = t.name();
                flags.add(Step.Flag.USING_INDEX);
                constraint = new Constraint.Unique(name(name, table, null, "key"), List.of(adopted == null ? "?" : adopted));
            } else {
                List<String> cols = columns(t);
                String n = name != null ? name : indexName != null ? indexName : name(null, table, cols, "key");
                constraint = new Constraint.Unique(n, cols);
            }
        } else if (t.accept("FOREIGN", "KEY")) {
            skipIndexName(t);
            List<String> cols = columns(t);
            if (!t.accept("REFERENCES")) {
                return null;
            }
            constraint = references(t, name(name, table, cols, "fkey"), cols);
        } else if (t.accept("CHECK")) {
            int from = t.position();
            t.skipItem();
            String condition = t.textFrom(from);
            if (condition.startsWith("(") && condition.endsWith(")")) {
                condition = condition.substring(1, condition.length() - 1).strip();
            }
            constraint = new Constraint.Check(name(name, table, null, "check"), condition);
        } else if (t.accept("KEY") || t.accept("INDEX") || t.accept("FULLTEXT") || t.accept("SPATIAL")) {
            if (!t.accept("KEY")) {
                t.accept("INDEX");
            }
            String indexName = skipIndexName(t);
            List<String> cols = columns(t);
            index = new Index(indexName != null ? indexName : name(null, table, cols, "idx"), table, cols, false, null, false);
        } else {
            return null;
        }
        while (!t.atEnd()) {
            if (t.accept("NOT", "VALID")) {
                flags.add(Step.Flag.NOT_VALID);
            } else {
                t.skipItem();
            }
        }
        return new Element(constraint, index, flags);
    }

    /** REFERENCES table [(columns)] [ON DELETE action] [ON UPDATE action] ..., after the word REFERENCES. */
    public static Constraint.ForeignKey references(SqlTokens t, String name, List<String> columns) {
        String target = t.name();
        List<String> targetColumns = t.peek().is("(") ? columns(t) : columns.stream().map(c -> "(primary key)").toList();
        ReferentialAction onDelete = null;
        ReferentialAction onUpdate = null;
        while (t.peek().isWord("ON") || t.peek().isWord("MATCH")) {
            if (t.accept("MATCH")) {
                t.next();
                continue;
            }
            t.next();
            boolean delete = t.next().isWord("DELETE");
            ReferentialAction action = action(t);
            if (delete) {
                onDelete = action;
            } else {
                onUpdate = action;
            }
        }
        if (target == null || targetColumns.size() != columns.size()) {
            return new Constraint.ForeignKey(name, columns, target == null ? "?" : target, columns, onDelete, onUpdate);
        }
        return new Constraint.ForeignKey(name, columns, target, targetColumns, onDelete, onUpdate);
    }

    private static ReferentialAction action(SqlTokens t) {
        if (t.accept("SET", "NULL")) {
            return ReferentialAction.SET_NULL;
        } else if (t.accept("SET", "DEFAULT")) {
            return ReferentialAction.SET_DEFAULT;
        } else if (t.accept("NO", "ACTION")) {
            return ReferentialAction.NO_ACTION;
        } else if (t.accept("CASCADE")) {
            return ReferentialAction.CASCADE;
        } else if (t.accept("RESTRICT")) {
            return ReferentialAction.RESTRICT;
        }
        t.next();
        return null;
    }

    /** The names of a parenthesised column list; an expression is kept as its text. */
    public static List<String> columns(SqlTokens t) {
        List<String> out = new ArrayList<>();
        for (SqlTokens item : t.list()) {
            SqlToken first = item.peek();
            String name = first.isName() && !item.peek(1).is("(") && !item.peek(1).is(".") ? item.name() : item.text();
            if (name != null && !name.isEmpty()) {
                out.add(name);
            }
        }
        return out.isEmpty() ? List.of("?") : out;
    }

    /** MySQL lets a name and USING BTREE stand between the key words and the column list. */
    private static String skipIndexName(SqlTokens t) {
        String name = null;
        if (t.peek().isName() && !t.peek().isWord("USING")) {
            name = t.name();
        }
        if (t.peek().isWord("USING") && !t.peek(1).isWord("INDEX")) {
            t.next();
            t.next();
        }
        return name;
    }

    /** The name the database would give an unnamed constraint (PostgreSQL's convention). */
    public static String name(String given, String table, List<String> columns, String suffix) {
        if (given != null) {
            return given;
        }
        return table + (columns == null ? "" : "_" + String.join("_", columns)) + "_" + suffix;
    }

    public static Column withName(Column c, String name) {
        return new Column(name, c.type(), c.nullable(), c.defaultSql(), c.primaryKey(), c.unique(), c.autoIncrement(),
                c.references());
    }
}
