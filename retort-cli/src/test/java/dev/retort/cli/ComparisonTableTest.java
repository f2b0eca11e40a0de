package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README's table against Flyway and Liquibase claims nothing for Retort that the repository
 * does not hold: each module, command, option, file and page a Retort cell names exists, a "no"
 * has nothing behind it to deny, and each Flyway and Liquibase cell of docs/comparison.md cites a
 * source (or says none was found).
 */
class ComparisonTableTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#]+)(#[^)]*)?\\)");
    private static final Pattern MODULE = Pattern.compile("retort-[a-z-]+");
    private static final Pattern COMMAND = Pattern.compile("retort ([a-z-]+)((?: --[a-z-]+)*)");
    private static final Pattern SOURCE = Pattern.compile("\\[(\\d+)\\]");

    /** One row of a Markdown table: its cells, trimmed. */
    record Row(List<String> cells) {
        String feature() {
            return cells.get(0);
        }

        String retort() {
            return cells.get(1);
        }
    }

    static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"));
    }

    /** The rows under the first table after {@code heading}, without the header and separator. */
    static List<Row> table(String text, String heading) {
        int at = text.indexOf(heading);
        assertThat(at).as("%s is missing", heading).isNotNegative();
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : text.substring(at + heading.length()).split("\n")) {
            if (line.startsWith("|")) {
                inTable = true;
                List<String> cells = Stream.of(line.substring(1, line.lastIndexOf('|')).split("\\|", -1))
                        .map(String::strip).toList();
                if (!cells.get(1).startsWith("---") && !cells.get(1).equals("Retort")) {
                    rows.add(new Row(cells));
                }
            } else if (inTable) {
                break;
            }
        }
        assertThat(rows).as("rows of the table under %s", heading).isNotEmpty();
        return rows;
    }

    static List<String> all(Pattern p, String text, int group) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(group));
        }
        return out;
    }

    static Map<String, CommandLine> commands() {
        CliContext ctx = new CliContext(Path.of("."), Map.of(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), Clock.systemUTC(), new Random(1));
        return Main.commandLine(ctx, new String[0]).getSubcommands();
    }

    static Set<String> modules() throws IOException {
        return Set.copyOf(all(Pattern.compile("<module>([^<]+)</module>"), Files.readString(ROOT.resolve("pom.xml")), 1));
    }

    @Test
    void everyRetortYesNamesWhatBacksItAndAllOfThatExists() throws IOException {
        Map<String, CommandLine> commands = commands();
        Set<String> modules = modules();
        for (Row row : table(readme(), "### Compared with Flyway and Liquibase")) {
            assertThat(row.cells()).as("row %s has four cells", row.feature()).hasSize(4);
            String cell = row.retort();
            boolean pending = cell.contains("<!-- pending");
            List<String> code = all(CODE, cell, 1);
            List<String> links = all(LINK, cell, 1);
            if (cell.startsWith("yes")) {
                assertThat(code.size() + links.size()).as("the Retort cell of '%s' says yes: name the module, command or page", row.feature())
                        .isPositive();
            }
            for (String c : code) {
                if (MODULE.matcher(c).matches()) {
                    boolean exists = modules.contains(c) && Files.isRegularFile(ROOT.resolve(c).resolve("pom.xml"));
                    if (pending) {
                        assertThat(exists).as("%s exists now: delete the pending comment in the README's '%s' row", c, row.feature())
                                .isFalse();
                    } else {
                        assertThat(exists).as("'%s' names the module %s, which the build does not have", row.feature(), c).isTrue();
                    }
                } else if (COMMAND.matcher(c).matches()) {
                    Matcher m = COMMAND.matcher(c);
                    m.matches();
                    assertThat(commands).as("'%s' names the command %s", row.feature(), c).containsKey(m.group(1));
                    for (String option : m.group(2).strip().isEmpty() ? new String[0] : m.group(2).strip().split(" ")) {
                        assertThat(commands.get(m.group(1)).getCommandSpec().findOption(option))
                                .as("'%s' names %s, which has no option %s", row.feature(), m.group(1), option).isNotNull();
                    }
                } else if (c.contains(".") || c.contains("/")) {
                    assertThat(ROOT.resolve(c)).as("'%s' names the file %s", row.feature(), c).exists();
                }
            }
            for (String link : links) {
                assertThat(ROOT.resolve(link)).as("'%s' links %s", row.feature(), link).exists();
            }
        }
    }

    @Test
    void whatRetortSaysItLacksIsNotInTheRepository() throws IOException {
        Map<String, Row> rows = table(readme(), "### Compared with Flyway and Liquibase").stream()
                .collect(Collectors.toMap(Row::feature, r -> r));
        Row packaging = rows.get("Docker image / Homebrew");
        assertThat(packaging).isNotNull();
        if (packaging.retort().startsWith("no / no")) {
            try (Stream<Path> files = Files.walk(ROOT)) {
                List<String> found = files.filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
                        .map(p -> p.getFileName().toString())
                        .filter(n -> n.equals("Dockerfile") || n.equals("Containerfile") || n.endsWith(".rb"))
                        .toList();
                assertThat(found).as("the README says Retort has no Docker image and no Homebrew formula").isEmpty();
            }
        }
        if (rows.get("Licence, editions").retort().startsWith("no licence file")) {
            try (Stream<Path> files = Files.list(ROOT)) {
                assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.matches("(?i)(LICEN[CS]E|COPYING).*")))
                        .as("the README says Retort has no licence file yet").isEmpty();
            }
        }
        assertThat(Files.readString(ROOT.resolve("jbang-catalog.json"))).as("jbang is 'not yet': the catalog points at Maven Central")
                .contains("dev.retort:retort-cli:");
    }

    @Test
    void everyFlywayAndLiquibaseCellOfTheSourcesPageCitesASource() throws IOException {
        String page = Files.readString(ROOT.resolve("docs/comparison.md"));
        String sources = page.substring(page.indexOf("## Sources"));
        Set<String> listed = Set.copyOf(all(Pattern.compile("(?m)^(\\d+)\\. https://"), sources, 1));
        List<Row> rows = new ArrayList<>(table(page, "## Integrations"));
        rows.addAll(table(page, "## Core"));
        for (Row row : rows) {
            for (int i = 2; i < 4; i++) {
                String cell = row.cells().get(i);
                List<String> cited = all(SOURCE, cell, 1);
                assertThat(!cited.isEmpty() || cell.equals("none found"))
                        .as("docs/comparison.md, '%s': cite a source or say 'none found': %s", row.feature(), cell).isTrue();
                assertThat(listed).as("'%s' cites sources the list lacks", row.feature()).containsAll(cited);
            }
            for (String link : all(LINK, row.retort(), 1)) {
                assertThat(ROOT.resolve("docs").resolve(link)).as("docs/comparison.md links %s", link).exists();
            }
        }
        String date = all(Pattern.compile("Checked:? (\\d{4}-\\d{2}-\\d{2})"), page, 1).get(0);
        assertThat(readme()).as("the README's table and docs/comparison.md were checked on the same day")
                .contains("Checked " + date);
    }
}
