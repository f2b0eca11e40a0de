package dev.retort.dialect.ddl;

class H2DdlTest extends DdlCompliance {
    H2DdlTest() {
        super("h2");
    }
}
