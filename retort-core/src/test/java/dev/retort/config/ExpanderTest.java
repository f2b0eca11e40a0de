package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.api.Test;

class ExpanderTest {
    private static final Map<String, String> ENV = Map.of("A", "alpha", "EMPTY", "", "B", "beta");

    @Test
    void expandsPlainAndDefaultedReferences() throws Exception {
        assertThat(Expander.expand("x${A}y", ENV)).isEqualTo("xalphay");
        assertThat(Expander.expand("${MISSING:-fallback}", ENV)).isEqualTo("fallback");
        assertThat(Expander.expand("${EMPTY:-fallback}", ENV)).isEqualTo("fallback");
        assertThat(Expander.expand("${A:-fallback}", ENV)).isEqualTo("alpha");
        assertThat(Expander.expand("${MISSING:-}", ENV)).isEmpty();
        assertThat(Expander.expand("${MISSING:-jdbc:${B}:x}", ENV)).isEqualTo("jdbc:beta:x");
        assertThat(Expander.expand("${EMPTY}", ENV)).isEmpty();
    }

    @Test
    void doubleDollarIsALiteralDollarAndLoneDollarsStay() throws Exception {
        assertThat(Expander.expand("pa$$${A}", ENV)).isEqualTo("pa$alpha");
        assertThat(Expander.expand("cost $5 and $", ENV)).isEqualTo("cost $5 and $");
    }

    @Test
    void errorsSayWhatIsWrong() {
        assertThatThrownBy(() -> Expander.expand("${NOPE}", ENV)).hasMessage("environment variable NOPE is not set");
        assertThatThrownBy(() -> Expander.expand("${A", ENV)).hasMessage("unclosed '${' in \"${A\"");
        assertThatThrownBy(() -> Expander.expand("${1x}", ENV)).hasMessage("'${1x}' is not a valid variable reference");
    }

    @Property
    void textWithoutDollarsIsUnchanged(@ForAll @CharRange(from = ' ', to = '#') @CharRange(from = '%', to = '~') String text) throws Exception {
        assertThat(Expander.expand(text, ENV)).isEqualTo(text);
    }
}
