package dev.retort.lint.sql;

import dev.retort.lint.Step;
import dev.retort.dialect.sql.SqlStatement;
import dev.retort.dialect.sql.SqlToken;
import dev.retort.dialect.sql.SqlSyntax;
import dev.retort.Column;
import dev.retort.Constraint;
import dev.retort.Index;
import dev.retort.Operation;
import dev.retort.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Classifies SQL statements into the operations Java revisions record (CREATE TABLE into
 * createTable, ALTER TABLE ... ADD COLUMN into addColumn, ...), so that one set of lint rules
 * reads both formats. A statement it does not recognise becomes an {@code execute}.
 */
public final class SqlClassifier {
    private static final Pattern LOCK_TIMEOUT = Pattern.compile(
            "(?is)^\\s*(SET\\s+(SESSION\\s+|LOCAL\\s+)?lock_timeout\\b.*|SELECT\\s+set_config\\s*\\(\\s*'lock_timeout'.*)");

    private final SqlSyntax syntax;

    public SqlClassifier(SqlSyntax syntax) {
        this.syntax = syntax;
    }

    public List<Step> classify(SqlStatement statement) {
        String sql = statement.sql();
        int line = statement.line();
        if (LOCK_TIMEOUT.matcher(sql).matches()) {
            return List.of(Step.of(new Operation.Execute(sql, null), line, Step.Flag.SETS_LOCK_TIMEOUT));
        }
        SqlTokens t = SqlTokens.lex(sql, syntax);
        List<Step> steps = new ArrayList<>();
        try {
            recognise(t, sql, line, steps);
        } catch (IllegalArgumentException e) {
            steps.clear(); // a shape the operations reject (no columns, mismatched keys): judge it as raw SQL
        }
        if (steps.isEmpty()) {
            Set<Step.Flag> flags = EnumSet.noneOf(Step.Flag.class);
            if (t.containsWord("CONCURRENTLY")) {
                flags.add(Step.Flag.CONCURRENTLY);
            }
            if (changesOnlyData(SqlTokens.lex(sql, syntax))) {
                flags.add(Step.Flag.DATA);
            }
            steps.add(new Step(new Operation.Execute(sql, null), line, flags, null));
        }
        return steps;
    }

    private static final Set<String> DML = Set.of("UPDATE", "INSERT", "DELETE", "MERGE");
    /** Words that change the schema, or run SQL lint cannot see (EXECUTE of a string), inside a DO block. */
    private static final Set<String> NOT_DATA = Set.of("CREATE", "ALTER", "DROP", "TRUNCATE", "RENAME", "GRANT", "REVOKE",
            "COMMENT", "EXECUTE", "REINDEX", "CLUSTER", "VACUUM", "LOCK");

    /**
     * A data statement (UPDATE, INSERT, DELETE, MERGE), or PostgreSQL's
     * {@code DO [LANGUAGE x] $$ ... $$}: its body is the string token the lexer read (dollar
     * quotes included), lexed again, and is data when it updates, inserts or deletes rows and
     * names nothing that changes the schema.
     */
    private boolean changesOnlyData(SqlTokens t) {
        SqlToken first = t.peek();
        if (first.kind() == SqlToken.Kind.WORD && DML.contains(first.upper())) {
            return true;
        }
        if (!t.accept("DO")) {
            return false;
        }
        if (t.accept("LANGUAGE")) {
            t.next();
        }
        SqlToken body = t.next();
        if (body.kind() != SqlToken.Kind.STRING) {
            return false;
        }
        boolean dml = false;
        for (SqlTokens inner = SqlTokens.lex(body.name(), syntax); !inner.atEnd(); ) {
            SqlToken w = inner.next();
            if (w.kind() == SqlToken.Kind.WORD) {
                if (NOT_DATA.contains(w.upper())) {
                    return false;
                }
                dml |= DML.contains(w.upper());
            }
        }
        return dml;
    }

