package dev.retort.junit;

import dev.retort.support.TestDatabases;

/** The samples on a H2 database named by retort.url (fresh tests get their own beside it). */
class H2ExtensionTest extends ExtensionContract {
    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.H2;
    }
}
