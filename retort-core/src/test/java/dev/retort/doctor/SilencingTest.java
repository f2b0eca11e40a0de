package dev.retort.doctor;

import dev.retort.doctor.run.Doctor;
import dev.retort.doctor.report.DoctorReport;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.report.Finding;
import dev.retort.report.Silenced;
import dev.retort.support.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings silenced where they stand, in each format, and by configured rules; silenced ones are never repaired. */
class SilencingTest {
    private static final String CREATE = "op.createTable(\"audit\", t -> t.column(\"id\", BIGINT, c -> c.primaryKey()));";

    @TempDir
    Path tmp;

    private static List<String> silencedCodes(DoctorReport r) {
        return r.silenced().stream().map(s -> s.finding().code()).toList();
    }

    @Test
    void aSqlCommentSilencesItsOwnFileOnly() {
        Path v = Fixtures.copy("empty-downgrade", tmp).resolve("versions");
        DoctorReport before = Doctor.run(DoctorRequest.of(v));
        assertThat(before.findings()).extracting(Finding::code).contains("empty-downgrade");

        Path sql = v.resolve("e003_sql.sql");
        Fixtures.write(sql, Fixtures.read(sql) + "-- retort:allow empty-downgrade: the table is dropped with its schema\n");
        DoctorReport after = Doctor.run(DoctorRequest.of(v));

        assertThat(after.findings()).noneMatch(f -> f.file().equals(sql));
        Silenced s = after.silenced().stream().filter(x -> x.finding().file().equals(sql)).findFirst().orElseThrow();
        assertThat(s.reason()).isEqualTo("the table is dropped with its schema");
        assertThat(after.findings().size() + after.silenced().size()).isEqualTo(before.findings().size());
    }

    @Test
    void aJavaAllowAnnotationSilences() {
        TestProject p = new TestProject(tmp);
        p.java("a1", null, CREATE, "// nothing", null,
                "@Allow(value = \"empty-downgrade\", reason = \"audit rows are kept on purpose\")");
        DoctorReport r = Doctor.run(DoctorRequest.of(p.root().resolve("migrations/versions")));
        assertThat(r.findings()).isEmpty();
        assertThat(r.silenced()).extracting(Silenced::reason).containsExactly("audit rows are kept on purpose");
    }

    @Test
    void aPythonCommentSilencesAndTheFixLeavesTheFindingAlone() {
        Path v = tmp.resolve("versions");
        Alembic.write(v, "a1_base.py", "a1", "None", "a0", "op.create_table('t', sa.Column('id', sa.Integer()))",
                "op.drop_table('t')", "\n# retort: allow header-drift the docstring keeps the id of the squashed history\n");
        String before = Fixtures.read(v.resolve("a1_base.py"));

        DoctorReport r = Doctor.run(DoctorRequest.of(v).withMode(DoctorRequest.Mode.APPLY));

        assertThat(r.findings()).isEmpty();
        assertThat(silencedCodes(r)).containsExactly("header-drift");
        assertThat(r.repair().changes()).isEmpty();
        assertThat(Fixtures.read(v.resolve("a1_base.py"))).isEqualTo(before);
    }

    @Test
    void configuredRulesMatchCodesAndPathGlobs() {
        Path v = tmp.resolve("versions");
        Alembic.write(v, "a1_base.py", "a1", "None", "op.create_table('t', sa.Column('id', sa.Integer()))", "pass");
        Alembic.write(v.resolve("legacy"), "b1_old.py", "b1", "'a1'", "op.add_column('t', sa.Column('x', sa.Integer()))", "pass");
        DoctorRequest request = DoctorRequest.of(v).withAllowed(List.of(
                new AllowRule("empty-downgrade", List.of("versions/legacy/*"), "old", tmp, "retort.toml:7")));

        DoctorReport r = Doctor.run(request);

        assertThat(r.findings()).extracting(f -> f.file().getFileName().toString()).containsExactly("a1_base.py");
        assertThat(r.silenced()).extracting(Silenced::reason).containsExactly("old (retort.toml:7)");
        assertThat(r.fails(true)).isTrue();
        DoctorReport all = Doctor.run(DoctorRequest.of(v).withAllowed(List.of(
                new AllowRule("empty-downgrade", List.of(), "", tmp, "retort.toml:3"))));
        assertThat(all.findings()).isEmpty();
        assertThat(all.fails(true)).isFalse();
    }
}
