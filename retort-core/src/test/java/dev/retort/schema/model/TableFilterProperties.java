package dev.retort.schema.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class TableFilterProperties {
    /** The glob matcher agrees with the obvious regex ({@code *} is {@code .*}, {@code ?} is {@code .}, the rest literal). */
    @Property(tries = 2000)
    void globMatchesLikeItsRegex(@ForAll @StringLength(max = 6) @Chars({'a', 'b', '_', '.', '*', '?'}) String glob,
            @ForAll @StringLength(max = 8) @Chars({'a', 'b', '_', '.', '*', '?'}) String name) {
        assertThat(TableFilter.matches(glob, name)).isEqualTo(name.matches(regex(glob)));
    }

    @Property(tries = 500)
    void aGlobWithoutWildcardsMatchesOnlyItself(@ForAll @StringLength(max = 8) @Chars({'a', 'b', '_', '.', '$'}) String glob,
            @ForAll @StringLength(max = 8) @Chars({'a', 'b', '_', '.', '$'}) String name) {
        assertThat(TableFilter.matches(glob, name)).isEqualTo(glob.equals(name));
        assertThat(TableFilter.matches(glob, glob)).isTrue();
    }

    private static String regex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char ch : glob.toCharArray()) {
            switch (ch) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return regex.toString();
    }
}
