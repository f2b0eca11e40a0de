package dev.retort.doctor;

import dev.retort.RetortException;
import dev.retort.script.Format;
import dev.retort.script.Revision;
import dev.retort.script.Source;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A SQL revision's leading comment header ({@code -- Revises: a, b}) with the position of each
 * value. The header is the only copy of the metadata, so there is nothing to keep in sync.
 */
record SqlText(String content, Revision revision, Map<String, Header> headers, boolean upgradeDoesWork,
               boolean downgradeMissing) implements RevisionText {

    /** A {@code -- Key: value} line; {@code lineEnd} is where its line terminator starts. */
    record Header(int line, int keyEnd, int valueStart, int valueEnd, int lineEnd, String value) {
        List<String> ids() {
            return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
    }

    private static final List<String> KEYS =
            List.of("revision id", "revises", "create date", "branch labels", "depends on", "transaction");

    static SqlText parse(Path path, String content) {
        Map<String, Header> headers = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        String message = "";
        boolean inHeader = true;
        String section = "upgrade";
        boolean upgradeWork = false;
        boolean downgradeWork = false;
        boolean sawDowngrade = false;
        int p = content.startsWith("\uFEFF") ? 1 : 0;
        int lineNo = 1;
        while (p <= content.length()) {
            int e = p;
            while (e < content.length() && content.charAt(e) != '\n' && content.charAt(e) != '\r') {
                e++;
            }
            String trimmed = content.substring(p, e).strip();
            String marker = trimmed.startsWith("--") ? trimmed.substring(2).strip().toLowerCase(Locale.ROOT) : "";
            if (marker.equals("+upgrade") || marker.equals("+downgrade")) {
                inHeader = false;
                section = marker.substring(1);
                sawDowngrade |= section.equals("downgrade");
                lines.put(section, lineNo);
            } else if (inHeader && trimmed.startsWith("--")) {
                int dashes = content.indexOf("--", p) + 2;
                String text = content.substring(dashes, e);
                int colon = text.indexOf(':');
                String key = colon < 0 ? "" : text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                if (KEYS.contains(key)) {
                    headers.put(key, header(content, lineNo, dashes + colon + 1, e));
                    lines.put(lineKey(key), lineNo);
                } else if (message.isEmpty() && !text.isBlank()) {
                    message = text.strip();
                    lines.put("message", lineNo);
                }
            } else if (!trimmed.isEmpty() && !trimmed.startsWith("--")) {
                inHeader = false;
                if (section.equals("upgrade")) {
                    upgradeWork = true;
                } else {
                    downgradeWork = true;
                }
            } else if (trimmed.isEmpty()) {
                inHeader = false;
            }
            if (e >= content.length()) {
                break;
            }
            p = e + (content.charAt(e) == '\r' && e + 1 < content.length() && content.charAt(e + 1) == '\n' ? 2 : 1);
            lineNo++;
        }
        Header id = headers.get("revision id");
        if (id == null || id.value().isEmpty()) {
            throw RetortException.usage(path + ":" + (id == null ? 1 : id.line()) + ": no Revision ID in the header",
                    "a SQL revision starts with a comment header: -- Revision ID: <id>, -- Revises: <parent ids>");
        }
        Revision r = new Revision(id.value(), ids(headers, "revises"), ids(headers, "branch labels"),
                ids(headers, "depends on"), message,
                headers.containsKey("create date") ? headers.get("create date").value() : "",
                new Source(path, Format.SQL, lines));
        return new SqlText(content, r, Map.copyOf(headers), upgradeWork, !sawDowngrade || !downgradeWork);
    }

    private static String lineKey(String key) {
        return switch (key) {
            case "revision id" -> "revision";
            case "create date" -> "create_date";
            case "branch labels" -> "branch_labels";
            case "depends on" -> "depends_on";
            default -> key;
        };
    }

    private static List<String> ids(Map<String, Header> headers, String key) {
        Header h = headers.get(key);
        return h == null ? List.of() : h.ids();
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
    public String copiedId() {
        return null;
    }

    @Override
    public List<String> copiedParents() {
        return null;
    }

    @Override
    public List<TextEdit> setParents(List<String> parents) {
        return setList("revises", "Revises", parents);
    }

    @Override
    public List<TextEdit> setDependsOn(List<String> dependsOn) {
        return setList("depends on", "Depends On", dependsOn);
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
        Header after = headers.getOrDefault("revises", headers.get("revision id"));
        int at = after.lineEnd();
        String eol = content.startsWith("\r\n", at) ? "\r\n" : "\n";
        return List.of(new TextEdit(at, at, eol + "-- " + label + ": " + value));
    }
}
