package dev.retort.dialect.ddl;

class PostgresDdlTest extends DdlCompliance {
    PostgresDdlTest() {
        super("postgresql");
    }
}
