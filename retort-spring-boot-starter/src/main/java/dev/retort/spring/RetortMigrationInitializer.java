package dev.retort.spring;

import dev.retort.DoctorRequest;
import dev.retort.DoctorResult;
import dev.retort.Finding;
import dev.retort.MigrationListener.RunSummary;
import dev.retort.Retort;
import dev.retort.RetortException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.InitializingBean;

/**
 * Brings the database to {@code retort.target} when the context starts. Spring Boot's
 * database-initializer detection ({@link RetortDatabaseInitializerDetector}) makes the JPA
 * EntityManagerFactory (and anything else that depends on database initialization) wait for
 * this bean, so Hibernate validates the schema the revisions made.
 */
public class RetortMigrationInitializer implements InitializingBean {
    private final Retort retort;
    private final RetortMigrationStrategy strategy;
    private final RetortProperties properties;
    private final RevisionLocations locations;
    private final StartupLog runs;

    RetortMigrationInitializer(Retort retort, RetortMigrationStrategy strategy, RetortProperties properties,
            RevisionLocations locations, StartupLog runs) {
        this.retort = retort;
        this.strategy = strategy;
        this.properties = properties;
        this.locations = locations;
        this.runs = runs;
    }

    @Override
    public void afterPropertiesSet() {
        String target = properties.getTarget();
        try {
            if (properties.isFailOnDoctorErrors()) {
                doctor();
            }
            if (properties.isValidateOnStart()) {
                retort.validate(target);
            }
            List<String> before = retort.current().heads();
            long start = System.nanoTime();
            strategy.migrate(retort, target);
            runs.report(retort.maskedUrl(), before, retort.current().heads(), System.nanoTime() - start);
        } catch (RetortException e) {
            throw new IllegalStateException("Retort: " + locations.describe(e.getMessage())
                    + (e.hint() == null || e.hint().isEmpty() ? "" : " (" + locations.describe(e.hint()) + ")"), e);
        }
    }

    /**
     * Doctor on each location's revision files (not the database, which validation covers):
     * errors (a broken chain, several heads, duplicate ids, ...) stop the start.
     */
    private void doctor() {
        List<String> errors = new ArrayList<>();
        for (Path folder : locations.folders()) {
            DoctorResult result = Retort.doctor(Retort.configure().directory(folder).environment(Map.of()),
                    new DoctorRequest(folder, DoctorRequest.Mode.REPORT, true, null));
            result.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR)
                    .forEach(f -> errors.add(f.code() + " " + (f.file() == null ? "" : f.file().getFileName() + ": ")
                            + f.message()));
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Retort: doctor found " + errors.size() + " error(s) in the revisions: "
                    + locations.describe(String.join("; ", errors)) + " (fix them, or set retort.fail-on-doctor-errors=false)");
        }
    }

    /** The runs of this application's {@link Retort} bean, the start-up's first (most recent last). */
    public List<RunSummary> runs() {
        return Collections.unmodifiableList(runs.summaries());
    }
}
