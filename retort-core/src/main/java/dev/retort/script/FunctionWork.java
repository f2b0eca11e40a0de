package dev.retort.script;

import dev.retort.script.AlembicScript.Work;
import dev.retort.script.PyLexer.Kind;
import dev.retort.script.PyLexer.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What one statement of an upgrade or downgrade body does, from its first tokens. */
final class FunctionWork {
    /** Compound statement headers: they do nothing themselves, their bodies are judged on their own. */
    private static final Set<String> HEADERS = Set.of("if", "elif", "else", "try", "except", "finally", "with", "for", "while");
    /** Alembic's schema operations, called on op or on a batch (`with op.batch_alter_table(...) as b`). */
    private static final Set<String> SCHEMA_OPS = Set.of("create_table", "drop_table", "rename_table", "add_column",
            "drop_column", "alter_column", "create_index", "drop_index", "create_foreign_key", "create_unique_constraint",
            "create_check_constraint", "create_primary_key", "create_exclude_constraint", "drop_constraint",
            "create_table_comment", "drop_table_comment", "create_sequence", "drop_sequence");
    private static final Set<String> DATA_SQL = Set.of("update", "insert", "delete", "select", "with", "merge", "replace");

    private FunctionWork() {}

    static Work of(List<Token> t) {
        if (t.isEmpty() || trivial(t)) {
            return Work.NOTHING;
        }
        if (t.get(0).kind() == Kind.NAME && HEADERS.contains(t.get(0).text())) {
            int colon = colon(t);
            // An inline body after the colon (`if skip: return`) is judged like any other line.
            return colon < 0 || colon == t.size() - 1 ? Work.NOTHING : of(t.subList(colon + 1, t.size()));
        }
        Work w = Work.OTHER;
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.get(i + 1).is(".") && t.get(i + 2).kind() == Kind.NAME) {
                String call = t.get(i + 2).text();
                if (call.equals("execute") || call.equals("exec_driver_sql")) {
                    return sql(t, i + 3);
                }
                if (call.equals("bulk_insert")) {
                    return Work.DATA;
                }
                if (SCHEMA_OPS.contains(call)) {
                    return Work.SCHEMA;
                }
                if (t.get(i).is("op")) {
                    return call.equals("get_bind") || call.equals("get_context") ? Work.OTHER : Work.SCHEMA;
                }
            }
        }
        return w;
    }

    /** An execute call: data when its first string literal is DML, schema when it is other SQL. */
    private static Work sql(List<Token> t, int from) {
        for (int i = from; i < t.size(); i++) {
            if (t.get(i).kind() == Kind.STRING) {
                String text = t.get(i).value().strip();
                int end = 0;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                return DATA_SQL.contains(text.substring(0, end).toLowerCase(Locale.ROOT)) ? Work.DATA : Work.SCHEMA;
            }
        }
        return Work.OTHER;
    }

    private static int colon(List<Token> t) {
        int depth = t.get(0).depth();
        for (int i = 1; i < t.size(); i++) {
            if (t.get(i).is(":") && t.get(i).depth() == depth) {
                return i;
            }
        }
        return -1;
    }

    private static boolean trivial(List<Token> t) {
        if (t.size() == 1) {
            Token k = t.get(0);
            return k.is("pass") || k.is("...") || k.is("return") || k.kind() == Kind.STRING;
        }
        return t.size() == 2 && t.get(0).is("return") && t.get(1).is("None");
    }
}
