package dev.retort.dialect.sqlite;

import dev.retort.dialect.sql.SqlSyntax;
import dev.retort.dialect.sql.SqlLexer;
import dev.retort.dialect.sql.SqlToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One SQLite column definition split into name, declared type and constraint clauses, so that a
 * rebuild can change the type, nullability or default and keep every other clause as written.
 */
record SqliteColumnSql(String name, String type, List<Clause> clauses) {

    /** A clause: its keyword (NOT, NULL, DEFAULT, PRIMARY, ...) and optional constraint name. */
    record Clause(String text, String keyword, String constraintName) {}

    private static final Set<String> STARTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "DEFAULT", "COLLATE",
            "REFERENCES", "GENERATED");

    static SqliteColumnSql parse(String source) {
        List<SqlToken> tokens = SqlLexer.tokens(source, SqlSyntax.SQLITE, 1);
        int i = 1;
        int typeEnd = skipTo(tokens, i);
        String type = typeEnd > i ? text(source, tokens, i, typeEnd) : "";
        i = typeEnd;
        List<Clause> clauses = new ArrayList<>();
        while (i < tokens.size()) {
            int start = i;
            String name = null;
            if (tokens.get(i).upper().equals("CONSTRAINT")) {
                name = tokens.get(i + 1).name();
                i += 2;
            }
            String keyword = tokens.get(i).upper();
            i++;
            if (keyword.equals("DEFAULT")) {
                i = term(tokens, i);
            } else {
                i = skipTo(tokens, i);
            }
            clauses.add(new Clause(text(source, tokens, start, i), keyword, name));
        }
        return new SqliteColumnSql(source.substring(tokens.get(0).start(), tokens.get(0).end()), type, clauses);
    }

    String render() {
        StringBuilder sb = new StringBuilder(name);
        if (!type.isEmpty()) {
            sb.append(' ').append(type);
        }
        clauses.forEach(c -> sb.append(' ').append(c.text()));
        return sb.toString();
    }

    SqliteColumnSql withType(String newType) {
        return new SqliteColumnSql(name, newType, clauses);
    }

    /** Drops clauses with one of {@code keywords}, then puts {@code clause} (if any) first. */
    SqliteColumnSql replacing(Set<String> keywords, String clause) {
        List<Clause> kept = new ArrayList<>();
        if (clause != null) {
            kept.add(new Clause(clause, "", null));
        }
        clauses.stream().filter(c -> !keywords.contains(c.keyword())).forEach(kept::add);
        return new SqliteColumnSql(name, type, kept);
    }

    SqliteColumnSql withoutConstraint(String constraintName) {
        return new SqliteColumnSql(name, type,
                clauses.stream().filter(c -> c.constraintName() == null || !c.constraintName().equalsIgnoreCase(constraintName)).toList());
    }

    boolean hasConstraint(String constraintName) {
        return clauses.stream().anyMatch(c -> c.constraintName() != null && c.constraintName().equalsIgnoreCase(constraintName));
    }

    /** The first index at or after {@code i}, outside parentheses, where a new clause begins. */
    private static int skipTo(List<SqlToken> t, int i) {
        int depth = 0;
        for (; i < t.size(); i++) {
            SqlToken k = t.get(i);
            if (k.is("(")) {
                depth++;
            } else if (k.is(")")) {
                depth--;
            } else if (depth == 0 && startsClause(t, i)) {
                return i;
            }
        }
        return i;
    }

    private static boolean startsClause(List<SqlToken> t, int i) {
        String w = t.get(i).upper();
        String prev = i > 0 ? t.get(i - 1).upper() : "";
        String next = i + 1 < t.size() ? t.get(i + 1).upper() : "";
        return STARTS.contains(w)
                || (w.equals("AS") && !prev.equals("ALWAYS"))
                || (w.equals("NOT") && next.equals("NULL"))
                || (w.equals("NULL") && !prev.equals("NOT") && !prev.equals("SET"));
    }

    /** Past a DEFAULT's value: a parenthesised expression, a signed number, or one token. */
    private static int term(List<SqlToken> t, int i) {
        if (i >= t.size()) {
            return i;
        }
        if (t.get(i).is("(")) {
            int depth = 0;
            for (; i < t.size(); i++) {
                depth += t.get(i).is("(") ? 1 : t.get(i).is(")") ? -1 : 0;
                if (depth == 0) {
                    return i + 1;
                }
            }
            return i;
        }
        return (t.get(i).is("-") || t.get(i).is("+")) ? i + 2 : i + 1;
    }

    private static String text(String source, List<SqlToken> t, int from, int to) {
        return source.substring(t.get(from).start(), t.get(Math.min(to, t.size()) - 1).end());
    }
}
