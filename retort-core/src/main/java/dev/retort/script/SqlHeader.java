package dev.retort.script;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header of a SQL revision, parsed from the file's bytes: {@code Key: value} comment lines
 * with case-insensitive keys, everything else the message, up to a section marker or the first
 * SQL line. It works on bytes, not a decoded string, because scanning thousands of headers is
 * what graph commands spend their time on.
 */
final class SqlHeader {
    private static final String HINT_HEADER = "start the file with a comment header such as"
            + " '-- Revision ID: <id>' and '-- Revises: <parent ids, comma-separated; empty for the first revision>'";

    /** The keys a header may hold: normalized spelling -> Source key. */
    private static final Map<String, String> KEYS = Map.of(
            "revisionid", "revision",
            "revision", "revision",
            "revises", "revises",
            "createdate", "create_date",
            "branchlabels", "branch_labels",
            "branchlabel", "branch_labels",
            "dependson", "depends_on",
            "transaction", "transaction");

    private static final Map<String, String> DISPLAY = Map.of(
            "revision", "Revision ID", "revises", "Revises", "create_date", "Create Date",
            "branch_labels", "Branch Labels", "depends_on", "Depends On", "transaction", "Transaction");

    private SqlHeader() {}

    /** A parsed header; {@code endLine} is the 1-based line just after it. */
    record Header(RevisionHeader revision, TransactionMode transaction, int endLine) {}

    /**
     * Parses the header from the start of the file's bytes. It works on bytes, not a decoded
     * string, because scanning thousands of headers is what graph commands spend their time on.
     * When {@code complete} is false the bytes may be cut anywhere, so the last line is not
     * trusted; returns null when the header runs past it.
     */
    static Header parse(Path path, byte[] b, int len, boolean complete) {
        int pos = len >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        int lineNo = 0;
        Map<String, String> values = new HashMap<>();
        Map<String, Integer> keyLines = new HashMap<>();
        List<String> message = new ArrayList<>();
        int messageLine = 0;
        int end = -1;
        while (pos < len) {
            int nl = pos;
            while (nl < len && b[nl] != '\n') {
                nl++;
            }
            if (nl == len && !complete) {
                return null;
            }
            int s = pos;
            int e = nl;
            pos = nl + 1;
            lineNo++;
            while (s < e && isSpace(b[s])) {
                s++;
            }
            while (e > s && isSpace(b[e - 1])) {
                e--;
            }
            if (s == e) {
                if (!message.isEmpty()) {
                    message.add("");
                }
                continue;
            }
            if (e - s < 2 || b[s] != '-' || b[s + 1] != '-') {
                end = lineNo;
                break;
            }
            int c = s + 2;
            while (c < e && isSpace(b[c])) {
                c++;
            }
            if (c < e && b[c] == '+' && isMarker(b, c + 1, e)) {
                // The first section usually follows the header: its line comes for free.
                int word = c + 1 + skipSpaces(b, c + 1, e);
                keyLines.put((b[word] | 0x20) == 'd' ? "downgrade" : "upgrade", lineNo);
                end = lineNo;
                break;
            }
            int colon = keyColon(b, c, e);
            String key = colon < 0 ? null : KEYS.get(normalizedKey(b, c, colon));
            if (key == null) {
                if (c < e || !message.isEmpty()) {
                    if (messageLine == 0) {
                        messageLine = lineNo;
                    }
                    message.add(new String(b, c, e - c, StandardCharsets.UTF_8));
                }
                continue;
            }
            Integer first = keyLines.putIfAbsent(key, lineNo);
            if (first != null) {
                throw RevisionIds.malformed(path, lineNo, "'" + DISPLAY.get(key) + ":' appears twice (first on line " + first + ")",
                        "keep one '" + DISPLAY.get(key) + ":' line");
            }
            int v = colon + 1;
            while (v < e && isSpace(b[v])) {
                v++;
            }
            values.put(key, new String(b, v, e - v, StandardCharsets.UTF_8));
        }
        if (end < 0) {
            if (!complete) {
                return null;
            }
            end = lineNo + 1;
        }
        return build(path, values, keyLines, message, messageLine, end);
    }

