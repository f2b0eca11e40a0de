package dev.retort.script;

/** How one SQL revision runs: inside the run's transaction, or outside any (CREATE INDEX CONCURRENTLY). */
public enum TransactionMode {
    PER_REVISION("per-revision"),
    NONE("none");

    private final String text;

    TransactionMode(String text) {
        this.text = text;
    }

    /** The header spelling. */
    public String text() {
        return text;
    }

    /** The mode for its header spelling (case-insensitive), or null. */
    public static TransactionMode ofText(String text) {
        for (TransactionMode m : values()) {
            if (m.text.equalsIgnoreCase(text.strip())) {
                return m;
            }
        }
        return null;
    }
}
