package dev.retort.lint.rules;

import dev.retort.lint.Step;
import dev.retort.Column;
import dev.retort.Operation;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A column added to an existing table with a default computed per row (now(), random(), a
 * generated uuid, a sequence): every existing row must be written, so the table is rewritten.
 */
public final class VolatileDefaultRule implements Rule {
    static final Code CODE = new Code("volatile-default", Severity.WARNING,
            "A column with a volatile default is added to an existing table");

    private static final Pattern VOLATILE = Pattern.compile("(?i)\\b(now|current_timestamp|current_date|current_time|"
            + "localtimestamp|localtime|sysdate|random|rand|gen_random_uuid|uuid_generate_v[1-4]|uuid|random_uuid|"
            + "clock_timestamp|statement_timestamp|transaction_timestamp|timeofday|nextval|unix_timestamp|utc_timestamp)\\b");

    @Override
    public List<Code> codes() {
        return List.of(CODE);
    }

    @Override
    public List<Finding> inspect(LintContext c) {
        List<Finding> out = new ArrayList<>();
        for (Step s : c.steps()) {
            if (!(s.op() instanceof Operation.AddColumn a) || c.createdHere(a.table())) {
                continue;
            }
            Column col = a.column();
            boolean computed = col.defaultSql() != null && VOLATILE.matcher(col.defaultSql()).find();
            if (!computed && !col.autoIncrement()) {
                continue;
            }
            String what = computed ? "default " + col.defaultSql() : "generated values";
            out.add(c.finding(CODE, s.line(), "adds " + a.table() + "." + col.name() + " with " + what,
                    why(c) + "; the release still running meanwhile waits on the table",
                    "add the column without a default (or with a constant one), then SET DEFAULT for new rows "
                            + "and fill the existing rows in batches"));
        }
        return out;
    }

    private static String why(LintContext c) {
        return switch (c.facts().volatileDefault()) {
            case COPIES_TABLE -> "MariaDB and MySQL cannot add it instantly: they copy the whole table";
            case REFUSED -> "SQLite refuses ADD COLUMN with a non-constant default, so the revision fails";
            case REWRITES_TABLE -> "the value differs per row, so every existing row is written: PostgreSQL rewrites the table "
                    + "under an ACCESS EXCLUSIVE lock (before version 11 any default did), MariaDB and MySQL copy it";
        };
    }
}
