package dev.retort.doctor;

import dev.retort.doctor.checks.Checks;
import dev.retort.doctor.run.Doctor;
import dev.retort.doctor.checks.CycleCheck;
import dev.retort.doctor.report.DoctorReport;
import dev.retort.doctor.report.JsonReport;
import dev.retort.doctor.report.SarifReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.retort.report.Finding;
import dev.retort.report.Severity;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three report shapes and the code registry behind them. */
class ReportsTest {
    @TempDir
    Path tmp;

    private DoctorReport report() {
        Path v = Fixtures.copy("filename-as-parent", tmp).resolve("versions");
        return Doctor.run(DoctorRequest.of(v).withMode(DoctorRequest.Mode.FIX));
    }

    @Test
    void textLinesStartWithLevelCodeAndLocation() {
        DoctorReport r = report();
        String text = Fixtures.text(r, r.versions());
        assertThat(text.lines().filter(l -> !l.startsWith(" ")).toList().subList(0, 2)).allMatch(l ->
                l.matches("(ERROR|WARNING) [a-z-]+ [^ ]+\\.py:\\d+ .+"));
        assertThat(text).contains("\n    why: ").contains("\n    fix: ")
                .contains("doctor: 2 findings (1 error, 1 warning) in 7 revision files\n");
    }

    @Test
    void cleanFolderSaysSo() {
        Path v = Fixtures.copy("two-heads-alembic", tmp).resolve("versions");
        Doctor.run(DoctorRequest.of(v).withMode(DoctorRequest.Mode.APPLY));
        assertThat(Fixtures.text(Doctor.run(DoctorRequest.of(v)), v)).isEqualTo("doctor: no problems in 3 revision files\n");
    }

    @Test
    void jsonCarriesEveryFindingField() throws Exception {
        DoctorReport r = report();
        StringWriter out = new StringWriter();
        JsonReport.write(r, r.versions(), out);
        List<String> fields = fieldsAndStrings(out.toString());
        assertThat(fields).containsSubsequence("versions", "files", "clean", "database", "findings",
                "code", "severity", "file", "line", "message", "why", "fix", "repair", "written", "changes", "diff", "refused", "remaining");
        assertThat(out.toString()).contains("\"code\" : \"missing-parent\"").contains("\"severity\" : \"error\"")
                .contains("\"file\" : \"20251016_prompt_engineering.py\"").contains("\"line\" : 16");
    }

    @Test
    void sarifIs210WithOneRulePerCodeAndRelativeLocations() throws Exception {
        DoctorReport r = report();
        StringWriter out = new StringWriter();
        SarifReport.write(r, r.versions(), "0.1.0", out);
        String s = out.toString();
        fieldsAndStrings(s); // well-formed
        assertThat(s).contains("\"version\" : \"2.1.0\"").contains("\"$schema\" : \"https://json.schemastore.org/sarif-2.1.0.json\"")
                .contains("\"ruleId\" : \"missing-parent\"").contains("\"uri\" : \"20251016_prompt_engineering.py\"")
                .contains("\"uriBaseId\" : \"%SRCROOT%\"").contains("\"startLine\" : 16").contains("\"level\" : \"error\"")
                .contains("\"level\" : \"warning\"");
        for (String code : Doctor.codes()) {
            assertThat(s).contains("\"id\" : \"" + code + "\"");
        }
    }

    @Test
    void theDesignTableIsCovered() { // every code's SARIF rule description: report.SarifRulesTest
        assertThat(Doctor.codes()).contains("missing-parent", "multiple-roots", "multiple-heads", "cycle", "duplicate-id",
                "header-drift", "id-not-in-filename", "unknown-dependency", "unknown-label", "duplicate-label",
                "empty-downgrade", "stray-versions", "changed-after-apply", "unknown-applied", "failed-revision");
    }

    @Test
    void twoChecksClaimingOneCodeAreRejected() {
        Check a = new CycleCheck();
        Check b = new Check() {
            @Override
            public List<String> codes() {
                return List.of("cycle");
            }

            @Override
            public List<Diagnosis> inspect(Analysis an) {
                return List.of();
            }
        };
        assertThatThrownBy(() -> Checks.validated(List.of(a, b))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'cycle'");
    }

    @Test
    void aCheckReportingAnUndeclaredCodeIsCaught() {
        Check rogue = new Check() {
            @Override
            public List<String> codes() {
                return List.of("rogue");
            }

            @Override
            public List<Diagnosis> inspect(Analysis an) {
                return List.of(Diagnosis.of(new Finding("other", Severity.ERROR, null, 0, "m", "w", "f")));
            }
        };
        Analysis an = new Analysis(List.of(), DoctorRequest.of(tmp));
        assertThatThrownBy(() -> Checks.run(List.of(rogue), an, false)).hasMessageContaining("undeclared code other");
    }

    private static List<String> fieldsAndStrings(String json) throws Exception {
        List<String> names = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    names.add(p.currentName());
                }
            }
        }
        return names;
    }
}
