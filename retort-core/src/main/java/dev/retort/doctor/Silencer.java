package dev.retort.doctor;

import dev.retort.report.Finding;
import dev.retort.report.Silenced;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which findings their authors silenced on purpose: a comment or annotation in the
 * revision file the finding is about ({@code # retort: allow CODE reason} in Python,
 * {@code -- retort:allow CODE reason} in SQL, {@code @Allow("CODE")} in Java), or a rule of the
 * configuration. The text forms are the ones lint reads, so one comment serves both.
 */
public final class Silencer {
    private static final Pattern PY = Pattern.compile("^\\s*#\\s*retort:\\s*allow\\b[ \\t]*([A-Za-z0-9_,-]*)(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern SQL = Pattern.compile("^\\s*--\\s*retort:\\s*allow\\b[ \\t]*([A-Za-z0-9_,-]*)(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    /** {@code @Allow("a")}, {@code @Allow({"a", "b"})}, {@code @Allow(value = "a", reason = "why")}. */
    private static final Pattern JAVA = Pattern.compile("@(?:dev\\.retort\\.ops\\.)?Allow\\s*\\(([^)]*)\\)");
    private static final Pattern JAVA_REASON = Pattern.compile("reason\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Map<Path, Map<String, String>> inFiles = new HashMap<>();
    private final List<AllowRule> rules;

    public Silencer(List<ScriptFile> files, List<AllowRule> rules) {
        for (ScriptFile f : files) {
            Map<String, String> allowed = allowances(f);
            if (!allowed.isEmpty()) {
                inFiles.put(f.path(), allowed);
            }
        }
        this.rules = rules;
    }

    /** Why {@code f} is silenced, or null when it stands. */
    String reason(Finding f) {
        if (f.file() != null) {
            Map<String, String> own = inFiles.get(f.file());
            if (own != null && own.containsKey(f.code())) {
                String why = own.get(f.code());
                return why.isEmpty() ? "allowed in the file (no reason given)" : why;
            }
        }
        for (AllowRule r : rules) {
            if (r.matches(f.code(), f.file())) {
                return r.describe();
            }
        }
        return null;
    }

    public boolean silenced(Finding f) {
        return reason(f) != null;
    }

    public Silenced silence(Finding f) {
        return new Silenced(f, reason(f));
    }

    /** Code to reason for the allowances written in the file. */
    static Map<String, String> allowances(ScriptFile f) {
        Map<String, String> out = new LinkedHashMap<>();
        String text = f.content();
        if (f.format() == null || text.indexOf("llow") < 0) {
            return out;
        }
        switch (f.format()) {
            case ALEMBIC -> comments(PY, text, out);
            case SQL -> comments(SQL, text, out);
            case JAVA -> annotations(text, out);
        }
        return out;
    }

    private static void comments(Pattern p, String text, Map<String, String> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            String reason = m.group(2).strip().replaceFirst("^[:\\-\u2013\u2014]+\\s*", "").strip();
            for (String code : m.group(1).split(",")) {
                if (!code.isBlank()) {
                    out.putIfAbsent(code.strip(), reason);
                }
            }
        }
    }

    private static void annotations(String text, Map<String, String> out) {
        Matcher m = JAVA.matcher(text);
        while (m.find()) {
            String args = m.group(1);
            Matcher r = JAVA_REASON.matcher(args);
            String reason = "";
            String codes = args;
            if (r.find()) {
                reason = r.group(1);
                codes = args.substring(0, r.start()) + args.substring(r.end());
            }
            Matcher s = STRING.matcher(codes);
            while (s.find()) {
                out.putIfAbsent(s.group(1), reason);
            }
        }
    }
}
