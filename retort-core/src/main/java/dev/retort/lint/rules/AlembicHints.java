package dev.retort.lint.rules;

import java.util.Map;

/**
 * The safer way in an Alembic user's words: the rules' fixes name SQL headers and Java calls,
 * which an Alembic revision says with {@code op.*} keywords and {@code # retort: allow}.
 */
public final class AlembicHints {
    private static final String AUTOCOMMIT = "with op.get_context().autocommit_block():";

    /** Codes whose whole fix is about a revision's syntax. */
    private static final Map<String, String> FIXES = Map.of(
            "create-index-not-concurrently", "op.create_index(..., postgresql_concurrently=True) inside '" + AUTOCOMMIT
                    + "', in a revision of its own",
            "concurrently-in-transaction", "move the call inside '" + AUTOCOMMIT + "' (Alembic commits the revision's "
                    + "transaction before the block and starts a new one after it)",
            "missing-lock-timeout", "start upgrade() with op.execute(\"SET lock_timeout = '5s'\") and run it again if it times out",
            "transaction-control", "remove it (the revision's transaction is committed for you), or run the work that must "
                    + "not be in a transaction inside '" + AUTOCOMMIT + "'");

    private AlembicHints() {}

    public static String fix(String code, String fix) {
        String own = FIXES.get(code);
        if (own != null) {
            return own;
        }
        return fix.replace("'-- retort:allow ", "'# retort: allow ")
                .replace("'Transaction: none'", "'" + AUTOCOMMIT + "'")
                .replace(" (Java: op.execute(...))", " (op.create_foreign_key(..., postgresql_not_valid=True), then op.execute(...))");
    }
}
