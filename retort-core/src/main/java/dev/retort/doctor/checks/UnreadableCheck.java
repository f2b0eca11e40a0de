package dev.retort.doctor.checks;

import dev.retort.doctor.Analysis;
import dev.retort.doctor.Check;
import dev.retort.doctor.Diagnosis;
import dev.retort.doctor.ScriptFile;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A revision file that could not be read: everything around it is judged without it. */
public final class UnreadableCheck implements Check {
    private static final Pattern LOCATED = Pattern.compile("^.*?:(\\d+): (.*)$", Pattern.DOTALL);

    @Override
    public List<String> codes() {
        return List.of("unreadable-revision");
    }

    @Override
    public List<Diagnosis> inspect(Analysis a) {
        List<Diagnosis> out = new ArrayList<>();
        for (ScriptFile f : a.files) {
            if (f.readable()) {
                continue;
            }
            String message = f.error().getMessage();
            int line = 1;
            String prefix = f.path() + ":";
            Matcher m = LOCATED.matcher(message);
            if (message.startsWith(prefix) && m.matches()) {
                line = Integer.parseInt(m.group(1));
                message = m.group(2);
            }
            out.add(Diagnosis.of(new Finding("unreadable-revision", Severity.ERROR, f.path(), line, message,
                    "doctor cannot see what this file declares, so the chain around it is judged without it",
                    f.error().hint())));
        }
        return out;
    }
}
