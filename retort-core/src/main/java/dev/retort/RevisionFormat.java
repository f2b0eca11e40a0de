package dev.retort;

/** The kind of file a revision is written in. */
public enum RevisionFormat {
    SQL, JAVA, ALEMBIC
}
