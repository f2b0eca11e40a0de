package dev.retort.junit;

import dev.retort.support.TestDatabases;

/** No url anywhere: the extension's default, a SQLite file in a temporary folder. */
class SqliteExtensionTest extends ExtensionContract {
    @Override
    TestDatabases.Kind kind() {
        return null;
    }
}
