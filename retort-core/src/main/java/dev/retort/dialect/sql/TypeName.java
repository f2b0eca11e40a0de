package dev.retort.dialect.sql;

/**
 * A column type as a revision writes it, for {@code Portability.refusesType} (in dialect).
 *
 * @param base     the words of the type in upper case with single spaces, without its arguments
 *                 and UNSIGNED, with WITH/WITHOUT TIME ZONE: "DOUBLE PRECISION", "TIMESTAMP WITH TIME ZONE"
 * @param args     the text between its parentheses ({@code 10,2}), or null without any
 * @param unsigned followed by UNSIGNED
 * @param array    followed by {@code []}
 * @param text     as written
 */
public record TypeName(String base, String args, boolean unsigned, boolean array, String text) {
    public boolean hasArgs() {
        return args != null;
    }

    /** One of the integer types, whose arguments are MySQL's display width. */
    public boolean isInteger() {
        return switch (base) {
            case "INT", "INTEGER", "BIGINT", "SMALLINT", "TINYINT", "MEDIUMINT" -> true;
            default -> false;
        };
    }
}
