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

    @Test
    void masksAKnownValueInEveryFormItMayTakeInOutput() {
        Secrets s = Secrets.of("pa ss\"wörd/@x");
        String pw = "pa ss\"wörd/@x";
        assertThat(s.mask("echo " + pw + " end")).isEqualTo("echo *** end");
        assertThat(s.mask("url pa%20ss%22w%C3%B6rd%2F%40x end")).isEqualTo("url *** end");
        assertThat(s.mask("url pa+ss%22w%c3%b6rd/@x end")).isEqualTo("url *** end");
        assertThat(s.mask("{\"p\" : \"pa ss\\\"w\\u00f6rd\\/@x\"}")).isEqualTo("{\"p\" : \"***\"}");
        assertThat(s.mask("the tail ss\"wörd/@x alone")).isEqualTo("the tail ss\"wörd/@x alone");
    }

    @Test
    void learnsThePasswordsOfAUrlAsWrittenAndDecoded() {
        assertThat(Secrets.inUrl("jdbc:postgresql://bob:pa%20ss@w@127.0.0.1:5432/db")).contains("pa%20ss@w", "pa ss@w");
        assertThat(Secrets.inUrl("jdbc:postgresql://h/db?user=a&password=s3%26cr+t&ssl=1")).contains("s3%26cr+t", "s3&cr+t", "s3&cr t");
        assertThat(Secrets.inUrl("jdbc:h2:mem:x;USER=sa;PASSWORD=h2secret")).contains("h2secret");
        Secrets s = Secrets.none().withUrl("jdbc:mariadb://root:Secret Word@127.0.0.1:3306/test");
        // MariaDB's driver echoes the authority it cannot parse
        assertThat(s.mask("Incorrect port value : Secret Word@127.0.0.1")).isEqualTo("Incorrect port value : ***@127.0.0.1");
        assertThat(Secrets.userInfo("jdbc:postgresql://bob:p%40ss/w@127.0.0.1:5432/db?ssl=true"))
                .isEqualTo(new Secrets.UserInfo("bob", "p@ss/w", "jdbc:postgresql://127.0.0.1:5432/db?ssl=true"));
    }

    @Test
    void tooShortValuesAreMaskedOnlyInsideUrls() {
        assertThat(Secrets.of("ab").mask("table ab jdbc:x://h/db?password=ab")).isEqualTo("table ab jdbc:x://h/db?password=***");
        assertThat(Secrets.of("grade").mask("Running upgrade")).isEqualTo("Running up***");
    }
}
