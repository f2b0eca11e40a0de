package dev.retort.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code -- retort:allow CODE[,CODE] reason} comments, anywhere in a SQL revision. */
public final class Allowances {
    private static final Pattern ALLOW = Pattern.compile("^\\s*--\\s*retort:allow\\b[ \\t]*([A-Za-z0-9_,-]*)(.*)$",
            Pattern.CASE_INSENSITIVE);

    private Allowances() {}

    public static List<RevisionSteps.Allowance> inSql(String text) {
        List<RevisionSteps.Allowance> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = ALLOW.matcher(lines[i]);
            if (m.matches()) {
                String reason = reason(m.group(2));
                for (String code : codes(m.group(1))) {
                    out.add(new RevisionSteps.Allowance(code, reason, i + 1));
                }
                if (codes(m.group(1)).isEmpty()) {
                    out.add(new RevisionSteps.Allowance("", reason, i + 1));
                }
            }
        }
        return out;
    }

    public static List<String> codes(String list) {
        List<String> out = new ArrayList<>();
        for (String c : list.split(",")) {
            if (!c.isBlank()) {
                out.add(c.strip());
            }
        }
        return out;
    }

    /** The reason as written, without the separator people put before it ("drop-column: old"). */
    public static String reason(String raw) {
        return raw.strip().replaceFirst("^[:\\-\u2013\u2014]+\\s*", "").strip();
    }
}
