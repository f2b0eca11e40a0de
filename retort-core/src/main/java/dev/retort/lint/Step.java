package dev.retort.lint;

import dev.retort.Operation;
import java.util.EnumSet;
import java.util.Set;

/**
 * One change a revision's upgrade makes, as lint sees it: an operation of the common change
 * model (SQL statements are classified into the same operations Java revisions record), the
 * file line it comes from, and what the operation model does not say.
 *
 * @param table for an {@link Operation.Execute}, the table the statement works on when known
 */
public record Step(Operation op, int line, Set<Flag> flags, String table) {

    public enum Flag {
        /** PostgreSQL's ADD CONSTRAINT ... NOT VALID: existing rows are checked later, by VALIDATE. */
        NOT_VALID,
        /** PostgreSQL's ADD CONSTRAINT ... USING INDEX: the constraint adopts an index built before. */
        USING_INDEX,
        /** CREATE/DROP INDEX CONCURRENTLY and the like: cannot run inside a transaction. */
        CONCURRENTLY,
        /** SET lock_timeout: later statements give up instead of queueing behind a long lock. */
        SETS_LOCK_TIMEOUT,
        /** ALTER TABLE ... VALIDATE CONSTRAINT: checks the rows of a NOT VALID constraint without blocking writes. */
        VALIDATES,
        /** A table created without a column list lint can read (CREATE TABLE ... AS / LIKE). */
        CREATES_TABLE,
        /**
         * Changes rows, not the schema: UPDATE, INSERT, DELETE or MERGE, or a PostgreSQL DO block
         * whose body runs only such statements (a backfill).
         */
        DATA,
        /** DDL on {@link Step#table} that the operation model does not describe (still takes a lock). */
        LOCKS_TABLE,
        /** Runs outside the revision's transaction (inside Alembic's {@code autocommit_block()}). */
        AUTOCOMMIT
    }

    public Step {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    public static Step of(Operation op, int line, Flag... flags) {
        return new Step(op, line, flags.length == 0 ? Set.of() : EnumSet.of(flags[0], flags), null);
    }

    public boolean has(Flag f) {
        return flags.contains(f);
    }

    /** The table this step changes, or null (data statements, SET ...). */
    public String subject() {
        // a bulk insert or raw SQL is data, not a schema change: it keeps the table the statement named
        String changed = op == null || op instanceof Operation.BulkInsert ? null : op.subject();
        return changed != null ? changed : table;
    }
}
