package dev.retort.junit;

import dev.retort.support.TestDatabases;
import org.junit.jupiter.api.Test;

/** No url anywhere: the extension's default, a SQLite file in a temporary folder. */
class SqliteExtensionTest extends ExtensionContract {
    @Override
    TestDatabases.Kind kind() {
        return null;
    }

    @Test
    void registeredWithASuppliedUrlMigratesThatDatabase() {
        passes(run(Samples.Registered.class, SampleProject.Variant.GOOD), 2);
    }
}
