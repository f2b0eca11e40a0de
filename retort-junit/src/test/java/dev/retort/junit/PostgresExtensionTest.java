package dev.retort.junit;

import dev.retort.support.TestDatabases;

/** The samples on a POSTGRESQL database named by retort.url (fresh tests get their own beside it). */
class PostgresExtensionTest extends ExtensionContract {
    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.POSTGRESQL;
    }
}
