package org.coplan.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * PostgreSQL is the only database. With no {@code COPLAN_DATABASE_URL} the application starts a
 * real PostgreSQL of its own (embedded binaries from Maven Central), keeping its files in
 * {@code coplan.database.embedded-directory}; with a URL it connects to that server instead.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(
            @Value("${coplan.database.url:}") String url,
            @Value("${coplan.database.embedded-directory:}") String directory)
            throws IOException {
        if (StringUtils.hasText(url)) {
            return EmbeddedDatabase.none();
        }
        boolean throwaway = !StringUtils.hasText(directory);
        Path dataDirectory = throwaway
                ? Files.createTempDirectory("coplan-pg-")
                : Path.of(directory).toAbsolutePath();
        Files.createDirectories(dataDirectory.getParent());
        log.info("Starting embedded PostgreSQL with data in {}", dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(throwaway)
                .setServerConfig("max_connections", "100")
                .start();
        return new EmbeddedDatabase(postgres);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(
            EmbeddedDatabase embedded,
            @Value("${coplan.database.url:}") String url,
            @Value("${coplan.database.user:}") String user,
            @Value("${coplan.database.password:}") String password,
            @Value("${coplan.database.pool-size:10}") int poolSize) {
        HikariConfig config = new HikariConfig();
        if (embedded.isRunning()) {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
        }
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("coplan");
        return new HikariDataSource(config);
    }

    /** The embedded server, or nothing when a real server is configured. */
    public static final class EmbeddedDatabase implements AutoCloseable {
        private final EmbeddedPostgres postgres;

        EmbeddedDatabase(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null);
        }

        public boolean isRunning() {
            return postgres != null;
        }

        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
