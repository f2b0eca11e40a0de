package dev.retort.maven;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.VerifyRequest;
import dev.retort.VerifyResult;
import java.io.File;
import java.io.PrintWriter;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn retort:verify}: prove every downgrade undoes its upgrade, on a scratch database (or
 * the empty one {@code retort.url} names; the configured database is never touched). Bound to
 * verify as a quality gate.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class VerifyMojo extends RetortMojo {
    /** Start the round trips at this revision; the revisions before it are only applied. */
    @Parameter(property = "retort.from")
    String from;

    /** A folder of rows to load before each round trip (the CLI's {@code --data}). */
    @Parameter(property = "retort.data")
    File data;

    @Override
    void run(Goal goal) {
        // as on the command line, the url is verify's scratch target, not the configured database
        Retort retort = goal.configure().url(null).load();
        VerifyResult result = retort.verify(new VerifyRequest(url == null || url.isBlank() ? null : url, from,
                data == null ? null : data.toPath(), goal::info));
        PrintWriter log = goal.writer();
        result.report().write(dev.retort.ReportFormat.TEXT, goal.basedir(), false, null, log);
        log.close();
        if (!result.ok()) {
            throw new RetortException(RetortException.Kind.PROBLEMS, "verify failed: " + result.failure(),
                    "make the downgrade undo exactly what the upgrade does");
        }
    }

    @Override
    String goal() {
        return "verify";
    }
}
