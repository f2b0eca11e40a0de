package dev.retort.dialect.mysql;

import dev.retort.dialect.ScratchSpace;
import dev.retort.dialect.ServerScratch;

/** MySQL/MariaDB scratch databases, in utf8mb4 whatever the server's default. */
final class MysqlScratch extends ServerScratch {

    @Override
    protected String createOptions() {
        return " DEFAULT CHARACTER SET utf8mb4";
    }

    /** A database is a schema here: the one the url names. */
    @Override
    public String givenSchema(String url) {
        return ScratchSpace.databaseName(url);
    }
}
