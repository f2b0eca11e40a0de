package dev.retort.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ChecksumsTest {

    private static String sum(String s) {
        return Checksums.of(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void isTheSha256OfTheFileWithLfLineEndings() {
        // sha256("abc\n"), as printed by `printf 'abc\n' | sha256sum`
        assertThat(sum("abc\n")).isEqualTo("edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb");
        assertThat(sum("abc\r\n")).isEqualTo(sum("abc\n"));
        assertThat(sum("abc\r")).isEqualTo(sum("abc\n"));
    }

    @Test
    void everyOtherByteCounts() {
        assertThat(sum("abc\n")).isNotEqualTo(sum("abc"));
        assertThat(sum("abc \n")).isNotEqualTo(sum("abc\n"));
        assertThat(sum("\uFEFFabc\n")).isNotEqualTo(sum("abc\n"));
        assertThat(sum("a\r\r\nb")).isEqualTo(sum("a\n\nb"));
    }

    @Property
    void lineEndingsNeverChangeTheChecksum(@ForAll String text) {
        String lf = text.replace("\r", "");
        assertThat(sum(lf.replace("\n", "\r\n"))).isEqualTo(sum(lf));
        assertThat(sum(lf.replace("\n", "\r"))).isEqualTo(sum(lf));
        assertThat(sum(lf)).hasSize(64).matches("[0-9a-f]{64}");
    }
}
