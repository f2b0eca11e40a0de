package dev.retort.script;

import dev.retort.RetortException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Writes new revision files from templates. The defaults ship as resources; a project overrides
 * them with {@code <script_location>/templates/revision.sql.tmpl} or {@code revision.java.tmpl}.
 *
 * <p>Placeholders (the same names in both formats): {@code ${revision}}, {@code ${revises}},
 * {@code ${branch_labels}}, {@code ${depends_on}}, {@code ${create_date}}, {@code ${message}},
 * {@code ${transaction}}, {@code ${upgrade}}, {@code ${downgrade}}, and for Java
 * {@code ${class_name}}. In SQL templates values are header text (lists comma-separated, each
 * further message line prefixed with "-- "); in Java templates they are Java literals (a string
 * literal, or an array initializer for lists). {@code ${upgrade}} and {@code ${downgrade}} are
 * the bodies, verbatim (empty unless autogenerate fills them).
 */
public final class RevisionWriter {
    public static final DateTimeFormatter CREATE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final int SLUG_LENGTH = 40;
    private static final List<String> PLACEHOLDERS = List.of("revision", "revises", "branch_labels", "depends_on",
            "create_date", "message", "transaction", "upgrade", "downgrade", "class_name");

    private final ScriptDirectory scripts;
    private final Map<String, String> x;

    public RevisionWriter(ScriptDirectory scripts) {
        this(scripts, Map.of());
    }

    /** {@code x}: the command's {@code -x key=value} arguments, which templates name as {@code ${x.key}}. */
    public RevisionWriter(ScriptDirectory scripts, Map<String, String> x) {
        this.scripts = scripts;
        this.x = Map.copyOf(x);
    }

    /** What to write: the revision's metadata, its format, and optional bodies. */
    public record Request(RevisionHeader revision, Format format, String upgrade, String downgrade) {
        public Request {
            if (format == Format.ALEMBIC) {
                throw new IllegalArgumentException("Retort does not write Alembic revisions");
            }
            upgrade = upgrade == null ? "" : upgrade;
            downgrade = downgrade == null ? "" : downgrade;
        }

        public Request(RevisionHeader revision, Format format) {
            this(revision, format, "", "");
        }
    }

