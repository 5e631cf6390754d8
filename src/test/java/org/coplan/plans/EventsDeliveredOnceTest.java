package org.coplan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.coplan.support.FlakyListener;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.TestMail;
import org.coplan.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Events between modules go through the event publication registry: a listener that fails is
 * not lost but run again from the registry, and what it does happens once.
 */
class EventsDeliveredOnceTest extends IntegrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    FlakyListener flaky;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    JdbcClient jdbc;

    private long incompleteFor(String listener) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and listener_id like ?")
                .param("%" + listener + "%").query(Long.class).single();
    }

    private static long answersTo(String address) {
        return TestMail.to(address).stream().map(TestMail::body).filter(b -> b.contains("has answered your contribution")).count();
    }

    @Test
    void aListenerThatFailsOnceIsRunAgainFromTheRegistryAndItsWorkHappensOnce() {
        World world = fixtures.world();
        Visitor coordinator = visitor();
        coordinator.signIn(world.coordinator().email(), Fixtures.PASSWORD);
        Visitor parent = visitor();
        parent.signIn(world.parent().email(), Fixtures.PASSWORD);
        coordinator.get("/cases/" + world.ownCase() + "/plans");
        String plan = URI.create(coordinator.post("/cases/" + world.ownCase() + "/plans", Map.of("kind", "EHC")).location()).getPath();
        parent.get(plan + "/sections/b/contribute");
        parent.post(plan + "/sections/b/contribute", Map.of("kind", "PARENT_CARER_VIEW", "body", "Kit cannot follow long instructions."));
        // Module listeners run after the change is committed, on their own thread.
        await().atMost(Duration.ofSeconds(20)).until(() -> TestMail.to(world.coordinator().email()).stream().map(TestMail::body)
                .anyMatch(body -> body.contains("has contributed to a plan you write")));
        assertThat(TestMail.to(world.coordinator().email())).extracting(TestMail::body)
                .filteredOn(body -> body.contains("has contributed")).allSatisfy(body -> assertThat(body).doesNotContain("Kit"));

        int before = flaky.delivered();
        int failedBefore = flaky.failed();
        flaky.failNextDelivery();
        String page = coordinator.get(plan + "/sections/b").body();
        java.util.regex.Matcher respond = java.util.regex.Pattern.compile("href=\"([^\"]+/respond)\"").matcher(page);
        assertThat(respond.find()).isTrue();
        assertThat(coordinator.post(respond.group(1), Map.of("outcome", "INCLUDED")).status())
                .as("the answer is saved though a listener failed").isEqualTo(302);
        await().atMost(Duration.ofSeconds(20)).until(() -> flaky.failed() == failedBefore + 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> answersTo(world.parent().email()) == 1);
        assertThat(flaky.delivered()).isEqualTo(before);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(incompleteFor("FlakyListener")).as("the failed delivery stays in the registry").isEqualTo(1));

        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof ContributionAnswered);

        await().atMost(Duration.ofSeconds(20)).until(() -> flaky.delivered() == before + 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(incompleteFor("FlakyListener")).isZero());
        assertThat(answersTo(world.parent().email())).as("the author is told once, not again").isEqualTo(1);
    }
}
