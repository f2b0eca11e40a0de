package dev.retort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.retort.RetortException;
import org.junit.jupiter.api.Test;

class JdbcConnectorTest {
    @Test
    void aUrlNoDriverAcceptsIsBadUsageWithTheSupportedPrefixes() {
        Throwable t = catchThrowable(() -> JdbcConnector.opener("jdbc:oracle:thin:scott/tiger@127.0.0.1:1:x", null, null).open());
        assertThat(t).isInstanceOf(RetortException.class);
        RetortException e = (RetortException) t;
        assertThat(e.kind()).isEqualTo(RetortException.Kind.USAGE);
        assertThat(e.getMessage()).startsWith("no JDBC driver accepts jdbc:oracle:");
        assertThat(e.hint()).contains("jdbc:postgresql:", "jdbc:mariadb:", "jdbc:mysql:", "jdbc:sqlite:", "jdbc:h2:");
    }

    @Test
    void mysqlUrlsGoToTheMariadbDriver() {
        assertThat(JdbcConnector.driverUrl("jdbc:mysql://127.0.0.1:3306/app?user=root"))
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/app?user=root");
        assertThat(JdbcConnector.driverUrl("JDBC:MySQL://h/db")).isEqualTo("jdbc:mariadb://h/db");
        assertThat(JdbcConnector.driverUrl("jdbc:sqlite:mysql.db")).isEqualTo("jdbc:sqlite:mysql.db");
    }
}
