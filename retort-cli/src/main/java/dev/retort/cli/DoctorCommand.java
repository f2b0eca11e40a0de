package dev.retort.cli;

import dev.retort.RetortException;
import dev.retort.config.AlembicIni;
import dev.retort.config.ConfigLoader;
import dev.retort.config.DoctorSection;
import dev.retort.config.RetortConfig;
import dev.retort.doctor.AllowRule;
import dev.retort.doctor.AppliedDatabase;
import dev.retort.doctor.Doctor;
import dev.retort.doctor.report.DoctorReport;
import dev.retort.doctor.DoctorRequest;
import dev.retort.doctor.report.JsonReport;
import dev.retort.doctor.report.SarifReport;
import dev.retort.doctor.report.TextReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code retort doctor}: exit 1 with errors (what makes Alembic or Retort fail; after --apply:
 * those it could not fix), 0 when only warnings are left (1 with --strict), 2 for bad input.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Diagnose the revision chain, and with a database what it has applied.",
                "Finds missing parents, several roots or heads, loops, duplicate ids, drifted",
                "Alembic headers, empty downgrades. --fix prints the repair as a diff;",
                "--apply writes it.",
                "Exit 0 without errors, 1 with errors (or any finding with --strict), 2 bad input."})
final class DoctorCommand extends CommandBase {
    @Mixin
    Options.Project project;

