package dev.retort;

import java.util.Locale;

/** Which way a revision runs. */
public enum Direction {
    UPGRADE, DOWNGRADE;

    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Direction parse(String text) {
        return text == null ? null : valueOf(text.toUpperCase(Locale.ROOT));
    }
}
