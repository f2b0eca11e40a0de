package dev.retort.cli;

import dev.retort.RetortException;
import dev.retort.config.RetortConfig;
import dev.retort.script.Format;
import dev.retort.script.RevisionWriter;
import dev.retort.script.ScriptDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create retort.toml, the versions folder and editable templates in DIR (default: here).")
final class InitCommand extends CommandBase {
    static final String CONFIG = """
            [retort]
            script_location = "migrations"
            url = "${DATABASE_URL:-jdbc:sqlite:app.db}"
            user = "${DB_USER:-}"
            password = "${DB_PASSWORD:-}"
            version_table = "retort_version"      # and retort_version_log beside it
            # schema = "app"                      # where the version tables live
            # transaction = "per-revision"        # or "all" (one transaction for the run)

            [environments.prod]
            url = "${PROD_DATABASE_URL}"

            # What 'retort revision --autogenerate' and 'retort check' compare the database with:
            # [model]
            # schema = "db/schema.sql"                      # desired-state DDL, or:
            # url = "${MODEL_DATABASE_URL}"                 # another database of the same kind
            # include = ["app_*"]                           # table globs; default: all tables
            # exclude = ["tmp_*"]
            """;

    /** What a run leaves in the project that git should not track: caches, lock files, the SQLite database. */
    static final List<String> IGNORED = List.of(".retort/", "*.retort-lock*", "app.db");

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Project folder (created if missing).")
    Path dir;

    InitCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    void run() {
        Path root = ctx.cwd().resolve(dir == null ? Path.of(".") : dir).normalize();
        Path config = root.resolve(RetortConfig.FILE_NAME);
        if (Files.exists(config)) {
            throw RetortException.usage(config + " already exists", "edit it, or run 'retort init' in another folder");
        }
        ScriptDirectory scripts = new ScriptDirectory(root.resolve(RetortConfig.DEFAULT_SCRIPT_LOCATION));
        RevisionWriter writer = new RevisionWriter(scripts);
        try {
            if (!Files.isDirectory(scripts.versions())) {
                Files.createDirectories(scripts.versions());
                created(scripts.versions());
            }
            Files.createDirectories(scripts.templates());
            for (Format format : new Format[] {Format.SQL, Format.JAVA}) {
                Path template = scripts.templates().resolve("revision" + format.extension() + ".tmpl");
                if (!Files.exists(template)) {
                    Files.writeString(template, writer.template(format), StandardCharsets.UTF_8);
                    created(template);
                }
            }
            Files.writeString(config, CONFIG, StandardCharsets.UTF_8);
            created(config);
            ignore(root.resolve(".gitignore"));
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.USAGE, "cannot create " + e.getMessage(), "check the folder's permissions", e);
        }
        String cd = root.equals(ctx.cwd()) ? "" : "cd " + ctx.display(root) + " && ";
        ctx.out().println("Next: " + cd + "retort revision -m \"create the first table\"");
    }

    /** Appends the entries .gitignore lacks; an entry already there is not repeated. */
    private void ignore(Path gitignore) throws IOException {
        boolean existed = Files.exists(gitignore);
        String text = existed ? Files.readString(gitignore, StandardCharsets.UTF_8) : "";
        Set<String> present = text.lines().map(String::strip).collect(Collectors.toSet());
        List<String> missing = IGNORED.stream().filter(e -> !present.contains(e)).toList();
        if (missing.isEmpty()) {
            return;
        }
        String add = (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + String.join("\n", missing) + "\n";
        Files.writeString(gitignore, text + add, StandardCharsets.UTF_8);
        ctx.out().println((existed ? "Added " + String.join(", ", missing) + " to " : "Created ") + ctx.display(gitignore));
    }

    private void created(Path path) {
        ctx.out().println("Created " + ctx.display(path) + (Files.isDirectory(path) ? "/" : ""));
    }
}
