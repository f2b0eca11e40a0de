package dev.retort.dialect;

import dev.retort.dialect.sql.TypeName;
import dev.retort.dialect.sql.SqlConstruct;
/**
 * What one database refuses of SQL written for another: lint's {@code not-portable} rule and
 * doctor's check ask it for every database a project lists. Each answer is the database's truth,
 * proven by a test that runs the refused SQL on the real database and sees it fail.
 */
public interface Portability {
    /** Why this database refuses {@code c} and what to write instead; null when it accepts it. */
    String refuses(SqlConstruct c);

    /** Why this database refuses the column type and what to write instead; null when it accepts it. */
    String refusesType(TypeName type);

    /** A database that accepts everything (the default of a dialect that says nothing). */
    Portability ANYTHING = new Portability() {
        @Override
        public String refuses(SqlConstruct c) {
            return null;
        }

        @Override
        public String refusesType(TypeName type) {
            return null;
        }
    };
}
