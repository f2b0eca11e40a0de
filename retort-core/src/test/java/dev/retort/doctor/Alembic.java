package dev.retort.doctor;

import java.nio.file.Path;

/** Writes small Alembic revision scripts in the shape Alembic's template produces. */
final class Alembic {
    private Alembic() {}

    /** {@code parents} is the Python value of down_revision, e.g. "None", "'a1'", "('a1', 'b1')". */
    static Path write(Path dir, String file, String id, String parents, String upgrade, String downgrade) {
        return write(dir, file, id, parents, docParents(parents), upgrade, downgrade, "");
    }

    static Path write(Path dir, String file, String id, String parents, String docRevises, String upgrade,
                      String downgrade, String extra) {
        String text = "\"\"\"" + id + "\n\nRevision ID: " + id + "\nRevises: " + docRevises
                + "\nCreate Date: 2024-01-01 10:00:00.000000\n\n\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n"
                + extra + "\n\n# revision identifiers, used by Alembic.\nrevision = '" + id + "'\ndown_revision = " + parents
                + "\nbranch_labels = None\ndepends_on = None\n\n\n"
                + (upgrade == null ? "" : "def upgrade():\n" + indent(upgrade) + "\n\n")
                + (downgrade == null ? "" : "def downgrade():\n" + indent(downgrade));
        Path p = dir.resolve(file);
        Fixtures.write(p, text);
        return p;
    }

    private static String docParents(String parents) {
        return parents.equals("None") ? "" : parents.replaceAll("[()'\"]", "").replaceAll(",\\s*$", "");
    }

    private static String indent(String body) {
        return body.lines().map(l -> "    " + l).reduce((a, b) -> a + "\n" + b).orElse("") + "\n";
    }
}
