package dev.retort.doctor.checks;

import dev.retort.doctor.Analysis;
import dev.retort.doctor.Remedy;
import dev.retort.script.Format;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;

/**
 * The text of a revision that merges heads: an Alembic script when every head is one (so the
 * project stays readable by Alembic), a SQL revision otherwise. Its id is derived from the heads,
 * so running the repair twice proposes the same file.
 */
public final class MergeRevision {
    private MergeRevision() {}

    public static Remedy.CreateFile create(Analysis a, List<String> heads) {
        boolean alembic = heads.stream().allMatch(h -> a.byId.get(h).format() == Format.ALEMBIC);
        String id = idFor(a, heads);
        LocalDateTime now = LocalDateTime.ofInstant(a.request.clock().instant(), ZoneOffset.UTC);
        String list = String.join(", ", heads);
        String content = alembic ? alembic(id, heads, now) : sql(id, list, now);
        String name = id + "_merge_heads" + (alembic ? ".py" : ".sql");
        return new Remedy.CreateFile(a.request.versions().resolve(name), content);
    }

    private static String idFor(Analysis a, List<String> heads) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] digest = md.digest(String.join("\n", heads.stream().sorted().toList()).getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            int length = 12;
            while (a.byId.containsKey(hex.substring(0, length))) {
                length++;
            }
            return hex.substring(0, length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String alembic(String id, List<String> heads, LocalDateTime now) {
        String tuple = "(" + String.join(", ", heads.stream().map(h -> "'" + h.replace("\\", "\\\\").replace("'", "\\'") + "'").toList()) + ")";
        return "\"\"\"merge heads " + String.join(", ", heads) + "\n\n"
                + "Revision ID: " + id + "\n"
                + "Revises: " + String.join(", ", heads) + "\n"
                + "Create Date: " + now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")) + "\n\n"
                + "\"\"\"\n"
                + "from alembic import op\n"
                + "import sqlalchemy as sa\n\n\n"
                + "# revision identifiers, used by Alembic.\n"
                + "revision = '" + id + "'\n"
                + "down_revision = " + tuple + "\n"
                + "branch_labels = None\n"
                + "depends_on = None\n\n\n"
                + "def upgrade() -> None:\n    pass\n\n\n"
                + "def downgrade() -> None:\n    pass\n";
    }

    private static String sql(String id, String list, LocalDateTime now) {
        return "-- Merge heads " + list + "\n"
                + "--\n"
                + "-- Revision ID: " + id + "\n"
                + "-- Revises: " + list + "\n"
                + "-- Create Date: " + now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")) + "\n"
                + "-- Branch Labels:\n"
                + "-- Depends On:\n"
                + "-- Transaction: per-revision\n\n"
                + "-- +upgrade\n\n"
                + "-- +downgrade\n";
    }
}
