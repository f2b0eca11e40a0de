package dev.retort.lint.sql;

import dev.retort.lint.Step;
import dev.retort.Column;
import dev.retort.Operation;
import dev.retort.Type;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The actions of one ALTER TABLE statement (PostgreSQL, MySQL/MariaDB, SQLite and H2 spellings),
 * each as an operation: ADD/DROP COLUMN, ALTER COLUMN TYPE/SET NOT NULL/SET DEFAULT, MODIFY,
 * CHANGE, RENAME, ADD CONSTRAINT, ADD INDEX. Actions lint does not model still lock the table.
 */
public final class SqlAlterTable {
    private final SqlTokens tokens;
    private final String sql;
    private final int line;
    private final List<Step> steps;
    private String table;

    public SqlAlterTable(SqlTokens tokens, String sql, int line, List<Step> steps) {
        this.tokens = tokens;
        this.sql = sql;
        this.line = line;
        this.steps = steps;
    }

    public void read() {
        tokens.accept("ONLY");
        tokens.accept("IF", "EXISTS");
        tokens.accept("ONLY");
        table = tokens.name();
        if (table == null) {
            return;
        }
        for (SqlTokens action : tokens.splitRest()) {
            int before = steps.size();
            action(action);
            if (steps.size() == before && !action.atEnd() && !isOption(action)) {
                Set<Step.Flag> flags = EnumSet.of(Step.Flag.LOCKS_TABLE);
                if (action.containsWord("CONCURRENTLY")) {
                    flags.add(Step.Flag.CONCURRENTLY);
                }
                if (action.peek().isWord("VALIDATE")) {
                    flags = EnumSet.of(Step.Flag.VALIDATES); // reads and writes go on meanwhile
                }
                steps.add(new Step(new Operation.Execute(sql, null), line, flags, table));
            }
        }
    }

    /** MySQL's ALGORITHM=INPLACE, LOCK=NONE ride along as comma-separated actions. */
    private static boolean isOption(SqlTokens a) {
        return (a.peek().isWord("ALGORITHM") || a.peek().isWord("LOCK")) && a.peek(1).is("=");
    }

    private void action(SqlTokens a) {
        if (a.accept("ADD")) {
            add(a);
        } else if (a.accept("DROP")) {
            drop(a);
        } else if (a.accept("ALTER")) {
            a.accept("COLUMN");
            alterColumn(a);
        } else if (a.accept("MODIFY")) {
            a.accept("COLUMN");
            redefine(a, null);
        } else if (a.accept("CHANGE")) {
            a.accept("COLUMN");
            String old = a.name();
            if (old != null) {
                redefine(a, old);
            }
        } else if (a.accept("RENAME")) {
            rename(a);
        }
    }

    private void add(SqlTokens a) {
        boolean column = a.accept("COLUMN");
        a.accept("IF", "NOT", "EXISTS");
        if (!column && SqlDefinitions.startsElement(a)) {
            SqlDefinitions.Element e = SqlDefinitions.element(a, table);
            if (e != null && e.constraint() != null) {
                steps.add(new Step(new Operation.AddConstraint(table, e.constraint()), line, e.flags(), null));
            } else if (e != null && e.index() != null) {
                steps.add(Step.of(new Operation.CreateIndex(e.index()), line));
            }
            return;
        }
        SqlDefinitions.ColumnDef c = SqlDefinitions.column(a);
        if (c != null) {
            steps.add(Step.of(new Operation.AddColumn(table, c.column()), line));
        }
    }

    private void drop(SqlTokens a) {
        if (a.accept("CONSTRAINT") || a.accept("FOREIGN", "KEY") || a.accept("CHECK")) {
            a.accept("IF", "EXISTS");
            String name = a.name();
            if (name != null) {
                steps.add(Step.of(new Operation.DropConstraint(table, name, null), line));
            }
        } else if (a.accept("PRIMARY", "KEY")) {
            steps.add(Step.of(new Operation.DropConstraint(table, table + "_pkey", null), line));
        } else if (a.accept("INDEX") || a.accept("KEY")) {
            String name = a.name();
            if (name != null) {
                steps.add(Step.of(new Operation.DropIndex(table, name, null), line));
            }
        } else {
            a.accept("COLUMN");
            a.accept("IF", "EXISTS");
            String name = a.name();
            if (name != null) {
                steps.add(Step.of(new Operation.DropColumn(table, name, null), line));
            }
        }
    }

    private void alterColumn(SqlTokens a) {
        String column = a.name();
        if (column == null) {
            return;
        }
        if (a.accept("SET", "DATA", "TYPE") || a.accept("TYPE")) {
            int from = a.position();
            while (!a.atEnd() && !a.peek().isWord("USING") && !a.peek().isWord("COLLATE")) {
                a.skipItem();
            }
            alter(column, SqlTypes.parse(a.textFrom(from)), null, null, null);
        } else if (a.accept("SET", "NOT", "NULL")) {
            alter(column, null, false, null, null);
        } else if (a.accept("DROP", "NOT", "NULL") || a.accept("SET", "NULL")) {
            alter(column, null, true, null, null);
        } else if (a.accept("SET", "DEFAULT")) {
            int from = a.position();
            while (!a.atEnd()) {
                a.skipItem();
            }
            alter(column, null, null, new Operation.Default(a.textFrom(from)), null);
        } else if (a.accept("DROP", "DEFAULT")) {
            alter(column, null, null, new Operation.Default(null), null);
        } else if (a.accept("RENAME", "TO")) {
            String to = a.name();
            if (to != null) {
                alter(column, null, null, null, to);
            }
        } else if (a.peek().isName() && !a.peek().isWord("SET") && !a.peek().isWord("DROP") && !a.peek().isWord("ADD")
                && !a.peek().isWord("RESTART")) {
            a.reset(a.position() - 1); // H2: ALTER COLUMN c <new definition>
            redefine(a, null);
        }
    }

    /** MySQL's MODIFY/CHANGE and H2's ALTER COLUMN with a definition: type, nullability and default at once. */
    private void redefine(SqlTokens a, String oldName) {
        SqlDefinitions.ColumnDef def = SqlDefinitions.column(a);
        if (def == null) {
            return;
        }
        Column c = def.column();
        String from = oldName == null ? c.name() : oldName;
        String newName = oldName == null || oldName.equalsIgnoreCase(c.name()) ? null : c.name();
        Operation.Default newDefault = c.defaultSql() == null ? null : new Operation.Default(c.defaultSql());
        alter(from, c.type(), c.nullable(), newDefault, newName);
    }

    private void rename(SqlTokens a) {
        if (a.accept("TO") || a.accept("AS")) {
            String to = a.name();
            if (to != null) {
                steps.add(Step.of(new Operation.RenameTable(table, to), line));
            }
            return;
        }
        if (a.peek().isWord("CONSTRAINT") || a.peek().isWord("INDEX") || a.peek().isWord("KEY")) {
            return;
        }
        a.accept("COLUMN"); // PostgreSQL lets RENAME a TO b mean a column
        String from = a.name();
        if (from != null && a.accept("TO")) {
            String to = a.name();
            if (to != null) {
                alter(from, null, null, null, to);
            }
        }
    }

    private void alter(String column, Type type, Boolean nullable, Operation.Default newDefault, String newName) {
        steps.add(Step.of(new Operation.AlterColumn(table, column, type, null, nullable, null, newDefault, null, newName), line));
    }
}
