package dev.retort.maven;

import dev.retort.AutogenerateRequest;
import dev.retort.AutogenerateResult;
import dev.retort.NewRevisionRequest;
import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.RevisionFormat;
import dev.retort.RevisionInfo;
import dev.retort.SchemaChange;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:revision -Dretort.message="add users"}: write a new revision file; with
 * {@code -Dretort.autogenerate} its bodies are what makes the database at head equal the model.
 */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class RevisionMojo extends RetortMojo {
    @Parameter(property = "retort.message")
    String message;

    /** The revision to follow (default: the single head; base starts a new root). */
    @Parameter(property = "retort.head")
    String head;

    /** Allow head to name a revision that is not a head, starting a new branch. */
    @Parameter(property = "retort.splice", defaultValue = "false")
    boolean splice;

    @Parameter(property = "retort.branchLabel")
    List<String> branchLabel;

    @Parameter(property = "retort.dependsOn")
    List<String> dependsOn;

    /** Id of the new revision (default: 12 random hex digits). */
    @Parameter(property = "retort.revId")
    String revId;

    /** sql or java; default sql, but java for autogenerate in a project of several dialects (as the CLI). */
    @Parameter(property = "retort.revisionFormat")
    String revisionFormat;

    /** Compare the database (at head) with [model] in retort.toml and write what makes them equal. */
    @Parameter(property = "retort.autogenerate", defaultValue = "false")
    boolean autogenerate;

    /** With autogenerate: write the revision even when nothing changed. */
    @Parameter(property = "retort.allowEmpty", defaultValue = "false")
    boolean allowEmpty;

    @Override
    void run(Goal goal) {
        Retort retort = goal.configure().load();
        // several databases: the portable DSL unless SQL (one section per database) is asked for
        String chosen = revisionFormat != null && !revisionFormat.isBlank() ? revisionFormat
                : autogenerate && retort.portable() ? "java" : "sql";
        RevisionFormat format = switch (chosen.toLowerCase(Locale.ROOT)) {
            case "sql" -> RevisionFormat.SQL;
            case "java" -> RevisionFormat.JAVA;
            default -> throw RetortException.usage("unknown retort.revisionFormat '" + revisionFormat + "'", "use sql or java");
        };
        NewRevisionRequest request = new NewRevisionRequest(message, head, splice, orEmpty(branchLabel), orEmpty(dependsOn),
                revId, format);
        if (autogenerate) {
            retort.checkRevision(request); // a wrong head fails before the database is compared
            AutogenerateResult result = retort.autogenerate(new AutogenerateRequest(format));
            result.notes().forEach(n -> goal.info("Note: " + n));
            for (SchemaChange change : result.changes()) {
                goal.info("Detected " + change.description());
                if (change.review() != null) {
                    goal.info("  " + change.review());
                }
            }
            if (result.isEmpty()) {
                if (!allowEmpty) {
                    goal.info("No changes in schema detected; no revision written.");
                    return;
                }
                goal.info("No changes in schema detected; writing an empty revision (retort.allowEmpty).");
            }
            request = request.withBodies(result.upgrade(), result.downgrade());
        }
        RevisionInfo written = retort.revision(request);
        goal.info("Generating " + goal.basedir().relativize(written.path().toAbsolutePath()) + " ... done");
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    @Override
    String goal() {
        return "revision";
    }
}
