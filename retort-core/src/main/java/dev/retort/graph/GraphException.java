package dev.retort.graph;

import dev.retort.RetortException;

/**
 * Errors of the revision graph itself: a bad identifier, several heads where one was asked for, a
 * cycle, a parent or dependency that does not exist. Always a usage error (exit 2): nothing ran.
 */
public class GraphException extends RetortException {
    private static final long serialVersionUID = 1L;

    public GraphException(String message, String hint) {
        super(Kind.USAGE, message, hint);
    }

    /** "head" was asked for but the graph has several. */
    public static final class MultipleHeads extends GraphException {
        private static final long serialVersionUID = 1L;

        public MultipleHeads(String message, String hint) {
            super(message, hint);
        }
    }

    /** An identifier names nothing, or a prefix names several revisions. */
    public static final class Resolution extends GraphException {
        private static final long serialVersionUID = 1L;

        public Resolution(String message, String hint) {
            super(message, hint);
        }
    }

    /** A range or relative step that cannot be walked (e.g. "-5" below base, "a:b" unrelated). */
    public static final class Range extends GraphException {
        private static final long serialVersionUID = 1L;

        public Range(String message, String hint) {
            super(message, hint);
        }
    }

    /** The graph is not a DAG, or names revisions that do not exist, or reuses ids/labels. */
    public static final class Structure extends GraphException {
        private static final long serialVersionUID = 1L;

        public Structure(String message, String hint) {
            super(message, hint);
        }
    }
}
