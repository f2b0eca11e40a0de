package dev.retort;

/**
 * What {@link Retort#autogenerate} writes.
 *
 * @param format the new revision's format: "sql" (upgrade and downgrade rendered for the
 *               database's dialect) or "java" (the upgrade as Ops calls; the downgrade is derived)
 */
public record AutogenerateRequest(String format) {
    public AutogenerateRequest {
        if (!"sql".equals(format) && !"java".equals(format)) {
            throw RetortException.usage("autogenerate writes sql or java revisions, not " + format, "pass --format sql or java");
        }
    }
}
