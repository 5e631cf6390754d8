package org.coplan.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.coplan.shared.db.DatabaseConfiguration;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.util.StringUtils;

/**
 * One embedded PostgreSQL for the whole test run (the JVM), instead of one per application context.
 * The migrations run once, into a template database; every application context the tests start gets
 * a database of its own, copied from that template ({@code CREATE DATABASE ... TEMPLATE ...}, a file
 * copy that takes milliseconds), so a context still starts on a freshly migrated, empty database.
 * The application then connects to it as it would to a real server: as the application role, with
 * the superuser as the owner that Flyway signs in as (Flyway finds nothing left to do).
 *
 * <p>Registered for every test context in {@code META-INF/spring.factories}. It steps aside when
 * {@code COPLAN_DATABASE_URL} is set (every context then uses that server, as before) and for a test
 * class marked {@link OwnEmbeddedServer}: {@code DatabaseCrashTest} kills and restarts its
 * PostgreSQL, so it keeps the embedded server the application starts for itself.
 */
public final class TestDatabase {

    /**
     * On a test class: the application starts a PostgreSQL of its own for this test's context, as it
     * does outside the tests, instead of a database on the shared server.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @Inherited
    public @interface OwnEmbeddedServer {}

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static final String TEMPLATE = "coplan_template";
    private static final AtomicInteger databases = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabase() {}

    /** The shared server, started and migrated on first use, stopped when the JVM ends. */
    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            long started = System.nanoTime();
            try {
                // The settings of the application's own throwaway server (coplan.database.embedded-durable=false).
                // The library keeps the files in a temporary directory, and its shutdown hook stops the
                // server and then removes them when the JVM ends.
                server = EmbeddedPostgres.builder()
                        .setPGStartupWait(Duration.ofMinutes(2))
                        .setServerConfig("max_connections", "200")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("create role " + DatabaseConfiguration.EMBEDDED_APPLICATION_ROLE
                            + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
                    s.execute("create database " + TEMPLATE);
                }
                Flyway.configure()
                        .dataSource(url(TEMPLATE), DatabaseConfiguration.EMBEDDED_OWNER_ROLE, "")
                        .locations("classpath:db/migration")
                        .placeholders(Map.of("application_role", DatabaseConfiguration.EMBEDDED_APPLICATION_ROLE))
                        .load()
                        .migrate();
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("Could not start the tests' embedded PostgreSQL", e);
            }
            log.info("The tests' embedded PostgreSQL (one per run) started and migrated in {} ms, port {}",
                    (System.nanoTime() - started) / 1_000_000, server.getPort());
        }
        return server;
    }

    private static String url(String database) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    /** A new database, migrated and empty, copied from the template. */
    static String newDatabase() {
        EmbeddedPostgres postgres = server();
        String name = "coplan_test_" + databases.incrementAndGet();
        long started = System.nanoTime();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name + " template " + TEMPLATE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        log.info("Test database {} copied from the migrated template in {} ms", name, (System.nanoTime() - started) / 1_000_000);
        return url(name);
    }

    /** Gives each new test application context a database of its own on the shared server. */
    static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            String url = newDatabase();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("coplanTestDatabase", Map.of(
                    "coplan.database.url", url,
                    "coplan.database.user", DatabaseConfiguration.EMBEDDED_APPLICATION_ROLE,
                    "coplan.database.password", "",
                    "coplan.database.owner-user", DatabaseConfiguration.EMBEDDED_OWNER_ROLE,
                    "coplan.database.owner-password", "")));
        }

        /** All alike, so the customizer never splits Spring's context cache. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }

    /** Registered in META-INF/spring.factories. */
    public static final class Factory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
            if (StringUtils.hasText(System.getenv("COPLAN_DATABASE_URL")) || StringUtils.hasText(System.getProperty("coplan.database.url"))) {
                return null;
            }
            if (wantsOwnServer(testClass)) {
                return null;
            }
            return new Customizer();
        }

        private static boolean wantsOwnServer(Class<?> testClass) {
            return TestContextAnnotationUtils.hasAnnotation(testClass, OwnEmbeddedServer.class);
        }
    }
}
