package org.coplan.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coplan.cases.CaseId;
import org.coplan.people.Person;
import org.coplan.plans.PlannedProvision;
import org.coplan.plans.domain.PlanKind;
import org.coplan.provision.domain.NotDeliveredReason;
import org.coplan.provision.domain.Session;
import org.coplan.provision.domain.SessionStatus;
import org.coplan.provision.internal.ProvisionItems;
import org.coplan.provision.internal.SessionRecords;
import org.coplan.provision.internal.ShortfallCheck;
import org.coplan.support.Fixtures.World;
import org.coplan.support.IntegrationTest;
import org.coplan.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A therapist's sessions (delivered, missed, a make-up) reach the family as plain words; a
 * shortfall past the threshold flags the case page, the caseload and the authority's dashboard,
 * and tells the plan's writer and the family once. The test clock's day is Monday 23 November
 * 2026, in the second half of the autumn term (2 November to 18 December, by the built-in dates).
 */
class ProvisionFidelityTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProvisionItems items;

    @Autowired
    SessionRecords sessions;

    @Autowired
    ShortfallCheck check;

    @Autowired
    FidelitySince fidelitySince;

    static final LocalDate IN_FORCE = LocalDate.of(2026, 9, 1);

    /** Weekly speech and language therapy (30 minutes), and a vague item, in force on the case's EHC plan. */
    UUID[] provision(World w) {
        return provision(w, PlanKind.EHC);
    }

    UUID[] provision(World w, PlanKind kind) {
        UUID therapy = UUID.randomUUID();
        UUID vague = UUID.randomUUID();
        items.replaceInForce(new PlannedProvision.InForce(w.ownCase().value(), kind, UUID.randomUUID(), UUID.randomUUID(), 1,
                IN_FORCE, List.of(), List.of(
                        new PlannedProvision.Item(therapy, "F", "Speech and language therapy", "NHS speech and language therapist",
                                "once a week", "30 minutes", new PlannedProvision.Amount(1, PlannedProvision.Per.WEEK, 30, 1,
                                        "HEALTH_PROFESSIONAL", null), null, null, List.of()),
                        new PlannedProvision.Item(vague, "F", "Help with reading as required", "Class teacher", "as required", null,
                                null, null, null, List.of()))), IN_FORCE);
        return new UUID[] {therapy, vague};
    }

    UUID record(World w, UUID item, String day, SessionStatus status, NotDeliveredReason reason, UUID makesUp) {
        UUID id = UUID.randomUUID();
        boolean stored = sessions.insert(new Session(id, w.ownCase().value(), item, LocalDate.parse(day), status,
                status == SessionStatus.DELIVERED ? 30 : null, status == SessionStatus.DELIVERED ? "Hal Health" : null,
                status == SessionStatus.DELIVERED ? "Following two-step instructions" : null, reason, null, makesUp, null,
                w.health().id().value(), "Hal Health", Instant.now(clock), null));
        assertThat(stored).isTrue();
        return id;
    }

    String page(Person who, String path) throws Exception {
        MvcResult r = mvc.perform(get(path).with(fixtures.as(who))).andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
        return r.getResponse().getContentAsString().replaceAll("<[^>]+>", " ").replaceAll("&#39;", "'").replaceAll("\\s+", " ");
    }

    int status(Person who, String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(who))).andReturn().getResponse().getStatus();
    }

    @Test
    void sessionsRecordedReachTheFamilyInPlainWordsAndAShortfallFlagsTheCaseCaseloadAndDashboardAndTellsWriterAndFamilyOnce()
            throws Exception {
        World w = fixtures.world();
        UUID[] ids = provision(w);
        UUID therapy = ids[0];
        record(w, therapy, "2026-11-02", SessionStatus.DELIVERED, null, null);
        UUID missed = record(w, therapy, "2026-11-09", SessionStatus.NOT_DELIVERED, NotDeliveredReason.PROVIDER_ABSENT, null);
        record(w, therapy, "2026-11-11", SessionStatus.DELIVERED, null, missed);
        record(w, therapy, "2026-11-16", SessionStatus.NOT_DELIVERED, NotDeliveredReason.CHILD_ABSENT, null);

        String caseId = w.ownCase().value().toString();
        String summary = page(w.parent(), "/cases/" + caseId + "/provision");
        // each item leads to its sessions, one by one
        assertThat(mvc.perform(get("/cases/" + caseId + "/provision").with(fixtures.as(w.parent()))).andReturn().getResponse()
                .getContentAsString()).contains("/cases/" + caseId + "/provision/items/" + therapy);
        assertThat(summary)
                .contains("Speech and language therapy")
                .contains("1 of 4 sessions happened this half-term.")
                .contains("1 session did not happen: the person who gives it was away.")
                .contains("1 session did not happen: the child was away.")
                .contains("1 missed session was made up. The last make-up was on 11 November.")
                .contains("1 session is not written down yet.")
                .contains("Help with reading as required")
                .contains("We cannot count this one, because the plan does not say how often it happens.")
                .contains("This half-term runs from 2 November 2026 to 18 December 2026.")
                .doesNotContain("Behind");

        // before the check nothing is flagged (and the dashboard, read now, must not keep showing that after the check)
        assertThat(page(w.parent(), "/cases/" + caseId)).doesNotContain("behind this half-term");
        assertThat(page(w.manager(), "/provision/dashboard")).doesNotContain("Kit Child");
        assertThat(check.checkRecorded()).as("cases with sessions recorded since the last run").isPositive();

        // expected so far (to Sunday 22 November): 3; delivered 1 and made up 1 = 2, which is 33% below: past 20%
        assertThat(page(w.parent(), "/cases/" + caseId)).contains("1 kind of support in the plan is behind this half-term.");
        assertThat(page(w.parent(), "/cases/" + caseId + "/provision")).contains("Behind")
                .contains("This is behind what the plan says.");
        assertThat(page(w.coordinator(), "/caseload")).contains("Provision behind this half-term");
        String dashboard = page(w.manager(), "/provision/dashboard");
        assertThat(dashboard).contains("Cases with provision behind").contains("Kit Child").contains("School ");
        assertThat(dashboard).contains("66% (2 of 3)");
        assertThat(page(w.coordinator(), "/provision/dashboard")).contains("Kit Child");
        assertThat(page(w.otherCoordinator(), "/provision/dashboard")).doesNotContain("Kit Child");

        String table = page(w.health(), "/cases/" + caseId + "/provision/fidelity");
        assertThat(table).contains("Speech and language therapy").contains("7 (210 min)").contains("Behind");
        assertThat(page(w.health(), "/cases/" + caseId + "/provision/fidelity?period=school-year")).contains("this school year");

        await().atMost(Duration.ofSeconds(10)).until(() -> told(w.coordinator()).size() == 1 && told(w.parent()).size() == 1);
        // the check again, and the daily check, tell nobody twice
        check.checkRecorded();
        check.checkAll();
        assertThat(told(w.coordinator())).hasSize(1);
        assertThat(told(w.parent())).hasSize(1);
        assertThat(told(w.child())).hasSize(1);
        assertThat(told(w.senco())).as("an EHC plan's writer is its coordinator").isEmpty();
        assertThat(told(w.health())).isEmpty();
        for (Person p : List.of(w.coordinator(), w.parent())) {
            assertThat(TestMail.body(told(p).getFirst())).doesNotContain("Kit").doesNotContain("Child");
        }

        // an annual review reads the same figures
        List<FidelitySince.ItemFidelity> review = fidelitySince.fidelity(w.ownCase(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 22));
        FidelitySince.ItemFidelity f = review.stream().filter(i -> i.lineage().equals(therapy)).findFirst().orElseThrow();
        assertThat(f.expected()).isEqualTo(3);
        assertThat(f.delivered()).isEqualTo(1);
        assertThat(f.notDelivered()).isEqualTo(2);
        assertThat(f.madeUp()).isEqualTo(1);
        assertThat(f.notAccounted()).isZero();
        assertThat(f.shortfall()).isTrue();
        assertThat(review.stream().filter(i -> i.lineage().equals(ids[1])).findFirst().orElseThrow().expected()).isNull();

        // a make-up for the child's absence brings it back within the threshold: no longer flagged
        UUID absent = sessions.forItem(w.ownCase().value(), therapy).stream().filter(s -> s.reason() == NotDeliveredReason.CHILD_ABSENT)
                .findFirst().orElseThrow().id();
        record(w, therapy, "2026-11-18", SessionStatus.DELIVERED, null, absent);
        check.checkRecorded();
        assertThat(page(w.parent(), "/cases/" + caseId)).doesNotContain("behind this half-term");
    }

    @Test
    void theFidelityTableIsForStaffAndTheSummaryForEveryoneOnTheCase() throws Exception {
        World w = fixtures.world();
        provision(w);
        String own = "/cases/" + w.ownCase().value();
        String other = "/cases/" + w.otherCase().value();
        for (Person p : List.of(w.parent(), w.child(), w.coordinator(), w.manager(), w.senco(), w.health(), w.sendiass())) {
            assertThat(status(p, own + "/provision")).as(p.displayName()).isEqualTo(200);
            assertThat(status(p, other + "/provision")).as(p.displayName()).isEqualTo(404);
            assertThat(status(p, other + "/provision/fidelity")).as(p.displayName()).isEqualTo(404);
        }
        for (Person p : List.of(w.coordinator(), w.manager(), w.senco(), w.health(), w.sendiass())) {
            assertThat(status(p, own + "/provision/fidelity")).as(p.displayName()).isEqualTo(200);
        }
        for (Person p : List.of(w.parent(), w.child(), w.outsider())) {
            assertThat(status(p, own + "/provision/fidelity")).as(p.displayName()).isEqualTo(404);
        }
        assertThat(status(w.outsider(), own + "/provision")).isEqualTo(404);
        // the dashboard: the authority's SEN managers and coordinators only
        for (Person p : List.of(w.parent(), w.senco(), w.health(), w.outsider())) {
            assertThat(status(p, "/provision/dashboard")).as(p.displayName()).isEqualTo(404);
        }
        assertThat(page(w.manager(), "/provision/dashboard?la=" + w.otherLocalAuthority().id())).contains(w.localAuthority().name());
    }

    @Test
    void twoChecksAtOnceOnTwoNodesTellEachPersonOnce() throws Exception {
        World w = fixtures.world();
        UUID therapy = provision(w)[0];
        record(w, therapy, "2026-11-09", SessionStatus.NOT_DELIVERED, NotDeliveredReason.SETTING_CLOSED, null);
        List<UUID> caseIds = List.of(w.ownCase().value());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> check.check(caseIds));
            var second = pool.submit(() -> check.check(caseIds));
            assertThat(first.get()).isEqualTo(1);
            assertThat(second.get()).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> told(w.coordinator()).size() == 1 && told(w.parent()).size() == 1);
        check.check(caseIds);
        assertThat(told(w.coordinator())).hasSize(1);
        assertThat(told(w.parent())).hasSize(1);
    }

    @Test
    void anSenSupportPlansShortfallIsToldToTheSchoolsSencoAsItsWriter() throws Exception {
        World w = fixtures.world();
        UUID therapy = provision(w, PlanKind.SEN_SUPPORT)[0];
        record(w, therapy, "2026-11-02", SessionStatus.NOT_DELIVERED, NotDeliveredReason.CHILD_DECLINED, null);
        assertThat(check.check(List.of(w.ownCase().value()))).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> told(w.senco()).size() == 1 && told(w.parent()).size() == 1);
        assertThat(told(w.coordinator())).isEmpty();
    }

    List<MimeMessage> told(Person p) {
        return TestMail.to(p.email()).stream().filter(m -> {
            try {
                return m.getSubject().startsWith("Support in a plan is behind");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

}
