package org.coplan.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.StringUtils;

/**
 * PostgreSQL is the only database. With no {@code COPLAN_DATABASE_URL} the application starts a
 * real PostgreSQL of its own (embedded binaries from Maven Central), keeping its files in
 * {@code coplan.database.embedded-directory}; with a URL it connects to that server instead.
 *
 * <p>Two logins (ADR 0022): Flyway migrates as the owner of the tables; the connection pool that
 * serves requests signs in as an application role that owns nothing and may only add to and read
 * the audit trail. The pool gives up on a connection after {@code coplan.database.connection-timeout},
 * so while the database is down each request fails within seconds, and it reconnects by itself when
 * the database is back.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /** The application's role on the embedded server. */
    public static final String EMBEDDED_APPLICATION_ROLE = "coplan_app";

    /** The embedded server's superuser, who owns the tables (as it always has, so older data directories keep working). */
    public static final String EMBEDDED_OWNER_ROLE = "postgres";

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(
            @Value("${coplan.database.url:}") String url,
            @Value("${coplan.database.embedded-directory:}") String directory,
            @Value("${coplan.database.embedded-durable:true}") boolean durable)
            throws IOException, SQLException {
        if (StringUtils.hasText(url)) {
            return EmbeddedDatabase.none();
        }
        boolean throwaway = !StringUtils.hasText(directory);
        Path dataDirectory = throwaway
                ? Files.createTempDirectory("coplan-pg-")
                : Path.of(directory).toAbsolutePath();
        Files.createDirectories(dataDirectory.getParent());
        if (!durable) {
            log.warn("The embedded PostgreSQL runs with fsync and synchronous commit off: saves can be lost if it stops"
                    + " suddenly. Use this only for throwaway test data.");
        }
        log.info("Starting embedded PostgreSQL with data in {}", dataDirectory);
        EmbeddedDatabase embedded = new EmbeddedDatabase(dataDirectory, throwaway, durable);
        embedded.start(0);
        return embedded;
    }

    @Bean
    DatabaseLogins databaseLogins(
            EmbeddedDatabase embedded,
            @Value("${coplan.database.url:}") String url,
            @Value("${coplan.database.user:}") String user,
            @Value("${coplan.database.password:}") String password,
            @Value("${coplan.database.owner-user:}") String ownerUser,
            @Value("${coplan.database.owner-password:}") String ownerPassword) {
        if (embedded.isRunning()) {
            return new DatabaseLogins(embedded.jdbcUrl(), EMBEDDED_APPLICATION_ROLE, "", EMBEDDED_OWNER_ROLE, "");
        }
        if (!StringUtils.hasText(ownerUser)) {
            log.warn("COPLAN_DATABASE_OWNER_USER is not set, so Coplan migrates and serves requests as the same database"
                    + " user ({}). The audit trail is then NOT protected from the application: that user can disable its"
                    + " triggers and change or delete audit events. Create an owner role and an application role as the"
                    + " README describes.", user);
            return new DatabaseLogins(url, user, password, user, password);
        }
        return new DatabaseLogins(url, user, password, ownerUser, ownerPassword);
    }

    /** Flyway signs in as the owner; the migrations grant the application role what it may do. */
    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(DatabaseLogins logins) {
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put("application_role", logins.applicationUser());
            configuration.dataSource(logins.ownerDataSource()).placeholders(placeholders);
        };
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(
            DatabaseLogins logins,
            @Value("${coplan.database.pool-size:10}") int poolSize,
            @Value("${coplan.database.connection-timeout:3s}") Duration connectionTimeout) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(logins.url());
        config.setUsername(logins.applicationUser());
        config.setPassword(logins.applicationPassword());
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("coplan");
        // Fail fast while the database is unreachable: a request waits at most this long for a
        // connection, then gets the "nothing you saved has been lost" page.
        config.setConnectionTimeout(connectionTimeout.toMillis());
        config.setValidationTimeout(Math.min(1000, connectionTimeout.toMillis()));
        config.addDataSourceProperty("connectTimeout", Math.max(1, connectionTimeout.toSeconds()));
        return new HikariDataSource(config);
    }

    /** The embedded server, or nothing when a real server is configured. */
    public static final class EmbeddedDatabase implements AutoCloseable {
        private final Path dataDirectory;
        private final boolean throwaway;
        private final boolean durable;
        private volatile EmbeddedPostgres postgres;

        EmbeddedDatabase(Path dataDirectory, boolean throwaway, boolean durable) {
            this.dataDirectory = dataDirectory;
            this.throwaway = throwaway;
            this.durable = durable;
        }

        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null, false, false);
        }

        private synchronized void start(int port) throws IOException, SQLException {
            String onOrOff = durable ? "on" : "off";
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    // The directory is removed here on close when it is throwaway, never by the
                    // library, so that a restart can reuse it.
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofMinutes(2))
                    .setServerConfig("max_connections", "100")
                    // The library's defaults trade durability for speed: a save answered as saved
                    // could be lost if PostgreSQL stops suddenly.
                    .setServerConfig("fsync", onOrOff)
                    .setServerConfig("synchronous_commit", onOrOff)
                    .setServerConfig("full_page_writes", onOrOff)
                    .start();
            createApplicationRole();
        }

        /** The role the application signs in as: created on first start, kept powerless on every start. */
        private void createApplicationRole() throws SQLException {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("""
                        do $$
                        begin
                            if not exists (select from pg_roles where rolname = '%1$s') then
                                create role %1$s login;
                            end if;
                        end
                        $$""".formatted(EMBEDDED_APPLICATION_ROLE));
                s.execute("alter role " + EMBEDDED_APPLICATION_ROLE
                        + " nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
            }
        }

        /**
         * Starts PostgreSQL again on the same files and port after it stopped unexpectedly. It
         * replays its write-ahead log, so every commit it acknowledged is there.
         */
        public synchronized void restart() throws IOException, SQLException {
            int port = postgres.getPort();
            postgres.close();
            start(port);
        }

        public boolean isRunning() {
            return postgres != null;
        }

        /** The embedded server's data directory, or null when a real server is configured. */
        public Path dataDirectory() {
            return dataDirectory;
        }

        String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        }

        @Override
        public synchronized void close() throws IOException {
            if (postgres != null) {
                postgres.close();
                if (throwaway) {
                    FileSystemUtils.deleteRecursively(dataDirectory);
                }
            }
        }
    }
}
