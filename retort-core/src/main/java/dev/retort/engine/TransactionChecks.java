package dev.retort.engine;

import dev.retort.Direction;
import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.sql.SqlSplitter;
import dev.retort.dialect.sql.SqlStatement;
import dev.retort.dialect.TransactionControl;
import dev.retort.script.TransactionMode;
import java.util.List;

/**
 * Refuses COMMIT, ROLLBACK, BEGIN and the like in a revision Retort runs in a transaction, before
 * anything of the run executes: such a statement would commit part of the revision (or of the run)
 * behind Retort's back, and a later failure would be reported as rolled back when it was not.
 */
final class TransactionChecks {
    private TransactionChecks() {}

    /** Checks the SQL revisions of a plan; Java revisions are checked statement by statement as they run. */
    static void refuse(Dialect dialect, Direction direction, List<RevisionScript> plan) {
        for (RevisionScript s : plan) {
            if (s.java() != null || s.mode() == TransactionMode.NONE) {
                continue;
            }
            boolean up = direction == Direction.UPGRADE;
            for (SqlStatement st : SqlSplitter.split(up ? s.upgradeSql() : s.downgradeSql(), dialect.syntax(), s.file(),
                    up ? s.upgradeLine() : s.downgradeLine())) {
                String keyword = TransactionControl.of(st.sql());
                if (keyword != null) {
                    throw refusal(s.file() + ":" + st.line(), keyword);
                }
            }
        }
    }

    /** The statement, run by a transactional revision, is transaction control: refuse it. */
    static void refuseStatement(String where, String sql) {
        String keyword = TransactionControl.of(sql);
        if (keyword != null) {
            throw refusal(where, keyword);
        }
    }

    private static RetortException refusal(String where, String keyword) {
        return RetortException.usage(where + ": " + keyword + " inside a revision that runs in a transaction: it would "
                        + "commit or discard part of the revision behind Retort's back",
                "remove it (Retort commits the revision itself), or run the revision outside a transaction with "
                        + "'-- Transaction: none' in its header (Java: transaction = \"none\")");
    }
}
