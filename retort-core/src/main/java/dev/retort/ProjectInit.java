package dev.retort;

import dev.retort.config.RetortConfig;
import dev.retort.script.Format;
import dev.retort.script.RevisionWriter;
import dev.retort.script.ScriptDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code init}: a new project's config file, folders and templates. */
final class ProjectInit {
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

    static final List<String> IGNORED = List.of(".retort/", "*.retort-lock*", "app.db");

    private ProjectInit() {}

    static InitResult init(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        Path config = root.resolve(RetortConfig.FILE_NAME);
        if (Files.exists(config)) {
            throw RetortException.usage(config + " already exists", "edit it, or run 'retort init' in another folder");
        }
        ScriptDirectory scripts = new ScriptDirectory(root.resolve(RetortConfig.DEFAULT_SCRIPT_LOCATION));
        RevisionWriter writer = new RevisionWriter(scripts);
        List<Path> created = new ArrayList<>();
        try {
            if (!Files.isDirectory(scripts.versions())) {
                Files.createDirectories(scripts.versions());
                created.add(scripts.versions());
            }
            Files.createDirectories(scripts.templates());
            for (Format format : new Format[] {Format.SQL, Format.JAVA}) {
                Path template = scripts.templates().resolve("revision" + format.extension() + ".tmpl");
                if (!Files.exists(template)) {
                    Files.writeString(template, writer.template(format), StandardCharsets.UTF_8);
                    created.add(template);
                }
            }
            Files.writeString(config, CONFIG, StandardCharsets.UTF_8);
            created.add(config);
            Path gitignore = root.resolve(".gitignore");
            boolean existed = Files.exists(gitignore);
            List<String> missing = ignore(gitignore);
            return new InitResult(root, created, missing.isEmpty() ? null : gitignore, existed, missing);
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.USAGE, "cannot create " + e.getMessage(), "check the folder's permissions", e);
        }
    }

    /** Adds the lines .gitignore lacks; returns them. */
    private static List<String> ignore(Path gitignore) throws IOException {
        String text = Files.exists(gitignore) ? Files.readString(gitignore, StandardCharsets.UTF_8) : "";
        Set<String> present = text.lines().map(String::strip).collect(Collectors.toSet());
        List<String> missing = IGNORED.stream().filter(e -> !present.contains(e)).toList();
        if (!missing.isEmpty()) {
            String add = (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + String.join("\n", missing) + "\n";
            Files.writeString(gitignore, text + add, StandardCharsets.UTF_8);
        }
        return missing;
    }
}