    /** Renders and writes the file into {@code versions/}; never overwrites. Returns its path. */
    public Path write(Request request) {
        Path file = scripts.versions().resolve(fileName(request.revision(), request.format()));
        String text = render(request);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw RetortException.usage(file + " already exists", "pick another --rev-id or message");
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.USAGE, "cannot write " + file + ": " + e.getMessage(),
                    "check the folder's permissions", e);
        }
        return file;
    }

    /** The file's text. */
    public String render(Request request) {
        RevisionHeader r = request.revision();
        String template = template(request.format());
        boolean java = request.format() == Format.JAVA;
        if (!java) {
            checkSqlMessage(r.message());
        }
        Map<String, String> values = java
                ? Map.of("revision", literal(r.id()), "revises", literal(r.revises()),
                        "branch_labels", literal(r.branchLabels()), "depends_on", literal(r.dependsOn()),
                        "create_date", literal(r.createDate()), "message", literal(r.message()),
                        "transaction", literal(TransactionMode.PER_REVISION.text()),
                        "class_name", className(r), "upgrade", request.upgrade(), "downgrade", request.downgrade())
                : Map.of("revision", r.id(), "revises", String.join(", ", r.revises()),
                        "branch_labels", String.join(", ", r.branchLabels()), "depends_on", String.join(", ", r.dependsOn()),
                        "create_date", r.createDate(), "message", r.message().replace("\n", "\n-- "),
                        "transaction", TransactionMode.PER_REVISION.text(),
                        "class_name", className(r), "upgrade", request.upgrade(), "downgrade", request.downgrade());
        Map<String, String> all = new HashMap<>(values);
        x.forEach((key, value) -> all.put("x." + key, java ? literal(value) : value));
        return stripTrailingSpaces(substitute(template, all, request.format()));
    }

    /** The project's template for {@code format}, else the shipped one. */
    public String template(Format format) {
        String name = "revision" + format.extension() + ".tmpl";
        Path override = scripts.templates().resolve(name);
        try {
            if (Files.isRegularFile(override)) {
                return Files.readString(override, StandardCharsets.UTF_8);
            }
            try (InputStream in = RevisionWriter.class.getResourceAsStream("templates/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource templates/" + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.USAGE, "cannot read " + override + ": " + e.getMessage(),
                    "check the file's permissions", e);
        }
    }

    /** {@code <id>_<slug>.sql} or {@code .java} (a Java revision's class need not match its file name). */
    public static String fileName(RevisionHeader r, Format format) {
        String slug = slug(r.message());
        return r.id() + (slug.isEmpty() ? "" : "_" + slug) + format.extension();
    }

    /**
     * A Java class name holding the id, so that revisions compiled in one batch never clash:
     * prefixed with "R" when the id starts with a digit.
     */
    public static String className(RevisionHeader r) {
        String id = r.id().replace('.', '_');
        String slug = slug(r.message());
        return (Character.isJavaIdentifierStart(id.charAt(0)) ? "" : "R") + id + (slug.isEmpty() ? "" : "_" + slug);
    }

    /** Alembic's slug: lower-case ASCII words joined by '_', cut at a word boundary after 40 characters. */
    public static String slug(String message) {
        String ascii = Normalizer.normalize(message, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        List<String> words = new ArrayList<>();
        for (String w : ascii.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        String slug = String.join("_", words);
        if (slug.length() > SLUG_LENGTH) {
            String cut = slug.substring(0, SLUG_LENGTH);
            int last = cut.lastIndexOf('_');
            slug = (last > 0 ? cut.substring(0, last) : cut) + "_";
        }
        return slug;
    }

    /** A 12-hex-digit id, like Alembic's. */
    public static String randomId(RandomGenerator random) {
        return String.format(Locale.ROOT, "%012x", random.nextLong() & 0xFFFF_FFFF_FFFFL);
    }

    /** Now, as a header's create date. */
    public static String createDate(Clock clock) {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(CREATE_DATE);
    }

    /** Trims each line and drops blank lines at both ends, which is what the readers give back. */
    public static String normalizeMessage(String message) {
        List<String> lines = new ArrayList<>();
        for (String line : message.strip().split("\r?\n", -1)) {
            lines.add(line.strip());
        }
        return String.join("\n", lines);
    }

    // A message line that looks like a header key or a section marker would be read back as one.
    private static void checkSqlMessage(String message) {
        for (String line : message.split("\n", -1)) {
            boolean same;
            try {
                RevisionHeader back = SqlRevisionReader.read(Path.of("message"), "-- " + line + "\n-- Revision ID: x\n-- Revises:\n");
                same = back.message().equals(line.strip());
            } catch (RetortException e) {
                same = false;
            }
            if (!same) {
                throw RetortException.usage("the message line '" + line + "' would be read back as part of the SQL header",
                        "reword it so that it does not start with a header key such as 'Revises:' or a marker such as '+upgrade'");
            }
        }
    }

    private static String substitute(String template, Map<String, String> values, Format format) {
        StringBuilder out = new StringBuilder(template.length() + 256);
        int i = 0;
        while (true) {
            int start = template.indexOf("${", i);
            if (start < 0) {
                out.append(template, i, template.length());
                return out.toString();
            }
            int end = template.indexOf('}', start);
            String name = end < 0 ? template.substring(start + 2) : template.substring(start + 2, end);
            String value = values.get(name);
            if (end >= 0 && value == null && name.startsWith("x.")) {
                throw RetortException.usage("the " + format.name().toLowerCase(Locale.ROOT) + " revision template names ${" + name
                        + "}, and no -x " + name.substring(2) + " was given", "pass -x " + name.substring(2) + "=VALUE");
            }
            if (end < 0 || value == null) {
                throw RetortException.usage("the " + format.name().toLowerCase(Locale.ROOT) + " revision template has an unknown placeholder '${"
                        + name + (end < 0 ? "" : "}") + "'", "known placeholders: " + String.join(", ", PLACEHOLDERS));
            }
            out.append(template, i, start).append(value);
            i = end + 1;
        }
    }

    private static String stripTrailingSpaces(String text) {
        return text.replaceAll("(?m)[ \\t]+$", "");
    }

    private static String literal(List<String> values) {
        if (values.size() == 1) {
            return literal(values.get(0));
        }
        List<String> quoted = new ArrayList<>();
        for (String v : values) {
            quoted.add(literal(v));
        }
        return "{" + String.join(", ", quoted) + "}";
    }

    static String literal(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
