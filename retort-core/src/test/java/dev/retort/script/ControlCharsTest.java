package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlCharsTest {
    @Test
    void escapesC0DelC1AndTheUnicodeLineSeparators() {
        assertThat(ControlChars.escape("a\rb\nc\td\u001b[31me\u007ff\u0085g\u009bh\u2028i\u2029j"))
                .isEqualTo("a\\rb\\nc\\td\\u001b[31me\\u007ff\\u0085g\\u009bh\\u2028i\\u2029j");
        assertThat(ControlChars.escape("line\none\ttab\r", "\n\t")).isEqualTo("line\none\ttab\\r");
        assertThat(ControlChars.escape("ñ€😀 plain")).isEqualTo("ñ€😀 plain");
    }

    @Test
    void refusesNewTextWithTheCharacterAndItsPosition() {
        assertThatThrownBy(() -> ControlChars.require("the message (-m)", "x\rDROP TABLE victim; --", "\n\t"))
                .isInstanceOf(RetortException.class)
                .hasMessage("the message (-m) holds the control character \\r at position 2: 'x\\rDROP TABLE victim; --'")
                .extracting(e -> ((RetortException) e).kind()).isEqualTo(RetortException.Kind.USAGE);
        ControlChars.require("the message (-m)", "two\nlines\tand a tab", "\n\t");
        ControlChars.require("--rev-id", null, "");
    }

    @Test
    void revisionsReadFromFilesHoldTheirTextEscaped() {
        RevisionHeader r = new RevisionHeader("a\u001bb", List.of("p\rq"), List.of("l\u0085"), List.of(), "m\ron\ntwo\tlines", "d\u2028", null);
        assertThat(r.id()).isEqualTo("a\\u001bb");
        assertThat(r.revises()).containsExactly("p\\rq");
        assertThat(r.branchLabels()).containsExactly("l\\u0085");
        assertThat(r.message()).isEqualTo("m\\ron\ntwo\tlines");
        assertThat(r.createDate()).isEqualTo("d\\u2028");
    }
}
