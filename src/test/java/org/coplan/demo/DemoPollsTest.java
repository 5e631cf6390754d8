package org.coplan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.coplan.people.OrganisationKind;
import org.coplan.people.People;
import org.coplan.strategic.domain.PollState;
import org.coplan.strategic.internal.Polls;
import org.coplan.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo forum has an open poll Fiona and Sarah can answer, a closed poll with over 40 answers and
 * its outcome, and an open consultation in two parts. Loaded in a transaction that is rolled back.
 */
class DemoPollsTest extends IntegrationTest {

    @Autowired
    DemoData demo;

    @Autowired
    People people;

    @Autowired
    Polls polls;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theDemoForumHasPollsToAnswerAndOneClosedWithItsOutcome() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            demo.load();
            UUID forum = people.organisations(OrganisationKind.FORUM).stream()
                    .filter(o -> o.name().equals("Demo County Parent Carer Forum")).findFirst().orElseThrow().id().value();
            List<Polls.Poll> all = polls.pollsOf(forum);
            assertThat(all).hasSize(3);
            Polls.Poll closed = all.stream().filter(p -> p.state(clock.instant()) == PollState.CLOSED).findFirst().orElseThrow();
            assertThat(polls.answerCount(closed.id())).isGreaterThanOrEqualTo(40);
            assertThat(closed.hasOutcome()).isTrue();
            assertThat(all.stream().filter(p -> p.state(clock.instant()) == PollState.OPEN)).hasSize(2);
            Polls.Poll consultation = polls.poll(all.stream().filter(Polls.Poll::consultation).findFirst().orElseThrow().id());
            assertThat(consultation.parts()).hasSize(2);
            var sarah = people.findByEmail("parent@demo.coplan.test").orElseThrow();
            var seat = new org.coplan.people.SignedInPerson(sarah.id(), sarah.email(), sarah.displayName(), List.of(), null, false);
            assertThat(polls.inAudience(seat, consultation)).isTrue();
        });
    }
}
