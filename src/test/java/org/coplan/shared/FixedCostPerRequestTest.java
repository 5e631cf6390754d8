package org.coplan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.coplan.people.StaffRole;
import org.coplan.support.Fixtures;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.StatementCounter.Request;
import org.coplan.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 12, item 3: every signed-in page does a fixed, small amount of work before its own. */
class FixedCostPerRequestTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private Visitor signedIn(World world) {
        Visitor v = visitor();
        v.signIn(world.coordinator().email(), Fixtures.PASSWORD);
        v.get("/accessibility");
        return v;
    }

    private static long matching(Request request, String text) {
        return request.statements().stream().filter(s -> s.toLowerCase(Locale.ROOT).contains(text)).count();
    }

    private static long sessionWrites(Request request) {
        return request.statements().stream().map(s -> s.toLowerCase(Locale.ROOT))
                .filter(s -> s.contains("spring_session") && !s.startsWith("select"))
                .count();
    }

    /** Moves the stored session's times back, as if the person's last click was this many seconds ago. */
    private void lastClickSecondsAgo(String email, long seconds) {
        jdbc.sql("""
                update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ?
                where principal_name = ?""")
                .params(seconds * 1000, seconds * 1000, email)
                .update();
    }

    @Test
    void aSignedInPublicPageReadsTheSessionAndThePersonOnceAndWritesNothing() throws Exception {
        World world = fixtures.world();
        Visitor v = signedIn(world);

        Request page = statements.oneRequest(() -> assertThat(v.get("/accessibility").text()).contains("Caseload"));

        assertThat(page.count()).as(page.toString()).isLessThanOrEqualTo(2);
        assertThat(matching(page, "from spring_session")).as(page.toString()).isEqualTo(1);
        assertThat(sessionWrites(page)).as(page.toString()).isZero();
    }

    @Test
    void aCasePageDoesAtMostFiveStatementsBeforeItsOwnContent() throws Exception {
        World world = fixtures.world();
        Visitor v = signedIn(world);

        Request page = statements.oneRequest(() ->
                assertThat(v.get("/cases/" + world.ownCase().value()).text()).contains("Kit Child"));

        // The fixed part: the session, the person with their roles, the case, its team and the audit of the view.
        long fixed = matching(page, "spring_session") + matching(page, "staff_membership")
                + matching(page, "from person where id = ?") + matching(page, "from child_case where id")
                + matching(page, "from case_member where case_id = ? and removed_at is null order by")
                + matching(page, "insert into audit_event");
        assertThat(fixed).as(page.toString()).isLessThanOrEqualTo(5);
        assertThat(matching(page, "from case_member where case_id = ? and removed_at is null order by"))
                .as(page.toString()).isEqualTo(1);
        assertThat(sessionWrites(page)).as(page.toString()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where case_id = ? and action = 'VIEWED' and actor_id = ?")
                .params(world.ownCase().value(), world.coordinator().id().value()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theTimeOfLastUseIsWrittenOnlyOnceItIsAMinuteOld() throws Exception {
        World world = fixtures.world();
        Visitor v = signedIn(world);

        lastClickSecondsAgo(world.coordinator().email(), 30);
        assertThat(sessionWrites(statements.oneRequest(() -> v.get("/accessibility")))).isZero();

        lastClickSecondsAgo(world.coordinator().email(), 61);
        Request refreshed = statements.oneRequest(() -> v.get("/accessibility"));
        assertThat(sessionWrites(refreshed)).as(refreshed.toString()).isEqualTo(1);
        Long idleMillis = jdbc.sql("""
                select (extract(epoch from now()) * 1000)::bigint - last_access_time from spring_session where principal_name = ?""")
                .param(world.coordinator().email()).query(Long.class).single();
        assertThat(idleMillis).isLessThan(10_000);
    }

    @Test
    void someoneActiveEveryFewMinutesStaysSignedInAndSomeoneIdleThirtyOneMinutesIsSignedOut() {
        World world = fixtures.world();
        Visitor v = signedIn(world);
        for (int click = 1; click <= 10; click++) {
            lastClickSecondsAgo(world.coordinator().email(), 5 * 60);
            assertThat(v.get("/caseload").status()).as("click %d, after %d minutes", click, click * 5).isEqualTo(200);
        }

        lastClickSecondsAgo(world.coordinator().email(), 31 * 60);
        assertThat(v.get("/caseload").location()).endsWith("/sign-in");
        assertThat(v.get("/accessibility").text()).doesNotContain("Sign out");
    }

    @Test
    void aRoleTakenAwayStopsWorkingOnTheNextPageAndANewRoleShowsAtOnce() {
        World world = fixtures.world();
        Visitor v = signedIn(world);
        assertThat(v.get("/caseload").status()).isEqualTo(200);
        assertThat(v.get("/accessibility").text()).contains("Caseload").doesNotContain("You said, we did");

        fixtures.people().removeStaffRole(world.coordinator().id(), world.localAuthority().id(), StaffRole.EHC_COORDINATOR);
        assertThat(v.get("/caseload").status()).isEqualTo(404);
        assertThat(v.get("/cases/" + world.ownCase().value()).status()).isEqualTo(200); // still on the case team
        assertThat(v.get("/accessibility").text()).doesNotContain("Caseload");

        fixtures.people().addStaffRole(world.coordinator().id(), world.school().id(), StaffRole.SENCO);
        assertThat(v.get("/accessibility").text()).contains("You said, we did");
    }

    @Test
    void signingOutEndsTheSessionAndSigningInAgainWorks() {
        World world = fixtures.world();
        Visitor v = signedIn(world);
        List<String> before = jdbc.sql("select session_id from spring_session where principal_name = ?")
                .param(world.coordinator().email()).query(String.class).list();
        assertThat(before).hasSize(1);

        v.post("/sign-out", java.util.Map.of());
        assertThat(v.get("/caseload").location()).endsWith("/sign-in");
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(world.coordinator().email()).query(Long.class).single()).isZero();

        v.signIn(world.coordinator().email(), Fixtures.PASSWORD);
        assertThat(v.get("/caseload").status()).isEqualTo(200);
    }
}
