package dev.retort;

import java.util.List;

/** Argument checks shared by the operation records: a name must be given and not blank. */
final class Names {
    private Names() {}

    static String require(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a " + what + " name is required");
        }
        return name;
    }

    static List<String> columns(List<String> columns) {
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("at least one column is required");
        }
        columns.forEach(c -> require(c, "column"));
        return List.copyOf(columns);
    }
}
