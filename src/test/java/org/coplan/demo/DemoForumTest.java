package org.coplan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.people.Person;
import org.coplan.people.StaffRole;
import org.coplan.strategic.internal.ForumMembers;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's parent carer forum: Fiona Green is its officer, Sarah Ahmed (a parent on two cases) a
 * member with topics, 30 more members and one still to confirm. Loaded in a transaction that is
 * rolled back, so the shared test database is left as it was.
 */
class DemoForumTest extends IntegrationTest {

    @Autowired
    DemoData demo;

    @Autowired
    People people;

    @Autowired
    ForumMembers members;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theDemoForumHasAnOfficerSarahAsAMemberThirtyMoreAndOneWaiting() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            demo.load();
            Person fiona = people.findByEmail("forum" + DemoData.DOMAIN).orElseThrow();
            UUID forum = people.staffMemberships(fiona.id()).stream()
                    .filter(m -> m.role() == StaffRole.FORUM_OFFICER).findFirst().orElseThrow().organisationId().value();
            assertThat(people.organisation(new org.coplan.people.OrganisationId(forum)).orElseThrow().kind()).isEqualTo(OrganisationKind.FORUM);
            // the forum's own demo members (Fiona, Sarah and 30 families); the polls and local offer demos add their own
            assertThat(members.members(forum, Optional.empty()).stream()
                    .filter(m -> !m.email().startsWith("poll-demo.") && !m.email().startsWith("offer-demo."))).hasSize(32);
            Person sarah = people.findByEmail("parent" + DemoData.DOMAIN).orElseThrow();
            assertThat(members.isMember(sarah.id(), forum)).isTrue();
            assertThat(members.isMember(fiona.id(), forum)).isTrue();
            assertThat(members.members(forum, Optional.empty()).stream().filter(m -> m.personId().equals(sarah.id().value())).findFirst()
                    .orElseThrow().topics()).hasSize(3);
            assertThat(jdbc.sql("select count(*) from forum_member where forum_id = ? and status = 'WAITING'").param(forum)
                    .query(Long.class).single()).isEqualTo(1);
            // every topic has at least five members, so the officers' counts show figures
            assertThat(members.countsByTopic(forum).values()).allMatch(n -> n >= 5);
        });
    }
}
