package org.coplan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo area's co-production board has something in every state to show. Loaded in a transaction that is rolled back. */
class DemoBoardTest extends IntegrationTest {

    @Autowired
    DemoData demo;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theDemoBoardHasFourItemsAHeldMeetingWithItsRecordAndOneToCome() {
        clock.set(ZonedDateTime.of(2026, 12, 6, 9, 0, 0, 0, ZoneId.of("Europe/London")).toInstant());
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            demo.load();
            UUID la = people.organisations(OrganisationKind.LOCAL_AUTHORITY).stream().filter(o -> o.name().equals("Demo County Council"))
                    .findFirst().orElseThrow().id().value();
            assertThat(jdbc.sql("select status from programme_item where local_authority_id = ? and theme_id is null order by status").param(la).query(String.class)
                    .list()).containsExactly("AGREED", "DONE", "IN_PROGRESS", "PROPOSED");
            assertThat(jdbc.sql("select count(*) from programme_item where local_authority_id = ? and forum_lead_name = 'Fiona Green' "
                    + "and authority_lead_name = 'Tom Okafor'").param(la).query(Long.class).single()).isEqualTo(4);
            assertThat(jdbc.sql("select count(*) from board_meeting where local_authority_id = ?").param(la).query(Long.class).single())
                    .isEqualTo(2);
            assertThat(jdbc.sql("select count(*) from decision where local_authority_id = ? and board_meeting_id is not null").param(la)
                    .query(Long.class).single()).isEqualTo(2);
            assertThat(jdbc.sql("select status || (due_on < date '2026-12-06') from meeting_action where local_authority_id = ? "
                    + "and board_meeting_id is not null order by 1").param(la).query(String.class).list())
                    .containsExactly("DONEtrue", "OPENfalse", "OPENtrue");
        });
    }
}
