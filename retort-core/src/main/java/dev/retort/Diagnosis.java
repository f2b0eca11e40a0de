package dev.retort;

import dev.retort.config.AlembicIni;
import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOverrides;
import dev.retort.config.DoctorSection;
import dev.retort.config.RetortConfig;
import dev.retort.doctor.AllowRule;
import dev.retort.doctor.AppliedDatabase;
import dev.retort.doctor.run.Doctor;
import dev.retort.doctor.report.DoctorReport;
import dev.retort.doctor.report.JsonReport;
import dev.retort.doctor.report.SarifReport;
import dev.retort.doctor.report.TextReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link Retort#doctor}: which folder, which configuration (retort.toml, an Alembic project's
 * alembic.ini, or a bare folder's), which database and version tables, then {@link Doctor}.
 */
final class Diagnosis {
    private final Path cwd;
    private final Map<String, String> environment;
    private final ConfigLoader loader;
    private final ConfigOverrides flags;
    private final Clock clock;

    Diagnosis(Path cwd, Map<String, String> environment, ConfigOverrides flags, Clock clock) {
        this.clock = clock;
        this.cwd = cwd;
        this.environment = environment;
        this.loader = new ConfigLoader(cwd, environment);
        this.flags = flags;
    }

    DoctorResult run(DoctorRequest given) {
        List<String> notes = new ArrayList<>();
        Setup setup = setup(given, notes);
        DoctorReport report = Doctor.run(setup.request(),
                setup.folders().isEmpty() ? List.of(setup.request().versions()) : setup.folders());
        Report rendered = (format, base, verbose, toolVersion, out) -> {
            switch (format) {
                case JSON -> JsonReport.write(report, base, out);
                case SARIF -> SarifReport.write(report, base, toolVersion, out);
                case TEXT -> TextReport.write(report, base, verbose, out);
            }
        };
        return new DoctorResult(Finding.all(report.findings()), Finding.all(report.outstanding()), notes, rendered);
    }

    /** The internal request, and the folders read when more than its one (Alembic's version_locations). */
    private record Setup(dev.retort.doctor.DoctorRequest request, List<Path> folders) {}

    private Setup setup(DoctorRequest given, List<String> notes) {
        dev.retort.doctor.DoctorRequest.Mode mode = switch (given.mode()) {
            case APPLY -> dev.retort.doctor.DoctorRequest.Mode.APPLY;
            case FIX -> dev.retort.doctor.DoctorRequest.Mode.FIX;
            case REPORT -> dev.retort.doctor.DoctorRequest.Mode.REPORT;
        };
        List<String> tables = new ArrayList<>();
        if (given.versionTable() != null) {
            tables.add(given.versionTable());
        }
        List<Path> folders = List.of();
        boolean iniUrl = false;
        Path versions;
        Path root;
        List<AllowRule> allow = List.of();
        RetortConfig config;
        Path path = given.path() == null ? null : cwd.resolve(given.path()).normalize();
        boolean noConfigFlag = flags.configFile() == null;
        if (path != null && noConfigFlag && Files.isRegularFile(path.resolve(RetortConfig.ALEMBIC_INI))
                && !Files.isRegularFile(path.resolve(RetortConfig.FILE_NAME))) {
            // An Alembic project's root: its alembic.ini says where the revisions are.
            config = AlembicIni.load(path.resolve(RetortConfig.ALEMBIC_INI), flags, environment, cwd);
            folders = config.versionLocations();
            iniUrl = true;
            versions = folders.get(0);
            root = path;
            tables.add(AlembicIni.VERSION_TABLE);
        } else if (path != null && noConfigFlag) {
            // A bare folder, such as an Alembic project's: no retort.toml needed.
            versions = versionsFolder(path);
            root = projectRoot(versions);
            config = loader.forFolder(versions, flags);
            tables.add("alembic_version");
            tables.add(RetortConfig.DEFAULT_VERSION_TABLE);
        } else {
            config = loader.loadForReading(flags);
            versions = path != null ? versionsFolder(path) : config.versions();
            folders = path != null ? List.of() : config.versionLocations();
            iniUrl = config.alembic();
            root = config.file() != null ? config.file().toAbsolutePath().getParent() : projectRoot(versions);
            tables.add(config.schema().isEmpty() ? config.versionTable() : config.schema() + "." + config.versionTable());
            if (!config.alembic()) {
                tables.add(AlembicIni.VERSION_TABLE);
                if (config.file() != null) {
                    allow = allowRules(config.file());
                }
            }
        }
        dev.retort.doctor.DoctorRequest request = dev.retort.doctor.DoctorRequest.of(versions).withProjectRoot(root)
                .withMode(mode).withClock(clock).withAllowed(allow)
                .withPortable(Linting.targets(config.dialects(), null, config.url()));
        String url = config.url();
        if (url == null || url.isEmpty() || given.filesOnly()) {
            return new Setup(request, folders);
        }
        boolean fromIni = iniUrl && loader.urlFromFile(flags);
        try {
            return new Setup(AppliedDatabase.attach(request, cwd, url, config.user(), config.password(), tables,
                    given.versionTable() != null), folders);
        } catch (RetortException e) {
            if (!fromIni) {
                throw e;
            }
            // alembic.ini's url is often a developer's local database, down in CI and hooks: check the files.
            notes.add("note: cannot read the database of alembic.ini (" + shorten(e.getMessage())
                    + "); checked the revision files only. Pass --url to check a database.");
            return new Setup(request, folders);
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
                out.add(new AllowRule(code, a.paths(), a.reason(), base, shorten(a.where())));
            }
        }
        return out;
    }

    /** Text with absolute paths under the working directory shortened, as the command line shows them. */
    private String shorten(String text) {
        String prefix = cwd.toString().endsWith("/") ? cwd.toString() : cwd + "/";
        return text.replace(prefix, "");
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
