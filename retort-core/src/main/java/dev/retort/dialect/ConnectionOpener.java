package dev.retort.dialect;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a new connection to the target database; the credentials stay inside the opener. */
@FunctionalInterface
public interface ConnectionOpener {
    Connection open() throws SQLException;
}
