package dev.retort.cli;

import dev.retort.RevisionFormat;

/** --format of revision and merge, spelt as users type it. */
enum FileFormat {
    sql(RevisionFormat.SQL),
    java(RevisionFormat.JAVA);

    final RevisionFormat format;

    FileFormat(RevisionFormat format) {
        this.format = format;
    }
}
