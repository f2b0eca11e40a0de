package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema dumps as [model] schema: pg_dump's public.-qualified output, mysqldump --no-data
 * --databases (CREATE DATABASE, USE, DROP TABLE IF EXISTS) and sqlite3's .schema load as
 * models of the schema they describe, in a scratch database, and the database a dump names
 * keeps its rows.
 */
class DumpModelsTest {
    @TempDir
    Path dir;

    private CliRun.Result check(String url, String dump) throws Exception {
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\nurl = \"" + url
                + "\"\n\n[model]\nschema = \"schema.sql\"\n");
        Files.writeString(dir.resolve("schema.sql"), dump);
        return CliRun.run(dir, "check");
    }

    @Test
    void aPgDumpQualifiedWithPublicIsTheModelOfPublic() throws Exception {
        try (ServerDatabases db = new ServerDatabases(ServerDatabases.Kind.POSTGRESQL, dir)) {
            CliRun.Result r = check(db.url, """
                    \\restrict c6GP3gHcF0LNrg53O40bazkx
                    SET statement_timeout = 0;
                    SET client_encoding = 'UTF8';
                    SELECT pg_catalog.set_config('search_path', '', false);
                    SET default_table_access_method = heap;
                    CREATE TABLE public.orders (
                        id integer NOT NULL,
                        user_id integer
                    );
                    ALTER TABLE public.orders OWNER TO postgres;
                    CREATE TABLE public.users (
                        id integer NOT NULL,
                        name character varying(50) NOT NULL
                    );
                    ALTER TABLE public.users OWNER TO postgres;
                    ALTER TABLE ONLY public.orders
                        ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
                    ALTER TABLE ONLY public.users
                        ADD CONSTRAINT users_pkey PRIMARY KEY (id);
                    CREATE INDEX ix_orders_user ON public.orders USING btree (user_id);
                    ALTER TABLE ONLY public.orders
                        ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);
                    \\unrestrict c6GP3gHcF0LNrg53O40bazkx
                    """);
            assertThat(r.code()).as(r.toString()).isEqualTo(1);
            assertThat(r.out()).contains("createTable(\"users\"").contains("createTable(\"orders\"")
                    .contains("ix_orders_user").doesNotContain("No changes");
        }
    }

    @Test
    void aMysqldumpOfAnotherDatabaseIsItsModelAndThatDatabaseKeepsItsRows() throws Exception {
        try (ServerDatabases db = new ServerDatabases(ServerDatabases.Kind.MARIADB, dir);
                ServerDatabases real = new ServerDatabases(ServerDatabases.Kind.MARIADB, dir)) {
            real.execute("CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL)",
                    "INSERT INTO users VALUES (1, 'ann'), (2, 'bob')");
            CliRun.Result r = check(db.url, """
                    /*M!999999\\- enable the sandbox mode */
                    /*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
                    /*!40101 SET NAMES utf8mb4 */;
                    /*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
                    CREATE DATABASE /*!32312 IF NOT EXISTS*/ `%1$s` /*!40100 DEFAULT CHARACTER SET utf8mb4 */;
                    USE `%1$s`;
                    DROP TABLE IF EXISTS `orders`;
                    CREATE TABLE `orders` (
                      `id` int(11) NOT NULL,
                      `user_id` int(11) DEFAULT NULL,
                      PRIMARY KEY (`id`),
                      KEY `fk` (`user_id`),
                      CONSTRAINT `fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
                    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
                    DROP TABLE IF EXISTS `users`;
                    CREATE TABLE `users` (
                      `id` int(11) NOT NULL AUTO_INCREMENT,
                      `name` varchar(50) NOT NULL,
                      PRIMARY KEY (`id`)
                    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
                    CREATE TABLE `%1$s`.audit_trail (id INT PRIMARY KEY);
                    /*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
                    """.formatted(real.name()));
            assertThat(r.code()).as(r.toString()).isEqualTo(1);
            assertThat(r.out()).contains("createTable(\"users\"").contains("createTable(\"orders\"").contains("createTable(\"audit_trail\"");
            try (Connection c = real.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*), (SELECT COUNT(*) FROM information_schema.tables"
                            + " WHERE table_schema = DATABASE()) FROM users")) {
                rs.next();
                assertThat(rs.getInt(1)).as("rows of the database the dump names").isEqualTo(2);
                assertThat(rs.getInt(2)).as("no audit_trail there").isEqualTo(1);
            }
            CliRun.Result other = check(db.url, "CREATE TABLE t (id INT PRIMARY KEY);\nDROP TABLE IF EXISTS `" + real.name() + "`.users;\n");
            assertThat(other.code()).as(other.toString()).isEqualTo(2);
            assertThat(other.err()).startsWith("error: schema.sql:2: names database '" + real.name() + "'");
        }
    }

    @Test
    void sqlite3SchemaOutputWithItsOwnTablesIsTheModel() throws Exception {
        try (ServerDatabases db = new ServerDatabases(ServerDatabases.Kind.SQLITE, dir)) {
            CliRun.Result r = check(db.url, """
                    CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL);
                    CREATE TABLE sqlite_sequence(name,seq);
                    CREATE TABLE main.orders (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users(id));
                    CREATE INDEX ix_orders_user ON orders (user_id);
                    """);
            assertThat(r.code()).as(r.toString()).isEqualTo(1);
            assertThat(r.out()).contains("createTable(\"users\"").contains("createTable(\"orders\"").doesNotContain("sqlite_sequence");
        }
    }
}
