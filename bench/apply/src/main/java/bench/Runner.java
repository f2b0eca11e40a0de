package bench;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.flywaydb.core.Flyway;

/** Runs Flyway or Liquibase once over a generated project: `Runner flyway|liquibase DIR JDBC_URL`. */
public final class Runner {
    public static void main(String[] args) throws Exception {
        String tool = args[0];
        Path dir = Path.of(args[1]).toAbsolutePath();
        String url = args[2];
        switch (tool) {
            case "flyway" -> Flyway.configure()
                    .dataSource(url, null, null)
                    .locations("filesystem:" + dir.resolve("sql"))
                    .load()
                    .migrate();
            case "liquibase" -> {
                try (Connection c = DriverManager.getConnection(url)) {
                    Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
                    try (Liquibase lb = new Liquibase("changelog.sql", new DirectoryResourceAccessor(dir), db)) {
                        lb.update("");
                    }
                }
            }
            default -> throw new IllegalArgumentException("unknown tool " + tool);
        }
    }
}
