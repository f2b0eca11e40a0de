package dev.retort.script;

import dev.retort.RetortException;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads SQL revisions (DESIGN §3). The header is the leading block of {@code --} comment lines:
 * {@code Key: value} lines with case-insensitive keys, everything else the message. It ends at a
 * section marker ({@code -- +upgrade}, {@code -- +downgrade}) or the first SQL line. Graph
 * commands read only the header, from the file's first bytes.
 */
public final class SqlRevisionReader {
    private static final int PREFIX = 4096;

    private SqlRevisionReader() {}

    /** The header of {@code path}, reading only as many bytes as it takes. */
    public static RevisionHeader readHeader(Path path) {
        return readHeader(path, PREFIX);
    }

    /**
     * As {@link #readHeader(Path)} for a file whose size is known: a buffer of that size plus one
     * when it is smaller than the usual prefix (10,000 files of 200 bytes would otherwise zero 40 MB).
     */
    static RevisionHeader readHeader(Path path, long size) {
        try (InputStream in = new FileInputStream(path.toString())) {
            byte[] prefix = new byte[(int) Math.min(PREFIX, size + 1)];
            int n = in.readNBytes(prefix, 0, prefix.length);
            SqlHeader.Header header = SqlHeader.parse(path, prefix, n, n < prefix.length);
            if (header == null) {
                byte[] rest = in.readAllBytes();
                byte[] all = Arrays.copyOf(prefix, n + rest.length);
                System.arraycopy(rest, 0, all, n, rest.length);
                header = SqlHeader.parse(path, all, all.length, true);
            }
            return header.revision();
        } catch (IOException e) {
            throw cannotRead(path, e);
        }
    }

    /** The header of a revision whose whole text is {@code content}. */
    public static RevisionHeader read(Path path, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return SqlHeader.parse(path, bytes, bytes.length, true).revision();
    }

    /** Reads and fully parses {@code path}: header and both sections. */
    public static SqlScript readScript(Path path) {
        try {
            return parse(path, Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            if (e instanceof RetortException r) {
                throw r;
            }
            throw cannotRead(path, e);
        }
    }

    /** Fully parses {@code content}: the sections' lines are added to the revision's source. */
    public static SqlScript parse(Path path, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        SqlHeader.Header header = SqlHeader.parse(path, bytes, bytes.length, true);
        List<String> lines = Lines.split(content);
        Map<Marker, SqlScript.Section> sections = new LinkedHashMap<>();
        Marker current = null;
        int currentMarker = 0;
        List<String> body = new ArrayList<>();
        for (int i = header.endLine() - 1; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            Marker marker = line == null ? null : marker(line);
            if (line != null && marker == null) {
                if (current != null) {
                    body.add(line);
                } else if (!line.isBlank() && !line.strip().startsWith("--")) {
                    throw RevisionIds.malformed(path, i + 1, "SQL outside a section",
                            "put upgrade SQL after a line '-- +upgrade' and downgrade SQL after a line '-- +downgrade'");
                }
                continue;
            }
            if (current != null) {
                sections.put(current, new SqlScript.Section(String.join("\n", body), currentMarker, currentMarker + 1));
            }
            if (line == null) {
                break;
            }
            SqlScript.Section seen = sections.get(marker);
            if (seen != null) {
                throw RevisionIds.malformed(path, i + 1, "second '-- +" + marker + "' section (first on line " + seen.markerLine() + ")",
                        "keep one '-- +" + marker + "' section");
            }
            current = marker;
            currentMarker = i + 1;
            body.clear();
        }
        SqlScript.Section upgrade = sections.getOrDefault(new Marker("upgrade", ""), SqlScript.Section.ABSENT);
        SqlScript.Section downgrade = sections.getOrDefault(new Marker("downgrade", ""), SqlScript.Section.ABSENT);
        Map<String, SqlScript.Section> upgrades = new LinkedHashMap<>();
        Map<String, SqlScript.Section> downgrades = new LinkedHashMap<>();
        sections.forEach((m, section) -> {
            if (!m.database().isEmpty()) {
                (m.direction().equals("upgrade") ? upgrades : downgrades).put(m.database(), section);
            }
        });
        if (!upgrade.isPresent() && upgrades.isEmpty()) {
            throw RevisionIds.malformed(path, Math.min(header.endLine(), Math.max(lines.size(), 1)), "no '-- +upgrade' section",
                    "put upgrade SQL after a line '-- +upgrade' and downgrade SQL after a line '-- +downgrade'");
        }
        Map<String, Integer> sourceLines = new HashMap<>(header.revision().source().lines());
        sections.forEach((m, section) -> sourceLines.putIfAbsent(m.direction(), section.markerLine()));
        if (upgrade.isPresent()) {
            sourceLines.put("upgrade", upgrade.markerLine());
        }
        if (downgrade.isPresent()) {
            sourceLines.put("downgrade", downgrade.markerLine());
        }
        RevisionHeader r = header.revision();
        RevisionHeader full = new RevisionHeader(r.id(), r.revises(), r.branchLabels(), r.dependsOn(), r.message(), r.createDate(),
                new Source(path, Format.SQL, sourceLines));
        return new SqlScript(full, header.transaction(), upgrade, downgrade, upgrades, downgrades);
    }

    /** A section marker: the direction, and the database it is for ("" for the generic section). */
    record Marker(String direction, String database) {
        @Override
        public String toString() {
            return database.isEmpty() ? direction : direction + " " + database;
        }
    }

    /**
     * The marker when the line is one ({@code -- +upgrade}, {@code -- +downgrade}, each
     * optionally followed by one database name), else null.
     */
    static Marker marker(String line) {
        String s = line.strip();
        if (!s.startsWith("--")) {
            return null;
        }
        s = s.substring(2).strip();
        if (!s.startsWith("+")) {
            return null;
        }
        String[] words = s.substring(1).strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length > 2 || !(words[0].equals("upgrade") || words[0].equals("downgrade"))) {
            return null;
        }
        if (words.length == 2 && !words[1].matches("[a-z][a-z0-9_]*")) {
            return null;
        }
        return new Marker(words[0], words.length == 2 ? words[1] : "");
    }

    static RetortException cannotRead(Path path, Exception e) {
        return new RetortException(RetortException.Kind.USAGE, "cannot read " + path + ": " + e.getMessage(),
                "check that the file exists and is readable", e);
    }
}
