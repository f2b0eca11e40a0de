package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** File names are ordered as Python's sorted() orders them: by code point, not by UTF-16 unit. */
class VersionFoldersProperties {
    @Provide
    Arbitrary<String> names() {
        // surrogate halves alone and in pairs, characters just below and above them, ASCII
        return Arbitraries.strings().withChars('a', 'b', '_', '\uD83D', '\uD83E', '\uDE00', '\uDE01', '\uE000', '\uFFFF')
                .ofMaxLength(6);
    }

    @Property(tries = 2000)
    void namesCompareByCodePoint(@ForAll("names") String a, @ForAll("names") String b) {
        int expected = Integer.signum(Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
        assertThat(Integer.signum(VersionFolders.compareCodePoints(a, b))).as("%s vs %s", a, b).isEqualTo(expected);
        assertThat(Integer.signum(VersionFolders.compareCodePoints(a + "x", a + b))).isEqualTo(
                Integer.signum(Arrays.compare((a + "x").codePoints().toArray(), (a + b).codePoints().toArray())));
    }

    @Property(tries = 1)
    void anEmojiSortsAfterThePrivateUseArea() {
        // String.compareTo puts U+1F600 (a surrogate pair, D83D DE00) before U+FFFF; Python after
        assertThat(VersionFolders.compareCodePoints("\uD83D\uDE00_a.py", "\uFFFF_b.py")).isPositive();
    }
}
