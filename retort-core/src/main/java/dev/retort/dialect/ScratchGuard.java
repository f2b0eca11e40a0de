package dev.retort.dialect;

import dev.retort.dialect.sql.SqlSplitter;
import dev.retort.dialect.sql.SqlStatement;
import dev.retort.dialect.sql.SqlToken;
import dev.retort.dialect.sql.SqlLexer;
import dev.retort.RetortException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads every statement of a scratch run with the SQL lexer before anything runs, and refuses
 * (file:line) what could reach past the scratch space: on MySQL/MariaDB, whose server holds
 * every database, a statement naming another database; on PostgreSQL, statements on other
 * databases and on the server; on SQLite, ATTACH of a file and VACUUM INTO; on H2, the commands
 * and functions that read or write files or run code. A name of the database the statements
 * describe (the configured one, or the one a dump declares with its first USE or CREATE
 * DATABASE) is taken to mean the scratch space: MySQL qualifiers and USE are rewritten to it,
 * statements on it as a whole (CREATE/ALTER DATABASE) are left out where they cannot be.
 * With a server meant for scratch work ({@code dedicated}) the server-wide checks are off.
 */
public final class ScratchGuard {
    /** What statements of a scratch run may name. */
    public record Scope(String scratch, Set<String> own, boolean dedicated, boolean declares) {
        public Scope {
            own = Set.copyOf(own);
        }
    }

    /** A statement as it will run (rewritten), or null when it is left out; a refusal says why. */
    public record Verdict(String sql, String refusal) {
        public static final Verdict SKIP = new Verdict(null, null);

        /** The statement runs as written. */
        public static Verdict run(String sql) {
            return new Verdict(sql, null);
        }

        public static Verdict refuse(String why) {
            return new Verdict(null, why);
        }
    }

    private final Dialect dialect;
    private final Scope scope;
    private final Set<String> own;
    private boolean started;

    private ScratchGuard(Dialect dialect, Scope scope) {
        this.dialect = dialect;
        this.scope = scope;
        this.own = new LinkedHashSet<>();
        scope.own().forEach(n -> own.add(n.toLowerCase(Locale.ROOT)));
    }

    /** A guard for one file's statements (a dump declares its database once per file). */
    public static ScratchGuard of(Dialect dialect, Scope scope) {
        return new ScratchGuard(dialect, scope);
    }

    /**
     * A dump file's text without the commands of the client that wrote it (psql's {@code \connect}
     * and {@code \restrict}, sqlite3's {@code .schema}), which are not SQL; lines stay where they were.
     */
    public static String withoutClientCommands(Dialect dialect, String text) {
        String marker = dialect.scratch().clientCommand();
        return marker == null ? text : text.replaceAll("(?m)^[ \t]*" + marker + "[^\n]*", "");
    }

    /** The statements as they will run on the scratch space; a refused one is a usage error naming file and line. */
    public List<SqlStatement> check(String file, List<SqlStatement> statements) {
        List<SqlStatement> out = new ArrayList<>();
        for (SqlStatement st : statements) {
            String sql = check(file, st);
            if (sql != null) {
                out.add(new SqlStatement(sql, st.line()));
            }
        }
        return out;
    }

    /**
     * {@code text} (a revision's upgrade or downgrade, starting on {@code firstLine}) with its
     * statements rewritten in place, so that lines stay where they were; a statement left out
     * becomes a comment.
     */
    public String rewrite(String file, String text, int firstLine) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (SqlStatement st : SqlSplitter.split(text, dialect.syntax(), file, firstLine)) {
            int at = text.indexOf(st.sql(), from);
            String sql = check(file, st);
            out.append(text, from, at).append(sql == null ? "/* left out by the scratch run */ SELECT 1" : sql);
            from = at + st.sql().length();
        }
        return out.append(text.substring(from)).toString();
    }

    /** One statement as it will run, or null when left out. */
    public String check(String file, SqlStatement st) {
        List<SqlToken> tokens = SqlLexer.tokens(st.sql(), dialect.syntax(), st.line());
        if (tokens.isEmpty()) {
            return st.sql();
        }
        Verdict v = dialect.scratch().verdict(this, st.sql(), tokens);
        if (v.refusal() != null) {
            int line = tokens.get(0).line();
            throw RetortException.usage(file + ":" + line + ": " + v.refusal(), hint());
        }
        started = started || !declaresDatabase(tokens);
        return v.sql();
    }

    private String hint() {
        return dialect.scratch().guardHint();
    }

    /** Whether {@code name} (a database) means the scratch space; a dump may declare it before anything else. */
    public boolean isOwn(String name, boolean declaring) {
        String n = name.toLowerCase(Locale.ROOT);
        if (own.contains(n) || n.equals(scope.scratch().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (declaring && scope.declares() && !started) {
            own.add(n);
            return true;
        }
        return false;
    }

    /** Whether the server is meant for scratch work: server-wide checks are off. */
    public boolean dedicated() {
        return scope.dedicated();
    }

    /** The scratch space's name. */
    public String scratch() {
        return scope.scratch();
    }

    private static boolean declaresDatabase(List<SqlToken> t) {
        return t.get(0).isWord("USE") || t.size() > 1 && (t.get(1).isWord("DATABASE") || t.get(1).isWord("SCHEMA"))
                || t.get(0).isWord("SET");
    }

    /** Whether the statement starts with one of {@code words}. */
    public static boolean first(List<SqlToken> t, String... words) {
        for (String w : words) {
            if (t.get(0).isWord(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some word of the statement is one of {@code words}, followed by "(" when {@code call}. */
    public static boolean has(List<SqlToken> t, boolean call, String... words) {
        for (int i = 0; i < t.size(); i++) {
            for (String w : words) {
                if (t.get(i).isWord(w) && (!call || i + 1 < t.size() && t.get(i + 1).is("("))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The {@code i}th token in upper case, or empty past the end. */
    public static String word(List<SqlToken> t, int i) {
        return i < t.size() ? t.get(i).upper() : "";
    }
}
