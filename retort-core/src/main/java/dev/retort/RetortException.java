package dev.retort;

import java.util.List;

/**
 * The one exception type that reaches users. Its {@link Kind} decides the exit code in the CLI;
 * library code never exits the process. The message is one line; the hint says what to do.
 */
public class RetortException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** Bad usage, bad configuration or unreadable input: exit 2, nothing changed. */
        USAGE(2),
        /** The command ran and found problems (doctor findings, check diff): exit 1. */
        PROBLEMS(1),
        /** An operation failed while running (a migration broke, a lock timed out): exit 1. */
        FAILED(1);

        private final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private final Kind kind;
    private final String hint;
    private final List<String> details;

    public RetortException(Kind kind, String message, String hint) {
        this(kind, message, hint, (Throwable) null);
    }

    public RetortException(Kind kind, String message, String hint, Throwable cause) {
        this(kind, message, hint, List.of(), cause);
    }

    /** With {@code details}: lines printed under the message (a compiler's symbol, source line and caret). */
    public RetortException(Kind kind, String message, String hint, List<String> details) {
        this(kind, message, hint, details, null);
    }

    private RetortException(Kind kind, String message, String hint, List<String> details, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.hint = hint == null ? "" : hint;
        this.details = List.copyOf(details);
    }

    public static RetortException usage(String message, String hint) {
        return new RetortException(Kind.USAGE, message, hint);
    }

    public Kind kind() {
        return kind;
    }

    /** Lines that belong under the message, each printed on its own; usually empty. */
    public List<String> details() {
        return details;
    }

    /** What the user can do about it; may be empty. */
    public String hint() {
        return hint;
    }
}
