package dev.retort.junit;

import dev.retort.support.TestDatabases;

/** The samples on a MARIADB database named by retort.url (fresh tests get their own beside it). */
class MariadbExtensionTest extends ExtensionContract {
    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.MARIADB;
    }
}
