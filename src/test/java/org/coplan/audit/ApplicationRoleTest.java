package org.coplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.coplan.shared.db.DatabaseLogins;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application's connection pool signs in as a role that owns nothing: it can add to and read
 * the audit trail, and every way of rewriting it is refused by PostgreSQL itself (issue 11, item 4).
 * These run on the application's own pool, the very connections that serve requests. Against a
 * real server they need COPLAN_DATABASE_OWNER_USER: with one user for both, the audit is not protected.
 */
class ApplicationRoleTest extends IntegrationTest {

    @Autowired
    JdbcClient app;

    @Autowired
    DatabaseLogins logins;

    World world;

    @BeforeEach
    void aCaseWithAuditEvents() {
        world = fixtures.world();
        assertThat(countForCase()).isPositive();
    }

    @Test
    void theApplicationSignsInAsAnOrdinaryRoleThatOwnsNothing() {
        assertThat(app.sql("select current_user").query(String.class).single()).isEqualTo(logins.applicationUser());
        assertThat(app.sql("select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls from pg_roles where rolname = current_user")
                .query(Boolean.class).single()).isFalse();
        assertThat(app.sql("""
                select count(*) from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = current_user
                """).query(Long.class).single()).isZero();
        assertThat(app.sql("select count(*) from pg_proc p join pg_roles r on r.oid = p.proowner where r.rolname = current_user")
                .query(Long.class).single()).isZero();
    }

    @Test
    void theApplicationCanAddToAndReadTheAuditTrail() {
        long before = countForCase();
        app.sql("""
                insert into audit_event (occurred_at, actor_name, actor_role, case_id, action, subject)
                values (?, 'Test', 'PARENT_CARER', ?, 'VIEWED', 'Case page')
                """).params(java.sql.Timestamp.from(Instant.now()), world.ownCase().value()).update();
        assertThat(countForCase()).isEqualTo(before + 1);
    }

    @Test
    void theApplicationCannotChangeDeleteOrEmptyTheAuditTrail() {
        long before = countForCase();
        UUID caseId = world.ownCase().value();

        refused("update audit_event set actor_name = 'someone else' where case_id = '" + caseId + "'");
        refused("delete from audit_event where case_id = '" + caseId + "'");
        refused("truncate audit_event");
        refused("select * from audit_event where case_id = '" + caseId + "' for update");

        assertThat(countForCase()).isEqualTo(before);
        assertThat(app.sql("select count(*) from audit_event where case_id = ? and actor_name = 'someone else'")
                .param(caseId).query(Long.class).single()).isZero();
    }

    @Test
    void theApplicationCannotSwitchOffTheAuditTriggers() {
        refused("set session_replication_role = replica");
        refused("alter table audit_event disable trigger audit_event_no_update_or_delete");
        refused("alter table audit_event disable trigger all");
        refused("drop trigger audit_event_no_update_or_delete on audit_event");
        refused("create or replace function audit_event_is_append_only() returns trigger language plpgsql as $$ begin return old; end $$");
        refused("alter table audit_event owner to current_user");
        refused("drop table audit_event");
        refused("alter table audit_event rename to audit_event_old");

        assertThat(app.sql("show session_replication_role").query(String.class).single()).isEqualTo("origin");
        assertThat(app.sql("select count(*) from pg_trigger where tgrelid = 'audit_event'::regclass and tgname like 'audit_event_no_%' and tgenabled = 'O'")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theApplicationCannotRewriteTheMigrationHistory() {
        refused("select count(*) from flyway_schema_history");
        refused("delete from flyway_schema_history");
    }

    @Test
    void tablesThatLaterMigrationsCreateAreOpenToTheApplicationToo() {
        JdbcClient owner = JdbcClient.create(logins.ownerDataSource());
        String table = "later_table_" + UUID.randomUUID().toString().replace("-", "");
        owner.sql("create table " + table + " (id bigserial primary key, note text)").update();
        try {
            app.sql("insert into " + table + " (note) values ('written')").update();
            app.sql("update " + table + " set note = 'changed'").update();
            assertThat(app.sql("select note from " + table).query(String.class).single()).isEqualTo("changed");
            app.sql("delete from " + table).update();
            refused("truncate " + table);
            refused("drop table " + table);
        } finally {
            owner.sql("drop table " + table).update();
        }
    }

    private void refused(String sql) {
        assertThatThrownBy(() -> app.sql(sql).update())
                .as(sql)
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(((DataAccessException) e).getMostSpecificCause().getMessage())
                        .as(sql)
                        .containsAnyOf("permission denied", "must be owner"));
    }

    private long countForCase() {
        return app.sql("select count(*) from audit_event where case_id = ?").param(world.ownCase().value())
                .query(Long.class).single();
    }
}