    @Mixin
    Options.Findings output;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH",
            description = "A versions folder to check without any retort.toml, e.g. an Alembic project's migrations/versions.")
    Path path;

    @Option(names = "--fix", description = "Compute the repair and print it as a unified diff; change nothing.")
    boolean fix;

    @Option(names = "--apply", description = "With --fix: write the repair.")
    boolean apply;

    @Option(names = {"-v", "--verbose"}, description = "Also show the findings the project silenced, with their reasons.")
    boolean verbose;

    @Option(names = "--strict", description = "Exit 1 on warnings too.")
    boolean strict;

    @Option(names = "--files-only", description = "Check the revision files only; do not connect to the database (the git hook's default).")
    boolean filesOnly;

    @Option(names = "--version-table", paramLabel = "TABLE",
            description = "The database's version table (default: the configured one, else alembic_version).")
    String versionTable;

    /** The folders read, when more than the request's one (Alembic's version_locations). */
    private List<Path> folders = List.of();

    /** True when the url comes from alembic.ini's sqlalchemy.url. */
    private boolean iniUrl;

    DoctorCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    int execute() {
        DoctorRequest request = request();
        DoctorReport report = Doctor.run(request, folders.isEmpty() ? List.of(request.versions()) : folders);
        Options.Findings.Format f = output.chosen();
        switch (f) {
            case JSON -> JsonReport.write(report, ctx.cwd(), ctx.out());
            case SARIF -> SarifReport.write(report, ctx.cwd(), Main.VERSION.replace("retort ", ""), ctx.out());
            default -> TextReport.write(report, ctx.cwd(), verbose, ctx.out());
        }
        ctx.out().flush();
        return report.fails(strict) ? 1 : 0;
    }

    private DoctorRequest request() {
        DoctorRequest.Mode mode = apply ? DoctorRequest.Mode.APPLY : fix ? DoctorRequest.Mode.FIX : DoctorRequest.Mode.REPORT;
        List<String> tables = new ArrayList<>();
        if (versionTable != null) {
            tables.add(versionTable);
        }
        Path versions;
        Path root;
        List<AllowRule> allow = List.of();
        String url;
        String user;
        String password;
        Path given = path == null ? null : ctx.cwd().resolve(path).normalize();
        if (given != null && project.config == null && Files.isRegularFile(given.resolve(RetortConfig.ALEMBIC_INI))
                && !Files.isRegularFile(given.resolve(RetortConfig.FILE_NAME))) {
            // An Alembic project's root: its alembic.ini says where the revisions are.
            RetortConfig config = AlembicIni.load(given.resolve(RetortConfig.ALEMBIC_INI), project.overrides(), ctx.environment(), ctx.cwd());
            folders = config.versionLocations();
            iniUrl = true;
            versions = folders.get(0);
            root = given;
            url = config.url();
            user = config.user();
            password = config.password();
            tables.add(AlembicIni.VERSION_TABLE);
        } else if (path != null && project.config == null) {
            // A bare folder, such as an Alembic project's: no retort.toml needed.
            versions = versionsFolder(ctx.cwd().resolve(path).normalize());
            root = projectRoot(versions);
            RetortConfig bare = new ConfigLoader(ctx.cwd(), ctx.environment()).forFolder(versions, project.overrides());
            url = bare.url();
            user = bare.user();
            password = bare.password();
            tables.add("alembic_version");
            tables.add(RetortConfig.DEFAULT_VERSION_TABLE);
        } else {
            RetortConfig config = new ConfigLoader(ctx.cwd(), ctx.environment()).loadForReading(project.overrides());
            versions = path != null ? versionsFolder(given) : config.versions();
            folders = path != null ? List.of() : config.versionLocations();
            iniUrl = config.alembic();
            root = config.file() != null ? config.file().toAbsolutePath().getParent() : projectRoot(versions);
            url = config.url();
            user = config.user();
            password = config.password();
            tables.add(config.schema().isEmpty() ? config.versionTable() : config.schema() + "." + config.versionTable());
            if (!config.alembic()) {
                tables.add(AlembicIni.VERSION_TABLE);
                if (config.file() != null) {
                    allow = allowRules(config.file());
                }
            }
        }
        DoctorRequest request = DoctorRequest.of(versions).withProjectRoot(root).withMode(mode).withClock(ctx.clock())
                .withAllowed(allow);
        if (url == null || url.isEmpty() || filesOnly) {
            return request;
        }
        boolean fromIni = iniUrl && project.url == null && ctx.environment().getOrDefault("RETORT_URL", "").isEmpty();
        try {
            return AppliedDatabase.attach(request, ctx.cwd(), url, user, password, tables, versionTable != null);
        } catch (RetortException e) {
            if (!fromIni) {
                throw e;
            }
            // alembic.ini's url is often a developer's local database, down in CI and hooks: check the files.
            ctx.err().println("note: cannot read the database of alembic.ini (" + ctx.shorten(e.getMessage())
                    + "); checked the revision files only. Pass --url to check a database.");
            return request;
        }
    }

    /** retort.toml's [doctor] rules, each code checked so a typo does not silence nothing quietly. */
    private List<AllowRule> allowRules(Path file) {
        List<String> known = Doctor.codes();
        Path base = file.toAbsolutePath().getParent();
        List<AllowRule> out = new ArrayList<>();
        for (DoctorSection.Allowed a : DoctorSection.read(file)) {
            for (String code : a.codes()) {
                if (!known.contains(code)) {
                    throw RetortException.usage(a.where() + ": '" + code + "' is not a doctor code",
                            "doctor's codes: " + String.join(", ", known));
                }
                out.add(new AllowRule(code, a.paths(), a.reason(), base, ctx.shorten(a.where())));
            }
        }
        return out;
    }

    /** PATH may be the versions folder itself or the script folder holding it (Alembic's layout). */
    private static Path versionsFolder(Path p) {
        Path inner = p.resolve("versions");
        if (Files.isDirectory(inner) && (Files.exists(p.resolve("env.py")) || Files.exists(p.resolve("script.py.mako")))) {
            return inner;
        }
        return p;
    }

    /** Where to look for stray versions folders: the nearest folder that marks a project, if any. */
    private static Path projectRoot(Path versions) {
        for (Path d = versions.toAbsolutePath().getParent(); d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(RetortConfig.FILE_NAME)) || Files.exists(d.resolve("alembic.ini")) || Files.exists(d.resolve(".git"))) {
                return d;
            }
        }
        return null;
    }
}
