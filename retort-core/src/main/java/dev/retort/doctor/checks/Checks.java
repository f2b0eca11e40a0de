package dev.retort.doctor.checks;

import dev.retort.doctor.Analysis;
import dev.retort.doctor.Check;
import dev.retort.doctor.Diagnosis;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks doctor runs, in report order, with a guard against two checks sharing a code. The
 * one list of checks, beside them, so that the shared part of doctor never names a check.
 */
public final class Checks {
    public static final List<Check> ALL = validated(List.of(
            new UnreadableCheck(),
            new ReservedIdCheck(),
            new DuplicateIdCheck(),
            new MissingParentCheck(),
            new CycleCheck(),
            new MultipleRootsCheck(),
            new MultipleHeadsCheck(),
            new HeaderDriftCheck(),
            new IdNotInFilenameCheck(),
            new DependencyCheck(),
            new DuplicateLabelCheck(),
            new EmptyDowngradeCheck(),
            new NotPortableCheck(),
            new StrayVersionsCheck(),
            new AppliedChecks(),
            new FailedRevisionCheck()));

    private Checks() {}

    /** The stable codes doctor can report, in the order its checks run. */
    public static List<String> codes() {
        return ALL.stream().flatMap(c -> c.codes().stream()).toList();
    }

    public static List<Check> validated(List<Check> checks) {
        Map<String, Check> owners = new HashMap<>();
        for (Check c : checks) {
            for (String code : c.codes()) {
                Check other = owners.putIfAbsent(code, c);
                if (other != null) {
                    throw new IllegalStateException("doctor code '" + code + "' is claimed by both "
                            + other.getClass().getSimpleName() + " and " + c.getClass().getSimpleName());
                }
            }
        }
        return List.copyOf(checks);
    }

    /** Runs the checks; a finding whose code its check did not declare is a bug, caught here. */
    public static List<Diagnosis> run(List<Check> checks, Analysis a, boolean textOnly) {
        List<Diagnosis> out = new java.util.ArrayList<>();
        for (Check c : checks) {
            if (textOnly && !c.textOnly()) {
                continue;
            }
            for (Diagnosis d : c.inspect(a)) {
                if (!c.codes().contains(d.finding().code())) {
                    throw new IllegalStateException(c.getClass().getSimpleName() + " reported undeclared code " + d.finding().code());
                }
                out.add(d);
            }
        }
        return out;
    }
}
