package org.coplan.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseFailuresTest {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheCausesMeansTheDatabaseIsUnreachable() {
        assertThat(DatabaseFailures.unreachable(new ServletException("request failed",
                new CannotCreateTransactionException("no connection")))).isTrue();
        assertThat(DatabaseFailures.unreachable(new RuntimeException(
                new SQLTransientConnectionException("coplan - Connection is not available")))).isTrue();
        assertThat(DatabaseFailures.unreachable(new RuntimeException(
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(DatabaseFailures.unreachable(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNotAboutReachingIt() {
        assertThat(DatabaseFailures.unreachable(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseFailures.unreachable(new SQLException("permission denied for table audit_event", "42501"))).isFalse();
        assertThat(DatabaseFailures.unreachable(new IllegalStateException("something else"))).isFalse();
    }
}