    private static int skipSpaces(byte[] b, int from, int end) {
        int n = 0;
        while (from + n < end && isSpace(b[from + n])) {
            n++;
        }
        return n;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
    }

    // After the '+': "upgrade" or "downgrade" in any case, optionally a database name (the reader's rule).
    // The plain word, the line every revision has, is matched on the bytes; anything else goes
    // through the reader's own rule, which splits on a regular expression (a pattern compiled per file).
    private static boolean isMarker(byte[] b, int from, int end) {
        int s = from + skipSpaces(b, from, end);
        if (isWord(b, s, end, "upgrade") || isWord(b, s, end, "downgrade")) {
            return true;
        }
        return SqlRevisionReader.marker("--+" + new String(b, from, end - from, StandardCharsets.ISO_8859_1)) != null;
    }

    /** Whether the bytes from {@code from} to {@code end} are {@code word} in any case (end is already trimmed). */
    private static boolean isWord(byte[] b, int from, int end, String word) {
        if (end - from != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if ((b[from + i] | 0x20) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The colon of a "Key: value" line, if the text before it could be a key; else -1. */
    private static int keyColon(byte[] b, int from, int end) {
        for (int i = from; i < end && i <= from + 20; i++) {
            byte c = b[i];
            if (c == ':') {
                return i > from ? i : -1;
            }
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' ' || c == '_' || c == '-')) {
                return -1;
            }
        }
        return -1;
    }

    private static String normalizedKey(byte[] b, int from, int colon) {
        char[] key = new char[colon - from];
        int n = 0;
        for (int i = from; i < colon; i++) {
            byte c = b[i];
            if (c >= 'A' && c <= 'Z') {
                key[n++] = (char) (c + ('a' - 'A'));
            } else if (c >= 'a' && c <= 'z') {
                key[n++] = (char) c;
            }
        }
        return new String(key, 0, n);
    }

    private static Header build(Path path, Map<String, String> values, Map<String, Integer> keyLines,
            List<String> message, int messageLine, int end) {
        Integer idLine = keyLines.get("revision");
        if (idLine == null) {
            throw RevisionIds.malformed(path, 1, "header has no 'Revision ID:' line", HINT_HEADER);
        }
        String id = values.get("revision");
        if (id.isEmpty()) {
            throw RevisionIds.malformed(path, idLine, "'Revision ID:' is empty", "write the revision's id after 'Revision ID:'");
        }
        RevisionIds.check(id, path, idLine, "revision id", false);
        Integer revisesLine = keyLines.get("revises");
        if (revisesLine == null) {
            throw RevisionIds.malformed(path, idLine, "header has no 'Revises:' line",
                    "add '-- Revises: <parent ids, comma-separated>' (empty for the first revision)");
        }
        List<String> revises = RevisionIds.splitList(values.get("revises"), path, revisesLine, "Revises", false);
        List<String> labels = RevisionIds.splitList(values.getOrDefault("branch_labels", ""), path,
                keyLines.getOrDefault("branch_labels", 0), "Branch Labels", true);
        List<String> depends = RevisionIds.splitList(values.getOrDefault("depends_on", ""), path,
                keyLines.getOrDefault("depends_on", 0), "Depends On", true);
        TransactionMode transaction = TransactionMode.PER_REVISION;
        if (values.containsKey("transaction") && !values.get("transaction").isEmpty()) {
            transaction = TransactionMode.ofText(values.get("transaction"));
            if (transaction == null) {
                throw RevisionIds.malformed(path, keyLines.get("transaction"),
                        "unknown transaction mode '" + values.get("transaction") + "'",
                        "use 'per-revision' (the default) or 'none' (run outside a transaction)");
            }
        }
        while (!message.isEmpty() && message.get(message.size() - 1).isEmpty()) {
            message.remove(message.size() - 1);
        }
        if (messageLine > 0) {
            keyLines.put("message", messageLine); // the map is this parse's own; Source copies it
        }
        String text = message.isEmpty() ? "" : message.size() == 1 ? message.get(0) : String.join("\n", message);
        RevisionHeader revision = new RevisionHeader(id, revises, labels, depends, text,
                values.getOrDefault("create_date", ""), new Source(path, Format.SQL, keyLines));
        return new Header(revision, transaction, end);
    }
}
