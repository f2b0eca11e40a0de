package dev.retort.dialect.ddl;

class SqliteDdlTest extends DdlCompliance {
    SqliteDdlTest() {
        super("sqlite");
    }
}
