package dev.retort.maven;

import dev.retort.MigrationListener;
import dev.retort.MissingDriverException;
import dev.retort.ProgressPrinter;
import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.SecretMask;
import java.io.File;
import java.io.PrintWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the project options of the command line ({@code -c}, {@code --env},
 * {@code --url}, user, password, {@code --lock-timeout}) as parameters settable with
 * {@code -Dretort.<name>}, {@code skip}, the project's classes and runtime dependencies on the
 * class path (the plugin brings no JDBC driver: the project declares its database's, as a plugin
 * or project dependency), log lines with the run's secrets masked, and a {@link RetortException} turned into
 * a failed build with the CLI's message and hint.
 */
abstract class RetortMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Where retort.toml is looked for (it or a parent folder). */
    @Parameter(property = "retort.directory", defaultValue = "${project.basedir}")
    File directory;

    /** The config file (the CLI's {@code -c}); default retort.toml in {@link #directory} or above. */
    @Parameter(property = "retort.configFile")
    File configFile;

    /** The config's [environments.NAME] to use (the CLI's {@code --env}). */
    @Parameter(property = "retort.env")
    String env;

    /** The database url (the CLI's {@code --url}); default the config's. */
    @Parameter(property = "retort.url")
    String url;

    @Parameter(property = "retort.user")
    String user;

    /** Never logged: every line the plugin writes has it masked. */
    @Parameter(property = "retort.password")
    String password;

    /** Seconds to wait for another runner holding the lock (the CLI's {@code --lock-timeout}). */
    @Parameter(property = "retort.lockTimeout", defaultValue = "60")
    long lockTimeout;

    /**
     * Packages (and below) of revision classes compiled in the project ({@code @Revision}
     * classes implementing Migration), run beside the revision files.
     */
    @Parameter(property = "retort.packages")
    List<String> packages;

    /** Show each statement as it runs. */
    @Parameter(property = "retort.verbose", defaultValue = "false")
    boolean verbose;

    /** Do nothing (e.g. {@code -Dretort.skip} on a machine without the database). */
    @Parameter(property = "retort.skip", defaultValue = "false")
    boolean skip;

    private SecretMask mask = SecretMask.none();

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping retort:" + goal() + " (retort.skip)");
            return;
        }
        Map<String, String> environment = System.getenv();
        Path dir = directory.toPath();
        mask = SecretMask.ofConfig(dir, environment, configFile == null ? null : configFile.toPath(), env, url)
                .withUrl(url == null ? "" : url).with(password == null || password.isEmpty() ? List.of() : List.of(password));
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(urls(), getClass().getClassLoader())) {
            // drivers the project declares are found through the context loader (JdbcDrivers asks it
            // when DriverManager, which serves only the plugin's own loader, has none)
            thread.setContextClassLoader(loader);
            run(new Goal(loader));
        } catch (MissingDriverException e) {
            // the plugin brings no driver: one goes into the plugin's <dependencies> (or the project's)
            throw new MojoFailureException(failure(new RetortException(e.kind(), e.getMessage(), "add " + e.driver()
                    + " to the plugin's <dependencies> (or to the project's dependencies)")), e);
        } catch (RetortException e) {
            throw new MojoFailureException(failure(e), e);
        } catch (java.io.IOException e) {
            throw new MojoExecutionException(mask.mask(e.getMessage()), e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** The CLI's two lines: the error, then what to do (as goals where the hint names a command). */
    String failure(RetortException e) {
        String text = SecretMask.maskUrl(mask.mask(String.valueOf(e.getMessage())));
        return e.hint() == null ? text
                : text + System.lineSeparator() + "hint: " + SecretMask.maskUrl(mask.mask(MavenHints.translate(e.hint())));
    }

    /** The goal's work; a {@link RetortException} fails the build. */
    abstract void run(Goal goal) throws MojoFailureException;

    /** The goal's name, for the log. */
    abstract String goal();

    /** What a goal works with: the facade as the parameters configure it, and the log. */
    final class Goal {
        private final ClassLoader loader;

        Goal(ClassLoader loader) {
            this.loader = loader;
        }

        /** The facade configured as the parameters say, without progress output. */
        Retort.Builder configure() {
            if (lockTimeout < 0) {
                throw RetortException.usage("retort.lockTimeout must be zero or more seconds, not " + lockTimeout,
                        "e.g. -Dretort.lockTimeout=300 to wait five minutes");
            }
            Retort.Builder b = Retort.configure()
                    .directory(directory.toPath())
                    .configFile(configFile == null ? null : configFile.toPath())
                    .env(blankToNull(env))
                    .url(blankToNull(url))
                    .user(blankToNull(user))
                    .password(blankToNull(password))
                    .lockTimeout(Duration.ofSeconds(lockTimeout))
                    .classpath(classpath());
            if (packages != null && !packages.isEmpty()) {
                b.scanPackages(loader, packages.toArray(String[]::new));
            }
            return b;
        }

        /** Configured, with one progress line per revision (each statement too when verbose). */
        Retort printing() {
            return configure().listener(progress()).load();
        }

        MigrationListener progress() {
            return new ProgressPrinter(new PrintWriter(new LogWriter(getLog(), mask), true), verbose);
        }

        /** One line to the build log, secrets masked. */
        void info(String line) {
            getLog().info(mask.mask(line));
        }

        void warn(String line) {
            getLog().warn(mask.mask(line));
        }

        /** A writer whose lines go to the build log, secrets masked (for the facade's reports). */
        PrintWriter writer() {
            return new PrintWriter(new LogWriter(getLog(), mask), true);
        }

        Path basedir() {
            return project.getBasedir().toPath();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** target/classes and the runtime dependencies: Java revisions compile and run against them. */
    private List<Path> classpath() {
        List<Path> paths = new ArrayList<>();
        try {
            for (String element : project.getRuntimeClasspathElements()) {
                File f = new File(element);
                if (f.exists()) {
                    paths.add(f.toPath());
                }
            }
        } catch (DependencyResolutionRequiredException e) {
            throw new RetortException(RetortException.Kind.USAGE, "the project's runtime dependencies are not resolved: "
                    + e.getMessage(), "run the goal in a project build (mvn retort:" + goal() + ")");
        }
        return paths;
    }

    private URL[] urls() {
        List<URL> urls = new ArrayList<>();
        for (Path p : classpath()) {
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e); // a file path always makes a url
            }
        }
        return urls.toArray(URL[]::new);
    }
}
