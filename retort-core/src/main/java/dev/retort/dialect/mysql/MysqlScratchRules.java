package dev.retort.dialect.mysql;

import dev.retort.dialect.ScratchGuard;
import dev.retort.dialect.sql.SqlToken;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * One MySQL/MariaDB statement of a scratch run, read for the databases it names. A name is a
 * database when it is USE's or CREATE/ALTER/DROP DATABASE's, or the qualifier of a dotted name
 * that can only be a database: three parts (db.table.column), a call or a table with columns
 * ({@code db.x(}), or a name where a table goes (after FROM, JOIN, INTO, UPDATE, TABLE,
 * REFERENCES, TO, LIKE in CREATE, ..., and after a comma in such a list). Elsewhere a dotted
 * name is table.column. The configured database and the one a dump declares are rewritten to
 * the scratch database; any other is refused, as are server-wide statements.
 */
final class MysqlScratchRules {
    /** After these words a dotted name is a table (or routine, view, trigger, event). */
    private static final Set<String> TABLE_NEXT = Set.of("FROM", "JOIN", "INTO", "UPDATE", "TABLE", "TABLES", "REFERENCES",
            "TO", "VIEW", "TRIGGER", "PROCEDURE", "FUNCTION", "EVENT", "CALL", "TRUNCATE", "EXISTS", "RENAME", "AS", "DELETE",
            "REPLACE", "INSERT", "IGNORE", "LOW_PRIORITY", "QUICK", "DELAYED", "HIGH_PRIORITY", "USING", "STRAIGHT_JOIN",
            "DESCRIBE", "DESC", "EXPLAIN", "HANDLER", "SEQUENCE", "PACKAGE", "BODY");
    /** These words start a list of tables, in which a comma is followed by another table. */
    private static final Set<String> TABLE_LISTS = Set.of("FROM", "JOIN", "UPDATE", "TABLE", "TABLES", "INTO", "USING",
            "STRAIGHT_JOIN", "TRUNCATE", "DELETE");
    /** These words start expressions, in which a comma is followed by a column. */
    private static final Set<String> EXPRESSIONS = Set.of("SELECT", "WHERE", "SET", "ON", "BY", "HAVING", "VALUES", "VALUE",
            "RETURNING", "WHEN", "CASE", "LIMIT", "WINDOW", "OVER");
    /** Statements that reach the server, not one database; refused unless the server is meant for scratch work. */
    private static final Set<String> SERVER_VERBS = Set.of("SHUTDOWN", "KILL", "RESTART", "INSTALL", "UNINSTALL", "PURGE",
            "CHANGE", "RESET");
    private static final Set<String> ACCOUNTS = Set.of("USER", "SERVER");
    private static final Set<String> READ_ONLY = Set.of("information_schema");

    private final ScratchGuard guard;
    private final String sql;
    private final List<SqlToken> t;
    /** Replacements by token start: the token's end and the new text. */
    private final TreeMap<Integer, String[]> edits = new TreeMap<>();

    MysqlScratchRules(ScratchGuard guard, String sql, List<SqlToken> tokens) {
        this.guard = guard;
        this.sql = sql;
        this.t = tokens;
    }

    ScratchGuard.Verdict verdict() {
        String verb = ScratchGuard.word(t, 0);
        String object = ScratchGuard.word(t, 1);
        if (verb.equals("USE")) {
            return t.size() > 1 && t.get(1).isName() ? database(t.get(1), true) : refuse("USE without a database");
        }
        if ((verb.equals("CREATE") || verb.equals("DROP") || verb.equals("ALTER"))
                && (object.equals("DATABASE") || object.equals("SCHEMA"))) {
            int i = 2;
            while (i < t.size() && (t.get(i).isWord("IF") || t.get(i).isWord("NOT") || t.get(i).isWord("EXISTS"))) {
                i++;
            }
            boolean named = i < t.size() && (t.get(i).kind() == SqlToken.Kind.QUOTED || t.get(i).kind() == SqlToken.Kind.WORD
                    && !Set.of("CHARACTER", "CHARSET", "DEFAULT", "COLLATE", "COMMENT", "UPGRADE").contains(t.get(i).upper()));
            if (!named) {
                return ScratchGuard.Verdict.run(sql); // ALTER DATABASE CHARACTER SET ...: the current one, the scratch
            }
            ScratchGuard.Verdict v = database(t.get(i), !verb.equals("ALTER"));
            // CREATE or DROP of the database the statements describe: the scratch database stands for it already
            return v.refusal() != null || verb.equals("ALTER") ? v : ScratchGuard.Verdict.SKIP;
        }
        if (!guard.dedicated()) {
            String server = serverWide(verb, object);
            if (server != null) {
                return refuse(server);
            }
        }
        Deque<Boolean> tableList = new ArrayDeque<>();
        tableList.push(false);
        for (int i = 0; i < t.size(); i++) {
            SqlToken k = t.get(i);
            if (k.is("(")) {
                tableList.push(false);
            } else if (k.is(")") && tableList.size() > 1) {
                tableList.pop();
            } else if (k.kind() == SqlToken.Kind.WORD && TABLE_LISTS.contains(k.upper())) {
                tableList.pop();
                tableList.push(true);
            } else if (k.kind() == SqlToken.Kind.WORD && EXPRESSIONS.contains(k.upper())) {
                tableList.pop();
                tableList.push(false);
            } else if (k.isName() && (i == 0 || !t.get(i - 1).is(".") && !t.get(i - 1).is("@"))) {
                int end = dottedEnd(i);
                if (end > i && isDatabase(i, end, tableList.peek())) {
                    ScratchGuard.Verdict v = database(k, false);
                    if (v.refusal() != null) {
                        return v;
                    }
                }
                i = end;
            }
        }
        return new ScratchGuard.Verdict(edited(), null);
    }

    /** Index of the last part of the dotted name starting at {@code i} (i itself when not dotted). */
    private int dottedEnd(int i) {
        int j = i;
        while (j + 2 < t.size() && t.get(j + 1).is(".") && (t.get(j + 2).isName() || t.get(j + 2).is("*"))) {
            j += 2;
        }
        return j;
    }

    private boolean isDatabase(int first, int last, boolean inTableList) {
        if (last - first >= 4) {
            return true; // db.table.column
        }
        if (t.get(last).is("*")) {
            return ScratchGuard.first(t, "GRANT", "REVOKE"); // GRANT ... ON db.*; elsewhere table.*
        }
        if (last + 1 < t.size() && t.get(last + 1).is("(")) {
            return true; // db.routine(...), CREATE TABLE db.t (...), INSERT INTO db.t (...)
        }
        if (first == 0) {
            return false;
        }
        SqlToken before = t.get(first - 1);
        String w = before.upper();
        if (TABLE_NEXT.contains(w)) {
            return true;
        }
        if (w.equals("LIKE") || w.equals("ON")) {
            return ScratchGuard.first(t, "CREATE", "DROP", "GRANT", "REVOKE", "ALTER"); // CREATE TABLE a LIKE db.b, ON db.t
        }
        return before.is(",") && inTableList;
    }

    /** A database name: the scratch database's stand-ins are rewritten to it, information_schema is read only, others refused. */
    private ScratchGuard.Verdict database(SqlToken name, boolean declaring) {
        if (guard.isOwn(name.name(), declaring)) {
            edits.put(name.start(), new String[] {String.valueOf(name.end()), "`" + guard.scratch().replace("`", "``") + "`"});
            return new ScratchGuard.Verdict(edited(), null);
        }
        if (READ_ONLY.contains(name.name().toLowerCase(java.util.Locale.ROOT)) && !ScratchGuard.first(t, "USE")) {
            return new ScratchGuard.Verdict(edited(), null);
        }
        if (guard.dedicated()) {
            return new ScratchGuard.Verdict(edited(), null);
        }
        return refuse("names database '" + name.name() + "', which is not the scratch database's to reach");
    }

    private String serverWide(String verb, String object) {
        if (SERVER_VERBS.contains(verb) || (verb.equals("CREATE") || verb.equals("DROP") || verb.equals("ALTER")
                || verb.equals("RENAME")) && ACCOUNTS.contains(object)) {
            return verb + (ACCOUNTS.contains(object) ? " " + object : "") + " changes the whole server";
        }
        if (verb.equals("LOAD") && (object.equals("DATA") || object.equals("XML"))) {
            return "LOAD " + object + " reads a file";
        }
        for (int i = 0; i + 1 < t.size(); i++) {
            String w = t.get(i).upper();
            String next = t.get(i + 1).upper();
            if (w.equals("INTO") && (next.equals("OUTFILE") || next.equals("DUMPFILE"))) {
                return "INTO " + next + " writes a file";
            }
            if (verb.equals("SET") && (w.equals("GLOBAL") || w.equals("PERSIST") || w.equals("PERSIST_ONLY"))
                    && (i == 0 || !t.get(i - 1).is("."))) {
                return "SET " + w + " changes the whole server";
            }
            if (w.equals("ENGINE") && t.get(i + 1).is("=") && i + 2 < t.size()
                    && Set.of("CONNECT", "FEDERATED", "FEDERATEDX", "SPIDER").contains(t.get(i + 2).upper())) {
                return "ENGINE=" + t.get(i + 2).text() + " reaches files or other servers";
            }
            if (t.get(i).is("*") && t.get(i + 1).is(".") && ScratchGuard.first(t, "GRANT", "REVOKE")) {
                return "*.* names every database";
            }
        }
        return null;
    }

    private ScratchGuard.Verdict refuse(String why) {
        return ScratchGuard.Verdict.refuse(why);
    }

    private String edited() {
        if (edits.isEmpty()) {
            return sql;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (var e : edits.entrySet()) {
            out.append(sql, from, e.getKey()).append(e.getValue()[1]);
            from = Integer.parseInt(e.getValue()[0]);
        }
        return out.append(sql.substring(from)).toString();
    }
}
