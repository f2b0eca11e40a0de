package dev.retort.script;

/** The revision file formats Retort reads. Alembic files are read only. */
public enum Format {
    SQL(".sql"),
    JAVA(".java"),
    ALEMBIC(".py");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Format ofFileName(String name) {
        for (Format f : values()) {
            if (name.endsWith(f.extension)) {
                return f;
            }
        }
        return null;
    }
}
