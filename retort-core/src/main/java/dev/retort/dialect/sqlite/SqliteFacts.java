package dev.retort.dialect.sqlite;

import dev.retort.dialect.LintFacts;

/** SQLite's answers to the questions code outside the dialect package asks (urls: {@link SqliteUrls}). */
public final class SqliteFacts {
    private SqliteFacts() {}

    /** SQLite refuses ADD COLUMN with a non-constant default. */
    public static final LintFacts LINT = new LintFacts(false, false, false, false, false, LintFacts.VolatileDefault.REFUSED);

    /** How an offline script opens a transaction: the sqlite3 shell takes BEGIN TRANSACTION. */
    public static final String BEGIN = "BEGIN TRANSACTION";

    /** Column type of the version tables' short texts: SQLite's TEXT has no length to outgrow. */
    public static final String SHORT_TEXT = "TEXT";
}
