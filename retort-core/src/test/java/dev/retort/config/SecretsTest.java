package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {
    @Test
    void masksUserInfoPasswords() {
        assertThat(Secrets.maskUrl("jdbc:postgresql://app:pa:ss@127.0.0.1:5432/test"))
                .isEqualTo("jdbc:postgresql://app:***@127.0.0.1:5432/test");
        assertThat(Secrets.maskUrl("jdbc:mariadb://root:x@localhost/db")).isEqualTo("jdbc:mariadb://root:***@localhost/db");
    }

    @Test
    void masksUpToTheLastAtSignOfThePassword() {
        assertThat(Secrets.maskUrl("jdbc:postgresql://bob:p@ssWORDx@127.0.0.1:1/db"))
                .isEqualTo("jdbc:postgresql://bob:***@127.0.0.1:1/db");
        assertThat(Secrets.maskUrl("jdbc:postgresql://bob:pa/ssWORDx@127.0.0.1:1/db?ssl=true"))
                .isEqualTo("jdbc:postgresql://bob:***@127.0.0.1:1/db?ssl=true");
        assertThat(Secrets.maskUrl("cannot connect to jdbc:mariadb://u:a@b@h/db: refused (password=x@y)"))
                .isEqualTo("cannot connect to jdbc:mariadb://u:***@h/db: refused (password=***)");
    }

    @Test
    void masksPasswordParameters() {
        assertThat(Secrets.maskUrl("jdbc:postgresql://127.0.0.1/test?user=a&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://127.0.0.1/test?user=a&password=***&ssl=true");
        assertThat(Secrets.maskUrl("jdbc:h2:mem:x;USER=sa;PASSWORD=s3cret")).isEqualTo("jdbc:h2:mem:x;USER=sa;PASSWORD=***");
        assertThat(Secrets.maskUrl("jdbc:x://h/db?pwd=a&Password=b")).isEqualTo("jdbc:x://h/db?pwd=***&Password=***");
    }

    @Test
    void leavesUrlsWithoutSecretsAlone() {
        for (String url : new String[] {"jdbc:sqlite:app.db", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres",
                "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1", "jdbc:mariadb://127.0.0.1:3306/test", ""}) {
            assertThat(Secrets.maskUrl(url)).isEqualTo(url);
        }
        assertThat(Secrets.maskUrl(null)).isNull();
    }
}
