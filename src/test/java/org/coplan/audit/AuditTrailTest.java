package org.coplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.coplan.shared.db.DatabaseLogins;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuditTrailTest extends IntegrationTest {

    @Autowired
    AuditLog audit;

    @Autowired
    DatabaseLogins logins;

    @Test
    void viewingACasePageRecordsWhoInWhatRoleAndWhat() {
        World world = fixtures.world();
        Visitor parent = visitor();
        parent.signIn(world.parent().email(), Fixtures.PASSWORD);
        parent.get("/cases/" + world.ownCase());

        AuditEvent newest = audit.forCase(world.ownCase().value(), 1).get(0);
        assertThat(newest.actorId()).isEqualTo(world.parent().id().value());
        assertThat(newest.actorName()).isEqualTo(world.parent().displayName());
        assertThat(newest.actorRole()).isEqualTo("PARENT_CARER");
        assertThat(newest.action()).isEqualTo(AuditAction.VIEWED);
        assertThat(newest.subject()).isEqualTo("Case page");
        assertThat(newest.occurredAt()).isEqualTo(clock.instant());
    }

    @Test
    void changingAllAboutMeRecordsAChange() {
        World world = fixtures.world();
        Visitor parent = visitor();
        parent.signIn(world.parent().email(), Fixtures.PASSWORD);
        parent.get("/cases/" + world.ownCase() + "/about-me/important-to-me");
        parent.post("/cases/" + world.ownCase() + "/about-me/important-to-me", Map.of("body", "Football on Saturdays"));

        List<AuditEvent> events = audit.forCase(world.ownCase().value(), 5);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.CHANGED);
            assertThat(e.subject()).isEqualTo("All about me: important-to-me");
            assertThat(e.actorId()).isEqualTo(world.parent().id().value());
        });
    }

    @Test
    void theFamilySeesWhoHasSeenTheRecord() {
        World world = fixtures.world();
        Visitor psychologist = visitor();
        psychologist.signIn(world.psychologist().email(), Fixtures.PASSWORD);
        psychologist.get("/cases/" + world.ownCase());

        Visitor parent = visitor();
        parent.signIn(world.parent().email(), Fixtures.PASSWORD);
        String page = parent.get("/cases/" + world.ownCase() + "/record-views").text();
        assertThat(page).contains("Who has seen this record")
                .contains(world.psychologist().displayName() + " Educational psychologist")
                .contains("Viewed: Case page");
    }

    @Test
    void evenTheOwnerOfTheTablesCannotChangeOrDeleteAuditEventsWhileTheTriggersAreOn() {
        World world = fixtures.world();
        long before = audit.countForCase(world.ownCase().value());
        assertThat(before).isPositive();
        // The application's own role may not even try (ApplicationRoleTest); the triggers stop the owner too.
        JdbcClient jdbc = JdbcClient.create(logins.ownerDataSource());

        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor_name = 'someone else' where case_id = ?")
                .param(world.ownCase().value()).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where case_id = ?").param(world.ownCase().value()).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(audit.countForCase(world.ownCase().value())).isEqualTo(before);
    }

    @Test
    void theApplicationOffersNoWayToChangeOrDeleteAnEvent() {
        assertThat(AuditLog.class.getMethods()).extracting(m -> m.getName())
                .containsExactlyInAnyOrder("record", "recordView", "forCase", "countForCase", "accountEvents");
    }
}
