package dev.retort.lint.rules;

import dev.retort.report.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rules lint runs, in report order, with a guard against two rules sharing a code. */
public final class Rules {
    public static final List<Rule> ALL = validated(List.of(
            new DropTableRule(),
            new DropColumnRule(),
            new AddNotNullRule(),
            new SetNotNullRule(),
            new NarrowingTypeRule(),
            new RenameRule(),
            new CreateIndexRule(),
            new ConcurrentlyRule(),
            new TransactionControlRule(),
            new ForeignKeyNotValidRule(),
            new ForeignKeyIndexRule(),
            new UniqueRule(),
            new VolatileDefaultRule(),
            new LockTimeoutRule(),
            new EmptyDowngradeRule(),
            new IrreversibleOperationRule(),
            new NotPortableRule(),
            new RevisionRule()));

    private Rules() {}

    public static List<Rule> validated(List<Rule> rules) {
        Map<String, Rule> owners = new HashMap<>();
        for (Rule r : rules) {
            for (Rule.Code code : r.codes()) {
                Rule other = owners.putIfAbsent(code.id(), r);
                if (other != null) {
                    throw new IllegalStateException("lint code '" + code.id() + "' is claimed by both "
                            + other.getClass().getSimpleName() + " and " + r.getClass().getSimpleName());
                }
            }
        }
        return List.copyOf(rules);
    }

    /** Every code with its one-line summary, in rule order. */
    public static Map<String, Rule.Code> codes(List<Rule> rules) {
        Map<String, Rule.Code> out = new LinkedHashMap<>();
        rules.forEach(r -> r.codes().forEach(c -> out.put(c.id(), c)));
        return out;
    }

    /** Runs the rules on one revision; a finding whose code its rule did not declare is a bug, caught here. */
    public static List<Finding> run(List<Rule> rules, LintContext c) {
        List<Finding> out = new ArrayList<>();
        for (Rule r : rules) {
            for (Finding f : r.inspect(c)) {
                if (r.codes().stream().noneMatch(code -> code.id().equals(f.code()))) {
                    throw new IllegalStateException(r.getClass().getSimpleName() + " reported undeclared code " + f.code());
                }
                out.add(f);
            }
        }
        return out;
    }
}
