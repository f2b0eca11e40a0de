package dev.retort.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * What {@code retort --version} prints: the version and the git commit recorded at build time
 * (from {@code version.properties}, filled in by Maven), and the Java runtime running it, so that a
 * bug report names all three.
 */
public final class VersionInfo implements CommandLine.IVersionProvider {
    static final String UNKNOWN = "unknown";

    /** The version and commit a build recorded; "unknown" for what it could not (no git, say). */
    record Build(String version, String commit) {
        static Build load() {
            Properties p = new Properties();
            try (InputStream in = VersionInfo.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return of(p);
        }

        static Build of(Properties p) {
            return new Build(known(p.getProperty("version")), known(p.getProperty("commit")));
        }

        // unfiltered (classes compiled outside Maven) still reads "${...}"
        private static String known(String value) {
            return value == null || value.isBlank() || value.contains("${") ? UNKNOWN : value.strip();
        }
    }

    @Override
    public String[] getVersion() {
        return lines(Build.load(), System.getProperties());
    }

    static String[] lines(Build build, Properties system) {
        return new String[] {
            "retort " + build.version(),
            "commit " + build.commit(),
            "Java " + system.getProperty("java.runtime.version", system.getProperty("java.version", UNKNOWN))
                    + " (" + system.getProperty("java.vendor", UNKNOWN) + ", " + system.getProperty("java.vm.name", UNKNOWN)
                    + ") at " + system.getProperty("java.home", UNKNOWN),
        };
    }
}