    private void recognise(SqlTokens t, String sql, int line, List<Step> steps) {
        if (t.accept("CREATE")) {
            t.accept("OR", "REPLACE");
            if (!(t.accept("GLOBAL") || t.accept("LOCAL"))) {
                t.accept("UNLOGGED");
            }
            if (!t.accept("TEMPORARY")) {
                t.accept("TEMP");
            }
            if (t.accept("TABLE")) {
                createTable(t, sql, line, steps);
            } else if (t.peek().isWord("UNIQUE") || t.peek().isWord("INDEX") || t.peek().isWord("FULLTEXT") || t.peek().isWord("SPATIAL")) {
                createIndex(t, line, steps);
            }
        } else if (t.accept("ALTER", "TABLE")) {
            new SqlAlterTable(t, sql, line, steps).read();
        } else if (t.accept("DROP", "TABLE")) {
            t.accept("IF", "EXISTS");
            do {
                String name = t.name();
                if (name != null) {
                    steps.add(Step.of(new Operation.DropTable(name, null), line));
                }
            } while (t.acceptSymbol(","));
        } else if (t.accept("DROP", "INDEX")) {
            boolean concurrently = t.accept("CONCURRENTLY");
            t.accept("IF", "EXISTS");
            String name = t.name();
            String table = t.accept("ON") ? t.name() : null;
            if (name != null) {
                Set<Step.Flag> flags = concurrently ? EnumSet.of(Step.Flag.CONCURRENTLY) : Set.of();
                steps.add(new Step(new Operation.DropIndex(table == null ? "?" : table, name, null), line, flags, null));
            }
        } else if (t.accept("RENAME", "TABLE")) {
            do {
                String from = t.name();
                String to = t.accept("TO") ? t.name() : null;
                if (from != null && to != null) {
                    steps.add(Step.of(new Operation.RenameTable(from, to), line));
                }
            } while (t.acceptSymbol(","));
        }
    }

    private static void createTable(SqlTokens t, String sql, int line, List<Step> steps) {
        t.accept("IF", "NOT", "EXISTS");
        String name = t.name();
        if (name == null) {
            return;
        }
        List<Column> columns = new ArrayList<>();
        List<Constraint> constraints = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        for (SqlTokens item : t.list()) {
            if (SqlDefinitions.startsElement(item)) {
                SqlDefinitions.Element e = SqlDefinitions.element(item, name);
                if (e != null && e.constraint() != null) {
                    constraints.add(e.constraint());
                } else if (e != null && e.index() != null) {
                    indexes.add(e.index());
                }
            } else {
                SqlDefinitions.ColumnDef c = SqlDefinitions.column(item);
                if (c != null && columns.stream().noneMatch(x -> x.name().equalsIgnoreCase(c.column().name()))) {
                    columns.add(c.column());
                }
            }
        }
        if (columns.isEmpty()) {
            steps.add(new Step(new Operation.Execute(sql, null), line, Set.of(Step.Flag.CREATES_TABLE), name));
            return;
        }
        steps.add(Step.of(new Operation.CreateTable(new Table(name, columns, constraints)), line));
        indexes.forEach(i -> steps.add(Step.of(new Operation.CreateIndex(i), line)));
    }

    private static void createIndex(SqlTokens t, int line, List<Step> steps) {
        boolean unique = t.accept("UNIQUE");
        if (!t.accept("FULLTEXT")) {
            t.accept("SPATIAL");
        }
        if (!t.accept("INDEX")) {
            return;
        }
        boolean concurrently = t.accept("CONCURRENTLY");
        t.accept("IF", "NOT", "EXISTS");
        String name = t.peek().isWord("ON") ? null : t.name();
        if (t.accept("USING")) {
            t.next();
        }
        if (!t.accept("ON")) {
            return;
        }
        t.accept("ONLY");
        String table = t.name();
        if (table == null) {
            return;
        }
        if (t.accept("USING")) {
            t.next();
        }
        List<String> columns = SqlDefinitions.columns(t);
        String where = null;
        while (!t.atEnd()) {
            if (t.accept("WHERE")) {
                int from = t.position();
                while (!t.atEnd()) {
                    t.skipItem();
                }
                where = t.textFrom(from);
            } else {
                t.skipItem();
            }
        }
        Index index = new Index(name != null ? name : SqlDefinitions.name(null, table, columns, "idx"), table, columns,
                unique, where, concurrently);
        Set<Step.Flag> flags = concurrently ? EnumSet.of(Step.Flag.CONCURRENTLY) : Set.of();
        steps.add(new Step(new Operation.CreateIndex(index), line, flags, null));
    }
}
