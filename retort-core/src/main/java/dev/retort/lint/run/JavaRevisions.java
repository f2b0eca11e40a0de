package dev.retort.lint.run;

import dev.retort.lint.RevisionSteps;
import dev.retort.lint.Step;
import dev.retort.lint.sql.SqlClassifier;
import dev.retort.RetortException;
import dev.retort.dialect.sql.SqlSplitter;
import dev.retort.dialect.sql.SqlStatement;
import dev.retort.dialect.sql.SqlSyntax;
import dev.retort.Allow;
import dev.retort.Migration;
import dev.retort.Operation;
import dev.retort.OperationSink;
import dev.retort.Recorder;
import dev.retort.StandardOps;
import dev.retort.script.JavaSource;
import dev.retort.script.RevisionHeader;
import dev.retort.script.compile.CompiledRevision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Java revisions for lint: the compiled class's upgrade is run against a recording {@code Ops};
 * each operation gets the source line of the call that made it (from the stack, which the
 * compiler's line table maps back to the file), and {@code execute(sql)} is classified as SQL.
 */
final class JavaRevisions {
    private JavaRevisions() {}

    static RevisionSteps read(RevisionHeader header, CompiledRevision compiled, SqlSyntax syntax) {
        Path path = header.source().path();
        int headerLine = header.source().line("revision");
        Migration migration = compiled.newInstance();
        String className = compiled.type().getName();
        List<Step> steps = new ArrayList<>();
        SqlClassifier classifier = new SqlClassifier(syntax);
        String unanalyzed = null;
        int unanalyzedLine = 0;
        int[] firstIrreversible = {0};
        List<SqlStatement> executed = new ArrayList<>();
        try {
            migration.upgrade(new StandardOps(recording(className, headerLine, (op, line) -> {
                if (firstIrreversible[0] == 0 && op.reverse().isEmpty()) {
                    firstIrreversible[0] = line;
                }
                if (op instanceof Operation.Execute e) {
                    executed.add(new SqlStatement(e.sql(), line));
                    for (SqlStatement s : SqlSplitter.split(e.sql(), syntax, path + ":" + line, line)) {
                        // every statement of one execute(...) points at the call
                        steps.addAll(classifier.classify(new SqlStatement(s.sql(), line)));
                    }
                } else if (op instanceof Operation.CreateIndex c && c.index().concurrently()) {
                    steps.add(Step.of(op, line, Step.Flag.CONCURRENTLY));
                } else {
                    steps.add(Step.of(op, line));
                }
            })));
        } catch (RuntimeException e) {
            unanalyzed = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            unanalyzedLine = lineIn(e.getStackTrace(), className, headerLine);
        }
        RevisionSteps.Downgrade downgrade = downgrade(migration, steps.isEmpty() && unanalyzed == null, path, headerLine,
                firstIrreversible[0]);
        List<RevisionSteps.Allowance> allowances = new ArrayList<>();
        for (Allow a : compiled.type().getAnnotationsByType(Allow.class)) {
            for (String code : a.value()) {
                allowances.add(new RevisionSteps.Allowance(code.strip(), a.reason().strip(), headerLine));
            }
        }
        boolean none = compiled.transaction().strip().equalsIgnoreCase("none");
        return new RevisionSteps(header, path, steps, downgrade, none, allowances, unanalyzed, unanalyzedLine, Map.of(), executed);
    }

    /**
     * Written and doing something, doing nothing, or neither written nor derivable; in the last
     * case pointing at the first operation without a reverse when the upgrade recorded one.
     */
    private static RevisionSteps.Downgrade downgrade(Migration migration, boolean upgradeEmpty, Path path, int headerLine,
            int irreversibleLine) {
        int line = downgradeLine(path, headerLine);
        try {
            List<Operation> ops = Recorder.downgrade(migration);
            if (ops.isEmpty() && !upgradeEmpty) {
                return new RevisionSteps.Downgrade(RevisionSteps.Downgrade.State.EMPTY, line, "downgrade(Ops) does nothing");
            }
            return RevisionSteps.Downgrade.present();
        } catch (RetortException e) {
            // the derived downgrade names the operation it cannot reverse, after the class name
            String why = e.getMessage();
            int colon = why.indexOf(": ");
            String detail = "no downgrade is written and none can be derived: " + (colon < 0 ? why : why.substring(colon + 2));
            return new RevisionSteps.Downgrade(RevisionSteps.Downgrade.State.MISSING, headerLine, detail, irreversibleLine);
        } catch (RuntimeException e) {
            return RevisionSteps.Downgrade.present(); // a written downgrade that needs the database: not lint's to judge
        }
    }

    private static int downgradeLine(Path path, int fallback) {
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            // the same lookup doctor uses, so a `void downgrade(` in a comment or string is never the method
            return JavaSource.method(path, text, "downgrade").map(JavaSource.Method::line).orElse(fallback);
        } catch (IOException | RuntimeException e) {
            // the line is a nicety
        }
        return fallback;
    }

    private interface Receiver {
        void accept(Operation op, int line);
    }

    private static OperationSink recording(String className, int fallbackLine, Receiver receiver) {
        return new OperationSink() {
            @Override
            public void accept(Operation operation) {
                receiver.accept(operation, callerLine(className, fallbackLine));
            }

            @Override
            public Connection connection() {
                return null;
            }
        };
    }

    /** The line in the revision's own code (its methods or lambdas) that called the Ops method. */
    private static int callerLine(String className, int fallback) {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> isRevisionCode(f.getClassName(), className))
                .findFirst()
                .map(StackWalker.StackFrame::getLineNumber)
                .filter(n -> n > 0)
                .orElse(fallback));
    }

    private static int lineIn(StackTraceElement[] trace, String className, int fallback) {
        for (StackTraceElement e : trace) {
            if (isRevisionCode(e.getClassName(), className) && e.getLineNumber() > 0) {
                return e.getLineNumber();
            }
        }
        return fallback;
    }

    private static boolean isRevisionCode(String frameClass, String className) {
        return frameClass.equals(className) || frameClass.startsWith(className + "$");
    }
}
