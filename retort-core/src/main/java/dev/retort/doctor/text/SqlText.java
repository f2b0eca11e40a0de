package dev.retort.doctor.text;

import dev.retort.script.RevisionHeader;
import dev.retort.script.SqlRevisionReader;
import dev.retort.script.SqlScript;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A SQL revision: what it declares comes from {@link SqlRevisionReader} (so doctor reads exactly
 * what every other command reads); this adds where each header value sits, for repairs. The
 * header is the only copy of the metadata, so there is nothing to keep in sync.
 */
public record SqlText(String content, RevisionHeader revision, Map<String, Header> headers, boolean upgradeDoesWork,
               boolean downgradeMissing) implements RevisionText {

    /** A {@code -- Key: value} line; {@code lineEnd} is where its line terminator starts. */
    record Header(int line, int keyEnd, int valueStart, int valueEnd, int lineEnd, String value) {}

    /** Header keys as the reader normalises them (letters only, lower case) -> the keys used here. */
    private static final Map<String, String> KEYS = Map.of(
            "revisionid", "revision", "revision", "revision", "revises", "revises",
            "dependson", "depends_on", "branchlabels", "branch_labels", "branchlabel", "branch_labels");

    public static SqlText parse(Path path, String content) {
        SqlScript script = SqlRevisionReader.parse(path, content);
        Map<String, Header> headers = new HashMap<>();
        int p = content.startsWith("\uFEFF") ? 1 : 0;
        int lineNo = 1;
        while (p < content.length()) {
            int e = content.indexOf('\n', p);
            int next = e < 0 ? content.length() : e + 1;
            int end = e < 0 ? content.length() : e;
            if (end > p && content.charAt(end - 1) == '\r') {
                end--;
            }
            String trimmed = content.substring(p, end).strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("--")) {
                break; // the header ends at the first SQL line
            }
            if (trimmed.startsWith("--") && !trimmed.substring(2).strip().startsWith("+")) {
                int dashes = content.indexOf("--", p) + 2;
                int colon = content.indexOf(':', dashes);
                if (colon > 0 && colon < end) {
                    String key = KEYS.get(normalized(content.substring(dashes, colon)));
                    if (key != null) {
                        headers.putIfAbsent(key, header(content, lineNo, colon + 1, end));
                    }
                }
            } else if (trimmed.startsWith("--")) {
                break; // a section marker
            }
            p = next;
            lineNo++;
        }
        // Per-database sections count like the generic ones: a file whose downgrades are all per database has one.
        boolean upgradeDoesWork = !script.upgrade().isBlank()
                || script.upgrades().values().stream().anyMatch(s -> !s.isBlank());
        boolean downgradeMissing = (!script.downgrade().isPresent() || script.downgrade().isBlank())
                && script.downgrades().values().stream().allMatch(SqlScript.Section::isBlank);
        return new SqlText(content, script.revision(), Map.copyOf(headers), upgradeDoesWork, downgradeMissing);
    }

    private static String normalized(String key) {
        StringBuilder b = new StringBuilder();
        for (char c : key.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                b.append(c);
            } else if (c != ' ' && c != '_' && c != '-' && c != '\t') {
                return "";
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static Header header(String content, int line, int keyEnd, int lineEnd) {
        int vs = keyEnd;
        while (vs < lineEnd && Character.isWhitespace(content.charAt(vs))) {
            vs++;
        }
        int ve = lineEnd;
        while (ve > vs && Character.isWhitespace(content.charAt(ve - 1))) {
            ve--;
        }
        return new Header(line, keyEnd, vs, ve, lineEnd, content.substring(vs, ve));
    }

    @Override
    public List<TextEdit> setParents(List<String> parents) {
        return setList("revises", "Revises", parents);
    }

    @Override
    public List<TextEdit> setDependsOn(List<String> dependsOn) {
        return setList("depends_on", "Depends On", dependsOn);
    }

    @Override
    public List<TextEdit> setId(String id) {
        Header h = headers.get("revision");
        return h == null ? null : List.of(new TextEdit(h.valueStart(), h.valueEnd(), (h.valueStart() == h.keyEnd() ? " " : "") + id));
    }

    @Override
    public List<TextEdit> syncCopies() {
        return List.of();
    }

    private List<TextEdit> setList(String key, String label, List<String> values) {
        String value = String.join(", ", values);
        Header h = headers.get(key);
        if (h != null) {
            if (h.value().equals(value)) {
                return List.of();
            }
            boolean space = h.valueStart() == h.keyEnd() && !value.isEmpty();
            return List.of(new TextEdit(h.valueStart(), h.valueEnd(), (space ? " " : "") + value));
        }
        // The reader requires Revises:, so only an optional key can be missing: add it after Revises:.
        Header after = headers.getOrDefault("revises", headers.get("revision"));
        int at = after.lineEnd();
        String eol = content.startsWith("\r\n", at) ? "\r\n" : "\n";
        return List.of(new TextEdit(at, at, eol + "-- " + label + ": " + value));
    }
}
