package dev.retort.doctor;

import dev.retort.doctor.checks.AppliedChecks;
import dev.retort.doctor.checks.CycleCheck;
import dev.retort.doctor.checks.DependencyCheck;
import dev.retort.doctor.checks.DuplicateIdCheck;
import dev.retort.doctor.checks.DuplicateLabelCheck;
import dev.retort.doctor.checks.EmptyDowngradeCheck;
import dev.retort.doctor.checks.FailedRevisionCheck;
import dev.retort.doctor.checks.HeaderDriftCheck;
import dev.retort.doctor.checks.IdNotInFilenameCheck;
import dev.retort.doctor.checks.MissingParentCheck;
import dev.retort.doctor.checks.MultipleHeadsCheck;
import dev.retort.doctor.checks.MultipleRootsCheck;
import dev.retort.doctor.checks.NotPortableCheck;
import dev.retort.doctor.checks.ReservedIdCheck;
import dev.retort.doctor.checks.StrayVersionsCheck;
import dev.retort.doctor.checks.UnreadableCheck;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The checks doctor runs, in report order, with a guard against two checks sharing a code. */
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

    static List<Check> validated(List<Check> checks) {
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
