package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The README's CI recipe, docs/ci/retort.yml, is a well-formed GitHub Actions workflow (it cannot
 * run here): jobs with steps that each use an action or run commands, SARIF uploaded, and every
 * retort command it runs exists with the options it passes.
 */
class CiRecipeTest {
    static final Path WORKFLOW = Path.of("..", "docs", "ci", "retort.yml").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    static Map<String, Object> workflow() throws IOException {
        return new Yaml().load(Files.readString(WORKFLOW));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> steps(Map<String, Object> workflow) {
        List<Map<String, Object>> all = new ArrayList<>();
        ((Map<String, Object>) workflow.get("jobs")).values()
                .forEach(job -> all.addAll((List<Map<String, Object>>) ((Map<String, Object>) job).get("steps")));
        return all;
    }

    @Test
    @SuppressWarnings("unchecked")
    void isAWorkflowWithJobsAndSteps() throws IOException {
        Map<String, Object> w = workflow();
        assertThat(w).containsKeys("name", "jobs", "permissions");
        // YAML 1.1 reads the key on as true
        assertThat(w.containsKey("on") || w.containsKey(Boolean.TRUE)).isTrue();
        assertThat((Map<String, Object>) w.get("permissions")).containsEntry("security-events", "write");
        Map<String, Object> jobs = (Map<String, Object>) w.get("jobs");
        assertThat(jobs).isNotEmpty();
        jobs.values().forEach(job -> assertThat((Map<String, Object>) job).containsKeys("runs-on", "steps"));
        for (Map<String, Object> step : steps(w)) {
            assertThat(step.containsKey("uses") ^ step.containsKey("run")).as("step %s uses an action or runs commands", step)
                    .isTrue();
            if (step.containsKey("uses")) {
                assertThat((String) step.get("uses")).as("actions are pinned to a version").matches("[\\w.-]+/[\\w./-]+@v\\d+");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void uploadsTheSarifThatDoctorAndLintWrite() throws IOException {
        List<Map<String, Object>> steps = steps(workflow());
        List<String> uploaded = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("github/codeql-action/upload-sarif@"))
                .map(s -> (String) ((Map<String, Object>) s.get("with")).get("sarif_file")).toList();
        assertThat(uploaded).containsExactly("retort-doctor.sarif", "retort-lint.sarif");
        List<String> runs = retortCommands(steps);
        assertThat(runs).contains("retort doctor --format sarif > retort-doctor.sarif",
                "retort lint --format sarif > retort-lint.sarif", "retort verify");
    }

    @Test
    void everyRetortCommandExistsWithItsOptions() throws IOException {
        List<String> commands = retortCommands(steps(workflow()));
        assertThat(commands).hasSizeGreaterThanOrEqualTo(3);
        for (String line : commands) {
            List<String> words = Arrays.asList(line.split("\\s+"));
            String command = words.get(1);
            CliRun.Result help = CliRun.run(dir, command, "--help");
            assertThat(help.code()).as("retort %s --help: %s", command, help).isZero();
            words.stream().filter(w -> w.startsWith("--"))
                    .forEach(option -> assertThat(help.out()).as("retort %s has %s", command, option).contains(option));
            // the option's value is one the command accepts: run it on an empty folder, which fails on
            // the missing project, not on the arguments (exit 2 with a usage message would name them)
            List<String> args = new ArrayList<>(words.subList(1, words.contains(">") ? words.indexOf(">") : words.size()));
            CliRun.Result run = CliRun.run(dir, args.toArray(String[]::new));
            assertThat(run.err()).as("retort %s", String.join(" ", args)).doesNotContain("Invalid value").doesNotContain("Unknown option").doesNotContain("Unmatched argument");
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> retortCommands(List<Map<String, Object>> steps) {
        return steps.stream().filter(s -> s.containsKey("run"))
                .flatMap(s -> ((String) s.get("run")).lines()).map(String::strip).filter(l -> l.startsWith("retort ")).toList();
    }
}
