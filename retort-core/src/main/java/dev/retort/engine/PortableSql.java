package dev.retort.engine;

import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Portability;
import dev.retort.dialect.sql.SqlConstruct;
import dev.retort.dialect.sql.SqlSyntax;
import dev.retort.dialect.sql.SqlConstructs;
import dev.retort.dialect.sql.SqlSplitter;
import dev.retort.dialect.sql.SqlStatement;
import dev.retort.script.SqlScript;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The SQL of a revision that will not run on a database the project lists ([retort] dialects):
 * each section is checked against the databases that run it (a {@code -- +upgrade postgresql}
 * section against PostgreSQL only, the generic one against every listed database without a
 * section of its own), each statement as that database's lexer reads it. What a database refuses
 * is its folder's {@link Portability}. Shared by lint's not-portable rule and doctor's check.
 */
public final class PortableSql {
    private PortableSql() {}

    /**
     * Which databases to check and which one the generic SQL was written for (to split it).
     *
     * @param listed     the databases the revisions must run on
     * @param writtenFor the database the generic sections are written for (the configured url's), or null
     */
    public record Targets(List<Dialect> listed, Dialect writtenFor) {
        public Targets {
            listed = List.copyOf(listed);
        }

        public static final Targets NONE = new Targets(List.of(), null);

        /**
         * Whether there is anything to check: a project on one database, the one its SQL is
         * written for, has nothing to port.
         */
        public boolean active() {
            return listed.size() > 1 || listed.size() == 1 && writtenFor != null && !listed.get(0).equals(writtenFor);
        }
    }

    /**
     * One statement a database will refuse.
     *
     * @param construct what it refuses, or null for a column type
     * @param what      the construct or type, for messages
     * @param text      the statement's first line
     */
    public record Problem(Dialect database, int line, SqlConstruct construct, String what, String text, String reason,
                          String direction, boolean generic) {}

    public static List<Problem> check(SqlScript script, Targets targets) {
        List<Problem> out = new ArrayList<>();
        if (!targets.active()) {
            return out;
        }
        Map<String, Dialect> named;
        try {
            named = SqlSections.databases(script);
        } catch (RetortException unknownSection) {
            return out; // lint and doctor report an unreadable file elsewhere
        }
        direction(script.upgrade(), script.upgrades(), named, targets, "upgrade", out);
        direction(script.downgrade(), script.downgrades(), named, targets, "downgrade", out);
        out.sort(Comparator.comparingInt(Problem::line));
        return out;
    }

    private static void direction(SqlScript.Section generic, Map<String, SqlScript.Section> sections, Map<String, Dialect> named,
                                  Targets targets, String direction, List<Problem> out) {
        List<Dialect> forGeneric = new ArrayList<>();
        for (Dialect d : targets.listed()) {
            boolean own = sections.keySet().stream().anyMatch(name -> d.equals(named.get(name)));
            if (!own) {
                forGeneric.add(d);
            }
        }
        if (generic.isPresent() && !forGeneric.isEmpty()) {
            Dialect splitter = targets.writtenFor() != null ? targets.writtenFor() : targets.listed().get(0);
            section(generic, splitter.syntax(), forGeneric, direction, true, out);
        }
        for (Map.Entry<String, SqlScript.Section> e : sections.entrySet()) {
            Dialect d = named.get(e.getKey());
            if (targets.listed().contains(d)) {
                section(e.getValue(), d.syntax(), List.of(d), direction, false, out);
            }
        }
    }

    private static void section(SqlScript.Section section, SqlSyntax split, List<Dialect> databases, String direction,
                                boolean generic, List<Problem> out) {
        List<SqlStatement> statements;
        try {
            statements = SqlSplitter.split(section.sql(), split, "<sql>", section.startLine());
        } catch (RetortException unterminated) {
            return; // the run reports it with its line; nothing can be said of the statements here
        }
        for (SqlStatement s : statements) {
            for (Dialect d : databases) {
                out.addAll(statement(s, d, direction, generic));
            }
        }
    }

    /** Raw SQL that runs on every database (a Java revision's {@code execute}), checked against every listed one. */
    public static List<Problem> everywhere(String sql, int line, Targets targets) {
        List<Problem> out = new ArrayList<>();
        if (targets.active()) {
            for (Dialect d : targets.listed()) {
                out.addAll(statement(new SqlStatement(sql, line), d, "upgrade", true));
            }
        }
        return out;
    }

    /** What {@code database} refuses of one statement. */
    public static List<Problem> statement(SqlStatement s, Dialect database, String direction, boolean generic) {
        List<Problem> out = new ArrayList<>();
        Portability p = database.portability();
        for (SqlConstructs.Found f : SqlConstructs.of(s.sql(), s.line(), database.syntax())) {
            String reason = f.construct() != null ? p.refuses(f.construct()) : p.refusesType(f.type());
            if (reason != null) {
                String what = f.construct() != null ? f.construct().label() : "the type " + f.type().text();
                out.add(new Problem(database, f.at().line(), f.construct(), what, snippet(s.sql()), reason, direction, generic));
            }
        }
        return out;
    }

    /** The statement's first line, shortened, to show which one is meant. */
    private static String snippet(String sql) {
        String first = sql.strip().lines().findFirst().orElse("");
        return first.length() > 60 ? first.substring(0, 57) + "..." : first;
    }
}
