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

    /** A statement as it will run (rewritten), or null when it is left out. */
    record Verdict(String sql, String refusal) {
        static final Verdict SKIP = new Verdict(null, null);

        static Verdict refuse(String why) {
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
        String marker = switch (dialect.name()) {
            case "postgresql" -> "\\\\";
            case "sqlite" -> "\\.";
            default -> null;
        };
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
        Verdict v = switch (dialect.name()) {
            case "mysql" -> new MysqlScratchRules(this, st.sql(), tokens).verdict();
            case "postgresql" -> postgres(st.sql(), tokens);
            case "sqlite" -> sqlite(st.sql(), tokens);
            default -> h2(st.sql(), tokens);
        };
        if (v.refusal() != null) {
            int line = tokens.get(0).line();
            throw RetortException.usage(file + ":" + line + ": " + v.refusal(), hint());
        }
        started = started || !declaresDatabase(tokens);
        return v.sql();
    }

    private String hint() {
        return switch (dialect.name()) {
            case "mysql" -> "scratch work runs in a database of its own on the same server as yours: name tables without "
                    + "a database (or with the configured one), or set [verify] url / [model] scratch_url to a server meant"
                    + " for scratch work";
            case "postgresql" -> "scratch work runs in a database of its own on your server: leave server-wide changes out"
                    + " of the file, or set [verify] url / [model] scratch_url to a server meant for scratch work";
            default -> "scratch work must not reach files: leave this statement out of the file";
        };
    }

    /** Whether {@code name} (a database) means the scratch space; a dump may declare it before anything else. */
    boolean isOwn(String name, boolean declaring) {
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

    boolean dedicated() {
        return scope.dedicated();
    }

    String scratch() {
        return scope.scratch();
    }

    private static boolean declaresDatabase(List<SqlToken> t) {
        return t.get(0).isWord("USE") || t.size() > 1 && (t.get(1).isWord("DATABASE") || t.get(1).isWord("SCHEMA"))
                || t.get(0).isWord("SET");
    }

    static boolean first(List<SqlToken> t, String... words) {
        for (String w : words) {
            if (t.get(0).isWord(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some word of the statement is one of {@code words}, followed by "(" when {@code call}. */
    static boolean has(List<SqlToken> t, boolean call, String... words) {
        for (int i = 0; i < t.size(); i++) {
            for (String w : words) {
                if (t.get(i).isWord(w) && (!call || i + 1 < t.size() && t.get(i + 1).is("("))) {
                    return true;
                }
            }
        }
        return false;
    }

    static String word(List<SqlToken> t, int i) {
        return i < t.size() ? t.get(i).upper() : "";
    }

    private Verdict postgres(String sql, List<SqlToken> t) {
        String verb = word(t, 0);
        String object = word(t, 1);
        if ((verb.equals("CREATE") || verb.equals("DROP") || verb.equals("ALTER")) && object.equals("DATABASE")) {
            int i = 2;
            while (i < t.size() && (t.get(i).isWord("IF") || t.get(i).isWord("NOT") || t.get(i).isWord("EXISTS"))) {
                i++;
            }
            if (i < t.size() && isOwn(t.get(i).name(), verb.equals("CREATE"))) {
                return Verdict.SKIP; // the database the file describes: the scratch database stands for it
            }
            return scope.dedicated() ? new Verdict(sql, null) : Verdict.refuse(verb + " DATABASE reaches another database on the server");
        }
        if (scope.dedicated()) {
            return new Verdict(sql, null);
        }
        if (verb.equals("ALTER") && object.equals("SYSTEM")) {
            return Verdict.refuse("ALTER SYSTEM changes the whole server");
        }
        if ((verb.equals("DROP") || verb.equals("ALTER")) && (object.equals("ROLE") || object.equals("USER")
                || object.equals("GROUP") || object.equals("TABLESPACE"))) {
            return Verdict.refuse(verb + " " + object + " changes the whole server, not only the scratch database");
        }
        if (verb.equals("COPY") && (has(t, false, "PROGRAM") || t.stream().anyMatch(x -> x.kind() == SqlToken.Kind.STRING))) {
            return Verdict.refuse("COPY with a server file or program reaches past the scratch database");
        }
        if (verb.equals("CREATE") && has(t, false, "EXTENSION") && has(t, false, "DBLINK", "POSTGRES_FDW", "FILE_FDW")) {
            return Verdict.refuse("this extension reaches other databases or files");
        }
        if (has(t, true, "DBLINK", "DBLINK_EXEC", "DBLINK_CONNECT", "PG_READ_FILE", "PG_READ_BINARY_FILE", "LO_IMPORT",
                "LO_EXPORT", "PG_FILE_WRITE")) {
            return Verdict.refuse("this function reaches other databases or files");
        }
        return new Verdict(sql, null);
    }

    private Verdict sqlite(String sql, List<SqlToken> t) {
        if (t.get(0).isWord("ATTACH")) {
            int i = t.size() > 1 && t.get(1).isWord("DATABASE") ? 2 : 1;
            boolean memory = i + 1 < t.size() && t.get(i).kind() == SqlToken.Kind.STRING
                    && (t.get(i).name().equals(":memory:") || t.get(i).name().isEmpty()) && t.get(i + 1).isWord("AS");
            return memory ? new Verdict(sql, null) : Verdict.refuse("ATTACH DATABASE of a file reaches past the scratch"
                    + " database (only ':memory:' may be attached)");
        }
        if (t.get(0).isWord("VACUUM") && has(t, false, "INTO")) {
            return Verdict.refuse("VACUUM INTO writes a file");
        }
        if (t.get(0).isWord("CREATE") && t.size() > 2 && t.get(1).isWord("TABLE") && t.get(2).name().toLowerCase(Locale.ROOT)
                .matches("sqlite_(sequence|stat\\d)")) {
            return Verdict.SKIP; // sqlite3's .schema prints SQLite's own tables, which SQLite makes itself
        }
        return new Verdict(sql, null);
    }

    private Verdict h2(String sql, List<SqlToken> t) {
        if (first(t, "RUNSCRIPT", "BACKUP") || t.get(0).isWord("SCRIPT") && has(t, false, "TO")) {
            return Verdict.refuse(word(t, 0) + " reads or writes files");
        }
        if (t.get(0).isWord("CREATE") && (has(t, false, "LINKED") || word(t, 1).equals("ALIAS")
                || word(t, 1).equals("TRIGGER") && has(t, false, "AS"))) {
            return Verdict.refuse("CREATE " + (has(t, false, "LINKED") ? "LINKED TABLE reaches another database"
                    : word(t, 1) + " runs Java code"));
        }
        if (has(t, true, "LINK_SCHEMA", "CSVWRITE", "CSVREAD", "FILE_READ", "FILE_WRITE")) {
            return Verdict.refuse("this function reads or writes files or other databases");
        }
        return new Verdict(sql, null);
    }
}
