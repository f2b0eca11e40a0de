package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.Retort;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

/** Revisions packaged in a jar, as in a deployed application, and locations that are not folders. */
class PackagedRevisionsTest {
    @TempDir
    Path dir;

    private Path jar() throws Exception {
        Path jar = dir.resolve("revisions.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "db/jarred/", null);
            put(out, "db/jarred/p1_parcel.sql", "-- Parcel\n--\n-- Revision ID: p1\n-- Revises:\n\n-- +upgrade\n"
                    + "CREATE TABLE parcel (id INTEGER PRIMARY KEY);\n");
            put(out, "db/jarred/later/p2_label.sql", "-- Label\n--\n-- Revision ID: p2\n-- Revises: p1\n\n-- +upgrade\n"
                    + "ALTER TABLE parcel ADD COLUMN label VARCHAR(20);\n");
        }
        return jar;
    }

    private static void put(JarOutputStream out, String name, String text) throws Exception {
        out.putNextEntry(new JarEntry(name));
        if (text != null) {
            ((OutputStream) out).write(text.getBytes(StandardCharsets.UTF_8));
        }
        out.closeEntry();
    }

    @Test
    void upgradesFromSqlFilesInsideAJar() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar().toUri().toURL()}, getClass().getClassLoader())) {
            Path copied;
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(dev.retort.spring.app.TestApp.class)
                    .resourceLoader(new DefaultResourceLoader(loader)).web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                    .properties(Apps.properties(Apps.h2Url(), "retort.locations", "classpath:db/jarred",
                            "spring.jpa.hibernate.ddl-auto", "none"))
                    .run()) {
                assertThat(app.getBean(Retort.class).current().heads()).containsExactly("p2");
                assertThat(Apps.tableExists(app.getBean(DataSource.class), "parcel")).isTrue();
                copied = app.getBean(RevisionLocations.class).root();
                assertThat(copied).isDirectory();
            }
            assertThat(copied).as("the copies are deleted with the context").doesNotExist();
        }
    }

    @Test
    void aLocationThatIsNoFolderIsRefusedWithAHint() {
        assertThatThrownBy(() -> RevisionLocations.copy(java.util.List.of("classpath:db/*.sql"), getClass().getClassLoader()))
                .hasMessage("retort.locations: 'classpath:db/*.sql' is not a classpath folder"
                        + " (write classpath:db/retort or filesystem:/path/to/versions)");
    }
}
