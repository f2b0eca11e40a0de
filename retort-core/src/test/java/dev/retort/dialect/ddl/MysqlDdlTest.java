package dev.retort.dialect.ddl;

class MysqlDdlTest extends DdlCompliance {
    MysqlDdlTest() {
        super("mysql");
    }
}
