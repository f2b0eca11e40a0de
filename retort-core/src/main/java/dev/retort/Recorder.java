package dev.retort;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a migration against a recording {@link Ops} and returns its operations, without a
 * database. Also derives a downgrade: the reverses of the upgrade's operations, last first.
 */
public final class Recorder {
    private Recorder() {}

    public static List<Operation> upgrade(Migration migration) {
        return upgrade(migration, Map.of());
    }

    /** {@code x}: the {@code -x} arguments the revision reads with {@link Ops#x(String)}. */
    public static List<Operation> upgrade(Migration migration, Map<String, String> x) {
        List<Operation> ops = new ArrayList<>();
        migration.upgrade(new StandardOps(listSink(ops), x));
        return List.copyOf(ops);
    }

    public static List<Operation> downgrade(Migration migration) {
        return downgrade(migration, Map.of());
    }

    public static List<Operation> downgrade(Migration migration, Map<String, String> x) {
        List<Operation> ops = new ArrayList<>();
        migration.downgrade(new StandardOps(listSink(ops), x));
        return List.copyOf(ops);
    }

    /**
     * The operations that undo {@code migration.upgrade}, or a usage error naming the first
     * operation (in upgrade order) that cannot be reversed.
     */
    public static List<Operation> derivedDowngrade(Migration migration) {
        return derivedDowngrade(migration, Map.of());
    }

    /** As {@link #derivedDowngrade(Migration)}, the upgrade seeing the run's {@code -x} arguments. */
    public static List<Operation> derivedDowngrade(Migration migration, Map<String, String> x) {
        List<Operation> upgrade;
        try {
            upgrade = upgrade(migration, x);
        } catch (RetortException e) {
            throw RetortException.usage("cannot derive the downgrade of " + migration.getClass().getName()
                    + ": " + e.getMessage(), "write a downgrade(Ops op) method in " + simpleName(migration));
        }
        List<Operation> reversed = new ArrayList<>();
        for (Operation op : upgrade) {
            Operation back = op.reverse().orElseThrow(() -> RetortException.usage(
                    "cannot derive the downgrade of " + migration.getClass().getName() + ": " + op.describe()
                            + " is not reversible: " + op.whyIrreversible(),
                    "write a downgrade(Ops op) method in " + simpleName(migration)));
            reversed.add(0, back);
        }
        return List.copyOf(withoutWorkOnDroppedTables(upgrade, reversed));
    }

    /**
     * Leaves out undoing indexes, constraints and columns of a table the same revision created:
     * dropping the table removes them, and MySQL refuses to drop an index a foreign key of that
     * table now relies on. Renamed tables make names ambiguous, so then nothing is left out.
     */
    private static List<Operation> withoutWorkOnDroppedTables(List<Operation> upgrade, List<Operation> reversed) {
        Set<String> created = new HashSet<>();
        for (Operation op : upgrade) {
            if (op instanceof Operation.RenameTable) {
                return reversed;
            }
            if (op instanceof Operation.CreateTable c) {
                created.add(c.table().name());
            }
        }
        List<Operation> kept = new ArrayList<>(reversed.size());
        for (Operation op : reversed) {
            String table = op instanceof Operation.DropIndex d ? d.table()
                    : op instanceof Operation.DropConstraint d ? d.table()
                    : op instanceof Operation.DropColumn d ? d.table()
                    : op instanceof Operation.AlterColumn a ? a.table()
                    : null;
            if (table == null || !created.contains(table)) {
                kept.add(op);
            }
        }
        return kept;
    }

    private static String simpleName(Migration migration) {
        return migration.getClass().getSimpleName();
    }

    private static OperationSink listSink(List<Operation> into) {
        return new OperationSink() {
            @Override
            public void accept(Operation operation) {
                into.add(operation);
            }

            @Override
            public Connection connection() {
                return null;
            }
        };
    }
}
