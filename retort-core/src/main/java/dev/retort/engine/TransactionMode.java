package dev.retort.engine;

import dev.retort.RetortException;
import java.util.Locale;

/**
 * How statements are grouped into transactions. A revision header says {@code per-revision}
 * (the default) or {@code none}; the configuration's {@code transaction} says
 * {@code per-revision} (the default) or {@code all}.
 */
public enum TransactionMode {
    /** Each revision's statements and its version row commit together. */
    PER_REVISION("per-revision"),
    /** The whole run is one transaction (configuration only). */
    ALL("all"),
    /** The revision runs in autocommit, outside any transaction (header only). */
    NONE("none");

    private final String text;

    TransactionMode(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** Parses the header/config spelling; {@code where} prefixes the usage error ("FILE:LINE"). */
    public static TransactionMode parse(String value, String where) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (TransactionMode m : values()) {
            if (m.text.equals(v)) {
                return m;
            }
        }
        throw RetortException.usage(where + ": unknown transaction mode '" + value + "'",
                "use per-revision, all (configuration) or none (revision header)");
    }
}
