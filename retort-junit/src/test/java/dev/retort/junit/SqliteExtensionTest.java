package dev.retort.junit;

/** No url anywhere: the extension's default, a SQLite file in a temporary folder. */
class SqliteExtensionTest extends ExtensionContract {
    @Override
    String url() {
        return null;
    }
}
